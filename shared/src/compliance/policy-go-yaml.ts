/**
 * A policy read the way container-structure-test reads it: Go's yaml.v2
 * decoding into typed structs (pkg/types/v2, pkg/types/v1). Two passes over
 * the parsed YAML (parsed as YAML 1.1, yaml.v2's dialect: `yes`/`on` are
 * booleans, `0755` is octal):
 * - `goDecode`, before validation, guided by the JSON Schema: a null value
 *   is absent (Go leaves the field at its zero value: `files:` left empty is no
 *   files); a null list item is the item type's zero value; a scalar decoded
 *   into a string field is its text as written (`value: 8080` is "8080",
 *   `value: yes` is "yes"), as yaml.v2 does.
 * - `canonical`, after validation: the defaults CST's structs give (an env
 *   var without `value` is '', `unboundEnvVars` entries as names), a metadata
 *   test with nothing in it dropped (CST skips it), and a 1.0.0 file turned
 *   into the 2.0.0 shape it means.
 */
import type { EnvVar, Policy } from './policy-types.js';

type PathPart = string | number;
type Schema = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

const typesOf = (schema: Schema): string[] => {
  const t = schema.type;
  return Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
};

/** The zero value Go gives a null item of a list of this schema's type. */
function zeroOf(schema: Schema | undefined): unknown {
  const t = schema === undefined ? [] : typesOf(schema);
  if (t.includes('string')) return '';
  if (t.includes('array')) return [];
  if (t.includes('object')) return {};
  if (t.includes('integer') || t.includes('number')) return 0;
  if (t.includes('boolean')) return false;
  return null;
}

/** The branch of an `anyOf` this value would decode as. */
function branch(schema: Schema, value: unknown): Schema {
  const options = schema.anyOf as Schema[] | undefined;
  if (options === undefined) return schema;
  const want = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : 'string';
  return options.find((o) => typesOf(o).includes(want)) ?? schema;
}

/** A scalar YAML 1.1 resolved to a number, boolean or timestamp, as text (arrays and maps never get here). */
const scalarText = (value: unknown): string =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
      ? String(value)
      : JSON.stringify(value);

/**
 * @param sourceOf the text of the scalar at a path as written in the file
 *   (undefined when it is not a plain scalar there, e.g. through an alias).
 */
export function goDecode(
  value: unknown,
  schema: Schema | undefined,
  sourceOf: (path: readonly PathPart[]) => string | undefined,
  path: PathPart[] = [],
): unknown {
  if (value === null || value === undefined) return undefined;
  if (schema === undefined) return value;
  const s = branch(schema, value);
  const types = typesOf(s);
  if (Array.isArray(value)) {
    const items = s.items as Schema | undefined;
    if (items === undefined) return value;
    return value.map((v, i) => (v === null ? zeroOf(branch(items, v)) : goDecode(v, items, sourceOf, [...path, i])));
  }
  if (isPlainObject(value)) {
    const props = s.properties as Record<string, Schema> | undefined;
    const extra = typeof s.additionalProperties === 'object' ? (s.additionalProperties as Schema) : undefined;
    // A free-form section (machineImage) is someone else's to read: left as parsed.
    if (props === undefined && extra === undefined) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const child = props?.[k] ?? extra;
      // Unknown keys stay, so validation can name them.
      const decoded = child === undefined ? v : goDecode(v, child, sourceOf, [...path, k]);
      if (decoded !== undefined) out[k] = decoded;
    }
    return out;
  }
  // A scalar: into a string field it is the text as written, whatever YAML 1.1 resolved it to.
  const scalarType = value instanceof Date ? 'timestamp' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  const fits = types.includes(scalarType) || (scalarType === 'integer' && types.includes('number'));
  if (!fits && types.includes('string') && typeof value !== 'string') return sourceOf(path) ?? scalarText(value);
  return value;
}

const withValue = (v: EnvVar): EnvVar => ({ ...v, value: v.value ?? '' });

/** 1.0.0's command test: `command` is the whole argv. */
interface V1CommandTest extends Omit<NonNullable<Policy['commandTests']>[number], 'command' | 'args'> {
  command: string[];
}

const isEmptyMetadata = (m: NonNullable<Policy['metadataTest']>): boolean =>
  (m.envVars ?? []).length === 0 &&
  (m.unboundEnvVars ?? []).length === 0 &&
  (m.exposedPorts ?? []).length === 0 &&
  (m.unexposedPorts ?? []).length === 0 &&
  m.entrypoint === undefined &&
  m.cmd === undefined &&
  (m.workdir ?? '') === '' &&
  (m.user ?? '') === '' &&
  (m.volumes ?? []).length === 0 &&
  (m.unmountedVolumes ?? []).length === 0 &&
  (m.labels ?? []).length === 0;

/** The validated policy with CST's defaults filled in, in the 2.0.0 shape. */
export function canonical(raw: Policy): Policy {
  const p: Policy = { ...raw };
  if (p.schemaVersion === '1.0.0' && p.commandTests !== undefined) {
    p.commandTests = (p.commandTests as unknown as V1CommandTest[]).map(({ command, ...rest }) => ({
      ...rest,
      command: command[0] as string,
      args: command.slice(1),
    }));
  }
  // 1.0.0's FileExistenceTest.Run stats the path as written (v2's expands $VAR from the image env).
  if (p.schemaVersion === '1.0.0' && p.fileExistenceTests !== undefined) p.fileExistenceTests = p.fileExistenceTests.map((t) => ({ ...t, expandPath: false }));
  if (p.globalEnvVars !== undefined) p.globalEnvVars = p.globalEnvVars.map(withValue);
  const globals = p.globalEnvVars;
  if (p.schemaVersion === '2.0.0' && globals !== undefined && globals.length > 0 && p.fileExistenceTests !== undefined)
    p.fileExistenceTests = p.fileExistenceTests.map((t) => ({ ...t, globalEnv: globals }));
  if (p.commandTests !== undefined) p.commandTests = p.commandTests.map((t) => (t.envVars === undefined ? t : { ...t, envVars: t.envVars.map(withValue) }));
  if (p.metadataTest !== undefined) {
    const m = { ...p.metadataTest };
    if (m.envVars !== undefined) m.envVars = m.envVars.map(withValue);
    if (m.labels !== undefined) m.labels = m.labels.map(withValue);
    if (m.unboundEnvVars !== undefined) m.unboundEnvVars = (m.unboundEnvVars as (string | EnvVar)[]).map((v) => (typeof v === 'string' ? v : v.key));
    if (isEmptyMetadata(m)) delete p.metadataTest;
    else p.metadataTest = m;
  }
  return p;
}
