import { expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { capped, readBounded } from '../../../shared/src/registry/body.js';

const chunks = (...parts: string[]): Readable => Readable.from(parts.map((p) => Buffer.from(p)));
const overflow = (max: number): Error => new Error(`more than ${max}`);

test('fail: the whole body when it fits, the caller\'s error as soon as it does not', async () => {
  await expect(readBounded(chunks('ab', 'cd'), 4, 'fail', overflow)).resolves.toEqual({ bytes: Buffer.from('abcd'), truncated: false });
  await expect(readBounded(chunks('ab', 'cd', 'e'), 4, 'fail', overflow)).rejects.toThrow('more than 4');
});

test('truncate keeps the first max bytes; discard keeps none; both stop reading (the source is destroyed)', async () => {
  let pulled = 0;
  const endless = (): Readable =>
    new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(1000, 0x61));
      },
    });
  const s1 = endless();
  expect(await readBounded(s1, 2500, 'truncate')).toEqual({ bytes: Buffer.alloc(2500, 0x61), truncated: true });
  expect(s1.destroyed).toBe(true);
  pulled = 0;
  const s2 = endless();
  expect(await readBounded(s2, 2500, 'discard')).toEqual({ bytes: Buffer.alloc(0), truncated: true });
  expect(s2.destroyed).toBe(true);
  expect(pulled).toBeLessThan(100);
  expect(await readBounded(chunks('x'), 2500, 'discard')).toEqual({ bytes: Buffer.alloc(0), truncated: false });
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
