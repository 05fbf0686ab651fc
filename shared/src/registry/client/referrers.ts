/**
 * Reading OCI 1.1 referrers through our own registry client: the referrers
 * of an image from the referrers API or the fallback tag `sha256-<hex>`
 * (referrers-api.ts, referrers-fallback.ts), bounded, and by default
 * verified against each artifact manifest's own `subject`. Pushing them is
 * distribute/referrers-push.ts, above this layer.
 */
import { isPipelineError } from '../../errors.js';
import { referrerDescriptor } from '../../oci/artifact.js';
import { algorithmOf, digestBytes, type Digest } from '../../oci/digest.js';
import { ofArtifactType, type SkippedReferrer } from '../../oci/referrers-index.js';
import type { Descriptor, Manifest } from '../../oci/types.js';
import { preview } from '../../preview.js';
import { forEachLimited } from '../../retry/limit.js';
import type { RegistryClient } from './client.js';
import { apiReferrers, referrersSupport } from './referrers-api.js';
import { readFallback } from './referrers-fallback.js';

/** Where referrers live on that registry: its referrers API, or the fallback tag. */
export type ReferrersVia = 'api' | 'fallback';

export interface ListOptions {
  /** Only referrers of this artifact type. */
  artifactType?: string;
  /**
   * Fetch each listed manifest and keep it only if its `subject` is this
   * image (default true): a list is the registry's word, the manifest is
   * content-addressed. The descriptors returned are then rebuilt from the
   * manifests, so a list cannot relabel an artifact's type.
   */
  verify?: boolean;
  maxEntries?: number;
}

export interface ListResult {
  via: ReferrersVia;
  referrers: Descriptor[];
  /** Entries left out, each with the reason (malformed, wrong subject, gone). */
  skipped: SkippedReferrer[];
}

/** Fetch each entry's manifest and keep those that really refer to `subject`, described from the manifest itself. */
async function verifyEntries(
  client: RegistryClient,
  repo: string,
  subject: Digest,
  entries: readonly Descriptor[],
): Promise<{ kept: Descriptor[]; skipped: SkippedReferrer[] }> {
  const out = new Array<Descriptor | SkippedReferrer>(entries.length);
  await forEachLimited(entries, 4, async (d, i) => {
    const skip = (reason: string): void => {
      out[i] = { digest: d.digest, reason };
    };
    let m: Awaited<ReturnType<RegistryClient['getManifest']>>;
    try {
      m = await client.getManifest(repo, d.digest);
    } catch (e) {
      if (isPipelineError(e, 'NOT_FOUND')) return skip('listed, but the repository has no such manifest');
      throw e;
    }
    if (digestBytes(m.bytes, algorithmOf(d.digest)) !== d.digest) return skip('the registry served other bytes than that digest');
    let doc: Partial<Manifest> & { subject?: { digest?: unknown } };
    try {
      doc = JSON.parse(m.bytes.toString('utf8')) as typeof doc;
    } catch {
      return skip('its manifest is not JSON');
    }
    const s = doc.subject?.digest;
    if (s !== subject)
      return skip(s === undefined ? 'its manifest has no subject' : `its manifest refers to ${preview(String(s), { max: 80, redact: false })}, not ${subject}`);
    out[i] = referrerDescriptor({ ...doc, mediaType: doc.mediaType ?? d.mediaType }, d.digest, m.bytes.length);
  });
  const kept: Descriptor[] = [];
  const skipped: SkippedReferrer[] = [];
  for (const x of out) {
    if (x === undefined) continue;
    if ('mediaType' in x) kept.push(x);
    else skipped.push(x);
  }
  return { kept, skipped };
}

/** The referrers of `subject` in `repo`, from the referrers API or the fallback tag, bounded and (by default) verified. */
export async function listReferrers(client: RegistryClient, repo: string, subject: Descriptor | Digest, opts: ListOptions = {}): Promise<ListResult> {
  const digest = typeof subject === 'string' ? subject : subject.digest;
  const support = await referrersSupport(client, repo, digest);
  const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
  const listed = support.api
    ? await apiReferrers(client, repo, digest, { ...limits, ...(opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {}) })
    : await readFallback(client, repo, digest, limits);
  // Filtered here too: a registry may ignore the filter (OCI-Filters-Applied tells, but costs nothing to redo).
  let referrers = ofArtifactType(listed.entries, opts.artifactType);
  let skipped = listed.skipped;
  if (opts.verify !== false) {
    const v = await verifyEntries(client, repo, digest, referrers);
    referrers = ofArtifactType(v.kept, opts.artifactType);
    skipped = [...skipped, ...v.skipped];
  }
  return { via: support.api ? 'api' : 'fallback', referrers, skipped };
}
