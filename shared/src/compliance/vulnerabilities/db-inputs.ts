/**
 * Inputs that name files by one path or URL per line (`#` comments): the
 * `vulnerability-db` input and test-image's `vex`. Parsed (pure) into entries
 * that keep their input line, then made local: a path is confined to the
 * workspace like `policy`; a URL is fetched through the one redirect follower
 * at most once per run (the same URL listed twice, or loaded twice at once,
 * is fetched once), streamed to a file with its body bounded, into the
 * download cache (db-cache.ts), which lives under the runner's tool cache
 * when there is one (trivy-action's database download hits rate limits when
 * every run transfers it whole). A cached copy is never served stale
 * unasked: each run revalidates it with a conditional GET (304: reused, 200:
 * replaced); only when the server is unreachable, too slow, cut off or
 * answering 5xx is the cached copy used, with a warning naming its age, and
 * maxDbAge still judges it by its Last-Modified (or the last time the server
 * gave or confirmed it), never by when it was cached. test-image and
 * check-updates both read the vulnerability databases here.
 */
import * as fs from 'node:fs/promises';
import { PipelineError } from '../../errors.js';
import { formatBytes } from '../../bytes.js';
import { workspaceFile, type WorkspaceScope } from '../../action/workspace-path.js';
import { fetchFollowing } from '../../registry/transport/follow.js';
import { redactUrl } from '../../registry/transport/origin.js';
import { isLoopbackRegistry } from '../../registry/transport/scheme.js';
import { DB_INPUT, type Advisory } from './advisory.js';
import { lookup, store, touch, validators, type CacheEntry } from './db-cache.js';
import type { DbLimits } from './load.js';
import type { PackageFilter } from './package-filter.js';

export interface DbEntry {
  kind: 'path' | 'url';
  value: string;
  /** 1-based line of the input. */
  line: number;
}

/** An INPUT error at one line of a list input; `file` is the path or (redacted) URL the line names. */
function lineError(input: string, line: number, reason: string, more: { hint?: string; file?: string } = {}): PipelineError {
  return new PipelineError('INPUT', `'${input}' line ${line}: ${reason}`, {
    input,
    ...(more.file === undefined ? {} : { file: more.file }),
    ...(more.hint === undefined ? {} : { hint: more.hint }),
  });
}

/** An error from below (the follower, the workspace check, a bounded read) placed at the input's line, its reason kept once and its hint once. */
export function atLine(input: string, line: number, e: PipelineError): PipelineError {
  const prefix = `input '${input}': `;
  const reason = e.reason.startsWith(prefix) ? e.reason.slice(prefix.length) : e.reason;
  return new PipelineError(e.code, `'${input}' line ${line}: ${reason}`, { input, ...(e.hint === undefined ? {} : { hint: e.hint }) });
}

/** An input's lines: blank lines and `#` comments skipped; a URL must be https (http only to this machine). */
export function parseLocations(text: string, input: string): DbEntry[] {
  const out: DbEntry[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (value === '' || value.startsWith('#')) return;
    const line = i + 1;
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      out.push({ kind: 'path', value, line });
      return;
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw lineError(input, line, `expected a URL or a path, got '${redactUrl(value)}'`, { hint: 'Write one https:// URL or one workspace path per line.' });
    }
    const plainLoopback = url.protocol === 'http:' && isLoopbackRegistry(url.host);
    if (url.protocol !== 'https:' && !plainLoopback)
      throw lineError(input, line, `expected an https:// URL, got ${url.protocol}//${url.host}`, {
        hint: 'Serve the file over https (plain http is accepted only from this machine: localhost, 127.0.0.0/8, ::1).',
      });
    out.push({ kind: 'url', value: url.href, line });
  });
  return out;
}

/** The `vulnerability-db` input's lines. */
export const parseDbInput = (text: string): DbEntry[] => parseLocations(text, DB_INPUT);

/** One line made local: the file to read, and the time the server says it was modified. */
export interface LocalFile {
  /** The path or URL as given (URLs redacted). */
  location: string;
  line: number;
  file: string;
  /** A URL's Last-Modified, when the server sent one. */
  lastModified?: Date;
}

/** How files are reached: shared by every list input of one run. */
export interface FetchOptions {
  scope: WorkspaceScope;
  fetchImpl?: typeof fetch;
  log?: (line: string) => void;
  /** A cached copy used because the server could not give a fresh one (default: `log`). */
  warn?: (line: string) => void;
  /** The whole download of one file (default 5 minutes). */
  timeoutMs?: number;
}

/** What one list input's files are. */
export interface LocalFilesOptions {
  /** The input the entries come from, for errors. */
  input: string;
  /** What one file is, for logs and errors: `vulnerability database`, `VEX document`. */
  what: string;
  /** The download cache (db-cache.ts): under the runner's tool cache (downloadCacheDir), else this run's. */
  cacheDir: string;
  /** Largest download. */
  maxBytes: number;
}

/** A failure the cache may stand in for: the server unreachable, too slow, cut off mid-body, or answering 5xx. */
class Unavailable extends Error {}

async function download(entry: DbEntry, opts: LocalFilesOptions & FetchOptions): Promise<LocalFile> {
  const shown = redactUrl(entry.value);
  const fail = (reason: string, hint?: string): PipelineError =>
    lineError(opts.input, entry.line, reason, { file: shown, ...(hint === undefined ? {} : { hint }) });
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const max = opts.maxBytes;
  const dir = opts.cacheDir;
  const cached = await lookup(dir, entry.value, max);
  const local = (e: CacheEntry): LocalFile => {
    const modified = Date.parse(e.lastModified ?? '');
    return { location: shown, line: entry.line, file: e.file, ...(Number.isNaN(modified) ? {} : { lastModified: new Date(modified) }) };
  };
  try {
    const res = await fetchFollowing(
      entry.value,
      { signal: AbortSignal.timeout(timeoutMs), headers: validators(cached) },
      { what: `the ${opts.what} ${shown}`, context: { input: opts.input }, ...(opts.fetchImpl === undefined ? {} : { fetchImpl: opts.fetchImpl }) },
    ).catch((e: unknown) => {
      if (e instanceof PipelineError) throw atLine(opts.input, entry.line, e);
      throw new Unavailable(`could not download it (${(e as Error).message})`);
    });
    if (res.status === 304 && cached !== undefined) {
      await res.body?.cancel().catch(() => undefined);
      const lastModified = res.headers.get('last-modified');
      const kept = await touch(dir, entry.value, cached, lastModified === null ? {} : { lastModified });
      opts.log?.(`The ${opts.what} ${shown}: not modified, cached copy of ${shown} from ${ageOf(kept).date}.`);
      return local(kept);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 500) throw new Unavailable(`the server answered HTTP ${res.status}`);
      // The URL is the error's file, shown once after the reason.
      throw fail(`the server answered HTTP ${res.status}, expected 200 and the ${opts.what}`, 'Check the URL; the server must answer with the file itself.');
    }
    const tooBig = (): Error => fail(`expected at most ${formatBytes(max)}, got more`, `Serve a smaller ${opts.what}.`);
    if (Number(res.headers.get('content-length') ?? NaN) > max) {
      await res.body?.cancel().catch(() => undefined);
      throw tooBig();
    }
    const stored = await store(
      dir,
      entry.value,
      res.body,
      { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
      max,
      tooBig,
    ).catch((e: unknown) => {
      if (e instanceof PipelineError) throw e;
      const slow = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
      throw new Unavailable(slow ? `expected the ${opts.what} within ${timeoutMs / 1000} s, got less` : `could not read it (${(e as Error).message})`);
    });
    opts.log?.(`Downloaded the ${opts.what} ${shown} (${formatBytes(stored.size)}).`);
    return local(stored);
  } catch (e) {
    if (!(e instanceof Unavailable)) throw e;
    if (cached === undefined) throw fail(e.message, 'Check the URL and that the server is reachable from the runner.');
    const kept = await touch(dir, entry.value, cached, undefined);
    const age = ageOf(kept);
    (opts.warn ?? opts.log)?.(`The ${opts.what} ${shown}: ${e.message}; using the cached copy from ${age.date} (${age.days} day(s) old, by ${age.by}).`);
    return local(kept);
  }
}

/** Downloads under way, by cache and URL: two loads of one URL at once (two inputs, two readers) share one transfer. */
const inflight = new Map<string, Promise<LocalFile>>();

function downloadOnce(entry: DbEntry, opts: LocalFilesOptions & FetchOptions): Promise<LocalFile> {
  const key = `${opts.cacheDir}\0${entry.value}`;
  let p = inflight.get(key);
  if (p === undefined) {
    p = download(entry, opts).finally(() => inflight.delete(key));
    inflight.set(key, p);
  }
  return p;
}

/** A cached copy's age: its Last-Modified when the server sent one, else when the server last gave or confirmed it. */
function ageOf(e: CacheEntry, now = Date.now()): { date: string; days: number; by: string } {
  const modified = Date.parse(e.lastModified ?? '');
  const at = Number.isNaN(modified) ? e.checkedAt : modified;
  return {
    date: new Date(at).toISOString(),
    days: Math.max(0, Math.floor((now - at) / 86_400_000)),
    by: Number.isNaN(modified) ? 'when it was last fetched' : 'its Last-Modified',
  };
}

/**
 * Each entry as a local file, in input order, one at a time as the caller asks (so a huge database is read and
 * dropped before the next is fetched); each URL is fetched once, each error names the input and its line.
 */
export function localFiles(files: LocalFilesOptions, fetching: FetchOptions): (entry: DbEntry) => Promise<LocalFile> {
  const opts = { ...files, ...fetching };
  const downloads = new Map<string, Promise<LocalFile>>();
  return async (entry) => {
    if (entry.kind === 'url') {
      let p = downloads.get(entry.value);
      if (p === undefined) {
        p = downloadOnce(entry, opts);
        downloads.set(entry.value, p);
      }
      return { ...(await p), line: entry.line };
    }
    const file = await workspaceFile(opts.input, entry.value, opts.scope).catch((e: unknown) => {
      throw e instanceof PipelineError ? atLine(opts.input, entry.line, e) : e;
    });
    return { location: entry.value, line: entry.line, file };
  };
}

export interface LoadedDb {
  /** The path or URL as given (URLs redacted). */
  location: string;
  line: number;
  advisories: Advisory[];
  /**
   * The database's own time: the newest `modified` of its OSV records (the data's time, whatever the file's);
   * else a URL's Last-Modified, else the file's mtime (a download's is when it was downloaded).
   */
  timestamp: Date;
  /** Where `timestamp` comes from, for messages. */
  dated: 'records' | 'last-modified' | 'mtime';
}

export interface LoadDbsOptions extends FetchOptions {
  /** The download cache (db-cache.ts downloadCacheDir: under RUNNER_TOOL_CACHE, else `$RUNNER_TEMP/test-image/vulnerability-db`). */
  cacheDir: string;
  releases?: ReadonlySet<string>;
  /** Only advisories of these packages (the image's, package-filter.ts); another package's tracker entry is skipped unparsed. */
  packages?: PackageFilter;
  limits?: DbLimits;
}

/** The newest OSV `modified` among the advisories (ms), undefined when none carries one. */
export function newestModified(advisories: readonly Advisory[]): number | undefined {
  let newest: number | undefined;
  for (const a of advisories) if (a.modified !== undefined && (newest === undefined || a.modified > newest)) newest = a.modified;
  return newest;
}

/** Every entry's advisories, in input order; each URL is fetched once, each error names the input and its line. */
export async function loadDbs(entries: readonly DbEntry[], opts: LoadDbsOptions): Promise<LoadedDb[]> {
  // Loaded here, not at the top: the actions read vulnerability-db with parseDbInput at start-up, and the
  // parsers (fflate, semver, every version scheme) are needed only once databases are read (issue 17).
  const { DB_LIMITS, readVulnerabilityDb } = await import('./load.js');
  const limits = opts.limits ?? DB_LIMITS;
  const local = localFiles({ input: DB_INPUT, what: 'vulnerability database', cacheDir: opts.cacheDir, maxBytes: limits.maxFileBytes }, opts);
  const out: LoadedDb[] = [];
  for (const entry of entries) {
    const { location, line, file, lastModified } = await local(entry);
    const origin = { location, inputLine: line };
    // Dated by every record read, not only by those the filters keep.
    const newest: { modified?: number } = {};
    const advisories = await readVulnerabilityDb(file, origin, limits, {
      ...(opts.releases === undefined ? {} : { releases: opts.releases }),
      ...(opts.packages === undefined ? {} : { packages: opts.packages }),
      newest,
    });
    const modified = newest.modified ?? newestModified(advisories);
    const dated =
      modified !== undefined
        ? { timestamp: new Date(modified), dated: 'records' as const }
        : lastModified !== undefined
          ? { timestamp: lastModified, dated: 'last-modified' as const }
          : { timestamp: (await fs.stat(file)).mtime, dated: 'mtime' as const };
    out.push({ location, line, advisories, ...dated });
  }
  return out;
}
