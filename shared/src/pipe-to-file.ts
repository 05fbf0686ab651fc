/**
 * The one way we stream into a file: open it first, then pipe.
 *
 * fs.createWriteStream opens its file in the background. When the pipeline feeding it fails first (a download
 * cut off, a digest that does not match), the pipeline rejects before that open lands: with a fetch body cut
 * midway, 6 runs in 300 here. A cleanup that runs on the rejection (`rm` of the partial file) then misses the
 * file the open creates a moment later, and a `.part` is left behind; with flags 'w', a late open truncates
 * the file a retry is already writing. Opening first makes "the file exists" true before any byte can fail,
 * so the caller's cleanup always sees what it must remove.
 */
import * as fs from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A readable of Node's or of streamx (tar-stream's pack): what pipeline takes, with destroy and error listeners. */
export type SourceStream = (NodeJS.ReadableStream | AsyncIterable<unknown>) & {
  destroy(error?: Error): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  removeListener(event: 'error', listener: (e: Error) => void): unknown;
};

export interface PipeToFileOptions {
  /** 'wx' for a file that must be new (a partial file of our own), 'w' to start over, 'a' to append. */
  flags: 'w' | 'wx' | 'a';
  /** Permission bits of a file the open creates (before the umask). */
  mode?: number;
}

/**
 * Stream `source` through `transforms` into `file`, opened (and so created) before the first byte moves.
 * The streams must not be flowing yet (no 'data' listener): bytes that flow while the file opens are lost.
 * On any failure, the open's included, every stream given is destroyed and the error thrown; the file, when
 * the open made it, is the caller's to remove.
 */
export async function pipeToFile(file: string, opts: PipeToFileOptions, source: SourceStream, ...transforms: Duplex[]): Promise<void> {
  const streams = [source, ...transforms];
  // While the file opens nothing listens yet: a body cut in that moment would emit an 'error' the process throws.
  // pipeline then finds the stream destroyed and rejects with its error.
  const held = (): void => undefined;
  for (const s of streams) s.on('error', held);
  try {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, opts.flags, opts.mode ?? 0o666);
    } catch (e) {
      for (const s of streams) s.destroy();
      throw e;
    }
    // The write stream closes the handle when it ends or fails. pipeline takes streamx readables as it takes
    // Node's (it looks for pipe and on); its array overload's type does not say so.
    await pipeline([source as NodeJS.ReadableStream, ...transforms, handle.createWriteStream()]);
  } finally {
    for (const s of streams) s.removeListener('error', held);
  }
}
