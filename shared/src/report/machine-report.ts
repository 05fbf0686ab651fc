/**
 * Machine-image check results in the same Report shape container checks
 * produce, so SARIF, JUnit, the summary, annotations and the check run are
 * written by the same code. Findings are about resources (an AMI or a
 * snapshot, with its region); ignores in the policy's compliance section
 * apply to them by rule and resource glob, and every finding is anchored to
 * the policy file's machineImage section.
 */
import { applyIgnores, toFinding } from '../compliance/engine.js';
import type { Anchor, Finding } from '../compliance/finding.js';
import type { IgnoreRule } from '../compliance/policy-types.js';
import { fails, TOOL, type FailOn, type Report } from './report.js';
import type { CheckMachineImageResult } from '../compliance/machine/ami-compliance.js';

export interface MachineReportOptions {
  failOn: FailOn;
  policyFile?: string;
  /** The line of `machineImage:` in the policy file. */
  policyLine?: number;
  ignores?: readonly IgnoreRule[];
  today?: Date;
}

export function machineReport(result: CheckMachineImageResult, opts: MachineReportOptions): Report {
  const anchor: Anchor | undefined = opts.policyFile === undefined ? undefined : { file: opts.policyFile, line: opts.policyLine ?? 1 };
  const all: Finding[] = result.findings.map((f) => {
    const finding = toFinding(f.ruleId, f.severity, { subject: { kind: 'resource', id: f.resource }, expected: f.expected, got: f.got, message: f.message });
    return anchor === undefined ? finding : { ...finding, anchor };
  });
  const { findings, suppressed } = applyIgnores(all, opts.ignores ?? [], opts.today ?? new Date());
  const counts = { error: 0, warning: 0, note: 0, suppressed: suppressed.length, tests: 0, testsFailed: 0 };
  for (const f of findings) counts[f.severity]++;
  const names = result.images.map((i) => `${i.imageId} (${i.region})`);
  const report: Report = {
    tool: TOOL,
    image: { name: names.join(', '), digest: result.images.map((i) => i.imageId).join(','), platform: 'aws/ec2', layers: 0, files: 0, size: 0 },
    result: fails(findings, opts.failOn) ? 'failed' : 'passed',
    failOn: opts.failOn,
    counts,
    rules: [...result.rules],
    findings,
    suppressed,
    tests: [],
  };
  if (opts.policyFile !== undefined) report.policy = opts.policyFile;
  return report;
}
