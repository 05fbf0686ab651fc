/**
 * Go's os.FileMode.String(), which container-structure-test compares
 * `permissions` against: type and special bits as leading letters from
 * "dalTLDpSugct?" (none: `-`), then rwxrwxrwx. So a setuid file is
 * `urwxr-xr-x` and /tmp is `dtrwxrwxrwx`.
 */
import type { FsNode } from '../../layers/fs-index.js';

export function goFileMode(node: Pick<FsNode, 'type' | 'mode'>): string {
  let prefix = '';
  if (node.type === 'dir') prefix += 'd';
  if (node.type === 'symlink') prefix += 'L';
  if (node.type === 'char' || node.type === 'block') prefix += 'D';
  if (node.type === 'fifo') prefix += 'p';
  if ((node.mode & 0o4000) !== 0) prefix += 'u';
  if ((node.mode & 0o2000) !== 0) prefix += 'g';
  if (node.type === 'char') prefix += 'c';
  if ((node.mode & 0o1000) !== 0) prefix += 't';
  const rwx = 'rwxrwxrwx'
    .split('')
    .map((c, i) => ((node.mode & (1 << (8 - i))) !== 0 ? c : '-'))
    .join('');
  return `${prefix === '' ? '-' : prefix}${rwx}`;
}
