/**
 * The builder watchdog: what /proc says, and runBuilder stopping real
 * processes that hang (silent, no CPU), while a silent busy one and a slow
 * chatty one are left alone. Real child processes; small windows.
 */
import { describe, expect, test } from '@jest/globals';
import { PipelineError } from '../../../shared/src/errors.js';
import { BuilderRunError } from '../../../shared/src/builders/builder.js';
import { runBuilder } from '../../../shared/src/builders/run-builder.js';
import { cpuTicksOf, descendants, parseStat, treeTicks, watchStall } from '../../../shared/src/builders/stall-watch.js';

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
