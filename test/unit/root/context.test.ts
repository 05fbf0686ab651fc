import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { BUILD_INPUTS, DISTRIBUTE_INPUTS, getInputs, pick, ROOT_INPUTS, stageEnv, TEST_INPUTS } from '../../../src/context.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';

const env = (inputs: Record<string, string>, event = 'push') => ({ GITHUB_EVENT_NAME: event, RUNNER_TEMP: '/rt', ...inputEnv(inputs) });

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
    expect(i.distribute).toBeUndefined();
  });

  it('passes on only the inputs that were set, each to the actions that declare it', () => {
    const e = env({
      context: 'app',
      tags: 'v1',
      policy: 'p.yml',
      'fail-on': 'warning',
      destinations: 'r.example/app',
      'github-token': 't',
      'command-network': ' ',
    });
    expect(pick(e, BUILD_INPUTS)).toEqual({ context: 'app', tags: 'v1' });
    expect(pick(e, TEST_INPUTS)).toEqual({ policy: 'p.yml', 'fail-on': 'warning', 'github-token': 't' });
    expect(pick(e, DISTRIBUTE_INPUTS)).toEqual({ destinations: 'r.example/app', tags: 'v1', 'github-token': 't' });
    // ... parsed by each stage's own getInputs, with the build's layout as test's and distribute's image.
    const i = getInputs(e);
    const layout = path.resolve('/rt/image-pipeline/layout');
    expect(i.build).toMatchObject({ kind: 'container', context: 'app', tags: ['v1'], output: layout });
    expect(i.test).toMatchObject({ kind: 'container', image: layout, policy: 'p.yml', 'fail-on': 'warning', 'github-token': 't', 'command-network': 'none' });
    expect(i.distribute).toMatchObject({ kind: 'container', image: [layout], destinations: ['r.example/app'], tags: ['v1'] });
    expect(i.distribute?.connect.githubToken).toBe('t');
  });

  it("gives a stage the runner's environment and only its own inputs", () => {
    expect(stageEnv({ GITHUB_SHA: 'abc', RUNNER_TEMP: '/rt', INPUT_PUSH: 'true', INPUT_POLICY: 'p' }, { image: '/l', 'fail-on': 'note' })).toEqual({
      GITHUB_SHA: 'abc',
      RUNNER_TEMP: '/rt',
      INPUT_IMAGE: '/l',
      'INPUT_FAIL-ON': 'note',
    });
  });

  it('a relative output is the layout path test and distribute read, resolved as the build resolves it', () => {
    const i = getInputs(env({ output: 'out/layout', destinations: 'r.example/app' }));
    expect(i.build.output).toBe('out/layout');
    expect(i.test.image).toBe(path.resolve('out/layout'));
    expect(i.distribute?.image).toEqual([path.resolve('out/layout')]);
  });

  it('rejects an unknown push mode, naming the input', () => {
    expect(() => getInputs(env({ push: 'always' }))).toThrow("input 'push' is 'always', which is not one of auto, true, false");
  });

  // Every stage's inputs are checked before anything builds: a bad value of any stage fails at once.
  it.each([
    [{ 'build-args': 'NOEQUALS' }, "input 'build-args' line 1 ('NOEQUALS') is not KEY=value"],
    [{ 'fail-on': 'fatal' }, "input 'fail-on' is 'fatal', which is not one of error, warning, note, never"],
    [{ 'command-network': 'bridge' }, "input 'command-network' is 'bridge', which is not one of none, host"],
    [{ destinations: 'UPPER/Case!' }, "input 'destinations' line 1"],
    [{ destinations: 'r.example/app', concurrency: '0' }, "input 'concurrency' is '0', not a whole number from 1 to 64"],
    [{ destinations: 'r.example/app', 'registry-auth': '- registry: r.example\n  username: ci\n' }, 'registry-auth'],
    // Checked on a pull request too, where distribute would not run: the mistake shows before the merge.
    [{ destinations: 'r.example/app:bad tag' }, "input 'destinations' line 1"],
    [{ file: 'image.pkr.hcl' }, "input 'file' names a Packer template; the all-in-one action builds container images"],
  ])('[%#] refuses %o before anything builds', (inputs, message) => {
    expect(() => getInputs(env(inputs, 'pull_request'))).toThrow(message);
  });
});

describe("the root action's per-stage input lists", () => {
  // An input missing from a stage's action.yml would be passed to nothing, one
  // missing from the root action.yml could never be set, and one a stage
  // declares but the root does not pass would be silently dropped. All are read
  // from the files themselves.
  const inputsOf = (file: string): string[] => Object.keys((parse(readFileSync(file, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
  const root = inputsOf('action.yml');
  const stages = [
    ['build-image', BUILD_INPUTS],
    ['test-image', TEST_INPUTS],
    ['distribute-image', DISTRIBUTE_INPUTS],
  ] as const;
  it.each(stages)('%s: every input passed on is declared by the stage and by the root action', (stage, names) => {
    const declared = inputsOf(`${stage}/action.yml`);
    expect(names.filter((n) => !declared.includes(n))).toEqual([]);
    expect(names.filter((n) => !root.includes(n))).toEqual([]);
  });
  it.each(root.filter((n) => !(ROOT_INPUTS as readonly string[]).includes(n)))('root input %s goes to exactly the stages that declare it', (name) => {
    const consumers = stages.filter(([, names]) => (names as readonly string[]).includes(name)).map(([s]) => s);
    const declaring = stages.filter(([s]) => inputsOf(`${s}/action.yml`).includes(name)).map(([s]) => s);
    expect(consumers.length).toBeGreaterThan(0);
    expect(consumers).toEqual(declaring);
  });
  it("the root's own inputs are declared by the root action and by no stage", () => {
    for (const n of ROOT_INPUTS) {
      expect(root).toContain(n);
      for (const [s] of stages) expect(inputsOf(`${s}/action.yml`)).not.toContain(n);
    }
  });
});
