/**
 * OCI 1.1 artifact manifests (image-spec manifest.md "Guidelines for
 * Artifact Usage", descriptor.md#empty-descriptor), pure: what we attach to
 * an image (a signature bundle, an SBOM statement) is an image manifest with
 * an `artifactType`, the empty config, the files as layers, and a `subject`
 * naming the image. The image itself is never rewritten, so its digest holds.
 */
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { digestBytes, type Digest } from './digest.js';
import { isIndexMediaType, isManifestMediaType, MediaType } from './media-types.js';
import type { Descriptor, Manifest } from './types.js';

/** The two bytes `{}`: the empty config (and the layer of an artifact with no files). */
export const EMPTY_JSON: Buffer = Buffer.from('{}');

/** The empty descriptor, with its content inline (`e30=` is base64 of `{}`). */
export const EMPTY_DESCRIPTOR: Readonly<Descriptor> = Object.freeze({
  mediaType: MediaType.OciEmpty,
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' as Digest,
  size: 2,
  data: 'e30=',
});

export interface ArtifactBlob {
  mediaType: string;
  bytes: Buffer;
  /** Per-file annotations, e.g. org.opencontainers.image.title. */
  annotations?: Record<string, string>;
}

export interface ArtifactSpec {
  /** What the artifact is, e.g. `application/vnd.dev.sigstore.bundle.v0.3+json`. */
  artifactType: string;
  blobs: readonly ArtifactBlob[];
  /** Manifest annotations, e.g. org.opencontainers.image.created; copied into referrer lists. */
  annotations?: Record<string, string>;
}

export interface BuiltArtifact {
  manifest: Manifest;
  bytes: Buffer;
  /** The manifest's descriptor as a referrers list shows it (artifactType and annotations copied up). */
  descriptor: Descriptor;
  /** Every blob the manifest names, config first, each with its bytes. */
  blobs: Array<{ descriptor: Descriptor; bytes: Buffer }>;
}

// RFC 6838 type/subtype (restricted-name characters), without parameters.
const MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;

export const isMediaType = (s: unknown): s is string => typeof s === 'string' && MEDIA_TYPE_RE.test(s);

function checkMediaType(value: string, what: string): void {
  if (!isMediaType(value)) {
    throw new PipelineError('INPUT', `${what}: expected a media type like application/vnd.example+json, got '${preview(value, { max: 80, redact: false })}'`, {
      hint: 'Use type/subtype (RFC 6838) without parameters.',
    });
  }
}

/** Only what a subject needs (descriptor.md): no platform, no annotations, no inline data. */
export function subjectDescriptor(image: Descriptor): Descriptor {
  if (!isManifestMediaType(image.mediaType) && !isIndexMediaType(image.mediaType)) {
    throw new PipelineError('INPUT', `a referrer's subject must be an image manifest or index, got a ${preview(image.mediaType, { max: 80, redact: false })}`, {
      hint: "Attach to the pushed image's digest (its manifest or index).",
    });
  }
  return { mediaType: image.mediaType, digest: image.digest, size: image.size };
}

/**
 * The artifact manifest for `spec`, referring to `subject`. An artifact with
 * no files gets the empty descriptor as its one layer, as the image spec
 * advises for portability (some registries refuse an empty `layers`).
 */
export function buildArtifact(subject: Descriptor, spec: ArtifactSpec): BuiltArtifact {
  checkMediaType(spec.artifactType, 'artifactType');
  const layers = spec.blobs.map((b, i) => {
    checkMediaType(b.mediaType, `blob ${i + 1} of the ${spec.artifactType} artifact`);
    const d: Descriptor = { mediaType: b.mediaType, digest: digestBytes(b.bytes), size: b.bytes.length };
    if (b.annotations !== undefined && Object.keys(b.annotations).length > 0) d.annotations = { ...b.annotations };
    return { descriptor: d, bytes: b.bytes };
  });
  const empty = { descriptor: { ...EMPTY_DESCRIPTOR }, bytes: EMPTY_JSON };
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    artifactType: spec.artifactType,
    config: { ...EMPTY_DESCRIPTOR },
    layers: layers.length > 0 ? layers.map((l) => l.descriptor) : [{ ...EMPTY_DESCRIPTOR }],
    subject: subjectDescriptor(subject),
  };
  if (spec.annotations !== undefined && Object.keys(spec.annotations).length > 0) manifest.annotations = { ...spec.annotations };
  const bytes = Buffer.from(JSON.stringify(manifest));
  // The same blob twice (two identical files) is pushed once.
  const blobs = [empty, ...layers].filter((b, i, all) => all.findIndex((o) => o.descriptor.digest === b.descriptor.digest) === i);
  return { manifest, bytes, descriptor: referrerDescriptor(manifest, digestBytes(bytes), bytes.length), blobs };
}

/**
 * A referrer's descriptor as the distribution spec lists it: `artifactType`
 * from the manifest (or, failing that, its config's media type) and the
 * manifest's annotations copied up, so a reader can filter without fetching.
 */
export function referrerDescriptor(
  manifest: Pick<Manifest, 'mediaType' | 'artifactType' | 'annotations'> & { config?: { mediaType?: unknown } },
  digest: Digest,
  size: number,
): Descriptor {
  const d: Descriptor = { mediaType: manifest.mediaType ?? MediaType.OciManifest, digest, size };
  const type = manifest.artifactType ?? manifest.config?.mediaType;
  if (typeof type === 'string' && type !== '') d.artifactType = type;
  if (manifest.annotations !== undefined && Object.keys(manifest.annotations).length > 0) d.annotations = { ...manifest.annotations };
  return d;
}
