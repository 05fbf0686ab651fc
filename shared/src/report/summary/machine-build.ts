/**
 * The job summary of a machine-image (Packer) build, as Markdown (pure): the
 * Packer used, the template, the AMI of each region and each build's
 * artifact.
 */
import type { MachineBuildSummary } from '../../builders/packer/build-machine-image.js';

export function machineBuildSummaryMarkdown(s: MachineBuildSummary): string {
  const lines = [`### ${s.title}`, '', `Packer ${s.packerVersion} (${s.packerSource}), template \`${s.template}\`, ${s.seconds} s`, ''];
  if (Object.keys(s.amis).length > 0) {
    lines.push('| Region | AMI |', '| --- | --- |', ...Object.entries(s.amis).map(([r, id]) => `| ${r} | \`${id}\` |`), '');
  }
  if (s.builds.length > 0) {
    lines.push(
      '| Build | Builder | Artifact |',
      '| --- | --- | --- |',
      ...s.builds.map((b) => `| ${b.target} | ${b.builderId} | ${b.artifactId.replace(/\|/g, '\\|')} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}
