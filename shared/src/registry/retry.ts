/**
 * The one place that decides whether a failed registry request is worth
 * another try, and how long to wait. Decisions look at the status, the
 * spec's error codes and socket error codes; never at message text.
 *
 * - 408, 429 (honouring Retry-After), 5xx, connection resets/EOF: retry.
 * - BLOB_UPLOAD_UNKNOWN / BLOB_UPLOAD_INVALID: the upload session is gone;
 *   restart that blob's upload from the beginning.
 * - 401, 403, 404 (name/manifest unknown), 400 validation: never retried.
 */
import { isPipelineError } from '../errors.js';
import { RegistryError, type RegistryFailure } from './transport/registry-error.js';

export type Verdict = { kind: 'retry'; afterMs?: number } | { kind: 'restart-upload' } | { kind: 'fatal' };

const RETRY_ERRNO = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'EAI_AGAIN', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET', 'EOF', 'HPE_INVALID_CONSTANT']);
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

export function classify(e: unknown): Verdict {
  if (e instanceof RegistryError) return classifyFailure(e.failure);
  if (isPipelineError(e)) return { kind: 'fatal' }; // digest mismatch, auth, input: retrying cannot help
  const errno = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === 'string') return classifyFailure({ errno });
  return { kind: 'fatal' };
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** First backoff ceiling; doubles each retry. */
  baseMs: number;
  /** Largest single wait. */
  maxDelayMs: number;
  /**
   * No retry starts once this much time has gone by since the first try
   * began: time spent in requests counts as well as backoff, so a server
   * that hangs each try until its deadline still fails in bounded time
   * (about the budget plus one request deadline).
   */
  budgetMs: number;
}

/** 6 tries, backoff from 250 ms doubling up to 15 s, 120 s in all (see timeouts.ts for the request deadlines). */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseMs: 250, maxDelayMs: 15_000, budgetMs: 120_000 };

/**
 * Full-jitter exponential backoff (a random wait up to base * 2^n, capped);
 * a Retry-After wins when larger. Undefined once the budget is spent, which
 * means: give up now.
 */
export function backoffMs(retry: number, verdict: Verdict, policy: RetryPolicy, spentMs: number, random: () => number = Math.random): number | undefined {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** retry);
  let wait = Math.round(random() * ceiling);
  if (verdict.kind === 'retry' && verdict.afterMs !== undefined) wait = Math.max(wait, verdict.afterMs);
  if (wait > policy.maxDelayMs * 4 || spentMs + wait > policy.budgetMs) return undefined;
  return wait;
}

export interface RetryEvent {
  attempt: number;
  waitMs: number;
  error: unknown;
}

/**
 * Run `op` until it succeeds, fails for a reason that retrying cannot fix,
 * or the policy is spent. `restartable` says whether an upload-session loss
 * can be handled by running `op` again (true at the blob level only).
 */
export async function withRetry<T>(
  op: (attempt: number) => Promise<T>,
  opts: { policy?: RetryPolicy; restartable?: boolean; onRetry?: (e: RetryEvent) => void; sleep?: (ms: number) => Promise<void>; now?: () => number } = {},
): Promise<T> {
  const policy = opts.policy ?? DEFAULT_RETRY;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = opts.now ?? Date.now;
  const started = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await op(attempt);
    } catch (e) {
      const verdict = classify(e);
      const again = verdict.kind === 'retry' || (verdict.kind === 'restart-upload' && opts.restartable === true);
      if (!again || attempt >= policy.attempts) throw e;
      // Time in the failed tries counts: a hung server must not earn a fresh deadline per try forever.
      const wait = backoffMs(attempt - 1, verdict, policy, now() - started);
      if (wait === undefined) throw e;
      opts.onRetry?.({ attempt, waitMs: wait, error: e });
      await sleep(wait);
    }
  }
}
