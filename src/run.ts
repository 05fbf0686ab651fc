/**
 * image-pipeline: build -> test -> distribute in one step, calling the three
 * actions in this process through their typed interface (run(inputs, io) ->
 * outputs). They share this step's io, so their log lines, annotations and
 * job summaries are this step's; only their outputs are kept to themselves,
 * and this action sets its own (action.yml) from their typed results.
 *
 * A stage that fails (its error, or its verdict: test-image's policy, a
 * destination distribute-image could not push to) ends the pipeline; the
 * outputs of the stages that ran are still set, then `verdict` fails the step
 * naming the stage, with the stage's own message and hint.
 */
import type { ActionIO } from '../shared/src/action/io.js';
import { runChecked, type Action } from '../shared/src/action/run-action.js';
import { failureSummary as stepFailure } from '../shared/src/report/summary/failure.js';
import { isPipelineError, messageOf, PipelineError } from '../shared/src/errors.js';
import { outputsOf as buildOutputsOf, type Outputs as BuildOutputs } from '../build-image/src/outputs.js';
import { outputsOf as testOutputsOf, type Outputs as TestOutputs } from '../test-image/src/outputs.js';
import { outputsOf as distributeOutputsOf, type Outputs as DistributeOutputs } from '../distribute-image/src/outputs.js';
import { secretsOf as buildSecretsOf } from '../build-image/src/secrets.js';
import { secretsOf as testSecretsOf } from '../test-image/src/secrets.js';
import { secretsOf as distributeSecretsOf } from '../distribute-image/src/secrets.js';
import { getInputs, type Inputs } from './context.js';
import { defaultBranchOf, defaultCache } from '../shared/src/builders/cache-default.js';
import { parseCacheSpecs } from '../shared/src/builders/cache-spec.js';
import { readEvent } from '../shared/src/github/event.js';
import type { ContainerInputs as BuildInputs } from '../build-image/src/context.js';
import type { ContainerInputs as DistributeInputs } from '../distribute-image/src/context.js';

export interface Outputs {
  build?: BuildOutputs;
  test?: TestOutputs;
  distribute?: DistributeOutputs;
  /** The stage that failed, as this step's failure; the stages after it did not run. */
  failure?: PipelineError;
}

/**
 * The io the stages share: this step's, except that their outputs stay theirs
 * (the root's are named in its own action.yml) and a secret already masked
 * (all of them are, before the first stage) is not announced again.
 */
const stageIO = (io: ActionIO, masked: Set<string>): ActionIO => ({
  ...io,
  setOutput: () => undefined,
  mask: (secret) => {
    if (masked.has(secret)) return;
    masked.add(secret);
    io.mask(secret);
  },
});

/**
 * A stage's failure as this step's: the stage named, its own reason (and
 * input), file, line and hint, so the step's annotation points where the
 * stage's would have.
 */
export function stageFailed(stage: string, e: unknown): PipelineError {
  if (!isPipelineError(e)) return new PipelineError('STAGE_FAILED', `${stage} failed: ${messageOf(e)}`, { cause: e });
  const input = e.input !== undefined && !e.reason.includes(`'${e.input}'`) ? `input '${e.input}': ` : '';
  return new PipelineError('STAGE_FAILED', `${stage} failed: ${input}${e.reason}`, {
    cause: e,
    ...(e.file !== undefined ? { file: e.file } : {}),
    ...(e.line !== undefined ? { line: e.line } : {}),
    ...(e.column !== undefined ? { column: e.column } : {}),
    ...(e.hint !== undefined ? { hint: e.hint } : {}),
  });
}

/** One stage through runChecked with this step's io: its error or verdict (test-image's policy, a failed destination) as the stage's failure. */
async function stage<I, O>(action: Action<I, O>, inputs: I, io: ActionIO): Promise<{ outputs?: O; failure?: PipelineError }> {
  io.info(`=== ${action.name}`);
  const r = await runChecked(action, inputs, io);
  return { ...(r.outputs === undefined ? {} : { outputs: r.outputs }), ...(r.failure === undefined ? {} : { failure: stageFailed(action.name, r.failure) }) };
}

/*
 * Issue 17 item 3: the stages' run code (the build, the checks, the push) is loaded by import() when the
 * pipeline runs, each just before its stage, so refusing a bad input loads only the inputs, secrets and outputs
 * (each stage's context.ts, secrets.ts, outputs.ts). test/unit/root/startup.test.ts fails if it is reached statically.
 */
const loadBuild = async (): Promise<typeof import('../build-image/src/run.js').buildImage> => (await import('../build-image/src/run.js')).buildImage;
const loadTest = async (): Promise<typeof import('../test-image/src/run.js').testImage> => (await import('../test-image/src/run.js')).testImage;
const loadDistribute = async (): Promise<typeof import('../distribute-image/src/run.js').distributeImage> =>
  (await import('../distribute-image/src/run.js')).distributeImage;

export async function run(inputs: Inputs, rootIO: ActionIO): Promise<Outputs> {
  const io = stageIO(rootIO, new Set(secretsOf(inputs)));
  io.info(`distribute: ${inputs.push ? 'yes' : 'no'} (${inputs.pushReason})`);
  const build = await stage(await loadBuild(), await withDefaultCache(inputs, io), io);
  if (build.outputs !== undefined && build.outputs.kind === 'container' && build.outputs.report.layout !== inputs.test.image) {
    // context.ts promised test and distribute this path; a build that wrote elsewhere is a bug, not an image to ship.
    return {
      build: build.outputs,
      failure: new PipelineError('INTERNAL', `build-image wrote its layout to ${build.outputs.report.layout}, not ${inputs.test.image}`),
    };
  }
  const out: Outputs = build.outputs === undefined ? {} : { build: build.outputs };
  if (build.failure !== undefined) return { ...out, failure: build.failure };

  const test = await stage(await loadTest(), inputs.test, io);
  if (test.outputs !== undefined) out.test = test.outputs;
  if (test.failure !== undefined) return { ...out, failure: test.failure };

  if (!inputs.push || inputs.distribute === undefined) return out;
  const distribute = await stage(await loadDistribute(), withGenerated(inputs.distribute, out), io);
  if (distribute.outputs !== undefined) out.distribute = distribute.outputs;
  return distribute.failure === undefined ? out : { ...out, failure: distribute.failure };
}

/**
 * The build's inputs with the default layer cache (`cache: auto`, context.ts
 * cacheDefault) added: read always, written only when this run pushes from
 * the default branch (the event payload says which branch that is). The
 * lines go through build-image's own parser, as a user's would.
 */
export async function withDefaultCache(inputs: Inputs, io: Pick<ActionIO, 'info'>): Promise<BuildInputs> {
  if (inputs.cacheDefault === undefined) return inputs.build;
  const env = inputs.build.env;
  const d = defaultCache({
    destination: inputs.cacheDefault.destination,
    pushes: inputs.push,
    defaultBranch: defaultBranchOf(await readEvent(env)),
    eventName: env.GITHUB_EVENT_NAME,
    ref: env.GITHUB_REF,
  });
  if (d === undefined) {
    io.info(`layer cache: none (no cache repository beside ${inputs.cacheDefault.destination})`);
    return inputs.build;
  }
  io.info(`layer cache: ${d.cacheTo.length > 0 ? 'read and write' : 'read'} ${d.repository} (${d.reason}; cache: off or cache-from/cache-to to change)`);
  return { ...inputs.build, cacheFrom: parseCacheSpecs(d.cacheFrom.join('\n'), 'cache-from'), cacheTo: parseCacheSpecs(d.cacheTo.join('\n'), 'cache-to') };
}

/**
 * The build's provenance and the test's SBOMs, attached by distribute along
 * with the user's `attach` files: written by this run under RUNNER_TEMP, so
 * read without the workspace rule.
 */
export function withGenerated(d: DistributeInputs, o: Outputs): DistributeInputs {
  const b = o.build === undefined ? {} : buildOutputsOf(o.build);
  const t = o.test === undefined ? {} : testOutputsOf(o.test);
  const generated = [b.provenance, t.sbom, t['sbom-cyclonedx']].filter((p): p is string => p !== undefined && p !== '');
  return generated.length === 0 ? d : { ...d, attest: { ...d.attest, generated } };
}

/** The root's outputs (action.yml), from the stages' own named outputs; refs is '[]' and digest the built one when nothing was pushed. */
export function outputsOf(o: Outputs): Record<string, string> {
  const b = o.build === undefined ? {} : buildOutputsOf(o.build);
  const t = o.test === undefined ? {} : testOutputsOf(o.test);
  const d = o.distribute === undefined ? {} : distributeOutputsOf(o.distribute);
  const all: Record<string, string | undefined> = {
    imageid: b.imageid,
    layout: b.layout,
    tags: b.tags,
    annotations: b.annotations,
    metadata: b.metadata,
    provenance: b.provenance,
    result: t.result,
    findings: t.findings,
    sarif: t.sarif,
    junit: t.junit,
    report: t.report,
    sbom: t.sbom,
    'sbom-cyclonedx': t['sbom-cyclonedx'],
    vulnerabilities: t.vulnerabilities,
    refs: d.refs ?? '[]',
    attestations: d.attestations ?? '[]',
    digest: d.digest ?? b.digest,
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Every stage's secrets, masked before the first one runs. */
export function secretsOf(inputs: Inputs): string[] {
  const all = [
    ...buildSecretsOf(inputs.build),
    ...testSecretsOf(inputs.test),
    ...(inputs.distribute === undefined ? [] : distributeSecretsOf(inputs.distribute)),
  ];
  return [...new Set(all)];
}

export const imagePipeline: Action<Inputs, Outputs> = {
  name: 'image-pipeline',
  getInputs,
  secretsOf,
  run,
  outputsOf,
  verdict: (o) => o.failure,
  // Inputs refused before any stage ran (a failing stage writes its own summary).
  failureSummary: (message) => stepFailure('image-pipeline', 'Pipeline failed before the build', message),
};
export const action = imagePipeline;
