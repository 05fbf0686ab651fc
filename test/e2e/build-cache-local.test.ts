/**
 * `type=local` build cache with real buildah: the loopback cache registry
 * (shared/src/builders/local-cache.ts) serves a cache folder, buildah pushes
 * one entry per step to it (--cache-to) and pulls them on fresh storage
 * (--cache-from). buildah learns that the address is plain HTTP from a
 * registries.conf drop-in under its own HOME (never --tls-verify=false).
 *
 * The Dockerfile needs no base image: FROM scratch, a static busybox, a RUN
 * step, and two COPY steps.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startLocalCache, type LocalCache } from '../../shared/src/builders/local-cache.js';
import { REF_NAME } from '../../shared/src/builders/local-cache/entries.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import type { Index, Manifest } from '../../shared/src/oci/types.js';
import { run } from '../../shared/src/process.js';

const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir -p /out && /bin/busybox echo built > /out/run.txt"]',
  'COPY a.txt /a.txt',
  'COPY last.txt /last.txt',
  '',
].join('\n');
const STEPS = 4;

let work: string;
let context: string;
let counter = 0;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-cache-local-'));
  context = path.join(work, 'context');
  await fs.mkdir(context);
  await fs.writeFile(path.join(context, 'Dockerfile'), DOCKERFILE);
  await fs.copyFile('/bin/busybox', path.join(context, 'busybox'));
  await fs.writeFile(path.join(context, 'a.txt'), 'a\n');
  await fs.writeFile(path.join(context, 'last.txt'), 'first version\n');
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

interface Built {
  code: number;
  log: string;
  /** Manifest digest of the image as buildah pushes it to a dir: folder. */
  digest: string;
  counts: { entries: number; blobs: number; bytes: number };
  requests: string[];
}

/** One build on fresh storage (its own --root/--runroot, vfs) with a local cache in front of buildah. */
async function build(cacheOpts: { src?: string; dest?: string }): Promise<Built> {
  const n = ++counter;
  const storage = path.join(work, `storage-${n}`);
  const home = path.join(work, `home-${n}`);
  const requests: string[] = [];
  const warnings: string[] = [];
  const cache: LocalCache = await startLocalCache({ ...cacheOpts, log: { debug: (m) => requests.push(m), warning: (m) => warnings.push(m) } });
  const dropIn = path.join(home, '.config', 'containers', 'registries.conf.d');
  await fs.mkdir(dropIn, { recursive: true });
  await fs.writeFile(path.join(dropIn, '50-image-pipeline.conf'), `[[registry]]\nlocation = "${cache.registry}"\ninsecure = true\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
  delete env.SOURCE_DATE_EPOCH;
  const store = ['--root', path.join(storage, 'root'), '--runroot', path.join(storage, 'run'), '--storage-driver', 'vfs'];
  const cacheArgs = [...(cacheOpts.src === undefined ? [] : ['--cache-from', cache.ref]), ...(cacheOpts.dest === undefined ? [] : ['--cache-to', cache.ref])];
  let counts;
  let bud;
  try {
    bud = await run(
      'buildah',
      [...store, 'bud', '--layers', '--isolation', 'chroot', '--format', 'docker', '--timestamp', '1714564800', ...cacheArgs, '--tag', 'cache-e2e', context],
      { env },
    );
  } finally {
    counts = await cache.close();
  }
  expect(warnings).toEqual([]);
  const out = path.join(work, `pushed-${n}`);
  const push = await run('buildah', [...store, 'push', '--quiet', 'cache-e2e', `dir:${out}`], { env });
  expect(push.stderr).toBe('');
  const digest = digestBytes(await fs.readFile(path.join(out, 'manifest.json')));
  await run('buildah', [...store, 'rmi', '--all', '--force'], { env });
  await fs.rm(storage, { recursive: true, force: true });
  return { code: bud.code, log: bud.stdout + bud.stderr, digest, counts, requests };
}

const usingCache = (log: string): number => log.split('\n').filter((l) => l.startsWith('--> Using cache ')).length;

async function cacheTags(dir: string): Promise<string[]> {
  const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as Index;
  return index.manifests.map((m) => m.annotations?.[REF_NAME] ?? '').sort();
}

describe('buildah with a type=local cache', () => {
  const cacheDir = (): string => path.join(work, 'cache');
  let cold: Built;
  let warm: Built;

  beforeAll(async () => {
    cold = await build({ dest: cacheDir() });
    warm = await build({ src: cacheDir(), dest: path.join(work, 'cache-warm') });
  }, 240_000);

  test('the cold build pushes one cache entry per step into dest', async () => {
    expect(cold.code).toBe(0);
    expect(usingCache(cold.log)).toBe(0);
    expect(cold.log.match(/--> Pushing cache 127\.0\.0\.1:\d+\/cache:[a-f0-9]{64}/g)).toHaveLength(STEPS);
    expect(cold.counts.entries).toBe(STEPS);
    const tags = await cacheTags(cacheDir());
    expect(tags).toHaveLength(STEPS);
    for (const t of tags) expect(t).toMatch(/^[a-f0-9]{64}$/);
    // An OCI image layout whose every blob hashes to its name. (skopeo's oci: transport would not list these
    // entries: it only looks at OCI manifests, and buildah pushes --format docker manifests as they are.)
    const layout = await OciLayout.open(cacheDir());
    for (const root of await layout.roots()) {
      const manifest = JSON.parse((await layout.readBlob(root)).toString('utf8')) as Manifest;
      expect(root.mediaType).toBe(MediaType.DockerManifest);
      for (const blob of [manifest.config, ...manifest.layers]) {
        for await (const chunk of await layout.openBlob(blob)) void chunk;
      }
    }
  });

  test('buildah asks only for what the cache serves: GET /v2/, manifests, blobs and uploads, never an unknown route', () => {
    const routes = new Set(
      [...cold.requests, ...warm.requests]
        .map((r) => /^local cache: (\w+) \/v2\/(?:cache\/)?(\w+)?.* -> (\d+)/.exec(r))
        .filter((m) => m !== null)
        .map((m) => `${m[1]} ${m[2] ?? ''}`),
    );
    expect([...routes].sort()).toEqual(
      expect.arrayContaining(['GET ', 'HEAD blobs', 'POST blobs', 'PATCH blobs', 'PUT blobs', 'PUT manifests', 'GET manifests', 'GET blobs']),
    );
    expect([...cold.requests, ...warm.requests].filter((r) => / -> (?:404|405) /.test(r) && !/HEAD \/v2\/cache\/blobs\//.test(r))).toEqual([]);
  });

  test('a warm build on fresh storage uses the cache for every step and gives the same image digest', () => {
    expect(warm.code).toBe(0);
    expect(usingCache(warm.log)).toBe(STEPS);
    expect(warm.log).toContain('Cache pulled from remote');
    expect(warm.digest).toBe(cold.digest);
  });

  test('the warm run writes the entries it used to its dest, though it pushed none', async () => {
    expect(warm.log).not.toContain('Pushing cache');
    expect(warm.counts.entries).toBe(STEPS);
    expect(await cacheTags(path.join(work, 'cache-warm'))).toEqual(await cacheTags(cacheDir()));
  });

  test('a changed file in the last COPY reuses the earlier steps only; src === dest keeps exactly this build, the old last step pruned', async () => {
    const before = await cacheTags(cacheDir());
    await fs.writeFile(path.join(context, 'last.txt'), 'second version\n');
    try {
      const changed = await build({ src: cacheDir(), dest: cacheDir() });
      expect(changed.code).toBe(0);
      expect(usingCache(changed.log)).toBe(STEPS - 1);
      expect(changed.log.match(/--> Pushing cache /g)).toHaveLength(1);
      expect(changed.digest).not.toBe(cold.digest);
      const after = await cacheTags(cacheDir());
      expect(after).toHaveLength(STEPS);
      expect(after.filter((t) => before.includes(t))).toHaveLength(STEPS - 1);
      expect(changed.counts.entries).toBe(STEPS);
      const left = (await fs.readdir(work)).filter((n) => n.startsWith('cache.'));
      expect(left).toEqual([]);
    } finally {
      await fs.writeFile(path.join(context, 'last.txt'), 'first version\n');
    }
  }, 120_000);
});
