/**
 * What a failed EC2 request means, from its error code and HTTP status,
 * never message text: throttling and 5xx/network faults are worth another
 * try; access errors never are, and become an AUTH error that names the IAM
 * permission to grant; everything else becomes an AWS error carrying EC2's
 * code. The codes are the SDK v3 ones every AWS service uses, so ECR's
 * calls (aws-call.ts) are classified here too.
 */
import { PipelineError } from '../errors.js';
import type { Classify } from '../retry/retry.js';

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

/**
 * The classifier withRetry takes for EC2 requests: throttling and transient
 * faults, plus the kinds a caller adds (`not-found` right after a copy, while
 * EC2 is eventually consistent) and single codes it knows heal with time
 * (`InvalidSnapshot.InUse` just after its image is deregistered). Access
 * errors are never retried.
 */
export function ec2Classify(alsoRetry: readonly ErrorKind[] = [], alsoRetryCodes: readonly string[] = []): Classify {
  return (e: unknown) => {
    const kind = classifyAwsError(e);
    const code = awsErrorCode(e);
    const extra = kind !== 'access' && (alsoRetry.includes(kind) || (code !== undefined && alsoRetryCodes.includes(code)));
    return { retry: kind === 'throttle' || kind === 'transient' || extra, why: code ?? kind };
  };
}

/** The AWS services called (the IAM prefix of their permissions). */
export type AwsService = 'ec2' | 'ecr' | 'ecr-public' | 'ssm' | 'sts';

export function accessError(action: string, region: string, e: unknown, service: AwsService = 'ec2'): PipelineError {
  const code = awsErrorCode(e) ?? 'AccessDenied';
  const example = service === 'ec2' ? ' (see examples/ami/iam-policy.json)' : '';
  return new PipelineError('AUTH', `AWS refused ${service}:${action} in ${region} (${code}): the credentials lack the IAM permission ${service}:${action}`, {
    cause: e,
    hint: `Grant ${service}:${action} to the role this job assumes${example}, or check that the region is enabled for the account.`,
  });
}

export function awsError(action: string, region: string, e: unknown, service: AwsService = 'ec2'): PipelineError {
  const code = awsErrorCode(e) ?? 'Unknown';
  const msg = e instanceof Error ? e.message : String(e);
  return new PipelineError('AWS', `${service}:${action} in ${region} failed: ${code}: ${msg}`, { cause: e });
}
