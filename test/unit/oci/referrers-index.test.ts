import { describe, expect, test } from '@jest/globals';
import { isPipelineError } from '../../../shared/src/errors.js';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import { fallbackTag, mergeReferrers, ofArtifactType, parseReferrersIndex, referrersIndexBytes } from '../../../shared/src/oci/referrers-index.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';

const subject = digestBytes('subject');
const entry = (name: string, artifactType = 'a/sig'): Descriptor => ({ mediaType: MediaType.OciManifest, digest: digestBytes(name), size: 100, artifactType });
const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));
const parse = (v: unknown, maxEntries?: number) =>
  parseReferrersIndex(Buffer.isBuffer(v) ? v : json(v), { what: 'the tag T', subject, ...(maxEntries !== undefined ? { maxEntries } : {}) });

function failure(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    expect(isPipelineError(e, 'REGISTRY')).toBe(true);
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('fallbackTag', () => {
  test('sha256:<hex> becomes sha256-<hex>', () => {
    expect(fallbackTag(subject)).toBe(`sha256-${subject.slice(7)}`);
  });
  test('a sha512 digest is cut to 64 characters of its encoding (the tag schema)', () => {
    const d = digestBytes('x', 'sha512');
    expect(fallbackTag(d)).toBe(`sha512-${d.slice(7, 7 + 64)}`);
  });
});

describe('parseReferrersIndex', () => {
  test('an index written by referrersIndexBytes reads back', () => {
    const entries = [entry('a'), { ...entry('b', 'a/sbom'), annotations: { 'org.opencontainers.image.created': 'now' } }];
    expect(parse(referrersIndexBytes(entries))).toEqual({ entries, skipped: [] });
  });

  test.each([
    ['not JSON', Buffer.from('<html>oops</html>'), /the tag T: expected an OCI image index of referrers, got 17 bytes that are not JSON/],
    ['an array', [], /got JSON that is not an object/],
    ['an image manifest', { schemaVersion: 2, mediaType: MediaType.OciManifest, config: {}, layers: [] }, /got a application\/vnd.oci.image.manifest.v1\+json/],
    ['schemaVersion 1', { schemaVersion: 1, manifests: [] }, /got schemaVersion 1/],
    ['no manifests', { schemaVersion: 2 }, /got an object without a manifests list/],
    [
      'another subject',
      { schemaVersion: 2, subject: { digest: digestBytes('other') }, manifests: [] },
      /got a list for subject sha256:[0-9a-f]{64}, not sha256:/,
    ],
  ])('%s is an error naming what was read', (_what, body, message) => {
    expect(failure(() => parse(body)).message).toMatch(message);
  });

  test('more entries than the cap is refused, not cut', () => {
    const many = { schemaVersion: 2, manifests: Array.from({ length: 11 }, (_, i) => entry(String(i))) };
    expect(failure(() => parse(many, 10)).message).toMatch(/the tag T lists 11 referrers, more than the 10 we read/);
    expect(parse(many, 11).entries).toHaveLength(11);
  });

  test('malformed entries and repeats are skipped with the reason', () => {
    const good = entry('good');
    const list = parse({
      schemaVersion: 2,
      manifests: [
        'x',
        { ...good, digest: 'sha256:zz' },
        { ...good, mediaType: MediaType.OciLayerGzip },
        { ...good, size: -1 },
        { ...good, size: 1e12 },
        good,
        good,
        { ...entry('ann'), annotations: { ok: 'yes', bad: 7 } },
      ],
    });
    expect(list.entries).toEqual([good, { ...entry('ann'), annotations: { ok: 'yes' } }]);
    expect(list.skipped).toEqual([
      { reason: 'not a descriptor object' },
      { digest: 'sha256:zz', reason: 'expected a digest like sha256:<64 hex>, got something else' },
      { digest: good.digest, reason: 'expected an OCI manifest or index media type, got application/vnd.oci.image.layer.v1.tar+gzip' },
      { digest: good.digest, reason: 'expected a size between 0 and 4194304 bytes' },
      { digest: good.digest, reason: 'expected a size between 0 and 4194304 bytes' },
      { digest: good.digest, reason: 'listed twice' },
    ]);
  });
});

describe('mergeReferrers and ofArtifactType', () => {
  test('adds what is missing, by digest, keeping order and the first seen', () => {
    const a = entry('a');
    const b = entry('b');
    const c = entry('c', 'a/sbom');
    expect(mergeReferrers([a, b], [{ ...b, annotations: { later: 'x' } }, c])).toEqual({ entries: [a, b, c], added: 1 });
    expect(mergeReferrers([a], [a])).toEqual({ entries: [a], added: 0 });
    expect(ofArtifactType([a, b, c], 'a/sbom')).toEqual([c]);
    expect(ofArtifactType([a, c], undefined)).toEqual([a, c]);
  });
});
