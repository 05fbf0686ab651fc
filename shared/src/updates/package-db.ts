/**
 * The package databases an image carries and the indexes a distribution
 * publishes, parsed purely from their text: dpkg's status file (and the
 * per-package files distroless images keep in status.d), apk's installed
 * database and APKINDEX, Debian's Packages files, and /etc/os-release.
 * The check for updates needs name, version and arch; the SBOM also needs
 * each package's source (what advisories name) and apk's licence.
 */

export type PackageFamily = 'deb' | 'apk';

/** Where the databases live in an image (the SBOM catalog and check-updates both read them). */
export const DPKG_STATUS = '/var/lib/dpkg/status';
export const DPKG_STATUS_D = '/var/lib/dpkg/status.d';
export const APK_INSTALLED = '/lib/apk/db/installed';
export const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'] as const;

/** A distroless per-package file, status.d/<name> (its <name>.md5sums beside it is not one). */
export const isDpkgStatusD = (path: string): boolean =>
  path.startsWith(`${DPKG_STATUS_D}/`) && !path.includes('/', DPKG_STATUS_D.length + 1) && !path.endsWith('.md5sums');

export interface PackageVersion {
  name: string;
  version: string;
  /** As the database writes it (amd64, all, x86_64); '' when absent. */
  arch: string;
}

/** An installed package with what its database says of its source package. */
export interface InstalledPackage extends PackageVersion {
  /** The source package and its version: `Source: name (version)`, `Source: name` (same version), or the binary itself; apk's origin. */
  source: { name: string; version: string };
  /** apk's `L:` field as written (already an SPDX-style expression in Alpine); dpkg has none. */
  license?: string;
  /**
   * In a package index (read with `relations`): the package names this one takes over, from Debian's Provides
   * and Replaces (version constraints and arch qualifiers dropped) or apk's `p:` (plain names only, not so:/cmd:).
   * A renamed binary (Debian's t64 transition: libssl3t64 Provides and Replaces libssl3) is found by these.
   */
  takesOver?: string[];
}

/** The package names of a Debian relation field: `libssl3 (= 3.0.13-1), foo:any | bar [amd64]` -> libssl3, foo, bar. */
function relationNames(field: string | undefined): string[] {
  if (field === undefined) return [];
  const out: string[] = [];
  for (const alt of field.split(/[,|]/)) {
    const m = /^\s*([a-z0-9][a-z0-9+.-]*)/.exec(alt);
    if (m !== null) out.push(m[1] as string);
  }
  return out;
}

/** Deb822 stanzas (dpkg status, Packages, DEP-5 copyright): fields by name, continuation lines dropped. */
export function parseDeb822(text: string): Array<Map<string, string>> {
  const out: Array<Map<string, string>> = [];
  let cur = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (cur.size > 0) out.push(cur);
      cur = new Map();
      continue;
    }
    if (line.startsWith(' ') || line.startsWith('\t') || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    cur.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  if (cur.size > 0) out.push(cur);
  return out;
}

/**
 * Installed packages in a dpkg status file. Only stanzas whose Status ends in
 * `installed` count (removed, config-files and half-installed ones do not);
 * distroless status.d files carry no Status at all, so `requireStatus: false`
 * takes every stanza.
 */
export function parseDpkgStatus(text: string, opts: { requireStatus?: boolean } = {}): PackageVersion[] {
  return parseDpkgEntries(text, opts).map(({ name, version, arch }) => ({ name, version, arch }));
}

/** `Source: name` or `Source: name (version)`; absent, the binary is its own source. */
function dpkgSource(field: string | undefined, name: string, version: string): { name: string; version: string } {
  const m = field === undefined ? null : /^(\S+)(?:\s*\(([^()\s]+)\))?\s*$/.exec(field);
  if (m === null) return { name, version };
  return { name: m[1] as string, version: m[2] ?? version };
}

/** parseDpkgStatus with each package's source package and source version (and with `relations`, what it takes over). */
export function parseDpkgEntries(text: string, opts: { requireStatus?: boolean; relations?: boolean } = {}): InstalledPackage[] {
  const out: InstalledPackage[] = [];
  for (const s of parseDeb822(text)) {
    const name = s.get('Package');
    const version = s.get('Version');
    if (name === undefined || version === undefined) continue;
    const status = s.get('Status');
    if (status === undefined ? opts.requireStatus !== false : status.split(/\s+/)[2] !== 'installed') continue;
    const p: InstalledPackage = { name, version, arch: s.get('Architecture') ?? '', source: dpkgSource(s.get('Source'), name, version) };
    if (opts.relations === true) {
      const names = [...new Set([...relationNames(s.get('Provides')), ...relationNames(s.get('Replaces'))])].filter((n) => n !== name);
      if (names.length > 0) p.takesOver = names;
    }
    out.push(p);
  }
  return out;
}

/** Every package a Debian Packages index offers. */
export function parseDebianPackages(text: string): PackageVersion[] {
  return parseDpkgStatus(text, { requireStatus: false });
}

/** apk's line format (`P:name`, `V:version`, `A:arch`, blank line between packages): the installed db and APKINDEX alike. */
export function parseApkDb(text: string): PackageVersion[] {
  return parseApkEntries(text).map(({ name, version, arch }) => ({ name, version, arch }));
}

/** parseApkDb with `o:` (origin, the source package, same version; the package itself when absent), `L:` (licence) and with `relations`, `p:`. */
export function parseApkEntries(text: string, opts: { relations?: boolean } = {}): InstalledPackage[] {
  const out: InstalledPackage[] = [];
  let fields = new Map<string, string>();
  const flush = (): void => {
    const name = fields.get('P');
    const version = fields.get('V');
    if (name !== undefined && version !== undefined) {
      const p: InstalledPackage = { name, version, arch: fields.get('A') ?? '', source: { name: fields.get('o') ?? name, version } };
      const license = fields.get('L');
      if (license !== undefined && license !== '') p.license = license;
      if (opts.relations === true) {
        const names = (fields.get('p') ?? '')
          .split(/\s+/)
          .map((t) => t.split(/[=<>~]/)[0] as string)
          .filter((n) => n !== '' && !n.includes(':') && n !== name);
        if (names.length > 0) p.takesOver = [...new Set(names)];
      }
      out.push(p);
    }
    fields = new Map();
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    // One letter per field (F:/R:, the files, repeat; we read none of those), the last one winning.
    if (line[1] !== ':') continue;
    fields.set(line[0] as string, line.slice(2).trim());
  }
  flush();
  return out;
}

export interface OsRelease {
  /** ID, e.g. debian, alpine, ubuntu. */
  id: string;
  /** ID_LIKE words. */
  idLike: string[];
  /** VERSION_ID, e.g. 12 or 3.19.1; '' when absent (testing, edge). */
  versionId: string;
  /** VERSION_CODENAME, e.g. bookworm; '' when absent. */
  codename: string;
}

/** /etc/os-release: shell-style KEY=value lines, values optionally quoted. */
export function parseOsRelease(text: string): OsRelease {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m === null) continue;
    let v = (m[2] as string).trim();
    const q = v[0];
    if ((q === '"' || q === "'") && v.endsWith(q) && v.length >= 2) v = v.slice(1, -1);
    if (q === '"') v = v.replace(/\\(["\\$`])/g, '$1');
    fields.set(m[1] as string, v);
  }
  return {
    id: fields.get('ID') ?? '',
    idLike: (fields.get('ID_LIKE') ?? '').split(/\s+/).filter((w) => w !== ''),
    versionId: fields.get('VERSION_ID') ?? '',
    codename: fields.get('VERSION_CODENAME') ?? '',
  };
}
