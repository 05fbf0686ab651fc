/**
 * The one retry policy type, for every transport (registry HTTP, EC2).
 * The numbers differ per transport, the meaning does not.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** First backoff ceiling; doubles each retry (full jitter below it, backoff.ts). */
  baseDelayMs: number;
  /** Largest single wait; a server's Retry-After beyond 4x this gives up instead of waiting. */
  maxDelayMs: number;
  /**
   * No retry starts once this much time has gone by since the first try
   * began: time spent in requests counts as well as backoff, so a server
   * that hangs each try until its deadline still fails in bounded time
   * (about the budget plus one request deadline).
   */
  budgetMs: number;
}

/**
 * Registry requests: 6 tries, backoff from 250 ms doubling up to 15 s, 120 s
 * in all. The budget is tied to the request deadlines in
 * registry/transport/timeouts.ts (a hung registry fails after about the
 * budget plus one deadline); distribute/upload-blobs.ts adds a transfer allowance per blob.
 */
export const REGISTRY_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 250, maxDelayMs: 15_000, budgetMs: 120_000 };

/**
 * Resuming a download: 5 openings in all (the first included), the
 * registry's backoff, and 120 s of recovery. The budget counts from a break
 * until bytes flow again, not from the start: a long healthy transfer has
 * its own deadlines (timeouts.ts) and must not use up the time to recover.
 */
export const RESUME_RETRY: RetryPolicy = { ...REGISTRY_RETRY, attempts: 5 };

/**
 * EC2 requests: 8 tries, backoff from 500 ms doubling up to 20 s. EC2
 * throttles per account with a token bucket that refills by the second
 * (RequestLimitExceeded when many regions or waiters call at once), so it
 * wants more and longer waits than a registry does. The backoff alone sums to
 * under a minute; the 5-minute budget only stops requests that each hang
 * until the SDK gives up on them.
 */
export const EC2_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 500, maxDelayMs: 20_000, budgetMs: 300_000 };

/**
 * Parameter Store requests: 8 tries, backoff from 400 ms doubling up to 10 s.
 * Parameter Store's default throughput is a few tens of transactions per
 * second per account and region, shared by GetParameter and PutParameter;
 * past it every call answers ThrottlingException ("Rate exceeded") until the
 * bucket refills, so the waits are EC2's shape, shorter, with a 2-minute budget.
 */
export const SSM_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 400, maxDelayMs: 10_000, budgetMs: 120_000 };
