/**
 * distribute-image: read inputs, push with shared/src/registry, write the
 * outputs and the job summary (also when a destination failed), then fail
 * the step if any destination did.
 */
import * as core from '@actions/core';
import { messageOf } from '../../shared/src/errors.js';
import { runnerIO } from '../../shared/src/action/io.js';
import { runAction } from '../../shared/src/action/run-action.js';
import { assertDistributed, type ProgressEvent } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { formatBytes } from '../../shared/src/bytes.js';
import { distributeSummary } from '../../shared/src/report/summary/push.js';
import { isAmiDistribution, runAmiDistribution } from './ami.js';
import { getInputs } from './context.js';

function log(e: ProgressEvent): void {
  switch (e.kind) {
    case 'blob':
      if (e.outcome !== 'skipped') core.info(`${e.destination}: ${e.outcome} ${e.digest} (${formatBytes(e.size)})`);
      else core.debug(`${e.destination}: already has ${e.digest}`);
      break;
    case 'manifest':
      core.info(`${e.destination}: manifest ${e.digest} ${e.outcome}`);
      break;
    case 'tag':
      core.info(`${e.ref} ${e.outcome === 'moved' ? 'now points at the image' : 'already pointed at the image'}`);
      break;
    case 'retry':
      core.warning(`${e.destination}: ${e.what} failed (${e.message}); try ${e.attempt + 1} in ${(e.waitMs / 1000).toFixed(1)} s`);
      break;
    case 'failed':
      core.error(`${e.destination}: ${e.message}`);
      break;
  }
}

await runAction('distribute-image', runnerIO(), async () => {
  if (isAmiDistribution(process.env)) {
    await runAmiDistribution(process.env);
    return;
  }
  const inputs = getInputs(process.env);
  for (const e of inputs['registry-auth']) core.setSecret(e.password);
  if (inputs['github-token'] !== '') core.setSecret(inputs['github-token']);
  const result = await pushImage({
    images: inputs.image,
    destinations: inputs.destinations,
    tags: inputs.tags,
    auth: {
      registryAuth: inputs['registry-auth'],
      githubToken: inputs['github-token'],
      ...(process.env.AWS_ENDPOINT_URL_ECR !== undefined && process.env.AWS_ENDPOINT_URL_ECR !== '' ? { ecrEndpoint: process.env.AWS_ENDPOINT_URL_ECR } : {}),
      mask: (s) => core.setSecret(s),
    },
    insecureRegistries: inputs['insecure-registries'],
    concurrency: inputs.concurrency,
    uploadMode: inputs['chunk-size'],
    onProgress: log,
  });
  const refs = result.destinations.filter((d) => d.error === undefined).flatMap((d) => d.refs.map((ref) => ({ ref, digest: d.digest })));
  core.setOutput('digest', result.digest);
  core.setOutput('refs', JSON.stringify(refs));
  await core.summary
    .addRaw(distributeSummary(result))
    .write()
    .catch((e: unknown) => core.warning(`could not write the job summary: ${messageOf(e)}`));
  assertDistributed(result);
  core.info(`Pushed ${result.digest} to ${refs.length} reference(s).`);
});
