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

export function parseDebianTracker(doc: unknown, origin: DbOrigin): Advisory[] {
  if (!isRecord(doc)) throw dbError(origin, `expected the Debian security tracker JSON (an object of source packages), got ${shapeOf(doc)}`);
  const out: Advisory[] = [];
  for (const [pkg, issues] of Object.entries(doc)) {
    if (!isRecord(issues)) throw dbError(origin, `expected package '${pkg.slice(0, 80)}' to map issue ids to objects, got ${shapeOf(issues)}`);
    for (const [id, issue] of Object.entries(issues)) {
      if (!isRecord(issue)) throw dbError(origin, `expected ${pkg.slice(0, 80)} / ${id.slice(0, 40)} to be an object, got ${shapeOf(issue)}`);
      const releases = issue['releases'];
      if (!isRecord(releases))
        throw dbError(origin, `expected ${pkg.slice(0, 80)} / ${id.slice(0, 40)} to have "releases" (an object), got ${shapeOf(releases)}`);
      const summary = typeof issue['description'] === 'string' ? issue['description'] : undefined;
      for (const [release, r] of Object.entries(releases)) {
        if (!isRecord(r))
          throw dbError(origin, `expected ${pkg.slice(0, 80)} / ${id.slice(0, 40)} / ${release.slice(0, 40)} to be an object, got ${shapeOf(r)}`);
        const base = {
          id,
          aliases: [],
          ecosystem: 'deb' as const,
          package: pkg,
          distroRelease: release,
          severity: { level: urgencyLevel(r['urgency']) },
          source: 'debian-tracker' as const,
          ...(summary === undefined ? {} : { summary }),
        };
        const status = r['status'];
        const fixed = r['fixed_version'];
        if (status === 'resolved') {
          if (typeof fixed !== 'string' || fixed === '')
            throw dbError(
              origin,
              `expected ${pkg.slice(0, 80)} / ${id.slice(0, 40)} / ${release.slice(0, 40)} (resolved) to have a "fixed_version" string, got ${shapeOf(fixed)}`,
            );
          out.push(fixed === '0' ? { ...base, status: 'not-affected' } : { ...base, status: 'fixed', fixedVersion: fixed });
        } else if (status === 'open') {
          out.push({ ...base, status: 'open' });
        } else if (status !== 'undetermined') {
          throw dbError(
            origin,
            `expected ${pkg.slice(0, 80)} / ${id.slice(0, 40)} / ${release.slice(0, 40)} status to be resolved, open or undetermined, got ${JSON.stringify(String(status).slice(0, 40))}`,
          );
        }
      }
    }
  }
  return out;
}
