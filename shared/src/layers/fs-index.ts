/**
 * The final file system of an image as a tree of metadata (no contents
 * unless a check asked for them): what `docker run` would see after every
 * layer is applied with OCI whiteouts (image-spec layer.md). A layer is first
 * read into a `LayerDelta`; `applyDelta` then applies that layer's opaque
 * markers and whiteouts to the layers below and only then adds its entries,
 * so the result does not depend on the order of members inside the tar
 * (an opaque marker never hides a sibling from its own layer).
 */
import { baseName, joinPath, parentOf, splitPath, type ImagePath } from './image-path.js';

export type NodeType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo';

export interface FsEntry {
  path: ImagePath;
  type: NodeType;
  /** Permission bits with setuid (0o4000), setgid (0o2000) and sticky (0o1000). */
  mode: number;
  uid: number;
  gid: number;
  /** Bytes of a regular file; 0 for everything else. */
  size: number;
  /** Symlink target as written, or the hard link's target path (normalised). */
  linkname?: string;
  /** Index of the layer (0 = base) that last wrote this entry. */
  layer: number;
  /** The bytes, when the scan was asked to capture this file and it fit the cap. */
  content?: Buffer;
}

export interface FsNode extends FsEntry {
  /** Children of a directory, by name. */
  children?: Map<string, FsNode>;
}

/** Everything one layer says: its entries in tar order, and what it deletes below it. */
export interface LayerDelta {
  layer: number;
  entries: FsEntry[];
  /** Paths removed by `.wh.<name>` markers. */
  whiteouts: ImagePath[];
  /** Directories made opaque by `.wh..wh..opq`: everything below them from lower layers is hidden. */
  opaques: ImagePath[];
}

/** Something unsafe found while reading, reported as a finding rather than followed. */
export interface Anomaly {
  kind: 'path-escape' | 'hardlink-escape' | 'symlink-escape';
  /** The member name as written in the tar (for path escapes), else the link's path. */
  path: string;
  target?: string;
  layer: number;
}

const rootNode = (): FsNode => ({ path: '/', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer: 0, children: new Map() });

export class FsIndex {
  readonly root: FsNode = rootNode();
  readonly anomalies: Anomaly[] = [];
  layerCount = 0;
  /** Uncompressed bytes of file contents per layer, shadowed ones included (what the image weighs). */
  readonly layerBytes: number[] = [];

  /** The entry at exactly this path (links not followed). */
  get(path: ImagePath): FsNode | undefined {
    const parts = splitPath(path);
    if (parts === undefined) return undefined;
    let node: FsNode | undefined = this.root;
    for (const part of parts) {
      node = node.children?.get(part);
      if (node === undefined) return undefined;
    }
    return node;
  }

  has(path: ImagePath): boolean {
    return this.get(path) !== undefined;
  }

  /** Every entry below the root, depth first, parents before children, names sorted. */
  *walk(from: FsNode = this.root): Generator<FsNode> {
    if (from.children === undefined) return;
    const names = [...from.children.keys()].sort();
    for (const name of names) {
      const child = from.children.get(name) as FsNode;
      yield child;
      if (child.type === 'dir') yield* this.walk(child);
    }
  }

  /** Apply one layer on top of what is there. */
  applyDelta(delta: LayerDelta): void {
    for (const dir of delta.opaques) {
      const node = this.get(dir);
      if (node?.children !== undefined) node.children.clear();
    }
    for (const path of delta.whiteouts) this.remove(path);
    for (const entry of delta.entries) this.put(entry);
    this.layerCount = Math.max(this.layerCount, delta.layer + 1);
    this.layerBytes[delta.layer] = delta.entries.reduce((n, e) => n + e.size, 0);
  }

  private remove(path: ImagePath): void {
    if (path === '/') return;
    this.get(parentOf(path))?.children?.delete(baseName(path));
  }

  private put(entry: FsEntry): void {
    if (entry.path === '/') {
      // The root's own metadata (buildah and docker write `./`).
      Object.assign(this.root, { mode: entry.mode, uid: entry.uid, gid: entry.gid, layer: entry.layer });
      return;
    }
    const parent = this.ensureDir(parentOf(entry.path), entry.layer);
    const name = baseName(entry.path);
    const existing = parent.children?.get(name);
    const node: FsNode = { ...entry };
    if (entry.type === 'dir') {
      // A directory over a directory merges (overlayfs semantics); over anything else it replaces.
      node.children = existing?.type === 'dir' && existing.children !== undefined ? existing.children : new Map();
    }
    (parent.children as Map<string, FsNode>).set(name, node);
  }

  /**
   * The directory at `path`, created (as root-owned 0755, like a tar
   * extractor does) when a layer lists a file before, or without, its parent.
   */
  private ensureDir(path: ImagePath, layer: number): FsNode {
    const parts = splitPath(path) ?? [];
    let node = this.root;
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i] as string;
      let child = node.children?.get(name);
      if (child === undefined || child.type !== 'dir') {
        child = { path: joinPath(parts.slice(0, i + 1)), type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer, children: new Map() };
        (node.children as Map<string, FsNode>).set(name, child);
      }
      node = child;
    }
    return node;
  }
}
