/**
 * List inputs read the way docker/actions-toolkit's getInputList reads them,
 * so a docker/build-push-action `with:` block means the same here: the text
 * is CSV (csv-parse: relaxed quotes, relaxed column count, blank lines
 * skipped), one record per line, so an item may be quoted to hold commas
 * (`"FOO=a,b"`), newlines (`"KEY=line one\nline two"`) or doubled quotes.
 * With `ignoreComma` a record's fields are joined back with commas (one item
 * per line: build-args, labels, secrets, ...); without it every field, and
 * every comma-separated part of a lone field, is an item (platforms, ssh, ...).
 *
 * Two differences, both keeping what our inputs accepted before: a line whose
 * first non-blank character is `#` is a comment (actions-toolkit passes no
 * comment character for these inputs, so buildx would be handed the line),
 * and each item carries the line it starts on, for errors. `#` elsewhere is
 * data (`COLOR=#fff`). Pure.
 */
import { parse } from 'csv-parse/sync';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { getInput, type Env } from './inputs.js';

export interface ListItem {
  value: string;
  /** 1-based line of the input the item starts on. */
  line: number;
  /** The item was written in quotes (its whitespace is the user's, on purpose). */
  quoted: boolean;
}

export interface ListOptions {
  /** One item per line; commas inside the line are data. */
  ignoreComma?: boolean;
  /** `false`: quotes are plain characters (actions-toolkit's `quote: false`, for buildx `--output` lines). */
  quote?: false;
  /**
   * `'unquoted'`: trim only items written without quotes, so a quoted secret
   * keeps its trailing newline as actions-toolkit keeps it with
   * trimWhitespace: false; default: trim every item, as getInputList does.
   */
  trim?: 'all' | 'unquoted';
  /**
   * A `#` after white space on an unquoted line ends it (`linux/amd64  # the
   * runner's`), as getList reads comma lists; for inputs whose items never
   * hold a `#` (platforms). actions-toolkit has no such comments.
   */
  trailingComments?: boolean;
}

interface Parsed {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** A record's own text: csv-parse's raw text also holds the blank and comment lines before it, and the newline after it. */
const bodyOf = (p: Parsed): string => p.raw.replace(/^(?:(?:#[^\n]*)?\r?\n)+/, '').replace(/\r?\n$/, '');

/** The line a record starts on: where it ends, less the newlines inside it. */
const startLine = (p: Parsed, body: string): number => p.info.lines - (body.match(/\n/g)?.length ?? 0);

export function readList(text: string, input: string, opts: ListOptions = {}): ListItem[] {
  if (text.trim() === '') return [];
  let records: Parsed[];
  try {
    records = parse(text, {
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      info: true,
      raw: true,
      ...(opts.quote === false ? { quote: false } : {}),
    }) as unknown as Parsed[];
  } catch (e) {
    // csv-parse's message may quote the text (a secret): only its line number is shown.
    const at = typeof (e as { lines?: unknown }).lines === 'number' ? ` (near line ${(e as { lines: number }).lines})` : '';
    throw new PipelineError('INPUT', `input '${input}' is not a valid list${at}: a quote is opened and never closed, or closed in the middle of an item`, {
      input,
      hint: 'Quote a whole item ("KEY=a,b"), not part of it; write a quote inside a quoted item as two ("").',
    });
  }
  const out: ListItem[] = [];
  for (const p of records) {
    const body = bodyOf(p);
    const lead = body.trimStart();
    // An indented `# comment` (csv-parse takes `#` as a comment only in the first column).
    if (lead.startsWith('#')) continue;
    const quoted = opts.quote !== false && lead.startsWith('"');
    const line = startLine(p, body);
    const fields = opts.trailingComments === true && !quoted ? [body.replace(/(^|\s)#.*$/s, '')] : p.record;
    const values = opts.ignoreComma === true ? [fields.join(',')] : fields.length === 1 ? (fields[0] ?? '').split(',') : fields;
    for (const v of values) {
      if (v === '') continue;
      const value = opts.trim === 'unquoted' && quoted ? v : v.trim();
      if (value !== '') out.push({ value, line, quoted });
    }
  }
  return out;
}

/** An input's items (see readList). */
export const getListItems = (env: Env, name: string, opts: ListOptions = {}): ListItem[] => readList(getInput(env, name, { trim: false }), name, opts);

/** An input's items as strings: actions-toolkit's getInputList. */
export const getInputList = (env: Env, name: string, opts: ListOptions = {}): string[] => getListItems(env, name, opts).map((i) => i.value);

/**
 * `KEY=value` items (build-args, labels, annotations), one per line or quoted:
 * split at the first `=`. An item without `=`, or with a malformed key, is an
 * error naming its line with a redacted preview.
 */
export function keyValuesOf(items: readonly ListItem[], input: string, opts: { keyPattern?: RegExp } = {}): Map<string, string> {
  const keyPattern = opts.keyPattern ?? /^[^\s=]+$/;
  const out = new Map<string, string>();
  for (const item of items) {
    const eq = item.value.indexOf('=');
    const key = eq < 0 ? item.value : item.value.slice(0, eq).trim();
    if (eq <= 0 || !keyPattern.test(key)) {
      throw new PipelineError('INPUT', `input '${input}' line ${item.line} ('${preview(item.value, { max: 60 })}') is not KEY=value`, {
        input,
        line: item.line,
        hint: `Write one KEY=value per line (quote it to hold a comma or a newline: "KEY=a,b")${eq <= 0 ? '; this line has no key or no =' : `; '${preview(key)}' is not a valid key`}.`,
      });
    }
    out.set(key, item.value.slice(eq + 1));
  }
  return out;
}

/** keyValuesOf over an input read with ignoreComma (one item per line). */
export const getKeyValues = (env: Env, name: string, opts: { keyPattern?: RegExp } = {}): Map<string, string> =>
  keyValuesOf(getListItems(env, name, { ignoreComma: true }), name, opts);
