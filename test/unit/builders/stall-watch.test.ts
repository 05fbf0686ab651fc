/**
 * The builder watchdog: what /proc says, and runBuilder stopping real
 * processes that hang (silent, no CPU), while a silent busy one and a slow
 * chatty one are left alone. Real child processes; small windows.
 */
import { describe, expect, test } from '@jest/globals';
import { PipelineError } from '../../../shared/src/errors.js';
import { BuilderRunError } from '../../../shared/src/builders/builder.js';
import { runBuilder } from '../../../shared/src/builders/run-builder.js';
import { cpuTicksOf, descendants, MAX_TREE, parseStat, treeTicks, watchStall } from '../../../shared/src/builders/stall-watch.js';

const quietLog = { info: (): void => undefined, debug: (): void => undefined, warning: (): void => undefined };

describe('/proc/<pid>/stat', () => {
  test('parseStat reads pid, ppid and utime+stime after the last ), whatever the name holds', () => {
    const line = '4242 (we) ird) na me) S 17 4242 4242 0 -1 4194560 100 0 0 0 250 31 0 0 20 0 7 0 1000 0 0';
    expect(parseStat(line)).toEqual({ pid: 4242, ppid: 17, ticks: 281 });
    expect(parseStat('garbage')).toBeUndefined();
    expect(parseStat('12 (x) S')).toBeUndefined();
  });
  test('treeTicks sums a process and all its descendants, not its siblings, and survives a cycle', () => {
    const stats = [
      { pid: 1, ppid: 0, ticks: 1000 },
      { pid: 10, ppid: 1, ticks: 5 },
      { pid: 11, ppid: 10, ticks: 7 },
      { pid: 12, ppid: 11, ticks: 11 },
      { pid: 20, ppid: 1, ticks: 100 },
    ];
    expect(treeTicks(stats, 10)).toBe(23);
    expect(treeTicks([...stats, { pid: 10, ppid: 12, ticks: 5 }], 10)).toBeGreaterThanOrEqual(23);
    expect(treeTicks(stats, 99)).toBe(0);
    expect(descendants(stats, 1)).toEqual([10, 20, 11, 12]);
    expect(descendants(stats, 12)).toEqual([]);
  });
  test('cpuTicksOf this process is a number that grows with work; an unknown pid is undefined', async () => {
    const before = await cpuTicksOf(process.pid);
    expect(typeof before).toBe('number');
    const until = Date.now() + 150;
    let x = 0;
    while (Date.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(await cpuTicksOf(process.pid)).toBeGreaterThan(before as number);
    expect(await cpuTicksOf(2 ** 22 + 12345)).toBeUndefined();
  });
});

/** A /proc/<pid>/stat line as the kernel writes it (utime, stime at fields 14 and 15). */
const statLine = (pid: number, ppid: number, utime: number, stime: number): string =>
  `${pid} (sh) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 1000 0 0`;

/**
 * A synthetic /proc: init, a builder (pid 100) with `siblings` children of 3 ticks each, each with a child of 1 tick,
 * and unrelated processes; as parsed stat lines (or, for the big one, the parsed values directly).
 */
function procTree(siblings: number, viaStat = true): Array<{ pid: number; ppid: number; ticks: number }> {
  const procs: Array<[number, number, number, number]> = [
    [1, 0, 500, 500],
    [100, 1, 40, 2],
  ];
  for (let i = 0; i < siblings; i++) procs.push([1_000 + i, 100, 2, 1]);
  for (let i = 0; i < siblings; i++) procs.push([1_000_000 + i, 1_000 + i, 1, 0]);
  for (let i = 0; i < 1_000; i++) procs.push([3_000_000 + i, 1, 7, 7]);
  if (!viaStat) return procs.map(([pid, ppid, u, s]) => ({ pid, ppid, ticks: u + s }));
  return procs.map((p) => parseStat(statLine(...p))).filter((x): x is NonNullable<typeof x> => x !== undefined);
}

describe('the process walk is linear and bounded (/proc is written by processes we do not control)', () => {
  test('5,000 siblings with a child each: every tick counted once, children before grandchildren', () => {
    const stats = procTree(5_000);
    expect(stats).toHaveLength(11_002);
    const started = Date.now();
    expect(treeTicks(stats, 100)).toBe(42 + 5_000 * 3 + 5_000 * 1);
    const under = descendants(stats, 100);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(under).toHaveLength(10_000);
    expect(under.slice(0, 3)).toEqual([1_000, 1_001, 1_002]);
    expect(under[4_999]).toBe(5_999);
    expect(under[5_000]).toBe(1_000_000);
    expect(new Set(under).size).toBe(10_000);
    expect(treeTicks(stats, 1_000)).toBe(4);
  });

  test('the walk stops at the cap, nearest processes first', () => {
    const stats = procTree(5_000);
    expect(descendants(stats, 100, 1_000)).toEqual(Array.from({ length: 1_000 }, (_, i) => 1_000 + i));
    expect(treeTicks(stats, 100, 1_000)).toBe(42 + 1_000 * 3);
    expect(descendants(stats, 100, 6_000).slice(-2)).toEqual([1_000_000 + 998, 1_000_000 + 999]);
  });

  test(`by default at most MAX_TREE (${MAX_TREE}) processes are walked`, () => {
    const stats = procTree(MAX_TREE + 1_000, false);
    expect(descendants(stats, 100)).toHaveLength(MAX_TREE);
    expect(treeTicks(stats, 100)).toBe(42 + MAX_TREE * 3);
  });
});

describe('watchStall', () => {
  test('fires once after stallMs of no output and no CPU; output or CPU resets the window', async () => {
    let ticks = 0;
    const fired: number[] = [];
    const w = watchStall({ pid: 1, stallMs: 300, sampleMs: 20, cpuTicks: async () => ticks, onStall: (q) => fired.push(q) });
    // 400 ms of CPU moving: no stall.
    for (let i = 0; i < 10; i++) {
      ticks++;
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(fired).toEqual([]);
    // 400 ms of output lines: no stall.
    for (let i = 0; i < 10; i++) {
      w.saw();
      await new Promise((r) => setTimeout(r, 40));
    }
    expect(fired).toEqual([]);
    await new Promise((r) => setTimeout(r, 600));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toBeGreaterThanOrEqual(300);
    w.stop();
  });
});

describe('runBuilder bounds', () => {
  const watch = { sampleMs: 100 };
  test('a silent process using no CPU (a builder blocked on a registry that never answers) is stopped, and says so', async () => {
    const started = Date.now();
    const e = await runBuilder('buildah', 'sh', ['-c', 'echo "Trying to pull 127.0.0.1:5999/base:latest..."; exec sleep 60'], quietLog, {
      stallMs: 800,
      watch,
    }).catch((x: unknown) => x);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(e).toBeInstanceOf(PipelineError);
    expect((e as PipelineError).message).toMatch(
      /buildah made no progress for 1 s .* Its last line: 'Trying to pull 127\.0\.0\.1:5999\/base:latest\.\.\.'\. A registry it reaches/,
    );
    expect((e as PipelineError).input).toBe('stall-timeout');
  });
  test('a silent process that works (a quiet compile) is not a stall; the deadline stops it', async () => {
    const e = await runBuilder('buildah', 'sh', ['-c', 'while :; do :; done'], quietLog, { stallMs: 800, deadlineMs: 2500, watch }).catch((x: unknown) => x);
    expect((e as PipelineError).message).toMatch(/buildah was stopped after 3 s: the build-timeout ran out\./);
    expect((e as PipelineError).input).toBe('build-timeout');
  });
  test('a slow step that prints now and then runs to its end; a failing one is still a BuilderRunError', async () => {
    const out = await runBuilder('podman', 'sh', ['-c', 'for i in 1 2 3 4 5 6; do echo step $i; sleep 0.3; done; echo done'], quietLog, {
      stallMs: 800,
      watch,
    });
    expect(out).toContain('step 6\ndone');
    await expect(runBuilder('podman', 'sh', ['-c', 'echo boom >&2; exit 3'], quietLog, { stallMs: 800, watch })).rejects.toBeInstanceOf(BuilderRunError);
  });
  test('a process that ignores SIGTERM is killed after the grace period', async () => {
    const started = Date.now();
    const e = await runBuilder('buildah', 'sh', ['-c', 'trap "" TERM; sleep 60 & wait; sleep 60'], quietLog, { stallMs: 600, watch }).catch((x: unknown) => x);
    expect((e as PipelineError).message).toContain('made no progress');
    // The grace is 10 s; the orphaned `sleep 60` holding the pipes was killed too, or this would take a minute.
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 40_000);
});
