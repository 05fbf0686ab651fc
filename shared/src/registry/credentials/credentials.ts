/**
 * Where credentials for a registry come from, in order: the `registry-auth`
 * input (basic auth, or for an ECR entry a token exchanged for its AWS
 * access keys or the runner's credentials: registry-auth.ts), GHCR with `github-token`, ECR (a token from GetAuthorizationToken),
 * then Docker's config.json (credHelpers, credsStore, auths). None found
 * means anonymous. Every secret found is passed to `mask` before use.
 */
import { dockerConfigCredentials } from './docker-config.js';
import { ecrCredentials, ecrPublicCredentials, parseEcrHost, type AwsKeys } from './ecr.js';
import { entryAuth, entryLabel, registryAuthSecrets, type RegistryAuthEntry } from './registry-auth.js';
import { normalizeRegistry } from '../reference.js';

export { parseRegistryAuth, type RegistryAuthEntry } from './registry-auth.js';

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  source: string;
}

export interface AuthOptions {
  registryAuth?: readonly RegistryAuthEntry[];
  githubToken?: string;
  /** Folder holding config.json; default DOCKER_CONFIG or ~/.docker; null to ignore Docker's config. */
  dockerConfigDir?: string | null;
  /** ECR API endpoint override (an emulator); default the SDK's own resolution. */
  ecrEndpoint?: string;
  /** ECR Public API endpoint override (an emulator). */
  ecrPublicEndpoint?: string;
  /** Read for AWS_ACCESS_KEY_ID/AWS_SESSION_TOKEN (see awsKeys); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Called with every secret before it is used (core.setSecret in the action). */
  mask?: (secret: string) => void;
}

export type CredentialResolver = (registry: string) => Promise<Credentials | undefined>;

export function credentialResolver(opts: AuthOptions): CredentialResolver {
  const mask = opts.mask ?? (() => undefined);
  for (const s of registryAuthSecrets(opts.registryAuth ?? [])) mask(s);
  if (opts.githubToken !== undefined && opts.githubToken !== '') mask(opts.githubToken);
  const cache = new Map<string, Promise<Credentials | undefined>>();
  const find = async (registry: string): Promise<Credentials | undefined> => {
    const index = (opts.registryAuth ?? []).findIndex((e) => e.registry === registry);
    const entry = opts.registryAuth?.[index];
    if (entry !== undefined) {
      const how = entryAuth(entry);
      if (how.kind === 'basic') return { username: entry.username, password: entry.password, source: "the 'registry-auth' input" };
      const keys = awsKeys(entry, opts.env ?? process.env);
      if (keys?.sessionToken !== undefined) mask(keys.sessionToken);
      const call = keys !== undefined ? { keys, keysFrom: entryLabel(entry, index) } : {};
      const c = how.kind === 'ecr-public' ? await ecrPublicCredentials(opts.ecrPublicEndpoint, call) : await ecrCredentials(how, opts.ecrEndpoint, call);
      mask(c.password);
      return c;
    }
    if (registry === 'ghcr.io' && opts.githubToken !== undefined && opts.githubToken !== '') {
      return { username: 'x-access-token', password: opts.githubToken, source: "the 'github-token' input" };
    }
    const ecr = parseEcrHost(registry);
    if (ecr !== undefined) {
      const c = await ecrCredentials(ecr, opts.ecrEndpoint);
      mask(c.password);
      return c;
    }
    if (opts.dockerConfigDir !== null) {
      const c = await dockerConfigCredentials(registry, opts.dockerConfigDir);
      if (c !== undefined) mask(c.password);
      return c;
    }
    return undefined;
  };
  return (registry: string) => {
    const key = normalizeRegistry(registry);
    let p = cache.get(key);
    if (p === undefined) {
      p = find(key);
      cache.set(key, p);
    }
    return p;
  };
}

/**
 * The access key pair of an ECR entry, or undefined for the runner's own
 * credentials (an entry without username/password). login-action never
 * passes a session token with keys; we add AWS_SESSION_TOKEN when the
 * entry's key id is the environment's AWS_ACCESS_KEY_ID, so the temporary
 * keys aws-actions/configure-aws-credentials exports work when a workflow
 * passes them on, and a session token is never paired with other keys.
 */
export function awsKeys(entry: RegistryAuthEntry, env: NodeJS.ProcessEnv): AwsKeys | undefined {
  if (entry.username === '' || entry.password === '') return undefined;
  const keys: AwsKeys = { accessKeyId: entry.username, secretAccessKey: entry.password };
  const token = env.AWS_SESSION_TOKEN ?? '';
  if (token !== '' && env.AWS_ACCESS_KEY_ID === entry.username) keys.sessionToken = token;
  return keys;
}
