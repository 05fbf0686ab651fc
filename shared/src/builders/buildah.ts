/**
 * buildah: daemonless, runs as root with `--isolation chroot` (no user
 * namespaces or runc needed on a CI runner), storage kept in its own root so
 * runs never touch the machine's default store. We build in Docker format
 * (buildah's OCI format drops HEALTHCHECK) and commit each platform straight
 * into a `dir:` folder (a transport name as the tag), which assemble.ts turns
 * into the OCI layout. Committing there rather than into the store and then
 * pushing saves two builder runs per build (the push and the `rmi` after it)
 * and gives the same bytes: `--disable-compression=false` gzips the layers as
 * the push did (same digests), and the config differs only in the random
 * fields oci-convert.ts drops. The image never gets a name in the store, so
 * there is nothing to remove afterwards. Except when the build uses a layer
 * cache (--layers=true): buildah 1.28 then fails on a `dir:` tag both ways,
 * exporting ("repository name must have at least one component": it pushes
 * the last step's cache under the output's name) and reusing a last step
 * pulled from a registry ("locating new copy of image ...: image not known"),
 * both seen here; so those builds push the image to `dir:` afterwards. They
 * name it by the id bud writes to `--iidfile`, not by a tag: the image is then
 * the last step's cache image, kept in the store with the others (a later
 * build of the job reuses it), and no `rmi` runs after the build (it was
 * 0.5-2.5 s of every cached build, a whole builder run; bench/build-cache.ts).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { run } from '../process.js';
import type { BuildOutput, BuildPlan, Builder, Logger } from './builder.js';
import { secretArg } from './secrets.js';
import { containersOptionArgs } from './build-options.js';
import { cacheArgs } from './cache-spec.js';
import { DirImageSource } from './dir-source.js';
import { limitsFor, runBuilder } from './run-builder.js';

export type StorageDriver = 'overlay' | 'vfs';

export interface ContainerStorage {
  root: string;
  runroot: string;
  driver: StorageDriver;
}

/** Global flags that point buildah or podman at our own store. */
export const storageArgs = (s: ContainerStorage): string[] => ['--root', s.root, '--runroot', s.runroot, '--storage-driver', s.driver];

/** The local name of one platform's image, e.g. `image-pipeline-1a2b-linux-arm64`. */
const platformImageName = (plan: BuildPlan, platform: string | undefined): string =>
  platform === undefined ? plan.imageName : `${plan.imageName}-${platform.replace(/[^a-z0-9]+/gi, '-')}`;

/** The `dir:` folder one platform's image is committed into, inside the plan's private workDir. */
export const platformImageDir = (plan: BuildPlan, platform: string | undefined): string => path.join(plan.workDir, platformImageName(plan, platform));

/** Where bud writes the id of one platform's image when it cannot commit into dir: (a build with a layer cache). */
export const platformIidFile = (plan: BuildPlan, platform: string | undefined): string => `${platformImageDir(plan, platform)}.iid`;

/** Whether the build uses a layer cache (--layers=true), which rules out committing straight into dir: (see the top of this file). */
const usesCache = (plan: BuildPlan): boolean => cacheArgs(plan.cache, 'buildah').includes('--layers=true');

/** The most of an --iidfile read: an id and its newline, with room to show what else was there. */
const IID_READ_BYTES = 256;

/** The file's first `max` bytes as text ('' when it cannot be read): never more, whatever is at the path. */
async function readHead(file: string, max: number): Promise<string> {
  const handle = await fs.open(file, 'r').catch(() => undefined);
  if (handle === undefined) return '';
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(max), 0, max, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

/** The image id bud wrote to its --iidfile (`sha256:<64 hex>`), read bounded and checked before it reaches an argv. */
export async function readImageId(file: string): Promise<string> {
  const text = await readHead(file, IID_READ_BYTES);
  const id = text.trim();
  if (!/^sha256:[a-f0-9]{64}$/.test(id)) {
    // Quoted through preview: one line, control characters escaped, so a stray file cannot write workflow commands to the log.
    throw new PipelineError('BUILDER', `the builder wrote no image id to ${file} (got '${preview(id, { max: 80 })}'), expected sha256:<64 hex digits>`, {
      hint: 'See the builder log above.',
    });
  }
  return id;
}

/** Flags shared by `buildah bud` and `podman build` (same engine underneath). */
export function budFlags(plan: BuildPlan, platform: string | undefined): string[] {
  // --force-rm: with --layers, buildah (unlike podman) keeps a failed step's working container, still mounted on overlay
  // (a mount left under RUNNER_TEMP, which the runner then cannot delete), and in the shared store for good.
  const args = ['--isolation', 'chroot', '--force-rm', '--format', 'docker', '--file', plan.dockerfile];
  if (plan.target !== undefined) args.push('--target', plan.target);
  for (const [k, v] of plan.buildArgs) args.push('--build-arg', `${k}=${v}`);
  for (const s of plan.secrets) args.push('--secret', secretArg(s));
  // build-push-action's options (build-options.ts): contexts, pull, network, ssh, hosts, limits.
  args.push(...containersOptionArgs(plan.options));
  if (platform !== undefined) args.push('--platform', platform);
  if (plan.epoch !== undefined) args.push('--timestamp', String(plan.epoch));
  // --layers stated outright either way (podman's default is true, buildah's false); podman reads these flags as buildah does.
  args.push(...cacheArgs(plan.cache, 'buildah'));
  // Registry credentials for FROM, cache import and export: a file, never argv.
  if (plan.authFile !== undefined) args.push('--authfile', plan.authFile);
  // Compressed like a push would (bud's default for a dir: destination is uncompressed, which changes layer digests).
  if (usesCache(plan)) args.push('--iidfile', platformIidFile(plan, platform), plan.context);
  else args.push('--disable-compression=false', '--tag', `dir:${platformImageDir(plan, platform)}`, plan.context);
  return args;
}

/** argv of `buildah bud` for one platform (undefined: the host's). */
export function getBuildahArgs(plan: BuildPlan, storage: ContainerStorage, platform?: string): string[] {
  return [...storageArgs(storage), 'bud', ...budFlags(plan, platform)];
}

/**
 * argv of `buildah push` / `podman push` of one platform's image, by the id
 * bud wrote (readImageId), to its `dir:` folder (builds with a layer cache
 * only). podman, unlike buildah, writes a
 * `dir:` destination uncompressed unless told `--compress`: the layers would
 * then differ from the cold build's (and a warm build's cache-pulled blobs
 * would be plain tar labelled gzip), so the digests would not match.
 */
export function getPushArgs(tool: 'buildah' | 'podman', plan: BuildPlan, storage: ContainerStorage, platform: string | undefined, imageId: string): string[] {
  return [...storageArgs(storage), 'push', '--quiet', ...(tool === 'podman' ? ['--compress'] : []), imageId, `dir:${platformImageDir(plan, platform)}`];
}

/**
 * argv asking the store for an image's manifest digest: buildah's image
 * inspect calls it FromImageDigest, podman's `.Digest`.
 */
export function getImageDigestArgs(tool: 'buildah' | 'podman', storage: ContainerStorage, image: string): string[] {
  return tool === 'buildah'
    ? [...storageArgs(storage), 'inspect', '--type', 'image', '--format', '{{.FromImageDigest}}', image]
    : [...storageArgs(storage), 'image', 'inspect', '--format', '{{.Digest}}', image];
}

/** The platforms to build one at a time: the host's when none were asked for. */
const platformsToBuild = (plan: BuildPlan): Array<string | undefined> => (plan.platforms.length === 0 ? [undefined] : [...plan.platforms]);

/**
 * The environment for buildah/podman: we pass `--timestamp` ourselves, and
 * newer releases also read SOURCE_DATE_EPOCH (with other semantics, and may
 * refuse both at once), so it is taken out. The plan's builderEnv (a HOME
 * holding a registries.conf drop-in) goes on top, for every command of the build.
 */
export function containersEnv(env: NodeJS.ProcessEnv, builderEnv: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const out = { ...env, ...builderEnv };
  delete out.SOURCE_DATE_EPOCH;
  return out;
}

/** buildah and podman share this flow; only the command and build verb differ. */
export class ContainersBuilder implements Builder {
  constructor(
    readonly name: 'buildah' | 'podman',
    protected readonly storage: ContainerStorage,
    private readonly buildArgs: (plan: BuildPlan, storage: ContainerStorage, platform?: string) => string[],
  ) {}

  async build(plan: BuildPlan, log: Logger): Promise<BuildOutput> {
    const parts: BuildOutput['parts'] = [];
    const env = containersEnv(process.env, plan.builderEnv);
    for (const platform of platformsToBuild(plan)) {
      await runBuilder(this.name, this.name, this.buildArgs(plan, this.storage, platform), log, {
        env,
        ...(platform === undefined ? {} : { platform }),
        ...limitsFor(plan.limits),
      });
      // Right after this platform's build, the base's name in our store points at the manifest it pulled for this platform:
      // asked while the image is pushed to dir: (two readers of the store), not after the push.
      const digests = Promise.all(plan.bases.map(async (base) => [base, await this.baseDigest(base, env)] as const));
      try {
        if (usesCache(plan)) {
          const id = await readImageId(platformIidFile(plan, platform));
          await runBuilder(this.name, this.name, getPushArgs(this.name, plan, this.storage, platform, id), log, {
            env,
            quiet: true,
            ...limitsFor(plan.limits),
          });
        }
      } finally {
        // Never left running past the build (cleanup may remove podman's runroot next): baseDigest does not reject.
        await digests;
      }
      const baseDigests = new Map<string, string>();
      for (const [base, d] of await digests) if (d !== undefined) baseDigests.set(base, d);
      const source = await DirImageSource.open(platformImageDir(plan, platform));
      parts.push({ source, root: (await source.roots())[0] as BuildOutput['parts'][number]['root'], baseDigests });
    }
    return { parts };
  }

  /** The manifest digest of a base image in our store, best effort (undefined when unknown). */
  async baseDigest(name: string, env: NodeJS.ProcessEnv = containersEnv(process.env)): Promise<string | undefined> {
    try {
      const res = await run(this.name, getImageDigestArgs(this.name, this.storage, name), { env, maxBuffer: 64 * 1024 });
      const d = res.stdout.trim();
      return res.code === 0 && /^sha256:[a-f0-9]{64}$/.test(d) ? d : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Nothing named is left in the store: each image went straight to its
   * `dir:` folder in workDir (which the caller deletes), or, with a layer
   * cache, stayed unnamed as the last step's cache image (see the top of this
   * file). Images and layers kept by --layers are the store's cache, kept on
   * purpose.
   */
  async cleanup(_plan: BuildPlan, _log: Logger): Promise<void> {}
}

export const buildahBuilder = (storage: ContainerStorage): ContainersBuilder => new ContainersBuilder('buildah', storage, getBuildahArgs);
