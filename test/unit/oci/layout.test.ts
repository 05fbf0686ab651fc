import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { selectRoot, resolveImage, walkDescriptors } from '../../../shared/src/oci/image.js';
import { LayoutWriter, OciLayout } from '../../../shared/src/oci/layout.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import { writeImage, writeLayout } from '../../support/images.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'layout-test-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const oneLayer = { layers: [[{ name: 'etc/hello', content: 'hi\n' }]], config: { User: '1000' } };

describe('OciLayout', () => {
  it('round-trips an image written by LayoutWriter', async () => {
    const out = path.join(dir, 'out');
    const root = await writeLayout(out, oneLayer, 'v1');
    const layout = await OciLayout.open(out);
    const picked = await selectRoot(layout, 'v1');
    expect(picked.digest).toBe(root.digest);
    const img = await resolveImage(layout, picked);
    expect(img.images).toHaveLength(1);
    expect(img.images[0]?.config.config?.User).toBe('1000');
    expect(img.images[0]?.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    const all = await walkDescriptors(layout, picked);
    // children before parents: config, layer, then the manifest last
    expect(all.map((d) => d.mediaType)).toEqual([MediaType.OciConfig, MediaType.OciLayerGzip, MediaType.OciManifest]);
    for (const d of all) expect((await buffer(await layout.openBlob(d))).length).toBe(d.size);
  });

  it('names the blob when its bytes were changed on disk', async () => {
    const out = path.join(dir, 'out');
    await writeLayout(out, oneLayer);
    const layout = await OciLayout.open(out);
    const img = await resolveImage(layout, await selectRoot(layout));
    const layer = img.images[0]!.manifest.layers[0]!;
    const file = layout.blobPath(layer.digest);
    const bytes = await fs.readFile(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await fs.writeFile(file, bytes);
    await expect(buffer(await layout.openBlob(layer))).rejects.toMatchObject({ code: 'DIGEST_MISMATCH', message: expect.stringContaining(layer.digest) });
  });

  it('reports a missing blob by digest and media type', async () => {
    const out = path.join(dir, 'out');
    await writeLayout(out, oneLayer);
    const layout = await OciLayout.open(out);
    const img = await resolveImage(layout, await selectRoot(layout));
    await fs.rm(layout.blobPath(img.images[0]!.manifest.config.digest));
    await expect(resolveImage(layout, await selectRoot(layout))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining(MediaType.OciConfig),
    });
  });

  it.each([
    ['missing', async () => path.join(dir, 'nope'), 'does not exist'],
    [
      'a file',
      async () => {
        const f = path.join(dir, 'f');
        await fs.writeFile(f, 'x');
        return f;
      },
      'is a file',
    ],
    [
      'no oci-layout',
      async () => {
        const d = path.join(dir, 'd');
        await fs.mkdir(d);
        return d;
      },
      'no oci-layout file',
    ],
    [
      'bad index',
      async () => {
        const d = path.join(dir, 'd');
        await fs.mkdir(d);
        await fs.writeFile(path.join(d, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
        await fs.writeFile(path.join(d, 'index.json'), '{"schemaVersion":2,"manifests":[{"mediaType":"x","digest":"sha256:zz","size":1}]}');
        return d;
      },
      'is not a valid sha256 digest',
    ],
  ])('[%#] refuses %s with a message naming it', async (_what, make, message) => {
    const p = await make();
    await expect(OciLayout.open(p, 'image')).rejects.toMatchObject({ input: expect.anything() });
    await expect(OciLayout.open(p, 'image')).rejects.toThrow(message);
  });

  it('asks which image when a layout holds several', async () => {
    const out = path.join(dir, 'multi');
    const w = await LayoutWriter.create(out);
    const a = await writeImage(w, oneLayer);
    const b = await writeImage(w, { layers: [[{ name: 'b', content: 'b' }]] });
    w.addRoot(a, 'a');
    w.addRoot(b, 'b');
    await w.commit();
    const layout = await OciLayout.open(out);
    await expect(selectRoot(layout)).rejects.toThrow('holds 2 images; say which one');
    await expect(selectRoot(layout, 'c')).rejects.toThrow('It holds: a, b');
    expect((await selectRoot(layout, 'b')).digest).toBe(b.digest);
  });

  it('resolves an index into its platform images', async () => {
    const out = path.join(dir, 'index');
    const w = await LayoutWriter.create(out);
    const amd = await writeImage(w, { ...oneLayer, platform: { os: 'linux', architecture: 'amd64' } });
    const arm = await writeImage(w, { ...oneLayer, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } });
    const idx = await w.writeJson({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [amd, arm] }, MediaType.OciIndex);
    w.addRoot(idx, 'latest');
    await w.commit();
    const layout = await OciLayout.open(out);
    const img = await resolveImage(layout, await selectRoot(layout));
    expect(img.images.map((i) => `${i.platform.os}/${i.platform.architecture}${i.platform.variant ? '/' + i.platform.variant : ''}`)).toEqual([
      'linux/amd64',
      'linux/arm64/v8',
    ]);
    const walked = await walkDescriptors(layout, idx);
    expect(walked[walked.length - 1]?.digest).toBe(idx.digest);
    // shared layer bytes appear once
    expect(new Set(walked.map((d) => d.digest)).size).toBe(walked.length);
  });
});

describe('LayoutWriter', () => {
  it('leaves nothing at the output when aborted', async () => {
    const out = path.join(dir, 'out');
    const w = await LayoutWriter.create(out);
    await w.writeBytes('x', 'text/plain');
    await w.abort();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('replaces an old layout only on commit', async () => {
    const out = path.join(dir, 'out');
    const first = await writeLayout(out, oneLayer);
    const w = await LayoutWriter.create(out);
    const second = await writeImage(w, { layers: [[{ name: 'new', content: 'n' }]] });
    expect((await selectRoot(await OciLayout.open(out))).digest).toBe(first.digest);
    w.addRoot(second, 'latest');
    await w.commit();
    expect((await selectRoot(await OciLayout.open(out))).digest).toBe(second.digest);
    expect((await fs.readdir(dir)).sort()).toEqual(['out']);
  });

  it('refuses a stream whose bytes do not match the expected digest', async () => {
    const w = await LayoutWriter.create(path.join(dir, 'out'));
    const { Readable } = await import('node:stream');
    await expect(
      w.writeStream(Readable.from([Buffer.from('abc')]), 'x', {
        digest: 'sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824' as never,
        size: 5,
      }),
    ).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
    await w.abort();
  });
});
