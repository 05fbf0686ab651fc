/**
 * Push one image (a manifest or an index, from any ImageSource) to several
 * repositories at once, exactly as it is, in three phases, each its own
 * module over the shared run state (push-run.ts):
 *
 * 1. upload-blobs.ts: blobs (the smallest, then largest first, `concurrency` sending at a time): HEAD
 *    each destination; where a blob is missing, mount it from a repository
 *    of the same registry that has it, else upload it — one read of the
 *    source feeding every registry that needs it (tee.ts); each upload
 *    retried on its own;
 * 2. put-manifests.ts: manifests, children before parents (plan.ts), PUT by
 *    digest with their media type and checked with a HEAD;
 * 3. attach.ts (when there is something to attach or sign): statements and
 *    signatures as OCI 1.1 referrers of the image's manifests, planned
 *    (attachments.ts) before the first byte is sent, so a bad `attach` file
 *    leaves every registry as it was; run beside 1 and 2 (they need only the
 *    root's digest): on a registry without the referrers API the artifacts
 *    go up meanwhile and the fallback index waits for the image's manifests,
 *    with the API everything of 3 waits for them; a manifest that 2 put or
 *    found (checked by its HEAD) is not asked for again before its index;
 * 4. move-tags.ts: only once every destination is done with 1 to 3: tags,
 *    on the destinations that had no failure. A destination that failed
 *    (an upload, a manifest, a signature or a referrer) keeps its old tags.
 *    "Done with 3" means every referrer is pushed and listed (on a registry
 *    without the referrers API: the fallback index written, listing them);
 *    the index's confirmation (a settle of >= 500 ms, a re-read, a repair
 *    after a concurrent writer's lost update) runs while the tags move, and
 *    the push reports only after it: if it finally fails, its destination
 *    fails, tags moved or not (attach.ts says which), and a re-run repairs.
 */
import { PipelineError, messageOf } from '../errors.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import { DEFAULT_UPLOAD_MODE, type UploadMode } from '../registry/client/upload-mode.js';
import type { ClientFactory } from '../registry/client/connect.js';
import type { RetryPolicy } from '../retry/policy.js';
import { attachStatements, type AttachOptions } from './attach.js';
import { planAttachments, type AttachFile } from './attachments.js';
import { moveTags } from './move-tags.js';
import { planPush } from './plan.js';
import { finishRun, pingRegistries, startRun, type DestinationSpec, type DistributeResult, type ProgressEvent } from './push-run.js';
import { putManifests } from './put-manifests.js';
import { uploadBlobs } from './upload-blobs.js';

// The push's public types live with its run state; callers import them from here.
export type { DestinationReport, DestinationSpec, DistributeResult, ProgressEvent } from './push-run.js';

export interface DistributeOptions {
  source: ImageSource;
  root: Descriptor;
  destinations: readonly DestinationSpec[];
  clients: ClientFactory;
  /** Blobs sending at once (each to every destination that needs it; upload-blobs.ts). Default 6. */
  concurrency?: number;
  uploadMode?: UploadMode;
  /** Retry policy for whole blob uploads. */
  retry?: RetryPolicy;
  onProgress?: (e: ProgressEvent) => void;
  /** Files to attach as in-toto statements, and the signer (none: unsigned). */
  attach?: { files: readonly AttachFile[]; signer?: AttachOptions['signer']; fallback?: AttachOptions['fallback'] };
}

export async function distribute(opts: DistributeOptions): Promise<DistributeResult> {
  const plan = await planPush(opts.source, opts.root);
  const attachments = planAttachments(opts.attach?.files ?? [], opts.root, plan.manifests);
  const run = startRun(opts);
  await pingRegistries(run);
  // The image (1, 2) and its attachments (3) go up at once: the artifacts need only the root's digest, and on a
  // registry without the referrers API the fallback index, written once both are in place, starts its settle that
  // much sooner (attach.ts, referrers-push.ts). Nothing is tagged before both are done.
  const image = (async (): Promise<void> => {
    await uploadBlobs(run, plan.blobs, {
      concurrency: opts.concurrency ?? 6,
      mode: opts.uploadMode ?? DEFAULT_UPLOAD_MODE,
      ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
    });
    await putManifests(run, plan.manifests);
  })();
  const imageDone = image.then(
    () => undefined,
    () => undefined,
  );
  const attaching =
    opts.attach === undefined
      ? undefined
      : attachStatements(run, {
          attachments,
          ...(opts.attach.signer !== undefined ? { signer: opts.attach.signer } : {}),
          ...(opts.attach.fallback !== undefined ? { fallback: opts.attach.fallback } : {}),
          imagePushed: imageDone,
        });
  // Both to their end before anything else (an error of one never leaves the other running unobserved).
  const [pushed, attachedOr] = await Promise.allSettled([image, attaching]);
  if (pushed.status === 'rejected') {
    if (attachedOr.status === 'fulfilled') await attachedOr.value?.confirmed;
    throw pushed.reason;
  }
  if (attachedOr.status === 'rejected') throw attachedOr.reason;
  const attached = attachedOr.value;
  try {
    await moveTags(run);
  } finally {
    // The fallback indexes' confirmation ran beside the tags; it marks its destination failed if it failed. Awaited
    // even when moving the tags threw, so it never outlives the step (review finding).
    await attached?.confirmed;
  }
  return attached === undefined ? finishRun(run) : { ...finishRun(run), attestations: attached.reports };
}

/** Throw when any destination failed: its own error when one did, a summary when several did. */
export function assertDistributed(result: DistributeResult): void {
  const bad = result.destinations.filter((d) => d.error !== undefined);
  if (bad.length === 0) return;
  const first = bad[0]?.error as PipelineError;
  if (bad.length === 1) throw first;
  const lines = bad.map((d) => `${d.destination}: ${messageOf(d.error)}`).join('\n');
  // A failed destination can be tagged: its referrers index lost entries after the tags moved, or a later tag failed.
  const tagged = bad.filter((d) => d.tagged === true).map((d) => d.destination);
  const tags =
    tagged.length === 0
      ? 'their tags were not moved'
      : `tags of ${tagged.join(', ')} point at the image${tagged.length < bad.length ? ", the others' tags were not moved" : ''}`;
  throw new PipelineError(
    first.code,
    `${bad.length} of ${result.destinations.length} destinations failed (${tags}):\n${lines}`,
    first.hint !== undefined ? { hint: first.hint } : {},
  );
}
