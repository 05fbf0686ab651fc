/**
 * The PipelineError a synchronous call throws (input parsers): the test
 * fails when it throws nothing, and any other error propagates as is.
 */
import { isPipelineError, type PipelineError } from '../../shared/src/errors.js';

export function pipelineErrorOf(fn: () => unknown): PipelineError {
  try {
    fn();
  } catch (e) {
    if (isPipelineError(e)) return e;
    throw e;
  }
  throw new Error('expected a PipelineError, but nothing was thrown');
}

/** The PipelineError a promise rejects with: the test fails when it resolves, and any other error propagates as is. */
export async function pipelineRejectionOf(p: Promise<unknown>): Promise<PipelineError> {
  try {
    await p;
  } catch (e) {
    if (isPipelineError(e)) return e;
    throw e;
  }
  throw new Error('expected a PipelineError, but the promise resolved');
}
