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
 * - `discard`: the body is unwanted (a drain for connection reuse); as
 *   `truncate`, keeping nothing.
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

export async function readBounded(body: Readable | AsyncIterable<Uint8Array>, max: number, mode: 'truncate' | 'discard'): Promise<Bounded>;
export async function readBounded(body: Readable | AsyncIterable<Uint8Array>, max: number, mode: 'fail', overflow: (max: number) => Error): Promise<Bounded>;
export async function readBounded(body: Readable | AsyncIterable<Uint8Array>, max: number, mode: 'truncate' | 'discard' | 'fail', overflow?: (max: number) => Error): Promise<Bounded> {
  const parts: Buffer[] = [];
  let size = 0;
  const keep = mode !== 'discard';
  // Leaving the loop early (break or throw) destroys the stream: nothing more is read.
  for await (const raw of body as AsyncIterable<Uint8Array>) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    if (size + chunk.length > max) {
      if (mode === 'fail') throw (overflow as (max: number) => Error)(max);
      if (keep) parts.push(chunk.subarray(0, max - size));
      return { bytes: Buffer.concat(parts), truncated: true };
    }
    if (keep) parts.push(chunk);
    size += chunk.length;
  }
  return { bytes: Buffer.concat(parts), truncated: false };
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
