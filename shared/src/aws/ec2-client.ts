/**
 * EC2 clients per region. Credentials come from the SDK's default provider
 * chain (what aws-actions/configure-aws-credentials sets) unless a caller
 * passes static ones, as tests do; `endpoint` points every region at one
 * URL (an emulator). SDK retries are off: `aws-call.ts` owns retrying, so
 * retries are never nested and their delays are ours to configure.
 */
import { EC2Client } from '@aws-sdk/client-ec2';

export type Ec2ClientFactory = (region: string) => EC2Client;

export interface Ec2ClientOptions {
  /** e.g. http://127.0.0.1:4566; the default is AWS's regional endpoint. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export function ec2ClientFactory(opts: Ec2ClientOptions = {}): Ec2ClientFactory {
  const clients = new Map<string, EC2Client>();
  return (region: string) => {
    let c = clients.get(region);
    if (c === undefined) {
      c = new EC2Client({
        region,
        maxAttempts: 1,
        ...(opts.endpoint !== undefined ? { endpoint: opts.endpoint } : {}),
        ...(opts.credentials !== undefined ? { credentials: opts.credentials } : {}),
      });
      clients.set(region, c);
    }
    return c;
  };
}
