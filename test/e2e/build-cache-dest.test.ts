/**
 * A type=local cache-to folder that cannot be written is an unusable cache:
 * a warning naming the line and the folder, and a build that succeeds without
 * saving a cache, with the cached build's digest (issue 14, "an unreachable
 * cache is a warning and a cold build, never a failed build"). Real buildah,
 * vfs storage, FROM scratch.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { parseCacheSpecs } from '../../shared/src/builders/cache-spec.js';
import { runBuild, type BuildRun } from '../support/build-fixture.js';

let work: string;
let context: string;

const build = (cacheTo: string, cacheFrom = ''): Promise<BuildRun> =>
  runBuild(
    work,
    context,
    { cacheTo: parseCacheSpecs(cacheTo, 'cache-to'), cacheFrom: parseCacheSpecs(cacheFrom, 'cache-from') },
    { STORAGE_DRIVER: 'vfs', GITHUB_SHA: 'd'.repeat(40), GITHUB_REF: 'refs/heads/main' },
  );

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-cache-dest-'));
  context = path.join(work, 'context');
  await fs.mkdir(context);
  await fs.writeFile(path.join(context, 'Dockerfile'), 'FROM scratch\nCOPY a.txt /a.txt\nCOPY b.txt /b.txt\n');
  await fs.writeFile(path.join(context, 'a.txt'), 'a\n');
  await fs.writeFile(path.join(context, 'b.txt'), 'b\n');
  await fs.writeFile(path.join(work, 'a-file'), 'not a folder\n');
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

test('a dest under a file: a warning naming line and folder, the build succeeds with the cached build digest', async () => {
  const good = await build(`type=local,dest=${path.join(work, 'cache-ok')}`);
  expect(good.error).toBeUndefined();
  const bad = path.join(work, 'a-file', 'cache');
  const r = await build(`type=local,dest=${bad}`);
  expect(r.error).toBeUndefined();
  expect(r.warnings).toHaveLength(1);
  expect(r.warnings[0]).toMatch(`cache-to line 1: the folder ${bad} cannot be written (`);
  expect(r.warnings[0]).toMatch(/building without it, so no cache is saved/);
  expect(r.report?.digest).toBe(good.report?.digest);
}, 120_000);

test('with a usable src the build still reads it: the src folder is served, the unwritable dest dropped', async () => {
  const src = path.join(work, 'cache-src');
  const cold = await build(`type=local,dest=${src}`);
  expect(cold.error).toBeUndefined();
  const bad = path.join(work, 'a-file', 'x');
  const r = await build(`type=local,dest=${bad}`, `type=local,src=${src}`);
  expect(r.error).toBeUndefined();
  expect(r.warnings).toEqual([expect.stringContaining(`cache-to line 1: the folder ${bad} cannot be written`)]);
  // Both COPY steps come from the src folder.
  expect(r.lines.filter((l) => /^--> Using cache [0-9a-f]{64}$/.test(l))).toHaveLength(2);
  expect(r.report?.digest).toBe(cold.report?.digest);
}, 120_000);
