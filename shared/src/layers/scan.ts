/**
 * Build the file-system index of one platform image: each layer read once,
 * streaming; small files a check asked for are kept as they pass (bounded
 * per file and in total), the rest is only counted.
 *
 * Layers are read several at once (ScanOptions.parallel; the decompression
 * runs on libuv's thread pool) and applied strictly in layer order, so
 * whiteouts and opaque folders act exactly as in a serial scan; a layer read
 * ahead waits, with its delta, until the ones below it are applied. At most
 * `parallel` layers are being read at once, and at most twice that many are
 * read or waiting: a small layer done early frees its slot for the next one
 * while a big one below it is still being read, so the small layers above a
 * big base are not left to be read after its last byte. The result is the
 * serial scan's, budgets included (layer-read.ts `exactWith`), and so is the
 * error: the lowest failing layer's; the reads above it are stopped.
 */
import { availableParallelism } from 'node:os';
import { PipelineError } from '../errors.js';
import type { PlatformImage } from '../oci/image.js';
import type { ImageSource } from '../oci/source.js';
import { FsIndex } from './fs-index.js';
import { exactWith, initialBudgets, readLayerDelta, takeBudgets, type LayerRead, type ScanOptions } from './layer-read.js';

export { addMember, type ScanOptions } from './layer-read.js';

/** Layers read at once by default: one per core, as the decompression of each keeps a core busy; four at most. */
export const defaultParallel = (): number => Math.max(1, Math.min(4, availableParallelism()));

/** The layer's contribution, in the order a serial scan made it. */
function apply(index: FsIndex, r: LayerRead): void {
  const layer = r.delta.layer;
  for (const a of r.anomalies) index.anomalies.push(a);
  for (const v of r.versions) index.keepVersion(v.path, layer, v.content);
  for (const d of r.derived) {
    if (d.value === undefined) index.derived.delete(d.path);
    else index.derived.set(d.path, { layer, value: d.value });
  }
  // The read is dropped once applied: its entries become the index's nodes.
  index.applyDelta(r.delta, { adopt: true });
}

type Settled = { ok: true; read: LayerRead } | { ok: false; error: unknown };

export async function scanImage(src: ImageSource, image: PlatformImage, opts: ScanOptions = {}): Promise<FsIndex> {
  const index = new FsIndex();
  const layers = image.manifest.layers;
  const diffIds = image.config.rootfs.diff_ids;
  if (diffIds.length !== layers.length) {
    throw new PipelineError(
      'LAYOUT',
      `image ${image.descriptor.digest} in ${src.name} has ${layers.length} layers but its config lists ${diffIds.length} diff_ids`,
      { hint: 'The image is malformed; rebuild it.' },
    );
  }
  const width = Math.max(1, Math.floor(opts.parallel ?? defaultParallel()));
  // What a serial scan would have left in each budget once the layers applied so far were read.
  const left = initialBudgets(opts);
  // What the layers in flight may still take: `left` less what they have taken so far.
  const pool = initialBudgets(opts);
  const stop = new AbortController();
  const reads: (Promise<Settled> | undefined)[] = [];
  let started = 0;
  let reading = 0;
  let applied = 0;
  const start = (i: number): void => {
    opts.onLayer?.(i, layers.length);
    reading++;
    reads[i] = readLayerDelta(src, image, i, pool, opts, stop.signal).then(
      (read): Settled => settle({ ok: true, read }),
      (error: unknown): Settled => settle({ ok: false, error }),
    );
  };
  // Start what the window allows: `width` reads at once, `2 * width` layers read but not yet applied. Never after a failure.
  const fill = (): void => {
    while (!stop.signal.aborted && started < layers.length && reading < width && started < applied + 2 * width) start(started++);
  };
  const settle = (s: Settled): Settled => {
    reading--;
    fill();
    return s;
  };
  try {
    for (let i = 0; i < layers.length; i++) {
      fill();
      const settled = await (reads[i] as Promise<Settled>);
      reads[i] = undefined;
      if (!settled.ok) throw settled.error;
      let read = settled.read;
      if (!exactWith(read, left)) {
        // A layer below took more than this read allowed for, or left less: read it again with exactly what a serial scan would have had.
        // It decides with its own copy of `left` and still charges the pool as it takes, so the reads in flight above it see what it holds.
        takeBudgets(pool, read.used, -1);
        read = await readLayerDelta(src, image, i, { ...left }, opts, stop.signal, pool);
      }
      takeBudgets(left, read.used);
      apply(index, read);
      applied = i + 1;
    }
  } finally {
    // Only after a failure are reads still in flight: stop them and let them settle, so none outlives the scan.
    stop.abort(new PipelineError('INTERNAL', 'the scan stopped: a lower layer failed'));
    await Promise.all(reads.filter((r): r is Promise<Settled> => r !== undefined));
  }
  if (layers.length === 0) throw new PipelineError('LAYOUT', `image ${image.descriptor.digest} in ${src.name} has no layers`);
  return index;
}
