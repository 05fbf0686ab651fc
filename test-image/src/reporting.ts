/**
 * test-image's reports, loaded by run.ts once the inputs are valid (issue 17 item 3: refusing a bad input does not
 * parse them): findings anchored in the Dockerfile and the policy, annotations, the SBOM files, the job summary.
 */
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Sbom } from '../../shared/src/compliance/sbom/package.js';
import { toAnnotations } from '../../shared/src/report/annotations.js';
import { markdownText } from '../../shared/src/report/markdown.js';
import { TOOL, type Report } from '../../shared/src/report/report.js';
import { writeSbomFiles } from '../../shared/src/report/report-files.js';
import { toSummary } from '../../shared/src/report/summary/test.js';
import type { ContainerInputs } from './context.js';
import type { Outputs } from './outputs.js';

export { documentTime } from '../../shared/src/compliance/sbom/document.js';
export { anchorFindings } from '../../shared/src/report/anchors.js';
export { toAnnotations } from '../../shared/src/report/annotations.js';
export { buildReport } from '../../shared/src/report/report.js';
export { writeReportFiles } from '../../shared/src/report/report-files.js';

/** A finished check: the report, the file findings without an anchor point at, and what the sandbox was allowed. */
export interface Checked {
  report: Report;
  fallbackFile: string;
  notices: string[];
  /** A container image's packages, and the time its SBOM documents state. */
  sbom?: { sbom: Sbom; created: string };
  /** Databases older than maxDbAge that fail the step (failOnStaleDb). */
  staleDatabases?: string[];
}

/** Errors and warnings as annotations (the runner shows ten of each), notes as log lines, and what the command tests were allowed. */
export function annotate({ report, notices }: Checked, io: ActionIO): void {
  for (const a of toAnnotations(report.findings)) {
    const anchor = { title: a.title, ...(a.file === undefined ? {} : { file: a.file }), ...(a.line === undefined ? {} : { line: a.line }) };
    if (a.level === 'error') io.error(a.message, anchor);
    else if (a.level === 'warning') io.warning(a.message, anchor);
    else io.notice(a.message, anchor);
  }
  for (const f of report.findings.filter((x) => x.severity === 'note')) io.info(`note ${f.ruleId}: ${f.message}`);
  // What the command tests were allowed beyond the sandbox (network, privileges, mounts) is part of the verdict's context.
  for (const n of notices) io.notice(n);
}

/** The job summary's Markdown: the report (with the SBOM's line when one was written), then the sandbox notices (escaped once, here). */
export const summaryOf = ({ report, notices, sbom }: Checked, files: Pick<Outputs, 'sbom' | 'sbom-cyclonedx'> = {}): string =>
  toSummary(report, {
    ...(sbom === undefined || files.sbom === undefined || files['sbom-cyclonedx'] === undefined
      ? {}
      : { sbom: { sbom: sbom.sbom, spdx: files.sbom, cyclonedx: files['sbom-cyclonedx'] } }),
  }) + notices.map((n) => `\n> ${markdownText(n)}\n`).join('');

/** The tested platform's SBOM in both formats, at the paths the inputs name. */
export async function sbomFiles(
  inputs: ContainerInputs,
  { sbom, created }: NonNullable<Checked['sbom']>,
  io: ActionIO,
): Promise<Pick<Outputs, 'sbom' | 'sbom-cyclonedx'>> {
  await writeSbomFiles(sbom, inputs, { created, toolVersion: TOOL.version });
  io.info(
    `SBOM of ${sbom.image.platform}: ${sbom.packages.length} package${sbom.packages.length === 1 ? '' : 's'}, written to ${inputs.sbom} (SPDX 2.3) and ${inputs['sbom-cyclonedx']} (CycloneDX 1.6).`,
  );
  return { sbom: inputs.sbom, 'sbom-cyclonedx': inputs['sbom-cyclonedx'] };
}
