import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ContentReader } from '../../../shared/src/layers/contents.js';
import { zstdDecompressor } from '../../../shared/src/layers/layer-stream.js';
import { scanImage } from '../../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../shared/src/oci/image.js';
import { OciLayout } from '../../../shared/src/oci/layout.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import { writeImage, type ImageSpec } from '../../fixtures/test-image/oci-image.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-test-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function open(name: string, spec: ImageSpec): Promise<{ src: OciLayout; image: PlatformImage }> {
  const dir = await writeImage(path.join(tmp, name), spec);
  const src = await OciLayout.open(dir);
  const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
  return { src, image };
}

const LAYERS: ImageSpec['layers'] = [
  [
    { path: 'etc/', type: 'directory' },
    { path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
    { path: 'etc/big.conf', content: 'x'.repeat(5000) },
    { path: 'var/cache/', type: 'directory' },
    { path: 'var/cache/a', content: 'a' },
    { path: 'app/', type: 'directory' },
    { path: 'app/secret.txt', content: 'old' },
  ],
  [
    { path: 'app/.wh.secret.txt' },
    { path: 'var/cache/.wh..wh..opq' },
    { path: 'var/cache/b', content: 'b' },
    { path: 'etc/motd', content: 'hello\nworld\n' },
    { path: 'etc/motd-link', linkname: 'motd', type: 'symlink' },
  ],
];

describe('scanImage', () => {
  it('reads gzip layers in one pass with whiteouts and opaque folders applied', async () => {
    const { src, image } = await open('gz', { layers: LAYERS });
    const ix = await scanImage(src, image);
    expect([...ix.walk()].map((n) => n.path)).toEqual([
      '/app',
      '/etc',
      '/etc/big.conf',
      '/etc/motd',
      '/etc/motd-link',
      '/etc/passwd',
      '/var',
      '/var/cache',
      '/var/cache/b',
    ]);
    expect(ix.get('/etc/motd')).toMatchObject({ size: 12, layer: 1, type: 'file' });
  });

  it('reads uncompressed layers the same way', async () => {
    const { src, image } = await open('raw', { layers: LAYERS, uncompressed: true });
    const ix = await scanImage(src, image);
    expect(ix.has('/var/cache/a')).toBe(false);
    expect(ix.has('/var/cache/b')).toBe(true);
  });

  it('captures only the files asked for, within the per-file cap', async () => {
    const { src, image } = await open('cap', { layers: LAYERS });
    const ix = await scanImage(src, image, { capture: (p) => p.startsWith('/etc/'), maxFileBytes: 1000 });
    expect(ix.get('/etc/passwd')?.content?.toString()).toBe('root:x:0:0::/root:/bin/sh\n');
    expect(ix.get('/etc/big.conf')?.content).toBeUndefined();
    expect(ix.get('/var/cache/b')?.content).toBeUndefined();
  });

  it('reads other files lazily with a targeted pass, following links', async () => {
    const { src, image } = await open('lazy', { layers: LAYERS });
    const ix = await scanImage(src, image);
    const reader = new ContentReader(src, image, ix);
    const got = await reader.readMany(['/etc/motd-link', '/etc/big.conf', '/app/secret.txt', '/etc']);
    expect(got.get('/etc/motd-link')).toMatchObject({ kind: 'content', path: '/etc/motd' });
    expect((got.get('/etc/motd-link') as { content: Buffer }).content.toString()).toBe('hello\nworld\n');
    expect((got.get('/etc/big.conf') as { content: Buffer }).content.length).toBe(5000);
    expect(got.get('/app/secret.txt')).toEqual({ kind: 'missing', path: '/app/secret.txt' });
    expect(got.get('/etc')?.kind).toBe('not-a-file');
  });

  it('rejects a corrupt layer blob before trusting it', async () => {
    const { src, image } = await open('corrupt', { layers: LAYERS });
    const desc = image.manifest.layers[0] as { digest: string };
    const blob = path.join(src.dir, 'blobs', 'sha256', desc.digest.slice(7));
    const bytes = await fs.readFile(blob);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 0xff;
    await fs.writeFile(blob, bytes);
    await expect(scanImage(src, image)).rejects.toMatchObject({ code: expect.stringMatching(/DIGEST_MISMATCH|LAYOUT/) });
  });

  it('zstd layers: read with Node’s zstd when present, else a clear UNSUPPORTED error', async () => {
    const { src, image } = await open('zstd', { layers: LAYERS, layerMediaType: MediaType.OciLayerZstd });
    if (zstdDecompressor() === undefined) {
      await expect(scanImage(src, image)).rejects.toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('zstd') });
    } else {
      // The bytes are gzip, so a real zstd decoder must refuse them as corrupt.
      await expect(scanImage(src, image)).rejects.toMatchObject({ code: 'LAYOUT' });
    }
  });
});
