/**
 * The cache folder a build reads from (`type=local,src=<dir>`), treated as
 * untrusted: actions/cache restores whatever an older or hostile run saved.
 * Nothing here throws for bad content: a bad index.json, entry, manifest or
 * blob is a warning and a cache miss, so the worst a poisoned folder does is
 * a cold build. An entry is only offered once its manifest and every blob it
 * names have been hashed and match their names; a blob is streamed out
 * through a verifier again, so a file swapped after the check is cut off.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { digestBytes, VerifyingStream, type Digest } from '../../oci/digest.js';
import type { Descriptor } from '../../oci/types.js';
import { pipeThrough } from '../../pipe-through.js';
import { preview } from '../../preview.js';
import { MAX_INDEX_BYTES, MAX_MANIFEST_BYTES, parseCacheIndex, parseCacheManifest } from './entries.js';
import { hashHandle, isRealDir, openRegular, readSmall, UnsafeFileError } from './safe-file.js';

export interface CacheLog {
  debug(m: string): void;
  warning(m: string): void;
}

/** A blob whose bytes were hashed and match its name. */
export interface VerifiedBlob {
  digest: Digest;
  size: number;
  /** Its file in the source folder. */
  file: string;
}

/** An index entry whose manifest and blobs all verified. */
export interface VerifiedEntry {
  tag: string;
  desc: Descriptor;
  manifest: Buffer;
  /** The manifest's own blob and every blob it names. */
  blobs: VerifiedBlob[];
}

const reason = (e: unknown): string => (e instanceof UnsafeFileError ? e.message : `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);

export class SrcLayout {
  private readonly blobChecks = new Map<Digest, Promise<VerifiedBlob | undefined>>();
  private readonly entryChecks = new Map<string, Promise<VerifiedEntry | undefined>>();

  private constructor(
    /** The folder's real path, or undefined when there is none to read. */
    readonly dir: string | undefined,
    /** Tag -> manifest descriptor, from index.json (unverified until `entry()`). */
    readonly entries: ReadonlyMap<string, Descriptor>,
    private readonly log: CacheLog,
  ) {}

  /** An empty source: no folder, or one not worth reading. */
  static none(log: CacheLog): SrcLayout {
    return new SrcLayout(undefined, new Map(), log);
  }

  /** Read a source folder's index. Never throws: an absent folder is a first run, a bad one a warning. */
  static async open(dir: string | undefined, log: CacheLog): Promise<SrcLayout> {
    if (dir === undefined) return SrcLayout.none(log);
    let root: string;
    try {
      // The folder the user named may be reached through a link; nothing inside it may.
      root = await fs.realpath(dir);
    } catch {
      log.debug(`local cache: ${dir} does not exist yet (a first run); building without cache`);
      return SrcLayout.none(log);
    }
    const ignore = (why: string): SrcLayout => {
      log.warning(`local cache: ignoring ${dir}: ${why}; building without cache`);
      return SrcLayout.none(log);
    };
    try {
      if (!(await isRealDir(root))) return ignore('it is not a folder');
      for (const sub of ['blobs', 'blobs/sha256']) {
        try {
          await isRealDir(path.join(root, sub));
        } catch (e) {
          return ignore(`${sub} ${reason(e)}`);
        }
      }
      let layoutFile: Buffer | undefined;
      try {
        layoutFile = await readSmall(path.join(root, 'oci-layout'), 4096);
      } catch (e) {
        return ignore(`oci-layout ${reason(e)}`);
      }
      if (layoutFile === undefined) return ignore('it is not an OCI image layout (no oci-layout file)');
      const version = parseLayoutVersion(layoutFile);
      if (version === undefined || !version.startsWith('1.')) return ignore('oci-layout does not declare imageLayoutVersion 1.x');
      let indexFile: Buffer | undefined;
      try {
        indexFile = await readSmall(path.join(root, 'index.json'), MAX_INDEX_BYTES);
      } catch (e) {
        return ignore(`index.json ${reason(e)}`);
      }
      if (indexFile === undefined) return ignore('it has no index.json');
      const { entries, warnings } = parseCacheIndex(indexFile.toString('utf8'), `${dir}/index.json`);
      for (const w of warnings.slice(0, 10)) log.warning(`local cache: ${w}`);
      if (warnings.length > 10) log.warning(`local cache: ${warnings.length - 10} more problems in ${dir}/index.json not shown`);
      log.debug(`local cache: ${entries.size} entries in ${dir}`);
      return new SrcLayout(root, entries, log);
    } catch (e) {
      return ignore(reason(e));
    }
  }

  private blobFile(digest: Digest): string {
    return path.join(this.dir as string, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  /**
   * The blob, once hashed and found to match its name (memoised: each blob is
   * read once per run). Undefined when absent (a normal miss, e.g. buildah
   * asking before an upload) or bad (with a warning).
   */
  blob(digest: Digest): Promise<VerifiedBlob | undefined> {
    if (this.dir === undefined) return Promise.resolve(undefined);
    let check = this.blobChecks.get(digest);
    if (check === undefined) {
      check = this.verifyBlob(digest);
      this.blobChecks.set(digest, check);
    }
    return check;
  }

  private async verifyBlob(digest: Digest): Promise<VerifiedBlob | undefined> {
    const file = this.blobFile(digest);
    try {
      const handle = await openRegular(file);
      if (handle === undefined) return undefined;
      try {
        const size = (await handle.stat()).size;
        const got = await hashHandle(handle, size);
        if (got.digest !== digest || got.size !== size) {
          this.log.warning(`local cache: blob ${digest} in ${this.dir} does not match its name (corrupt or tampered); not used`);
          return undefined;
        }
        return { digest, size, file };
      } finally {
        await handle.close();
      }
    } catch (e) {
      this.log.warning(`local cache: blob ${digest} in ${this.dir} ${reason(e)}; not used`);
      return undefined;
    }
  }

  /**
   * The entry named `tag`, once its manifest and all its blobs verified
   * (memoised). Undefined when there is no such entry, or (with a warning)
   * when any part of it is missing, oversized or does not match its digest.
   */
  entry(tag: string): Promise<VerifiedEntry | undefined> {
    const desc = this.entries.get(tag);
    if (desc === undefined) return Promise.resolve(undefined);
    let check = this.entryChecks.get(tag);
    if (check === undefined) {
      check = this.verifyEntry(tag, desc);
      this.entryChecks.set(tag, check);
    }
    return check;
  }

  private async verifyEntry(tag: string, desc: Descriptor): Promise<VerifiedEntry | undefined> {
    const skip = (why: string): undefined => {
      this.log.warning(`local cache: entry ${preview(tag, { redact: false, max: 80 })} in ${this.dir} ${why}; that step is rebuilt`);
      return undefined;
    };
    let manifest: Buffer | undefined;
    try {
      manifest = await readSmall(this.blobFile(desc.digest), MAX_MANIFEST_BYTES);
    } catch (e) {
      return skip(`has a manifest that ${reason(e)}`);
    }
    if (manifest === undefined) return skip(`has no manifest blob ${desc.digest}`);
    if (manifest.length !== desc.size || digestBytes(manifest) !== desc.digest) return skip(`has a manifest that does not match ${desc.digest}`);
    const parsed = parseCacheManifest(manifest, desc.mediaType);
    if (!parsed.ok) return skip(`has an unusable manifest: ${parsed.error}`);
    const blobs: VerifiedBlob[] = [{ digest: desc.digest, size: desc.size, file: this.blobFile(desc.digest) }];
    for (const b of parsed.value.blobs) {
      const v = await this.blob(b.digest);
      if (v === undefined) return skip(`lacks a good copy of blob ${b.digest}`);
      if (v.size !== b.size) return skip(`names blob ${b.digest} with size ${b.size}, but it has ${v.size} bytes`);
      blobs.push(v);
    }
    return { tag, desc, manifest, blobs };
  }

  /** The entry whose manifest has this digest (buildah may fetch a manifest by digest after its tag). */
  async entryByDigest(digest: Digest): Promise<VerifiedEntry | undefined> {
    for (const [tag, d] of this.entries) {
      if (d.digest === digest) {
        const e = await this.entry(tag);
        if (e !== undefined) return e;
      }
    }
    return undefined;
  }

  /**
   * A verified blob's bytes, verified again while they stream: the last chunk
   * is held back until the hash matches, so a file swapped after the check is
   * cut off before its end and never reaches the client whole.
   */
  async open(blob: VerifiedBlob): Promise<Readable> {
    const handle = await openRegular(blob.file);
    if (handle === undefined) throw new UnsafeFileError('disappeared');
    const verify = new HoldLastVerifying({ digest: blob.digest, size: blob.size }, `blob ${blob.digest} in ${this.dir}`);
    const stream = handle.createReadStream({ highWaterMark: 1024 * 1024 });
    // A client hanging up closes the file.
    return pipeThrough(stream, verify);
  }
}

function parseLayoutVersion(bytes: Buffer): string | undefined {
  try {
    const v = (JSON.parse(bytes.toString('utf8')) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** VerifyingStream that keeps the latest chunk until the next one (or the verdict) arrives. */
class HoldLastVerifying extends Transform {
  private readonly verify: VerifyingStream;
  private held: Buffer | undefined;
  constructor(expected: { digest: Digest; size: number }, what: string) {
    super();
    this.verify = new VerifyingStream(expected, what);
    // The inner verifier only hashes and judges: its output is dropped, its error reaches us through callbacks.
    this.verify.on('data', () => undefined);
    this.verify.on('error', () => undefined);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.verify.write(chunk, (e) => {
      if (e) {
        cb(e);
        return;
      }
      if (this.held !== undefined) this.push(this.held);
      this.held = chunk;
      cb();
    });
  }

  override _flush(cb: TransformCallback): void {
    let settled = false;
    const done = (e?: Error): void => {
      if (settled) return;
      settled = true;
      if (e !== undefined) {
        cb(e);
        return;
      }
      if (this.held !== undefined) this.push(this.held);
      cb();
    };
    this.verify.once('error', done);
    this.verify.once('finish', () => done());
    this.verify.end();
  }
}
