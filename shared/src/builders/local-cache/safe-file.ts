/**
 * Opening files inside a cache folder we did not write (actions/cache restores
 * whatever an earlier, possibly hostile, run saved): no symbolic link is
 * followed (O_NOFOLLOW on the last component; the folders above it are
 * checked with lstat when the folder is opened), nothing but a regular file is
 * read (O_NONBLOCK, so a FIFO cannot hang us), every read is bounded, and
 * content is hashed before anyone trusts its name.
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { DigestCounter, type Digest } from '../../oci/digest.js';

/** Why a file could not be used, as a short phrase for a warning; undefined when it is simply absent. */
export class UnsafeFileError extends Error {}

/** Open a regular file without following a link; undefined when nothing is there. */
export async function openRegular(file: string): Promise<fs.FileHandle | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'ELOOP') throw new UnsafeFileError('is a symbolic link');
    throw new UnsafeFileError(`cannot be opened (${code ?? 'error'})`);
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    throw new UnsafeFileError('is not a regular file');
  }
  return handle;
}

/** A small file's bytes, at most `max`; undefined when absent. */
export async function readSmall(file: string, max: number): Promise<Buffer | undefined> {
  const handle = await openRegular(file);
  if (handle === undefined) return undefined;
  try {
    const size = (await handle.stat()).size;
    if (size > max) throw new UnsafeFileError(`has ${size} bytes, over the ${max}-byte bound`);
    // One byte past the bound tells a file that grew while we read it.
    const buf = Buffer.alloc(Math.min(max + 1, size + 1));
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > max) throw new UnsafeFileError(`grew past the ${max}-byte bound while being read`);
    return buf.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Hash an open file, reading at most `limit` + 1 bytes (more than that is already a mismatch). */
export async function hashHandle(handle: fs.FileHandle, limit: number): Promise<{ digest: Digest; size: number }> {
  const counter = new DigestCounter('sha256');
  const buf = Buffer.allocUnsafe(1024 * 1024);
  for (;;) {
    const want = Math.min(buf.length, limit + 1 - counter.size);
    if (want <= 0) break;
    const { bytesRead } = await handle.read(buf, 0, want, counter.size);
    if (bytesRead === 0) break;
    counter.update(buf.subarray(0, bytesRead));
  }
  return { digest: counter.digest(), size: counter.size };
}

/** A folder that exists as a real folder (not a link to one); false when absent, throws when something else is there. */
export async function isRealDir(dir: string): Promise<boolean> {
  let st;
  try {
    st = await fs.lstat(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw e;
  }
  if (st.isSymbolicLink()) throw new UnsafeFileError('is a symbolic link');
  if (!st.isDirectory()) throw new UnsafeFileError('is not a folder');
  return true;
}
