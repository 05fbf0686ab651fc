/**
 * OpenVEX v0.2.0: the parser (every malformed field named with its input line,
 * document and field, "expected X, got Y") and the matching table (which
 * statement decides which finding in which image).
 */
import { describe, expect, it } from '@jest/globals';
import { PackageURL } from 'packageurl-js';
import {
  decidingStatement,
  indexVex,
  parseOpenVex,
  purlMatches,
  vexReason,
  type VexStatement,
} from '../../../../shared/src/compliance/vulnerabilities/openvex.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const IMAGE = { digest: DIGEST };
const LIBFOO = 'pkg:deb/debian/libfoo1@1:1.0-1%2Bb1?arch=amd64&distro=debian-12';
const origin = { location: 'vex/app.openvex.json', inputLine: 2 };

const doc = (statements: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://example.org/vex/1',
    author: 'Acme security',
    timestamp: '2024-01-01T00:00:00Z',
    version: 1,
    statements,
    ...extra,
  });
const image = (subcomponents?: string[]) => ({
  '@id': `pkg:oci/app@${encodeURIComponent(DIGEST)}?repository_url=ghcr.io/acme/app`,
  ...(subcomponents === undefined ? {} : { subcomponents: subcomponents.map((p) => ({ '@id': p })) }),
});
const stmt = (over: Record<string, unknown> = {}) => ({
  vulnerability: { name: 'CVE-2099-0001' },
  products: [image(['pkg:deb/debian/libfoo1'])],
  status: 'not_affected',
  justification: 'vulnerable_code_not_in_execute_path',
  ...over,
});
const parse = (statements: unknown[], extra?: Record<string, unknown>): VexStatement[] => parseOpenVex(doc(statements, extra), origin);
const decide = (statements: VexStatement[], ids = ['CVE-2099-0001'], purl = LIBFOO, img = IMAGE) => decidingStatement(indexVex(statements), { ids, purl }, img);

describe('purlMatches: type, namespace, name, version when given, every given qualifier in any order', () => {
  const p = (s: string) => PackageURL.fromString(s);
  it.each([
    ['pkg:deb/debian/libfoo1', LIBFOO, true],
    ['pkg:deb/debian/libfoo1@1:1.0-1+b1', LIBFOO, true],
    ['pkg:deb/debian/libfoo1@1%3A1.0-1%2Bb1', LIBFOO, true],
    ['pkg:deb/debian/libfoo1@1:1.0-1', LIBFOO, false],
    ['pkg:deb/debian/libfoo1?distro=debian-12&arch=amd64', LIBFOO, true],
    ['pkg:deb/debian/libfoo1?arch=arm64', LIBFOO, false],
    ['pkg:deb/debian/libfoo1?arch=amd64&epoch=1', LIBFOO, false],
    ['pkg:deb/ubuntu/libfoo1', LIBFOO, false],
    ['pkg:deb/debian/libfoo2', LIBFOO, false],
    ['pkg:apk/debian/libfoo1', LIBFOO, false],
    ['pkg:npm/%40scope/left-pad@1.0.0', 'pkg:npm/%40scope/left-pad@1.0.0', true],
    ['pkg:npm/left-pad@1.0.0', 'pkg:npm/%40scope/left-pad@1.0.0', false],
    ['pkg:pypi/Jinja2', 'pkg:pypi/jinja2@3.1.2', true],
  ])('%s vs %s: %s', (pattern, actual, want) => {
    expect(purlMatches(p(pattern), p(actual))).toBe(want);
  });
});

describe('which statement decides a finding', () => {
  it.each<[string, unknown[], string | undefined]>([
    ['image + subcomponent, not_affected', [stmt()], 'not_affected'],
    ['image without subcomponents: every package of the image', [stmt({ products: [image()] })], 'not_affected'],
    ['image digest as a bare @id', [stmt({ products: [{ '@id': DIGEST, subcomponents: [{ '@id': 'pkg:deb/debian/libfoo1' }] }] })], 'not_affected'],
    ['image by hashes.sha-256', [stmt({ products: [{ '@id': 'urn:x', hashes: { 'sha-256': 'a'.repeat(64) } }] })], 'not_affected'],
    ['the package itself as the product', [stmt({ products: [{ identifiers: { purl: 'pkg:deb/debian/libfoo1@1:1.0-1+b1' } }] })], 'not_affected'],
    ['another image', [stmt({ products: [{ '@id': `pkg:oci/app@${encodeURIComponent(OTHER)}` }] })], undefined],
    ['another image by a bare digest', [stmt({ products: [{ '@id': OTHER }] })], undefined],
    ['an oci purl without a digest names no image', [stmt({ products: [{ '@id': 'pkg:oci/app' }] })], undefined],
    ['another subcomponent', [stmt({ products: [image(['pkg:deb/debian/libbar'])] })], undefined],
    ['another vulnerability', [stmt({ vulnerability: { name: 'CVE-2099-9999' } })], undefined],
    ['matched by the advisory alias (statement name)', [stmt({ vulnerability: { name: 'DSA-9999-1' } })], 'not_affected'],
    ['matched by a statement alias', [stmt({ vulnerability: { name: 'GHSA-xxxx', aliases: ['CVE-2099-0001'] } })], 'not_affected'],
    ['matched by the vulnerability @id', [stmt({ vulnerability: { name: 'x', '@id': 'CVE-2099-0001' } })], 'not_affected'],
    ['fixed', [stmt({ status: 'fixed', justification: undefined })], 'fixed'],
    ['affected', [stmt({ status: 'affected', justification: undefined, action_statement: 'upgrade' })], 'affected'],
    [
      'the later statement wins (affected after not_affected)',
      [stmt({ timestamp: '2024-02-01T00:00:00Z' }), stmt({ status: 'affected', justification: undefined, timestamp: '2024-03-01T00:00:00Z' })],
      'affected',
    ],
    [
      'the later statement wins whatever the order (not_affected after under_investigation)',
      [stmt({ timestamp: '2024-03-01T00:00:00Z' }), stmt({ status: 'under_investigation', justification: undefined, timestamp: '2024-02-01T00:00:00Z' })],
      'not_affected',
    ],
    [
      'last_updated counts over the timestamp',
      [
        stmt({ timestamp: '2024-02-01T00:00:00Z', last_updated: '2024-05-01T00:00:00Z' }),
        stmt({ status: 'affected', justification: undefined, timestamp: '2024-03-01T00:00:00Z' }),
      ],
      'not_affected',
    ],
    ['on a tie, the later in the document', [stmt(), stmt({ status: 'under_investigation', justification: undefined })], 'under_investigation'],
  ])('%s', (_name, statements, status) => {
    const s = parseOpenVex(doc(statements.map((x) => JSON.parse(JSON.stringify(x)) as unknown)), origin);
    expect(decide(s, ['CVE-2099-0001', 'DSA-9999-1'])?.status).toBe(status);
  });

  it('a statement inherits the document timestamp; a later document wins over an earlier one', () => {
    const early = parseOpenVex(doc([stmt()], { timestamp: '2024-01-01T00:00:00Z' }), { location: 'a.json', inputLine: 1 });
    const late = parseOpenVex(doc([stmt({ status: 'affected', justification: undefined })], { timestamp: '2024-06-01T00:00:00Z' }), {
      location: 'b.json',
      inputLine: 2,
    });
    expect(early[0]?.time).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(decide([...late, ...early])?.where.location).toBe('b.json');
  });
});

describe('vexReason', () => {
  it('names the document, its line, the statement, the status and the justification; none for affected', () => {
    const [na, fixed, affected] = parse([
      stmt({ impact_statement: 'libfoo is only used to parse trusted config' }),
      stmt({ status: 'fixed', justification: undefined }),
      stmt({ status: 'affected', justification: undefined }),
    ]) as [VexStatement, VexStatement, VexStatement];
    expect(vexReason(na)).toBe(
      "VEX vex/app.openvex.json ('vex' line 2, statements[0]): not_affected: vulnerable_code_not_in_execute_path; libfoo is only used to parse trusted config",
    );
    expect(vexReason(fixed)).toBe("VEX vex/app.openvex.json ('vex' line 2, statements[1]): fixed");
    expect(vexReason(affected)).toBeUndefined();
  });
});

describe('parseOpenVex refuses bad documents, naming the input line, the document and the field', () => {
  const fails = (text: string) => {
    try {
      parseOpenVex(text, origin);
    } catch (e) {
      return e as Error & { input?: string; file?: string };
    }
    throw new Error('expected an error');
  };
  it.each([
    ['{ not json', /^'vex' line 2: expected JSON, got a syntax error/],
    ['[]', /^'vex' line 2: expected an OpenVEX document \(a JSON object\), got an array/],
    [doc([stmt()], { '@context': 'https://example.org' }), /expected "@context" to be https:\/\/openvex\.dev\/ns\/v0\.2\.0, got "https:\/\/example\.org"/],
    [doc([stmt()], { timestamp: undefined }), /expected "timestamp" \(when the document was issued\), got nothing/],
    [doc([stmt()], { timestamp: 'yesterday' }), /expected "timestamp" to be an RFC 3339 time, got "yesterday"/],
    [doc([], { statements: {} }), /expected "statements" to be an array, got an object/],
    [doc([stmt({ status: 'fine' })]), /expected statements\[0\]\.status to be one of not_affected, affected, fixed, under_investigation, got "fine"/],
    [doc([stmt({ justification: undefined })]), /expected statements\[0\] \(not_affected\) to have a justification or an impact_statement, got neither/],
    [doc([stmt({ justification: 'trust me' })]), /expected statements\[0\]\.justification to be one of component_not_present, .*, got "trust me"/],
    [doc([stmt({ vulnerability: { id: 'CVE-1' } })]), /expected statements\[0\]\.vulnerability to be \{ "name": "CVE-\.\.\." \}.*, got an object/],
    [
      doc([stmt({ vulnerability: { name: 'CVE-1', aliases: 'CVE-2' } })]),
      /expected statements\[0\]\.vulnerability\.aliases to be an array of strings, got a string/,
    ],
    [doc([stmt({ products: {} })]), /expected statements\[0\]\.products to be an array, got an object/],
    [doc([stmt({ products: [{ hashes: {} }] })]), /expected statements\[0\]\.products\[0\] to have "@id" or "identifiers", got neither/],
    [
      doc([stmt({ products: [{ identifiers: { purl: 'libfoo' } }] })]),
      /expected statements\[0\]\.products\[0\]\.identifiers\.purl to start with pkg:, got "libfoo"/,
    ],
    [doc([stmt({ products: [{ '@id': 'pkg:' }] })]), /expected statements\[0\]\.products\[0\]\["@id"\] to be a package URL, got "pkg:"/],
    [
      doc([stmt({ products: [image(), { '@id': 'x', subcomponents: 'y' }] })]),
      /expected statements\[0\]\.products\[1\]\.subcomponents to be an array, got a string/,
    ],
    [
      doc([stmt({ products: [{ '@id': 'x', hashes: { 'sha-256': 'zz' } }] })]),
      /expected statements\[0\]\.products\[0\]\.hashes\["sha-256"\] to be 64 hex digits, got "zz"/,
    ],
    [doc([stmt({ timestamp: 5 })]), /expected statements\[0\]\.timestamp to be an RFC 3339 time, got a number/],
  ])('%#', (text, message) => {
    const e = fails(text);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/^'vex' line 2: /);
    expect(e).toMatchObject({ input: 'vex', file: 'vex/app.openvex.json' });
  });

  it('hostile text is previewed, not echoed', () => {
    const e = fails(doc([stmt({ status: `${'x'.repeat(10_000)}` })]));
    expect(e.message.length).toBeLessThan(600);
  });

  it('the v0.0.x string vulnerability is read too', () => {
    expect(parse([stmt({ vulnerability: 'CVE-2099-0001' })])[0]?.vulnerabilities).toEqual(['CVE-2099-0001']);
  });
});
