/**
 * The final file system of an image as a tree of metadata (no contents
 * unless a check asked for them): what `docker run` would see after every
 * layer is applied with OCI whiteouts (image-spec layer.md). A layer is first
 * read into a `LayerDelta`; `applyDelta` then applies that layer's opaque
 * markers and whiteouts to the layers below and only then adds its entries,
 * so the result does not depend on the order of members inside the tar
 * (an opaque marker never hides a sibling from its own layer).
 *
 * Where a member lands is decided the way a container runtime extracting the
 * layers in order decides it (containerd's `fs.RootPath`, moby's chrooted
 * unpack): symlinks among its parent folders are followed inside the root,
 * and a link that climbs above `/` is clamped to `/` (as securejoin does),
 * never followed out. So `l -> /usr/bin` then `l/su` is `/usr/bin/su`.
 *
 * Nothing here recurses: images can nest folders tens of thousands deep.
 */
import { baseName, clampedParts, parentOf, splitPath, type ImagePath } from './image-path.js';

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
  /**
   * The member's path as written in its layer, when links among its parents
   * put it elsewhere (`/l/su` for `/usr/bin/su`): what a re-read of the layer matches.
   */
  member?: ImagePath;
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

const MAX_LINKS = 40; // Linux's MAXSYMLINKS; past it the runtime fails with ELOOP

const childPath = (dir: FsNode, name: string): ImagePath => (dir.path === '/' ? `/${name}` : `${dir.path}/${name}`);

/** `dir === parentOf(path)` (`slash`: path's last `/`), told without making that string for each member. */
const isParentAsWritten = (dir: ImagePath, path: ImagePath, slash: number): boolean =>
  slash < 0 ? dir === '/' : dir.length === (slash === 0 ? 1 : slash) && path.startsWith(dir);

const rootNode = (): FsNode => ({ path: '/', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer: 0, children: new Map() });

export class FsIndex {
  readonly root: FsNode = rootNode();
  readonly anomalies: Anomaly[] = [];
  layerCount = 0;
  /** Uncompressed bytes of file contents per layer, shadowed ones included (what the image weighs). */
  readonly layerBytes: number[] = [];
  /**
   * Every layer's version of the files the scan was asked to keep in each
   * layer (scan's keepEveryLayer), by the path the member was written under,
   * in layer order.
   */
  readonly versions = new Map<ImagePath, { layer: number; content: Buffer }[]>();

  /**
   * What the scan's `derive` made of a file as it passed (scan.ts), by the
   * path the member was written under: the last layer's result. The file
   * may since have been removed or replaced: a reader checks that the node
   * at the path is still a file of that layer.
   */
  readonly derived = new Map<ImagePath, { layer: number; value: unknown }>();

  /**
   * Each folder's names, sorted, as walk() last listed them: every rule walks
   * the whole tree, and sorting each folder again for each walk was most of
   * a walk's time. Dropped whenever a layer is applied; a listing whose
   * length no longer matches its folder is made again.
   */
  private sortedNames = new WeakMap<Map<string, FsNode>, string[]>();

  /**
   * Every node below the root in walk() order, and for each the position
   * just past its subtree (to skip a folder not descended into): made by the
   * first walk from the root and reused by the next, since the rules and the
   * report each walk the whole tree (five walks of ~50k nodes per scan) and
   * one pass over an array is a fraction of a walk. Dropped whenever a layer
   * is applied, the only way the tree changes.
   */
  private preorder: { nodes: FsNode[]; ends: number[] } | undefined;

  /**
   * The folder the previous entry of applyDelta went into, by that entry's
   * parent path as written: tar lists a folder's files one after another,
   * so most entries find their folder here instead of walking from the root.
   * Cleared whenever a folder or a link is put or replaced (see put).
   */
  private lastFolder: { path: ImagePath; node: FsNode } | undefined;

  keepVersion(path: ImagePath, layer: number, content: Buffer): void {
    const list = this.versions.get(path) ?? [];
    list.push({ layer, content });
    this.versions.set(path, list);
  }

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

  /**
   * Every entry below `from`, depth first, parents before children, names
   * sorted. Iterative, with an explicit stack: a recursive walk overflows
   * the call stack on a crafted image nesting folders 10,000 deep. When
   * `descend` returns false for a folder, the folder is yielded but not its contents.
   * From the root, the walk goes over the listing made once (`preorder`):
   * the tree is only changed by applyDelta, never while it is walked.
   */
  *walk(from: FsNode = this.root, descend?: (dir: FsNode) => boolean): Generator<FsNode> {
    if (from === this.root) {
      const { nodes, ends } = this.order();
      for (let i = 0; i < nodes.length;) {
        const node = nodes[i] as FsNode;
        yield node;
        i = node.type === 'dir' && descend !== undefined && !descend(node) ? (ends[i] as number) : i + 1;
      }
      return;
    }
    const stack: { dir: FsNode; names: string[]; next: number }[] = [];
    const open = (dir: FsNode): void => {
      if (dir.children !== undefined && dir.children.size > 0) stack.push({ dir, names: this.names(dir.children), next: 0 });
    };
    open(from);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { dir: FsNode; names: string[]; next: number };
      if (top.next === top.names.length) {
        stack.pop();
        continue;
      }
      const child = top.dir.children?.get(top.names[top.next++] as string);
      if (child === undefined) continue; // removed by the consumer while walking
      yield child;
      if (child.type === 'dir' && (descend === undefined || descend(child))) open(child);
    }
  }

  /** The whole tree in walk() order (see `preorder`), made iteratively like walk(). */
  private order(): { nodes: FsNode[]; ends: number[] } {
    if (this.preorder !== undefined) return this.preorder;
    const nodes: FsNode[] = [];
    const ends: number[] = [];
    // `at`: the folder's own position in `nodes` (-1 for the root), whose end is known once its listing is done.
    const stack: { dir: FsNode; names: string[]; next: number; at: number }[] = [];
    // No closure for opening a folder: under tsx (the benchmarks) each one made per call costs a defineProperty.
    if (this.root.children !== undefined && this.root.children.size > 0) stack.push({ dir: this.root, names: this.names(this.root.children), next: 0, at: -1 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { dir: FsNode; names: string[]; next: number; at: number };
      if (top.next === top.names.length) {
        stack.pop();
        if (top.at >= 0) ends[top.at] = nodes.length;
        continue;
      }
      const child = top.dir.children?.get(top.names[top.next++] as string) as FsNode;
      const at = nodes.length;
      nodes.push(child);
      ends.push(at + 1); // an empty folder's, or a leaf's; a folder's own is set when its listing is done
      if (child.type === 'dir' && child.children !== undefined && child.children.size > 0)
        stack.push({ dir: child, names: this.names(child.children), next: 0, at });
    }
    this.preorder = { nodes, ends };
    return this.preorder;
  }

  private names(children: Map<string, FsNode>): string[] {
    let names = this.sortedNames.get(children);
    if (names === undefined || names.length !== children.size) {
      names = [...children.keys()].sort();
      this.sortedNames.set(children, names);
    }
    return names;
  }

  /**
   * Apply one layer on top of what is there. With `adopt`, the delta is the
   * index's to keep: its entries become the nodes themselves instead of being
   * copied (scan.ts drops each delta once applied; one object less per member,
   * and a copy of entries of several shapes was most of the time applying took).
   */
  applyDelta(delta: LayerDelta, { adopt = false }: { adopt?: boolean } = {}): void {
    this.sortedNames = new WeakMap();
    this.preorder = undefined;
    this.lastFolder = undefined;
    for (const dir of delta.opaques) {
      const parts = splitPath(dir) ?? [];
      const node = this.folder(dir, parts, parts.length, delta.layer, false);
      if (node?.children !== undefined) node.children.clear();
    }
    for (const path of delta.whiteouts) this.remove(path);
    let bytes = 0;
    for (const entry of delta.entries) {
      this.put(entry, adopt);
      bytes += entry.size;
    }
    this.lastFolder = undefined;
    this.layerCount = Math.max(this.layerCount, delta.layer + 1);
    this.layerBytes[delta.layer] = bytes;
  }

  private remove(path: ImagePath): void {
    if (path === '/') return;
    const parts = splitPath(path) ?? [];
    this.folder(path, parts, parts.length - 1, 0, false)?.children?.delete(baseName(path));
  }

  private put(entry: FsEntry, adopt: boolean): void {
    const path = entry.path;
    if (path === '/') {
      // The root's own metadata (buildah and docker write `./`).
      Object.assign(this.root, { mode: entry.mode, uid: entry.uid, gid: entry.gid, layer: entry.layer });
      return;
    }
    // The parent as written (parentOf) and the last component; two entries with the same parent as written
    // and a plain last component land in the same folder, so the previous entry's folder serves.
    const slash = path.lastIndexOf('/');
    const tail = path.slice(slash + 1);
    const plain = tail !== '' && tail !== '.' && tail !== '..';
    let parent: FsNode | undefined;
    let name: string;
    const last = this.lastFolder;
    if (plain && last !== undefined && isParentAsWritten(last.path, path, slash)) {
      parent = last.node;
      name = tail;
    } else {
      const parts = splitPath(path) ?? [];
      parent = this.folder(path, parts, parts.length - 1, entry.layer, true);
      // Links among the parents that loop, or a file where a folder should be:
      // the runtime fails this member (ELOOP, ENOTDIR), so it never exists.
      if (parent === undefined) return;
      name = parts[parts.length - 1] as string;
      if (plain && name === tail) this.lastFolder = { path: parentOf(path), node: parent };
    }
    const node: FsNode = adopt ? entry : { ...entry };
    if (!isParentAsWritten(parent.path, path, slash)) {
      node.path = childPath(parent, name);
      node.member = path;
    }
    if (entry.type === 'hardlink' && entry.linkname !== undefined) {
      // The runtime resolves a hard link's target folder the same way (containerd's hardlinkRootPath).
      const target = splitPath(entry.linkname) ?? [];
      const dir = target.length > 0 ? this.folder(entry.linkname, target, target.length - 1, entry.layer, false) : undefined;
      if (dir !== undefined && dir.path !== parentOf(entry.linkname)) node.linkname = childPath(dir, target[target.length - 1] as string);
    }
    const children = parent.children as Map<string, FsNode>;
    const existing = children.get(name);
    if (entry.type === 'dir') {
      // A directory over a directory merges (overlayfs semantics); over anything else it replaces.
      node.children = existing?.type === 'dir' && existing.children !== undefined ? existing.children : new Map();
    }
    children.set(name, node);
    // A folder or a link put or replaced may change where a later entry's parent path leads: find it from the root again.
    if (node.type === 'dir' || node.type === 'symlink' || existing?.type === 'dir' || existing?.type === 'symlink') this.lastFolder = undefined;
  }

  /**
   * The folder named by the first `count` components of `parts` (the split
   * of `path`), as the runtime reaches it: symlinks followed inside the root,
   * clamped at `/`. With `create`, a missing folder is made as a root-owned
   * 0755 directory, as a tar extractor does when a layer lists a file before,
   * or without, its parent; without it, undefined. Undefined too when the
   * links loop or a non-directory is in the way (the runtime fails there).
   */
  private folder(path: ImagePath, parts: readonly string[], count: number, layer: number, create: boolean): FsNode | undefined {
    let node = this.root;
    let pending = parts;
    let end = count;
    // While no link was followed, a folder's path is a prefix of `path`: a
    // slice shares its characters, which keeps deep trees linear in memory.
    let lexical = true;
    let offset = 0;
    let hops = 0;
    for (let i = 0; i < end; i++) {
      const name = pending[i] as string;
      let child = node.children?.get(name);
      if (child?.type === 'symlink') {
        if (++hops > MAX_LINKS) return undefined;
        const from = node === this.root ? [] : (splitPath(node.path) ?? []);
        pending = [...clampedParts(child.linkname ?? '', from), ...pending.slice(i + 1, end)];
        end = pending.length;
        i = -1;
        node = this.root;
        lexical = false;
        continue;
      }
      offset += 1 + name.length;
      // A file (or device, or hard link) in the way: the runtime fails this
      // member with ENOTDIR, so it never exists, and what is there stays.
      if (child !== undefined && child.type !== 'dir') return undefined;
      if (child === undefined) {
        if (!create) return undefined;
        child = {
          path: lexical ? path.slice(0, offset) : childPath(node, name),
          type: 'dir',
          mode: 0o755,
          uid: 0,
          gid: 0,
          size: 0,
          layer,
          children: new Map(),
        };
        (node.children as Map<string, FsNode>).set(name, child);
      }
      node = child;
    }
    return node;
  }
}
