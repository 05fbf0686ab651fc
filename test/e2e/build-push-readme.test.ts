/**
 * docker/build-push-action's README steps, run end to end on build-image
 * with real buildah: the `with:` block exactly as its README prints it, only
 * the registry host (docker.io's `user/app` becomes a loopback registry's
 * `HOST/user/app`), and docker/login-action's step folded into registry-auth
 * (login-action has no counterpart step here). Every other input takes
 * build-image/action.yml's default, as the runner hands them over; the
 * checkout is GITHUB_WORKSPACE and, as on a runner, the working directory of
 * the step (a relative context resolves against it).
 *
 * The blocks (docker/build-push-action README, "Git context" and "Path
 * context"; the multi-line tags list of its older quick start):
 *   push: true
 *   tags: user/app:latest
 * and
 *   context: .
 *   push: true
 *   tags: |
 *     user/app:latest
 *     user/app:1.0.0
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { memoryIO, type Recorded } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { buildImage } from '../../build-image/src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startBuildFixture, stopBuildFixture } from '../support/build-fixture.js';
import type { Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

const USER = 'ci';
const PASSWORD = 'pw-readme-7c1e';

const ACTION_YML = path.resolve('build-image/action.yml');
let work: string;
let registry: Registry;

/** The runner: action.yml's defaults for what the block does not give, the block's scalars as strings. */
async function readmeStep(withBlock: string, registryAuth?: string, extraEnv: Record<string, string> = {}): Promise<Recorded> {
  const action = parse(await fs.readFile(ACTION_YML, 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [k, d] of Object.entries(action.inputs)) if (d.default !== undefined) inputs[k] = d.default.replace('${{ github.token }}', 'ghs_e2e_token');
  for (const [k, v] of Object.entries(parse(withBlock.replaceAll('user/app', `${registry.host}/user/app`)) as Record<string, unknown>)) inputs[k] = String(v);
  if (registryAuth !== undefined) inputs['registry-auth'] = registryAuth;
  const runnerTemp = await fs.mkdtemp(path.join(work, 'runner-'));
  const io = memoryIO();
  const checkout = path.join(work, 'checkout');
  const cwd = process.cwd();
  process.chdir(checkout);
  try {
    await main(
      buildImage,
      {
        ...inputEnv(inputs),
        RUNNER_TEMP: runnerTemp,
        GITHUB_WORKSPACE: checkout,
        STORAGE_DRIVER: 'vfs',
        GITHUB_SHA: 'b'.repeat(40),
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push',
        // The labels' repository facts are asked of the GitHub API: a closed loopback port, never api.github.com.
        GITHUB_API_URL: 'http://127.0.0.1:1',
        ...extraEnv,
      },
      io,
    );
  } finally {
    process.chdir(cwd);
  }
  return io.recorded;
}

const login = (): string => `- registry: ${registry.host}\n  username: ${USER}\n  password: ${PASSWORD}`;

beforeAll(async () => {
  const dockerfile = 'FROM scratch\nCOPY busybox /bin/busybox\n';
  ({ work, registry } = await startBuildFixture('build-push-readme-e2e-', { Dockerfile: dockerfile }, { dir: 'checkout', users: { [USER]: PASSWORD } }));
}, 60_000);

afterAll(() => stopBuildFixture(work, registry));

describe("build-push-action's README steps, unchanged but for the registry host", () => {
  test('Git context: push: true, tags: user/app:latest lands in the registry at the digest output', async () => {
    const r = await readmeStep('push: true\ntags: user/app:latest\n', login());
    expect(r.failed).toBeUndefined();
    const ref = `${registry.host}/user/app:latest`;
    expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(await skopeoDigest(ref, `${USER}:${PASSWORD}`)).toBe(r.outputs.digest);
    expect(JSON.parse(r.outputs.metadata as string)).toMatchObject({ 'containerimage.digest': r.outputs.digest, 'image.name': ref });
    expect(r.masked).toContain(PASSWORD);
    expect(JSON.stringify(r.log)).not.toContain(PASSWORD);
  }, 240_000);

  test('Path context with a multi-line tags list: both tags at the same digest', async () => {
    const r = await readmeStep('context: .\npush: true\ntags: |\n  user/app:latest\n  user/app:1.0.0\n', login());
    expect(r.failed).toBeUndefined();
    for (const t of ['latest', '1.0.0']) expect(await skopeoDigest(`${registry.host}/user/app:${t}`, `${USER}:${PASSWORD}`)).toBe(r.outputs.digest);
  }, 240_000);

  test("login-action's step kept: the config.json it writes (DOCKER_CONFIG) is read when registry-auth is not given", async () => {
    const dockerConfig = await fs.mkdtemp(path.join(work, 'docker-config-'));
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    await fs.writeFile(path.join(dockerConfig, 'config.json'), JSON.stringify({ auths: { [registry.host]: { auth } } }), { mode: 0o600 });
    // On a runner the step's env is process.env; the registry client reads DOCKER_CONFIG from there.
    const before = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = dockerConfig;
    let r: Recorded;
    try {
      r = await readmeStep('push: true\ntags: user/app:from-login\n', undefined, { DOCKER_CONFIG: dockerConfig });
    } finally {
      if (before === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = before;
    }
    expect(r.failed).toBeUndefined();
    expect(await skopeoDigest(`${registry.host}/user/app:from-login`, `${USER}:${PASSWORD}`)).toBe(r.outputs.digest);
  }, 240_000);

  test('the same step without login: the push fails with an error naming the registry, the repository and registry-auth; the build outputs stay', async () => {
    const started = Date.now();
    const r = await readmeStep('push: true\ntags: user/app:nologin\n');
    expect(r.failed).toContain(registry.host);
    expect(r.failed).toMatch(/user\/app/);
    expect(r.failed).toMatch(/401/);
    expect(r.failed).toMatch(/registry-auth/);
    expect(r.outputs.digest).toMatch(/^sha256:/);
    // A refusal, not a wait: far below the build's stall-timeout (10 min by default).
    expect(Date.now() - started).toBeLessThan(180_000);
  }, 240_000);
});
