/**
 * The `registry-auth` input: a YAML list of docker/login-action's entry
 * fields (`registry`, `username`, `password`, `ecr`, `scope`) with its
 * meaning, so a login-action `registry-auth:` block moves over unchanged:
 * - `registry` defaults to Docker Hub;
 * - `ecr: auto` (the default) exchanges `username`/`password` as an AWS
 *   access key pair for an ECR token when the host is an ECR name
 *   (ecr.ts), `true` insists on it, `false` sends them as basic auth;
 *   an ECR entry without keys uses the runner's AWS credentials;
 * - `scope` is refused (see SCOPE_HINT).
 * Pure: every bad entry is an INPUT error naming the entry, its line and
 * the field, and never quoting a value (any of them may be a secret).
 */
import type { Node } from 'yaml';
import { yamlReader } from '../../action/yaml-reader.js';
import { PipelineError } from '../../errors.js';
import { err, ok, type Result } from '../../result.js';
import { DEFAULT_REGISTRY, normalizeRegistry } from '../reference.js';
import { isPublicEcrHost, parseEcrHost } from './ecr.js';

export type EcrMode = 'auto' | 'true' | 'false';

export interface RegistryAuthEntry {
  /** Normalised host[:port]. */
  registry: string;
  /** '' only on an ECR entry that uses the runner's AWS credentials. */
  username: string;
  password: string;
  /** login-action's `ecr`; absent (not given) means auto. */
  ecr?: EcrMode;
}

/** How an entry's credentials reach its registry. */
export type EntryAuth = { kind: 'basic' } | { kind: 'ecr'; accountId: string; region: string } | { kind: 'ecr-public' };

/** The user name of every ECR token: with it, `password` is a token (aws ecr get-login-password), never a secret key. */
const ECR_TOKEN_USER = 'AWS';

const KEYS = ['registry', 'username', 'password', 'ecr', 'scope'];

const SCOPE_HINT =
  "login-action's scope limits the credentials to one repository (and push or pull) inside Buildx's own config. Here an entry serves its whole registry " +
  'in every stage (base-image pulls, caches, pushes), so a scoped entry would be used more widely than you asked. Remove scope to use the ' +
  'credentials for the whole registry, or give these credentials only to the step that needs them.';

/**
 * Whether an entry is exchanged for an ECR token. auto: by host name,
 * except a `username: AWS` entry, which already holds a token (login-action
 * would fail on it; sending it as basic auth is what the user meant).
 */
export function entryAuth(e: RegistryAuthEntry): EntryAuth {
  const mode = e.ecr ?? 'auto';
  if (mode === 'false' || (mode === 'auto' && e.username === ECR_TOKEN_USER)) return { kind: 'basic' };
  if (isPublicEcrHost(e.registry)) return { kind: 'ecr-public' };
  const host = parseEcrHost(e.registry);
  return host !== undefined ? { kind: 'ecr', ...host } : { kind: 'basic' };
}

/** The secrets an entry holds: the password, and the access key id when it is one of an AWS key pair. */
export function registryAuthSecrets(entries: readonly RegistryAuthEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.password !== '') out.push(e.password);
    if (e.username !== '' && entryAuth(e).kind !== 'basic') out.push(e.username);
  }
  return out;
}

/** "'registry-auth' entry 2 (ghcr.io)" for messages; `index` is 0-based, as in the parsed list. */
export function entryLabel(e: RegistryAuthEntry, index: number, input = 'registry-auth'): string {
  return `'${input}' entry ${index + 1} (${e.registry})`;
}

export function parseRegistryAuth(text: string, input = 'registry-auth'): Result<RegistryAuthEntry[]> {
  if (text.trim() === '') return ok([]);
  // Loaded only when the input is given (action/yaml-reader.ts): most runs have none.
  const { LineCounter, parseDocument, isMap, isScalar, isSeq } = yamlReader();
  // The failsafe schema keeps every scalar as its text: a password of digits stays "0123", `ecr: true` is "true".
  const scalarText = (node: unknown): string | undefined => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true });
  const bad = doc.errors[0];
  if (bad !== undefined) {
    // bad.message quotes the source line, which may hold a password: only its line number goes out.
    const line = bad.linePos?.[0]?.line;
    const ctx: { input: string; hint: string; line?: number } = {
      input,
      hint: 'Write a YAML list: "- registry: ghcr.io\\n  username: ...\\n  password: ..." (each key once per entry).',
    };
    if (line !== undefined) ctx.line = line;
    return err(new PipelineError('INPUT', `input '${input}' is not valid YAML${line !== undefined ? ` (line ${line})` : ''}`, ctx));
  }
  if (!isSeq(doc.contents)) {
    return err(new PipelineError('INPUT', `input '${input}' must be a YAML list of entries`, { input, hint: 'Start each entry with "- registry: <host>".' }));
  }
  const out: RegistryAuthEntry[] = [];
  for (const [i, item] of doc.contents.items.entries()) {
    const n = i + 1;
    const node = item as Node | null;
    const line = node?.range !== undefined && node.range !== null ? lines.linePos(node.range[0]).line : undefined;
    const fail = (what: string, hint: string): Result<never> =>
      err(
        new PipelineError('INPUT', `input '${input}' entry ${n} ${what}${line !== undefined ? ` (line ${line})` : ''}`, {
          input,
          hint,
          ...(line !== undefined ? { line } : {}),
        }),
      );
    if (!isMap(node)) return fail('is not a mapping', 'Each entry has registry, username and password keys, as in login-action.');
    const fields = new Map<string, string>();
    for (const pair of node.items) {
      const key = scalarText(pair.key) ?? '';
      if (!KEYS.includes(key)) {
        const why = key === 'logout' ? 'logout has no meaning here: credentials are never written to a Docker config, so there is nothing to log out of.' : '';
        // A key is a name, not a secret, but is cut short all the same.
        return fail(`has unknown key(s) ${key.slice(0, 40)}`, `${why} Allowed keys: ${KEYS.join(', ')}.`.trim());
      }
      const value = pair.value === null ? '' : scalarText(pair.value);
      if (value === undefined) return fail(`field '${key}' must be a single value, not a list or mapping`, `Write "${key}: <value>".`);
      fields.set(key, value.trim());
    }
    const registry = fields.get('registry') ? normalizeRegistry(fields.get('registry') as string) : DEFAULT_REGISTRY;
    const at = `(${registry})`;
    const ecrText = (fields.get('ecr') ?? '').toLowerCase();
    if (ecrText !== '' && !['auto', 'true', 'false'].includes(ecrText)) {
      // An ecr value is a choice, never a secret: it may be quoted.
      return fail(`${at} field 'ecr' must be auto, true or false, got '${ecrText.slice(0, 20)}'`, 'auto (the default) detects ECR by the host name.');
    }
    if ((fields.get('scope') ?? '') !== '') return fail(`${at} field 'scope' is not supported`, SCOPE_HINT);
    const entry: RegistryAuthEntry = {
      registry,
      username: fields.get('username') ?? '',
      password: fields.get('password') ?? '',
      // Left out when not given, so an entry of the basic shape stays {registry, username, password}.
      ...(ecrText !== '' ? { ecr: ecrText as EcrMode } : {}),
    };
    const auth = entryAuth(entry);
    if (entry.ecr === 'true' && (auth.kind === 'basic' || entry.username === ECR_TOKEN_USER)) {
      return fail(
        entry.username === ECR_TOKEN_USER
          ? `${at} has ecr: true with username AWS, the user of an ECR token, not an access key id`
          : `${at} has ecr: true but ${registry} is not an ECR host, so no region or account can be read from it`,
        entry.username === ECR_TOKEN_USER
          ? 'For a token from "aws ecr get-login-password" set ecr: false (or leave ecr out); for access keys give the access key id as username.'
          : 'ECR hosts look like <account>.dkr.ecr.<region>.amazonaws.com or public.ecr.aws; set ecr: false to send username/password as they are.',
      );
    }
    for (const [k, other] of [
      ['username', 'password'],
      ['password', 'username'],
    ] as const) {
      if (entry[k] !== '') continue;
      if (auth.kind === 'basic') return fail(`${at} has no ${k}`, `Give every entry a non-empty ${k} (use a secret: \${{ secrets.NAME }}).`);
      if (entry[other] !== '')
        return fail(
          `${at} has a ${other} but no ${k}`,
          "An ECR entry takes both username (AWS access key id) and password (secret access key), or neither to use the runner's AWS credentials.",
        );
    }
    out.push(entry);
  }
  return ok(out);
}
