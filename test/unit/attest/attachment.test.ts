import { describe, expect, it } from '@jest/globals';
import { attachmentStatement } from '../../../shared/src/attest/attachment.js';
import { imageProvenance } from '../../../shared/src/attest/provenance.js';
import { bundleReferrer } from '../../../shared/src/attest/referrer.js';
import { createSigner } from '../../../shared/src/attest/sign.js';
import { generateSigningKeyPair } from '../../../shared/src/attest/keys.js';
import { statementErrors } from '../../support/attestation-schemas.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const spdx = { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'app', packages: [] };
const cdx = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [] };

const provenance = (digests: string[]) =>
  imageProvenance({
    subjects: digests.map((d, i) => ({ name: `s${i}`, digest: d })),
    dockerfile: 'Dockerfile',
    buildArgs: {},
    startedOn: new Date(0),
    finishedOn: new Date(1000),
  });

describe('attachmentStatement', () => {
  it('wraps SPDX JSON with the pushed digest as subject', () => {
    const r = attachmentStatement(JSON.stringify(spdx), { file: 'sbom.spdx.json', digest: DIGEST, name: 'ghcr.io/acme/app' });
    expect(r.ok && r.value).toEqual({
      kind: 'spdx',
      statement: {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'ghcr.io/acme/app', digest: { sha256: 'a'.repeat(64) } }],
        predicateType: 'https://spdx.dev/Document',
        predicate: spdx,
      },
    });
    if (r.ok) expect(statementErrors(r.value.statement)).toEqual([]);
  });

  it('wraps CycloneDX JSON', () => {
    const r = attachmentStatement(JSON.stringify(cdx), { file: 'sbom.cdx.json', digest: DIGEST });
    expect(r.ok && r.value.kind).toBe('cyclonedx');
    expect(r.ok && r.value.statement.predicateType).toBe('https://cyclonedx.org/bom');
    expect(r.ok && r.value.statement.subject).toEqual([{ digest: { sha256: 'a'.repeat(64) } }]);
  });

  it('keeps a provenance statement that names the pushed digest', () => {
    const s = provenance([OTHER, DIGEST]);
    const r = attachmentStatement(JSON.stringify(s), { file: 'provenance.json', digest: DIGEST });
    expect(r.ok && r.value).toEqual({ kind: 'in-toto', statement: JSON.parse(JSON.stringify(s)) as unknown });
  });

  it.each([
    [
      'a statement about other bytes',
      JSON.stringify(provenance([OTHER])),
      `expected the statement to have the pushed image ${DIGEST} as a subject, got ${OTHER}`,
    ],
    [
      'an in-toto v0.1 statement',
      JSON.stringify({ ...provenance([DIGEST]), _type: 'https://in-toto.io/Statement/v0.1' }),
      "got _type 'https://in-toto.io/Statement/v0.1'",
    ],
    ['a broken statement', JSON.stringify({ ...provenance([DIGEST]), subject: [] }), 'expected a non-empty subject list'],
    [
      'SPDX tag-value',
      'SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0',
      "expected a JSON SBOM or in-toto statement, got 'SPDXVersion: SPDX-2.3 DataLicense: CC0-1…'",
    ],
    ['some other JSON', JSON.stringify({ results: [], version: 2 }), 'got an object with keys results, version'],
    ['a JSON array', '[1]', 'expected a JSON object, got an array'],
  ])('refuses %s, naming the input and file', (_what, text, message) => {
    const r = attachmentStatement(text, { file: 'x.json', digest: DIGEST });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.input).toBe('attach');
      expect(r.error.file).toBe('x.json');
      expect(r.error.message).toContain(message);
    }
  });
});

describe('bundleReferrer', () => {
  it('describes the referrer as cosign v3 writes it', async () => {
    const signer = createSigner({ kind: 'key', privateKeyPem: generateSigningKeyPair().privateKeyPem });
    const r = attachmentStatement(JSON.stringify(spdx), { file: 's.json', digest: DIGEST });
    if (!r.ok) throw r.error;
    const signed = await signer.sign(r.value.statement);
    const ref = bundleReferrer(signed, new Date('2026-11-30T10:00:00.123Z'));
    expect(ref.artifactType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(ref.layerMediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(ref.layer.toString('utf8')).toBe(signed.json);
    expect(ref.annotations).toEqual({
      'dev.sigstore.bundle.content': 'dsse-envelope',
      'dev.sigstore.bundle.predicateType': 'https://spdx.dev/Document',
      'org.opencontainers.image.created': '2026-11-30T10:00:00Z',
    });
  });
});
