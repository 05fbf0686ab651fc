/**
 * An image in a registry as an ImageSource, so anything that reads a layout
 * (test-image's scan) can read `registry/repo:tag` the same way. Every
 * manifest and blob is verified against its digest as it is read.
 */
import { Readable } from 'node:stream';
import { pipeThrough } from '../../pipe-through.js';
import { PipelineError } from '../../errors.js';
import { VerifyingStream, verifyBytes, type Digest } from '../../oci/digest.js';
import { isIndexMediaType, isManifestMediaType } from '../../oci/media-types.js';
import { MAX_JSON_BLOB, type ImageSource } from '../../oci/source.js';
import { Annotation, type Descriptor } from '../../oci/types.js';
import { readBounded } from '../transport/body.js';
import type { RegistryClient } from './client.js';
import { resumableDownload, type ResumeOptions } from './resume.js';
import { clientFactory, type ConnectOptions } from './connect.js';
import { formatReference, parseReference, type Reference } from '../reference.js';
import type { RegistryOpener } from '../../oci/open.js';
import { unwrap } from '../../result.js';

export class RegistrySource implements ImageSource {
  readonly name: string;
  private root: Descriptor | undefined;
  private readonly manifests = new Map<Digest, Buffer>();

  constructor(
    readonly ref: Reference,
    private readonly client: RegistryClient,
    /** How a broken blob download is resumed (tests inject the policy, clock and wait). */
    private readonly resume: Partial<Pick<ResumeOptions, 'policy' | 'now' | 'sleep' | 'random' | 'onResume'>> = {},
  ) {
    this.name = formatReference(ref);
  }

  /** A source for a reference text, with the given auth/transport options. */
  static open(reference: string, opts: ConnectOptions = {}): RegistrySource {
    const ref = unwrap(parseReference(reference));
    return new RegistrySource(ref, clientFactory(opts)(ref.registry));
  }

  async roots(): Promise<Descriptor[]> {
    if (this.root === undefined) {
      const reference = this.ref.digest ?? this.ref.tag ?? 'latest';
      const m = await this.client.getManifest(this.ref.repository, reference);
      if (this.ref.digest !== undefined && m.digest !== this.ref.digest) {
        throw new PipelineError('DIGEST_MISMATCH', `${this.name} answered a manifest with digest ${m.digest}`, {
          hint: 'The registry returned other content than the digest asks for.',
        });
      }
      if (!isManifestMediaType(m.mediaType) && !isIndexMediaType(m.mediaType)) {
        throw new PipelineError('UNSUPPORTED', `${this.name} is a ${m.mediaType || 'manifest without media type'}, not an OCI or Docker v2 image`);
      }
      this.manifests.set(m.digest, m.bytes);
      const root: Descriptor = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
      if (this.ref.tag !== undefined) root.annotations = { [Annotation.RefName]: this.ref.tag };
      this.root = root;
    }
    return [this.root];
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    if (isManifestMediaType(desc.mediaType) || isIndexMediaType(desc.mediaType)) {
      return Readable.from([await this.readBlob(desc)]);
    }
    // The first opening is awaited (and retried as any request), so a missing
    // blob or refused auth fails here; later ones resume, one request each:
    // resumableDownload is then the only loop, never nested in the client's.
    let first: Readable | undefined = await this.client.openBlob(this.ref.repository, desc);
    const body = resumableDownload({
      ...this.resume,
      size: desc.size,
      what: `blob ${desc.digest} from ${this.client.registry}/${this.ref.repository}`,
      open: async (offset) => {
        const b = first;
        first = undefined;
        return b ?? this.client.openBlob(this.ref.repository, desc, offset, { retry: false });
      },
    });
    const verify = new VerifyingStream(desc, `blob ${desc.digest} of ${this.name}`);
    // A reader that hangs up on the verified stream ends the download too (pipe only unpiped, leaving it open, paused).
    return pipeThrough(body, verify);
  }

  async readBlob(desc: Descriptor): Promise<Buffer> {
    if (desc.size > MAX_JSON_BLOB) {
      throw new PipelineError('LAYOUT', `blob ${desc.digest} of ${this.name} is ${desc.size} bytes, too large to read whole`);
    }
    let bytes = this.manifests.get(desc.digest);
    if (bytes === undefined) {
      if (isManifestMediaType(desc.mediaType) || isIndexMediaType(desc.mediaType)) {
        bytes = (await this.client.getManifest(this.ref.repository, desc.digest)).bytes;
        this.manifests.set(desc.digest, bytes);
      } else {
        // The descriptor's size is the cap: a registry that sends more is refused as soon as it does.
        const overflow = (max: number): Error =>
          new PipelineError('SIZE_MISMATCH', `blob ${desc.digest} of ${this.name} is larger than its descriptor says (${max} bytes)`, {
            hint: 'The registry returned other content than the digest asks for.',
          });
        bytes = (await readBounded(await this.client.openBlob(this.ref.repository, desc), desc.size, 'fail', overflow)).bytes;
      }
    }
    verifyBytes(bytes, desc, `blob ${desc.digest} of ${this.name}`);
    return bytes;
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    if (this.manifests.has(digest)) return true;
    if (await this.client.blobExists(this.ref.repository, digest, ['pull'])) return true;
    return (await this.client.headManifest(this.ref.repository, digest, ['pull'])) !== undefined;
  }

  async close(): Promise<void> {}
}

/** What openImageSource calls for registry references (test-image, distribute-image's docker:// images), with the step's connect options. */
export const registryOpener =
  (connect: ConnectOptions = {}): RegistryOpener =>
  async (reference) =>
    RegistrySource.open(reference, connect);
