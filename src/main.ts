/**
 * image-pipeline: build -> test -> distribute in one step, by running the
 * three actions' own bundles in turn (shared/src/pipeline). Their log lines
 * and workflow commands pass straight through; their summaries are joined.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { PipelineError } from '../shared/src/errors.js';
import { runnerIO } from '../shared/src/action/io.js';
import { runAction } from '../shared/src/action/run-action.js';
import { runPipeline, type Stage } from '../scripts/local/run-pipeline.js';
import { getInputs } from './context.js';

/** The runner's context for the child actions: GITHUB_*, RUNNER_*, and the rest of the environment. */
function childEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && (e[0].startsWith('GITHUB_') || e[0].startsWith('RUNNER_'))));
}

/** The error lines a failed stage printed, for this step's own failure message. */
function errorsOf(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => l.replace(/^::error[^:]*::/, '').replace(/%0A/g, ' '));
}

await runAction('image-pipeline', runnerIO(), async () => {
  const inputs = getInputs(process.env);
  // The stages mask what they parse (registry passwords, build secrets); the token is ours to mask too.
  const token = process.env['INPUT_GITHUB-TOKEN'];
  if (token !== undefined && token.trim() !== '') core.setSecret(token);
  const actionsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  core.info(`distribute: ${inputs.push ? 'yes' : 'no'} (${inputs.pushReason})`);
  const result = await runPipeline(
    inputs,
    { actionsRoot, env: childEnv(), cwd: process.cwd(), runnerTemp: process.env.RUNNER_TEMP ?? path.join(actionsRoot, '.tmp') },
    {
      onStageStart: (s: Stage) => core.info(`\n=== ${s}`),
      onLine: (_s, line) => process.stdout.write(`${line}\n`),
    },
  );
  const b = result.build.outputs;
  const t = result.test.outputs;
  const d = result.distribute?.outputs ?? {};
  for (const [k, v] of Object.entries({ imageid: b.imageid, layout: b.layout, tags: b.tags, metadata: b.metadata, result: t.result, findings: t.findings, sarif: t.sarif, junit: t.junit, report: t.report, refs: d.refs ?? '[]', digest: d.digest ?? b.digest })) {
    if (v !== undefined) core.setOutput(k, v);
  }
  await core.summary
    .addRaw([result.build.summary, result.test.summary, result.distribute?.summary ?? ''].filter((s) => s !== '').join('\n'))
    .write()
    .catch(() => undefined);
  if (result.failed !== undefined) {
    const run = result.failed === 'build-image' ? result.build : result.failed === 'test-image' ? result.test : result.distribute;
    const why = errorsOf(run?.log ?? '');
    throw new PipelineError('STAGE_FAILED', `${result.failed} failed${why.length > 0 ? `: ${why[why.length - 1]}` : ''}`, { hint: 'Its own messages are in the log above.' });
  }
});
