/**
 * Recognising secrets in text (pure). Patterns are specific on purpose: a
 * token format, a private-key armour line, or a `password = value` line whose
 * value is not an obvious placeholder. Values are never echoed back whole;
 * findings show a redacted preview.
 */

export interface SecretMatch {
  kind: string;
  /** 1-based line within the text. */
  line: number;
  preview: string;
}

const TOKEN_PATTERNS: readonly { kind: string; re: RegExp }[] = [
  { kind: 'private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: 'AWS secret access key', re: /aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}\b/i },
  { kind: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/ },
  { kind: 'GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { kind: 'Slack token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/ },
  { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: 'registry auth', re: /"auth"\s*:\s*"[A-Za-z0-9+/=]{12,}"/ },
  { kind: 'npm auth token', re: /_auth(?:Token)?\s*=\s*\S{8,}/ },
];

/** Names of settings whose value is a credential. */
export const SECRET_NAME = /(?:^|[_.-])(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth[_-]?token)$/i;

const PLACEHOLDER = /^(?:|\*+|x+|-+|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?(?::?-[^}]*)?\}?|%\(?[A-Za-z_]+\)?s?|\{\{.*\}\}|none|null|nil|false|true|changeme_placeholder|your[_-].*|example|redacted|\/run\/secrets\/.*|\/.*|file:.*)$/i;

/** Whether a value set for a secret-named key looks like a real secret rather than a placeholder or a path. */
export function looksLikeSecretValue(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  return v.length >= 4 && !PLACEHOLDER.test(v);
}

const ASSIGNMENT = /^\s*(?:export\s+)?["']?([A-Za-z0-9_.-]+)["']?\s*[=:]\s*(.*)$/;

export function redact(value: string): string {
  const v = value.trim();
  return v.length <= 4 ? '****' : `${v.slice(0, 2)}${'*'.repeat(Math.min(8, v.length - 2))}`;
}

/** Token formats anywhere in the text. */
export function findTokens(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    for (const p of TOKEN_PATTERNS) {
      const m = p.re.exec(l);
      if (m !== null) out.push({ kind: p.kind, line: i + 1, preview: redact(m[0]) });
    }
  });
  return out;
}

/** `password=...` style lines (config files, env files). */
export function findAssignments(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  text.split('\n').forEach((l, i) => {
    if (/^\s*[#;]/.test(l)) return;
    const m = ASSIGNMENT.exec(l);
    if (m === null) return;
    const key = m[1] as string;
    const value = (m[2] as string).replace(/\s+[#;].*$/, '');
    if (SECRET_NAME.test(key) && looksLikeSecretValue(value)) out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${redact(value)}` });
  });
  return out;
}

/** Is this text (an env value, a history step) carrying a secret? Tokens and `KEY=value` pairs both count. */
export function secretsInText(text: string): SecretMatch[] {
  const found = findTokens(text);
  for (const m of text.matchAll(/(?:^|[\s|])(?:--)?([A-Za-z0-9_.-]+)=("[^"]*"|'[^']*'|\S+)/g)) {
    const key = m[1] as string;
    const value = m[2] as string;
    if (SECRET_NAME.test(key) && looksLikeSecretValue(value)) found.push({ kind: `${key} value`, line: 1, preview: `${key}=${redact(value)}` });
  }
  return found;
}
