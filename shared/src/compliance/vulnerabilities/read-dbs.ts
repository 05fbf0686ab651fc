/**
 * The `vulnerability-db` input's databases, read: a local path through
 * load.ts (bounded, no links followed inside folders), a URL downloaded once
 * through follow.ts (the one follower of server URLs) with the same size cap
 * as a local file (DB_LIMITS.maxFileBytes), then parsed as load.ts parses a
 * file (a zip of OSV records or a JSON database). Errors name the input and
 * its line.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { formatBytes } from '../../bytes.js';
import { PipelineError } from '../../errors.js';
import { readBounded } from '../../registry/transport/body.js';
import { fetchFollowing } from '../../registry/transport/follow.js';
import { redactUrl } from '../../registry/transport/origin.js';
import { DB_INPUT, dbError, type Advisory, type DbOrigin } from './advisory.js';
import { DB_LIMITS, parseOsvZip, parseVulnerabilityJson, readVulnerabilityDb, type DbLimits } from './load.js';

/** One line of the input: a path or an http(s) URL, with its 1-based line number. */
export interface DbLine {
  location: string;
  line: number;
}

export const isDbUrl = (location: string): boolean => /^https?:\/\//i.test(location);

/** The input's lines: blank lines and `#` comments skipped; an URL that does not parse is refused here, before anything runs. */
export function parseDbLines(text: string): DbLine[] {
  const out: DbLine[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const location = raw.trim();
    if (location === '' || location.startsWith('#')) continue;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !isDbUrl(location))
      throw dbError(
        { location, inputLine: i + 1 },
        `expected a path or an http(s) URL, got a ${location.split(':')[0]} URL`,
        'Give a local path or an https:// URL.',
      );
    if (isDbUrl(location)) {
      try {
        new URL(location);
      } catch {
        throw dbError({ location: redactUrl(location), inputLine: i + 1 }, 'expected a URL that parses, got one that does not', 'Check the URL.');
      }
    }
    out.push({ location, line: i + 1 });
  }
  return out;
}

export interface ReadDbsOptions {
  fetchImpl?: typeof fetch;
  limits?: DbLimits;
  /** The whole download of one database. */
  timeoutMs?: number;
}

async function download(url: string, origin: DbOrigin, opts: ReadDbsOptions, limits: DbLimits): Promise<Buffer> {
  const shown = redactUrl(url);
  const at = { input: DB_INPUT, line: origin.inputLine };
  const timeoutMs = opts.timeoutMs ?? 300_000;
  let res: Response;
  try {
    res = await fetchFollowing(
      url,
      { signal: AbortSignal.timeout(timeoutMs) },
      { what: `'${DB_INPUT}' line ${origin.inputLine}: the database ${shown}`, context: at, ...(opts.fetchImpl ? { fetchImpl: opts.fetchImpl } : {}) },
    );
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    throw new PipelineError('NETWORK', `'${DB_INPUT}' line ${origin.inputLine}: could not fetch ${shown}: ${(e as Error).message}`, {
      ...at,
      cause: e,
      hint: 'Check the URL and that the runner can reach it.',
    });
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new PipelineError('NOT_FOUND', `'${DB_INPUT}' line ${origin.inputLine}: ${shown} answered HTTP ${res.status}`, { ...at, hint: 'Check the URL.' });
  }
  const tooLarge = (max: number): PipelineError => dbError(origin, `expected a database of at most ${formatBytes(max)}, got more from ${shown}`);
  if (Number(res.headers.get('content-length') ?? '0') > limits.maxFileBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(limits.maxFileBytes);
  }
  if (res.body === null) return Buffer.alloc(0);
  try {
    return (await readBounded(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), limits.maxFileBytes, 'fail', tooLarge)).bytes;
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    const aborted = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
    throw new PipelineError(
      'NETWORK',
      `'${DB_INPUT}' line ${origin.inputLine}: ${aborted ? `${shown} did not arrive within ${timeoutMs / 1000} s` : `could not read ${shown}: ${(e as Error).message}`}`,
      { ...at, cause: e },
    );
  }
}

/** Every advisory of every line, in input order. */
export async function readVulnerabilityDbs(lines: readonly DbLine[], opts: ReadDbsOptions = {}): Promise<Advisory[]> {
  const limits = opts.limits ?? DB_LIMITS;
  const out: Advisory[] = [];
  for (const { location, line } of lines) {
    if (!isDbUrl(location)) {
      out.push(...(await readVulnerabilityDb(location, { location, inputLine: line }, limits)));
      continue;
    }
    const origin: DbOrigin = { location: redactUrl(location), inputLine: line };
    const bytes = await download(location, origin, opts, limits);
    const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
    out.push(...(isZip ? parseOsvZip(bytes, origin, limits) : parseVulnerabilityJson(bytes.toString('utf8'), origin)));
  }
  return out;
}
