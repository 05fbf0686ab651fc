/**
 * The one retry loop, for every transport. What is worth another try is the
 * transport's call (`classify`: registry/transport/retry-classify.ts,
 * aws/ec2-errors.ts), decided from typed fields, never message text; how
 * long to wait and when to stop is the policy's (policy.ts, backoff.ts).
 * The error that ends the loop is thrown as it is: translating it is the
 * caller's job. Callers never wrap one withRetry in another.
 */
import { backoffMs } from './backoff.js';
import type { RetryPolicy } from './policy.js';
import { sleep as realSleep } from './sleep.js';

export interface RetryDecision {
  retry: boolean;
  /** The server's Retry-After, honoured up to the policy's cap. */
  retryAfterMs?: number;
  /** Short reason for the log: a status, an error code. */
  why: string;
}

export type Classify = (error: unknown) => RetryDecision;

export interface RetryEvent {
  /** The try that failed, from 1. */
  attempt: number;
  waitMs: number;
  error: unknown;
  why: string;
}

export interface RetryOptions {
  policy: RetryPolicy;
  classify: Classify;
  onRetry?: (e: RetryEvent) => void;
  /** Aborting stops the loop: no new try, and a wait in progress ends at once. */
  signal?: AbortSignal;
  /** For tests: the clock, the wait and the jitter. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Run `fn` until it succeeds, fails for a reason retrying cannot fix, or the policy is spent. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const { policy, signal } = opts;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  const started = now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (signal?.aborted === true) throw e;
      const d = opts.classify(e);
      if (!d.retry || attempt >= policy.attempts) throw e;
      // Time in the failed tries counts: a hung server must not earn a fresh deadline per try forever.
      const wait = backoffMs(attempt - 1, policy, {
        retryAfterMs: d.retryAfterMs,
        spentMs: now() - started,
        ...(opts.random !== undefined ? { random: opts.random } : {}),
      });
      if (wait === undefined) throw e;
      opts.onRetry?.({ attempt, waitMs: wait, error: e, why: d.why });
      await sleep(wait, signal);
    }
  }
}
