/**
 * Pushing OCI 1.1 referrers: attach artifacts (signature bundles, SBOM and
 * provenance statements) to an image without touching it, and carry them from
 * one repository to another (a multi-platform merge keeps each platform's).
 * The image's manifest, digest and tags are never written here: only the
 * artifacts' blobs and manifests, and on registries without the referrers API
 * the fallback tag `sha256-<hex>` (registry/client/referrers-fallback.ts).
 * Blobs and manifests go through the push machinery of this folder
 * (upload-blobs.ts, put-manifests.ts), so they are skipped when present,
 * retried, and checked by a HEAD after the PUT. Reading referrers is the
 * registry client's (registry/client/referrers.ts), below this layer.
 */
import { PipelineError } from '../errors.js';
import { buildArtifact, subjectDescriptor, type ArtifactSpec } from '../oci/artifact.js';
import type { Digest } from '../oci/digest.js';
import { readManifest } from '../oci/image.js';
import { MemorySource } from '../oci/memory-source.js';
import type { SkippedReferrer } from '../oci/referrers-index.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import { preview } from '../preview.js';
import { forEachLimited } from '../retry/limit.js';
import type { RegistryClient } from '../registry/client/client.js';
import { DEFAULT_UPLOAD_MODE } from '../registry/client/upload-mode.js';
import { referrersSupport } from '../registry/client/referrers-api.js';
import { addToFallback, writeFallback, type FallbackOptions } from '../registry/client/referrers-fallback.js';
import { listReferrers, type ReferrersVia } from '../registry/client/referrers.js';
import { RegistrySource } from '../registry/client/source.js';
import { RegistryError } from '../registry/transport/registry-error.js';
import { orderForPush } from './plan.js';
import { startRun, type ProgressEvent } from './push-run.js';
import { putManifests } from './put-manifests.js';
import { uploadBlobs } from './upload-blobs.js';

export type { ArtifactBlob, ArtifactSpec } from '../oci/artifact.js';
export type { FallbackOptions } from '../registry/client/referrers-fallback.js';

/**
 * What the subject's push (ReferrersOptions.subjectPushed) knows of the subject in the repository: `confirmed` when
 * it put the manifest there and checked it by a HEAD, or found it there by one (put-manifests.ts); `unchecked` when
 * it cannot say (it ended before that manifest), and a HEAD asks before anything names the subject.
 */
export type SubjectPush = 'confirmed' | 'unchecked';

export interface ReferrersOptions {
  /** The push's progress events (blobs and manifests of the artifacts). */
  onProgress?: (e: ProgressEvent) => void;
  /** How the fallback tag is rewritten (retries, settle); defaults in referrers-fallback.ts. */
  fallback?: FallbackOptions;
  /**
   * The subject's push, when it is still under way (distribute.ts pushes the
   * image and its referrers at once); rejects when it failed. Where the
   * registry has no referrers API, the artifacts go up meanwhile and only the
   * fallback index waits for it; with the API, whose list shows a referrer as
   * soon as its manifest lands, everything waits for it. Resolved `confirmed`,
   * the push's own HEAD is the proof that the subject is there; else (and
   * without it) the subject is asked for by a HEAD first.
   */
  subjectPushed?: Promise<SubjectPush>;
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

/** Artifact manifests (with their blobs) pushed at once for one subject: small documents, so round trips dominate. */
const ARTIFACTS_AT_ONCE = 4;

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
  await uploadBlobs(run, plan.blobs, { concurrency: 4, mode: DEFAULT_UPLOAD_MODE });
  if (target?.report.error !== undefined) throw target.report.error;
  await putManifests(run, plan.manifests);
  if (target?.report.error !== undefined) throw explain(target.report.error);
}

/** Referrers pushed and listed (pushReferrers); on the fallback, `confirm` still has to run. */
export interface PushedReferrers extends AttachResult {
  /**
   * The fallback index's settle, re-read and repair (referrers-fallback.ts
   * writeFallback); resolves at once on the referrers API or when nothing was
   * written. Call it once and await it: the attach is complete only then.
   */
  confirm: () => Promise<void>;
}

/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`) up to the point where they are listed: each becomes an artifact
 * manifest (buildArtifact) pushed by digest, then listed through the
 * referrers API or, where the registry has none, in the fallback index,
 * written once for all of them. The fallback's confirmation is returned, not
 * awaited, so a caller can run it beside other work (distribute's tags).
 */
export async function pushReferrers(
  client: RegistryClient,
  repo: string,
  subject: Descriptor,
  artifacts: readonly ArtifactSpec[],
  opts: ReferrersOptions = {},
): Promise<PushedReferrers> {
  const subj = subjectDescriptor(subject);
  const built = artifacts.map((a) => buildArtifact(subj, a));
  /**
   * The subject pushed (awaited when it is still under way) and there: its push's own HEAD says so when it found or
   * checked the manifest (one round trip fewer before the artifacts or the index); else a HEAD asks.
   */
  const subjectThere = async (): Promise<void> => {
    if ((await opts.subjectPushed) !== 'confirmed') await requireSubject(client, repo, subj);
  };
  if (opts.subjectPushed === undefined) await subjectThere();
  const support = await referrersSupport(client, repo, subj.digest);
  // A registry MUST accept a referrer before its subject (distribution-spec, Pushing Manifests), so on the fallback
  // the artifacts overlap the subject's push: the index (a tag) is written only once both are in place, and its settle
  // starts that much sooner. With the API a referrer is listed as soon as it lands: after its subject, as before.
  const overlap = opts.subjectPushed !== undefined && !support.api;
  if (opts.subjectPushed !== undefined && !overlap) await subjectThere();
  // The artifacts are independent of each other (only the index below lists them all): pushed a few at once,
  // after the first, whose push puts the blob they share (the empty config) in place: two uploads of one blob
  // at once make distribution answer a manifest PUT naming it with MANIFEST_BLOB_UNKNOWN now and then (a retry).
  const push = async (b: (typeof built)[number], i: number): Promise<void> => {
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
  };
  if (built[0] !== undefined) await push(built[0], 0);
  await forEachLimited(built.slice(1), ARTIFACTS_AT_ONCE, (b, i) => push(b, i + 1));
  const referrers = built.map((b) => b.descriptor);
  if (overlap) await subjectThere();
  // The probe above may have run before the subject existed, and a registry with the API may answer that as an
  // unknown manifest: asked again now that the subject is there, before a fallback tag is written on a registry
  // that would list the artifacts itself.
  const final = overlap ? await referrersSupport(client, repo, subj.digest, { fresh: true }) : support;
  const via: ReferrersVia = final.api ? 'api' : 'fallback';
  if (final.api || referrers.length === 0) return { via, referrers, confirm: () => Promise.resolve() };
  const written = await writeFallback(client, repo, subj.digest, referrers, opts.fallback);
  return { via, referrers, confirm: async () => void (await written.confirm()) };
}

/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`): pushReferrers, then the fallback index's confirmation. Resolves
 * once every artifact is pushed and listed, and the listing confirmed.
 */
export async function attachReferrers(
  client: RegistryClient,
  repo: string,
  subject: Descriptor,
  artifacts: readonly ArtifactSpec[],
  opts: ReferrersOptions = {},
): Promise<AttachResult> {
  const { confirm, ...pushed } = await pushReferrers(client, repo, subject, artifacts, opts);
  await confirm();
  return pushed;
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
