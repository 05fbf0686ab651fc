/**
 * podman: the same engine as buildah (`podman build` is buildah's imagebuildah
 * under another CLI), so it shares the flags (budFlags), our own store, the
 * commit into a `dir:` folder and the base-digest lookup (`image inspect
 * .Digest`). Given the same Dockerfile and timestamp both give the same layers
 * and, once oci-convert.ts drops the per-run fields, the same digest
 * (test/e2e/build-image-podman.test.ts builds with both and compares).
 *
 * The one default that differs: podman's `--layers` is true (buildah's is
 * false). With it, podman commits every step as an image of its own, which
 * changes the history (and so the digest) and leaves those images in the
 * store; budFlags states `--layers` outright for that reason (cache-spec.ts).
 *
 * One limit buildah does not have: podman refuses a runroot longer than 50
 * characters, so podman's runroot is a short folder of its own (podmanRunroot),
 * outside RUNNER_TEMP, removed after each build unless another build of the
 * same store still uses it (PodmanBuilder, runroot.ts).
 *
 * No podman-only global flags: checked with podman 4.3.1 as root, the build
 * needs none. XDG_RUNTIME_DIR and HOME are not read for root's runtime dirs
 * (a bogus value changes nothing), chroot isolation starts no conmon or OCI
 * runtime, so the cgroup manager is never used (forcing `systemd` where no
 * systemd runs still builds), and the events backend is chosen per machine
 * (journald under systemd, else a file under /run/libpod). Its libpod state
 * database lives in our store's root. A containers.conf that names journald
 * on a machine without one makes podman log "Unable to write build event";
 * the build still succeeds, so we leave the machine's configuration alone.
 */
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BuildOutput, BuildPlan, Logger } from './builder.js';
import { run } from '../process.js';
import { budFlags, containersEnv, ContainersBuilder, storageArgs, type ContainerStorage } from './buildah.js';
import { leaseRunroot, removeRunrootIfUnused, type RunrootLease } from './runroot.js';

/** argv of `podman build` for one platform (undefined: the host's). */
export function getPodmanArgs(plan: BuildPlan, storage: ContainerStorage, platform?: string): string[] {
  return [...storageArgs(storage), 'build', ...budFlags(plan, platform)];
}

/** podman refuses a `--runroot` longer than this ("the specified runroot is longer than 50 characters"): its sockets live under it. */
export const PODMAN_MAX_RUNROOT = 50;

/**
 * podman's runroot for a store: a short folder under the temporary directory
 * (else /tmp), named by a hash of the store's root. A runroot beside the root,
 * as buildah gets, is too long for podman almost anywhere (on a GitHub runner
 * `/home/runner/work/_temp/image-pipeline-storage/podman/run` is 57
 * characters). It must be the same on every run for the same root, since
 * podman's state database in the root records it and refuses another
 * ("database configuration mismatch"). It holds only run-time state (locks,
 * mount counts), which podman recreates when the folder is gone. Pure given
 * tmpdir.
 */
export function podmanRunroot(root: string, tmpdir: string = os.tmpdir()): string {
  const name = `image-pipeline-run-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`;
  const preferred = path.join(tmpdir, name);
  return preferred.length <= PODMAN_MAX_RUNROOT ? preferred : path.join('/tmp', name);
}

/** The store as podman is given it: same root and driver, a runroot podman accepts. */
export const podmanStorage = (storage: ContainerStorage, tmpdir?: string): ContainerStorage => ({ ...storage, runroot: podmanRunroot(storage.root, tmpdir) });

/**
 * podman with its runroot held for each build and removed after it (runroot.ts): the folder is outside
 * RUNNER_TEMP, so nothing else would ever remove it. build.ts calls cleanup on every path once a build
 * has started (success, a failed or stopped builder, a failure after it), and a second build() of the
 * same plan (the re-run without cache-to) keeps the one lease.
 *
 * After a failed build, one `podman images` first: a podman command that fails (a RUN step, a stop)
 * exits without shutting its store down, which on overlay leaves the store's own bind mount of
 * `<root>/overlay` under RUNNER_TEMP (the runner then cannot delete it); the next command that ends
 * normally unmounts it when no other build has a layer mounted (seen with podman 4.3.1;
 * build-image-cleanup.test.ts). It used to be the `rmi` of a cached build that did this.
 */
export class PodmanBuilder extends ContainersBuilder {
  private readonly leases = new Map<string, RunrootLease | undefined>();
  private readonly failed = new Set<string>();

  constructor(storage: ContainerStorage) {
    super('podman', storage, getPodmanArgs);
  }

  override async build(plan: BuildPlan, log: Logger): Promise<BuildOutput> {
    if (!this.leases.has(plan.imageName)) this.leases.set(plan.imageName, await leaseRunroot(this.storage.root));
    try {
      const out = await super.build(plan, log);
      this.failed.delete(plan.imageName);
      return out;
    } catch (e) {
      this.failed.add(plan.imageName);
      throw e;
    }
  }

  override async cleanup(plan: BuildPlan, log: Logger): Promise<void> {
    try {
      await super.cleanup(plan, log);
      if (this.failed.delete(plan.imageName)) {
        const res = await run('podman', [...storageArgs(this.storage), 'images', '--quiet'], {
          env: containersEnv(process.env, plan.builderEnv),
          maxBuffer: 1024 * 1024,
          // Bounded like every wait: a store wedged by the failed build must not hang the step's cleanup.
          signal: AbortSignal.timeout(60_000),
        });
        if (res.code !== 0) log.debug(`podman images: ${res.stderr.trim()}`);
      }
    } finally {
      await this.leases.get(plan.imageName)?.release();
      this.leases.delete(plan.imageName);
      await removeRunrootIfUnused(this.storage.runroot, this.storage.root, log);
    }
  }
}

export const podmanBuilder = (storage: ContainerStorage): ContainersBuilder => new PodmanBuilder(podmanStorage(storage));
