/**
 * What every consumer needs on top of an ImageSource, written once: parse
 * manifests, indexes and configs (checked, with errors naming the blob),
 * pick an image by ref name, walk an index to its platform manifests, and list
 * every blob of an image children-before-parents (the order a push needs).
 */
import { PipelineError } from '../errors.js';
import { checkDescriptor } from './layout.js';
import { isConfigMediaType, isIndexMediaType, isManifestMediaType } from './media-types.js';
import type { ImageSource } from './source.js';
import { Annotation, type Descriptor, type ImageConfig, type Index, type Manifest, type Platform } from './types.js';

async function readJson(src: ImageSource, desc: Descriptor): Promise<unknown> {
  const bytes = await src.readBlob(desc);
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new PipelineError('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${src.name} is not valid JSON: ${(e as Error).message}`);
  }
}

export async function readManifest(src: ImageSource, desc: Descriptor): Promise<Manifest> {
  const m = (await readJson(src, desc)) as Partial<Manifest>;
  const where = `manifest ${desc.digest} in ${src.name}`;
  if (m.schemaVersion !== 2 || typeof m.config !== 'object' || !Array.isArray(m.layers)) {
    throw new PipelineError('LAYOUT', `${where} is not an image manifest (schemaVersion 2, config, layers)`);
  }
  checkDescriptor(m.config, `${where} config`);
  m.layers.forEach((l, i) => checkDescriptor(l, `${where} layers[${i}]`));
  return m as Manifest;
}

export async function readIndex(src: ImageSource, desc: Descriptor): Promise<Index> {
  const x = (await readJson(src, desc)) as Partial<Index>;
  const where = `index ${desc.digest} in ${src.name}`;
  if (x.schemaVersion !== 2 || !Array.isArray(x.manifests)) {
    throw new PipelineError('LAYOUT', `${where} is not an image index (schemaVersion 2, manifests)`);
  }
  x.manifests.forEach((d, i) => checkDescriptor(d, `${where} manifests[${i}]`));
  return x as Index;
}

export async function readConfig(src: ImageSource, desc: Descriptor): Promise<ImageConfig> {
  if (!isConfigMediaType(desc.mediaType)) {
    throw new PipelineError('UNSUPPORTED', `config ${desc.digest} in ${src.name} has media type ${desc.mediaType}, not an image config`, {
      hint: 'This looks like an artifact, not a container image.',
    });
  }
  const c = (await readJson(src, desc)) as Partial<ImageConfig>;
  if (typeof c.architecture !== 'string' || typeof c.os !== 'string' || typeof c.rootfs !== 'object' || !Array.isArray(c.rootfs?.diff_ids)) {
    throw new PipelineError('LAYOUT', `config ${desc.digest} in ${src.name} lacks architecture, os or rootfs.diff_ids`);
  }
  return c as ImageConfig;
}

/** One platform image: its manifest descriptor, manifest and config. */
export interface PlatformImage {
  descriptor: Descriptor;
  manifest: Manifest;
  config: ImageConfig;
  platform: Platform;
}

/** A top-level image of a source: a single manifest, or an index of platform images. */
export interface ResolvedImage {
  root: Descriptor;
  /** Set when the root is an index. */
  index?: Index;
  images: PlatformImage[];
}

/**
 * Choose the top-level descriptor: by ref name when given (matching the full
 * annotation or its tag part), else the only one. Several without a ref is an
 * error that lists them, so the user can pick.
 */
export async function selectRoot(src: ImageSource, ref?: string): Promise<Descriptor> {
  const roots = await src.roots();
  const named = (d: Descriptor): string | undefined => d.annotations?.[Annotation.RefName];
  if (ref !== undefined && ref !== '') {
    const hit = roots.filter((d) => named(d) === ref || d.digest === ref);
    if (hit.length >= 1) return hit[0] as Descriptor;
    const names = roots.map((d) => named(d) ?? d.digest).join(', ');
    throw new PipelineError('NOT_FOUND', `${src.name} has no image named '${ref}'`, { hint: `It holds: ${names || 'nothing'}.` });
  }
  if (roots.length === 0) throw new PipelineError('LAYOUT', `${src.name} holds no image (its index lists no manifests)`);
  if (roots.length > 1) {
    // Several entries that point at the same digest (one per tag) are one image.
    const digests = new Set(roots.map((d) => d.digest));
    if (digests.size > 1) {
      const names = roots.map((d) => named(d) ?? d.digest).join(', ');
      throw new PipelineError('INPUT', `${src.name} holds ${roots.length} images; say which one`, { hint: `Append ':<name>' to pick one of: ${names}.` });
    }
  }
  return roots[0] as Descriptor;
}

/** Resolve a top-level descriptor into its platform images, reading manifests and configs. */
export async function resolveImage(src: ImageSource, root: Descriptor): Promise<ResolvedImage> {
  if (isManifestMediaType(root.mediaType)) {
    const manifest = await readManifest(src, root);
    const config = await readConfig(src, manifest.config);
    return { root, images: [{ descriptor: root, manifest, config, platform: platformOf(config) }] };
  }
  if (isIndexMediaType(root.mediaType)) {
    const index = await readIndex(src, root);
    const images: PlatformImage[] = [];
    for (const child of index.manifests) {
      if (isIndexMediaType(child.mediaType)) {
        images.push(...(await resolveImage(src, child)).images);
      } else if (isManifestMediaType(child.mediaType)) {
        const manifest = await readManifest(src, child);
        // Attestation manifests (buildx) and other artifacts ride along in
        // indexes; they are not platform images.
        if (!isConfigMediaType(manifest.config.mediaType)) continue;
        const config = await readConfig(src, manifest.config);
        images.push({ descriptor: child, manifest, config, platform: child.platform ?? platformOf(config) });
      }
    }
    return { root, index, images };
  }
  throw new PipelineError('UNSUPPORTED', `${root.digest} in ${src.name} has media type ${root.mediaType}, neither a manifest nor an index`);
}

export function platformOf(config: ImageConfig): Platform {
  const p: Platform = { os: config.os, architecture: config.architecture };
  if (config.variant !== undefined) p.variant = config.variant;
  return p;
}

/**
 * Every descriptor reachable from `root`, each once, children before parents:
 * layers and config, then the manifest; manifests before their index.
 */
export async function walkDescriptors(src: ImageSource, root: Descriptor): Promise<Descriptor[]> {
  const out: Descriptor[] = [];
  const seen = new Set<string>();
  const visit = async (d: Descriptor): Promise<void> => {
    if (seen.has(d.digest)) return;
    seen.add(d.digest);
    if (isIndexMediaType(d.mediaType)) {
      const idx = await readIndex(src, d);
      for (const c of idx.manifests) await visit(c);
    } else if (isManifestMediaType(d.mediaType)) {
      const m = await readManifest(src, d);
      await visit(m.config);
      for (const l of m.layers) await visit(l);
      if (m.subject !== undefined && (await src.hasBlob(m.subject.digest))) await visit(m.subject);
    }
    out.push(d);
  };
  await visit(root);
  return out;
}
