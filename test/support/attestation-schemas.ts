/**
 * JSON Schemas for the in-toto Statement v1 and SLSA Provenance v1, written
 * from the specs' own schemas: in-toto/attestation
 * protos/in_toto_attestation/v1/{statement,resource_descriptor}.proto and
 * spec/v1/statement.md, digest_set.md; slsa-framework/slsa
 * docs/spec/v1.0/schema/provenance.proto and provenance.md (neither project
 * publishes a JSON Schema). Field names are the protos' JSON names; unknown
 * fields are refused so a typo in a builder fails here, although the specs
 * tell consumers to ignore them. The rules of in-toto's reference validator
 * (go/v1/statement.go, resource_descriptor.go) are here too: a subject needs a
 * non-empty digest; sha256 values are 64 lowercase hex digits.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

const addFormats = ajvFormats.default;

const digestSet = {
  type: 'object',
  minProperties: 1,
  additionalProperties: { type: 'string', minLength: 1 },
  properties: {
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    sha512: { type: 'string', pattern: '^[0-9a-f]{128}$' },
    gitCommit: { type: 'string', pattern: '^([0-9a-f]{40}|[0-9a-f]{64})$' },
  },
};

const resourceDescriptor = {
  type: 'object',
  additionalProperties: false,
  anyOf: [{ required: ['name'] }, { required: ['uri'] }, { required: ['digest'] }, { required: ['content'] }],
  properties: {
    name: { type: 'string' },
    uri: { type: 'string', format: 'uri' },
    digest: digestSet,
    content: { type: 'string', contentEncoding: 'base64' },
    downloadLocation: { type: 'string', format: 'uri' },
    mediaType: { type: 'string' },
    annotations: { type: 'object' },
  },
};

export const statementSchema = {
  $id: 'in-toto-statement-v1',
  type: 'object',
  additionalProperties: false,
  required: ['_type', 'subject', 'predicateType'],
  properties: {
    _type: { const: 'https://in-toto.io/Statement/v1' },
    subject: { type: 'array', minItems: 1, items: { ...resourceDescriptor, required: ['digest'] } },
    predicateType: { type: 'string', format: 'uri' },
    predicate: { type: 'object' },
  },
};

const timestamp = { type: 'string', format: 'date-time' };

export const provenanceSchema = {
  $id: 'slsa-provenance-v1',
  type: 'object',
  additionalProperties: false,
  required: ['buildDefinition', 'runDetails'],
  properties: {
    buildDefinition: {
      type: 'object',
      additionalProperties: false,
      required: ['buildType', 'externalParameters'],
      properties: {
        buildType: { type: 'string', format: 'uri' },
        externalParameters: { type: 'object', minProperties: 1 },
        internalParameters: { type: 'object' },
        resolvedDependencies: { type: 'array', items: resourceDescriptor },
      },
    },
    runDetails: {
      type: 'object',
      additionalProperties: false,
      required: ['builder'],
      properties: {
        builder: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: {
            id: { type: 'string', format: 'uri' },
            version: { type: 'object', additionalProperties: { type: 'string' } },
            builderDependencies: { type: 'array', items: resourceDescriptor },
          },
        },
        metadata: {
          type: 'object',
          additionalProperties: false,
          properties: { invocationId: { type: 'string' }, startedOn: timestamp, finishedOn: timestamp },
        },
        byproducts: { type: 'array', items: resourceDescriptor },
      },
    },
  },
};

let compiled: { statement: ValidateFunction; provenance: ValidateFunction } | undefined;

function validators(): { statement: ValidateFunction; provenance: ValidateFunction } {
  if (compiled === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = { statement: ajv.compile(statementSchema), provenance: ajv.compile(provenanceSchema) };
  }
  return compiled;
}

/** Schema errors as `path message` lines; empty when the document is valid. */
export function statementErrors(doc: unknown): string[] {
  const v = validators().statement;
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

export function provenanceErrors(doc: unknown): string[] {
  const v = validators().provenance;
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
