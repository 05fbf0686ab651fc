/**
 * The job summary of a build, as Markdown: what was built, by which builder,
 * digest, size, layers, platforms and tags. Pure, so it is tested as text;
 * the action hands it to io.summary.
 */
import { failureSummary as stepFailure } from './failure.js';
import { formatBytes } from '../../bytes.js';
import type { BuildReport } from '../../builders/build.js';

const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function buildSummary(r: BuildReport): string {
  const rows: Array<[string, string]> = [
    ['Dockerfile', code(r.dockerfile)],
    ['Builder', `${r.builder} (${cell(r.builderReason)})`],
    ['Digest', code(r.digest)],
    ['Image ID', code(r.imageid)],
    ['Size', formatBytes(r.size)],
    ['Layers', String(r.layers)],
    ['Platforms', r.platforms.join(', ')],
    ['Tags', r.tags.map(code).join(' ') || '(none)'],
    ['Layout', code(r.layout)],
    [
      'Timestamps',
      r.epoch.seconds === undefined ? 'current time (not reproducible: no git commit, no SOURCE_DATE_EPOCH)' : `${r.created} (from ${r.epoch.source})`,
    ],
  ];
  if (r.base !== undefined) rows.push(['Base image', `${code(r.base.name)}${r.base.digest !== undefined ? ` ${code(r.base.digest)}` : ''}`]);
  const lines = ['## build-image', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  if (r.manifests.length > 1) {
    lines.push('', '| Platform | Manifest | Layers | Size |', '|---|---|---|---|');
    for (const m of r.manifests) lines.push(`| ${m.platform} | ${code(m.digest)} | ${m.layers} | ${formatBytes(m.size)} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function failureSummary(message: string): string {
  return stepFailure('build-image', 'Build failed', message);
}
