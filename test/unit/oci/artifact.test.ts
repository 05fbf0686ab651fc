import { describe, expect, test } from '@jest/globals';
import { isPipelineError } from '../../../shared/src/errors.js';
import { buildArtifact, EMPTY_DESCRIPTOR, EMPTY_JSON, referrerDescriptor, subjectDescriptor } from '../../../shared/src/oci/artifact.js';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';

const image: Descriptor = {
  mediaType: MediaType.OciManifest,
  digest: digestBytes('image'),
  size: 5,
  platform: { os: 'linux', architecture: 'amd64' },
  annotations: { 'org.opencontainers.image.ref.name': '1.0' },
};
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

describe('the empty descriptor', () => {
  test('is {} with its digest, size and inline data', () => {
    expect(EMPTY_JSON.toString()).toBe('{}');
    expect(EMPTY_DESCRIPTOR.digest).toBe(digestBytes(EMPTY_JSON));
    expect(EMPTY_DESCRIPTOR.size).toBe(2);
    expect(Buffer.from(EMPTY_DESCRIPTOR.data ?? '', 'base64').toString()).toBe('{}');
    expect(EMPTY_DESCRIPTOR.mediaType).toBe('application/vnd.oci.empty.v1+json');
  });
});

describe('buildArtifact', () => {
  test('an image manifest with artifactType, the empty config, the files as layers, the subject and annotations', () => {
    const a = buildArtifact(image, {
      artifactType: BUNDLE,
      blobs: [{ mediaType: BUNDLE, bytes: Buffer.from('{"bundle":1}'), annotations: { 'org.opencontainers.image.title': 'b.json' } }],
      annotations: { 'org.opencontainers.image.created': '2026-11-30T00:00:00Z' },
    });
    expect(a.manifest).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.OciManifest,
      artifactType: BUNDLE,
      config: { ...EMPTY_DESCRIPTOR },
      layers: [{ mediaType: BUNDLE, digest: digestBytes('{"bundle":1}'), size: 12, annotations: { 'org.opencontainers.image.title': 'b.json' } }],
      // Only what a subject needs: no platform, no ref name.
      subject: { mediaType: MediaType.OciManifest, digest: image.digest, size: 5 },
      annotations: { 'org.opencontainers.image.created': '2026-11-30T00:00:00Z' },
    });
    expect(JSON.parse(a.bytes.toString())).toEqual(a.manifest);
    expect(a.descriptor).toEqual({
      mediaType: MediaType.OciManifest,
      digest: digestBytes(a.bytes),
      size: a.bytes.length,
      artifactType: BUNDLE,
      annotations: { 'org.opencontainers.image.created': '2026-11-30T00:00:00Z' },
    });
    expect(a.blobs.map((b) => b.descriptor.digest)).toEqual([EMPTY_DESCRIPTOR.digest, digestBytes('{"bundle":1}')]);
  });

  test('no files: the empty descriptor is the one layer, and pushed once', () => {
    const a = buildArtifact(image, { artifactType: 'application/vnd.example.marker', blobs: [] });
    expect(a.manifest.layers).toEqual([{ ...EMPTY_DESCRIPTOR }]);
    expect(a.manifest.annotations).toBeUndefined();
    expect(a.blobs).toHaveLength(1);
  });

  test('the same file twice is one blob', () => {
    const f = { mediaType: 'application/spdx+json', bytes: Buffer.from('{}x') };
    expect(buildArtifact(image, { artifactType: 'application/spdx+json', blobs: [f, f] }).blobs).toHaveLength(2);
  });

  test.each([
    ['artifactType', { artifactType: 'not a type', blobs: [] }, /artifactType: expected a media type like application\/vnd.example\+json, got 'not a type'/],
    [
      'a blob',
      { artifactType: BUNDLE, blobs: [{ mediaType: 'text/plain; charset=utf-8', bytes: Buffer.from('x') }] },
      /blob 1 of the .* artifact: expected a media type/,
    ],
  ])('a bad media type of %s is an INPUT error', (_what, spec, message) => {
    let caught: unknown;
    try {
      buildArtifact(image, spec);
    } catch (e) {
      caught = e;
    }
    expect(isPipelineError(caught, 'INPUT')).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });

  test('the subject must be a manifest or an index', () => {
    expect(() => subjectDescriptor({ mediaType: MediaType.OciLayerGzip, digest: digestBytes('x'), size: 1 })).toThrow(
      /must be an image manifest or index, got a application\/vnd.oci.image.layer/,
    );
    expect(subjectDescriptor({ ...image, mediaType: MediaType.OciIndex })).toEqual({ mediaType: MediaType.OciIndex, digest: image.digest, size: 5 });
  });
});

describe('referrerDescriptor', () => {
  const d = digestBytes('m');
  test('artifactType, else the config media type; annotations copied up', () => {
    expect(referrerDescriptor({ mediaType: MediaType.OciManifest, artifactType: 'a/b', annotations: { k: 'v' } }, d, 3)).toEqual({
      mediaType: MediaType.OciManifest,
      digest: d,
      size: 3,
      artifactType: 'a/b',
      annotations: { k: 'v' },
    });
    expect(referrerDescriptor({ config: { mediaType: 'application/vnd.cncf.notary.signature' } }, d, 3)).toEqual({
      mediaType: MediaType.OciManifest,
      digest: d,
      size: 3,
      artifactType: 'application/vnd.cncf.notary.signature',
    });
  });
});
