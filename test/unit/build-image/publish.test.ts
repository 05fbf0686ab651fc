/**
 * Full references (metadata-action's images x tags, references in tags kept
 * whole) and the outputs that carry them: `tags`, `json` (metadata-action's
 * shape) and `metadata` (build-push-action's keys over the build report).
 */
import { describe, expect, test } from '@jest/globals';
import { imageMetadata, referenceItem } from '../../../shared/src/builders/metadata.js';
import type { BuildReport } from '../../../shared/src/builders/build.js';
import type { Digest } from '../../../shared/src/oci/digest.js';
import { containerMetadata, outputsOf } from '../../../build-image/src/run.js';
import { loadPlatform } from '../../../build-image/src/publish.js';

const env = {
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SERVER_URL: 'https://github.com',
};
const meta = (explicitTags: string[], more: { images?: string[]; flavor?: string[] } = {}) =>
  imageMetadata({ env, explicitTags, userLabels: new Map(), fallbackTitle: 'ctx', ...more });

describe('full references', () => {
  test.each([
    ['ghcr.io/acme/app:1.2', { name: 'ghcr.io/acme/app', tag: '1.2' }],
    ['127.0.0.1:5000/team/app:latest', { name: '127.0.0.1:5000/team/app', tag: 'latest' }],
    ['127.0.0.1:5000/team/app', { name: '127.0.0.1:5000/team/app', tag: 'latest' }],
    ['app:1.0', { name: 'app', tag: '1.0' }],
    ['1.0', undefined],
    ['app', undefined],
    ['type=raw,value=x', undefined],
  ] as Array<[string, unknown]>)('%s', (item, want) => expect(referenceItem(item)).toEqual(want));

  test('references in tags keep their repository; the layout gets their tags', () => {
    const m = meta(['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:latest']);
    expect(m.tags).toEqual(['1.0', 'latest']);
    expect(m.refs).toEqual(['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:latest']);
  });

  test("images x the computed tags, image-major, as metadata-action's tags output", () => {
    const m = meta(['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}'], { images: ['name/app', 'ghcr.io/name/app'] });
    // latest=auto: a semver tag push adds latest, as in metadata-action.
    expect(m.tags).toEqual(['1.2.3', '1.2', 'latest']);
    expect(m.refs).toEqual(['name/app:1.2.3', 'name/app:1.2', 'name/app:latest', 'ghcr.io/name/app:1.2.3', 'ghcr.io/name/app:1.2', 'ghcr.io/name/app:latest']);
  });

  test("images with metadata-action's default spec (no tags): a tag push gives the git tag and latest", () => {
    const m = meta([], { images: ['ghcr.io/acme/app'] });
    expect(m.refs).toEqual(['ghcr.io/acme/app:v1.2.3', 'ghcr.io/acme/app:latest']);
  });

  test("images whose spec lines give no tag for this event get no reference: the layout's latest is a name, not a push target", () => {
    const branch = { ...env, GITHUB_REF: 'refs/heads/main' };
    const m = imageMetadata({
      env: branch,
      explicitTags: ['type=semver,pattern={{version}}'],
      userLabels: new Map(),
      fallbackTitle: 'ctx',
      images: ['ghcr.io/acme/app'],
    });
    expect(m.tags).toEqual(['latest']);
    expect(m.refs).toEqual([]);
  });

  test('images and a reference together: the reference stays as written, images get the other tags', () => {
    const m = meta(['edge', 'docker.io/acme/app:pinned'], { images: ['ghcr.io/acme/app'] });
    expect(m.tags).toEqual(['edge', 'pinned']);
    expect(m.refs).toEqual(['ghcr.io/acme/app:edge', 'docker.io/acme/app:pinned']);
  });

  test("a reference's tag takes the flavor as every raw tag does, so the reference and the layout agree", () => {
    const m = meta(['ghcr.io/acme/app:stable'], { flavor: ['suffix=-slim'] });
    expect(m.tags).toEqual(['stable-slim']);
    expect(m.refs).toEqual(['ghcr.io/acme/app:stable-slim']);
  });

  test('plain tags only: no references', () => {
    expect(meta(['1.0', 'latest']).refs).toEqual([]);
  });
});

const report = (more: Partial<BuildReport> = {}): BuildReport =>
  ({
    digest: 'sha256:' + 'd'.repeat(64),
    imageid: 'sha256:' + 'c'.repeat(64),
    layout: '/rt/layout',
    tags: ['1.0', 'latest'],
    platforms: ['linux/amd64'],
    manifests: [{ platform: 'linux/amd64', digest: 'sha256:' + 'd'.repeat(64), imageid: 'sha256:' + 'c'.repeat(64), layers: 1, size: 10 }],
    builder: 'buildah',
    labels: {},
    ...more,
  }) as unknown as BuildReport;
const descriptor = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: ('sha256:' + 'd'.repeat(64)) as Digest, size: 401 };

describe('outputs', () => {
  test('with references: tags are the references, json has them and the tag names', () => {
    const r = report({ refs: ['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:latest'] });
    const out = outputsOf({ kind: 'container', report: r, descriptor });
    expect(out.tags).toBe('127.0.0.1:5000/team/app:1.0\n127.0.0.1:5000/team/app:latest');
    expect(JSON.parse(out.json ?? '')).toEqual({
      tags: ['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:latest'],
      'tag-names': ['1.0', 'latest'],
      labels: {},
      annotations: [],
    });
  });

  test("metadata: every key of the report, and build-push-action's keys (single platform: the config digest too)", () => {
    const r = report({ refs: ['ghcr.io/acme/app:1.0', 'ghcr.io/acme/app:latest'] });
    const m = JSON.parse(outputsOf({ kind: 'container', report: r, descriptor }).metadata ?? '') as Record<string, unknown>;
    expect(m).toEqual({
      ...r,
      'containerimage.digest': r.digest,
      'containerimage.config.digest': r.imageid,
      'containerimage.descriptor': descriptor,
      'image.name': 'ghcr.io/acme/app:1.0,ghcr.io/acme/app:latest',
    });
  });

  test('metadata of a multi-platform build: the index digest, no config digest (as buildx); no image.name without references', () => {
    const index = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: ('sha256:' + 'e'.repeat(64)) as Digest, size: 700 };
    const r = report({ digest: index.digest, platforms: ['linux/amd64', 'linux/arm64'] });
    r.manifests = [...r.manifests, { ...r.manifests[0]!, platform: 'linux/arm64' }];
    const m = containerMetadata({ kind: 'container', report: r, descriptor: index });
    expect(m['containerimage.digest']).toBe(index.digest);
    expect(m['containerimage.descriptor']).toEqual(index);
    expect('containerimage.config.digest' in m).toBe(false);
    expect('image.name' in m).toBe(false);
  });
});

describe('load', () => {
  test("a multi-platform image loads the host's platform when built, else the first", () => {
    expect(loadPlatform(['linux/arm64', 'linux/amd64'], 'amd64')).toBe('linux/amd64');
    expect(loadPlatform(['linux/arm64/v8', 'linux/s390x'], 'amd64')).toBe('linux/arm64/v8');
  });
});
