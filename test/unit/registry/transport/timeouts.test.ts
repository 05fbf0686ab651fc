import { describe, expect, test } from '@jest/globals';
import {
  DEFAULT_TIMEOUTS,
  deadlineFor,
  formatRate,
  requestTiming,
  timeoutsWith,
  windowFloorBytes,
} from '../../../../shared/src/registry/transport/timeouts.js';

describe('timeouts', () => {
  test('the defaults: idle 60 s, request 120 s, 256 KiB/s checked over 30 s windows', () => {
    expect(DEFAULT_TIMEOUTS).toEqual({ idleMs: 60_000, requestMs: 120_000, minBytesPerSecond: 256 * 1024, stallWindowMs: 30_000 });
    expect(windowFloorBytes(DEFAULT_TIMEOUTS)).toBe(30 * 256 * 1024);
  });

  test('a blob deadline grows with its declared size; the floor window does not', () => {
    const t = timeoutsWith({ minBytesPerSecond: 1024, stallWindowMs: 1000 });
    expect(deadlineFor(t, 1024 * 1024)).toBe(120_000 + 1024_000);
    expect(windowFloorBytes(t)).toBe(1024);
    expect(windowFloorBytes({ minBytesPerSecond: 1000, stallWindowMs: 1500 })).toBe(1500);
  });

  test('the stall window is validated like the other values', () => {
    expect(() => timeoutsWith({ stallWindowMs: 0 })).toThrow('timeouts.stallWindowMs must be a positive number, got 0');
    expect(() => timeoutsWith({ stallWindowMs: Number.NaN })).toThrow('timeouts.stallWindowMs must be a positive number, got NaN');
  });

  test('rates are written for people', () => {
    expect(formatRate(256 * 1024)).toBe('256 KiB/s');
    expect(formatRate(64 * 1024 * 1024)).toBe('64 MiB/s');
    expect(formatRate(1536)).toBe('1.5 KiB/s');
    expect(formatRate(100)).toBe('100 B/s');
  });

  test("one request's time fields carry the caller's settings, floor and window included", () => {
    const t = timeoutsWith({ idleMs: 5_000, requestMs: 7_000, minBytesPerSecond: 1024, stallWindowMs: 2_000 });
    expect(requestTiming(t)).toEqual({ deadlineMs: 7_000, idleTimeoutMs: 5_000, minBytesPerSecond: 1024, stallWindowMs: 2_000 });
    expect(requestTiming(t, 4096).deadlineMs).toBe(7_000 + 4_000);
  });
});
