/**
 * The signer for distribute-image's `sign` inputs (attest-inputs.ts): sigstore
 * keyless through Fulcio and Rekor, or a key. Its own module because it loads
 * sigstore: run.ts imports it only when the run signs.
 */
import { githubIdentityProvider } from '../attest/oidc.js';
import { createSigner, type AttestationSigner } from '../attest/sign.js';
import type { SignInputs } from './attest-inputs.js';

/** The signer for the inputs, or undefined for sign: none. */
export function signerOf(sign: SignInputs): AttestationSigner | undefined {
  switch (sign.kind) {
    case 'none':
      return undefined;
    case 'key':
      return createSigner({ kind: 'key', privateKeyPem: sign.privateKeyPem, ...(sign.publicKeyPem !== undefined ? { publicKeyPem: sign.publicKeyPem } : {}) });
    case 'keyless':
      return createSigner({
        kind: 'keyless',
        identity: githubIdentityProvider(sign.oidc),
        ...(sign.fulcioUrl !== undefined ? { fulcioUrl: sign.fulcioUrl } : {}),
        ...(sign.rekorUrl !== undefined ? { rekorUrl: sign.rekorUrl } : {}),
        ...(sign.tsaUrl !== undefined ? { tsaUrl: sign.tsaUrl } : {}),
      });
  }
}
