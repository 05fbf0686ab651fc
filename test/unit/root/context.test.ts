import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { BUILD_INPUTS, DISTRIBUTE_INPUTS, getInputs, TEST_INPUTS } from '../../../src/context.js';
import { chainInputs } from '../../../scripts/local/run-pipeline.js';

const env = (inputs: Record<string, string>, event = 'push') => ({
  GITHUB_EVENT_NAME: event,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe('all-in-one inputs', () => {
  it.each([
    ['push event with destinations', {}, 'push', true],
    ['pull request', {}, 'pull_request', false],
    ['pull request with push: true', { push: 'true' }, 'pull_request', true],
    ['push: false', { push: 'false' }, 'push', false],
  ] as const)('[%#] %s -> push=%s', (_what, extra, event, push) => {
    expect(getInputs(env({ destinations: 'r.example/app', ...extra }, event)).push).toBe(push);
  });

  it('never pushes without destinations, and says why', () => {
    const i = getInputs(env({ push: 'true', destinations: '# none\n' }));
    expect(i.push).toBe(false);
    expect(i.pushReason).toBe('no destinations given');
  });

  it('passes on only the inputs that were set, each to the actions that declare it', () => {
    const i = getInputs(env({ context: 'app', tags: 'v1', policy: 'p.yml', 'fail-on': 'warning', destinations: 'r.example/app', 'github-token': 't' }));
    expect(i.build).toEqual({ context: 'app', tags: 'v1' });
    expect(i.test).toEqual({ policy: 'p.yml', 'fail-on': 'warning', 'github-token': 't' });
    expect(i.distribute).toEqual({ destinations: 'r.example/app', tags: 'v1', 'github-token': 't' });
  });

  it('rejects an unknown push mode, naming the input', () => {
    expect(() => getInputs(env({ push: 'always' }))).toThrow("input 'push' is 'always', which is not one of auto, true, false");
  });
});

describe('chainInputs', () => {
  it("feeds build's layout output to test and distribute as their image input", () => {
    const next = chainInputs({ build: {}, test: { policy: 'p' }, distribute: { destinations: 'd' }, push: true }, { layout: '/tmp/l', digest: 'sha256:x' });
    expect(next).toEqual({ test: { policy: 'p', image: '/tmp/l' }, distribute: { destinations: 'd', image: '/tmp/l' } });
  });
  it('refuses a build without a layout output', () => {
    expect(() => chainInputs({ build: {}, test: {}, distribute: {}, push: true }, {})).toThrow('without a layout output');
  });
});

describe("the root action's per-stage input lists", () => {
  // The lists are kept by hand; an input missing from a stage's action.yml
  // would be passed to nothing, one missing from the root action.yml could
  // never be set. Both are read from the files themselves.
  const inputsOf = (file: string): string[] => Object.keys((parse(readFileSync(file, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
  const root = inputsOf('action.yml');
  it.each([
    ['build-image', BUILD_INPUTS],
    ['test-image', TEST_INPUTS],
    ['distribute-image', DISTRIBUTE_INPUTS],
  ] as const)('%s: every input passed on is declared by the stage and by the root action', (stage, names) => {
    const declared = inputsOf(`${stage}/action.yml`);
    expect(names.filter((n) => !declared.includes(n))).toEqual([]);
    expect(names.filter((n) => !root.includes(n))).toEqual([]);
  });
});
