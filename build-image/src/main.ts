/**
 * build-image: read inputs, build, write outputs and the job summary. The
 * work happens in shared/src/build; this file only wires it to the runner.
 */
import * as core from '@actions/core';
import { buildImage, type BuildReport } from '../../shared/src/builders/build.js';
import { buildSummary, failureSummary } from '../../shared/src/builders/summary.js';
import { messageOf } from '../../shared/src/errors.js';
import { runAction } from '../../shared/src/action/run-action.js';
import { readEvent } from '../../shared/src/github/event.js';
import { runnerIO } from '../../shared/src/action/io.js';
const writeJobSummary = (m: string) => runnerIO().summary(m);
import { getInputs } from './context.js';
import { kindOf, runMachineBuild } from './machine.js';

function setOutputs(r: BuildReport): void {
  core.setOutput('digest', r.digest);
  core.setOutput('imageid', r.imageid);
  core.setOutput('layout', r.layout);
  core.setOutput('tags', r.tags.join('\n'));
  core.setOutput('metadata', JSON.stringify(r));
}

await runAction('build-image', runnerIO(), async () => {
  if (kindOf(process.env) === 'machine') {
    await runMachineBuild(process.env);
    return;
  }
  try {
    const inputs = getInputs(process.env);
    // Masked before anything can print them.
    for (const v of inputs.secrets.values()) if (v !== '') core.setSecret(v);
    const report = await buildImage(
      {
        context: inputs.context,
        ...(inputs.file !== undefined ? { file: inputs.file } : {}),
        ...(inputs.target !== undefined ? { target: inputs.target } : {}),
        buildArgs: inputs['build-args'],
        secrets: inputs.secrets,
        labels: inputs.labels,
        annotations: inputs.annotations,
        tags: inputs.tags,
        platforms: inputs.platforms,
        builder: inputs.builder,
        output: inputs.output,
        env: process.env,
        event: await readEvent(process.env),
      },
      { log: { info: core.info, debug: core.debug, warning: (m) => core.warning(m) } },
    );
    setOutputs(report);
    core.info(`Built ${report.digest} (${report.platforms.join(', ')}) into ${report.layout}, tags: ${report.tags.join(', ')}`);
    await writeJobSummary(buildSummary(report));
  } catch (e) {
    // The summary says what failed before runAction reports it and ends the step.
    await writeJobSummary(failureSummary(messageOf(e)));
    throw e;
  }
});
