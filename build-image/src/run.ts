/**
 * build-image: a container image from a Dockerfile (shared/src/builders) or
 * a machine image with Packer (shared/src/builders/packer), through the
 * ActionIO. Outputs are typed here and named as in action.yml by outputsOf.
 */
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Action } from '../../shared/src/action/run-action.js';
import { buildImage as buildContainerImage, type BuildReport } from '../../shared/src/builders/build.js';
import { buildMachineImage, type BuildMachineImageResult } from '../../shared/src/builders/packer/build-machine-image.js';
import { readEvent } from '../../shared/src/github/event.js';
import { buildSummary, failureSummary } from '../../shared/src/report/summary/build.js';
import { machineBuildSummaryMarkdown } from '../../shared/src/report/summary/machine-build.js';
import { getInputs, type ContainerInputs, type Inputs, type MachineInputs } from './context.js';

export type Outputs = { kind: 'container'; report: BuildReport } | { kind: 'machine'; result: BuildMachineImageResult };

export async function run(inputs: Inputs, io: ActionIO): Promise<Outputs> {
  return inputs.kind === 'machine' ? { kind: 'machine', result: await runMachine(inputs, io) } : { kind: 'container', report: await runContainer(inputs, io) };
}

async function runContainer(inputs: ContainerInputs, io: ActionIO): Promise<BuildReport> {
  const { kind: _kind, 'build-args': buildArgs, env, ...rest } = inputs;
  const report = await buildContainerImage(
    { ...rest, buildArgs, env, event: await readEvent(env) },
    { log: { info: (m) => io.info(m), debug: (m) => io.debug(m), warning: (m) => io.warning(m) } },
  );
  io.info(`Built ${report.digest} (${report.platforms.join(', ')}) into ${report.layout}, tags: ${report.tags.join(', ')}`);
  await io.summary(buildSummary(report));
  return report;
}

async function runMachine(inputs: MachineInputs, io: ActionIO): Promise<BuildMachineImageResult> {
  const { kind: _kind, ...options } = inputs;
  const result = await buildMachineImage({
    ...options,
    log: (l) => io.info(l),
    onProgress: (p) => {
      if (p.text !== '') io.info(p.target !== '' ? `${p.target}: ${p.text}` : p.text);
    },
  });
  await io.summary(machineBuildSummaryMarkdown(result.summary));
  const amis = Object.entries(result.amis);
  io.info(
    amis.length > 0
      ? `Built ${amis.map(([r, id]) => `${id} in ${r}`).join(', ')}`
      : 'Packer build finished (no AMI artifact: a builder that makes none, e.g. null)',
  );
  return result;
}

export function outputsOf(o: Outputs): Record<string, string> {
  if (o.kind === 'machine') {
    const r = o.result;
    return {
      amis: JSON.stringify(r.amis),
      'ami-id': r.amiId ?? '',
      metadata: JSON.stringify({ kind: 'machine', amis: r.amis, amiId: r.amiId, packer: r.packer.version, template: r.template, artifacts: r.artifacts }),
    };
  }
  const r = o.report;
  return { digest: r.digest, imageid: r.imageid, layout: r.layout, tags: r.tags.join('\n'), metadata: JSON.stringify(r) };
}

export const buildImage: Action<Inputs, Outputs> = {
  name: 'build-image',
  getInputs,
  // Build secrets and Packer variables may carry credentials: masked before anything can print them.
  secretsOf: (i) => (i.kind === 'container' ? i.secrets.values() : Object.values(i.variables ?? {})),
  run,
  outputsOf,
  failureSummary,
};
export const action = buildImage;
