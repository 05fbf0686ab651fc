/**
 * docker/build-push-action's own examples run through build-image's
 * getInputs unchanged, as the runner hands them over: every `with:` key as
 * INPUT_<NAME> (YAML scalars as strings, expressions already substituted),
 * and action.yml's defaults for the inputs not given. Each must be taken, or
 * refused with the one documented clear error; what build.ts then refuses
 * for the builder it picks is checked too (buildah: type=gha caches, network
 * none...).
 *
 * The `with:` blocks are facts from build-push-action's README (v7: git and
 * path context, GIT_AUTH_TOKEN; v2: build-args), its docs/advanced pages as
 * of v3 (multi-platform, secrets, cache: inline/registry/gha/local, local
 * registry, named contexts) and docs.docker.com's secrets page (secret-files,
 * the multi-line secrets table, ssh). push/load belong to helper B's parsing;
 * here they only have to be tolerated.
 */
import * as fs from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { getInputs, type ContainerInputs } from '../../../build-image/src/context.js';
import { checkCacheForBuilder } from '../../../shared/src/builders/cache-spec.js';
import { checkOptionsForBuilder } from '../../../shared/src/builders/build-options.js';
import type { PipelineError } from '../../../shared/src/errors.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

const GPG_KEY = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGRhbWVzYW1wbGVrZXk=\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----';
const EXPRESSIONS: Record<string, string> = {
  'secrets.GITHUB_TOKEN': 'ghs_sampletoken0123456789',
  'secrets.MYTOKEN': 'ghp_othertoken0123456789',
  'secrets.GPG_KEY': GPG_KEY,
  'github.token': 'ghs_sampletoken0123456789',
};

/** The runner: ${{ }} substituted, scalars as strings, defaults of build-image/action.yml for what is not given. */
function runnerEnv(withBlock: string, extra: Record<string, string> = {}): Record<string, string> {
  const given = parse(withBlock) as Record<string, unknown>;
  const action = parse(fs.readFileSync('build-image/action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const sub = (v: string): string => v.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_m, e: string) => EXPRESSIONS[e] ?? '');
  const inputs: Record<string, string> = {};
  for (const [k, d] of Object.entries(action.inputs)) if (d.default !== undefined) inputs[k] = sub(d.default);
  for (const [k, v] of Object.entries(given)) inputs[k] = sub(String(v));
  return { RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/w', ...extra, ...inputEnv(inputs) };
}

const container = (e: Record<string, string>): ContainerInputs => {
  const got = getInputs(e);
  if (got.kind !== 'container') throw new Error('expected a container build');
  return got;
};

/** What build.ts refuses once it has picked `builder` (cache backends, options), or undefined. */
const refusedFor = (i: ContainerInputs, builder: 'buildah' | 'podman' | 'docker'): PipelineError | undefined =>
  checkCacheForBuilder({ from: i.cacheFrom, to: i.cacheTo, noCache: i.noCache }, builder) ?? checkOptionsForBuilder(i.options, builder);

const taken: Array<[string, string, Record<string, string>, (i: ContainerInputs) => void]> = [
  [
    'README: git context, push',
    `
push: true
tags: user/app:latest
`,
    {},
    (i) => {
      expect(i.tags).toEqual(['user/app:latest']);
      expect(i.context).toBe('.');
    },
  ],
  [
    'README: {{defaultContext}}:mysubdir is the checked-out subfolder',
    `
context: "{{defaultContext}}:mysubdir"
push: true
tags: user/app:latest
`,
    {},
    (i) => {
      expect(i.context).toBe('mysubdir');
      expect(i.notices?.[0]).toMatch(/Git context; build-image builds the checked-out workspace folder mysubdir/);
    },
  ],
  [
    'README: GIT_AUTH_TOKEN secret',
    `
push: true
tags: user/app:latest
secrets: |
  GIT_AUTH_TOKEN=\${{ secrets.MYTOKEN }}
`,
    {},
    (i) => expect(i.secrets).toEqual(new Map([['GIT_AUTH_TOKEN', 'ghp_othertoken0123456789']])),
  ],
  [
    'README: path context',
    `
context: .
push: true
tags: user/app:latest
`,
    {},
    (i) => expect(i.context).toBe('.'),
  ],
  [
    'README v2: build-args',
    `
push: true
tags: user/app:latest
build-args: |
  arg1=value1
  arg2=value2
`,
    {},
    (i) =>
      expect(i['build-args']).toEqual(
        new Map([
          ['arg1', 'value1'],
          ['arg2', 'value2'],
        ]),
      ),
  ],
  [
    'docs: multi-platform',
    `
context: .
platforms: linux/amd64,linux/arm64
push: true
tags: user/app:latest
`,
    {},
    (i) => expect(i.platforms).toEqual(['linux/amd64', 'linux/arm64']),
  ],
  [
    'docs: secrets (quoted item)',
    `
context: .
platforms: linux/amd64,linux/arm64
tags: user/app:latest
secrets: |
  "github_token=\${{ secrets.GITHUB_TOKEN }}"
`,
    {},
    (i) => expect(i.secrets).toEqual(new Map([['github_token', 'ghs_sampletoken0123456789']])),
  ],
  [
    'docs: secret-files',
    `
secret-files: |
  "MY_SECRET=./secret.txt"
`,
    {},
    (i) => expect(i.secretFiles).toEqual([{ id: 'MY_SECRET', from: './secret.txt', line: 1 }]),
  ],
  [
    'docs: multi-line secrets (each id once)',
    `
secrets: |
  "MYSECRET=\${{ secrets.GPG_KEY }}"
  GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789
  "MYSECRET2=aaaaaaaa
  bbbbbbb
  ccccccccc"
  FOO=bar
  "EMPTYLINE=aaaa

  bbbb
  ccc"
  "JSON_SECRET={""key1"":""value1"",""key2"":""value2""}"
`,
    {},
    (i) =>
      expect(i.secrets).toEqual(
        new Map([
          ['MYSECRET', GPG_KEY],
          ['GIT_AUTH_TOKEN', 'abcdefghi,jklmno=0123456789'],
          ['MYSECRET2', 'aaaaaaaa\nbbbbbbb\nccccccccc'],
          ['FOO', 'bar'],
          ['EMPTYLINE', 'aaaa\n\nbbbb\nccc'],
          ['JSON_SECRET', '{"key1":"value1","key2":"value2"}'],
        ]),
      ),
  ],
  [
    'docs: ssh default (the agent an earlier step started)',
    `
ssh: default
push: true
tags: user/app:latest
`,
    { SSH_AUTH_SOCK: '/tmp/ssh-agent.sock' },
    (i) => expect(i.options?.ssh).toEqual(['default']),
  ],
  [
    'docs: inline cache (cache-to type=inline: builder docker only)',
    `
context: .
push: true
tags: user/app:latest
cache-from: type=registry,ref=user/app:latest
cache-to: type=inline
`,
    {},
    (i) => {
      expect(i.cacheTo).toEqual([{ type: 'inline', attrs: {}, line: 1 }]);
      expect(refusedFor(i, 'buildah')?.message).toMatch(/type=inline is a docker buildx cache backend, and buildah has none/);
      expect(refusedFor(i, 'docker')).toBeUndefined();
    },
  ],
  [
    'docs: registry cache',
    `
context: .
push: true
tags: user/app:latest
cache-from: type=registry,ref=user/app:buildcache
cache-to: type=registry,ref=user/app:buildcache,mode=max
`,
    {},
    (i) => {
      expect(i.cacheTo).toMatchObject([{ type: 'registry', ref: 'user/app:buildcache', mode: 'max' }]);
      expect(refusedFor(i, 'buildah')).toBeUndefined();
    },
  ],
  [
    'docs: GitHub cache (type=gha: the documented error with buildah and podman)',
    `
context: .
push: true
tags: user/app:latest
cache-from: type=gha
cache-to: type=gha,mode=max
`,
    {},
    (i) => {
      expect(refusedFor(i, 'buildah')?.message).toMatch(/type=gha is a docker buildx cache backend, and buildah has none/);
      expect(refusedFor(i, 'podman')?.message).toMatch(/type=gha is a docker buildx cache backend, and podman has none/);
      expect(refusedFor(i, 'docker')).toBeUndefined();
    },
  ],
  [
    'docs: local cache',
    `
context: .
push: true
tags: user/app:latest
cache-from: type=local,src=/tmp/.buildx-cache
cache-to: type=local,dest=/tmp/.buildx-cache-new,mode=max
`,
    {},
    (i) => {
      expect(i.cacheFrom).toMatchObject([{ type: 'local', dir: '/tmp/.buildx-cache' }]);
      expect(i.cacheTo).toMatchObject([{ type: 'local', dir: '/tmp/.buildx-cache-new', mode: 'max' }]);
      expect(refusedFor(i, 'buildah')).toBeUndefined();
    },
  ],
  [
    'docs: local registry',
    `
context: .
push: true
tags: localhost:5000/name/app:latest
`,
    {},
    (i) => expect(i.tags).toEqual(['localhost:5000/name/app:latest']),
  ],
  [
    'docs: named context pinning alpine',
    `
context: .
build-contexts: |
  alpine=docker-image://alpine:3.16
tags: myimage:latest
`,
    {},
    (i) => {
      expect(i.options?.buildContexts).toEqual([{ name: 'alpine', value: 'docker-image://alpine:3.16', line: 1 }]);
      expect(refusedFor(i, 'buildah')).toBeUndefined();
    },
  ],
  [
    'docs: named contexts, the base built with load: true',
    `
context: base
load: true
tags: my-base-image:latest
`,
    {},
    (i) => expect(i.context).toBe('base'),
  ],
  [
    'docs: setup-buildx-action builder by its name output',
    `
builder: builder-3f1e5c2b-8a4d-4c6e-9f00-1234567890ab
context: .
push: true
tags: user/app:latest
`,
    {},
    (i) => {
      expect(i.builder).toBe('docker');
      expect(i.options?.buildxInstance).toBe('builder-3f1e5c2b-8a4d-4c6e-9f00-1234567890ab');
    },
  ],
];

describe("build-push-action's examples, unchanged", () => {
  test.each(taken)('%s', (_name, withBlock, extra, check) => {
    check(container(runnerEnv(withBlock, extra)));
  });

  test("docs' secrets table as written repeats MYSECRET: refused, naming the line and the id, never the value", () => {
    const e = fails(() =>
      getInputs(
        runnerEnv(`
secrets: |
  "MYSECRET=\${{ secrets.GPG_KEY }}"
  GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789
  "MYSECRET=aaaaaaaa
  bbbbbbb
  ccccccccc"
`),
      ),
    );
    expect(e).toMatchObject({ code: 'INPUT', input: 'secrets', line: 7 });
    expect(e.message).toMatch(/repeats the secret id 'MYSECRET'/);
    expect(e.message).not.toContain('aaaaaaaa');
  });

  test('network none: taken by getInputs, refused for buildah with the fix', () => {
    const i = container(runnerEnv('network: none\ntags: user/app:latest'));
    const e = refusedFor(i, 'buildah');
    expect(e?.input).toBe('network');
    expect(e?.hint).toMatch(/builder: docker/);
  });

  test.each([
    ['true', true],
    ['mode=max', true],
    ['mode=min,inline-only=true', true],
    ['builder-id=https://github.com/acme/app/actions/runs/1', true],
    ['false', false],
  ])("provenance '%s' (build-push-action's values) writes our statement at the default path: %s", (value, written) => {
    const i = container(runnerEnv(`provenance: ${value}`));
    expect(i.provenance).toBe(written ? '/rt/build-image/provenance.json' : undefined);
    const notice = (i.notices ?? []).find((n) => n.startsWith('provenance'));
    expect(notice !== undefined).toBe(value.includes('='));
  });

  test('our own provenance path still works', () => {
    expect(container(runnerEnv('provenance: attest/prov.json')).provenance).toBe('attest/prov.json');
  });

  test('a remote context is refused: build-image builds a folder', () => {
    const e = fails(() => getInputs(runnerEnv('context: https://github.com/acme/app.git#main')));
    expect(e.input).toBe('context');
    expect(e.hint).toMatch(/actions\/checkout/);
  });
});
