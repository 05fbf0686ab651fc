/**
 * Small synthetic images written as OCI layouts, for tests that need an image
 * but not a builder: each layer is a real gzip'd tar made with tar-stream.
 */
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { LayoutWriter } from '../../shared/src/oci/layout.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import type { Descriptor, ImageConfig, Manifest, Platform } from '../../shared/src/oci/types.js';

export interface FileSpec {
  name: string;
  content?: string | Buffer;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device';
  linkname?: string;
  mode?: number;
  uid?: number;
  gid?: number;
  /** Name the member through a pax `path` record, which carries any byte a ustar name field cannot (a NUL, a newline, 300 characters). */
  pax?: boolean;
}

export async function tarBytes(files: FileSpec[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const done = new Promise<void>((resolve, reject) => {
    pack.on('end', resolve);
    pack.on('error', reject);
  });
  for (const f of files) {
    const type = f.type ?? 'file';
    const header = {
      ...(f.pax === true ? { name: 'pax-named', pax: { path: f.name } } : { name: f.name }),
      type,
      mode: f.mode ?? (type === 'directory' ? 0o755 : 0o644),
      uid: f.uid ?? 0,
      gid: f.gid ?? 0,
      mtime: new Date(0),
      ...(f.linkname !== undefined ? { linkname: f.linkname } : {}),
    };
    await new Promise<void>((resolve, reject) => {
      const body = type === 'file' ? (f.content ?? '') : undefined;
      const cb = (e?: Error | null) => (e ? reject(e) : resolve());
      if (body === undefined) pack.entry(header, cb);
      else pack.entry(header, body, cb);
    });
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface ImageSpec {
  /** Each layer as files, or as the raw tar bytes of a crafted layer. */
  layers: (FileSpec[] | Buffer)[];
  platform?: Platform;
  config?: ImageConfig['config'];
  history?: ImageConfig['history'];
  manifestAnnotations?: Record<string, string>;
  /** Store layers uncompressed instead of gzip. */
  uncompressed?: boolean;
  /** Override the layer media type (e.g. zstd) without changing the bytes. */
  layerMediaType?: string;
}

/** Write one platform image's blobs into `w`; returns the manifest descriptor (not yet a root). */
export async function writeImage(w: LayoutWriter, spec: ImageSpec): Promise<Descriptor> {
  const platform = spec.platform ?? { os: 'linux', architecture: 'amd64' };
  const layers: Descriptor[] = [];
  const diffIds = [];
  for (const files of spec.layers) {
    const raw = Buffer.isBuffer(files) ? files : await tarBytes(files);
    diffIds.push(digestBytes(raw));
    const blob = spec.uncompressed === true ? raw : gzipSync(raw);
    layers.push(await w.writeBytes(blob, spec.layerMediaType ?? (spec.uncompressed === true ? MediaType.OciLayer : MediaType.OciLayerGzip)));
  }
  const config: ImageConfig = {
    created: '1970-01-01T00:00:00Z',
    architecture: platform.architecture,
    os: platform.os,
    ...(platform.variant !== undefined ? { variant: platform.variant } : {}),
    config: spec.config ?? {},
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: spec.history ?? spec.layers.map((_, i) => ({ created: '1970-01-01T00:00:00Z', created_by: `layer ${i}` })),
  };
  const configDesc = await w.writeJson(config, MediaType.OciConfig);
  const manifest: Manifest = { schemaVersion: 2, mediaType: MediaType.OciManifest, config: configDesc, layers };
  if (spec.manifestAnnotations !== undefined) manifest.annotations = spec.manifestAnnotations;
  return { ...(await w.writeJson(manifest, MediaType.OciManifest)), platform };
}

/** A whole layout with one image (tagged `tag`) at `dir`. */
export async function writeLayout(dir: string, spec: ImageSpec, tag = 'latest'): Promise<Descriptor> {
  const w = await LayoutWriter.create(dir);
  const desc = await writeImage(w, spec);
  const { platform: _p, ...root } = desc;
  w.addRoot(root, tag);
  await w.commit();
  return root;
}
