/**
 * Where buildah/podman keep images for our builds: a store of our own (never
 * the machine's default), under RUNNER_TEMP so a job's runs share base images
 * and the runner throws it away with the job. Each build uses a unique image
 * name and removes it afterwards, so concurrent runs in one store do not
 * collide (containers/storage locks the store itself).
 *
 * Driver: overlay when the kernel lets us mount it here (fast, shares layers),
 * else vfs (works anywhere, copies layers). A store keeps the driver it was
 * created with; `STORAGE_DRIVER` (the variable buildah itself reads) overrides.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import type { Env } from '../action/inputs.js';
import { run } from '../process.js';
import type { ContainerStorage, StorageDriver } from './buildah.js';

export interface StorageChoice {
  storage: ContainerStorage;
  reason: string;
}

/** Pure: the store's folders and, where already decided, its driver. */
export function storageLocation(env: Env, tool: 'buildah' | 'podman'): { root: string; runroot: string } {
  const base = env.IMAGE_PIPELINE_STORAGE ?? path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'image-pipeline-storage');
  return { root: path.join(base, tool, 'root'), runroot: path.join(base, tool, 'run') };
}

/** Pure: the driver from an override, or from what an existing store already uses. */
export function decideDriver(env: Env, existing: readonly string[], overlayMounts: boolean | undefined): { driver: StorageDriver; reason: string } | undefined {
  const override = env.STORAGE_DRIVER;
  if (override === 'vfs' || override === 'overlay') return { driver: override, reason: `STORAGE_DRIVER=${override}` };
  if (override !== undefined && override !== '') {
    throw new PipelineError('INPUT', `STORAGE_DRIVER is '${override}'; only 'overlay' and 'vfs' are supported`, {
      hint: 'Unset STORAGE_DRIVER or set it to vfs.',
    });
  }
  if (existing.includes('overlay')) return { driver: 'overlay', reason: 'the store already uses overlay' };
  if (existing.includes('vfs')) return { driver: 'vfs', reason: 'the store already uses vfs' };
  if (overlayMounts === undefined) return undefined;
  return overlayMounts
    ? { driver: 'overlay', reason: 'overlay mounts work here' }
    : { driver: 'vfs', reason: 'overlay cannot be mounted here (needs root and kernel support), vfs works anywhere' };
}

async function overlayWorks(scratch: string): Promise<boolean> {
  if (process.getuid?.() !== 0) return false;
  const dir = await fs.mkdtemp(path.join(scratch, 'overlay-probe-'));
  const [lower, upper, work, merged] = ['l', 'u', 'w', 'm'].map((d) => path.join(dir, d)) as [string, string, string, string];
  try {
    await Promise.all([lower, upper, work, merged].map((d) => fs.mkdir(d)));
    const res = await run('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${upper},workdir=${work}`, merged], {
      maxBuffer: 16 * 1024,
    }).catch(() => undefined);
    if (res === undefined || res.code !== 0) return false;
    await run('umount', [merged]).catch(() => undefined);
    return true;
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * The driver for a store rooted at `root`: the override, else what the store
 * already uses, else overlay when a probe mount works beside it (the probe
 * runs in root's parent, since overlay's upper layer must sit on a file system
 * that supports it). build-image's store and test-image's command-test stores
 * both decide here.
 */
export async function chooseDriver(env: Env, root: string): Promise<{ driver: StorageDriver; reason: string }> {
  const existing = await fs.readdir(root).catch(() => [] as string[]);
  const decided = decideDriver(env, existing, undefined) ?? decideDriver(env, existing, await overlayWorks(path.dirname(root)));
  return decided as { driver: StorageDriver; reason: string };
}

export async function chooseStorage(env: Env, tool: 'buildah' | 'podman'): Promise<StorageChoice> {
  const loc = storageLocation(env, tool);
  await fs.mkdir(loc.root, { recursive: true });
  await fs.mkdir(loc.runroot, { recursive: true });
  const { driver, reason } = await chooseDriver(env, loc.root);
  return { storage: { ...loc, driver }, reason };
}
