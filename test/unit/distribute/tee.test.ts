import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { giveBackOf, lendChunks } from '../../../shared/src/chunk-pool.js';
import { tee } from '../../../shared/src/distribute/tee.js';

function source(chunks: number, size: number): { stream: Readable; produced: () => number } {
  let n = 0;
  const stream = new Readable({
    read() {
      if (n >= chunks) return void this.push(null);
      this.push(Buffer.alloc(size, n++ % 251));
    },
  });
  return { stream, produced: () => n };
}

async function drain(r: Readable): Promise<string> {
  const h = createHash('sha256');
  for await (const c of r as AsyncIterable<Buffer>) h.update(c);
  return h.digest('hex');
}

test('every branch gets every byte', async () => {
  const { stream } = source(50, 64 * 1024);
  const [a, b, c] = tee(stream, 3);
  const digests = await Promise.all([drain(a as Readable), drain(b as Readable), drain(c as Readable)]);
  expect(new Set(digests).size).toBe(1);
});

test('a branch nobody reads holds the source back (memory stays bounded)', async () => {
  const { stream, produced } = source(1000, 64 * 1024);
  const [fast, slow] = tee(stream, 2, 256 * 1024);
  const reading = drain(fast as Readable);
  await new Promise((r) => setTimeout(r, 100));
  // 64 MB available, but only a few chunks past the slow branch's high-water mark were read.
  expect(produced()).toBeLessThan(20);
  slow?.destroy();
  await reading;
  expect(produced()).toBe(1000);
});

test('a source error reaches every live branch', async () => {
  const stream = new Readable({ read() {} });
  const [a, b] = tee(stream, 2);
  const results = Promise.allSettled([drain(a as Readable), drain(b as Readable)]);
  stream.push(Buffer.from('x'));
  stream.destroy(new Error('digest mismatch'));
  const settled = await results;
  expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
});

describe('a source that lends its chunks (a layout read into reused buffers)', () => {
  /** A lending source of `chunks` distinct chunks; records what came back upstream. */
  function lendingSource(chunks: number): { stream: Readable; back: Buffer[]; sent: Buffer[] } {
    const back: Buffer[] = [];
    const sent: Buffer[] = [];
    let n = 0;
    const stream = lendChunks(
      new Readable({
        read() {
          if (n >= chunks) return void this.push(null);
          const c = Buffer.alloc(1024, n++);
          sent.push(c);
          this.push(c);
        },
      }),
      (c) => back.push(c),
    );
    return { stream, back, sent };
  }

  /**
   * Read a branch in flowing mode, as http.ts does (an async iterator would
   * join buffered chunks into new buffers), calling `each` on every chunk.
   */
  function flow(r: Readable, each: (c: Buffer) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      let bytes = 0;
      r.on('data', (c: Buffer) => {
        bytes += c.length;
        try {
          each(c);
        } catch (e) {
          r.destroy(e as Error);
        }
      });
      r.on('end', () => resolve(bytes));
      r.on('error', reject);
    });
  }
  /** Every chunk given back at once (as http.ts does once the socket took it). */
  const consume = (r: Readable): Promise<number> => flow(r, (c) => giveBackOf(r)?.(c));

  test('the branches lend too; a chunk goes back upstream once, after the last branch gave it back', async () => {
    const { stream, back, sent } = lendingSource(20);
    const [a, b, c] = tee(stream, 3) as unknown as [Readable, Readable, Readable];
    expect(typeof giveBackOf(a)).toBe('function');
    // Two branches give back at once; the third holds everything until the end.
    const held: Buffer[] = [];
    const third = flow(c, (x) => held.push(x));
    await Promise.all([consume(a), consume(b), third]);
    expect(back).toHaveLength(0);
    const g = giveBackOf(c) as (x: Buffer) => void;
    for (const x of held) g(x);
    // Given back twice by one branch: still once upstream.
    for (const x of held) g(x);
    expect(back).toHaveLength(20);
    expect(back.every((x, i) => x === sent[i])).toBe(true);
  });

  test('a branch destroyed midway keeps its chunks from going back (never early); the others complete', async () => {
    const { stream, back } = lendingSource(50);
    const [a, b, c] = tee(stream, 3, 4096) as unknown as [Readable, Readable, Readable];
    let seen = 0;
    const failing = flow(c, (x) => {
      if (++seen === 5) throw new Error('upload failed');
      giveBackOf(c)?.(x);
    }).catch(() => 'failed');
    const [na, nb, f] = await Promise.all([consume(a), consume(b), failing]);
    expect([na, nb, f]).toEqual([50 * 1024, 50 * 1024, 'failed']);
    // Chunks the failed branch gave back before failing, or that were written after it was gone, come back;
    // those it held when it failed do not.
    expect(back.length).toBeGreaterThanOrEqual(4);
    expect(back.length).toBeLessThan(50);
    expect(new Set(back).size).toBe(back.length);
  });

  test('a source that lends nothing makes branches that lend nothing', () => {
    const [a] = tee(new Readable({ read() {} }), 2);
    expect(giveBackOf(a as Readable)).toBeUndefined();
  });
});
