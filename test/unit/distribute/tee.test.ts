import { expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
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
