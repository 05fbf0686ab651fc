/**
 * build-image: a container image from a Dockerfile (shared/src/builders) or
 * a machine image with Packer (shared/src/builders/packer), through the
 * ActionIO. Outputs are typed and named as in action.yml by outputsOf in outputs.ts.
 */
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Action } from '../../shared/src/action/run-action.js';
import type { BuildReport } from '../../shared/src/builders/build.js';
import { workspaceOf } from '../../shared/src/action/workspace-path.js';
import { readEvent } from '../../shared/src/github/event.js';
import { buildSummary, failureSummary } from '../../shared/src/report/summary/build.js';
import { referenceItem } from '../../shared/src/builders/metadata.js';
import { getInputs, type ContainerInputs, type Inputs, type MachineInputs } from './context.js';
import { outputsOf, type Outputs } from './outputs.js';
import { secretsOf } from './secrets.js';
import { checkPublish, publishes } from './publish-inputs.js';

/*
 * What a run needs is loaded when the run needs it (bench/build.ts, issue 14 item 4): node parses every
 * statically imported module before the first line runs, so a run that only refuses a bad input, or
 * builds a container, would otherwise pay for the Packer path, provenance and the builders it never uses.
 * The bundler (ncc) turns each import() below into a separate chunk file.
 */

/** Lazy: the container build (builders, registry access, caches, layout assembly) is not needed to check inputs. */
const loadContainerBuild = (): Promise<typeof import('../../shared/src/builders/build.js')> => import('../../shared/src/builders/build.js');
/** Lazy: the Packer path (tool-cache and its downloads, semver, the AWS SDK) and its summary, only for `kind: machine`. */
async function loadMachineBuild(): Promise<
  typeof import('../../shared/src/builders/packer/build-machine-image.js') & typeof import('../../shared/src/report/summary/machine-build.js')
> {
  const [build, summary] = await Promise.all([
    import('../../shared/src/builders/packer/build-machine-image.js'),
    import('../../shared/src/report/summary/machine-build.js'),
  ]);
  return { ...build, ...summary };
}
/** Lazy: after a successful build, the root descriptor for `metadata` (root-descriptor.ts, small). */
const loadRootDescriptor = (): Promise<typeof import('./root-descriptor.js')> => import('./root-descriptor.js');
/** Lazy: push/load/outputs (publish.ts: the push, tar-stream, the push summary) only when asked. */
const loadPublish = (): Promise<typeof import('./publish.js')> => import('./publish.js');
/** Lazy: the build-context checks (locate.ts, small) that refuse a bad context, Dockerfile or output before the builders load. */
const loadLocate = (): Promise<typeof import('../../shared/src/builders/locate.js')> => import('../../shared/src/builders/locate.js');
/** Lazy: the builder probe (select.ts, small), started while the builders load. */
const loadSelect = (): Promise<typeof import('../../shared/src/builders/select.js')> => import('../../shared/src/builders/select.js');
/** Lazy: SLSA provenance (shared/src/attest) only once a build has succeeded and `provenance` is not false. */
const loadProvenance = (): Promise<typeof import('./provenance.js')> => import('./provenance.js');

export async function run(inputs: Inputs, io: ActionIO): Promise<Outputs> {
  return inputs.kind === 'machine' ? runMachine(inputs, io) : runContainer(inputs, io);
}

async function runContainer(inputs: ContainerInputs, io: ActionIO): Promise<Outputs> {
  const { kind: _kind, 'build-args': buildArgs, env, provenance: _provenance, publicBuildArgs: _publicBuildArgs, publish: publishInputs, ...rest } = inputs;
  // push/load name the image by its full references: none at all is a mistake to report before building.
  if (publishInputs !== undefined)
    checkPublish(
      publishInputs,
      inputs.tags.some((t) => referenceItem(t) !== undefined),
      inputs.platforms.length,
    );
  // Context, Dockerfile and output checked here, so a missing Dockerfile is refused without loading the builders (~190 KB,
  // issue 17); buildImage takes what was found (located) and does not look again.
  const { locateBuild } = await loadLocate();
  const located = await locateBuild(rest, workspaceOf(env));
  const startedOn = new Date();
  // The builder probe (`buildah --version`: the builder's own time, 0.1-0.3 s) is spawned before the builders'
  // chunk loads and runs while it does, instead of after (issue 17, examples/hello); buildImage awaits it where it
  // probed. Only once the context checks passed: a bad input spawns nothing.
  const probing = loadSelect().then((m) => m.probeBuilders(rest.builder));
  probing.catch(() => undefined);
  const { buildImage: buildContainerImage } = await loadContainerBuild();
  const report = await buildContainerImage(
    {
      ...rest,
      buildArgs,
      env,
      located,
      event: await readEvent(env),
      ...(publishInputs !== undefined && publishInputs.images.length > 0 ? { images: publishInputs.images } : {}),
    },
    // mask: secrets the registry credential resolver finds during the build (ECR tokens, config.json entries).
    { log: { info: (m) => io.info(m), debug: (m) => io.debug(m), warning: (m) => io.warning(m) }, mask: (s) => io.mask(s), probe: () => probing },
  );
  const finishedOn = new Date();
  io.info(`Built ${report.digest} (${report.platforms.join(', ')}) into ${report.layout}, tags: ${report.tags.join(', ')}`);
  await io.summary(buildSummary(report));
  const written = await writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io);
  const { rootDescriptor } = await loadRootDescriptor();
  const out: Outputs = {
    kind: 'container',
    report,
    descriptor: await rootDescriptor(report.layout),
    ...(written !== undefined ? { provenance: written } : {}),
  };
  if (publishInputs === undefined || !publishes(publishInputs)) return out;
  const { publish } = await loadPublish();
  return { ...out, publish: await publish(report, publishInputs, inputs.connect, env, io) };
}

async function writeContainerProvenance(
  inputs: ContainerInputs,
  report: BuildReport,
  { startedOn, finishedOn }: { startedOn: Date; finishedOn: Date },
  io: ActionIO,
): Promise<string | undefined> {
  const { provenance, 'build-args': buildArgs, publicBuildArgs, env } = inputs;
  if (provenance === undefined) return undefined;
  const { containerProvenance, writeProvenance } = await loadProvenance();
  const statement = containerProvenance(
    { report, context: inputs.context, ...(inputs.target === undefined ? {} : { target: inputs.target }), buildArgs, publicBuildArgs, env },
    { startedOn, finishedOn },
  );
  const written = await writeProvenance(provenance, statement, env);
  io.info(`Provenance (SLSA v1, ${statement.subject.length} subjects) written to ${written}`);
  return written;
}

async function runMachine(inputs: MachineInputs, io: ActionIO): Promise<Outputs> {
  const { kind: _kind, provenance, publicBuildArgs, env, ...options } = inputs;
  const startedOn = new Date();
  const { buildMachineImage, machineBuildSummaryMarkdown } = await loadMachineBuild();
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
  if (provenance === undefined) return { kind: 'machine', result };
  const { machineProvenance, writeProvenance } = await loadProvenance();
  const statement = machineProvenance(
    { result, template: inputs.template, variables: inputs.variables ?? {}, publicBuildArgs, env },
    { startedOn, finishedOn: new Date() },
  );
  if (statement === undefined) {
    io.info('No provenance written: the build made no AMI to be its subject');
    return { kind: 'machine', result };
  }
  const written = await writeProvenance(provenance, statement, env);
  io.info(`Provenance (SLSA v1, AMIs ${statement.subject.map((s) => s.name).join(', ')}) written to ${written}`);
  return { kind: 'machine', result, provenance: written };
}

export const buildImage: Action<Inputs, Outputs> = {
  name: 'build-image',
  getInputs,
  secretsOf,
  run,
  outputsOf,
  // After the digest, layout and metadata: a push, load or export that failed still leaves the build's outputs.
  verdict: (o) => (o.kind === 'container' ? o.publish?.error : undefined),
  failureSummary,
};
export const action = buildImage;
export { containerMetadata, outputsOf, type Outputs } from './outputs.js';
export { secretsOf } from './secrets.js';
