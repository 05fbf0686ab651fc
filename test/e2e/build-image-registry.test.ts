/**
 * build-image reads private registries with the suite's own registry access
 * (issue 14 item 2): real buildah, a loopback docker-registry with htpasswd
 * basic auth, buildImage() driven directly. Base images of two stages are
 * pulled with `registry-auth`; wrong credentials name the registry; no
 * credential reaches argv or the log, and no auth file is left behind.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { BuildReport, BuildRequest } from '../../shared/src/builders/build.js';
import { ACCESS_DIR_PREFIX } from '../../shared/src/builders/registry-access.js';
import { PipelineError } from '../../shared/src/errors.js';
import type { ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { runBuild } from '../support/build-fixture.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeo } from '../support/skopeo.js';

const USER = 'alice';
const PASSWORD = 'pw-7f3a9c1e';
const ENCODED = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');

let work: string;
let registry: Registry;

interface Logged {
  lines: string[];
  warnings: string[];
}

/** A context folder holding the Dockerfile and a static busybox. */
async function context(name: string, dockerfile: string): Promise<string> {
  const dir = path.join(work, name);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'Dockerfile'), dockerfile);
  await fs.copyFile('/bin/busybox', path.join(dir, 'busybox'));
  return dir;
}

const connectAs = (password: string): ConnectInputs => ({
  registryAuth: [{ registry: registry.host, username: USER, password }],
  githubToken: '',
  insecureRegistries: [],
});

/** One build on fresh storage (its own RUNNER_TEMP); the log, warnings and RUNNER_TEMP come back with the result. */
async function build(ctx: string, extra: Partial<BuildRequest> = {}): Promise<{ report?: BuildReport; error?: unknown; log: Logged; runnerTemp: string }> {
  const { lines, warnings, ...run } = await runBuild(work, ctx, extra, { STORAGE_DRIVER: 'vfs', GITHUB_SHA: 'a'.repeat(40) });
  return { ...run, log: { lines, warnings } };
}

/** Folders registry-access wrote under RUNNER_TEMP that are still there. */
const leftovers = async (runnerTemp: string): Promise<string[]> => (await fs.readdir(runnerTemp)).filter((n) => n.startsWith(ACCESS_DIR_PREFIX));

/** No secret anywhere in what the build printed (argv goes to the debug log). */
function expectNoSecret(log: Logged): void {
  const all = log.lines.join('\n');
  expect(all).not.toContain(PASSWORD);
  expect(all).not.toContain(ENCODED);
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-image-registry-e2e-'));
  registry = await startRegistry({ extraConfig: await basicAuthConfig({ [USER]: PASSWORD }) });
  // Two private images: a base with busybox, and a tools image a second stage starts FROM.
  const base = await build(await context('base', 'FROM scratch\nCOPY busybox /bin/busybox\n'));
  if (base.report === undefined) throw base.error;
  for (const repo of ['base', 'tools']) {
    await skopeo([
      '--insecure-policy',
      'copy',
      '--dest-tls-verify=false',
      '--dest-creds',
      `${USER}:${PASSWORD}`,
      `oci:${base.report.layout}:t`,
      `docker://${registry.host}/${repo}:1`,
    ]);
  }
}, 180_000);

afterAll(async () => {
  await registry?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

const privateDockerfile = (host: string): string =>
  [
    `FROM ${host}/tools:1 AS tools`,
    'RUN ["/bin/busybox", "mkdir", "/tools-made"]',
    `FROM ${host}/base:1`,
    'COPY --from=tools /tools-made /from-tools',
    'RUN ["/bin/busybox", "mkdir", "/made"]',
    '',
  ].join('\n');

describe('private base images over plain HTTP with registry-auth', () => {
  test('both stages pull with the credentials; none reach argv or the log; no auth file is left', async () => {
    const ctx = await context('private', privateDockerfile(registry.host));
    const r = await build(ctx, { connect: connectAs(PASSWORD) });
    expect(r.error).toBeUndefined();
    expect(r.report?.base).toEqual({ name: `${registry.host}/base:1`, digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/) });
    expect(r.log.lines).toContain(`Registry credentials for ${registry.host} (from the 'registry-auth' input)`);
    expect(r.log.lines).toContain(`Plain HTTP for ${registry.host} (loopback or insecure-registries)`);
    // The builder was given the file by path, and ran with our HOME (the plain-HTTP drop-in).
    expect(r.log.lines.some((l) => /--authfile \S+auth\.json/.test(l))).toBe(true);
    expectNoSecret(r.log);
    expect(await leftovers(r.runnerTemp)).toEqual([]);
  }, 180_000);

  test('without credentials the registry refuses, and the error says which registry and which input', async () => {
    const ctx = await context('anonymous', privateDockerfile(registry.host));
    const r = await build(ctx);
    expect(r.error).toBeInstanceOf(PipelineError);
    const e = r.error as PipelineError;
    expect(e.code).toBe('AUTH');
    expect(e.input).toBe('registry-auth');
    expect(e.reason).toMatch(new RegExp(`^buildah was refused by registry ${registry.host.replace(/\./g, '\\.')}: it gave no credentials for it`));
    expect(e.line).toBe(1);
  }, 180_000);

  test('a wrong password: AUTH naming the registry and where the credentials came from, never the password; nothing left behind', async () => {
    const ctx = await context('wrong', privateDockerfile(registry.host));
    const r = await build(ctx, { connect: connectAs('not-the-password') });
    const e = r.error as PipelineError;
    expect(e).toBeInstanceOf(PipelineError);
    expect(e.code).toBe('AUTH');
    expect(e.reason).toContain(`refused by registry ${registry.host}: it used the credentials from the 'registry-auth' input`);
    expect(e.message).not.toContain('not-the-password');
    expect(r.log.lines.join('\n')).not.toContain('not-the-password');
    expect(await leftovers(r.runnerTemp)).toEqual([]);
  }, 180_000);
});
