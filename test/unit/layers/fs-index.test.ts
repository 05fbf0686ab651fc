import { describe, expect, it } from '@jest/globals';
import { FsIndex, type FsEntry, type LayerDelta } from '../../../shared/src/layers/fs-index.js';
import { clampedParts, linkTarget, memberPath, splitPath } from '../../../shared/src/layers/image-path.js';
import { dataNode, resolvePath } from '../../../shared/src/layers/resolve.js';
import { addMember } from '../../../shared/src/layers/scan.js';
import type { Member } from '../../../shared/src/layers/tar-members.js';

const m = (name: string, extra: Partial<Member> = {}): Member => ({
  name,
  type: name.endsWith('/') ? 'directory' : 'file',
  mode: 0o644,
  uid: 0,
  gid: 0,
  size: 0,
  ...extra,
});

/** Build an index from layers of tar members, in the order given. */
function build(layers: Member[][]): FsIndex {
  const index = new FsIndex();
  layers.forEach((members, layer) => {
    const delta: LayerDelta = { layer, entries: [], whiteouts: [], opaques: [] };
    for (const mem of members) addMember(delta, index.anomalies, mem, undefined);
    index.applyDelta(delta);
  });
  return index;
}
const paths = (ix: FsIndex): string[] => [...ix.walk()].map((n) => n.path);

describe('image paths', () => {
  it.each([
    ['./etc/passwd', '/etc/passwd'],
    ['etc/', '/etc'],
    ['/usr//bin/./env', '/usr/bin/env'],
    ['a/b/../c', '/a/c'],
    ['./', '/'],
  ])('member %s is %s', (name, want) => expect(memberPath(name)).toBe(want));

  it('takes plain names as they are and every other name through splitPath, with the same result (all names of up to 4 odd components)', () => {
    const bySplit = (name: string): string | undefined => {
      const parts = splitPath(name.replace(/^\/+/, ''));
      return parts === undefined ? undefined : `/${parts.join('/')}`;
    };
    const atoms = ['', '.', '..', '/', '//', 'a', '.a', 'a.', '...', '.wh.x', ' '];
    const differ: string[] = [];
    const names = (prefix: string, depth: number): void => {
      if (memberPath(prefix) !== bySplit(prefix)) differ.push(prefix);
      if (depth > 0) for (const x of atoms) names(prefix + x, depth - 1);
    };
    names('', 4);
    expect(differ).toEqual([]);
  });

  it('refuses names that climb out of the root', () => {
    expect(memberPath('../etc/passwd')).toBeUndefined();
    expect(memberPath('a/../../x')).toBeUndefined();
    expect(splitPath('..')).toBeUndefined();
  });

  it('resolves link targets lexically, absolute ones inside the image root', () => {
    expect(linkTarget('/usr/bin/python', 'python3.11')).toBe('/usr/bin/python3.11');
    expect(linkTarget('/lib', 'usr/lib')).toBe('/usr/lib');
    expect(linkTarget('/a/b/link', '/etc/shadow')).toBe('/etc/shadow');
    expect(linkTarget('/a/link', '../../../etc/shadow')).toBeUndefined();
  });
});

describe('FsIndex whiteouts', () => {
  it('deletes a file with .wh.<name> in a later layer', () => {
    const ix = build([[m('etc/'), m('etc/secret'), m('etc/keep')], [m('etc/.wh.secret')]]);
    expect(paths(ix)).toEqual(['/etc', '/etc/keep']);
  });

  it('deletes a whole folder with its contents', () => {
    const ix = build([[m('app/'), m('app/.git/'), m('app/.git/config'), m('app/main')], [m('app/.wh..git')]]);
    expect(paths(ix)).toEqual(['/app', '/app/main']);
  });

  it('an opaque folder hides everything from lower layers but keeps its own layer’s entries, wherever the marker sits', () => {
    const lower = [m('var/'), m('var/cache/'), m('var/cache/old1'), m('var/cache/sub/'), m('var/cache/sub/old2')];
    const before = build([lower, [m('var/cache/'), m('var/cache/new'), m('var/cache/.wh..wh..opq')]]);
    const after = build([lower, [m('var/cache/'), m('var/cache/.wh..wh..opq'), m('var/cache/new')]]);
    expect(paths(before)).toEqual(['/var', '/var/cache', '/var/cache/new']);
    expect(paths(after)).toEqual(paths(before));
  });

  it('a whiteout and a new entry of the same name in one layer replace the lower one', () => {
    const ix = build([
      [m('x/'), m('x/inner')],
      [m('x', { type: 'file', size: 3 }), m('.wh.x')],
    ]);
    expect(paths(ix)).toEqual(['/x']);
    expect(ix.get('/x')?.type).toBe('file');
    expect(ix.get('/x')?.layer).toBe(1);
  });

  it('a directory over a directory merges; a file over a directory replaces it', () => {
    const merged = build([
      [m('d/'), m('d/a')],
      [m('d/', { mode: 0o700 }), m('d/b')],
    ]);
    expect(paths(merged)).toEqual(['/d', '/d/a', '/d/b']);
    expect(merged.get('/d')?.mode).toBe(0o700);
    const replaced = build([[m('d/'), m('d/a')], [m('d')]]);
    expect(paths(replaced)).toEqual(['/d']);
  });

  it('creates missing parents and records per-layer bytes', () => {
    const ix = build([[m('deep/a/b/file', { size: 10 })], [m('x', { size: 5 })]]);
    expect(ix.get('/deep/a')?.type).toBe('dir');
    expect(ix.layerBytes).toEqual([10, 5]);
  });

  it('keeps uid, gid, mode with special bits, and layer', () => {
    const ix = build([[m('usr/bin/passwd', { mode: 0o4755, uid: 0, gid: 42 })], [m('home/app/', { uid: 1000, gid: 1000, mode: 0o750 })]]);
    expect(ix.get('/usr/bin/passwd')).toMatchObject({ mode: 0o4755, uid: 0, gid: 42, layer: 0, type: 'file' });
    expect(ix.get('/home/app')).toMatchObject({ mode: 0o750, uid: 1000, gid: 1000, layer: 1, type: 'dir' });
  });
});

describe('links', () => {
  const ix = build([
    [
      m('usr/'),
      m('usr/lib/'),
      m('usr/lib/libc.so', { size: 100 }),
      m('lib', { type: 'symlink', linkname: 'usr/lib' }),
      m('etc/'),
      m('etc/alt', { type: 'symlink', linkname: '/usr/lib/libc.so' }),
      m('etc/loop1', { type: 'symlink', linkname: 'loop2' }),
      m('etc/loop2', { type: 'symlink', linkname: 'loop1' }),
      m('etc/evil', { type: 'symlink', linkname: '../../../../host/etc/shadow' }),
      m('etc/climb', { type: 'symlink', linkname: '../../../../usr/lib/libc.so' }),
      m('etc/hard', { type: 'link', linkname: 'usr/lib/libc.so' }),
      m('../escaped-member'),
      m('etc/hard-evil', { type: 'link', linkname: '../../outside' }),
    ],
  ]);

  it('follows relative and absolute symlinks inside the image root', () => {
    expect(resolvePath(ix, '/lib/libc.so')).toMatchObject({ kind: 'found', path: '/usr/lib/libc.so' });
    expect(resolvePath(ix, '/etc/alt')).toMatchObject({ kind: 'found', path: '/usr/lib/libc.so' });
    expect(resolvePath(ix, '/etc/alt', false)).toMatchObject({ kind: 'found', path: '/etc/alt' });
  });

  it('clamps a link that climbs above the root at the root, as the container does (never out of it), and reports loops', () => {
    // The same rule fs-index.ts uses to place members written through linked folders.
    expect(resolvePath(ix, '/etc/evil')).toEqual({ kind: 'missing', path: '/host/etc/shadow' });
    expect(resolvePath(ix, '/etc/climb')).toMatchObject({ kind: 'found', path: '/usr/lib/libc.so' });
    expect(clampedParts('../../../etc/shadow', ['a'])).toEqual(['etc', 'shadow']);
    expect(clampedParts('/etc/../../x', ['a', 'b'])).toEqual(['x']);
    expect(resolvePath(ix, '/etc/loop1')).toEqual({ kind: 'loop', link: expect.stringMatching(/^\/etc\/loop[12]$/) });
    expect(resolvePath(ix, '/nope/x')).toEqual({ kind: 'missing', path: '/nope/x' });
  });

  it('records escaping members and links as anomalies, and drops escaping members', () => {
    expect(ix.anomalies.map((a) => `${a.kind} ${a.path}`)).toEqual([
      'symlink-escape /etc/evil',
      'symlink-escape /etc/climb',
      'path-escape ../escaped-member',
      'hardlink-escape /etc/hard-evil',
    ]);
    expect(ix.has('/escaped-member')).toBe(false);
    expect(ix.has('/etc/hard-evil')).toBe(false);
  });

  it('a hard link reads its target’s data', () => {
    const hard = ix.get('/etc/hard');
    expect(hard?.type).toBe('hardlink');
    expect(dataNode(ix, hard as NonNullable<typeof hard>)?.path).toBe('/usr/lib/libc.so');
  });
});

export type { FsEntry };

describe('FsIndex: one layer changing its own folders as it goes', () => {
  it('files after a folder was replaced by a link in the same layer land where the link leads, not in the folder it replaced', () => {
    const ix = build([
      [
        m('b/'),
        m('a/'),
        m('a/x'),
        m('a', { type: 'symlink', linkname: 'b' }),
        m('a/y'),
        m('a/z'),
        // And back: a folder again over the link, so the next files are its own.
        m('a/', { type: 'directory' }),
        m('a/w'),
      ],
    ]);
    expect(paths(ix)).toEqual(['/a', '/a/w', '/b', '/b/y', '/b/z']);
    expect(ix.get('/b/y')).toMatchObject({ member: '/a/y' });
    expect(ix.get('/b/z')).toMatchObject({ member: '/a/z' });
  });

  it('a file over a folder drops what was below it; a later file under that path fails as it would in the runtime', () => {
    const ix = build([[m('d/'), m('d/e/'), m('d/e/f'), m('d/e'), m('d/e/g'), m('d/h')]]);
    expect(paths(ix)).toEqual(['/d', '/d/e', '/d/h']);
    expect(ix.get('/d/e')).toMatchObject({ type: 'file' });
  });

  it('a walk after another layer lists that layer’s names too, sorted', () => {
    const ix = build([[m('z'), m('y/'), m('y/b')]]);
    expect(paths(ix)).toEqual(['/y', '/y/b', '/z']);
    const delta: LayerDelta = { layer: 1, entries: [], whiteouts: [], opaques: [] };
    for (const mem of [m('y/a'), m('x')]) addMember(delta, ix.anomalies, mem, undefined);
    ix.applyDelta(delta);
    expect(paths(ix)).toEqual(['/x', '/y', '/y/a', '/y/b', '/z']);
  });
});

describe('FsIndex: walks from the root reuse one listing', () => {
  const tree = (): FsIndex => build([[m('b/'), m('b/x/'), m('b/x/1'), m('b/y'), m('a'), m('c/'), m('c/z/'), m('c/z/2'), m('e/')], [m('d')]]);

  it('a folder not descended into is listed but not its contents, and the walk goes on with what follows it', () => {
    const ix = tree();
    expect(paths(ix)).toEqual(['/a', '/b', '/b/x', '/b/x/1', '/b/y', '/c', '/c/z', '/c/z/2', '/d', '/e']);
    const asked: string[] = [];
    const skipped = [...ix.walk(ix.root, (d) => (asked.push(d.path), d.path !== '/b/x' && d.path !== '/c'))].map((n) => n.path);
    expect(skipped).toEqual(['/a', '/b', '/b/x', '/b/y', '/c', '/d', '/e']);
    expect(asked).toEqual(['/b', '/b/x', '/c', '/e']);
    // The same as a walk from a folder below the root, which lists that folder as it is.
    expect([...ix.walk(ix.get('/c'))].map((n) => n.path)).toEqual(['/c/z', '/c/z/2']);
    expect(paths(ix)).toEqual(['/a', '/b', '/b/x', '/b/x/1', '/b/y', '/c', '/c/z', '/c/z/2', '/d', '/e']);
  });

  it('a delta applied with adopt gives the same tree, its entries being the nodes; without it they are copied', () => {
    const entries = (layer: number): LayerDelta => {
      const delta: LayerDelta = { layer, entries: [], whiteouts: [], opaques: [] };
      for (const mem of [m('b/'), m('b/x'), m('l', { type: 'symlink', linkname: 'b' }), m('l/y'), m('h', { type: 'link', linkname: 'l/y' })])
        addMember(delta, [], mem, undefined);
      return delta;
    };
    const copied = new FsIndex();
    const kept = entries(0);
    copied.applyDelta(kept);
    const adopted = new FsIndex();
    const given = entries(0);
    adopted.applyDelta(given, { adopt: true });
    expect([...adopted.walk()]).toEqual([...copied.walk()]);
    expect(adopted.get('/b/y')).toMatchObject({ path: '/b/y', member: '/l/y' });
    expect(adopted.get('/h')).toMatchObject({ linkname: '/b/y' });
    expect(adopted.get('/b/x')).toBe(given.entries[1]);
    expect(copied.get('/b/x')).not.toBe(kept.entries[1]);
    expect(kept.entries[3]).toMatchObject({ path: '/l/y' });
    expect(kept.entries[3]?.member).toBeUndefined();
  });
});
