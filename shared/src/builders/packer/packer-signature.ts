/**
 * The PGP half of trusting a Packer release: reading the trusted public key
 * (HashiCorp's, pinned in hashicorp-key.ts, or the `packer-pgp-key` input)
 * and checking the detached signature HashiCorp publishes beside every
 * SHA256SUMS (`packer_<v>_SHA256SUMS.sig`) over the exact bytes downloaded,
 * before any checksum in that file is believed. OpenPGP itself is openpgp.js;
 * this module only decides what counts: a signature made by a trusted key,
 * by a key valid when it signed. No I/O here; the caller fetches the bytes.
 */
import * as openpgp from 'openpgp';
import { PipelineError } from '../../errors.js';
import { HASHICORP_FINGERPRINT, HASHICORP_PGP_KEY } from './hashicorp-key.js';

export interface TrustedKeys {
  keys: openpgp.PublicKey[];
  /** For logs: `HashiCorp's pinned key C874…468F` or `the packer-pgp-key key <fpr>`. */
  label: string;
}

export interface VerifiedSignature {
  /** Primary key fingerprint (lower-case hex) of the key that signed. */
  fingerprint: string;
  /** The (sub)key id that made the signature. */
  keyId: string;
  created?: Date;
}

/** Context for messages: which files, which input supplied the key. */
export interface SignatureSubject {
  sumsName: string;
  sigName: string;
  sigUrl: string;
  keyInput?: string;
}

const ARMORED_KEY = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;

const KEY_INPUT = 'packer-pgp-key';

/** Spaced upper-case groups of four, as gpg and HashiCorp print fingerprints. */
export const showFingerprint = (hex: string): string => hex.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Public keys from armored text (one or more blocks).
 * Blocks of the same key stay separate entries: a key published as its
 * original block plus a renewal is tried in each form (see hashicorp-key.ts).
 */
export async function readPublicKeys(text: string, what: string): Promise<openpgp.PublicKey[]> {
  const bad = (why: string, cause?: unknown) =>
    new PipelineError('INPUT', `expected ${what} to hold an OpenPGP public key, ${why}`, {
      input: KEY_INPUT,
      hint: 'Give the armored public key (-----BEGIN PGP PUBLIC KEY BLOCK-----, as https://www.hashicorp.com/.well-known/pgp-key.txt serves it) or a path to a file holding it.',
      ...(cause === undefined ? {} : { cause }),
    });
  const privateKey = () =>
    new PipelineError('INPUT', `${what} holds a PGP private key`, {
      input: KEY_INPUT,
      hint: 'Only the public key is needed to verify: export it with gpg --armor --export <fingerprint>, and treat the private key as leaked if it was committed.',
    });
  if (text.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) throw privateKey();
  const parsed: openpgp.Key[] = [];
  try {
    for (const armoredKeys of text.match(ARMORED_KEY) ?? []) parsed.push(...(await openpgp.readKeys({ armoredKeys })));
  } catch (e) {
    throw bad(`but it does not parse: ${(e as Error).message.slice(0, 160)}`, e);
  }
  if (parsed.length === 0) throw bad('got no -----BEGIN PGP PUBLIC KEY BLOCK----- in it');
  return parsed.map((key) => {
    if (key.isPrivate()) throw privateKey();
    return key;
  });
}

/** HashiCorp's key as pinned in the source; fails loudly if the pinned text is not that key. */
export async function hashicorpKeys(): Promise<TrustedKeys> {
  const keys = await readPublicKeys(HASHICORP_PGP_KEY, "HashiCorp's pinned key");
  if (keys.length === 0 || keys.some((k) => k.getFingerprint() !== HASHICORP_FINGERPRINT))
    throw new PipelineError('INTERNAL', `the pinned HashiCorp key is not ${showFingerprint(HASHICORP_FINGERPRINT)}`);
  return { keys, label: `HashiCorp's pinned key ${showFingerprint(HASHICORP_FINGERPRINT)}` };
}

/** The keys given in `packer-pgp-key` (its text, or the text of the file it names). */
export async function keysFromInput(text: string, what: string): Promise<TrustedKeys> {
  const keys = await readPublicKeys(text, what);
  const fingerprints = [...new Set(keys.map((k) => showFingerprint(k.getFingerprint())))];
  return { keys, label: `the packer-pgp-key key ${fingerprints.join(', ')}` };
}

/**
 * Checks `signature` (binary or armored detached signature) over exactly
 * `sums`. Passes when a signature packet was made by a trusted key that was
 * valid at signing time and matches the bytes; signatures by other keys are
 * ignored (a file may carry several), and a signature by a trusted key that
 * does not match fails unless another one from a trusted key passes.
 */
export async function verifySumsSignature(sums: Uint8Array, signature: Uint8Array, trusted: TrustedKeys, s: SignatureSubject): Promise<VerifiedSignature> {
  const input = s.keyInput ?? 'packer-version';
  let sig: openpgp.Signature;
  try {
    const text = Buffer.from(signature).toString('latin1');
    sig = text.includes('-----BEGIN PGP SIGNATURE-----')
      ? await openpgp.readSignature({ armoredSignature: text })
      : await openpgp.readSignature({ binarySignature: signature });
  } catch (e) {
    throw new PipelineError('SIGNATURE', `${s.sigName} from ${s.sigUrl} is not an OpenPGP signature (${(e as Error).message.slice(0, 120)})`, {
      input,
      hint: `Nothing was installed. The release site or a proxy served something else as the signature of ${s.sumsName}: retry, and check any mirror set in packer-releases-url.`,
      cause: e,
    });
  }
  const issuers = sig.getSigningKeyIDs();
  const candidates = trusted.keys.filter((k) => issuers.some((id) => k.getKeys(id).length > 0));
  if (candidates.length === 0) {
    const ids = issuers.map((id) => id.toHex().toUpperCase()).join(', ') || 'no key';
    throw new PipelineError('SIGNATURE', `${s.sigName} is a signature by ${ids}, not by ${trusted.label}`, {
      input,
      hint:
        s.keyInput === undefined
          ? `Nothing was installed. Either the release site is not HashiCorp's (a mirror that re-signs: give its public key in packer-pgp-key), or its files were replaced.`
          : `Nothing was installed. Check that packer-pgp-key is the key that signs this release site's SHA256SUMS.`,
    });
  }
  const failures = new Set<string>();
  // One key at a time: openpgp.verify checks each signature against the first key holding its issuer id.
  for (const key of candidates) {
    const message = await openpgp.createMessage({ binary: sums });
    const { signatures } = await openpgp.verify({ message, signature: sig, verificationKeys: [key], format: 'binary' });
    for (const v of signatures) {
      if (key.getKeys(v.keyID).length === 0) continue;
      try {
        await v.verified;
        const packet = (await v.signature).packets[0];
        return {
          fingerprint: key.getFingerprint(),
          keyId: v.keyID.toHex().toUpperCase(),
          ...(packet?.created instanceof Date ? { created: packet.created } : {}),
        };
      } catch (e) {
        failures.add((e as Error).message.slice(0, 160));
      }
    }
  }
  throw new PipelineError('SIGNATURE', `${s.sumsName} does not verify against its signature ${s.sigName} by ${trusted.label}: ${[...failures].join('; ')}`, {
    input,
    hint: 'Nothing was installed. The checksum list was changed after it was signed, or the signing key was not valid when it signed: do not use this release site until it serves the signed files unchanged.',
  });
}
