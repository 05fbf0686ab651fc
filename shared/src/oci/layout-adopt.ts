/**
 * Blobs into a LayoutWriter from files already on this machine (a builder's `dir:` output, buildx's OCI
 * folder): hard-linked into the layout where both sit on one file system, then hashed once as they lie in
 * the layout; else copied from a descriptor opened without following links and hashed on the way (one
 * read, one write); either way checked against their descriptor before they take their name. Streaming the blob through the writer
 * instead read it, hashed it twice (the source's VerifyingStream, the writer's own counter) and wrote it
 * again: 2-9 s for ~100 MB of layers on a loaded machine (issue 17). The guarantee is the writer's: a file
 * whose bytes do not match its digest never gets a name in the layout, and nothing is left of it.
 */
import { constants as fsConstants, createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PipelineError } from '../errors.js';
import { VerifyingStream, type Digest } from './digest.js';
import { blobPath, OciLayout, type LayoutWriter } from './layout.js';
import type { ImageSource } from './source.js';
import type { Descriptor } from './types.js';
import { pipeToFile } from '../pipe-to-file.js';

/** A source that keeps its blobs as files here (dir-source.ts): the path of a regular file holding the blob, unverified, or undefined. */
export interface BlobFiles {
  blobFile(desc: Descriptor): Promise<string | undefined>;
}

/** `file` when it is a regular file itself (not a link to one, which a hard link would carry into the layout), else undefined. */
export async function regularFile(file: string): Promise<string | undefined> {
  const s = await fs.lstat(file).catch(() => undefined);
  return s?.isFile() === true ? file : undefined;
}

/** The local file of a source's blob, if the source has one. */
export async function blobFileOf(source: ImageSource, desc: Descriptor): Promise<string | undefined> {
  if (typeof (source as Partial<BlobFiles>).blobFile === 'function') return (source as ImageSource & BlobFiles).blobFile(desc);
  if (source instanceof OciLayout) return regularFile(source.blobPath(desc.digest));
  return undefined;
}

/** link(2) errors that mean "copy instead": another file system, none of its own hard links, too many links, not the file's owner (protected_hardlinks). */
const LINK_REFUSED = new Set(['EXDEV', 'EPERM', 'EACCES', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Reads a file through VerifyingStream (one hash) to its end: the same errors, with `what`, as every other blob read. */
async function verifyFile(file: string, expected: { digest: Digest; size: number }, what: string): Promise<void> {
  const stat = await fs.lstat(file);
  if (!stat.isFile()) throw new PipelineError('LAYOUT', `${what} is not a regular file`, { hint: 'The builder output is corrupt; build again.' });
  if (stat.size !== expected.size) {
    throw new PipelineError('SIZE_MISMATCH', `${what} has ${stat.size} bytes, its descriptor says ${expected.size}`, {
      hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
    });
  }
  const sink = new Writable({ write: (_chunk, _enc, cb) => cb() });
  await pipeline(createReadStream(file, { highWaterMark: 1024 * 1024 }), new VerifyingStream(expected, what), sink);
}

/** open(2) for the copy fallback: never through a symbolic link (O_NOFOLLOW), never waiting for a writer on a FIFO (O_NONBLOCK). */
const OPEN_SOURCE = fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK;

/**
 * The copy fallback: `file` opened without following a link, checked on the opened descriptor (a regular
 * file of the descriptor's size: what was checked is what is read), then streamed from that descriptor
 * through one hash into `partial`, which is ours. A path check then copyFile(path) would read whatever the
 * name points to by then: a link planted in a source layout, to a file outside it or to a FIFO that never ends.
 */
async function copyVerified(file: string, partial: string, expected: { digest: Digest; size: number }, what: string): Promise<void> {
  const handle = await fs.open(file, OPEN_SOURCE).catch((e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new PipelineError('LAYOUT', `${what} is a symbolic link, not a regular file`, { hint: 'The builder output is corrupt; build again.' });
    if (code === 'ENOENT') throw new PipelineError('NOT_FOUND', `${what} is missing`, { hint: 'The builder output is incomplete; build again.' });
    throw e;
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new PipelineError('LAYOUT', `${what} is not a regular file`, { hint: 'The builder output is corrupt; build again.' });
    if (stat.size !== expected.size) {
      throw new PipelineError('SIZE_MISMATCH', `${what} has ${stat.size} bytes, its descriptor says ${expected.size}`, {
        hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
      });
    }
    // Bounded twice: `end` stops at the size checked, VerifyingStream fails on the first byte past it.
    const from = handle.createReadStream({ start: 0, ...(expected.size > 0 ? { end: expected.size - 1 } : {}), highWaterMark: 1024 * 1024, autoClose: false });
    await pipeToFile(partial, { flags: 'wx' }, from, new VerifyingStream(expected, what));
  } finally {
    await handle.close();
  }
}

export interface AdoptOptions {
  /** link(2); tests stand in another file system's refusal. */
  link?: (from: string, to: string) => Promise<void>;
}

/**
 * Put the blob held in `file` into the writer's layout under `expected.digest`: linked (or copied), then
 * verified in place; a mismatch removes it and throws DIGEST_MISMATCH / SIZE_MISMATCH naming `what`.
 * Says which way the bytes came.
 */
export async function adoptBlobFile(
  writer: LayoutWriter,
  file: string,
  expected: { digest: Digest; size: number },
  what: string,
  opts: AdoptOptions = {},
): Promise<'linked' | 'copied'> {
  const partial = path.join(writer.tmp, `.partial-${randomBytes(6).toString('hex')}`);
  let how: 'linked' | 'copied' = 'linked';
  try {
    await (opts.link ?? fs.link)(file, partial);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') throw new PipelineError('NOT_FOUND', `${what} is missing`, { hint: 'The builder output is incomplete; build again.' });
    if (!LINK_REFUSED.has(code)) throw e;
    how = 'copied';
  }
  try {
    if (how === 'linked') await verifyFile(partial, expected, what);
    else await copyVerified(file, partial, expected, what);
  } catch (e) {
    await fs.rm(partial, { force: true });
    throw e;
  }
  const target = blobPath(writer.tmp, expected.digest);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.rename(partial, target);
  return how;
}

/**
 * One blob of `source` into the writer, once: from its file where the source keeps one (adoptBlobFile), else
 * streamed through the writer, verified on the way.
 */
export async function copyBlobInto(writer: LayoutWriter, source: ImageSource, desc: Descriptor, opts: AdoptOptions = {}): Promise<void> {
  if (await writer.hasBlob(desc.digest)) return;
  const file = await blobFileOf(source, desc);
  if (file !== undefined) {
    await adoptBlobFile(writer, file, desc, `blob ${desc.digest} in ${source.name}`, opts);
    return;
  }
  await writer.copyBlob(source, desc);
}
