/**
 * Where credentials for a registry come from, in order: the `registry-auth`
 * input, GHCR with `github-token`, ECR (a token from GetAuthorizationToken),
 * then Docker's config.json (credHelpers, credsStore, auths). None found
 * means anonymous. Every secret found is passed to `mask` before use.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { PipelineError } from '../../errors.js';
import { err, ok, type Result } from '../../result.js';
import { dockerConfigCredentials } from './docker-config.js';
import { ecrCredentials, parseEcrHost } from './ecr.js';
import { DEFAULT_REGISTRY, normalizeRegistry } from '../reference.js';

export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  source: string;
}

export interface RegistryAuthEntry {
  registry: string;
  username: string;
  password: string;
}

export interface AuthOptions {
  registryAuth?: readonly RegistryAuthEntry[];
  githubToken?: string;
  /** Folder holding config.json; default DOCKER_CONFIG or ~/.docker; null to ignore Docker's config. */
  dockerConfigDir?: string | null;
  /** ECR API endpoint override (an emulator); default the SDK's own resolution. */
  ecrEndpoint?: string;
  /** Called with every secret before it is used (core.setSecret in the action). */
  mask?: (secret: string) => void;
}

export type CredentialResolver = (registry: string) => Promise<Credentials | undefined>;

/**
 * The `registry-auth` input: a YAML list of `registry`, `username`,
 * `password` entries (docker/login-action's shape). Pure.
 */
export function parseRegistryAuth(text: string, input = 'registry-auth'): Result<RegistryAuthEntry[]> {
  if (text.trim() === '') return ok([]);
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    const line = e instanceof YAMLParseError ? e.linePos?.[0]?.line : undefined;
    const ctx: { input: string; hint: string; line?: number } = { input, hint: 'Write a YAML list: "- registry: ghcr.io\\n  username: ...\\n  password: ..."' };
    if (line !== undefined) ctx.line = line;
    return err(new PipelineError('INPUT', `input '${input}' is not valid YAML${line !== undefined ? ` (line ${line})` : ''}`, ctx));
  }
  if (!Array.isArray(doc)) {
    return err(new PipelineError('INPUT', `input '${input}' must be a YAML list of entries`, { input, hint: 'Start each entry with "- registry: <host>".' }));
  }
  const out: RegistryAuthEntry[] = [];
  for (const [i, raw] of doc.entries()) {
    const e = raw as Record<string, unknown> | null;
    const at = `entry ${i + 1}`;
    if (typeof e !== 'object' || e === null)
      return err(
        new PipelineError('INPUT', `input '${input}' ${at} is not a mapping`, { input, hint: 'Each entry has registry, username and password keys.' }),
      );
    const unknown = Object.keys(e).filter((k) => !['registry', 'username', 'password'].includes(k));
    if (unknown.length > 0)
      return err(
        new PipelineError('INPUT', `input '${input}' ${at} has unknown key(s) ${unknown.join(', ')}`, {
          input,
          hint: 'Allowed keys: registry, username, password.',
        }),
      );
    for (const k of ['username', 'password'] as const) {
      if (typeof e[k] !== 'string' || e[k] === '') {
        return err(
          new PipelineError('INPUT', `input '${input}' ${at} has no ${k}`, {
            input,
            hint: `Give every entry a non-empty ${k} (use a secret: \${{ secrets.NAME }}).`,
          }),
        );
      }
    }
    const registry = typeof e.registry === 'string' && e.registry !== '' ? normalizeRegistry(e.registry) : DEFAULT_REGISTRY;
    out.push({ registry, username: e.username as string, password: e.password as string });
  }
  return ok(out);
}

export function credentialResolver(opts: AuthOptions): CredentialResolver {
  const mask = opts.mask ?? (() => undefined);
  for (const e of opts.registryAuth ?? []) mask(e.password);
  if (opts.githubToken !== undefined && opts.githubToken !== '') mask(opts.githubToken);
  const cache = new Map<string, Promise<Credentials | undefined>>();
  const find = async (registry: string): Promise<Credentials | undefined> => {
    const entry = (opts.registryAuth ?? []).find((e) => e.registry === registry);
    if (entry !== undefined) return { username: entry.username, password: entry.password, source: "the 'registry-auth' input" };
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
