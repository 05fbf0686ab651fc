/**
 * What a registry or the network said when a request failed, kept as data
 * (status, the spec's error codes, Retry-After, the socket error code) so
 * transport/retry-classify.ts can decide by type, never by message text.
 */
import { PipelineError, type ErrorCode } from '../../errors.js';

/** Error codes of distribution-spec's error table, plus what registries add. */
export type RegistryErrorCode = string;

export interface RegistryFailure {
  /** HTTP status, when the registry answered. */
  status?: number;
  /** `errors[].code` from the body, e.g. BLOB_UPLOAD_UNKNOWN. */
  codes?: RegistryErrorCode[];
  /** Milliseconds the registry asked us to wait (Retry-After). */
  retryAfterMs?: number;
  /** Node's socket error code (ECONNRESET, EPIPE, ...) for transport failures. */
  errno?: string;
}

export class RegistryError extends PipelineError {
  readonly failure: RegistryFailure;
  constructor(code: ErrorCode, message: string, failure: RegistryFailure, hint?: string, cause?: unknown) {
    const ctx: { hint?: string; cause?: unknown } = {};
    if (hint !== undefined) ctx.hint = hint;
    if (cause !== undefined) ctx.cause = cause;
    super(code, message, ctx);
    this.failure = failure;
  }
}

/**
 * The registry refused a monolithic upload (the PUT carrying the blob) as
 * something it does not do (retry-classify.ts, refusesMonolithic). Not a
 * fault to retry: the caller may upload the blob again as a streamed PATCH
 * (distribute/upload-blobs.ts); any other failure is an ordinary one.
 */
export class MonolithicRefused extends RegistryError {}

/** The `errors[].code` and messages of a spec error body; tolerant of anything else. */
export function parseErrorBody(text: string): { codes: string[]; messages: string[] } {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const errors = Array.isArray(body.errors) ? body.errors : [];
    return {
      codes: errors.map((e) => (typeof e.code === 'string' ? e.code : '')).filter((c) => c !== ''),
      messages: errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter((m) => m !== ''),
    };
  } catch {
    return { codes: [], messages: [] };
  }
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}
