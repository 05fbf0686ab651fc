/**
 * Signing in-toto statements into sigstore bundles v0.3 (DSSE), with
 * @sigstore/sign doing the protocol work:
 * - `key`: ECDSA P-256 over the DSSE pre-authentication encoding with the
 *   `signing-key` input; the bundle carries the key's fingerprint as its hint.
 *   No transparency log: verifiers hold the public key (cosign verify --key
 *   ... --insecure-ignore-tlog).
 * - `keyless`: an ephemeral key, certified by Fulcio for the job's OIDC
 *   identity, the signature logged in Rekor (a `dsse` entry, API v1) and
 *   optionally timestamped by a TSA; the bundle carries the certificate, the
 *   log entry with its inclusion proof, and the timestamps.
 *
 * Service URLs are parameters (tests point them at the loopback emulator).
 *
 * A key signature is built here with @sigstore/bundle's toDSSEBundle, as
 * @sigstore/sign's DSSEBundleBuilder builds it with no witnesses (the same
 * bundle); @sigstore/sign, with its HTTP stack for Fulcio and Rekor, is
 * loaded (sign-keyless.ts) only by a keyless signer's first signature: a
 * key-signing run does not pay for loading it (issue 17, start-up).
 */
import { createSign } from 'node:crypto';
import { toDSSEBundle } from '@sigstore/bundle';
import type { IdentityProvider } from '@sigstore/sign';
import { PipelineError } from '../errors.js';
import { type DsseBundle, serializeBundle } from './bundle.js';
import { imageSignatureStatement, serializeStatement, subjectDigests } from './in-toto.js';
import { loadSigningKey, type SigningKey } from './keys.js';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, type Statement } from './types.js';

export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';

export interface KeySignerConfig {
  kind: 'key';
  /** PEM PKCS#8 P-256 private key (the `signing-key` input). */
  privateKeyPem: string;
  /** When given, the private key must be its pair (a clear error otherwise). */
  publicKeyPem?: string;
  /** The input that holds the key, for messages (default `signing-key`). */
  input?: string;
}

export interface KeylessSignerConfig {
  kind: 'keyless';
  /** Where the OIDC token comes from: githubIdentityProvider(...) in oidc.ts. */
  identity: IdentityProvider;
  fulcioUrl?: string;
  rekorUrl?: string;
  /**
   * A timestamp authority: its base URL (then /api/v1/timestamp is called) or the full endpoint URL
   * (sigstore-js's rule: a URL with a path is called as is). None by default: Rekor's integrated time serves.
   */
  tsaUrl?: string;
  /** Deadline per request to Fulcio, Rekor and the TSA (default 30 s). */
  timeoutMs?: number;
  /** Retries per request on 5xx/429/network errors (default 2). */
  retries?: number;
}

export type SignerConfig = KeySignerConfig | KeylessSignerConfig;

/** A signed statement: the bundle and what an OCI referrer needs to describe it. */
export interface SignedAttestation {
  bundle: DsseBundle;
  /** The bundle as JSON text: the referrer's layer. */
  json: string;
  /** `application/vnd.dev.sigstore.bundle.v0.3+json`: the layer media type and the referrer's artifactType. */
  mediaType: typeof BUNDLE_V03_MEDIA_TYPE;
  predicateType: string;
  /** `alg:value` of every subject. */
  subjects: string[];
  signer: 'key' | 'keyless';
}

export interface AttestationSigner {
  readonly kind: 'key' | 'keyless';
  /** For key signers: the public key to hand to verifiers (SPKI PEM) and its fingerprint. */
  readonly publicKeyPem?: string;
  readonly keyHint?: string;
  sign(statement: Statement<object>): Promise<SignedAttestation>;
}

/** A signer from its configuration; key problems are reported here, before any signing. */
export function createSigner(config: SignerConfig): AttestationSigner {
  if (config.kind === 'key') {
    const key = loadSigningKey(config.privateKeyPem, {
      ...(config.publicKeyPem === undefined ? {} : { publicKey: config.publicKeyPem }),
      ...(config.input === undefined ? {} : { input: config.input }),
    });
    return {
      kind: 'key',
      publicKeyPem: key.publicKeyPem,
      keyHint: key.hint,
      sign: (s) => signWith(async (data, type) => keyBundle(key, data, type), s, 'key', {}),
    };
  }
  // Loaded and built on the first signature, once (a keyless run signs at least the image); a failed load is not a signing error.
  let bundler: Promise<(data: Buffer, type: string) => Promise<DsseBundle>> | undefined;
  return {
    kind: 'keyless',
    sign: async (s) => {
      bundler ??= import('./sign-keyless.js').then((m) => m.keylessBundler(config, keylessServices(config)));
      return signWith(await bundler, s, 'keyless', describeServices(config));
    },
  };
}

/** Sign the image itself as cosign v3 does: a DSSE bundle over imageSignatureStatement(digest). */
export function signImage(signer: AttestationSigner, digest: string, annotations: Record<string, string> = {}): Promise<SignedAttestation> {
  return signer.sign(imageSignatureStatement(digest, annotations));
}

/** DSSE pre-authentication encoding (DSSE protocol v1): what is signed, binding the payload type to the payload. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'ascii'), type, Buffer.from(` ${payload.length} `, 'ascii'), payload]);
}

/**
 * A key signature's bundle: ECDSA with SHA-256 over the DSSE
 * pre-authentication encoding, DER-encoded (the format sigstore bundles and
 * cosign expect), the key's fingerprint as the hint and keyid; no
 * transparency log entry, no timestamp.
 */
function keyBundle(key: SigningKey, data: Buffer, type: string): DsseBundle {
  const signature = createSign('sha256').update(preAuthEncoding(type, data)).sign(key.privateKey);
  const bundle = toDSSEBundle({ artifact: data, artifactType: type, signature, keyHint: key.hint, certificateChain: false });
  // As @sigstore/sign's builder leaves it with no witnesses.
  bundle.verificationMaterial.tlogEntries = [];
  bundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] };
  return bundle;
}

/** The keyless services' base URLs, defaults applied, without a trailing slash. */
function keylessServices(config: KeylessSignerConfig): { fulcio: string; rekor: string; tsa?: string } {
  return {
    fulcio: trimSlash(config.fulcioUrl ?? DEFAULT_FULCIO_URL),
    rekor: trimSlash(config.rekorUrl ?? DEFAULT_REKOR_URL),
    ...(config.tsaUrl === undefined ? {} : { tsa: trimSlash(config.tsaUrl) }),
  };
}

interface Services {
  fulcio?: string;
  rekor?: string;
  tsa?: string;
}

function describeServices(config: SignerConfig): Services {
  return config.kind === 'key' ? {} : keylessServices(config);
}

async function signWith(
  create: (data: Buffer, type: string) => Promise<DsseBundle>,
  s: Statement<object>,
  kind: 'key' | 'keyless',
  services: Services,
): Promise<SignedAttestation> {
  let bundle: DsseBundle;
  try {
    bundle = await create(serializeStatement(s), IN_TOTO_PAYLOAD_TYPE);
  } catch (e) {
    throw signingError(e, services);
  }
  return { bundle, json: serializeBundle(bundle), mediaType: BUNDLE_V03_MEDIA_TYPE, predicateType: s.predicateType, subjects: subjectDigests(s), signer: kind };
}

/**
 * sigstore-js errors in our terms. Never its message for a token problem:
 * IDENTITY_TOKEN_PARSE_ERROR's message contains the token itself.
 */
function signingError(e: unknown, services: Services): PipelineError {
  const code = (e as { code?: unknown }).code;
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof PipelineError) return cause; // our identity provider's own, already clear
  const status = httpStatusOf(cause);
  const detail = status === undefined ? '' : ` (HTTP ${status})`;
  switch (code) {
    case 'IDENTITY_TOKEN_READ_ERROR':
      return new PipelineError('AUTH', 'expected an OIDC identity token for keyless signing, got none', {
        hint: 'Give the job `permissions: id-token: write`, or use sign: key.',
        cause: e,
      });
    case 'IDENTITY_TOKEN_PARSE_ERROR':
      return new PipelineError('AUTH', 'expected the OIDC identity token to be a JWT with a subject, got one that does not parse', {
        hint: 'Check the token source.',
      });
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      return new PipelineError(
        status !== undefined && status < 500 ? 'AUTH' : 'NETWORK',
        `Fulcio at ${services.fulcio ?? '?'} did not issue a signing certificate${detail}`,
        {
          hint:
            status !== undefined && status < 500
              ? 'Fulcio refused the identity token: check its audience (sigstore) and issuer.'
              : 'Re-run the job; Fulcio may be unavailable.',
          cause: e,
        },
      );
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR':
      return new PipelineError('NETWORK', `Rekor at ${services.rekor ?? '?'} did not log the signature${detail}`, {
        hint: 'Re-run the job; Rekor may be unavailable.',
        cause: e,
      });
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      return new PipelineError('NETWORK', `the timestamp authority at ${services.tsa ?? '?'} did not timestamp the signature${detail}`, {
        hint: 'Re-run the job.',
        cause: e,
      });
    default:
      return new PipelineError('INTERNAL', `signing failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function httpStatusOf(e: unknown): number | undefined {
  const s = (e as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

const trimSlash = (u: string): string => u.replace(/\/+$/, '');
