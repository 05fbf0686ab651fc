/**
 * Load and check a policy file: YAML parsed with positions kept, validated
 * against the published JSON Schema, then the checks a schema cannot express
 * (regexes compile, dates are real dates). Every error names the file, the
 * line and the field, and says what would be accepted.
 */
import type { ErrorObject } from 'ajv';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { MiB, readBoundedFile } from '../read-bounded-file.js';
import { canonical, goDecode } from './policy-go-yaml.js';
import { POLICY_SCHEMA_V1, policySchema } from './policy-schema.js';
import { validate100, validate200 } from './policy-validators.generated.js';
import type { LoadedPolicy, Policy } from './policy-types.js';
import { compileRegex } from './regex.js';

type PathPart = string | number;

/**
 * What yaml says is wrong, without the text it quotes from the file beyond a
 * short redacted preview: the file may not be a policy at all (a path that
 * names /etc/shadow), and an error must not print its lines.
 */
function yamlProblem(message: string): string {
  const first = message.split('\n')[0] ?? '';
  const i = first.indexOf(': ');
  return i < 0 ? preview(first, { max: 100 }) : `${preview(first.slice(0, i), { max: 100 })} (near ${preview(first.slice(i + 2), { max: 24 })})`;
}

/** `fileExistenceTests[0].uid` from ['fileExistenceTests', 0, 'uid']. */
function fieldName(path: readonly PathPart[]): string {
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

type SchemaNode = Record<string, unknown>;
/** The schemas by schemaVersion, as container-structure-test's types.SchemaVersions. */
const SCHEMAS: Record<string, SchemaNode> = { '2.0.0': policySchema, '1.0.0': POLICY_SCHEMA_V1 };

/** The schema node describing the value at `path`, to list what it accepts. */
function schemaAt(path: readonly PathPart[], schema: SchemaNode = SCHEMAS['2.0.0'] as SchemaNode): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const p of path) {
    if (node === undefined) return undefined;
    if (typeof p === 'number') node = node.items as SchemaNode | undefined;
    else {
      const props = node.properties as Record<string, SchemaNode> | undefined;
      node = props?.[p] ?? (typeof node.additionalProperties === 'object' ? (node.additionalProperties as SchemaNode) : undefined);
    }
  }
  return node;
}

/** ajv's standalone validator: true or false, the errors of the last call on it. */
interface Validator {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}
/**
 * The schemas compiled ahead of time (policy-validators-gen.ts writes them; a unit test fails when they are out of
 * date): compiling the 2.0.0 schema at run time was the largest part of test-image's start-up (issue 17).
 */
const VALIDATORS: Record<string, Validator> = { '2.0.0': validate200 as Validator, '1.0.0': validate100 as Validator };
function validate(value: unknown, version: string): ErrorObject[] {
  const v = VALIDATORS[version] as Validator;
  return v(value) ? [] : (v.errors ?? []);
}

export interface PolicyText {
  text: string;
  /** Shown in errors and used as the anchor of findings. */
  file: string;
}

export function parsePolicy({ text, file }: PolicyText): LoadedPolicy {
  const lines = new LineCounter();
  // YAML 1.1, the dialect of Go's yaml.v2 that container-structure-test reads policies with.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.1', logLevel: 'error' });
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
  let parsed: unknown;
  try {
    parsed = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // An alias to an anchor that is not there, or too many aliases: yaml names the alias in its message.
    throw new PipelineError('POLICY', `the policy is not valid YAML: ${yamlProblem((e as Error).message)}`, {
      file,
      hint: 'Define each anchor (&name) before its aliases (*name), and use few aliases.',
    });
  }
  if (parsed === null || parsed === undefined) {
    throw new PipelineError('POLICY', 'the policy file is empty', { file, line: 1, hint: "Start it with `schemaVersion: '2.0.0'`." });
  }
  const sourceOf = (path: readonly PathPart[]): string | undefined => {
    const n = doc.getIn(path, true);
    return isScalar(n) ? n.source : undefined;
  };

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

  // As container-structure-test: the version first (its types.SchemaVersions), then the whole file strictly.
  const rawVersion = isPlainObject(parsed)
    ? goDecode(parsed.schemaVersion, { type: 'string' }, () => sourceOf(['schemaVersion']), ['schemaVersion'])
    : undefined;
  const version = typeof rawVersion === 'string' ? rawVersion : undefined;
  if (version === undefined || version === '') {
    const line = lineOf(['schemaVersion']);
    throw new PipelineError('POLICY', 'the policy has no schemaVersion (container-structure-test: "Please provide schema version")', {
      file,
      ...(line === undefined ? {} : { line }),
      hint: "Start it with `schemaVersion: '2.0.0'`.",
    });
  }
  const schema = SCHEMAS[version];
  if (schema === undefined) {
    const line = lineOf(['schemaVersion']);
    throw new PipelineError(
      'POLICY',
      `schemaVersion '${preview(version)}' is not one container-structure-test knows ("Unsupported schema version: ${preview(version)}")`,
      { file, ...(line === undefined ? {} : { line }), hint: `Use one of: ${Object.keys(SCHEMAS).join(', ')}.` },
    );
  }
  const value = goDecode(parsed, schema, sourceOf);
  const errors = validate(value, version);
  if (errors.length > 0) throw schemaError(errors, file, lineOf, schema);
  const policy = value as Policy;
  checkSemantics(policy, file, lineOf);
  const out: LoadedPolicy = { file, policy: canonical(policy), lineOf, machineImage: policy.machineImage };
  if (version === '1.0.0') {
    out.notices = [
      `${file}: schemaVersion 1.0.0 is read as container-structure-test reads it (each command is an argv list; fileExistence paths are not $VAR-expanded); 2.0.0 has more checks (metadataTest, uid/gid, isExecutableBy).`,
    ];
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function schemaError(errors: ErrorObject[], file: string, lineOf: (p: readonly PathPart[]) => number | undefined, schema: SchemaNode): PipelineError {
  // The most specific error first: unknown fields and wrong types before the "anyOf" noise.
  const order = ['additionalProperties', 'type', 'enum', 'required', 'pattern', 'minimum', 'minLength'];
  const sorted = [...errors].sort((a, b) => ((order.indexOf(a.keyword) + 99) % 99) - ((order.indexOf(b.keyword) + 99) % 99));
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
      const allowed = Object.keys((schemaAt(path, schema)?.properties as object | undefined) ?? {});
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
      hint = schemaAt(path, schema)?.description as string | undefined;
  }
  const line = lineOf(at);
  return new PipelineError('POLICY', `${message}${more}`, { file, ...(line === undefined ? {} : { line }), ...(hint === undefined ? {} : { hint }) });
}

function checkSemantics(policy: Policy, file: string, lineOf: (p: readonly PathPart[]) => number | undefined): void {
  const fail = (path: PathPart[], message: string, hint: string): never => {
    const line = lineOf(path);
    throw new PipelineError('POLICY', `${fieldName(path)}: ${message}`, { file, ...(line === undefined ? {} : { line }), hint });
  };
  // RE2 refuses what Go's regexp.Compile refuses; CST finds out at run time and fails the check, we say so at load.
  const regexes = (list: readonly string[] | undefined, path: PathPart[]): void =>
    list?.forEach((re, i) => {
      const r = compileRegex(re);
      // The pattern (and RE2's error, which quotes it) is the policy's text: shown through preview.ts only.
      if (!r.ok)
        fail(
          [...path, i],
          `'${preview(re, { max: 120 })}' is not a valid regular expression (Go's RE2 syntax: ${preview(r.error, { max: 200 })})`,
          'Fix the pattern: RE2 has no backreferences or lookaround; escape special characters such as ( [ . with a backslash.',
        );
    });
  // What CST's Validate methods reject (the test is reported failed there, before it runs): refused here with the same reason.
  const cst = (path: PathPart[], reason: string): never =>
    fail(path, `${reason} (container-structure-test refuses this test)`, 'Fill in the field, or remove the entry.');
  const named = (kind: string, list: readonly { name?: string; path?: string }[] | undefined, needsPath: boolean): void =>
    list?.forEach((t, i) => {
      if ((t.name ?? '') === '') cst([kind, i, 'name'], 'Please provide a valid name for every test');
      if (needsPath && (t.path ?? '') === '') cst([kind, i, 'path'], `Please provide a valid file path for test ${t.name ?? ''}`);
    });
  named('fileExistenceTests', policy.fileExistenceTests, true);
  named('fileContentTests', policy.fileContentTests, true);
  named('commandTests', policy.commandTests, false);
  policy.commandTests?.forEach((t, i) => {
    const command: unknown = t.command;
    if (command === '' || (Array.isArray(command) && command.length === 0))
      cst(['commandTests', i, 'command'], `Please provide a valid command to run for test ${t.name}`);
    for (const k of ['setup', 'teardown'] as const) {
      t[k]?.forEach((c, j) => {
        if (c.length === 0)
          cst(['commandTests', i, k, j], `Error in ${k} command configuration encountered; please check formatting and remove all empty ${k} commands`);
      });
    }
    t.envVars?.forEach((v, j) => {
      if (v.key === '' || (v.value ?? '') === '') cst(['commandTests', i, 'envVars', j], 'Please provide non-empty keys and values for all specified env vars');
    });
    for (const k of ['expectedOutput', 'excludedOutput', 'expectedError', 'excludedError'] as const) regexes(t[k], ['commandTests', i, k]);
  });
  policy.fileContentTests?.forEach((t, i) => {
    regexes(t.expectedContents, ['fileContentTests', i, 'expectedContents']);
    regexes(t.excludedContents, ['fileContentTests', i, 'excludedContents']);
  });
  const m = policy.metadataTest;
  m?.envVars?.forEach((v, i) => v.key === '' && cst(['metadataTest', 'envVars', i, 'key'], 'Environment variable key cannot be empty'));
  m?.labels?.forEach((v, i) => v.key === '' && cst(['metadataTest', 'labels', i, 'key'], 'Label key cannot be empty'));
  m?.exposedPorts?.forEach((p, i) => p === '' && cst(['metadataTest', 'exposedPorts', i], 'Port cannot be empty'));
  m?.volumes?.forEach((v, i) => v === '' && cst(['metadataTest', 'volumes', i], 'Volume cannot be empty'));
  for (const k of ['envVars', 'labels'] as const) {
    m?.[k]?.forEach((v, i) => {
      if (v.isRegex === true) regexes([v.value ?? ''], ['metadataTest', k, i, 'value']);
    });
  }
  const keyless = policy.signatures?.keyless;
  for (const k of ['identityRegex', 'issuerRegex'] as const) {
    const re = keyless?.[k];
    const r = re === undefined ? undefined : compileRegex(re);
    if (r !== undefined && !r.ok)
      fail(
        ['signatures', 'keyless', k],
        `'${preview(re ?? '', { max: 120 })}' is not a valid regular expression (Go's RE2 syntax: ${preview(r.error, { max: 200 })})`,
        'Fix the pattern: RE2 has no backreferences or lookaround; escape . with a backslash and anchor it with ^ and $.',
      );
  }
  policy.compliance?.ignore?.forEach((ig, i) => {
    if (ig.until !== undefined && Number.isNaN(Date.parse(`${ig.until}T00:00:00Z`)))
      fail(['compliance', 'ignore', i, 'until'], `'${ig.until}' is not a date`, 'Write the date as YYYY-MM-DD.');
    if (ig.until !== undefined && new Date(`${ig.until}T00:00:00Z`).toISOString().slice(0, 10) !== ig.until)
      fail(['compliance', 'ignore', i, 'until'], `'${ig.until}' is not a real day`, 'Write the date as YYYY-MM-DD.');
  });
}

/** A policy file larger than this is refused before it is read (it comes from the repository, which may not be ours). */
export const MAX_POLICY_BYTES = MiB;

export async function loadPolicy(file: string, displayName = file): Promise<LoadedPolicy> {
  let text: string;
  try {
    text = await readBoundedFile(file, {
      what: `the policy file '${displayName}'`,
      maxBytes: MAX_POLICY_BYTES,
      input: 'policy',
      hint: 'A policy is a small YAML file; split very large test suites or point the input at the right file.',
    });
  } catch (e) {
    if (e instanceof PipelineError && e.code === 'NOT_FOUND')
      throw new PipelineError('NOT_FOUND', `the policy file '${displayName}' does not exist`, {
        input: 'policy',
        file: displayName,
        hint: "Check the 'policy' input; paths are relative to the workspace.",
      });
    throw e;
  }
  return parsePolicy({ text, file: displayName });
}

/** The policy used when none is given: no tests, the default packs (its home is policy-default.ts, which a run without a policy loads alone). */
export { defaultPolicy } from './policy-default.js';
