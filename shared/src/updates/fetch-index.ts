/**
 * Fetch a package index over http(s) and list what it offers: Debian
 * Packages (plain or .gz) or Alpine APKINDEX.tar.gz (a gzip'd tar whose
 * APKINDEX member holds the records).
 */
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { PipelineError } from '../errors.js';
import { indexKind, onLine, type IndexKind } from './index-urls.js';
import { parseApkDb, parseDebianPackages, type PackageVersion } from './package-db.js';

export interface FetchedIndex {
  url: string;
  kind: IndexKind;
  packages: PackageVersion[];
}

/** Indexes are tens of MB at most; refuse anything far past that rather than exhaust memory. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;

export async function fetchIndex(url: string, line?: number, fetchImpl: typeof fetch = fetch): Promise<FetchedIndex> {
  const kind = indexKind(url, line);
  const at = { input: 'package-index-urls', ...(line !== undefined ? { line } : {}) };
  const where = onLine(line);
  let res: Response;
  try {
    res = await fetchImpl(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  } catch (e) {
    throw new PipelineError('NETWORK', `${where}could not fetch the package index ${url}: ${(e as Error).message}`, { ...at, cause: e, hint: 'Check the URL and that the runner can reach it.' });
  }
  if (!res.ok) throw new PipelineError('NOT_FOUND', `${where}the package index ${url} answered HTTP ${res.status}`, { ...at, hint: 'Check the URL: the release codename, architecture and file name.' });
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_INDEX_BYTES) throw new PipelineError('UNSUPPORTED', `${where}the package index ${url} is ${length} bytes, more than the ${MAX_INDEX_BYTES} read`, at);
  const raw = Buffer.from(await res.arrayBuffer());
  let body: Buffer;
  try {
    body = kind.gzip ? gunzipSync(raw, { maxOutputLength: MAX_INDEX_BYTES }) : raw;
  } catch (e) {
    throw new PipelineError('LAYOUT', `${where}the package index ${url} is not valid gzip: ${(e as Error).message}`, { ...at, cause: e });
  }
  if (kind.family === 'deb') return { url, kind, packages: parseDebianPackages(body.toString('utf8')) };
  const text = await apkIndexMember(body, `${where}${url}`);
  return { url, kind, packages: parseApkDb(text) };
}

/** The APKINDEX member of an (ungzipped) APKINDEX tar. */
async function apkIndexMember(tarBytes: Buffer, url: string): Promise<string> {
  const extract = tar.extract();
  let found: string | undefined;
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      const keep = header.name.replace(/^\.\//, '') === 'APKINDEX';
      stream.on('data', (c: unknown) => {
        if (keep) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        if (keep) found = Buffer.concat(chunks).toString('utf8');
        next();
      });
      stream.on('error', reject);
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([tarBytes]).pipe(extract);
  try {
    await done;
  } catch (e) {
    throw new PipelineError('LAYOUT', `the package index ${url} is not a tar archive: ${(e as Error).message}`, { input: 'package-index-urls', cause: e });
  }
  if (found === undefined) throw new PipelineError('LAYOUT', `the package index ${url} has no APKINDEX member`, { input: 'package-index-urls', hint: 'Point at an Alpine repository APKINDEX.tar.gz.' });
  return found;
}
