/**
 * Push one image (a manifest or an index, from any ImageSource) to several
 * repositories at once, exactly as it is:
 *
 * 1. blobs (largest first, `concurrency` at a time): HEAD each destination;
 *    where a blob is missing, mount it from a repository of the same registry
 *    that has it, else upload it — one read of the source feeding every
 *    registry that needs it (tee.ts); each upload retried on its own;
 * 2. manifests, children before parents, PUT by digest with their media type
 *    and checked with a HEAD;
 * 3. only once every destination is done with 1 and 2: tags, on the
 *    destinations that had no failure. A destination that failed keeps its
 *    old tags.
 */
import type { Readable } from 'node:stream';
import { PipelineError, messageOf } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { walkDescriptors } from '../oci/image.js';
import { isIndexMediaType, isManifestMediaType } from '../oci/media-types.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import type { RegistryClient, UploadMode } from '../registry/client/client.js';
import type { ClientFactory } from '../registry/client/connect.js';
import { registryClassify } from '../registry/transport/retry-classify.js';
import { forEachLimited } from '../retry/limit.js';
import { REGISTRY_RETRY, type RetryPolicy } from '../retry/policy.js';
import { withRetry } from '../retry/retry.js';
import { tee } from './tee.js';

export interface DestinationSpec {
  registry: string;
  repository: string;
  /** Tags to point at the image; may be empty (pushed by digest only). */
  tags: readonly string[];
}

export type ProgressEvent =
  | { kind: 'blob'; destination: string; digest: Digest; size: number; outcome: 'skipped' | 'mounted' | 'uploaded' }
  | { kind: 'manifest'; destination: string; digest: Digest; outcome: 'skipped' | 'pushed' }
  | { kind: 'tag'; destination: string; ref: string; outcome: 'unchanged' | 'moved' }
  | { kind: 'retry'; destination: string; what: string; attempt: number; waitMs: number; message: string }
  | { kind: 'failed'; destination: string; message: string };

export interface DistributeOptions {
  source: ImageSource;
  root: Descriptor;
  destinations: readonly DestinationSpec[];
  clients: ClientFactory;
  /** Blobs in flight at once (each may go to several destinations). Default 6. */
  concurrency?: number;
  uploadMode?: UploadMode;
  /** Retry policy for whole blob uploads. */
  retry?: RetryPolicy;
  onProgress?: (e: ProgressEvent) => void;
}

export interface DestinationReport {
  /** registry/repository */
  destination: string;
  digest: Digest;
  /** References now pointing at the image: each tag, and the digest reference. */
  refs: string[];
  bytesSent: number;
  blobsUploaded: number;
  blobsSkipped: number;
  blobsMounted: number;
  manifestsPushed: number;
  ms: number;
  error?: PipelineError;
}

export interface DistributeResult {
  digest: Digest;
  destinations: DestinationReport[];
}

interface Target {
  spec: DestinationSpec;
  name: string;
  client: RegistryClient;
  report: DestinationReport;
  started: number;
}

const asPipelineError = (e: unknown): PipelineError =>
  e instanceof PipelineError ? e : new PipelineError('INTERNAL', messageOf(e), { cause: e });

export async function distribute(opts: DistributeOptions): Promise<DistributeResult> {
  const { source, root } = opts;
  const emit = opts.onProgress ?? (() => undefined);
  const mode = opts.uploadMode ?? { kind: 'patch' };
  const all = await walkDescriptors(source, root);
  const isManifest = (d: Descriptor): boolean => isManifestMediaType(d.mediaType) || isIndexMediaType(d.mediaType);
  const blobs = all.filter((d) => !isManifest(d)).sort((a, b) => b.size - a.size);
  const manifests = all.filter(isManifest);

  const targets: Target[] = opts.destinations.map((spec) => ({
    spec,
    name: `${spec.registry}/${spec.repository}`,
    client: opts.clients(spec.registry),
    started: Date.now(),
    report: {
      destination: `${spec.registry}/${spec.repository}`,
      digest: root.digest,
      refs: [],
      bytesSent: 0,
      blobsUploaded: 0,
      blobsSkipped: 0,
      blobsMounted: 0,
      manifestsPushed: 0,
      ms: 0,
    },
  }));
  const live = (): Target[] => targets.filter((t) => t.report.error === undefined);
  const failed = (t: Target, e: unknown): void => {
    if (t.report.error !== undefined) return;
    t.report.error = asPipelineError(e);
    emit({ kind: 'failed', destination: t.name, message: messageOf(e) });
  };

  // Learn each registry's auth scheme once before requests race for it.
  const pinged = new Map<RegistryClient, Promise<void>>();
  await Promise.all(
    targets.map(async (t) => {
      let p = pinged.get(t.client);
      if (p === undefined) {
        p = t.client.ping();
        pinged.set(t.client, p);
      }
      await p.catch((e: unknown) => failed(t, e));
    }),
  );

  const uploadTo = async (t: Target, blob: Descriptor, first: Readable | undefined): Promise<void> => {
    let shared = first;
    // The budget counts time spent uploading too, so a large blob gets its transfer time on top.
    const policy = opts.retry ?? REGISTRY_RETRY;
    await withRetry(
      async () => {
        // The first try reads from the shared stream; a retry reads the blob again on its own.
        const body = shared ?? (await source.openBlob(blob));
        shared = undefined;
        try {
          await t.client.uploadBlob(t.spec.repository, blob, body, mode);
        } catch (e) {
          body.destroy();
          throw e;
        }
      },
      {
        // A lost upload session (BLOB_UPLOAD_UNKNOWN) is healed here by uploading the blob again.
        classify: registryClassify({ restartable: true }),
        policy: { ...policy, budgetMs: policy.budgetMs + t.client.transferAllowanceMs(blob.size) },
        onRetry: (r) => emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest}`, attempt: r.attempt, waitMs: r.waitMs, message: messageOf(r.error) }),
      },
    );
    t.report.bytesSent += blob.size;
    t.report.blobsUploaded++;
    emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'uploaded' });
  };

  const pushBlob = async (blob: Descriptor): Promise<void> => {
    const here = live();
    const present = await Promise.all(
      here.map((t) =>
        t.client.blobExists(t.spec.repository, blob.digest).catch((e: unknown) => {
          failed(t, e);
          return undefined;
        }),
      ),
    );
    const has = here.filter((_, i) => present[i] === true);
    for (const t of has) {
      t.report.blobsSkipped++;
      emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'skipped' });
    }
    const need = here.filter((_, i) => present[i] === false);
    // Per registry: mount from a repository there that has the blob, else
    // upload to one repository (the leader) and mount from it into the rest.
    const leaders: Target[] = [];
    const followers: Array<{ t: Target; from: Target }> = [];
    for (const t of need) {
      const sameRegistry = (o: Target): boolean => o.client === t.client;
      const holder = has.find(sameRegistry) ?? leaders.find(sameRegistry);
      if (holder === undefined) leaders.push(t);
      else followers.push({ t, from: holder });
    }
    if (leaders.length > 0) {
      let branches: Readable[] | undefined;
      try {
        const stream = await source.openBlob(blob);
        // One destination reads the file directly; several share one read.
        branches = leaders.length === 1 ? [stream] : tee(stream, leaders.length);
      } catch (e) {
        for (const t of leaders) failed(t, e);
      }
      await Promise.all(
        leaders.map((t, i) =>
          uploadTo(t, blob, branches?.[i]).catch((e: unknown) => {
            branches?.[i]?.destroy();
            failed(t, e);
          }),
        ),
      );
    }
    await Promise.all(
      followers.map(async ({ t, from }) => {
        try {
          if (from.report.error === undefined && (await t.client.mountBlob(t.spec.repository, blob.digest, from.spec.repository))) {
            t.report.blobsMounted++;
            emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'mounted' });
            return;
          }
          await uploadTo(t, blob, undefined);
        } catch (e) {
          failed(t, e);
        }
      }),
    );
  };

  await forEachLimited(blobs, opts.concurrency ?? 6, async (b) => {
    if (live().length > 0) await pushBlob(b);
  });

  // Manifests by digest, children first; each checked by a HEAD afterwards.
  for (const m of manifests) {
    const here = live();
    if (here.length === 0) break;
    const bytes = await source.readBlob(m);
    await Promise.all(
      here.map(async (t) => {
        try {
          const before = await t.client.headManifest(t.spec.repository, m.digest);
          if (before?.digest === m.digest) {
            emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'skipped' });
            return;
          }
          await t.client.putManifest(t.spec.repository, m.digest, m.mediaType, bytes);
          const after = await t.client.headManifest(t.spec.repository, m.digest);
          if (after?.digest !== m.digest) {
            throw new PipelineError('DIGEST_MISMATCH', `${t.name} reports ${after?.digest ?? 'nothing'} for the manifest pushed as ${m.digest}`, { hint: 'The registry changed the manifest; it may not support this media type.' });
          }
          t.report.manifestsPushed++;
          emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'pushed' });
        } catch (e) {
          failed(t, e);
        }
      }),
    );
  }

  // Tags last, and only where everything above succeeded.
  const rootBytes = live().length > 0 ? await source.readBlob(root) : Buffer.alloc(0);
  await Promise.all(
    live().map(async (t) => {
      try {
        t.report.refs.push(`${t.name}@${root.digest}`);
        for (const tag of t.spec.tags) {
          const current = await t.client.headManifest(t.spec.repository, tag);
          if (current?.digest === root.digest) {
            emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'unchanged' });
          } else {
            await t.client.putManifest(t.spec.repository, tag, root.mediaType, rootBytes);
            const after = await t.client.headManifest(t.spec.repository, tag);
            if (after?.digest !== root.digest) {
              throw new PipelineError('DIGEST_MISMATCH', `${t.name}:${tag} points at ${after?.digest ?? 'nothing'} after the push, expected ${root.digest}`, { hint: 'Another push may have moved the tag at the same time.' });
            }
            emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'moved' });
          }
          t.report.refs.push(`${t.name}:${tag}`);
        }
      } catch (e) {
        failed(t, e);
      }
    }),
  );
  const end = Date.now();
  for (const t of targets) t.report.ms = end - t.started;
  return { digest: root.digest, destinations: targets.map((t) => t.report) };
}

/** Throw when any destination failed: its own error when one did, a summary when several did. */
export function assertDistributed(result: DistributeResult): void {
  const bad = result.destinations.filter((d) => d.error !== undefined);
  if (bad.length === 0) return;
  const first = bad[0]?.error as PipelineError;
  if (bad.length === 1) throw first;
  const lines = bad.map((d) => `${d.destination}: ${messageOf(d.error)}`).join('\n');
  throw new PipelineError(first.code, `${bad.length} of ${result.destinations.length} destinations failed (their tags were not moved):\n${lines}`, first.hint !== undefined ? { hint: first.hint } : {});
}
