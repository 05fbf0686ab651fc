/**
 * ECR with access keys in `registry-auth`, as docker/login-action takes them
 * (username = access key id, password = secret access key): the real
 * @aws-sdk/client-ecr and client-ecr-public sign GetAuthorizationToken with
 * that pair (the emulator checks the SigV4 signature against it), the token
 * pushes to a loopback registry (basic auth, user AWS) under the ECR host
 * name, and a recorder in front of the registry shows that only the token,
 * never the keys, reached it. The runner has no AWS credentials of its own
 * here, so nothing but the entry's keys can have signed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { parseRegistryAuth, type RegistryAuthEntry } from '../../shared/src/registry/credentials/registry-auth.js';
import { unwrap } from '../../shared/src/result.js';
import { startEcrEmulator, type EcrEmulator } from '../emulators/ecr/server.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

const ECR_HOST = '210987654321.dkr.ecr.eu-west-1.amazonaws.com';
const KEY_ID = 'AKIAE2EEXAMPLE000001';
const SECRET = 'e2e/Secret+Access/Key0000000000000000001';
const TOKEN_PASSWORD = 'ecr-token-from-keys';

let ecr: EcrEmulator;
let reg: Registry;
let recorder: { host: string; seen: string[]; stop(): Promise<void> };
let work: string;
const saved: Record<string, string | undefined> = {};

/**
 * A pass-through in front of the registry that keeps every Authorization
 * header it forwards. Host is passed as is, so the registry's absolute
 * upload locations point back at the recorder.
 */
async function startRecorder(target: string): Promise<typeof recorder> {
  const seen: string[] = [];
  const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const server = http.createServer((req, res) => {
    if (req.headers.authorization !== undefined) seen.push(req.headers.authorization);
    const up = http.request({ host, port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function entries(yaml: string): RegistryAuthEntry[] {
  return unwrap(parseRegistryAuth(yaml));
}

/** Every basic-auth user:password the registry was sent. */
function basicSent(): string[] {
  return recorder.seen.filter((h) => h.startsWith('Basic ')).map((h) => Buffer.from(h.slice(6), 'base64').toString('utf8'));
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-ecr-keys-'));
  ecr = await startEcrEmulator({ password: TOKEN_PASSWORD, keys: { [KEY_ID]: SECRET } });
  reg = await startRegistry({ extraConfig: await basicAuthConfig({ AWS: TOKEN_PASSWORD }) });
  recorder = await startRecorder(reg.host);
  // No credentials of the runner's own: only the entry's keys can sign.
  for (const [k, v] of Object.entries({
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_SESSION_TOKEN: '',
    AWS_PROFILE: '',
    AWS_REGION: '',
    AWS_DEFAULT_REGION: '',
    AWS_SHARED_CREDENTIALS_FILE: path.join(work, 'none'),
    AWS_CONFIG_FILE: path.join(work, 'none'),
    AWS_EC2_METADATA_DISABLED: 'true',
  })) {
    saved[k] = process.env[k];
    if (v === '') delete process.env[k];
    else process.env[k] = v;
  }
  await makeLayout(path.join(work, 'layout'), { layers: [{ files: { 'etc/ecr-keys': 'keys\n' } }] });
}, 60_000);

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await Promise.all([ecr?.stop(), reg?.stop(), recorder?.stop()]);
  await fs.rm(work, { recursive: true, force: true });
});

test('access keys in registry-auth are exchanged for a token in the host region; the registry sees the token, never the keys', async () => {
  ecr.calls.length = 0;
  recorder.seen.length = 0;
  const masked: string[] = [];
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:1.0`],
    auth: {
      registryAuth: entries(`- registry: ${ECR_HOST}\n  username: ${KEY_ID}\n  password: ${SECRET}\n`),
      ecrEndpoint: ecr.endpoint,
      dockerConfigDir: null,
      env: {},
      mask: (s) => masked.push(s),
    },
    connectTo: { [ECR_HOST]: recorder.host },
    insecureRegistries: [ECR_HOST],
  });
  assertDistributed(res);
  // One call, signed with the entry's key pair (the emulator verified the signature), for the host's account and region.
  expect(ecr.calls.map((c) => [c.service, c.operation, c.accessKeyId, c.region, c.registryIds.join()])).toEqual([
    ['ecr', 'GetAuthorizationToken', KEY_ID, 'eu-west-1', '210987654321'],
  ]);
  expect(ecr.calls[0]?.sessionToken).toBeUndefined();
  // The registry got basic auth with the token only.
  const sent = basicSent();
  expect(sent.length).toBeGreaterThan(0);
  expect(new Set(sent)).toEqual(new Set([`AWS:${TOKEN_PASSWORD}`]));
  expect(recorder.seen.join('\n')).not.toContain(Buffer.from(`${KEY_ID}:${SECRET}`).toString('base64'));
  for (const s of [KEY_ID, SECRET, TOKEN_PASSWORD]) expect(masked).toContain(s);
  expect(await skopeoDigest(`${reg.host}/team/app:1.0`, `AWS:${TOKEN_PASSWORD}`)).toBe(res.digest);
}, 60_000);

test('ecr: false sends the same entry as basic auth (login-action semantics), so the registry refuses the keys', async () => {
  ecr.calls.length = 0;
  recorder.seen.length = 0;
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:false`],
    auth: {
      registryAuth: entries(`- registry: ${ECR_HOST}\n  username: ${KEY_ID}\n  password: ${SECRET}\n  ecr: false\n`),
      ecrEndpoint: ecr.endpoint,
      dockerConfigDir: null,
      env: {},
    },
    connectTo: { [ECR_HOST]: recorder.host },
    insecureRegistries: [ECR_HOST],
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 },
  }).catch((e: unknown) => e);
  // The control for the test above: without the exchange the keys do reach the registry, and it refuses them.
  expect(ecr.calls).toHaveLength(0);
  expect(basicSent()).toContain(`${KEY_ID}:${SECRET}`);
  const err = (res as { destinations?: Array<{ error?: Error & { code: string } }> }).destinations?.[0]?.error ?? (res as Error & { code: string });
  expect(err.code).toBe('AUTH');
}, 60_000);

test('a wrong secret: an AWS error naming the entry and what to check, no secret in it, nothing sent to the registry', async () => {
  ecr.calls.length = 0;
  recorder.seen.length = 0;
  const wrong = 'Wrong/Secret+Key000000000000000000000000';
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:2.0`],
    auth: {
      registryAuth: entries(`- registry: ghcr.io\n  username: u\n  password: p\n- registry: ${ECR_HOST}\n  username: ${KEY_ID}\n  password: ${wrong}\n`),
      ecrEndpoint: ecr.endpoint,
      dockerConfigDir: null,
      env: {},
    },
    connectTo: { [ECR_HOST]: recorder.host },
    insecureRegistries: [ECR_HOST],
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 },
  }).catch((e: unknown) => e);
  const err =
    (res as { destinations?: Array<{ error?: Error & { code: string; hint?: string } }> }).destinations?.[0]?.error ??
    (res as Error & { code: string; hint?: string });
  expect(err.code).toBe('AWS');
  expect(err.message).toContain('InvalidSignatureException');
  expect(err.hint).toContain(`'registry-auth' entry 2 (${ECR_HOST})`);
  expect(err.hint).toContain('ecr:GetAuthorizationToken');
  expect(`${err.message} ${err.hint ?? ''}`).not.toContain(wrong);
  expect(basicSent()).toEqual([]);
}, 60_000);

test("the runner's temporary keys passed on: AWS_SESSION_TOKEN signs along (and is masked)", async () => {
  ecr.calls.length = 0;
  const masked: string[] = [];
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:3.0`],
    auth: {
      registryAuth: entries(`- registry: ${ECR_HOST}\n  username: ${KEY_ID}\n  password: ${SECRET}\n`),
      ecrEndpoint: ecr.endpoint,
      dockerConfigDir: null,
      env: { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SESSION_TOKEN: 'session-token-e2e' },
      mask: (s) => masked.push(s),
    },
    connectTo: { [ECR_HOST]: recorder.host },
    insecureRegistries: [ECR_HOST],
  });
  assertDistributed(res);
  expect(ecr.calls.map((c) => [c.accessKeyId, c.sessionToken])).toEqual([[KEY_ID, 'session-token-e2e']]);
  expect(masked).toContain('session-token-e2e');
}, 60_000);

test('public.ecr.aws with keys: an ECR Public token from us-east-1, sent to the registry as basic auth', async () => {
  ecr.calls.length = 0;
  recorder.seen.length = 0;
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: ['public.ecr.aws/team/app:1.0'],
    auth: {
      registryAuth: entries(`- registry: public.ecr.aws\n  username: ${KEY_ID}\n  password: ${SECRET}\n`),
      ecrPublicEndpoint: ecr.endpoint,
      dockerConfigDir: null,
      env: {},
    },
    connectTo: { 'public.ecr.aws': recorder.host },
    insecureRegistries: ['public.ecr.aws'],
  });
  assertDistributed(res);
  expect(ecr.calls.map((c) => [c.service, c.operation, c.accessKeyId, c.region])).toEqual([['ecr-public', 'GetAuthorizationToken', KEY_ID, 'us-east-1']]);
  expect(new Set(basicSent())).toEqual(new Set([`AWS:${TOKEN_PASSWORD}`]));
}, 60_000);

test("AWS_ACCOUNT_IDS, as login-action reads it: the entry's keys get a token for another listed account's registry", async () => {
  ecr.calls.length = 0;
  recorder.seen.length = 0;
  const other = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${other}/team/app:1.0`],
    auth: {
      registryAuth: entries(`- registry: ${ECR_HOST}\n  username: ${KEY_ID}\n  password: ${SECRET}\n`),
      ecrEndpoint: ecr.endpoint,
      dockerConfigDir: null,
      env: { AWS_ACCOUNT_IDS: '123456789012' },
    },
    connectTo: { [other]: recorder.host },
    insecureRegistries: [other],
  });
  assertDistributed(res);
  expect(ecr.calls.map((c) => [c.accessKeyId, c.region, c.registryIds.join()])).toEqual([[KEY_ID, 'eu-west-1', '123456789012']]);
  expect(new Set(basicSent())).toEqual(new Set([`AWS:${TOKEN_PASSWORD}`]));
}, 60_000);
