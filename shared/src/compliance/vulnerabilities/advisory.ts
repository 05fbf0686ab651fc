/**
 * The one normalized form every advisory database is parsed into (issue 12):
 * the Debian security tracker, OSV records and Alpine secdb each become a list
 * of `Advisory`, so the matcher and the reports never see a source's shape.
 */
import { PipelineError } from '../../errors.js';
import type { Ecosystem } from '../sbom/package.js';

export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'negligible' | 'unknown';

export interface Severity {
  level: SeverityLevel;
  /** Present when the source gives a CVSS vector; the score is computed from it where we can. */
  cvss?: { score?: number; vector: string };
}

export type AdvisorySource = 'debian-tracker' | 'osv' | 'alpine-secdb';

/** One OSV range: events in the order given (introduced / fixed / last_affected / limit). */
export interface AffectedRange {
  type: 'ECOSYSTEM' | 'SEMVER';
  events: { introduced?: string; fixed?: string; last_affected?: string; limit?: string }[];
}

export interface Advisory {
  /** CVE-..., GHSA-..., DSA-..., ALPINE-... as the source names it. */
  id: string;
  /** Other ids for the same vulnerability (an OSV record's aliases, a secdb line's extra ids). */
  aliases: string[];
  ecosystem: Ecosystem;
  /** The package the advisory names: the SOURCE package for distribution ecosystems. */
  package: string;
  /** For distribution ecosystems: the release (Debian codename or number, Alpine x.y). */
  distroRelease?: string;
  /**
   * fixed: versions before `fixedVersion` are affected (distribution sources);
   * open: every version is affected and no fix exists yet;
   * not-affected: the source says this release never was (kept so it overrides other sources);
   * ranges: OSV semantics over `affected` (ranges and exact versions).
   */
  status: 'fixed' | 'open' | 'not-affected' | 'ranges';
  fixedVersion?: string;
  /** For status 'ranges'. */
  affected?: { ranges: AffectedRange[]; versions: string[] };
  severity: Severity;
  source: AdvisorySource;
  /** A short description where the source gives one (already untrusted text: callers preview it). */
  summary?: string;
  /** An OSV record's `modified` (ms since the epoch): the record's own time, which dates its database (maxDbAge). */
  modified?: number;
}

/** Where a database came from, for messages: the path or URL and its line in the `vulnerability-db` input. */
export interface DbOrigin {
  location: string;
  inputLine?: number;
}

export const DB_INPUT = 'vulnerability-db';
/** The OpenVEX documents input (openvex.ts reads them); here, with DB_INPUT, so the input reader loads no package-URL parser. */
export const VEX_INPUT = 'vex';

/** An INPUT error naming the `vulnerability-db` input, its line and the database. */
export function dbError(origin: DbOrigin, reason: string, hint?: string): PipelineError {
  const line = origin.inputLine === undefined ? '' : ` line ${origin.inputLine}`;
  return new PipelineError('INPUT', `'${DB_INPUT}'${line}: ${reason}`, {
    input: DB_INPUT,
    file: origin.location,
    ...(hint === undefined ? {} : { hint }),
  });
}

/** What a JSON value is, for "expected X, got Y". */
export function shapeOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  return `a ${typeof v}`;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
