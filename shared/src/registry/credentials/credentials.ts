/**
 * Where credentials for a registry come from, in order: the `registry-auth`
 * input (basic auth, or for an ECR entry a token exchanged for its AWS
 * access keys or the runner's credentials: registry-auth.ts), GHCR with
 * `github-token`, private ECR (a token from GetAuthorizationToken with the
 * runner's credentials, or an entry's keys for accounts in AWS_ACCOUNT_IDS),
 * then Docker's config.json (credHelpers, credsStore, auths). None found
 * means anonymous. Every secret found is passed to `mask` before use.
 */
import { dockerConfigCredentials, dockerConfigDir } from './docker-config.js';
import { ecrCredentials, ecrPublicCredentials, parseEcrHost, type AwsKeys } from './ecr.js';
import { entryAuth, entryLabel, registryAuthSecrets, type EntryAuth, type RegistryAuthEntry } from './registry-auth.js';
import { normalizeRegistry } from '../reference.js';

export { parseRegistryAuth, type RegistryAuthEntry } from './registry-auth.js';

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  source: string;
}

/** The variables of a step's env the resolver reads: awsKeys, otherAccountEntry, dockerConfigDir. */
export const CREDENTIAL_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'AWS_ACCOUNT_IDS', 'DOCKER_CONFIG', 'HOME'] as const;
export type CredentialEnv = Partial<Record<(typeof CREDENTIAL_ENV)[number], string>>;

/** The variables of `env` the resolver reads (those set), so that a value holding them carries nothing else of the env. Pure. */
export function credentialEnv(env: Readonly<Record<string, string | undefined>>): CredentialEnv {
  const out: CredentialEnv = {};
  for (const name of CREDENTIAL_ENV) {
    const v = env[name];
    if (v !== undefined) out[name] = v;
  }
  return out;
}

export interface AuthOptions {
  registryAuth?: readonly RegistryAuthEntry[];
  githubToken?: string;
  /** Folder holding config.json; default DOCKER_CONFIG of `env`, else $HOME/.docker of `env` (neither set: none); null to ignore Docker's config. */
  dockerConfigDir?: string | null;
  /** ECR API endpoint override (an emulator); default the SDK's own resolution. */
  ecrEndpoint?: string;
  /** ECR Public API endpoint override (an emulator). */
  ecrPublicEndpoint?: string;
  /**
   * The step's env (an action's getInputs(env), through ConnectInputs), read for AWS_ACCESS_KEY_ID/AWS_SESSION_TOKEN
   * (awsKeys), AWS_ACCOUNT_IDS (otherAccountEntry) and DOCKER_CONFIG/HOME (dockerConfigDir). Required, never
   * process.env by default: a test then cannot pick up the runner's own keys or Docker config by leaving it out.
   */
  env: CredentialEnv;
  /** Called with every secret before it is used (core.setSecret in the action). */
  mask?: (secret: string) => void;
}

export type CredentialResolver = (registry: string) => Promise<Credentials | undefined>;

/**
 * For a caller that was given no auth options: no registry-auth, no GitHub token, no Docker config, whatever the
 * process's env or home hold. An ECR host is the exception: its token still comes from the AWS SDK's default chain
 * (the process's AWS env, ~/.aws, an instance role), which the SDK reads itself.
 */
export const NO_AUTH: AuthOptions = Object.freeze({ env: Object.freeze({}), dockerConfigDir: null });

const nonEmpty = (v: string | undefined): boolean => v !== undefined && v !== '';

export function credentialResolver(opts: AuthOptions): CredentialResolver {
  const mask = opts.mask ?? (() => undefined);
  for (const s of registryAuthSecrets(opts.registryAuth ?? [])) mask(s);
  if (opts.githubToken !== undefined && opts.githubToken !== '') mask(opts.githubToken);
  // The type requires it; a caller in plain JS (or a cast) that leaves it out is told so, not given the process's.
  if (typeof opts.env !== 'object' || opts.env === null) {
    throw new TypeError("credentialResolver: expected the step's env in AuthOptions.env (credentialEnv(env) of the env getInputs read), got none");
  }
  const env = opts.env;
  const cache = new Map<string, Promise<Credentials | undefined>>();
  /** An ECR token, with the keys of `from` (an entry) or, without one, the runner's AWS credentials. */
  const exchange = async (how: Exclude<EntryAuth, { kind: 'basic' }>, from?: { entry: RegistryAuthEntry; index: number }): Promise<Credentials> => {
    const keys = from !== undefined ? awsKeys(from.entry, env) : undefined;
    if (keys?.sessionToken !== undefined) mask(keys.sessionToken);
    const call = keys !== undefined && from !== undefined ? { keys, keysFrom: entryLabel(from.entry, from.index) } : {};
    const c = how.kind === 'ecr-public' ? await ecrPublicCredentials(opts.ecrPublicEndpoint, call) : await ecrCredentials(how, opts.ecrEndpoint, call);
    mask(c.password);
    return c;
  };
  const find = async (registry: string): Promise<Credentials | undefined> => {
    const index = (opts.registryAuth ?? []).findIndex((e) => e.registry === registry);
    const entry = opts.registryAuth?.[index];
    if (entry !== undefined) {
      const how = entryAuth(entry);
      if (how.kind === 'basic') return { username: entry.username, password: entry.password, source: "the 'registry-auth' input" };
      return exchange(how, { entry, index });
    }
    if (registry === 'ghcr.io' && opts.githubToken !== undefined && opts.githubToken !== '') {
      return { username: 'x-access-token', password: opts.githubToken, source: "the 'github-token' input" };
    }
    const ecr = parseEcrHost(registry);
    // Public ECR without an entry stays anonymous: pulling public images needs no AWS credentials.
    if (ecr !== undefined) return exchange({ kind: 'ecr', ...ecr }, otherAccountEntry(opts.registryAuth ?? [], registry, env));
    if (opts.dockerConfigDir !== null) {
      // The env this resolver was given, not the process's: a caller passing its own env gets its own config.json.
      // Without DOCKER_CONFIG or HOME in that env there is no config to read: dockerConfigDir would fall back to
      // the process's own home (os.homedir() reads the process's HOME), the very leak `env` is there to stop.
      const dir = opts.dockerConfigDir ?? (nonEmpty(env.DOCKER_CONFIG) || nonEmpty(env.HOME) ? dockerConfigDir(env) : undefined);
      const c = dir === undefined ? undefined : await dockerConfigCredentials(registry, dir);
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
export function awsKeys(entry: RegistryAuthEntry, env: CredentialEnv): AwsKeys | undefined {
  if (entry.username === '' || entry.password === '') return undefined;
  const keys: AwsKeys = { accessKeyId: entry.username, secretAccessKey: entry.password };
  const token = env.AWS_SESSION_TOKEN ?? '';
  if (token !== '' && env.AWS_ACCESS_KEY_ID === entry.username) keys.sessionToken = token;
  return keys;
}

/**
 * login-action's AWS_ACCOUNT_IDS (comma-separated): the access keys of an
 * ECR entry also log in to the registries of these other accounts. Here:
 * the first ECR entry with keys whose host differs from `registry` only in
 * the account (so the same region, partition and endpoint form), when
 * `registry`'s account is listed. Pure.
 */
export function otherAccountEntry(
  entries: readonly RegistryAuthEntry[],
  registry: string,
  env: CredentialEnv,
): { entry: RegistryAuthEntry; index: number } | undefined {
  const host = parseEcrHost(registry);
  const listed = (env.AWS_ACCOUNT_IDS ?? '').split(',').map((s) => s.trim());
  if (host === undefined || !listed.includes(host.accountId)) return undefined;
  // Both names start with their 12-digit account (ecr.ts ECR_HOST).
  const index = entries.findIndex((e) => entryAuth(e).kind === 'ecr' && awsKeys(e, env) !== undefined && e.registry.slice(12) === registry.slice(12));
  const entry = entries[index];
  return entry === undefined ? undefined : { entry, index };
}
