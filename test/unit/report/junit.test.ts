/**
 * JUnit as the two common report readers read it (issue 15 item 6).
 *
 * What they read, from their sources (read through the search tool's stored copies):
 * - dorny/test-reporter src/parsers/java-junit/java-junit-parser.ts (035c1f9): a case is 'failed' when it has
 *   <failure> or <error>, else 'skipped' when it has <skipped>, else 'success'; it reads testsuite name/time,
 *   testcase name/classname/time, the failure's message attribute and its text. It reads no file/line
 *   attribute: a location comes only from a Java stack-trace line "at pkg.Class.method(File.java:12)" matched
 *   against tracked files, so our cases show in its report without a line.
 * - mikepenz/action-junit-report src/testParser.ts (0289ec7): skipped = <skipped>, or status="disabled" /
 *   "ignored", and "a skipped test shall not fail the run" (annotation level notice); file = testcase `file`,
 *   else failure `file`, else testsuite `file`; line = testcase `line`, else failure `line`, else testsuite
 *   `line`; with both set they are used as they are (else it guesses the file from the classname's last dot part
 *   and the line from the stack text). For a failed case it then globs `**\/<file>.*`, keeping `<file>` when
 *   nothing matches. With check_retries it keeps one case per testcase NAME within a suite, dropping a failure
 *   when a same-named case passed: names must be unique or a real failure can vanish.
 */
import { describe, expect, it } from '@jest/globals';
import { toFinding } from '../../../shared/src/compliance/engine.js';
import type { TestOutcome } from '../../../shared/src/compliance/finding.js';
import { toJUnit } from '../../../shared/src/report/junit.js';
import type { FailOn, Report, ReportRule } from '../../../shared/src/report/report.js';
import { TOOL } from '../../../shared/src/report/report.js';

const rule = (id: string, severity: ReportRule['severity']): ReportRule => ({ id, pack: 'cis-docker', title: `${id} title`, severity, why: 'w', fix: 'f' });
const test = (name: string, passed: boolean, line: number): TestOutcome => ({
  kind: 'fileExistence',
  name,
  passed,
  failures: passed ? [] : [`${name} failed`],
  line,
  durationMs: 5,
});

function report(failOn: FailOn): Report {
  const err = toFinding('CIS-4.1', 'error', { subject: { kind: 'config', field: 'User' }, expected: 'non-root', got: 'root' });
  const warn = toFinding('CIS-4.6', 'warning', { subject: { kind: 'config', field: 'Healthcheck' }, expected: 'a HEALTHCHECK', got: 'none' });
  const unanchored = toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: '/opt/x' }, expected: 'no setuid', got: 'setuid' });
  const cstFail = toFinding('CST-file-existence', 'error', { subject: { kind: 'policy', test: 'dup' }, expected: 'pass', got: 'dup failed' });
  const ignoredTest = toFinding('CST-file-existence', 'error', { subject: { kind: 'policy', test: 'ignored one' }, expected: 'pass', got: 'x' });
  return {
    tool: TOOL,
    image: { name: 'layout /tmp/x', digest: 'sha256:00', platform: 'linux/amd64', layers: 1, files: 1, size: 1 },
    policy: 'image-policy.yml',
    result: 'failed',
    failOn,
    counts: { error: 2, warning: 2, note: 0, suppressed: 1, tests: 4, testsFailed: 2 },
    rules: [rule('CIS-4.1', 'error'), rule('CIS-4.6', 'warning'), rule('CIS-4.8', 'warning'), rule('CIS-4.7', 'error')],
    findings: [
      { ...err, anchor: { file: 'Dockerfile', line: 3 } },
      { ...warn, anchor: { file: 'Dockerfile', line: 1 } },
      unanchored,
      { ...cstFail, anchor: { file: 'image-policy.yml', line: 9 } },
    ],
    suppressed: [{ finding: ignoredTest, reason: 'known, tracked in #12' }],
    // Two tests share a name (CST allows it); one failing test is ignored by the policy.
    tests: [test('dup', true, 4), test('dup', false, 9), test('ignored one', false, 12), test('CIS-4.1 CIS-4.1 title', true, 14)],
  };
}

const cases = (xml: string): Record<string, string>[] =>
  [...xml.matchAll(/<testcase ([^>]*?)(\/?)>([\s\S]*?)(?:<\/testcase>|(?=<testcase|\s*<\/testsuite>))/g)].map((m) => {
    const attrs: Record<string, string> = Object.fromEntries([...(m[1] as string).matchAll(/([a-z]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? '']));
    const body = m[2] === '/' ? '' : (m[3] as string);
    return { ...attrs, state: body.includes('<failure') ? 'failure' : body.includes('<skipped') ? 'skipped' : 'passed', body };
  });

const byName = (xml: string): Record<string, Record<string, string>> =>
  Object.fromEntries(cases(xml).map((c): [string, Record<string, string>] => [c.name ?? '', c]));

describe('JUnit for test reporters', () => {
  it('only findings at or above fail-on are failures; below it skipped with a message and the details in system-out', () => {
    const xml = toJUnit(report('error'));
    const named = byName(xml);
    expect(named['CIS-4.1 CIS-4.1 title']?.state).toBe('failure');
    expect(named['CIS-4.6 CIS-4.6 title']?.state).toBe('skipped');
    expect(named['CIS-4.6 CIS-4.6 title']?.body).toContain(`<skipped message="1 finding (warning) below fail-on &apos;error&apos;: reported, not failing"/>`);
    expect(named['CIS-4.6 CIS-4.6 title']?.body).toContain('<system-out>');
    expect(named['CIS-4.7 CIS-4.7 title']?.state).toBe('passed');
    expect(xml).toMatch(/<testsuites name="test-image" tests="8" failures="2" errors="0" skipped="3">/);
  });

  it('fail-on warning makes warnings failures; never makes nothing a failure', () => {
    expect(byName(toJUnit(report('warning')))['CIS-4.6 CIS-4.6 title']?.state).toBe('failure');
    const never = cases(toJUnit(report('never')));
    expect(never.filter((c) => c.state === 'failure')).toEqual([]);
    expect(never.find((c) => c.name === 'CIS-4.1 CIS-4.1 title')?.state).toBe('skipped');
  });

  it('cases carry file and line where anchored: rules at their finding, structure tests at their policy line', () => {
    const named = byName(toJUnit(report('error')));
    expect(named['CIS-4.1 CIS-4.1 title']).toMatchObject({ file: 'Dockerfile', line: '3' });
    expect(named['CIS-4.8 CIS-4.8 title']?.file).toBeUndefined();
    expect(named['CIS-4.7 CIS-4.7 title']?.file).toBeUndefined();
    expect(named['dup (2)']).toMatchObject({ file: 'image-policy.yml', line: '9', state: 'failure' });
  });

  it('names are unique across the document, so check_retries cannot merge a failure into a pass', () => {
    const names = cases(toJUnit(report('error'))).map((c) => c.name ?? '');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['dup', 'dup (2)', 'CIS-4.1 CIS-4.1 title', 'CIS-4.1 CIS-4.1 title (2)']));
  });

  it('a failed structure test the policy ignores is skipped with the reason, not a failure', () => {
    const ignored = cases(toJUnit(report('error'))).find((c) => c.name === 'ignored one');
    expect(ignored?.state).toBe('skipped');
    expect(ignored?.body).toContain('failed, ignored by the policy: known, tracked in #12');
  });
});
