/**
 * Our tar parser against tar-stream (which the layer scan used before it):
 * the same archives, written by GNU tar here in every format it has, give
 * the same members field for field and the same file bodies, whatever the
 * archive's split into chunks (1 byte, around the block size, random). And a
 * cut archive fails in both, after the same members. The few places where we
 * differ on purpose (tar-parse.ts's header) have their own tests below.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import tar from 'tar-stream';
import { TarParser, type Member } from '../../../shared/src/layers/tar-parse.js';

const run = promisify(execFile);

interface Seen {
  m: Member;
  /** sha256 of a file's body. */
  body?: string;
}

const hash = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** What readMembers made of a tar-stream header until now (its toMember, kept here as the reference). */
function referenceMember(h: tar.Header): Member {
  const t = h.type ?? 'file';
  const type: Member['type'] =
    t === 'file' || t === 'contiguous-file'
      ? 'file'
      : t === 'link' || t === 'symlink' || t === 'directory' || t === 'character-device' || t === 'block-device' || t === 'fifo'
        ? t
        : 'other';
  const m: Member = { name: h.name, type, mode: (h.mode ?? 0) & 0o7777, uid: h.uid ?? 0, gid: h.gid ?? 0, size: type === 'file' ? (h.size ?? 0) : 0 };
  if (h.linkname !== undefined && h.linkname !== null && h.linkname !== '') m.linkname = h.linkname;
  return m;
}

/** tar-stream's members (bodies of files hashed), and its error if it failed. */
async function viaTarStream(archive: Buffer, allowUnknownFormat = false): Promise<{ seen: Seen[]; error?: string }> {
  const seen: Seen[] = [];
  const extract = tar.extract({ allowUnknownFormat } as unknown as Parameters<typeof tar.extract>[0]);
  return new Promise((resolve) => {
    let done = false;
    const finish = (error?: Error): void => {
      if (done) return;
      done = true;
      resolve(error === undefined ? { seen } : { seen, error: error.message });
    };
    extract.on('entry', (h, body, next) => {
      const chunks: Buffer[] = [];
      body.on('data', (c: unknown) => chunks.push(c as Buffer));
      body.on('error', (e: Error) => finish(e));
      body.on('end', () => {
        const m = referenceMember(h);
        seen.push(m.type === 'file' ? { m, body: hash(Buffer.concat(chunks)) } : { m });
        next();
      });
    });
    extract.on('finish', () => finish());
    extract.on('error', (e: Error) => finish(e));
    extract.end(archive);
  });
}

/** Deterministic random numbers (mulberry32), so a failing split can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Split = number | 'random';

function chunksOf(archive: Buffer, split: Split, seed = 1): Buffer[] {
  const out: Buffer[] = [];
  const next = random(seed);
  for (let i = 0; i < archive.length;) {
    const n = split === 'random' ? 1 + Math.floor(next() * 3000) : split;
    out.push(archive.subarray(i, i + n));
    i += n;
  }
  return out;
}

/** Our members, bodies taken whole (a cap) or through a sink, the archive fed in `split`-sized chunks. */
function viaParser(archive: Buffer, split: Split, how: 'cap' | 'sink' = 'cap', seed = 1): { seen: Seen[]; error?: string } {
  const seen: Seen[] = [];
  let sunk: Buffer[] = [];
  const parser = new TarParser(
    {
      wantBody: () => {
        sunk = [];
        return how === 'cap' ? Number.MAX_SAFE_INTEGER : (c) => sunk.push(Buffer.from(c));
      },
      member: (m, body) => {
        if (m.type !== 'file') seen.push({ m });
        else seen.push({ m, body: hash(how === 'cap' ? (body as Buffer) : Buffer.concat(sunk)) });
      },
    },
    'the archive',
  );
  try {
    for (const c of chunksOf(archive, split, seed)) parser.write(c);
    parser.end();
    return { seen };
  } catch (e) {
    return { seen, error: (e as Error).message };
  }
}

let tmp: string;
const archives = new Map<string, Buffer>();

async function sh(cmd: string, args: string[], cwd?: string): Promise<void> {
  await run(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
}

/** A tree with what layers hold: files of sizes around the block, modes, links, devices, a ustar-prefix path, UTF-8. */
async function commonTree(dir: string, devices: boolean): Promise<void> {
  const w = async (p: string, data: Buffer | string, mode = 0o644): Promise<void> => {
    await fs.mkdir(path.dirname(path.join(dir, p)), { recursive: true });
    await fs.writeFile(path.join(dir, p), data);
    await fs.chmod(path.join(dir, p), mode);
  };
  const next = random(7);
  await w('etc/os-release', 'ID=debian\nVERSION_ID="12"\n');
  await w('empty', '');
  await w('b/512', Buffer.alloc(512, 0x61));
  await w('b/513', Buffer.alloc(513, 0x62));
  await w('b/511', Buffer.alloc(511, 0x63));
  await w('b/70000', Buffer.from(Array.from({ length: 70000 }, () => Math.floor(next() * 256))));
  await w('usr/bin/su', '#!/bin/sh\n', 0o4755);
  await w('usr/share/naïve-файл-😀.txt', 'unicode\n');
  // 150 characters in all: ustar splits it into prefix and name.
  await w(`${'p'.repeat(90)}/${'n'.repeat(59)}`, 'prefix\n');
  await fs.mkdir(path.join(dir, 'tmp'));
  await fs.chmod(path.join(dir, 'tmp'), 0o1777);
  await fs.symlink('../etc/os-release', path.join(dir, 'usr/os-release'));
  await fs.symlink('/etc/os-release', path.join(dir, 'abs-link'));
  await fs.link(path.join(dir, 'usr/bin/su'), path.join(dir, 'usr/bin/su-hard'));
  await sh('mkfifo', [path.join(dir, 'fifo')]);
  if (devices) {
    await sh('mknod', [path.join(dir, 'null'), 'c', '1', '3']);
    await sh('mknod', [path.join(dir, 'loop0'), 'b', '7', '0']);
  }
}

/** What only GNU and PAX can hold: paths over 255 bytes, link targets over 100, a sparse file. */
async function longTree(dir: string): Promise<void> {
  const deep = path.join(dir, 'a'.repeat(200));
  await fs.mkdir(deep, { recursive: true });
  await fs.writeFile(path.join(deep, 'b'.repeat(80)), 'long\n');
  await fs.writeFile(path.join(deep, `ü${'c'.repeat(120)}`), 'long unicode\n');
  await fs.symlink(`/${'t'.repeat(300)}`, path.join(dir, 'long-symlink'));
  await fs.link(path.join(deep, 'b'.repeat(80)), path.join(deep, `hard-${'d'.repeat(100)}`));
  const sparse = await fs.open(path.join(dir, 'sparse'), 'w');
  await sparse.write(Buffer.from('start'), 0, 5, 0);
  await sparse.write(Buffer.from('middle'), 0, 6, 2 * 1024 * 1024);
  await sparse.truncate(4 * 1024 * 1024);
  await sparse.close();
}

const tarCreate = async (name: string, cwd: string, args: string[]): Promise<void> => {
  const out = path.join(tmp, `${name}.tar`);
  await sh('tar', ['-cf', out, '--sort=name', '--numeric-owner', ...args, '.'], cwd);
  archives.set(name, await fs.readFile(out));
};

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tar-diff-'));
  const common = path.join(tmp, 'common');
  await fs.mkdir(common);
  // Device nodes need root (mknod); without it the archives hold the rest.
  await commonTree(common, process.getuid?.() === 0);
  const long = path.join(tmp, 'long');
  await fs.mkdir(long);
  await longTree(long);
  const v7 = path.join(tmp, 'v7');
  await fs.mkdir(path.join(v7, 'etc'), { recursive: true });
  await fs.writeFile(path.join(v7, 'etc/passwd'), 'root:x:0:0::/root:/bin/sh\n');
  await fs.writeFile(path.join(v7, 'big'), Buffer.alloc(5000, 0x7a));
  await fs.symlink('etc/passwd', path.join(v7, 'pw'));
  await fs.link(path.join(v7, 'big'), path.join(v7, 'big-hard'));
  const owner = ['--owner=1234', '--group=5678'];
  for (const format of ['gnu', 'oldgnu', 'pax', 'ustar']) await tarCreate(`common-${format}`, common, [`--format=${format}`, ...owner]);
  // Blocking factor 1: the archive ends right after the two zero blocks (cuts near the end are then cuts of the marker, not of GNU tar's record padding).
  await tarCreate('common-gnu-b1', common, ['--format=gnu', '-b', '1']);
  for (const format of ['gnu', 'oldgnu', 'pax']) await tarCreate(`long-${format}`, long, [`--format=${format}`, '--sparse']);
  await tarCreate('v7', v7, ['--format=v7']);
  // Ids over ustar's 7 octal digits: GNU writes them base-256.
  await tarCreate('bigid-gnu', v7, ['--format=gnu', '--owner=3000000', '--group=3000001']);
  // A PAX global header (keyword=value without ':' goes there) before the members.
  await tarCreate('global-pax', common, ['--format=pax', '--pax-option=comment=built-here']);
}, 60_000);

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const SPLITS: Split[] = [1, 511, 512, 513, 4096, 1 << 20, 'random'];

describe('the same members and bodies as tar-stream', () => {
  const names = [
    'common-gnu',
    'common-oldgnu',
    'common-pax',
    'common-ustar',
    'common-gnu-b1',
    'long-gnu',
    'long-oldgnu',
    'long-pax',
    'bigid-gnu',
    'global-pax',
  ];
  it.each(names)('%s, in every split, bodies whole and streamed', async (name) => {
    const archive = archives.get(name) as Buffer;
    const reference = await viaTarStream(archive);
    expect(reference.error).toBeUndefined();
    expect(reference.seen.length).toBeGreaterThan(5);
    for (const split of SPLITS) {
      expect({ split, ...viaParser(archive, split) }).toEqual({ split, ...reference });
      expect({ split, ...viaParser(archive, split, 'sink') }).toEqual({ split, ...reference });
    }
    for (let seed = 2; seed < 12; seed++) expect({ seed, ...viaParser(archive, 'random', 'cap', seed) }).toEqual({ seed, ...reference });
  });

  it('the archives hold what they are meant to (so the comparison covers it)', () => {
    const members = (name: string): Member[] => viaParser(archives.get(name) as Buffer, 1 << 20).seen.map((s) => s.m);
    const pax = members('common-pax');
    expect(pax.find((m) => m.name === './usr/share/naïve-файл-😀.txt')).toMatchObject({ type: 'file', size: 8, uid: 1234, gid: 5678 });
    expect(pax.find((m) => m.name === './usr/bin/su')).toMatchObject({ mode: 0o4755 });
    expect(pax.find((m) => m.name === './usr/bin/su-hard')).toMatchObject({ type: 'link', linkname: './usr/bin/su', size: 0 });
    expect(pax.find((m) => m.name === './tmp/')).toMatchObject({ type: 'directory', mode: 0o1777 });
    expect(pax.find((m) => m.name === './fifo')).toMatchObject({ type: 'fifo' });
    if (process.getuid?.() === 0) {
      expect(pax.find((m) => m.name === './null')).toMatchObject({ type: 'character-device' });
      expect(pax.find((m) => m.name === './loop0')).toMatchObject({ type: 'block-device' });
    }
    expect(members('common-ustar').find((m) => m.name === `./${'p'.repeat(90)}/${'n'.repeat(59)}`)).toMatchObject({ type: 'file', size: 7 });
    for (const f of ['long-gnu', 'long-oldgnu', 'long-pax']) {
      const long = members(f);
      expect(long.find((m) => m.name === `./${'a'.repeat(200)}/${'b'.repeat(80)}`)).toMatchObject({ type: 'file', size: 5 });
      expect(long.find((m) => m.name === './long-symlink')).toMatchObject({ type: 'symlink', linkname: `/${'t'.repeat(300)}` });
      expect(long.find((m) => m.name === `./${'a'.repeat(200)}/hard-${'d'.repeat(100)}`)).toMatchObject({
        type: 'link',
        linkname: `./${'a'.repeat(200)}/${'b'.repeat(80)}`,
      });
    }
    // GNU's sparse member ('S') is a file to tar-stream and to us, its size the data stored.
    expect(members('long-gnu').find((m) => m.name === './sparse')).toMatchObject({ type: 'file' });
    expect(members('bigid-gnu').find((m) => m.name === './etc/passwd')).toMatchObject({ uid: 3000000, gid: 3000001 });
    expect(archives.get('global-pax')?.includes('comment=built-here')).toBe(true);
  });

  it('v7 (no ustar magic): what tar-stream reads when told to accept it (it refuses by default; GNU tar and Go read it)', async () => {
    const archive = archives.get('v7') as Buffer;
    expect((await viaTarStream(archive)).error).toContain('unknown format');
    const reference = await viaTarStream(archive, true);
    expect(reference.error).toBeUndefined();
    for (const split of SPLITS) expect({ split, ...viaParser(archive, split) }).toEqual({ split, ...reference });
    expect(reference.seen.map((s) => s.m)).toContainEqual({ name: './pw', type: 'symlink', mode: 0o777, uid: 0, gid: 0, size: 0, linkname: 'etc/passwd' });
  });
});

describe('a cut archive', () => {
  it('fails in both, after the same members, wherever it is cut', async () => {
    const archive = archives.get('common-gnu-b1') as Buffer;
    const next = random(3);
    const cuts = new Set<number>([
      1,
      511,
      512,
      513,
      archive.length - 1024,
      archive.length - 1023,
      archive.length - 513,
      archive.length - 512,
      archive.length - 1,
    ]);
    for (let i = 0; i < 60; i++) cuts.add(Math.floor(next() * archive.length));
    for (const cut of cuts) {
      const part = archive.subarray(0, cut);
      const reference = await viaTarStream(part);
      const ours = viaParser(part, 'random', 'cap', cut);
      // The members both finished (one may finish the member the cut fell in the padding of, the other not).
      const n = Math.min(ours.seen.length, reference.seen.length);
      expect({ cut, failed: ours.error !== undefined, seen: ours.seen.slice(0, n) }).toEqual({
        cut,
        failed: reference.error !== undefined,
        seen: reference.seen.slice(0, n),
      });
      expect(Math.abs(reference.seen.length - ours.seen.length)).toBeLessThanOrEqual(1);
    }
  });
});
