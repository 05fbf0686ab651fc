/**
 * What container-structure-test's default (docker) driver sees that the
 * image does not carry: it reads files out of a created container, and Docker
 * gives every container an init layer (moby daemon/initlayer, Setup) that adds,
 * when the image lacks them, empty mount points: the files /.dockerenv,
 * /etc/hosts, /etc/hostname, /etc/resolv.conf and /dev/console (mode 0755),
 * the directories /dev/pts, /dev/shm, /proc and /sys (and missing parents,
 * 0755), and the link /etc/mtab -> /proc/mounts, all owned by root. Files the
 * image has are left as they are. We add the same nodes to what file tests see,
 * so `shouldExist: false` on /etc/hosts fails as it does under CST.
 */
import type { FsNode } from '../../layers/fs-index.js';

type InitEntry = { type: 'file' | 'dir' | 'symlink'; linkname?: string };

const INIT_LAYER: ReadonlyMap<string, InitEntry> = new Map([
  ['/dev/pts', { type: 'dir' }],
  ['/dev/shm', { type: 'dir' }],
  ['/proc', { type: 'dir' }],
  ['/sys', { type: 'dir' }],
  ['/.dockerenv', { type: 'file' }],
  ['/etc/resolv.conf', { type: 'file' }],
  ['/etc/hosts', { type: 'file' }],
  ['/etc/hostname', { type: 'file' }],
  ['/dev/console', { type: 'file' }],
  ['/etc/mtab', { type: 'symlink', linkname: '/proc/mounts' }],
]);

/** Directories the init layer creates as parents of its entries. */
const INIT_PARENTS = new Set(['/dev', '/etc']);

/**
 * The node the init layer supplies at `path` (a clean absolute path) when the
 * image has nothing there, else undefined.
 */
export function initLayerNode(path: string): FsNode | undefined {
  const e = INIT_LAYER.get(path);
  const type = e?.type ?? (INIT_PARENTS.has(path) ? 'dir' : undefined);
  if (type === undefined) return undefined;
  const node: FsNode = { path, type, mode: type === 'symlink' ? 0o777 : 0o755, uid: 0, gid: 0, size: 0, layer: -1 };
  if (e?.linkname !== undefined) node.linkname = e.linkname;
  if (type === 'file') node.content = Buffer.alloc(0);
  if (type === 'dir') node.children = new Map();
  return node;
}
