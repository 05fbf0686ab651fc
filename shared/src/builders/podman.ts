/**
 * podman: the same engine as buildah (`podman build` is buildah's imagebuildah),
 * so it shares the flags, the store and the push-to-`dir:` flow.
 */
import type { BuildPlan } from './builder.js';
import { budFlags, ContainersBuilder, storageArgs, type ContainerStorage } from './buildah.js';

/** argv of `podman build` for one platform (undefined: the host's). */
export function getPodmanArgs(plan: BuildPlan, storage: ContainerStorage, platform?: string): string[] {
  return [...storageArgs(storage), 'build', ...budFlags(plan, platform)];
}

export const podmanBuilder = (storage: ContainerStorage): ContainersBuilder => new ContainersBuilder('podman', storage, getPodmanArgs);
