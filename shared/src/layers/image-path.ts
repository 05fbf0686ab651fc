/**
 * Paths inside an image root, as pure functions. Every path in the file-system
 * index is absolute and normalised (`/`, `/etc/passwd`): no `.`, no `..`, no
 * doubled or trailing slashes. A path that would climb above the root is not
 * clamped silently; it is reported, because a naive extractor would write it
 * outside the target folder.
 */

export type ImagePath = string;

/** Split a path into components, applying `.` and `..`; `undefined` when `..` climbs above the root. */
export function splitPath(path: string, base: readonly string[] = []): string[] | undefined {
  const out = path.startsWith('/') ? [] : [...base];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
      continue;
    }
    out.push(part);
  }
  return out;
}

/**
 * Components of a link target, `.`/`..` applied from `base` (the folder
 * holding the link), clamped at the root: the one rule for following links
 * in an image. Inside a container the root is `/`, so an absolute target is
 * taken inside the image root and a `..` at `/` stays at `/` (the kernel's
 * chroot rule, and securejoin's / containerd's `fs.RootPath` when layers are
 * extracted). Nothing is ever followed out of the root.
 */
export function clampedParts(target: string, base: readonly string[] = []): string[] {
  const out = target.startsWith('/') ? [] : [...base];
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

export const joinPath = (parts: readonly string[]): ImagePath => `/${parts.join('/')}`;

/** Names as builders write them: relative, an optional `./` first, one `/` between components, maybe one at the end. */
const PLAIN_NAME = /^(?:\.\/)?((?:[^/]+\/)*[^/]+)\/?$/;
/** A `.` or `..` component. */
const DOT_PART = /(?:^|\/)\.\.?(?:\/|$)/;

/** A tar member name (`./etc/x`, `etc/x/`, `/etc/x`) as an image path; `undefined` when it escapes the root. */
export function memberPath(name: string): ImagePath | undefined {
  // Most names need no splitting: called for every member of every layer, so they are taken as they are when plain.
  const plain = PLAIN_NAME.exec(name)?.[1];
  if (plain !== undefined && !DOT_PART.test(plain)) return `/${plain}`;
  const parts = splitPath(name.replace(/^\/+/, ''));
  return parts === undefined ? undefined : joinPath(parts);
}

export const parentOf = (p: ImagePath): ImagePath => {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
};

export const baseName = (p: ImagePath): string => p.slice(p.lastIndexOf('/') + 1);

/**
 * Where a link target points, lexically, from the folder that holds the link.
 * Absolute targets are taken inside the image root (never the host's).
 * `undefined` when a relative target climbs above the root.
 */
export function linkTarget(linkPath: ImagePath, target: string): ImagePath | undefined {
  const parts = splitPath(target, splitPath(parentOf(linkPath)) ?? []);
  return parts === undefined ? undefined : joinPath(parts);
}
