import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import { adoptBlobFile, copyBlobInto } from '../../../shared/src/oci/layout-adopt.js';
import { blobPath, LayoutWriter, OciLayout } from '../../../shared/src/oci/layout.js';
import { MemorySource } from '../../../shared/src/oci/memory-source.js';

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'adopt-'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const bytes = Buffer.from('a layer, as a builder left it\n'.repeat(100));
const expected = { digest: digestBytes(bytes), size: bytes.length };

async function builderFile(content: Buffer = bytes): Promise<string> {
  const file = path.join(tmp, 'builder-blob');
  await fs.writeFile(file, content);
  return file;
}

/** Anything but the writer's own files (oci-layout, blobs/) in its folder: a partial left behind. */
const leftovers = async (w: LayoutWriter): Promise<string[]> => (await fs.readdir(w.tmp)).filter((n) => n !== 'oci-layout' && n !== 'blobs');

const exdev = async (): Promise<void> => {
  throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
};

describe('adoptBlobFile', () => {
  test('one file system: the builder file is linked (same inode, no copy), verified, and named by its digest', async () => {
    const file = await builderFile();
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    expect(await adoptBlobFile(w, file, expected, 'layer 1')).toBe('linked');
    const target = blobPath(w.tmp, expected.digest);
    expect((await fs.stat(target)).ino).toBe((await fs.stat(file)).ino);
    expect(await fs.readFile(target)).toEqual(bytes);
    expect(await leftovers(w)).toEqual([]);
    const out = await (w.addRoot({ mediaType: 'x', ...expected }), w.commit());
    const layout = await OciLayout.open(out);
    expect(await layout.hasBlob(expected.digest)).toBe(true);
  });

  test('another file system (link refused with EXDEV): copied, not linked, and verified', async () => {
    const file = await builderFile();
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    expect(await adoptBlobFile(w, file, expected, 'layer 1', { link: exdev })).toBe('copied');
    const target = blobPath(w.tmp, expected.digest);
    expect((await fs.stat(target)).ino).not.toBe((await fs.stat(file)).ino);
    expect(await fs.readFile(target)).toEqual(bytes);
    await w.abort();
  });

  test.each([
    ['linked', {}],
    ['copied', { link: exdev }],
  ])('bytes that do not match the digest fail (%s), and nothing is left in the layout', async (_how, opts) => {
    const bad = Buffer.from(bytes);
    bad[10] = (bad[10] ?? 0) ^ 0xff;
    const file = await builderFile(bad);
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, file, expected, 'layer 1 of the build', opts)).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining(`layer 1 of the build has digest ${digestBytes(bad)}, expected ${expected.digest}`),
    });
    expect(await w.hasBlob(expected.digest)).toBe(false);
    expect(await leftovers(w)).toEqual([]);
    // The builder's own file is untouched.
    expect(await fs.readFile(file)).toEqual(bad);
    await w.abort();
  });

  test('a file of another size fails with SIZE_MISMATCH before it is hashed', async () => {
    const file = await builderFile(bytes.subarray(0, 100));
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, file, expected, 'layer 1')).rejects.toMatchObject({
      code: 'SIZE_MISMATCH',
      message: expect.stringContaining(`layer 1 has 100 bytes, its descriptor says ${expected.size}`),
    });
    expect(await leftovers(w)).toEqual([]);
    await w.abort();
  });

  test('copy fallback: a symbolic link planted in the source (to a file outside it, even one with the right bytes) is refused, not read', async () => {
    const outside = await builderFile();
    const planted = path.join(tmp, 'planted');
    await fs.symlink(outside, planted);
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, planted, expected, 'layer 2', { link: exdev })).rejects.toMatchObject({
      code: 'LAYOUT',
      message: expect.stringContaining('layer 2 is a symbolic link, not a regular file'),
    });
    expect(await w.hasBlob(expected.digest)).toBe(false);
    expect(await leftovers(w)).toEqual([]);
    await w.abort();
  });

  test('copy fallback: a FIFO in the source is refused at once (not opened for a writer that never comes)', async () => {
    const fifo = path.join(tmp, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, fifo, expected, 'layer 4', { link: exdev })).rejects.toMatchObject({
      code: 'LAYOUT',
      message: expect.stringContaining('layer 4 is not a regular file'),
    });
    expect(await leftovers(w)).toEqual([]);
    await w.abort();
  }, 5000);

  test('copy fallback: a file of another size fails with SIZE_MISMATCH before a byte is copied', async () => {
    const file = await builderFile(Buffer.concat([bytes, Buffer.from('more')]));
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, file, expected, 'layer 5', { link: exdev })).rejects.toMatchObject({
      code: 'SIZE_MISMATCH',
      message: expect.stringContaining(`layer 5 has ${bytes.length + 4} bytes, its descriptor says ${expected.size}`),
    });
    expect(await leftovers(w)).toEqual([]);
    await w.abort();
  });

  test('copy fallback: a missing file is NOT_FOUND naming the blob too', async () => {
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, path.join(tmp, 'gone'), expected, 'layer 3', { link: exdev })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('layer 3 is missing'),
    });
    await w.abort();
  });

  test('a missing file is NOT_FOUND naming the blob', async () => {
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await expect(adoptBlobFile(w, path.join(tmp, 'gone'), expected, 'layer 3')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('layer 3 is missing'),
    });
    await w.abort();
  });
});

describe('copyBlobInto', () => {
  test('a layout source: its blob file is linked; a blob already written is left alone', async () => {
    const src = path.join(tmp, 'src');
    const sw = await LayoutWriter.create(src);
    const desc = await sw.writeBytes(bytes, 'application/octet-stream');
    sw.addRoot(desc);
    const layout = await OciLayout.open(await sw.commit());
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await copyBlobInto(w, layout, desc);
    expect((await fs.stat(blobPath(w.tmp, desc.digest))).ino).toBe((await fs.stat(layout.blobPath(desc.digest))).ino);
    await copyBlobInto(w, layout, desc);
    expect(await leftovers(w)).toEqual([]);
    await w.abort();
  });

  test('a symbolic link in the source is never linked into the layout: the bytes are streamed, verified, into a file of our own', async () => {
    const src = path.join(tmp, 'src');
    const sw = await LayoutWriter.create(src);
    const desc = await sw.writeBytes(bytes, 'application/octet-stream');
    sw.addRoot(desc);
    const layout = await OciLayout.open(await sw.commit());
    const elsewhere = path.join(tmp, 'elsewhere');
    await fs.rename(layout.blobPath(desc.digest), elsewhere);
    await fs.symlink(elsewhere, layout.blobPath(desc.digest));
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await copyBlobInto(w, layout, desc);
    const written = await fs.lstat(blobPath(w.tmp, desc.digest));
    expect(written.isFile()).toBe(true);
    expect(written.ino).not.toBe((await fs.stat(elsewhere)).ino);
    await w.abort();
  });

  test('a source without files (in memory) is streamed and verified as before', async () => {
    const desc = { mediaType: 'application/octet-stream', ...expected };
    const src = new MemorySource('memory', desc, [{ descriptor: desc, bytes }]);
    const w = await LayoutWriter.create(path.join(tmp, 'out'));
    await copyBlobInto(w, src, desc);
    expect(await fs.readFile(blobPath(w.tmp, desc.digest))).toEqual(bytes);
    await w.abort();
  });
});
