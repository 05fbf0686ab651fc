/**
 * The `{{...}}` expressions of metadata-action's spec lines: a small subset of
 * Handlebars, enough for what metadata-action evaluates — `{{name}}`,
 * `{{ name }}`, `{{name 'arg' key='v'}}`, `{{{name}}}` (unescaped) — with
 * Handlebars' own output rules (missing names are empty, arrays join with
 * ',', output is HTML-escaped unless triple-braced), so results match
 * metadata-action's. No blocks, partials or paths: those fail with a clear error.
 * Pure.
 */
import { PipelineError } from '../../errors.js';

export type Param = string | number | boolean;
export type Helper = (params: readonly unknown[], hash: Readonly<Record<string, Param>>) => unknown;
/** A name resolves to a helper (called) or a value (printed). */
export type Scope = Readonly<Record<string, unknown>>;

/** An unquoted word that is not a number or boolean is a name to look up, as in Handlebars. */
type Arg = { lit: Param } | { path: string };

interface Mustache {
  name: string;
  params: Arg[];
  hash: Record<string, Param>;
  escape: boolean;
}
type Part = string | Mustache;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);

const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_][\w-]*)=(?:'([^']*)'|"([^"]*)"|([^\s'"}]+))|([^\s'"=}]+))/y;

function literal(word: string): Param {
  if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
  if (word === 'true' || word === 'false') return word === 'true';
  return word;
}

function parseMustache(body: string, escape: boolean, template: string): Mustache {
  const words: Arg[] = [];
  const hash: Record<string, Param> = {};
  TOKEN.lastIndex = 0;
  let rest = body.trim();
  while (rest !== '') {
    TOKEN.lastIndex = 0;
    const m = TOKEN.exec(rest);
    if (m === null) throw exprError(template, `cannot read '${rest}'`);
    if (m[1] !== undefined || m[2] !== undefined) words.push({ lit: (m[1] ?? m[2]) as string });
    else if (m[3] !== undefined) hash[m[3]] = m[4] ?? m[5] ?? literal(m[6] as string);
    else {
      const w = literal(m[7] as string);
      words.push(typeof w === 'string' ? { path: w } : { lit: w });
    }
    rest = rest.slice(m[0].length).trimStart();
  }
  const head = words.shift();
  const name = head !== undefined && 'path' in head ? head.path : undefined;
  if (name === undefined || !/^[A-Za-z_]\w*$/.test(name)) throw exprError(template, `'{{${body}}}' does not start with a name`);
  return { name, params: words, hash, escape };
}

const exprError = (template: string, why: string): PipelineError =>
  new PipelineError('INPUT', `expression in '${template}' is not valid: ${why}`, {
    hint: "Write {{name}} or {{name 'argument' key='value'}}, e.g. {{branch}}, {{date 'YYYYMMDD' tz='UTC'}}.",
  });

export function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      parts.push(template.slice(i));
      break;
    }
    if (open > i) parts.push(template.slice(i, open));
    const triple = template.startsWith('{{{', open);
    const close = template.indexOf(triple ? '}}}' : '}}', open);
    if (close < 0) throw exprError(template, "a '{{' is not closed");
    const body = template.slice(open + (triple ? 3 : 2), close);
    if (/^[#/^>!&]/.test(body.trim()) || body.includes('{'))
      throw exprError(template, `'{{${body}}}' uses Handlebars syntax metadata-action's expressions do not need`);
    parts.push(parseMustache(body, !triple, template));
    i = close + (triple ? 3 : 2);
  }
  return parts;
}

/** Handlebars' printing of a value. */
function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => show(x)).join(',');
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString();
  return '[object Object]'; // Handlebars prints any other value so too
}

export function render(template: string, scope: Scope): string {
  let out = '';
  for (const p of parseTemplate(template)) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    const lookup = (n: string): unknown => (Object.prototype.hasOwnProperty.call(scope, n) ? scope[n] : undefined);
    const v = lookup(p.name);
    // A name given as an argument is its value (a helper's name gives the helper itself, unused by ours).
    const args = p.params.map((a) => ('lit' in a ? a.lit : lookup(a.path)));
    const s = show(typeof v === 'function' ? (v as Helper)(args, p.hash) : v);
    out += p.escape ? escapeHtml(s) : s;
  }
  return out;
}

/** Whether the template is exactly one `{{raw}}` (metadata-action then keeps a prerelease's raw text). */
export function isRawStatement(template: string): boolean {
  try {
    const parts = parseTemplate(template);
    return parts.length === 1 && typeof parts[0] !== 'string' && parts[0]?.name === 'raw';
  } catch {
    return false;
  }
}
