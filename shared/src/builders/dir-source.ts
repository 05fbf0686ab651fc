/**
 * An ImageSource over containers/image's `dir:` transport (what
 * `buildah push <img> dir:<path>` and `podman push` write): `manifest.json`
 * plus one file per blob named by its encoded digest. We read buildah's output
 * this way rather than through `oci:` because pushing to `oci:` makes
 * containers/image convert the config and lose HEALTHCHECK; `dir:` keeps the
 * builder's bytes, which oci-convert.ts then turns into OCI ourselves.
 */
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { PipelineError } from '../errors.js';
import { pipeThrough } from '../pipe-through.js';
import { digestBytes, encodedOf, VerifyingStream, verifyBytes, type Digest } from '../oci/digest.js';
import { regularFile, type BlobFiles } from '../oci/layout-adopt.js';
import { MAX_JSON_BLOB, type ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';

export class DirImageSource implements ImageSource, BlobFiles {
  private constructor(
    readonly dir: string,
    private readonly manifest: Buffer,
    private readonly root: Descriptor,
  ) {}

  get name(): string {
    return `dir:${this.dir}`;
  }

  static async open(dir: string): Promise<DirImageSource> {
    let manifest: Buffer;
    try {
      manifest = await fs.readFile(path.join(dir, 'manifest.json'));
    } catch {
      throw new PipelineError('LAYOUT', `the builder wrote no manifest.json to ${dir}`, { hint: 'The push step of the builder failed; see its log above.' });
    }
    let mediaType: unknown;
    try {
      mediaType = (JSON.parse(manifest.toString('utf8')) as { mediaType?: unknown }).mediaType;
    } catch (e) {
      throw new PipelineError('LAYOUT', `${dir}/manifest.json is not JSON: ${(e as Error).message}`);
    }
    if (typeof mediaType !== 'string') throw new PipelineError('LAYOUT', `${dir}/manifest.json has no mediaType`);
    return new DirImageSource(dir, manifest, { mediaType, digest: digestBytes(manifest), size: manifest.length });
  }

  async roots(): Promise<Descriptor[]> {
    return [this.root];
  }

  private file(digest: Digest): string {
    // encodedOf returns checked hex only, so the name cannot leave the folder.
    return path.join(this.dir, encodedOf(digest));
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    if (digest === this.root.digest) return true;
    return fs.stat(this.file(digest)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async readBlob(desc: Descriptor): Promise<Buffer> {
    if (desc.digest === this.root.digest) return this.manifest;
    if (desc.size > MAX_JSON_BLOB) throw new PipelineError('LAYOUT', `blob ${desc.digest} in ${this.name} is too large to read whole`);
    let data: Buffer;
    try {
      data = await fs.readFile(this.file(desc.digest));
    } catch {
      throw new PipelineError('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`);
    }
    verifyBytes(data, desc, `blob ${desc.digest} in ${this.name}`);
    return data;
  }

  /** The blob's own file, for the layout writer to link rather than copy (layout-adopt.ts); never the manifest, held in memory. */
  async blobFile(desc: Descriptor): Promise<string | undefined> {
    return desc.digest === this.root.digest ? undefined : regularFile(this.file(desc.digest));
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    if (!(await this.hasBlob(desc.digest))) throw new PipelineError('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`);
    const verify = new VerifyingStream(desc, `blob ${desc.digest} in ${this.name}`);
    const file = createReadStream(this.file(desc.digest), { highWaterMark: 1024 * 1024 });
    // A reader that stops early (a failed upload) closes the file.
    return pipeThrough(file, verify);
  }

  async close(): Promise<void> {}
}
