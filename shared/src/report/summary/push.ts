/**
 * The job summary of a push (pure): one row per destination with its
 * digest, bytes sent, blobs skipped/mounted/uploaded, time, and the error
 * for a destination that failed; then one row per attachment (referrer)
 * per destination: the file, its predicate type, the manifest it refers to,
 * signed or not, and whether this run attached it or found it there.
 */
import { formatBytes } from '../../bytes.js';
import { messageOf } from '../../errors.js';
import type { AttestationReport } from '../../distribute/attach.js';
import type { DistributeResult } from '../../distribute/distribute.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const short = (d: string): string => `\`${d.slice(0, 19)}…\``;

function attachmentRows(result: DistributeResult, attestations: readonly AttestationReport[]): string[] {
  if (attestations.length === 0) return [];
  const rows = attestations.map((a) => {
    const what = a.file === undefined ? 'image signature' : `\`${cell(a.file)}\``;
    const on = a.subject === result.digest ? 'image' : short(a.subject);
    return `| ${what} | \`${cell(a.predicateType)}\` | \`${a.destination}\` | ${on} | ${a.signed ? 'signed' : 'unsigned'} | ${short(a.digest)} | ${a.outcome === 'attached' ? 'attached' : 'already there'} |`;
  });
  return [
    '',
    '| attachment | predicate type | destination | refers to | signature | referrer | result |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

export function distributeSummary(result: DistributeResult): string {
  const rows = result.destinations.map((d) => {
    const status = d.error === undefined ? 'pushed' : `failed: ${cell(messageOf(d.error))}`;
    const tags = d.refs.filter((r) => !r.includes('@')).map((r) => r.slice(d.destination.length + 1));
    return `| \`${d.destination}\` | ${tags.map((t) => `\`${t}\``).join(' ') || '—'} | \`${d.digest.slice(0, 19)}…\` | ${formatBytes(d.bytesSent)} | ${d.blobsUploaded} / ${d.blobsSkipped} / ${d.blobsMounted} | ${(d.ms / 1000).toFixed(1)} s | ${status} |`;
  });
  return [
    '### distribute-image',
    '',
    `Image \`${result.digest}\``,
    '',
    '| destination | tags | digest | bytes sent | blobs uploaded / skipped / mounted | time | result |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...attachmentRows(result, result.attestations ?? []),
    '',
  ].join('\n');
}
