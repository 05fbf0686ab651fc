/**
 * Crafted images for the hostile tests: real OCI layouts written with the
 * one small-image writer (test/support/images.ts), plus the byte-level edits
 * no well-behaved tar writer makes (a header that lies about its size, a blob
 * changed after it was addressed).
 */
import { expect } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../../shared/src/errors.js';
import { encodedOf, type Digest } from '../../shared/src/oci/digest.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../shared/src/oci/image.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import { writeLayout, type ImageSpec } from '../support/images.js';

/** Write `spec` as a layout in `dir` and open its one image. */
export async function craftImage(dir: string, spec: ImageSpec): Promise<{ dir: string; src: OciLayout; image: PlatformImage }> {
  await writeLayout(dir, spec);
  const src = await OciLayout.open(dir);
  const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
  return { dir, src, image };
}

const BLOCK = 512;

/** Rewrite the ustar checksum of the header at `offset` after an edit. */
function fixChecksum(tar: Buffer, offset: number): void {
  tar.fill(0x20, offset + 148, offset + 156);
  let sum = 0;
  for (let i = offset; i < offset + BLOCK; i++) sum += tar[i] as number;
  tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, offset + 148, 'ascii');
}

/**
 * The tar with the first header named `name` declaring `size` bytes (octal,
 * below 64 GiB), its body left as it is, and the archive cut right after
 * that body: a member that promises far more than the layer carries.
 */
export function lieAboutSize(tar: Buffer, name: string, size: number): Buffer {
  for (let off = 0; off + BLOCK <= tar.length;) {
    const header = tar.subarray(off, off + BLOCK);
    if (header.every((b) => b === 0)) break;
    const memberName = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const realSize = parseInt(header.toString('ascii', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const bodyBlocks = Math.ceil(realSize / BLOCK);
    if (memberName === name) {
      const out = Buffer.from(tar.subarray(0, off + BLOCK * (1 + bodyBlocks)));
      // 11 digits and a NUL, or all 12 digits (8 GiB and up to 64 GiB), as GNU tar writes them.
      const octal = size.toString(8);
      out.write(octal.length <= 11 ? `${octal.padStart(11, '0')}\0` : octal.padStart(12, '0'), off + 124, 'ascii');
      fixChecksum(out, off);
      return out;
    }
    off += BLOCK * (1 + bodyBlocks);
  }
  throw new Error(`no member ${name} in the tar`);
}

/** Overwrite `bytes` at `offset` of a blob in the layout, after its digest was recorded. */
export async function tamperBlob(dir: string, digest: Digest | string, offset: number, bytes: Buffer): Promise<void> {
  const file = path.join(dir, 'blobs', 'sha256', encodedOf(digest as Digest));
  const h = await fs.open(file, 'r+');
  try {
    await h.write(bytes, 0, bytes.length, offset);
  } finally {
    await h.close();
  }
}

/** The PipelineError `p` rejects with (the test fails if it resolves or rejects with anything else). */
export async function failure(p: Promise<unknown>): Promise<PipelineError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PipelineError);
  return e as PipelineError;
}
