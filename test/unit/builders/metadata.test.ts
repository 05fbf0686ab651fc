import { describe, expect, test } from '@jest/globals';
import { imageMetadata } from '../../../shared/src/builders/metadata.js';
import { PIPELINE_DEFAULT_FLAVOR, PIPELINE_DEFAULT_TAGS } from '../../../shared/src/github/tags.js';

const pipelineDefaults = { tags: PIPELINE_DEFAULT_TAGS, flavor: PIPELINE_DEFAULT_FLAVOR };

const env = {
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_SHA: '860c1904a1ce19322e91ac35af1ab07466440c37',
  GITHUB_REF: 'refs/tags/v2.1.0',
  GITHUB_SERVER_URL: 'https://github.com',
};

describe('imageMetadata', () => {
  // The pipeline's default spec (what the reusable workflow passes) keeps the expansion this test always asserted.
  test('computed from the context with the pipeline default spec: semver tags, version label from the release', () => {
    const m = imageMetadata({
      env,
      explicitTags: [],
      defaults: pipelineDefaults,
      userLabels: new Map(),
      created: '2024-05-01T12:00:00Z',
      fallbackTitle: 'ctx',
    });
    expect(m.tags).toEqual(['2.1.0', '2.1', '2', 'sha-860c190']);
    expect(Object.fromEntries(m.labels)).toEqual({
      'org.opencontainers.image.source': 'https://github.com/acme/app',
      'org.opencontainers.image.revision': '860c1904a1ce19322e91ac35af1ab07466440c37',
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.version': '2.1.0',
      'org.opencontainers.image.title': 'app',
    });
  });
  test('explicit tags (full references reduced to their tag) win, the first is the version; user labels override', () => {
    const m = imageMetadata({
      env,
      explicitTags: ['ghcr.io/acme/app:edge', 'edge', 'nightly'],
      userLabels: new Map([['org.opencontainers.image.title', 'App']]),
      fallbackTitle: 'ctx',
    });
    expect(m.tags).toEqual(['edge', 'nightly']);
    expect(m.labels.get('org.opencontainers.image.version')).toBe('edge');
    expect(m.labels.get('org.opencontainers.image.title')).toBe('App');
    expect(m.labels.has('org.opencontainers.image.created')).toBe(false);
  });
  test('no context at all: latest, titled after the context folder', () => {
    const m = imageMetadata({ env: {}, explicitTags: [], userLabels: new Map(), fallbackTitle: 'hello' });
    expect(m.tags).toEqual(['latest']);
    expect(Object.fromEntries(m.labels)).toEqual({ 'org.opencontainers.image.title': 'hello' });
  });
});
