/**
 * The one interface every image builder implements. A builder turns a
 * BuildPlan into images it leaves in ImageSources (a `dir:` folder, an OCI
 * layout); assemble.ts then writes the single OCI layout the pipeline hands
 * on, the same way whichever builder ran. Each builder's command line is a
 * pure function of the plan (getArgs), tested by equality.
 */
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';

export const BUILDER_NAMES = ['buildah', 'docker', 'podman'] as const;
export type BuilderName = (typeof BUILDER_NAMES)[number];
export type BuilderChoice = BuilderName | 'auto';

export interface SecretFile {
  id: string;
  /** A 0600 file in a private temporary folder, deleted after the build; or the user's own file (`secret-files`). */
  path: string;
}

/** A `secret-envs` secret: the builder reads the variable from its own environment. */
export interface SecretEnv {
  id: string;
  env: string;
}

export type SecretMount = SecretFile | SecretEnv;

/** `network` as build-push-action takes it (buildx's modes). */
export const NETWORK_MODES = ['default', 'host', 'none'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** One `build-contexts` item: `name=value`, value a folder (absolute by the time a builder sees it), `docker-image://ref` or an https URL. */
export interface BuildContext {
  name: string;
  value: string;
  line: number;
}

/**
 * build-push-action's build options beyond the Dockerfile, args and caches
 * (build-options.ts parses them and says what each builder makes of them);
 * every field is absent when not asked for, so a plain build's argv is unchanged.
 */
export interface BuildOptions {
  buildContexts?: readonly BuildContext[];
  /** Always pull the bases, even when the store has them. */
  pull?: boolean;
  network?: NetworkMode;
  /** `default` or `id[=socket|key[,key]]`. */
  ssh?: readonly string[];
  /** `host:ip`. */
  addHosts?: readonly string[];
  shmSize?: string;
  /** `type=soft[:hard]`. */
  ulimits?: readonly string[];
  cgroupParent?: string;
  /** Stages not to take from the cache (buildx only; buildah and podman rerun every stage instead). */
  noCacheFilters?: readonly string[];
  /** BuildKit entitlements (buildx only). */
  allow?: readonly string[];
  /** A buildx builder instance (`--builder`), when `builder` named one. */
  buildxInstance?: string;
}

export type CacheMode = 'min' | 'max';

/** Cache backends only docker buildx has; buildah and podman refuse them (cache-spec.ts checkCacheForBuilder). */
export const BUILDX_ONLY_CACHE_TYPES = ['gha', 'inline', 's3', 'azblob'] as const;
export type BuildxOnlyCacheType = (typeof BUILDX_ONLY_CACHE_TYPES)[number];

/**
 * One line of `cache-from` / `cache-to` (build-push-action's syntax), parsed
 * by cache-spec.ts. `attrs` holds every key=value given except `type`, in
 * the order written, so buildx gets back exactly what the user wrote; `line`
 * is the 1-based line of the input, for errors and notices.
 */
export type CacheSpec =
  | { type: 'registry'; ref: string; mode: CacheMode; attrs: Readonly<Record<string, string>>; line: number }
  /** `dir`: `src` for cache-from, `dest` for cache-to. */
  | { type: 'local'; dir: string; mode: CacheMode; attrs: Readonly<Record<string, string>>; line: number }
  | { type: BuildxOnlyCacheType; attrs: Readonly<Record<string, string>>; line: number };

export interface CachePlan {
  from: readonly CacheSpec[];
  to: readonly CacheSpec[];
  /** `no-cache: true`: reuse nothing (cache-to still exports). */
  noCache: boolean;
  /**
   * The user configured a cache (cache-from or cache-to), whether or not any
   * survived the reachability check: such builds keep one layer per step
   * (--layers=true), so a dropped cache never changes the image's shape or
   * digest. Without it, `no-cache` alone builds as an uncached build does.
   */
  configured?: boolean;
}

/** Everything a builder needs, already validated and resolved to absolute paths. */
export interface BuildPlan {
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: ReadonlyArray<readonly [string, string]>;
  secrets: readonly SecretMount[];
  /** build-push-action's other build options; none when undefined. */
  options?: BuildOptions;
  /** `os/arch[/variant]`; empty means the host's platform. */
  platforms: readonly string[];
  /** Seconds since 1970 for every timestamp in the image; undefined means "now". */
  epoch?: number;
  /** A private folder the builder may write its outputs into. */
  workDir: string;
  /** External images the needed stages start FROM (expanded), for base-image annotations. */
  bases: readonly string[];
  /** A unique local image name for the run, so parallel runs never collide. */
  imageName: string;
  /** Layer cache to import and export; none when undefined. */
  cache?: CachePlan;
  /** A containers-auth.json for buildah/podman (`--authfile`), removed by the caller afterwards; buildx reads DOCKER_CONFIG from builderEnv instead. */
  authFile?: string;
  /** Extra environment for every builder command of the plan (e.g. HOME for a registries.conf drop-in, DOCKER_CONFIG). */
  builderEnv?: Readonly<Record<string, string>>;
  /** How long a builder command may stall, and when the whole build must end (run-builder.ts); the defaults when absent. */
  limits?: BuilderLimits;
}

/** `stall-timeout` and `build-timeout`: stallMs 0 turns the stall check off; deadlineAt is a Date.now() instant. */
export interface BuilderLimits {
  stallMs?: number;
  deadlineAt?: number;
}

/** One image (or index) a builder produced, in a source. */
export interface BuiltPart {
  source: ImageSource;
  root: Descriptor;
  /**
   * Manifest digest of each external base image this part was built on, by the
   * name the Dockerfile used, where the builder tells it. Per part because each
   * platform starts from its own platform's base manifest.
   */
  baseDigests: Map<string, string>;
}

export interface BuildOutput {
  parts: BuiltPart[];
}

export interface Logger {
  info(line: string): void;
  debug(line: string): void;
  warning(line: string): void;
}

export interface Builder {
  readonly name: BuilderName;
  /** Build every platform of the plan. Throws a PipelineError with the builder's message on failure. */
  build(plan: BuildPlan, log: Logger): Promise<BuildOutput>;
  /** Remove whatever the builder left in its own storage for this plan (images, caches). */
  cleanup(plan: BuildPlan, log: Logger): Promise<void>;
}

/** Thrown by a builder's run when the command exits non-zero; build.ts turns it into a located error. */
export class BuilderRunError extends Error {
  constructor(
    readonly builder: BuilderName,
    readonly output: string,
    readonly platform?: string,
  ) {
    super(`${builder} failed`);
  }
}
