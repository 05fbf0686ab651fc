/**
 * Recognising secrets in text (pure), the way the scanners people trust do it
 * (gitleaks, trufflehog, trivy): a match needs evidence, not a suggestive name.
 *
 * - Specific token formats: provider prefixes and lengths (AKIA..., ghp_...,
 *   glpat-..., xoxb-..., npm_..., sk_live_...), a private key's armour with a
 *   base64 body and its END line, a TSIG/rndc `secret "..."`, credentials inside
 *   a URL, a docker `auth` that decodes to user:password.
 * - `key = value` pairs whose key names a credential, judged by the value's
 *   shape: references (`$VAR`, `${VAR}`, `{{ x }}`, `%(x)s`), paths and file
 *   references (`$dir/private/cakey.pem`), URLs without credentials, switches
 *   and enum words (`passwd: files`), numbers and well-known placeholders are
 *   never secrets. Where values are literal credentials by purpose (ENV, build
 *   arguments, .env and other credential files) any other value counts; in
 *   ordinary config files the value must also look generated: at least 8
 *   characters, two character classes and a Shannon entropy of 3 bits per
 *   character or more (gitleaks' generic rule uses 3.5 over 10+ characters;
 *   3.0 over 8+ keeps human-made passwords such as `s3cr3t-value`).
 *
 * Values are never echoed back whole: matches carry a redacted preview.
 */
import { mask } from '../preview.js';

export interface SecretMatch {
  kind: string;
  /** 1-based line within the text. */
  line: number;
  preview: string;
}

/** Where a value sits decides how much evidence a secret-named key needs. */
export type SecretContext =
  /** ENV, labels, build arguments, .env, .netrc, .npmrc, credentials files: values are literal credentials by purpose. */
  | 'credential'
  /** Ordinary configuration files: the value must also look generated. */
  | 'config';

/** Longest line read; a longer line (minified code, data) is read up to here. */
const MAX_LINE = 16 * 1024;

/** Shannon entropy of the characters of `s`, in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const charClasses = (s: string): number => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(s)).length;

// ---------------------------------------------------------------- token formats

interface TokenRule {
  kind: string;
  /** Lower-case words one of which the line must hold before the pattern runs (gitleaks' keyword prefilter). */
  keywords: readonly string[];
  /** Global regex; group 1, when present, is the secret itself. */
  re: RegExp;
  /** Extra check on the secret (e.g. documented example values are not secrets). */
  accept?: (secret: string) => boolean;
}

/** AWS's documentation uses ...EXAMPLE ids and keys; gitleaks and trufflehog skip them too. */
const notExample = (s: string): boolean => !/EXAMPLE/i.test(s);

const TOKEN_RULES: readonly TokenRule[] = [
  {
    kind: 'AWS access key id',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    re: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    accept: (s) => notExample(s) && shannonEntropy(s) >= 3,
  },
  {
    kind: 'AWS secret access key',
    keywords: ['aws'],
    re: /aws_?(?:secret)?_?(?:access)?_?key["']?\s*[=:]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    accept: (s) => notExample(s) && shannonEntropy(s) >= 4,
  },
  { kind: 'GitHub token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g },
  { kind: 'GitHub token', keywords: ['github_pat_'], re: /\b(github_pat_[A-Za-z0-9_]{40,255})\b/g },
  { kind: 'GitLab token', keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-'], re: /\b(gl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,})/g },
  { kind: 'Slack token', keywords: ['xox'], re: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/g },
  { kind: 'Slack webhook', keywords: ['hooks.slack.com'], re: /(https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9+/]{20,})/g },
  { kind: 'Google API key', keywords: ['aiza'], re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
  { kind: 'npm token', keywords: ['npm_'], re: /\b(npm_[A-Za-z0-9]{36})\b/g },
  { kind: 'PyPI token', keywords: ['pypi-'], re: /\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g },
  { kind: 'Stripe secret key', keywords: ['_live_', '_test_'], re: /\b((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,})\b/g },
  { kind: 'OpenAI API key', keywords: ['t3blbkfj'], re: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})/g },
  { kind: 'Anthropic API key', keywords: ['sk-ant-'], re: /\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})/g },
  { kind: 'Hugging Face token', keywords: ['hf_'], re: /\b(hf_[A-Za-z0-9]{34,40})\b/g },
  { kind: 'SendGrid API key', keywords: ['sg.'], re: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b/g },
  { kind: 'age secret key', keywords: ['age-secret-key-1'], re: /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g },
  { kind: 'JSON web token', keywords: ['eyj'], re: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g },
  // BIND's rndc.key and TSIG keys: key "name" { algorithm hmac-sha256; secret "base64"; };
  { kind: 'TSIG/rndc key', keywords: ['secret'], re: /\bsecret\s+"([A-Za-z0-9+/]{16,}={0,2})"\s*;/g, accept: (s) => shannonEntropy(s) >= 3.5 },
];

/** Passwords in a URL: scheme://user:password@host. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/'"<>]{1,64}):([^\s@/'"<>]{1,128})@[A-Za-z0-9[]/g;

/** npm's _auth/_authToken (in .npmrc, often after a //registry/: scope). */
const NPM_AUTH = /(?:^|[\s:])_(auth(?:Token)?)\s*=\s*(\S+)/g;

/** docker config.json: "auth": base64 of user:password. */
const DOCKER_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;

/**
 * A private key: its armour, a base64 body and the END line (as trivy's rule
 * asks), so a script or a manual that only names the header is not a key.
 * JSON-escaped newlines (`\n`, as in a GCP service-account file) count as
 * newlines. Found by index, not by one big pattern: a body without its END
 * must not make the search backtrack.
 */
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g;
const MAX_KEY_BODY = 64 * 1024;

function privateKeys(text: string): { index: number; type: string; body: string }[] {
  const out: { index: number; type: string; body: string }[] = [];
  // The next END of each type, found once: a file of many BEGINs must not search the rest of it for each.
  const ends = new Map<string, number>();
  for (const m of text.matchAll(PRIVATE_KEY_BEGIN)) {
    const type = m[1] as string;
    const from = m.index + m[0].length;
    let end = ends.get(type);
    if (end === undefined || (end >= 0 && end < from)) ends.set(type, (end = text.indexOf(`-----END ${type}-----`, from)));
    if (end < 0 || end - from > MAX_KEY_BODY) continue;
    // Drop escaped newlines and PEM headers (Proc-Type: ..., DEK-Info: ..., PGP's Version: ...).
    const lines = text
      .slice(from, end)
      .replace(/\\[nr]/g, '\n')
      .split(/\s*\n\s*/)
      .filter((l) => l !== '' && !/^[A-Za-z-]+: /.test(l));
    const body = lines.join('');
    if (body.length >= 16 && /^[A-Za-z0-9+/=]+$/.test(body)) out.push({ index: m.index, type, body });
  }
  return out;
}

/** 1-based line of each index, for indexes in increasing order (one pass over the text). */
function lineCounter(text: string): (index: number) => number {
  let line = 1;
  let at = 0;
  return (index) => {
    for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      at = i + 1;
    }
    return line;
  };
}

const cap = (l: string): string => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l);

/** Token formats anywhere in the text (comments included: a token in a comment is still a token). */
export function findTokens(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  const lineAt = lineCounter(text);
  for (const k of privateKeys(text)) out.push({ kind: 'private key', line: lineAt(k.index), preview: `-----BEGIN ${k.type}----- ${mask(k.body)}` });
  text.split('\n').forEach((raw, i) => {
    const l = cap(raw);
    const lower = l.toLowerCase();
    for (const r of TOKEN_RULES) {
      if (!r.keywords.some((k) => lower.includes(k))) continue;
      for (const m of l.matchAll(r.re)) {
        const secret = m[1] ?? m[0];
        if (r.accept === undefined || r.accept(secret)) out.push({ kind: r.kind, line: i + 1, preview: mask(secret) });
      }
    }
    if (!l.includes('@') && !l.includes('"auth"') && !l.includes('_auth')) return;
    for (const m of l.matchAll(URL_CREDENTIALS)) {
      const password = m[2] ?? '';
      if (isLiteral(password, 'credential') && !PLACEHOLDER_WORD.test(password))
        out.push({ kind: 'password in a URL', line: i + 1, preview: `${m[1] ?? ''}:${mask(password)}@` });
    }
    for (const m of l.matchAll(NPM_AUTH)) {
      const value = unquote(m[2] ?? '');
      if (value.length >= 8 && isLiteral(value, 'credential'))
        out.push({ kind: `npm _${m[1] ?? 'auth'}`, line: i + 1, preview: `_${m[1] ?? 'auth'}=${mask(value)}` });
    }
    for (const m of l.matchAll(DOCKER_AUTH)) {
      const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0 && colon < decoded.length - 1) out.push({ kind: 'registry auth', line: i + 1, preview: `auth=${mask(m[1] ?? '')}` });
    }
  });
  return dedupe(out);
}

function dedupe(ms: SecretMatch[]): SecretMatch[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.line}\0${m.kind}\0${m.preview}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------- keys and values

/**
 * Names of settings whose value is a credential: the credential word ends the
 * name (`DB_PASSWORD`, `client_secret`, `apiKey`), so `password_file`,
 * `token_url` or `password_encryption` (a path, a URL, a switch) do not count.
 */
const SECRET_WORD =
  /(?:^|[_.\-\s])(?:pass(?:word|wd|phrase)?|pwd|secret|secret[_.-]?key|token|api[_.-]?key|apikey|access[_.-]?key|access[_.-]?key[_.-]?secret|private[_.-]?key|client[_.-]?secret|credentials?|auth[_.-]?token)$/i;

/** camelCase names read as snake_case: dbPassword -> db_Password. */
export const isSecretName = (key: string): boolean => SECRET_WORD.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));

/** Values people write where the real one goes, and well-known defaults (public, so not secrets). */
const PLACEHOLDER_WORD =
  /^(?:\*+|x+|X+|\.\.\.+|-+|_+|\?+|#+|changeme|change[_-]?me|change[_-]?it|changethis|replace[_-]?me|replaceme|password|passwd|pass|pwd|secret|token|apikey|api[_-]?key|your[_-].*|my[_-]?(?:password|secret|token)|example.*|sample|dummy|test|testing|todo|tbd|fixme|redacted|hidden|masked|placeholder|none|null|nil|undefined|empty|default|unset|required|optional|n\/a|foo|bar|foobar|foobared|admin|user|username|guest|root|mysql|postgres)$/i;

/** Switch and enum words a secret-named key takes in stock configs (nsswitch `passwd: files`, sshd `PasswordAuthentication no`...). */
const SWITCH_WORD =
  /^(?:true|false|yes|no|on|off|y|n|enabled?|disabled?|allow|deny|prompt|ask|always|never|auto|files|compat|systemd|db|dns|nis|nisplus|ldap|sss|winbind|extrausers|hesiod|local|remote|internal|external|plain|md5|sha\d*|scram-sha-256|trust|reject|ident|peer|any|all|strict|lax|required|requisite|sufficient|optional|include|substack)$/i;

/** Expanded at run time: `$VAR`, `${VAR}`, `$(cmd)`, `$dir/...` (and crypt hashes `$6$...`, not plaintext), templates, secret-store references. */
const REFERENCE =
  /^(?:\$.*|%\(?[A-Za-z_][A-Za-z0-9_]*\)?s?|%[A-Za-z_][A-Za-z0-9_]*%|\{\{.*\}\}|\{%.*%\}|<%.*%>|<[^>]*>|@[A-Za-z_][A-Za-z0-9_]*@|ENC\[.*\]|!vault.*|vault:.*|arn:aws:(?:secretsmanager|ssm|kms):.*|(?:file|env|keyring|secret|ssm|sm|op|awssm|gcpsm|azkv):.*)$/i;

/** A path or file reference: absolute, relative, home, or a name ending in a key/cert/config extension (a secret may hold '/', so no more). */
const PATH_LIKE =
  /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|txt|conf|cfg|ini|json|ya?ml|toml|properties|env|secret|token)$/i;

const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i;

export const unquote = (v: string): string => {
  let s = v.trim().replace(/[,;]$/, '').trim();
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0]) s = s.slice(1, -1);
  return s;
};

/**
 * Whether a value set for a secret-named key is a literal secret: not a
 * reference, path, URL without credentials, switch word, number or
 * placeholder; in a config file it must also look generated.
 */
export function isLiteral(raw: string, context: SecretContext): boolean {
  const v = unquote(raw);
  if (v.length < 4 || PLACEHOLDER_WORD.test(v) || SWITCH_WORD.test(v) || REFERENCE.test(v) || PATH_LIKE.test(v) || URL_WITHOUT_CREDENTIALS.test(v))
    return false;
  if (/^[0-9.:_-]+$/.test(v)) return false;
  // A value that contains a reference is assembled at run time (`pre-${SUFFIX}`): not a literal.
  if (/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}|\$\([^)]*\)/.test(v)) return false;
  if (context === 'credential') return true;
  return v.length >= 8 && !/\s/.test(v) && charClasses(v) >= 2 && shannonEntropy(v) >= 3;
}

/** `key = value`, `key: value`, `export KEY=value`, `"key": "value",` at the start of a line. */
const ASSIGNMENT = /^\s*(?:export\s+|set\s+)?["']?([A-Za-z0-9_.-]{1,128})["']?\s*(?:=|:|:=|=>)\s*(.*)$/;
/** <password>value</password> (Maven settings, Tomcat, XML configs). */
const XML_ELEMENT = /<([A-Za-z][A-Za-z0-9_.-]{0,64})>([^<]{1,256})<\/\1>/g;
/** password="value" attributes (Tomcat users, XML configs). */
const XML_ATTRIBUTE = /\s([A-Za-z][A-Za-z0-9_.-]{0,64})="([^"]{1,256})"/g;

const COMMENT = /^\s*(?:#|;|\/\/|--|!|<!--|\*|REM\s)/i;

/** `password=...` style lines (config files, env files). Comment lines are skipped. */
export function findAssignments(text: string, context: SecretContext = 'config'): SecretMatch[] {
  const out: SecretMatch[] = [];
  text.split('\n').forEach((raw, i) => {
    const l = cap(raw);
    if (COMMENT.test(l)) return;
    const m = ASSIGNMENT.exec(l);
    if (m !== null) {
      const key = m[1] as string;
      // An unquoted value ends at an inline comment.
      const value = (m[2] as string).replace(/^([^"'].*?)\s+[#;].*$/, '$1');
      if (isSecretName(key) && isLiteral(value, context)) out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${mask(unquote(value))}` });
      return;
    }
    for (const re of [XML_ELEMENT, XML_ATTRIBUTE]) {
      for (const x of l.matchAll(re)) {
        const key = x[1] as string;
        if (isSecretName(key) && isLiteral(x[2] as string, context))
          out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${mask(x[2] as string)}` });
      }
    }
  });
  return out;
}

/** .netrc: `machine host login user password secret` (one line or several). */
export function findNetrc(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  text.split('\n').forEach((l, i) => {
    for (const m of cap(l).matchAll(/\bpassword\s+(\S+)/g))
      if (isLiteral(m[1] as string, 'credential')) out.push({ kind: 'netrc password', line: i + 1, preview: `password ${mask(m[1] as string)}` });
  });
  return out;
}

/** .pgpass: host:port:database:user:password, one per line. */
export function findPgpass(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  text.split('\n').forEach((l, i) => {
    if (COMMENT.test(l)) return;
    const fields = l.split(/(?<!\\):/);
    const password = fields.slice(4).join(':');
    if (fields.length >= 5 && isLiteral(password, 'credential'))
      out.push({ kind: 'pgpass password', line: i + 1, preview: `${fields[3] ?? ''}:${mask(password)}` });
  });
  return out;
}

/**
 * Is this text (an env value, a build step, a shell history line) carrying a
 * secret? Tokens, `KEY=value` pairs and `--password=value` flags count; values
 * that are references (`$VAR`) are not literals and do not.
 */
export function secretsInText(text: string): SecretMatch[] {
  const found = findTokens(text);
  text.split('\n').forEach((raw, i) => {
    // `KEY=value`, or a flag and its value (`--password=hunter2`, `--password hunter2`); `password value` alone is prose.
    for (const m of cap(raw).matchAll(/(?<![^\s|;&(])(?:--?([A-Za-z0-9_.-]+)(?:=|\s+)|([A-Za-z0-9_.-]+)=)("[^"]*"|'[^']*'|[^\s;&|)]+)/g)) {
      const key = (m[1] ?? m[2]) as string;
      const value = m[3] as string;
      if (isSecretName(key) && isLiteral(value, 'credential')) found.push({ kind: `${key} value`, line: i + 1, preview: `${key}=${mask(unquote(value))}` });
    }
  });
  return dedupe(found);
}
