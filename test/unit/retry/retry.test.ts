/** The retry loop itself, with a classifier of the test's own (transport tests: registry/transport, aws). */
import { describe, expect, test } from '@jest/globals';
import { withRetry, type Classify, type RetryEvent } from '../../../shared/src/retry/retry.js';

class Flaky extends Error {
  constructor(
    readonly transient: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(transient ? 'transient' : 'fatal');
  }
}
const classify: Classify = (e) =>
  e instanceof Flaky
    ? { retry: e.transient, ...(e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {}), why: e.message }
    : { retry: false, why: 'unknown' };
const policy = { attempts: 4, baseDelayMs: 10, maxDelayMs: 100, budgetMs: 10_000 };

/** A clock that only moves when the loop sleeps, recording each wait. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  const t = { clock: 0, slept: [] as number[] };
  return {
    now: () => t.clock,
    sleep: async (ms: number) => {
      t.slept.push(ms);
      t.clock += ms;
    },
    slept: t.slept,
  };
}

describe('withRetry', () => {
  test('returns the first success, passing the attempt number from 1', async () => {
    const time = fakeTime();
    const seen: number[] = [];
    const v = await withRetry(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 3) throw new Flaky(true);
        return 'ok';
      },
      { policy, classify, ...time, random: () => 1 },
    );
    expect(v).toBe('ok');
    expect(seen).toEqual([1, 2, 3]);
    // Full jitter at its ceiling (random 1): 10, then 20.
    expect(time.slept).toEqual([10, 20]);
  });

  test('reports each retry with the failed attempt, the wait, the error and the reason', async () => {
    const time = fakeTime();
    const events: RetryEvent[] = [];
    const e1 = new Flaky(true);
    await withRetry(
      async (attempt) => {
        if (attempt === 1) throw e1;
        return 1;
      },
      { policy, classify, ...time, random: () => 0.5, onRetry: (e) => events.push(e) },
    );
    expect(events).toEqual([{ attempt: 1, waitMs: 5, error: e1, why: 'transient' }]);
  });

  test('a fatal error is thrown as it is, after one try', async () => {
    const time = fakeTime();
    const fatal = new Flaky(false);
    let n = 0;
    await expect(
      withRetry(
        async () => {
          n++;
          throw fatal;
        },
        { policy, classify, ...time },
      ),
    ).rejects.toBe(fatal);
    expect(n).toBe(1);
    expect(time.slept).toEqual([]);
  });

  test('gives up after `attempts` tries with the last error', async () => {
    const time = fakeTime();
    let n = 0;
    const errors: Flaky[] = [];
    const p = withRetry(
      async () => {
        n++;
        const e = new Flaky(true);
        errors.push(e);
        throw e;
      },
      { policy, classify, ...time },
    );
    const last = await p.catch((x: unknown) => x);
    expect(n).toBe(4);
    expect(last).toBe(errors[3]);
    expect(time.slept).toHaveLength(3);
  });

  test("honours the server's Retry-After over a shorter jitter", async () => {
    const time = fakeTime();
    await withRetry(
      async (attempt) => {
        if (attempt === 1) throw new Flaky(true, 250);
        return 1;
      },
      { policy, classify, ...time, random: () => 0 },
    );
    expect(time.slept).toEqual([250]);
  });

  test('the budget counts time spent inside the tries, not only the waits', async () => {
    const time = fakeTime();
    let clock = 0;
    let n = 0;
    const p = withRetry(
      async () => {
        n++;
        clock += 1000; // each try hangs 1 s before failing
        throw new Flaky(true);
      },
      { policy: { attempts: 100, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 2500 }, classify, now: () => clock, sleep: time.sleep, random: () => 0 },
    );
    await expect(p).rejects.toBeInstanceOf(Flaky);
    expect(n).toBe(3);
  });

  test('an aborted signal stops the loop: no classification, no further try', async () => {
    const abort = new AbortController();
    const e = new Flaky(true);
    let n = 0;
    let classified = 0;
    const p = withRetry(
      async () => {
        n++;
        abort.abort(new Error('stop'));
        throw e;
      },
      { policy, classify: (x) => (classified++, classify(x)), signal: abort.signal, ...fakeTime() },
    );
    await expect(p).rejects.toBe(e);
    expect([n, classified]).toEqual([1, 0]);
  });

  test('an abort during the wait ends it at once with the reason (real sleep, long wait)', async () => {
    const abort = new AbortController();
    const reason = new Error('stop');
    const started = Date.now();
    const p = withRetry(
      async () => {
        throw new Flaky(true);
      },
      {
        policy: { attempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000, budgetMs: 600_000 },
        classify,
        random: () => 1,
        onRetry: () => setImmediate(() => abort.abort(reason)),
        signal: abort.signal,
      },
    );
    await expect(p).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
