/**
 * build-image's SLSA provenance: the facts of a finished build (the report,
 * the inputs, the GitHub run) mapped onto shared/src/attest/provenance.ts,
 * and the statement written to the `provenance` path. The mapping is pure;
 * writeProvenance is the only I/O.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Env } from '../../shared/src/action/inputs.js';
import { workspaceOf } from '../../shared/src/action/workspace-path.js';
import { githubContext, imageProvenance, machineImageProvenance } from '../../shared/src/attest/provenance.js';
import type { SlsaProvenanceV1, Statement } from '../../shared/src/attest/types.js';
import type { BuildReport } from '../../shared/src/builders/build.js';
import type { BuildMachineImageResult } from '../../shared/src/builders/packer/build-machine-image.js';

/** When the build ran, as the provenance's runDetails.metadata states it. */
export interface BuildTimes {
  startedOn: Date;
  finishedOn: Date;
}

export interface ContainerBuildFacts {
  report: BuildReport;
  /** The context input as given (relative to the workspace). */
  context: string;
  target?: string;
  buildArgs: ReadonlyMap<string, string>;
  publicBuildArgs: readonly string[];
  env: Env;
}

/**
 * Subjects: every platform manifest, named by its platform, and the index
 * (named `index`) when several platforms were built; a single-platform build
 * has one manifest, which is also the root digest. The destination
 * repository is not known at build time, so names are not repository names.
 */
export function containerProvenance(f: ContainerBuildFacts, times: BuildTimes): Statement<SlsaProvenanceV1> {
  const r = f.report;
  const manifests = r.manifests.map((m) => ({ name: m.platform, digest: m.digest }));
  const subjects = manifests.some((m) => m.digest === r.digest) ? manifests : [{ name: 'index', digest: r.digest }, ...manifests];
  const github = githubContext(f.env);
  return imageProvenance({
    subjects,
    ...(github === undefined ? {} : { github }),
    dockerfile: r.dockerfile,
    context: f.context,
    ...(f.target === undefined ? {} : { target: f.target }),
    platforms: r.platforms,
    buildArgs: Object.fromEntries(f.buildArgs),
    publicBuildArgs: f.publicBuildArgs,
    baseImages: r.baseImages,
    ...times,
  });
}

export interface MachineBuildFacts {
  result: BuildMachineImageResult;
  /** The template input as given. */
  template: string;
  variables: Readonly<Record<string, string>>;
  publicBuildArgs: readonly string[];
  env: Env;
}

/** One subject per AMI (its ARN, see attest/provenance.ts); undefined when the build made no AMI (e.g. a null builder). */
export function machineProvenance(f: MachineBuildFacts, times: BuildTimes): Statement<SlsaProvenanceV1> | undefined {
  const amis = Object.entries(f.result.amis).map(([region, id]) => ({ id, region }));
  if (amis.length === 0) return undefined;
  const github = githubContext(f.env);
  return machineImageProvenance({
    amis,
    template: f.template,
    variables: f.variables,
    publicVariables: f.publicBuildArgs,
    ...(github === undefined ? {} : { github }),
    builderVersion: { packer: f.result.packer.version },
    ...times,
  });
}

/** Write the statement (pretty JSON) to `file`, relative to the workspace; returns the absolute path. */
export async function writeProvenance(file: string, s: Statement<SlsaProvenanceV1>, env: Env): Promise<string> {
  const target = path.resolve(workspaceOf(env), file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, `${JSON.stringify(s, null, 2)}\n`);
  return target;
}
