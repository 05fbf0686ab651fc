/**
 * Alpine's secdb (https://secdb.alpinelinux.org/v3.19/main.json):
 * `{ distroversion: "v3.19", reponame, packages: [ { pkg: { name, secfixes:
 * { "<fixed version>": ["CVE-... [other ids]"] } } } ] }`. Package names are
 * origins (source packages); the version `0` lists ids that never affected
 * the release. Secdb gives no severity.
 */
import { type Advisory, type DbOrigin, dbError, isRecord, shapeOf } from './advisory.js';
import { type PackageFilter, wantsPackage } from './package-filter.js';

export interface SecdbOptions {
  /** Keep only these packages (`apk` origins): another's entry is read only as far as its name, so its secfixes are not checked. */
  packages?: PackageFilter;
}

export function parseAlpineSecdb(doc: unknown, origin: DbOrigin, options: SecdbOptions = {}): Advisory[] {
  if (!isRecord(doc)) throw dbError(origin, `expected an Alpine secdb object, got ${shapeOf(doc)}`);
  const dv = doc['distroversion'];
  if (typeof dv !== 'string' || !/^v?\d+\.\d+$/.test(dv))
    throw dbError(origin, `expected "distroversion" like "v3.19", got ${typeof dv === 'string' ? JSON.stringify(dv.slice(0, 20)) : shapeOf(dv)}`);
  const release = dv.replace(/^v/, '');
  const packages = doc['packages'];
  if (!Array.isArray(packages)) throw dbError(origin, `expected "packages" to be an array, got ${shapeOf(packages)}`);
  const out: Advisory[] = [];
  packages.forEach((entry: unknown, i) => {
    const pkg = isRecord(entry) ? entry['pkg'] : undefined;
    if (!isRecord(pkg) || typeof pkg['name'] !== 'string')
      throw dbError(origin, `expected packages[${i}] to be { "pkg": { "name": ..., "secfixes": ... } }, got ${shapeOf(entry)}`);
    const name = pkg['name'];
    if (!wantsPackage(options.packages, 'apk', name)) return;
    const secfixes = pkg['secfixes'] ?? {};
    if (!isRecord(secfixes)) throw dbError(origin, `expected packages[${i}] (${name.slice(0, 80)}) "secfixes" to be an object, got ${shapeOf(secfixes)}`);
    for (const [version, ids] of Object.entries(secfixes)) {
      if (!Array.isArray(ids))
        throw dbError(origin, `expected packages[${i}] (${name.slice(0, 80)}) secfixes "${version.slice(0, 40)}" to be an array of ids, got ${shapeOf(ids)}`);
      for (const line of ids) {
        if (typeof line !== 'string')
          throw dbError(origin, `expected packages[${i}] (${name.slice(0, 80)}) secfixes "${version.slice(0, 40)}" to hold strings, got ${shapeOf(line)}`);
        // A line may name several ids for one fix ("CVE-2021-1 GHSA-..."); the first is the advisory's id.
        const [id, ...aliases] = line.trim().split(/\s+/);
        if (id === undefined || id === '') continue;
        const base = {
          id,
          aliases,
          ecosystem: 'apk' as const,
          package: name,
          distroRelease: release,
          severity: { level: 'unknown' as const },
          source: 'alpine-secdb' as const,
        };
        out.push(version === '0' ? { ...base, status: 'not-affected' } : { ...base, status: 'fixed', fixedVersion: version });
      }
    }
  });
  return out;
}
