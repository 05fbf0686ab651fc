/**
 * The machine's memory, backed before a benchmark measures. Where a virtual machine's host backs guest memory
 * lazily (Firecracker does), the first write to a page of guest memory since boot faults into the host and costs
 * about ten times a later write to it: on this machine about 2.5 s against 0.2 s per GB written to tmpfs. A bench
 * whose sides each write hundreds of MB (a registry's page cache) would charge that to whichever side first
 * reaches memory nothing touched yet: to the order the sides run in and to what ran before the bench, not to
 * what the sides do.
 *
 * prefault() writes a tmpfs file and frees it, twice, timing both passes: freed pages are the first the kernel
 * hands out again, so what runs next writes into memory already backed. emptyRegistries() frees a side's registry
 * storage as soon as the side is done, so the next side reuses those pages instead of reaching for new ones.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** statfs(2)'s f_type for tmpfs: its files live in memory only, so writing one touches pages and no disk. */
const TMPFS_MAGIC = 0x01021994;
const CHUNK = 16 * 1024 * 1024;

export interface Prefault {
  mb: number;
  /** Seconds per GB of the first pass and of the second, over the same amount of memory. */
  firstSPerGB: number;
  againSPerGB: number;
}

async function writeAndFree(file: string, mb: number, chunk: Buffer): Promise<number> {
  const start = performance.now();
  const fh = await fs.open(file, 'w');
  try {
    for (let left = mb * 1024 * 1024; left > 0; left -= chunk.length) await fh.write(chunk, 0, Math.min(left, chunk.length));
  } finally {
    await fh.close();
    await fs.rm(file, { force: true });
  }
  return (performance.now() - start) / 1000 / (mb / 1024);
}

/** Write and free `mb` MB of tmpfs at `dir` twice; undefined (nothing done) when `dir` is not tmpfs or mb is 0. */
export async function prefault(mb: number, dir = '/dev/shm'): Promise<Prefault | undefined> {
  if (!Number.isInteger(mb) || mb < 0) throw new Error(`--prefault: expected a whole number of MB (0 to skip), got '${mb}'`);
  if (mb === 0) return undefined;
  const stat = await fs.statfs(dir).catch(() => undefined);
  if (stat?.type !== TMPFS_MAGIC) return undefined;
  const file = path.join(dir, `bench-prefault-${process.pid}`);
  // Not zeros the kernel could share: every page written for real.
  const chunk = Buffer.alloc(CHUNK, 0xa5);
  const firstSPerGB = await writeAndFree(file, mb, chunk);
  const againSPerGB = await writeAndFree(file, mb, chunk);
  return { mb, firstSPerGB, againSPerGB };
}

/** One line for a bench's output: what prefault() saw, or that it did not run. */
export function prefaultLine(p: Prefault | undefined, dir = '/dev/shm'): string {
  if (p === undefined) return `memory: not prefaulted (--prefault 0, or ${dir} is not tmpfs): a side that first touches fresh memory of a VM may pay for it`;
  return (
    `memory: prefaulted ${p.mb} MB of tmpfs: first write ${p.firstSPerGB.toFixed(2)} s/GB, again ${p.againSPerGB.toFixed(2)} s/GB ` +
    `(a first write much slower than the second is a host backing the VM's memory lazily; the sides now write into backed pages)`
  );
}

/** Free what these registries stored (their blobs, in the page cache) once a side is done with them. */
export async function emptyRegistries(regs: ReadonlyArray<{ storage: string }>): Promise<void> {
  await Promise.all(regs.map((r) => fs.rm(path.join(r.storage, 'docker'), { recursive: true, force: true })));
}
