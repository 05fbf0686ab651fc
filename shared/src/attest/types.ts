/**
 * Spec shapes for attestations, apart from any behaviour: the in-toto
 * Statement v1 (in-toto/attestation spec/v1/statement.md), its
 * ResourceDescriptor and DigestSet, SLSA Provenance v1 (slsa.dev/provenance/v1)
 * and the media and predicate types we write. Importable without logic.
 */

/** `_type` of every statement we write (in-toto spec/v1/statement.md). */
export const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';

/** DSSE `payloadType` of an in-toto statement (in-toto spec/v1/envelope.md). */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** The sigstore bundle we write; also the `artifactType` of the OCI referrer that carries it. */
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** Predicate types we write or wrap. */
export const PredicateType = {
  /** SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance). */
  SlsaProvenanceV1: 'https://slsa.dev/provenance/v1',
  /** What cosign v3 signs for an image (cosign pkg/types/predicate.go `CosignSignPredicateType`): an empty predicate. */
  CosignSign: 'https://sigstore.dev/cosign/sign/v1',
  Spdx: 'https://spdx.dev/Document',
  CycloneDx: 'https://cyclonedx.org/bom',
} as const;

/**
 * Algorithm name to encoded digest (in-toto spec/v1/digest_set.md): lowercase
 * hex for the standard hashes; other keys are allowed for immutable,
 * non-cryptographic ids such as an AMI's ARN.
 */
export type DigestSet = Record<string, string>;

/** in-toto spec/v1/resource_descriptor.md, the fields we use. */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: DigestSet;
  annotations?: Record<string, unknown>;
}

/** A statement subject: the spec requires a digest on every subject. */
export interface Subject extends ResourceDescriptor {
  digest: DigestSet;
}

export interface Statement<P = Record<string, unknown>> {
  _type: typeof STATEMENT_TYPE_V1;
  subject: Subject[];
  predicateType: string;
  predicate: P;
}

/** SLSA Provenance v1 predicate (slsa.dev/spec/v1.0/provenance#schema). */
export interface SlsaProvenanceV1 {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies?: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string>; builderDependencies?: ResourceDescriptor[] };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
    byproducts?: ResourceDescriptor[];
  };
}
