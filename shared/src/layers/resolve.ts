/**
 * Following links inside the image root, the way the kernel does inside the
 * container: absolute targets start at the image root and a `..` at the root
 * stays there (image-path.ts `clampedParts`, the rule fs-index.ts uses too),
 * so nothing is ever followed out of the root, and nothing here touches the
 * host's file system.
 */
import type { FsIndex, FsNode } from './fs-index.js';
import { clampedParts, joinPath, splitPath, type ImagePath } from './image-path.js';

export type Resolved = { kind: 'found'; path: ImagePath; node: FsNode } | { kind: 'missing'; path: ImagePath } | { kind: 'loop'; link: ImagePath };

const MAX_LINKS = 40; // Linux's MAXSYMLINKS

/** Resolve `path`, following symlinks in every component and, when `followLast`, in the last one too. */
export function resolvePath(index: FsIndex, path: ImagePath, followLast = true): Resolved {
  let pending = splitPath(path) ?? [];
  let done: string[] = [];
  let node: FsNode = index.root;
  let hops = 0;
  while (pending.length > 0) {
    const [name, ...rest] = pending as [string, ...string[]];
    const child = node.children?.get(name);
    const here = [...done, name];
    if (child === undefined) return { kind: 'missing', path: joinPath([...here, ...rest]) };
    if (child.type === 'symlink' && (rest.length > 0 || followLast)) {
      if (++hops > MAX_LINKS) return { kind: 'loop', link: joinPath(here) };
      // Restart from the root with the target in place of the link.
      pending = [...clampedParts(child.linkname ?? '', done), ...rest];
      done = [];
      node = index.root;
      continue;
    }
    if (rest.length > 0 && child.type !== 'dir') return { kind: 'missing', path: joinPath([...here, ...rest]) };
    done = here;
    node = child;
    pending = rest;
  }
  return { kind: 'found', path: joinPath(done), node };
}

/** The node that holds a file's bytes: a hard link's target, else the node itself. */
export function dataNode(index: FsIndex, node: FsNode): FsNode | undefined {
  if (node.type !== 'hardlink') return node;
  const target = index.get(node.linkname ?? '');
  return target?.type === 'file' ? target : undefined;
}
