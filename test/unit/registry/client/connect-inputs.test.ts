import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { connectOptions, connectSecrets, getConnectInputs } from '../../../../shared/src/registry/client/connect-inputs.js';
import { isPipelineError } from '../../../../shared/src/errors.js';
import { credentialResolver, NO_AUTH } from '../../../../shared/src/registry/credentials/credentials.js';

const AUTH = '- registry: https://index.docker.io/v1/\n  username: bob\n  password: hub-secret\n- registry: ghcr.io\n  username: me\n  password: gh-secret\n';

describe('getConnectInputs', () => {
  test('nothing given: anonymous, no insecure registries, no ECR endpoint', () => {
    expect(getConnectInputs({})).toEqual({ registryAuth: [], githubToken: '', insecureRegistries: [] });
  });

  test('every input read, names normalised', () => {
    const c = getConnectInputs({
      'INPUT_REGISTRY-AUTH': AUTH,
      'INPUT_GITHUB-TOKEN': ' ghp_x ',
      'INPUT_INSECURE-REGISTRIES': 'registry.lan:5000\nhttp://Other.LAN/\n# a comment\n',
      AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566',
    });
    expect(c).toEqual({
      registryAuth: [
        { registry: 'docker.io', username: 'bob', password: 'hub-secret' },
        { registry: 'ghcr.io', username: 'me', password: 'gh-secret' },
      ],
      githubToken: 'ghp_x',
      insecureRegistries: ['registry.lan:5000', 'other.lan'],
      ecrEndpoint: 'http://127.0.0.1:4566',
    });
  });

  test('registry-auth keeps its indentation (an indented YAML list parses)', () => {
    const c = getConnectInputs({ 'INPUT_REGISTRY-AUTH': '  - registry: ghcr.io\n    username: a\n    password: b\n' });
    expect(c.registryAuth).toEqual([{ registry: 'ghcr.io', username: 'a', password: 'b' }]);
  });

  test.each([
    ['INPUT_REGISTRY-AUTH', 'registry: ghcr.io', 'registry-auth', 'must be a YAML list'],
    ['INPUT_REGISTRY-AUTH', '- registry: ghcr.io\n  username: a\n', 'registry-auth', 'has no password'],
    ['INPUT_INSECURE-REGISTRIES', 'registry.lan:5000\nnot a host', 'insecure-registries', "expected a registry host[:port], got 'not a host'"],
  ])('%s=%j fails naming %s', (name, value, input, why) => {
    let thrown: unknown;
    try {
      getConnectInputs({ [name]: value });
    } catch (e) {
      thrown = e;
    }
    expect(isPipelineError(thrown, 'INPUT')).toBe(true);
    expect((thrown as { input?: string }).input).toBe(input);
    expect((thrown as Error).message).toContain(why);
  });
});

test('connectSecrets: every password and the token, nothing else', () => {
  const c = getConnectInputs({ 'INPUT_REGISTRY-AUTH': AUTH, 'INPUT_GITHUB-TOKEN': 'ghp_x' });
  expect(connectSecrets(c)).toEqual(['hub-secret', 'gh-secret', 'ghp_x']);
  expect(connectSecrets(getConnectInputs({}))).toEqual([]);
});

test("connectSecrets: the step env's AWS session token, which the inputs now carry, is masked with the rest", () => {
  const c = getConnectInputs({ 'INPUT_GITHUB-TOKEN': 'ghp_x', AWS_SESSION_TOKEN: 'session-secret', AWS_ACCESS_KEY_ID: 'AKIAID' });
  expect(connectSecrets(c)).toEqual(['ghp_x', 'session-secret']);
  expect(connectSecrets(getConnectInputs({ AWS_SESSION_TOKEN: '' }))).toEqual([]);
});

test('connectOptions: auth, insecure list, ECR endpoint and mask for the client layer; extras pass through', () => {
  const mask = (): void => undefined;
  const c = getConnectInputs({ 'INPUT_REGISTRY-AUTH': AUTH, 'INPUT_INSECURE-REGISTRIES': 'registry.lan:5000', AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566' });
  const o = connectOptions(c, { mask, connectTo: { 'a.io': '127.0.0.1:1' } });
  expect(o).toEqual({
    auth: { registryAuth: c.registryAuth, githubToken: '', ecrEndpoint: 'http://127.0.0.1:4566', mask, env: {} },
    insecureRegistries: ['registry.lan:5000'],
    connectTo: { 'a.io': '127.0.0.1:1' },
  });
  expect(connectOptions(getConnectInputs({}))).toEqual({ auth: { registryAuth: [], githubToken: '', env: {} }, insecureRegistries: [] });
});

test("login-action's ECR entries: access key ids join the secrets; AWS_ENDPOINT_URL_ECR_PUBLIC reaches the resolver", () => {
  const c = getConnectInputs({
    'INPUT_REGISTRY-AUTH': `${AUTH}- registry: 012345678901.dkr.ecr.eu-west-3.amazonaws.com\n  username: AKIAKEYID\n  password: aws-secret\n- registry: public.ecr.aws\n  ecr: true\n`,
    AWS_ENDPOINT_URL_ECR_PUBLIC: ' http://127.0.0.1:4567 ',
  });
  expect(c.registryAuth.slice(2)).toEqual([
    { registry: '012345678901.dkr.ecr.eu-west-3.amazonaws.com', username: 'AKIAKEYID', password: 'aws-secret' },
    { registry: 'public.ecr.aws', username: '', password: '', ecr: 'true' },
  ]);
  expect(connectSecrets(c)).toEqual(['hub-secret', 'gh-secret', 'aws-secret', 'AKIAKEYID']);
  expect(connectOptions(c).auth).toEqual({ registryAuth: c.registryAuth, githubToken: '', ecrPublicEndpoint: 'http://127.0.0.1:4567', env: {} });
});

test("registry-auth's scope is refused naming the entry", () => {
  expect(() => getConnectInputs({ 'INPUT_REGISTRY-AUTH': `${AUTH}- username: a\n  password: b\n  scope: myorg/myimage@push\n` })).toThrow(
    "input 'registry-auth' entry 3 (docker.io) field 'scope' is not supported (line 7)",
  );
});

test("DOCKER_CONFIG of the env given reaches the credential resolver (not the process's)", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'connect-docker-config-'));
  const other = await fs.mkdtemp(path.join(os.tmpdir(), 'connect-docker-config-other-'));
  const saved = process.env.DOCKER_CONFIG;
  process.env.DOCKER_CONFIG = other;
  try {
    await fs.writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths: { 'registry.lan:5000': { username: 'cfg', password: 'from-env-config' } } }));
    const c = getConnectInputs({ DOCKER_CONFIG: dir });
    expect(c.dockerConfig).toBe(dir);
    const o = connectOptions(c);
    expect(o.auth?.dockerConfigDir).toBe(dir);
    expect(await credentialResolver(o.auth ?? NO_AUTH)('registry.lan:5000')).toMatchObject({ username: 'cfg', password: 'from-env-config' });
    expect(getConnectInputs({ DOCKER_CONFIG: '' }).dockerConfig).toBeUndefined();
  } finally {
    if (saved === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = saved;
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(other, { recursive: true, force: true });
  }
});

test("the credential variables of the env given (AWS keys, account ids, DOCKER_CONFIG, HOME) reach the resolver through connectOptions, not the process's", async () => {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'connect-home-'));
  const saved = process.env.DOCKER_CONFIG;
  delete process.env.DOCKER_CONFIG;
  try {
    await fs.mkdir(path.join(home, '.docker'));
    await fs.writeFile(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'registry.lan:5000': { username: 'h', password: 'from-env-home' } } }),
    );
    const c = getConnectInputs({ HOME: home, AWS_ACCOUNT_IDS: '123456789012', AWS_ACCESS_KEY_ID: 'AKID', AWS_SESSION_TOKEN: 'st', PATH: '/bin' });
    expect(c.credentialEnv).toEqual({ HOME: home, AWS_ACCOUNT_IDS: '123456789012', AWS_ACCESS_KEY_ID: 'AKID', AWS_SESSION_TOKEN: 'st' });
    const o = connectOptions(c);
    expect(o.auth?.env).toEqual(c.credentialEnv);
    expect(await credentialResolver(o.auth ?? NO_AUTH)('registry.lan:5000')).toMatchObject({ username: 'h', password: 'from-env-home' });
    // An env without them: nothing of the process's is carried (the resolver falls back to the account's home only, as the docker CLI does).
    expect(getConnectInputs({ PATH: '/bin' }).credentialEnv).toBeUndefined();
    expect(connectOptions(getConnectInputs({ PATH: '/bin' })).auth?.env).toEqual({});
  } finally {
    if (saved !== undefined) process.env.DOCKER_CONFIG = saved;
    await fs.rm(home, { recursive: true, force: true });
  }
});
