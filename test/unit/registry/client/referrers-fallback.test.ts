/**
 * The fallback index's read-modify-write against an in-memory tag store
 * (the same logic runs against docker-registry in test/e2e/referrers.test.ts):
 * a lost update is written again, a writer that keeps losing gives up with a
 * clear error after the policy's tries, and an index that names a gone
 * manifest is pruned.
 */
import { describe, expect, test } from '@jest/globals';
import { isPipelineError } from '../../../../shared/src/errors.js';
import { digestBytes, type Digest } from '../../../../shared/src/oci/digest.js';
import { MediaType } from '../../../../shared/src/oci/media-types.js';
import { fallbackTag, referrersIndexBytes } from '../../../../shared/src/oci/referrers-index.js';
import type { Descriptor } from '../../../../shared/src/oci/types.js';
import type { RegistryClient } from '../../../../shared/src/registry/client/client.js';
import { addToFallback, writeFallback } from '../../../../shared/src/registry/client/referrers-fallback.js';
import { RegistryError } from '../../../../shared/src/registry/transport/registry-error.js';
import { PipelineError } from '../../../../shared/src/errors.js';

const subject = digestBytes('image');
const tag = fallbackTag(subject);
const entry = (name: string): Descriptor => ({ mediaType: MediaType.OciManifest, digest: digestBytes(name), size: 10, artifactType: 'a/b' });
const QUICK = { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 10_000 }, settleMs: 0 };

/** A registry holding one tag and a set of manifests, with a hook after each PUT of the tag. */
function fakeRegistry(opts: { manifests?: Set<string>; afterPut?: (store: { bytes?: Buffer }) => void } = {}) {
  const store: { bytes?: Buffer } = {};
  let puts = 0;
  const client = {
    registry: 'fake.example',
    getManifest: async (_repo: string, ref: string) => {
      if (ref !== tag || store.bytes === undefined) throw new PipelineError('NOT_FOUND', 'no such manifest');
      return { bytes: store.bytes, mediaType: MediaType.OciIndex, digest: digestBytes(store.bytes) };
    },
    putManifest: async (_repo: string, ref: string, _type: string, bytes: Buffer) => {
      expect(ref).toBe(tag);
      const doc = JSON.parse(bytes.toString()) as { manifests: Descriptor[] };
      const missing = doc.manifests.filter((d) => opts.manifests !== undefined && !opts.manifests.has(d.digest));
      if (missing.length > 0) throw new RegistryError('REGISTRY', 'blob unknown', { status: 400, codes: ['MANIFEST_BLOB_UNKNOWN'] });
      puts++;
      store.bytes = bytes;
      opts.afterPut?.(store);
      return digestBytes(bytes);
    },
    headManifest: async (_repo: string, ref: string) =>
      opts.manifests?.has(ref) === true ? { digest: ref as Digest, mediaType: MediaType.OciManifest, size: 10 } : undefined,
  };
  return { client: client as unknown as RegistryClient, store, puts: () => puts };
}

const listed = (store: { bytes?: Buffer }): string[] =>
  (JSON.parse(store.bytes?.toString() ?? '{"manifests":[]}') as { manifests: Descriptor[] }).manifests.map((d) => d.digest);

describe('addToFallback', () => {
  test('an empty tag gets the entries, written once and read back', async () => {
    const f = fakeRegistry();
    const r = await addToFallback(f.client, 'repo', subject, [entry('a'), entry('b')], QUICK);
    expect(r.writes).toBe(1);
    expect(r.entries.map((d) => d.digest)).toEqual([entry('a').digest, entry('b').digest]);
    expect(listed(f.store)).toEqual(r.entries.map((d) => d.digest));
  });

  test('entries already listed: no write', async () => {
    const f = fakeRegistry();
    f.store.bytes = referrersIndexBytes([entry('a')]);
    expect((await addToFallback(f.client, 'repo', subject, [entry('a')], QUICK)).writes).toBe(0);
    expect(f.puts()).toBe(0);
  });

  test("a concurrent writer's overwrite once: merged and written again, both kept", async () => {
    let first = true;
    const f = fakeRegistry({
      afterPut: (store) => {
        if (!first) return;
        first = false;
        store.bytes = referrersIndexBytes([entry('theirs')]);
      },
    });
    const r = await addToFallback(f.client, 'repo', subject, [entry('mine')], QUICK);
    expect(r.writes).toBe(2);
    expect(listed(f.store).sort()).toEqual([entry('theirs').digest, entry('mine').digest].sort());
  });

  test('a writer that keeps losing gives up after the policy tries, naming the tag', async () => {
    const f = fakeRegistry({ afterPut: (store) => (store.bytes = referrersIndexBytes([entry('theirs')])) });
    let caught: unknown;
    try {
      await addToFallback(f.client, 'repo', subject, [entry('mine')], QUICK);
    } catch (e) {
      caught = e;
    }
    expect(isPipelineError(caught, 'REGISTRY')).toBe(true);
    expect((caught as Error).message).toContain(
      `the referrers tag fake.example/repo:${tag} kept losing entries (${entry('mine').digest}) to concurrent writers`,
    );
    expect(f.puts()).toBe(3);
  });

  test('a listed manifest that is gone is pruned when the registry refuses the index for it; ours are kept', async () => {
    const f = fakeRegistry({ manifests: new Set([entry('kept').digest, entry('mine').digest]) });
    f.store.bytes = referrersIndexBytes([entry('kept'), entry('gone')]);
    const r = await addToFallback(f.client, 'repo', subject, [entry('mine')], QUICK);
    expect(r.pruned.map((d) => d.digest)).toEqual([entry('gone').digest]);
    expect(listed(f.store)).toEqual([entry('kept').digest, entry('mine').digest]);
  });

  test('more than the cap would be listed: refused before writing', async () => {
    const f = fakeRegistry();
    f.store.bytes = referrersIndexBytes([entry('a'), entry('b')]);
    await expect(addToFallback(f.client, 'repo', subject, [entry('c')], { ...QUICK, maxEntries: 2 })).rejects.toThrow(
      /would list 3 referrers, more than the 2 we keep/,
    );
    expect(f.puts()).toBe(0);
  });
});

describe('writeFallback: the write, then the confirmation', () => {
  test('resolves once the index lists the entries, before any settle; confirm settles, re-reads and repairs a lost update made between the two', async () => {
    const waits: number[] = [];
    const f = fakeRegistry();
    const w = await writeFallback(f.client, 'repo', subject, [entry('mine')], { ...QUICK, settleMs: 500, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([]);
    expect(w.writes).toBe(1);
    expect(w.entries.map((d) => d.digest)).toEqual([entry('mine').digest]);
    expect(listed(f.store)).toEqual([entry('mine').digest]);
    // After the write (when distribute moves the tags), a stale writer puts back its own index.
    f.store.bytes = referrersIndexBytes([entry('theirs')]);
    const r = await w.confirm();
    expect(waits[0]).toBeGreaterThanOrEqual(500);
    expect(r.writes).toBe(2);
    expect(listed(f.store).sort()).toEqual([entry('theirs').digest, entry('mine').digest].sort());
    expect(r.entries.map((d) => d.digest).sort()).toEqual([entry('theirs').digest, entry('mine').digest].sort());
  });

  test('entries already listed: nothing written, and confirm neither waits nor reads again', async () => {
    const waits: number[] = [];
    const f = fakeRegistry();
    f.store.bytes = referrersIndexBytes([entry('a')]);
    const w = await writeFallback(f.client, 'repo', subject, [entry('a')], { ...QUICK, sleep: async (ms) => void waits.push(ms) });
    expect((await w.confirm()).writes).toBe(0);
    expect(waits).toEqual([]);
    expect(f.puts()).toBe(0);
  });

  test('a lost update that recurs after the write: confirm fails after the policy tries (the write the first), naming the tag', async () => {
    const f = fakeRegistry();
    const w = await writeFallback(f.client, 'repo', subject, [entry('mine')], {
      ...QUICK,
      sleep: async () => void (f.store.bytes = referrersIndexBytes([entry('theirs')])),
    });
    expect(f.puts()).toBe(1);
    await expect(w.confirm()).rejects.toThrow(`the referrers tag fake.example/repo:${tag} kept losing entries (${entry('mine').digest}) to concurrent writers`);
    expect(f.puts()).toBe(3);
  });
});
