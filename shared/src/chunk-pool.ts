/**
 * Reading a large file into buffers that are used again once every
 * consumer is done with them, instead of a fresh buffer per read.
 *
 * Why: a fresh 1 MiB buffer per read is fresh memory each time (the
 * allocator hands freed blocks back to the kernel), and on the machines
 * we measured (virtualised, like CI runners) memory touched for the first
 * time is costly: the read faults every page in, and the first pass over
 * it (hashing it) runs several times slower than over memory already in
 * use. Pushing 300 MB to three registries, reading and hashing into reused
 * buffers cost 0.3 CPU-s instead of 0.95 (bench/push-floor.ts).
 *
 * The protocol, which keeps reuse safe:
 * - readPooled() reads a file into buffers taken from a ChunkPool and
 *   emits each read as a chunk (a view of one of them); the stream it
 *   returns is marked as lending its chunks (lendChunks).
 * - A consumer that knows when it is done with a chunk (http.ts, once the
 *   socket has taken the bytes) gives it back through giveBackOf(stream).
 *   A consumer that does not know simply never gives it back, and the
 *   buffer is left to the garbage collector: not giving back is always
 *   safe, giving back early is not.
 * - A chunk is taken back only as the very view the pool lent, and only
 *   once: a second or stale give-back, or a slice of it, is ignored, so a
 *   buffer in use is never lent twice.
 * - A stage between the reader and the consumer that passes chunks on
 *   unchanged (VerifyingStream, a PassThrough) needs nothing; a stage that
 *   hands one chunk to several consumers (tee.ts) counts them and gives
 *   the chunk back after the last.
 */
import * as fs from 'node:fs';
import { Readable } from 'node:stream';

export class ChunkPool {
  private readonly idle: Buffer[] = [];
  /**
   * Each chunk lent (the view emitted, a new object per read) -> the whole
   * buffer it belongs to. Weak: a chunk its consumer never gives back goes
   * to the collector with its buffer, and the pool keeps nothing of it.
   */
  private readonly lent = new WeakMap<Uint8Array, Buffer>();
  private taken = false;
  private trimTimer: NodeJS.Timeout | undefined;

  /**
   * @param chunkSize bytes per buffer (and per read)
   * @param maxIdle buffers kept for reuse at most; more are left to the collector
   * @param idleMs idle buffers are dropped once none was taken for this long, so a pool holds no memory between pushes
   */
  constructor(
    readonly chunkSize = 1024 * 1024,
    private readonly maxIdle = 64,
    private readonly idleMs = 2000,
  ) {}

  /** A whole buffer to read into: an idle one, else a new one. */
  take(): Buffer {
    this.taken = true;
    return this.idle.pop() ?? Buffer.allocUnsafeSlow(this.chunkSize);
  }

  /** The first `n` bytes of `buf` (taken from this pool) as a chunk to emit: a new view each time, recorded as lent. */
  lend(buf: Buffer, n: number): Buffer {
    const view = buf.subarray(0, n);
    this.lent.set(view, buf);
    return view;
  }

  /** A buffer taken but not lent (nothing was read into it). */
  putBack(buf: Buffer): void {
    this.keep(buf);
  }

  /** Take back a chunk this pool lent; anything else (already back, a slice of it, another buffer) is ignored. */
  giveBack(view: Uint8Array): void {
    const buf = this.lent.get(view);
    if (buf === undefined) return;
    this.lent.delete(view);
    this.keep(buf);
  }

  /** Buffers idle now (tests). */
  get idleCount(): number {
    return this.idle.length;
  }

  private keep(buf: Buffer): void {
    if (this.idle.length < this.maxIdle) this.idle.push(buf);
    if (this.trimTimer === undefined) this.armTrim();
  }

  private armTrim(): void {
    this.taken = false;
    this.trimTimer = setTimeout(() => {
      this.trimTimer = undefined;
      if (this.taken) this.armTrim();
      else this.idle.length = 0;
    }, this.idleMs);
    this.trimTimer.unref();
  }
}

const kGiveBack = Symbol('giveBack');
type Lending = Readable & { [kGiveBack]?: (chunk: Buffer) => void };

/** Mark `stream` as lending its chunks: its one consumer may hand each back, once done with it, to `giveBack`. */
export function lendChunks<T extends Readable>(stream: T, giveBack: (chunk: Buffer) => void): T {
  (stream as Lending)[kGiveBack] = giveBack;
  return stream;
}

/** Where a consumer of `stream` hands back a chunk it is done with; undefined when the stream lends nothing. */
export function giveBackOf(stream: Readable): ((chunk: Buffer) => void) | undefined {
  return (stream as Lending)[kGiveBack];
}

/**
 * A file (from `start`, `length` bytes, default to its end) as a stream of
 * chunks read into `pool`'s buffers, one read per chunk. The stream lends
 * its chunks (lendChunks). It reads ahead one chunk (highWaterMark), like
 * createReadStream with a highWaterMark of the chunk size.
 */
export function readPooled(file: string, pool: ChunkPool, opts: { start?: number; length?: number } = {}): Readable {
  let fd: number | undefined;
  let pos = opts.start ?? 0;
  let left = opts.length ?? Infinity;
  // A read in flight when the stream is destroyed: the descriptor is closed after it, never under it (its number could be reused meanwhile).
  let reading = false;
  let closeAfterRead: (() => void) | undefined;
  const stream = new Readable({
    highWaterMark: pool.chunkSize,
    construct(cb) {
      fs.open(file, 'r', (e, f) => {
        if (e === null) fd = f;
        cb(e);
      });
    },
    read() {
      const buf = pool.take();
      const want = Math.min(buf.length, left);
      if (want <= 0) {
        pool.putBack(buf);
        this.push(null);
        return;
      }
      reading = true;
      fs.read(fd as number, buf, 0, want, pos, (e, n) => {
        reading = false;
        if (closeAfterRead !== undefined) {
          pool.putBack(buf);
          closeAfterRead();
          return;
        }
        if (e !== null) {
          pool.putBack(buf);
          this.destroy(e);
          return;
        }
        if (n === 0) {
          pool.putBack(buf);
          this.push(null);
          return;
        }
        pos += n;
        left -= n;
        this.push(pool.lend(buf, n));
      });
    },
    destroy(err, cb) {
      if (fd === undefined) return cb(err);
      const f = fd;
      const close = (): void => fs.close(f, () => cb(err));
      if (reading) closeAfterRead = close;
      else close();
    },
  });
  return lendChunks(stream, (c) => pool.giveBack(c));
}

/** The pool blob reads share (layout.ts): 1 MiB reads, at most 64 MiB kept idle, none after 2 s unused. */
export const blobChunks = new ChunkPool();

/** `to` passes on `from`'s chunks unchanged (a verifying stage): it lends them as `from` does. */
export function lendsAs<T extends Readable>(to: T, from: Readable): T {
  const giveBack = giveBackOf(from);
  return giveBack === undefined ? to : lendChunks(to, giveBack);
}
