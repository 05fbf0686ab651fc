/**
 * The one backoff: full jitter (a random wait between 0 and a ceiling that
 * doubles each retry, capped), so many clients failing together do not come
 * back in step. A server's Retry-After is honoured when it asks for longer,
 * up to a cap; past the cap, or past the policy's budget, the answer is
 * "give up now" (undefined) rather than a wait the caller cannot afford.
 */
import type { RetryPolicy } from './policy.js';

/** Full jitter under `base * 2^retry`, capped at `maxDelayMs`. `retry` counts from 0. */
export function jitteredDelayMs(retry: number, p: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  // The exponent stops at 30 (a billion times the base is past any cap), so no base of 0 times Infinity.
  const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.round(random() * ceiling);
}

export interface BackoffContext {
  /** What the server asked for (Retry-After), if anything. */
  retryAfterMs?: number | undefined;
  /** Time gone since the first try began, requests included. */
  spentMs?: number;
  random?: () => number;
}

/** Wait before retry number `retry` (from 0), or undefined: give up now. */
export function backoffMs(retry: number, policy: RetryPolicy, ctx: BackoffContext = {}): number | undefined {
  let wait = jitteredDelayMs(retry, policy, ctx.random);
  if (ctx.retryAfterMs !== undefined) wait = Math.max(wait, ctx.retryAfterMs);
  // A Retry-After of hours (hostile or misconfigured) fails now instead of hanging the job.
  if (wait > policy.maxDelayMs * 4 || (ctx.spentMs ?? 0) + wait > policy.budgetMs) return undefined;
  return wait;
}
