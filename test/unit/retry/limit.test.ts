import { describe, expect, it } from '@jest/globals';
import { forEachLimited } from '../../../shared/src/retry/limit.js';

/** A promise the test settles by hand, so order is controlled without timers. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('forEachLimited', () => {
  it('never has more than `limit` calls in flight and runs every item once, in order of start', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    });
    expect(peak).toBe(3);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('passes the index with each item', async () => {
    const seen: Array<[string, number]> = [];
    await forEachLimited(['a', 'b', 'c'], 2, async (s, i) => {
      seen.push([s, i]);
    });
    expect(seen.sort()).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('does nothing for no items, and treats a limit below 1 or NaN as 1 (never silently skips work)', async () => {
    let calls = 0;
    await forEachLimited([], 4, async () => {
      calls++;
    });
    expect(calls).toBe(0);
    for (const limit of [0, -2, Number.NaN, 0.5]) {
      let running = 0;
      let peak = 0;
      const done: number[] = [];
      await forEachLimited([1, 2, 3], limit, async (n) => {
        running++;
        peak = Math.max(peak, running);
        await tick();
        running--;
        done.push(n);
      });
      expect(done).toEqual([1, 2, 3]);
      expect(peak).toBe(1);
    }
  });

  it('an unbounded limit runs everything at once', async () => {
    let running = 0;
    let peak = 0;
    await forEachLimited([1, 2, 3, 4], Number.POSITIVE_INFINITY, async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    });
    expect(peak).toBe(4);
  });

  it('on the first failure starts nothing new, waits for the running calls, then rethrows the first error', async () => {
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const finished: number[] = [];
    const first = new Error('first');
    const run = forEachLimited([0, 1, 2, 3, 4, 5], 3, async (n) => {
      started.push(n);
      await (gates[n]?.promise ?? Promise.resolve());
      finished.push(n);
    });
    let settled = false;
    void run.then(
      () => (settled = true),
      () => (settled = true),
    );
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.reject(first);
    await tick();
    // Still running: 0 and 2 are in flight, and nothing new was started.
    expect(settled).toBe(false);
    expect(started).toEqual([0, 1, 2]);
    gates[2]?.reject(new Error('second'));
    await tick();
    expect(settled).toBe(false);
    gates[0]?.resolve();
    await expect(run).rejects.toBe(first);
    expect(started).toEqual([0, 1, 2]);
    expect(finished).toEqual([0]);
  });
});
