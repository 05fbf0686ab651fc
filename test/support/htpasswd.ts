/**
 * A bcrypt htpasswd file for docker-registry's `auth: htpasswd`, written with
 * Apache's `htpasswd -Bbn` (Debian apache2-utils), and the registry config
 * block that uses it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export async function htpasswdFile(users: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'htpasswd-'));
  const lines = Object.entries(users).map(([u, p]) => execFileSync('htpasswd', ['-Bbn', u, p]).toString().trim());
  const file = path.join(dir, 'htpasswd');
  await fs.writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

/** `extraConfig` for startRegistry: basic auth against these users. */
export async function basicAuthConfig(users: Record<string, string>): Promise<string> {
  const file = await htpasswdFile(users);
  return ['auth:', '  htpasswd:', '    realm: test-realm', `    path: ${file}`].join('\n');
}
