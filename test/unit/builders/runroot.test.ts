/**
 * podman's runroot is removed after a build only when no build of the same
 * store still holds it (runroot.ts): real flock(1) on a real folder, leases
 * from this process and from another one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { leaseRunroot, removeRunrootIfUnused } from '../../../shared/src/builders/runroot.js';

let tmp: string;
let root: string;
let runroot: string;
const lines: string[] = [];
const log = { debug: (l: string) => void lines.push(l) };

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'runroot-'));
  root = path.join(tmp, 'store-root');
  runroot = path.join(tmp, 'run');
  await fs.mkdir(root);
  await fs.mkdir(path.join(runroot, 'overlay-locks'), { recursive: true });
  await fs.writeFile(path.join(runroot, 'overlay-locks', 'l'), '');
  lines.length = 0;
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

test('no build holds it: removed', async () => {
  expect(await removeRunrootIfUnused(runroot, root, log)).toBe(true);
  expect(existsSync(runroot)).toBe(false);
  // Already gone is fine too.
  expect(await removeRunrootIfUnused(runroot, root, log)).toBe(true);
});

test('kept while any build of the store holds it, removed once the last one is done', async () => {
  const a = await leaseRunroot(root);
  const b = await leaseRunroot(root);
  expect(a).toBeDefined();
  expect(b).toBeDefined();
  await a?.release();
  expect(await removeRunrootIfUnused(runroot, root, log)).toBe(false);
  expect(existsSync(path.join(runroot, 'overlay-locks', 'l'))).toBe(true);
  expect(lines).toEqual([`${runroot} kept: another build of this store is using it`]);
  await b?.release();
  expect(await removeRunrootIfUnused(runroot, root, log)).toBe(true);
  expect(existsSync(runroot)).toBe(false);
});

test('a build in another process holds it: kept until that process ends', async () => {
  // What a concurrent build's lease is: flock shared on the store's root, held by another process.
  const other = spawn('flock', ['--shared', root, 'sh', '-c', 'echo held; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  await new Promise<void>((resolve) => other.stdout.once('data', () => resolve()));
  try {
    expect(await removeRunrootIfUnused(runroot, root, log)).toBe(false);
    expect(existsSync(runroot)).toBe(true);
  } finally {
    // The whole group: the sleep holds the lock too (it inherited flock's descriptor).
    const exited = new Promise((r) => other.once('exit', r));
    process.kill(-(other.pid as number), 'SIGKILL');
    await exited;
  }
  expect(await removeRunrootIfUnused(runroot, root, log)).toBe(true);
});

test('a build starting while the folder is being removed waits for the removal, then holds it', async () => {
  const removal = removeRunrootIfUnused(runroot, root, log);
  // What the build finds once it holds the lease: the order of the two promises' callbacks says nothing (the lease's
  // "held" can reach node before the removal's flock exit does, a CI run saw it), what the lease finds does.
  const lease = leaseRunroot(root).then((l) => ({ lease: l, folderThere: existsSync(runroot) }));
  const [removed, leased] = await Promise.all([removal, lease]);
  expect(leased.lease).toBeDefined();
  // Either the removal won (the lease came after it: the folder was gone) or the lease did (nothing was removed, the
  // folder is there). Never a removal under a held lease.
  expect([
    [true, false],
    [false, true],
  ]).toContainEqual([removed, leased.folderThere]);
  expect(existsSync(runroot)).toBe(!removed);
  await leased.lease?.release();
});

test('a lock that cannot be taken (no such folder) keeps the runroot and says why, never throws', async () => {
  expect(await removeRunrootIfUnused(runroot, path.join(tmp, 'missing', 'root'), log)).toBe(false);
  expect(existsSync(runroot)).toBe(true);
  expect(lines[0]).toMatch(/kept: flock\(1\) could not lock /);
  expect(await leaseRunroot(path.join(tmp, 'missing', 'root'))).toBeUndefined();
});
