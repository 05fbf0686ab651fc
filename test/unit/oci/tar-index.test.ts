import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { indexTar } from '../../../shared/src/oci/tar-index.js';
import { tarBytes } from '../../support/images.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tar-index-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('indexTar', () => {
  it('finds members by normalised name with their data offsets, long names included', async () => {
    const long = `${'d'.repeat(120)}/${'e'.repeat(120)}/${'f'.repeat(80)}.txt`; // > 255 bytes: needs PAX
    const prefixed = `${'p'.repeat(120)}/name.txt`; // > 100 bytes: ustar prefix
    const bytes = await tarBytes([
      { name: './index.json', content: '{}' },
      { name: long, content: 'long' },
      { name: prefixed, content: 'prefixed' },
      { name: 'empty', content: '' },
      { name: 'hard', type: 'link', linkname: 'index.json' },
    ]);
    const file = path.join(dir, 'a.tar');
    await fs.writeFile(file, bytes);
    const members = await indexTar(file, 'a.tar');
    const read = (name: string) => {
      const m = members.get(name);
      if (m === undefined) throw new Error(`no ${name}`);
      return bytes.subarray(m.offset, m.offset + m.size).toString();
    };
    expect(read('index.json')).toBe('{}');
    expect(read(long)).toBe('long');
    expect(read(prefixed)).toBe('prefixed');
    expect(read('empty')).toBe('');
    expect(members.get('hard')).toMatchObject({ type: '1', linkname: 'index.json' });
  });

  it('says a truncated archive is truncated', async () => {
    const bytes = await tarBytes([{ name: 'big', content: Buffer.alloc(4096, 1) }]);
    const file = path.join(dir, 'short.tar');
    await fs.writeFile(file, bytes.subarray(0, 1024));
    await expect(indexTar(file, 'short.tar')).rejects.toThrow('short.tar is truncated');
  });
});
