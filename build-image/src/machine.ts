/**
 * build-image for machine images: when `kind` is `machine`, or `template` is
 * set, or `file` names a Packer template, build with Packer instead of a
 * container builder. The work is shared/src/machine; this wires it to the
 * runner.
 */
import * as core from '@actions/core';
import { getEnum, getInput, type Env } from '../../shared/src/action/inputs.js';
import { buildMachineImage, machineBuildSummaryMarkdown } from '../../shared/src/builders/packer/build-machine-image.js';
import { getBuildMachineImageInputs } from '../../shared/src/builders/packer/inputs.js';
import { isPackerTemplatePath } from '../../shared/src/builders/packer/packer-template.js';

export type Kind = 'container' | 'machine';

/** Which kind of image this step builds (pure). */
export function kindOf(env: Env): Kind {
  const kind = getEnum(env, 'kind', ['auto', 'container', 'machine'] as const, 'auto');
  if (kind !== 'auto') return kind;
  const template = getInput(env, 'template');
  const file = getInput(env, 'file');
  return template !== '' || isPackerTemplatePath(file) || file.endsWith('.pkr.json') ? 'machine' : 'container';
}

export async function runMachineBuild(env: Env): Promise<void> {
  const inputs = getBuildMachineImageInputs(env);
  // Variables may carry credentials; none reaches the log unmasked.
  for (const v of Object.values(inputs.variables ?? {})) if (v.trim() !== '') core.setSecret(v);
  const result = await buildMachineImage({
    ...inputs,
    log: (l) => core.info(l),
    onProgress: (p) => {
      if (p.text !== '') core.info(p.target !== '' ? `${p.target}: ${p.text}` : p.text);
    },
  });
  core.setOutput('amis', JSON.stringify(result.amis));
  core.setOutput('ami-id', result.amiId ?? '');
  core.setOutput('metadata', JSON.stringify({ kind: 'machine', amis: result.amis, amiId: result.amiId, packer: result.packer.version, template: result.template, artifacts: result.artifacts }));
  await core.summary.addRaw(machineBuildSummaryMarkdown(result.summary)).write();
  core.info(Object.keys(result.amis).length > 0 ? `Built ${Object.entries(result.amis).map(([r, id]) => `${id} in ${r}`).join(', ')}` : 'Packer build finished (no AMI artifact: a builder that makes none, e.g. null)');
}
