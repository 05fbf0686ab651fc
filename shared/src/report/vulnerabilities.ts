/**
 * Matched advisories as report findings, so SARIF, JUnit, the summary and the
 * exit code all derive from the same list the rules' findings are in. ONE
 * filter decides what is in that list: the policy's failOn threshold,
 * ignoreUnfixed, the `vex` input's OpenVEX statements (not_affected or fixed
 * for this image, openvex.ts) and the ignore list (by advisory id or any
 * alias); a VEX suppression is an ignore whose reason names the document. What
 * passes is a finding at `error` (so it fails under the default fail-on);
 * what does not is absent from all three reports (counted in the summary
 * only), never a note: a below-threshold advisory is then a failure nowhere,
 * whatever the step's fail-on says.
 */
import { applyIgnores, fingerprint } from '../compliance/engine.js';
import type { Finding, Subject, Suppressed } from '../compliance/finding.js';
import type { IgnoreRule, VulnerabilityPolicy } from '../compliance/policy-types.js';
import { preview } from '../preview.js';
import type { SeverityLevel } from '../compliance/vulnerabilities/advisory.js';
import type { Finding as Match } from '../compliance/vulnerabilities/match.js';
import { decidingStatement, indexVex, vexReason, type VexImage, type VexStatement } from '../compliance/vulnerabilities/openvex.js';
import type { ReportRule } from './report.js';

export { unratedNotice } from './vulnerability-notices.js';

export type VulnerabilityFailOn = NonNullable<VulnerabilityPolicy['failOn']>;
export const DEFAULT_VULNERABILITY_FAIL_ON: VulnerabilityFailOn = 'high';

/** Most severe first. `unknown` (no rating from the source) ranks with low: shown from failOn low down, never hidden by default silently. */
const RANK: Record<SeverityLevel, number> = { critical: 5, high: 4, medium: 3, low: 2, unknown: 2, negligible: 1 };
const THRESHOLD: Record<VulnerabilityFailOn, number> = { critical: 5, high: 4, medium: 3, low: 2, negligible: 1, none: Infinity };

/** GitHub code scanning's buckets (>= 9 critical, >= 7 high, >= 4 medium, else low) when the source gives no CVSS score. */
const LEVEL_SCORE: Record<SeverityLevel, number> = { critical: 9.0, high: 7.0, medium: 4.0, low: 0.1, negligible: 0.1, unknown: 0.1 };

/** One line of the summary's table. */
export interface VulnerabilityRow {
  id: string;
  package: string;
  installed: string;
  fixed?: string;
  /** The source package `fixed` is a version of, when it is not the binary's own name (libfoo1 built from foo): the fix is named as "foo 1:1.0-2". */
  fixedIn?: string;
  severity: SeverityLevel;
  score?: number;
}

export interface VulnerabilityResult {
  findings: Finding[];
  suppressed: Suppressed[];
  /** One rule per advisory that has a finding. */
  rules: ReportRule[];
  /** What the summary shows (the findings, with their package). */
  summary: VulnerabilitySummary;
}

export interface VulnerabilitySummary {
  failOn: VulnerabilityFailOn;
  rows: VulnerabilityRow[];
  /** Matched but below failOn (not findings). */
  belowThreshold: number;
  /** Matched, without a fix, left out by ignoreUnfixed. */
  unfixed: number;
  /** Of belowThreshold, those whose source gives no rating (Alpine's secdb; Debian's "not yet assigned"): ranked with low. */
  unrated: number;
}

const subjectOf = (m: Match): Subject => ({ kind: 'resource', id: `${m.package.name}@${m.installedVersion}` });
const scoreOf = (m: Match): number => m.severity.cvss?.score ?? LEVEL_SCORE[m.severity.level];
const levelText = (m: Match): string => `${m.severity.level}${m.severity.cvss?.score === undefined ? '' : `, CVSS ${m.severity.cvss.score.toFixed(1)}`}`;
/**
 * What fixes it, named as what the fixed version is a version of: a distribution advisory's fixed version is
 * the SOURCE package's, which a binary of another name need not share (cpp 4:12.2.0-3 is built from
 * gcc-defaults 1.203), so "cpp 1.204 or later" would send the user after a version that never comes.
 */
const fixTarget = (m: Match, fixed: string): string =>
  m.matched.name === m.package.name ? `${m.package.name} ${fixed}` : `${m.package.name} built from ${m.matched.name} ${fixed}`;

function toFinding(m: Match): Finding {
  const subject = subjectOf(m);
  const fix = m.fixedVersion === undefined ? 'no fix yet' : `fixed in ${m.fixedVersion}`;
  const via = m.matched.name === m.package.name ? '' : ` (source ${m.matched.name} ${m.matched.version})`;
  return {
    ruleId: m.id,
    severity: 'error',
    subject,
    expected: m.fixedVersion === undefined ? 'a fixed version (none yet)' : `${fixTarget(m, m.fixedVersion)} or later`,
    got: m.installedVersion,
    message: `${m.package.name} ${m.installedVersion}${via} is affected by ${m.id} (${levelText(m)}); ${fix}`,
    // Keyed by the purl (ecosystem, namespace, name, version, arch), not the name@version shown: npm's and PyPI's
    // "foo 1.0", or libc6 for two architectures, stay two findings instead of collapsing into one.
    fingerprint: fingerprint(m.id, { kind: 'resource', id: m.package.purl }),
  };
}

function ruleOf(id: string, matches: readonly Match[]): ReportRule {
  const first = matches[0] as Match;
  const packages = [...new Set(matches.map((m) => `${m.package.name} ${m.installedVersion}`))];
  const fixes = [...new Set(matches.map((m) => (m.fixedVersion === undefined ? `${m.package.name}: no fix yet` : fixTarget(m, m.fixedVersion))))];
  const about = first.summary === undefined ? '' : ` ${preview(first.summary, { max: 200 })}`;
  const aliases = first.aliases.length === 0 ? '' : ` Also known as ${first.aliases.slice(0, 5).join(', ')}.`;
  const fixed = matches.every((m) => m.fixedVersion !== undefined);
  return {
    id,
    pack: 'vulnerabilities',
    title: `${id} in ${[...new Set(matches.map((m) => m.package.name))].join(', ')}`,
    severity: 'error',
    why: `${packages.join(', ')} ${packages.length === 1 ? 'is' : 'are'} affected by ${id} (${levelText(first)}, from ${first.source}).${about}${aliases}`,
    fix: fixed
      ? `Upgrade to ${fixes.join(', ')} or later and rebuild the image.`
      : `${fixes.join(', ')}: no fixed version is known yet; ignore it with a reason and an until date, or remove the package.`,
    securitySeverity: scoreOf(first).toFixed(1),
  };
}

/** The ignore list with each ignore of an alias also naming the advisory id it is an alias of. */
function byAlias(ignores: readonly IgnoreRule[], matches: readonly Match[]): IgnoreRule[] {
  const idsOf = new Map<string, Set<string>>();
  for (const m of matches) for (const a of m.aliases) idsOf.set(a, (idsOf.get(a) ?? new Set()).add(m.id));
  return ignores.flatMap((ig) => [ig, ...[...(idsOf.get(ig.rule) ?? [])].map((id) => ({ ...ig, rule: id }))]);
}

/** OpenVEX statements and the image they are matched against. */
export interface VexContext {
  statements: readonly VexStatement[];
  image: VexImage;
}

/** The one filter: failOn, ignoreUnfixed, then VEX, then the ignores. */
export function vulnerabilityFindings(
  matches: readonly Match[],
  policy: VulnerabilityPolicy,
  ignores: readonly IgnoreRule[],
  today: Date,
  vex?: VexContext,
): VulnerabilityResult {
  const failOn = policy.failOn ?? DEFAULT_VULNERABILITY_FAIL_ON;
  const unfixed = policy.ignoreUnfixed === true ? matches.filter((m) => m.fixedVersion === undefined).length : 0;
  const candidates = matches.filter((m) => !(policy.ignoreUnfixed === true && m.fixedVersion === undefined));
  const above = candidates.filter((m) => RANK[m.severity.level] >= THRESHOLD[failOn]);
  const byFingerprint = new Map(above.map((m) => [toFinding(m).fingerprint, m]));
  const vexIndex = vex === undefined || vex.statements.length === 0 ? undefined : indexVex(vex.statements);
  const vexed: Suppressed[] = [];
  const open: Finding[] = [];
  for (const [, m] of byFingerprint) {
    const f = toFinding(m);
    const stated =
      vexIndex === undefined ? undefined : decidingStatement(vexIndex, { ids: [m.id, ...m.aliases], purl: m.package.purl }, (vex as VexContext).image);
    const reason = stated === undefined ? undefined : vexReason(stated);
    if (reason === undefined) open.push(f);
    else vexed.push({ finding: f, reason });
  }
  const ignored = applyIgnores(open, byAlias(ignores, above), today);
  const findings = ignored.findings;
  const suppressed = [...vexed, ...ignored.suppressed];
  const kept = findings.map((f) => byFingerprint.get(f.fingerprint) as Match);
  const ids = [...new Set(kept.map((m) => m.id))];
  return {
    findings,
    suppressed,
    rules: ids.map((id) =>
      ruleOf(
        id,
        kept.filter((m) => m.id === id),
      ),
    ),
    summary: {
      failOn,
      rows: kept.map((m) => ({
        id: m.id,
        package: m.package.name,
        installed: m.installedVersion,
        ...(m.fixedVersion === undefined ? {} : { fixed: m.fixedVersion }),
        ...(m.fixedVersion === undefined || m.matched.name === m.package.name ? {} : { fixedIn: m.matched.name }),
        severity: m.severity.level,
        ...(m.severity.cvss?.score === undefined ? {} : { score: m.severity.cvss.score }),
      })),
      belowThreshold: candidates.length - above.length,
      unfixed,
      unrated: failOn === 'none' ? 0 : candidates.filter((m) => m.severity.level === 'unknown' && RANK.unknown < THRESHOLD[failOn]).length,
    },
  };
}
