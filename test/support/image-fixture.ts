/**
 * Small OCI layouts made on the spot for registry tests and benchmarks:
 * layers are gzipped tars of given files (or random bytes), written with
 * the project's own LayoutWriter.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createGzip } from 'node:zlib';
import { PassThrough, Readable } from 'node:stream';
import tar from 'tar-stream';
import { LayoutWriter } from '../../shared/src/oci/layout.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import type { Descriptor, ImageConfig, Manifest } from '../../shared/src/oci/types.js';
import type { Digest } from '../../shared/src/oci/digest.js';

export interface FixtureLayer {
  /** path -> content */
  files?: Record<string, Buffer | string>;
  /** One file of this many random (incompressible) bytes. */
  randomBytes?: number;
}

export interface FixtureOptions {
  architecture?: string;
  os?: string;
  layers: FixtureLayer[];
  /** ref names to put on the index.json entry (tags). */
  refNames?: string[];
  /** gzip level; 1 for speed with random data. */
  gzipLevel?: number;
}

/** Stream a tar of the layer's files through gzip into the writer, hashing the tar for diff_ids. */
async function writeLayer(w: LayoutWriter, layer: FixtureLayer, level: number): Promise<{ desc: Descriptor; diffId: Digest }> {
  const pack = tar.pack();
  const diff = createHash('sha256');
  const tarOut = new PassThrough();
  tarOut.on('data', (c: Buffer) => diff.update(c));
  const gz = createGzip({ level });
  pack.pipe(tarOut).pipe(gz);
  const done = w.writeStream(gz, MediaType.OciLayerGzip);
  for (const [name, content] of Object.entries(layer.files ?? {})) {
    pack.entry({ name, mode: 0o755 }, typeof content === 'string' ? Buffer.from(content) : content);
  }
  if (layer.randomBytes !== undefined) {
    const size = layer.randomBytes;
    await new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name: `data-${randomBytes(4).toString('hex')}.bin`, size, mode: 0o644 }, (e) => (e ? reject(e) : resolve()));
      const chunk = 1024 * 1024;
      let left = size;
      const src = new Readable({
        read() {
          if (left <= 0) return void this.push(null);
          const n = Math.min(chunk, left);
          left -= n;
          this.push(randomBytes(n));
        },
      });
      src.pipe(entry);
    });
  }
  pack.finalize();
  const desc = await done;
  return { desc, diffId: `sha256:${diff.digest('hex')}` as Digest };
}

/** Write a layout with one image manifest; returns the manifest descriptor. */
export async function makeLayout(dir: string, opts: FixtureOptions): Promise<Descriptor> {
  const w = await LayoutWriter.create(dir);
  try {
    const layers: Descriptor[] = [];
    const diffIds: Digest[] = [];
    for (const l of opts.layers) {
      const { desc, diffId } = await writeLayer(w, l, opts.gzipLevel ?? 6);
      layers.push(desc);
      diffIds.push(diffId);
    }
    const config: ImageConfig = {
      architecture: opts.architecture ?? 'amd64',
      os: opts.os ?? 'linux',
      config: { Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
    };
    const configDesc = await w.writeJson(config, MediaType.OciConfig);
    const manifest: Manifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDesc, layers };
    const mDesc = await w.writeJson(manifest, MediaType.OciManifest);
    const names = opts.refNames ?? [];
    if (names.length === 0) w.addRoot(mDesc);
    for (const n of names) w.addRoot(mDesc, n);
    await w.commit();
    return mDesc;
  } catch (e) {
    await w.abort();
    throw e;
  }
}
