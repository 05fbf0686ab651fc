/**
 * One conformance test over every ImageSource: an image we write, copied by
 * skopeo (an independent implementation) into each format we read, must
 * resolve to the same config and layer contents, with every blob verified.
 * Also: what we write, skopeo and umoci read without complaint.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { createGunzip } from 'node:zlib';
import { DockerArchive, OciArchive } from '../../shared/src/oci/archive.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { resolveImage, selectRoot, walkDescriptors } from '../../shared/src/oci/image.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import { openImageSource } from '../../shared/src/oci/open.js';
import type { ImageSource } from '../../shared/src/oci/source.js';
import { writeLayout } from '../support/images.js';

let dir: string;
let layoutDir: string;
let diffIds: string[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'oci-sources-'));
  layoutDir = path.join(dir, 'ours');
  await writeLayout(
    layoutDir,
    {
      layers: [
        [
          { name: 'etc/', type: 'directory' },
          { name: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
        ],
        [{ name: `deep/${'long-name-'.repeat(12)}/file`, content: 'a path longer than 100 bytes needs PAX or GNU headers' }],
      ],
      config: { User: '1000', Cmd: ['/bin/sh'] },
    },
    'v1',
  );
  const layout = await OciLayout.open(layoutDir);
  const img = await resolveImage(layout, await selectRoot(layout));
  diffIds = img.images[0]!.config.rootfs.diff_ids;
  const skopeo = (...args: string[]) => execFileSync('skopeo', ['--insecure-policy', ...args], { stdio: 'pipe' });
  skopeo('copy', `oci:${layoutDir}:v1`, `oci-archive:${path.join(dir, 'img.oci.tar')}:v1`);
  skopeo('copy', `oci:${layoutDir}:v1`, `docker-archive:${path.join(dir, 'img.docker.tar')}:example.com/img:v1`);
  skopeo('copy', `oci:${layoutDir}:v1`, `oci:${path.join(dir, 'copied')}:v1`);
  execFileSync('sh', ['-c', `gzip -c '${path.join(dir, 'img.oci.tar')}' > '${path.join(dir, 'img.oci.tar.gz')}'`]);
}, 60000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The uncompressed bytes of a layer, whatever its compression, hashed: must equal the diff_id. */
async function diffIdOf(src: ImageSource, desc: Parameters<ImageSource['openBlob']>[0]): Promise<string> {
  const stream = await src.openBlob(desc);
  const plain = desc.mediaType.endsWith('gzip') ? stream.pipe(createGunzip()) : stream;
  return digestBytes(await buffer(plain));
}

const sources: Array<[string, () => Promise<{ source: ImageSource; ref?: string }>]> = [
  ['our layout', async () => ({ source: await OciLayout.open(layoutDir), ref: 'v1' })],
  ['skopeo oci layout', async () => openImageSource({ kind: 'layout', path: path.join(dir, 'copied'), ref: 'v1' })],
  ['oci-archive', async () => ({ source: await OciArchive.open(path.join(dir, 'img.oci.tar')), ref: 'v1' })],
  ['gzip oci-archive', async () => ({ source: await OciArchive.open(path.join(dir, 'img.oci.tar.gz')) })],
  ['docker-archive', async () => ({ source: await DockerArchive.open(path.join(dir, 'img.docker.tar')), ref: 'example.com/img:v1' })],
];

describe.each(sources)('%s', (_name, open) => {
  it('resolves to the same image, every blob verified', async () => {
    const { source, ref } = await open();
    try {
      const root = await selectRoot(source, ref);
      const img = await resolveImage(source, root);
      expect(img.images).toHaveLength(1);
      const { manifest, config } = img.images[0]!;
      expect(config.config?.User).toBe('1000');
      expect(config.rootfs.diff_ids).toEqual(diffIds);
      const got = [];
      for (const l of manifest.layers) got.push(await diffIdOf(source, l));
      expect(got).toEqual(diffIds);
      const all = await walkDescriptors(source, root);
      expect(all[all.length - 1]?.digest).toBe(root.digest);
      for (const d of all) expect(await source.hasBlob(d.digest)).toBe(true);
    } finally {
      await source.close();
    }
  });
});

describe('interop', () => {
  it('skopeo and umoci read what we write', () => {
    const inspect = JSON.parse(execFileSync('skopeo', ['inspect', `oci:${layoutDir}:v1`]).toString()) as { Digest: string; Layers: string[] };
    expect(inspect.Layers).toHaveLength(2);
    const stat = execFileSync('umoci', ['stat', '--image', `${layoutDir}:v1`]).toString();
    expect(stat).toContain('LAYER');
    const unpack = path.join(dir, 'bundle');
    execFileSync('umoci', ['raw', 'unpack', '--rootless', '--image', `${layoutDir}:v1`, unpack]);
    return fs.readFile(path.join(unpack, 'etc/passwd'), 'utf8').then((t) => expect(t).toContain('root:x:0:0'));
  });

  it('refuses an oci-archive that is really a docker-archive, and says so', async () => {
    await expect(OciArchive.open(path.join(dir, 'img.docker.tar'), 'image')).rejects.toThrow("It looks like a docker-archive: write 'docker-archive:");
    await expect(DockerArchive.open(path.join(dir, 'img.oci.tar'), 'image')).rejects.toThrow('It looks like an OCI archive');
  });

  it('refuses a file that is not a tar', async () => {
    const f = path.join(dir, 'not.tar');
    await fs.writeFile(f, 'x'.repeat(2048));
    await expect(OciArchive.open(f)).rejects.toMatchObject({ code: 'LAYOUT', message: expect.stringContaining('not a tar archive') });
  });

  it('opens locations of every kind from the image input syntax', async () => {
    for (const text of [`oci:${layoutDir}:v1`, `oci-archive:${path.join(dir, 'img.oci.tar')}`, layoutDir]) {
      const loc = parseImageLocation(text);
      if (!loc.ok) throw loc.error;
      const { source, ref } = await openImageSource(loc.value);
      expect((await resolveImage(source, await selectRoot(source, ref))).images).toHaveLength(1);
      await source.close();
    }
    const loc = parseImageLocation('no/such/thing:tag');
    if (!loc.ok) throw loc.error;
    await expect(openImageSource(loc.value, { input: 'image' })).rejects.toThrow("input 'image': 'no/such/thing:tag' is neither");
  });
});
