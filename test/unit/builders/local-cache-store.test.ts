/**
 * The local cache's store on real folders: what a cache folder holds after a
 * run (the entries pushed plus those used, with their blobs, nothing else),
 * reads preferring this run's writes, src === dest, the staging folder never
 * left behind, and a dest that is not ours never replaced.
 */
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CacheStore } from '../../../shared/src/builders/local-cache/store.js';
import { RegistryHttpError } from '../../../shared/src/builders/local-cache/http-error.js';
import { REF_NAME } from '../../../shared/src/builders/local-cache/entries.js';
import { isPipelineError } from '../../../shared/src/errors.js';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { Descriptor, Index } from '../../../shared/src/oci/types.js';

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'local-cache-store-'));
});
afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

interface Logged {
  debug: string[];
  warning: string[];
  log: { debug(m: string): void; warning(m: string): void };
}
function logger(): Logged {
  const l: Logged = { debug: [], warning: [], log: { debug: (m) => l.debug.push(m), warning: (m) => l.warning.push(m) } };
  return l;
}

async function uploadBlob(store: CacheStore, content: string): Promise<Descriptor> {
  const id = await store.uploads.start();
  // Two PATCH-like appends, then the closing PUT with no body.
  await store.uploads.append(id, Readable.from([Buffer.from(content.slice(0, 3))]));
  await store.uploads.append(id, Readable.from([Buffer.from(content.slice(3))]));
  await store.finishUpload(id, digestBytes(content), undefined);
  return { mediaType: MediaType.DockerLayerGzip, digest: digestBytes(content), size: Buffer.byteLength(content) };
}

/** Push one cache entry as buildah does: its blobs, then its manifest under the tag. */
async function push(store: CacheStore, tag: string, layers: string[]): Promise<Descriptor> {
  const config = { ...(await uploadBlob(store, `config of ${tag}`)), mediaType: MediaType.DockerConfig };
  const descs: Descriptor[] = [];
  for (const l of layers) descs.push(await uploadBlob(store, l));
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config, layers: descs }));
  return store.putManifest(tag, manifest, MediaType.DockerManifest);
}

async function readCache(dir: string): Promise<{ tags: string[]; blobs: string[] }> {
  const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as Index;
  return {
    tags: index.manifests.map((m) => m.annotations?.[REF_NAME] ?? '?'),
    blobs: (await fs.readdir(path.join(dir, 'blobs', 'sha256'))).sort(),
  };
}

const hex = (s: string): string => digestBytes(s).slice('sha256:'.length);
const blobNames = (...contents: string[]): string[] => contents.map(hex).sort();

/** What sits beside `dest` other than dest itself: staging or old folders left behind. */
async function leftovers(dest: string): Promise<string[]> {
  return (await fs.readdir(path.dirname(dest))).filter((n) => n.startsWith(`${path.basename(dest)}.`));
}

describe('a cold run writes exactly what it pushed', () => {
  let dest: string;
  beforeAll(async () => {
    dest = path.join(work, 'cold', 'cache');
    const store = await CacheStore.create({ dest, log: logger().log });
    await push(store, 'step1', ['layer-a']);
    await push(store, 'step2', ['layer-a', 'layer-b']);
    // An upload no manifest names (an abandoned push) does not travel on.
    await uploadBlob(store, 'orphan');
    const counts = await store.commit();
    expect(counts).toMatchObject({ entries: 2, blobs: 6 });
    expect(counts.bytes).toBeGreaterThan(100);
  });

  test('index.json names both entries; blobs are both manifests, both configs and the two layers', async () => {
    const got = await readCache(dest);
    expect(got.tags).toEqual(['step1', 'step2']);
    expect(got.blobs).toHaveLength(6);
    expect(got.blobs).toEqual(expect.arrayContaining(blobNames('layer-a', 'layer-b', 'config of step1', 'config of step2')));
    expect(got.blobs).not.toContain(hex('orphan'));
    expect(JSON.parse(await fs.readFile(path.join(dest, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    expect(existsSync(path.join(dest, 'uploads'))).toBe(false);
    expect(await leftovers(dest)).toEqual([]);
  });

  test('every blob hashes to its name', async () => {
    for (const b of (await readCache(dest)).blobs) {
      expect(digestBytes(await fs.readFile(path.join(dest, 'blobs', 'sha256', b)))).toBe(`sha256:${b}`);
    }
  });
});

describe('a warm run keeps what it used and pushed, and prunes the rest', () => {
  let src: string;
  beforeAll(async () => {
    src = path.join(work, 'warm', 'src');
    const store = await CacheStore.create({ dest: src, log: logger().log });
    await push(store, 'used', ['shared-layer', 'used-layer']);
    await push(store, 'stale', ['stale-layer']);
    await store.commit();
  });

  test('src !== dest: dest holds the hit and the new push, blobs hard-linked from src, src untouched', async () => {
    const dest = path.join(work, 'warm', 'dest');
    const before = await readCache(src);
    const l = logger();
    const store = await CacheStore.create({ src, dest, log: l.log });
    expect(store.tags()).toEqual(['stale', 'used']);
    const hit = await store.manifest('used');
    expect(hit?.desc.mediaType).toBe(MediaType.DockerManifest);
    expect(await store.manifest('missing')).toBeUndefined();
    // The new step's manifest names a layer only src holds: buildah saw it there (HEAD) and did not upload it.
    const config = await uploadBlob(store, 'config of next');
    const shared = { mediaType: MediaType.DockerLayerGzip, digest: digestBytes('shared-layer'), size: 'shared-layer'.length };
    await store.putManifest(
      'next',
      Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config, layers: [shared] })),
      undefined,
    );
    expect(store.tags()).toEqual(['next', 'stale', 'used']);
    const counts = await store.commit();

    const got = await readCache(dest);
    expect(got.tags).toEqual(['next', 'used']);
    expect(got.blobs).toEqual(expect.arrayContaining(blobNames('shared-layer', 'used-layer', 'config of used', 'config of next')));
    expect(got.blobs).not.toContain(hex('stale-layer'));
    expect(got.blobs).not.toContain(hex('config of stale'));
    expect(counts).toMatchObject({ entries: 2, blobs: got.blobs.length });
    const sharedHex = hex('shared-layer');
    const [a, b] = await Promise.all([fs.stat(path.join(src, 'blobs/sha256', sharedHex)), fs.stat(path.join(dest, 'blobs/sha256', sharedHex))]);
    expect(b.ino).toBe(a.ino);
    expect(await readCache(src)).toEqual(before);
    expect(l.warning).toEqual([]);
    expect(l.debug).toContain('local cache: hit used');
  });

  test("src === dest: replaced in place; this run's push wins over the src entry of the same name", async () => {
    const same = path.join(work, 'warm', 'same');
    await fs.cp(src, same, { recursive: true });
    const store = await CacheStore.create({ src: same, dest: same, log: logger().log });
    const old = await store.manifest('used');
    const pushed = await push(store, 'used', ['rebuilt-layer']);
    const now = await store.manifest('used');
    expect(now?.desc.digest).toBe(pushed.digest);
    expect(now?.desc.digest).not.toBe(old?.desc.digest);
    await store.commit();
    const got = await readCache(same);
    expect(got.tags).toEqual(['used']);
    expect(got.blobs).toEqual([...blobNames('rebuilt-layer', 'config of used'), pushed.digest.slice('sha256:'.length)].sort());
    expect(await leftovers(same)).toEqual([]);
  });

  test('a run that uses nothing and pushes nothing leaves an empty cache (everything pruned)', async () => {
    const dest = path.join(work, 'warm', 'unused');
    const store = await CacheStore.create({ src, dest, log: logger().log });
    expect(await store.commit()).toEqual({ entries: 0, blobs: 0, bytes: 0 });
    expect(await readCache(dest)).toEqual({ tags: [], blobs: [] });
  });

  test('discard leaves dest as it was and removes the staging folder', async () => {
    const dest = path.join(work, 'warm', 'kept');
    await fs.cp(src, dest, { recursive: true });
    const before = await readCache(dest);
    const store = await CacheStore.create({ src: dest, dest, log: logger().log });
    await push(store, 'never', ['x']);
    await store.discard();
    expect(await readCache(dest)).toEqual(before);
    expect(await leftovers(dest)).toEqual([]);
  });
});

describe('refusals', () => {
  const expectRegistryError = async (p: Promise<unknown>, status: number, code: string, message: RegExp): Promise<void> => {
    const e = await p.then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(RegistryHttpError);
    expect(e).toMatchObject({ status, code });
    expect((e as Error).message).toMatch(message);
  };

  test('a manifest naming a blob the cache lacks, a bad tag, a body that is no manifest', async () => {
    const store = await CacheStore.create({ log: logger().log });
    const config = await uploadBlob(store, 'cfg');
    const missing = { mediaType: MediaType.DockerLayerGzip, digest: digestBytes('nope'), size: 4 };
    const m = (layers: Descriptor[]): Buffer => Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config, layers }));
    await expectRegistryError(store.putManifest('t', m([missing]), undefined), 400, 'MANIFEST_BLOB_UNKNOWN', /blob sha256:.* \(4 bytes\) is not in the cache/);
    // The right digest with the wrong size is not the blob either.
    await expectRegistryError(store.putManifest('t', m([{ ...config, size: 99 }]), undefined), 400, 'MANIFEST_BLOB_UNKNOWN', /99 bytes/);
    await expectRegistryError(store.putManifest('../t', m([]), undefined), 400, 'MANIFEST_INVALID', /pushed by tag/);
    await expectRegistryError(store.putManifest('t', Buffer.from('[]'), undefined), 400, 'MANIFEST_INVALID', /schemaVersion 2/);
    await expectRegistryError(store.manifest('a/b'), 400, 'MANIFEST_INVALID', /neither a tag nor a sha256 digest/);
    expect(store.tags()).toEqual([]);
    await store.discard();
  });

  test('an upload whose bytes do not match its digest is dropped; one past the size bound is refused', async () => {
    const store = await CacheStore.create({ log: logger().log, maxBlobBytes: 10 });
    const id = await store.uploads.start();
    await store.uploads.append(id, Readable.from([Buffer.from('abc')]));
    await expectRegistryError(store.finishUpload(id, digestBytes('abd'), undefined), 400, 'DIGEST_INVALID', /upload hashed to sha256:\w+, not sha256:/);
    expect(await store.blob(digestBytes('abd'))).toBeUndefined();
    expect(await store.blob(digestBytes('abc'))).toBeUndefined();
    await expectRegistryError(store.finishUpload(id, digestBytes('abc'), undefined), 404, 'BLOB_UPLOAD_UNKNOWN', /no such upload/);

    const big = await store.uploads.start();
    await expectRegistryError(store.uploads.append(big, Readable.from([Buffer.alloc(11)])), 413, 'SIZE_INVALID', /larger than the 10-byte bound/);
    // The upload is broken now: only a new one helps.
    await expectRegistryError(store.uploads.append(big, Readable.from([Buffer.alloc(1)])), 400, 'BLOB_UPLOAD_INVALID', /start again/);
    const range = await store.uploads.start();
    await expectRegistryError(store.uploads.append(range, Readable.from([Buffer.alloc(1)]), '5-5'), 416, 'BLOB_UPLOAD_INVALID', /must start at 0/);
    await store.discard();
  });

  test.each([
    [
      'a folder with other files',
      async (d: string) => fs.mkdir(d).then(() => fs.writeFile(path.join(d, 'notes.txt'), 'mine')),
      /got other files \(notes\.txt\)/,
    ],
    ['a file', async (d: string) => fs.writeFile(d, 'x'), /to be a folder, got a file/],
    ['a symbolic link', async (d: string) => fs.symlink(work, d), /to be a folder, got a symbolic link/],
  ])('dest that is %s is refused up front, naming cache-to, and left alone', async (_t, make, message) => {
    const dest = path.join(work, `refuse-${Math.random().toString(36).slice(2)}`);
    await make(dest);
    const e = await CacheStore.create({ dest, log: logger().log }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(isPipelineError(e, 'INPUT')).toBe(true);
    expect(e).toMatchObject({ input: 'cache-to' });
    expect((e as Error).message).toMatch(message);
    expect(await leftovers(dest)).toEqual([]);
  });

  test('a dest filled with other files during the run is not replaced; commit fails naming it', async () => {
    const dest = path.join(work, 'filled');
    const store = await CacheStore.create({ dest, log: logger().log });
    await push(store, 's', ['l']);
    await fs.mkdir(dest);
    await fs.writeFile(path.join(dest, 'report.pdf'), 'precious');
    await expect(store.commit()).rejects.toThrow(/got other files \(report\.pdf\)/);
    expect(await fs.readFile(path.join(dest, 'report.pdf'), 'utf8')).toBe('precious');
    expect(await leftovers(dest)).toEqual([]);
  });
});

describe('reads', () => {
  test('a blob from this run first; a manifest by digest after its tag; the same content either way', async () => {
    const store = await CacheStore.create({ log: logger().log });
    const pushed = await push(store, 'tag1', ['content']);
    const byDigest = await store.manifest(pushed.digest);
    const byTag = await store.manifest('tag1');
    expect(byDigest?.bytes.equals(byTag?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(digestBytes(byTag?.bytes ?? '')).toBe(pushed.digest);
    const blob = await store.blob(digestBytes('content'));
    expect(blob?.size).toBe(7);
    const chunks: Buffer[] = [];
    for await (const c of (await blob?.open()) ?? Readable.from([])) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('content');
    await store.discard();
  });
});
