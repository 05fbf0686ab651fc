import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { parseDockerfile } from '../../../shared/src/builders/dockerfile.js';
import {
  ACCESS_DIR_PREFIX,
  DROP_IN_NAME,
  dockerConfigJson,
  imagesPulled,
  insecureDropIn,
  prepareRegistryAccess,
  registriesOf,
  tomlString,
} from '../../../shared/src/builders/registry-access.js';
import type { Credentials } from '../../../shared/src/registry/credentials/credentials.js';

const noArgs = new Map<string, string>();

describe('imagesPulled: every external image the needed stages read', () => {
  test.each([
    ['one FROM', 'FROM debian:12\nRUN true', undefined, ['debian:12']],
    ['scratch reads nothing', 'FROM scratch\nCOPY a /a', undefined, []],
    [
      'stage references are not images',
      'FROM golang:1.22 AS build\nRUN make\nFROM build AS test\nFROM scratch\nCOPY --from=build /out /',
      undefined,
      ['golang:1.22'],
    ],
    ['COPY --from an image', 'FROM scratch\nCOPY --from=127.0.0.1:5000/tools:1 /bin/x /x', undefined, ['127.0.0.1:5000/tools:1']],
    ['COPY --from a stage index', 'FROM alpine AS a\nFROM scratch\nCOPY --from=0 /etc /etc', undefined, ['alpine']],
    ['RUN --mount from an image', 'FROM alpine\nRUN --mount=type=bind,from=ghcr.io/acme/x:1,target=/x true', undefined, ['alpine', 'ghcr.io/acme/x:1']],
    ['unneeded stages are skipped', 'FROM alpine AS other\nFROM debian AS main', 'main', ['debian']],
    ['second stage FROM another image', 'FROM reg.lan/a AS a\nFROM reg.lan/b\nCOPY --from=a /x /x', undefined, ['reg.lan/b', 'reg.lan/a']],
  ])('%s', (_n, text, target, want) => {
    expect(imagesPulled(parseDockerfile(text), target, noArgs).sort()).toEqual([...want].sort());
  });

  test('global ARGs expand, build-args override them', () => {
    const df = parseDockerfile('ARG BASE=debian:12\nARG TOOLS=tools:1\nFROM ${BASE}\nCOPY --from=$TOOLS /t /t');
    expect(imagesPulled(df, undefined, new Map([['BASE', '127.0.0.1:5000/base:2']]))).toEqual(['127.0.0.1:5000/base:2', 'tools:1']);
  });

  // Each seen with buildah 1.28: it pulls what a stage's own ARG names in COPY --from (these got no credentials before).
  test.each([
    ['a stage ARG with a default', 'FROM scratch\nARG SRC=127.0.0.1:5000/tools:1\nCOPY --from=$SRC /x /x', noArgs, ['127.0.0.1:5000/tools:1']],
    ['a build-arg overrides it', 'FROM scratch\nARG SRC=127.0.0.1:5000/tools:1\nCOPY --from=${SRC} /x /x', new Map([['SRC', 'reg.lan/t:2']]), ['reg.lan/t:2']],
    ['ARG NAME takes the global default', 'ARG G=reg.lan/g:1\nFROM scratch\nARG G\nCOPY --from=${G} /x /x', noArgs, ['reg.lan/g:1']],
    ['... or the build-arg', 'ARG G=reg.lan/g:1\nFROM scratch\nARG G\nCOPY --from=${G} /x /x', new Map([['G', 'reg.lan/h:2']]), ['reg.lan/h:2']],
    ['a stage ARG shadows the global one', 'ARG T=reg.lan/a:1\nFROM scratch\nARG T=reg.lan/b:1\nCOPY --from=$T /x /x', noArgs, ['reg.lan/b:1']],
    [
      'a default built from another ARG',
      'FROM scratch\nARG REG=reg.lan\nARG T=${REG}/tools:3\nRUN --mount=type=bind,from=$T,target=/t true',
      noArgs,
      ['reg.lan/tools:3'],
    ],
    [
      'only below its ARG line, only in its stage',
      'FROM alpine AS a\nCOPY --from=$S /x /x\nARG S=reg.lan/s:1\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=$S /y /y',
      noArgs,
      ['alpine'],
    ],
    [
      'a stage ARG naming a stage is a stage, not an image',
      'FROM alpine AS tools\nFROM scratch\nCOPY --from=tools /a /a\nARG FROM_STAGE=tools\nCOPY --from=$FROM_STAGE /x /x',
      noArgs,
      ['alpine'],
    ],
    // The stage an ARG names is needed (dockerfile.ts, neededStages), so its base image gets credentials (it got none before).
    [
      'a stage named through a stage ARG: its base image',
      'FROM reg.lan/builder:1 AS builder\nFROM scratch\nARG STAGE=builder\nCOPY --from=$STAGE /x /x',
      noArgs,
      ['reg.lan/builder:1'],
    ],
    [
      '... through a build-arg naming another stage',
      'FROM reg.lan/a:1 AS a\nFROM reg.lan/b:1 AS b\nFROM scratch\nARG STAGE=a\nCOPY --from=${STAGE} /x /x',
      new Map([['STAGE', 'b']]),
      ['reg.lan/b:1'],
    ],
    ['... through a global ARG in FROM', 'ARG BASE=builder\nFROM reg.lan/builder:1 AS builder\nFROM ${BASE}\nRUN true', noArgs, ['reg.lan/builder:1']],
    [
      '... and what that stage itself copies from an image',
      'FROM scratch AS gen\nARG TOOLS=reg.lan/tools:2\nCOPY --from=$TOOLS /t /t\nFROM scratch\nARG S=gen\nCOPY --from=$S /t /t',
      noArgs,
      ['reg.lan/tools:2'],
    ],
  ])('%s', (_n, text, args, want) => {
    expect(imagesPulled(parseDockerfile(text), undefined, args).sort()).toEqual([...want].sort());
  });
});

describe('registriesOf', () => {
  test('qualifies short names to docker.io, folds Hub aliases, keeps ports, each once', () => {
    expect(
      registriesOf([
        'debian:12',
        'library/alpine',
        'index.docker.io/x/y',
        'GHCR.io/acme/app',
        '127.0.0.1:5000/base',
        'localhost:5000/cache',
        'ghcr.io/acme/other',
      ]),
    ).toEqual(['docker.io', 'ghcr.io', '127.0.0.1:5000', 'localhost:5000']);
  });
  test('skips names the builder has yet to expand', () => {
    expect(registriesOf(['$BASE', '${REG}/x', 'reg.lan/ok'])).toEqual(['reg.lan']);
  });
});

describe('the registries.conf drop-in', () => {
  test('one [[registry]] block per registry, insecure = true', () => {
    expect(insecureDropIn(['127.0.0.1:5123', 'reg.lan:5000'])).toBe(
      '# Written by image-pipeline for one build: plain HTTP for these registries only (loopback or insecure-registries).\n' +
        '[[registry]]\nlocation = "127.0.0.1:5123"\ninsecure = true\n\n[[registry]]\nlocation = "reg.lan:5000"\ninsecure = true\n',
    );
  });
  test.each([
    ['plain', 'reg.lan', '"reg.lan"'],
    ['quote and backslash', 'a"b\\c', '"a\\"b\\\\c"'],
    ['newline cannot start a new key', 'x\ninsecure = false', '"x\\u000ainsecure = false"'],
    ['DEL', 'a\u007f', '"a\\u007f"'],
  ])('TOML escaping: %s', (_n, text, want) => {
    expect(tomlString(text)).toBe(want);
  });
});

describe('dockerConfigJson (buildx)', () => {
  const alice: Pick<Credentials, 'username' | 'password'> = { username: 'alice', password: 'pw' };
  const b64 = Buffer.from('alice:pw').toString('base64');
  test('keeps the user settings and other auths, adds ours under config.json keys (Hub: its v1 URL)', () => {
    const text = dockerConfigJson({ auths: { 'other.io': { auth: 'eA==' } }, proxies: { default: { httpProxy: 'p' } } }, [
      ['docker.io', alice],
      ['127.0.0.1:5000', alice],
    ]);
    expect(JSON.parse(text)).toEqual({
      auths: { 'other.io': { auth: 'eA==' }, 'https://index.docker.io/v1/': { auth: b64 }, '127.0.0.1:5000': { auth: b64 } },
      proxies: { default: { httpProxy: 'p' } },
    });
  });
  test('helpers and the default store would shadow our entries: those go, other helpers stay', () => {
    const text = dockerConfigJson({ credsStore: 'desktop', credHelpers: { 'ghcr.io': 'gh', 'x.io': 'x' } }, [['ghcr.io', alice]]);
    expect(JSON.parse(text)).toEqual({ auths: { 'ghcr.io': { auth: b64 } }, credHelpers: { 'x.io': 'x' } });
  });
  test('no credentials found: the user config unchanged but for an empty auths', () => {
    expect(JSON.parse(dockerConfigJson({ credsStore: 'desktop' }, []))).toEqual({ credsStore: 'desktop', auths: {} });
  });
});

describe('prepareRegistryAccess', () => {
  let tmp: string;
  let home: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-access-test-'));
    home = path.join(tmp, 'home');
    await fs.mkdir(home);
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });
  const leftovers = async (): Promise<string[]> => (await fs.readdir(tmp)).filter((n) => n.startsWith(ACCESS_DIR_PREFIX));
  const connect = {
    registryAuth: [{ registry: '127.0.0.1:5000', username: 'alice', password: 'pw-1' }],
    githubToken: 'ghp_token',
    insecureRegistries: ['reg.lan:5000'],
  };

  test('buildah: an auth file with the registries that have credentials (0600 in 0700), a drop-in for the plain-HTTP ones, all removed by dispose', async () => {
    const a = await prepareRegistryAccess({
      builder: 'buildah',
      registries: ['127.0.0.1:5000', 'ghcr.io', 'reg.lan:5000', 'docker.io'],
      connect,
      tmp,
      env: { HOME: home, DOCKER_CONFIG: path.join(tmp, 'no-docker') },
    });
    expect(a.authenticated).toEqual(
      new Map([
        ['127.0.0.1:5000', "the 'registry-auth' input"],
        ['ghcr.io', "the 'github-token' input"],
      ]),
    );
    expect(a.plainHttp).toEqual(['127.0.0.1:5000', 'reg.lan:5000']);
    const file = a.authFile as string;
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({
      auths: {
        '127.0.0.1:5000': { auth: Buffer.from('alice:pw-1').toString('base64') },
        'ghcr.io': { auth: Buffer.from('x-access-token:ghp_token').toString('base64') },
      },
    });
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const root = path.join(tmp, (await leftovers())[0] as string);
    expect((await fs.stat(root)).mode & 0o777).toBe(0o700);
    expect(file.startsWith(root + path.sep)).toBe(true);
    expect(a.builderEnv.HOME?.startsWith(root + path.sep)).toBe(true);
    const dropIn = path.join(a.builderEnv.HOME as string, '.config/containers/registries.conf.d', DROP_IN_NAME);
    expect(await fs.readFile(dropIn, 'utf8')).toBe(insecureDropIn(['127.0.0.1:5000', 'reg.lan:5000']));
    expect((await fs.stat(dropIn)).mode & 0o777).toBe(0o600);
    expect(Object.keys(a.builderEnv)).toEqual(['HOME']);
    await a.dispose();
    expect(await leftovers()).toEqual([]);
    await a.dispose(); // twice is harmless
  });

  test('no credentials and HTTPS only: no auth file, no HOME change', async () => {
    const a = await prepareRegistryAccess({ builder: 'podman', registries: ['docker.io'], tmp, env: { HOME: home, DOCKER_CONFIG: path.join(tmp, 'none') } });
    expect(a.authFile).toBeUndefined();
    expect(a.builderEnv).toEqual({});
    expect(a.authenticated.size).toBe(0);
    await a.dispose();
    expect(await leftovers()).toEqual([]);
  });

  test("the user's own containers config is linked into the private HOME, so it still applies", async () => {
    const user = path.join(home, '.config/containers');
    await fs.mkdir(path.join(user, 'registries.conf.d'), { recursive: true });
    await fs.writeFile(path.join(user, 'policy.json'), '{"default":[{"type":"reject"}]}');
    await fs.writeFile(path.join(user, 'storage.conf'), '[storage]\n');
    await fs.writeFile(path.join(user, 'registries.conf.d', '10-mirror.conf'), '[[registry]]\nlocation="x"\n');
    await fs.mkdir(path.join(home, '.docker'));
    const a = await prepareRegistryAccess({
      builder: 'buildah',
      registries: ['127.0.0.1:5000'],
      tmp,
      env: { HOME: home, DOCKER_CONFIG: path.join(tmp, 'none') },
    });
    const mine = path.join(a.builderEnv.HOME as string, '.config/containers');
    expect(await fs.readFile(path.join(mine, 'policy.json'), 'utf8')).toBe('{"default":[{"type":"reject"}]}');
    expect(await fs.readlink(path.join(mine, 'storage.conf'))).toBe(path.join(user, 'storage.conf'));
    await expect(fs.lstat(path.join(mine, 'registries.conf'))).rejects.toThrow(/ENOENT/);
    expect(await fs.readlink(path.join(mine, 'registries.conf.d', '10-mirror.conf'))).toBe(path.join(user, 'registries.conf.d', '10-mirror.conf'));
    expect(await fs.readlink(path.join(a.builderEnv.HOME as string, '.docker'))).toBe(path.join(home, '.docker'));
    await a.dispose();
    // Only our links went, never what they point at.
    expect(await fs.readFile(path.join(user, 'policy.json'), 'utf8')).toBe('{"default":[{"type":"reject"}]}');
    expect(await leftovers()).toEqual([]);
  });

  test("buildx: a DOCKER_CONFIG of its own with the user's entries linked and our auths merged (0600)", async () => {
    const docker = path.join(tmp, 'docker');
    await fs.mkdir(path.join(docker, 'buildx'), { recursive: true });
    await fs.writeFile(path.join(docker, 'config.json'), JSON.stringify({ auths: { 'other.io': { auth: 'eA==' } } }));
    const a = await prepareRegistryAccess({ builder: 'docker', registries: ['127.0.0.1:5000'], connect, tmp, env: { HOME: home, DOCKER_CONFIG: docker } });
    expect(a.authFile).toBeUndefined();
    const mine = a.builderEnv.DOCKER_CONFIG as string;
    const cfg = path.join(mine, 'config.json');
    expect(JSON.parse(await fs.readFile(cfg, 'utf8'))).toEqual({
      auths: { 'other.io': { auth: 'eA==' }, '127.0.0.1:5000': { auth: Buffer.from('alice:pw-1').toString('base64') } },
    });
    expect((await fs.stat(cfg)).mode & 0o777).toBe(0o600);
    expect(await fs.readlink(path.join(mine, 'buildx'))).toBe(path.join(docker, 'buildx'));
    await a.dispose();
    expect(await leftovers()).toEqual([]);
    expect(JSON.parse(await fs.readFile(path.join(docker, 'config.json'), 'utf8'))).toEqual({ auths: { 'other.io': { auth: 'eA==' } } });
  });

  test('a resolver failure leaves nothing behind', async () => {
    const boom = new Error('no ECR token');
    await expect(
      prepareRegistryAccess({
        builder: 'buildah',
        registries: ['127.0.0.1:5000'],
        tmp,
        env: {},
        resolve: () => Promise.reject(boom),
      }),
    ).rejects.toBe(boom);
    expect(await leftovers()).toEqual([]);
  });

  test('secrets found are handed to mask', async () => {
    const masked: string[] = [];
    const a = await prepareRegistryAccess({ builder: 'buildah', registries: ['ghcr.io'], connect, tmp, env: { HOME: home }, mask: (s) => masked.push(s) });
    expect(masked).toEqual(expect.arrayContaining(['pw-1', 'ghp_token']));
    await a.dispose();
  });
});
