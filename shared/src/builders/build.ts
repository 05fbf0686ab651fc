/**
 * One build, from checked inputs to an OCI image layout at `output`:
 * locate the context and Dockerfile, refuse what cannot work before starting
 * (missing emulator), pick the builder, fix the timestamp, compute tags and
 * labels, build, and assemble the layout through LayoutWriter (temporary
 * folder, renamed into place only when everything succeeded). Secrets live in
 * 0600 files for the duration of the build only; the builder's images are
 * removed from its store afterwards.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PipelineError } from '../errors.js';
import type { Env } from '../action/inputs.js';
import { LayoutWriter } from '../oci/layout.js';
import { Annotation } from '../oci/types.js';
import { unwrap } from '../result.js';
import { assembleLayout } from './assemble.js';
import { baseAnnotations, qualifyReference } from './base-image.js';
import { BuilderRunError, type BuildPlan, type Builder, type BuilderChoice, type BuilderName, type Logger } from './builder.js';
import { buildahBuilder } from './buildah.js';
import { buildxBuilder } from './buildx.js';
import { baseImageOf, externalImages, parseDockerfile, runsPrograms, targetStage, type Dockerfile } from './dockerfile.js';
import { architectureOf, binfmtHandlers, emulationError, hostArchitecture, platformsLackingEmulation } from './emulation.js';
import { epochToIso, sourceDateEpoch, type Epoch } from './epoch.js';
import { buildFailure } from './failure.js';
import { podmanBuilder } from './podman.js';
import { writeSecretFiles } from './secrets.js';
import { chooseBuilder, probeBuilders, type Availability } from './select.js';
import { checkOutput, locateContext, locateDockerfile } from './locate.js';
import { imageMetadata } from './metadata.js';
import { chooseStorage } from './storage.js';

export interface BuildRequest {
  context: string;
  /** As the user gave it; undefined means Dockerfile, else Containerfile, in the context. */
  file?: string;
  target?: string;
  buildArgs: ReadonlyMap<string, string>;
  secrets: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  annotations: ReadonlyMap<string, string>;
  /** Explicit tags; empty means computed from the GitHub context. */
  tags: readonly string[];
  platforms: readonly string[];
  builder: BuilderChoice;
  output: string;
  env: Env;
  /** The parsed GitHub event payload, if any. */
  event?: unknown;
}

export interface BuildReport {
  builder: BuilderName;
  builderReason: string;
  dockerfile: string;
  digest: string;
  imageid: string;
  layout: string;
  tags: string[];
  platforms: string[];
  manifests: Array<{ platform: string; digest: string; imageid: string; layers: number; size: number }>;
  size: number;
  layers: number;
  labels: Record<string, string>;
  epoch: Epoch;
  created?: string;
  base?: { name: string; digest?: string };
  /**
   * Every distinct base image the platform manifests record in their
   * `org.opencontainers.image.base.name` / `.base.digest` annotations (one per
   * platform of a multi-platform base): what provenance lists as resolved
   * dependencies. Empty for FROM scratch or when the builder did not report a digest.
   */
  baseImages: Array<{ name: string; digest: string }>;
}

/** Paths in messages and annotations: relative to the workspace (GitHub links annotations by repository path). */
const relativeTo =
  (root: string) =>
  (p: string): string => {
    const r = path.relative(root, p);
    return r !== '' && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
  };

function makeBuilder(name: BuilderName, storage: Awaited<ReturnType<typeof chooseStorage>>['storage'] | undefined): Builder {
  if (name === 'docker') return buildxBuilder;
  if (storage === undefined) throw new PipelineError('INTERNAL', `no storage for ${name}`);
  return name === 'buildah' ? buildahBuilder(storage) : podmanBuilder(storage);
}

/** The distinct (name, digest) pairs of the base annotations, in platform order. */
function recordedBases(annotations: ReadonlyArray<Record<string, string>>): Array<{ name: string; digest: string }> {
  const seen = new Map<string, { name: string; digest: string }>();
  for (const a of annotations) {
    const [name, digest] = [a[Annotation.BaseName], a[Annotation.BaseDigest]];
    if (name !== undefined && digest !== undefined) seen.set(`${name}@${digest}`, { name, digest });
  }
  return [...seen.values()];
}

export interface BuildDeps {
  log: Logger;
  /** Probing is injectable so callers can skip it when the builder is fixed. */
  probe?: () => Promise<Availability>;
}

export async function buildImage(req: BuildRequest, deps: BuildDeps): Promise<BuildReport> {
  const { log } = deps;
  const contextDir = await locateContext(req.context);
  const dockerfilePath = await locateDockerfile(contextDir, req.file);
  const output = await checkOutput(req.output, contextDir);
  const workspace = req.env.GITHUB_WORKSPACE !== undefined && req.env.GITHUB_WORKSPACE !== '' ? req.env.GITHUB_WORKSPACE : process.cwd();
  const dockerfileShown = relativeTo(path.resolve(workspace))(dockerfilePath);
  const df: Dockerfile = parseDockerfile(await fs.readFile(dockerfilePath, 'utf8'));
  if (df.stages.length === 0)
    throw new PipelineError('INPUT', `${dockerfileShown} has no FROM instruction`, {
      input: 'file',
      file: dockerfileShown,
      line: 1,
      hint: 'A Dockerfile starts with FROM <image> (or FROM scratch).',
    });
  if (req.target !== undefined && targetStage(df, req.target) === undefined) {
    const names = df.stages.map((s) => s.name ?? String(s.index)).join(', ');
    throw new PipelineError('INPUT', `the Dockerfile has no stage named '${req.target}'`, {
      input: 'target',
      file: dockerfileShown,
      hint: `Its stages are: ${names}.`,
    });
  }

  const hostArch = hostArchitecture();
  const foreign = req.platforms.filter((p) => architectureOf(p) !== hostArch);
  if (foreign.length > 0) {
    const missing = platformsLackingEmulation(req.platforms, hostArch, runsPrograms(df, req.target), await binfmtHandlers());
    if (missing.length > 0) throw emulationError(missing, dockerfileShown);
  }

  const choice = unwrap(chooseBuilder(req.builder, await (deps.probe ?? (() => probeBuilders(req.builder)))()));
  log.info(`Builder: ${choice.name} (${choice.reason})`);
  let storage: Awaited<ReturnType<typeof chooseStorage>>['storage'] | undefined;
  if (choice.name !== 'docker') {
    const s = await chooseStorage(req.env, choice.name);
    storage = s.storage;
    log.info(`Storage: ${s.storage.driver} at ${path.dirname(s.storage.root)} (${s.reason})`);
  }
  const builder = makeBuilder(choice.name, storage);

  const epoch = await sourceDateEpoch(contextDir, req.env);
  const created = epoch.seconds === undefined ? undefined : epochToIso(epoch.seconds);
  if (epoch.seconds === undefined)
    log.warning('The context is not in a git repository and SOURCE_DATE_EPOCH is not set: timestamps are the current time, so two builds will differ.');
  else log.info(`Timestamps: ${created} (from ${epoch.source})`);

  const { tags, labels } = imageMetadata({
    env: req.env,
    event: req.event,
    explicitTags: req.tags,
    userLabels: req.labels,
    fallbackTitle: path.basename(contextDir),
    ...(created !== undefined ? { created } : {}),
  });

  const tmpParent = req.env.RUNNER_TEMP !== undefined && req.env.RUNNER_TEMP !== '' ? req.env.RUNNER_TEMP : os.tmpdir();
  await fs.mkdir(tmpParent, { recursive: true });
  const workDir = await fs.mkdtemp(path.join(tmpParent, 'image-pipeline-build-'));
  const secrets = await writeSecretFiles(req.secrets, workDir).catch(async (e: unknown) => {
    await fs.rm(workDir, { recursive: true, force: true });
    throw e;
  });
  const plan: BuildPlan = {
    context: contextDir,
    dockerfile: dockerfilePath,
    buildArgs: [...req.buildArgs],
    secrets: secrets.files,
    labels: [...labels],
    platforms: [...req.platforms],
    workDir,
    imageName: `image-pipeline-${randomBytes(6).toString('hex')}`,
    bases: externalImages(df, req.target, req.buildArgs),
    ...(req.target !== undefined ? { target: req.target } : {}),
    ...(epoch.seconds !== undefined ? { epoch: epoch.seconds } : {}),
  };

  let writer: LayoutWriter | undefined;
  try {
    const out = await builder.build(plan, log).catch((e: unknown) => {
      if (e instanceof BuilderRunError) throw buildFailure(e.builder, e.output, df, dockerfileShown, e.platform);
      throw e;
    });
    const baseName = baseImageOf(df, req.target, req.buildArgs);
    const external = baseName === undefined || baseName === 'scratch' ? undefined : baseName;
    const parts = out.parts.map((p) => ({ source: p.source, root: p.root, annotations: baseAnnotations(external, p.baseDigests) }));
    const base = external === undefined ? undefined : { name: qualifyReference(external), digest: out.parts[0]?.baseDigests.get(external) };
    writer = await LayoutWriter.create(output);
    const image = await assembleLayout(writer, parts, { annotations: Object.fromEntries(req.annotations), tags });
    const layout = await writer.commit();
    const first = image.manifests[0] as (typeof image.manifests)[number];
    const report: BuildReport = {
      builder: choice.name,
      builderReason: choice.reason,
      dockerfile: dockerfileShown,
      digest: image.root.digest,
      imageid: first.configDigest,
      layout,
      tags,
      platforms: image.manifests.map((m) => m.platform),
      manifests: image.manifests.map((m) => ({ platform: m.platform, digest: m.descriptor.digest, imageid: m.configDigest, layers: m.layers, size: m.size })),
      size: image.size,
      layers: first.layers,
      labels: Object.fromEntries(labels),
      epoch,
      baseImages: recordedBases(parts.map((p) => p.annotations)),
    };
    if (created !== undefined) report.created = created;
    if (base !== undefined) report.base = base.digest === undefined ? { name: base.name } : { name: base.name, digest: base.digest };
    return report;
  } catch (e) {
    await writer?.abort();
    throw e;
  } finally {
    await secrets.remove().catch(() => undefined);
    await builder.cleanup(plan, log).catch(() => undefined);
    await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}
