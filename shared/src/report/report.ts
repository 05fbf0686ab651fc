/**
 * The JSON report: everything one run of test-image found, in one plain
 * object that every other format (SARIF, JUnit, summary, annotations) is
 * derived from. `fail-on` decides the result here, once.
 */
import type { CheckedImage, CheckResult } from '../compliance/check-image.js';
import { CST_RULES } from '../compliance/cst/rules.js';
import type { Finding, RuleInfo, Severity, Suppressed, TestOutcome } from '../compliance/finding.js';
import type { VulnerabilityResult, VulnerabilitySummary } from './vulnerabilities.js';

export type FailOn = Severity | 'never';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

export const TOOL = {
  name: 'image-pipeline test-image',
  version: '0.1.0',
  informationUri: 'https://github.com/image-pipeline/image-pipeline/tree/main/test-image',
} as const;

/** A rule as the reports carry it: an advisory's rule has its own SARIF security-severity (its CVSS score or level). */
export type ReportRule = RuleInfo & { securitySeverity?: string };

export interface Report {
  tool: typeof TOOL;
  image: CheckedImage;
  policy?: string;
  result: 'passed' | 'failed';
  failOn: FailOn;
  counts: Record<Severity, number> & { suppressed: number; tests: number; testsFailed: number };
  /** Rules that ran, at their effective severity, plus the CST kinds that had tests. */
  rules: ReportRule[];
  findings: Finding[];
  suppressed: Suppressed[];
  tests: TestOutcome[];
  /** Set when vulnerability databases were given: the advisories found, for the summary's table. */
  vulnerabilities?: VulnerabilitySummary;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]);
}

export function buildReport(
  check: CheckResult,
  ruleFindings: readonly Finding[],
  opts: {
    failOn: FailOn;
    policyFile?: string;
    vulnerabilities?: VulnerabilityResult;
    signatures?: { findings: readonly Finding[]; rules: readonly RuleInfo[] };
  },
): Report {
  // Advisories and signature problems join the rules' findings here, so every format and the verdict see one list.
  const v = opts.vulnerabilities;
  const sig = opts.signatures;
  const findings = [...ruleFindings, ...(v?.findings ?? []), ...(sig?.findings ?? [])];
  const suppressed = v === undefined ? check.suppressed : [...check.suppressed, ...v.suppressed];
  const counts = {
    error: 0,
    warning: 0,
    note: 0,
    suppressed: suppressed.length,
    tests: check.tests.length,
    testsFailed: check.tests.filter((t) => !t.passed).length,
  };
  for (const f of findings) counts[f.severity]++;
  const cstKinds = [...new Set(check.tests.map((t) => t.kind))];
  const report: Report = {
    tool: TOOL,
    image: check.image,
    result: fails(findings, opts.failOn) ? 'failed' : 'passed',
    failOn: opts.failOn,
    counts,
    rules: [
      ...check.rules.map((r) => ({
        id: r.rule.id,
        pack: r.rule.pack,
        title: r.rule.title,
        severity: r.severity,
        why: r.rule.why,
        fix: r.rule.fix,
        ...(r.rule.cis === undefined ? {} : { cis: r.rule.cis }),
      })),
      ...cstKinds.map((k) => CST_RULES[k]),
      ...(v?.rules ?? []),
      ...(sig?.rules ?? []),
    ],
    findings: [...findings],
    suppressed,
    tests: check.tests,
  };
  if (opts.policyFile !== undefined) report.policy = opts.policyFile;
  if (v !== undefined) report.vulnerabilities = v.summary;
  return report;
}
