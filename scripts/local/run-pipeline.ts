/**
 * build -> test -> distribute, chained exactly as a workflow chains the three
 * actions: each action's committed bundle runs as its own process with its
 * own INPUT_* variables, and one step's outputs become the next one's inputs.
 * The local runner (`npm run pipeline`) uses this, so it exercises exactly
 * the separate actions' bundles a workflow runs; the all-in-one action calls
 * the same stages in-process through their typed run() (src/run.ts).
 *
 * What ships with the image: the build's provenance and the test's SBOMs are
 * attached by distribute. Unless the caller chose how to sign, a local run
 * signs with a throwaway key pair (there is no OIDC token outside GitHub)
 * and, after the push, verifies every referrer of the pushed image with its
 * public key (verifyAttestations): what a consumer would check.
 */
import * as path from 'node:path';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { BUNDLE_V03_MEDIA_TYPE, PredicateType } from '../../shared/src/attest/types.js';
import { createVerifier } from '../../shared/src/attest/verify.js';
import { PipelineError } from '../../shared/src/errors.js';
import { PIPELINE_DEFAULT_FLAVOR, PIPELINE_DEFAULT_TAGS } from '../../shared/src/github/tags.js';
import { parseDigest } from '../../shared/src/oci/digest.js';
import { readManifest } from '../../shared/src/oci/image.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { clientFactory, type ConnectOptions } from '../../shared/src/registry/client/connect.js';
import { listReferrers } from '../../shared/src/registry/client/referrers.js';
import { credentialEnv } from '../../shared/src/registry/credentials/credentials.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import { parseReference } from '../../shared/src/registry/reference.js';
import { unwrap } from '../../shared/src/result.js';
import { runActionBundle, type ActionRun } from './run-bundle.js';

export type Stage = 'build-image' | 'test-image' | 'distribute-image';

export interface PipelineInputs {
  build: Record<string, string>;
  test: Record<string, string>;
  distribute: Record<string, string>;
  /** Skip distribute (pull requests, or nothing to push to). */
  push: boolean;
}

export interface PipelineHooks {
  /** Each line a stage prints, as it prints it (workflow commands included). */
  onLine?: (stage: Stage, line: string) => void;
  onStageStart?: (stage: Stage) => void;
  onStageEnd?: (stage: Stage, run: ActionRun) => void;
}

export interface PipelineResult {
  build: ActionRun;
  test: ActionRun;
  distribute?: ActionRun;
  /** The failed stage, when one failed (the ones after it did not run). */
  failed?: Stage;
  /** Signed with a throwaway key: what was verified with its public key after the push. */
  verified?: VerifiedReferrer[];
}

export interface VerifiedReferrer {
  /** registry/repository */
  destination: string;
  /** The referrer manifest. */
  digest: string;
  /** The image or platform manifest it refers to. */
  subject: string;
  predicateType: string;
  /** Hex SHA-256 fingerprint of the key that signed it. */
  keyHint: string;
}

export interface PipelineOptions {
  /** The repository root holding build-image/dist/index.js and the others. */
  actionsRoot: string;
  env: Record<string, string>;
  cwd: string;
  runnerTemp: string;
}

/**
 * What distribute attaches, from the earlier stages' outputs (pure): the
 * build's provenance and the test's SBOMs, after any `attach` the caller
 * gave. They are written under RUNNER_TEMP, outside the workspace, hence
 * allow-outside-workspace (the local runner wrote them itself).
 */
export function attachInputs(distribute: Record<string, string>, build: Record<string, string>, test: Record<string, string>): Record<string, string> {
  const files = [distribute.attach ?? '', build.provenance ?? '', test.sbom ?? '', test['sbom-cyclonedx'] ?? ''].filter((f) => f.trim() !== '');
  if (files.length === 0) return distribute;
  return { ...distribute, attach: files.join('\n'), 'allow-outside-workspace': 'true' };
}

/** A throwaway key pair for a local run, unless the caller chose how to sign: the inputs and the public key to verify with. */
export function throwawaySigning(distribute: Record<string, string>): { inputs: Record<string, string>; publicKeyPem?: string } {
  if ((distribute.sign ?? '') !== '' || (distribute['signing-key'] ?? '') !== '') return { inputs: distribute };
  const pair = generateSigningKeyPair();
  return { inputs: { ...distribute, sign: 'key', 'signing-key': pair.privateKeyPem }, publicKeyPem: pair.publicKeyPem };
}

/**
 * Verify every signed referrer distribute reports (its `attestations`
 * output) from the registry itself: listed through the referrers API or
 * fallback tag, each bundle checked by @sigstore/verify with the public key,
 * its statement naming the subject. Throws a PipelineError SIGNATURE at the
 * first that does not verify, or when one reported is not listed.
 */
export async function verifyAttestations(attestationsJson: string, publicKeyPem: string, connect: ConnectOptions = {}): Promise<VerifiedReferrer[]> {
  const reported = JSON.parse(attestationsJson) as Array<{ digest: string; subject: string; destination: string; signed: boolean }>;
  const verifier = createVerifier({ kind: 'key', publicKeyPem, source: 'the throwaway public key' });
  const clients = clientFactory(connect);
  const out: VerifiedReferrer[] = [];
  for (const a of reported.filter((x) => x.signed)) {
    const ref = unwrap(parseReference(a.destination));
    const client = clients(ref.registry);
    const subject = unwrap(parseDigest(a.subject));
    const listed = await listReferrers(client, ref.repository, subject, { artifactType: BUNDLE_V03_MEDIA_TYPE });
    const entry = listed.referrers.find((r) => r.digest === a.digest);
    if (entry === undefined) {
      throw new PipelineError('SIGNATURE', `${a.destination}: the referrer ${a.digest} distribute reported is not listed for ${a.subject}`);
    }
    const source = new RegistrySource({ registry: ref.registry, repository: ref.repository }, client);
    const manifest = await readManifest(source, entry);
    const bundle = await source.readBlob(manifest.layers[0] as Descriptor);
    const v = verifier.verify(bundle, { subjectDigest: subject }, `${a.destination}@${a.digest}`);
    out.push({
      destination: a.destination,
      digest: a.digest,
      subject: a.subject,
      predicateType: v.statement.predicateType,
      keyHint: v.signer.kind === 'key' ? v.signer.keyHint : '',
    });
  }
  return out;
}

/**
 * build-image's inputs: the caller's, with the pipeline's own default tags
 * when it names none (as the reusable workflow and the root action do;
 * build-image alone defaults to docker/metadata-action's spec, which gives no
 * `latest` on a branch push). Pure.
 */
export function buildInputs(build: Record<string, string>): Record<string, string> {
  if ((build.tags ?? '').trim() !== '') return build;
  return { ...build, tags: PIPELINE_DEFAULT_TAGS.join('\n'), flavor: build.flavor ?? PIPELINE_DEFAULT_FLAVOR.join('\n') };
}

/** Inputs of the next stage from the outputs of the build (pure). */
export function chainInputs(inputs: PipelineInputs, build: Record<string, string>): { test: Record<string, string>; distribute: Record<string, string> } {
  const layout = build.layout;
  if (layout === undefined || layout === '') throw new PipelineError('INTERNAL', 'build-image finished without a layout output');
  return {
    test: { ...inputs.test, image: layout },
    distribute: { ...inputs.distribute, image: layout },
  };
}

export async function runPipeline(
  inputs: PipelineInputs,
  opts: PipelineOptions & { connect?: ConnectOptions },
  hooks: PipelineHooks = {},
): Promise<PipelineResult> {
  const stage = async (name: Stage, stageInputs: Record<string, string>): Promise<ActionRun> => {
    hooks.onStageStart?.(name);
    const run = await runActionBundle(path.join(opts.actionsRoot, name, 'dist', 'index.js'), {
      inputs: stageInputs,
      env: opts.env,
      cwd: opts.cwd,
      runnerTemp: opts.runnerTemp,
      onLine: (l) => hooks.onLine?.(name, l),
    });
    hooks.onStageEnd?.(name, run);
    return run;
  };
  const build = await stage('build-image', buildInputs(inputs.build));
  if (build.code !== 0) return { build, test: skipped(), failed: 'build-image' };
  const next = chainInputs(inputs, build.outputs);
  const test = await stage('test-image', next.test);
  if (test.code !== 0) return { build, test, failed: 'test-image' };
  if (!inputs.push) return { build, test };
  const signing = throwawaySigning(attachInputs(next.distribute, build.outputs, test.outputs));
  const distribute = await stage('distribute-image', signing.inputs);
  if (distribute.code !== 0) return { build, test, distribute, failed: 'distribute-image' };
  if (signing.publicKeyPem === undefined) return { build, test, distribute };
  // The registry's credentials from the env the stages ran with, as distribute-image found them: without them a
  // private registry the push reached would refuse the check's listing.
  const connect: ConnectOptions = { ...opts.connect, auth: opts.connect?.auth ?? { env: credentialEnv(opts.env) } };
  const verified = await verifyAttestations(distribute.outputs.attestations ?? '[]', signing.publicKeyPem, connect);
  if (!verified.some((v) => v.predicateType === PredicateType.CosignSign)) {
    throw new PipelineError('SIGNATURE', 'distribute-image was given a throwaway signing key but reported no image signature', {
      hint: 'Rebuild the bundles (npm run build): distribute-image/dist may predate signing.',
    });
  }
  return { build, test, distribute, verified };
}

const skipped = (): ActionRun => ({ code: -1, outputs: {}, summary: '', log: '' });
