/**
 * The job summary of an AMI distribution: one row per region, as Markdown,
 * then what was published: one row per SSM parameter written and per launch
 * template version, and the run's warnings (the default-key check) as plain
 * text, since an annotation alone is easy to miss on a green run.
 */
import type { DistributeAmiResult } from '../../distribute/machine/ami-distribute.js';

export function distributionSummaryMarkdown(r: DistributeAmiResult, warnings: readonly string[] = []): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `### AMI ${cell(r.name)} distributed to ${r.rows.length} region(s)`,
    '',
    '| Region | AMI | How | Snapshots | Encrypted | Shared with | Deprecates | Removed (keep) | Seconds |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.rows
      .map((row) =>
        [
          row.region,
          `\`${row.imageId}\``,
          row.outcome,
          String(row.snapshotIds.length),
          row.encrypted ? (row.kmsKeyId !== undefined ? `yes (${cell(row.kmsKeyId.replace(/^.*:key\//, 'key/'))})` : 'yes') : 'no',
          row.sharedWith.length === 0 ? '-' : String(row.sharedWith.length),
          row.deprecateAt ?? '-',
          row.removed.length === 0
            ? row.keptInUse.length > 0
              ? `0 (${row.keptInUse.length} in use)`
              : '0'
            : `${row.removed.map((x) => `\`${x.imageId}\``).join(', ')}${row.keptInUse.length > 0 ? ` (${row.keptInUse.length} in use kept)` : ''}`,
          String(row.seconds),
        ].join(' | '),
      )
      .map((l) => `| ${l} |`),
  ];
  if (r.ssmParameters !== undefined && r.ssmParameters.length > 0) {
    lines.push(
      '',
      '| SSM parameter | Region | Account | Value | Version | Data type | How |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...r.ssmParameters
        .map((p) => ['`' + cell(p.name) + '`', p.region, p.account ?? 'this', `\`${p.value}\``, String(p.version), p.dataType, p.outcome].join(' | '))
        .map((l) => `| ${l} |`),
    );
  }
  if (r.launchTemplateVersions !== undefined && r.launchTemplateVersions.length > 0) {
    lines.push(
      '',
      '| Launch template | Region | Version | Default | Image | How |',
      '| --- | --- | --- | --- | --- | --- |',
      ...r.launchTemplateVersions
        .map((v) =>
          [
            `${cell(v.name)} (\`${v.templateId}\`)`,
            v.region,
            String(v.version),
            v.default ? (v.previousDefault === v.version ? 'yes' : `yes (was ${v.previousDefault})`) : `no (default ${v.previousDefault})`,
            `\`${v.imageId}\``,
            v.outcome,
          ].join(' | '),
        )
        .map((l) => `| ${l} |`),
    );
  }
  if (r.publishError !== undefined) {
    lines.push('', `**Publishing failed** (the images above are distributed): ${cell(r.publishError.message.split('\n')[0] ?? '')}`);
  }
  if (warnings.length > 0) {
    // A text block shows the lines as written; a ``` inside one must not end it.
    lines.push('', '**Warnings**', '', ...warnings.flatMap((w) => ['```text', w.replace(/```/g, '` ` `'), '```']));
  }
  return `${lines.join('\n')}\n`;
}
