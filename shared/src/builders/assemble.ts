/**
 * Writing the builder's images into the pipeline's OCI layout: layers linked
 * (or copied) from the builder's files and verified (layout-adopt.ts), Docker media types mapped to OCI, the config cleaned of
 * per-run noise (oci-convert.ts), annotations placed at the level each names
 * (annotations.ts: the manifests, the image index, the descriptors of either;
 * the base image's name and digest on each manifest), one index when there are
 * several platforms, and one index.json entry per tag. Only LayoutWriter touches the output, so a failure leaves
 * nothing at the output path.
 */
import { PipelineError } from '../errors.js';
import type { LayoutWriter } from '../oci/layout.js';
import { resolveImage } from '../oci/image.js';
import { copyBlobInto } from '../oci/layout-adopt.js';
import { MediaType } from '../oci/media-types.js';
import type { ImageSource } from '../oci/source.js';
import { platformString, type Descriptor, type Index, type Manifest, type Platform } from '../oci/types.js';
import { annotationsAt, checkPlacement, type AnnotationEntry } from './annotations.js';
import { normalizeConfig, ociLayerMediaType } from './oci-convert.js';

export interface AssembledManifest {
  descriptor: Descriptor;
  platform: string;
  configDigest: string;
  layers: number;
  /** Manifest + config + layers, in bytes (compressed, as stored). */
  size: number;
}

export interface AssembledImage {
  /** The manifest (one platform) or the index (several). */
  root: Descriptor;
  manifests: AssembledManifest[];
  /** Every distinct blob of the image, in bytes. */
  size: number;
}

export interface AssembleOptions {
  /**
   * Each at its level (annotations.ts): `manifest` on the manifests (of one
   * platform when it names one), `index` on the image index,
   * `manifest-descriptor` on the manifests' descriptors (in the index, or in
   * index.json for one platform), `index-descriptor` on the index's entries
   * in index.json. Later entries win over earlier ones for the same key.
   */
  annotations: readonly AnnotationEntry[];
  /** Each becomes an index.json entry with org.opencontainers.image.ref.name. */
  tags: readonly string[];
  /**
   * OCI labels set on every platform's config over the Dockerfile's own (ours
   * win, as `--label` would). Set here rather than passed to the builder:
   * buildah/podman turn each `--label` into a LABEL step, and with a layer
   * cache (--layers) every such step is a commit (a full copy of the root file
   * system on vfs) whose key changes with each commit's created/revision label.
   */
  labels?: Readonly<Record<string, string>>;
}

/** A builder's output: `annotations` go only on this part's manifests (its base image name and digest). */
export interface AssemblePart {
  source: ImageSource;
  root: Descriptor;
  annotations?: Readonly<Record<string, string>>;
}

export async function assembleLayout(writer: LayoutWriter, parts: readonly AssemblePart[], opts: AssembleOptions): Promise<AssembledImage> {
  const manifests: AssembledManifest[] = [];
  const sizes = new Map<string, number>();
  for (const part of parts) {
    const resolved = await resolveImage(part.source, part.root);
    for (const img of resolved.images) {
      const layers: Descriptor[] = [];
      for (const l of img.manifest.layers) {
        const mediaType = ociLayerMediaType(l.mediaType);
        // Linked from the builder's file where it can be, hashed once, verified before it takes its name (layout-adopt.ts).
        await copyBlobInto(writer, part.source, l);
        layers.push(
          l.annotations === undefined
            ? { mediaType, digest: l.digest, size: l.size }
            : { mediaType, digest: l.digest, size: l.size, annotations: l.annotations },
        );
        sizes.set(l.digest, l.size);
      }
      const rawConfig = await part.source.readBlob(img.manifest.config);
      const { config, changed } = normalizeConfig(JSON.parse(rawConfig.toString('utf8')) as Record<string, unknown>, opts.labels);
      const configDesc =
        !changed && img.manifest.config.mediaType === MediaType.OciConfig
          ? await writer.writeBytes(rawConfig, MediaType.OciConfig)
          : await writer.writeJson(config, MediaType.OciConfig);
      sizes.set(configDesc.digest, configDesc.size);
      const platform: Platform = img.platform;
      const annotations = {
        ...(img.manifest.annotations ?? {}),
        ...(part.annotations ?? {}),
        ...annotationsAt(opts.annotations, 'manifest', platformString(platform)),
      };
      const manifest: Manifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDesc, layers };
      if (Object.keys(annotations).length > 0) manifest.annotations = annotations;
      const onDescriptor = annotationsAt(opts.annotations, 'manifest-descriptor', platformString(platform));
      const descriptor = await writer.writeJson(
        manifest,
        MediaType.OciManifest,
        onDescriptor === undefined ? { platform } : { platform, annotations: onDescriptor },
      );
      sizes.set(descriptor.digest, descriptor.size);
      manifests.push({
        descriptor,
        platform: platformString(platform),
        configDigest: configDesc.digest,
        layers: layers.length,
        size: descriptor.size + configDesc.size + layers.reduce((n, l) => n + l.size, 0),
      });
    }
  }
  const seen = new Set<string>();
  for (const m of manifests) {
    if (seen.has(m.platform))
      throw new PipelineError('BUILDER', `the builder produced two images for ${m.platform}`, { input: 'platforms', hint: 'List each platform once.' });
    seen.add(m.platform);
  }
  const first = manifests[0];
  if (first === undefined) throw new PipelineError('BUILDER', 'the builder produced no image', { hint: 'See the builder log above.' });
  // build.ts checks the platforms asked for before building; this is what was built.
  checkPlacement(
    opts.annotations,
    manifests.map((m) => m.platform),
  );
  let root: Descriptor;
  if (manifests.length === 1) {
    root = first.descriptor;
  } else {
    const index: Index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: manifests.map((m) => m.descriptor) };
    const onIndex = annotationsAt(opts.annotations, 'index');
    if (onIndex !== undefined) index.annotations = onIndex;
    root = await writer.writeJson(index, MediaType.OciIndex);
    sizes.set(root.digest, root.size);
    const onRootDescriptor = annotationsAt(opts.annotations, 'index-descriptor');
    if (onRootDescriptor !== undefined) root = { ...root, annotations: onRootDescriptor };
  }
  if (opts.tags.length === 0) writer.addRoot(root);
  for (const tag of opts.tags) writer.addRoot(root, tag);
  return { root, manifests, size: [...sizes.values()].reduce((a, b) => a + b, 0) };
}
