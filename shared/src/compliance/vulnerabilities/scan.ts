/**
 * The vulnerability scan of one SBOM: the databases of the `vulnerability-db`
 * input loaded (downloads first), matched against the packages, and each
 * database's age checked against the policy's maxDbAge. What counts as a
 * failure is decided afterwards, in one place (report/vulnerabilities.ts).
 */
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import { readBoundedFile } from '../../read-bounded-file.js';
import type { Distro, Sbom } from '../sbom/package.js';
import type { VulnerabilityPolicy } from '../policy-types.js';
import { atLine, loadDbs, localFiles, type DbEntry, type FetchOptions, type LoadDbsOptions, type LoadedDb } from './db-inputs.js';
import { parseOpenVex, VEX_INPUT, VEX_LIMITS, type VexStatement } from './openvex.js';
import { indexAdvisories, match, type Finding } from './match.js';
import { ubuntuRelease } from './osv.js';
import { packageNames } from './package-filter.js';

export interface ScanResult {
  matches: Finding[];
  databases: number;
  advisories: number;
  /** One sentence per database older than maxDbAge. */
  stale: string[];
  /** The statements of the `vex` input's documents, in input order. */
  vex: VexStatement[];
}

export interface VexInput {
  entries: readonly DbEntry[];
  /** Where downloads go for this run. */
  cacheDir: string;
}

/** The `vex` input's documents: each path confined to the workspace, each URL downloaded once, each bounded, parsed in input order. */
async function loadVex(vex: VexInput, opts: FetchOptions): Promise<VexStatement[]> {
  const local = localFiles({ input: VEX_INPUT, what: 'VEX document', cacheDir: vex.cacheDir, maxBytes: VEX_LIMITS.maxBytes }, opts);
  const out: VexStatement[] = [];
  for (const entry of vex.entries) {
    const { location, line, file } = await local(entry);
    const text = await readBoundedFile(file, {
      what: `the VEX document ${location}`,
      maxBytes: VEX_LIMITS.maxBytes,
      input: VEX_INPUT,
      hint: 'Name an OpenVEX JSON document in the repository, or an https URL serving one.',
    }).catch((e: unknown) => {
      throw e instanceof PipelineError ? atLine(VEX_INPUT, line, e) : e;
    });
    out.push(...parseOpenVex(text, { location, inputLine: line }));
  }
  return out;
}

/** How a database's age was read, for the stale message. */
const DATED: Record<LoadedDb['dated'], string> = {
  records: "its newest OSV record's modified",
  'last-modified': "the server's Last-Modified",
  mtime: "the file's modification time",
};

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * `7d` -> milliseconds. The policy loader already refuses anything else at its line (a positive number of hours,
 * days or weeks); this is the backstop for a policy that reached the scan another way.
 */
function parseDbAge(text: string): number {
  const m = /^([1-9]\d*)([hdw])$/.exec(text);
  if (m === null)
    throw new PipelineError(
      'POLICY',
      `compliance.vulnerabilities.maxDbAge: expected a positive number of hours, days or weeks (24h, 7d, 2w), got "${preview(text)}"`,
      { hint: 'Set compliance.vulnerabilities.maxDbAge in the policy to a duration such as 7d.' },
    );
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/**
 * The release names advisories of this distribution may use (codename, major, major.minor): the loader keeps
 * only those (test-image and check-updates alike); undefined, no filter.
 */
export function releaseNames(d: Distro | undefined): Set<string> | undefined {
  if (d === undefined) return undefined;
  const parts = d.versionId.split('.');
  // Ubuntu's OSV records name their release ubuntu:YY.MM (see osvEcosystem).
  const ubuntu = d.id === 'ubuntu' ? ubuntuRelease(d.versionId) : undefined;
  return new Set([d.codename, parts[0], parts.slice(0, 2).join('.'), ubuntu].filter((r): r is string => r !== undefined && r !== ''));
}

export async function scanVulnerabilities(
  sbom: Sbom,
  entries: readonly DbEntry[],
  policy: VulnerabilityPolicy,
  opts: Omit<LoadDbsOptions, 'releases' | 'packages'> & { now?: Date; vex?: VexInput },
): Promise<ScanResult> {
  // The VEX documents first: they are small, and a malformed one fails before a large database is read.
  const vex = opts.vex === undefined ? [] : await loadVex(opts.vex, opts);
  const releases = releaseNames(sbom.distro);
  // The SBOM is known before any database is read: only its packages' advisories are parsed and kept.
  const dbs = await loadDbs(entries, { ...opts, ...(releases === undefined ? {} : { releases }), packages: packageNames(sbom.packages) });
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
  return { matches, databases: dbs.length, advisories: advisories.length, stale, vex };
}
