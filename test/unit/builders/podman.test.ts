import { describe, expect, test } from '@jest/globals';
import type { BuildPlan } from '../../../shared/src/builders/builder.js';
import type { ContainerStorage } from '../../../shared/src/builders/buildah.js';
import { getPodmanArgs, PODMAN_MAX_RUNROOT, podmanRunroot, podmanStorage } from '../../../shared/src/builders/podman.js';

// Where build-image's store lands on a GitHub-hosted runner (RUNNER_TEMP=/home/runner/work/_temp).
const runnerStore: ContainerStorage = {
  root: '/home/runner/work/_temp/image-pipeline-storage/podman/root',
  runroot: '/home/runner/work/_temp/image-pipeline-storage/podman/run',
  driver: 'overlay',
};

describe("podman's runroot (podman refuses one longer than 50 characters)", () => {
  test("the runroot beside a runner's store is too long for podman; podman's own is short enough", () => {
    expect(runnerStore.runroot.length).toBeGreaterThan(PODMAN_MAX_RUNROOT);
    const r = podmanRunroot(runnerStore.root, '/tmp');
    expect(r).toMatch(/^\/tmp\/image-pipeline-run-[a-f0-9]{12}$/);
    expect(r.length).toBeLessThanOrEqual(PODMAN_MAX_RUNROOT);
  });

  test('the same for the same root on every run (podman pins it in its state database), another for another root', () => {
    expect(podmanRunroot(runnerStore.root, '/tmp')).toBe(podmanRunroot(runnerStore.root, '/tmp'));
    expect(podmanRunroot('/other/store/podman/root', '/tmp')).not.toBe(podmanRunroot(runnerStore.root, '/tmp'));
  });

  test('a temporary directory too deep for the limit falls back to /tmp', () => {
    const deep = '/home/runner/a/very/deep/temporary/directory';
    expect(podmanRunroot(runnerStore.root, deep)).toBe(podmanRunroot(runnerStore.root, '/tmp'));
    expect(podmanRunroot(runnerStore.root, '/t')).toMatch(/^\/t\/image-pipeline-run-/);
  });

  test('podman gets the same root and driver with that runroot, on argv', () => {
    const plan: BuildPlan = {
      context: '/w/app',
      dockerfile: '/w/app/Dockerfile',
      buildArgs: [],
      secrets: [],
      platforms: [],
      workDir: '/t/work',
      imageName: 'image-pipeline-abc',
      bases: [],
    };
    const s = podmanStorage(runnerStore, '/tmp');
    expect(s).toEqual({ root: runnerStore.root, driver: 'overlay', runroot: podmanRunroot(runnerStore.root, '/tmp') });
    expect(getPodmanArgs(plan, s).slice(0, 7)).toEqual(['--root', runnerStore.root, '--runroot', s.runroot, '--storage-driver', 'overlay', 'build']);
  });
});
