/**
 * Amazon ECR: registries are recognised by host name
 * (`<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`) and get a
 * 12-hour token from GetAuthorizationToken for that account (so registries
 * of other accounts work when the caller's role may read them).
 */
import type { GetAuthorizationTokenCommandOutput } from '@aws-sdk/client-ecr';
import { awsCall, type CallOptions } from '../../aws/aws-call.js';
import { PipelineError } from '../../errors.js';
import { REGISTRY_RETRY, type RetryPolicy } from '../../retry/policy.js';
import type { Credentials } from './credentials.js';

export interface EcrHost {
  accountId: string;
  region: string;
}

const ECR_HOST =
  /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)(?::\d+)?$/;

export function parseEcrHost(registry: string): EcrHost | undefined {
  const m = ECR_HOST.exec(registry.toLowerCase());
  return m === null ? undefined : { accountId: m[1] as string, region: m[2] as string };
}

export interface EcrCallOptions {
  /** Default REGISTRY_RETRY: the token is part of reaching the registry. */
  retry?: RetryPolicy;
  onRetry?: CallOptions['onRetry'];
}

/** `endpoint`: e.g. an emulator's URL; the default is AWS's regional endpoint. */
export async function ecrCredentials(host: EcrHost, endpoint?: string, opts: EcrCallOptions = {}): Promise<Credentials> {
  // Loaded on first use: the SDK is large, and most pushes never touch ECR.
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  // SDK retries off: awsCall retries (retry/retry.ts, AWS's classification), so retries never nest.
  const client = new ECRClient({ region: host.region, maxAttempts: 1, ...(endpoint !== undefined ? { endpoint } : {}) });
  try {
    const call = { retry: opts.retry ?? REGISTRY_RETRY, ...(opts.onRetry !== undefined ? { onRetry: opts.onRetry } : {}) };
    const out = await awsCall<GetAuthorizationTokenCommandOutput>(
      client,
      'ecr',
      'GetAuthorizationToken',
      new GetAuthorizationTokenCommand({ registryIds: [host.accountId] }),
      call,
    );
    const token = out.authorizationData?.[0]?.authorizationToken;
    if (token === undefined) throw new Error('the answer holds no authorizationToken');
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i <= 0) throw new Error('the token is not base64 of user:password');
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source: `ECR GetAuthorizationToken (account ${host.accountId}, ${host.region})` };
  } catch (e) {
    // Everything, a refused permission too (its message names ecr:GetAuthorizationToken), stays an AWS error naming the account.
    throw new PipelineError('AWS', `could not get an ECR token for account ${host.accountId} in ${host.region}: ${(e as Error).message}`, {
      hint: 'Configure AWS credentials (aws-actions/configure-aws-credentials) with ecr:GetAuthorizationToken allowed.',
      cause: e,
    });
  } finally {
    client.destroy();
  }
}
