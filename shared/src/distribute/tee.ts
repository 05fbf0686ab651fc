/**
 * One read of a blob feeding several uploads: each branch gets every chunk;
 * the source pauses while any live branch is full (so memory stays at a few
 * chunks per branch, whatever the blob size) and a branch that is destroyed
 * (its upload failed) is dropped without stopping the others.
 */
import { PassThrough, type Readable } from 'node:stream';

export function tee(source: Readable, count: number, highWaterMark = 1024 * 1024): PassThrough[] {
  const branches = Array.from({ length: count }, () => new PassThrough({ highWaterMark }));
  const live = new Set(branches);
  const full = new Set<PassThrough>();
  const resumeIfClear = (): void => {
    if (full.size === 0 && live.size > 0 && source.isPaused()) source.resume();
  };
  for (const b of branches) {
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
