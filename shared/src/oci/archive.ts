/**
 * Image sources over tarballs, read in place: `oci-archive` (a tarred OCI
 * layout, as skopeo and buildah write) and `docker-archive` (`docker save`).
 * The tar is indexed once by its headers; blobs are then streamed by byte
 * range and verified like any other source. A gzip-compressed tarball is first
 * decompressed to a temporary file, since random access needs it plain.
 */
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { PipelineError } from '../errors.js';
import { DigestCounter, digestBytes, encodedOf, algorithmOf, VerifyingStream, verifyBytes, type Digest } from './digest.js';
import { parseIndex } from './layout.js';
import { MediaType } from './media-types.js';
import { MAX_JSON_BLOB, type ImageSource } from './source.js';
import { Annotation, type Descriptor, type Manifest } from './types.js';
import { indexTar, normaliseMemberName, type TarMember } from './tar-index.js';
import { pipeToFile } from '../pipe-to-file.js';
import { pipeThrough } from '../pipe-through.js';

/** An indexed tar file whose members can be streamed by range. */
class TarFile {
  private constructor(
    readonly file: string,
    readonly members: Map<string, TarMember>,
    private readonly cleanup: string | undefined,
  ) {}

  static async open(file: string, what: string, input?: string): Promise<TarFile> {
    const ctx = input === undefined ? {} : { input };
    let fh;
    try {
      fh = await fs.open(file, 'r');
    } catch {
      throw new PipelineError('NOT_FOUND', `the archive '${file}' does not exist or cannot be read`, {
        ...ctx,
        hint: 'Check the path; it is resolved against the working directory.',
      });
    }
    const magic = Buffer.alloc(2);
    await fh.read(magic, 0, 2, 0);
    await fh.close();
    if (magic[0] === 0x1f && magic[1] === 0x8b) {
      const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'archive-'));
      const plain = path.join(dir, 'image.tar');
      try {
        await pipeToFile(plain, { flags: 'wx' }, createReadStream(file), createGunzip());
      } catch (e) {
        await fs.rm(dir, { recursive: true, force: true });
        throw new PipelineError('LAYOUT', `${what} is not a valid gzip file: ${(e as Error).message}`, { ...ctx, cause: e });
      }
      return new TarFile(
        plain,
        await indexTar(plain, what).catch(async (e) => {
          await fs.rm(dir, { recursive: true, force: true });
          throw e;
        }),
        dir,
      );
    }
    return new TarFile(file, await indexTar(file, what), undefined);
  }

  /** A member by name, following hard links (docker save links identical layers). */
  member(name: string): TarMember | undefined {
    let m = this.members.get(normaliseMemberName(name));
    for (let hops = 0; m !== undefined && m.type === '1' && hops < 8; hops++) m = this.members.get(normaliseMemberName(m.linkname));
    return m !== undefined && (m.type === '0' || m.type === '\0' || m.type === '7') ? m : undefined;
  }

  stream(m: TarMember): Readable {
    // createReadStream's `end` is inclusive; an empty member needs an empty stream.
    return m.size === 0
      ? createReadStream(this.file, { start: 1, end: 0 })
      : createReadStream(this.file, { start: m.offset, end: m.offset + m.size - 1, highWaterMark: 1024 * 1024 });
  }

  async read(m: TarMember): Promise<Buffer> {
    const fh = await fs.open(this.file, 'r');
    try {
      const buf = Buffer.alloc(m.size);
      await fh.read(buf, 0, m.size, m.offset);
      return buf;
    } finally {
      await fh.close();
    }
  }

  async close(): Promise<void> {
    if (this.cleanup !== undefined) await fs.rm(this.cleanup, { recursive: true, force: true });
  }
}

/** Common reading of blobs that live as tar members, plus blobs synthesised in memory. */
abstract class TarSource implements ImageSource {
  protected readonly synthetic = new Map<string, Buffer>();
  constructor(
    protected readonly tar: TarFile,
    readonly name: string,
  ) {}

  abstract roots(): Promise<Descriptor[]>;
  protected abstract memberFor(digest: Digest): TarMember | undefined;

  async hasBlob(digest: Digest): Promise<boolean> {
    return this.synthetic.has(digest) || this.memberFor(digest) !== undefined;
  }

  private locate(desc: Descriptor): TarMember | Buffer {
    const mem = this.synthetic.get(desc.digest);
    if (mem !== undefined) return mem;
    const m = this.memberFor(desc.digest);
    if (m === undefined)
      throw new PipelineError('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
        hint: 'The archive is incomplete; write it again.',
      });
    if (m.size !== desc.size)
      throw new PipelineError('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${m.size} bytes, its descriptor says ${desc.size}`);
    return m;
  }

  async openBlob(desc: Descriptor): Promise<Readable> {
    const where = this.locate(desc);
    const verify = new VerifyingStream(desc, `blob ${desc.digest} in ${this.name}`);
    if (Buffer.isBuffer(where)) {
      verify.end(where);
      return verify;
    }
    // A reader that stops early (a failed upload) closes the file.
    return pipeThrough(this.tar.stream(where), verify);
  }

  async readBlob(desc: Descriptor): Promise<Buffer> {
    if (desc.size > MAX_JSON_BLOB) throw new PipelineError('LAYOUT', `blob ${desc.digest} in ${this.name} is ${desc.size} bytes, too large to read whole`);
    const where = this.locate(desc);
    const data = Buffer.isBuffer(where) ? where : await this.tar.read(where);
    verifyBytes(data, desc, `blob ${desc.digest} in ${this.name}`);
    return data;
  }

  async close(): Promise<void> {
    await this.tar.close();
  }
}

export class OciArchive extends TarSource {
  private constructor(
    tar: TarFile,
    name: string,
    private readonly rootDescriptors: Descriptor[],
  ) {
    super(tar, name);
  }

  static async open(file: string, input?: string): Promise<OciArchive> {
    const name = `oci-archive:${file}`;
    const tar = await TarFile.open(file, name, input);
    try {
      const layoutMember = tar.member('oci-layout');
      const indexMember = tar.member('index.json');
      if (layoutMember === undefined || indexMember === undefined) {
        const hint =
          tar.member('manifest.json') !== undefined
            ? `It looks like a docker-archive: write 'docker-archive:${file}'.`
            : 'Write it with `skopeo copy ... oci-archive:<file>` or `buildah push ... oci-archive:<file>`.';
        throw new PipelineError('LAYOUT', `${name} has no ${layoutMember === undefined ? 'oci-layout' : 'index.json'} file, so it is not an OCI archive`, {
          ...(input === undefined ? {} : { input }),
          hint,
        });
      }
      const index = parseIndex((await tar.read(indexMember)).toString('utf8'), `${name}/index.json`);
      return new OciArchive(tar, name, index.manifests);
    } catch (e) {
      await tar.close();
      throw e;
    }
  }

  async roots(): Promise<Descriptor[]> {
    return this.rootDescriptors;
  }

  protected memberFor(digest: Digest): TarMember | undefined {
    return this.tar.member(`blobs/${algorithmOf(digest)}/${encodedOf(digest)}`);
  }
}

interface DockerSaveEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

/**
 * `docker save` output. It has no manifests, so we synthesise a Docker v2
 * schema 2 manifest per image; layer digests are computed by hashing each
 * layer once when the archive is opened (the same work docker load does).
 */
export class DockerArchive extends TarSource {
  private readonly byDigest = new Map<string, TarMember>();
  private readonly rootDescriptors: Descriptor[] = [];

  private constructor(tar: TarFile, name: string) {
    super(tar, name);
  }

  static async open(file: string, input?: string): Promise<DockerArchive> {
    const name = `docker-archive:${file}`;
    const tar = await TarFile.open(file, name, input);
    const source = new DockerArchive(tar, name);
    try {
      await source.load(input);
    } catch (e) {
      await tar.close();
      throw e;
    }
    return source;
  }

  private async load(input: string | undefined): Promise<void> {
    const ctx = input === undefined ? {} : { input };
    const manifestMember = this.tar.member('manifest.json');
    if (manifestMember === undefined) {
      const hint =
        this.tar.member('oci-layout') !== undefined
          ? `It looks like an OCI archive: write 'oci-archive:${this.tar.file}'.`
          : 'Write it with `docker save` or `skopeo copy ... docker-archive:<file>`.';
      throw new PipelineError('LAYOUT', `${this.name} has no manifest.json, so it is not a docker-archive`, { ...ctx, hint });
    }
    let entries: DockerSaveEntry[];
    try {
      entries = JSON.parse((await this.tar.read(manifestMember)).toString('utf8')) as DockerSaveEntry[];
    } catch (e) {
      throw new PipelineError('LAYOUT', `${this.name}/manifest.json is not valid JSON: ${(e as Error).message}`, ctx);
    }
    if (!Array.isArray(entries) || entries.length === 0) throw new PipelineError('LAYOUT', `${this.name}/manifest.json lists no image`, ctx);
    const hashed = new Map<string, Descriptor>();
    for (const [i, entry] of entries.entries()) {
      if (typeof entry?.Config !== 'string' || !Array.isArray(entry.Layers))
        throw new PipelineError('LAYOUT', `${this.name}/manifest.json entry ${i} lacks Config or Layers`, ctx);
      const config = await this.describeMember(entry.Config, MediaType.DockerConfig, hashed);
      const layers: Descriptor[] = [];
      for (const l of entry.Layers) layers.push(await this.describeMember(l, undefined, hashed));
      const manifest: Manifest = { schemaVersion: 2, mediaType: MediaType.DockerManifest, config, layers };
      const bytes = Buffer.from(JSON.stringify(manifest));
      const digest = digestBytes(bytes);
      this.synthetic.set(digest, bytes);
      const tags = entry.RepoTags ?? [];
      const root: Descriptor = { mediaType: MediaType.DockerManifest, digest, size: bytes.length };
      if (tags.length === 0) this.rootDescriptors.push(root);
      for (const t of tags) this.rootDescriptors.push({ ...root, annotations: { [Annotation.RefName]: t } });
    }
  }

  /** Hash a member once and describe it; the media type of a layer follows its compression. */
  private async describeMember(name: string, mediaType: string | undefined, cache: Map<string, Descriptor>): Promise<Descriptor> {
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const m = this.tar.member(name);
    if (m === undefined) throw new PipelineError('LAYOUT', `${this.name}/manifest.json names '${name}', which is not in the archive`);
    const counter = new DigestCounter();
    let first: Buffer | undefined;
    for await (const chunk of this.tar.stream(m)) {
      const c = chunk as Buffer;
      if (first === undefined) first = c.subarray(0, 2);
      counter.update(c);
    }
    const gz = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
    const desc: Descriptor = { mediaType: mediaType ?? (gz ? MediaType.DockerLayerGzip : MediaType.DockerLayer), digest: counter.digest(), size: m.size };
    this.byDigest.set(desc.digest, m);
    cache.set(name, desc);
    return desc;
  }

  async roots(): Promise<Descriptor[]> {
    return this.rootDescriptors;
  }

  protected memberFor(digest: Digest): TarMember | undefined {
    return this.byDigest.get(digest);
  }
}
