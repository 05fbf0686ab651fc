/**
 * The connect inputs every action reads (registry-auth, github-token,
 * insecure-registries) reach the registry image source test-image and
 * check-updates use: a real docker-registry behind htpasswd basic auth is
 * read with the credentials, and refused clearly without them.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { isPipelineError } from '../../shared/src/errors.js';
import { connectOptions, connectSecrets, getConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { checkForUpdates } from '../../shared/src/updates/check.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';

let work: string;
let reg: Registry;
let digest: string;
let image: string;
// No Docker config of this machine may lend credentials: an empty DOCKER_CONFIG folder.
let savedDockerConfig: string | undefined;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-connect-'));
  savedDockerConfig = process.env.DOCKER_CONFIG;
  process.env.DOCKER_CONFIG = path.join(work, 'docker-config');
  reg = await startRegistry({ extraConfig: await basicAuthConfig({ alice: 's3cret' }) });
  const layout = path.join(work, 'layout');
  await makeLayout(layout, { layers: [{ files: { 'etc/hello': 'hello\n' } }], refNames: ['1.0'] });
  const res = await pushImage({
    images: [layout],
    destinations: [`${reg.host}/private/app:1.0`],
    auth: { registryAuth: [{ registry: reg.host, username: 'alice', password: 's3cret' }], dockerConfigDir: null, env: {} },
  });
  digest = res.digest;
  image = `${reg.host}/private/app:1.0`;
}, 60_000);

afterAll(async () => {
  if (savedDockerConfig === undefined) delete process.env.DOCKER_CONFIG;
  else process.env.DOCKER_CONFIG = savedDockerConfig;
  await reg?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

const env = (auth: string): Record<string, string> => ({ 'INPUT_REGISTRY-AUTH': auth, 'INPUT_GITHUB-TOKEN': 'ghp_unused' });

test('checkImage reads an image from an auth-protected registry with registry-auth, and masks the password first', async () => {
  const inputs = getConnectInputs(env(`- registry: ${reg.host}\n  username: alice\n  password: s3cret\n`));
  expect(connectSecrets(inputs)).toEqual(['s3cret', 'ghp_unused']);
  const masked: string[] = [];
  const r = await checkImage({ image, policy: defaultPolicy(), connect: connectOptions(inputs, { mask: (s) => masked.push(s) }) });
  expect(r.image.digest).toBe(digest);
  expect(r.image.layers).toBe(1);
  expect(r.view.fs.get('/etc/hello')?.type).toBe('file');
  expect(masked).toContain('s3cret');
}, 60_000);

test('without registry-auth the read fails with an AUTH error naming the registry and the input to set', async () => {
  const err = await checkImage({ image, policy: defaultPolicy(), connect: connectOptions(getConnectInputs({})) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPipelineError(err, 'AUTH')).toBe(true);
  expect((err as Error).message).toContain(reg.host);
  expect((err as Error).message).toMatch(/registry-auth/);
}, 60_000);

test('wrong credentials fail as clearly, and the password is not in the message', async () => {
  const err = await checkImage({
    image,
    policy: defaultPolicy(),
    connect: connectOptions(getConnectInputs(env(`- registry: ${reg.host}\n  username: alice\n  password: wrong-pass\n`))),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPipelineError(err, 'AUTH')).toBe(true);
  expect((err as Error).message).not.toContain('wrong-pass');
}, 60_000);

test('check-updates takes the same options: the published image is found with them, refused without', async () => {
  const inputs = getConnectInputs(env(`- registry: ${reg.host}\n  username: alice\n  password: s3cret\n`));
  const found = await checkForUpdates(image, connectOptions(inputs));
  expect(found.digest).toBe(digest);
  await expect(checkForUpdates(image, connectOptions(getConnectInputs({})))).rejects.toMatchObject({ code: 'AUTH' });
}, 60_000);
