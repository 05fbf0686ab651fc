/**
 * The one shape of an action and the single place where its run ends.
 *
 * An action is four pure-or-typed parts (DESIGN.md "Thin main.ts, pure
 * context.ts"): `getInputs` turns the runner's `INPUT_*` variables into a
 * typed value (pure, table-tested), `secretsOf` names what must be masked
 * before anything can print it, `run` does the work through an `ActionIO`
 * and returns typed outputs, and `outputsOf` names them as action.yml does.
 * `verdict` fails the step only after the outputs (and reports) exist, so a
 * failing image still leaves its SARIF and JUnit behind.
 *
 * A failure becomes one `fail` with the full described message, plus an
 * error annotation at the file and line when the error carries one.
 */
import { isPipelineError, messageOf, type PipelineError } from '../errors.js';
import type { Env } from './inputs.js';
import { runnerIO, type ActionIO } from './io.js';
import { loadFailure } from './load-failure.js';
import { loadYamlReader, needsYamlReader } from './yaml-reader.js';

export interface Action<I, O> {
  /** The action's name as in its action.yml folder (build-image, ...). */
  name: string;
  getInputs(env: Env): I;
  secretsOf?(inputs: I): Iterable<string>;
  run(inputs: I, io: ActionIO): Promise<O>;
  outputsOf(outputs: O): Record<string, string>;
  verdict?(outputs: O): PipelineError | undefined;
  /**
   * The job summary for a step that failed (bad inputs included), written
   * before the step ends, so the summary says what went wrong.
   */
  failureSummary?(message: string): string;
}

/** Run `body`, turning a thrown error into the step's failure (annotated where it points into a file). */
export async function runAction(name: string, io: ActionIO, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (thrown) {
    const e = loadFailure(name, thrown);
    if (isPipelineError(e) && e.file !== undefined) {
      io.error(e.describe(), {
        title: `${name}: ${e.code.toLowerCase().replace(/_/g, ' ')}`,
        file: e.file,
        ...(e.line !== undefined ? { line: e.line } : {}),
        ...(e.column !== undefined ? { column: e.column } : {}),
      });
    }
    if (!isPipelineError(e) && e instanceof Error && e.stack !== undefined) io.debug(e.stack);
    else if (e !== thrown && thrown instanceof Error && thrown.stack !== undefined) io.debug(thrown.stack);
    io.fail(messageOf(e));
  }
}

/** What every action's main.ts does: inputs, then runChecked; a failure (bad inputs included) ends the step. */
export async function main<I, O>(action: Action<I, O>, env: Env = process.env, io: ActionIO = runnerIO(env)): Promise<void> {
  await runAction(action.name, io, async () => {
    let inputs: I;
    try {
      // The YAML reader is loaded only for a step given a YAML input (yaml-reader.ts); getInputs stays synchronous.
      if (needsYamlReader(env)) await loadYamlReader();
      inputs = action.getInputs(env);
    } catch (e) {
      await summarizeFailure(action, e, io);
      throw e;
    }
    const result = await runChecked(action, inputs, io);
    if (result.failure !== undefined) throw result.failure;
  });
}

/** Masks, run and outputs for inputs already parsed (throws what run throws). */
export async function runStage<I, O>(action: Action<I, O>, inputs: I, io: ActionIO): Promise<O> {
  for (const s of action.secretsOf?.(inputs) ?? []) io.mask(s);
  const outputs = await action.run(inputs, io);
  for (const [k, v] of Object.entries(action.outputsOf(outputs))) io.setOutput(k, v);
  return outputs;
}

/**
 * runStage, then the verdict, as a value: the outputs when run finished, and
 * the failure (run's error, with the failure summary written, or the
 * verdict's). main() throws the failure; the all-in-one action names the
 * stage in it and stops the pipeline.
 */
export async function runChecked<I, O>(action: Action<I, O>, inputs: I, io: ActionIO): Promise<{ outputs?: O; failure?: Error }> {
  let outputs: O;
  try {
    outputs = await runStage(action, inputs, io);
  } catch (thrown) {
    const e = loadFailure(action.name, thrown);
    await summarizeFailure(action, e, io);
    return { failure: e instanceof Error ? e : new Error(messageOf(e)) };
  }
  const failure = action.verdict?.(outputs);
  return failure === undefined ? { outputs } : { outputs, failure };
}

async function summarizeFailure<I, O>(action: Action<I, O>, e: unknown, io: ActionIO): Promise<void> {
  if (action.failureSummary !== undefined) await io.summary(action.failureSummary(messageOf(e)));
}
