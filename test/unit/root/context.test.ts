import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { BUILD_INPUTS, destinationsOf, DISTRIBUTE_INPUTS, getInputs, pick, ROOT_INPUTS, stageEnv, TEST_INPUTS } from '../../../src/context.js';
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
    // github-token also reaches the build (private GHCR bases, the layer cache).
    expect(pick(e, BUILD_INPUTS)).toEqual({ context: 'app', tags: 'v1', 'github-token': 't' });
    expect(pick(e, TEST_INPUTS)).toEqual({ policy: 'p.yml', 'fail-on': 'warning', 'github-token': 't' });
    expect(pick(e, DISTRIBUTE_INPUTS)).toEqual({ destinations: 'r.example/app', tags: 'v1', 'github-token': 't' });
    // ... parsed by each stage's own getInputs, with the build's layout as test's and distribute's image.
    const i = getInputs(e);
    const layout = path.resolve('/rt/image-pipeline/layout');
    expect(i.build).toMatchObject({ kind: 'container', context: 'app', tags: ['v1'], output: layout });
    expect(i.test).toMatchObject({ kind: 'container', image: layout, policy: 'p.yml', 'fail-on': 'warning', 'github-token': 't', 'command-network': 'none' });
    expect(i.distribute).toMatchObject({ kind: 'container', image: [layout], destinations: ['r.example/app'], tags: ['v1'] });
    expect(i.distribute?.connect.githubToken).toBe('t');
    expect(i.build.connect.githubToken).toBe('t');
  });

  it('gives the build the registry access test and distribute have', () => {
    const auth = '- registry: r.example\n  username: ci\n  password: pw\n';
    const i = getInputs(env({ destinations: 'r.example/app', 'registry-auth': auth, 'insecure-registries': 'mirror.local:5000' }));
    expect(i.build.connect.registryAuth).toEqual([{ registry: 'r.example', username: 'ci', password: 'pw' }]);
    expect(i.build.connect.insecureRegistries).toEqual(['mirror.local:5000']);
    expect(i.build.connect).toEqual(i.distribute?.connect);
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

describe('the layer cache (cache, cache-from, cache-to, no-cache)', () => {
  it('cache: auto (the default) with destinations leaves run() a default beside the first destination', () => {
    const i = getInputs(env({ destinations: '# ours\nghcr.io/acme/app:1.0\nr.example/app' }));
    expect(i.cacheDefault).toEqual({ destination: 'ghcr.io/acme/app:1.0' });
    // The specs themselves wait for the event payload (run.ts withDefaultCache).
    expect(i.build.cacheFrom).toEqual([]);
    expect(i.build.cacheTo).toEqual([]);
    expect(i.build.noCache).toBe(false);
  });

  it.each([
    ['no destinations', {}],
    ['cache: off', { destinations: 'r.example/app', cache: 'off' }],
    ['cache-from given', { destinations: 'r.example/app', 'cache-from': 'type=registry,ref=r.example/mine' }],
    ['cache-to given', { destinations: 'r.example/app', 'cache-to': 'type=local,dest=/tmp/c' }],
  ])('[%#] no default cache: %s', (_what, inputs) => {
    expect(getInputs(env(inputs)).cacheDefault).toBeUndefined();
  });

  it("passes cache-from, cache-to and no-cache to build-image's own parser", () => {
    const i = getInputs(env({ 'cache-from': 'type=registry,ref=r.example/c', 'cache-to': 'type=registry,ref=r.example/c,mode=max', 'no-cache': 'true' }));
    expect(i.build.cacheFrom).toMatchObject([{ type: 'registry', ref: 'r.example/c' }]);
    expect(i.build.cacheTo).toMatchObject([{ type: 'registry', ref: 'r.example/c', mode: 'max' }]);
    expect(i.build.noCache).toBe(true);
  });

  it.each([
    [{ cache: 'registry' }, "input 'cache' is 'registry', which is not one of auto, off"],
    [{ 'cache-from': 'type=nowhere' }, "input 'cache-from' line 1"],
    [{ 'cache-to': 'type=registry,ref=r.example/c,mode=most' }, "input 'cache-to' line 1"],
  ])('[%#] refuses %o before anything builds, naming the input', (inputs, message) => {
    expect(() => getInputs(env({ destinations: 'r.example/app', ...inputs }, 'pull_request'))).toThrow(message);
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
  it("the root's own inputs are declared by the root action and by no stage, and never passed to one", () => {
    // build-image's `push` is docker/build-push-action's (push after the build); the root's `push` (auto|true|false)
    // decides whether distribute-image runs. Same name, two meanings: the root's must never reach build-image.
    const sameNameElsewhere: Record<string, string> = { push: 'build-image' };
    for (const n of ROOT_INPUTS) {
      expect(root).toContain(n);
      for (const [s, names] of stages) {
        expect(names as readonly string[]).not.toContain(n);
        if (sameNameElsewhere[n] !== s) expect(inputsOf(`${s}/action.yml`)).not.toContain(n);
      }
    }
  });
  it("the root's push: true does not make build-image push (its own push stays false)", () => {
    const i = getInputs(env({ push: 'true', destinations: '127.0.0.1:5000/app', tags: '1' }));
    expect(i.push).toBe(true);
    expect(i.build.publish).toBeUndefined();
  });
});

describe('full references and spec lines in tags, with destinations', () => {
  // distribute-image's tags take plain tags only; the root used to hand it the tags input as written.
  it.each([
    ['plain tags: the destinations get them', 'v1\nv2', ['r.example/app'], ['v1', 'v2']],
    ['a spec line: the tags the build writes into the layout', 'type=semver,pattern={{version}}\nv2', ['r.example/app'], undefined],
    ['a full reference: a destination of its own, pushed as written', '127.0.0.1:5000/app:1', ['r.example/app', '127.0.0.1:5000/app:1'], undefined],
    ['a reference to a listed repository adds its tag there', 'r.example/app:1\nv2', ['r.example/app', 'r.example/app:1'], undefined],
    ['an untagged reference is :latest, a listed one not repeated', 'ghcr.io/o/app\nr.example/app:9', ['r.example/app:9', 'ghcr.io/o/app:latest'], undefined],
  ] as const)('[%#] %s', (_what, tags, destinations, distributeTags) => {
    const given = tags === 'ghcr.io/o/app\nr.example/app:9' ? ['r.example/app:9'] : ['r.example/app'];
    const i = getInputs(env({ destinations: given.join('\n'), tags }));
    expect(i.push).toBe(true);
    expect(i.distribute?.destinations).toEqual(destinations);
    if (distributeTags === undefined) expect(i.distribute?.tags).toEqual([]);
    else expect(i.distribute?.tags).toEqual(distributeTags);
    // The build keeps every item as written (it evaluates spec lines and records each reference's tag in the layout).
    expect(i.build.tags).toEqual(tags.split('\n'));
  });

  it('a full reference alone is where the image goes: distribute runs on a push, not on a pull request', () => {
    const push = getInputs(env({ tags: 'ghcr.io/o/app:1,ghcr.io/o/app:1.2' }));
    expect(push.push).toBe(true);
    expect(push.distribute?.destinations).toEqual(['ghcr.io/o/app:1', 'ghcr.io/o/app:1.2']);
    // The default cache sits beside the first destination, a reference's repository here.
    expect(push.cacheDefault).toEqual({ destination: 'ghcr.io/o/app:1' });
    const pr = getInputs(env({ tags: 'ghcr.io/o/app:1' }, 'pull_request'));
    expect(pr.push).toBe(false);
    expect(pr.pushReason).toBe('pull requests build and test only');
    expect(getInputs(env({ tags: 'ghcr.io/o/app:1', push: 'false' })).push).toBe(false);
    // Plain tags and spec lines alone still name nowhere to push.
    expect(getInputs(env({ tags: 'v1\ntype=sha' })).pushReason).toBe('no destinations given');
  });

  it('destinationsOf (pure): references after the listed destinations, tags only when every item is a plain tag', () => {
    expect(destinationsOf([], [])).toEqual({ destinations: [], references: [] });
    expect(destinationsOf(['r.example/app'], ['1.0', 'latest'])).toEqual({ destinations: ['r.example/app'], references: [], tags: ['1.0', 'latest'] });
    expect(destinationsOf(['r.example/app'], ['1.0', 'app:1.0'])).toEqual({ destinations: ['r.example/app', 'app:1.0'], references: ['app:1.0'] });
    expect(destinationsOf([], ['localhost:5000/a/b@sha256:' + 'a'.repeat(64)])).toMatchObject({ references: ['localhost:5000/a/b:latest'] });
  });

  it('a tags item that is neither tag, reference nor spec line is still refused by the build, naming tags', () => {
    expect(() => getInputs(env({ destinations: 'r.example/app', tags: 'Bad Tag!' }, 'pull_request'))).toThrow("input 'tags'");
  });
});

describe('build-image inputs passed through', () => {
  it("reaches build-image's own parser: secrets from files and variables, contexts, RUN step options, timeouts", () => {
    const i = getInputs({
      ...env({
        'secret-files': 'npmrc=./npmrc',
        'secret-envs': 'TOKEN=MY_TOKEN',
        'build-contexts': 'base=docker-image://r.example/base:1',
        pull: 'true',
        network: 'host',
        'add-hosts': 'db:10.0.0.2',
        ulimit: 'nofile=1024:2048',
        'stall-timeout': '30s',
        'build-timeout': '90m',
      }),
      MY_TOKEN: 'x',
    });
    expect(pick(env({ pull: 'true', 'stall-timeout': '30s' }), BUILD_INPUTS)).toEqual({ pull: 'true', 'stall-timeout': '30s' });
    // The parsed fields, not the environment the build keeps (which holds every INPUT_ as written).
    const { env: _env, ...parsed } = i.build;
    const text = JSON.stringify(parsed);
    for (const v of ['npmrc', './npmrc', 'MY_TOKEN', 'docker-image://r.example/base:1', 'db', '10.0.0.2', 'nofile', '2048']) expect(text).toContain(v);
    expect(i.build.secretFiles).toHaveLength(1);
    expect(i.build.secretEnvs).toHaveLength(1);
    expect(i.build.options).toBeDefined();
    expect(i.build.limits).toEqual({ stallMs: 30_000, timeoutMs: 90 * 60_000 });
  });

  it.each([
    [{ 'stall-timeout': 'soon' }, 'stall-timeout'],
    [{ 'build-timeout': '-1m' }, 'build-timeout'],
    [{ network: 'bridge' }, 'network'],
    [{ 'build-contexts': 'noequals' }, 'build-contexts'],
    [{ pull: 'maybe' }, 'pull'],
  ])('[%#] refuses %o before anything builds, naming the input', (inputs, name) => {
    expect(() => getInputs(env(inputs, 'pull_request'))).toThrow(`'${name}'`);
  });

  it("neither packer nor build-image's push/load/outputs/images is a root input (the root builds containers and pushes through distribute)", () => {
    for (const n of ['push', 'load', 'outputs', 'images', 'packer-pgp-key', 'kind', 'template']) expect(BUILD_INPUTS as readonly string[]).not.toContain(n);
  });
});
