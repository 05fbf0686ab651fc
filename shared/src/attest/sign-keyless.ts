/**
 * Keyless signing's protocol work, with @sigstore/sign: an ephemeral key
 * certified by Fulcio for the job's OIDC identity, the signature logged in
 * Rekor (a `dsse` entry, API v1) and optionally timestamped by a TSA. Its own
 * module because @sigstore/sign loads an HTTP stack: sign.ts imports it on a
 * keyless signer's first signature only.
 */
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';
import type { DsseBundle } from './bundle.js';
import type { KeylessSignerConfig } from './sign.js';

/** The service base URLs, without a trailing slash (sign.ts describeServices). */
export interface KeylessServices {
  fulcio: string;
  rekor: string;
  tsa?: string;
}

/** A function making one DSSE bundle per call, certified and logged as configured. */
export function keylessBundler(config: KeylessSignerConfig, services: KeylessServices): (data: Buffer, type: string) => Promise<DsseBundle> {
  const fetchOptions = { timeout: config.timeoutMs ?? 30_000, retry: { retries: config.retries ?? 2, factor: 2, minTimeout: 500, maxTimeout: 5_000 } };
  const witnesses: Witness[] = [
    new RekorWitness({ rekorBaseURL: services.rekor, entryType: 'dsse', majorApiVersion: 1, fetchOnConflict: true, ...fetchOptions }),
  ];
  if (services.tsa !== undefined) witnesses.push(new TSAWitness({ tsaBaseURL: services.tsa, ...fetchOptions }));
  const signer = new FulcioSigner({ identityProvider: config.identity, fulcioBaseURL: services.fulcio, ...fetchOptions });
  const builder = new DSSEBundleBuilder({ signer, witnesses });
  return (data, type) => builder.create({ data, type });
}
