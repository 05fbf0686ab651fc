/**
 * One RegistryClient per registry for a run, configured from the user's
 * auth and transport choices: plain HTTP only for loopback hosts and those
 * listed as insecure; optional host overrides (tests route through a proxy
 * or give a loopback registry an ECR host name).
 */
import { credentialResolver, NO_AUTH, type AuthOptions } from '../credentials/credentials.js';
import { RegistryClient } from './client.js';
import { usesPlainHttp } from '../transport/scheme.js';
import type { RetryPolicy } from '../../retry/policy.js';
import type { RetryEvent } from '../../retry/retry.js';
import type { Timeouts } from '../transport/timeouts.js';

export interface ConnectOptions {
  /** Credentials and the env they are read from (connectOptions in connect-inputs.ts); absent: anonymous. */
  auth?: AuthOptions;
  insecureRegistries?: readonly string[];
  /** registry name -> host:port to connect to instead. */
  connectTo?: Readonly<Record<string, string>>;
  retry?: RetryPolicy;
  /** Idle timeout, request deadline, transfer floor rate (defaults in timeouts.ts). */
  timeouts?: Partial<Timeouts>;
  onRetry?: (registry: string, what: string, e: RetryEvent) => void;
}

export type ClientFactory = (registry: string) => RegistryClient;

export function clientFactory(opts: ConnectOptions = {}): ClientFactory {
  const creds = credentialResolver(opts.auth ?? NO_AUTH);
  const insecure = opts.insecureRegistries ?? [];
  const clients = new Map<string, RegistryClient>();
  return (registry: string) => {
    let c = clients.get(registry);
    if (c === undefined) {
      const connectTo = opts.connectTo?.[registry];
      c = new RegistryClient({
        registry,
        plainHttp: usesPlainHttp(registry, insecure),
        credentials: () => creds(registry),
        ...(connectTo !== undefined ? { connectTo } : {}),
        ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
        ...(opts.timeouts !== undefined ? { timeouts: opts.timeouts } : {}),
        onRetry: (what, e) => opts.onRetry?.(registry, what, e),
        ...(opts.auth?.mask !== undefined ? { mask: opts.auth.mask } : {}),
      });
      clients.set(registry, c);
    }
    return c;
  };
}
