/**
 * OSV records (https://ossf.github.io/osv-schema/), any ecosystem we catalog:
 * one advisory per `affected[]` entry, keeping the ranges (ECOSYSTEM and SEMVER;
 * GIT ranges name commits, which an image does not carry) and the exact
 * `versions[]` list for the matcher. Withdrawn records are dropped; entries of
 * ecosystems we do not catalog are skipped.
 */
import type { Ecosystem } from '../sbom/package.js';
import { type Advisory, type AffectedRange, type DbOrigin, type Severity, type SeverityLevel, dbError, isRecord, shapeOf } from './advisory.js';
import { cvss3BaseScore, levelOfScore } from './cvss.js';

const LANGUAGE: Readonly<Record<string, Ecosystem>> = { npm: 'npm', PyPI: 'pypi', Go: 'golang', Maven: 'maven' };

/** The release name of Ubuntu's advisories for an os-release VERSION_ID (`24.04` -> `ubuntu:24.04`); undefined when it is no YY.MM. */
export const ubuntuRelease = (versionId: string): string | undefined => (/^\d+\.\d+$/.test(versionId) ? `ubuntu:${versionId}` : undefined);

/**
 * `Debian:12` -> deb release 12, `Alpine:v3.19` -> apk release 3.19, `npm` -> npm; undefined for others.
 * Ubuntu's (`Ubuntu:24.04:LTS`, `Ubuntu:24.10`, `Ubuntu:Pro:18.04:LTS`: source packages, dpkg versions) -> deb
 * release `ubuntu:24.04`, so a Debian release never matches an Ubuntu image's packages or the reverse. Pro
 * (ESM) records count: the package is affected either way, and the fix they name is Ubuntu Pro's.
 */
export function osvEcosystem(text: string): { ecosystem: Ecosystem; release?: string } | undefined {
  const lang = LANGUAGE[text];
  if (lang !== undefined) return { ecosystem: lang };
  const ubuntu = /^Ubuntu:(?:Pro:)?(\d+\.\d+)(?::LTS)?$/.exec(text);
  if (ubuntu !== null) return { ecosystem: 'deb', release: ubuntuRelease(ubuntu[1] as string) as string };
  const m = /^(Debian|Alpine):v?(\d+(?:\.\d+)?)/.exec(text);
  if (m === null) return undefined;
  return { ecosystem: m[1] === 'Debian' ? 'deb' : 'apk', release: m[2] as string };
}

/** GitHub's and others' words for severity (`database_specific.severity`). */
const RATING: Readonly<Record<string, SeverityLevel>> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'negligible',
};

function severityOf(record: Record<string, unknown>): Severity {
  const list = Array.isArray(record['severity']) ? (record['severity'] as unknown[]) : [];
  const v3 = list.find((s) => isRecord(s) && s['type'] === 'CVSS_V3' && typeof s['score'] === 'string') as { score: string } | undefined;
  if (v3 !== undefined) {
    const score = cvss3BaseScore(v3.score);
    if (score !== undefined) return { level: levelOfScore(score), cvss: { score, vector: v3.score } };
  }
  // The source's own rating: Ubuntu's records give their priority as a severity of type "Ubuntu" (often the only
  // one, when NVD has not scored the CVE); GitHub's and others' as database_specific.severity.
  const ubuntu = list.find((s) => isRecord(s) && s['type'] === 'Ubuntu' && typeof s['score'] === 'string') as { score: string } | undefined;
  const ds = record['database_specific'];
  const rated =
    (ubuntu === undefined ? undefined : RATING[ubuntu.score.toLowerCase()]) ??
    (isRecord(ds) && typeof ds['severity'] === 'string' ? RATING[ds['severity'].toLowerCase()] : undefined);
  // A CVSS v4 vector is kept for the report; its score needs the v4 lookup tables, so the rating comes from the source.
  const v4 = list.find((s) => isRecord(s) && s['type'] === 'CVSS_V4' && typeof s['score'] === 'string') as { score: string } | undefined;
  const vector = v3?.score ?? v4?.score;
  return { level: rated ?? 'unknown', ...(vector === undefined ? {} : { cvss: { vector } }) };
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

function rangesOf(entry: Record<string, unknown>, where: string, origin: DbOrigin): AffectedRange[] {
  const ranges = entry['ranges'] ?? [];
  if (!Array.isArray(ranges)) throw dbError(origin, `expected ${where}.ranges to be an array, got ${shapeOf(ranges)}`);
  const out: AffectedRange[] = [];
  ranges.forEach((r: unknown, i) => {
    if (!isRecord(r) || !Array.isArray(r['events']))
      throw dbError(origin, `expected ${where}.ranges[${i}] to be { "type", "events": [...] }, got ${shapeOf(r)}`);
    const type = r['type'];
    if (type === 'GIT') return;
    if (type !== 'ECOSYSTEM' && type !== 'SEMVER')
      throw dbError(origin, `expected ${where}.ranges[${i}].type to be ECOSYSTEM, SEMVER or GIT, got ${JSON.stringify(String(type).slice(0, 20))}`);
    const events = (r['events'] as unknown[]).map((e, j) => {
      const key = isRecord(e) ? EVENT_KEYS.find((k) => typeof e[k] === 'string') : undefined;
      if (key === undefined || !isRecord(e))
        throw dbError(
          origin,
          `expected ${where}.ranges[${i}].events[${j}] to be one of {introduced|fixed|last_affected|limit: "<version>"}, got ${shapeOf(e)}`,
        );
      return { [key]: e[key] as string };
    });
    out.push({ type, events });
  });
  return out;
}

/** `modified` (RFC 3339, required by OSV) as ms; absent is tolerated (older exports), unreadable is an error. */
function modifiedOf(doc: Record<string, unknown>, id: string, origin: DbOrigin): number | undefined {
  const m = doc['modified'];
  if (m === undefined) return undefined;
  const ms = typeof m === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(m) ? Date.parse(m) : NaN;
  if (Number.isNaN(ms))
    throw dbError(
      origin,
      `expected ${id.slice(0, 40)} "modified" to be an RFC 3339 time, got ${typeof m === 'string' ? JSON.stringify(m.slice(0, 40)) : shapeOf(m)}`,
    );
  return ms;
}

/** The advisories of one OSV record (a parsed JSON document); `[]` when withdrawn or of no ecosystem we catalog. */
export function parseOsvRecord(doc: unknown, origin: DbOrigin): Advisory[] {
  if (!isRecord(doc) || typeof doc['id'] !== 'string') throw dbError(origin, `expected an OSV record (an object with an "id" string), got ${shapeOf(doc)}`);
  if (doc['withdrawn'] !== undefined) return [];
  const id = doc['id'];
  const aliases = Array.isArray(doc['aliases']) ? doc['aliases'].filter((a): a is string => typeof a === 'string') : [];
  const affected = doc['affected'] ?? [];
  if (!Array.isArray(affected)) throw dbError(origin, `expected ${id.slice(0, 40)} "affected" to be an array, got ${shapeOf(affected)}`);
  const severity = severityOf(doc);
  const modified = modifiedOf(doc, id, origin);
  const summary = typeof doc['summary'] === 'string' ? doc['summary'] : typeof doc['details'] === 'string' ? doc['details'] : undefined;
  const out: Advisory[] = [];
  affected.forEach((entry: unknown, i) => {
    const where = `${id.slice(0, 40)} affected[${i}]`;
    const pkg = isRecord(entry) ? entry['package'] : undefined;
    if (!isRecord(entry) || !isRecord(pkg) || typeof pkg['ecosystem'] !== 'string' || typeof pkg['name'] !== 'string')
      throw dbError(origin, `expected ${where} to have "package": { "ecosystem", "name" }, got ${shapeOf(pkg)}`);
    const eco = osvEcosystem(pkg['ecosystem']);
    if (eco === undefined) return;
    const versions = Array.isArray(entry['versions']) ? entry['versions'].filter((v): v is string => typeof v === 'string') : [];
    const ranges = rangesOf(entry, where, origin);
    const fixed = ranges.flatMap((r) => r.events).find((e) => e.fixed !== undefined)?.fixed;
    out.push({
      id,
      aliases,
      ecosystem: eco.ecosystem,
      package: pkg['name'],
      ...(eco.release === undefined ? {} : { distroRelease: eco.release }),
      status: 'ranges',
      ...(fixed === undefined ? {} : { fixedVersion: fixed }),
      affected: { ranges, versions },
      severity,
      source: 'osv',
      ...(summary === undefined ? {} : { summary }),
      ...(modified === undefined ? {} : { modified }),
    });
  });
  return out;
}
