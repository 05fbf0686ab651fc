/**
 * The state of one push to several destinations, shared by its steps
 * (plan, upload-blobs, put-manifests, move-tags): each destination's client
 * and report, which destinations are still healthy, and the progress events.
 * A destination that fails is marked once and left out of every later step,
 * so it never gets a tag for content it may not hold.
 */
import { PipelineError, messageOf } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import type { RegistryClient } from '../registry/client/client.js';
import type { ClientFactory } from '../registry/client/connect.js';
import type { AttestationReport } from './attach.js';

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
  /**
   * A tag of this destination points at the image (moved, or there already).
   * Set by move-tags.ts; a failure after it (the referrers index's
   * confirmation, a later tag) leaves that tag where it is.
   */
  tagged?: true;
  error?: PipelineError;
}

export interface DistributeResult {
  digest: Digest;
  destinations: DestinationReport[];
  /** Referrers attached (or found from an earlier run) per destination; absent when nothing was to attach. */
  attestations?: AttestationReport[];
}

/** One destination during the push. */
export interface Target {
  spec: DestinationSpec;
  /** registry/repository, for messages and events. */
  name: string;
  client: RegistryClient;
  report: DestinationReport;
  started: number;
  /** It refused a monolithic upload in this push: its blobs go as streamed PATCHes from then on (upload-blobs.ts). */
  patchOnly?: boolean;
  /**
   * It has stored a blob this push uploaded: it takes our uploads (mode, rights), so a blob's slot frees once
   * its bytes are sent, without waiting for this destination's answer (upload-blobs.ts).
   */
  storedOne?: boolean;
  /**
   * Manifests this push has seen in the repository by digest: put and checked by a HEAD, or found by one
   * (put-manifests.ts). What is here needs no other HEAD before something names it (referrers-push.ts).
   */
  manifestsThere: Set<Digest>;
}

export interface PushRun {
  source: ImageSource;
  root: Descriptor;
  targets: readonly Target[];
  emit: (e: ProgressEvent) => void;
}

const asPipelineError = (e: unknown): PipelineError => (e instanceof PipelineError ? e : new PipelineError('INTERNAL', messageOf(e), { cause: e }));

export function startRun(opts: {
  source: ImageSource;
  root: Descriptor;
  destinations: readonly DestinationSpec[];
  clients: ClientFactory;
  onProgress?: (e: ProgressEvent) => void;
}): PushRun {
  const targets = opts.destinations.map((spec): Target => {
    const name = `${spec.registry}/${spec.repository}`;
    return {
      spec,
      name,
      client: opts.clients(spec.registry),
      started: Date.now(),
      manifestsThere: new Set(),
      report: {
        destination: name,
        digest: opts.root.digest,
        refs: [],
        bytesSent: 0,
        blobsUploaded: 0,
        blobsSkipped: 0,
        blobsMounted: 0,
        manifestsPushed: 0,
        ms: 0,
      },
    };
  });
  return { source: opts.source, root: opts.root, targets, emit: opts.onProgress ?? (() => undefined) };
}

/** The destinations with no failure so far. */
export const live = (run: PushRun): Target[] => run.targets.filter((t) => t.report.error === undefined);

/** Mark a destination failed (its first error is the one kept) and say so. */
export function markFailed(run: PushRun, t: Target, e: unknown): void {
  if (t.report.error !== undefined) return;
  t.report.error = asPipelineError(e);
  run.emit({ kind: 'failed', destination: t.name, message: messageOf(e) });
}

/** Learn each registry's auth scheme once, before requests race for it; a registry that cannot be reached fails its destinations. */
export async function pingRegistries(run: PushRun): Promise<void> {
  const pinged = new Map<RegistryClient, Promise<void>>();
  await Promise.all(
    run.targets.map(async (t) => {
      let p = pinged.get(t.client);
      if (p === undefined) {
        p = t.client.ping();
        pinged.set(t.client, p);
      }
      await p.catch((e: unknown) => markFailed(run, t, e));
    }),
  );
}

export function finishRun(run: PushRun): DistributeResult {
  const end = Date.now();
  for (const t of run.targets) t.report.ms = end - t.started;
  return { digest: run.root.digest, destinations: run.targets.map((t) => t.report) };
}
