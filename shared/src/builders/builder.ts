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
  /** A 0600 file in a private temporary folder, deleted after the build. */
  path: string;
}

/** Everything a builder needs, already validated and resolved to absolute paths. */
export interface BuildPlan {
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: ReadonlyArray<readonly [string, string]>;
  secrets: readonly SecretFile[];
  labels: ReadonlyArray<readonly [string, string]>;
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
