/**
 * File contents on demand. Small files a rule declared are captured during
 * the scan; anything else a check needs (a CST fileContentTest, a file past
 * the capture budget) is fetched by a second, targeted pass over only the
 * layers that hold those files, keeping only those bodies.
 */
import { PipelineError } from '../errors.js';
import type { PlatformImage } from '../oci/image.js';
import type { ImageSource } from '../oci/source.js';
import type { FsIndex, FsNode } from './fs-index.js';
import { memberPath, type ImagePath } from './image-path.js';
import { readLayer } from './layer-stream.js';
import { dataNode, resolvePath, type Resolved } from './resolve.js';

export type FileRead =
  | { kind: 'content'; path: ImagePath; node: FsNode; content: Buffer }
  | { kind: 'not-a-file'; path: ImagePath; node: FsNode }
  | { kind: 'too-large'; path: ImagePath; node: FsNode }
  | Exclude<Resolved, { kind: 'found' }>;

export class ContentReader {
  constructor(
    private readonly src: ImageSource,
    private readonly image: PlatformImage,
    readonly index: FsIndex,
    /** Largest file read for a check (default 16 MiB). */
    private readonly maxBytes = 16 * 1024 * 1024,
  ) {}

  /** Read several files, links followed inside the root, with one pass per layer that holds any of them. */
  async readMany(paths: readonly ImagePath[]): Promise<Map<ImagePath, FileRead>> {
    const out = new Map<ImagePath, FileRead>();
    const wanted = new Map<number, Map<ImagePath, FsNode>>();
    const pending: { path: ImagePath; holder: FsNode; node: FsNode; resolved: ImagePath }[] = [];
    for (const path of paths) {
      const r = resolvePath(this.index, path);
      if (r.kind !== 'found') {
        out.set(path, r);
        continue;
      }
      const holder = dataNode(this.index, r.node);
      if (holder === undefined || holder.type !== 'file') {
        out.set(path, { kind: 'not-a-file', path: r.path, node: r.node });
        continue;
      }
      if (holder.content !== undefined) {
        out.set(path, { kind: 'content', path: r.path, node: r.node, content: holder.content });
        continue;
      }
      if (holder.size > this.maxBytes) {
        out.set(path, { kind: 'too-large', path: r.path, node: r.node });
        continue;
      }
      const perLayer = wanted.get(holder.layer) ?? new Map<ImagePath, FsNode>();
      // Matched by the name the layer wrote it under (`/l/su` when `l -> /usr/bin`).
      perLayer.set(holder.member ?? holder.path, holder);
      wanted.set(holder.layer, perLayer);
      pending.push({ path, holder, node: r.node, resolved: r.path });
    }
    for (const [layer, files] of [...wanted.entries()].sort((a, b) => a[0] - b[0])) {
      const desc = this.image.manifest.layers[layer];
      if (desc === undefined) throw new PipelineError('INTERNAL', `layer ${layer} is not in the manifest`);
      const what = `layer ${layer + 1} of ${this.image.manifest.layers.length} (${desc.digest}) in ${this.src.name}`;
      await readLayer(this.src, desc, what, this.image.config.rootfs.diff_ids[layer], {
        wantBody: (m) => {
          const p = memberPath(m.name);
          return p !== undefined && files.has(p) ? this.maxBytes : 0;
        },
        member: (m, body) => {
          const p = memberPath(m.name);
          const node = p === undefined ? undefined : files.get(p);
          // The last member with the path wins, as it does when extracting.
          if (node !== undefined && body !== undefined) node.content = body;
        },
      });
    }
    for (const p of pending) {
      const content = p.holder.content;
      if (content === undefined)
        throw new PipelineError('LAYOUT', `${p.holder.path} is in the index of layer ${p.holder.layer + 1} but its bytes were not found there`);
      out.set(p.path, { kind: 'content', path: p.resolved, node: p.node, content });
    }
    return out;
  }

  async read(path: ImagePath): Promise<FileRead> {
    return (await this.readMany([path])).get(path) as FileRead;
  }
}
