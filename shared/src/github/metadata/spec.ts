/**
 * docker/metadata-action's `tags` and `flavor` line syntax, parsed into plain
 * data: one CSV record per line (quotes allowed, as metadata-action reads them),
 * `key=value` fields, a bare field meaning `value`. Defaults per type and the
 * priority order are metadata-action's, so a pasted config means the same here.
 * Pure; every bad line is an INPUT error naming the input and the line.
 */
import { parse } from 'csv-parse/sync';
import { PipelineError } from '../../errors.js';

export const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const;
export type TagType = (typeof TAG_TYPES)[number];

/** Higher first; equal priorities keep the order the user wrote (a stable sort, as metadata-action's). */
export const DEFAULT_PRIORITY: Readonly<Record<TagType, number>> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

export interface TagSpec {
  type: TagType;
  /** Every attribute as written (keys lower-cased), with the type's defaults filled in. */
  attrs: Readonly<Record<string, string>>;
  priority: number;
  /** The line as the user wrote it, for messages. */
  line: string;
}

/** metadata-action's default when `tags` is empty. */
export const METADATA_ACTION_DEFAULT_TAGS: readonly string[] = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

function fieldsOf(line: string, input: string): string[] {
  let records: unknown;
  try {
    records = parse(line, { relaxColumnCount: true, skipEmptyLines: true, relaxQuotes: false });
  } catch (e) {
    throw new PipelineError('INPUT', `input '${input}' has '${line}', which is not a valid CSV line: ${(e as Error).message}`, {
      input,
      hint: 'Quote a field that holds a comma or a quote, e.g. type=raw,value="a,b".',
    });
  }
  const first = Array.isArray(records) ? (records[0] as unknown) : undefined;
  return Array.isArray(first) ? first.map((f) => String(f)) : [];
}

const bad = (input: string, line: string, what: string, hint: string): PipelineError =>
  new PipelineError('INPUT', `input '${input}' has '${line}': ${what}`, { input, hint });

export function parseTagLine(line: string): TagSpec {
  const attrs: Record<string, string> = {};
  let type: TagType | undefined;
  for (const field of fieldsOf(line, 'tags')) {
    // Split at the first '=' only: values such as patterns may hold '=' themselves.
    const eq = field.indexOf('=');
    if (eq <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === 'type') {
      if (!(TAG_TYPES as readonly string[]).includes(value))
        throw bad('tags', line, `unknown type '${value}'`, `Use one of type=${TAG_TYPES.join(', type=')}.`);
      type = value as TagType;
    } else attrs[key] = value;
  }
  type ??= 'raw';
  const need = (key: string, hint: string): void => {
    if (!(key in attrs)) throw bad('tags', line, `type=${type} needs a ${key} attribute`, hint);
  };
  switch (type) {
    case 'schedule':
      attrs.pattern ??= 'nightly';
      break;
    case 'semver':
    case 'pep440':
      need('pattern', `Add e.g. pattern={{version}}.`);
      attrs.value ??= '';
      attrs.match ??= '';
      break;
    case 'match':
      need('pattern', 'Add e.g. pattern=\\d+.\\d+ (a regular expression).');
      attrs.group ??= '0';
      if (!/^\d+$/.test(attrs.group)) throw bad('tags', line, `group '${attrs.group}' is not a number`, 'Write group=1 for the first capture group.');
      attrs.value ??= '';
      break;
    case 'edge':
      attrs.branch ??= '';
      break;
    case 'ref':
      need('event', 'Add event=branch, event=tag or event=pr.');
      if (!['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
        throw bad('tags', line, `event '${attrs.event}' is not branch, tag or pr`, 'Write event=branch, event=tag or event=pr.');
      if (attrs.event === 'pr') attrs.prefix ??= 'pr-';
      break;
    case 'raw':
      need('value', 'Add value=<tag>, or write the tag alone on its line.');
      break;
    case 'sha':
      attrs.prefix ??= 'sha-';
      attrs.format ??= 'short';
      if (attrs.format !== 'short' && attrs.format !== 'long')
        throw bad('tags', line, `format '${attrs.format}' is not short or long`, 'Write format=short or format=long.');
      break;
  }
  attrs.enable ??= 'true';
  let priority = DEFAULT_PRIORITY[type];
  if (attrs.priority !== undefined) {
    if (!/^-?\d+$/.test(attrs.priority)) throw bad('tags', line, `priority '${attrs.priority}' is not a whole number`, 'Write e.g. priority=500.');
    priority = Number(attrs.priority);
  }
  return { type, attrs, priority, line };
}

/** Lines (blank and `#` comment lines already dropped by the caller) -> specs, highest priority first. Empty -> metadata-action's default. */
export function parseTagSpecs(lines: readonly string[]): TagSpec[] {
  const src = lines.length > 0 ? lines : METADATA_ACTION_DEFAULT_TAGS;
  return src
    .map(parseTagLine)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.priority - a.s.priority || a.i - b.i)
    .map((x) => x.s);
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  /** Whether `prefix` also goes on `latest`. */
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

export function parseFlavor(lines: readonly string[]): Flavor {
  const f: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  for (const line of lines) {
    // `onlatest` refers to the prefix or suffix written before it on the same line.
    let last: 'prefix' | 'suffix' | undefined;
    for (const field of fieldsOf(line, 'flavor')) {
      const eq = field.indexOf('=');
      if (eq <= 0)
        throw bad('flavor', line, `'${field}' is not key=value`, 'Write latest=auto|true|false, prefix=..., suffix=... (onlatest=true after either).');
      const key = field.slice(0, eq).trim().toLowerCase();
      const value = field.slice(eq + 1).trim();
      switch (key) {
        case 'latest':
          if (value !== 'auto' && value !== 'true' && value !== 'false')
            throw bad('flavor', line, `latest '${value}' is not auto, true or false`, 'Write latest=auto, latest=true or latest=false.');
          f.latest = value;
          break;
        case 'prefix':
          f.prefix = value;
          last = 'prefix';
          break;
        case 'suffix':
          f.suffix = value;
          last = 'suffix';
          break;
        case 'onlatest':
          if (value !== 'true' && value !== 'false')
            throw bad('flavor', line, `onlatest '${value}' is not true or false`, 'Write onlatest=true or onlatest=false.');
          if (last === 'prefix') f.prefixLatest = value === 'true';
          else if (last === 'suffix') f.suffixLatest = value === 'true';
          break;
        default:
          throw bad('flavor', line, `unknown key '${key}'`, 'Use latest, prefix, suffix or onlatest.');
      }
    }
  }
  return f;
}
