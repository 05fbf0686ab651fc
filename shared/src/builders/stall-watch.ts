/**
 * Telling a hung builder from a busy one. buildah and podman reach registries
 * themselves (base images, every FROM, cache lookups and exports) with no
 * deadline of ours: a registry that accepts the connection and never answers
 * hangs them for ever, silently. A long silent step (a compile printing
 * nothing) is also silent, so silence alone proves nothing. What differs is
 * work: a compile, a download or a decompression burns CPU in the builder or
 * its children; a process blocked on a dead socket burns none (measured here:
 * buildah waiting on a silent registry used 0 clock ticks in 50 s). So the
 * builder is stalled when, for the whole window, it printed nothing AND its
 * process tree used no CPU time.
 *
 * Linux only (/proc); elsewhere cpuTicksOf answers undefined and the watch
 * only counts silence against the overall deadline.
 */
import * as fs from 'node:fs/promises';

/** The pid, parent pid and CPU ticks (user + system) of one /proc/<pid>/stat line. */
export function parseStat(text: string): { pid: number; ppid: number; ticks: number } | undefined {
  // The command name is in parentheses and may itself hold spaces or ')': the fields start after the last ')'.
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text.slice(0, text.indexOf(' ')), 10);
  const f = text
    .slice(close + 2)
    .trim()
    .split(' ');
  // After the name: state(0) ppid(1) pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(11) stime(12).
  const ppid = Number.parseInt(f[1] ?? '', 10);
  const ticks = Number.parseInt(f[11] ?? '', 10) + Number.parseInt(f[12] ?? '', 10);
  return Number.isFinite(pid) && Number.isFinite(ppid) && Number.isFinite(ticks) ? { pid, ppid, ticks } : undefined;
}

type Stat = { pid: number; ppid: number; ticks: number };

/**
 * Most processes walked under one builder. /proc describes processes we do
 * not control (a RUN step may fork without end), so the walk is bounded; a
 * real build runs hundreds at most. Past the cap the sum covers the first
 * MAX_TREE (nearest first), which still moves while they work.
 */
export const MAX_TREE = 32_768;

/** Most /proc entries read per look (pids beyond it are not seen), and how many stat files are open at once. */
const MAX_STATS = 65_536;
const READ_BATCH = 256;

/**
 * Pure: `root`'s descendants (not root), children before grandchildren, each
 * once, at most `max`. Linear in the number of stat lines: children are
 * indexed by parent once, and lists grow in place.
 */
export function descendants(stats: ReadonlyArray<Pick<Stat, 'pid' | 'ppid'>>, root: number, max = MAX_TREE): number[] {
  const children = new Map<number, number[]>();
  for (const s of stats) {
    const list = children.get(s.ppid);
    if (list === undefined) children.set(s.ppid, [s.pid]);
    else list.push(s.pid);
  }
  const out: number[] = [];
  const seen = new Set<number>([root]);
  // Breadth first: `out` is also the queue; next is the index of the parent whose children come next.
  for (let next = -1; next < out.length && out.length < max; next++) {
    for (const pid of children.get(next < 0 ? root : (out[next] as number)) ?? []) {
      if (seen.has(pid)) continue;
      seen.add(pid);
      out.push(pid);
      if (out.length >= max) break;
    }
  }
  return out;
}

/** Pure: the CPU ticks of `root` and its descendants (at most `max` of them), from parsed stat lines. */
export function treeTicks(stats: ReadonlyArray<Stat>, root: number, max = MAX_TREE): number {
  const ticksOf = new Map(stats.map((s) => [s.pid, s.ticks]));
  let sum = ticksOf.get(root) ?? 0;
  for (const pid of descendants(stats, root, max)) sum += ticksOf.get(pid) ?? 0;
  return sum;
}

/** Every process's stat line that could be read (undefined where there is no /proc), at most MAX_STATS of them. */
export async function readStats(): Promise<Stat[] | undefined> {
  let names: string[];
  try {
    names = await fs.readdir('/proc');
  } catch {
    return undefined;
  }
  const pids = names.filter((n) => /^\d+$/.test(n)).slice(0, MAX_STATS);
  const stats: Stat[] = [];
  for (let i = 0; i < pids.length; i += READ_BATCH) {
    const batch = await Promise.all(
      pids.slice(i, i + READ_BATCH).map(async (n) => {
        // A process may exit between readdir and read; each stat line is a few hundred bytes.
        const text = await fs.readFile(`/proc/${n}/stat`, 'utf8').catch(() => '');
        return parseStat(text.slice(0, 4096));
      }),
    );
    for (const s of batch) if (s !== undefined) stats.push(s);
  }
  return stats;
}

/** CPU ticks used so far by `pid` and its descendants; undefined where /proc cannot tell. */
export async function cpuTicksOf(pid: number): Promise<number | undefined> {
  const known = await readStats();
  return known?.some((s) => s.pid === pid) === true ? treeTicks(known, pid) : undefined;
}

export interface StallWatchOptions {
  pid: number;
  /** No output and no CPU for this long means stalled. */
  stallMs: number;
  /** How often to look (default: a tenth of stallMs, between 1 s and 30 s). */
  sampleMs?: number;
  onStall: (quietMs: number) => void;
  /** For tests. */
  cpuTicks?: (pid: number) => Promise<number | undefined>;
  now?: () => number;
}

export interface StallWatch {
  /** Call on every line of output: the builder is alive. */
  saw(): void;
  stop(): void;
}

/** Watch a running builder; calls onStall once when it has neither printed nor worked for stallMs. */
export function watchStall(opts: StallWatchOptions): StallWatch {
  const now = opts.now ?? Date.now;
  const ticksOf = opts.cpuTicks ?? cpuTicksOf;
  const sample = opts.sampleMs ?? Math.min(30_000, Math.max(1_000, Math.floor(opts.stallMs / 10)));
  let lastSign = now();
  let lastTicks: number | undefined;
  let stopped = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    void ticksOf(opts.pid)
      .then((ticks) => {
        if (stopped) return;
        if (ticks !== undefined && ticks !== lastTicks) {
          if (lastTicks !== undefined) lastSign = now();
          lastTicks = ticks;
        }
        const quiet = now() - lastSign;
        if (quiet >= opts.stallMs) {
          stopped = true;
          clearInterval(timer);
          opts.onStall(quiet);
        }
      })
      .finally(() => {
        busy = false;
      });
  }, sample);
  timer.unref();
  return {
    saw: () => {
      lastSign = now();
    },
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
