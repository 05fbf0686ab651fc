import { describe, expect, test } from '@jest/globals';
import { getInputs } from '../../../build-image/src/context.js';
import { isPipelineError, type PipelineError } from '../../../shared/src/errors.js';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({
  RUNNER_TEMP: '/rt',
  ...extra,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe('getInputs', () => {
  test('[1] defaults', () => {
    expect(getInputs(env({ builder: 'auto', context: '.' }))).toEqual({
      context: '.',
      'build-args': new Map(),
      secrets: new Map(),
      labels: new Map(),
      annotations: new Map(),
      tags: [],
      platforms: [],
      builder: 'auto',
      output: '/rt/image-pipeline/layout',
    });
  });

  test('[2] every input', () => {
    const got = getInputs(
      env({
        context: 'app',
        file: 'app/Containerfile',
        target: 'runtime',
        'build-args': 'VERSION=1.2.3\n# comment\nURL=https://x/?a=b,c\n',
        secrets: 'npm_token=s3cr=t',
        labels: 'org.opencontainers.image.title=My App',
        annotations: 'org.opencontainers.image.description=Tiny, fast',
        tags: 'v1, latest\nghcr.io/acme/app:edge',
        platforms: 'linux/amd64,linux/arm64/v8',
        builder: 'podman',
        output: 'out/layout',
      }),
    );
    expect(got).toEqual({
      context: 'app',
      file: 'app/Containerfile',
      target: 'runtime',
      'build-args': new Map([
        ['VERSION', '1.2.3'],
        ['URL', 'https://x/?a=b,c'],
      ]),
      secrets: new Map([['npm_token', 's3cr=t']]),
      labels: new Map([['org.opencontainers.image.title', 'My App']]),
      annotations: new Map([['org.opencontainers.image.description', 'Tiny, fast']]),
      tags: ['v1', 'latest', 'ghcr.io/acme/app:edge'],
      platforms: ['linux/amd64', 'linux/arm64/v8'],
      builder: 'podman',
      output: 'out/layout',
    });
  });

  const fails = (inputs: Record<string, string>): PipelineError => {
    try {
      getInputs(env(inputs));
    } catch (e) {
      if (isPipelineError(e)) return e;
      throw e;
    }
    throw new Error('expected getInputs to fail');
  };

  test.each([
    ['[3] malformed build-args line is named', { 'build-args': 'A=1\nnot a pair\n' }, 'build-args', /line 2 \('not a pair'\) is not KEY=value/],
    ['[4] build-arg names must be identifiers', { 'build-args': '1X=2' }, 'build-args', /line 1/],
    ['[5] unknown builder', { builder: 'kaniko' }, 'builder', /'kaniko', which is not one of auto, buildah, docker, podman/],
    ['[6] bad platform', { platforms: 'linux/amd64,arm64' }, 'platforms', /'arm64', which is not os\/arch/],
    ['[7] repeated platform', { platforms: 'linux/amd64\nlinux/amd64' }, 'platforms', /twice/],
    ['[8] invalid tag', { tags: 'feature/x:-bad' }, 'tags', /not a valid tag/],
    ['[9] malformed secrets line', { secrets: 'justavalue' }, 'secrets', /line 1 is not id=value/],
    ['[10] malformed label', { labels: '=x' }, 'labels', /line 1/],
  ])('%s', (_t, inputs, input, message) => {
    const e = fails(inputs);
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
  });
});
