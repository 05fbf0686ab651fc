/**
 * Phase 1 of a push: every blob onto every healthy destination,
 * `concurrency` blobs sending at a time. For each blob: HEAD each
 * destination; where it is missing, mount it from a repository of the same
 * registry that has it, else upload it, one read of the source feeding every
 * registry that needs it (tee.ts). Each upload is retried on its own with a
 * fresh read; a destination whose blob cannot be placed is marked failed and
 * skipped from then on.
 *
 * A blob's slot frees once its bytes are all handed to the sockets, not when
 * the registries answer: while they store it (a filesystem registry fsyncs
 * it, a cloud one moves it to its blob store) the next blob is already
 * sending, so the commit of a large blob is not dead time. What is left at
 * the end is the commit of the last blobs to end: the smallest when blobs
 * outnumber the slots, the largest when all send at once (plan.ts).
 * Only once every destination the blob goes to has stored one blob of this
 * push (Target.storedOne), and only for a blob no destination mounts: until a registry has answered, it may refuse our
 * mode or our rights after taking the bytes, and the blobs behind must not
 * go the same way (plan.ts sends the smallest blob first, so that answer
 * comes soon). The phase still ends only when every registry has answered
 * for every blob. A retry after the slot freed reads the blob again outside
 * the slot: at most one per blob and destination at a time.
 *
 * Upload sessions are opened ahead (sessions-ahead.ts), for this blob and
 * the next `concurrency + 1`, on the destinations that have stored a blob,
 * so a blob's bytes start without a POST.
 *
 * A destination that refuses a monolithic upload (mode `put`; client.ts,
 * MonolithicRefused) gets that blob again as a streamed PATCH, from a
 * fresh read, and every later blob of the push goes to it as PATCH too.
 *
 * The HEADs run ahead of the uploads (existenceAhead, in the uploads'
 * order, a bounded number at a time), so a blob's upload does not wait a
 * round trip for its HEAD once a slot frees, and a warm push asks about
 * every blob at once instead of `concurrency` at a time.
 */
import { finished, type Readable } from 'node:stream';
import { messageOf } from '../errors.js';
import type { Descriptor } from '../oci/types.js';
import type { UploadMode } from '../registry/client/upload-mode.js';
import { MonolithicRefused } from '../registry/transport/registry-error.js';
import { registryClassify } from '../registry/transport/retry-classify.js';
import { forEachLimited } from '../retry/limit.js';
import { REGISTRY_RETRY, type RetryPolicy } from '../retry/policy.js';
import { withRetry } from '../retry/retry.js';
import { live, markFailed, type PushRun, type Target } from './push-run.js';
import { sessionsAhead, type SessionsAhead } from './sessions-ahead.js';
import { tee } from './tee.js';

export interface UploadOptions {
  /** Blobs sending at once (each may go to several destinations); blobs sent whose registries have not answered yet do not count. */
  concurrency: number;
  mode: UploadMode;
  /** Retry policy for whole blob uploads. */
  retry?: RetryPolicy;
}

/**
 * Who uploads and who mounts, per registry: a destination that lacks the
 * blob mounts it from one of the same registry that has it, or from the
 * first of its registry that uploads it (the leader). Pure.
 */
export function assignUploads(need: readonly Target[], has: readonly Target[]): { leaders: Target[]; followers: Array<{ t: Target; from: Target }> } {
  const leaders: Target[] = [];
  const followers: Array<{ t: Target; from: Target }> = [];
  for (const t of need) {
    const sameRegistry = (o: Target): boolean => o.client === t.client;
    const holder = has.find(sameRegistry) ?? leaders.find(sameRegistry);
    if (holder === undefined) leaders.push(t);
    else followers.push({ t, from: holder });
  }
  return { leaders, followers };
}

/** A HEAD's answer, or why it failed: a promise asked ahead that must never reject unobserved. */
type Existence = { ok: true; present: boolean } | { ok: false; error: unknown };

/** Whether a destination holds a blob: the answer asked ahead, or a HEAD now. */
type ExistenceOf = (t: Target, blob: Descriptor) => Promise<Existence>;

// Through a resolved promise, so a client that throws instead of rejecting still answers (and frees its slot).
const head = (t: Target, blob: Descriptor): Promise<Existence> =>
  Promise.resolve()
    .then(() => t.client.blobExists(t.spec.repository, blob.digest))
    .then(
      (present): Existence => ({ ok: true, present }),
      (error: unknown): Existence => ({ ok: false, error }),
    );

/**
 * Start the HEAD of every blob on every destination live now, in the order
 * given, at most `width` at a time. A destination that fails meanwhile is
 * not asked again (its queued HEADs answer "absent" without a request; no
 * one reads them). `settled` waits for every answer.
 */
export function existenceAhead(run: PushRun, blobs: readonly Descriptor[], width: number): { of: ExistenceOf; settled: () => Promise<unknown> } {
  const answers = new Map<Target, Map<string, Promise<Existence>>>();
  const queue: Array<() => void> = [];
  let active = 0;
  const pump = (): void => {
    while (active < width && queue.length > 0) {
      active++;
      (queue.shift() as () => void)();
    }
  };
  const targets = live(run);
  for (const t of targets) answers.set(t, new Map());
  for (const blob of blobs) {
    for (const t of targets) {
      const answer = new Promise<Existence>((resolve) => {
        queue.push(() => {
          const asked = t.report.error === undefined ? head(t, blob) : Promise.resolve<Existence>({ ok: true, present: false });
          void asked.then((a) => {
            active--;
            resolve(a);
            pump();
          });
        });
      });
      answers.get(t)?.set(blob.digest, answer);
    }
  }
  pump();
  return {
    of: (t, blob) => answers.get(t)?.get(blob.digest) ?? head(t, blob),
    settled: () => Promise.all([...answers.values()].flatMap((m) => [...m.values()])),
  };
}

/** Blobs sent and not answered yet, per slot of `concurrency` (uploadBlobs). */
export const MAX_UNANSWERED_PER_SLOT = 4;

export async function uploadBlobs(run: PushRun, blobs: readonly Descriptor[], opts: UploadOptions): Promise<void> {
  const width = Math.max(1, opts.concurrency);
  const existence = existenceAhead(run, blobs, 2 * width);
  const sessions = sessionsAhead(blobs, async (blob) => (await rolesOf(run, blob, existence.of)).leaders);
  // Every blob's push, and those whose registries have not answered yet.
  const storing: Array<Promise<void>> = [];
  const unanswered = new Set<Promise<void>>();
  try {
    await forEachLimited(blobs, opts.concurrency, async (b, i) => {
      // Bounded: at most MAX_UNANSWERED_PER_SLOT x concurrency blobs wait for their registries' answers; past that
      // a slot waits for one before it starts a blob. With the sending blobs, the sessions and the HEADs ahead, a
      // push then stays under the 64 sockets per registry host of transport/http.ts, and under a registry's own
      // limits on open uploads. The check and the add below run in one go (no await between), so slots woken
      // together by one answer cannot all pass it.
      while (unanswered.size >= MAX_UNANSWERED_PER_SLOT * width) await Promise.race(unanswered);
      sessions.openThrough(i + width + 1);
      if (live(run).length === 0) return;
      let sent = (): void => undefined;
      const allSent = new Promise<void>((resolve) => (sent = resolve));
      const done = pushBlob(run, b, existence.of, sessions, opts, sent);
      storing.push(done);
      unanswered.add(done);
      const answered = (): boolean => unanswered.delete(done);
      done.then(answered, answered);
      await Promise.race([allSent, done]);
    });
    await Promise.all(storing);
  } finally {
    // Nothing outlives the phase: the uploads' answers, the sessions no upload took, HEADs asked ahead (when every destination failed early).
    await Promise.allSettled(storing);
    await sessions.close();
    await existence.settled();
  }
}

/**
 * Each live destination's part in `blob`, from the HEADs' answers: it has the blob, leads its upload, follows (a
 * mount), or could not be asked (`unasked`, with the error). Marks nothing: pushBlob acts on it, and sessions
 * ahead ask the same answers for the leaders only.
 */
async function rolesOf(
  run: PushRun,
  blob: Descriptor,
  existence: ExistenceOf,
): Promise<{ has: Target[]; unasked: Array<{ t: Target; error: unknown }> } & ReturnType<typeof assignUploads>> {
  const here = live(run);
  const answers = await Promise.all(here.map((t) => existence(t, blob)));
  const has: Target[] = [];
  const missing: Target[] = [];
  const unasked: Array<{ t: Target; error: unknown }> = [];
  here.forEach((t, i) => {
    const a = answers[i] as Existence;
    if (!a.ok) unasked.push({ t, error: a.error });
    else (a.present ? has : missing).push(t);
  });
  return { has, unasked, ...assignUploads(missing, has) };
}

/** `fn` once every stream has given all its bytes to its reader, or was dropped (destroyed, failed). */
function onceAllRead(streams: readonly Readable[], fn: () => void): void {
  let left = streams.length;
  for (const s of streams) finished(s, { writable: false }, () => --left === 0 && fn());
}

async function pushBlob(run: PushRun, blob: Descriptor, existence: ExistenceOf, sessions: SessionsAhead, opts: UploadOptions, sent: () => void): Promise<void> {
  const { has, unasked, leaders, followers } = await rolesOf(run, blob, existence);
  for (const { t, error } of unasked) markFailed(run, t, error);
  for (const t of has) {
    t.report.blobsSkipped++;
    run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'skipped' });
  }
  if (leaders.length > 0) {
    let branches: Readable[] | undefined;
    try {
      const stream = quiet(await run.source.openBlob(blob));
      // One destination reads the file directly; several share one read.
      branches = leaders.length === 1 ? [stream] : tee(stream, leaders.length);
      // Not with followers: a destination whose mount is declined uploads the blob after the leaders' answers, and
      // that upload holds the slot as any other.
      onceAllRead(branches, () => {
        if (followers.length === 0 && leaders.every((t) => t.storedOne === true)) sent();
      });
    } catch (e) {
      for (const t of leaders) markFailed(run, t, e);
    }
    await Promise.all(
      leaders.map((t, i) =>
        uploadTo(run, t, blob, branches?.[i], sessions, opts).catch((e: unknown) => {
          branches?.[i]?.destroy();
          markFailed(run, t, e);
        }),
      ),
    );
  }
  await Promise.all(
    followers.map(async ({ t, from }) => {
      try {
        if (from.report.error === undefined && (await t.client.mountBlob(t.spec.repository, blob.digest, from.spec.repository))) {
          t.report.blobsMounted++;
          run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'mounted' });
          return;
        }
        await uploadTo(run, t, blob, undefined, sessions, opts);
      } catch (e) {
        markFailed(run, t, e);
      }
    }),
  );
}

/**
 * A blob stream may fail its digest check before its upload takes it (a
 * small blob is read and checked while the upload's POST is out): that error
 * must not go unhandled. The upload still sees it: http.ts refuses a body
 * that is already destroyed, with the body's own error.
 */
function quiet(stream: Readable): Readable {
  stream.on('error', () => undefined);
  return stream;
}

async function uploadTo(run: PushRun, t: Target, blob: Descriptor, first: Readable | undefined, sessions: SessionsAhead, opts: UploadOptions): Promise<void> {
  const mode: UploadMode = opts.mode.kind === 'put' && t.patchOnly === true ? { kind: 'patch' } : opts.mode;
  try {
    await uploadWith(run, t, blob, first, opts, mode, sessions);
  } catch (e) {
    if (!(e instanceof MonolithicRefused) || mode.kind !== 'put') throw e;
    // Not a failure of the blob or the link: this registry takes the same bytes as a PATCH. A fresh read, the shared one is spent.
    t.patchOnly = true;
    run.emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest} as a streamed PATCH`, attempt: 1, waitMs: 0, message: e.message });
    await uploadWith(run, t, blob, undefined, opts, { kind: 'patch' });
  }
  if (t.storedOne !== true) {
    t.storedOne = true;
    sessions.proven(t);
  }
  t.report.bytesSent += blob.size;
  t.report.blobsUploaded++;
  run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'uploaded' });
}

async function uploadWith(
  run: PushRun,
  t: Target,
  blob: Descriptor,
  first: Readable | undefined,
  opts: UploadOptions,
  mode: UploadMode,
  sessions?: SessionsAhead,
): Promise<void> {
  let shared = first;
  // The session opened ahead serves the first try only; a retry opens its own (the registry may have dropped it).
  let firstTry = true;
  // The budget counts time spent uploading too, so a large blob gets its transfer time on top.
  const policy = opts.retry ?? REGISTRY_RETRY;
  const upload = registryClassify({ restartable: true });
  // Opening the source again is not this loop's to retry: a registry source
  // retries its own requests (no nested retries), and a layout's missing file
  // does not come back.
  let reopenFailure: unknown;
  await withRetry(
    async () => {
      // The first try reads from the shared stream; a retry reads the blob again on its own.
      const body =
        shared ??
        quiet(
          await run.source.openBlob(blob).catch((e: unknown) => {
            reopenFailure = e;
            throw e;
          }),
        );
      shared = undefined;
      try {
        // A session opened ahead whose POST failed fails this try as its own POST would (a 429 is waited out).
        const session = firstTry ? await sessions?.take(t, blob) : undefined;
        firstTry = false;
        await t.client.uploadBlob(t.spec.repository, blob, body, mode, session);
      } catch (e) {
        body.destroy();
        throw e;
      }
    },
    {
      // A lost upload session (BLOB_UPLOAD_UNKNOWN) is healed here by uploading the blob again.
      classify: (e) => (e === reopenFailure ? { retry: false, why: 'reading the image failed' } : upload(e)),
      policy: { ...policy, budgetMs: policy.budgetMs + t.client.transferAllowanceMs(blob.size) },
      onRetry: (r) =>
        run.emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest}`, attempt: r.attempt, waitMs: r.waitMs, message: messageOf(r.error) }),
    },
  );
}
