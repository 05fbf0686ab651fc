/**
 * The package databases an image carries and the indexes a distribution
 * publishes, parsed purely from their text: dpkg's status file (and the
 * per-package files distroless images keep in status.d), apk's installed
 * database and APKINDEX, Debian's Packages files, and /etc/os-release.
 */

export type PackageFamily = 'deb' | 'apk';

export interface PackageVersion {
  name: string;
  version: string;
  /** As the database writes it (amd64, all, x86_64); '' when absent. */
  arch: string;
}

/** Deb822 stanzas (dpkg status, Packages): fields by name, continuation lines dropped. */
function parseStanzas(text: string): Array<Map<string, string>> {
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
  const out: PackageVersion[] = [];
  for (const s of parseStanzas(text)) {
    const name = s.get('Package');
    const version = s.get('Version');
    if (name === undefined || version === undefined) continue;
    const status = s.get('Status');
    if (status === undefined ? opts.requireStatus !== false : status.split(/\s+/)[2] !== 'installed') continue;
    out.push({ name, version, arch: s.get('Architecture') ?? '' });
  }
  return out;
}

/** Every package a Debian Packages index offers. */
export function parseDebianPackages(text: string): PackageVersion[] {
  return parseDpkgStatus(text, { requireStatus: false });
}

/** apk's line format (`P:name`, `V:version`, `A:arch`, blank line between packages): the installed db and APKINDEX alike. */
export function parseApkDb(text: string): PackageVersion[] {
  const out: PackageVersion[] = [];
  let name: string | undefined;
  let version: string | undefined;
  let arch = '';
  const flush = (): void => {
    if (name !== undefined && version !== undefined) out.push({ name, version, arch });
    name = undefined;
    version = undefined;
    arch = '';
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line[1] !== ':') continue;
    const value = line.slice(2).trim();
    if (line[0] === 'P') name = value;
    else if (line[0] === 'V') version = value;
    else if (line[0] === 'A') arch = value;
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
