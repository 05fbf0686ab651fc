/**
 * Key signatures are built without @sigstore/sign (sign.ts keyBundle: its HTTP stack is loaded only for
 * keyless, issue 17 start-up): the bundle must be the one @sigstore/sign's DSSEBundleBuilder makes from the
 * same signature, byte for byte, and sign.ts must not reach @sigstore/sign statically.
 */
import { describe, expect, it } from '@jest/globals';
import { createVerify } from 'node:crypto';
import { dsse } from '@sigstore/core';
import { DSSEBundleBuilder } from '@sigstore/sign';
import { serializeBundle } from '../../../shared/src/attest/bundle.js';
import { generateSigningKeyPair, keyHint, loadPublicKey } from '../../../shared/src/attest/keys.js';
import { createSigner, preAuthEncoding, signImage } from '../../../shared/src/attest/sign.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../../shared/src/attest/types.js';
import { entryGraph } from '../../support/static-imports.js';

const pair = generateSigningKeyPair();
const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('key signing without @sigstore/sign', () => {
  it('makes the bundle DSSEBundleBuilder makes from the same signature (it has no witnesses for a key)', async () => {
    const signed = await signImage(createSigner({ kind: 'key', privateKeyPem: pair.privateKeyPem }), DIGEST);
    const env = signed.bundle.content.dsseEnvelope;
    const hint = keyHint(loadPublicKey(pair.publicKeyPem, 'k'));
    // The signature verifies over the DSSE pre-authentication encoding with the public key.
    const pae = preAuthEncoding(IN_TOTO_PAYLOAD_TYPE, env.payload);
    expect(pae.toString('utf8')).toBe(`DSSEv1 ${IN_TOTO_PAYLOAD_TYPE.length} ${IN_TOTO_PAYLOAD_TYPE} ${env.payload.length} ${env.payload.toString('utf8')}`);
    expect(
      createVerify('sha256')
        .update(pae)
        .verify(pair.publicKeyPem, env.signatures[0]?.sig as Buffer),
    ).toBe(true);
    // @sigstore/sign's builder given a signer that answers with that same signature: the same bundle, and the
    // bytes it asks to have signed are the ones we signed (review: the stand-in ignored them).
    const askedToSign: Buffer[] = [];
    const builder = new DSSEBundleBuilder({
      signer: {
        sign: async (data: Buffer) => {
          askedToSign.push(Buffer.from(data));
          return { signature: env.signatures[0]?.sig as Buffer, key: { $case: 'publicKey', publicKey: pair.publicKeyPem, hint } };
        },
      },
      witnesses: [],
    });
    const theirs = await builder.create({ data: env.payload, type: IN_TOTO_PAYLOAD_TYPE });
    expect(signed.json).toBe(serializeBundle(theirs));
    expect(askedToSign).toEqual([pae]);
  });

  it("the pre-authentication encoding is sigstore's, byte for byte, lengths in bytes (non-ASCII payload and type)", () => {
    for (const [type, payload] of [
      [IN_TOTO_PAYLOAD_TYPE, Buffer.from('{"predicate":"naïve café ✓ 日本"}', 'utf8')],
      ['application/vnd.ünïcode+json', Buffer.from([0, 255, 10, 32, 0xe2, 0x9c, 0x93])],
      ['', Buffer.alloc(0)],
    ] as const)
      expect(preAuthEncoding(type, payload).equals(dsse.preAuthEncoding(type, payload))).toBe(true);
  });

  it('sign.ts reaches no @sigstore/sign statically (sign-keyless.ts does, loaded by import() for keyless only)', () => {
    const { files, packages } = entryGraph('shared/src/attest/sign.ts');
    expect(packages).toContain('@sigstore/bundle');
    expect(packages.filter((p) => p.startsWith('@sigstore/sign'))).toEqual([]);
    expect(files).not.toContain('shared/src/attest/sign-keyless.ts');
    expect(entryGraph('shared/src/attest/sign-keyless.ts').packages).toContain('@sigstore/sign');
  });
});
