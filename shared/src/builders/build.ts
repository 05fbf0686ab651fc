/**
 * One build, from checked inputs to an OCI image layout at `output`:
 * locate the context and Dockerfile, refuse what cannot work before starting
 * (missing emulator), pick the builder, fix the timestamp, compute tags and
 * labels, build, and assemble the layout through LayoutWriter (temporary
 * folder, renamed into place only when everything succeeded). Secrets live in
 * 0600 files for the duration of the build only; the builder's images are
 * removed from its store afterwards.
 *
 * Registries: the builder reads them itself (every FROM, COPY --from=<image>,
 * the caches) with the credentials and plain-HTTP rule the other actions use,
 * handed over in files (registry-access.ts) removed when the build ends.
 * Caches: checked for the builder before anything runs; type=local served to
 * buildah/podman as a loopback registry (local-cache.ts); a registry cache
 * that cannot be reached is dropped with a warning (cache-reach.ts), and a
 * build that fails only in exporting its cache is run again without the
 * export: a cache never fails a build.
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
import {
  BuilderRunError,
  type BuildOptions,
  type BuildOutput,
  type BuildPlan,
  type Builder,
  type BuilderChoice,
  type BuilderLimits,
  type BuilderName,
  type CachePlan,
  type CacheSpec,
  type Logger,
} from './builder.js';
import { cacheNotices, checkCacheForBuilder } from './cache-spec.js';
import type { LocalCache, LocalCacheOptions } from './local-cache.js';
import { imagesPulled, prepareRegistryAccess, registriesOf, type RegistryAccess } from './registry-access.js';
import { connectOptions, type ConnectInputs } from '../registry/client/connect-inputs.js';
import { buildahBuilder } from './buildah.js';
import { buildxBuilder } from './buildx.js';
import { baseImageOf, externalImages, parseDockerfile, runsPrograms, targetStage, type Dockerfile } from './dockerfile.js';
import { architectureOf, binfmtHandlers, emulationError, hostArchitecture, platformsLackingEmulation } from './emulation.js';
import { epochToIso, sourceDateEpoch, type Epoch } from './epoch.js';
import { buildFailure, isCachePushFailure, type RegistryContext } from './failure.js';
import { podmanBuilder } from './podman.js';
import { resolveSecretFiles, writeSecretFiles, type SecretRef } from './secrets.js';
import {
  checkOptionsForBuilder,
  contextImages,
  imagesThroughContexts,
  imageThroughContexts,
  noCacheFor,
  optionNotices,
  resolveBuildContexts,
} from './build-options.js';
import { chooseBuilder, probeBuilders, type Availability } from './select.js';
import { locateBuild, locatedFor, type LocatedBuild } from './locate.js';
import { workspaceOf } from '../action/workspace-path.js';
import { imageMetadata, metadataLabels } from './metadata.js';
import { loadSemver, mayReadVersion } from '../github/metadata/semver-reader.js';
import { checkPlacement, computedAnnotations, computedLevels, formatAnnotation, LEVELS_ENV, mergeAnnotations, parseAnnotations } from './annotations.js';
import { fetchRepoFacts, payloadHasRepoFacts, type RepoInfo } from '../github/metadata/repo.js';
import { chooseStorage } from './storage.js';

export interface BuildRequest {
  context: string;
  /** As the user gave it; undefined means Dockerfile, else Containerfile, in the context. */
  file?: string;
  target?: string;
  buildArgs: ReadonlyMap<string, string>;
  secrets: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  /** KEY=value, KEY optionally after build-push-action's levels (`index:`, `manifest[linux/arm64]:`...; annotations.ts); no level: the manifests. */
  annotations: ReadonlyMap<string, string>;
  /** Explicit tags or metadata-action spec lines; empty means metadata-action's default spec. */
  tags: readonly string[];
  /** metadata-action `flavor` lines. */
  flavor?: readonly string[];
  /** metadata-action's `images` (enabled names): each gets the computed tags as full references (BuildReport.refs). */
  images?: readonly string[];
  platforms: readonly string[];
  builder: BuilderChoice;
  output: string;
  /**
   * What locateBuild found for this request's context, file and output in the step's workspace (build-image's run
   * checks them before it loads the builders); buildImage takes it instead of looking again. Absent: buildImage locates them.
   */
  located?: LocatedBuild;
  env: Env;
  /** The parsed GitHub event payload, if any. */
  event?: unknown;
  /** `cache-from` / `cache-to` (cache-spec.ts); none when absent. */
  cacheFrom?: readonly CacheSpec[];
  cacheTo?: readonly CacheSpec[];
  /** `no-cache`: reuse no cached step (cache-to still exports). */
  noCache?: boolean;
  /** registry-auth, github-token, insecure-registries: for every registry the build reads or writes. Absent: anonymous, loopback plain HTTP only. */
  connect?: ConnectInputs;
  /** build-push-action's other build options (build-options.ts); none when absent. */
  options?: BuildOptions;
  /** `secret-files` and `secret-envs` (secrets.ts). */
  secretFiles?: readonly SecretRef[];
  secretEnvs?: readonly SecretRef[];
  /** Notices from reading the inputs (attestations, sbom, provenance attributes), logged when the build starts. */
  notices?: readonly string[];
  /** `stall-timeout` (0: off; default run-builder.ts's) and `build-timeout` (the builder commands in all; none when absent). */
  limits?: { stallMs?: number; timeoutMs?: number };
}

export interface BuildReport {
  builder: BuilderName;
  builderReason: string;
  dockerfile: string;
  digest: string;
  imageid: string;
  layout: string;
  tags: string[];
  /** Full references (`images` x tags, and the full references written in `tags`); absent when no repository is named. */
  refs?: string[];
  /** metadata-action's `version`: the first computed tag (absent when none applied and the image is only `latest`). */
  version?: string;
  platforms: string[];
  manifests: Array<{ platform: string; digest: string; imageid: string; layers: number; size: number }>;
  size: number;
  layers: number;
  labels: Record<string, string>;
  /** metadata-action's `annotations` output: every annotation the build placed by its level (`manifest:key=value`...), the base image's aside. */
  annotations?: string[];
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
  /** Receives every secret found while resolving registry credentials (ECR tokens, config.json entries): core.setSecret in the action. */
  mask?: (secret: string) => void;
}

/*
 * Loaded only by a build that uses them (bench/build.ts: node parses every static import before the first
 * line runs, and most builds have no cache): the local cache server, and the registry client that asks a
 * registry cache whether it can be reached. ncc turns each import() into a separate chunk file.
 */

/** Lazy: the loopback registry serving type=local folders (local-cache/*), only for a type=local cache. */
async function startLocalCache(opts: LocalCacheOptions): Promise<LocalCache> {
  const { startLocalCache: start } = await import('./local-cache.js');
  return start(opts);
}

/**
 * reachableCaches (cache-reach.ts) with our registry client and the build's credentials, loaded only when
 * the plan has a registry cache to ask (not the loopback one serving type=local, and no cache-from under
 * no-cache); without one, reachableCaches would return the plan's specs unchanged, and so does this.
 */
async function checkRegistryCaches(plan: CachePlan, connect: ConnectInputs | undefined, deps: BuildDeps, skip: ReadonlySet<string>): Promise<CachePlan> {
  const asked = [...(plan.noCache ? [] : plan.from), ...plan.to].some((s) => s.type === 'registry' && !skip.has(s.ref));
  if (!asked) return { from: [...plan.from], to: [...plan.to], noCache: plan.noCache };
  const [{ reachableCaches, CACHE_CHECK_RETRY, CACHE_CHECK_TIMEOUTS }, { clientFactory }] = await Promise.all([
    import('./cache-reach.js'),
    import('../registry/client/connect.js'),
  ]);
  const clients = clientFactory(
    connectOptions(connect ?? { registryAuth: [], githubToken: '', insecureRegistries: [] }, {
      retry: CACHE_CHECK_RETRY,
      timeouts: CACHE_CHECK_TIMEOUTS,
      ...(deps.mask !== undefined ? { mask: deps.mask } : {}),
    }),
  );
  return reachableCaches(plan, clients, deps.log, skip);
}

/** The refs of the registry caches in a plan (type=local has none until build.ts serves it). */
const registryCacheRefs = (plan: CachePlan): string[] => [...plan.from, ...plan.to].flatMap((s) => (s.type === 'registry' ? [s.ref] : []));

/**
 * For buildah/podman, type=local caches become a loopback registry serving
 * the folders (local-cache.ts), and the specs point at it. Folders are
 * relative to the workspace. buildx reads folders itself: plan unchanged.
 */
async function serveLocalCaches(plan: CachePlan, builder: BuilderName, workspace: string, log: Logger): Promise<{ plan: CachePlan; local?: LocalCache }> {
  if (builder === 'docker') return { plan };
  const src = plan.noCache ? undefined : plan.from.find((s) => s.type === 'local');
  let dest = plan.to.find((s) => s.type === 'local');
  const withoutLocal = (specs: readonly CacheSpec[]): CacheSpec[] => specs.filter((s) => s.type !== 'local');
  if (src === undefined && dest === undefined) return { plan: { ...plan, from: withoutLocal(plan.from) } };
  const start = (withDest: boolean): Promise<LocalCache> =>
    startLocalCache({
      ...(src?.type === 'local' ? { src: path.resolve(workspace, src.dir) } : {}),
      ...(withDest && dest?.type === 'local' ? { dest: path.resolve(workspace, dest.dir) } : {}),
      log: { debug: (l) => log.debug(l), warning: (l) => log.warning(l) },
    });
  let local: LocalCache;
  try {
    local = await start(true);
  } catch (e) {
    // A dest folder that cannot be written (permissions, read-only, a file in its path) is an unusable cache: a warning, never a
    // failed build. A PipelineError is a dest we refuse to replace (a file, a link, a folder of the user's), which stays an error.
    if (dest === undefined || e instanceof PipelineError) throw e;
    log.warning(
      `cache-to line ${dest.line}: the folder ${dest.type === 'local' ? dest.dir : ''} cannot be written (${e instanceof Error ? e.message : String(e)}); building without it, so no cache is saved`,
    );
    dest = undefined;
    plan = { ...plan, to: withoutLocal(plan.to) };
    if (src === undefined) return { plan: { ...plan, from: withoutLocal(plan.from) } };
    local = await start(false);
  }
  const toRegistry = (s: CacheSpec): CacheSpec =>
    s.type === 'local' ? { type: 'registry', ref: local.ref, mode: s.mode, attrs: { ref: local.ref }, line: s.line } : s;
  log.info(
    `Local cache: ${[src === undefined ? '' : `from ${src.type === 'local' ? src.dir : ''}`, dest === undefined ? '' : `to ${dest.type === 'local' ? dest.dir : ''}`].filter((x) => x !== '').join(', ')}, served to ${builder} at ${local.ref}`,
  );
  return {
    plan: { from: plan.noCache ? plan.from.filter((s) => s.type !== 'local') : plan.from.map(toRegistry), to: plan.to.map(toRegistry), noCache: plan.noCache },
    local,
  };
}

export async function buildImage(req: BuildRequest, deps: BuildDeps): Promise<BuildReport> {
  const { log } = deps;
  const startedAt = Date.now();
  const workspace = workspaceOf(req.env);
  const located = req.located ?? (await locateBuild(req, workspace));
  if (!locatedFor(located, req, workspace))
    throw new PipelineError('INTERNAL', `buildImage was given the locations of another request (context '${located.for.context}', not '${req.context}')`);
  const { contextDir, dockerfile: dockerfilePath, output } = located;
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
    const missing = platformsLackingEmulation(req.platforms, hostArch, runsPrograms(df, req.target, req.buildArgs), await binfmtHandlers());
    if (missing.length > 0) throw emulationError(missing, dockerfileShown);
  }

  // The probes run at once, not one after another: the commit time (git), the builder (`buildah --version`) and
  // the store of the builder it will most likely be (mkdir, and on a new store an overlay mount and umount).
  // None needs another, and a small build paid each in full (issue 17, examples/hello). Each is awaited where it
  // was, so messages and errors keep their order; one not reached (an error before) is settled and ignored. A
  // store guessed wrong (auto, buildah missing) is an empty folder under RUNNER_TEMP, and the right one is chosen then.
  // The builder's probe first: the longest of the three, and every spawn costs main-thread time before the next.
  const probing = (deps.probe ?? (() => probeBuilders(req.builder)))();
  probing.catch(() => undefined);
  const epochRead = sourceDateEpoch(contextDir, req.env);
  epochRead.catch(() => undefined);
  const likelyTool = likelyContainersTool(req.builder);
  const storageRead = likelyTool === undefined ? undefined : chooseStorage(req.env, likelyTool);
  storageRead?.catch(() => undefined);
  const choice = unwrap(chooseBuilder(req.builder, await probing));
  log.info(`Builder: ${choice.name} (${choice.reason})`);
  for (const notice of req.notices ?? []) log.info(notice);
  const optionsRefused = checkOptionsForBuilder(req.options, choice.name);
  if (optionsRefused !== undefined) throw optionsRefused;
  for (const notice of optionNotices(req.options, choice.name)) log.info(notice);
  const options = await resolveBuildContexts(req.options, workspace);
  const userSecretFiles = await resolveSecretFiles(req.secretFiles ?? [], workspace);
  const requestedCache: CachePlan = { from: req.cacheFrom ?? [], to: req.cacheTo ?? [], noCache: noCacheFor(req.noCache ?? false, req.options, choice.name) };
  const cacheRefused = checkCacheForBuilder(requestedCache, choice.name);
  if (cacheRefused !== undefined) throw cacheRefused;
  for (const notice of cacheNotices(requestedCache, choice.name)) log.info(notice);
  let storage: Awaited<ReturnType<typeof chooseStorage>>['storage'] | undefined;
  if (choice.name !== 'docker') {
    const s = await (choice.name === likelyTool && storageRead !== undefined ? storageRead : chooseStorage(req.env, choice.name));
    storage = s.storage;
    log.info(`Storage: ${s.storage.driver} at ${path.dirname(s.storage.root)} (${s.reason})`);
  }
  const builder = makeBuilder(choice.name, storage);

  const epoch = await epochRead;
  const created = epoch.seconds === undefined ? undefined : epochToIso(epoch.seconds);
  if (epoch.seconds === undefined)
    log.warning('The context is not in a git repository and SOURCE_DATE_EPOCH is not set: timestamps are the current time, so two builds will differ.');
  else log.info(`Timestamps: ${created} (from ${epoch.source})`);

  // semver is loaded only for a build that may read a version (a git tag, or a rule's own value; issue 17).
  if (mayReadVersion(req.env.GITHUB_REF, req.tags)) await loadSemver();
  const {
    tags,
    refs,
    labels: plannedLabels,
    annotations: plannedAnnotations,
    version,
    warnings,
  } = imageMetadata({
    env: req.env,
    event: req.event,
    explicitTags: req.tags,
    ...(req.flavor !== undefined ? { flavor: req.flavor } : {}),
    ...(req.images !== undefined ? { images: req.images } : {}),
    userLabels: req.labels,
    fallbackTitle: path.basename(contextDir),
    ...(created !== undefined ? { created } : {}),
  });

  for (const w of warnings) log.warning(`tags: ${w}`);

  // Annotations: metadata-action's set at its levels, the user's over it; what cannot be placed fails now, before the build.
  const userAnnotations = parseAnnotations(req.annotations);
  const annotationLevels = computedLevels(req.env[LEVELS_ENV]);
  checkPlacement(
    [...computedAnnotations(plannedAnnotations, annotationLevels), ...userAnnotations],
    req.platforms.length > 0 ? req.platforms : [`linux/${hostArch}`],
  );
  // Repository facts (description, url, licenses) the payload lacks: asked of the API while the image builds (started
  // once the builder has been spawned: the first fetch loads Node's HTTP client, tens of ms not to spend before the
  // build starts), awaited before assembly, bounded (5 s) and ended with the build.
  const repoAbort = new AbortController();

  const tmpParent = req.env.RUNNER_TEMP !== undefined && req.env.RUNNER_TEMP !== '' ? req.env.RUNNER_TEMP : os.tmpdir();
  await fs.mkdir(tmpParent, { recursive: true });
  const workDir = await fs.mkdtemp(path.join(tmpParent, 'image-pipeline-build-'));
  const secrets = await writeSecretFiles(req.secrets, workDir).catch(async (e: unknown) => {
    await fs.rm(workDir, { recursive: true, force: true });
    throw e;
  });
  let local: LocalCache | undefined;
  let access: RegistryAccess | undefined;
  let plan: BuildPlan | undefined;
  let writer: LayoutWriter | undefined;
  let built = false;
  try {
    const served = await serveLocalCaches(requestedCache, choice.name, workspace, log);
    local = served.local;
    // Only what the build will touch: cache-from is not read under no-cache.
    const cacheRefs = registryCacheRefs({ ...served.plan, from: served.plan.noCache ? [] : served.plan.from });
    const registries = registriesOf([...imagesThroughContexts(imagesPulled(df, req.target, req.buildArgs), options), ...contextImages(options), ...cacheRefs]);
    access = await prepareRegistryAccess({
      builder: choice.name,
      registries,
      ...(req.connect !== undefined ? { connect: req.connect } : {}),
      tmp: tmpParent,
      env: req.env,
      ...(deps.mask !== undefined ? { mask: deps.mask } : {}),
    });
    if (access.authenticated.size > 0) log.info(`Registry credentials for ${[...access.authenticated].map(([r, from]) => `${r} (from ${from})`).join(', ')}`);
    if (access.plainHttp.length > 0) log.info(`Plain HTTP for ${access.plainHttp.join(', ')} (loopback or insecure-registries)`);
    const cache = await checkRegistryCaches(served.plan, req.connect, deps, new Set(local === undefined ? [] : [local.ref]));
    const registryContext: RegistryContext = { registries, authenticated: access.authenticated };
    plan = {
      context: contextDir,
      dockerfile: dockerfilePath,
      buildArgs: [...req.buildArgs],
      secrets: [...secrets.files, ...userSecretFiles, ...(req.secretEnvs ?? []).map((r) => ({ id: r.id, env: r.from }))],
      ...(options !== undefined ? { options } : {}),
      platforms: [...req.platforms],
      workDir,
      imageName: `image-pipeline-${randomBytes(6).toString('hex')}`,
      // A build context of the same name replaces an image (its docker-image:// reference, or none for a folder).
      bases: imagesThroughContexts(externalImages(df, req.target, req.buildArgs), options),
      ...(req.target !== undefined ? { target: req.target } : {}),
      ...(epoch.seconds !== undefined ? { epoch: epoch.seconds } : {}),
      // Set whenever the user asked for a cache, even if every one was dropped: the build keeps the cached build's shape (--layers) and digest.
      ...(requestedCache.from.length > 0 || requestedCache.to.length > 0 || requestedCache.noCache
        ? { cache: { ...cache, configured: requestedCache.from.length > 0 || requestedCache.to.length > 0 } }
        : {}),
      ...(access.authFile !== undefined ? { authFile: access.authFile } : {}),
      ...(Object.keys(access.builderEnv).length > 0 ? { builderEnv: access.builderEnv } : {}),
      ...(req.limits !== undefined ? { limits: builderLimits(req.limits, startedAt) } : {}),
    };
    // buildah and buildx are spawned before buildOnce returns (no await before the spawn); podman leases its runroot first.
    const building = buildOnce(builder, plan, log);
    const repoFacts = repositoryFacts(req, repoAbort.signal);
    const out = await building.catch((e: unknown) => {
      if (e instanceof BuilderRunError) throw buildFailure(e.builder, e.output, df, dockerfileShown, e.platform, registryContext);
      throw e;
    });
    built = true;
    const repo = await repoFacts.then((r) => reportRepoFacts(r, req.env, log));
    const { labels, annotations: metaAnnotations } =
      repo === undefined
        ? { labels: plannedLabels, annotations: plannedAnnotations }
        : metadataLabels(
            {
              env: req.env,
              event: req.event,
              userLabels: req.labels,
              fallbackTitle: path.basename(contextDir),
              ...(created !== undefined ? { created } : {}),
              repo,
            },
            version,
          );
    const annotations = mergeAnnotations([...computedAnnotations(metaAnnotations, annotationLevels), ...userAnnotations]);
    const declaredBase = baseImageOf(df, req.target, req.buildArgs);
    const baseName = declaredBase === undefined ? undefined : imageThroughContexts(declaredBase, options);
    const external = baseName === undefined || baseName === 'scratch' ? undefined : baseName;
    const parts = out.parts.map((p) => ({ source: p.source, root: p.root, annotations: baseAnnotations(external, p.baseDigests) }));
    const base = external === undefined ? undefined : { name: qualifyReference(external), digest: out.parts[0]?.baseDigests.get(external) };
    writer = await LayoutWriter.create(output);
    const image = await assembleLayout(writer, parts, { annotations, tags, labels: Object.fromEntries(labels) });
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
      annotations: annotations.map(formatAnnotation),
      epoch,
      baseImages: recordedBases(parts.map((p) => p.annotations)),
    };
    if (created !== undefined) report.created = created;
    if (version !== undefined) report.version = version;
    if (refs.length > 0) report.refs = refs;
    if (base !== undefined) report.base = base.digest === undefined ? { name: base.name } : { name: base.name, digest: base.digest };
    return report;
  } catch (e) {
    await writer?.abort();
    throw e;
  } finally {
    repoAbort.abort();
    await secrets.remove().catch(() => undefined);
    if (plan !== undefined) await builder.cleanup(plan, log).catch(() => undefined);
    await access?.dispose();
    // The folder cache is written only from a build that succeeded; failing to write it is a warning, as any cache trouble is.
    await local?.close(built ? {} : { discard: true }).then(
      (counts) => {
        if (built && counts.entries > 0) log.info(`Local cache saved: ${counts.entries} steps, ${counts.blobs} blobs, ${counts.bytes} bytes`);
      },
      (e: unknown) => log.warning(`The local cache could not be saved (${e instanceof PipelineError ? e.reason : String(e)}); the next build starts cold`),
    );
    await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

type RepoFactsAnswer = Awaited<ReturnType<typeof fetchRepoFacts>> | undefined;

/** The containers tool a builder input will most likely run (auto prefers buildah), whose store can be prepared while the builders are probed. */
function likelyContainersTool(requested: BuilderChoice): 'buildah' | 'podman' | undefined {
  if (requested === 'docker') return undefined;
  return requested === 'podman' ? 'podman' : 'buildah';
}

/**
 * GET /repos/{owner}/{repo} for the labels' description, url and licenses,
 * with the build's github-token; not asked (undefined) outside a repository
 * or when the event payload already has them. Never rejects: bounded in time
 * (5 s) and size, and ended with the build.
 */
function repositoryFacts(req: BuildRequest, signal: AbortSignal): Promise<RepoFactsAnswer> {
  if ((req.env.GITHUB_REPOSITORY?.trim() ?? '') === '' || payloadHasRepoFacts(req.event)) return Promise.resolve(undefined);
  const token = req.connect?.githubToken ?? '';
  return fetchRepoFacts(req.env, { ...(token !== '' ? { token } : {}), signal });
}

/** The answer, said in the log: labels are nice to have, so a failure is a line (a warning when the API misbehaved), never an error. */
function reportRepoFacts(answer: RepoFactsAnswer, env: Env, log: Logger): RepoInfo | undefined {
  if (answer === undefined) return undefined;
  const repo = env.GITHUB_REPOSITORY ?? '';
  const got = Object.entries({ description: answer.info.description, url: answer.info.htmlUrl, licenses: answer.info.license })
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  if (answer.problem === undefined) {
    log.info(`Repository facts for ${repo} from the GitHub API: ${got.length > 0 ? got.join(', ') : 'no description, url or licenses set'}`);
    return answer.info;
  }
  const status = answer.problem.status;
  const line = `The GitHub API gave no repository facts for ${repo} (${answer.problem.reason}); labels and annotations have no description, url or licenses from it`;
  if (status !== undefined && status >= 400 && status < 500)
    log.info(`${line}${status === 404 || status === 401 || status === 403 ? ': a private repository needs a github-token that can read it' : ''}`);
  else log.warning(line);
  return undefined;
}

/**
 * One build; when buildah/podman fail only in exporting the cache (the
 * registry went away after our check, or refused the push), a warning and the
 * same build again without cache-to: with --layers the steps are in the store,
 * so the second run is quick.
 */
/** build-timeout counts from the start of the step's build, so every builder command shares one deadline. */
function builderLimits(l: NonNullable<BuildRequest['limits']>, startedAt: number): BuilderLimits {
  return {
    ...(l.stallMs !== undefined ? { stallMs: l.stallMs } : {}),
    ...(l.timeoutMs !== undefined && l.timeoutMs > 0 ? { deadlineAt: startedAt + l.timeoutMs } : {}),
  };
}

async function buildOnce(builder: Builder, plan: BuildPlan, log: Logger): Promise<BuildOutput> {
  try {
    return await builder.build(plan, log);
  } catch (e) {
    const to = plan.cache?.to ?? [];
    if (!(e instanceof BuilderRunError) || builder.name === 'docker' || to.length === 0 || !isCachePushFailure(e.output)) throw e;
    const refs = to.map((s) => `line ${s.line} (${s.type === 'registry' ? s.ref : s.type})`).join(', ');
    log.warning(`cache-to ${refs}: ${builder.name} could not export the cache; building again without cache-to, so no cache is saved`);
    return builder.build({ ...plan, cache: { ...(plan.cache as CachePlan), to: [] } }, log);
  }
}
