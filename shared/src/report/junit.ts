/**
 * JUnit XML: one suite for the rule packs (a test case per rule) and one per
 * container-structure-test kind (a case per test), shaped for the two readers
 * most workflows use (dorny/test-reporter, mikepenz/action-junit-report; what
 * each reads is written down in test/unit/report/junit-readers.test.ts):
 * - only what fails the step is a `<failure>`: findings at or above `fail-on`.
 *   Findings below it, and failed tests the policy ignores, are `<skipped
 *   message=...>` with the details in `<system-out>`, so a report reader never
 *   marks red a step that passed;
 * - `file` and `line` on a case whose finding is anchored (the Dockerfile
 *   instruction, the policy test's line);
 * - every case name unique in the document: action-junit-report's
 *   check_retries keeps one case per name and drops a failure when a same-named
 *   case passed, which could hide a real failure.
 */
import type { Finding, TestOutcome } from '../compliance/finding.js';
import type { Report } from './report.js';
import { fails } from './report.js';

export const xmlEscape = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; they must be dropped
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

interface Case {
  name: string;
  classname: string;
  time: number;
  file?: string;
  line?: number;
  failure?: { message: string; body: string };
  skipped?: string;
  out?: string;
}

const suiteXml = (name: string, cases: readonly Case[]): string => {
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const time = cases.reduce((t, c) => t + c.time, 0);
  const body = cases
    .map((c) => {
      const where = `${c.file !== undefined ? ` file="${xmlEscape(c.file)}"` : ''}${c.line !== undefined ? ` line="${c.line}"` : ''}`;
      const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${c.time.toFixed(3)}"${where}`;
      const out = c.out !== undefined ? `\n      <system-out>${xmlEscape(c.out)}</system-out>` : '';
      if (c.failure !== undefined)
        return `${open}>\n      <failure message="${xmlEscape(c.failure.message)}" type="failure">${xmlEscape(c.failure.body)}</failure>\n    </testcase>`;
      if (c.skipped !== undefined) return `${open}>\n      <skipped message="${xmlEscape(c.skipped)}"/>${out}\n    </testcase>`;
      return `${open}/>`;
    })
    .join('\n');
  return `  <testsuite name="${xmlEscape(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">\n${body}\n  </testsuite>`;
};

const KIND_SUITE: Record<TestOutcome['kind'], string> = {
  command: 'Command Tests',
  fileExistence: 'File Existence Tests',
  fileContent: 'File Content Tests',
  metadata: 'Metadata Test',
  license: 'License Tests',
};

const count = (n: number): string => `${n} finding${n === 1 ? '' : 's'}`;
const findingLine = (h: Finding): string => `${h.message}${h.anchor !== undefined ? ` [${h.anchor.file}:${h.anchor.line}]` : ''}`;

/** Names made unique across the document, in order: a repeated name gets ' (2)', ' (3)', ... */
function uniqueNames(cases: Case[][]): void {
  const seen = new Set<string>();
  for (const c of cases.flat()) {
    let name = c.name;
    for (let i = 2; seen.has(name); i++) name = `${c.name} (${i})`;
    seen.add(name);
    c.name = name;
  }
}

/** A rule's case: failing with its findings at or above fail-on, else skipped with the ones below it, else passed. */
function ruleCase(report: Report, r: Report['rules'][number]): Case {
  const hits = report.findings.filter((f) => f.ruleId === r.id);
  const failing = hits.filter((h) => fails([h], report.failOn));
  const below = hits.filter((h) => !fails([h], report.failOn));
  const c: Case = { name: `${r.id} ${r.title}`, classname: `test-image.${r.pack}`, time: 0 };
  const anchored = [...failing, ...below].find((h) => h.anchor !== undefined)?.anchor;
  if (anchored !== undefined) {
    c.file = anchored.file;
    c.line = anchored.line;
  }
  if (failing.length > 0)
    c.failure = { message: `${count(failing.length)} (${failing[0]?.severity})`, body: [...failing, ...below].map(findingLine).join('\n') };
  else if (below.length > 0) {
    c.skipped = `${count(below.length)} (${below[0]?.severity}) below fail-on '${report.failOn}': reported, not failing`;
    c.out = below.map(findingLine).join('\n');
  }
  return c;
}

/** A structure test's case: its finding decides (severity against fail-on); a failure the policy ignores is skipped with the reason. */
function testCase(report: Report, t: TestOutcome): Case {
  const c: Case = { name: t.name, classname: `test-image.${t.kind}`, time: t.durationMs / 1000 };
  if (report.policy !== undefined && t.line !== undefined) {
    c.file = report.policy;
    c.line = t.line;
  }
  if (t.skipped !== undefined) {
    c.skipped = t.skipped;
    return c;
  }
  if (t.passed) return c;
  const mine = (f: Finding): boolean => f.subject.kind === 'policy' && f.subject.test === t.name && f.ruleId.startsWith('CST-');
  const finding = report.findings.find(mine);
  if (finding !== undefined && fails([finding], report.failOn)) c.failure = { message: t.failures[0] ?? 'failed', body: t.failures.join('\n') };
  else {
    const ignored = report.suppressed.find((s) => mine(s.finding));
    c.skipped =
      finding !== undefined
        ? `failed (${finding.severity}) below fail-on '${report.failOn}': reported, not failing`
        : `failed, ignored by the policy: ${ignored?.reason ?? 'no reason given'}`;
    c.out = t.failures.join('\n');
  }
  return c;
}

export function toJUnit(report: Report): string {
  const ruleCases: Case[] = report.rules.filter((r) => !r.id.startsWith('CST-')).map((r) => ruleCase(report, r));
  const kinds = (Object.keys(KIND_SUITE) as TestOutcome['kind'][]).filter((k) => report.tests.some((t) => t.kind === k));
  const testCases = kinds.map((k) => report.tests.filter((t) => t.kind === k).map((t) => testCase(report, t)));
  uniqueNames([ruleCases, ...testCases]);
  const suites = [suiteXml(`test-image compliance (${report.image.name})`, ruleCases), ...kinds.map((k, i) => suiteXml(KIND_SUITE[k], testCases[i] as Case[]))];
  const all = [ruleCases, ...testCases].flat();
  const failures = all.filter((c) => c.failure !== undefined).length;
  const skipped = all.filter((c) => c.skipped !== undefined).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="test-image" tests="${all.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}\n</testsuites>\n`;
}
