/**
 * A layer blob as a stream of uncompressed tar bytes. The blob itself comes
 * from the ImageSource verified against its digest as it streams (the verdict
 * comes at its end); here we pick the decompressor from the media type and,
 * when the tar cannot be read, let the blob finish so a tampered layer is
 * reported as the digest mismatch it is, not as the parse error it causes. zstd needs Node's built-in zstd
 * (Node 22.15+ / 24); on older runtimes the error says so instead of failing
 * half way through a layer.
 */
import { PassThrough, Transform, type Readable, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import { PipelineError } from '../errors.js';
import { layerCompression } from '../oci/media-types.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import { VerifyingStream, type Digest } from '../oci/digest.js';
import { isPipelineError } from '../errors.js';
import { inflateGzip, inflateWorkerConfig, inflateWorkerUsable } from './inflate-worker.js';
import { readMembers, readMembersPushed, type MemberVisitor } from './tar-members.js';

type ZstdFactory = (opts?: { chunkSize?: number }) => Transform;

/** Node's zstd decompressor when this runtime has one. */
export function zstdDecompressor(): ZstdFactory | undefined {
  const f = (zlib as unknown as { createZstdDecompress?: ZstdFactory }).createZstdDecompress;
  return typeof f === 'function' ? f : undefined;
}

function decompressor(desc: Descriptor, what: string): Transform {
  const compression = layerCompression(desc.mediaType);
  switch (compression) {
    case 'gzip':
      return zlib.createGunzip({ chunkSize: 256 * 1024 });
    case 'none':
      return new PassThrough();
    case 'zstd': {
      const zstd = zstdDecompressor();
      if (zstd === undefined) {
        throw new PipelineError('UNSUPPORTED', `${what} is zstd-compressed and this Node.js ${process.version} has no zstd decompressor`, {
          hint: 'Run the step on Node.js 22.15 or later (24 for actions), or build the image with gzip layers (buildah/podman: --compression-format gzip).',
        });
      }
      return zstd({ chunkSize: 256 * 1024 });
    }
    default:
      throw new PipelineError('UNSUPPORTED', `${what} has media type ${desc.mediaType}, which is not a layer type we can read`, {
        hint: 'Supported: OCI and Docker tar layers, uncompressed, gzip or zstd.',
      });
  }
}

/**
 * The uncompressed tar stream of a layer. With `diffId` (the config's
 * rootfs.diff_ids entry) the uncompressed bytes are verified too, so the file
 * system a check sees is the one the config describes, not only the blob.
 */
/**
 * Passes each decompressed chunk on once the decompressor's callback has
 * returned, not inside it. Node's zlib pushes an inflated chunk and only then
 * queues the next inflate on the thread pool; piped straight on, everything
 * downstream of the push (the diff_id hash, the tar parse, the index) runs
 * inside it, so inflating and parsing take turns on one layer. Handed on in a
 * microtask, the next chunk inflates on the pool while this one is parsed.
 * At most `writableHighWaterMark` bytes wait here (backpressure as usual).
 */
class Handoff extends Transform {
  constructor() {
    super({ writableHighWaterMark: 1024 * 1024 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, cb: TransformCallback): void {
    queueMicrotask(() => cb(null, chunk));
  }
}

async function open(src: ImageSource, desc: Descriptor, what: string, diffId?: Digest): Promise<{ blob: Readable; unpack: Transform; tar: Readable }> {
  const unpack = decompressor(desc, what);
  const blob = await src.openBlob(desc);
  blob.on('error', (e) => unpack.destroy(e));
  let tar: Readable = blob.pipe(unpack);
  if (!(unpack instanceof PassThrough)) {
    const handoff = new Handoff();
    unpack.on('error', (e) => handoff.destroy(e));
    handoff.on('error', () => unpack.destroy());
    tar = unpack.pipe(handoff);
  }
  if (diffId === undefined) return { blob, unpack, tar };
  const verify = new VerifyingStream({ digest: diffId }, `the uncompressed ${what} (diff_id)`);
  tar.on('error', (e) => verify.destroy(e));
  verify.on('error', () => tar.destroy());
  return { blob, unpack, tar: tar.pipe(verify) };
}

const isMismatch = (e: unknown): boolean => isPipelineError(e) && (e.code === 'DIGEST_MISMATCH' || e.code === 'SIZE_MISMATCH');

/**
 * Read one layer's members (see readMembers). When reading fails for any
 * other reason than the blob's own verdict (a gzip or tar error), the rest of
 * the blob is drained through its verifier first: if the bytes are not the
 * ones the digest names, that is the error reported. The drain is bounded by
 * the descriptor's size, and happens only on the failure path.
 */
/** The blob's end or its verdict, whichever comes; listened to from the start so no error is missed. */
function blobVerdict(blob: Readable): Promise<unknown> {
  return new Promise<unknown>((resolve) => {
    blob.once('end', () => resolve(undefined));
    blob.once('error', resolve);
    blob.once('close', () => resolve(undefined));
  });
}

/**
 * What a failed read reports, on either path: the abort's reason; a digest mismatch as it is; else, when the
 * blob turns out not to be the one its digest names (read to its end through its check, bounded by its size),
 * that mismatch instead of the gzip or tar error it caused; else the error itself.
 */
async function readFailure(e: unknown, blob: Readable, verdict: Promise<unknown>, signal: AbortSignal | undefined): Promise<never> {
  if (signal?.aborted === true) throw signal.reason;
  if (isMismatch(e)) {
    blob.destroy();
    throw e;
  }
  if (!blob.destroyed && !blob.readableEnded) blob.resume();
  const v = await verdict;
  if (isMismatch(v)) throw v;
  throw e;
}

export async function readLayer(
  src: ImageSource,
  desc: Descriptor,
  what: string,
  diffId: Digest | undefined,
  visitor: MemberVisitor,
  /** Stops the read (scan.ts: another layer failed first); the read then rejects with the signal's reason. */
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  if (layerCompression(desc.mediaType) === 'gzip' && desc.size >= inflateWorkerConfig.minBytes && inflateWorkerUsable())
    return readGzipInWorker(src, desc, what, diffId, visitor, signal);
  const { blob, unpack, tar } = await open(src, desc, what, diffId);
  const verdict = blobVerdict(blob);
  const stop = (): void => {
    blob.destroy();
    tar.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
  };
  if (signal?.aborted === true) stop();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    await readMembers(tar, visitor, what);
  } catch (e) {
    if (signal?.aborted !== true) {
      blob.unpipe(unpack);
      unpack.destroy();
    }
    await readFailure(e, blob, verdict, signal);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * readLayer for a large gzip layer: inflated (and its diff_id checked) on a
 * worker (inflate-worker.ts), parsed here. Errors as readLayer's: a gzip or
 * tar error is reported as the blob's digest mismatch when the blob is not
 * the one its digest names.
 */
async function readGzipInWorker(
  src: ImageSource,
  desc: Descriptor,
  what: string,
  diffId: Digest | undefined,
  visitor: MemberVisitor,
  signal?: AbortSignal,
): Promise<void> {
  const blob = await src.openBlob(desc);
  const verdict = blobVerdict(blob);
  try {
    // The worker's chunks are reused once handed on: a body sink gets them lent (BodySink says so), with no copy here.
    await readMembersPushed((write) => inflateGzip(blob, write, { diffId, what: `the uncompressed ${what} (diff_id)`, signal }), visitor, what);
  } catch (e) {
    await readFailure(e, blob, verdict, signal);
  }
}
