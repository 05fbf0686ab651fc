/**
 * The one bounded reader for bodies that come from the network (registry
 * answers, token services, package indexes). A server decides how much it
 * sends, and a missing or false Content-Length says nothing, so every body we
 * read or drain stops at a byte cap:
 *
 * - `fail`: the body is data we need whole (a manifest, a token, an index);
 *   past the cap the stream is destroyed and the caller's error is thrown.
 * - `truncate`: the body is only informative (an error body); we keep the
 *   first `max` bytes and hang up instead of reading the rest (the
 *   connection is not reused then).
 * - drainBounded(): the body is unwanted (a drain for connection reuse);
 *   read in flowing mode, nothing kept, hung up on past the cap.
 *
 * `capped()` is the same rule as a stream stage, for bodies that are parsed
 * as they arrive (decompressed package indexes).
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';

/** Caps, in bytes; each names what it bounds. */
export const BODY_CAPS = {
  /** Error bodies and drained bodies: enough for any spec error JSON. */
  drain: 64 * 1024,
  /** Manifests and indexes, as the OCI distribution spec suggests registries accept at least. */
  manifest: 4 * 1024 * 1024,
  /** Token service answers: a JWT with its certificate chain is a few KB. */
  token: 64 * 1024,
} as const;

export interface Bounded {
  bytes: Buffer;
  /** True when the body went on past `max` (truncate mode only). */
  truncated: boolean;
}

export async function readBounded(body: Readable | AsyncIterable<Uint8Array>, max: number, mode: 'truncate'): Promise<Bounded>;
export async function readBounded(body: Readable | AsyncIterable<Uint8Array>, max: number, mode: 'fail', overflow: (max: number) => Error): Promise<Bounded>;
export async function readBounded(
  body: Readable | AsyncIterable<Uint8Array>,
  max: number,
  mode: 'truncate' | 'fail',
  overflow?: (max: number) => Error,
): Promise<Bounded> {
  const parts: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (break or throw) destroys the stream: nothing more is read.
  for await (const raw of body as AsyncIterable<Uint8Array>) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    if (size + chunk.length > max) {
      if (mode === 'fail') throw (overflow as (max: number) => Error)(max);
      parts.push(chunk.subarray(0, max - size));
      return { bytes: Buffer.concat(parts), truncated: true };
    }
    parts.push(chunk);
    size += chunk.length;
  }
  return { bytes: Buffer.concat(parts), truncated: false };
}

/**
 * Drain an unwanted body in flowing mode (no async iterator, no copies), up
 * to `max` bytes; past that the stream is destroyed (we hang up). Resolves
 * once the body ended, failed or was cut; true when it was cut.
 */
export function drainBounded(body: Readable, max: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (body.readableEnded || body.destroyed) {
      resolve(false);
      return;
    }
    let size = 0;
    const done = (cut: boolean): void => {
      body.removeListener('data', onData);
      resolve(cut);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > max) {
        body.destroy();
        done(true);
      }
    };
    body.on('data', onData);
    body.once('end', () => done(false));
    body.once('error', () => done(false));
    body.once('close', () => done(false));
  });
}

/** A pass-through stage that errors with `overflow(max)` as soon as more than `max` bytes have gone by. */
export function capped(max: number, overflow: (max: number) => Error): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
      size += chunk.length;
      if (size > max) cb(overflow(max));
      else cb(null, chunk);
    },
  });
}
