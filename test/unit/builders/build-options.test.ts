/**
 * build-push-action's build options: parsing (every bad value named by input
 * and line with the accepted forms), what buildah/podman refuse or only note,
 * and each builder's argv by equality (numbered like build-push-action's
 * context.test.ts).
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { BuildOptions, BuildPlan } from '../../../shared/src/builders/builder.js';
import {
  builderOf,
  checkOptionsForBuilder,
  contextImages,
  imagesThroughContexts,
  imageThroughContexts,
  noCacheFor,
  optionNotices,
  parseBuildOptions,
  resolveBuildContexts,
} from '../../../shared/src/builders/build-options.js';
import { getBuildahArgs, type ContainerStorage } from '../../../shared/src/builders/buildah.js';
import { getBuildxArgs } from '../../../shared/src/builders/buildx.js';
import { getPodmanArgs } from '../../../shared/src/builders/podman.js';
import { checkSecretEnvs, parseSecretRefs, parseSecrets, resolveSecretFiles, secretArg } from '../../../shared/src/builders/secrets.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

const env = (inputs: Record<string, string>, extra: Record<string, string> = {}) => ({ ...extra, ...inputEnv(inputs) });

describe('parseBuildOptions', () => {
  test('[1] nothing set: no options, no notices (a plain build stays as it was)', () => {
    expect(parseBuildOptions(env({ pull: 'false', 'no-cache': 'false' }))).toEqual({ notices: [] });
  });

  test('[2] every option, in the forms build-push-action documents', () => {
    const got = parseBuildOptions(
      env(
        {
          'build-contexts': 'alpine=docker-image://alpine:3.16\nshared=./libs/shared\n"src=https://example.org/src.tar.gz"',
          pull: 'true',
          network: 'host',
          ssh: 'default,github=/home/runner/.ssh/id_ed25519',
          'add-hosts': 'docker:10.180.0.1,db=10.0.0.5',
          'shm-size': '2g',
          ulimit: 'nofile=1024:1024\nnproc=512',
          'cgroup-parent': '/actions_job',
          'no-cache-filters': 'deps,test',
          allow: 'network.host,security.insecure',
          call: 'build',
        },
        { SSH_AUTH_SOCK: '/tmp/agent.sock' },
      ),
    );
    expect(got).toEqual({
      options: {
        buildContexts: [
          { name: 'alpine', value: 'docker-image://alpine:3.16', line: 1 },
          { name: 'shared', value: './libs/shared', line: 2 },
          { name: 'src', value: 'https://example.org/src.tar.gz', line: 3 },
        ],
        pull: true,
        network: 'host',
        ssh: ['default', 'github=/home/runner/.ssh/id_ed25519'],
        addHosts: ['docker:10.180.0.1', 'db:10.0.0.5'],
        shmSize: '2g',
        ulimits: ['nofile=1024:1024', 'nproc=512'],
        cgroupParent: '/actions_job',
        noCacheFilters: ['deps', 'test'],
        allow: ['network.host', 'security.insecure'],
      },
      notices: [],
    });
  });

  test('[3] sbom and attests are notices; provenance attests too', () => {
    const { notices } = parseBuildOptions(env({ sbom: 'true', attests: 'type=sbom,generator=image\ntype=provenance,mode=max' }));
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/attests line 2: provenance is build-image's own SLSA v1 statement/);
    expect(notices[1]).toMatch(/test-image writes the image's SBOM .*distribute-image attaches it/);
    expect(parseBuildOptions(env({ sbom: 'false' })).notices).toEqual([]);
  });

  test.each([
    ['[4] build-contexts without =', { 'build-contexts': 'alpine' }, 'build-contexts', /line 1 \('alpine'\) is not name=value/],
    ['[5] a bake target context', { 'build-contexts': 'base=target:base' }, 'build-contexts', /target: contexts are docker\/bake-action's/],
    ['[6] a context named twice', { 'build-contexts': 'a=./x\na=./y' }, 'build-contexts', /line 2 names the context 'a' twice/],
    ['[7] pull is a boolean', { pull: 'always' }, 'pull', /'always', not a boolean/],
    ['[8] network outside the modes', { network: 'bridge' }, 'network', /'bridge', which is not one of default, host, none/],
    ['[9] ssh agent without SSH_AUTH_SOCK', { ssh: 'default' }, 'ssh', /'default', which uses the SSH agent, but SSH_AUTH_SOCK is not set/],
    ['[10] ssh item malformed', { ssh: 'a b' }, 'ssh', /has 'a b', expected default, <id> or <id>=/],
    ['[11] add-hosts without an address', { 'add-hosts': 'docker' }, 'add-hosts', /has 'docker', expected host:ip/],
    ['[12] shm-size not a size', { 'shm-size': 'big' }, 'shm-size', /'big', not a size/],
    ['[13] ulimit malformed', { ulimit: 'nofile' }, 'ulimit', /line 1 has 'nofile', expected type=soft\[:hard\]/],
    ['[14] call check', { call: 'check' }, 'call', /'check': build-image always builds/],
    ['[15] an attestation type buildx has not', { attests: 'type=vex' }, 'attests', /line 1 \('type=vex'\) is not type=sbom or type=provenance/],
    ['[16] cgroup-parent with spaces', { 'cgroup-parent': 'a b' }, 'cgroup-parent', /holds white space/],
    ['[17] no-cache-filters takes stage names', { 'no-cache-filters': 'a b' }, 'no-cache-filters', /expected a stage name/],
    [
      '[18] a docker-image:// context that is no reference',
      { 'build-contexts': 'a=./x\nbase=docker-image://Alpine:3.16' },
      'build-contexts',
      /^input 'build-contexts' line 2 \('.*'\): the source docker-image:\/\/ does not name an image \(the repository 'Alpine' must be lowercase\)\. Write name=/,
    ],
    ['[19] an empty docker-image://', { 'build-contexts': 'base=docker-image://' }, 'build-contexts', /line 1 .*does not name an image \(it is empty\)/],
    ['[20] a bad tag', { 'build-contexts': 'base=docker-image://alpine:-x' }, 'build-contexts', /line 1 .*does not name an image \(the tag '-x' may hold only/],
    [
      '[21] an https URL that is no URL',
      { 'build-contexts': 'src=https://exa mple.org/a.tar' },
      'build-contexts',
      /line 1 \('src=https:\/\/exa mple\.org\/a\.tar'\): the source is not a valid URL/,
    ],
    [
      '[22] an https URL with nothing after the scheme',
      { 'build-contexts': 'a=./x\nb=./y\nsrc=https://' },
      'build-contexts',
      /line 3 \('src=https:\/\/'\): the source is not a valid URL/,
    ],
  ])('%s', (_t, inputs, input, message) => {
    const e = fails(() => parseBuildOptions(env(inputs)));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe(input);
    expect(e.message).toMatch(message);
  });
});

describe('build-contexts sources checked at input time', () => {
  const TOKEN = 'ghp_R8x2Qk0Zb7Lw3Nv5Tj9Hs1Md4Fc6Ya2Pe0Ug';
  test.each([
    ['a 5,000-character image', `a=docker-image://${'a'.repeat(5_000)}`, /does not name an image \(the name is longer than 255 characters\)/],
    ['a 5,000-character tag', `a=docker-image://alpine:${'x'.repeat(5_000)}`, /does not name an image \(the tag 'x+…\)/],
    ['a token as the tag', `a=docker-image://alpine:${TOKEN}!`, /does not name an image/],
    ['a URL longer than any server takes', `a=https://example.org/${'a'.repeat(9_000)}.tar`, /the source is a URL of 9024 characters, more than 8192/],
  ])('%s: refused naming the line, bounded and redacted', (_t, value, message) => {
    const e = fails(() => parseBuildOptions(env({ 'build-contexts': `ok=./x\n${value}` })));
    expect(e).toMatchObject({ code: 'INPUT', input: 'build-contexts', line: 2 });
    expect(e.message).toMatch(/^input 'build-contexts' line 2 \(/);
    expect(e.message).toMatch(message);
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).not.toContain(TOKEN.slice(0, 12));
  });
  test('references and URLs in their usual forms pass unchanged', () => {
    const values = [
      'docker-image://alpine',
      'docker-image://localhost:5000/team/app:1.2',
      `docker-image://ghcr.io/acme/app@sha256:${'a'.repeat(64)}`,
      `docker-image://docker.io/library/alpine:3.20@sha256:${'b'.repeat(64)}`,
      'https://example.org/src.tar.gz?x=1',
      'http://127.0.0.1:8080/ctx.tar',
      'https://github.com/acme/app.git#main',
      'oci-layout://./layout',
      './libs/shared',
    ];
    const got = parseBuildOptions(env({ 'build-contexts': values.map((v, i) => `c${i}=${v}`).join('\n') }));
    expect(got.options?.buildContexts?.map((c) => c.value)).toEqual(values);
  });
});

describe('builderOf: ours, or a buildx builder instance', () => {
  const ours = ['auto', 'buildah', 'docker', 'podman'];
  test.each([
    ['', { builder: 'auto' }],
    ['podman', { builder: 'podman' }],
    ['builder-3f1e5c2b-8a4d-4c6e-9f00-1234567890ab', { builder: 'docker', instance: 'builder-3f1e5c2b-8a4d-4c6e-9f00-1234567890ab' }],
    ['docker:mybuilder', { builder: 'docker', instance: 'mybuilder' }],
  ])('%j -> %j', (value, expected) => {
    expect(builderOf(env({ builder: value }), ours)).toEqual(expected);
  });
  test('any other word is an error naming both meanings', () => {
    for (const v of ['buildha', 'mybuilder', 'docker:', 'builder-1']) {
      const e = fails(() => builderOf(env({ builder: v }), ours));
      expect(e.input).toBe('builder');
      expect(e.message).toMatch(/which is not one of auto, buildah, docker, podman/);
      expect(e.hint).toMatch(/buildx builder instance.*docker:<name>/);
    }
  });
});

describe('images through build contexts', () => {
  test('a context of the same name replaces an image: by its docker-image:// reference, or by none', () => {
    const options: BuildOptions = {
      buildContexts: [
        { name: 'alpine', value: 'docker-image://alpine:3.16', line: 1 },
        { name: 'base', value: '/w/base', line: 2 },
      ],
    };
    expect(imageThroughContexts('alpine', options)).toBe('alpine:3.16');
    expect(imageThroughContexts('base', options)).toBeUndefined();
    expect(imageThroughContexts('debian:12', options)).toBe('debian:12');
    expect(imageThroughContexts('alpine', undefined)).toBe('alpine');
    expect(imagesThroughContexts(['alpine', 'base', 'debian:12'], options)).toEqual(['alpine:3.16', 'debian:12']);
  });
});

describe('what buildah and podman refuse or only note', () => {
  test.each<[BuildOptions, RegExp]>([
    [{ network: 'none' }, /'none', which buildah cannot do with chroot isolation/],
    [{ buildContexts: [{ name: 'src', value: 'https://github.com/acme/lib.git#main', line: 2 }] }, /line 2: buildah cannot use .* \(a git source\)/],
    [{ buildContexts: [{ name: 'src', value: 'git@github.com:acme/lib.git', line: 1 }] }, /a git source/],
    [{ buildContexts: [{ name: 'base', value: 'oci-layout:///w/layout@sha256:abc', line: 1 }] }, /an OCI layout/],
  ])('%j is refused for buildah, taken by docker', (options, message) => {
    expect(checkOptionsForBuilder(options, 'buildah')?.message).toMatch(message);
    expect(checkOptionsForBuilder(options, 'podman')).toBeDefined();
    expect(checkOptionsForBuilder(options, 'docker')).toBeUndefined();
  });
  test('folders, tarball URLs, images and host network are taken by buildah', () => {
    const options: BuildOptions = {
      network: 'host',
      buildContexts: [
        { name: 'a', value: '/w/a', line: 1 },
        { name: 'b', value: 'https://example.org/src.tar', line: 2 },
        { name: 'c', value: 'docker-image://alpine:3.16', line: 3 },
      ],
    };
    expect(checkOptionsForBuilder(options, 'buildah')).toBeUndefined();
    expect(contextImages(options)).toEqual(['alpine:3.16']);
  });
  test('notices for what changes nothing there, and the no-cache-filters fallback', () => {
    const options: BuildOptions = { shmSize: '2g', cgroupParent: '/x', noCacheFilters: ['deps'], allow: ['network.host'] };
    const notices = optionNotices(options, 'buildah');
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(/^shm-size and cgroup-parent: passed to buildah, but .* changes nothing/);
    expect(notices[1]).toMatch(/^no-cache-filters: buildah has no per-stage no-cache, so no stage is taken from the cache/);
    expect(notices[2]).toMatch(/^allow: entitlements are BuildKit's/);
    expect(optionNotices(options, 'docker')).toEqual([]);
    expect(noCacheFor(false, options, 'buildah')).toBe(true);
    expect(noCacheFor(false, options, 'docker')).toBe(false);
    expect(noCacheFor(false, {}, 'podman')).toBe(false);
    expect(noCacheFor(true, undefined, 'docker')).toBe(true);
  });
});

const storage: ContainerStorage = { root: '/t/s/root', runroot: '/t/s/run', driver: 'vfs' };
const plan: BuildPlan = {
  context: '/w/app',
  dockerfile: '/w/app/Dockerfile',
  buildArgs: [],
  secrets: [
    { id: 'tok', path: '/t/work/secrets-1/tok' },
    { id: 'npmrc', path: '/w/.npmrc' },
    { id: 'gh', env: 'GH_TOKEN' },
  ],
  platforms: [],
  workDir: '/t/work',
  imageName: 'image-pipeline-abc',
  bases: [],
  options: {
    buildContexts: [
      { name: 'shared', value: '/w/libs/shared', line: 1 },
      { name: 'alpine', value: 'docker-image://alpine:3.16', line: 2 },
    ],
    pull: true,
    network: 'host',
    ssh: ['default'],
    addHosts: ['docker:10.180.0.1'],
    shmSize: '2g',
    ulimits: ['nofile=1024:1024'],
    cgroupParent: '/actions_job',
    noCacheFilters: ['deps'],
    allow: ['network.host'],
  },
};
const CONTAINERS_OPTIONS = [
  '--secret',
  'id=tok,src=/t/work/secrets-1/tok',
  '--secret',
  'id=npmrc,src=/w/.npmrc',
  '--secret',
  'id=gh,env=GH_TOKEN',
  '--build-context',
  'shared=/w/libs/shared',
  '--build-context',
  'alpine=docker-image://alpine:3.16',
  '--pull=always',
  '--network',
  'host',
  '--ssh',
  'default',
  '--add-host',
  'docker:10.180.0.1',
  '--shm-size',
  '2g',
  '--ulimit',
  'nofile=1024:1024',
  '--cgroup-parent',
  '/actions_job',
];
const CONTAINERS_TAIL = ['--layers=false', '--disable-compression=false', '--tag', 'dir:/t/work/image-pipeline-abc', '/w/app'];
const S = ['--root', '/t/s/root', '--runroot', '/t/s/run', '--storage-driver', 'vfs'];

describe('argv per builder', () => {
  test('[1] buildah bud', () => {
    expect(getBuildahArgs(plan, storage)).toEqual([
      ...S,
      'bud',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      ...CONTAINERS_OPTIONS,
      ...CONTAINERS_TAIL,
    ]);
  });
  test('[2] podman build: the same flags', () => {
    const args = getPodmanArgs(plan, storage);
    expect(args.slice(args.indexOf('build') + 1)).toEqual([
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      ...CONTAINERS_OPTIONS,
      ...CONTAINERS_TAIL,
    ]);
  });
  test('[3] docker buildx build, with a builder instance', () => {
    expect(getBuildxArgs({ ...plan, options: { ...plan.options, buildxInstance: 'builder-x' } })).toEqual([
      'buildx',
      'build',
      '--file',
      '/w/app/Dockerfile',
      '--secret',
      'id=tok,src=/t/work/secrets-1/tok',
      '--secret',
      'id=npmrc,src=/w/.npmrc',
      '--secret',
      'id=gh,env=GH_TOKEN',
      '--builder',
      'builder-x',
      '--add-host',
      'docker:10.180.0.1',
      '--allow',
      'network.host',
      '--build-context',
      'shared=/w/libs/shared',
      '--build-context',
      'alpine=docker-image://alpine:3.16',
      '--cgroup-parent',
      '/actions_job',
      '--no-cache-filter',
      'deps',
      '--shm-size',
      '2g',
      '--ssh',
      'default',
      '--ulimit',
      'nofile=1024:1024',
      '--network',
      'host',
      '--pull',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=oci,dest=/t/work/buildx-oci,tar=false',
      '/w/app',
    ]);
  });
  test('[4] network default adds nothing for buildah; no secret value is ever on argv', () => {
    const args = getBuildahArgs({ ...plan, secrets: [{ id: 'gh', env: 'GH_TOKEN' }], options: { network: 'default' } }, storage);
    expect(args).not.toContain('--network');
    expect(secretArg({ id: 'x', env: 'X' })).toBe('id=x,env=X');
  });
});

describe('secrets: secret-files and secret-envs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'build-options-'));
    await fs.writeFile(path.join(dir, 'secret.txt'), 'x');
    await fs.mkdir(path.join(dir, 'folder'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('parseSecretRefs: id=path lines, id=ENV comma lists, ids unique across the three inputs', () => {
    expect(parseSecretRefs('"MY_SECRET=./secret.txt"\n# c\nother=/abs/file', 'secret-files')).toEqual([
      { id: 'MY_SECRET', from: './secret.txt', line: 1 },
      { id: 'other', from: '/abs/file', line: 3 },
    ]);
    expect(parseSecretRefs('a=A_VAR,b=B_VAR', 'secret-envs')).toEqual([
      { id: 'a', from: 'A_VAR', line: 1 },
      { id: 'b', from: 'B_VAR', line: 1 },
    ]);
    expect(fails(() => parseSecretRefs('tok=./t', 'secret-files', new Set(['tok']))).message).toMatch(/line 1 repeats the secret id 'tok'/);
    expect(fails(() => parseSecretRefs('a=not-a-name', 'secret-envs')).message).toMatch(/'not-a-name' is not an environment variable name/);
    expect(fails(() => parseSecretRefs('a=', 'secret-files')).message).toMatch(/names no file for 'a'/);
    expect(fails(() => parseSecretRefs('../x=./f', 'secret-files')).message).toMatch(/line 1 is not id=path/);
  });

  test('checkSecretEnvs: an unset variable is named with its line and how to set it', () => {
    const refs = parseSecretRefs('a=A_VAR\nb=B_VAR', 'secret-envs');
    expect(() => checkSecretEnvs(refs, { A_VAR: '1', B_VAR: '' })).not.toThrow();
    const e = fails(() => checkSecretEnvs(refs, { A_VAR: '1' }));
    expect(e).toMatchObject({ input: 'secret-envs', line: 2 });
    expect(e.message).toMatch(/'B_VAR' \(for secret 'b'\) is not set/);
  });

  test('resolveSecretFiles: relative to the workspace, a regular file, else named', async () => {
    expect(await resolveSecretFiles(parseSecretRefs('s=./secret.txt', 'secret-files'), dir)).toEqual([{ id: 's', path: path.join(dir, 'secret.txt') }]);
    const missing = await resolveSecretFiles(parseSecretRefs('a=ok\ns=./nope.txt', 'secret-files').slice(1), dir).catch((e: unknown) => e);
    expect(missing).toMatchObject({ input: 'secret-files', line: 2 });
    expect(String((missing as Error).message)).toMatch(/'.\/nope.txt' \(for secret 's'\) does not exist/);
    const folder = await resolveSecretFiles(parseSecretRefs('s=folder', 'secret-files'), dir).catch((e: unknown) => e);
    expect(String((folder as Error).message)).toMatch(/is not a regular file/);
  });

  test('resolveBuildContexts: folders made absolute and checked; images and URLs pass', async () => {
    const options: BuildOptions = {
      buildContexts: [
        { name: 'f', value: 'folder', line: 1 },
        { name: 'i', value: 'docker-image://alpine', line: 2 },
        { name: 'u', value: 'https://example.org/a.tar', line: 3 },
      ],
    };
    expect((await resolveBuildContexts(options, dir))?.buildContexts).toEqual([
      { name: 'f', value: path.join(dir, 'folder'), line: 1 },
      { name: 'i', value: 'docker-image://alpine', line: 2 },
      { name: 'u', value: 'https://example.org/a.tar', line: 3 },
    ]);
    const e = await resolveBuildContexts({ buildContexts: [{ name: 'f', value: 'secret.txt', line: 4 }] }, dir).catch((x: unknown) => x);
    expect(e).toMatchObject({ input: 'build-contexts', line: 4 });
    expect(String((e as Error).message)).toMatch(/is not a folder/);
  });

  test('parseSecrets: quoted values keep commas, newlines and their whitespace; unquoted ones are trimmed', () => {
    expect([...parseSecrets('"KEY=-----BEGIN-----\nabc,def\n-----END-----\n"\n  PLAIN=x  \nGIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789')]).toEqual([
      ['KEY', '-----BEGIN-----\nabc,def\n-----END-----\n'],
      ['PLAIN', 'x'],
      ['GIT_AUTH_TOKEN', 'abcdefghi,jklmno=0123456789'],
    ]);
  });
});
