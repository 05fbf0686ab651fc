/**
 * Build the file-system index of one platform image: each layer read once,
 * in order, streaming; small files a check asked for are kept as they pass
 * (bounded per file and in total), the rest is only counted.
 */
import { PipelineError } from '../errors.js';
import type { PlatformImage } from '../oci/image.js';
import type { ImageSource } from '../oci/source.js';
import { FsIndex, type Anomaly, type FsEntry, type LayerDelta, type NodeType } from './fs-index.js';
import { baseName, linkTarget, memberPath, parentOf } from './image-path.js';
import { readLayer } from './layer-stream.js';
import type { Member } from './tar-members.js';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

export interface ScanOptions {
  /** Whether to keep the bytes of this file (decided from its final path and size). */
  capture?: (path: string, size: number) => boolean;
  /** Largest single file kept (default 1 MiB). */
  maxFileBytes?: number;
  /** Most bytes kept in total (default 64 MiB); past it, files are left for a targeted read. */
  maxTotalBytes?: number;
  /**
   * Files whose version in EVERY layer is kept (FsIndex.versions), not only
   * the final one: package databases, rewritten by each layer that installs
   * something, so the catalog can tell which layer added a package without
   * reading the image again.
   */
  keepEveryLayer?: (path: string) => boolean;
  /** Largest single file kept by keepEveryLayer (default 32 MiB). */
  maxKeptFileBytes?: number;
  /** Most bytes kept by keepEveryLayer in total (default 128 MiB, apart from maxTotalBytes); past it, the final versions are left for a targeted read. */
  maxKeptTotalBytes?: number;
  /**
   * Files summarised as they pass, not kept: the body (up to maxFileBytes)
   * goes to `derive` and only its result stays (FsIndex.derived), so large
   * files (jars, executables) cost no lasting memory. `wants` is asked for
   * every regular file within the bounds, so it must be cheap.
   */
  derive?: {
    wants: (path: string, size: number, mode: number) => boolean;
    derive: (path: string, body: Buffer) => unknown;
    /**
     * For a file `derive` can summarise as it streams (a Go binary: its build
     * info is a few KiB found by a magic), a sink fed the body chunk by chunk
     * whose `end()` gives what `derive` would: the file is never held whole.
     * Undefined (or no `stream`): the body goes to `derive`.
     */
    stream?: (path: string, size: number, mode: number) => { write: (chunk: Buffer) => void; end: () => unknown } | undefined;
    /** Largest single file handed to `derive`. */
    maxFileBytes: number;
    /** Most bytes handed to `derive` in total; past it, files are not summarised. */
    maxTotalBytes: number;
  };
  /** Called before each layer, for progress logs. */
  onLayer?: (index: number, count: number) => void;
}

const TYPE: Record<Exclude<Member['type'], 'other'>, NodeType> = {
  file: 'file',
  link: 'hardlink',
  symlink: 'symlink',
  directory: 'dir',
  'character-device': 'char',
  'block-device': 'block',
  fifo: 'fifo',
};

/**
 * Turn one tar member into the delta of its layer: a whiteout, an opaque
 * marker, or an entry. Unsafe names and links become anomalies.
 */
export function addMember(delta: LayerDelta, anomalies: Anomaly[], m: Member, body: Buffer | undefined): void {
  const path = memberPath(m.name);
  if (path === undefined) {
    anomalies.push({ kind: 'path-escape', path: m.name, layer: delta.layer });
    return;
  }
  const name = baseName(path);
  if (name === OPAQUE_MARKER) {
    delta.opaques.push(parentOf(path));
    return;
  }
  if (name.startsWith(WHITEOUT_PREFIX)) {
    const dir = parentOf(path);
    delta.whiteouts.push(`${dir === '/' ? '' : dir}/${name.slice(WHITEOUT_PREFIX.length)}`);
    return;
  }
  if (m.type === 'other') return;
  const entry: FsEntry = { path, type: TYPE[m.type], mode: m.mode, uid: m.uid, gid: m.gid, size: m.size, layer: delta.layer };
  if (m.type === 'symlink') {
    entry.linkname = m.linkname ?? '';
    if (linkTarget(path, entry.linkname) === undefined) anomalies.push({ kind: 'symlink-escape', path, target: entry.linkname, layer: delta.layer });
  } else if (m.type === 'link') {
    // Hard link names are relative to the archive root, not to the link.
    const target = memberPath(m.linkname ?? '');
    if (target === undefined) {
      anomalies.push({ kind: 'hardlink-escape', path, target: m.linkname ?? '', layer: delta.layer });
      return;
    }
    entry.linkname = target;
  }
  if (body !== undefined) entry.content = body;
  delta.entries.push(entry);
}

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
  const maxFile = opts.maxFileBytes ?? 1024 * 1024;
  let budget = opts.maxTotalBytes ?? 64 * 1024 * 1024;
  const maxKept = opts.maxKeptFileBytes ?? 32 * 1024 * 1024;
  let keptBudget = opts.maxKeptTotalBytes ?? 128 * 1024 * 1024;
  const keep = opts.keepEveryLayer;
  const derive = opts.derive;
  let deriveBudget = derive?.maxTotalBytes ?? 0;
  // Whether the body wantBody asked for is to be stored (kept or captured) or only derived from: members come one at a time.
  let store = false;
  // The sink wantBody handed the current member's body to, when it is derived as it streams.
  let streaming: { path: string; end: () => unknown } | undefined;
  for (const [i, desc] of layers.entries()) {
    opts.onLayer?.(i, layers.length);
    const what = `layer ${i + 1} of ${layers.length} (${desc.digest}) in ${src.name}`;
    const delta: LayerDelta = { layer: i, entries: [], whiteouts: [], opaques: [] };
    await readLayer(src, desc, what, image.config.rootfs.diff_ids[i], {
      wantBody: (m) => {
        store = false;
        streaming = undefined;
        const keepable = keep !== undefined && m.size <= maxKept && m.size <= keptBudget;
        const capturable = opts.capture !== undefined && m.size <= maxFile && m.size <= budget;
        const derivable = derive !== undefined && m.size <= derive.maxFileBytes && m.size <= deriveBudget;
        if (!keepable && !capturable && !derivable) return 0;
        const path = memberPath(m.name);
        if (path === undefined) return 0;
        const derived = derivable && derive.wants(path, m.size, m.mode);
        if (derived) deriveBudget -= m.size;
        if (keepable && keep(path)) {
          keptBudget -= m.size;
          store = true;
          return Math.max(maxKept, derived ? derive.maxFileBytes : 0);
        }
        if (capturable && opts.capture?.(path, m.size) === true) {
          budget -= m.size;
          store = true;
          return Math.max(maxFile, derived ? derive.maxFileBytes : 0);
        }
        if (!derived) return 0;
        const sink = derive.stream?.(path, m.size, m.mode);
        if (sink === undefined) return derive.maxFileBytes;
        streaming = { path, end: () => sink.end() };
        return (chunk) => sink.write(chunk);
      },
      member: (m, body) => {
        const stored = store;
        store = false;
        addMember(delta, index.anomalies, m, stored ? body : undefined);
        const streamed = streaming;
        streaming = undefined;
        if (streamed !== undefined) {
          const value = streamed.end();
          if (value === undefined) index.derived.delete(streamed.path);
          else index.derived.set(streamed.path, { layer: i, value });
          return;
        }
        if (body === undefined) return;
        const path = memberPath(m.name);
        if (path === undefined) return;
        // Recorded whichever budget let the body in (past the keep budget, `capture` may still have taken it).
        if (stored && keep?.(path) === true) index.keepVersion(path, i, body);
        if (derive?.wants(path, m.size, m.mode) === true) {
          const value = derive.derive(path, body);
          if (value === undefined) index.derived.delete(path);
          else index.derived.set(path, { layer: i, value });
        }
      },
    });
    index.applyDelta(delta);
  }
  if (layers.length === 0) throw new PipelineError('LAYOUT', `image ${image.descriptor.digest} in ${src.name} has no layers`);
  return index;
}
