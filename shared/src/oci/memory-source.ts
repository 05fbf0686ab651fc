/**
 * An ImageSource over a few blobs held in memory (an artifact manifest and
 * its small files), so the push machinery in distribute/ (upload-blobs.ts,
 * put-manifests.ts) sends them the way it sends any image.
 */
import { Readable } from 'node:stream';
import { PipelineError } from '../errors.js';
import { verifyBytes, type Digest } from './digest.js';
import type { ImageSource } from './source.js';
import type { Descriptor } from './types.js';

export class MemorySource implements ImageSource {
  private readonly blobs = new Map<Digest, Buffer>();

  constructor(
    readonly name: string,
    private readonly root: Descriptor,
    blobs: ReadonlyArray<{ descriptor: Descriptor; bytes: Buffer }>,
  ) {
    for (const b of blobs) {
      verifyBytes(b.bytes, b.descriptor, `${name}: blob ${b.descriptor.digest}`);
      this.blobs.set(b.descriptor.digest, b.bytes);
    }
  }

  async roots(): Promise<Descriptor[]> {
    return [this.root];
  }

  private bytesOf(desc: Descriptor): Buffer {
    const b = this.blobs.get(desc.digest);
    if (b === undefined) throw new PipelineError('NOT_FOUND', `${this.name} holds no blob ${desc.digest}`);
    return b;
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    return Readable.from([this.bytesOf(desc)]);
  }

  async readBlob(desc: Descriptor): Promise<Buffer> {
    return this.bytesOf(desc);
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    return this.blobs.has(digest);
  }

  async close(): Promise<void> {}
}
