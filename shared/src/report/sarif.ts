/**
 * SARIF 2.1.0 for GitHub code scanning: one run; every rule that ran with a
 * description, help and a `security-severity`; every finding with a physical
 * location (the anchored file and line), a logical location (the path or
 * field inside the image) and a partial fingerprint that stays the same
 * across runs, so alerts are tracked rather than re-opened.
 */
import type { Finding, Severity } from '../compliance/finding.js';
import { subjectText } from '../compliance/finding.js';
import type { Report, ReportRule } from './report.js';

/** GitHub maps >= 7.0 to high, >= 4.0 to medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', note: '2.0' };

const relative = (file: string): string => file.replace(/\\/g, '/').replace(/^\.\//, '');

function sarifRule(r: ReportRule) {
  return {
    id: r.id,
    name: r.id
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .replace(/ (\w)/g, (_m, c: string) => c.toUpperCase())
      .replace(/ /g, ''),
    shortDescription: { text: r.title },
    fullDescription: { text: r.why },
    help: { text: `${r.why} Fix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}${r.cis !== undefined ? `\n\nCIS Docker Benchmark ${r.cis}.` : ''}` },
    defaultConfiguration: { level: r.severity },
    properties: {
      tags: ['security', 'container', ...(r.cis !== undefined ? [`CIS-Docker-${r.cis}`] : []), r.pack],
      'security-severity': r.securitySeverity ?? SECURITY_SEVERITY[r.severity],
      precision: 'high',
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number, fallbackFile: string) {
  const file = relative(f.anchor?.file ?? fallbackFile);
  const line = f.anchor?.line ?? 1;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: file }, region: { startLine: line } },
        logicalLocations: [{ fullyQualifiedName: subjectText(f.subject), kind: f.subject.kind === 'file' ? 'resource' : 'member' }],
      },
    ],
    partialFingerprints: { 'imagePipelineFinding/v1': f.fingerprint },
    properties: { expected: f.expected, got: f.got, ...(f.expiredIgnore !== undefined ? { expiredIgnore: f.expiredIgnore } : {}) },
  };
}

export function toSarif(report: Report, fallbackFile = 'Dockerfile'): object {
  const rules = report.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: `test-image/${report.image.platform}/` },
        results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? 0, fallbackFile)),
        properties: { image: report.image.name, digest: report.image.digest, platform: report.image.platform },
      },
    ],
  };
}
