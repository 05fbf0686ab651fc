/**
 * ECR: a registry host named like ECR gets its credentials from
 * GetAuthorizationToken, asked of the ECR API emulator by the real
 * @aws-sdk/client-ecr (endpoint override); the token is accepted by a local
 * registry with basic auth (user AWS). The ECR host name is routed to the
 * loopback registry, and listed as insecure since it has no TLS here.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { startEcrEmulator, type EcrEmulator } from '../emulators/ecr/server.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

const ECR_HOST = '210987654321.dkr.ecr.eu-west-1.amazonaws.com';
let ecr: EcrEmulator;
let reg: Registry;
let work: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-ecr-'));
  ecr = await startEcrEmulator({ password: 'ecr-token-password' });
  reg = await startRegistry({ extraConfig: await basicAuthConfig({ AWS: 'ecr-token-password' }) });
  for (const [k, v] of Object.entries({
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_SESSION_TOKEN: '',
    AWS_PROFILE: '',
    AWS_EC2_METADATA_DISABLED: 'true',
  })) {
    saved[k] = process.env[k];
    if (v === '') delete process.env[k];
    else process.env[k] = v;
  }
  await makeLayout(path.join(work, 'layout'), { layers: [{ files: { 'etc/ecr': 'ecr\n' } }] });
}, 60_000);

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await Promise.all([ecr?.stop(), reg?.stop()]);
  await fs.rm(work, { recursive: true, force: true });
});

test('an ECR destination is pushed with a GetAuthorizationToken token for its account and region, surviving a throttle', async () => {
  ecr.throttle(1);
  const masked: string[] = [];
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:1.0`],
    auth: { ecrEndpoint: ecr.endpoint, dockerConfigDir: null, env: {}, mask: (s) => masked.push(s) },
    connectTo: { [ECR_HOST]: reg.host },
    insecureRegistries: [ECR_HOST],
  });
  assertDistributed(res);
  const calls = ecr.calls.filter((c) => c.operation === 'GetAuthorizationToken');
  // Our retry loop (the SDK's own retries are off) retried the throttled call; we asked for the destination's account, in its region.
  expect(calls.length).toBe(2);
  expect(calls.every((c) => c.registryIds.join() === '210987654321' && c.region === 'eu-west-1')).toBe(true);
  expect(masked).toContain('ecr-token-password');
  expect(await skopeoDigest(`${reg.host}/team/app:1.0`, 'AWS:ecr-token-password')).toBe(res.digest);
});

test('a token call throttled more often than the SDK default of 3 attempts still succeeds: one retry loop, the registry policy (6 tries)', async () => {
  ecr.calls.length = 0;
  ecr.throttle(3);
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:1.1`],
    auth: { ecrEndpoint: ecr.endpoint, dockerConfigDir: null, env: {} },
    connectTo: { [ECR_HOST]: reg.host },
    insecureRegistries: [ECR_HOST],
  });
  assertDistributed(res);
  // Three throttled answers and the fourth call served; the SDK (maxAttempts 1) added none of its own.
  expect(ecr.calls.filter((c) => c.operation === 'GetAuthorizationToken')).toHaveLength(4);
}, 60_000);

test('an ECR token that cannot be had is an AWS error naming the account and the permission to check', async () => {
  const res = await pushImage({
    images: [path.join(work, 'layout')],
    destinations: [`${ECR_HOST}/team/app:2.0`],
    auth: { ecrEndpoint: 'http://127.0.0.1:9', dockerConfigDir: null, env: {} },
    connectTo: { [ECR_HOST]: reg.host },
    insecureRegistries: [ECR_HOST],
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 },
  }).catch((e: unknown) => e);
  const err =
    (res as { destinations?: Array<{ error?: Error & { code: string; hint?: string } }> }).destinations?.[0]?.error ??
    (res as Error & { code: string; hint?: string });
  expect(err.code).toBe('AWS');
  expect(err.message).toContain('210987654321');
  expect(err.hint).toContain('ecr:GetAuthorizationToken');
}, 60_000);
