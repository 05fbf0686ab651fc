/**
 * One read of a blob feeding several uploads: each branch gets every chunk;
 * the source pauses while any live branch is full (so memory stays at a few
 * chunks per branch, whatever the blob size) and a branch that is destroyed
 * (its upload failed) is dropped without stopping the others.
 *
 * When the source lends its chunks (chunk-pool.ts: a layout read into
 * reused buffers), so do the branches: a chunk goes back to the source once
 * every branch it was written to has given it back; a branch whose consumer
 * never gives it back (or that is destroyed first) keeps it from reuse, and
 * the collector takes it instead. The chunks are the source's own buffers,
 * never copied.
 */
import { PassThrough, type Readable } from 'node:stream';
import { giveBackOf, lendChunks } from '../chunk-pool.js';

export function tee(source: Readable, count: number, highWaterMark = 1024 * 1024): PassThrough[] {
  const branches = Array.from({ length: count }, () => new PassThrough({ highWaterMark }));
  const live = new Set(branches);
  const full = new Set<PassThrough>();
  const resumeIfClear = (): void => {
    if (full.size === 0 && live.size > 0 && source.isPaused()) source.resume();
  };
  const upstream = giveBackOf(source);
  // Chunk -> branches still holding it. Weak: a chunk a branch never gives back is collected, not kept here.
  const holders = new WeakMap<Buffer, number>();
  const giveBack = (chunk: Buffer): void => {
    const n = holders.get(chunk);
    if (n === undefined) return;
    if (n > 1) holders.set(chunk, n - 1);
    else {
      holders.delete(chunk);
      upstream?.(chunk);
    }
  };
  for (const b of branches) {
    if (upstream !== undefined) lendChunks(b, giveBack);
    b.on('drain', () => {
      full.delete(b);
      resumeIfClear();
    });
    b.on('close', () => {
      if (!live.delete(b)) return;
      full.delete(b);
      if (live.size === 0) source.destroy();
      else resumeIfClear();
    });
    // Each branch's consumer sees its own errors; do not crash on unhandled ones.
    b.on('error', () => undefined);
  }
  source.on('data', (chunk: Buffer) => {
    // Counted before any write: a consumer may give a chunk back within write().
    if (upstream !== undefined) holders.set(chunk, live.size);
    for (const b of live) if (!b.write(chunk)) full.add(b);
    if (full.size > 0) source.pause();
  });
  source.on('end', () => {
    for (const b of live) b.end();
  });
  source.on('error', (e) => {
    for (const b of [...live]) b.destroy(e);
  });
  return branches;
}
