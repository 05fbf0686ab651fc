/**
 * One EC2 request: the shared retry loop (retry/retry.ts) with EC2's
 * classification (ec2-errors.ts), then the error that ends it translated:
 * an access error into AUTH naming the IAM permission, anything else into an
 * AWS error carrying EC2's code. An aborted call ends with the abort, as is.
 */
import type { EC2Client } from '@aws-sdk/client-ec2';
import { PipelineError } from '../errors.js';
import { EC2_RETRY, type RetryPolicy } from '../retry/policy.js';
import { withRetry } from '../retry/retry.js';
import { accessError, awsError, classifyAwsError, ec2Classify, type ErrorKind } from './ec2-errors.js';

export interface CallOptions {
  /** Default EC2_RETRY. */
  retry?: RetryPolicy;
  signal?: AbortSignal;
  /** Also retry these error kinds (tagging and sharing a fresh copy pass 'not-found'). */
  alsoRetry?: readonly ErrorKind[];
  /** Also retry these EC2 error codes ('InvalidSnapshot.InUse' while a deregistered image lets go). */
  alsoRetryCodes?: readonly string[];
  /** Told of each retry, for the log. */
  onRetry?: (attempt: number, code: string, delayMs: number) => void;
}

/**
 * Send one command, named by its EC2 action (`CopyImage`) so errors can name
 * the IAM permission without relying on class names that bundlers mangle.
 */
export async function ec2Call<T>(client: EC2Client, action: string, command: { readonly input: object }, opts: CallOptions = {}): Promise<T> {
  const region = await regionOf(client);
  try {
    return await withRetry(async () => (await client.send(command as Parameters<EC2Client['send']>[0], { abortSignal: opts.signal })) as T, {
      policy: opts.retry ?? EC2_RETRY,
      classify: ec2Classify(opts.alsoRetry, opts.alsoRetryCodes),
      ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
      onRetry: (r) => opts.onRetry?.(r.attempt, r.why, r.waitMs),
    });
  } catch (e) {
    if (opts.signal?.aborted === true) throw e;
    if (classifyAwsError(e) === 'access') throw accessError(action, region, e);
    throw e instanceof PipelineError ? e : awsError(action, region, e);
  }
}

async function regionOf(client: EC2Client): Promise<string> {
  const r = client.config.region;
  return typeof r === 'function' ? await r() : r;
}
