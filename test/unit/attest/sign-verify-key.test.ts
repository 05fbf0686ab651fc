/**
 * The key-based round trip: sign with @sigstore/sign (our key signer),
 * verify with @sigstore/verify; no network.
 */
import { describe, expect, it } from '@jest/globals';
import { parseBundle, statementOf } from '../../../shared/src/attest/bundle.js';
import { ociSubject, statement } from '../../../shared/src/attest/in-toto.js';
import { generateSigningKeyPair, keyHint, loadPublicKey } from '../../../shared/src/attest/keys.js';
import { imageProvenance } from '../../../shared/src/attest/provenance.js';
import { createSigner, signImage } from '../../../shared/src/attest/sign.js';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, PredicateType } from '../../../shared/src/attest/types.js';
import { createVerifier } from '../../../shared/src/attest/verify.js';
import { isPipelineError, type PipelineError } from '../../../shared/src/errors.js';
import { pipelineErrorOf } from '../../support/pipeline-error.js';

const pair = generateSigningKeyPair();
const other = generateSigningKeyPair();
const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER_DIGEST = `sha256:${'b'.repeat(64)}`;

/** A copy of the bundle JSON with its DSSE payload replaced. */
function withPayload(json: string, payload: object): string {
  const b = JSON.parse(json) as { dsseEnvelope: { payload: string } };
  b.dsseEnvelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64');
  return JSON.stringify(b);
}

describe('key signing round trip', () => {
  const signer = createSigner({ kind: 'key', privateKeyPem: pair.privateKeyPem });
  const verifier = createVerifier({ kind: 'key', publicKeyPem: pair.publicKeyPem });

  it('writes a sigstore bundle v0.3 with a DSSE envelope over the statement and the key hint', async () => {
    const signed = await signImage(signer, DIGEST);
    expect(signed.mediaType).toBe(BUNDLE_V03_MEDIA_TYPE);
    expect(signed.predicateType).toBe(PredicateType.CosignSign);
    expect(signed.subjects).toEqual([DIGEST]);
    const json = JSON.parse(signed.json) as Record<string, unknown>;
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const hint = keyHint(loadPublicKey(pair.publicKeyPem, 'k'));
    // No transparency log entry and no timestamp for a key signature (protobuf JSON leaves the empty lists out).
    expect(json.verificationMaterial).toEqual({ publicKey: { hint }, timestampVerificationData: {} });
    const env = json.dsseEnvelope as { payloadType: string; payload: string; signatures: Array<{ keyid: string; sig: string }> };
    expect(env.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE);
    expect(env.signatures).toHaveLength(1);
    expect(env.signatures[0]?.keyid).toBe(hint);
    expect(JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'))).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ digest: { sha256: 'a'.repeat(64) }, annotations: {} }],
      predicateType: 'https://sigstore.dev/cosign/sign/v1',
      predicate: {},
    });
    expect(statementOf(parseBundle(signed.json, { what: 'x' }), 'x').predicateType).toBe(PredicateType.CosignSign);
    expect(signer.publicKeyPem).toBe(pair.publicKeyPem);
  });

  it('accepts with the right key, from the JSON text as a registry would serve it', async () => {
    const signed = await signImage(signer, DIGEST);
    const v = verifier.verify(signed.json, { subjectDigest: DIGEST, predicateType: PredicateType.CosignSign }, 'the signature of ghcr.io/acme/app');
    expect(v.signer).toEqual({ kind: 'key', keyHint: keyHint(loadPublicKey(pair.publicKeyPem, 'k')) });
    expect(v.statement.subject[0]?.digest).toEqual({ sha256: 'a'.repeat(64) });
  });

  it('signs and verifies a provenance statement over several subjects', async () => {
    const s = imageProvenance({
      subjects: [
        { name: 'app', digest: OTHER_DIGEST },
        { name: 'app (linux/amd64)', digest: DIGEST },
      ],
      dockerfile: 'Dockerfile',
      buildArgs: {},
      startedOn: new Date(0),
      finishedOn: new Date(1000),
    });
    const signed = await signer.sign(s);
    expect(signed.subjects).toEqual([OTHER_DIGEST, DIGEST]);
    const v = verifier.verify(signed.bundle, { subjectDigest: DIGEST, predicateType: PredicateType.SlsaProvenanceV1 }, 'provenance');
    expect(v.statement.predicateType).toBe('https://slsa.dev/provenance/v1');
  });

  it('rejects with another key', async () => {
    const signed = await signImage(signer, DIGEST);
    const otherHint = keyHint(loadPublicKey(other.publicKeyPem, 'k'));
    const e = pipelineErrorOf(() =>
      createVerifier({ kind: 'key', publicKeyPem: other.publicKeyPem }).verify(signed.json, { subjectDigest: DIGEST }, 'the signature'),
    );
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain(`the signature: expected a signature by the public key ${otherHint}, got a signature that does not verify`);
  });

  it('rejects a tampered payload', async () => {
    const signed = await signImage(signer, DIGEST);
    const forged = withPayload(signed.json, {
      ...statementOf(signed.bundle, 'x'),
      subject: [{ digest: { sha256: 'b'.repeat(64) } }],
    });
    const e = pipelineErrorOf(() => verifier.verify(forged, { subjectDigest: OTHER_DIGEST }, 'the signature'));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain('got a signature that does not verify');
  });

  it('rejects a tampered signature', async () => {
    const signed = await signImage(signer, DIGEST);
    const b = JSON.parse(signed.json) as { dsseEnvelope: { signatures: Array<{ sig: string }> } };
    const sig = Buffer.from(b.dsseEnvelope.signatures[0]?.sig ?? '', 'base64');
    sig.writeUInt8(sig.readUInt8(sig.length - 1) ^ 1, sig.length - 1);
    (b.dsseEnvelope.signatures[0] as { sig: string }).sig = sig.toString('base64');
    expect(pipelineErrorOf(() => verifier.verify(JSON.stringify(b), {}, 'sig')).code).toBe('SIGNATURE');
  });

  it('rejects a signature over another image: expected X, got Y', async () => {
    const signed = await signImage(signer, DIGEST);
    const e = pipelineErrorOf(() => verifier.verify(signed.json, { subjectDigest: OTHER_DIGEST }, 'the signature'));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain(`expected a subject with digest ${OTHER_DIGEST}, got ${DIGEST}`);
  });

  it('rejects another predicate type', async () => {
    const signed = await signer.sign(statement([ociSubject(DIGEST)], PredicateType.Spdx, {}));
    const e = pipelineErrorOf(() => verifier.verify(signed.json, { predicateType: PredicateType.SlsaProvenanceV1 }, 'the attestation'));
    expect(e.message).toContain('expected predicate type https://slsa.dev/provenance/v1, got https://spdx.dev/Document');
  });

  it('refuses a key that does not match its public key before signing anything', () => {
    let caught: unknown;
    try {
      createSigner({ kind: 'key', privateKeyPem: other.privateKeyPem, publicKeyPem: pair.publicKeyPem });
    } catch (e) {
      caught = e;
    }
    expect(isPipelineError(caught, 'INPUT')).toBe(true);
    expect((caught as PipelineError).input).toBe('signing-key');
  });
});
