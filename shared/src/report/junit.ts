/**
 * JUnit XML: one suite for the rule packs (a test case per rule, failing with
 * its findings) and one per container-structure-test kind (a case per test),
 * the shape CI test-report viewers expect.
 */
import type { TestOutcome } from '../compliance/finding.js';
import type { Report } from './report.js';

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
  failure?: { message: string; body: string };
  skipped?: string;
}

const suiteXml = (name: string, cases: readonly Case[]): string => {
  const failures = cases.filter((c) => c.failure !== undefined).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const time = cases.reduce((t, c) => t + c.time, 0);
  const body = cases
    .map((c) => {
      const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${c.time.toFixed(3)}"`;
      if (c.failure !== undefined)
        return `${open}>\n      <failure message="${xmlEscape(c.failure.message)}" type="failure">${xmlEscape(c.failure.body)}</failure>\n    </testcase>`;
      if (c.skipped !== undefined) return `${open}>\n      <skipped message="${xmlEscape(c.skipped)}"/>\n    </testcase>`;
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

export function toJUnit(report: Report): string {
  const ruleCases: Case[] = report.rules
    .filter((r) => !r.id.startsWith('CST-'))
    .map((r) => {
      const hits = report.findings.filter((f) => f.ruleId === r.id);
      const c: Case = { name: `${r.id} ${r.title}`, classname: `test-image.${r.pack}`, time: 0 };
      if (hits.length > 0)
        c.failure = {
          message: `${hits.length} finding${hits.length === 1 ? '' : 's'} (${hits[0]?.severity})`,
          body: hits.map((h) => `${h.message}${h.anchor !== undefined ? ` [${h.anchor.file}:${h.anchor.line}]` : ''}`).join('\n'),
        };
      return c;
    });
  const suites = [suiteXml(`test-image compliance (${report.image.name})`, ruleCases)];
  for (const kind of Object.keys(KIND_SUITE) as TestOutcome['kind'][]) {
    const tests = report.tests.filter((t) => t.kind === kind);
    if (tests.length === 0) continue;
    suites.push(
      suiteXml(
        KIND_SUITE[kind],
        tests.map((t) => {
          const c: Case = { name: t.name, classname: `test-image.${kind}`, time: t.durationMs / 1000 };
          if (t.skipped !== undefined) c.skipped = t.skipped;
          else if (!t.passed) c.failure = { message: t.failures[0] ?? 'failed', body: t.failures.join('\n') };
          return c;
        }),
      ),
    );
  }
  const total = ruleCases.length + report.tests.length;
  const failures = ruleCases.filter((c) => c.failure !== undefined).length + report.tests.filter((t) => !t.passed).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="test-image" tests="${total}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
