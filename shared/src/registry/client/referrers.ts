/**
 * OCI 1.1 referrers through our own registry client: attach artifacts
 * (signature bundles, SBOM and provenance statements) to an image without
 * touching it, list them, and carry them from one repository to another
 * (a multi-platform merge keeps each platform's). The image's manifest,
 * digest and tags are never written here: only the artifacts' blobs and
 * manifests, and on registries without the referrers API the fallback tag
 * `sha256-<hex>` (referrers-fallback.ts). Blobs and manifests go through the
 * push machinery of distribute/ (upload-blobs.ts, put-manifests.ts), so they
 * are skipped when present, retried, and checked by a HEAD after the PUT.
 */
import { isPipelineError, PipelineError } from '../../errors.js';
import { buildArtifact, referrerDescriptor, subjectDescriptor, type ArtifactSpec } from '../../oci/artifact.js';
import { algorithmOf, digestBytes, type Digest } from '../../oci/digest.js';
import { readManifest } from '../../oci/image.js';
import { MemorySource } from '../../oci/memory-source.js';
import { ofArtifactType, type SkippedReferrer } from '../../oci/referrers-index.js';
import type { ImageSource } from '../../oci/source.js';
import type { Descriptor, Manifest } from '../../oci/types.js';
import { preview } from '../../preview.js';
import { orderForPush } from '../../distribute/plan.js';
import { startRun, type ProgressEvent } from '../../distribute/push-run.js';
import { putManifests } from '../../distribute/put-manifests.js';
import { uploadBlobs } from '../../distribute/upload-blobs.js';
import { forEachLimited } from '../../retry/limit.js';
import { RegistryError } from '../transport/registry-error.js';
import type { RegistryClient } from './client.js';
import { apiReferrers, referrersSupport } from './referrers-api.js';
import { addToFallback, readFallback, type FallbackOptions } from './referrers-fallback.js';
import { RegistrySource } from './source.js';

export type { ArtifactBlob, ArtifactSpec } from '../../oci/artifact.js';
export type { FallbackOptions } from './referrers-fallback.js';

/** Where referrers live on that registry: its referrers API, or the fallback tag. */
export type ReferrersVia = 'api' | 'fallback';

export interface ReferrersOptions {
  /** The push's progress events (blobs and manifests of the artifacts). */
  onProgress?: (e: ProgressEvent) => void;
  /** How the fallback tag is rewritten (retries, settle); defaults in referrers-fallback.ts. */
  fallback?: FallbackOptions;
}

export interface AttachResult {
  via: ReferrersVia;
  /** Each artifact manifest's descriptor (artifactType and annotations copied up), in the order given. */
  referrers: Descriptor[];
}

/** A repository on a registry, reached through that registry's client. */
export interface RepoRef {
  client: RegistryClient;
  repo: string;
}

const named = (client: RegistryClient, repo: string, digest: Digest): string => `${client.registry}/${repo}@${digest}`;

/** The subject must be in the repository already: an artifact of an image that is not there is a wiring mistake. */
async function requireSubject(client: RegistryClient, repo: string, subject: Descriptor): Promise<void> {
  const there = await client.headManifest(repo, subject.digest);
  if (there === undefined) {
    throw new PipelineError('NOT_FOUND', `cannot attach to ${named(client, repo, subject.digest)}: the registry does not have that image`, {
      hint: 'Push the image first, then attach to the digest the push reported.',
    });
  }
}

/** A registry that will not store an artifact manifest: say so in its terms, and that the image is as it was. */
function explainRefusal(e: unknown, client: RegistryClient, repo: string, subject: Digest, artifactType: string | undefined): unknown {
  if (!(e instanceof RegistryError)) return e;
  const status = e.failure.status;
  const codes = e.failure.codes ?? [];
  const refused = status === 415 || (status === 400 && (codes.includes('MANIFEST_INVALID') || codes.includes('UNSUPPORTED') || codes.length === 0));
  if (!refused) return e;
  const type = artifactType !== undefined ? `the ${preview(artifactType, { max: 80, redact: false })} artifact manifest` : 'an artifact manifest';
  return new PipelineError(
    'REGISTRY',
    `${client.registry} refused ${type} for ${repo}@${subject} (HTTP ${status}${codes.length > 0 ? ` ${codes.join(', ')}` : ''}): it does not store OCI 1.1 artifact manifests (artifactType, empty config, subject)`,
    {
      hint: `The image and its tags on ${client.registry} are unchanged. Attach to a registry that accepts OCI image-spec 1.1 artifacts (distribution 2.8 or later, Harbor 2.8+, zot, ghcr.io, ECR, ...), or leave attachments off for this destination.`,
      cause: e,
    },
  );
}

/** Push one manifest and the blobs it names to `to`, from `source`, with the distribute machinery (no tags). */
async function pushManifest(
  to: RepoRef,
  source: ImageSource,
  manifest: Descriptor,
  blobs: readonly Descriptor[],
  opts: ReferrersOptions,
  explain: (e: unknown) => unknown,
): Promise<void> {
  const run = startRun({
    source,
    root: manifest,
    destinations: [{ registry: to.client.registry, repository: to.repo, tags: [] }],
    clients: () => to.client,
    ...(opts.onProgress !== undefined ? { onProgress: opts.onProgress } : {}),
  });
  const target = run.targets[0];
  const plan = orderForPush([...blobs, { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size }]);
  await uploadBlobs(run, plan.blobs, { concurrency: 4, mode: { kind: 'patch' } });
  if (target?.report.error !== undefined) throw target.report.error;
  await putManifests(run, plan.manifests);
  if (target?.report.error !== undefined) throw explain(target.report.error);
}

/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`): each becomes an artifact manifest (buildArtifact) pushed by
 * digest, then listed through the referrers API or, where the registry has
 * none, in the fallback index, written once for all of them.
 */
export async function attachReferrers(
  client: RegistryClient,
  repo: string,
  subject: Descriptor,
  artifacts: readonly ArtifactSpec[],
  opts: ReferrersOptions = {},
): Promise<AttachResult> {
  const subj = subjectDescriptor(subject);
  const built = artifacts.map((a) => buildArtifact(subj, a));
  await requireSubject(client, repo, subj);
  const support = await referrersSupport(client, repo, subj.digest);
  for (const [i, b] of built.entries()) {
    const type = artifacts[i]?.artifactType;
    const source = new MemorySource(`the ${type} artifact for ${subj.digest}`, b.descriptor, [...b.blobs, { descriptor: b.descriptor, bytes: b.bytes }]);
    await pushManifest(
      { client, repo },
      source,
      b.descriptor,
      b.blobs.map((x) => x.descriptor),
      opts,
      (e) => explainRefusal(e, client, repo, subj.digest, type),
    );
  }
  const referrers = built.map((b) => b.descriptor);
  if (!support.api && referrers.length > 0) await addToFallback(client, repo, subj.digest, referrers, opts.fallback);
  return { via: support.api ? 'api' : 'fallback', referrers };
}

/** attachReferrers for one artifact: its manifest's descriptor. */
export async function attachReferrer(
  client: RegistryClient,
  repo: string,
  subject: Descriptor,
  artifact: ArtifactSpec,
  opts: ReferrersOptions = {},
): Promise<Descriptor> {
  const r = await attachReferrers(client, repo, subject, [artifact], opts);
  return r.referrers[0] as Descriptor;
}

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

export interface CopyResult {
  via: ReferrersVia;
  /** The referrers now attached in the target (same digests as in the source). */
  copied: Descriptor[];
  skipped: SkippedReferrer[];
}

/**
 * Copy the referrers of `subject` from one repository to another, byte for
 * byte (same manifests, same digests, so signatures over them still hold),
 * and list them in the target. The subject must already be in the target.
 */
export async function copyReferrers(
  from: RepoRef,
  to: RepoRef,
  subject: Descriptor,
  opts: ReferrersOptions & { artifactType?: string } = {},
): Promise<CopyResult> {
  const subj = subjectDescriptor(subject);
  const listed = await listReferrers(from.client, from.repo, subj, opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
  const support = await referrersSupport(to.client, to.repo, subj.digest);
  const via: ReferrersVia = support.api ? 'api' : 'fallback';
  if (listed.referrers.length === 0) return { via, copied: [], skipped: listed.skipped };
  await requireSubject(to.client, to.repo, subj);
  const source = new RegistrySource({ registry: from.client.registry, repository: from.repo }, from.client);
  for (const r of listed.referrers) {
    const m = await readManifest(source, r);
    await pushManifest(to, source, r, [m.config, ...m.layers], opts, (e) => explainRefusal(e, to.client, to.repo, subj.digest, r.artifactType));
  }
  if (!support.api) await addToFallback(to.client, to.repo, subj.digest, listed.referrers, opts.fallback);
  return { via, copied: listed.referrers, skipped: listed.skipped };
}

/**
 * When per-platform images are merged into one index (distribute/image-set.ts),
 * carry each platform manifest's referrers from where that image was pushed
 * to the repository of the merged index. The platform manifests keep their
 * digests inside the index, so their referrers stay valid unchanged.
 */
export async function carryPlatformReferrers(
  platforms: ReadonlyArray<{ from: RepoRef; manifest: Descriptor }>,
  to: RepoRef,
  opts: ReferrersOptions & { artifactType?: string } = {},
): Promise<Array<{ manifest: Descriptor } & CopyResult>> {
  const out: Array<{ manifest: Descriptor } & CopyResult> = [];
  for (const p of platforms) out.push({ manifest: p.manifest, ...(await copyReferrers(p.from, to, p.manifest, opts)) });
  return out;
}
