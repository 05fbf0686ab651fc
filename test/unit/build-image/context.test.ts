import { describe, expect, test } from '@jest/globals';
import { getInputs, kindOf } from '../../../build-image/src/context.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({ RUNNER_TEMP: '/rt', ...extra, ...inputEnv(inputs) });

describe('getInputs', () => {
  test('[1] defaults', () => {
    const e = env({ builder: 'auto', context: '.' });
    expect(getInputs(e)).toEqual({
      kind: 'container',
      context: '.',
      'build-args': new Map(),
      secrets: new Map(),
      labels: new Map(),
      annotations: new Map(),
      tags: [],
      platforms: [],
      builder: 'auto',
      output: '/rt/image-pipeline/layout',
      provenance: '/rt/build-image/provenance.json',
      publicBuildArgs: [],
      env: e,
      cacheFrom: [],
      cacheTo: [],
      noCache: false,
      connect: { registryAuth: [], githubToken: '', insecureRegistries: [] },
    });
  });

  test('[2] every input', () => {
    const e = env({
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
      provenance: 'out/provenance.json',
      'public-build-args': 'VERSION\nURL',
      'cache-from': '# the folder an actions/cache step restores\ntype=local,src=.cache/layers',
      'cache-to': 'type=registry,ref=127.0.0.1:5000/app-cache,mode=max',
      'no-cache': 'true',
      'registry-auth': '- registry: 127.0.0.1:5000\n  username: ci\n  password: pw',
      'github-token': 'ghs_token',
      'insecure-registries': 'registry.lan:5000',
    });
    const got = getInputs(e);
    expect(got).toEqual({
      kind: 'container',
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
      provenance: 'out/provenance.json',
      publicBuildArgs: ['VERSION', 'URL'],
      env: e,
      cacheFrom: [{ type: 'local', dir: '.cache/layers', mode: 'min', attrs: { src: '.cache/layers' }, line: 2 }],
      cacheTo: [{ type: 'registry', ref: '127.0.0.1:5000/app-cache', mode: 'max', attrs: { ref: '127.0.0.1:5000/app-cache', mode: 'max' }, line: 1 }],
      noCache: true,
      connect: {
        registryAuth: [{ registry: '127.0.0.1:5000', username: 'ci', password: 'pw' }],
        githubToken: 'ghs_token',
        insecureRegistries: ['registry.lan:5000'],
      },
    });
  });

  test.each([
    ['false', undefined],
    ['FALSE', undefined],
    ['true', '/rt/build-image/provenance.json'],
    ['', '/rt/build-image/provenance.json'],
    ['attest/prov.json', 'attest/prov.json'],
  ])("provenance '%s' -> %s", (value, expected) => {
    const got = getInputs(env({ provenance: value }));
    expect(got.provenance).toBe(expected);
    expect('provenance' in got).toBe(expected !== undefined);
  });

  test('[24] metadata-action spec lines stay whole beside plain tags; flavor lines are kept', () => {
    const got = getInputs(
      env({
        tags: 'type=ref,event=branch\ntype=semver,pattern={{major}}.{{minor}}\nv1, latest\ntype=raw,"value=a,b"',
        flavor: 'latest=false\nprefix=x-,onlatest=true',
      }),
    );
    expect(got.kind === 'container' && got.tags).toEqual([
      'type=ref,event=branch',
      'type=semver,pattern={{major}}.{{minor}}',
      'v1',
      'latest',
      'type=raw,"value=a,b"',
    ]);
    expect(got.kind === 'container' && got.flavor).toEqual(['latest=false', 'prefix=x-,onlatest=true']);
  });

  test.each([
    ['[3] malformed build-args line is named', { 'build-args': 'A=1\nnot a pair\n' }, 'build-args', /line 2 \('not a pair'\) is not KEY=value/],
    ['[4] build-arg names must be identifiers', { 'build-args': '1X=2' }, 'build-args', /line 1/],
    ['[5] unknown builder', { builder: 'kaniko' }, 'builder', /'kaniko', which is not one of auto, buildah, docker, podman/],
    ['[6] bad platform', { platforms: 'linux/amd64,arm64' }, 'platforms', /'arm64', which is not os\/arch/],
    ['[7] repeated platform', { platforms: 'linux/amd64\nlinux/amd64' }, 'platforms', /twice/],
    ['[8] invalid tag', { tags: 'feature/x:-bad' }, 'tags', /not a valid tag/],
    ['[9] malformed secrets line', { secrets: 'justavalue' }, 'secrets', /line 1 is not id=value/],
    ['[10] malformed label', { labels: '=x' }, 'labels', /line 1/],
    ['[11] unknown kind', { kind: 'vm' }, 'kind', /'vm', which is not one of auto, container, machine/],
    ['[12] public-build-args takes names, not KEY=value', { 'public-build-args': 'VERSION=1' }, 'public-build-args', /has 'VERSION=1', expected a build-arg/],
    [
      '[13] malformed cache-from line is named with the accepted forms',
      { 'cache-from': 'type=gha\ntype=local' },
      'cache-from',
      /line 2 .*needs src=<dir>.*Write one cache per line/,
    ],
    ['[14] cache-to with a bad mode', { 'cache-to': 'type=registry,ref=r.example/c,mode=all' }, 'cache-to', /line 1 .*mode is 'all', expected min or max/],
    ['[15] no-cache is a boolean', { 'no-cache': 'sometimes' }, 'no-cache', /'sometimes', not a boolean/],
    [
      '[16] type=gha with builder buildah is refused before anything runs',
      { builder: 'buildah', 'cache-to': 'type=gha,mode=max' },
      'cache-to',
      /type=gha is a docker buildx cache backend, and buildah has none/,
    ],
    ['[18] malformed registry-auth', { 'registry-auth': 'not: [a list' }, 'registry-auth', /registry-auth/],
    ['[20] unknown metadata-action tag type', { tags: 'type=branch' }, 'tags', /'type=branch': unknown type 'branch'.*type=schedule/],
    ['[21] metadata-action ref without event', { tags: 'type=ref' }, 'tags', /type=ref needs a event attribute/],
    ['[22] flavor latest must be auto, true or false', { flavor: 'latest=yes' }, 'flavor', /latest 'yes' is not auto, true or false/],
    ['[23] unknown flavor key', { flavor: 'tag=x' }, 'flavor', /unknown key 'tag'/],
    ['[19] malformed insecure-registries', { 'insecure-registries': 'registry.lan:5000\nbad_host!' }, 'insecure-registries', /insecure-registries/],
    [
      '[25] an annotation level buildx does not know is named with its line',
      { annotations: 'org.example.a=1\n# note\nmanifests:org.example.b=2' },
      'annotations',
      /line 3 \('manifests:org.example.b'\) has the level 'manifests', expected one of manifest, index, manifest-descriptor, index-descriptor/,
    ],
  ])('%s', (_t, inputs, input, message) => {
    const e = fails(() => getInputs(env(inputs)));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
  });
});

describe('cache inputs and the builder', () => {
  test('type=gha passes with builder docker, and with auto (build.ts checks the builder it picks)', () => {
    for (const builder of ['docker', 'auto']) {
      const got = getInputs(env({ builder, 'cache-from': 'type=gha', 'cache-to': 'type=gha,mode=max' }));
      expect(got).toMatchObject({
        kind: 'container',
        cacheFrom: [{ type: 'gha', attrs: {}, line: 1 }],
        cacheTo: [{ type: 'gha', attrs: { mode: 'max' }, line: 1 }],
      });
    }
  });
  test('buildah takes a registry cache and a local one', () => {
    const got = getInputs(env({ builder: 'buildah', 'cache-from': 'r.example/app-cache:main', 'cache-to': 'type=local,dest=/c' }));
    expect(got).toMatchObject({ cacheFrom: [{ type: 'registry', ref: 'r.example/app-cache:main' }], cacheTo: [{ type: 'local', dir: '/c' }] });
  });
  test("a line pasted from build-push-action with buildx's tuning keys is taken by podman (cacheNotices says they are not used)", () => {
    const got = getInputs(
      env({ builder: 'podman', 'cache-to': 'type=registry,ref=r.example/c,mode=max,compression=zstd,image-manifest=true,oci-mediatypes=true' }),
    );
    expect(got).toMatchObject({ cacheTo: [{ type: 'registry', ref: 'r.example/c', mode: 'max', attrs: { compression: 'zstd', 'image-manifest': 'true' } }] });
  });
});

describe('kind: container or machine', () => {
  test.each([
    [{}, 'container'],
    [{ file: 'app/Dockerfile' }, 'container'],
    [{ file: 'ami/base.pkr.hcl' }, 'machine'],
    [{ file: 'ami/base.pkr.json' }, 'machine'],
    [{ template: 'ami' }, 'machine'],
    [{ kind: 'machine', file: 'Dockerfile' }, 'machine'],
    [{ kind: 'container', template: 'ami' }, 'container'],
    [{ kind: 'auto', template: 'ami' }, 'machine'],
  ])('%j is a %s build', (inputs, kind) => {
    expect(kindOf(env(inputs))).toBe(kind);
    expect(getInputs(env(inputs)).kind).toBe(kind);
  });
});

describe('build-image machine inputs', () => {
  test('parsed with defaults', () => {
    const e = env({ template: 'ami/base.pkr.hcl' });
    expect(getInputs(e)).toEqual({
      kind: 'machine',
      provenance: '/rt/build-image/provenance.json',
      publicBuildArgs: [],
      env: e,
      template: 'ami/base.pkr.hcl',
      packerVersion: 'system',
      variables: {},
      varFiles: [],
      only: [],
    });
    const all = env({
      template: 'ami',
      'packer-version': '1.11.2',
      'packer-sha256': 'a'.repeat(64),
      'packer-vars': 'region=us-east-1\nname=base, with comma',
      'packer-var-files': 'a.pkrvars.hcl',
      'packer-only': 'amazon-ebs.base',
      'packer-manifest': 'm.json',
      'ami-region': 'us-east-1',
      provenance: 'false',
      'public-build-args': 'region',
    });
    expect(getInputs(all)).toEqual({
      kind: 'machine',
      publicBuildArgs: ['region'],
      env: all,
      template: 'ami',
      packerVersion: '1.11.2',
      packerSha256: 'a'.repeat(64),
      variables: { region: 'us-east-1', name: 'base, with comma' },
      varFiles: ['a.pkrvars.hcl'],
      only: ['amazon-ebs.base'],
      manifest: 'm.json',
      amiRegion: 'us-east-1',
    });
  });
  test('packer-releases-url is read', () => {
    expect(getInputs(env({ template: 'ami', 'packer-releases-url': 'https://mirror.example/packer' }))).toMatchObject({
      kind: 'machine',
      releasesUrl: 'https://mirror.example/packer',
    });
  });
  test('file works as the template; neither is an error naming template', () => {
    expect(getInputs(env({ file: 'ami/base.pkr.hcl' }))).toMatchObject({ kind: 'machine', template: 'ami/base.pkr.hcl' });
    expect(fails(() => getInputs(env({ kind: 'machine' }))).input).toBe('template');
  });
  test('packer-pgp-key is passed on as given (text or path), and absent when empty', () => {
    expect(getInputs(env({ template: 'ami', 'packer-pgp-key': 'keys/mirror.asc' }))).toMatchObject({ kind: 'machine', packerPgpKey: 'keys/mirror.asc' });
    expect(getInputs(env({ template: 'ami' }))).not.toHaveProperty('packerPgpKey');
  });

  test('a bad variable line names packer-vars and its line', () => {
    const e = fails(() => getInputs(env({ template: 't.pkr.hcl', 'packer-vars': 'ok=1\n9bad=2' })));
    expect(e.input).toBe('packer-vars');
    expect(e.line).toBe(2);
  });
});

describe('stall-timeout and build-timeout', () => {
  const limits = (inputs: Record<string, string>) => {
    const i = getInputs(env({ context: '.', ...inputs }));
    if (i.kind !== 'container') throw new Error('expected a container build');
    return i.limits;
  };
  test('absent: the defaults (run-builder.ts); durations in ms; 0 turns either off', () => {
    expect(limits({})).toBeUndefined();
    expect(limits({ 'stall-timeout': '30s', 'build-timeout': '2h' })).toEqual({ stallMs: 30_000, timeoutMs: 7_200_000 });
    expect(limits({ 'stall-timeout': '0', 'build-timeout': '0' })).toEqual({ stallMs: 0, timeoutMs: 0 });
  });
  test('a value that is not a duration names the input and the accepted form', () => {
    const e = fails(() => getInputs(env({ context: '.', 'stall-timeout': 'ten minutes' })));
    expect(e.input).toBe('stall-timeout');
    expect(e.message).toContain("input 'stall-timeout' is 'ten minutes', not a duration");
  });
});
