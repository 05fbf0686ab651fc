/**
 * One AWS request, for any SDK v3 client (EC2, ECR): the shared retry loop
 * (retry/retry.ts) with AWS's classification (ec2-errors.ts: throttling,
 * 5xx and network faults retried, access errors never), then the error that
 * ends it translated: an access error into AUTH naming the IAM permission,
 * anything else into an AWS error carrying the service's code. An aborted
 * call ends with the abort, as is. Clients are built with `maxAttempts: 1`
 * (ec2-client.ts, registry/credentials/ecr.ts) so this is the only loop.
 */
import { PipelineError } from '../errors.js';
import { EC2_RETRY, type RetryPolicy } from '../retry/policy.js';
import { withRetry } from '../retry/retry.js';
import { accessError, awsError, classifyAwsError, ec2Classify, type AwsService, type ErrorKind } from './ec2-errors.js';

export interface CallOptions {
  /** Default EC2_RETRY for ec2Call; awsCall needs one. */
  retry?: RetryPolicy;
  signal?: AbortSignal;
  /** Also retry these error kinds (tagging and sharing a fresh copy pass 'not-found'). */
  alsoRetry?: readonly ErrorKind[];
  /** Also retry these error codes ('InvalidSnapshot.InUse' while a deregistered image lets go). */
  alsoRetryCodes?: readonly string[];
  /** Told of each retry, for the log. */
  onRetry?: (attempt: number, code: string, delayMs: number) => void;
}

/** What a call needs of an SDK v3 client: every generated client (EC2Client, ECRClient) has this shape. */
export interface AwsClient {
  send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  config: { region: unknown };
}

/**
 * Send one command, named by its service and action (`ecr`,
 * `GetAuthorizationToken`) so errors can name the IAM permission without
 * relying on class names that bundlers mangle.
 */
export async function awsCall<T>(
  client: AwsClient,
  service: AwsService,
  action: string,
  command: { readonly input: object },
  opts: CallOptions & { retry: RetryPolicy },
): Promise<T> {
  const region = await regionOf(client);
  try {
    return await withRetry(async () => (await client.send(command as never, { abortSignal: opts.signal })) as T, {
      policy: opts.retry,
      classify: ec2Classify(opts.alsoRetry, opts.alsoRetryCodes),
      ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
      onRetry: (r) => opts.onRetry?.(r.attempt, r.why, r.waitMs),
    });
  } catch (e) {
    if (opts.signal?.aborted === true) throw e;
    if (classifyAwsError(e) === 'access') throw accessError(action, region, e, service);
    throw e instanceof PipelineError ? e : awsError(action, region, e, service);
  }
}

/** One EC2 request (EC2Client, named by its EC2 action: `CopyImage`), EC2_RETRY unless told otherwise. */
export function ec2Call<T>(client: AwsClient, action: string, command: { readonly input: object }, opts: CallOptions = {}): Promise<T> {
  return awsCall<T>(client, 'ec2', action, command, { ...opts, retry: opts.retry ?? EC2_RETRY });
}

async function regionOf(client: AwsClient): Promise<string> {
  const r = client.config.region;
  const v: unknown = typeof r === 'function' ? await (r as () => Promise<unknown>)() : r;
  return typeof v === 'string' ? v : 'an unknown region';
}
