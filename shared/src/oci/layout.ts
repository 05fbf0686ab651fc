/**
 * Reading and writing an OCI image layout (image-spec image-layout.md):
 * `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`. The writer works in a
 * sibling temporary folder and renames it into place at the end, so a failed
 * build never leaves a half-written layout at the output path.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { blobChunks, lendsAs, readPooled } from '../chunk-pool.js';
import { PipelineError } from '../errors.js';
import { pipeToFile } from '../pipe-to-file.js';
import { pipeThrough } from '../pipe-through.js';
import { algorithmOf, DigestCounter, digestBytes, encodedOf, parseDigest, VerifyingStream, verifyBytes, type Digest } from './digest.js';
import { MediaType } from './media-types.js';
import { MAX_JSON_BLOB, type ImageSource } from './source.js';
import type { Descriptor, Index } from './types.js';

const LAYOUT_VERSION = '1.0.0';

export function blobPath(root: string, digest: Digest): string {
  return path.join(root, 'blobs', algorithmOf(digest), encodedOf(digest));
}

/** Parse and check an index.json; exported for tests and for archive readers. */
export function parseIndex(text: string, where: string, input?: string): Index {
  try {
    return parseIndexUnchecked(text, where);
  } catch (e) {
    if (input === undefined || !(e instanceof PipelineError)) throw e;
    throw new PipelineError(e.code, e.reason, { input, cause: e });
  }
}

function parseIndexUnchecked(text: string, where: string): Index {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PipelineError('LAYOUT', `${where} is not valid JSON: ${(e as Error).message}`, { file: where });
  }
  const index = value as Partial<Index>;
  if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
    throw new PipelineError('LAYOUT', `${where} is not an image index (schemaVersion 2 with a manifests list)`, { file: where });
  }
  for (const [i, d] of index.manifests.entries()) checkDescriptor(d, `${where} manifests[${i}]`);
  return index as Index;
}

/** A descriptor from untrusted JSON: digest well formed, size a non-negative integer. */
export function checkDescriptor(d: unknown, where: string): asserts d is Descriptor {
  const desc = d as Partial<Descriptor>;
  if (typeof desc !== 'object' || desc === null || typeof desc.mediaType !== 'string' || typeof desc.digest !== 'string') {
    throw new PipelineError('LAYOUT', `${where} is not a descriptor (mediaType, digest, size)`);
  }
  const parsed = parseDigest(desc.digest);
  if (!parsed.ok) throw new PipelineError('LAYOUT', `${where}: ${parsed.error.reason}`);
  if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
    throw new PipelineError('LAYOUT', `${where} has no valid size`);
  }
}

export class OciLayout implements ImageSource {
  private constructor(
    readonly dir: string,
    private readonly index: Index,
  ) {}

  get name(): string {
    return `layout ${this.dir}`;
  }

  /** Open a layout folder, checking `oci-layout` and `index.json`. */
  static async open(dir: string, input?: string): Promise<OciLayout> {
    const ctx = input === undefined ? {} : { input };
    let stat;
    try {
      stat = await fs.stat(dir);
    } catch {
      throw new PipelineError('NOT_FOUND', `the OCI image layout '${dir}' does not exist`, {
        ...ctx,
        hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
      });
    }
    if (!stat.isDirectory()) {
      throw new PipelineError('INPUT', `'${dir}' is a file, not an OCI image layout folder`, {
        ...ctx,
        hint: "For a tarball write 'oci-archive:<file>' or 'docker-archive:<file>'.",
      });
    }
    let layoutText: string;
    try {
      layoutText = await fs.readFile(path.join(dir, 'oci-layout'), 'utf8');
    } catch {
      throw new PipelineError('LAYOUT', `'${dir}' is not an OCI image layout: it has no oci-layout file`, {
        ...ctx,
        hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
      });
    }
    let version: unknown;
    try {
      version = (JSON.parse(layoutText) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
    } catch {
      version = undefined;
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
      throw new PipelineError('LAYOUT', `'${dir}/oci-layout' does not declare imageLayoutVersion 1.x`, ctx);
    }
    const indexPath = path.join(dir, 'index.json');
    let indexText: string;
    try {
      indexText = await fs.readFile(indexPath, 'utf8');
    } catch {
      throw new PipelineError('LAYOUT', `'${dir}' is not an OCI image layout: it has no index.json`, ctx);
    }
    return new OciLayout(dir, parseIndex(indexText, indexPath, input));
  }

  async roots(): Promise<Descriptor[]> {
    return this.index.manifests;
  }

  /** The parsed index.json (its annotations included). */
  get indexJson(): Index {
    return this.index;
  }

  blobPath(digest: Digest): string {
    return blobPath(this.dir, digest);
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    try {
      return (await fs.stat(this.blobPath(digest))).isFile();
    } catch {
      return false;
    }
  }

  private async statBlob(desc: Descriptor): Promise<void> {
    let size: number;
    try {
      size = (await fs.stat(this.blobPath(desc.digest))).size;
    } catch {
      throw new PipelineError('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
        hint: 'The layout is incomplete; rebuild it or copy it again.',
      });
    }
    if (size !== desc.size) {
      throw new PipelineError('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${size} bytes, its descriptor says ${desc.size}`, {
        hint: 'The layout is corrupt; rebuild it or copy it again.',
      });
    }
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    await this.statBlob(desc);
    const verify = new VerifyingStream(desc, `blob ${desc.digest} in ${this.name}`);
    // Read into reused 1 MiB buffers (chunk-pool.ts): an upload hands each back once its sockets took it.
    const file = readPooled(this.blobPath(desc.digest), blobChunks);
    // A consumer that stops early (a failed upload destroys its body) closes the file too.
    return lendsAs(pipeThrough(file, verify), file);
  }

  async readBlob(desc: Descriptor): Promise<Buffer> {
    if (desc.size > MAX_JSON_BLOB) {
      throw new PipelineError('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${this.name} is ${desc.size} bytes, too large to read whole`);
    }
    await this.statBlob(desc);
    const data = await fs.readFile(this.blobPath(desc.digest));
    verifyBytes(data, desc, `blob ${desc.digest} in ${this.name}`);
    return data;
  }

  async close(): Promise<void> {}
}

/**
 * Writes a new layout. Everything goes into `<dir>.tmp-<random>` until
 * `commit()` moves it to `dir` (replacing what was there); `abort()` removes
 * the temporary folder. Blobs are content-addressed, so writing one twice is a
 * no-op.
 */
export class LayoutWriter {
  private readonly manifests: Descriptor[] = [];
  private annotations: Record<string, string> | undefined;

  private constructor(
    readonly dir: string,
    readonly tmp: string,
  ) {}

  static async create(dir: string): Promise<LayoutWriter> {
    const abs = path.resolve(dir);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.tmp-${randomBytes(4).toString('hex')}`;
    await fs.mkdir(path.join(tmp, 'blobs', 'sha256'), { recursive: true });
    await fs.writeFile(path.join(tmp, 'oci-layout'), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
    return new LayoutWriter(abs, tmp);
  }

  /** Write bytes as a blob; returns its descriptor. */
  async writeBytes(data: Uint8Array | string, mediaType: string, extra: Partial<Descriptor> = {}): Promise<Descriptor> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const digest = digestBytes(bytes);
    const target = blobPath(this.tmp, digest);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, bytes);
    return { ...extra, mediaType, digest, size: bytes.length };
  }

  async writeJson(value: unknown, mediaType: string, extra: Partial<Descriptor> = {}): Promise<Descriptor> {
    return this.writeBytes(JSON.stringify(value), mediaType, extra);
  }

  /**
   * Stream a blob in. With `expected`, the bytes are verified against it;
   * without, the digest is computed. Either way the file lands under its
   * digest only once complete.
   */
  async writeStream(stream: Readable, mediaType: string, expected?: { digest: Digest; size: number }, extra: Partial<Descriptor> = {}): Promise<Descriptor> {
    const partial = path.join(this.tmp, `.partial-${randomBytes(6).toString('hex')}`);
    const counter = new DigestCounter(expected === undefined ? 'sha256' : algorithmOf(expected.digest));
    const count = new Transform({
      transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
        counter.update(chunk);
        cb(null, chunk);
      },
    });
    try {
      await pipeToFile(partial, { flags: 'wx' }, stream, count);
    } catch (e) {
      await fs.rm(partial, { force: true });
      throw e;
    }
    const digest = counter.digest();
    if (expected !== undefined && (digest !== expected.digest || counter.size !== expected.size)) {
      await fs.rm(partial, { force: true });
      throw new PipelineError('DIGEST_MISMATCH', `blob written as ${expected.digest} (${expected.size} bytes) hashed to ${digest} (${counter.size} bytes)`);
    }
    const target = blobPath(this.tmp, digest);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(partial, target);
    return { ...extra, mediaType, digest, size: counter.size };
  }

  /** Copy a blob from another source, verified on the way. */
  async copyBlob(from: ImageSource, desc: Descriptor): Promise<void> {
    if (await this.hasBlob(desc.digest)) return;
    await this.writeStream(await from.openBlob(desc), desc.mediaType, desc);
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    return fs.stat(blobPath(this.tmp, digest)).then(
      () => true,
      () => false,
    );
  }

  /** Add a top-level manifest or index to index.json, optionally with a ref name. */
  addRoot(desc: Descriptor, refName?: string): void {
    const annotations = { ...(desc.annotations ?? {}) };
    if (refName !== undefined) annotations['org.opencontainers.image.ref.name'] = refName;
    this.manifests.push(Object.keys(annotations).length > 0 ? { ...desc, annotations } : { ...desc });
  }

  setIndexAnnotations(annotations: Record<string, string>): void {
    this.annotations = annotations;
  }

  /** Write index.json and move the layout into place. */
  async commit(): Promise<string> {
    const index: Index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: this.manifests };
    if (this.annotations !== undefined) index.annotations = this.annotations;
    await fs.writeFile(path.join(this.tmp, 'index.json'), JSON.stringify(index));
    await fs.rm(this.dir, { recursive: true, force: true });
    await fs.rename(this.tmp, this.dir);
    return this.dir;
  }

  async abort(): Promise<void> {
    await fs.rm(this.tmp, { recursive: true, force: true });
  }
}
