/**
 * The Debian security tracker's JSON export
 * (https://security-tracker.debian.org/tracker/data/json):
 * `{ "<source package>": { "<CVE or TEMP id>": { description, scope, debianbug?,
 * releases: { "<codename>": { status, fixed_version?, urgency, repositories } } } } }`.
 * One advisory per (package, id, release): `resolved` with a version is fixed
 * there, `resolved` with `fixed_version "0"` never affected that release,
 * `open` is affected with no fix, `undetermined` is skipped (no verdict).
 */
import { type Advisory, type DbOrigin, type SeverityLevel, dbError, isRecord, shapeOf } from './advisory.js';
import { type PackageFilter, wantsPackage } from './package-filter.js';

/** Tracker urgencies; a `**` suffix (e.g. `low**`) marks an urgency not yet reviewed and means the same level. */
const URGENCY: Readonly<Record<string, SeverityLevel>> = {
  high: 'high',
  medium: 'medium',
  low: 'low',
  unimportant: 'negligible',
};

export function urgencyLevel(urgency: unknown): SeverityLevel {
  if (typeof urgency !== 'string') return 'unknown';
  return URGENCY[urgency.replace(/\*+$/, '').trim()] ?? 'unknown';
}

export interface TrackerOptions {
  /** Keep only these releases (codenames): an image needs one, and the file holds every release since buster. */
  releases?: ReadonlySet<string>;
  /**
   * Keep only these source packages (their `deb` names): the others are skipped without looking at their
   * entries, so a malformed entry of a package the image does not have is no error (the streaming reader
   * does not even parse it).
   */
  packages?: PackageFilter;
}

/**
 * Top-level keys that make an object something other than the tracker (an Alpine secdb, an OSV record):
 * the streaming reader leaves a document with one of them to parseVulnerabilityJson, which tells formats apart.
 */
export const NOT_TRACKER_KEYS: ReadonlySet<string> = new Set(['distroversion', 'packages', 'id']);

/** The advisories of one source package's entry (`{ "<CVE or TEMP id>": { ... } }`), appended to `out`. */
export function parseTrackerPackage(pkg: string, issues: unknown, origin: DbOrigin, options: TrackerOptions, out: Advisory[]): void {
  if (!isRecord(issues)) throw dbError(origin, `expected package '${pkg.slice(0, 80)}' to map issue ids to objects, got ${shapeOf(issues)}`);
  // for-in over parsed JSON (own, plain properties): the file has ~150k entries and this loop is most of the parse time.
  for (const id in issues) {
    const issue = issues[id];
    const where = `${pkg.slice(0, 80)} / ${id.slice(0, 40)}`;
    if (!isRecord(issue)) throw dbError(origin, `expected ${where} to be an object, got ${shapeOf(issue)}`);
    const releases = issue['releases'];
    if (!isRecord(releases)) throw dbError(origin, `expected ${where} to have "releases" (an object), got ${shapeOf(releases)}`);
    const description = issue['description'];
    for (const release in releases) {
      if (options.releases !== undefined && !options.releases.has(release)) continue;
      const r = releases[release];
      if (!isRecord(r)) throw dbError(origin, `expected ${where} / ${release.slice(0, 40)} to be an object, got ${shapeOf(r)}`);
      const status = r['status'];
      if (status === 'undetermined') continue;
      const advisory: Advisory = {
        id,
        aliases: [],
        ecosystem: 'deb',
        package: pkg,
        distroRelease: release,
        status: 'open',
        severity: { level: urgencyLevel(r['urgency']) },
        source: 'debian-tracker',
      };
      if (typeof description === 'string') advisory.summary = description;
      if (status === 'resolved') {
        const fixed = r['fixed_version'];
        if (typeof fixed !== 'string' || fixed === '')
          throw dbError(origin, `expected ${where} / ${release.slice(0, 40)} (resolved) to have a "fixed_version" string, got ${shapeOf(fixed)}`);
        if (fixed === '0') advisory.status = 'not-affected';
        else {
          advisory.status = 'fixed';
          advisory.fixedVersion = fixed;
        }
      } else if (status !== 'open') {
        throw dbError(
          origin,
          `expected ${where} / ${release.slice(0, 40)} status to be resolved, open or undetermined, got ${JSON.stringify(String(status).slice(0, 40))}`,
        );
      }
      out.push(advisory);
    }
  }
}

export function parseDebianTracker(doc: unknown, origin: DbOrigin, options: TrackerOptions = {}): Advisory[] {
  if (!isRecord(doc)) throw dbError(origin, `expected the Debian security tracker JSON (an object of source packages), got ${shapeOf(doc)}`);
  const out: Advisory[] = [];
  for (const pkg in doc) if (wantsPackage(options.packages, 'deb', pkg)) parseTrackerPackage(pkg, doc[pkg], origin, options, out);
  return out;
}
