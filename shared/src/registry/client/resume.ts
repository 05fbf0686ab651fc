/**
 * A blob download that survives a broken connection: when the body fails
 * part way with a transient error (or ends short of the blob's size), it is
 * opened again from the byte it had reached (a Range request) and the bytes
 * continue on the same output stream. The caller's digest check still sees
 * one continuous stream, so a resumed download is verified like any other.
 *
 * This is the only retry loop of one download: `open` must make a single
 * request (client.openBlob with `{ retry: false }`), so retries never nest.
 * Its waits are the shared backoff (retry/backoff.ts) under a policy
 * (retry/policy.ts): openings in all, and a time budget. When it gives up on
 * a transient failure the stream fails with a NETWORK PipelineError, which
 * the push's upload loop treats as final (retry-classify.ts): the source
 * already retried its own reads.
 */
import { PassThrough, type Readable } from 'node:stream';
import { PipelineError } from '../../errors.js';
import { backoffMs } from '../../retry/backoff.js';
import { RESUME_RETRY, type RetryPolicy } from '../../retry/policy.js';
import { sleep as realSleep } from '../../retry/sleep.js';
import { classify } from '../transport/retry-classify.js';

export interface ResumeOptions {
  /** Opens the blob from this byte on, in one request (no retries of its own). */
  open: (offset: number) => Promise<Readable>;
  /** The blob's size: a body that ends before it is a broken download. */
  size: number;
  /** What is read, for the error when resuming gives up: `blob sha256:… from registry/repo`. */
  what: string;
  /** Default RESUME_RETRY: `attempts` counts openings, the first included. */
  policy?: RetryPolicy;
  onResume?: (offset: number, error: unknown) => void;
  /** For tests: the clock, the wait and the jitter. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export function resumableDownload(opts: ResumeOptions): Readable {
  const out = new PassThrough({ highWaterMark: 1024 * 1024 });
  const policy = opts.policy ?? RESUME_RETRY;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  // A reader that hangs up (destroys the stream) ends a wait in progress, any further opening, and the body being
  // read: fed by 'data' events, it would otherwise go on into the destroyed output, pause for a 'drain' that never
  // comes, and hold its connection until the request's deadline (a paused reader is not a stall: http.ts).
  const stop = new AbortController();
  let current: Readable | undefined;
  out.once('close', () => {
    stop.abort(new Error('the reader closed the download'));
    current?.destroy();
  });
  let offset = 0;
  let opened = 0;
  let brokeAt: number | undefined;

  const giveUp = (e: unknown): void => {
    const resumes = opened - 1;
    out.destroy(
      new PipelineError(
        'NETWORK',
        `reading ${opts.what} failed after ${resumes} resume${resumes === 1 ? '' : 's'} (at byte ${offset} of ${opts.size}): ${(e as Error).message}`,
        {
          cause: e,
          hint: 'The registry the image is read from kept dropping the connection; check that it is reachable and healthy, then run again.',
        },
      ),
    );
  };

  const retryOrFail = async (e: unknown): Promise<void> => {
    if (out.destroyed) return;
    // Not worth another try (a refused auth, a 404, a digest problem): the error as it is.
    if (classify(e).kind !== 'retry') return void out.destroy(e as Error);
    brokeAt ??= now();
    const wait =
      opened < policy.attempts
        ? backoffMs(opened - 1, policy, { spentMs: now() - brokeAt, ...(opts.random !== undefined ? { random: opts.random } : {}) })
        : undefined;
    if (wait === undefined) return giveUp(e);
    opts.onResume?.(offset, e);
    try {
      await sleep(wait, stop.signal);
    } catch {
      return; // the reader went away
    }
    await pump();
  };

  const pump = async (): Promise<void> => {
    if (out.destroyed) return;
    opened++;
    let body: Readable;
    try {
      body = await opts.open(offset);
    } catch (e) {
      return retryOrFail(e);
    }
    if (out.destroyed) return void body.destroy();
    current = body;
    let settled = false;
    const settle = (e: unknown): void => {
      if (settled) return;
      settled = true;
      body.destroy();
      void retryOrFail(e);
    };
    body.on('data', (c: Buffer) => {
      offset += c.length;
      // Bytes arrived: the next break starts a fresh recovery budget.
      brokeAt = undefined;
      if (!out.write(c)) {
        body.pause();
        out.once('drain', () => body.resume());
      }
    });
    body.on('error', settle);
    body.on('end', () => {
      if (settled) return;
      if (offset < opts.size)
        return settle(Object.assign(new Error(`the download ended at byte ${offset} of ${opts.size}`), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
      settled = true;
      out.end();
    });
  };
  void pump();
  return out;
}
