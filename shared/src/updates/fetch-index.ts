/**
 * Fetch a package index over http(s) and list what it offers: Debian
 * Packages (plain or .gz) or Alpine APKINDEX.tar.gz (a gzip'd tar whose
 * APKINDEX member holds the records).
 *
 * The index comes from a server we do not control, so it is streamed and
 * parsed as it arrives, a few records at a time, and bounded on every axis
 * (IndexLimits): the bytes downloaded and the bytes they decompress to (a
 * gzip bomb stops at the cap), the size of one record, the number of
 * packages, and the time the whole fetch may take. A missing Content-Length
 * changes nothing. Errors name the URL without its credentials or query.
 */
import { Readable, Writable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { formatBytes } from '../bytes.js';
import { PipelineError } from '../errors.js';
import { capped } from '../registry/transport/body.js';
import { fetchFollowing } from '../registry/transport/follow.js';
import { httpFetch } from '../registry/transport/http-fetch.js';
import { redactUrl } from '../registry/transport/origin.js';
import { indexKind, onLine, type IndexKind } from './index-urls.js';
import { parseApkEntries, parseDpkgEntries, type InstalledPackage } from './package-db.js';

export interface FetchedIndex {
  url: string;
  kind: IndexKind;
  /** With each package's source and source version, which security fixes are compared on. */
  packages: InstalledPackage[];
}

export interface IndexLimits {
  /** Bytes downloaded, and separately the bytes they decompress to. */
  maxBytes: number;
  /** Bytes of one record (a Debian stanza, an apk block): real ones are a few KB. */
  maxRecordBytes: number;
  /** Packages listed by one index: the largest real indexes hold under 100,000. */
  maxPackages: number;
  /** The whole fetch, body included. */
  timeoutMs: number;
}

/**
 * Real indexes are tens of MB uncompressed (Debian main amd64 about 50 MB)
 * and parsing streams, so memory stays near the packages kept; these caps
 * only stop what no mirror serves.
 */
const DEFAULT_INDEX_LIMITS: IndexLimits = { maxBytes: 256 * 1024 * 1024, maxRecordBytes: 1024 * 1024, maxPackages: 400_000, timeoutMs: 120_000 };

export async function fetchIndex(url: string, line?: number, fetchImpl: typeof fetch = httpFetch, limits: Partial<IndexLimits> = {}): Promise<FetchedIndex> {
  const lim: IndexLimits = { ...DEFAULT_INDEX_LIMITS, ...limits };
  const kind = indexKind(url, line);
  const at = { input: 'package-index-urls', ...(line !== undefined ? { line } : {}) };
  const where = onLine(line);
  const shown = redactUrl(url);
  const tooLarge = (what: string, hint: string) => (max: number) =>
    new PipelineError('UNSUPPORTED', `${where}the package index ${shown} ${what} more than ${formatBytes(max)} (the cap)`, { ...at, hint });
  const cutHint =
    'Point at one release, component and architecture (a Packages.gz or APKINDEX.tar.gz a mirror publishes); a larger file is not a package index.';
  let res: Response;
  try {
    // Redirects by origin.ts's rules (a few hops, never https to http), the time limit over all of them.
    res = await fetchFollowing(url, { signal: AbortSignal.timeout(lim.timeoutMs) }, { what: `${where}the package index ${shown}`, context: at, fetchImpl });
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    throw new PipelineError('NETWORK', `${where}could not fetch the package index ${shown}: ${(e as Error).message}`, {
      ...at,
      cause: e,
      hint: 'Check the URL and that the runner can reach it.',
    });
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new PipelineError('NOT_FOUND', `${where}the package index ${shown} answered HTTP ${res.status}`, {
      ...at,
      hint: 'Check the URL: the release codename, architecture and file name.',
    });
  }
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > lim.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(`is ${formatBytes(length)},`, cutHint)(lim.maxBytes);
  }
  const packages: InstalledPackage[] = [];
  const sink = recordSink(
    kind.family === 'deb' ? (text) => parseDpkgEntries(text, { requireStatus: false, relations: true }) : (text) => parseApkEntries(text, { relations: true }),
    (batch) => {
      packages.push(...batch);
      if (packages.length > lim.maxPackages) {
        throw new PipelineError('UNSUPPORTED', `${where}the package index ${shown} lists more than ${lim.maxPackages} packages (the cap)`, {
          ...at,
          hint: cutHint,
        });
      }
    },
    lim.maxRecordBytes,
    tooLarge('has a record of', 'A record is one package; this file is not a package index.'),
  );
  // Which stage failed decides what the error says (a zlib error means: not gzip). The first stage to emit an
  // error is where it arose: pipeline then destroys every other stage with the same error, so a body cut off
  // midway reaches the gunzip and the tar reader too, and must still read as a network failure.
  const failedIn = new WeakMap<object, 'body' | 'gzip' | 'tar'>();
  const tag = <S extends NodeJS.EventEmitter>(stage: S, name: 'body' | 'gzip' | 'tar'): S =>
    stage.once('error', (e: unknown) => void (typeof e === 'object' && e !== null && !failedIn.has(e) && failedIn.set(e, name)));
  const stages: Array<NodeJS.ReadableStream | NodeJS.ReadWriteStream | NodeJS.WritableStream> = [
    tag(res.body === null ? Readable.from([]) : Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), 'body'),
    capped(lim.maxBytes, tooLarge('is', cutHint)),
  ];
  if (kind.gzip) stages.push(tag(createGunzip(), 'gzip'), capped(lim.maxBytes, tooLarge('decompresses to', cutHint)));
  let apk: { found: boolean } | undefined;
  if (kind.family === 'deb') stages.push(sink);
  else {
    apk = { found: false };
    stages.push(tag(apkIndexMember(sink, apk), 'tar'));
  }
  try {
    await pipeline(stages);
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    const stage = typeof e === 'object' && e !== null ? failedIn.get(e) : undefined;
    if (stage === 'gzip')
      throw new PipelineError('LAYOUT', `${where}the package index ${shown} is not valid gzip: ${(e as Error).message}`, { ...at, cause: e });
    if (stage === 'tar')
      throw new PipelineError('LAYOUT', `${where}the package index ${shown} is not a tar archive: ${(e as Error).message}`, { ...at, cause: e });
    const aborted = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError';
    if (aborted)
      throw new PipelineError('NETWORK', `${where}the package index ${shown} did not arrive within ${lim.timeoutMs / 1000} s`, {
        ...at,
        cause: e,
        hint: 'Check that the mirror is reachable and healthy.',
      });
    throw new PipelineError('NETWORK', `${where}could not read the package index ${shown}: ${(e as Error).message}`, {
      ...at,
      cause: e,
      hint: 'Check the URL and that the runner can reach it.',
    });
  }
  if (apk !== undefined && !apk.found) {
    throw new PipelineError('LAYOUT', `${where}the package index ${shown} has no APKINDEX member`, {
      ...at,
      hint: 'Point at an Alpine repository APKINDEX.tar.gz.',
    });
  }
  return { url, kind, packages };
}

/**
 * A writable that cuts text at blank lines (both formats separate records
 * with one) and parses a batch of whole records at a time; what is left
 * waits for more bytes, up to `maxRecord` of them.
 */
function recordSink(
  parse: (text: string) => InstalledPackage[],
  emit: (batch: InstalledPackage[]) => void,
  maxRecord: number,
  tooLarge: (max: number) => Error,
): Writable {
  let pending: Buffer = Buffer.alloc(0);
  const flush = (upTo: number): void => {
    if (upTo <= 0) return;
    // A cut just after a newline never splits a UTF-8 character.
    emit(parse(pending.subarray(0, upTo).toString('utf8')));
    pending = pending.subarray(upTo);
  };
  return new Writable({
    write(chunk: Buffer, _enc, cb): void {
      try {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        flush(lastBlankLine(pending));
        if (pending.length > maxRecord) throw tooLarge(maxRecord);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
    final(cb): void {
      try {
        flush(pending.length);
        cb();
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}

/** The offset just past the last blank line (`\n\n` or `\n\r\n`) in `b`, or 0. */
function lastBlankLine(b: Buffer): number {
  const lf = b.lastIndexOf('\n\n');
  const crlf = b.lastIndexOf('\n\r\n');
  return Math.max(lf < 0 ? 0 : lf + 2, crlf < 0 ? 0 : crlf + 3);
}

/** A tar reader that feeds the APKINDEX member to `sink` and skips the rest. */
function apkIndexMember(sink: Writable, state: { found: boolean }): Writable {
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    if (header.name.replace(/^\.\//, '') !== 'APKINDEX' || state.found) {
      // A body cut (or a tar cut short) inside a skipped member destroys it with the extract's error: without a
      // listener that 'error' is thrown at the process. The pipeline reports the same error from the extract.
      stream.on('error', () => undefined);
      stream.on('end', next);
      stream.resume();
      return;
    }
    state.found = true;
    pipeline(stream, sink).then(
      () => next(),
      (e: unknown) => extract.destroy(e as Error),
    );
  });
  return extract as unknown as Writable;
}
