/**
 * distribute-image: push the image to every destination
 * (shared/src/distribute), or copy and share an AMI across regions
 * (shared/src/distribute/machine), through the ActionIO. The outputs and
 * the summary are written also when a destination failed; `verdict` fails
 * the step after them.
 */
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Action } from '../../shared/src/action/run-action.js';
import type { AttestationSigner } from '../../shared/src/attest/sign.js';
import type { AwsCredentialsInput } from '../../shared/src/aws/ssm-client.js';
import { formatBytes } from '../../shared/src/bytes.js';
import { assertDistributed, type DistributeResult, type ProgressEvent } from '../../shared/src/distribute/distribute.js';
import type { DistributeAmiResult } from '../../shared/src/distribute/machine/ami-distribute.js';
import { validateDistributeOptions } from '../../shared/src/distribute/machine/ami-options.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import { connectOptions } from '../../shared/src/registry/client/connect-inputs.js';
import { distributionSummaryMarkdown } from '../../shared/src/report/summary/ami-distribution.js';
import { distributeSummary } from '../../shared/src/report/summary/push.js';
import { readAttachFiles } from '../../shared/src/distribute/attest-inputs.js';
import { getInputs, type AmiInputs, type ContainerInputs, type Inputs } from './context.js';
import { outputsOf, refsOf, type Outputs } from './outputs.js';
import { secretsOf } from './secrets.js';

/*
 * Issue 17 item 3: node (and ncc's bundle) evaluates every statically imported module before the first line
 * runs, so refusing a bad input, or pushing a container image, would otherwise pay for the EC2, SSM and STS
 * SDKs, sigstore and the GitHub client it never uses. Those are loaded by import() on the runs that use them;
 * ncc turns each into a separate chunk file. test/unit/distribute-image/startup.test.ts fails if the entry
 * reaches them statically again.
 */
/** Lazy: the AMI distribution (the EC2, SSM and STS clients), only with ami-id. */
async function loadAmiDistribution(): Promise<
  typeof import('../../shared/src/distribute/machine/ami-distribute.js') &
    typeof import('../../shared/src/aws/ec2-client.js') &
    typeof import('../../shared/src/aws/ssm-client.js') &
    typeof import('../../shared/src/aws/sts-role.js')
> {
  // One after the other: they share the SDK's packages, and jest's ESM loader fails concurrent imports of one CommonJS package.
  const distribute = await import('../../shared/src/distribute/machine/ami-distribute.js');
  const ec2 = await import('../../shared/src/aws/ec2-client.js');
  const ssm = await import('../../shared/src/aws/ssm-client.js');
  const sts = await import('../../shared/src/aws/sts-role.js');
  return { ...distribute, ...ec2, ...ssm, ...sts };
}
/** Lazy: the signer (sigstore), only when the run signs (sign: keyless or key). */
const loadSigner = (): Promise<typeof import('../../shared/src/distribute/attest-signer.js')> => import('../../shared/src/distribute/attest-signer.js');
/** Lazy: GitHub's attestations API (@actions/github), only with github-attestations. */
const loadGitHubAttestations = (): Promise<typeof import('../../shared/src/distribute/github-attestations.js')> =>
  import('../../shared/src/distribute/github-attestations.js');

function logProgress(io: ActionIO, e: ProgressEvent): void {
  switch (e.kind) {
    case 'blob':
      if (e.outcome !== 'skipped') io.info(`${e.destination}: ${e.outcome} ${e.digest} (${formatBytes(e.size)})`);
      else io.debug(`${e.destination}: already has ${e.digest}`);
      break;
    case 'manifest':
      io.info(`${e.destination}: manifest ${e.digest} ${e.outcome}`);
      break;
    case 'tag':
      io.info(`${e.ref} ${e.outcome === 'moved' ? 'now points at the image' : 'already pointed at the image'}`);
      break;
    case 'retry':
      io.warning(`${e.destination}: ${e.what} failed (${e.message}); try ${e.attempt + 1} in ${(e.waitMs / 1000).toFixed(1)} s`);
      break;
    case 'failed':
      io.error(`${e.destination}: ${e.message}`);
      break;
  }
}

export async function run(inputs: Inputs, io: ActionIO): Promise<Outputs> {
  if (inputs.kind === 'machine') return { kind: 'machine', result: await runAmi(inputs, io) };
  const result = await runPush(inputs, io);
  const github = await storeOnGitHub(inputs, result, io);
  return { kind: 'container', result, ...(github !== undefined ? { github } : {}) };
}

/**
 * github-attestations: after the push, whose tags and referrers stand
 * whatever happens here; a failure is kept for `verdict`, which fails the
 * step after the outputs and the summary are written.
 */
async function storeOnGitHub(
  inputs: ContainerInputs,
  result: DistributeResult,
  io: ActionIO,
): Promise<{ ids: Map<string, number>; error?: PipelineError } | undefined> {
  if (inputs.githubAttestations === undefined) return undefined;
  if (inputs.attest.sign.kind === 'none') {
    io.warning('github-attestations is true but nothing is signed (sign: none): no attestation is stored on GitHub. Sign keyless or with a key to store them.');
    return undefined;
  }
  const bundles = (result.attestations ?? []).flatMap((a) => (a.bundle !== undefined ? [a.bundle] : []));
  if (bundles.length === 0) return { ids: new Map() };
  try {
    const { storeGitHubAttestations } = await loadGitHubAttestations();
    const ids = await storeGitHubAttestations({ ...inputs.githubAttestations, onRetry: (m) => io.warning(m) }, bundles);
    io.info(`Stored ${ids.size} attestation(s) in ${inputs.githubAttestations.repository} on GitHub: ${[...ids.values()].join(', ')}`);
    return { ids };
  } catch (e) {
    if (!isPipelineError(e)) throw e;
    io.error(e.message);
    return { ids: new Map(), error: e };
  }
}

async function runPush(inputs: ContainerInputs, io: ActionIO): Promise<DistributeResult> {
  const { attest } = inputs;
  if (attest.sign.kind === 'none' && attest.sign.defaulted) {
    io.notice(
      'The image is not signed: this job cannot get an OIDC token. Give it `permissions: id-token: write` to sign keyless (the default then), or set sign: key with a signing-key; sign: none silences this notice.',
    );
  }
  // Read and checked before the push: a missing or oversized file leaves every registry as it was.
  const files = await readAttachFiles(attest.attach, attest.scope, attest.generated);
  // Loaded beside the push (sigstore is a large chunk): the signer is first needed for the first signature, which
  // distribute.ts makes while the image's blobs go up. The key was checked with the inputs (attest-inputs.ts).
  const signer = attest.sign.kind === 'none' ? undefined : loadSigner().then((m) => signerFor(m, attest.sign));
  // Observed now, awaited in the push: a push that fails before it signs leaves no rejection unhandled.
  signer?.catch(() => undefined);
  const attach = files.length > 0 || signer !== undefined ? { files, ...(signer !== undefined ? { signer } : {}) } : undefined;
  const result = await pushImage({
    images: inputs.image,
    destinations: inputs.destinations,
    tags: inputs.tags,
    // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
    ...connectOptions(inputs.connect, { mask: (s) => io.mask(s) }),
    concurrency: inputs.concurrency,
    uploadMode: inputs['chunk-size'],
    onProgress: (e) => logProgress(io, e),
    ...(attach !== undefined ? { attach } : {}),
  });
  await io.summary(distributeSummary(result));
  if (failureOf(result) === undefined) io.info(`Pushed ${result.digest} to ${refsOf(result).length} reference(s).`);
  for (const a of result.attestations ?? []) {
    const what = a.file ?? 'image signature';
    io.info(
      `${a.destination}: ${what} (${a.predicateType}, ${a.signed ? 'signed' : 'unsigned'}) ${a.outcome === 'attached' ? 'attached as' : 'already attached as'} ${a.digest} to ${a.subject}`,
    );
  }
  return result;
}

/** The signer for sign: key or keyless (attest-signer.ts signerOf, defined for both). */
function signerFor(m: Awaited<ReturnType<typeof loadSigner>>, sign: ContainerInputs['attest']['sign']): AttestationSigner {
  const s = m.signerOf(sign);
  if (s === undefined) throw new PipelineError('INTERNAL', `no signer for sign: ${sign.kind}`);
  return s;
}

async function runAmi(inputs: AmiInputs, io: ActionIO): Promise<DistributeAmiResult> {
  const { kind: _kind, endpoint, ssmRoleArns, ssmEndpoint, stsEndpoint, ...options } = inputs;
  // Checked before the SDKs load (distributeAmi checks again): a bad value fails at once, naming the input.
  validateDistributeOptions(options);
  const { assumeRoleCredentials, distributeAmi, ec2ClientFactory, ssmClientFactory } = await loadAmiDistribution();
  // One role per extra account (ssm.accounts and ssm-role-arn are in the same order), assumed when first needed.
  const accountCredentials: Record<string, AwsCredentialsInput> = {};
  (inputs.ssm?.accounts ?? []).forEach((account, i) => {
    const arn = ssmRoleArns?.[i];
    if (arn !== undefined)
      accountCredentials[account] = assumeRoleCredentials(arn, {
        region: inputs.sourceRegion,
        ...(stsEndpoint !== undefined ? { endpoint: stsEndpoint } : {}),
      });
  });
  const warnings: string[] = [];
  const result = await distributeAmi({
    ...options,
    clients: ec2ClientFactory(endpoint === undefined ? {} : { endpoint }),
    ...(inputs.ssm !== undefined
      ? { ssmClients: ssmClientFactory({ ...(ssmEndpoint !== undefined ? { endpoint: ssmEndpoint } : {}), accountCredentials }) }
      : {}),
    log: (l) => io.info(l),
    warn: (m) => {
      warnings.push(m);
      io.warning(m);
    },
    // The AMIs stand when publishing fails: the outputs and summary say so, then verdict fails the step.
    publishFailure: 'return',
  });
  await io.summary(distributionSummaryMarkdown(result, warnings));
  io.info(
    `Distributed ${inputs.amiId} to ${Object.keys(result.amis).length} region(s): ${Object.entries(result.amis)
      .map(([r, id]) => `${r}=${id}`)
      .join(', ')}`,
  );
  return result;
}

/** The error of the destinations that failed (one, or all of them named), if any did. */
function failureOf(result: DistributeResult): PipelineError | undefined {
  try {
    assertDistributed(result);
    return undefined;
  } catch (e) {
    if (isPipelineError(e)) return e;
    throw e;
  }
}

export const distributeImage: Action<Inputs, Outputs> = {
  name: 'distribute-image',
  getInputs: (env) => getInputs(env),
  secretsOf,
  run,
  outputsOf,
  // After the refs, the digest and the summary: a failed destination still reports what the others got.
  // A failed GitHub upload likewise, after the outputs; the registries keep what was pushed.
  // An AMI distribution whose publishing failed: after amis and the summary, the step fails with why.
  verdict: (o) => (o.kind === 'container' ? (failureOf(o.result) ?? o.github?.error) : o.result.publishError),
};
export const action = distributeImage;
export { attestationsOf, outputsOf, refsOf, ssmParametersOutput, type Outputs } from './outputs.js';
export { secretsOf } from './secrets.js';
