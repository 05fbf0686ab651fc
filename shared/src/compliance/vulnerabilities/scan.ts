/**
 * The vulnerability scan of one SBOM: the databases of the `vulnerability-db`
 * input loaded (downloads first), matched against the packages, and each
 * database's age checked against the policy's maxDbAge. What counts as a
 * failure is decided afterwards, in one place (report/vulnerabilities.ts).
 */
import type { Sbom } from '../sbom/package.js';
import type { VulnerabilityPolicy } from '../policy-types.js';
import { loadDbs, type DbEntry, type LoadDbsOptions, type LoadedDb } from './db-inputs.js';
import { indexAdvisories, match, type Finding } from './match.js';

export interface ScanResult {
  matches: Finding[];
  databases: number;
  advisories: number;
  /** One sentence per database older than maxDbAge. */
  stale: string[];
}

/** How a database's age was read, for the stale message. */
const DATED: Record<LoadedDb['dated'], string> = {
  records: "its newest OSV record's modified",
  'last-modified': "the server's Last-Modified",
  mtime: "the file's modification time",
};

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** `7d` -> milliseconds (the policy schema allows only a positive number of hours, days or weeks). */
export function parseDbAge(text: string): number {
  const m = /^([1-9]\d*)([hdw])$/.exec(text);
  if (m === null) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** The release names advisories of this distribution use (codename, major, major.minor): the loader keeps only those. */
function releasesOf(sbom: Sbom): Set<string> | undefined {
  const d = sbom.distro;
  if (d === undefined) return undefined;
  const parts = d.versionId.split('.');
  return new Set([d.codename, parts[0], parts.slice(0, 2).join('.')].filter((r): r is string => r !== undefined && r !== ''));
}

export async function scanVulnerabilities(
  sbom: Sbom,
  entries: readonly DbEntry[],
  policy: VulnerabilityPolicy,
  opts: Omit<LoadDbsOptions, 'releases'> & { now?: Date },
): Promise<ScanResult> {
  const releases = releasesOf(sbom);
  const dbs = await loadDbs(entries, { ...opts, ...(releases === undefined ? {} : { releases }) });
  const advisories = dbs.flatMap((d) => d.advisories);
  const matches = match(sbom.packages, indexAdvisories(advisories), sbom.distro === undefined ? {} : { distro: sbom.distro });
  const now = (opts.now ?? new Date()).getTime();
  const maxAge = policy.maxDbAge === undefined ? undefined : parseDbAge(policy.maxDbAge);
  const stale =
    maxAge === undefined
      ? []
      : dbs
          .filter((d) => now - d.timestamp.getTime() > maxAge)
          .map(
            (d) =>
              `vulnerability database ${d.location} ('vulnerability-db' line ${d.line}) is from ${d.timestamp.toISOString()} (${DATED[d.dated]}), older than maxDbAge ${policy.maxDbAge}`,
          );
  return { matches, databases: dbs.length, advisories: advisories.length, stale };
}
