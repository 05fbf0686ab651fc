/**
 * The job summary: a verdict line, counts, and one table of findings, kept
 * under GitHub's 1 MiB step-summary cap by cutting rows (and saying so)
 * rather than being dropped whole.
 */
import { subjectText } from '../../compliance/finding.js';
import { formatBytes } from '../../bytes.js';
import type { Ecosystem, Sbom } from '../../compliance/sbom/package.js';
import { markdownCode, markdownText } from '../markdown.js';
import type { Report } from '../report.js';
import { unratedNotice } from '../vulnerability-notices.js';

export const SUMMARY_LIMIT = 1024 * 1024;

/** A table cell of text that came from the image or the policy: escaped, one line, at most 400 characters. */
const cell = (s: string): string => markdownText(s, 400);
const ICON = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' } as const;

/** A container image's SBOM as the summary mentions it: the packages cataloged and the files they were written to. */
export interface SbomSummary {
  sbom: Pick<Sbom, 'packages'>;
  /** Paths of the SPDX 2.3 and CycloneDX 1.6 files. */
  spdx: string;
  cyclonedx: string;
}

export interface SummaryOptions {
  /** Byte budget of the whole summary (GitHub caps a step's at 1 MiB; room is left for the notices appended after it). */
  limit?: number;
  sbom?: SbomSummary;
}

/** Distribution packages first, then language packages: the order readers scan an SBOM in. */
const ECOSYSTEMS: readonly Ecosystem[] = ['deb', 'apk', 'rpm', 'npm', 'pypi', 'golang', 'maven'];

/** One line: how many packages of each type (purl type names) the SBOM lists, and where both documents are. */
export function sbomLine({ sbom, spdx, cyclonedx }: SbomSummary): string {
  const counts = new Map<Ecosystem, number>();
  for (const p of sbom.packages) counts.set(p.ecosystem, (counts.get(p.ecosystem) ?? 0) + 1);
  const n = sbom.packages.length;
  const parts = ECOSYSTEMS.filter((e) => counts.has(e)).map((e) => `${e} ${counts.get(e)}`);
  return `**SBOM**: ${n} package${n === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}, written to ${markdownCode(spdx, 300)} (SPDX 2.3) and ${markdownCode(cyclonedx, 300)} (CycloneDX 1.6).`;
}

/** The advisories that count (above the policy's failOn, not ignored): package, installed, fixed in, severity, id. */
function vulnerabilityTable(report: Report): string[] {
  const v = report.vulnerabilities;
  if (v === undefined) return [];
  const out = ['', `### Vulnerabilities: ${v.rows.length} at or above \`${v.failOn}\``];
  const left = [
    ...(v.belowThreshold > 0 ? [`${v.belowThreshold} below \`${v.failOn}\` not counted`] : []),
    ...(v.unfixed > 0 ? [`${v.unfixed} without a fix left out (ignoreUnfixed)`] : []),
  ];
  if (left.length > 0) out.push('', `_${left.join('; ')}._`);
  const unrated = unratedNotice(v);
  if (unrated !== undefined) out.push('', `**Note**: ${unrated}.`);
  if (v.rows.length === 0) return out;
  out.push('', '| Package | Installed | Fixed in | Severity | Id |', '| --- | --- | --- | --- | --- |');
  const rows = v.rows.slice(0, 500);
  for (const r of rows)
    out.push(
      `| ${cell(r.package)} | ${cell(r.installed)} | ${r.fixed === undefined ? 'no fix yet' : cell(r.fixedIn === undefined ? r.fixed : `${r.fixedIn} ${r.fixed}`)} | ${r.severity}${r.score === undefined ? '' : ` (${r.score.toFixed(1)})`} | ${markdownCode(r.id, 100)} |`,
    );
  if (v.rows.length > rows.length) out.push('', `_${v.rows.length - rows.length} more in the SARIF, JUnit or JSON report._`);
  return out;
}

export function toSummary(report: Report, { limit = SUMMARY_LIMIT - 16 * 1024, sbom }: SummaryOptions = {}): string {
  const head: string[] = [];
  const c = report.counts;
  head.push(`## test-image: ${report.result === 'passed' ? '✅ passed' : '❌ failed'}`);
  head.push('');
  head.push(
    report.image.platform === 'aws/ec2'
      ? `Machine image ${markdownText(report.image.name, 300)}.`
      : `Image ${markdownCode(report.image.name, 300)} ${markdownText(report.image.platform)} \`${report.image.digest}\` — ${report.image.layers} layers, ${report.image.files} files, ${formatBytes(report.image.size)}.`,
  );
  if (sbom !== undefined) head.push('', sbomLine(sbom));
  head.push('');
  head.push(
    `**${c.error}** errors, **${c.warning}** warnings, **${c.note}** notes${c.suppressed > 0 ? `, ${c.suppressed} ignored` : ''}; ${c.tests - c.testsFailed}/${c.tests} structure tests passed. Fails on: \`${report.failOn}\`.`,
  );
  head.push('');
  const rows: string[] = [];
  if (report.findings.length > 0) {
    head.push('| Severity | Rule | Where | Finding |', '| --- | --- | --- | --- |');
    for (const f of report.findings) {
      const where = f.anchor !== undefined ? `${f.anchor.file}:${f.anchor.line}` : '';
      rows.push(
        `| ${ICON[f.severity]} | \`${f.ruleId}\` | ${cell(where)} | ${cell(`${subjectText(f.subject)}: expected ${f.expected}, got ${f.got}`)}${f.expiredIgnore !== undefined ? ` (ignore expired ${markdownText(f.expiredIgnore.until)})` : ''} |`,
      );
    }
  }
  const tail: string[] = [...vulnerabilityTable(report)];
  if (report.suppressed.length > 0) {
    tail.push('', '<details><summary>Ignored findings</summary>', '', '| Rule | Subject | Reason | Until |', '| --- | --- | --- | --- |');
    for (const s of report.suppressed.slice(0, 200))
      tail.push(`| \`${s.finding.ruleId}\` | ${cell(subjectText(s.finding.subject))} | ${cell(s.reason)} | ${markdownText(s.until ?? '')} |`);
    tail.push('', '</details>');
  }
  let text = head.join('\n');
  let used = Buffer.byteLength(text) + Buffer.byteLength(tail.join('\n')) + 200;
  let shown = 0;
  for (const r of rows) {
    const n = Buffer.byteLength(r) + 1;
    if (used + n > limit) break;
    text += `\n${r}`;
    used += n;
    shown++;
  }
  if (shown < rows.length)
    text += `\n\n_${rows.length - shown} more findings not shown here (GitHub caps the summary at 1 MiB); see the SARIF, JUnit or JSON report._`;
  return `${text}\n${tail.join('\n')}\n`;
}
