/**
 * Systems Manager (Parameter Store) clients per region and account, and the
 * one way to send them a command. Like ec2-client.ts: the SDK's default
 * credential chain unless a caller passes credentials (static ones in tests,
 * or a provider that assumes a role in another account), `endpoint` pointing
 * every region at one URL (an emulator), SDK retries off so that
 * aws-call.ts's loop, with SSM_RETRY, is the only one.
 */
import { SSMClient } from '@aws-sdk/client-ssm';
import { awsCall, type AwsClient, type CallOptions } from './aws-call.js';
import { SSM_RETRY } from '../retry/policy.js';

/** What an SDK client takes as credentials: a key pair, or a function that resolves one (and can refresh it). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}
export type AwsCredentialsInput = AwsCredentials | (() => Promise<AwsCredentials>);

/** `account` is a key for the credentials (undefined: the job's own); clients are made once per key and region. */
export type SsmClientFactory = (region: string, account?: string) => SSMClient;

export interface SsmClientOptions {
  /** e.g. http://127.0.0.1:4583; the default is AWS's regional endpoint. */
  endpoint?: string;
  credentials?: AwsCredentialsInput;
  /** Credentials for other accounts, by account id (a role assumed there: sts-role.ts). */
  accountCredentials?: Readonly<Record<string, AwsCredentialsInput>>;
}

export function ssmClientFactory(opts: SsmClientOptions = {}): SsmClientFactory {
  const clients = new Map<string, SSMClient>();
  return (region: string, account?: string) => {
    const key = `${account ?? ''}/${region}`;
    let c = clients.get(key);
    if (c === undefined) {
      const credentials = account === undefined ? opts.credentials : opts.accountCredentials?.[account];
      if (account !== undefined && credentials === undefined) throw new Error(`no credentials for account ${account}`);
      c = new SSMClient({
        region,
        maxAttempts: 1,
        ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
        ...(credentials !== undefined ? { credentials } : {}),
      });
      clients.set(key, c);
    }
    return c;
  };
}

/**
 * One Parameter Store request, named by its action (`PutParameter`) so an
 * access error names the IAM permission (ssm:PutParameter). TooManyUpdates
 * (another writer on the same parameter right now) heals with time and is
 * retried like throttling.
 */
export function ssmCall<T>(client: AwsClient, action: string, command: { readonly input: object }, opts: CallOptions = {}): Promise<T> {
  return awsCall<T>(client, 'ssm', action, command, {
    ...opts,
    retry: opts.retry ?? SSM_RETRY,
    alsoRetryCodes: [...(opts.alsoRetryCodes ?? []), 'TooManyUpdates'],
  });
}
