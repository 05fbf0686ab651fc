/**
 * Matching an image's packages against advisories. Distribution packages are
 * matched by their SOURCE package and source version (what Debian's tracker
 * and Alpine's secdb name) against the advisories for the image's release;
 * language packages by ecosystem and name with OSV's range semantics. The
 * advisories are indexed once by (ecosystem, release, package), so matching is
 * linear in the packages. The same vulnerability named by two sources (a CVE
 * in the tracker and a DSA aliasing it in OSV) is reported once; for a
 * distribution package the distribution's own verdict wins, even "not affected".
 */
import type { Distro, Ecosystem, Package } from '../sbom/package.js';
import type { Advisory, AdvisorySource, AffectedRange, Severity } from './advisory.js';
import { ubuntuRelease } from './osv.js';
import { compareVersions } from './versions/index.js';

export interface Finding {
  package: Package;
  /** The package's own version, as installed. */
  installedVersion: string;
  /** What was compared: the source package and source version for distribution packages. */
  matched: { name: string; version: string };
  id: string;
  aliases: string[];
  /** The first version that fixes it; absent when no fix exists yet. */
  fixedVersion?: string;
  severity: Severity;
  source: AdvisorySource;
  summary?: string;
}

export interface AdvisoryIndex {
  readonly byKey: ReadonlyMap<string, readonly Advisory[]>;
}

/** Each distribution's own source, whose verdict wins for its packages. */
const DISTRO_SOURCE: Partial<Record<Ecosystem, { distroId: string; source: AdvisorySource }>> = {
  deb: { distroId: 'debian', source: 'debian-tracker' },
  apk: { distroId: 'alpine', source: 'alpine-secdb' },
};

/** Names as each ecosystem compares them (PyPI per PEP 503: case and runs of `-_.` do not matter). */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

const keyOf = (ecosystem: Ecosystem, release: string, name: string): string => `${ecosystem}\0${release}\0${normalizeName(ecosystem, name)}`;

export function indexAdvisories(advisories: Iterable<Advisory>): AdvisoryIndex {
  const byKey = new Map<string, Advisory[]>();
  for (const a of advisories) {
    const k = keyOf(a.ecosystem, a.distroRelease ?? '', a.package);
    const list = byKey.get(k);
    if (list === undefined) byKey.set(k, [a]);
    else list.push(a);
  }
  return { byKey };
}

/** The release names a distribution's advisories may use: Debian's codename or major number, Alpine's x.y, Ubuntu's `ubuntu:YY.MM` (OSV's, see osvEcosystem). */
function releasesOf(ecosystem: Ecosystem, distro: Distro | undefined): string[] {
  const own = DISTRO_SOURCE[ecosystem];
  if (own === undefined) return [''];
  // Ubuntu has no tracker here: only OSV's Ubuntu records, by the os-release VERSION_ID (24.04).
  if (ecosystem === 'deb' && distro?.id === 'ubuntu') return [ubuntuRelease(distro.versionId)].filter((r): r is string => r !== undefined);
  if (distro === undefined || distro.id !== own.distroId) return [];
  const parts = distro.versionId.split('.');
  if (ecosystem === 'apk') return parts.length >= 2 ? [`${parts[0]}.${parts[1]}`] : [];
  return [distro.codename, parts[0]].filter((r): r is string => r !== undefined && r !== '');
}

const isIntroducedZero = (e: AffectedRange['events'][number]): boolean => e.introduced === '0';

/** OSV's evaluation of one range: events in version order, each turning "affected" on or off at its version. */
function rangeVerdict(ecosystem: Ecosystem, range: AffectedRange, version: string): { affected: boolean; fixed?: string } {
  const at = (e: AffectedRange['events'][number]): string => e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '';
  const events = [...range.events].sort((x, y) => (isIntroducedZero(x) ? -1 : isIntroducedZero(y) ? 1 : compareVersions(ecosystem, at(x), at(y))));
  let affected = false;
  for (const e of events) {
    if (e.introduced !== undefined) {
      if (e.introduced === '0' || compareVersions(ecosystem, version, e.introduced) >= 0) affected = true;
    } else if (e.fixed !== undefined || e.limit !== undefined) {
      if (compareVersions(ecosystem, version, (e.fixed ?? e.limit) as string) >= 0) affected = false;
    } else if (e.last_affected !== undefined && compareVersions(ecosystem, version, e.last_affected) > 0) affected = false;
  }
  if (!affected) return { affected };
  const fixed = events.find((e) => e.fixed !== undefined && compareVersions(ecosystem, e.fixed, version) > 0)?.fixed;
  return fixed === undefined ? { affected } : { affected, fixed };
}

/** Whether `version` is affected, and the version that fixes it. */
export function verdict(a: Advisory, version: string): { affected: boolean; fixed?: string } {
  switch (a.status) {
    case 'not-affected':
      return { affected: false };
    case 'open':
      return { affected: true };
    case 'fixed':
      return a.fixedVersion !== undefined && compareVersions(a.ecosystem, version, a.fixedVersion) < 0
        ? { affected: true, fixed: a.fixedVersion }
        : { affected: false };
    case 'ranges': {
      const aff = a.affected ?? { ranges: [], versions: [] };
      for (const r of aff.ranges) {
        const v = rangeVerdict(a.ecosystem, r, version);
        if (v.affected) return v;
      }
      return { affected: aff.versions.some((v) => v === version || compareVersions(a.ecosystem, v, version) === 0) };
    }
  }
}

type Hit = Omit<Finding, 'package' | 'installedVersion'>;

function hitsFor(ecosystem: Ecosystem, name: string, version: string, candidates: Advisory[]): Hit[] {
  const own = DISTRO_SOURCE[ecosystem]?.source;
  // The distribution's own source first: its verdict claims the ids before any other source speaks.
  const ordered = own === undefined ? candidates : [...candidates.filter((a) => a.source === own), ...candidates.filter((a) => a.source !== own)];
  const claimed = new Map<string, Hit | null>();
  const hits: Hit[] = [];
  for (const a of ordered) {
    const ids = [a.id, ...a.aliases];
    const earlier = ids.map((id) => claimed.get(id)).find((h) => h !== undefined);
    if (earlier !== undefined) {
      if (earlier !== null) for (const id of ids) if (id !== earlier.id && !earlier.aliases.includes(id)) earlier.aliases.push(id);
      continue;
    }
    const v = verdict(a, version);
    const hit: Hit | null = v.affected
      ? {
          matched: { name, version },
          id: a.id,
          aliases: [...a.aliases],
          ...(v.fixed === undefined ? {} : { fixedVersion: v.fixed }),
          severity: a.severity,
          source: a.source,
          ...(a.summary === undefined ? {} : { summary: a.summary }),
        }
      : null;
    if (hit !== null) hits.push(hit);
    // A distribution's verdict claims its ids even when it says "not affected"; another source's only when it reports.
    if (hit !== null || a.source === own) for (const id of ids) claimed.set(id, hit);
  }
  // By id, so reports do not depend on the order of the databases or of a folder's files.
  return hits.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export interface MatchOptions {
  /** The image's distribution (from /etc/os-release), used when a package does not carry its own. */
  distro?: Distro;
}

/** The findings for `packages`: one per (package, vulnerability), in package order. */
export function match(packages: readonly Package[], advisories: readonly Advisory[] | AdvisoryIndex, options: MatchOptions = {}): Finding[] {
  const index = 'byKey' in advisories ? advisories : indexAdvisories(advisories);
  // Binary packages of one source (libssl3, openssl from openssl) share the verdicts: computed once per source and version.
  const cache = new Map<string, Hit[]>();
  const findings: Finding[] = [];
  for (const p of packages) {
    const distroPackage = DISTRO_SOURCE[p.ecosystem] !== undefined;
    const name = distroPackage ? (p.source?.name ?? p.name) : p.name;
    const version = distroPackage ? (p.source?.version ?? p.version) : p.version;
    const releases = releasesOf(p.ecosystem, p.distro ?? options.distro);
    const cacheKey = `${releases.map((r) => keyOf(p.ecosystem, r, name)).join('\u0001')}\0${version}`;
    let hits = cache.get(cacheKey);
    if (hits === undefined) {
      const candidates = releases.flatMap((r) => index.byKey.get(keyOf(p.ecosystem, r, name)) ?? []);
      hits = candidates.length === 0 ? [] : hitsFor(p.ecosystem, name, version, candidates);
      cache.set(cacheKey, hits);
    }
    for (const h of hits) findings.push({ package: p, installedVersion: p.version, ...h, aliases: [...h.aliases] });
  }
  return findings;
}
