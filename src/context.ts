/**
 * Inputs of the all-in-one action, split into the three actions' inputs
 * (pure). Only inputs the user set are passed on, so each action's own
 * defaults stay in one place: its action.yml and context.ts.
 */
import { getEnum, getInput, type Env } from '../shared/src/action/inputs.js';
import type { PipelineInputs } from '../scripts/local/run-pipeline.js';

export const BUILD_INPUTS = ['context', 'file', 'target', 'build-args', 'secrets', 'labels', 'annotations', 'tags', 'platforms', 'builder', 'output'] as const;
export const TEST_INPUTS = ['policy', 'rules', 'fail-on', 'sarif', 'junit', 'dockerfile', 'command-network', 'command-privileges', 'allow-outside-workspace', 'github-token'] as const;
export const DISTRIBUTE_INPUTS = ['destinations', 'tags', 'registry-auth', 'github-token', 'insecure-registries', 'concurrency'] as const;

/** Inputs whose values are secrets, masked before anything runs. */
export const SECRET_INPUTS = ['github-token'] as const;

function pick(env: Env, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = getInput(env, n, { trim: false });
    if (v.trim() !== '') out[n] = v;
  }
  return out;
}

export interface RootInputs extends PipelineInputs {
  pushReason: string;
}

export function getInputs(env: Env): RootInputs {
  const push = getEnum(env, 'push', ['auto', 'true', 'false'] as const, 'auto');
  const distribute = pick(env, DISTRIBUTE_INPUTS);
  const hasDestinations = (distribute.destinations ?? '').split(/[\n,]/).some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const isPullRequest = env.GITHUB_EVENT_NAME === 'pull_request' || env.GITHUB_EVENT_NAME === 'pull_request_target';
  let doPush: boolean;
  let pushReason: string;
  if (push === 'false') [doPush, pushReason] = [false, "push is 'false'"];
  else if (!hasDestinations) [doPush, pushReason] = [false, 'no destinations given'];
  else if (push === 'auto' && isPullRequest) [doPush, pushReason] = [false, 'pull requests build and test only'];
  else [doPush, pushReason] = [true, push === 'true' ? "push is 'true'" : `event ${env.GITHUB_EVENT_NAME ?? 'local'}`];
  return { build: pick(env, BUILD_INPUTS), test: pick(env, TEST_INPUTS), distribute, push: doPush, pushReason };
}
