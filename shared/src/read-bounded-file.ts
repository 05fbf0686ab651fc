/**
 * Reading a small text file a user (or a repository we do not control)
 * names: a policy, a Dockerfile, an env file. The path may lead to a FIFO
 * (opening it for reading waits for a writer forever), a device, or a file of
 * gigabytes; so the file is opened without blocking, must be a regular file
 * by fstat of the open handle (no race with a rename), and is read up to a cap.
 */
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { formatBytes } from './bytes.js';
import { PipelineError, type ErrorCode } from './errors.js';

export const MiB = 1024 * 1024;

export interface BoundedFileOptions {
  /** What the file is, for messages: `the policy file 'ci/policy.yml'`. */
  what: string;
  /** Most bytes accepted. */
  maxBytes: number;
  /** The action input that named the file, if any. */
  input?: string;
  /** The fix to suggest when the file is too large or not a regular file. */
  hint?: string;
  /** The error code when the file is not a small regular file (default INPUT; POLICY for a file a policy names). */
  code?: ErrorCode;
}

function kindOf(st: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The file's text (UTF-8). Throws PipelineError NOT_FOUND when nothing is
 * there, INPUT when it is not a regular file or is larger than `maxBytes`.
 */
export async function readBoundedFile(file: string, opts: BoundedFileOptions): Promise<string> {
  const code = opts.code ?? 'INPUT';
  const ctx = { ...(opts.input === undefined ? {} : { input: opts.input }), ...(opts.hint === undefined ? {} : { hint: opts.hint }) };
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code;
    if (errno === 'ENOENT' || errno === 'ENOTDIR') throw new PipelineError('NOT_FOUND', `${opts.what} does not exist`, { ...ctx, cause: e });
    throw new PipelineError(code, `expected ${opts.what} to be readable, got ${errno ?? String(e)}`, { ...ctx, cause: e });
  }
  try {
    const st = await handle.stat();
    const cap = `a regular file of at most ${formatBytes(opts.maxBytes)}`;
    if (!st.isFile()) throw new PipelineError(code, `expected ${opts.what} to be ${cap}, got ${kindOf(st)}`, ctx);
    if (st.size > opts.maxBytes) throw new PipelineError(code, `expected ${opts.what} to be ${cap}, got ${st.size} bytes (${formatBytes(st.size)})`, ctx);
    // The size may grow after fstat (a file being written): read at most one byte past the cap.
    const buf = Buffer.alloc(Math.min(opts.maxBytes + 1, st.size + 1));
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > opts.maxBytes) throw new PipelineError(code, `expected ${opts.what} to be ${cap}, got a file that grew past it while being read`, ctx);
    return buf.subarray(0, filled).toString('utf8');
  } finally {
    await handle.close();
  }
}
