/**
 * Errors as values for pure functions (parsers, validators): the caller must
 * look at `ok` before it can reach the value, so a failure cannot be ignored
 * by accident. I/O code throws `PipelineError` instead, where stack unwinding
 * is what we want.
 */
import { PipelineError } from './errors.js';

export type Result<T, E = PipelineError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** The value, or throw the error: the bridge from pure code to I/O code. */
export function unwrap<T, E extends Error>(r: Result<T, E>): T {
  if (r.ok) return r.value;
  throw r.error;
}
