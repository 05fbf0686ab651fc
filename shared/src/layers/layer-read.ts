/**
 * One layer read into everything it contributes to the index, without
 * touching the index: its delta (entries, whiteouts, opaque folders), the
 * anomalies of its members, the versions the scan keeps and the summaries
 * `derive` made, in member order, and what it took from the scan's byte
 * budgets. So several layers can be read at once and applied in layer order
 * (scan.ts), with the same result as reading them one after another.
 *
 * Budgets are shared and decide which bodies are kept, so a layer read while
 * a lower one is still being read may decide differently from a serial scan.
 * The read records enough to tell: the bytes it took from each budget and,
 * for each budget, the smallest `bytes taken before + size` of a body it
 * wanted and left for lack of budget. scan.ts replays the serial decision with
 * the budgets actually left when the layer is applied (`exactWith`); only when
 * that could differ is the layer read again with those budgets.
 */
import type { PlatformImage } from '../oci/image.js';
import type { ImageSource } from '../oci/source.js';
import type { Anomaly, FsEntry, LayerDelta, NodeType } from './fs-index.js';
import { baseName, linkTarget, memberPath, parentOf, type ImagePath } from './image-path.js';
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
   * every regular file within the bounds, so it must be cheap. `wants`,
   * `derive` and the predicates above must be pure: layers are read at once.
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
  /** Called as each layer's read starts, for progress logs. */
  onLayer?: (index: number, count: number) => void;
  /**
   * Layers read at once (default: the machine's cores, at most 4); 1 reads
   * them one after another. Memory grows with it: each layer in flight holds
   * its delta, and a body handed to a non-streaming `derive` (up to its maxFileBytes).
   */
  parallel?: number;
}

/** Bytes left (or taken) in each of the scan's budgets. */
export interface Budgets {
  capture: number;
  kept: number;
  derive: number;
}
const BUDGETS = ['capture', 'kept', 'derive'] as const;

export const initialBudgets = (opts: ScanOptions): Budgets => ({
  capture: opts.maxTotalBytes ?? 64 * 1024 * 1024,
  kept: opts.maxKeptTotalBytes ?? 128 * 1024 * 1024,
  derive: opts.derive?.maxTotalBytes ?? 0,
});

export interface LayerRead {
  delta: LayerDelta;
  anomalies: Anomaly[];
  /** FsIndex.keepVersion calls, in member order. */
  versions: { path: ImagePath; content: Buffer }[];
  /** FsIndex.derived updates, in member order; `undefined` removes the path's summary. */
  derived: { path: ImagePath; value: unknown }[];
  /** Bytes taken from each budget. */
  used: Budgets;
  /** Per budget, the least `used before it + size` of a body wanted and refused for lack of budget (Infinity: none). */
  refused: Budgets;
}

/**
 * Whether the read made exactly the decisions a serial scan would with
 * `left` bytes in each budget: every body it took still fits (`used <= left`,
 * and each was taken with `used before it + size <= used`), and every body it
 * refused would be refused too (`used before it + size > left`). Decisions in
 * between depend only on these, so by induction over the members they agree.
 */
export const exactWith = (r: LayerRead, left: Budgets): boolean => BUDGETS.every((k) => r.used[k] <= left[k] && r.refused[k] > left[k]);

export const takeBudgets = (from: Budgets, used: Budgets, sign = 1): void => {
  for (const k of BUDGETS) from[k] -= sign * used[k];
};

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
export function addMember(delta: LayerDelta, anomalies: Anomaly[], m: Member, body: Buffer | undefined, path = memberPath(m.name)): void {
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

/**
 * Read layer `i` of `image`, taking bodies from `budgets` (decremented as
 * they are taken: shared by the layers read at once, so together they keep
 * no more than a serial scan would). Streaming; per-file bounds as in ScanOptions.
 */
export async function readLayerDelta(
  src: ImageSource,
  image: PlatformImage,
  i: number,
  budgets: Budgets,
  opts: ScanOptions,
  signal?: AbortSignal,
  /**
   * Charged with every byte taken, besides `budgets`, which alone decide: a
   * layer read again (scan.ts) decides with what a serial scan had left, and
   * its bodies still count against the pool the layers in flight share.
   */
  pool?: Budgets,
): Promise<LayerRead> {
  const layers = image.manifest.layers;
  const desc = layers[i] as (typeof layers)[number];
  const what = `layer ${i + 1} of ${layers.length} (${desc.digest}) in ${src.name}`;
  const maxFile = opts.maxFileBytes ?? 1024 * 1024;
  const maxKept = opts.maxKeptFileBytes ?? 32 * 1024 * 1024;
  const { keepEveryLayer: keep, capture, derive } = opts;
  const out: LayerRead = {
    delta: { layer: i, entries: [], whiteouts: [], opaques: [] },
    anomalies: [],
    versions: [],
    derived: [],
    used: { capture: 0, kept: 0, derive: 0 },
    refused: { capture: Infinity, kept: Infinity, derive: Infinity },
  };
  /** Take `size` bytes from budget `k` if they fit; else note the refusal (see exactWith). */
  const take = (k: keyof Budgets, size: number): boolean => {
    if (size <= budgets[k]) {
      budgets[k] -= size;
      if (pool !== undefined) pool[k] -= size;
      out.used[k] += size;
      return true;
    }
    out.refused[k] = Math.min(out.refused[k], out.used[k] + size);
    return false;
  };
  const derivedValue = (path: ImagePath, value: unknown): void => {
    out.derived.push({ path, value });
  };
  // Whether the body wantBody asked for is to be stored (kept or captured) or only derived from: members come one at a time.
  let store = false;
  // The sink wantBody handed the current member's body to, when it is derived as it streams.
  let streaming: { path: ImagePath; end: () => unknown } | undefined;
  // The current member's path: wantBody and member see the same member one after the other.
  let named: Member | undefined;
  let namedPath: ImagePath | undefined;
  const pathOf = (m: Member): ImagePath | undefined => {
    if (named !== m) {
      named = m;
      namedPath = memberPath(m.name);
    }
    return namedPath;
  };
  await readLayer(
    src,
    desc,
    what,
    image.config.rootfs.diff_ids[i],
    {
      wantBody: (m) => {
        store = false;
        streaming = undefined;
        // The per-file bounds first (cheap), then the predicates, then the budgets, in the order of precedence: keep, capture, derive.
        const keepOk = keep !== undefined && m.size <= maxKept;
        const captureOk = capture !== undefined && m.size <= maxFile;
        const deriveOk = derive !== undefined && m.size <= derive.maxFileBytes;
        if (!keepOk && !captureOk && !deriveOk) return 0;
        const path = pathOf(m);
        if (path === undefined) return 0;
        const derived = deriveOk && derive.wants(path, m.size, m.mode) && take('derive', m.size);
        if (keepOk && keep(path) && take('kept', m.size)) {
          store = true;
          return Math.max(maxKept, derived ? derive.maxFileBytes : 0);
        }
        if (captureOk && capture(path, m.size) && take('capture', m.size)) {
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
        const path = pathOf(m);
        named = undefined;
        addMember(out.delta, out.anomalies, m, stored ? body : undefined, path);
        const streamed = streaming;
        streaming = undefined;
        if (streamed !== undefined) {
          derivedValue(streamed.path, streamed.end());
          return;
        }
        if (body === undefined || path === undefined) return;
        // Recorded whichever budget let the body in (past the keep budget, `capture` may still have taken it).
        if (stored && keep?.(path) === true) out.versions.push({ path, content: body });
        if (derive?.wants(path, m.size, m.mode) === true) derivedValue(path, derive.derive(path, body));
      },
    },
    signal,
  );
  return out;
}
