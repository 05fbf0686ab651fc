/**
 * The referrers tag schema of distribution-spec 1.1, for registries without
 * the referrers API: the tag `sha256-<hex>` holds an image index listing the
 * subject's referrers (artifactType and annotations copied up).
 *
 * Writing it is a read-modify-write with no compare-and-swap (distribution
 * 2.x has no If-Match), so two runs attaching at once can each overwrite the
 * other's entry. Each writer therefore reads the tag again after a short
 * settle; if any entry it wrote is gone (its own, or another writer's it had
 * merged), it merges what is there with what it wrote and writes again, a
 * bounded number of times with jittered backoff (retry/retry.ts), so
 * concurrent writers drift apart and both entries end up listed. What is
 * left open: a writer whose read-to-write takes longer than the other's
 * settle and re-read; the settle is well above one request's time and grows
 * with the writer's own read-to-write time.
 *
 * Two phases (writeFallback): the write, after which the index lists every
 * entry, and the confirmation (settle, re-read, repair), which a caller may
 * run beside other work: distribute moves the image's tags once the index is
 * written, so no tag moves to an image whose index lacks our entries at that
 * moment, and still fails the step when the confirmation finally fails.
 * addToFallback runs both, one after the other.
 */
import { isPipelineError, PipelineError } from '../../errors.js';
import type { Digest } from '../../oci/digest.js';
import { MediaType } from '../../oci/media-types.js';
import { fallbackTag, MAX_REFERRERS, mergeReferrers, parseReferrersIndex, referrersIndexBytes, type ReferrersList } from '../../oci/referrers-index.js';
import type { Descriptor } from '../../oci/types.js';
import { forEachLimited } from '../../retry/limit.js';
import type { RetryPolicy } from '../../retry/policy.js';
import { withRetry } from '../../retry/retry.js';
import { sleep as realSleep } from '../../retry/sleep.js';
import { preview } from '../../preview.js';
import { RegistryError } from '../transport/registry-error.js';
import type { RegistryClient } from './client.js';

/** Rewrites of the fallback index after a lost update: 8 tries, jittered from 200 ms. */
export const FALLBACK_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 200, maxDelayMs: 3_000, budgetMs: 90_000 };

/**
 * Least wait between writing the index and reading it back: well above one
 * request on any sane network (the wait is at least three times this
 * writer's own read-to-write time, so it grows where requests are slow).
 */
export const FALLBACK_SETTLE_MS = 500;

export interface FallbackOptions {
  retry?: RetryPolicy;
  settleMs?: number;
  /** For tests: the wait (settle and backoff). */
  sleep?: (ms: number) => Promise<void>;
  maxEntries?: number;
}

export interface FallbackResult {
  /** The index as last read back. */
  entries: Descriptor[];
  /** PUTs of the tag this call made (0 when every entry was already listed). */
  writes: number;
  /** Entries dropped because their manifest is gone from the repository (the registry refused an index naming them). */
  pruned: Descriptor[];
}

const where = (client: RegistryClient, repo: string, tag: string): string => `the referrers tag ${client.registry}/${repo}:${tag}`;

/** The subject's fallback index; empty when the tag does not exist. */
export async function readFallback(client: RegistryClient, repo: string, subject: Digest, opts: { maxEntries?: number } = {}): Promise<ReferrersList> {
  const tag = fallbackTag(subject);
  let m: Awaited<ReturnType<RegistryClient['getManifest']>>;
  try {
    m = await client.getManifest(repo, tag);
  } catch (e) {
    if (isPipelineError(e, 'NOT_FOUND')) return { entries: [], skipped: [] };
    throw e;
  }
  const what = where(client, repo, tag);
  if (m.mediaType !== MediaType.OciIndex) {
    throw new PipelineError(
      'REGISTRY',
      `${what}: expected an OCI image index of referrers, got a ${preview(m.mediaType || 'manifest without media type', { max: 80, redact: false })}`,
      {
        hint: `Something else was pushed under that tag; move it elsewhere (the tag name is reserved for referrers by the OCI distribution spec) and run again.`,
      },
    );
  }
  return parseReferrersIndex(m.bytes, { what, subject, maxEntries: opts.maxEntries ?? MAX_REFERRERS });
}

class LostUpdate extends Error {
  constructor(readonly missing: readonly Descriptor[]) {
    super(`${missing.length} referrer(s) missing from the index after writing it`);
  }
}

/**
 * Drop the entries whose manifest the repository no longer has (a registry
 * refuses an index naming a missing manifest: distribution 2.8 answers 400
 * MANIFEST_BLOB_UNKNOWN), keeping `keep` in any case.
 */
async function pruneMissing(
  client: RegistryClient,
  repo: string,
  entries: readonly Descriptor[],
  keep: ReadonlySet<string>,
): Promise<{ kept: Descriptor[]; pruned: Descriptor[] }> {
  const present = new Array<boolean>(entries.length).fill(true);
  await forEachLimited(entries, 8, async (d, i) => {
    if (!keep.has(d.digest)) present[i] = (await client.headManifest(repo, d.digest, ['pull'])) !== undefined;
  });
  return { kept: entries.filter((_, i) => present[i]), pruned: entries.filter((_, i) => !present[i]) };
}

const blobUnknown = (e: unknown): boolean =>
  e instanceof RegistryError && e.failure.status === 400 && (e.failure.codes ?? []).includes('MANIFEST_BLOB_UNKNOWN');

/** The index written (phase 1 of writeFallback); `confirm` is phase 2. */
export interface FallbackWrite {
  /** The index as this call wrote it, or found it when it already listed every entry. */
  entries: Descriptor[];
  /** PUTs of the tag so far. */
  writes: number;
  /**
   * The settle, the re-read and, after a lost update, the repair rounds (the
   * retry policy's tries, this write the first). Call it once; its promise
   * is the confirmed index, or the error saying it kept losing entries.
   */
  confirm: () => Promise<FallbackResult>;
}

/**
 * Phase 1 of adding `add` (their manifests already pushed) to the subject's
 * fallback index, keeping what others listed: read, merge and write. When it
 * resolves, the index lists every entry of `add`.
 */
export async function writeFallback(
  client: RegistryClient,
  repo: string,
  subject: Digest,
  add: readonly Descriptor[],
  opts: FallbackOptions = {},
): Promise<FallbackWrite> {
  const tag = fallbackTag(subject);
  const sleep = opts.sleep ?? ((ms: number) => realSleep(ms));
  const settle = opts.settleMs ?? FALLBACK_SETTLE_MS;
  const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
  const ours = new Set(add.map((d) => d.digest));
  // Everything this call has written so far: restored if a concurrent writer drops it.
  let wrote: Descriptor[] = [];
  let writes = 0;
  const pruned: Descriptor[] = [];
  const put = async (entries: Descriptor[]): Promise<Descriptor[]> => {
    try {
      await client.putManifest(repo, tag, MediaType.OciIndex, referrersIndexBytes(entries));
      return entries;
    } catch (e) {
      if (!blobUnknown(e)) throw e;
      const p = await pruneMissing(client, repo, entries, ours);
      if (p.pruned.length === 0) throw e;
      pruned.push(...p.pruned);
      await client.putManifest(repo, tag, MediaType.OciIndex, referrersIndexBytes(p.kept));
      return p.kept;
    }
  };
  /** Read, merge, write: the index as written, or as read when it listed everything already (undefined `began`: nothing written). */
  const write = async (): Promise<{ entries: Descriptor[]; began?: number }> => {
    const began = Date.now();
    const current = await readFallback(client, repo, subject, limits);
    const merged = mergeReferrers(current.entries, [...wrote.filter((d) => !pruned.some((p) => p.digest === d.digest)), ...add]);
    if (merged.added === 0) return { entries: current.entries };
    if (merged.entries.length > (opts.maxEntries ?? MAX_REFERRERS)) {
      throw new PipelineError(
        'REGISTRY',
        `${where(client, repo, tag)} would list ${merged.entries.length} referrers, more than the ${opts.maxEntries ?? MAX_REFERRERS} we keep`,
        {
          hint: 'Prune old attachments of this image (delete their manifests and entries), or push the image anew.',
        },
      );
    }
    wrote = await put(merged.entries);
    writes++;
    return { entries: wrote, began };
  };
  /** After a write: wait, read back, and fail with LostUpdate when an entry this call wrote is gone. */
  const check = async (began: number): Promise<Descriptor[]> => {
    // A slow machine or network is slow for the other writer too: the settle grows with our own read-to-write time.
    await sleep(Math.max(settle, 3 * (Date.now() - began)));
    const after = await readFallback(client, repo, subject, limits);
    const listed = new Set(after.entries.map((d) => d.digest));
    const missing = wrote.filter((d) => !listed.has(d.digest));
    if (missing.length > 0) throw new LostUpdate(missing);
    return after.entries;
  };

  const first = await write();
  const confirm = async (): Promise<FallbackResult> => {
    // Nothing written: the index listed every entry already, and a re-read would confirm nothing of ours.
    if (first.began === undefined) return { entries: first.entries, writes, pruned };
    const firstBegan = first.began;
    const entries = await withRetry(
      async (attempt) => {
        // The first round's write is phase 1, done; later rounds write again.
        if (attempt === 1) return check(firstBegan);
        const w = await write();
        return w.began === undefined ? w.entries : check(w.began);
      },
      {
        policy: opts.retry ?? FALLBACK_RETRY,
        // The registry's own failures were retried per request by the client; only a lost update is worth a new round.
        classify: (e) => (e instanceof LostUpdate ? { retry: true, why: 'lost update' } : { retry: false, why: 'not a lost update' }),
        sleep: (ms) => sleep(ms),
      },
    ).catch((e: unknown) => {
      if (!(e instanceof LostUpdate)) throw e;
      throw new PipelineError(
        'REGISTRY',
        `${where(client, repo, tag)} kept losing entries (${e.missing.map((d) => d.digest).join(', ')}) to concurrent writers`,
        {
          hint: "Another job keeps rewriting this image's referrers; run again when it is done.",
        },
      );
    });
    return { entries, writes, pruned };
  };
  return { entries: first.entries, writes, confirm };
}

/**
 * Make the subject's fallback index list every entry of `add` (their
 * manifests already pushed), keeping what others listed, and confirm it by
 * reading it back after a settle: writeFallback's two phases in a row.
 */
export async function addToFallback(
  client: RegistryClient,
  repo: string,
  subject: Digest,
  add: readonly Descriptor[],
  opts: FallbackOptions = {},
): Promise<FallbackResult> {
  return (await writeFallback(client, repo, subject, add, opts)).confirm();
}
