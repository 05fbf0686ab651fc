/**
 * verifyImageSignatures against the real docker-registry 2.8 on loopback (no
 * referrers API: the fallback tag): images pushed for real, sigstore bundles
 * signed with @sigstore/sign (key) and attached as referrers the way
 * distribute-image writes them (bundleReferrer), then verified with
 * @sigstore/verify. Unsigned, signed, the wrong key, a missing attestation, a
 * signature lifted from another image, and the referrer cap.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { statement, ociSubject } from '../../shared/src/attest/in-toto.js';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { bundleReferrer } from '../../shared/src/attest/referrer.js';
import { createSigner, signImage, type AttestationSigner, type SignedAttestation } from '../../shared/src/attest/sign.js';
import { BUNDLE_V03_MEDIA_TYPE, PredicateType } from '../../shared/src/attest/types.js';
import { SignatureRule, verifyImageSignatures, type SignaturePolicy } from '../../shared/src/compliance/signatures.js';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { attachReferrers } from '../../shared/src/distribute/referrers-push.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';

let work: string;
let reg: Registry;
let layoutA: string;
let layoutB: string;
const keyA = generateSigningKeyPair();
const keyB = generateSigningKeyPair();
let signerA: AttestationSigner;

const clientOf = (host: string): RegistryClient => new RegistryClient({ registry: host, plainHttp: true, credentials: async () => undefined });
const policy = (over: Partial<SignaturePolicy> = {}): SignaturePolicy => ({
  keys: [{ pem: keyA.publicKeyPem, source: 'policy.yml signatures.keys[0]' }],
  requireSignature: true,
  require: [],
  ...over,
});

async function pushed(repo: string, layout: string): Promise<Descriptor> {
  const r = await pushImage({ images: [layout], destinations: [`${reg.host}/${repo}`], tags: ['1'] });
  assertDistributed(r);
  const head = await clientOf(reg.host).headManifest(repo, r.digest, ['pull']);
  return { mediaType: head?.mediaType ?? '', digest: r.digest, size: head?.size ?? -1 };
}

async function attach(repo: string, image: Descriptor, signed: SignedAttestation[]): Promise<void> {
  const specs = signed.map((s) => {
    const r = bundleReferrer(s, new Date('2026-11-30T16:00:00Z'));
    return { artifactType: r.artifactType, blobs: [{ mediaType: r.layerMediaType, bytes: r.layer }], annotations: r.annotations };
  });
  await attachReferrers(clientOf(reg.host), repo, image, specs);
}

const provenanceOf = (digest: string) =>
  statement([ociSubject(digest)], PredicateType.SlsaProvenanceV1, {
    buildDefinition: { buildType: 'https://example.com/t@v1', externalParameters: { x: 1 } },
    runDetails: { builder: { id: 'https://example.com/b' } },
  });

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'signatures-e2e-'));
  reg = await startRegistry();
  layoutA = path.join(work, 'a');
  layoutB = path.join(work, 'b');
  await makeLayout(layoutA, { layers: [{ files: { 'etc/hello': 'hello a\n' } }] });
  await makeLayout(layoutB, { layers: [{ files: { 'etc/hello': 'hello b\n' } }] });
  signerA = createSigner({ kind: 'key', privateKeyPem: keyA.privateKeyPem });
}, 60_000);

afterAll(async () => {
  await reg?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

describe('verifyImageSignatures (docker-registry 2.8, fallback tag)', () => {
  test('an unsigned image fails SIG-001 when the policy requires a signature', async () => {
    const image = await pushed('unsigned/app', layoutA);
    const r = await verifyImageSignatures(clientOf(reg.host), 'unsigned/app', image.digest, policy());
    expect(r.ok).toBe(false);
    expect(r.verified).toEqual([]);
    expect(r.problems).toEqual([
      { rule: SignatureRule.Unsigned, predicateType: PredicateType.CosignSign, message: expect.stringContaining('expected an image signature, got none') },
    ]);
  });

  test('a signed image with its provenance passes with the right key; the wrong key fails SIG-002 for each', async () => {
    const image = await pushed('signed/app', layoutA);
    await attach('signed/app', image, [await signImage(signerA, image.digest), await signerA.sign(provenanceOf(image.digest))]);

    const good = await verifyImageSignatures(clientOf(reg.host), 'signed/app', image.digest, policy({ require: [PredicateType.SlsaProvenanceV1] }));
    expect(good.via).toBe('fallback');
    expect(good.problems).toEqual([]);
    expect(good.ok).toBe(true);
    expect(good.verified.map((v) => v.predicateType).sort()).toEqual([PredicateType.CosignSign, PredicateType.SlsaProvenanceV1].sort());
    expect(good.verified.every((v) => v.signer.kind === 'key')).toBe(true);

    const wrong = await verifyImageSignatures(
      clientOf(reg.host),
      'signed/app',
      image.digest,
      policy({ keys: [{ pem: keyB.publicKeyPem, source: 'policy.yml signatures.keys[0]' }], require: [PredicateType.SlsaProvenanceV1] }),
    );
    expect(wrong.ok).toBe(false);
    expect(wrong.verified).toEqual([]);
    expect(wrong.problems.map((p) => [p.rule, p.predicateType])).toEqual([
      [SignatureRule.BadSignature, PredicateType.CosignSign],
      [SignatureRule.BadSignature, PredicateType.SlsaProvenanceV1],
    ]);
    expect(wrong.problems[0]?.message).toMatch(/got 1 that did not verify/);

    // Either trusted key will do: B then A passes.
    const either = await verifyImageSignatures(
      clientOf(reg.host),
      'signed/app',
      image.digest,
      policy({
        keys: [
          { pem: keyB.publicKeyPem, source: 'b' },
          { pem: keyA.publicKeyPem, source: 'a' },
        ],
      }),
    );
    expect(either.ok).toBe(true);
  });

  test('a required attestation that is not attached fails SIG-003; the signature alone is not enough', async () => {
    const image = await pushed('sigonly/app', layoutA);
    await attach('sigonly/app', image, [await signImage(signerA, image.digest)]);
    const r = await verifyImageSignatures(clientOf(reg.host), 'sigonly/app', image.digest, policy({ require: [PredicateType.Spdx] }));
    expect(r.problems.map((p) => p.rule)).toEqual([SignatureRule.MissingAttestation]);
    expect(r.problems[0]?.message).toContain(`expected an attestation of type ${PredicateType.Spdx}, got none attached`);
    // requireSignature false with nothing required: passes even unsigned.
    const bare = await pushed('bare/app', layoutB);
    expect((await verifyImageSignatures(clientOf(reg.host), 'bare/app', bare.digest, policy({ requireSignature: false }))).ok).toBe(true);
  });

  test("another image's signature attached to this one does not verify (its statement names the other digest)", async () => {
    const image = await pushed('lifted/app', layoutB);
    const other = await pushed('lifted/other', layoutA);
    await attach('lifted/app', image, [await signImage(signerA, other.digest)]);
    const r = await verifyImageSignatures(clientOf(reg.host), 'lifted/app', image.digest, policy());
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.rule).toBe(SignatureRule.BadSignature);
    expect(r.unverified[0]?.reason).toContain(image.digest);
  });

  test('a referrers list longer than the cap is refused, not half-read', async () => {
    const image = await pushed('capped/app', layoutA);
    await attach('capped/app', image, [await signImage(signerA, image.digest), await signerA.sign(provenanceOf(image.digest))]);
    await expect(verifyImageSignatures(clientOf(reg.host), 'capped/app', image.digest, policy(), { maxReferrers: 1 })).rejects.toThrow(
      /lists 2 referrers, more than the 1 we read/,
    );
    expect((await verifyImageSignatures(clientOf(reg.host), 'capped/app', image.digest, policy(), { maxReferrers: 2 })).verified).toHaveLength(2);
  });

  test('a garbage bundle claiming to be the signature, and one over the size cap, are unverified with the reason (SIG-002), never thrown', async () => {
    const image = await pushed('garbage/app', layoutA);
    const claim = { 'dev.sigstore.bundle.predicateType': PredicateType.CosignSign };
    await attachReferrers(clientOf(reg.host), 'garbage/app', image, [
      { artifactType: BUNDLE_V03_MEDIA_TYPE, blobs: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, bytes: Buffer.from('{"not":"a bundle"}') }], annotations: claim },
    ]);
    const r = await verifyImageSignatures(clientOf(reg.host), 'garbage/app', image.digest, policy());
    expect(r.problems.map((p) => p.rule)).toEqual([SignatureRule.BadSignature]);
    expect(r.unverified[0]?.reason).toMatch(/expected mediaType/);

    const big = await pushed('big/app', layoutB);
    await attach('big/app', big, [await signImage(signerA, big.digest)]);
    const capped = await verifyImageSignatures(clientOf(reg.host), 'big/app', big.digest, policy(), { maxBundleBytes: 100 });
    expect(capped.ok).toBe(false);
    expect(capped.unverified[0]?.reason).toMatch(/expected a bundle of at most 100 B, got a layer of \d+ bytes/);
  });

  test('a policy that trusts nobody is refused before any registry call', async () => {
    await expect(verifyImageSignatures(clientOf('127.0.0.1:1'), 'x/y', `sha256:${'0'.repeat(64)}`, policy({ keys: [] }))).rejects.toThrow(
      /expected the signatures section to trust at least one signer/,
    );
  });
});
