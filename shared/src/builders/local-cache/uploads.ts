/**
 * Blob uploads in progress (distribution spec: POST opens a session, PATCH
 * appends, PUT ?digest= closes it). Bytes stream to a temporary file while
 * they are hashed, so no blob is ever held in memory, and the file only
 * becomes a blob once its hash matches the digest the client named.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { DigestCounter, type Digest } from '../../oci/digest.js';
import { RegistryHttpError } from './http-error.js';
import { pipeToFile } from '../../pipe-to-file.js';

export interface UploadLimits {
  /** Most bytes in one blob. */
  maxBlobBytes: number;
  /** Most uploads open at once (buildah opens a handful; more is a runaway client). */
  maxSessions: number;
}

interface Session {
  file: string;
  counter: DigestCounter;
  busy: boolean;
  /** A request failed part-way: the file and the hash may disagree, so only a cancel is accepted. */
  broken: boolean;
}

const unknown = (): RegistryHttpError => new RegistryHttpError(404, 'BLOB_UPLOAD_UNKNOWN', 'no such upload');

export class Uploads {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly dir: string,
    private readonly limits: UploadLimits,
  ) {}

  async start(): Promise<string> {
    if (this.sessions.size >= this.limits.maxSessions) {
      throw new RegistryHttpError(429, 'TOOMANYREQUESTS', `more than ${this.limits.maxSessions} uploads open at once`);
    }
    const id = randomBytes(16).toString('hex');
    const file = path.join(this.dir, id);
    await fs.writeFile(file, '', { flag: 'wx', mode: 0o600 });
    this.sessions.set(id, { file, counter: new DigestCounter('sha256'), busy: false, broken: false });
    return id;
  }

  /** Bytes received so far, for the Range header. */
  size(id: string): number {
    const s = this.sessions.get(id);
    if (s === undefined) throw unknown();
    return s.counter.size;
  }

  /**
   * Append a request body. `contentRange` (`<start>-<end>`), when sent, must
   * start where the upload stands. Returns the new size.
   */
  async append(id: string, body: Readable, contentRange?: string): Promise<number> {
    const s = this.claim(id);
    try {
      if (contentRange !== undefined && contentRange !== '') {
        const m = /^(?:bytes[ =])?(\d+)-(\d+)$/.exec(contentRange.trim());
        if (m === null || Number(m[1]) !== s.counter.size) {
          throw new RegistryHttpError(416, 'BLOB_UPLOAD_INVALID', `Content-Range must start at ${s.counter.size}`);
        }
      }
      await this.write(s, body);
      return s.counter.size;
    } finally {
      s.busy = false;
    }
  }

  /**
   * Close the upload: append the last body (if any), check the hash. Returns
   * the finished file, which the caller moves into place; on a mismatch the
   * upload is deleted and DIGEST_INVALID thrown.
   */
  async finish(id: string, digest: Digest, body: Readable | undefined): Promise<{ file: string; size: number }> {
    const s = this.claim(id);
    try {
      if (body !== undefined) await this.write(s, body);
      const got = s.counter.digest();
      this.sessions.delete(id);
      if (got !== digest) {
        await fs.rm(s.file, { force: true });
        throw new RegistryHttpError(400, 'DIGEST_INVALID', `upload hashed to ${got}, not ${digest}`);
      }
      return { file: s.file, size: s.counter.size };
    } finally {
      s.busy = false;
    }
  }

  async cancel(id: string): Promise<void> {
    const s = this.sessions.get(id);
    if (s === undefined) throw unknown();
    this.sessions.delete(id);
    await fs.rm(s.file, { force: true });
  }

  private claim(id: string): Session {
    const s = this.sessions.get(id);
    if (s === undefined) throw unknown();
    if (s.broken) throw new RegistryHttpError(400, 'BLOB_UPLOAD_INVALID', 'an earlier request to this upload failed part-way; start again');
    if (s.busy) throw new RegistryHttpError(400, 'BLOB_UPLOAD_INVALID', 'another request to this upload is in progress');
    s.busy = true;
    return s;
  }

  private async write(s: Session, body: Readable): Promise<void> {
    const max = this.limits.maxBlobBytes;
    const meter = new Transform({
      transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
        if (s.counter.size + chunk.length > max) {
          cb(new RegistryHttpError(413, 'SIZE_INVALID', `blob is larger than the ${max}-byte bound`));
          return;
        }
        s.counter.update(chunk);
        cb(null, chunk);
      },
    });
    try {
      await pipeToFile(s.file, { flags: 'a' }, body, meter);
    } catch (e) {
      s.broken = true;
      throw e;
    }
  }
}
