import { expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { capped, drainBounded, readBounded } from '../../../../shared/src/registry/transport/body.js';

const chunks = (...parts: string[]): Readable => Readable.from(parts.map((p) => Buffer.from(p)));
const overflow = (max: number): Error => new Error(`more than ${max}`);

test("fail: the whole body when it fits, the caller's error as soon as it does not", async () => {
  await expect(readBounded(chunks('ab', 'cd'), 4, 'fail', overflow)).resolves.toEqual({ bytes: Buffer.from('abcd'), truncated: false });
  await expect(readBounded(chunks('ab', 'cd', 'e'), 4, 'fail', overflow)).rejects.toThrow('more than 4');
});

test('truncate keeps the first max bytes and stops reading (the source is destroyed)', async () => {
  let pulled = 0;
  const endless = new Readable({
    read() {
      pulled++;
      this.push(Buffer.alloc(1000, 0x61));
    },
  });
  expect(await readBounded(endless, 2500, 'truncate')).toEqual({ bytes: Buffer.alloc(2500, 0x61), truncated: true });
  expect(endless.destroyed).toBe(true);
  expect(pulled).toBeLessThan(100);
  expect(await readBounded(chunks('x'), 2500, 'truncate')).toEqual({ bytes: Buffer.from('x'), truncated: false });
});

test('capped passes bytes through up to max and fails the pipeline past it', async () => {
  const seen: Buffer[] = [];
  const sink = async (src: AsyncIterable<Buffer>): Promise<void> => {
    for await (const c of src) seen.push(c);
  };
  await pipeline(chunks('abc', 'de'), capped(5, overflow), sink);
  expect(Buffer.concat(seen).toString()).toBe('abcde');
  await expect(pipeline(chunks('abc', 'def'), capped(5, overflow), sink)).rejects.toThrow('more than 5');
});

test('drainBounded reads a small body to its end and cuts an endless one past max', async () => {
  const small = chunks('a', 'b');
  await expect(drainBounded(small, 10)).resolves.toBe(false);
  expect(small.readableEnded).toBe(true);
  let pulled = 0;
  const endless = new Readable({
    read() {
      pulled++;
      this.push(Buffer.alloc(1000));
    },
  });
  await expect(drainBounded(endless, 2500)).resolves.toBe(true);
  expect(endless.destroyed).toBe(true);
  expect(pulled).toBeLessThan(100);
});
