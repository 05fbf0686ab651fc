import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { POLICY_SCHEMA_V1, policySchema } from '../../../shared/src/compliance/policy-schema.js';
import { assertLengthRules, GENERATED_FILE, policyValidatorsCode } from '../../../shared/src/compliance/policy-validators-gen.js';
import { validate100, validate200 } from '../../../shared/src/compliance/policy-validators.generated.js';

type Validator = ((v: unknown) => boolean) & { errors?: unknown };

/** What a validator says about a value: valid, or its errors as ajv reports them. */
function verdictOf(v: Validator, value: unknown): unknown {
  return v(value) ? 'valid' : v.errors;
}

// Valid and invalid policies of both versions: every keyword kind the schemas use (type, enum, required, pattern,
// minimum, minLength, additionalProperties, anyOf/dependencies) is hit at least once.
const SAMPLES: unknown[] = [
  { schemaVersion: '2.0.0' },
  { schemaVersion: '2.0.0', commandTests: [{ name: 'a', command: 'x', args: ['y'], exitCode: 0, expectedOutput: ['^ok'] }] },
  { schemaVersion: '2.0.0', fileExistenceTests: [{ name: 'a', path: '/x', shouldExsit: true, uid: 'root', permissions: 'rwx' }] },
  { schemaVersion: '2.0.0', fileExistenceTests: [{ name: 'a', path: '/x', uid: -2 }] },
  { schemaVersion: '2.0.0', compliance: { ignore: [{ rule: '', reason: '', until: '2026-1-1' }], severity: { 'CIS-4.1': 'fatal' } } },
  { schemaVersion: '2.0.0', compliance: { vulnerabilities: { failOnStaleDb: true } } },
  { schemaVersion: '2.0.0', compliance: { settings: { maxImageSize: '20 parsecs', maxLayers: 'five' } } },
  { schemaVersion: '2.0.0', metadataTest: { user: 1, exposedPorts: '8080', envVars: [{ value: 'no key' }] } },
  { schemaVersion: '2.0.0', signatures: { keys: [''], keyless: [{ identity: '' }] } },
  { schemaVersion: '3.0.0', extra: 1 },
  { schemaVersion: '1.0.0', commandTests: [{ name: 'a', command: ['x', 'y'] }] },
  { schemaVersion: '1.0.0', commandTests: [{ name: 'a', command: 'x', args: ['y'] }], fileExistenceTests: [{ name: 'b', path: '/', uid: 0 }] },
  [],
  'schemaVersion: 2.0.0',
];

describe('precompiled policy validators', () => {
  it('the generated file is what the generator writes for the current schemas and ajv', async () => {
    const committed = await fs.readFile(path.join(process.cwd(), GENERATED_FILE), 'utf8');
    // On a difference: npx tsx -e "import('./shared/src/compliance/policy-validators-gen.ts').then(m => m.writePolicyValidators())"
    expect(committed === policyValidatorsCode()).toBe(true);
  });

  it('each judges every sample exactly as the schema compiled at run time does, errors included', () => {
    const fresh = (schema: object): Validator => new Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(schema) as Validator;
    const v2 = fresh(policySchema);
    const v1 = fresh(POLICY_SCHEMA_V1);
    let invalid = 0;
    for (const s of SAMPLES) {
      expect(verdictOf(validate200 as Validator, s)).toEqual(verdictOf(v2, s));
      expect(verdictOf(validate100 as Validator, s)).toEqual(verdictOf(v1, s));
      if (verdictOf(v2, s) !== 'valid') invalid++;
    }
    // The samples are not all valid (a comparison of two "valid"s proves little).
    expect(invalid).toBeGreaterThan(8);
  });

  it('the schemas are valid draft-07 schemas (ajv checked this at every run before they were precompiled)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(policySchema)).toBe(true);
    expect(ajv.validateSchema(POLICY_SCHEMA_V1)).toBe(true);
  });

  it('refuses a length rule where UTF-16 and code-point counts differ', () => {
    expect(() => assertLengthRules({ properties: { a: { type: 'string', maxLength: 3 } } })).toThrow('#/properties/a/maxLength');
    expect(() => assertLengthRules({ items: [{ minLength: 2 }] })).toThrow('#/items/0/minLength');
    expect(() => assertLengthRules({ properties: { a: { minLength: 1 }, minLength: { type: 'string' } } })).not.toThrow();
  });
});
