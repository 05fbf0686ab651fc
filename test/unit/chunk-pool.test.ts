import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { ChunkPool, giveBackOf, lendChunks, lendsAs, readPooled } from '../../shared/src/chunk-pool.js';

let dir: string;
let file: string;
let data: Buffer;
const CHUNK = 64 * 1024;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'chunk-pool-'));
  file = path.join(dir, 'blob');
  // Not a multiple of the chunk size: the last read is short.
  data = randomBytes(10 * CHUNK + 1234);
  await fs.writeFile(file, data);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('readPooled', () => {
  test('reads the file exactly, one chunk per read of the pool size, and lends its chunks', async () => {
    const pool = new ChunkPool(CHUNK);
    const stream = readPooled(file, pool);
    expect(typeof giveBackOf(stream)).toBe('function');
    const sizes: number[] = [];
    const h = createHash('sha256');
    for await (const c of stream as AsyncIterable<Buffer>) {
      sizes.push(c.length);
      h.update(c);
    }
    expect(h.digest('hex')).toBe(sha(data));
    expect(sizes).toEqual([...Array.from({ length: 10 }, () => CHUNK), 1234]);
  });

  test('a range of the file: start and length', async () => {
    const got: Buffer[] = [];
    for await (const c of readPooled(file, new ChunkPool(CHUNK), { start: 1000, length: 2 * CHUNK + 7 }) as AsyncIterable<Buffer>) got.push(Buffer.from(c));
    expect(Buffer.concat(got).equals(data.subarray(1000, 1000 + 2 * CHUNK + 7))).toBe(true);
  });

  test('chunks given back are read into again, and the bytes each consumer saw were whole before it gave them back', async () => {
    const pool = new ChunkPool(CHUNK);
    const stream = readPooled(file, pool);
    const giveBack = giveBackOf(stream) as (c: Buffer) => void;
    const seen = new Set<ArrayBufferLike>();
    const h = createHash('sha256');
    // Flowing mode, as http.ts reads a body (an async iterator may join chunks into new buffers).
    await new Promise((resolve, reject) => {
      stream.on('data', (c: Buffer) => {
        h.update(c);
        seen.add(c.buffer);
        giveBack(c);
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    expect(h.digest('hex')).toBe(sha(data));
    // 11 reads; the stream reads ahead one chunk, so a handful of buffers served them all.
    expect(seen.size).toBeLessThanOrEqual(3);
  });

  test('chunks never given back are never reused: a consumer that keeps them all keeps the right bytes', async () => {
    const pool = new ChunkPool(CHUNK);
    const kept: Buffer[] = [];
    for await (const c of readPooled(file, pool) as AsyncIterable<Buffer>) kept.push(c);
    expect(new Set(kept.map((c) => c.buffer)).size).toBe(kept.length);
    expect(Buffer.concat(kept).equals(data)).toBe(true);
  });

  test('a missing file is an error of the stream', async () => {
    const stream = readPooled(path.join(dir, 'nope'), new ChunkPool(CHUNK));
    await expect(
      (async () => {
        for await (const _ of stream as AsyncIterable<Buffer>) void _;
      })(),
    ).rejects.toThrow(/ENOENT/);
  });
});

describe('ChunkPool', () => {
  test('a chunk is taken back once: a second give-back, a slice of it, or a foreign buffer is ignored', () => {
    const pool = new ChunkPool(16);
    const buf = pool.take();
    const view = pool.lend(buf, 10);
    pool.giveBack(view.subarray(0, 5));
    pool.giveBack(Buffer.alloc(16));
    expect(pool.idleCount).toBe(0);
    pool.giveBack(view);
    pool.giveBack(view);
    expect(pool.idleCount).toBe(1);
    // So the buffer is lent to one reader only, even after a stale give-back.
    const again = pool.take();
    expect(again).toBe(buf);
    const other = pool.take();
    expect(other).not.toBe(buf);
    const view2 = pool.lend(again, 16);
    pool.giveBack(view);
    expect(pool.idleCount).toBe(0);
    pool.giveBack(view2);
    expect(pool.idleCount).toBe(1);
  });

  test('keeps at most maxIdle buffers, and drops them all once unused for idleMs', async () => {
    const pool = new ChunkPool(16, 2, 50);
    const views = [pool.take(), pool.take(), pool.take()].map((b) => pool.lend(b, 16));
    for (const v of views) pool.giveBack(v);
    expect(pool.idleCount).toBe(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(pool.idleCount).toBe(0);
  });
});

describe('lending marks', () => {
  test('a stream lends nothing unless marked; lendsAs passes a mark on to a stage that forwards chunks unchanged', () => {
    const plain = Readable.from([]);
    expect(giveBackOf(plain)).toBeUndefined();
    const given: Buffer[] = [];
    const lending = lendChunks(Readable.from([]), (c) => given.push(c));
    const stage = lendsAs(Readable.from([]), lending);
    giveBackOf(stage)?.(Buffer.from('x'));
    expect(given.map(String)).toEqual(['x']);
    expect(giveBackOf(lendsAs(Readable.from([]), plain))).toBeUndefined();
  });
});
