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
  } catch (e) {
    if (isPipelineError(e) && e.file !== undefined) {
      io.error(e.describe(), { title: `${name}: ${e.code.toLowerCase().replace(/_/g, ' ')}`, file: e.file, ...(e.line !== undefined ? { line: e.line } : {}), ...(e.column !== undefined ? { column: e.column } : {}) });
    }
    if (!isPipelineError(e) && e instanceof Error && e.stack !== undefined) io.debug(e.stack);
    io.fail(messageOf(e));
  }
}

/** What every action's main.ts does: inputs, masks, run, outputs, verdict. */
export async function main<I, O>(action: Action<I, O>, env: Env = process.env, io: ActionIO = runnerIO(env)): Promise<void> {
  await runAction(action.name, io, async () => {
    try {
      const outputs = await runStage(action, action.getInputs(env), io);
      const failure = action.verdict?.(outputs);
      if (failure !== undefined) throw failure;
    } catch (e) {
      if (action.failureSummary !== undefined) await io.summary(action.failureSummary(messageOf(e)));
      throw e;
    }
  });
}

/** Masks, run and outputs for inputs already parsed: the all-in-one action runs each stage this way. */
export async function runStage<I, O>(action: Action<I, O>, inputs: I, io: ActionIO): Promise<O> {
  for (const s of action.secretsOf?.(inputs) ?? []) io.mask(s);
  const outputs = await action.run(inputs, io);
  for (const [k, v] of Object.entries(action.outputsOf(outputs))) io.setOutput(k, v);
  return outputs;
}
