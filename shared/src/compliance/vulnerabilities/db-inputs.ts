/**
 * The `vulnerability-db` input: one path or URL per line (`#` comments),
 * parsed (pure) into entries that keep their input line, then made local:
 * a path is confined to the workspace like `policy`, a URL is downloaded
 * once per run (the same URL listed twice is fetched once) through the one
 * redirect follower, its body bounded by the loader's file cap, into a cache
 * under RUNNER_TEMP. The runner's tool cache is not used: it would keep a
 * database across runs, and a scan should see the database as it is now.
 * test-image and check-updates both read the input here.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../../errors.js';
import { formatBytes } from '../../bytes.js';
import { workspaceFile, type WorkspaceScope } from '../../action/workspace-path.js';
import { readBounded } from '../../registry/transport/body.js';
import { fetchFollowing } from '../../registry/transport/follow.js';
import { redactUrl } from '../../registry/transport/origin.js';
import { isLoopbackRegistry } from '../../registry/transport/scheme.js';
import { DB_INPUT, dbError, type Advisory } from './advisory.js';
import { DB_LIMITS, readVulnerabilityDb, type DbLimits } from './load.js';

export interface DbEntry {
  kind: 'path' | 'url';
  value: string;
  /** 1-based line of the input. */
  line: number;
}

const inputError = (line: number, reason: string, hint: string): PipelineError =>
  new PipelineError('INPUT', `'${DB_INPUT}' line ${line}: ${reason}`, { input: DB_INPUT, hint });

/** The input's lines: blank lines and `#` comments skipped; a URL must be https (http only to this machine). */
export function parseDbInput(text: string): DbEntry[] {
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
      throw inputError(line, `expected a URL or a path, got '${redactUrl(value)}'`, 'Write one https:// URL or one workspace path per line.');
    }
    const plainLoopback = url.protocol === 'http:' && isLoopbackRegistry(url.host);
    if (url.protocol !== 'https:' && !plainLoopback)
      throw inputError(
        line,
        `expected an https:// URL, got ${url.protocol}//${url.host}`,
        'Serve the database over https (plain http is accepted only from this machine: localhost, 127.0.0.0/8, ::1).',
      );
    out.push({ kind: 'url', value: url.href, line });
  });
  return out;
}

export interface LoadedDb {
  /** The path or URL as given (URLs redacted). */
  location: string;
  line: number;
  advisories: Advisory[];
  /** The database's own time: a file's mtime, a URL's Last-Modified (else when it was downloaded). */
  timestamp: Date;
}

export interface LoadDbsOptions {
  scope: WorkspaceScope;
  /** Where downloads are kept for this run (`$RUNNER_TEMP/test-image/vulnerability-db`). */
  cacheDir: string;
  releases?: ReadonlySet<string>;
  limits?: DbLimits;
  fetchImpl?: typeof fetch;
  log?: (line: string) => void;
  /** The whole download of one database (default 5 minutes). */
  timeoutMs?: number;
}

interface Local {
  file: string;
  timestamp?: Date;
}

async function download(entry: DbEntry, opts: LoadDbsOptions, max: number): Promise<Local> {
  const shown = redactUrl(entry.value);
  const origin = { location: shown, inputLine: entry.line };
  const file = path.join(opts.cacheDir, createHash('sha256').update(entry.value).digest('hex').slice(0, 32));
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const res = await fetchFollowing(
    entry.value,
    { signal: AbortSignal.timeout(timeoutMs) },
    { what: `the vulnerability database ${shown}`, context: { input: DB_INPUT }, ...(opts.fetchImpl === undefined ? {} : { fetchImpl: opts.fetchImpl }) },
  ).catch((e: unknown) => {
    if (e instanceof PipelineError) throw new PipelineError(e.code, `'${DB_INPUT}' line ${entry.line}: ${e.message}`, { input: DB_INPUT, hint: e.hint });
    throw dbError(origin, `could not download it (${(e as Error).message})`, 'Check the URL and that the server is reachable from the runner.');
  });
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw dbError(
      origin,
      `${shown} answered HTTP ${res.status}, expected 200 and the database`,
      'Check the URL; the server must answer with the database itself.',
    );
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooBig = (): Error =>
    dbError(origin, `expected at most ${formatBytes(max)}, got more`, 'Serve a smaller database (one release, or a zip of OSV records).');
  if (declared > max) {
    await res.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  const { bytes } =
    res.body === null
      ? { bytes: Buffer.alloc(0) }
      : await readBounded(res.body as AsyncIterable<Uint8Array>, max, 'fail', tooBig).catch((e: unknown) => {
          if (e instanceof PipelineError) throw e;
          const slow = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
          throw dbError(origin, slow ? `expected the database within ${timeoutMs / 1000} s, got less` : `could not read it (${(e as Error).message})`);
        });
  await fs.mkdir(opts.cacheDir, { recursive: true });
  await fs.writeFile(file, bytes);
  const modified = Date.parse(res.headers.get('last-modified') ?? '');
  opts.log?.(`Downloaded the vulnerability database ${shown} (${formatBytes(bytes.length)}).`);
  return { file, ...(Number.isNaN(modified) ? {} : { timestamp: new Date(modified) }) };
}

/** Every entry's advisories, in input order; each URL is fetched once, each error names the input and its line. */
export async function loadDbs(entries: readonly DbEntry[], opts: LoadDbsOptions): Promise<LoadedDb[]> {
  const limits = opts.limits ?? DB_LIMITS;
  const downloads = new Map<string, Promise<Local>>();
  const out: LoadedDb[] = [];
  for (const entry of entries) {
    const location = entry.kind === 'url' ? redactUrl(entry.value) : entry.value;
    let local: Local;
    if (entry.kind === 'url') {
      let p = downloads.get(entry.value);
      if (p === undefined) {
        p = download(entry, opts, limits.maxFileBytes);
        downloads.set(entry.value, p);
      }
      local = await p;
    } else {
      const file = await workspaceFile(DB_INPUT, entry.value, opts.scope).catch((e: unknown) => {
        throw e instanceof PipelineError ? new PipelineError(e.code, `'${DB_INPUT}' line ${entry.line}: ${e.message}`, { input: DB_INPUT, hint: e.hint }) : e;
      });
      local = { file };
    }
    const origin = { location, inputLine: entry.line };
    const advisories = await readVulnerabilityDb(local.file, origin, limits, opts.releases === undefined ? {} : { releases: opts.releases });
    const timestamp = local.timestamp ?? (await fs.stat(local.file)).mtime;
    out.push({ location, line: entry.line, advisories, timestamp });
  }
  return out;
}
