/**
 * Verifying sigstore bundles with @sigstore/verify, then checking what they
 * say: the signer (a public key, or a Fulcio certificate's identity and
 * issuer against a trusted root), the statement's predicate type, and that it
 * names the image's digest. Each refusal says what was expected and what was
 * found, as a PipelineError SIGNATURE.
 */
import { isBundleWithCertificateChain, type Bundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from '@sigstore/verify';
import type { KeyObject } from 'node:crypto';
import { compileRegex, type PolicyRegex } from '../compliance/regex.js';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { parseBundle, statementOf, type DsseBundle } from './bundle.js';
import { subjectDigests, subjectMatches } from './in-toto.js';
import { keyHint, loadPublicKey } from './keys.js';
import type { Statement } from './types.js';

/** A certificate field requirement: the exact value, or a Go/RE2 regular expression matched anywhere (as cosign's `--*-regexp` flags). */
export type Matcher = { exact: string } | { regex: string };

export interface KeyPolicy {
  kind: 'key';
  /** SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
  publicKeyPem: string;
  /** Where the key came from, for messages (an input or a policy path). */
  source?: string;
}

export interface KeylessPolicy {
  kind: 'keyless';
  /** A sigstore TrustedRoot (JSON, protobuf-specs mapping): the Fulcio CAs, Rekor and CT log keys, TSAs. */
  trustedRoot: unknown;
  /** The certificate's subject alternative name, e.g. `https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main`. */
  identity: Matcher;
  /** The OIDC issuer, e.g. `https://token.actions.githubusercontent.com`. */
  issuer: Matcher;
  source?: string;
}

export type VerificationPolicy = KeyPolicy | KeylessPolicy;

export interface Expectations {
  /** The image digest (`sha256:<hex>`) a subject must carry. */
  subjectDigest?: string;
  /** The predicate type required, e.g. https://slsa.dev/provenance/v1. */
  predicateType?: string;
}

export type VerifiedSigner = { kind: 'key'; keyHint: string } | { kind: 'keyless'; identity: string; issuer: string };

export interface VerifiedAttestation {
  statement: Statement;
  signer: VerifiedSigner;
}

export interface BundleVerifier {
  /**
   * Verify one bundle (parsed or raw bytes from an untrusted source) and
   * check it against the expectations. `what` names it in messages.
   */
  verify(bundle: DsseBundle | Uint8Array | string, expect: Expectations, what: string): VerifiedAttestation;
}

/** A verifier for one policy; the trust material is built once. Policy problems throw INPUT here. */
export function createVerifier(policy: VerificationPolicy): BundleVerifier {
  if (policy.kind === 'key') {
    const key = loadPublicKey(policy.publicKeyPem, policy.source ?? 'public-key');
    const hint = keyHint(key);
    const verifier = new Verifier(keyTrustMaterial(key), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
    return {
      verify(raw, expect, what) {
        const bundle = asBundle(raw, what);
        if (isBundleWithCertificateChain(bundle) || bundle.verificationMaterial.content.$case === 'certificate') {
          throw refusal(what, `expected a signature by the public key ${hint}, got a keyless (certificate) signature`);
        }
        runVerifier(verifier, bundle, what, `a signature by the public key ${hint}`);
        return { statement: checkStatement(bundle, expect, what), signer: { kind: 'key', keyHint: hint } };
      },
    };
  }
  const source = policy.source ?? 'signatures';
  const identity = matcher(policy.identity, `${source} identity`);
  const issuer = matcher(policy.issuer, `${source} issuer`);
  const verifier = new Verifier(loadTrustMaterial(policy.trustedRoot, source));
  return {
    verify(raw, expect, what) {
      const bundle = asBundle(raw, what);
      if (bundle.verificationMaterial.content.$case === 'publicKey') {
        throw refusal(what, `expected a keyless signature by ${identity.describe} (issuer ${issuer.describe}), got a signature by a public key`);
      }
      const signer = runVerifier(verifier, bundle, what, 'a certificate from the trusted root');
      const san = signer.identity?.subjectAlternativeName ?? '';
      const iss = signer.identity?.extensions?.issuer ?? '';
      if (!issuer.test(iss)) throw refusal(what, `expected the certificate issuer ${issuer.describe}, got '${preview(iss, { max: 200, redact: false })}'`);
      if (!identity.test(san))
        throw refusal(what, `expected the certificate identity ${identity.describe}, got '${preview(san, { max: 200, redact: false })}'`);
      return { statement: checkStatement(bundle, expect, what), signer: { kind: 'keyless', identity: san, issuer: iss } };
    },
  };
}

/** Build trust material from a TrustedRoot JSON value; INPUT errors name `source`. */
export function loadTrustMaterial(root: unknown, source: string): TrustMaterial {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw new PipelineError('INPUT', `expected a sigstore trusted root (a JSON object), got ${root === null ? 'null' : typeof root}`, { input: source });
  }
  try {
    return toTrustMaterial(TrustedRoot.fromJSON(root));
  } catch (e) {
    throw new PipelineError(
      'INPUT',
      `expected a sigstore trusted root, got one that does not load: ${preview(e instanceof Error ? e.message : String(e), { max: 120 })}`,
      {
        input: source,
        hint: 'Use the trusted_root.json of your sigstore instance (`cosign trusted-root create`, or the TUF repository of the public instance).',
      },
    );
  }
}

function keyTrustMaterial(key: KeyObject): TrustMaterial {
  return {
    certificateAuthorities: [],
    timestampAuthorities: [],
    tlogs: [],
    ctlogs: [],
    // Like cosign --key: the configured key, whatever hint the bundle names (a hint is not authenticated).
    publicKey: () => ({ publicKey: key, validFor: () => true }),
  };
}

function asBundle(raw: DsseBundle | Uint8Array | string, what: string): DsseBundle {
  return typeof raw === 'string' || raw instanceof Uint8Array ? parseBundle(raw, { what }) : raw;
}

function runVerifier(verifier: Verifier, bundle: Bundle, what: string, expected: string): ReturnType<Verifier['verify']> {
  try {
    return verifier.verify(toSignedEntity(bundle));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = preview(e instanceof Error ? e.message : String(e), { max: 160, redact: false });
    const got: Record<string, string> = {
      SIGNATURE_ERROR: 'a signature that does not verify (the payload or the signature was changed, or another key signed it)',
      PUBLIC_KEY_ERROR: 'a signature by a key that is not trusted',
      CERTIFICATE_ERROR: `a certificate that does not chain to the trusted root (${message})`,
      TLOG_ERROR: `no valid transparency log entry (${message})`,
      TLOG_INCLUSION_PROOF_ERROR: `a transparency log inclusion proof that does not verify (${message})`,
      TLOG_INCLUSION_PROMISE_ERROR: `a transparency log promise that does not verify (${message})`,
      TLOG_MISSING_INCLUSION_ERROR: 'a transparency log entry without an inclusion proof or promise',
      TLOG_BODY_ERROR: 'a transparency log entry for other content than the bundle (the payload was changed)',
      TIMESTAMP_ERROR: `no trusted time for the certificate (${message})`,
    };
    throw refusal(what, `expected ${expected}, got ${typeof code === 'string' && got[code] !== undefined ? got[code] : message}`, e);
  }
}

function checkStatement(bundle: DsseBundle, expect: Expectations, what: string): Statement {
  let s: Statement;
  try {
    s = statementOf(bundle, what);
  } catch (e) {
    throw refusal(what, e instanceof PipelineError ? e.reason : String(e), e);
  }
  if (expect.predicateType !== undefined && s.predicateType !== expect.predicateType) {
    throw refusal(what, `expected predicate type ${expect.predicateType}, got ${preview(s.predicateType, { max: 120, redact: false })}`);
  }
  if (expect.subjectDigest !== undefined && !subjectMatches(s, expect.subjectDigest)) {
    const got = subjectDigests(s)
      .slice(0, 5)
      .map((d) => preview(d, { max: 80, redact: false }));
    throw refusal(
      what,
      `expected a subject with digest ${expect.subjectDigest}, got ${got.join(', ')}`,
      undefined,
      'The attestation belongs to another image.',
    );
  }
  return s;
}

function refusal(what: string, reason: string, cause?: unknown, hint?: string): PipelineError {
  return new PipelineError('SIGNATURE', `${what}: ${reason}`, { ...(cause === undefined ? {} : { cause }), ...(hint === undefined ? {} : { hint }) });
}

interface CompiledMatcher {
  describe: string;
  test(value: string): boolean;
}

function matcher(m: Matcher, input: string): CompiledMatcher {
  if ('exact' in m) {
    if (m.exact === '') throw new PipelineError('INPUT', 'expected a non-empty value, got an empty string', { input });
    return { describe: `'${m.exact}'`, test: (v) => v === m.exact };
  }
  const r = compileRegex(m.regex);
  if (!r.ok)
    throw new PipelineError('INPUT', `expected a regular expression (Go/RE2 syntax), got '${preview(m.regex, { max: 120, redact: false })}': ${r.error}`, {
      input,
    });
  const re: PolicyRegex = r.value;
  return { describe: `matching /${m.regex}/`, test: (v) => re.test(v) };
}
