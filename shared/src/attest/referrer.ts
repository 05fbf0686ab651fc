/**
 * How a signed bundle is described as an OCI 1.1 referrer, as cosign v3
 * writes it (cosign pkg/oci/remote/write.go `WriteAttestationNewBundleFormat`)
 * so that `cosign verify` / `verify-attestation` find and read ours: an image
 * manifest with `artifactType` = the bundle media type, the empty config
 * (application/vnd.oci.empty.v1+json, `{}`), exactly one layer holding the
 * bundle JSON with the bundle media type (cosign's reader requires one layer
 * whose media type starts with application/vnd.dev.sigstore.bundle), the
 * image as `subject`, and these annotations on the manifest.
 */
import type { SignedAttestation } from './sign.js';
import { BUNDLE_V03_MEDIA_TYPE } from './types.js';

export const BundleAnnotation = {
  Content: 'dev.sigstore.bundle.content',
  PredicateType: 'dev.sigstore.bundle.predicateType',
  Created: 'org.opencontainers.image.created',
} as const;

export interface BundleReferrer {
  artifactType: typeof BUNDLE_V03_MEDIA_TYPE;
  layerMediaType: typeof BUNDLE_V03_MEDIA_TYPE;
  /** The layer's bytes: the bundle JSON. */
  layer: Buffer;
  annotations: Record<string, string>;
}

/** The referrer parts for a signed attestation; `created` is when it was signed (RFC 3339, seconds, UTC, as cosign). */
export function bundleReferrer(signed: SignedAttestation, created: Date): BundleReferrer {
  return {
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    layerMediaType: BUNDLE_V03_MEDIA_TYPE,
    layer: Buffer.from(signed.json, 'utf8'),
    annotations: {
      [BundleAnnotation.Content]: 'dsse-envelope',
      [BundleAnnotation.PredicateType]: signed.predicateType,
      [BundleAnnotation.Created]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
  };
}
