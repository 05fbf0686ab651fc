/**
 * A blob download that survives a broken connection: when the body fails
 * part way with a transient error (or ends short of the blob's size), it is
 * opened again from the byte it had reached (a Range request) and the bytes
 * continue on the same output stream. The caller's digest check still sees
 * one continuous stream, so a resumed download is verified like any other.
 */
import { PassThrough, type Readable } from 'node:stream';
import { jitteredDelayMs } from '../../retry/backoff.js';
import { REGISTRY_RETRY } from '../../retry/policy.js';
import { classify } from '../transport/retry-classify.js';

export interface ResumeOptions {
  /** Opens the blob from this byte on. */
  open: (offset: number) => Promise<Readable>;
  /** The blob's size: a body that ends before it is a broken download. */
  size: number;
  /** Openings in all, the first included. */
  attempts?: number;
  /** Ceiling of the first wait before reopening (the shared backoff: full jitter, doubling, capped). */
  baseDelayMs?: number;
  onResume?: (offset: number, error: unknown) => void;
}

export function resumableDownload(opts: ResumeOptions): Readable {
  const out = new PassThrough({ highWaterMark: 1024 * 1024 });
  const attempts = opts.attempts ?? 5;
  let offset = 0;
  let opened = 0;
  const retryOrFail = (body: Readable | undefined, e: unknown): void => {
    body?.destroy();
    if (opened < attempts && classify(e).kind === 'retry') {
      opts.onResume?.(offset, e);
      setTimeout(() => void pump(), jitteredDelayMs(opened - 1, { baseDelayMs: opts.baseDelayMs ?? REGISTRY_RETRY.baseDelayMs, maxDelayMs: REGISTRY_RETRY.maxDelayMs }));
    } else out.destroy(e as Error);
  };
  const pump = async (): Promise<void> => {
    opened++;
    let body: Readable;
    try {
      body = await opts.open(offset);
    } catch (e) {
      out.destroy(e as Error);
      return;
    }
    let settled = false;
    body.on('data', (c: Buffer) => {
      offset += c.length;
      if (!out.write(c)) {
        body.pause();
        out.once('drain', () => body.resume());
      }
    });
    body.on('error', (e) => {
      if (settled) return;
      settled = true;
      retryOrFail(body, e);
    });
    body.on('end', () => {
      if (settled) return;
      settled = true;
      if (offset < opts.size) retryOrFail(body, Object.assign(new Error(`the download ended at byte ${offset} of ${opts.size}`), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
      else out.end();
    });
  };
  void pump();
  return out;
}
