/**
 * One build's view of the local cache: reads look at this run's writes first,
 * then at the source folder (verified, see src-layout.ts); writes go to a
 * private staging folder beside `dest`. `commit()` turns the staging folder
 * into the next cache folder — the entries pushed this run plus the entries
 * used from the source, with all their blobs (hard links where the file
 * system allows, else verified copies), nothing else — and renames it over
 * `dest`, so a failed run never leaves a half-written cache, and entries no
 * build uses any more are pruned without the "move the cache folder" trick.
 */
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { PipelineError } from '../../errors.js';
import { digestBytes, type Digest } from '../../oci/digest.js';
import type { Descriptor } from '../../oci/types.js';
import { isTag, nextEntries, parseCacheManifest, parseSha256, renderCacheIndex } from './entries.js';
import { RegistryHttpError } from './http-error.js';
import { SrcLayout, type CacheLog, type VerifiedBlob, type VerifiedEntry } from './src-layout.js';
import { Uploads } from './uploads.js';
import { pipeToFile } from '../../pipe-to-file.js';

export interface StoreOptions {
  src?: string;
  dest?: string;
  log: CacheLog;
  /** Most bytes in one uploaded blob (default 32 GiB). */
  maxBlobBytes?: number;
}

export interface CacheCounts {
  entries: number;
  blobs: number;
  bytes: number;
}

export interface ManifestFound {
  desc: Descriptor;
  bytes: Buffer;
}

export interface BlobFound {
  size: number;
  open(): Promise<Readable>;
}

/** What may sit at the top of a cache folder; anything else means `dest` is not ours to replace. */
const LAYOUT_NAMES = new Set(['oci-layout', 'index.json', 'blobs']);

/**
 * `dest` must be absent, empty, or a cache folder: commit() replaces it
 * whole, and must never delete a folder of the user's named by mistake.
 */
async function checkDest(dest: string): Promise<void> {
  const fix = 'Name a folder of its own for the cache (e.g. /tmp/.buildah-cache), not one that holds other files.';
  let st;
  try {
    st = await fs.lstat(dest);
  } catch {
    return;
  }
  if (st.isSymbolicLink())
    throw new PipelineError('INPUT', `expected cache-to dest '${dest}' to be a folder, got a symbolic link`, { input: 'cache-to', hint: fix });
  if (!st.isDirectory()) throw new PipelineError('INPUT', `expected cache-to dest '${dest}' to be a folder, got a file`, { input: 'cache-to', hint: fix });
  const names = await fs.readdir(dest);
  const foreign = names.filter((n) => !LAYOUT_NAMES.has(n));
  if (foreign.length > 0) {
    throw new PipelineError('INPUT', `expected cache-to dest '${dest}' to be empty or a cache folder, got other files (${foreign.slice(0, 3).join(', ')})`, {
      input: 'cache-to',
      hint: fix,
    });
  }
}

async function isStagedFile(file: string, size?: number): Promise<boolean> {
  try {
    const st = await fs.lstat(file);
    return st.isFile() && (size === undefined || st.size === size);
  } catch {
    return false;
  }
}

/** Move `fresh` to `dest`, replacing what is there; on failure `dest` keeps its old content. */
async function replaceFolder(fresh: string, dest: string): Promise<void> {
  const old = `${dest}.old-${randomBytes(4).toString('hex')}`;
  let moved = false;
  try {
    await fs.rename(dest, old);
    moved = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    await fs.rename(fresh, dest);
  } catch (e) {
    if (moved) await fs.rename(old, dest).catch(() => undefined);
    throw e;
  }
  if (moved) await fs.rm(old, { recursive: true, force: true });
}

export class CacheStore {
  /** Tag -> manifest pushed this run. */
  private readonly pushed = new Map<string, Descriptor>();
  /** Manifest digest -> the blobs it names, for manifests pushed this run. */
  private readonly staged = new Map<Digest, Descriptor[]>();
  /** Tag -> source entry this run used. */
  private readonly hits = new Map<string, VerifiedEntry>();
  readonly uploads: Uploads;

  private constructor(
    private readonly staging: string,
    private readonly src: SrcLayout,
    private readonly dest: string | undefined,
    private readonly log: CacheLog,
    maxBlobBytes: number,
  ) {
    this.uploads = new Uploads(path.join(staging, 'uploads'), { maxBlobBytes, maxSessions: 64 });
  }

  static async create(opts: StoreOptions): Promise<CacheStore> {
    const dest = opts.dest === undefined ? undefined : path.resolve(opts.dest);
    if (dest !== undefined) {
      await checkDest(dest);
      await fs.mkdir(path.dirname(dest), { recursive: true });
    }
    // Beside dest (same file system: uploads become the next cache by rename), private to this run.
    const staging = await fs.mkdtemp(dest === undefined ? path.join(os.tmpdir(), 'image-pipeline-cache-') : `${dest}.tmp-`);
    try {
      await fs.mkdir(path.join(staging, 'blobs', 'sha256'), { recursive: true });
      await fs.mkdir(path.join(staging, 'uploads'));
      const src = await SrcLayout.open(opts.src, opts.log);
      return new CacheStore(staging, src, dest, opts.log, opts.maxBlobBytes ?? 32 * 1024 ** 3);
    } catch (e) {
      await fs.rm(staging, { recursive: true, force: true });
      throw e;
    }
  }

  private stagedFile(digest: Digest): string {
    return path.join(this.staging, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  /** A manifest by tag or digest: this run's first, then the source's (a tag found there counts as a hit). */
  async manifest(ref: string): Promise<ManifestFound | undefined> {
    const digest = parseSha256(ref);
    if (digest === undefined && !isTag(ref)) throw new RegistryHttpError(400, 'MANIFEST_INVALID', 'reference is neither a tag nor a sha256 digest');
    const own = digest === undefined ? this.pushed.get(ref) : this.staged.has(digest) ? [...this.pushed.values()].find((d) => d.digest === digest) : undefined;
    if (own !== undefined) return { desc: own, bytes: await fs.readFile(this.stagedFile(own.digest)) };
    const entry = digest === undefined ? await this.src.entry(ref) : await this.src.entryByDigest(digest);
    if (entry === undefined) return undefined;
    if (!this.hits.has(entry.tag)) this.log.debug(`local cache: hit ${entry.tag}`);
    this.hits.set(entry.tag, entry);
    return { desc: entry.desc, bytes: entry.manifest };
  }

  /** A blob: this run's upload first, then the source's verified copy. */
  async blob(digest: Digest): Promise<BlobFound | undefined> {
    const file = this.stagedFile(digest);
    const st = await fs.lstat(file).catch(() => undefined);
    if (st?.isFile() === true) return { size: st.size, open: async () => createReadStream(file, { highWaterMark: 1024 * 1024 }) };
    const v = await this.src.blob(digest);
    if (v === undefined) return undefined;
    return { size: v.size, open: () => this.src.open(v) };
  }

  /** Close an upload whose bytes hashed to `digest` and keep it as a blob. */
  async finishUpload(id: string, digest: Digest, body: Readable | undefined): Promise<void> {
    const done = await this.uploads.finish(id, digest, body);
    await fs.rename(done.file, this.stagedFile(digest));
  }

  /** A manifest pushed under `tag`: parsed, bounded, and refused when it names a blob the cache does not hold. */
  async putManifest(tag: string, bytes: Buffer, contentType: string | undefined): Promise<Descriptor> {
    if (!isTag(tag)) throw new RegistryHttpError(400, 'MANIFEST_INVALID', 'manifests are pushed by tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})');
    const parsed = parseCacheManifest(bytes, contentType);
    if (!parsed.ok) throw new RegistryHttpError(400, 'MANIFEST_INVALID', parsed.error);
    for (const b of parsed.value.blobs) {
      const found = await this.blob(b.digest);
      if (found === undefined || found.size !== b.size)
        throw new RegistryHttpError(400, 'MANIFEST_BLOB_UNKNOWN', `blob ${b.digest} (${b.size} bytes) is not in the cache`);
    }
    const desc: Descriptor = { mediaType: parsed.value.mediaType, digest: digestBytes(bytes), size: bytes.length };
    await fs.writeFile(this.stagedFile(desc.digest), bytes);
    this.staged.set(desc.digest, parsed.value.blobs);
    this.pushed.set(tag, desc);
    return desc;
  }

  /** Every tag the cache can answer for, sorted. */
  tags(): string[] {
    return [...new Set([...this.pushed.keys(), ...this.src.entries.keys()])].sort();
  }

  /**
   * Make sure the blob is in the staging folder: this run's upload, else a
   * hard link to the source's verified file, else a copy verified while it
   * streams. False when the blob cannot be had.
   */
  private async stage(digest: Digest, size: number): Promise<boolean> {
    const target = this.stagedFile(digest);
    if (await isStagedFile(target, size)) return true;
    const v: VerifiedBlob | undefined = await this.src.blob(digest);
    if (v === undefined || v.size !== size) return false;
    try {
      await fs.link(v.file, target);
      if (await isStagedFile(target, size)) return true;
      await fs.rm(target, { force: true });
    } catch {
      // Another file system (EXDEV) or no hard links here: copy below.
    }
    try {
      await pipeToFile(target, { flags: 'wx', mode: 0o644 }, await this.src.open(v));
      return true;
    } catch (e) {
      await fs.rm(target, { force: true });
      this.log.warning(`local cache: could not copy blob ${digest} from ${this.src.dir}: ${(e as Error).message}`);
      return false;
    }
  }

  /**
   * Write the next cache folder to `dest` (when there is one) and remove the
   * staging folder. Returns what the cache folder holds. An entry whose blobs
   * cannot all be had is left out with a warning.
   */
  async commit(): Promise<CacheCounts> {
    const counts: CacheCounts = { entries: 0, blobs: 0, bytes: 0 };
    if (this.dest === undefined) {
      await this.discard();
      return counts;
    }
    try {
      const kept = new Map<string, Descriptor>();
      const needed = new Map<Digest, number>();
      const hitDescs = new Map([...this.hits].map(([tag, e]) => [tag, e.desc]));
      for (const [tag, desc] of nextEntries(this.pushed, hitDescs)) {
        const named = this.pushed.has(tag) ? (this.staged.get(desc.digest) ?? []) : (this.hits.get(tag)?.blobs.slice(1) ?? []);
        const blobs = [{ digest: desc.digest, size: desc.size }, ...named];
        let complete = true;
        for (const b of blobs) complete = complete && (await this.stage(b.digest, b.size));
        if (!complete) {
          this.log.warning(`local cache: entry ${tag} left out of ${this.dest}: not all of its blobs could be saved`);
          continue;
        }
        kept.set(tag, desc);
        for (const b of blobs) needed.set(b.digest, b.size);
      }
      // Prune: uploads no kept manifest names (an abandoned push) do not travel on.
      await fs.rm(path.join(this.staging, 'uploads'), { recursive: true, force: true });
      const dir = path.join(this.staging, 'blobs', 'sha256');
      for (const name of await fs.readdir(dir)) {
        if (!needed.has(`sha256:${name}` as Digest)) await fs.rm(path.join(dir, name), { force: true });
      }
      await fs.writeFile(path.join(this.staging, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
      await fs.writeFile(path.join(this.staging, 'index.json'), renderCacheIndex(kept));
      // Checked again: the folder may have been filled with something else while the build ran.
      await checkDest(this.dest);
      await replaceFolder(this.staging, this.dest);
      counts.entries = kept.size;
      counts.blobs = needed.size;
      counts.bytes = [...needed.values()].reduce((a, b) => a + b, 0);
      return counts;
    } catch (e) {
      await this.discard();
      throw e instanceof PipelineError
        ? e
        : new PipelineError('INTERNAL', `could not write the build cache to ${this.dest}: ${(e as Error).message}`, {
            input: 'cache-to',
            hint: 'Check that the folder is writable and the disk has room; the build itself is not affected.',
            cause: e,
          });
    }
  }

  /** Drop everything this run wrote. */
  async discard(): Promise<void> {
    await fs.rm(this.staging, { recursive: true, force: true });
  }
}
