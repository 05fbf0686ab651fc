/**
 * Running a builder command: every line goes to the log as it arrives (a build
 * can take minutes), the tail is kept for the error message, and a non-zero
 * exit becomes a BuilderRunError that build.ts turns into a located error.
 *
 * Bounded: the builder reaches registries with no deadline of ours, so a run
 * that neither prints nor works for `stallMs` is stopped (stall-watch.ts says
 * why output and CPU together), and `deadlineMs`, when set, bounds the run in
 * all. Stopping is SIGTERM (buildah and podman clean up their containers on
 * it), then SIGKILL to it and every process under it after a grace period.
 * The last line in the error is not redacted: it is the builder's own output,
 * printed to the log in full already.
 */
import type { ChildProcess } from 'node:child_process';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { run } from '../process.js';
import { BuilderRunError, type BuilderLimits, type BuilderName, type Logger } from './builder.js';
import { descendants, readStats, watchStall, type StallWatchOptions } from './stall-watch.js';

const TAIL_LINES = 400;
/** No output and no CPU in the builder's processes for this long: a hung registry, not a slow step. */
export const DEFAULT_STALL_MS = 10 * 60_000;
const KILL_GRACE_MS = 10_000;

export interface RunBuilderOptions {
  env?: NodeJS.ProcessEnv;
  platform?: string;
  quiet?: boolean;
  /** 0 turns the stall watch off. Default DEFAULT_STALL_MS. */
  stallMs?: number;
  /** The whole run's limit; none when absent or 0. */
  deadlineMs?: number;
  /** For tests: how the watch samples CPU and how often. */
  watch?: Pick<StallWatchOptions, 'cpuTicks' | 'sampleMs'>;
}

/** runBuilder's stall and deadline options for one command of a build bounded by `limits`. */
export function limitsFor(limits: BuilderLimits | undefined, now = Date.now()): Pick<RunBuilderOptions, 'stallMs' | 'deadlineMs'> {
  if (limits === undefined) return {};
  return {
    ...(limits.stallMs !== undefined ? { stallMs: limits.stallMs } : {}),
    // A build already past its deadline still gets a moment, so the error comes from the same place.
    ...(limits.deadlineAt !== undefined ? { deadlineMs: Math.max(1, limits.deadlineAt - now) } : {}),
  };
}

const minutes = (ms: number): string => (ms >= 60_000 ? `${Math.round(ms / 6_000) / 10} min` : `${Math.round(ms / 1000)} s`);

export async function runBuilder(builder: BuilderName, cmd: string, args: readonly string[], log: Logger, opts: RunBuilderOptions = {}): Promise<string> {
  const tail: string[] = [];
  log.debug(`${cmd} ${args.join(' ')}`);
  const stallMs = opts.stallMs ?? DEFAULT_STALL_MS;
  let stopped: { why: 'stall' | 'deadline'; afterMs: number } | undefined;
  let child: ChildProcess | undefined;
  const stop = (why: 'stall' | 'deadline', afterMs: number): void => {
    if (stopped !== undefined || child === undefined) return;
    stopped = { why, afterMs };
    child.kill('SIGTERM');
    const c = child;
    setTimeout(() => void killTree(c), KILL_GRACE_MS).unref();
  };
  let watch: ReturnType<typeof watchStall> | undefined;
  let deadline: NodeJS.Timeout | undefined;
  try {
    const res = await run(cmd, args, {
      env: opts.env ?? process.env,
      maxBuffer: 1024 * 1024,
      onSpawn: (c) => {
        child = c;
        if (stallMs > 0 && c.pid !== undefined) watch = watchStall({ pid: c.pid, stallMs, ...opts.watch, onStall: (quiet) => stop('stall', quiet) });
        if (opts.deadlineMs !== undefined && opts.deadlineMs > 0) {
          const ms = opts.deadlineMs;
          deadline = setTimeout(() => stop('deadline', ms), ms);
          deadline.unref();
        }
      },
      onLine: (line) => {
        watch?.saw();
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        if (opts.quiet !== true) log.info(line);
      },
    });
    if (stopped !== undefined) throw stoppedError(builder, stopped, tail);
    if (res.code !== 0) throw new BuilderRunError(builder, tail.join('\n'), opts.platform);
    return res.stdout;
  } finally {
    watch?.stop();
    if (deadline !== undefined) clearTimeout(deadline);
  }
}

/**
 * SIGKILL the builder and every process under it: a child left alive (a RUN
 * step's process, a helper) would keep the output pipes open and the run
 * would never end. The tree is read before any kill, since killed children
 * are re-parented away from it.
 */
async function killTree(c: ChildProcess): Promise<void> {
  if (c.pid === undefined || c.exitCode !== null || c.signalCode !== null) return;
  const under = descendants((await readStats()) ?? [], c.pid);
  c.kill('SIGKILL');
  for (const pid of under) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
}

function stoppedError(builder: BuilderName, s: { why: 'stall' | 'deadline'; afterMs: number }, tail: readonly string[]): PipelineError {
  const last = [...tail].reverse().find((l) => l.trim() !== '');
  const at = last !== undefined ? ` Its last line: '${preview(last, { max: 160, redact: false })}'.` : '';
  if (s.why === 'deadline') {
    return new PipelineError('BUILDER', `${builder} was stopped after ${minutes(s.afterMs)}: the build-timeout ran out.${at}`, {
      input: 'build-timeout',
      hint: 'Raise build-timeout, or find the step that takes this long.',
    });
  }
  return new PipelineError(
    'BUILDER',
    `${builder} made no progress for ${minutes(s.afterMs)} (no output, and no CPU time in it or any process it started), so it was stopped.${at} A registry it reaches (a base image, a FROM, a cache) may accept connections and never answer.`,
    {
      input: 'stall-timeout',
      hint: 'Check that the registries the build reads are up. If a step really waits this long without output or work (e.g. sleep), raise stall-timeout, or set it to 0 to turn the check off.',
    },
  );
}
