import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage, type CheckResult } from '../../../shared/src/compliance/check-image.js';
import { toFinding } from '../../../shared/src/compliance/engine.js';
import { parsePolicy } from '../../../shared/src/compliance/policy-load.js';
import { anchorFindings } from '../../../shared/src/report/anchors.js';
import { toAnnotations } from '../../../shared/src/report/annotations.js';
import { batches, toApiAnnotations } from '../../../shared/src/report/check-run.js';
import { toJUnit, xmlEscape } from '../../../shared/src/report/junit.js';
import { buildReport, fails, type Report } from '../../../shared/src/report/report.js';
import { toSarif } from '../../../shared/src/report/sarif.js';
import { toSummary } from '../../../shared/src/report/summary/test.js';
import { CLEAN_BASE, CLEAN_CONFIG, writeImage } from '../../fixtures/test-image/oci-image.js';

const POLICY = `schemaVersion: '2.0.0'
fileExistenceTests:
  - name: shell exists
    path: /bin/sh
  - name: needs curl <&>
    path: /usr/bin/curl
compliance:
  ignore:
    - rule: IMG-UNWANTED-FILE
      paths: ['/home/app/.bash_history']
      reason: kept for the demo
`;
const DOCKERFILE = 'FROM scratch\nCOPY rootfs/ /\nUSER root\n';

let tmp: string;
let check: CheckResult;
let report: Report;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'report-test-'));
  const dir = await writeImage(path.join(tmp, 'img'), {
    layers: [[...CLEAN_BASE, { path: 'usr/local/bin/x', content: 'x', mode: 0o4755 }, { path: 'home/app/.bash_history', content: 'ls' }]],
    config: { ...CLEAN_CONFIG, User: 'root', Healthcheck: undefined },
    history: [{ created_by: '/bin/sh -c #(nop) COPY dir:abc in / ' }, { created_by: '/bin/sh -c #(nop) USER root', empty_layer: true }],
  });
  const policy = parsePolicy({ text: POLICY, file: 'image-policy.yml' });
  check = await checkImage({ image: dir, policy });
  const lines = new Map(check.tests.map((t) => [t.name, t.line]));
  const findings = anchorFindings(check.findings, check.view, {
    dockerfile: { file: 'Dockerfile', text: DOCKERFILE },
    policyFile: 'image-policy.yml',
    policyTestLine: (n) => lines.get(n),
  });
  report = buildReport(check, findings, { failOn: 'error', policyFile: 'image-policy.yml' });
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('report', () => {
  it('collects findings, suppressed ones, tests and the verdict', () => {
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['CIS-4.1', 'CIS-4.6', 'CIS-4.8', 'CST-file-existence']);
    expect(report.suppressed.map((s) => s.finding.ruleId)).toEqual(['IMG-UNWANTED-FILE']);
    expect(report.counts).toMatchObject({ error: 2, warning: 2, note: 0, suppressed: 1, tests: 2, testsFailed: 1 });
    expect(report.result).toBe('failed');
  });

  it('fail-on decides the result', () => {
    const warn = [toFinding('X', 'warning', { subject: { kind: 'manifest', field: 'x' }, expected: 'a', got: 'b' })];
    expect(fails(warn, 'error')).toBe(false);
    expect(fails(warn, 'warning')).toBe(true);
    expect(fails(warn, 'note')).toBe(true);
    expect(fails(warn, 'never')).toBe(false);
  });
});

describe('SARIF', () => {
  it('has one run, rules with help and security-severity, results with locations, regions and fingerprints', () => {
    const sarif = toSarif(report) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string }; properties: Record<string, unknown> }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0] as (typeof sarif.runs)[number];
    const rules = run.tool.driver.rules;
    for (const r of rules) {
      expect(r.help.text.length).toBeGreaterThan(10);
      expect(r.properties['security-severity']).toMatch(/^\d+\.\d$/);
    }
    for (const res of run.results) {
      expect(rules[res.ruleIndex]?.id).toBe(res.ruleId);
      expect(res.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(res.partialFingerprints['imagePipelineFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const user = run.results.find((r) => r.ruleId === 'CIS-4.1');
    expect(user?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'Dockerfile' }, region: { startLine: 3 } });
    const cst = run.results.find((r) => r.ruleId === 'CST-file-existence');
    expect(cst?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'image-policy.yml' }, region: { startLine: 5 } });
  });
});

describe('JUnit', () => {
  it('is well-formed XML with a suite for the rules and one per test kind', () => {
    const xml = toJUnit(report);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="test-image"')).toBe(true);
    expect(xml).toContain('<testsuite name="File Existence Tests" tests="2" failures="1"');
    expect(xml).toContain('name="needs curl &lt;&amp;&gt;"');
    expect(xml).toMatch(/<testcase name="CIS-4.1 Image runs as a non-root user"[^>]*>\s*<failure message="1 finding \(error\)"/);
    // Every opened element is closed, in order.
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (m[3] === '/') continue;
      if (m[1] === '/') expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2] as string);
    }
    expect(stack).toEqual([]);
  });

  it('escapes text and drops characters XML forbids', () => expect(xmlEscape('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&apos;'));
});

describe('job summary', () => {
  it('has a verdict and a table of findings with their lines', () => {
    const md = toSummary(report);
    expect(md).toContain('## test-image: ❌ failed');
    expect(md).toContain('| 🔴 error | `CIS-4.1` | Dockerfile:3 |');
    expect(md).toContain('Ignored findings');
  });

  it('stays under the cap by cutting rows and saying so', () => {
    const many = {
      ...report,
      findings: Array.from({ length: 5000 }, (_, i) =>
        toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: `/opt/${'x'.repeat(200)}/${i}` }, expected: 'no setuid', got: 'setuid' }),
      ),
    };
    const md = toSummary(many, { limit: 100 * 1024 });
    expect(Buffer.byteLength(md)).toBeLessThan(100 * 1024);
    expect(md).toMatch(/\d+ more findings not shown here/);
  });
});

describe('annotations', () => {
  it('carry file and line; notes are left to the reports unless asked', () => {
    const a = toAnnotations(report.findings);
    expect(a.every((x) => typeof x.file === 'string' && typeof x.line === 'number')).toBe(true);
    expect(a.find((x) => x.title === 'CIS-4.1')).toMatchObject({ level: 'error', file: 'Dockerfile', line: 3 });
    const note = toFinding('N', 'note', { subject: { kind: 'manifest', field: 'x' }, expected: 'a', got: 'b' });
    expect(toAnnotations([note])).toEqual([]);
    expect(toAnnotations([note], { includeNotes: true })[0]?.level).toBe('notice');
  });

  it('check-run annotations go in batches of 50', () => {
    const api = toApiAnnotations(
      Array.from({ length: 120 }, (_, i) => ({ level: 'warning' as const, title: 't', message: `m${i}`, file: 'Dockerfile', line: i + 1 })),
      'p.yml',
    );
    expect(batches(api).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(api[0]).toEqual({ path: 'Dockerfile', start_line: 1, end_line: 1, annotation_level: 'warning', title: 't', message: 'm0' });
    expect(batches([])).toEqual([[]]);
  });
});
