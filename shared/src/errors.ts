/**
 * One error type for the whole library. Every failure a user can meet carries
 * a stable code (for tests and for retry decisions, never message matching),
 * what went wrong, and — where we know it — which input or file caused it and
 * what to do about it.
 */
export type ErrorCode =
  | 'INPUT' // an action input is malformed or names something that does not exist
  | 'NOT_FOUND' // a file, blob, manifest or image that should be there is not
  | 'DIGEST_MISMATCH' // content does not hash to the digest it was addressed by
  | 'SIZE_MISMATCH' // content length differs from its descriptor
  | 'LAYOUT' // an OCI image layout or archive is malformed
  | 'UNSUPPORTED' // valid, but something we do not handle (media type, algorithm)
  | 'BUILDER' // the image builder failed
  | 'NO_BUILDER' // no builder can run on this machine
  | 'EMULATION' // a foreign-platform RUN step with no emulator
  | 'POLICY' // a policy file is malformed
  | 'SIGNATURE' // a signature or attestation does not verify, or says something other than required
  | 'UNSAFE_PATH' // a path or link escapes the root it must stay in
  | 'REGISTRY' // a registry answered with an error
  | 'AUTH' // credentials missing or refused
  | 'NETWORK' // a transport failure
  | 'AWS' // an AWS API failure
  | 'NOT_IMPLEMENTED'
  | 'STAGE_FAILED' // one action of a chained pipeline failed (its own messages say why)
  | 'INTERNAL';

export interface ErrorContext {
  /** The action input the error is about, e.g. `build-args`. */
  input?: string;
  /** A file the error is about, relative to the workspace where possible. */
  file?: string;
  /** 1-based line in `file`. */
  line?: number;
  /** 1-based column in `file`. */
  column?: number;
  /** What the user should do. One sentence. */
  hint?: string;
  cause?: unknown;
}

export class PipelineError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  /** What went wrong, without the input, location and hint that `message` adds. */
  readonly reason: string;

  constructor(code: ErrorCode, reason: string, context: ErrorContext = {}) {
    // `message` is the whole description, so whoever prints the error (a
    // runner, jest, a caller's catch) shows the input, location and hint too.
    super(describe(reason, context), context.cause === undefined ? undefined : { cause: context.cause });
    this.name = 'PipelineError';
    this.reason = reason;
    this.code = code;
    this.input = context.input;
    this.file = context.file;
    this.line = context.line;
    this.column = context.column;
    this.hint = context.hint;
  }

  /** The message as shown to a user: where, what, and what to do. */
  describe(): string {
    return this.message;
  }
}

function describe(reason: string, c: ErrorContext): string {
  // Messages that already start with the input's name do not repeat it.
  const where = c.input !== undefined && !reason.includes(`'${c.input}'`) ? `input '${c.input}': ` : '';
  const at = c.file !== undefined ? ` (${c.file}${c.line !== undefined ? `:${c.line}` : ''}${c.column !== undefined ? `:${c.column}` : ''})` : '';
  const end = /[.!?]$/.test(reason) ? '' : '.';
  const hint = c.hint !== undefined ? ` ${c.hint}` : '';
  return `${where}${reason}${at}${end}${hint}`;
}

export function isPipelineError(e: unknown, code?: ErrorCode): e is PipelineError {
  return e instanceof PipelineError && (code === undefined || e.code === code);
}

/** The message of anything thrown, for logs. */
export function messageOf(e: unknown): string {
  if (e instanceof PipelineError) return e.describe();
  if (e instanceof Error) return e.message;
  return String(e);
}
