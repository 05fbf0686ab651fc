/**
 * One EC2 request with the retry rules of the whole project: throttling and
 * 5xx/network faults retried with jittered exponential backoff; access
 * errors never retried and turned at once into an AUTH error that names the
 * IAM permission to grant; everything else becomes an AWS error carrying
 * EC2's code. Decisions use the error code, never message text.
 */
import type { EC2Client } from '@aws-sdk/client-ec2';
import { PipelineError } from '../errors.js';

export interface RetryPolicy {
  /** Total tries per request, first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 500, maxDelayMs: 20_000 };

export type ErrorKind = 'throttle' | 'transient' | 'access' | 'not-found' | 'other';

const THROTTLE = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestThrottled', 'SlowDown']);
const TRANSIENT = new Set(['InternalError', 'InternalFailure', 'ServiceUnavailable', 'Unavailable', 'RequestTimeout', 'RequestExpired']);
const ACCESS = new Set(['UnauthorizedOperation', 'AuthFailure', 'AccessDenied', 'AccessDeniedException', 'OptInRequired', 'Blocked']);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'TimeoutError']);

/** EC2's error code of an SDK error (`InvalidAMIID.NotFound`...), if it has one. */
export function awsErrorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const o = e as { name?: unknown; Code?: unknown; code?: unknown };
  if (typeof o.Code === 'string') return o.Code;
  if (typeof o.name === 'string' && o.name !== 'Error') return o.name;
  return typeof o.code === 'string' ? o.code : undefined;
}

export function classifyAwsError(e: unknown): ErrorKind {
  const code = awsErrorCode(e) ?? '';
  const status = (e as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  if (THROTTLE.has(code) || status === 429) return 'throttle';
  if (ACCESS.has(code)) return 'access';
  if (code.endsWith('.NotFound')) return 'not-found';
  if (TRANSIENT.has(code) || NETWORK.has(code) || (status !== undefined && status >= 500)) return 'transient';
  return 'other';
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Full-jitter exponential backoff: a random delay up to base * 2^attempt, capped. */
export const backoff = (attempt: number, p: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>): number => Math.round(Math.random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** attempt)) + 1;

export function accessError(action: string, region: string, e: unknown): PipelineError {
  const code = awsErrorCode(e) ?? 'AccessDenied';
  return new PipelineError('AUTH', `AWS refused ec2:${action} in ${region} (${code}): the credentials lack the IAM permission ec2:${action}`, {
    cause: e,
    hint: `Grant ec2:${action} to the role this job assumes (see examples/ami/iam-policy.json), or check that the region is enabled for the account.`,
  });
}

export function awsError(action: string, region: string, e: unknown): PipelineError {
  const code = awsErrorCode(e) ?? 'Unknown';
  const msg = e instanceof Error ? e.message : String(e);
  return new PipelineError('AWS', `ec2:${action} in ${region} failed: ${code}: ${msg}`, { cause: e });
}

export interface CallOptions {
  retry?: RetryPolicy;
  signal?: AbortSignal;
  /** Also retry these error kinds (the waiter passes 'not-found'). */
  alsoRetry?: readonly ErrorKind[];
  /** Told of each retry, for the log. */
  onRetry?: (attempt: number, code: string, delayMs: number) => void;
}

/**
 * Send one command, named by its EC2 action (`CopyImage`) so errors can name
 * the IAM permission without relying on class names that bundlers mangle.
 */
export async function ec2Call<T>(client: EC2Client, action: string, command: { readonly input: object }, opts: CallOptions = {}): Promise<T> {
  const retry = opts.retry ?? DEFAULT_RETRY;
  const region = await regionOf(client);
  for (let attempt = 0; ; attempt++) {
    try {
      return (await client.send(command as Parameters<EC2Client['send']>[0], { abortSignal: opts.signal })) as T;
    } catch (e) {
      if (opts.signal?.aborted === true) throw e;
      const kind = classifyAwsError(e);
      if (kind === 'access') throw accessError(action, region, e);
      const retryable = kind === 'throttle' || kind === 'transient' || (opts.alsoRetry ?? []).includes(kind);
      if (!retryable || attempt + 1 >= retry.attempts) throw e instanceof PipelineError ? e : awsError(action, region, e);
      const delay = backoff(attempt, retry);
      opts.onRetry?.(attempt + 1, awsErrorCode(e) ?? kind, delay);
      await sleep(delay, opts.signal);
    }
  }
}

async function regionOf(client: EC2Client): Promise<string> {
  const r = client.config.region;
  return typeof r === 'function' ? await r() : r;
}
