/**
 * Signing and verification keys: a PEM PKCS#8 P-256 private key (the
 * `signing-key` input) and SPKI public keys. Each refusal names the input and
 * says what was expected and what was found, describing the key only by its
 * PEM label, type and curve, or its public fingerprint: never the material.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { PipelineError } from '../errors.js';

export const SIGNING_KEY_INPUT = 'signing-key';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM of the public half. */
  publicKeyPem: string;
  /** Hex SHA-256 of the DER SPKI: the bundle's key hint and the DSSE keyid. */
  hint: string;
}

const GENERATE_HINT = 'Create one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out signing-key.pem`.';
const TO_PKCS8 = 'Convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out signing-key.pem`.';

/** Labels of the PEM blocks in `text` (`PRIVATE KEY`, `EC PRIVATE KEY`, ...): safe to show, they are not key material. */
function pemLabels(text: string): string[] {
  return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,64})-----/g)].map((m) => m[1] as string);
}

/** What a wrong PEM label means, and the fix. */
const WRONG_LABEL: Record<string, { got: string; hint: string }> = {
  'ENCRYPTED PRIVATE KEY': {
    got: 'an encrypted PKCS#8 key',
    hint: `Store the key unencrypted in a secret: \`openssl pkcs8 -topk8 -nocrypt -in encrypted.pem -out signing-key.pem\`.`,
  },
  'ENCRYPTED SIGSTORE PRIVATE KEY': { got: "a cosign-encrypted key (cosign generate-key-pair's format)", hint: GENERATE_HINT },
  'ENCRYPTED COSIGN PRIVATE KEY': { got: "a cosign-encrypted key (cosign generate-key-pair's format)", hint: GENERATE_HINT },
  'EC PRIVATE KEY': { got: 'a SEC1 EC key (BEGIN EC PRIVATE KEY)', hint: TO_PKCS8 },
  'RSA PRIVATE KEY': { got: 'a PKCS#1 RSA key', hint: GENERATE_HINT },
  'OPENSSH PRIVATE KEY': { got: 'an OpenSSH key', hint: GENERATE_HINT },
  'PUBLIC KEY': { got: 'a public key', hint: 'Pass the private key; the public key is what verifiers get.' },
  CERTIFICATE: { got: 'a certificate', hint: 'Pass the private key.' },
};

function keyError(reason: string, hint: string, input: string): PipelineError {
  return new PipelineError('INPUT', reason, { input, hint });
}

/** "P-256" for prime256v1, else the curve's OpenSSL name. */
const curveName = (curve: string | undefined): string =>
  curve === 'prime256v1' ? 'P-256' : curve === 'secp384r1' ? 'P-384' : curve === 'secp521r1' ? 'P-521' : (curve ?? 'unknown');

function describeKey(k: KeyObject): string {
  const type = k.asymmetricKeyType ?? 'unknown';
  return type === 'ec' ? `an EC ${curveName(k.asymmetricKeyDetails?.namedCurve)} key` : `an ${type.toUpperCase()} key`;
}

/** Hex SHA-256 of the key's DER SPKI: a public fingerprint, safe to print. */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export interface LoadSigningKeyOptions {
  /** SPKI PEM the private key must match (e.g. the `public-key` the verifiers hold). */
  publicKey?: string;
  /** The input the key came from, for messages (default `signing-key`). */
  input?: string;
}

/** Read and check a PEM PKCS#8 P-256 private key. */
export function loadSigningKey(pem: string, opts: LoadSigningKeyOptions = {}): SigningKey {
  const input = opts.input ?? SIGNING_KEY_INPUT;
  const expected = 'expected an unencrypted PEM PKCS#8 P-256 private key (-----BEGIN PRIVATE KEY-----)';
  const labels = pemLabels(pem);
  if (labels.length === 0) throw keyError(`${expected}, got text with no PEM block (${pem.trim().length} characters)`, GENERATE_HINT, input);
  const privateLabels = labels.filter((l) => l.includes('PRIVATE KEY'));
  if (privateLabels.length > 1) throw keyError(`${expected}, got ${privateLabels.length} private keys`, 'Pass exactly one key.', input);
  const label = privateLabels[0] ?? labels[0];
  if (label !== 'PRIVATE KEY') {
    const wrong = label === undefined ? undefined : WRONG_LABEL[label];
    throw keyError(`${expected}, got ${wrong?.got ?? `a PEM block labelled '${label}'`}`, wrong?.hint ?? GENERATE_HINT, input);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch (e) {
    // Node's message names the ASN.1 problem, never the bytes; the code is enough.
    const code = (e as { code?: string }).code ?? 'unparseable';
    throw keyError(`${expected}, got a PRIVATE KEY block that does not parse (${code})`, GENERATE_HINT, input);
  }
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw keyError(`${expected}, got ${describeKey(privateKey)}`, `Sigstore bundles here are signed with ECDSA P-256. ${GENERATE_HINT}`, input);
  }
  const publicKey = createPublicKey(privateKey);
  const hint = keyHint(publicKey);
  if (opts.publicKey !== undefined) {
    const want = loadPublicKey(opts.publicKey, 'public-key');
    const wantHint = keyHint(want);
    if (wantHint !== hint) {
      throw keyError(
        `expected the private key of the public key with SHA-256 fingerprint ${wantHint}, got the private key of ${hint}`,
        'Pass the key pair that belongs together; verifiers of the other public key would reject every signature.',
        input,
      );
    }
  }
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint };
}

/** Read an SPKI PEM public key (`-----BEGIN PUBLIC KEY-----`), P-256 as we sign with. */
export function loadPublicKey(pem: string, input: string): KeyObject {
  const expected = 'expected a PEM P-256 public key (-----BEGIN PUBLIC KEY-----)';
  const labels = pemLabels(pem);
  if (labels.length !== 1 || labels[0] !== 'PUBLIC KEY') {
    const got =
      labels.length === 0
        ? 'text with no PEM block'
        : labels.length > 1
          ? `${labels.length} PEM blocks`
          : labels[0]?.includes('PRIVATE KEY') === true
            ? 'a private key (keep it secret: verifiers need only the public key)'
            : `a PEM block labelled '${labels[0]}'`;
    throw keyError(`${expected}, got ${got}`, 'Export it with `openssl pkey -in signing-key.pem -pubout -out signing-key.pub`.', input);
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch (e) {
    throw keyError(
      `${expected}, got a PUBLIC KEY block that does not parse (${(e as { code?: string }).code ?? 'unparseable'})`,
      'Export it again with `openssl pkey -pubout`.',
      input,
    );
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw keyError(`${expected}, got ${describeKey(key)}`, 'Signatures here are ECDSA P-256; use the public half of the signing key.', input);
  }
  return key;
}

/** A fresh P-256 key pair as PEM, for local runs that sign with a throwaway key. */
export function generateSigningKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
