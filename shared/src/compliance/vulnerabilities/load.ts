/**
 * Reading the databases a `vulnerability-db` line names (a local path; the
 * action downloads URLs first): a JSON file (Debian tracker, Alpine secdb, one
 * OSV record or an array of them, told apart by shape), a folder of OSV JSON
 * files, or a zip of them. Every database is untrusted: each read is bounded,
 * a folder's symbolic links are not followed, and a zip is read in memory,
 * never extracted, with its entry count, total inflated size and entry names
 * checked as it inflates (a zip bomb stops at the bound, not after it).
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { formatBytes } from '../../bytes.js';
import { MiB } from '../../read-bounded-file.js';
import { type Advisory, type DbOrigin, dbError, isRecord } from './advisory.js';
import { parseAlpineSecdb } from './alpine-secdb.js';
import { NOT_TRACKER_KEYS, parseDebianTracker, parseTrackerPackage } from './debian-tracker.js';
import { ObjectMembers } from './json-members.js';
import { type PackageFilter, wantsPackage } from './package-filter.js';
import { parseOsvRecord } from './osv.js';

export interface DbLimits {
  /** Largest single file (a JSON database or a zip). */
  maxFileBytes: number;
  /** Most files in a folder or entries in a zip. */
  maxEntries: number;
  /** Most bytes over all files of a folder or all inflated entries of a zip. */
  maxTotalBytes: number;
}

export const DB_LIMITS: DbLimits = { maxFileBytes: 512 * MiB, maxEntries: 500_000, maxTotalBytes: 512 * MiB };

const HINT = 'Give the Debian security tracker JSON, an Alpine secdb JSON, or OSV records (a .json file, a folder or a .zip of them).';

/** The 1-based line of a JSON.parse error's character position, when the message gives one. */
function jsonErrorLine(text: string, e: unknown): string {
  const m = /position (\d+)/.exec(String(e));
  if (m === null) return '';
  const pos = Number(m[1]);
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return ` at line ${line}`;
}

export interface ParseOptions {
  /** `osv` when the text can only be an OSV record (a folder's or a zip's files); otherwise told by shape. */
  format?: 'osv';
  /**
   * Keep only distribution advisories of these releases (`bookworm`, `12`, `3.19`), the ones an image can
   * match; language advisories are always kept. The Debian tracker holds every release since buster, so
   * this cuts its advisories (and their memory) to about a quarter.
   */
  releases?: ReadonlySet<string>;
  /**
   * Keep only advisories of these packages, the only ones an image can match (package-filter.ts
   * packageNames: the names the matcher looks up, by ecosystem). The Debian tracker's members of other
   * source packages are skipped WITHOUT being parsed (their bytes are walked only to find their end), and
   * an Alpine secdb's entries of other packages are not read past their name: a malformed entry of a
   * package the image does not have is then no error, while one of a package it has is, with the same
   * message as without the filter. OSV records are parsed and checked whole (their dates count whatever
   * is kept) and filtered after.
   */
  packages?: PackageFilter;
  /**
   * Filled as OSV records are read: the newest `modified` of every record read, whatever the filters keep
   * (a database is as old as its data, not as the part of it this image matches).
   */
  newest?: { modified?: number };
}

/** OSV advisories as the options keep them, the records' newest `modified` noted first. */
function keptOsv(list: Advisory[], options: ParseOptions): Advisory[] {
  const { releases, packages, newest } = options;
  if (newest !== undefined)
    for (const a of list) if (a.modified !== undefined && (newest.modified === undefined || a.modified > newest.modified)) newest.modified = a.modified;
  if (releases === undefined && packages === undefined) return list;
  return list.filter(
    (a) => (releases === undefined || a.distroRelease === undefined || releases.has(a.distroRelease)) && wantsPackage(packages, a.ecosystem, a.package),
  );
}

/** The tracker's and the secdb's options: only the filters. */
const filters = (options: ParseOptions): { releases?: ReadonlySet<string>; packages?: PackageFilter } => ({
  ...(options.releases === undefined ? {} : { releases: options.releases }),
  ...(options.packages === undefined ? {} : { packages: options.packages }),
});

/** Parse one database's JSON text, recognizing its format by shape. */
export function parseVulnerabilityJson(text: string, origin: DbOrigin, options: ParseOptions = {}): Advisory[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw dbError(origin, `expected JSON, got a syntax error${jsonErrorLine(text, e)}`, HINT);
  }
  if (options.format === 'osv' && !Array.isArray(doc)) return keptOsv(parseOsvRecord(doc, origin), options);
  if (Array.isArray(doc))
    return keptOsv(
      doc.flatMap((r: unknown, i) => parseOsvRecord(r, { ...origin, location: `${origin.location}[${i}]` })),
      options,
    );
  if (isRecord(doc) && 'distroversion' in doc && 'packages' in doc) {
    const { releases } = options;
    const list = parseAlpineSecdb(doc, origin, options.packages === undefined ? {} : { packages: options.packages });
    return releases === undefined ? list : list.filter((a) => a.distroRelease === undefined || releases.has(a.distroRelease));
  }
  if (isRecord(doc) && typeof doc['id'] === 'string' && ('affected' in doc || 'modified' in doc || 'schema_version' in doc))
    return keptOsv(parseOsvRecord(doc, origin), options);
  return parseDebianTracker(doc, origin, filters(options));
}

/** A regular file's bytes, at most `max`; named errors for anything else. */
async function readBytes(file: string, max: number, origin: DbOrigin, follow: boolean): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    // Inside a folder a link is not followed (O_NOFOLLOW closes the race with the directory listing).
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | (follow ? 0 : constants.O_NOFOLLOW));
  } catch (e) {
    throw dbError(origin, `expected a readable database file, got ${(e as NodeJS.ErrnoException).code ?? String(e)}`, HINT);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw dbError(origin, 'expected a regular file, got something else (a device, FIFO or socket)', HINT);
    if (st.size > max) throw dbError(origin, `expected a database of at most ${formatBytes(max)}, got ${formatBytes(st.size)}`);
    const buf = Buffer.alloc(Math.min(max + 1, st.size + 1));
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > max) throw dbError(origin, `expected a database of at most ${formatBytes(max)}, got a file that grew past it while being read`);
    return buf.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function decode(bytes: Uint8Array, origin: DbOrigin): string {
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  } catch (e) {
    throw dbError(origin, `expected JSON text of a size Node can hold, got ${formatBytes(bytes.byteLength)} (${String(e).slice(0, 80)})`);
  }
}

/** A zip entry name that would leave its root if extracted: refused, even though nothing is extracted, as the mark of a hostile archive. */
function unsafeEntryName(name: string): boolean {
  return name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..');
}

/** The OSV records of a zip held in memory (the layout of osv.dev's `all.zip` exports). */
export function parseOsvZip(bytes: Uint8Array, origin: DbOrigin, limits: DbLimits = DB_LIMITS, options: ParseOptions = {}): Advisory[] {
  const texts: { name: string; chunks: Uint8Array[] }[] = [];
  let entries = 0;
  let total = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    if (failure !== undefined) return;
    entries++;
    if (entries > limits.maxEntries) {
      failure = dbError(origin, `expected a zip of at most ${limits.maxEntries} entries, got more`);
      return;
    }
    if (unsafeEntryName(file.name)) {
      failure = dbError(
        origin,
        `expected zip entry names inside the archive, got ${JSON.stringify(file.name.slice(0, 80))}`,
        'The archive is refused as a whole.',
      );
      return;
    }
    if (!file.name.endsWith('.json')) return;
    const entry = { name: file.name, chunks: [] as Uint8Array[] };
    texts.push(entry);
    file.ondata = (err, chunk) => {
      if (failure !== undefined) return;
      if (err !== null) {
        failure = dbError(origin, `expected a readable zip, got ${err.message} in entry ${JSON.stringify(file.name.slice(0, 80))}`);
        return;
      }
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        failure = dbError(
          origin,
          `expected the zip's entries to inflate to at most ${formatBytes(limits.maxTotalBytes)}, got more (entry ${JSON.stringify(file.name.slice(0, 80))})`,
        );
        file.terminate();
        return;
      }
      entry.chunks.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  // Fed in slices, so a bomb stops within one slice of the bound instead of after inflating a whole entry.
  const step = 1024 * 1024;
  try {
    for (let at = 0; at < bytes.length && failure === undefined; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch (e) {
    failure ??= dbError(origin, `expected a readable zip, got ${String(e).slice(0, 120)}`);
  }
  if (failure !== undefined) throw failure;
  return texts.flatMap((t) =>
    parseVulnerabilityJson(decode(Buffer.concat(t.chunks), origin), { ...origin, location: `${origin.location}!${t.name}` }, { ...options, format: 'osv' }),
  );
}

/** Every .json file under `dir`, not following symbolic links; bounded in count and total size. */
async function parseOsvFolder(dir: string, origin: DbOrigin, limits: DbLimits, options: ParseOptions): Promise<Advisory[]> {
  const out: Advisory[] = [];
  let entries = 0;
  let total = 0;
  const walk = async (d: string): Promise<void> => {
    for (const ent of await fs.readdir(d, { withFileTypes: true })) {
      if (++entries > limits.maxEntries) throw dbError(origin, `expected a folder of at most ${limits.maxEntries} entries, got more`);
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (ent.isFile() && ent.name.endsWith('.json')) {
        const fileOrigin = { ...origin, location: p };
        const bytes = await readBytes(p, Math.min(limits.maxFileBytes, limits.maxTotalBytes - total), fileOrigin, false);
        total += bytes.length;
        out.push(...parseVulnerabilityJson(decode(bytes, fileOrigin), fileOrigin, { ...options, format: 'osv' }));
      }
    }
  };
  await walk(dir);
  return out;
}

/** Bytes read at a time by the streaming tracker reader. */
const STREAM_CHUNK = 1024 * 1024;

/**
 * The Debian tracker read member by member (one source package at a time,
 * see json-members.ts): the whole JSON tree, and the file as one string,
 * never exist. Undefined when the file is anything else (another format, a
 * zip, malformed, too large, not a regular file): the whole-document reader
 * then tells formats apart and words the error, so both readers agree on
 * every input by construction. With `options.packages`, a member of a
 * package the image does not have is decided on by its key and skipped: its
 * bytes are not kept, parsed or checked beyond finding their end. The
 * whole-document reader, reached only when this one gives up, skips it as
 * well, but after JSON.parse of the whole file: a syntax error anywhere in a
 * file this reader gave up on still fails there.
 */
export async function streamDebianTracker(file: string, origin: DbOrigin, max: number, options: ParseOptions): Promise<Advisory[] | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile() || st.size > max) return undefined;
    // By package, so a key given twice keeps its last value, as JSON.parse does.
    const byPackage = new Map<string, Advisory[]>();
    const trackerOptions = filters(options);
    let other = false;
    const members = new ObjectMembers(
      (pkg, value) => {
        const out: Advisory[] = [];
        parseTrackerPackage(pkg, JSON.parse(value.toString('utf8')), origin, trackerOptions, out);
        byPackage.set(pkg, out);
      },
      // Decided by the key, before the value's bytes are kept: a package the image does not have is skipped unparsed.
      (pkg) => {
        if (NOT_TRACKER_KEYS.has(pkg)) other = true;
        return !other && wantsPackage(options.packages, 'deb', pkg);
      },
    );
    let total = 0;
    for (;;) {
      // A fresh buffer each time: a member spanning chunks keeps slices of the earlier ones.
      const chunk = Buffer.allocUnsafe(STREAM_CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) return undefined;
      if (!members.push(chunk.subarray(0, bytesRead)) || other) return undefined;
    }
    return members.end() ? [...byPackage.values()].flat() : undefined;
  } catch {
    // A member that is not valid JSON or not the tracker's shape: the whole-document reader says what.
    return undefined;
  } finally {
    await handle.close();
  }
}

/** The advisories of one database at a local path: a JSON file, a zip, or a folder of OSV JSON. */
export async function readVulnerabilityDb(
  location: string,
  origin: DbOrigin = { location },
  limits: DbLimits = DB_LIMITS,
  options: Omit<ParseOptions, 'format'> = {},
): Promise<Advisory[]> {
  let st;
  try {
    st = await fs.stat(location);
  } catch (e) {
    throw dbError(origin, `expected a database file or folder, got ${(e as NodeJS.ErrnoException).code ?? String(e)}`, HINT);
  }
  if (st.isDirectory()) return parseOsvFolder(location, origin, limits, options);
  const streamed = await streamDebianTracker(location, origin, limits.maxFileBytes, options);
  if (streamed !== undefined) return streamed;
  const bytes = await readBytes(location, limits.maxFileBytes, origin, true);
  const isZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  return isZip ? parseOsvZip(bytes, origin, limits, options) : parseVulnerabilityJson(decode(bytes, origin), origin, options);
}
