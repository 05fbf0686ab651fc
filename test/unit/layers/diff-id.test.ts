/**
 * The uncompressed bytes of every layer are checked against the config's
 * diff_ids: a layer blob that is intact (its compressed digest matches the
 * manifest) but is not the layer the config describes is refused, by the scan
 * and by the content reader alike.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scanImage } from '../../../shared/src/layers/scan.js';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import { resolveImage, selectRoot } from '../../../shared/src/oci/image.js';
import { LayoutWriter, OciLayout } from '../../../shared/src/oci/layout.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import { tarBytes } from '../../support/images.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'diff-id-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** An image whose one layer is `files`, with the config claiming `claimed` as its diff_id. */
async function image(name: string, files: Parameters<typeof tarBytes>[0], claimed?: (actual: string) => string[]) {
  const raw = await tarBytes(files);
  const actual = digestBytes(raw);
  const w = await LayoutWriter.create(path.join(dir, name));
  const layer = await w.writeBytes(gzipSync(raw), MediaType.OciLayerGzip);
  const config = await w.writeJson(
    { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: claimed === undefined ? [actual] : claimed(actual) }, config: {} },
    MediaType.OciConfig,
  );
  const manifest = await w.writeJson({ schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers: [layer] }, MediaType.OciManifest);
  w.addRoot(manifest, 'latest');
  await w.commit();
  const src = await OciLayout.open(path.join(dir, name));
  const img = (await resolveImage(src, await selectRoot(src))).images[0]!;
  return { src, img };
}

describe('diff_id verification', () => {
  it('accepts a layer whose uncompressed bytes match its diff_id', async () => {
    const { src, img } = await image('good', [{ name: 'etc/hostname', content: 'x\n' }]);
    const index = await scanImage(src, img);
    expect(index.get('/etc/hostname')?.size).toBe(2);
  });

  it('refuses a layer that is not the one the config describes, naming the diff_id', async () => {
    const other = digestBytes('another layer');
    const { src, img } = await image('swapped', [{ name: 'etc/hostname', content: 'x\n' }], () => [other]);
    await expect(scanImage(src, img)).rejects.toMatchObject({ code: 'DIGEST_MISMATCH', message: expect.stringContaining(`expected ${other}`) });
    await expect(scanImage(src, img)).rejects.toThrow('(diff_id)');
  });

  it('refuses a config with fewer diff_ids than layers', async () => {
    const { src, img } = await image('short', [{ name: 'a', content: 'a' }], () => []);
    await expect(scanImage(src, img)).rejects.toThrow('has 1 layers but its config lists 0 diff_ids');
  });
});
