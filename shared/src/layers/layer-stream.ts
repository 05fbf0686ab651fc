/**
 * A layer blob as a stream of uncompressed tar bytes. The blob itself comes
 * from the ImageSource already verified against its digest; here we only pick
 * the decompressor from the media type. zstd needs Node's built-in zstd
 * (Node 22.15+ / 24); on older runtimes the error says so instead of failing
 * half way through a layer.
 */
import { PassThrough, type Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { PipelineError } from '../errors.js';
import { layerCompression } from '../oci/media-types.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';
import { VerifyingStream, type Digest } from '../oci/digest.js';

type ZstdFactory = (opts?: { chunkSize?: number }) => Transform;

/** Node's zstd decompressor when this runtime has one. */
export function zstdDecompressor(): ZstdFactory | undefined {
  const f = (zlib as unknown as { createZstdDecompress?: ZstdFactory }).createZstdDecompress;
  return typeof f === 'function' ? f : undefined;
}

export function decompressor(desc: Descriptor, what: string): Transform {
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
      throw new PipelineError('UNSUPPORTED', `${what} has media type ${desc.mediaType}, which is not a layer type we can read`, { hint: 'Supported: OCI and Docker tar layers, uncompressed, gzip or zstd.' });
  }
}

/**
 * The uncompressed tar stream of a layer; errors from either stage surface on
 * the returned stream. With `diffId` (the config's rootfs.diff_ids entry) the
 * uncompressed bytes are verified too, so the file system a check sees is the
 * one the config describes, not only the blob the manifest names.
 */
export async function openLayer(src: ImageSource, desc: Descriptor, what: string, diffId?: Digest): Promise<Readable> {
  const unpack = decompressor(desc, what);
  const blob = await src.openBlob(desc);
  blob.on('error', (e) => unpack.destroy(e));
  unpack.on('error', () => blob.destroy());
  const tar = blob.pipe(unpack);
  if (diffId === undefined) return tar;
  const verify = new VerifyingStream({ digest: diffId }, `the uncompressed ${what} (diff_id)`);
  tar.on('error', (e) => verify.destroy(e));
  verify.on('error', () => tar.destroy());
  return tar.pipe(verify);
}
