/**
 * The official JSON schemas of the SBOM formats we write, as validators:
 * SPDX 2.3 (checked in under test/fixtures/schemas, see its README) and
 * CycloneDX 1.6 with the spdx and jsf schemas it references, as shipped by
 * @cyclonedx/cyclonedx-library. Formats are checked (ajv-formats), and no
 * schema is fetched from the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS: imported from ESM, the default is module.exports, which carries the plugin as .default.
const addFormats = ajvFormats.default;

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

const cdxSchemas = path.join(path.dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res/schema');

function ajv(schemas: Record<string, Record<string, unknown>> = {}): Ajv {
  const a = new Ajv({ allErrors: true, strict: false, schemas });
  addFormats(a);
  // Formats ajv-formats does not define (CycloneDX uses them for e-mail addresses and IRIs): accepted as strings.
  a.addFormat('idn-email', true);
  a.addFormat('iri-reference', true);
  return a;
}

let spdx: ValidateFunction | undefined;
let cdx: ValidateFunction | undefined;

/** Validates against the SPDX 2.3 JSON schema (spdx/spdx-spec v2.3). */
export function spdxValidator(): ValidateFunction {
  spdx ??= ajv().compile(readJson(path.join(import.meta.dirname, '../fixtures/schemas/spdx-2.3.schema.json')));
  return spdx;
}

/** Validates against the CycloneDX 1.6 JSON schema, its spdx and jsf schemas registered under the ids it references them by. */
export function cycloneDxValidator(): ValidateFunction {
  cdx ??= ajv({
    'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': readJson(path.join(cdxSchemas, 'spdx.SNAPSHOT.schema.json')),
    'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': readJson(path.join(cdxSchemas, 'jsf-0.82.SNAPSHOT.schema.json')),
  }).compile(readJson(path.join(cdxSchemas, 'bom-1.6.SNAPSHOT.schema.json')));
  return cdx;
}

/** A document's schema errors, a line each ('' when it is valid): `expect(schemaErrors(spdxValidator(), doc)).toBe('')` shows what is wrong. */
export function schemaErrors(validate: ValidateFunction, doc: unknown): string {
  if (validate(doc)) return '';
  const errors: ErrorObject[] = validate.errors ?? [];
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n') || 'invalid';
}
