/**
 * Layer caches through build.ts with real buildah (issue 14 items 1-2): a
 * registry cache on a loopback docker-registry with htpasswd basic auth, and
 * a type=local folder served to buildah as a loopback registry. A warm build
 * on fresh storage reuses the steps and gives the cold build's digest; an
 * unreachable cache is a warning and a cold build, never a failed build.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { BuildRequest } from '../../shared/src/builders/build.js';
import { parseCacheSpecs } from '../../shared/src/builders/cache-spec.js';
import { ACCESS_DIR_PREFIX } from '../../shared/src/builders/registry-access.js';
import type { ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { runBuild, type BuildRun } from '../support/build-fixture.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { freePort, startRegistry, type Registry } from '../support/registry.js';
import { startTokenIssuer } from '../support/token-issuer.js';

const USER = 'cache-user';
const PASSWORD = 'pw-c4ch3-91b2';

let work: string;
let registry: Registry;
let ctx: string;

type Run = BuildRun;

const connect = (): ConnectInputs => ({
  registryAuth: [{ registry: registry.host, username: USER, password: PASSWORD }],
  githubToken: '',
  insecureRegistries: [],
});

/** One build on fresh storage (its own RUNNER_TEMP, so nothing of an earlier build is in the store). */
const build = (extra: Partial<BuildRequest>): Promise<Run> => runBuild(work, ctx, extra, { STORAGE_DRIVER: 'vfs', GITHUB_SHA: 'b'.repeat(40) });

const cachedSteps = (r: Run): number => r.lines.filter((l) => /^--> Using cache [0-9a-f]{64}$/.test(l)).length;
/** Every step but the FROM: what a complete cache serves (the COPYs, the RUN and the label steps buildah adds). */
const stepsAfterFrom = (r: Run): number => r.lines.filter((l) => /^STEP \d+\/\d+: /.test(l)).length - 1;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-cache-e2e-'));
  registry = await startRegistry({ extraConfig: await basicAuthConfig({ [USER]: PASSWORD }) });
  ctx = path.join(work, 'ctx');
  await fs.mkdir(ctx);
  await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox'));
  await fs.writeFile(path.join(ctx, 'data.txt'), 'data\n');
  await fs.writeFile(
    path.join(ctx, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /out && /bin/busybox seq 1 2000 > /out/numbers"]',
      'COPY data.txt /data.txt',
      '',
    ].join('\n'),
  );
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

describe('type=registry on an authenticated loopback registry', () => {
  let cold: Run;
  beforeAll(async () => {
    cold = await build({ cacheTo: parseCacheSpecs(`type=registry,ref=${registry.host}/app-cache,mode=max`, 'cache-to'), connect: connect() });
  }, 180_000);

  test('the cold build succeeds and exports its steps', () => {
    expect(cold.error).toBeUndefined();
    expect(cold.warnings).toEqual([]);
    expect(cold.lines.some((l) => l.startsWith(`--> Pushing cache ${registry.host}/app-cache:`))).toBe(true);
    expect(cold.lines.join('\n')).not.toContain(PASSWORD);
  });

  test('a warm build on fresh storage reuses every step and gives the identical digest', async () => {
    const warm = await build({ cacheFrom: parseCacheSpecs(`type=registry,ref=${registry.host}/app-cache`, 'cache-from'), connect: connect() });
    expect(warm.error).toBeUndefined();
    expect(warm.warnings).toEqual([]);
    expect(stepsAfterFrom(warm)).toBeGreaterThanOrEqual(3);
    expect(cachedSteps(warm)).toBe(stepsAfterFrom(warm));
    expect(warm.report?.digest).toBe(cold.report?.digest);
    expect(await fs.readdir(warm.runnerTemp).then((n) => n.filter((x) => x.startsWith(ACCESS_DIR_PREFIX)))).toEqual([]);
  }, 180_000);

  test('no-cache reads nothing: every step runs again, same digest', async () => {
    const r = await build({ cacheFrom: parseCacheSpecs(`${registry.host}/app-cache`, 'cache-from'), noCache: true, connect: connect() });
    expect(r.error).toBeUndefined();
    expect(cachedSteps(r)).toBe(0);
    expect(r.report?.digest).toBe(cold.report?.digest);
  }, 180_000);

  test('wrong credentials for the cache: a warning naming the ref, and a cold build that succeeds', async () => {
    const r = await build({
      cacheFrom: parseCacheSpecs(`type=registry,ref=${registry.host}/app-cache`, 'cache-from'),
      cacheTo: parseCacheSpecs(`type=registry,ref=${registry.host}/app-cache`, 'cache-to'),
      connect: { ...connect(), registryAuth: [{ registry: registry.host, username: USER, password: 'wrong-one' }] },
    });
    expect(r.error).toBeUndefined();
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(
      new RegExp(`^cache-from line 1: the cache ${registry.host}/app-cache cannot be used \\(.*refused.*\\); building without it \\(cold\\)$`),
    );
    expect(r.warnings[1]).toMatch(/^cache-to line 1: .* building without it, so no cache is saved$/);
    expect(cachedSteps(r)).toBe(0);
    expect(r.report?.digest).toBe(cold.report?.digest);
  }, 180_000);
});

describe('an unreachable cache is a warning and a cold build', () => {
  test('cache-from and cache-to at a port nobody listens on', async () => {
    const dead = `127.0.0.1:${await freePort()}/cache`;
    const started = Date.now();
    const r = await build({ cacheFrom: parseCacheSpecs(dead, 'cache-from'), cacheTo: parseCacheSpecs(dead, 'cache-to') });
    expect(r.error).toBeUndefined();
    expect(r.report?.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(r.warnings).toEqual([
      expect.stringMatching(new RegExp(`^cache-from line 1: the cache ${dead} cannot be used \\(.+\\); building without it \\(cold\\)$`)),
      expect.stringMatching(new RegExp(`^cache-to line 1: the cache ${dead} cannot be used \\(.+\\); building without it, so no cache is saved$`)),
    ]);
    // buildah's own retries of an unreachable --cache-to alone take 6 s; ours did not reach it.
    expect(r.lines.some((l) => l.includes('Pushing cache'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(120_000);
  }, 180_000);
});

describe('a registry that lets the build read the cache but not write it', () => {
  test('the refused export is a warning, the build runs again without cache-to and succeeds', async () => {
    // Token auth: 'reader' gets pull only, so our check (a read) passes and buildah's push is denied.
    const issuer = await startTokenIssuer({ users: { reader: 'reader-pw' }, grant: (_user, _repo, asked) => asked.filter((a) => a === 'pull') });
    const tokenRegistry = await startRegistry({ extraConfig: issuer.registryConfig });
    try {
      const r = await build({
        cacheTo: parseCacheSpecs(`${tokenRegistry.host}/ro-cache`, 'cache-to'),
        connect: { registryAuth: [{ registry: tokenRegistry.host, username: 'reader', password: 'reader-pw' }], githubToken: '', insecureRegistries: [] },
      });
      expect(r.error).toBeUndefined();
      expect(r.report?.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(r.warnings).toEqual([
        `cache-to line 1 (${tokenRegistry.host}/ro-cache): buildah could not export the cache; building again without cache-to, so no cache is saved`,
      ]);
      // Refused at the first step's export, not anything else.
      expect(r.lines.join('\n')).toMatch(/^Error: failed pushing cache to .*initiating layer upload[^\n]*\n(?:.*\n){0,3}.*(?:denied|unauthorized)/im);
      expect(r.lines.filter((l) => l.startsWith('buildah ') && l.includes(' bud '))).toHaveLength(2);
      expect(r.lines.join('\n')).not.toContain('reader-pw');
    } finally {
      await tokenRegistry.stop();
      await issuer.stop();
    }
  }, 240_000);
});

describe('type=local: a folder actions/cache can carry', () => {
  test('cold into dest, warm from src on fresh storage: every step reused, identical digest', async () => {
    const dir = path.join(work, 'local-cache');
    const cold = await build({ cacheTo: parseCacheSpecs(`type=local,dest=${dir}`, 'cache-to') });
    expect(cold.error).toBeUndefined();
    expect(cold.warnings).toEqual([]);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8'))).toMatchObject({ schemaVersion: 2 });
    const warm = await build({ cacheFrom: parseCacheSpecs(`type=local,src=${dir}`, 'cache-from') });
    expect(warm.error).toBeUndefined();
    expect(warm.warnings).toEqual([]);
    expect(stepsAfterFrom(warm)).toBeGreaterThanOrEqual(3);
    expect(cachedSteps(warm)).toBe(stepsAfterFrom(warm));
    expect(warm.report?.digest).toBe(cold.report?.digest);
  }, 240_000);
});
