/**
 * buildah: daemonless, runs as root with `--isolation chroot` (no user
 * namespaces or runc needed on a CI runner), storage kept in its own root so
 * runs never touch the machine's default store. We build in Docker format
 * (buildah's OCI format drops HEALTHCHECK), push each platform to a `dir:`
 * folder, and let assemble.ts write the OCI layout.
 */
import * as path from 'node:path';
import { run } from '../process.js';
import type { BuildOutput, BuildPlan, Builder, Logger } from './builder.js';
import { DirImageSource } from './dir-source.js';
import { runBuilder } from './run-builder.js';

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

/** Flags shared by `buildah bud` and `podman build` (same engine underneath). */
export function budFlags(plan: BuildPlan, platform: string | undefined): string[] {
  const args = ['--isolation', 'chroot', '--format', 'docker', '--file', plan.dockerfile];
  if (plan.target !== undefined) args.push('--target', plan.target);
  for (const [k, v] of plan.buildArgs) args.push('--build-arg', `${k}=${v}`);
  for (const s of plan.secrets) args.push('--secret', `id=${s.id},src=${s.path}`);
  for (const [k, v] of plan.labels) args.push('--label', `${k}=${v}`);
  if (platform !== undefined) args.push('--platform', platform);
  if (plan.epoch !== undefined) args.push('--timestamp', String(plan.epoch));
  args.push('--tag', platformImageName(plan, platform), plan.context);
  return args;
}

/** argv of `buildah bud` for one platform (undefined: the host's). */
export function getBuildahArgs(plan: BuildPlan, storage: ContainerStorage, platform?: string): string[] {
  return [...storageArgs(storage), 'bud', ...budFlags(plan, platform)];
}

/** argv of `buildah push` / `podman push` of one platform's image to a `dir:` folder. */
export function getPushArgs(plan: BuildPlan, storage: ContainerStorage, platform: string | undefined, dest: string): string[] {
  return [...storageArgs(storage), 'push', '--quiet', platformImageName(plan, platform), `dir:${dest}`];
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
 * refuse both at once), so it is taken out.
 */
export function containersEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  delete out.SOURCE_DATE_EPOCH;
  return out;
}

/** buildah and podman share this flow; only the command and build verb differ. */
export class ContainersBuilder implements Builder {
  constructor(
    readonly name: 'buildah' | 'podman',
    private readonly storage: ContainerStorage,
    private readonly buildArgs: (plan: BuildPlan, storage: ContainerStorage, platform?: string) => string[],
  ) {}

  async build(plan: BuildPlan, log: Logger): Promise<BuildOutput> {
    const parts: BuildOutput['parts'] = [];
    for (const [i, platform] of platformsToBuild(plan).entries()) {
      const env = containersEnv(process.env);
      await runBuilder(this.name, this.name, this.buildArgs(plan, this.storage, platform), log, platform === undefined ? { env } : { env, platform });
      const dest = path.join(plan.workDir, `image-${i}`);
      await runBuilder(this.name, this.name, getPushArgs(plan, this.storage, platform, dest), log, { quiet: true });
      const source = await DirImageSource.open(dest);
      // Right after this platform's build, the base's name in our store points at the manifest it pulled for this platform.
      const baseDigests = new Map<string, string>();
      for (const base of plan.bases) {
        const d = await this.baseDigest(base);
        if (d !== undefined) baseDigests.set(base, d);
      }
      parts.push({ source, root: (await source.roots())[0] as BuildOutput['parts'][number]['root'], baseDigests });
    }
    return { parts };
  }

  /** The manifest digest of a base image in our store, best effort (undefined when unknown). */
  async baseDigest(name: string): Promise<string | undefined> {
    try {
      const res = await run(this.name, getImageDigestArgs(this.name, this.storage, name), { maxBuffer: 64 * 1024 });
      const d = res.stdout.trim();
      return res.code === 0 && /^sha256:[a-f0-9]{64}$/.test(d) ? d : undefined;
    } catch {
      return undefined;
    }
  }

  async cleanup(plan: BuildPlan, log: Logger): Promise<void> {
    const names = platformsToBuild(plan).map((p) => platformImageName(plan, p));
    const res = await run(this.name, [...storageArgs(this.storage), 'rmi', '--force', ...names], { maxBuffer: 64 * 1024 }).catch(() => undefined);
    if (res !== undefined && res.code !== 0 && !/image not known/.test(res.stderr)) log.debug(`${this.name} rmi: ${res.stderr.trim()}`);
  }
}

export const buildahBuilder = (storage: ContainerStorage): ContainersBuilder => new ContainersBuilder('buildah', storage, getBuildahArgs);
