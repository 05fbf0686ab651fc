/**
 * The download cache of list inputs' URLs (vulnerability databases, VEX
 * documents): one directory, meant to outlive the run (under the runner's
 * tool cache), so a database is transferred again only when it changed, and a
 * server that is down or rate-limiting does not stop the scan.
 *
 * An entry is keyed by a hash of the URL (never the URL itself, which may hold
 * credentials): `<key>.json` (its validators, size and data file) and the data
 * file `<key>.<random>.db` it names. A download is streamed to a `.part` file,
 * renamed to its data name when complete, and only then is `<key>.json`
 * replaced (a rename: the commit point), so a killed run leaves at most an
 * orphan that no entry names, never a truncated file that a later run trusts.
 * The cache is bounded by entries and bytes, least recently used evicted.
 *
 * A cached file is as untrusted as a fresh download: its size is checked
 * against the entry and the caller's cap, and it is parsed with the same bounds.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { capped, readBounded } from '../../registry/transport/body.js';
import { pipeToFile } from '../../pipe-to-file.js';

/** What the cache keeps, by default: entries and bytes (the oldest used goes first past either). */
export const CACHE_BOUNDS = { maxEntries: 16, maxBytes: 2 * 1024 * 1024 * 1024 } as const;
export type CacheBounds = { maxEntries: number; maxBytes: number };

/**
 * The cache of one input's downloads: `$RUNNER_TOOL_CACHE/image-pipeline/<name>` (kept across runs on a
 * self-hosted runner or with actions/cache), else the caller's per-run directory (nothing outlives the run).
 */
export function downloadCacheDir(env: Readonly<Record<string, string | undefined>>, name: 'vulnerability-db' | 'vex', perRun: string): string {
  const toolCache = env.RUNNER_TOOL_CACHE;
  return toolCache !== undefined && toolCache !== '' ? path.join(toolCache, 'image-pipeline', name) : perRun;
}

/** One cached download. */
export interface CacheEntry {
  /** The data file (absolute). */
  file: string;
  size: number;
  etag?: string;
  /** The server's Last-Modified, as it sent it. */
  lastModified?: string;
  /** When the server last gave or confirmed this copy (ms). */
  checkedAt: number;
  /** When a run last used it (ms), for eviction. */
  usedAt: number;
}

interface Meta {
  data: string;
  size: number;
  etag?: string;
  lastModified?: string;
  checkedAt: number;
  usedAt: number;
}

export const cacheKey = (url: string): string => createHash('sha256').update(url).digest('hex').slice(0, 32);
const metaPath = (dir: string, key: string): string => path.join(dir, `${key}.json`);
const META_MAX = 16 * 1024;
const HEADER_VALUE = /^[\x20-\x7e]{1,1024}$/;

/** An entry's metadata, checked (it is a file on disk another process could have written); undefined when absent or unusable. */
async function readMeta(dir: string, key: string): Promise<Meta | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(metaPath(dir, key), 'r');
  } catch {
    return undefined;
  }
  try {
    const { bytes } = await readBounded(handle.createReadStream({ autoClose: false }), META_MAX, 'truncate');
    const m = JSON.parse(bytes.toString('utf8')) as Partial<Meta>;
    const okString = (v: unknown): boolean => v === undefined || (typeof v === 'string' && HEADER_VALUE.test(v));
    if (
      typeof m.data !== 'string' ||
      !new RegExp(`^${key}\\.[0-9a-f]{16}\\.db$`).test(m.data) ||
      typeof m.size !== 'number' ||
      !Number.isSafeInteger(m.size) ||
      m.size < 0 ||
      typeof m.checkedAt !== 'number' ||
      typeof m.usedAt !== 'number' ||
      !okString(m.etag) ||
      !okString(m.lastModified)
    )
      return undefined;
    return m as Meta;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

async function writeMeta(dir: string, key: string, meta: Meta): Promise<void> {
  const tmp = path.join(dir, `${key}.${randomBytes(8).toString('hex')}.json.part`);
  await fs.writeFile(tmp, JSON.stringify(meta));
  await fs.rename(tmp, metaPath(dir, key));
}

const toEntry = (dir: string, m: Meta): CacheEntry => ({
  file: path.join(dir, m.data),
  size: m.size,
  checkedAt: m.checkedAt,
  usedAt: m.usedAt,
  ...(m.etag === undefined ? {} : { etag: m.etag }),
  ...(m.lastModified === undefined ? {} : { lastModified: m.lastModified }),
});

/** The URL's entry when its data file is there with the size the entry records and within `maxBytes`; else undefined. */
export async function lookup(dir: string, url: string, maxBytes: number): Promise<CacheEntry | undefined> {
  const meta = await readMeta(dir, cacheKey(url));
  if (meta === undefined || meta.size > maxBytes) return undefined;
  const st = await fs.lstat(path.join(dir, meta.data)).catch(() => undefined);
  if (st === undefined || !st.isFile() || st.size !== meta.size) return undefined;
  return toEntry(dir, meta);
}

/** The conditional request's headers for an entry. */
export function validators(entry: CacheEntry | undefined): Record<string, string> {
  if (entry === undefined) return {};
  return {
    ...(entry.etag === undefined ? {} : { 'if-none-match': entry.etag }),
    ...(entry.lastModified === undefined ? {} : { 'if-modified-since': entry.lastModified }),
  };
}

/** Record that the entry was used (and, when the server confirmed it, checked) now. */
export async function touch(
  dir: string,
  url: string,
  entry: CacheEntry,
  confirmed: { lastModified?: string } | undefined,
  now = Date.now(),
): Promise<CacheEntry> {
  const key = cacheKey(url);
  const lastModified = confirmed?.lastModified !== undefined && HEADER_VALUE.test(confirmed.lastModified) ? confirmed.lastModified : entry.lastModified;
  const meta: Meta = {
    data: path.basename(entry.file),
    size: entry.size,
    checkedAt: confirmed === undefined ? entry.checkedAt : now,
    usedAt: now,
    ...(entry.etag === undefined ? {} : { etag: entry.etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
  };
  await writeMeta(dir, key, meta);
  // A file without Last-Modified is dated by its mtime (load.ts's caller): the last time the server confirmed it.
  if (confirmed !== undefined) await fs.utimes(entry.file, new Date(now), new Date(now)).catch(() => undefined);
  return toEntry(dir, meta);
}

/**
 * Stream `body` into the cache as the URL's new entry: at most `maxBytes` (past that `overflow()` is thrown and
 * nothing is kept), committed only once complete; the previous data file is removed after the commit.
 */
export async function store(
  dir: string,
  url: string,
  body: ReadableStream<Uint8Array> | null,
  headers: { etag?: string | null; lastModified?: string | null },
  maxBytes: number,
  overflow: (max: number) => Error,
  bounds: CacheBounds = CACHE_BOUNDS,
): Promise<CacheEntry> {
  const key = cacheKey(url);
  const data = `${key}.${randomBytes(8).toString('hex')}.db`;
  const part = path.join(dir, `${data}.part`);
  const final = path.join(dir, data);
  const previous = await fs
    .mkdir(dir, { recursive: true })
    .then(() => readMeta(dir, key))
    .catch(async (e: unknown) => {
      // A cache folder we cannot make: let the connection go now, not at the download's time limit.
      await body?.cancel().catch(() => undefined);
      throw e;
    });
  try {
    const source = body === null ? Readable.from([]) : Readable.fromWeb(body);
    await pipeToFile(part, { flags: 'wx' }, source, capped(maxBytes, overflow));
    await fs.rename(part, final);
  } catch (e) {
    await fs.rm(part, { force: true });
    throw e;
  }
  const size = (await fs.stat(final)).size;
  const now = Date.now();
  const header = (v: string | null | undefined): string | undefined => (v !== null && v !== undefined && HEADER_VALUE.test(v) ? v : undefined);
  const etag = header(headers.etag);
  const lastModified = header(headers.lastModified);
  const meta: Meta = {
    data,
    size,
    checkedAt: now,
    usedAt: now,
    ...(etag === undefined ? {} : { etag }),
    ...(lastModified === undefined ? {} : { lastModified }),
  };
  try {
    await writeMeta(dir, key, meta);
  } catch (e) {
    await fs.rm(final, { force: true });
    throw e;
  }
  if (previous !== undefined && previous.data !== data) await fs.rm(path.join(dir, previous.data), { force: true });
  await evict(dir, bounds, key);
  return toEntry(dir, meta);
}

/** Partial files and data files no entry names are left by killed runs; they are removed once this old. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;

/** Keep at most `bounds` entries and bytes, the least recently used removed first (never `keep`); sweep old orphans. */
export async function evict(dir: string, bounds: CacheBounds, keep?: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const entries: { key: string; meta: Meta }[] = [];
  for (const n of names) {
    const m = /^([0-9a-f]{32})\.json$/.exec(n);
    if (m === null) continue;
    const meta = await readMeta(dir, m[1] as string);
    if (meta !== undefined) entries.push({ key: m[1] as string, meta });
  }
  entries.sort((a, b) => b.meta.usedAt - a.meta.usedAt);
  let count = 0;
  let bytes = 0;
  const live = new Set<string>();
  for (const e of entries) {
    count++;
    bytes += e.meta.size;
    if (e.key !== keep && (count > bounds.maxEntries || bytes > bounds.maxBytes)) {
      await fs.rm(metaPath(dir, e.key), { force: true });
      await fs.rm(path.join(dir, e.meta.data), { force: true });
      count--;
      bytes -= e.meta.size;
    } else live.add(e.meta.data);
  }
  const now = Date.now();
  for (const n of names) {
    if (!/\.(db|part)$/.test(n) || live.has(n)) continue;
    const st = await fs.lstat(path.join(dir, n)).catch(() => undefined);
    if (st !== undefined && now - st.mtimeMs > ORPHAN_AGE_MS) await fs.rm(path.join(dir, n), { force: true });
  }
}
