import { describe, expect, test } from '@jest/globals';
import { backoffMs, jitteredDelayMs } from '../../../shared/src/retry/backoff.js';

const policy = { attempts: 6, baseDelayMs: 100, maxDelayMs: 1000, budgetMs: 5000 };

describe('backoff', () => {
  test('full jitter under a doubling ceiling, capped', () => {
    expect(backoffMs(0, policy, { spentMs: 0, random: () => 1 })).toBe(100);
    expect(backoffMs(3, policy, { spentMs: 0, random: () => 1 })).toBe(800);
    expect(backoffMs(10, policy, { spentMs: 0, random: () => 1 })).toBe(1000);
    expect(backoffMs(3, policy, { spentMs: 0, random: () => 0.5 })).toBe(400);
  });
  test('jitter stays within [0, ceiling] for any random draw', () => {
    for (const r of [0, 0.001, 0.25, 0.5, 0.999, 1]) {
      for (let retry = 0; retry < 12; retry++) {
        const w = jitteredDelayMs(retry, policy, () => r);
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThanOrEqual(Math.min(1000, 100 * 2 ** retry));
      }
    }
    expect(jitteredDelayMs(2, policy, () => 0)).toBe(0);
  });
  test('a huge retry count or a base of 0 never gives NaN or Infinity', () => {
    expect(jitteredDelayMs(5000, policy, () => 1)).toBe(1000);
    expect(jitteredDelayMs(5000, { baseDelayMs: 0, maxDelayMs: 1000 }, () => 1)).toBe(0);
  });
  test('Retry-After wins when longer; the budget bounds the total', () => {
    expect(backoffMs(0, policy, { retryAfterMs: 2000, spentMs: 0, random: () => 0 })).toBe(2000);
    expect(backoffMs(0, policy, { retryAfterMs: 2000, spentMs: 4000, random: () => 0 })).toBeUndefined();
    expect(backoffMs(0, policy, { retryAfterMs: 60_000, spentMs: 0, random: () => 0 })).toBeUndefined();
  });
  test('Retry-After is honoured up to 4x the largest wait, and a shorter one does not shorten the jitter', () => {
    expect(backoffMs(0, policy, { retryAfterMs: 4000, random: () => 0 })).toBe(4000);
    expect(backoffMs(0, policy, { retryAfterMs: 4001, random: () => 0 })).toBeUndefined();
    expect(backoffMs(3, policy, { retryAfterMs: 10, random: () => 1 })).toBe(800);
  });
  test('time already spent counts: a wait that would cross the budget is refused', () => {
    expect(backoffMs(0, policy, { spentMs: 4900, random: () => 1 })).toBe(100);
    expect(backoffMs(0, policy, { spentMs: 4901, random: () => 1 })).toBeUndefined();
  });
});
