/**
 * Which advisories an image can match, by package: the names the matcher
 * (match.ts) looks advisories up by, per ecosystem. The loader keeps only
 * advisories of these names, and the Debian tracker reader skips the other
 * source packages without parsing them: test-image and check-updates know
 * the image's packages before they read a database.
 */
import type { Ecosystem } from '../sbom/package.js';
import { normalizeName } from './match.js';

/** Names by ecosystem, as the matcher compares them (normalizeName). */
export type PackageFilter = ReadonlyMap<Ecosystem, ReadonlySet<string>>;

/** What a package is looked up by: its ecosystem, its name and, for a distribution package, its source's name. */
export interface NamedPackage {
  ecosystem: Ecosystem;
  name: string;
  source?: { name: string };
}

/**
 * The names advisories of these packages are filed under. A distribution package is matched by its source
 * (what Debian's tracker and Alpine's secdb name) and otherwise by its own name; both are kept, so the filter
 * never drops what the matcher would look up, whichever it uses.
 */
export function packageNames(packages: Iterable<NamedPackage>): PackageFilter {
  const out = new Map<Ecosystem, Set<string>>();
  const add = (ecosystem: Ecosystem, name: string): void => {
    let set = out.get(ecosystem);
    if (set === undefined) out.set(ecosystem, (set = new Set()));
    set.add(normalizeName(ecosystem, name));
  };
  for (const p of packages) {
    add(p.ecosystem, p.name);
    if (p.source !== undefined) add(p.ecosystem, p.source.name);
  }
  return out;
}

/** Whether the filter keeps an advisory of this ecosystem and package (no filter keeps all). */
export const wantsPackage = (filter: PackageFilter | undefined, ecosystem: Ecosystem, name: string): boolean =>
  filter === undefined || filter.get(ecosystem)?.has(normalizeName(ecosystem, name)) === true;
