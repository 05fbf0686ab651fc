/**
 * The SBOM of one platform image, from the scan's file-system view alone:
 * the distribution from os-release and the packages its package database
 * lists (dpkg's status and status.d, apk's installed, rpm's rpmdb.sqlite),
 * each with its source,
 * licence where machine-readable, purl and the layer that introduced it.
 * What the scan must keep for this is declared here (sbomCapture,
 * keepsEveryLayer), so the SBOM comes from the same pass as the rules.
 * Language packages (npm, PyPI, Maven, Go) come from language.ts, fed by the
 * scan's `derive` option (languageDerive).
 */
import { PipelineError } from '../../errors.js';
import type { FsIndex } from '../../layers/fs-index.js';
import {
  APK_INSTALLED,
  DPKG_STATUS,
  DPKG_STATUS_D,
  isDpkgStatusD as isStatusD,
  OS_RELEASE,
  parseApkEntries,
  parseDpkgEntries,
  parseOsRelease,
  type InstalledPackage,
} from '../../updates/package-db.js';
import { capturedFile, type ImageView } from '../image-view.js';
import { introducingLayers } from './catalog-layers.js';
import { languagePackages } from './language.js';
import { packageFieldsProblem } from './package-fields.js';
import { preview } from '../../preview.js';
import { copyrightPath, dep5License } from './copyright.js';
import { spdxFromExpression } from './license.js';
import type { Distro, Ecosystem, Package, Sbom } from './package.js';
import { purlOf } from './purl.js';
import { readRpmPackages, RPMDB_OTHER, RPMDB_SQLITE, type Sqlite } from './rpmdb.js';

/** Copyright files past this are not read for a licence (the `Files: *` paragraph is near the top of a DEP-5 file, but we read files whole). */
const MAX_COPYRIGHT_BYTES = 256 * 1024;
/** Largest package database read (the status of a ~1,500-package image is ~4 MB). */
export const MAX_DB_BYTES = 32 * 1024 * 1024;

/** Package databases: the scan keeps their version in every layer, for attribution. */
export const keepsEveryLayer = (path: string): boolean =>
  path === DPKG_STATUS || path === APK_INSTALLED || isStatusD(path) || (RPMDB_SQLITE as readonly string[]).includes(path);

/** The other files the catalog reads, captured by the scan when small: os-release and copyright files. */
export function sbomCapture(path: string, size: number): boolean {
  if (path === OS_RELEASE[0] || path === OS_RELEASE[1]) return true;
  return size <= MAX_COPYRIGHT_BYTES && path.startsWith('/usr/share/doc/') && path.endsWith('/copyright') && path.indexOf('/', 15) === path.length - 10;
}

/** The database files present in the index: what must be read (when the scan could not keep them) before cataloging. */
export function packageDbPaths(fs: FsIndex): string[] {
  const statusD = [...(fs.get(DPKG_STATUS_D)?.children?.values() ?? [])].filter((n) => n.type === 'file' && isStatusD(n.path)).map((n) => n.path);
  return [DPKG_STATUS, APK_INSTALLED, ...RPMDB_SQLITE, ...OS_RELEASE, ...statusD.sort()].filter((p) => fs.has(p));
}

/**
 * Whether catalog() may find a package, so needs packageurl-js (loadPurl): a package database is present or a
 * language file was derived. Conservative: a database with no packages still says yes.
 */
export function mayHavePackages(fs: FsIndex): boolean {
  return fs.derived.size > 0 || packageDbPaths(fs).some((p) => p !== OS_RELEASE[0] && p !== OS_RELEASE[1]);
}

/** The rpmdb.sqlite the image's rpm reads (the first path that is a file: on Fedora /var/lib/rpm is a link to the other), if any. */
export const rpmDbPath = (fs: FsIndex): string | undefined => RPMDB_SQLITE.find((p) => fs.get(p)?.type === 'file');

export function distroOf(view: ImageView): Distro | undefined {
  const bytes = capturedFile(view, OS_RELEASE[0]) ?? capturedFile(view, OS_RELEASE[1]);
  if (bytes === undefined) return undefined;
  const os = parseOsRelease(bytes.toString('utf8'));
  if (os.id === '') return undefined;
  return { id: os.id, versionId: os.versionId, ...(os.codename === '' ? {} : { codename: os.codename }) };
}

const keyOf = (p: InstalledPackage): string => `${p.name}\0${p.version}\0${p.arch}`;

/** A database file's bytes as the image ends up with them; an error when it is there but could not be read (too large, or a link to nothing readable). */
function databaseBytes(view: ImageView, path: string): Buffer | undefined {
  const node = view.fs.get(path);
  if (node === undefined || node.type === 'dir') return undefined;
  const bytes = capturedFile(view, path);
  if (bytes === undefined) {
    const got = node.type === 'file' ? `${node.size} bytes` : `a ${node.type} to nothing readable as a file of that size`;
    throw new PipelineError(
      'UNSUPPORTED',
      `the package database ${path} in ${view.name} could not be read: expected a file of at most ${MAX_DB_BYTES} bytes, got ${got}`,
      {
        hint: 'The image lists more packages than an SBOM is built for here; report this with the image, or test a slimmer image.',
      },
    );
  }
  return bytes;
}

interface Database {
  ecosystem: Ecosystem;
  path: string;
  /** The final database's packages; throws when it cannot be read. */
  parse: (bytes: Buffer) => InstalledPackage[];
  /** An earlier layer's version, for attribution only (default: parse). */
  parseVersion?: (bytes: Buffer) => InstalledPackage[];
  license: (p: InstalledPackage) => string | undefined;
}

function fromDatabase(view: ImageView, db: Database, distro: Distro | undefined): Package[] {
  const bytes = databaseBytes(view, db.path);
  if (bytes === undefined) return [];
  const installed = db.parse(bytes);
  const finalLayer = view.fs.get(db.path)?.layer ?? 0;
  // The final file is usually also the last kept version (the scan keeps the one buffer for both): parsed once.
  const parseVersion = (c: Buffer): InstalledPackage[] => (db.parseVersion === undefined && c === bytes ? installed : (db.parseVersion ?? db.parse)(c));
  const layers = introducingLayers(view.fs.versions.get(db.path) ?? [], (c) => parseVersion(c).map(keyOf), installed.map(keyOf), finalLayer);
  return installed.map((p) => {
    const index = layers.get(keyOf(p)) ?? finalLayer;
    const pkg: Package = {
      ecosystem: db.ecosystem,
      name: p.name,
      version: p.version,
      source: p.source,
      purl: purlOf({ ecosystem: db.ecosystem, name: p.name, version: p.version, arch: p.arch, ...(distro === undefined ? {} : { distro }) }),
      layer: { index, digest: view.manifest.layers[index]?.digest ?? '' },
      locations: [db.path],
    };
    if (p.arch !== '') pkg.arch = p.arch;
    if (distro !== undefined) pkg.distro = distro;
    const license = db.license(p);
    if (license !== undefined) pkg.license = license;
    return pkg;
  });
}

function debianLicense(view: ImageView, p: InstalledPackage): string | undefined {
  const bytes = capturedFile(view, copyrightPath(p.name));
  return bytes === undefined ? undefined : dep5License(bytes.toString('utf8'));
}

export interface CatalogOptions {
  /** sql.js (rpmdb.ts loadSqlite), needed when the image has an rpmdb.sqlite (rpmDbPath): loaded only then. */
  sqlite?: Sqlite;
  /** Told what was found but not cataloged: skipped RPM headers, an RPM database in a format not read. */
  notice?: (message: string) => void;
}

function rpmDatabase(view: ImageView, path: string, opts: CatalogOptions): Database {
  const sqlite = opts.sqlite;
  if (sqlite === undefined)
    throw new PipelineError('INTERNAL', `${path} in ${view.name} needs sql.js, which was not loaded: call loadSqlite() before catalog()`);
  return {
    ecosystem: 'rpm',
    path,
    parse: (bytes) => {
      const r = readRpmPackages(sqlite, bytes);
      if (!r.ok)
        throw new PipelineError('UNSUPPORTED', `the RPM database ${path} in ${view.name} could not be read: ${r.error}`, {
          hint: 'The image carries a damaged rpm database, or one rpm did not write; check it with `rpm --root <unpacked image> -qa`.',
        });
      const { skipped } = r.value;
      if (skipped.length > 0)
        opts.notice?.(
          `RPM database ${path} in ${view.name}: ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} not cataloged (${skipped.slice(0, 3).join('; ')}${skipped.length > 3 ? '; ...' : ''}).`,
        );
      return r.value.installed;
    },
    // An earlier layer's unreadable version only loses attribution: its packages fall to a later layer.
    parseVersion: (bytes) => {
      const r = readRpmPackages(sqlite, bytes);
      return r.ok ? r.value.installed : [];
    },
    license: (p) => (p.license === undefined ? undefined : spdxFromExpression(p.license)),
  };
}

function rpmPackages(view: ImageView, distro: Distro | undefined, opts: CatalogOptions): Package[] {
  const path = rpmDbPath(view.fs);
  if (path === undefined) {
    for (const other of RPMDB_OTHER)
      if (view.fs.get(other)?.type === 'file') opts.notice?.(`${other} in ${view.name}: RPM database in BerkeleyDB/ndb format is not cataloged.`);
    return [];
  }
  // rpm checkpoints its write-ahead log on close; one left with content holds changes the main file lacks.
  const wal = view.fs.get(`${path}-wal`);
  if (wal?.type === 'file' && wal.size > 0) opts.notice?.(`${path}-wal in ${view.name} is not empty: packages recorded only in it are not cataloged.`);
  return fromDatabase(view, rpmDatabase(view, path, opts), distro);
}

const ORDER: readonly (keyof Package & ('ecosystem' | 'name' | 'version' | 'arch'))[] = ['ecosystem', 'name', 'version', 'arch'];

/** Ecosystem, name, version, arch, compared as code units (stable across locales). */
export function comparePackages(a: Package, b: Package): number {
  for (const k of ORDER) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The SBOM of the image the view shows; `platform` as platformString gives it (linux/amd64). */
export function catalog(view: ImageView, platform: string, opts: CatalogOptions = {}): Sbom {
  const distro = distroOf(view);
  const dpkg: Database = { ecosystem: 'deb', path: DPKG_STATUS, parse: (b) => parseDpkgEntries(b.toString('utf8')), license: (p) => debianLicense(view, p) };
  const packages = [
    ...fromDatabase(view, dpkg, distro),
    ...packageDbPaths(view.fs)
      .filter(isStatusD)
      .flatMap((path) => fromDatabase(view, { ...dpkg, path, parse: (b) => parseDpkgEntries(b.toString('utf8'), { requireStatus: false }) }, distro)),
    ...fromDatabase(
      view,
      {
        ecosystem: 'apk',
        path: APK_INSTALLED,
        parse: (b) => parseApkEntries(b.toString('utf8')),
        license: (p) => (p.license === undefined ? undefined : spdxFromExpression(p.license)),
      },
      distro,
    ),
    ...rpmPackages(view, distro, opts),
    ...languagePackages(view.fs, (i) => view.manifest.layers[i]?.digest ?? ''),
  ];
  return {
    image: { name: view.name, digest: view.descriptor.digest, platform },
    ...(distro === undefined ? {} : { distro }),
    packages: catalogable(packages, view.name, opts).sort(comparePackages),
  };
}

/** Files named in notices of dropped packages; past it, one line counts the rest (a crafted image may hold thousands). */
const MAX_DROP_NOTICES = 20;

/**
 * Every cataloger's packages pass here, the one place a name or version the image chose is checked
 * (package-fields.ts) before it reaches a report: what fails is dropped with a notice naming the file
 * that listed it and a short redacted preview of the offending text.
 */
function catalogable(packages: Package[], image: string, opts: CatalogOptions): Package[] {
  const dropped = new Map<string, string[]>();
  const kept = packages.filter((p) => {
    const why = packageFieldsProblem(p);
    if (why === undefined) return true;
    const at = p.locations[0] ?? '';
    dropped.set(at, [...(dropped.get(at) ?? []), why]);
    return false;
  });
  let shown = 0;
  for (const [at, reasons] of dropped) {
    if (++shown > MAX_DROP_NOTICES) {
      opts.notice?.(`${dropped.size - MAX_DROP_NOTICES} more files in ${image} list packages not cataloged for the same reasons.`);
      break;
    }
    const list = `${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; ...' : ''}`;
    opts.notice?.(
      `${preview(at, { max: 160, redact: false })} in ${image}: ${reasons.length} package${reasons.length === 1 ? '' : 's'} not cataloged (${list}).`,
    );
  }
  return kept;
}
