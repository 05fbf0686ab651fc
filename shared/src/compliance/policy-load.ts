/**
 * Load and check a policy file: YAML parsed with positions kept, validated
 * against the published JSON Schema, then the checks a schema cannot express
 * (regexes compile, dates are real dates). Every error names the file, the
 * line and the field, and says what would be accepted.
 */
import * as fs from 'node:fs/promises';
import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { policySchema } from './policy-schema.js';
import type { LoadedPolicy, Policy } from './policy-types.js';
import { compileRegex } from './regex.js';

type PathPart = string | number;

/**
 * What yaml says is wrong, without the text it quotes from the file beyond a
 * short redacted preview: the file may not be a policy at all (a path that
 * names /etc/shadow), and an error must not print its lines.
 */
export function yamlProblem(message: string): string {
  const first = message.split('\n')[0] ?? '';
  const i = first.indexOf(': ');
  return i < 0 ? preview(first, { max: 100 }) : `${preview(first.slice(0, i), { max: 100 })} (near ${preview(first.slice(i + 2), { max: 24 })})`;
}

/** `fileExistenceTests[0].uid` from ['fileExistenceTests', 0, 'uid']. */
export function fieldName(path: readonly PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

const pointerToPath = (pointer: string): PathPart[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The schema node describing the value at `path`, to list what it accepts. */
function schemaAt(path: readonly PathPart[]): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = policySchema as unknown as Record<string, unknown>;
  for (const p of path) {
    if (node === undefined) return undefined;
    if (typeof p === 'number') node = node.items as Record<string, unknown> | undefined;
    else {
      const props = node.properties as Record<string, Record<string, unknown>> | undefined;
      node = props?.[p] ?? (typeof node.additionalProperties === 'object' ? (node.additionalProperties as Record<string, unknown>) : undefined);
    }
  }
  return node;
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(policySchema);
  return validator(value) ? [] : (validator.errors ?? []);
}

export interface PolicyText {
  text: string;
  /** Shown in errors and used as the anchor of findings. */
  file: string;
}

export function parsePolicy({ text, file }: PolicyText): LoadedPolicy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lines.linePos(offset).line);
  const firstError = doc.errors[0];
  if (firstError !== undefined) {
    const pos = firstError.linePos?.[0] ?? lines.linePos(firstError.pos[0]);
    throw new PipelineError('POLICY', `the policy is not valid YAML: ${yamlProblem(firstError.message)}`, {
      file,
      line: pos.line,
      column: pos.col,
      hint: 'Fix the YAML syntax at that line (indentation, a missing colon, an unclosed quote).',
    });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias to an anchor that is not there, or too many aliases: yaml names the alias in its message.
    throw new PipelineError('POLICY', `the policy is not valid YAML: ${yamlProblem((e as Error).message)}`, { file, hint: 'Define each anchor (&name) before its aliases (*name), and use few aliases.' });
  }
  if (value === null || value === undefined) {
    throw new PipelineError('POLICY', 'the policy file is empty', { file, line: 1, hint: "Start it with `schemaVersion: '2.0.0'`." });
  }

  const nodeLine = (path: readonly PathPart[], key = false): number | undefined => {
    if (key && path.length > 0) {
      const parent = doc.getIn(path.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((it) => isPair(it) && isScalar(it.key) && it.key.value === path[path.length - 1]);
        if (pair !== undefined && isNode(pair.key)) return lineAt(pair.key.range?.[0]);
      }
    }
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    return isNode(node) ? lineAt(node.range?.[0]) : undefined;
  };
  const lineOf = (path: readonly PathPart[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const l = nodeLine(path.slice(0, n), n === path.length && n > 0);
      if (l !== undefined) return l;
    }
    return undefined;
  };

  const errors = validate(value);
  if (errors.length > 0) throw schemaError(errors, file, lineOf);
  const policy = value as Policy;
  checkSemantics(policy, file, lineOf);
  return { file, policy, lineOf, machineImage: policy.machineImage };
}

function schemaError(errors: ErrorObject[], file: string, lineOf: (p: readonly PathPart[]) => number | undefined): PipelineError {
  // The most specific error first: unknown fields and wrong types before the "anyOf" noise.
  const order = ['additionalProperties', 'type', 'enum', 'required', 'pattern', 'minimum', 'minLength'];
  const sorted = [...errors].sort((a, b) => (order.indexOf(a.keyword) + 99) % 99 - ((order.indexOf(b.keyword) + 99) % 99));
  const e = sorted[0] as ErrorObject;
  const path = pointerToPath(e.instancePath);
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  const field = fieldName(path);
  let message: string;
  let hint: string | undefined;
  let at = path;
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      at = [...path, extra];
      const allowed = Object.keys((schemaAt(path)?.properties as object | undefined) ?? {});
      message = `unknown field '${preview(extra)}' in ${path.length === 0 ? 'the top level' : fieldName(path)}`;
      hint = allowed.length > 0 ? `Remove it or use one of: ${allowed.join(', ')}.` : 'Remove it.';
      break;
    }
    case 'type':
      message = `${field} must be ${(e.params as { type: string | string[] }).type.toString().replace(',', ' or ')}`;
      hint = `Change the value of '${field}'.`;
      break;
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      message = `${field} must be one of ${allowed.join(', ')}`;
      hint = `Use one of: ${allowed.join(', ')}.`;
      break;
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      message = `${path.length === 0 ? 'the policy' : field} is missing the required field '${missing}'`;
      hint = `Add '${missing}:'.`;
      break;
    }
    default:
      message = `${field} ${e.message ?? 'is not valid'}`;
      hint = schemaAt(path)?.description as string | undefined;
  }
  const line = lineOf(at);
  return new PipelineError('POLICY', `${message}${more}`, { file, ...(line === undefined ? {} : { line }), ...(hint === undefined ? {} : { hint }) });
}

function checkSemantics(policy: Policy, file: string, lineOf: (p: readonly PathPart[]) => number | undefined): void {
  const fail = (path: PathPart[], message: string, hint: string): never => {
    const line = lineOf(path);
    throw new PipelineError('POLICY', `${fieldName(path)}: ${message}`, { file, ...(line === undefined ? {} : { line }), hint });
  };
  const regexes = (list: string[] | undefined, path: PathPart[]): void =>
    list?.forEach((re, i) => {
      const r = compileRegex(re);
      if (!r.ok) fail([...path, i], `'${re}' is not a valid regular expression (${r.error})`, 'Fix the pattern; escape special characters such as ( [ . with a backslash.');
    });
  policy.commandTests?.forEach((t, i) => {
    for (const k of ['expectedOutput', 'excludedOutput', 'expectedError', 'excludedError'] as const) regexes(t[k], ['commandTests', i, k]);
  });
  policy.fileContentTests?.forEach((t, i) => {
    regexes(t.expectedContents, ['fileContentTests', i, 'expectedContents']);
    regexes(t.excludedContents, ['fileContentTests', i, 'excludedContents']);
  });
  for (const k of ['envVars', 'labels'] as const) {
    policy.metadataTest?.[k]?.forEach((v, i) => {
      if (v.isRegex === true) regexes([v.value], ['metadataTest', k, i, 'value']);
    });
  }
  policy.compliance?.ignore?.forEach((ig, i) => {
    if (ig.until !== undefined && Number.isNaN(Date.parse(`${ig.until}T00:00:00Z`))) fail(['compliance', 'ignore', i, 'until'], `'${ig.until}' is not a date`, 'Write the date as YYYY-MM-DD.');
    if (ig.until !== undefined && new Date(`${ig.until}T00:00:00Z`).toISOString().slice(0, 10) !== ig.until) fail(['compliance', 'ignore', i, 'until'], `'${ig.until}' is not a real day`, 'Write the date as YYYY-MM-DD.');
  });
}

export async function loadPolicy(file: string, displayName = file): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new PipelineError('NOT_FOUND', `the policy file '${displayName}' does not exist`, { input: 'policy', file: displayName, hint: "Check the 'policy' input; paths are relative to the workspace." });
  }
  return parsePolicy({ text, file: displayName });
}

/** The policy used when none is given: no tests, the default packs. */
export function defaultPolicy(): LoadedPolicy {
  return { policy: { schemaVersion: '2.0.0' }, lineOf: () => undefined, machineImage: undefined };
}
