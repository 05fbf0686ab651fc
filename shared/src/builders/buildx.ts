/**
 * docker buildx: used only when a Docker daemon answers. BuildKit builds every
 * platform in one go and writes an OCI layout folder itself (`type=oci,
 * tar=false`); reproducibility comes from SOURCE_DATE_EPOCH, which buildx
 * passes to BuildKit, plus `rewrite-timestamp` for file times in layers.
 * The OCI exporter needs a BuildKit builder (docker-container driver, or the
 * containerd image store); with the plain docker driver buildx says so and
 * that message is what the user sees.
 */
import * as path from 'node:path';
import type { BuildOutput, BuildPlan, Builder, Logger } from './builder.js';
import { OciLayout } from '../oci/layout.js';
import { limitsFor, runBuilder } from './run-builder.js';
import { cacheArgs } from './cache-spec.js';
import { buildxOptionArgs } from './build-options.js';
import { secretArg } from './secrets.js';

/** The folder buildx writes its OCI layout to. */
const buildxOutputDir = (plan: BuildPlan): string => path.join(plan.workDir, 'buildx-oci');

/** argv of `docker buildx build` (after `docker`). */
export function getBuildxArgs(plan: BuildPlan): string[] {
  const args = ['buildx', 'build', '--file', plan.dockerfile];
  if (plan.target !== undefined) args.push('--target', plan.target);
  for (const [k, v] of plan.buildArgs) args.push('--build-arg', `${k}=${v}`);
  for (const s of plan.secrets) args.push('--secret', secretArg(s));
  args.push(...buildxOptionArgs(plan.options));
  if (plan.platforms.length > 0) args.push('--platform', plan.platforms.join(','));
  args.push(...cacheArgs(plan.cache, 'docker'));
  // Attestation manifests would ride along in the index as extra "images"; test-image and distribute want the image itself.
  args.push('--provenance=false', '--sbom=false');
  const output = ['type=oci', `dest=${buildxOutputDir(plan)}`, 'tar=false'];
  if (plan.epoch !== undefined) output.push('rewrite-timestamp=true');
  args.push('--output', output.join(','), plan.context);
  return args;
}

/**
 * Environment for buildx: SOURCE_DATE_EPOCH makes BuildKit's timestamps
 * reproducible; the plan's builderEnv (DOCKER_CONFIG with the registry
 * credentials) goes on top.
 */
export function getBuildxEnv(plan: BuildPlan, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env, ...plan.builderEnv };
  if (plan.epoch !== undefined) out.SOURCE_DATE_EPOCH = String(plan.epoch);
  else delete out.SOURCE_DATE_EPOCH;
  return out;
}

export const buildxBuilder: Builder = {
  name: 'docker',
  async build(plan: BuildPlan, log: Logger): Promise<BuildOutput> {
    const platform = plan.platforms.length > 0 ? plan.platforms.join(',') : undefined;
    await runBuilder('docker', 'docker', getBuildxArgs(plan), log, {
      env: getBuildxEnv(plan, process.env),
      ...(platform === undefined ? {} : { platform }),
      ...limitsFor(plan.limits),
    });
    const layout = await OciLayout.open(buildxOutputDir(plan));
    const roots = await layout.roots();
    // BuildKit does not say which digest each base resolved to in a form we can read without its metadata file; left empty.
    return { parts: roots.slice(0, 1).map((root) => ({ source: layout, root, baseDigests: new Map<string, string>() })) };
  },
  async cleanup(): Promise<void> {
    /* buildx leaves nothing named after us: the OCI output lives in workDir, removed by the caller */
  },
};
