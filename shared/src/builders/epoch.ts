/**
 * The time every timestamp in the image is set to, so the same commit builds
 * the same bytes: the commit time of HEAD in the context's repository, else
 * SOURCE_DATE_EPOCH (reproducible-builds.org), else none — then the builder
 * uses the current time and two builds differ (the log says so).
 */
import { PipelineError } from '../errors.js';
import type { Env } from '../action/inputs.js';
import { run } from '../process.js';

export type EpochSource = 'git' | 'SOURCE_DATE_EPOCH' | 'none';

export interface Epoch {
  seconds?: number;
  source: EpochSource;
}

/** Pure: choose between the commit time (if any) and the environment. */
export function chooseEpoch(gitCommitTime: string | undefined, env: Env): Epoch {
  const git = gitCommitTime?.trim();
  if (git !== undefined && /^\d+$/.test(git)) return { seconds: Number(git), source: 'git' };
  const sde = env.SOURCE_DATE_EPOCH?.trim();
  if (sde !== undefined && sde !== '') {
    if (!/^\d+$/.test(sde) || !Number.isSafeInteger(Number(sde))) {
      throw new PipelineError('INPUT', `SOURCE_DATE_EPOCH is '${sde}', not whole seconds since 1970`, {
        hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it.',
      });
    }
    return { seconds: Number(sde), source: 'SOURCE_DATE_EPOCH' };
  }
  return { source: 'none' };
}

/** HEAD's commit time in the repository holding `dir`, or undefined when it is not in one. */
async function gitCommitTime(dir: string): Promise<string | undefined> {
  // safe.directory: on runners the checkout is often owned by another uid, and git would refuse to answer.
  const res = await run('git', ['-c', 'safe.directory=*', '-C', dir, 'log', '-1', '--format=%ct'], { maxBuffer: 4096 }).catch(() => undefined);
  return res !== undefined && res.code === 0 ? res.stdout.trim() : undefined;
}

export async function sourceDateEpoch(dir: string, env: Env): Promise<Epoch> {
  return chooseEpoch(await gitCommitTime(dir), env);
}

export const epochToIso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');
