/**
 * A build that fails leaves nothing behind in the runner's temporary folder:
 * no mount (a runner deleting RUNNER_TEMP fails on a mounted folder) and no
 * working container in the shared store. With --layers (any build with a
 * cache), buildah 1.28 keeps the failed step's working container unless told
 * --force-rm, and on the overlay driver keeps it mounted, together with the
 * store's own bind mount of <root>/overlay. Seen here with the storage driver
 * chosen as on a GitHub runner (STORAGE_DRIVER unset: overlay when root can
 * mount it, else vfs, where the container is still left in the store).
 * The private HOME holding the plain-HTTP drop-in goes too.
 */
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { storageArgs } from '../../shared/src/builders/buildah.js';
import { parseCacheSpecs } from '../../shared/src/builders/cache-spec.js';
import { podmanRunroot } from '../../shared/src/builders/podman.js';
import { ACCESS_DIR_PREFIX } from '../../shared/src/builders/registry-access.js';
import { chooseStorage } from '../../shared/src/builders/storage.js';
import { PipelineError } from '../../shared/src/errors.js';
import { run } from '../../shared/src/process.js';
import { runBuild } from '../support/build-fixture.js';

let work: string;
let context: string;

/** Mount points at or under `dir` (mountinfo's fifth field, octal escapes as the kernel writes them). */
async function mountsUnder(dir: string): Promise<string[]> {
  const info = await fs.readFile('/proc/self/mountinfo', 'utf8');
  return info
    .split('\n')
    .map((l) => (l.split(' ')[4] ?? '').replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .filter((m) => m === dir || m.startsWith(`${dir}/`));
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-cleanup-e2e-'));
  context = path.join(work, 'context');
  await fs.mkdir(context);
  await fs.copyFile('/bin/busybox', path.join(context, 'busybox'));
  await fs.writeFile(
    path.join(context, 'Dockerfile'),
    ['FROM scratch', 'COPY busybox /bin/busybox', 'RUN ["/bin/busybox", "sh", "-c", "echo failing on purpose; exit 3"]', ''].join('\n'),
  );
});

afterAll(async () => {
  // Whatever a failing run left mounted, so the folder can go (deepest first).
  for (const m of (await mountsUnder(work)).sort().reverse()) await run('umount', ['-l', m]).catch(() => undefined);
  await fs.rm(work, { recursive: true, force: true });
});

describe.each(['buildah', 'podman'] as const)('%s: a failed build with a layer cache', (builder) => {
  test('leaves no mount under RUNNER_TEMP and no working container in the store', async () => {
    const runs = await fs.mkdtemp(path.join(work, `runner-${builder}-`));
    const cacheDir = path.join(runs, 'cache');
    const { error, lines, runnerTemp } = await runBuild(
      runs,
      context,
      { builder, cacheTo: parseCacheSpecs(`type=local,dest=${cacheDir}`, 'cache-to') },
      { GITHUB_SHA: 'c'.repeat(40), GITHUB_REF: 'refs/heads/main' },
    );
    const env = { RUNNER_TEMP: runnerTemp };
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe('BUILDER');
    expect(lines.some((l) => l.includes('failing on purpose'))).toBe(true);

    expect(await mountsUnder(runnerTemp)).toEqual([]);
    // The registries.conf drop-in's private HOME (the local cache is a plain-HTTP loopback registry) and the build's work folder are gone.
    expect(lines.some((l) => l.startsWith('Plain HTTP for 127.0.0.1:'))).toBe(true);
    expect((await fs.readdir(runnerTemp)).filter((n) => n.startsWith(ACCESS_DIR_PREFIX) || n.startsWith('image-pipeline-build-'))).toEqual([]);
    const { storage } = await chooseStorage(env, builder);
    // buildah lists every working container of the store, podman's build containers too.
    const listed = await run('buildah', [...storageArgs(storage), 'containers', '--all', '--quiet']);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim()).toBe('');
    // podman's run-time folder, outside RUNNER_TEMP (podman.ts podmanRunroot), is gone too: nothing else would remove it.
    if (builder === 'podman') expect(existsSync(podmanRunroot(storage.root))).toBe(false);
    // The whole folder can be removed, as the runner does at the end of a job.
    await expect(fs.rm(runnerTemp, { recursive: true })).resolves.toBeUndefined();
  }, 120_000);
});
