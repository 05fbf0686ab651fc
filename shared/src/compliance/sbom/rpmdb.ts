/**
 * RPM's package database in its SQLite form (rpm >= 4.16: Fedora 33+, RHEL 9,
 * openSUSE), read with sql.js (SQLite compiled to wasm, no native code). The
 * `Packages` table holds one header blob per installed package
 * (rpm-header.ts parses it). The file comes from an image, so it is opened
 * with SQLite's own defences: only a plain `Packages` table is read (a view,
 * virtual table, generated column or default value could compute rows or
 * blobs of any size), SQLite's heap is capped, headers past a size are
 * skipped, and so are rows past a count. sql.js is loaded only when an image
 * has such a database, so other images pay nothing for it.
 */
import type { SqlJsStatic } from 'sql.js';
import { err, ok, type Result } from '../../result.js';
import type { InstalledPackage } from '../../updates/package-db.js';
import { parseRpmHeader, parseSourceRpm, type RpmHeader } from './rpm-header.js';

/** Where rpm keeps its SQLite database: the sysimage path first (Fedora 36+, where /var/lib/rpm links to it), then the older one (RHEL 9). */
export const RPMDB_SQLITE = ['/usr/lib/sysimage/rpm/rpmdb.sqlite', '/var/lib/rpm/rpmdb.sqlite'] as const;
/** BerkeleyDB (`Packages`, RHEL <= 8, CentOS 7/8, Amazon Linux 2) and ndb (`Packages.db`, older SUSE) databases: seen, not read. */
export const RPMDB_OTHER = [
  '/var/lib/rpm/Packages',
  '/var/lib/rpm/Packages.db',
  '/usr/lib/sysimage/rpm/Packages',
  '/usr/lib/sysimage/rpm/Packages.db',
] as const;

/** The largest header read: rpm's own data bound (256 MiB) is for whole headers of huge packages; ours only needs a few tags, and real headers are below 2 MiB. */
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;
/** Most rows read (a full Fedora workstation has ~3,000 packages). */
export const MAX_PACKAGES = 100_000;
/** SQLite's own heap (page cache, row buffers); the database bytes themselves are bounded by the catalog's read cap. */
const HEAP_LIMIT_BYTES = 64 * 1024 * 1024;

export type Sqlite = SqlJsStatic;

let loading: Promise<Sqlite> | undefined;

/** sql.js, loaded and compiled on first use only (its wasm is inlined in the module, so a bundle carries it without a file beside it). */
export function loadSqlite(): Promise<Sqlite> {
  loading ??= import('sql.js/dist/sql-wasm-inline.js').then(async (m) => {
    // A CommonJS module: Node gives its exports as `default`; a bundler may give the function itself.
    const init = (m as { default?: typeof m.default }).default ?? (m as unknown as typeof m.default);
    return init();
  });
  return loading;
}

export interface RpmDbContents {
  headers: RpmHeader[];
  /** One line per row not read (a malformed or oversized header, rows past the count bound). */
  skipped: string[];
}

/** Why the `Packages` table may not be read as rpm writes it (`hnum INTEGER PRIMARY KEY, blob BLOB NOT NULL`), or undefined when it may. */
function schemaProblem(db: InstanceType<Sqlite['Database']>): string | undefined {
  const master = db.exec("SELECT type, sql FROM sqlite_master WHERE name = 'Packages'");
  const row = master[0]?.values[0];
  if (row === undefined) return 'expected a Packages table, got none';
  const [type, sql] = row;
  if (type !== 'table' || typeof sql !== 'string' || !/^\s*CREATE\s+TABLE\b/i.test(sql))
    return `expected Packages to be a plain table, got a ${String(type)} (${JSON.stringify(String(sql).slice(0, 40))})`;
  const columns = db.exec("PRAGMA table_xinfo('Packages')")[0];
  const names = columns?.columns ?? [];
  const col = (r: unknown[], name: string): unknown => r[names.indexOf(name)];
  const byName = new Map((columns?.values ?? []).map((r) => [String(col(r, 'name')), r]));
  for (const name of ['hnum', 'blob']) {
    const r = byName.get(name);
    if (r === undefined) return `expected a column ${name} in Packages, got ${[...byName.keys()].join(', ').slice(0, 80) || 'none'}`;
    // hidden 2/3: generated columns; a default applies to short records: either could compute a value of any size.
    if (col(r, 'hidden') !== 0 || col(r, 'dflt_value') !== null) return `expected ${name} to be a stored column without a default, got a computed one`;
  }
  return undefined;
}

/** The headers of an rpmdb.sqlite's bytes, or why the file cannot be read as one. */
export function readRpmDb(sqlite: Sqlite, bytes: Uint8Array): Result<RpmDbContents, string> {
  let db: InstanceType<Sqlite['Database']>;
  try {
    db = new sqlite.Database(bytes);
  } catch (e) {
    return err(`expected an SQLite database, got one SQLite cannot open (${String((e as Error).message).slice(0, 80)})`);
  }
  try {
    db.run(`PRAGMA hard_heap_limit = ${HEAP_LIMIT_BYTES}; PRAGMA query_only = 1; PRAGMA trusted_schema = 0`);
    const problem = schemaProblem(db);
    if (problem !== undefined) return err(problem);
    const headers: RpmHeader[] = [];
    const skipped: string[] = [];
    // length() of a blob comes from its record header, so an oversized blob is never loaded.
    const stmt = db.prepare(
      `SELECT hnum, length(blob), CASE WHEN typeof(blob) = 'blob' AND length(blob) <= ${MAX_HEADER_BYTES} THEN blob END FROM Packages ORDER BY hnum LIMIT ${MAX_PACKAGES + 1}`,
    );
    try {
      let rows = 0;
      while (stmt.step()) {
        if (++rows > MAX_PACKAGES) {
          skipped.push(`rows past the first ${MAX_PACKAGES} were not read`);
          break;
        }
        const [hnum, length, blob] = stmt.get();
        if (!(blob instanceof Uint8Array)) {
          skipped.push(
            `header ${String(hnum)}: expected a blob of at most ${MAX_HEADER_BYTES} bytes, got ${length === null ? 'none' : `${String(length)} bytes`}`,
          );
          continue;
        }
        const header = parseRpmHeader(blob);
        if (header.ok) headers.push(header.value);
        else skipped.push(`header ${String(hnum)}: ${header.error}`);
      }
    } finally {
      stmt.free();
    }
    return ok({ headers, skipped });
  } catch (e) {
    return err(`expected a readable SQLite database, got an error reading it (${String((e as Error).message).slice(0, 80)})`);
  } finally {
    db.close();
  }
}

/** rpm's `[epoch:]version-release`, the form rpm compares and advisories name (the epoch kept when the header has one, 0 included, as rpm prints it). */
const rpmEvr = (epoch: number | undefined, version: string, release: string): string => `${epoch === undefined ? '' : `${epoch}:`}${version}-${release}`;

/** A header as the catalog's installed package: the source package from SOURCERPM, which shares the binary's epoch (one spec builds both). */
function installedFromHeader(h: RpmHeader): InstalledPackage {
  const version = rpmEvr(h.epoch, h.version, h.release);
  const src = h.sourceRpm === undefined ? undefined : parseSourceRpm(h.sourceRpm);
  return {
    name: h.name,
    version,
    arch: h.arch ?? '',
    source: src === undefined ? { name: h.name, version } : { name: src.name, version: rpmEvr(h.epoch, src.version, src.release) },
    ...(h.license === undefined ? {} : { license: h.license }),
  };
}

/**
 * The installed packages of an rpmdb.sqlite. The `gpg-pubkey` entries are
 * left out: they are the signing keys rpm imported, stored as headers so
 * `rpm -qa` lists them, not software (no architecture, no files, no source).
 */
export function readRpmPackages(sqlite: Sqlite, bytes: Uint8Array): Result<{ installed: InstalledPackage[]; skipped: string[] }, string> {
  const r = readRpmDb(sqlite, bytes);
  if (!r.ok) return r;
  return ok({ installed: r.value.headers.filter((h) => h.name !== 'gpg-pubkey').map(installedFromHeader), skipped: r.value.skipped });
}
