import { describe, expect, it } from '@jest/globals';
import { getInputs } from '../../../src/context.js';
import { chainInputs } from '../../../shared/src/pipeline/run-pipeline.js';

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
