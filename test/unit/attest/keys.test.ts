import { describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { generateSigningKeyPair, keyHint, loadPublicKey, loadSigningKey } from '../../../shared/src/attest/keys.js';
import { pipelineErrorOf } from '../../support/pipeline-error.js';

const pair = generateSigningKeyPair();
const other = generateSigningKeyPair();
const ec = (namedCurve: string) => generateKeyPairSync('ec', { namedCurve });

/** The body of a PEM, to check that no error ever echoes it. */
const body = (pem: string): string => pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))[0] as string;

describe('loadSigningKey', () => {
  it('reads a PEM PKCS#8 P-256 key and gives its public half and fingerprint', () => {
    const key = loadSigningKey(pair.privateKeyPem);
    expect(key.publicKeyPem).toBe(pair.publicKeyPem);
    expect(key.hint).toMatch(/^[0-9a-f]{64}$/);
    expect(key.hint).toBe(keyHint(loadPublicKey(pair.publicKeyPem, 'public-key')));
  });

  it('accepts the matching public key', () => {
    expect(loadSigningKey(pair.privateKeyPem, { publicKey: pair.publicKeyPem }).hint).toMatch(/^[0-9a-f]{64}$/);
  });

  const p384 = ec('secp384r1').privateKey;
  const p256 = ec('prime256v1').privateKey;
  const cases: Array<[string, string, string, string]> = [
    ['no PEM at all', 'just some text', 'got text with no PEM block', 'openssl genpkey'],
    [
      'an encrypted PKCS#8 key',
      p256.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString(),
      'got an encrypted PKCS#8 key',
      '-nocrypt',
    ],
    ['a SEC1 key', p256.export({ type: 'sec1', format: 'pem' }).toString(), 'got a SEC1 EC key', 'openssl pkcs8 -topk8 -nocrypt'],
    ['a P-384 key', p384.export({ type: 'pkcs8', format: 'pem' }).toString(), 'got an EC P-384 key', 'ECDSA P-256'],
    [
      'an RSA key',
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'got an RSA key',
      'ECDSA P-256',
    ],
    ['an Ed25519 key', generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'got an ED25519 key', 'ECDSA P-256'],
    ['a public key', pair.publicKeyPem, 'got a public key', 'Pass the private key'],
    [
      'a cosign-encrypted key',
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnt9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
      'got a cosign-encrypted key',
      'openssl genpkey',
    ],
    [
      'a broken PKCS#8 block',
      '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n',
      'got a PRIVATE KEY block that does not parse',
      'openssl genpkey',
    ],
    ['two keys', pair.privateKeyPem + other.privateKeyPem, 'got 2 private keys', 'exactly one'],
  ];
  it.each(cases)('refuses %s, naming the input, without echoing the key', (_what, pem, got, hint) => {
    const e = pipelineErrorOf(() => loadSigningKey(pem));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe('signing-key');
    expect(e.message).toMatch(/^input 'signing-key': expected an unencrypted PEM PKCS#8 P-256 private key/);
    expect(e.message).toContain(got);
    expect(e.message).toContain(hint);
    if (pem.includes('-----')) expect(e.message).not.toContain(body(pem));
  });

  it('refuses a key that does not match the given public key, with both fingerprints', () => {
    const e = pipelineErrorOf(() => loadSigningKey(other.privateKeyPem, { publicKey: pair.publicKeyPem }));
    const want = keyHint(loadPublicKey(pair.publicKeyPem, 'x'));
    const got = keyHint(loadPublicKey(other.publicKeyPem, 'x'));
    expect(e.input).toBe('signing-key');
    expect(e.message).toContain(`expected the private key of the public key with SHA-256 fingerprint ${want}, got the private key of ${got}`);
    expect(e.message).not.toContain(body(other.privateKeyPem));
  });

  it('names another input when told', () => {
    expect(pipelineErrorOf(() => loadSigningKey('x', { input: 'cosign-key' })).input).toBe('cosign-key');
  });
});

describe('loadPublicKey', () => {
  it.each([
    ['a private key', pair.privateKeyPem, 'got a private key (keep it secret'],
    ['a P-384 key', ec('secp384r1').publicKey.export({ type: 'spki', format: 'pem' }).toString(), 'got an EC P-384 key'],
    ['nothing', '', 'got text with no PEM block'],
  ])('refuses %s', (_what, pem, got) => {
    const e = pipelineErrorOf(() => loadPublicKey(pem, 'public-key'));
    expect(e.input).toBe('public-key');
    expect(e.message).toContain('expected a PEM P-256 public key');
    expect(e.message).toContain(got);
  });
});
