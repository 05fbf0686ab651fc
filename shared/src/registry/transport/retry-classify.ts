/**
 * Which failed registry requests are worth another try. Decisions look at
 * the status, the spec's error codes and socket error codes; never at
 * message text. The loop and the waits are retry/retry.ts's.
 *
 * - 408, 429 (honouring Retry-After), 5xx, connection resets/EOF: retry.
 * - BLOB_UPLOAD_UNKNOWN / BLOB_UPLOAD_INVALID: the upload session is gone;
 *   restart that blob's upload from the beginning.
 * - 401, 403, 404 (name/manifest unknown), 400 validation: never retried.
 * - A monolithic PUT refused as a mode the registry does not take
 *   (refusesMonolithic; MonolithicRefused): never retried, whatever codes
 *   come with it; the caller sends the blob as a PATCH instead.
 * - MANIFEST_BLOB_UNKNOWN on a manifest PUT whose blobs the caller has just
 *   verified present: retried by blobRaceClassify only (see there).
 */
import { isPipelineError } from '../../errors.js';
import type { Classify, RetryDecision } from '../../retry/retry.js';
import { MonolithicRefused, RegistryError, type RegistryFailure } from './registry-error.js';

export type Verdict = { kind: 'retry'; afterMs?: number } | { kind: 'restart-upload' } | { kind: 'fatal' };

const RETRY_ERRNO = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_SOCKET',
  // undici's own deadlines (fetch: the Packer release files, release-fetch.ts): a connect, headers or body that did
  // not come in time is as transient as ETIMEDOUT.
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'EOF',
  'HPE_INVALID_CONSTANT',
]);
const RESTART_CODES = new Set(['BLOB_UPLOAD_UNKNOWN', 'BLOB_UPLOAD_INVALID']);

export function classifyFailure(f: RegistryFailure): Verdict {
  if (f.codes !== undefined && f.codes.some((c) => RESTART_CODES.has(c))) return { kind: 'restart-upload' };
  if (f.errno !== undefined) return RETRY_ERRNO.has(f.errno) ? { kind: 'retry' } : { kind: 'fatal' };
  const s = f.status;
  if (s === undefined) return { kind: 'fatal' };
  if (s === 408 || s === 429 || (s >= 500 && s <= 599 && s !== 501 && s !== 505)) {
    return f.retryAfterMs !== undefined ? { kind: 'retry', afterMs: f.retryAfterMs } : { kind: 'retry' };
  }
  return { kind: 'fatal' };
}

/** The failure data of any error a registry request can end with. */
function failureOf(e: unknown): RegistryFailure | undefined {
  if (e instanceof RegistryError) return e.failure;
  if (isPipelineError(e)) return undefined; // digest mismatch, auth, input: retrying cannot help
  const errno = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof errno === 'string' ? { errno } : undefined;
}

export function classify(e: unknown): Verdict {
  const f = failureOf(e);
  return f === undefined ? { kind: 'fatal' } : classifyFailure(f);
}

/**
 * Whether a failed monolithic PUT (POST, then PUT ?digest= carrying the
 * blob) says the registry does not take that mode: 405 or 501, or the
 * spec's UNSUPPORTED below 500. Pure.
 */
export function refusesMonolithic(e: unknown): boolean {
  if (!(e instanceof RegistryError) || e.code === 'AUTH') return false;
  const { status, codes = [] } = e.failure;
  // A 5xx is the registry's trouble (retried as such), not an answer about the mode; 501 says it does not implement it.
  return status === 405 || status === 501 || (codes.includes('UNSUPPORTED') && status !== undefined && status < 500);
}

/**
 * The classifier withRetry takes for registry requests. `restartable` says
 * whether an upload-session loss can be handled by running the operation
 * again (true at the blob level only, distribute/upload-blobs.ts).
 */
export function registryClassify(opts: { restartable?: boolean } = {}): Classify {
  return (e: unknown): RetryDecision => {
    // An answer about the upload mode, not a fault: a code beside it (BLOB_UPLOAD_INVALID) must not read as a lost session.
    if (e instanceof MonolithicRefused) return { retry: false, why: 'the registry does not take a blob in one PUT' };
    return decide(failureOf(e), opts.restartable === true);
  };
}

/**
 * withRetry's decision on a failure's data (undefined: nothing says another
 * try could help), by classifyFailure's rules: the one mapping for the
 * registry's requests and for other HTTP fetches that extract their own
 * failure data (builders/packer/release-fetch.ts). `restartable`: a lost
 * upload session is healed by running the operation again.
 */
export function decide(f: RegistryFailure | undefined, restartable = false): RetryDecision {
  const v = f === undefined ? ({ kind: 'fatal' } as const) : classifyFailure(f);
  const why = f === undefined ? 'not retryable' : (f.codes?.[0] ?? f.errno ?? (f.status !== undefined ? `HTTP ${f.status}` : 'unknown'));
  if (v.kind === 'retry') return v.afterMs !== undefined ? { retry: true, retryAfterMs: v.afterMs, why } : { retry: true, why };
  return { retry: v.kind === 'restart-upload' && restartable, why };
}

/**
 * A manifest PUT refused with MANIFEST_BLOB_UNKNOWN although every blob it
 * names was uploaded and checked present a moment before. distribution's
 * filesystem driver rewrites a repository's blob link in place (truncate,
 * then write) when another push of the same blob commits, so for a moment
 * the link reads empty and the blob is "unknown"; registries on eventually
 * consistent storage show the same. Only callers that verified the blobs
 * (distribute/put-manifests.ts, through putManifest's `blobsVerified`) use
 * this: elsewhere the code means what it says, and the referrers fallback
 * relies on it to prune an entry whose manifest is gone.
 */
export function blobRaceClassify(): Classify {
  const base = registryClassify();
  return (e: unknown): RetryDecision => {
    const codes = e instanceof RegistryError ? (e.failure.codes ?? []) : [];
    if (codes.includes('MANIFEST_BLOB_UNKNOWN') || codes.includes('BLOB_UNKNOWN'))
      return { retry: true, why: 'MANIFEST_BLOB_UNKNOWN after the blobs were verified' };
    return base(e);
  };
}
