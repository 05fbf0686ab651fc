/**
 * Amazon ECR: registries are recognised by host name and get a 12-hour
 * token from GetAuthorizationToken.
 * - Private: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn|.eu]`, the
 *   dual-stack `<account>.dkr-ecr[-fips].<region>.on.aws` and the isolated
 *   partitions; the token is asked for that account (so registries of other
 *   accounts work when the caller's role may read them), in that region.
 * - Public: `public.ecr.aws` (and `ecr-public.aws.com`), through the ECR
 *   Public API, whose only home is us-east-1 (login-action takes
 *   AWS_REGION, which fails for any other region; we do not).
 * Credentials are the runner's (the SDK's default chain), or an access key
 * pair from a `registry-auth` entry, as docker/login-action takes them.
 */
import type { GetAuthorizationTokenCommandOutput } from '@aws-sdk/client-ecr';
import type { GetAuthorizationTokenCommandOutput as PublicTokenOutput } from '@aws-sdk/client-ecr-public';
import { awsCall, type CallOptions } from '../../aws/aws-call.js';
import { PipelineError } from '../../errors.js';
import { REGISTRY_RETRY, type RetryPolicy } from '../../retry/policy.js';
import type { Credentials } from './credentials.js';

export interface EcrHost {
  accountId: string;
  region: string;
}

const ECR_HOST =
  /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|amazonaws\.eu|on\.aws|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)(?::\d+)?$/;
const ECR_PUBLIC_HOSTS = new Set(['public.ecr.aws', 'ecr-public.aws.com']);
/** ECR Public's API lives in us-east-1 only. */
export const ECR_PUBLIC_REGION = 'us-east-1';

export function parseEcrHost(registry: string): EcrHost | undefined {
  const m = ECR_HOST.exec(registry.toLowerCase());
  return m === null ? undefined : { accountId: m[1] as string, region: m[2] as string };
}

export function isPublicEcrHost(registry: string): boolean {
  return ECR_PUBLIC_HOSTS.has(registry.toLowerCase());
}

/** An access key pair (login-action: username = access key id, password = secret access key). */
export interface AwsKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface EcrCallOptions {
  /** Default REGISTRY_RETRY: the token is part of reaching the registry. */
  retry?: RetryPolicy;
  onRetry?: CallOptions['onRetry'];
  /** Absent: the SDK's default chain (environment, profile, web identity, instance role). */
  keys?: AwsKeys;
  /** Where the keys came from ("'registry-auth' entry 2 (...)"), for messages. */
  keysFrom?: string;
}

/** `endpoint`: e.g. an emulator's URL; the default is AWS's regional endpoint. */
export async function ecrCredentials(host: EcrHost, endpoint?: string, opts: EcrCallOptions = {}): Promise<Credentials> {
  // Loaded on first use: the SDK is large, and most pushes never touch ECR.
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  // SDK retries off: awsCall retries (retry/retry.ts, AWS's classification), so retries never nest.
  const client = new ECRClient({ region: host.region, maxAttempts: 1, ...clientExtras(endpoint, opts) });
  const what = `account ${host.accountId}, ${host.region}`;
  try {
    const out = await awsCall<GetAuthorizationTokenCommandOutput>(
      client,
      'ecr',
      'GetAuthorizationToken',
      new GetAuthorizationTokenCommand({ registryIds: [host.accountId] }),
      callOptions(opts),
    );
    return decodeToken(out.authorizationData?.[0]?.authorizationToken, `ECR GetAuthorizationToken (${what})`, opts);
  } catch (e) {
    // Everything, a refused permission too (its message names ecr:GetAuthorizationToken), stays an AWS error naming the account.
    throw tokenError(`could not get an ECR token for account ${host.accountId} in ${host.region}`, e, opts, 'ecr:GetAuthorizationToken');
  } finally {
    client.destroy();
  }
}

/** A token for public.ecr.aws (pushing there, or pulling above the anonymous rate). */
export async function ecrPublicCredentials(endpoint?: string, opts: EcrCallOptions = {}): Promise<Credentials> {
  const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr-public');
  const client = new ECRPUBLICClient({ region: ECR_PUBLIC_REGION, maxAttempts: 1, ...clientExtras(endpoint, opts) });
  try {
    const out = await awsCall<PublicTokenOutput>(client, 'ecr-public', 'GetAuthorizationToken', new GetAuthorizationTokenCommand({}), callOptions(opts));
    return decodeToken(out.authorizationData?.authorizationToken, 'ECR Public GetAuthorizationToken', opts);
  } catch (e) {
    throw tokenError('could not get an ECR Public token', e, opts, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
  } finally {
    client.destroy();
  }
}

function clientExtras(endpoint: string | undefined, opts: EcrCallOptions): { endpoint?: string; credentials?: AwsKeys } {
  return { ...(endpoint !== undefined ? { endpoint } : {}), ...(opts.keys !== undefined ? { credentials: opts.keys } : {}) };
}

function callOptions(opts: EcrCallOptions): CallOptions & { retry: RetryPolicy } {
  return { retry: opts.retry ?? REGISTRY_RETRY, ...(opts.onRetry !== undefined ? { onRetry: opts.onRetry } : {}) };
}

function decodeToken(token: string | undefined, from: string, opts: EcrCallOptions): Credentials {
  if (token === undefined) throw new Error('the answer holds no authorizationToken');
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i <= 0) throw new Error('the token is not base64 of user:password');
  const source = opts.keysFrom !== undefined ? `${from} with the access keys of ${opts.keysFrom}` : from;
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
}

function tokenError(what: string, e: unknown, opts: EcrCallOptions, permission: string): PipelineError {
  let message = (e as Error).message;
  // An AWS signature error can quote the canonical request, headers and all (the session token among them).
  for (const s of [opts.keys?.secretAccessKey, opts.keys?.sessionToken, opts.keys?.accessKeyId]) {
    if (s !== undefined && s !== '') message = message.split(s).join('***');
  }
  const hint =
    opts.keysFrom !== undefined
      ? `Check the access key pair in ${opts.keysFrom} (username = AWS access key id, password = secret access key) and that it may call ${permission}.`
      : `Configure AWS credentials (aws-actions/configure-aws-credentials) with ${permission} allowed.`;
  return new PipelineError('AWS', `${what}: ${message}`, { hint, cause: e });
}
