/** CIS Docker 4.10: no secrets in env, labels, history or files. */
import { baseName } from '../../layers/image-path.js';
import type { Hit } from '../finding.js';
import type { Rule } from '../rule.js';
import { findAssignments, findTokens, looksLikeSecretValue, redact, SECRET_NAME, secretsInText } from '../secrets.js';

/** System trees full of test keys and sample configs; scanning them only makes noise. */
const SYSTEM_PREFIXES = ['/usr/share/', '/usr/lib/', '/usr/lib64/', '/usr/include/', '/usr/src/', '/lib/', '/lib64/', '/var/lib/dpkg/', '/var/lib/apt/', '/var/lib/rpm/', '/var/cache/', '/proc/', '/sys/', '/usr/bin/', '/usr/sbin/', '/bin/', '/sbin/'];

const KEY_FILE = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)|.*\.(?:pem|key|p8))$/;
const CREDENTIAL_FILE = /^(?:\.git-credentials|\.netrc|_netrc|\.npmrc|\.pypirc|\.dockercfg|credentials|\.env(?:\..+)?|.*\.env)$/;
const CONFIG_FILE = /\.(?:conf|cfg|cnf|ini|properties|ya?ml|toml|json|xml|env|sh|txt)$/;
const MAX_SCANNED = 256 * 1024;

export function scannedForSecrets(path: string, size: number): boolean {
  if (size > MAX_SCANNED || SYSTEM_PREFIXES.some((p) => path.startsWith(p))) return false;
  const name = baseName(path);
  return KEY_FILE.test(name) || CREDENTIAL_FILE.test(name) || CONFIG_FILE.test(name) || path.endsWith('/.docker/config.json') || path.includes('/.aws/');
}

const BINARY = (b: Buffer): boolean => b.subarray(0, 8000).includes(0);

export const noSecrets: Rule = {
  id: 'CIS-4.10',
  pack: 'cis-docker',
  cis: '4.10',
  title: 'No secrets in the image',
  severity: 'error',
  why: 'Anyone who can pull the image can read its env, labels, history and files, so a secret there is public.',
  fix: 'Pass secrets at run time (env from a secret store, mounted files) or at build time with `RUN --mount=type=secret`; rotate any secret that shipped.',
  wants: scannedForSecrets,
  check(view): Hit[] {
    const hits: Hit[] = [];
    const expected = 'no credentials';
    for (const e of view.container.Env ?? []) {
      const eq = e.indexOf('=');
      const key = eq < 0 ? e : e.slice(0, eq);
      const value = eq < 0 ? '' : e.slice(eq + 1);
      const tokens = findTokens(value);
      if ((SECRET_NAME.test(key) && looksLikeSecretValue(value)) || tokens.length > 0) {
        hits.push({ subject: { kind: 'config', field: 'Env', key }, expected, got: `ENV ${key}=${redact(value)}${tokens.length > 0 ? ` (${tokens[0]?.kind})` : ''}` });
      }
    }
    for (const [key, value] of Object.entries(view.container.Labels ?? {})) {
      const tokens = findTokens(value);
      if ((SECRET_NAME.test(key) && looksLikeSecretValue(value)) || tokens.length > 0) {
        hits.push({ subject: { kind: 'config', field: 'Labels', key }, expected, got: `LABEL ${key}=${redact(value)}` });
      }
    }
    for (const h of view.history) {
      const found = secretsInText(h.createdBy);
      if (found.length > 0) hits.push({ subject: { kind: 'history', index: h.index, createdBy: '(redacted)' }, expected, got: `build step ${h.index + 1} contains a ${found[0]?.kind}: ${found[0]?.preview}` });
    }
    for (const node of view.fs.walk()) {
      if (node.type !== 'file' || node.content === undefined || BINARY(node.content)) continue;
      const text = node.content.toString('utf8');
      const name = baseName(node.path);
      const found = [...findTokens(text), ...(CONFIG_FILE.test(name) || CREDENTIAL_FILE.test(name) ? findAssignments(text) : [])];
      if (found.length === 0 && /^(?:\.git-credentials|\.netrc)$/.test(name) && text.trim() !== '') found.push({ kind: 'credentials file', line: 1, preview: name });
      const first = found[0];
      if (first !== undefined) {
        hits.push({ subject: { kind: 'file', path: node.path, layer: node.layer }, expected, got: `a ${first.kind} at line ${first.line} (${first.preview})${found.length > 1 ? ` and ${found.length - 1} more` : ''}` });
      }
    }
    return hits;
  },
};
