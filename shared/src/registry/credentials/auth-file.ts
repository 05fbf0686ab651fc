/**
 * Credentials for buildah, podman and skopeo, which read registries
 * themselves: a containers-auth.json(5) file (`{"auths": {"host[:port]":
 * {"auth": base64(user:password)}}}`) handed over with --authfile /
 * --src-authfile, never on argv and never in the environment. It holds only
 * the registries a run needs that have credentials, found by the same
 * resolver the registry client uses (registry-auth, github-token, ECR,
 * Docker's config.json), and lives in a fresh private folder (0700, file
 * 0600) that dispose() removes.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { normalizeRegistry } from '../reference.js';
import type { CredentialResolver, Credentials } from './credentials.js';

export interface AuthFile {
  readonly path: string;
  /** Removes the file and its folder; never throws (it runs on failure paths). */
  dispose(): Promise<void>;
}

/** Where the folders go: the temp dir, under a name tests can look for. */
export const AUTH_DIR_PREFIX = 'test-image-auth-';

/**
 * The key containers-auth.json files a registry under: the canonical name
 * (reference.ts), so Docker Hub is `docker.io` as podman login writes it, not
 * the v1 URL Docker's config.json uses (credentialKey); other hosts as
 * host[:port].
 */
export const authFileKey = (registry: string): string => normalizeRegistry(registry);

/** The file's text for these credentials, keyed by registry (pure). */
export function authFileJson(entries: Iterable<readonly [string, Pick<Credentials, 'username' | 'password'>]>): string {
  const auths: Record<string, { auth: string }> = {};
  for (const [registry, c] of entries) auths[authFileKey(registry)] = { auth: Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64') };
  return `${JSON.stringify({ auths }, null, 2)}\n`;
}

/**
 * An auth file for `registries`, or undefined when none of them has
 * credentials (then the tools get no flag and read anonymously). Resolver
 * errors (an ECR token that cannot be had) propagate before anything is
 * written.
 */
export async function writeAuthFile(registries: Iterable<string>, resolve: CredentialResolver, tmp: string = os.tmpdir()): Promise<AuthFile | undefined> {
  const found: [string, Credentials][] = [];
  for (const r of new Set([...registries].map(authFileKey))) {
    const c = await resolve(r);
    if (c !== undefined) found.push([r, c]);
  }
  if (found.length === 0) return undefined;
  // mkdtemp makes the folder 0700; the file is created 0600 and must not exist yet.
  const dir = await fs.mkdtemp(path.join(tmp, AUTH_DIR_PREFIX));
  const dispose = (): Promise<void> => fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const file = path.join(dir, 'auth.json');
  try {
    await fs.chmod(dir, 0o700);
    await fs.writeFile(file, authFileJson(found), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    await dispose();
    throw e;
  }
  return { path: file, dispose };
}

/** `f` with an auth file for `registries` (undefined when none has credentials), removed afterwards whatever happens. */
export async function withAuthFile<T>(registries: Iterable<string>, resolve: CredentialResolver, f: (file: AuthFile | undefined) => Promise<T>): Promise<T> {
  const file = await writeAuthFile(registries, resolve);
  try {
    return await f(file);
  } finally {
    await file?.dispose();
  }
}
