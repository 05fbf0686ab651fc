/**
 * Content digests (image-spec descriptor.md#digests): parsed, computed, and
 * verified while streaming, so no blob is trusted before it has been hashed.
 */
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { err, ok, type Result } from '../result.js';

export type DigestAlgorithm = 'sha256' | 'sha512';

/** A digest string checked by `parseDigest`; the brand keeps unchecked strings out. */
export type Digest = string & { readonly __digest: unique symbol };

const ENCODED_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha512: 128 };
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;

export function parseDigest(text: string): Result<Digest> {
  const m = DIGEST_RE.exec(text);
  if (m === null) {
    return err(
      new PipelineError('INPUT', `'${preview(text, { max: 140, redact: false })}' is not a digest`, { hint: 'A digest looks like sha256:<64 hex digits>.' }),
    );
  }
  const algorithm = m[1] as string;
  const encoded = m[2] as string;
  if (algorithm !== 'sha256' && algorithm !== 'sha512') {
    return err(
      new PipelineError('UNSUPPORTED', `digest algorithm '${preview(algorithm, { redact: false })}' is not supported`, { hint: 'Use sha256 or sha512.' }),
    );
  }
  if (encoded.length !== ENCODED_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(encoded)) {
    return err(
      new PipelineError('INPUT', `'${preview(text, { max: 140, redact: false })}' is not a valid ${algorithm} digest`, {
        hint: `The encoded part must be ${ENCODED_LENGTH[algorithm]} lowercase hex digits.`,
      }),
    );
  }
  return ok(text as Digest);
}

export const algorithmOf = (d: Digest): DigestAlgorithm => d.slice(0, d.indexOf(':')) as DigestAlgorithm;
export const encodedOf = (d: Digest): string => d.slice(d.indexOf(':') + 1);

export function digestBytes(data: Uint8Array | string, algorithm: DigestAlgorithm = 'sha256'): Digest {
  return `${algorithm}:${createHash(algorithm).update(data).digest('hex')}` as Digest;
}

/** The error for bytes that are not the digest they should be: one wording for every check. */
export function digestMismatch(what: string, got: Digest | string, expected: Digest): PipelineError {
  return new PipelineError('DIGEST_MISMATCH', `${what} has digest ${got}, expected ${expected}`, {
    hint: 'The blob is corrupt or was tampered with; rebuild or re-pull the image.',
  });
}

/** Counts and hashes bytes as they pass. */
export class DigestCounter {
  private readonly hash: Hash;
  size = 0;
  constructor(readonly algorithm: DigestAlgorithm = 'sha256') {
    this.hash = createHash(algorithm);
  }
  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.size += chunk.length;
  }
  digest(): Digest {
    return `${this.algorithm}:${this.hash.digest('hex')}` as Digest;
  }
}

/**
 * A pass-through stream that fails at its end when the bytes do not match the
 * expected digest or size, and fails early once more bytes than expected pass.
 * `what` names the blob in the error (e.g. "layer 2 of ghcr.io/a/b").
 *
 * The last chunk is held back until the digest is checked: whoever consumes
 * the stream (a monolithic upload whose registry commits on its last byte, a
 * file written whole) never gets all of a blob that does not verify.
 */
export class VerifyingStream extends Transform {
  private readonly counter: DigestCounter;
  private held: Buffer | undefined;
  constructor(
    private readonly expected: { digest: Digest; size?: number },
    private readonly what: string,
  ) {
    super();
    this.counter = new DigestCounter(algorithmOf(expected.digest));
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.counter.update(chunk);
    const size = this.expected.size;
    if (size !== undefined && this.counter.size > size) {
      cb(
        new PipelineError('SIZE_MISMATCH', `${this.what} is larger than its descriptor says (${size} bytes)`, {
          hint: 'The blob is corrupt or was replaced; rebuild or re-pull the image.',
        }),
      );
      return;
    }
    // An empty chunk (a writer may send one) must not take the held one's place, or the last bytes would pass unchecked.
    if (chunk.length === 0) {
      cb();
      return;
    }
    const previous = this.held;
    this.held = chunk;
    cb(null, previous);
  }

  override _flush(cb: TransformCallback): void {
    const size = this.expected.size;
    if (size !== undefined && this.counter.size !== size) {
      cb(
        new PipelineError('SIZE_MISMATCH', `${this.what} has ${this.counter.size} bytes, its descriptor says ${size}`, {
          hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
        }),
      );
      return;
    }
    const got = this.counter.digest();
    if (got !== this.expected.digest) {
      cb(digestMismatch(this.what, got, this.expected.digest));
      return;
    }
    const last = this.held;
    this.held = undefined;
    cb(null, last);
  }
}

/** Check a whole buffer against a descriptor. */
export function verifyBytes(data: Uint8Array, expected: { digest: Digest; size?: number }, what: string): void {
  if (expected.size !== undefined && data.length !== expected.size) {
    throw new PipelineError('SIZE_MISMATCH', `${what} has ${data.length} bytes, its descriptor says ${expected.size}`, {
      hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
    });
  }
  const got = digestBytes(data, algorithmOf(expected.digest));
  if (got !== expected.digest) {
    throw digestMismatch(what, got, expected.digest);
  }
}
