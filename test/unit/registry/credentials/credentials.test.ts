import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { credentialEnv, credentialResolver, NO_AUTH, parseRegistryAuth, type AuthOptions } from '../../../../shared/src/registry/credentials/credentials.js';
import { normalizeRegistry } from '../../../../shared/src/registry/reference.js';
import { dockerConfigCredentials, dockerConfigDir } from '../../../../shared/src/registry/credentials/docker-config.js';
import { parseEcrHost } from '../../../../shared/src/registry/credentials/ecr.js';

describe('parseRegistryAuth (the registry-auth input)', () => {
  test('a YAML list of entries; registry defaults to Docker Hub and is normalised', () => {
    const r = parseRegistryAuth('- registry: https://ghcr.io/\n  username: me\n  password: tok\n- username: hub\n  password: pw\n');
    expect(r.ok && r.value).toEqual([
      { registry: 'ghcr.io', username: 'me', password: 'tok' },
      { registry: 'docker.io', username: 'hub', password: 'pw' },
    ]);
    expect(parseRegistryAuth('  \n').ok && []).toEqual([]);
  });
  // [#, text, message part]
  const BAD: Array<[number, string, string]> = [
    [1, 'registry: ghcr.io', 'must be a YAML list'],
    [2, '- registry: ghcr.io\n  username: me\n', 'has no password'],
    [3, '- registry: ghcr.io\n  password: x\n', 'has no username'],
    [4, '- registry: ghcr.io\n  username: me\n  password: x\n  token: y\n', 'unknown key(s) token'],
    [5, '- registry: [unclosed\n', 'not valid YAML'],
    [6, '- just a string\n', 'entry 1 is not a mapping'],
  ];
  test.each(BAD)('%i: refuses %j', (_n, text, why) => {
    const r = parseRegistryAuth(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.input).toBe('registry-auth');
    expect(r.error.message).toContain(why);
  });
  test('a YAML error carries its line', () => {
    const r = parseRegistryAuth('- registry: a\n  username: b\n  password: [x\n');
    expect(!r.ok && r.error.line).toBeGreaterThan(0);
  });
});

test.each([
  ['https://index.docker.io/v1/', 'docker.io'],
  ['registry-1.docker.io', 'docker.io'],
  ['GHCR.IO', 'ghcr.io'],
  ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
])('normalizeRegistry(%s) = %s', (input, want) => {
  expect(normalizeRegistry(input)).toBe(want);
});

test.each([
  ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', { accountId: '123456789012', region: 'eu-west-1' }],
  ['123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com', { accountId: '123456789012', region: 'us-gov-west-1' }],
  ['123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', { accountId: '123456789012', region: 'cn-north-1' }],
  ['public.ecr.aws', undefined],
  ['12345.dkr.ecr.eu-west-1.amazonaws.com', undefined],
  ['123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.io', undefined],
])('parseEcrHost(%s)', (host, want) => {
  expect(parseEcrHost(host)).toEqual(want);
});

describe('Docker config.json and the resolution order', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-'));
    await fs.writeFile(
      path.join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') },
          'registry.example.com': { username: 'u', password: 'p:with:colons' },
          'ghcr.io': { auth: Buffer.from('cfg:ghcr-from-config').toString('base64') },
        },
      }),
    );
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('auths by base64 auth or username/password; Docker Hub under its v1 URL', async () => {
    expect(await dockerConfigCredentials('docker.io', dir)).toMatchObject({ username: 'hubuser', password: 'hubpass' });
    expect(await dockerConfigCredentials('registry.example.com', dir)).toMatchObject({ username: 'u', password: 'p:with:colons' });
    expect(await dockerConfigCredentials('other.example.com', dir)).toBeUndefined();
    expect(await dockerConfigCredentials('x', path.join(dir, 'missing'))).toBeUndefined();
  });

  test('registry-auth first, then github-token for ghcr.io, then Docker config; every secret masked', async () => {
    const masked: string[] = [];
    const resolve = credentialResolver({
      registryAuth: [{ registry: 'registry.example.com', username: 'input', password: 'from-input' }],
      githubToken: 'ghs_token',
      dockerConfigDir: dir,
      env: {},
      mask: (s) => masked.push(s),
    });
    expect(await resolve('registry.example.com')).toMatchObject({ password: 'from-input', source: "the 'registry-auth' input" });
    expect(await resolve('ghcr.io')).toMatchObject({ username: 'x-access-token', password: 'ghs_token' });
    expect(await resolve('index.docker.io')).toMatchObject({ password: 'hubpass' });
    expect(await resolve('nowhere.example.com')).toBeUndefined();
    expect(masked).toEqual(expect.arrayContaining(['from-input', 'ghs_token', 'hubpass']));
  });

  test("without dockerConfigDir, the DOCKER_CONFIG of the env given is read, not the process's", async () => {
    const saved = process.env.DOCKER_CONFIG;
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-empty-'));
    process.env.DOCKER_CONFIG = empty;
    try {
      expect(await credentialResolver({ env: { DOCKER_CONFIG: dir } })('registry.example.com')).toMatchObject({
        username: 'u',
        password: 'p:with:colons',
        source: path.join(dir, 'config.json'),
      });
      // An env without DOCKER_CONFIG does not pick up another's; an explicit folder still wins over the env.
      expect(await credentialResolver({ env: { DOCKER_CONFIG: empty } })('registry.example.com')).toBeUndefined();
      expect(await credentialResolver({ env: { DOCKER_CONFIG: empty }, dockerConfigDir: dir })('docker.io')).toMatchObject({ password: 'hubpass' });
    } finally {
      if (saved === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = saved;
      await fs.rm(empty, { recursive: true, force: true });
    }
  });

  test('dockerConfigDir null ignores Docker config', async () => {
    expect(await credentialResolver({ dockerConfigDir: null, env: {} })('docker.io')).toBeUndefined();
  });

  test('a broken config.json is an AUTH error naming the file', async () => {
    const bad = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-bad-'));
    await fs.writeFile(path.join(bad, 'config.json'), '{ not json');
    await expect(dockerConfigCredentials('docker.io', bad)).rejects.toMatchObject({ code: 'AUTH', file: path.join(bad, 'config.json') });
    await fs.rm(bad, { recursive: true, force: true });
  });
});

describe("Docker config's folder comes from the env the caller passes, never the process's", () => {
  test('the env and the folder are parameters without defaults (no hidden read of process.env)', () => {
    expect(dockerConfigDir.length).toBe(1);
    expect(dockerConfigCredentials.length).toBe(2);
  });

  test('DOCKER_CONFIG, else HOME/.docker of the env given, else the account home', () => {
    expect(dockerConfigDir({ DOCKER_CONFIG: '/cfg', HOME: '/home/x' })).toBe('/cfg');
    expect(dockerConfigDir({ DOCKER_CONFIG: '', HOME: '/home/x' })).toBe(path.join('/home/x', '.docker'));
    expect(dockerConfigDir({})).toBe(path.join(os.homedir(), '.docker'));
  });

  test("a resolver given an env with HOME reads that HOME's .docker/config.json", async () => {
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-home-'));
    try {
      await fs.mkdir(path.join(home, '.docker'));
      await fs.writeFile(
        path.join(home, '.docker', 'config.json'),
        JSON.stringify({ auths: { 'reg.home.example': { username: 'h', password: 'from-home' } } }),
      );
      expect(await credentialResolver({ env: { HOME: home } })('reg.home.example')).toMatchObject({ password: 'from-home' });
      expect(await credentialResolver({ env: { HOME: path.join(home, 'none') } })('reg.home.example')).toBeUndefined();
    } finally {
      await fs.rm(home, { recursive: true, force: true });
    }
  });

  test("a resolver given an env without DOCKER_CONFIG or HOME reads no config.json, not the process's home", async () => {
    const home = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-process-home-'));
    const saved = process.env.HOME;
    try {
      await fs.mkdir(path.join(home, '.docker'));
      await fs.writeFile(
        path.join(home, '.docker', 'config.json'),
        JSON.stringify({ auths: { 'reg.home.example': { username: 'h', password: 'from-process-home' } } }),
      );
      process.env.HOME = home; // os.homedir() follows it
      expect(await credentialResolver({ env: { HOME: home } })('reg.home.example')).toMatchObject({ password: 'from-process-home' });
      expect(await credentialResolver({ env: {} })('reg.home.example')).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.HOME;
      else process.env.HOME = saved;
      await fs.rm(home, { recursive: true, force: true });
    }
  });

  test('a broken config.json says where it stops parsing, never what it holds', async () => {
    const TOKEN = 'ghp_R8x2Qk0Zb7Lw3Nv5Tj9Hs1Md4Fc6Ya2Pe0Ug';
    const bad = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-bad-'));
    try {
      await fs.writeFile(path.join(bad, 'config.json'), `{"auths": {"r.example": {"password": ${TOKEN}}}}`);
      const e = await dockerConfigCredentials('r.example', bad).then(
        () => undefined,
        (x: unknown) => x as Error,
      );
      expect(e).toMatchObject({ code: 'AUTH', file: path.join(bad, 'config.json') });
      expect(e?.message).toMatch(/expected the Docker config file to hold JSON, got text that does not parse/);
      expect(e?.message).not.toContain(TOKEN.slice(0, 6));
      await fs.writeFile(path.join(bad, 'config.json'), '{\n  "auths": {\n    "r.example": {"auth": "x"} oops\n}}');
      await expect(dockerConfigCredentials('r.example', bad)).rejects.toThrow(/at line 3, column 32 \(.*config\.json\)/);
    } finally {
      await fs.rm(bad, { recursive: true, force: true });
    }
  });

  test.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a number', '1'],
    ['auths as a string', '{"auths": "r.example"}'],
    ['credHelpers as a list', '{"credHelpers": ["ecr-login"]}'],
    ['a helper that is not a name', '{"credHelpers": {"r.example": {"x": 1}}}'],
  ])('a config.json that parses but is not a Docker config (%s) is an AUTH error saying what was expected', async (_name, text) => {
    const bad = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-shape-'));
    try {
      await fs.writeFile(path.join(bad, 'config.json'), text);
      await expect(dockerConfigCredentials('r.example', bad)).rejects.toMatchObject({
        code: 'AUTH',
        file: path.join(bad, 'config.json'),
        message: expect.stringMatching(/^expected /),
      });
    } finally {
      await fs.rm(bad, { recursive: true, force: true });
    }
  });
});

describe("the resolver's env is the caller's, never the process's", () => {
  /** process.env.DOCKER_CONFIG pointed at a config.json that has credentials for r.example, for the length of `body`. */
  async function withProcessDockerConfig(body: () => Promise<void>): Promise<void> {
    const saved = process.env.DOCKER_CONFIG;
    const cfg = await fs.mkdtemp(path.join(os.tmpdir(), 'docker-config-process-'));
    await fs.writeFile(path.join(cfg, 'config.json'), JSON.stringify({ auths: { 'r.example': { username: 'proc', password: 'from-the-process' } } }));
    process.env.DOCKER_CONFIG = cfg;
    try {
      await body();
    } finally {
      if (saved === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = saved;
      await fs.rm(cfg, { recursive: true, force: true });
    }
  }

  test('options without an env (a plain-JS caller, a cast) are refused, not given the process env', async () => {
    await withProcessDockerConfig(async () => {
      expect(() => credentialResolver({} as AuthOptions)).toThrow("expected the step's env in AuthOptions.env");
      expect(() => credentialResolver({ registryAuth: [] } as unknown as AuthOptions)).toThrow(TypeError);
      // The same process env, passed on purpose, is read.
      expect(await credentialResolver({ env: credentialEnv(process.env) })('r.example')).toMatchObject({ password: 'from-the-process' });
    });
  });

  test('NO_AUTH (a caller given no auth options) is anonymous whatever the process env and its Docker config hold', async () => {
    await withProcessDockerConfig(async () => {
      expect(await credentialResolver(NO_AUTH)('r.example')).toBeUndefined();
      expect(await credentialResolver(NO_AUTH)('docker.io')).toBeUndefined();
    });
  });

  test('credentialEnv keeps the variables the resolver reads that are set, and nothing else of the env', () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKID',
      AWS_SESSION_TOKEN: 'st',
      AWS_ACCOUNT_IDS: '1,2',
      DOCKER_CONFIG: '/cfg',
      HOME: '/home/x',
      PATH: '/bin',
      INPUT_X: 'y',
    };
    expect(credentialEnv(env)).toEqual({ AWS_ACCESS_KEY_ID: 'AKID', AWS_SESSION_TOKEN: 'st', AWS_ACCOUNT_IDS: '1,2', DOCKER_CONFIG: '/cfg', HOME: '/home/x' });
    expect(credentialEnv({ HOME: '', PATH: '/bin', AWS_REGION: 'eu-west-1' })).toEqual({ HOME: '' });
    expect(credentialEnv({})).toEqual({});
  });
});
