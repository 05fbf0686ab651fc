/**
 * packer-signature.ts: the pinned HashiCorp key, reading packer-pgp-key, and
 * deciding whether a detached signature over SHA256SUMS counts, with
 * throwaway keys made by openpgp.js in the test (the e2e suite signs with
 * Debian's gpg instead).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import * as openpgp from 'openpgp';
import { HASHICORP_FINGERPRINT, HASHICORP_PGP_KEY } from '../../../../shared/src/builders/packer/hashicorp-key.js';
import {
  hashicorpKeys,
  keysFromInput,
  readPublicKeys,
  verifySumsSignature,
  type TrustedKeys,
} from '../../../../shared/src/builders/packer/packer-signature.js';
import { isPipelineError, PipelineError } from '../../../../shared/src/errors.js';

const SUBJECT = {
  sumsName: 'packer_1.11.2_SHA256SUMS',
  sigName: 'packer_1.11.2_SHA256SUMS.sig',
  sigUrl: 'http://127.0.0.1:9/packer/1.11.2/packer_1.11.2_SHA256SUMS.sig',
};
const SUMS = Buffer.from(`${'a'.repeat(64)}  packer_1.11.2_linux_amd64.zip\n${'b'.repeat(64)}  packer_1.11.2_linux_arm64.zip\n`);

interface Pair {
  priv: openpgp.PrivateKey;
  armoredPublic: string;
}
const pair = async (name: string): Promise<Pair> => {
  const { privateKey, publicKey } = await openpgp.generateKey({ userIDs: [{ name, email: 'release@example.invalid' }], format: 'armored' });
  return { priv: await openpgp.readPrivateKey({ armoredKey: privateKey }), armoredPublic: publicKey };
};
/** openpgp.sign, typed by what it returns for these options (its overloads defeat the linter's type checker). */
const signWith = async (data: Uint8Array, keys: openpgp.PrivateKey[], opts: { date?: Date; armored?: boolean } = {}): Promise<Uint8Array | string> => {
  const message = await openpgp.createMessage({ binary: data, ...(opts.date === undefined ? {} : { date: opts.date }) });
  const date = opts.date === undefined ? {} : { date: opts.date };
  const out: unknown =
    opts.armored === true
      ? await openpgp.sign({ message, signingKeys: keys, detached: true, format: 'armored', ...date })
      : await openpgp.sign({ message, signingKeys: keys, detached: true, format: 'binary', ...date });
  return out as Uint8Array | string;
};
const detach = async (data: Uint8Array, ...signers: Pair[]): Promise<Uint8Array> =>
  (await signWith(
    data,
    signers.map((s) => s.priv),
  )) as Uint8Array;

let release: Pair;
let other: Pair;
let trusted: TrustedKeys;
beforeAll(async () => {
  [release, other] = await Promise.all([pair('Release'), pair('Other')]);
  trusted = await keysFromInput(release.armoredPublic, 'the packer-pgp-key text');
});

const failure = async (p: Promise<unknown>): Promise<PipelineError> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PipelineError);
  return e as PipelineError;
};

/** HashiCorp's release-signing subkey, C820 C6D5 CD27 AB87. */
const signingSubkey = (k: openpgp.PublicKey) => {
  const sub = k.subkeys.find((s) => s.getKeyID().toHex() === 'c820c6d5cd27ab87');
  expect(sub).toBeDefined();
  return (sub as openpgp.Subkey).getKeyID();
};

describe("HashiCorp's pinned key", () => {
  test('is the key with fingerprint C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F, in both published blocks', async () => {
    const t = await hashicorpKeys();
    expect(t.keys).toHaveLength(2);
    for (const k of t.keys) expect(k.getFingerprint()).toBe('c874011f0ab405110d02105534365d9472d7468f');
    expect(HASHICORP_FINGERPRINT).toBe('c874011f0ab405110d02105534365d9472d7468f');
    expect(t.label).toBe("HashiCorp's pinned key C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F");
  });

  // Its signing subkey (C820 C6D5 CD27 AB87) must be usable at any time a release could have been signed,
  // from the 2021 key to the 2030 renewal: one block covers 2021-2026, the other 2026-2030.
  test.each(['2021-05-01', '2023-06-01', '2026-03-01', '2026-06-01', '2029-12-01'])('can verify a release signed on %s', async (day) => {
    const t = await hashicorpKeys();
    const usable = await Promise.all(
      t.keys.map((k) =>
        k.getSigningKey(signingSubkey(k), new Date(day)).then(
          () => true,
          () => false,
        ),
      ),
    );
    expect(usable).toContain(true);
  });

  test('is no longer valid after its 2030 expiry (the packer-pgp-key input is the way forward then)', async () => {
    const t = await hashicorpKeys();
    for (const k of t.keys) await expect(k.getSigningKey(signingSubkey(k), new Date('2030-06-01'))).rejects.toThrow();
  });

  test('is two armored blocks, as https://www.hashicorp.com/.well-known/pgp-key.txt serves it', () => {
    expect(HASHICORP_PGP_KEY.match(/-----BEGIN PGP PUBLIC KEY BLOCK-----/g)).toHaveLength(2);
  });
});

describe('packer-pgp-key', () => {
  test('text without a public key block is refused naming the input', async () => {
    const e = await failure(readPublicKeys('C874011F0AB405110D02105534365D9472D7468F', 'the packer-pgp-key text'));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe('packer-pgp-key');
    expect(e.message).toContain('expected the packer-pgp-key text to hold an OpenPGP public key, got no -----BEGIN PGP PUBLIC KEY BLOCK-----');
  });

  test('a block that does not parse is refused', async () => {
    const e = await failure(
      readPublicKeys('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n-----END PGP PUBLIC KEY BLOCK-----\n', 'the packer-pgp-key text'),
    );
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain('but it does not parse');
  });

  test('a private key is refused without echoing it', async () => {
    const armored = release.priv.armor();
    const e = await failure(readPublicKeys(armored, 'the packer-pgp-key text'));
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain('holds a PGP private key');
    const body = armored.split('\n').find((l) => l.length > 40) as string;
    expect(e.message).not.toContain(body.slice(0, 20));
  });

  test('several keys in one input are all trusted, named in the label', async () => {
    const both = await keysFromInput(`${release.armoredPublic}\n${other.armoredPublic}`, 'the packer-pgp-key text');
    expect(both.keys).toHaveLength(2);
    expect(both.label).toContain(release.priv.getFingerprint().slice(0, 4).toUpperCase());
    expect(both.label).toContain(other.priv.getFingerprint().slice(0, 4).toUpperCase());
    expect((await verifySumsSignature(SUMS, await detach(SUMS, other), both, SUBJECT)).fingerprint).toBe(other.priv.getFingerprint());
  });
});

describe('verifySumsSignature', () => {
  test('a good binary signature verifies, naming the key and when it signed', async () => {
    const before = Date.now();
    const v = await verifySumsSignature(SUMS, await detach(SUMS, release), trusted, SUBJECT);
    expect(v.fingerprint).toBe(release.priv.getFingerprint());
    expect(v.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect(v.created?.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  test('an armored signature is accepted too', async () => {
    const armored = (await signWith(SUMS, [release.priv], { armored: true })) as string;
    expect(armored).toContain('-----BEGIN PGP SIGNATURE-----');
    expect((await verifySumsSignature(SUMS, Buffer.from(armored), trusted, SUBJECT)).fingerprint).toBe(release.priv.getFingerprint());
  });

  test('one changed byte in SHA256SUMS fails', async () => {
    const sig = await detach(SUMS, release);
    const changed = Buffer.from(SUMS);
    changed[0] = 'e'.charCodeAt(0);
    const e = await failure(verifySumsSignature(changed, sig, trusted, SUBJECT));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain('packer_1.11.2_SHA256SUMS does not verify against its signature packer_1.11.2_SHA256SUMS.sig by the packer-pgp-key key');
    expect(e.input).toBe('packer-version');
  });

  test('a trailing newline added to SHA256SUMS fails (the exact bytes are signed)', async () => {
    const sig = await detach(SUMS, release);
    expect(isPipelineError(await failure(verifySumsSignature(Buffer.concat([SUMS, Buffer.from('\n')]), sig, trusted, SUBJECT)), 'SIGNATURE')).toBe(true);
  });

  test('a signature by another key fails, naming that key and the fix', async () => {
    const e = await failure(verifySumsSignature(SUMS, await detach(SUMS, other), trusted, SUBJECT));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain(`is a signature by ${other.priv.getKeyID().toHex().toUpperCase()}, not by the packer-pgp-key key`);
    // With HashiCorp's key trusted, the fix is the packer-pgp-key input.
    const pinned = await failure(verifySumsSignature(SUMS, await detach(SUMS, other), await hashicorpKeys(), SUBJECT));
    expect(pinned.message).toContain("not by HashiCorp's pinned key");
    expect(pinned.hint).toContain('packer-pgp-key');
  });

  test('a file with signatures by another key and by the trusted key passes', async () => {
    const v = await verifySumsSignature(SUMS, await detach(SUMS, other, release), trusted, SUBJECT);
    expect(v.fingerprint).toBe(release.priv.getFingerprint());
  });

  test('bytes that are not a signature fail, naming the file and URL', async () => {
    const e = await failure(verifySumsSignature(SUMS, Buffer.from('<html>not found</html>'), trusted, SUBJECT));
    expect(e.code).toBe('SIGNATURE');
    expect(e.message).toContain(`${SUBJECT.sigName} from ${SUBJECT.sigUrl} is not an OpenPGP signature`);
  });

  test('a key that has expired since it signed still verifies that signature (old releases stay installable)', async () => {
    const day = 24 * 3600_000;
    const old = await openpgp.generateKey({
      userIDs: [{ name: 'Old' }],
      date: new Date(Date.now() - 10 * day),
      keyExpirationTime: 2 * 24 * 3600,
      format: 'object',
    });
    const signedAt = new Date(Date.now() - 9 * day);
    const sig = (await signWith(SUMS, [old.privateKey], { date: signedAt })) as Uint8Array;
    const oldTrust = await keysFromInput(old.publicKey.armor(), 'the packer-pgp-key text');
    await expect(old.publicKey.getExpirationTime()).resolves.toEqual(new Date(old.publicKey.getCreationTime().getTime() + 2 * day));
    expect((await verifySumsSignature(SUMS, sig, oldTrust, SUBJECT)).created?.getTime()).toBe(Math.floor(signedAt.getTime() / 1000) * 1000);
  });
});
