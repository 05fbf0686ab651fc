/**
 * distribute-image's committed bundle run the way the runner runs it
 * (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP):
 * two layouts merged and pushed to two registries with different
 * credentials; a bad input fails before anything is pushed.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest, skopeoRaw } from '../support/skopeo.js';

const BUNDLE = path.resolve('distribute-image/dist/index.js');
let work: string;
let anon: Registry;
let basic: Registry;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'distribute-action-'));
  [anon, basic] = await Promise.all([startRegistry(), startRegistry({ extraConfig: await basicAuthConfig({ ci: 'ci-password-123' }) })]);
  await makeLayout(path.join(work, 'amd64'), { layers: [{ files: { 'etc/a': 'a\n' } }], refNames: ['1.4.0'] });
  await makeLayout(path.join(work, 'arm64'), { architecture: 'arm64', layers: [{ files: { 'etc/a': 'arm\n' } }], refNames: ['1.4.0'] });
}, 60_000);

afterAll(async () => {
  await Promise.all([anon?.stop(), basic?.stop()]);
  await fs.rm(work, { recursive: true, force: true });
});

test('pushes a merged multi-platform index to two registries; outputs, summary and masking', async () => {
  const run = await runActionBundle(BUNDLE, {
    inputs: {
      image: `${path.join(work, 'amd64')}\n${path.join(work, 'arm64')}\n`,
      destinations: `${anon.host}/acme/app\n${basic.host}/acme/app:edge`,
      tags: '1.4.0, latest',
      'registry-auth': `- registry: ${basic.host}\n  username: ci\n  password: ci-password-123\n`,
      concurrency: '4',
    },
    env: { DOCKER_CONFIG: path.join(work, 'no-docker-config') },
  });
  // The password appears only in the runner's mask commands, never in a log line.
  expect(run.log).toContain('::add-mask::ci-password-123');
  expect(run.log.split('\n').filter((l) => l.includes('ci-password-123') && !l.startsWith('::add-mask::'))).toEqual([]);
  expect(run.code).toBe(0);
  const digest = run.outputs.digest as string;
  expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  const refs = JSON.parse(run.outputs.refs as string) as Array<{ ref: string; digest: string }>;
  expect(refs.map((r) => r.ref).sort()).toEqual(
    [
      `${anon.host}/acme/app:1.4.0`,
      `${anon.host}/acme/app:latest`,
      `${anon.host}/acme/app@${digest}`,
      `${basic.host}/acme/app:edge`,
      `${basic.host}/acme/app@${digest}`,
    ].sort(),
  );
  expect(refs.every((r) => r.digest === digest)).toBe(true);
  expect(await skopeoDigest(`${anon.host}/acme/app:latest`)).toBe(digest);
  expect(await skopeoDigest(`${basic.host}/acme/app:edge`, 'ci:ci-password-123')).toBe(digest);
  expect((JSON.parse(await skopeoRaw(`${anon.host}/acme/app:1.4.0`)) as { manifests: unknown[] }).manifests).toHaveLength(2);
  expect(run.summary).toContain('| destination | tags | digest | bytes sent | blobs uploaded / skipped / mounted | time | result |');
  expect(run.summary).toContain(`\`${basic.host}/acme/app\``);
  expect(run.summary).toContain('pushed');
}, 60_000);

test('a malformed destination fails the step with the input and line named, pushing nothing', async () => {
  const run = await runActionBundle(BUNDLE, {
    inputs: { image: path.join(work, 'amd64'), destinations: `${anon.host}/ok/app\n${anon.host}/Bad/App` },
    env: { DOCKER_CONFIG: path.join(work, 'no-docker-config') },
  });
  expect(run.code).not.toBe(0);
  expect(run.log).toContain("input 'destinations' line 2");
  expect(run.log).toContain('must be lowercase');
  await expect(skopeoDigest(`${anon.host}/ok/app:1.4.0`)).rejects.toThrow();
}, 60_000);
