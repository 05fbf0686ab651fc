/**
 * CIS Docker 4.10: no secrets in env, labels, history or files.
 *
 * Which files: credential files by name (.env, .npmrc, .netrc, .pgpass, AWS
 * and docker credentials, shell histories and start-up files), key files (id_rsa, *_key, *.pem,
 * *.key) and config files by extension, outside the system trees packages
 * fill and the trees of published third-party packages (node_modules,
 * site-packages...), as trivy skips them. How each is read depends on what it is
 * (see secrets.ts: credential files take literal values, config files need a
 * generated-looking value).
 *
 * Stock files are not secrets someone added: a file that dpkg lists as a
 * conffile and whose bytes still match the package's md5 (/var/lib/dpkg/status
 * `Conffiles:`) is left alone. Keys generated at install time (SSH host keys,
 * the snakeoil certificate key, BIND's rndc.key) are not conffiles, so they
 * are still found: every container of the image shares them.
 */
import { createHash } from 'node:crypto';
import { baseName } from '../../layers/image-path.js';
import type { Hit } from '../finding.js';
import { capturedFile, type ImageView } from '../image-view.js';
import { mask } from '../../preview.js';
import type { Rule } from '../rule.js';
import { findAssignments, findNetrc, findPgpass, findTokens, isLiteral, isSecretName, secretsInText, type SecretMatch } from '../secret-patterns.js';

/** System trees full of test keys and sample configs; scanning them only makes noise. */
const SYSTEM_PREFIXES = [
  '/usr/share/',
  '/usr/lib/',
  '/usr/lib64/',
  '/usr/libexec/',
  '/usr/include/',
  '/usr/src/',
  '/lib/',
  '/lib64/',
  '/var/lib/dpkg/',
  '/var/lib/apt/',
  '/var/lib/rpm/',
  '/var/cache/',
  '/proc/',
  '/sys/',
  '/usr/bin/',
  '/usr/sbin/',
  '/bin/',
  '/sbin/',
];

/**
 * Trees of published third-party packages (npm, pip, gems, Go modules, Composer):
 * their test fixtures ship sample keys (ssh2's test/fixtures/id_rsa...), and a
 * secret that is really in a published package leaked upstream, not here.
 * trivy's allow rules skip the same trees.
 */
// Not all of /usr/local/lib/: applications install there too (their configs are scanned); the
// package trees under it (node_modules, pythonX/site-packages) are caught by LIBRARY_SEGMENT.
const LIBRARY_PREFIXES = ['/usr/local/go/', '/usr/local/bundle/', '/var/lib/gems/', '/go/pkg/mod/', '/root/go/pkg/mod/', '/root/.cargo/registry/'];
const LIBRARY_SEGMENT = /\/(?:node_modules|site-packages|dist-packages|bower_components|jspm_packages)\//;

const KEY_FILE = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|.+_key|.*\.(?:pem|key|p8|ppk))$/;
const NETRC = /^(?:\.netrc|_netrc)$/;
const HISTORY = /^\.(?:bash|zsh|sh|ash|mysql|psql|sqlite|rediscli|node_repl|python)_history$/;
/** Files whose values are literal credentials by purpose. */
const CREDENTIAL_FILE =
  /^(?:\.git-credentials|\.npmrc|\.yarnrc(?:\.yml)?|\.pypirc|\.pgpass|\.my\.cnf|\.s3cfg|\.boto|\.dockercfg|\.vault-token|credentials|\.env(?:\..+)?|.+\.env)$/;
/** Shell start-up files: `export TOKEN=...` lands here. Values are literal, as in .env. */
const SHELL_RC = /^(?:\.bashrc|bash\.bashrc|\.profile|\.bash_profile|\.bash_login|\.zshrc|\.zshenv|\.zprofile|\.kshrc|\.mkshrc|profile|environment)$/;
const CONFIG_FILE = /\.(?:conf|cfg|cnf|ini|properties|ya?ml|toml|json|xml|env|sh|txt)$/;
const MAX_SCANNED = 256 * 1024;
const DPKG_STATUS = '/var/lib/dpkg/status';
const MAX_STATUS = 32 * 1024 * 1024;

const inCredentialDir = (path: string): boolean => path.includes('/.aws/') || path.includes('/.docker/') || /\/\.kube\/config$/.test(path);

export function scannedForSecrets(path: string, size: number): boolean {
  if (size > MAX_SCANNED || SYSTEM_PREFIXES.some((p) => path.startsWith(p)) || LIBRARY_PREFIXES.some((p) => path.startsWith(p)) || LIBRARY_SEGMENT.test(path))
    return false;
  const name = baseName(path);
  return (
    KEY_FILE.test(name) ||
    NETRC.test(name) ||
    HISTORY.test(name) ||
    CREDENTIAL_FILE.test(name) ||
    SHELL_RC.test(name) ||
    CONFIG_FILE.test(name) ||
    inCredentialDir(path)
  );
}

const BINARY = (b: Buffer): boolean => b.subarray(0, 8000).includes(0);

/** Secrets in one file, read the way its kind is written. */
export function secretsInFile(path: string, text: string): SecretMatch[] {
  const name = baseName(path);
  if (HISTORY.test(name)) return secretsInText(text);
  if (NETRC.test(name)) return [...findTokens(text), ...findNetrc(text)];
  if (name === '.pgpass') return findPgpass(text);
  if (name === '.vault-token') return isLiteral(text.trim(), 'credential') ? [{ kind: 'Vault token', line: 1, preview: mask(text) }] : [];
  if (CREDENTIAL_FILE.test(name) || SHELL_RC.test(name) || inCredentialDir(path)) return [...findTokens(text), ...findAssignments(text, 'credential')];
  if (CONFIG_FILE.test(name)) return [...findTokens(text), ...findAssignments(text, 'config')];
  return findTokens(text);
}

/** path -> md5 of the conffiles dpkg installed, from /var/lib/dpkg/status (obsolete ones left out). */
export function dpkgConffiles(status: string): Map<string, string> {
  const out = new Map<string, string>();
  let inConffiles = false;
  for (const line of status.split('\n')) {
    if (/^Conffiles:/.test(line)) {
      inConffiles = true;
      continue;
    }
    if (!line.startsWith(' ')) {
      inConffiles = false;
      continue;
    }
    if (!inConffiles) continue;
    const [file, md5, flag] = line.trim().split(/\s+/);
    if (file !== undefined && md5 !== undefined && /^[0-9a-f]{32}$/.test(md5) && flag !== 'obsolete') out.set(file, md5);
  }
  return out;
}

/**
 * The md5s come from the image's own /var/lib/dpkg/status, which the image
 * author could rewrite to match a planted file. Trusting it is acceptable: a
 * tampered status means the image author is the attacker, who could as well
 * delete or rename the file; this rule looks for secrets that leaked by
 * mistake. A conffile edited after install no longer matches and is scanned
 * (test/corpus/planted.ts pins that with /etc/debconf.conf and /etc/bash.bashrc).
 */
function stockFiles(view: ImageView): Map<string, string> {
  const status = capturedFile(view, DPKG_STATUS);
  return status === undefined ? new Map<string, string>() : dpkgConffiles(status.toString('utf8'));
}

const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex');

/** ENV and LABEL entries: a secret-named key with a literal value, or a token format in the value. */
function keyedValue(key: string, value: string): SecretMatch | undefined {
  const token = findTokens(value)[0];
  if (token !== undefined) return token;
  return isSecretName(key) && isLiteral(value, 'credential') ? { kind: `${key} value`, line: 1, preview: mask(value) } : undefined;
}

export const noSecrets: Rule = {
  id: 'CIS-4.10',
  pack: 'cis-docker',
  cis: '4.10',
  title: 'No secrets in the image',
  severity: 'error',
  why: 'Anyone who can pull the image can read its env, labels, history and files, so a secret there is public.',
  fix: 'Pass secrets at run time (env from a secret store, mounted files) or at build time with `RUN --mount=type=secret`; rotate any secret that shipped. Keys generated at install time (SSH host keys) belong in the container’s first start, not the image.',
  wants: (path, size) => (path === DPKG_STATUS && size <= MAX_STATUS) || scannedForSecrets(path, size),
  check(view): Hit[] {
    const hits: Hit[] = [];
    const expected = 'no credentials';
    for (const e of view.container.Env ?? []) {
      const eq = e.indexOf('=');
      const key = eq < 0 ? e : e.slice(0, eq);
      const value = eq < 0 ? '' : e.slice(eq + 1);
      const found = keyedValue(key, value);
      if (found !== undefined)
        hits.push({
          subject: { kind: 'config', field: 'Env', key },
          expected,
          got: `ENV ${key}=${mask(value)}${found.kind.endsWith(' value') ? '' : ` (${found.kind})`}`,
        });
    }
    for (const [key, value] of Object.entries(view.container.Labels ?? {})) {
      const found = keyedValue(key, value);
      if (found !== undefined)
        hits.push({
          subject: { kind: 'config', field: 'Labels', key },
          expected,
          got: `LABEL ${key}=${mask(value)}${found.kind.endsWith(' value') ? '' : ` (${found.kind})`}`,
        });
    }
    for (const h of view.history) {
      const found = secretsInText(h.createdBy);
      if (found.length > 0)
        hits.push({
          subject: { kind: 'history', index: h.index, createdBy: '(redacted)' },
          expected,
          got: `build step ${h.index + 1} contains a ${found[0]?.kind}: ${found[0]?.preview}`,
        });
    }
    const stock = stockFiles(view);
    for (const node of view.fs.walk()) {
      if (node.type !== 'file' || node.content === undefined || !scannedForSecrets(node.path, node.size) || BINARY(node.content)) continue;
      const packaged = stock.get(node.path);
      if (packaged !== undefined && packaged === md5(node.content)) continue;
      const found = secretsInFile(node.path, node.content.toString('utf8'));
      const first = found[0];
      if (first !== undefined) {
        hits.push({
          subject: { kind: 'file', path: node.path, layer: node.layer },
          expected,
          got: `a ${first.kind} at line ${first.line} (${first.preview})${found.length > 1 ? ` and ${found.length - 1} more` : ''}`,
        });
      }
    }
    return hits;
  },
};
