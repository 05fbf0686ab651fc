/**
 * build -> test -> distribute, chained exactly as a workflow chains the three
 * actions: each action's committed bundle runs as its own process with its
 * own INPUT_* variables, and one step's outputs become the next one's inputs.
 * The local runner (`npm run pipeline`) uses this, so it exercises exactly
 * the separate actions' bundles a workflow runs; the all-in-one action calls
 * the same stages in-process through their typed run() (src/run.ts).
 */
import * as path from 'node:path';
import { PipelineError } from '../../shared/src/errors.js';
import { runActionBundle, type ActionRun } from './run-bundle.js';

export type Stage = 'build-image' | 'test-image' | 'distribute-image';

export interface PipelineInputs {
  build: Record<string, string>;
  test: Record<string, string>;
  distribute: Record<string, string>;
  /** Skip distribute (pull requests, or nothing to push to). */
  push: boolean;
}

export interface PipelineHooks {
  /** Each line a stage prints, as it prints it (workflow commands included). */
  onLine?: (stage: Stage, line: string) => void;
  onStageStart?: (stage: Stage) => void;
  onStageEnd?: (stage: Stage, run: ActionRun) => void;
}

export interface PipelineResult {
  build: ActionRun;
  test: ActionRun;
  distribute?: ActionRun;
  /** The failed stage, when one failed (the ones after it did not run). */
  failed?: Stage;
}

export interface PipelineOptions {
  /** The repository root holding build-image/dist/index.js and the others. */
  actionsRoot: string;
  env: Record<string, string>;
  cwd: string;
  runnerTemp: string;
}

/** Inputs of the next stage from the outputs of the build (pure). */
export function chainInputs(inputs: PipelineInputs, build: Record<string, string>): { test: Record<string, string>; distribute: Record<string, string> } {
  const layout = build.layout;
  if (layout === undefined || layout === '') throw new PipelineError('INTERNAL', 'build-image finished without a layout output');
  return {
    test: { ...inputs.test, image: layout },
    distribute: { ...inputs.distribute, image: layout },
  };
}

export async function runPipeline(inputs: PipelineInputs, opts: PipelineOptions, hooks: PipelineHooks = {}): Promise<PipelineResult> {
  const stage = async (name: Stage, stageInputs: Record<string, string>): Promise<ActionRun> => {
    hooks.onStageStart?.(name);
    const run = await runActionBundle(path.join(opts.actionsRoot, name, 'dist', 'index.js'), {
      inputs: stageInputs,
      env: opts.env,
      cwd: opts.cwd,
      runnerTemp: opts.runnerTemp,
      onLine: (l) => hooks.onLine?.(name, l),
    });
    hooks.onStageEnd?.(name, run);
    return run;
  };
  const build = await stage('build-image', inputs.build);
  if (build.code !== 0) return { build, test: skipped(), failed: 'build-image' };
  const next = chainInputs(inputs, build.outputs);
  const test = await stage('test-image', next.test);
  if (test.code !== 0) return { build, test, failed: 'test-image' };
  if (!inputs.push) return { build, test };
  const distribute = await stage('distribute-image', next.distribute);
  return distribute.code !== 0 ? { build, test, distribute, failed: 'distribute-image' } : { build, test, distribute };
}

const skipped = (): ActionRun => ({ code: -1, outputs: {}, summary: '', log: '' });
