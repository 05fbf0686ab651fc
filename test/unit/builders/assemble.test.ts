import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { computedAnnotations, parseAnnotations } from '../../../shared/src/builders/annotations.js';
import { assembleLayout } from '../../../shared/src/builders/assemble.js';
import { DirImageSource } from '../../../shared/src/builders/dir-source.js';
import { digestBytes, encodedOf } from '../../../shared/src/oci/digest.js';
import { resolveImage, selectRoot } from '../../../shared/src/oci/image.js';
import { LayoutWriter, OciLayout } from '../../../shared/src/oci/layout.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import { platformString } from '../../../shared/src/oci/types.js';

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'assemble-'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A `dir:` folder as buildah push writes it: Docker v2 manifest, config with run noise, one gzip layer. */
async function dockerDir(name: string, arch: string, content: string): Promise<string> {
  const dir = path.join(tmp, name);
  await fs.mkdir(dir);
  const layer = gzipSync(Buffer.from(content.padEnd(1024, '\0')));
  const config = Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      container: `random-${name}`,
      config: { Hostname: name, User: '1000', Healthcheck: { Test: ['CMD', '/bin/true'] } },
      rootfs: { type: 'layers', diff_ids: [digestBytes('x')] },
    }),
  );
  const put = async (b: Buffer) => fs.writeFile(path.join(dir, encodedOf(digestBytes(b))), b);
  await put(layer);
  await put(config);
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.DockerManifest,
    config: { mediaType: MediaType.DockerConfig, size: config.length, digest: digestBytes(config) },
    layers: [{ mediaType: MediaType.DockerLayerGzip, size: layer.length, digest: digestBytes(layer) }],
  };
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const part = async (dir: string) => {
  const source = await DirImageSource.open(dir);
  return { source, root: (await source.roots())[0]! };
};

describe('assembleLayout', () => {
  test('one platform: OCI manifest and config, tags as ref names, annotations, Healthcheck kept', async () => {
    const out = path.join(tmp, 'out');
    const writer = await LayoutWriter.create(out);
    const img = await assembleLayout(
      writer,
      [{ ...(await part(await dockerDir('a', 'amd64', 'hello'))), annotations: { 'org.opencontainers.image.base.name': 'docker.io/library/debian:12' } }],
      {
        annotations: parseAnnotations([['org.example.team', 'core']]),
        tags: ['1.2.3', 'latest'],
      },
    );
    await writer.commit();
    const layout = await OciLayout.open(out);
    const roots = await layout.roots();
    expect(roots.map((r) => [r.digest, r.annotations?.['org.opencontainers.image.ref.name']])).toEqual([
      [img.root.digest, '1.2.3'],
      [img.root.digest, 'latest'],
    ]);
    const resolved = await resolveImage(layout, await selectRoot(layout, 'latest'));
    const only = resolved.images[0]!;
    expect(only.manifest.mediaType).toBe(MediaType.OciManifest);
    expect(only.manifest.config.mediaType).toBe(MediaType.OciConfig);
    expect(only.manifest.layers.map((l) => l.mediaType)).toEqual([MediaType.OciLayerGzip]);
    expect(only.manifest.annotations).toEqual({ 'org.opencontainers.image.base.name': 'docker.io/library/debian:12', 'org.example.team': 'core' });
    expect(only.config.config).toEqual({ User: '1000', Healthcheck: { Test: ['CMD', '/bin/true'] } });
    expect(JSON.stringify(only.config)).not.toContain('random-a');
    expect(img.manifests.map((m) => [m.platform, m.layers, m.configDigest])).toEqual([['linux/amd64', 1, only.manifest.config.digest]]);
    expect(img.size).toBe(only.descriptor.size + only.manifest.config.size + only.manifest.layers[0]!.size);
  });

  test('several platforms: one index with a platform on each manifest', async () => {
    const out = path.join(tmp, 'multi');
    const writer = await LayoutWriter.create(out);
    const img = await assembleLayout(writer, [await part(await dockerDir('a', 'amd64', 'x86')), await part(await dockerDir('b', 'arm64', 'arm'))], {
      annotations: [],
      tags: [],
    });
    await writer.commit();
    expect(img.root.mediaType).toBe(MediaType.OciIndex);
    const layout = await OciLayout.open(out);
    expect((await layout.roots()).map((r) => r.annotations)).toEqual([undefined]);
    const resolved = await resolveImage(layout, img.root);
    expect(resolved.index?.manifests.map((m) => m.platform)).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ]);
  });

  test('levels: manifest (all, or one platform), manifest-descriptor in the index, index, index-descriptor in index.json; later entries win', async () => {
    const out = path.join(tmp, 'levels');
    const writer = await LayoutWriter.create(out);
    const img = await assembleLayout(writer, [await part(await dockerDir('a', 'amd64', 'x86')), await part(await dockerDir('b', 'arm64', 'arm'))], {
      annotations: [
        ...computedAnnotations([['org.opencontainers.image.title', 'computed']], [{ level: 'manifest' }]),
        ...parseAnnotations([
          ['org.opencontainers.image.title', 'mine'],
          ['manifest[linux/arm64/v8]:arch.only', 'arm'],
          ['index,manifest-descriptor:org.opencontainers.image.description', 'both'],
          ['index-descriptor:in.index.json', 'yes'],
        ]),
      ],
      tags: ['t'],
    });
    await writer.commit();
    const layout = await OciLayout.open(out);
    const roots = await layout.roots();
    expect(roots.map((r) => r.annotations)).toEqual([{ 'in.index.json': 'yes', 'org.opencontainers.image.ref.name': 't' }]);
    const resolved = await resolveImage(layout, img.root);
    expect(resolved.index?.annotations).toEqual({ 'org.opencontainers.image.description': 'both' });
    expect(resolved.index?.manifests.map((m) => m.annotations)).toEqual([
      { 'org.opencontainers.image.description': 'both' },
      { 'org.opencontainers.image.description': 'both' },
    ]);
    expect(resolved.images.map((i) => [platformString(i.platform), i.manifest.annotations])).toEqual([
      ['linux/amd64', { 'org.opencontainers.image.title': 'mine' }],
      ['linux/arm64', { 'org.opencontainers.image.title': 'mine', 'arch.only': 'arm' }],
    ]);
  });

  test('one platform: manifest-descriptor goes on the index.json entries; index levels and unbuilt platforms are refused, nothing written', async () => {
    const one = path.join(tmp, 'one-desc');
    const w1 = await LayoutWriter.create(one);
    await assembleLayout(w1, [await part(await dockerDir('one', 'amd64', 'x'))], {
      annotations: parseAnnotations([['manifest-descriptor:k', 'v']]),
      tags: ['t'],
    });
    await w1.commit();
    expect((await (await OciLayout.open(one)).roots()).map((r) => r.annotations)).toEqual([{ k: 'v', 'org.opencontainers.image.ref.name': 't' }]);
    for (const [item, re] of [
      ['index:k', /on the image index, but a build of one platform makes no index/],
      ['manifest[linux/arm64]:k', /narrows 'k' to linux\/arm64, expected one of the platforms built \(linux\/amd64\)/],
    ] as const) {
      const out = path.join(tmp, `refused-${item.length}`);
      const writer = await LayoutWriter.create(out);
      await expect(
        assembleLayout(writer, [await part(await dockerDir(`src-${item.length}`, 'amd64', 'x'))], { annotations: parseAnnotations([[item, 'v']]), tags: [] }),
      ).rejects.toThrow(re);
      await writer.abort();
      await expect(fs.stat(out)).rejects.toThrow();
    }
  });

  test('the same platform twice is refused, and nothing reaches the output', async () => {
    const out = path.join(tmp, 'dup');
    const writer = await LayoutWriter.create(out);
    const a = await dockerDir('a', 'amd64', 'one');
    const b = await dockerDir('b', 'amd64', 'two');
    await expect(assembleLayout(writer, [await part(a), await part(b)], { annotations: [], tags: [] })).rejects.toThrow(/two images for linux\/amd64/);
    await writer.abort();
    await expect(fs.stat(out)).rejects.toThrow();
  });

  test("the builder's layer file is linked into the layout (one file system), not copied", async () => {
    const dir = await dockerDir('a', 'amd64', 'hello');
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as { layers: Array<{ digest: string }> };
    const layerFile = path.join(dir, manifest.layers[0]!.digest.slice(7));
    const out = path.join(tmp, 'linked');
    const writer = await LayoutWriter.create(out);
    await assembleLayout(writer, [await part(dir)], { annotations: [], tags: [] });
    await writer.commit();
    const inLayout = path.join(out, 'blobs', 'sha256', manifest.layers[0]!.digest.slice(7));
    expect((await fs.stat(inLayout)).ino).toBe((await fs.stat(layerFile)).ino);
  });

  test('a corrupt blob in the builder output is caught by digest', async () => {
    const dir = await dockerDir('a', 'amd64', 'hello');
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as { layers: Array<{ digest: string }> };
    const layerFile = path.join(dir, manifest.layers[0]!.digest.slice(7));
    const bytes = await fs.readFile(layerFile);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await fs.writeFile(layerFile, bytes);
    const writer = await LayoutWriter.create(path.join(tmp, 'bad'));
    await expect(assembleLayout(writer, [await part(dir)], { annotations: [], tags: [] })).rejects.toThrow(/digest/);
    // Nothing of the bad layer in the layout being written.
    expect((await fs.readdir(writer.tmp)).filter((n) => n.startsWith('.partial-'))).toEqual([]);
    expect(await writer.hasBlob(manifest.layers[0]!.digest as never)).toBe(false);
    await writer.abort();
  });
});
