/**
 * Whether a distribution's package index offers newer versions of what an
 * image has installed: pure, over the installed list and the indexes' lists.
 */
import { compareApkVersions } from './apk-version.js';
import { compareDebianVersions } from './debian-version.js';
import type { PackageFamily, PackageVersion } from './package-db.js';

export interface PackageUpdate {
  name: string;
  installed: string;
  available: string;
}

export const compareVersions = (family: PackageFamily, a: string, b: string): number =>
  family === 'deb' ? compareDebianVersions(a, b) : compareApkVersions(a, b);

/** Packages whose newest indexed version (over all indexes) is newer than the installed one, by name. */
export function findUpdates(family: PackageFamily, installed: readonly PackageVersion[], indexed: readonly PackageVersion[]): PackageUpdate[] {
  const newest = new Map<string, string>();
  for (const p of indexed) {
    const cur = newest.get(p.name);
    if (cur === undefined || compareVersions(family, p.version, cur) > 0) newest.set(p.name, p.version);
  }
  const out: PackageUpdate[] = [];
  const seen = new Set<string>();
  for (const p of installed) {
    const key = `${p.name}\0${p.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const available = newest.get(p.name);
    if (available !== undefined && compareVersions(family, available, p.version) > 0) out.push({ name: p.name, installed: p.version, available });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** How many updates the reason lists by name; the rest are counted. */
const LISTED_UPDATES = 10;

/** The reason lines for a set of updates: a count, then up to LISTED_UPDATES of them. */
export function updateReasons(updates: readonly PackageUpdate[], where: string): string[] {
  if (updates.length === 0) return [];
  const head = `${updates.length} installed package${updates.length === 1 ? ' has' : 's have'} updates in the package index${where === '' ? '' : ` (${where})`}`;
  const listed = updates.slice(0, LISTED_UPDATES).map((u) => `${u.name} ${u.installed} -> ${u.available}`);
  const more = updates.length > LISTED_UPDATES ? [`... and ${updates.length - LISTED_UPDATES} more`] : [];
  return [`${head}: ${listed.join(', ')}${more.length > 0 ? `, ${more[0]}` : ''}`];
}
