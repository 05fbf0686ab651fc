/**
 * podman's run-time folder (podman.ts podmanRunroot: `/tmp/image-pipeline-run-<hash of the store's root>`)
 * lives outside RUNNER_TEMP, so the runner never removes it: each build removes it when it ends, unless
 * another build of the same store is still running.
 *
 * It cannot be per build: the hash is of the store, and every build of one store must share its runroot
 * (podman's state database in the root records it and refuses another, and the store's lock files and
 * mount counts live in it, so two runroots over one store would not see each other). So builds hold it
 * through a reader-writer lock, flock(1) on the store's root folder: a build holds it shared from its first
 * podman command to its last, and removal takes it exclusive without waiting, so it happens only when no
 * build holds it. A build starting meanwhile waits the few milliseconds of the removal, and podman makes the
 * folder again (it holds only run-time state). The lock is held by a child process (flock running `cat`):
 * it dies with its stdin, so a build whose node process dies releases it too. Without flock (it is in
 * util-linux, on every runner image) builds run as before and the folder stays: never a failed build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import type { Logger } from './builder.js';

/** flock's exit code when --nonblock finds the lock taken. */
const BUSY = 75;
/** A shared lock waits only for a removal in progress (milliseconds); this bounds a stuck one. */
const SHARED_WAIT_MS = 30_000;

export interface RunrootLease {
  release(): Promise<void>;
}

type Held = { child: ChildProcess } | 'busy' | 'unavailable';

/** flock(1) on `lockPath`, held while the returned child lives; 'busy' only with `nonblock`. */
function holdLock(lockPath: string, mode: 'shared' | 'exclusive', nonblock: boolean, waitMs: number): Promise<Held> {
  const args = [
    mode === 'shared' ? '--shared' : '--exclusive',
    ...(nonblock ? ['--nonblock', '--conflict-exit-code', String(BUSY)] : ['--timeout', String(Math.ceil(waitMs / 1000))]),
    lockPath,
    'sh',
    '-c',
    'echo held; exec cat',
  ];
  return new Promise((resolve) => {
    let settled = false;
    const done = (h: Held): void => {
      if (settled) return;
      settled = true;
      resolve(h);
    };
    let child: ChildProcess;
    try {
      child = spawn('flock', args, { stdio: ['pipe', 'pipe', 'ignore'] });
    } catch {
      done('unavailable');
      return;
    }
    let out = '';
    child.on('error', () => done('unavailable'));
    child.on('exit', (code) => done(code === BUSY ? 'busy' : 'unavailable'));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.startsWith('held\n')) done({ child });
    });
    // The lock must never keep node alive: when node exits, cat sees the end of its stdin and the lock goes.
    child.unref();
  });
}

const release = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.stdin?.end();
  });

/** Hold the runroot of the store at `lockPath` (its root folder) for a build; undefined when it cannot be held (no flock). */
export async function leaseRunroot(lockPath: string): Promise<RunrootLease | undefined> {
  const held = await holdLock(lockPath, 'shared', false, SHARED_WAIT_MS);
  if (typeof held === 'string') return undefined;
  return { release: () => release(held.child) };
}

/** Whether anything is mounted at or under `dir` (mountinfo's fifth field, octal escapes as the kernel writes them). */
async function mountedUnder(dir: string): Promise<boolean> {
  const info = await fs.readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  return info
    .split('\n')
    .map((l) => (l.split(' ')[4] ?? '').replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .some((m) => m === dir || m.startsWith(`${dir}/`));
}

/**
 * Remove `runroot` if no build of the store holds it (leaseRunroot); true when it was removed (or was
 * already gone). Never throws: a folder left behind is a debug line, not a failed build.
 */
export async function removeRunrootIfUnused(runroot: string, lockPath: string, log: Pick<Logger, 'debug'>): Promise<boolean> {
  const held = await holdLock(lockPath, 'exclusive', true, 0);
  if (held === 'busy') {
    log.debug(`${runroot} kept: another build of this store is using it`);
    return false;
  }
  if (held === 'unavailable') {
    log.debug(`${runroot} kept: flock(1) could not lock ${lockPath}`);
    return false;
  }
  try {
    // rm -r would descend into a mount; podman mounts under the store's root, never here, but a folder with one stays.
    if (await mountedUnder(runroot)) {
      log.debug(`${runroot} kept: something is mounted under it`);
      return false;
    }
    await fs.rm(runroot, { recursive: true, force: true });
    return true;
  } catch (e) {
    log.debug(`${runroot} could not be removed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  } finally {
    await release(held.child);
  }
}
