/**
 * The job summary of a push (pure): one row per destination with its
 * digest, bytes sent, blobs skipped/mounted/uploaded, time, and the error
 * for a destination that failed.
 */
import { formatBytes } from '../../bytes.js';
import { messageOf } from '../../errors.js';
import type { DistributeResult } from '../../distribute/distribute.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

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
    '',
  ].join('\n');
}
