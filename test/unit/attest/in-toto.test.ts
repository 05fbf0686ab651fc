import { describe, expect, it } from '@jest/globals';
import {
  digestSetProblem,
  imageSignatureStatement,
  ociSubject,
  parseStatement,
  serializeStatement,
  statement,
  subjectDigests,
  subjectMatches,
} from '../../../shared/src/attest/in-toto.js';
import { PredicateType } from '../../../shared/src/attest/types.js';
import { isPipelineError } from '../../../shared/src/errors.js';
import { statementErrors } from '../../support/attestation-schemas.js';

const HEX = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

describe('in-toto Statement v1 builders', () => {
  it('builds a statement that the v1 schema accepts', () => {
    const s = statement([ociSubject(`sha256:${HEX}`, 'ghcr.io/acme/app')], 'https://example.com/predicate/v1', { x: 1 });
    expect(s).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: HEX } }],
      predicateType: 'https://example.com/predicate/v1',
      predicate: { x: 1 },
    });
    expect(statementErrors(s)).toEqual([]);
  });

  it('writes the image signature statement as cosign v3 does: no name, empty annotations and predicate', () => {
    const s = imageSignatureStatement(`sha256:${HEX}`);
    // cosign sign (signDigestBundle) marshals this statement with protojson: the same fields and values.
    expect(JSON.parse(serializeStatement(s).toString('utf8'))).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: HEX }, annotations: {} }],
      predicateType: 'https://sigstore.dev/cosign/sign/v1',
      predicate: {},
    });
    expect(imageSignatureStatement(`sha256:${HEX}`, { env: 'prod' }).subject[0]?.annotations).toEqual({ env: 'prod' });
    expect(statementErrors(s)).toEqual([]);
    expect(s.predicateType).toBe(PredicateType.CosignSign);
  });

  it('refuses a subject digest that is not a digest', () => {
    expect(() => ociSubject('sha256:xyz')).toThrow(/not a valid sha256 digest/);
    expect(() => ociSubject('latest')).toThrow(/is not a digest/);
  });

  it('refuses to build a statement without subjects (our bug, INTERNAL)', () => {
    let caught: unknown;
    try {
      statement([], 'https://example.com/p', {});
    } catch (e) {
      caught = e;
    }
    expect(isPipelineError(caught, 'INTERNAL')).toBe(true);
    expect((caught as Error).message).toMatch(/expected a non-empty subject list, got an empty array/);
  });

  it('matches subjects by digest only', () => {
    const s = statement([ociSubject(`sha256:${HEX}`, 'a'), ociSubject(`sha256:${OTHER}`, 'b')], 'https://example.com/p', {});
    expect(subjectMatches(s, `sha256:${OTHER}`)).toBe(true);
    expect(subjectMatches(s, `sha256:${'c'.repeat(64)}`)).toBe(false);
    expect(subjectMatches(s, 'garbage')).toBe(false);
    expect(subjectDigests(s)).toEqual([`sha256:${HEX}`, `sha256:${OTHER}`]);
  });
});

describe('digest sets', () => {
  it.each([
    [{ sha256: HEX }, undefined],
    [{ arn: 'arn:aws:ec2:eu-west-1::image/ami-0123456789abcdef0' }, undefined],
    [{ gitCommit: 'c'.repeat(40) }, undefined],
    [{}, 'expected at least one digest, got an empty digest object'],
    [{ sha256: HEX.toUpperCase() }, `expected digest 'sha256' to be 64 lowercase hex digits, got '${HEX.toUpperCase()}'`],
    [{ sha256: 'abc' }, "expected digest 'sha256' to be 64 lowercase hex digits, got 'abc'"],
    [{ sha256: 5 }, "expected digest 'sha256' to be a non-empty string, got number 5"],
    [[HEX], 'expected a digest object, got an array'],
  ])('%j -> %s', (digest, problem) => {
    expect(digestSetProblem(digest)).toBe(problem);
  });
});

describe('parseStatement', () => {
  const good = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { sha256: HEX } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {},
  };

  it('reads a v1 statement, an unset predicate as empty', () => {
    const { predicate: _omit, ...bare } = good;
    const r = parseStatement(JSON.stringify(bare), 'the file x.json');
    expect(r.ok && r.value.predicate).toEqual({});
    expect(parseStatement(Buffer.from(JSON.stringify(good)), 'x').ok).toBe(true);
  });

  it.each([
    ['not json', 'expected the file x.json to be JSON'],
    [
      JSON.stringify({ ...good, _type: 'https://in-toto.io/Statement/v0.1' }),
      "expected _type 'https://in-toto.io/Statement/v1', got 'https://in-toto.io/Statement/v0.1'",
    ],
    [JSON.stringify({ ...good, subject: [] }), 'expected a non-empty subject list, got an empty array'],
    [JSON.stringify({ ...good, subject: [{ name: 'x' }] }), 'subject[0].digest: expected a digest object, got nothing'],
    [JSON.stringify({ ...good, subject: [{ name: 3, digest: { sha256: HEX } }] }), 'subject[0].name: expected a string, got number 3'],
    [JSON.stringify({ ...good, predicateType: 'slsa' }), "expected predicateType to be a URI, got 'slsa'"],
    [JSON.stringify({ ...good, predicate: [1] }), 'expected predicate to be an object, got an array'],
    [JSON.stringify([good]), 'expected an object, got an array'],
  ])('refuses %s', (text, message) => {
    const r = parseStatement(text, 'the file x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INPUT');
      expect(r.error.message).toContain(message);
    }
  });
});
