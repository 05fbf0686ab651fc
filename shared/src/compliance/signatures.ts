/**
 * Is this registry image signed, and are the attestations a policy requires
 * attached and signed by someone we trust? The one place that answers it for
 * test-image, check-updates (a base before a rebuild) and the local pipeline.
 *
 * What is read: the image's OCI referrers of artifact type sigstore bundle
 * v0.3 (the API or the fallback tag, via listReferrers, which keeps only
 * manifests whose `subject` really is the image; a list of more than
 * `maxReferrers` is refused as an error); of each, the one bundle layer, at most `maxBundleBytes`, its bytes
 * checked against the layer digest. Each bundle is verified with every
 * trusted signer (keys, keyless identity) until one accepts it; the DSSE
 * statement must name the image digest. Bundles nobody trusts are listed
 * (another party's attestations are not a failure by themselves), and only
 * what the policy requires decides the verdict:
 *
 * - SIG-001 the image signature is required and there is none;
 * - SIG-002 a required signature or attestation is present but none verifies
 *   (wrong key, wrong identity, tampered, names another image);
 * - SIG-003 a required attestation (predicate type) is absent.
 */
import { createHash } from 'node:crypto';
import { parseBundle, MAX_BUNDLE_BYTES } from '../attest/bundle.js';
import { BundleAnnotation } from '../attest/referrer.js';
import { BUNDLE_V03_MEDIA_TYPE, PredicateType } from '../attest/types.js';
import { createVerifier, type BundleVerifier, type Matcher, type VerifiedSigner, type VerificationPolicy } from '../attest/verify.js';
import { formatBytes } from '../bytes.js';
import { PipelineError } from '../errors.js';
import { fingerprint } from './engine.js';
import type { Finding, RuleInfo } from './finding.js';
import { parseDigest } from '../oci/digest.js';
import type { Descriptor } from '../oci/types.js';
import { preview } from '../preview.js';
import type { RegistryClient } from '../registry/client/client.js';
import { listReferrers } from '../registry/client/referrers.js';
import { readBounded } from '../registry/transport/body.js';

export const SignatureRule = {
  Unsigned: 'SIG-001',
  BadSignature: 'SIG-002',
  MissingAttestation: 'SIG-003',
} as const;
export type SignatureRuleId = (typeof SignatureRule)[keyof typeof SignatureRule];

/** Referrers looked at per image: more is a registry (or an attacker) flooding us. */
export const MAX_SIGNATURE_REFERRERS = 64;
/** A bundle layer larger than this is not read (a DSSE bundle with an SBOM is rarely over a few MiB). */
export const MAX_SIGNATURE_BUNDLE_BYTES = 16 * 1024 * 1024;

/** Who is trusted and what must be there: a policy's `signatures:` section with keys and roots already read. */
export interface SignaturePolicy {
  /** SPKI PEM public keys; `source` names where each came from (policy line or file) in messages. */
  keys: ReadonlyArray<{ pem: string; source: string }>;
  keyless?: { identity: Matcher; issuer: Matcher; trustedRoot: unknown; source: string };
  /** The image signature (predicate https://sigstore.dev/cosign/sign/v1) is required; default true. */
  requireSignature: boolean;
  /** Predicate types that must be attached and verified, e.g. https://slsa.dev/provenance/v1. */
  require: readonly string[];
}

export interface VerifiedBundle {
  referrer: string;
  predicateType: string;
  signer: VerifiedSigner;
}

export interface UnverifiedBundle {
  referrer: string;
  /** From the referrer's annotation or, when the bundle parsed, its statement (unverified: for messages only). */
  predicateType?: string;
  reason: string;
}

export interface SignatureProblem {
  rule: SignatureRuleId;
  message: string;
  predicateType: string;
}

export interface SignatureReport {
  image: string;
  /** How the referrers were found. */
  via: 'api' | 'fallback';
  verified: VerifiedBundle[];
  unverified: UnverifiedBundle[];
  /** Referrers left out by listReferrers (wrong subject, gone, malformed). */
  skipped: Array<{ digest: string; reason: string }>;
  problems: SignatureProblem[];
  ok: boolean;
}

export interface VerifyOptions {
  maxReferrers?: number;
  maxBundleBytes?: number;
}

/** The verifiers for a policy; policy problems (a bad key, an unloadable root) throw INPUT here, before any registry call. */
export function signatureVerifiers(policy: SignaturePolicy): BundleVerifier[] {
  const policies: VerificationPolicy[] = policy.keys.map((k) => ({ kind: 'key', publicKeyPem: k.pem, source: k.source }));
  if (policy.keyless !== undefined) policies.push({ kind: 'keyless', ...policy.keyless });
  if (policies.length === 0) {
    throw new PipelineError('INPUT', 'expected the signatures section to trust at least one signer (keys or keyless), got neither', {
      hint: 'Add keys: [<PEM or path>] or keyless: {identity, issuer, trustedRoot}.',
    });
  }
  return policies.map(createVerifier);
}

/**
 * Verify `repo@digest`'s signature and attestations against the policy. The
 * image is `digest` (a manifest or an index: each is signed on its own).
 */
export async function verifyImageSignatures(
  client: RegistryClient,
  repo: string,
  digest: string,
  policy: SignaturePolicy,
  opts: VerifyOptions = {},
): Promise<SignatureReport> {
  const verifiers = signatureVerifiers(policy);
  const parsed = parseDigest(digest);
  if (!parsed.ok) throw parsed.error;
  const image = `${client.registry}/${repo}@${digest}`;
  const maxReferrers = opts.maxReferrers ?? MAX_SIGNATURE_REFERRERS;
  const maxBytes = Math.min(opts.maxBundleBytes ?? MAX_SIGNATURE_BUNDLE_BYTES, MAX_BUNDLE_BYTES);
  const listed = await listReferrers(client, repo, parsed.value, { artifactType: BUNDLE_V03_MEDIA_TYPE, maxEntries: maxReferrers });
  // A list longer than the cap is refused by listReferrers (a clear error naming the tag or API): a flood is not half-read.
  const skipped = listed.skipped.map((s) => ({ digest: s.digest ?? '(no digest)', reason: s.reason }));
  const referrers = listed.referrers;

  const verified: VerifiedBundle[] = [];
  const unverified: UnverifiedBundle[] = [];
  for (const ref of referrers) {
    const claimed = ref.annotations?.[BundleAnnotation.PredicateType];
    const what = `the referrer ${ref.digest} of ${image}`;
    let bytes: Buffer;
    try {
      bytes = await bundleBytes(client, repo, ref, maxBytes, what);
    } catch (e) {
      if (!(e instanceof PipelineError) || e.code !== 'INPUT') throw e;
      unverified.push({ referrer: ref.digest, ...(claimed === undefined ? {} : { predicateType: claimed }), reason: e.message });
      continue;
    }
    const result = verifyWithAny(verifiers, bytes, digest, what);
    if (result.ok) verified.push({ referrer: ref.digest, predicateType: result.predicateType, signer: result.signer });
    else unverified.push({ referrer: ref.digest, ...(claimed === undefined ? {} : { predicateType: claimed }), reason: result.reason });
  }
  const problems = judge(policy, image, verified, unverified);
  return { image, via: listed.via, verified, unverified, skipped, problems, ok: problems.length === 0 };
}

/** What the policy requires, against what verified: pure. */
export function judge(
  policy: SignaturePolicy,
  image: string,
  verified: readonly VerifiedBundle[],
  unverified: readonly UnverifiedBundle[],
): SignatureProblem[] {
  const required = [...(policy.requireSignature ? [PredicateType.CosignSign as string] : []), ...policy.require.filter((t) => t !== PredicateType.CosignSign)];
  const problems: SignatureProblem[] = [];
  for (const type of required) {
    if (verified.some((v) => v.predicateType === type)) continue;
    const failed = unverified.filter((u) => u.predicateType === type);
    const isSignature = type === PredicateType.CosignSign;
    const thing = isSignature ? 'an image signature' : `an attestation of type ${type}`;
    if (failed.length > 0) {
      const first = failed[0] as UnverifiedBundle;
      problems.push({
        rule: SignatureRule.BadSignature,
        predicateType: type,
        message: `${image}: expected ${thing} by a trusted signer, got ${failed.length} that did not verify (${first.referrer}: ${preview(first.reason, { max: 300, redact: false })})`,
      });
    } else {
      problems.push({
        rule: isSignature ? SignatureRule.Unsigned : SignatureRule.MissingAttestation,
        predicateType: type,
        message: isSignature
          ? `${image}: expected an image signature, got none (no sigstore bundle referrer with predicate type ${type})`
          : `${image}: expected ${thing}, got none attached`,
      });
    }
  }
  return problems;
}

function verifyWithAny(
  verifiers: readonly BundleVerifier[],
  bytes: Buffer,
  digest: string,
  what: string,
): { ok: true; predicateType: string; signer: VerifiedSigner } | { ok: false; reason: string } {
  let bundle;
  try {
    bundle = parseBundle(bytes, { what });
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  const reasons: string[] = [];
  for (const v of verifiers) {
    try {
      const r = v.verify(bundle, { subjectDigest: digest }, what);
      return { ok: true, predicateType: r.statement.predicateType, signer: r.signer };
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
      reasons.push(e.message);
    }
  }
  return { ok: false, reason: reasons.join('; ') };
}

/** The referrer's one bundle layer, bounded and checked against its digest. INPUT errors for anything malformed. */
async function bundleBytes(client: RegistryClient, repo: string, ref: Descriptor, maxBytes: number, what: string): Promise<Buffer> {
  const m = await client.getManifest(repo, ref.digest);
  let doc: { layers?: unknown };
  try {
    doc = JSON.parse(m.bytes.toString('utf8')) as { layers?: unknown };
  } catch {
    throw new PipelineError('INPUT', `${what}: expected a JSON manifest, got '${preview(m.bytes.toString('utf8'))}'`);
  }
  const layers = Array.isArray(doc.layers) ? (doc.layers as Array<Partial<Descriptor>>) : [];
  const layer = layers.find((l) => typeof l.mediaType === 'string' && l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
  if (layer === undefined || typeof layer.digest !== 'string' || typeof layer.size !== 'number') {
    throw new PipelineError('INPUT', `${what}: expected a layer of media type ${BUNDLE_V03_MEDIA_TYPE}, got ${layers.length} layers and none of that type`);
  }
  if (!/^sha256:[0-9a-f]{64}$/.test(layer.digest)) throw new PipelineError('INPUT', `${what}: expected a sha256 layer digest, got '${preview(layer.digest)}'`);
  if (layer.size > maxBytes || layer.size < 0) {
    throw new PipelineError('INPUT', `${what}: expected a bundle of at most ${formatBytes(maxBytes)}, got a layer of ${layer.size} bytes`);
  }
  const desc = { mediaType: String(layer.mediaType), digest: layer.digest, size: layer.size };
  const body = await client.openBlob(repo, desc);
  const { bytes } = await readBounded(body, maxBytes, 'fail', (max) => new PipelineError('INPUT', `${what}: the bundle is larger than ${formatBytes(max)}`));
  const hex = createHash('sha256').update(bytes).digest('hex');
  if (`sha256:${hex}` !== layer.digest) throw new PipelineError('INPUT', `${what}: the registry served other bytes than the layer digest ${layer.digest}`);
  return bytes;
}

/** The rules as reports describe them (SARIF rule descriptors, the summary). */
export const SIGNATURE_RULES: Record<SignatureRuleId, RuleInfo> = {
  [SignatureRule.Unsigned]: {
    id: SignatureRule.Unsigned,
    pack: 'signatures',
    title: 'The image is not signed',
    severity: 'error',
    why: 'Without a signature nobody can tell that these bytes are the ones your pipeline built and approved.',
    fix: 'Sign the image when it is pushed (distribute-image sign: keyless or key) or pull it from a source that signs.',
  },
  [SignatureRule.BadSignature]: {
    id: SignatureRule.BadSignature,
    pack: 'signatures',
    title: 'A required signature or attestation does not verify',
    severity: 'error',
    why: 'A signature by an untrusted key or identity, or over another image, proves nothing about this one (or shows tampering).',
    fix: "Check the policy's signatures keys / keyless identity and issuer against who signed, and that the bundle names this image's digest.",
  },
  [SignatureRule.MissingAttestation]: {
    id: SignatureRule.MissingAttestation,
    pack: 'signatures',
    title: 'A required attestation is missing',
    severity: 'error',
    why: 'The policy asks for proof (provenance, SBOM) that the image does not carry.',
    fix: 'Attach it when the image is pushed (distribute-image attach), signed, or drop the predicate type from signatures.require.',
  },
};

/** The report's problems as findings, one per required predicate type that failed. */
export function signatureFindings(report: SignatureReport): Finding[] {
  return report.problems.map((p) => {
    const subject = { kind: 'manifest' as const, field: `signatures ${p.predicateType}` };
    return {
      ruleId: p.rule,
      severity: 'error' as const,
      message: p.message,
      subject,
      expected: p.rule === SignatureRule.MissingAttestation ? `an attestation of type ${p.predicateType}` : `a verified ${p.predicateType} bundle`,
      got: p.rule === SignatureRule.BadSignature ? 'none that verifies' : 'none',
      fingerprint: fingerprint(p.rule, subject),
    };
  });
}
