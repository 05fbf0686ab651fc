/**
 * distribute-image for machine images: when `ami-id` is given, copy the AMI
 * to every region, share, tag, deprecate and apply retention with
 * shared/src/aws; this file only wires it to the runner.
 */
import * as core from '@actions/core';
import { distributeAmi } from '../../shared/src/distribute/machine/ami-distribute.js';
import { getDistributeAmiInputs } from '../../shared/src/distribute/machine/ami-inputs.js';
import { parseDuration } from '../../shared/src/action/machine-inputs.js';
import { distributionSummaryMarkdown } from '../../shared/src/report/summary/ami-distribution.js';
import { ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { getInput, type Env } from '../../shared/src/action/inputs.js';

export const isAmiDistribution = (env: Env): boolean => getInput(env, 'ami-id') !== '';

/** Availability polling: from `poll-interval` (default 15 s) growing to at most 2 minutes. */
export function waiterOf(env: Env): { minDelayMs: number; maxDelayMs: number } {
  const text = getInput(env, 'poll-interval');
  const min = text === '' ? 15_000 : parseDuration(text, 'poll-interval');
  return { minDelayMs: min, maxDelayMs: Math.max(min, Math.min(120_000, min * 8)) };
}

export async function runAmiDistribution(env: Env): Promise<void> {
  const { endpoint, ...inputs } = getDistributeAmiInputs(env);
  const result = await distributeAmi({
    ...inputs,
    clients: ec2ClientFactory(endpoint === undefined ? {} : { endpoint }),
    waiter: waiterOf(env),
    log: (l) => core.info(l),
  });
  core.setOutput('amis', JSON.stringify(result.amis));
  await core.summary
    .addRaw(distributionSummaryMarkdown(result))
    .write()
    .catch(() => undefined);
  core.info(`Distributed ${inputs.amiId} to ${Object.keys(result.amis).length} region(s): ${Object.entries(result.amis).map(([r, id]) => `${r}=${id}`).join(', ')}`);
}
