/**
 * Security fixes an image can pick up by rebuilding (issue 12 item 3), pure:
 * the installed packages are matched against the advisories (match.ts: by
 * source package and source version for Debian and Alpine), and a finding
 * counts when the package index already offers a version of the same binary
 * package built from a source version at or past the advisory's fixed
 * version, or, when it offers none, a binary of another name built from that
 * source at or past the fix that takes the installed name over (Debian's
 * Provides/Replaces, apk's `p:`): Debian's t64 transition renamed libssl3 to
 * libssl3t64 (Provides and Replaces libssl3), and a rebuild installs that. Comparing on the SOURCE version is what makes binNMUs right: the
 * index lists `libssl3 3.0.13-1~deb12u1+b1` with `Source: openssl
 * (3.0.13-1~deb12u1)`, and the advisory's fixed version is the source's.
 * A fix that exists upstream but has not reached the index yet is no reason
 * to rebuild (the rebuild would install the same vulnerable version).
 */
import type { Advisory } from '../compliance/vulnerabilities/advisory.js';
import { match, type AdvisoryIndex } from '../compliance/vulnerabilities/match.js';
import type { Distro, Package } from '../compliance/sbom/package.js';
import type { InstalledPackage, OsRelease, PackageFamily } from './package-db.js';
import type { PackageCheck } from './package-check.js';
import { compareVersions, updateReasons } from './package-updates.js';

/** What sets rebuild-needed: any newer package (the default), or only a security fix the index offers. */
export type RebuildOn = 'any' | 'security';

export interface SecurityFix {
  /** The advisory's id (CVE-..., DSA-..., GHSA-...). */
  id: string;
  /** The installed binary package. */
  package: string;
  /** The source package the advisory names (the binary itself when it has no separate source). */
  source: string;
  /** Its installed version. */
  installed: string;
  /** The source version that fixes it (the advisory's). */
  fixed: string;
  /** The binary version the index offers (the newest that carries the fix). */
  available: string;
  /** When the fix comes under another binary name that takes the installed one over (libssl3 -> libssl3t64). */
  replacement?: string;
}

/** The installed packages as the matcher takes them: only what matching reads is meaningful (no purl or layer here). */
function asPackages(family: PackageFamily, installed: readonly InstalledPackage[], distro: Distro | undefined): Package[] {
  return installed.map((p) => ({
    ecosystem: family,
    name: p.name,
    version: p.version,
    source: p.source,
    arch: p.arch,
    ...(distro === undefined ? {} : { distro }),
    purl: '',
    layer: { index: -1, digest: '' },
    locations: [],
  }));
}

export const distroOf = (os: OsRelease | undefined): Distro | undefined =>
  os === undefined ? undefined : { id: os.id, versionId: os.versionId, ...(os.codename === '' ? {} : { codename: os.codename }) };

/**
 * The fixes available in the index for the vulnerabilities the installed packages carry,
 * one per (advisory, binary package), sorted by id then package.
 */
export function findSecurityFixes(
  family: PackageFamily,
  installed: readonly InstalledPackage[],
  indexed: readonly InstalledPackage[],
  advisories: readonly Advisory[] | AdvisoryIndex,
  os: OsRelease | undefined,
): SecurityFix[] {
  const byName = new Map<string, InstalledPackage[]>();
  const add = (name: string, p: InstalledPackage): void => {
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [p]);
    else list.push(p);
  };
  const takingOver = new Map<string, InstalledPackage[]>();
  for (const p of indexed) {
    add(p.name, p);
    for (const old of p.takesOver ?? []) {
      const list = takingOver.get(old);
      if (list === undefined) takingOver.set(old, [p]);
      else list.push(p);
    }
  }
  const out = new Map<string, SecurityFix>();
  for (const f of match(asPackages(family, installed, distroOf(os)), advisories)) {
    if (f.fixedVersion === undefined) continue;
    const fixed = f.fixedVersion;
    // From the same source at or past the fix (a package of that name from another source carries no fix for this advisory).
    const carries = (c: InstalledPackage): boolean => c.source.name === f.matched.name && compareVersions(family, c.source.version, fixed) >= 0;
    // The same binary first; else a renamed one that takes the installed name over (Provides/Replaces, apk's p:), built
    // from the same source: what apt installs in its place on the rebuild (Debian's t64 transition: libssl3 -> libssl3t64).
    let candidates = (byName.get(f.package.name) ?? []).filter(carries);
    if (candidates.length === 0) candidates = (takingOver.get(f.package.name) ?? []).filter(carries);
    if (candidates.length === 0) continue;
    const newest = candidates.reduce((a, b) => (compareVersions(family, b.version, a.version) > 0 ? b : a));
    const key = `${f.id}\0${f.package.name}\0${f.installedVersion}`;
    if (!out.has(key))
      out.set(key, {
        id: f.id,
        package: f.package.name,
        source: f.matched.name,
        installed: f.installedVersion,
        fixed,
        available: newest.version,
        ...(newest.name === f.package.name ? {} : { replacement: newest.name }),
      });
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.package < b.package ? -1 : a.package > b.package ? 1 : 0));
}

/** How many fixes the reasons name one by one; the rest are counted. */
const LISTED_FIXES = 10;

/** One reason line per fix: "CVE-2024-1234 fixed in openssl 3.0.13-1~deb12u1, available in the index (libssl3 3.0.11-1~deb12u2 -> 3.0.13-1~deb12u1+b1)" (installed -> available). */
export function securityReasons(fixes: readonly SecurityFix[]): string[] {
  const lines = fixes
    .slice(0, LISTED_FIXES)
    .map(
      (f) =>
        `${f.id} fixed in ${f.source} ${f.fixed}, available in the index (${f.package} ${f.installed} -> ${f.replacement === undefined ? '' : `${f.replacement} `}${f.available}${f.replacement === undefined ? '' : `, which replaces ${f.package}`})`,
    );
  if (fixes.length > LISTED_FIXES) lines.push(`... and ${fixes.length - LISTED_FIXES} more security fixes (see the security-fixes output)`);
  return lines;
}

/**
 * The package half of the rebuild decision. A security fix in the index always rebuilds. Any other newer
 * package rebuilds under `any`; under `security` it is information only: it stays in the `packages` output
 * and the summary, not in the reasons, which say why rebuild-needed is what it is.
 */
export function packageRebuild(packages: PackageCheck, rebuildOn: RebuildOn): { rebuild: boolean; reasons: string[] } {
  if (packages.kind !== 'checked') return { rebuild: false, reasons: [] };
  const reasons = securityReasons(packages.securityFixes ?? []);
  if (rebuildOn === 'any') reasons.push(...updateReasons(packages.updates, packages.platform));
  return { rebuild: reasons.length > 0, reasons };
}
