/**
 * Credentials for another account: a role assumed through STS, as a provider
 * an SDK client calls when it needs credentials. The answer is kept until
 * five minutes before it expires, so a long distribution does not assume the
 * role once per request. The job's own credentials (the default chain) sign
 * the AssumeRole call; the role's trust policy must allow them.
 */
import { AssumeRoleCommand, STSClient, type AssumeRoleResponse } from '@aws-sdk/client-sts';
import { PipelineError } from '../errors.js';
import { awsCall } from './aws-call.js';
import type { AwsCredentials } from './ssm-client.js';
import { SSM_RETRY } from '../retry/policy.js';

export interface AssumeRoleOptions {
  region: string;
  endpoint?: string;
  /** Signs the AssumeRole call; default the SDK's chain. */
  credentials?: AwsCredentials;
  sessionName?: string;
  now?: () => number;
}

export function assumeRoleCredentials(roleArn: string, o: AssumeRoleOptions): () => Promise<AwsCredentials> {
  const client = new STSClient({
    region: o.region,
    maxAttempts: 1,
    ...(o.endpoint !== undefined ? { endpoint: o.endpoint } : {}),
    ...(o.credentials !== undefined ? { credentials: o.credentials } : {}),
  });
  const now = o.now ?? Date.now;
  let cached: AwsCredentials | undefined;
  // Clients of several regions ask at once: they share one AssumeRole call.
  let inFlight: Promise<AwsCredentials> | undefined;
  const assume = async (): Promise<AwsCredentials> => {
    const out = await awsCall<AssumeRoleResponse>(
      client,
      'sts',
      'AssumeRole',
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: o.sessionName ?? 'image-pipeline-distribute', DurationSeconds: 3600 }),
      { retry: SSM_RETRY },
    );
    const c = out.Credentials;
    if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined) {
      throw new PipelineError('AWS', `sts:AssumeRole of ${roleArn} answered without credentials`, { hint: 'Run again; report it if it persists.' });
    }
    cached = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken !== undefined ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}),
    };
    return cached;
  };
  return async () => {
    if (cached?.expiration !== undefined && cached.expiration.getTime() - now() > 5 * 60_000) return cached;
    inFlight ??= assume().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
