/**
 * What distribute pushes: one image from one source, or several sources
 * (per-platform builds on a runner matrix) merged into one multi-platform
 * OCI index. The merged index is built in memory; its blobs are read from
 * whichever source holds them.
 */
import { Readable } from 'node:stream';
import { PipelineError } from '../errors.js';
import { digestBytes, verifyBytes, type Digest } from '../oci/digest.js';
import { resolveImage, selectRoot } from '../oci/image.js';
import { MediaType } from '../oci/media-types.js';
import type { ImageSource } from '../oci/source.js';
import { Annotation, platformString, type Descriptor, type Index } from '../oci/types.js';
import { isTag } from '../registry/reference.js';

export interface ImageToPush {
  source: ImageSource;
  root: Descriptor;
  /** Tags the source(s) name the image with (org.opencontainers.image.ref.name). */
  tags: string[];
}

/** The tag part of a ref-name annotation (`1.2`, `app:1.2`, `ghcr.io/a/b:1.2`), if it is a valid tag. */
export function tagOfRefName(name: string): string | undefined {
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > slash ? name.slice(colon + 1) : slash >= 0 ? undefined : name;
  if (tag === undefined) return undefined;
  return isTag(tag) ? tag : undefined;
}

async function tagsOf(src: ImageSource, root: Descriptor): Promise<string[]> {
  const names = (await src.roots()).filter((d) => d.digest === root.digest).map((d) => d.annotations?.[Annotation.RefName]);
  return [...new Set(names.flatMap((n) => (n === undefined ? [] : (tagOfRefName(n) ?? []))))];
}

class MergedSource implements ImageSource {
  readonly name: string;
  constructor(
    private readonly sources: readonly ImageSource[],
    private readonly index: Descriptor,
    private readonly indexBytes: Buffer,
  ) {
    this.name = `merged index of ${sources.map((s) => s.name).join(', ')}`;
  }
  async roots(): Promise<Descriptor[]> {
    return [this.index];
  }
  private async owner(digest: Digest): Promise<ImageSource> {
    for (const s of this.sources) if (await s.hasBlob(digest)) return s;
    throw new PipelineError('NOT_FOUND', `blob ${digest} is in none of ${this.sources.map((s) => s.name).join(', ')}`);
  }
  async openBlob(desc: Descriptor): Promise<Readable> {
    if (desc.digest === this.index.digest) return Readable.from([this.indexBytes]);
    return (await this.owner(desc.digest)).openBlob(desc);
  }
  async readBlob(desc: Descriptor): Promise<Buffer> {
    if (desc.digest === this.index.digest) {
      verifyBytes(this.indexBytes, desc, 'the merged index');
      return this.indexBytes;
    }
    return (await this.owner(desc.digest)).readBlob(desc);
  }
  async hasBlob(digest: Digest): Promise<boolean> {
    if (digest === this.index.digest) return true;
    for (const s of this.sources) if (await s.hasBlob(digest)) return true;
    return false;
  }
  async close(): Promise<void> {
    await Promise.all(this.sources.map((s) => s.close()));
  }
}

/**
 * One source: its only (or named) image. Several: every platform image of
 * each, in one index; two sources offering the same platform is an error.
 */
export async function imageToPush(sources: readonly ImageSource[], input = 'image'): Promise<ImageToPush> {
  if (sources.length === 0) throw new PipelineError('INPUT', `input '${input}' names no image`, { input, hint: "Pass build-image's 'layout' output." });
  if (sources.length === 1) {
    const src = sources[0] as ImageSource;
    const root = await selectRoot(src);
    return { source: src, root, tags: await tagsOf(src, root) };
  }
  const manifests: Descriptor[] = [];
  const seen = new Map<string, string>();
  const tags = new Set<string>();
  for (const src of sources) {
    const root = await selectRoot(src);
    for (const t of await tagsOf(src, root)) tags.add(t);
    const resolved = await resolveImage(src, root);
    for (const img of resolved.images) {
      const p = platformString(img.platform);
      const other = seen.get(p);
      if (other !== undefined) {
        throw new PipelineError('INPUT', `input '${input}': both ${other} and ${src.name} hold an image for ${p}`, {
          input,
          hint: 'Give each layout a different platform, or push them to different destinations.',
        });
      }
      seen.set(p, src.name);
      manifests.push({ mediaType: img.descriptor.mediaType, digest: img.descriptor.digest, size: img.descriptor.size, platform: img.platform });
    }
  }
  const index: Index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests };
  const bytes = Buffer.from(JSON.stringify(index));
  const root: Descriptor = { mediaType: MediaType.OciIndex, digest: digestBytes(bytes), size: bytes.length };
  return { source: new MergedSource(sources, root, bytes), root, tags: [...tags] };
}
