/**
 * The pure rules of the local layer cache: which tags are names, what an
 * index.json of a cache folder yields (bad parts skipped, never a throw), what
 * a cache manifest refers to, and which entries the next cache folder keeps.
 */
import { describe, expect, test } from '@jest/globals';
import {
  isTag,
  MAX_MANIFEST_BYTES,
  nextEntries,
  parseCacheIndex,
  parseCacheManifest,
  parseSha256,
  REF_NAME,
  renderCacheIndex,
} from '../../../shared/src/builders/local-cache/entries.js';
import { digestBytes, type Digest } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';

const d = (s: string): Digest => digestBytes(s);
const KEY = 'a'.repeat(64);
const manifestDesc = (s: string, size = 500): Descriptor => ({ mediaType: MediaType.DockerManifest, digest: d(s), size });
const entry = (tag: unknown, desc: object = manifestDesc('m')): Record<string, unknown> => ({
  ...desc,
  annotations: { [REF_NAME]: tag },
});
const index = (manifests: unknown[]): string => JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests });

describe('isTag and parseSha256', () => {
  test.each([
    [KEY, true],
    ['latest', true],
    ['_x.y-z', true],
    ['x'.repeat(128), true],
    ['x'.repeat(129), false],
    ['..', false],
    ['../../etc/passwd', false],
    ['.hidden', false],
    ['-dash', false],
    ['a/b', false],
    ['', false],
    ['sha256:abc', false],
  ])('isTag(%j) is %s', (tag, expected) => {
    expect(isTag(tag)).toBe(expected);
  });

  test('only well-formed sha256 digests', () => {
    expect(parseSha256(`sha256:${KEY}`)).toBe(`sha256:${KEY}`);
    expect(parseSha256(`sha256:${KEY.toUpperCase()}`)).toBeUndefined();
    expect(parseSha256(`sha512:${'a'.repeat(128)}`)).toBeUndefined();
    expect(parseSha256(`sha256:${KEY}/../x`)).toBeUndefined();
  });
});

describe('parseCacheIndex', () => {
  test('one entry per tag with the descriptor reduced to mediaType, digest and size', () => {
    const got = parseCacheIndex(index([entry(KEY, { ...manifestDesc('m'), urls: ['http://x'] }), entry('other', manifestDesc('n'))]), 'c/index.json');
    expect(got.warnings).toEqual([]);
    expect([...got.entries]).toEqual([
      [KEY, manifestDesc('m')],
      ['other', manifestDesc('n')],
    ]);
  });

  test.each([
    ['not JSON', '{"schemaVersion":', /c\/index\.json is not valid JSON .*; ignoring the cache/],
    ['not an index', '{"schemaVersion":1,"manifests":[]}', /not an image index .*ignoring the cache/],
    ['manifests not a list', '{"schemaVersion":2,"manifests":{}}', /not an image index/],
    ['an array', '[]', /not an image index/],
  ])('a malformed file (%s) gives no entries and one warning', (_t, text, warning) => {
    const got = parseCacheIndex(text, 'c/index.json');
    expect(got.entries.size).toBe(0);
    expect(got.warnings).toHaveLength(1);
    expect(got.warnings[0]).toMatch(warning);
  });

  test.each([
    ['`..` as ref name', entry('..'), /expected org\.opencontainers\.image\.ref\.name to be a tag .*, got '\.\.'; skipped/],
    ['a path as ref name', entry('../../etc/passwd'), /got '\.\.\/\.\.\/etc\/passwd'; skipped/],
    ['no ref name', { ...manifestDesc('m') }, /got none; skipped/],
    ['a number as ref name', entry(7), /got none; skipped/],
    ['an index, not a manifest', entry(KEY, { ...manifestDesc('m'), mediaType: MediaType.OciIndex }), /expected an image manifest, got mediaType/],
    ['a giant manifest', entry(KEY, manifestDesc('m', MAX_MANIFEST_BYTES + 1)), /over the 4194304-byte bound; skipped/],
    ['a sha512 digest', entry(KEY, { ...manifestDesc('m'), digest: `sha512:${'a'.repeat(128)}` }), /no valid sha256 digest; skipped/],
    ['a path in the digest', entry(KEY, { ...manifestDesc('m'), digest: `sha256:../../${KEY}` }), /no valid sha256 digest/],
    ['a negative size', entry(KEY, { ...manifestDesc('m'), size: -1 }), /no valid size/],
    ['not an object', 'x', /is not a descriptor object/],
  ])('a bad entry (%s) is skipped with a warning, the good one kept', (_t, bad, warning) => {
    const got = parseCacheIndex(index([bad, entry('good')]), 'c/index.json');
    expect([...got.entries.keys()]).toEqual(['good']);
    expect(got.warnings).toHaveLength(1);
    expect(got.warnings[0]).toMatch(warning);
  });

  test('one tag naming two manifests: neither is trusted; the same manifest twice is fine', () => {
    const got = parseCacheIndex(
      index([entry(KEY, manifestDesc('m')), entry(KEY, manifestDesc('n')), entry(KEY, manifestDesc('o')), entry('t'), entry('t')]),
      'i',
    );
    expect([...got.entries.keys()]).toEqual(['t']);
    expect(got.warnings).toEqual([`i manifests[1]: tag ${KEY} names more than one manifest; skipped`]);
  });

  test('a warning shows a redacted, bounded preview of a hostile name, not the whole of it', () => {
    const got = parseCacheIndex(index([entry(`../${'x'.repeat(10_000)}\u001b[31m`)]), 'i');
    expect(got.warnings[0]?.length).toBeLessThan(300);
    expect(got.warnings[0]).not.toContain('\u001b');
  });
});

describe('parseCacheManifest', () => {
  const config = { mediaType: MediaType.DockerConfig, digest: d('config'), size: 6 };
  const layer = { mediaType: MediaType.DockerLayerGzip, digest: d('layer'), size: 5 };
  const manifest = (extra: Record<string, unknown> = {}): Buffer =>
    Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config, layers: [layer], ...extra }));

  test('config and layers, in order; the media type from the body or the Content-Type', () => {
    expect(parseCacheManifest(manifest(), MediaType.DockerManifest)).toEqual({
      ok: true,
      value: { mediaType: MediaType.DockerManifest, blobs: [config, layer] },
    });
    expect(parseCacheManifest(manifest(), undefined)).toMatchObject({ ok: true, value: { mediaType: MediaType.DockerManifest } });
    const oci = Buffer.from(JSON.stringify({ schemaVersion: 2, config, layers: [] }));
    expect(parseCacheManifest(oci, `${MediaType.OciManifest}; charset=utf-8`)).toMatchObject({
      ok: true,
      value: { mediaType: MediaType.OciManifest, blobs: [config] },
    });
  });

  test.each([
    ['not JSON', Buffer.from('{'), MediaType.DockerManifest, 'manifest is not valid JSON'],
    ['schema 1', Buffer.from('{"schemaVersion":1}'), undefined, 'manifest is not a schemaVersion 2 object'],
    [
      'body and header disagree',
      manifest(),
      MediaType.OciManifest,
      `manifest says mediaType '${MediaType.DockerManifest}' but was sent as '${MediaType.OciManifest}'`,
    ],
    [
      'an index',
      manifest({ mediaType: MediaType.OciIndex }),
      MediaType.OciIndex,
      /^expected an image manifest .*, got 'application\/vnd\.oci\.image\.index\.v1\+json'$/,
    ],
    ['no config', manifest({ config: undefined }), undefined, 'config is not a descriptor object'],
    ['a bad layer digest', manifest({ layers: [{ ...layer, digest: 'sha256:../x' }] }), undefined, 'layers[0] has no valid sha256 digest'],
    ['no layers list', manifest({ layers: 'x' }), undefined, 'manifest has no layers list'],
    ['over 4 MiB', Buffer.alloc(MAX_MANIFEST_BYTES + 1, 0x20), undefined, 'manifest of 4194305 bytes is over the 4194304-byte bound'],
  ])('refused: %s', (_t, bytes, type, message) => {
    const got = parseCacheManifest(bytes, type);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.error).toMatch(message);
  });
});

describe('nextEntries and renderCacheIndex', () => {
  test("this run's pushes plus the source entries it used, the push winning a shared name, in tag order", () => {
    const pushed = new Map([
      ['b', manifestDesc('b-new')],
      ['c', manifestDesc('c')],
    ]);
    const hits = new Map([
      ['b', manifestDesc('b-old')],
      ['a', manifestDesc('a')],
    ]);
    expect([...nextEntries(pushed, hits)]).toEqual([
      ['a', manifestDesc('a')],
      ['b', manifestDesc('b-new')],
      ['c', manifestDesc('c')],
    ]);
    expect(nextEntries(new Map(), new Map()).size).toBe(0);
  });

  test('renders an index that parses back to the same entries', () => {
    const entries = new Map([
      [KEY, manifestDesc('x')],
      ['z', { ...manifestDesc('y'), mediaType: MediaType.OciManifest }],
    ]);
    const text = renderCacheIndex(entries);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [{ annotations: { [REF_NAME]: KEY } }, {}] });
    expect(parseCacheIndex(text, 'i')).toEqual({ entries, warnings: [] });
  });
});
