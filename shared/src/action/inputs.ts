/**
 * Reading action inputs the same way in every action: names exactly as in
 * action.yml, lists one item per line (commas accepted, `#` comments and
 * blank lines ignored), booleans and enums checked with an error that names
 * the input and the values it accepts. Pure over an `env` map so tests need
 * no process state; the runner passes inputs as `INPUT_<NAME>` variables.
 */
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The environment variable the runner uses for an input (see @actions/core getInput). */
export const inputVar = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export function getInput(env: Env, name: string, opts: { required?: boolean; trim?: boolean } = {}): string {
  const raw = env[inputVar(name)] ?? '';
  const value = opts.trim === false ? raw : raw.trim();
  if (opts.required === true && value === '') {
    throw new PipelineError('INPUT', `input '${name}' is required`, { input: name, hint: `Set '${name}' under 'with:' of this step.` });
  }
  return value;
}

/** One item per line or comma; `#` starts a comment; blanks dropped. */
export function parseList(text: string, opts: { commas?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = stripComment(rawLine).trim();
    if (line === '') continue;
    const parts = opts.commas === false ? [line] : line.split(',');
    for (const p of parts) {
      const item = p.trim();
      if (item !== '') out.push(item);
    }
  }
  return out;
}

/** A `#` starts a comment when it begins the line or follows whitespace (so `a#b` survives). */
function stripComment(line: string): string {
  const m = /(^|\s)#/.exec(line);
  return m === null ? line : line.slice(0, m.index);
}

export function getList(env: Env, name: string, opts: { commas?: boolean } = {}): string[] {
  return parseList(getInput(env, name, { trim: false }), opts);
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', '0']);

export function getBoolean(env: Env, name: string, fallback: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return fallback;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw new PipelineError('INPUT', `input '${name}' is '${v}', not a boolean`, { input: name, hint: "Use 'true' or 'false'." });
}

export function getEnum<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const v = getInput(env, name);
  if (v === '') return fallback;
  if ((values as readonly string[]).includes(v)) return v as T;
  throw new PipelineError('INPUT', `input '${name}' is '${v}', which is not one of ${values.join(', ')}`, {
    input: name,
    hint: `Set '${name}' to one of: ${values.join(', ')}.`,
  });
}

export function getInteger(env: Env, name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
  const v = getInput(env, name);
  if (v === '') return fallback;
  const n = Number(v);
  const min = range.min ?? Number.MIN_SAFE_INTEGER;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new PipelineError('INPUT', `input '${name}' is '${v}', not a whole number from ${min} to ${max}`, { input: name });
  }
  return n;
}

/**
 * `KEY=value` lines (build-args, labels, annotations). Values may contain
 * `=` and commas, so only newlines separate items. A line without `=`, or
 * with an empty or malformed key, is an error naming its line.
 */
export function parseKeyValues(text: string, input: string, opts: { keyPattern?: RegExp } = {}): Map<string, string> {
  const out = new Map<string, string>();
  const keyPattern = opts.keyPattern ?? /^[^\s=]+$/;
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq).trim();
    if (eq <= 0 || !keyPattern.test(key)) {
      throw new PipelineError('INPUT', `input '${input}' line ${i + 1} ('${preview(rawLine, { max: 60 })}') is not KEY=value`, {
        input,
        line: i + 1,
        hint: `Write one KEY=value per line${eq <= 0 ? '; this line has no key or no =' : `; '${preview(key)}' is not a valid key`}.`,
      });
    }
    out.set(key, line.slice(eq + 1));
  });
  return out;
}
