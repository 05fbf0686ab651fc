/**
 * The registry connect options every action takes, read the same way
 * everywhere: `registry-auth` (a YAML list of docker/login-action's entries:
 * registry, username, password, ecr, scope; credentials/registry-auth.ts), `github-token` (GHCR), `insecure-registries`
 * (one host[:port] per line), and DOCKER_CONFIG. Pure over the environment; each malformed
 * value is an INPUT error naming the input. `connectOptions` turns them
 * into what clientFactory/RegistrySource take.
 */
import { getInput, getList, type Env } from '../../action/inputs.js';
import { credentialEnv, type CredentialEnv } from '../credentials/credentials.js';
import { parseRegistryAuth, registryAuthSecrets, type RegistryAuthEntry } from '../credentials/registry-auth.js';
import { parseRegistryHost } from '../reference.js';
import { unwrap } from '../../result.js';
import type { ConnectOptions } from './connect.js';

export interface ConnectInputs {
  registryAuth: RegistryAuthEntry[];
  /** '' when not given. */
  githubToken: string;
  /** Normalised host[:port] names. */
  insecureRegistries: string[];
  /** AWS_ENDPOINT_URL_ECR, the AWS SDK's per-service endpoint variable: an ECR emulator in tests. */
  ecrEndpoint?: string;
  /** AWS_ENDPOINT_URL_ECR_PUBLIC, the same for ECR Public. */
  ecrPublicEndpoint?: string;
  /**
   * DOCKER_CONFIG of the env read (the folder holding Docker's config.json),
   * when set: the credential resolver reads this env's, not the process's.
   */
  dockerConfig?: string;
  /** The variables of the env read that the credential resolver reads (credentials.ts CREDENTIAL_ENV), when any is set. */
  credentialEnv?: CredentialEnv;
}

export function getConnectInputs(env: Env): ConnectInputs {
  // Not trimmed: YAML indentation of the first line matters.
  const registryAuth = unwrap(parseRegistryAuth(getInput(env, 'registry-auth', { trim: false })));
  const insecureRegistries = getList(env, 'insecure-registries').map((h) => unwrap(parseRegistryHost(h, 'insecure-registries')));
  const out: ConnectInputs = { registryAuth, githubToken: getInput(env, 'github-token'), insecureRegistries };
  const ecr = env.AWS_ENDPOINT_URL_ECR?.trim() ?? '';
  if (ecr !== '') out.ecrEndpoint = ecr;
  const ecrPublic = env.AWS_ENDPOINT_URL_ECR_PUBLIC?.trim() ?? '';
  if (ecrPublic !== '') out.ecrPublicEndpoint = ecrPublic;
  const dockerConfig = env.DOCKER_CONFIG ?? '';
  if (dockerConfig !== '') out.dockerConfig = dockerConfig;
  const forCredentials = credentialEnv(env);
  if (Object.keys(forCredentials).length > 0) out.credentialEnv = forCredentials;
  return out;
}

/** The secrets among the inputs, for the runner to mask before anything is logged. */
export function connectSecrets(c: ConnectInputs): string[] {
  // Passwords, and the access key ids of ECR entries.
  const out = registryAuthSecrets(c.registryAuth);
  if (c.githubToken !== '') out.push(c.githubToken);
  // The session token rides in credentialEnv from the inputs on: masked as soon as it is read, not only when used.
  const session = c.credentialEnv?.AWS_SESSION_TOKEN;
  if (session !== undefined && session !== '') out.push(session);
  return out;
}

/**
 * The options for clientFactory / RegistrySource.open / checkImage's
 * `connect`. `mask` receives every secret found later (ECR tokens,
 * config.json entries); the rest (retry, timeouts, onRetry, connectTo)
 * passes through.
 */
export function connectOptions(
  c: ConnectInputs,
  extra: Omit<ConnectOptions, 'auth' | 'insecureRegistries'> & { mask?: (secret: string) => void } = {},
): ConnectOptions {
  const { mask, ...rest } = extra;
  return {
    ...rest,
    auth: {
      registryAuth: c.registryAuth,
      githubToken: c.githubToken,
      ...(c.ecrEndpoint !== undefined ? { ecrEndpoint: c.ecrEndpoint } : {}),
      ...(c.ecrPublicEndpoint !== undefined ? { ecrPublicEndpoint: c.ecrPublicEndpoint } : {}),
      ...(c.dockerConfig !== undefined ? { dockerConfigDir: c.dockerConfig } : {}),
      ...(mask !== undefined ? { mask } : {}),
      env: c.credentialEnv ?? {},
    },
    insecureRegistries: c.insecureRegistries,
  };
}
