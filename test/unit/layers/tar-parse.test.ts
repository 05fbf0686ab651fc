/**
 * The tar parser on archives written byte by byte: each header format and
 * extension it reads, how it hands bodies to the visitor (a cap, a sink, or
 * not at all), and where it differs from tar-stream on purpose.
 */
import { describe, expect, it } from '@jest/globals';
import { PassThrough, Readable } from 'node:stream';
import { TarParser, type BodySink, type Member, type MemberVisitor } from '../../../shared/src/layers/tar-parse.js';
import { readMembers } from '../../../shared/src/layers/tar-members.js';
import { END, base256, extended, file, header, padded, record } from '../../fixtures/tar/craft.js';

interface Got {
  m: Member;
  body?: string;
}

/** Parse `archive` in `split`-byte chunks; bodies wanted up to `cap` (or through a sink when cap is 'sink'). */
function parse(archive: Buffer, opts: { cap?: number | 'sink'; split?: number } = {}): Got[] {
  const got: Got[] = [];
  let sunk: Buffer[] | undefined;
  const cap = opts.cap ?? Number.MAX_SAFE_INTEGER;
  const parser = new TarParser(
    {
      wantBody: (): number | BodySink => {
        if (cap !== 'sink') return cap;
        const chunks: Buffer[] = [];
        sunk = chunks;
        return (c) => chunks.push(Buffer.from(c));
      },
      member: (m, body) => {
        const data = body ?? (sunk !== undefined ? Buffer.concat(sunk) : undefined);
        sunk = undefined;
        got.push(data === undefined ? { m } : { m, body: data.toString('latin1') });
      },
    },
    'the test archive',
  );
  const split = opts.split ?? archive.length;
  for (let i = 0; i < archive.length; i += split) parser.write(archive.subarray(i, i + split));
  parser.end();
  return got;
}

const names = (archive: Buffer): string[] => parse(archive).map((g) => g.m.name);

describe('headers', () => {
  it('reads a ustar file member field for field, and its body', () => {
    expect(parse(Buffer.concat([file('etc/passwd', 'root\n', { mode: 0o100640, uid: 12, gid: 34 }), END]))).toEqual([
      { m: { name: 'etc/passwd', type: 'file', mode: 0o640, uid: 12, gid: 34, size: 5 }, body: 'root\n' },
    ]);
  });

  it('joins the ustar prefix to the name; a GNU header has no prefix (those bytes are its atime)', () => {
    expect(names(Buffer.concat([file('name', 'x', { prefix: 'the/prefix' }), END]))).toEqual(['the/prefix/name']);
    expect(names(Buffer.concat([file('name', 'x', { prefix: 'ignored', magic: 'gnu' }), END]))).toEqual(['name']);
  });

  it('maps type flags as tar-stream did: NUL, 0 and 7 and unknown ones are files; links, devices, fifos, directories keep theirs', () => {
    const flags: [string | number, Member['type']][] = [
      [0, 'file'],
      ['0', 'file'],
      ['7', 'file'],
      ['S', 'file'],
      ['1', 'link'],
      ['2', 'symlink'],
      ['3', 'character-device'],
      ['4', 'block-device'],
      ['5', 'directory'],
      ['6', 'fifo'],
    ];
    const archive = Buffer.concat([...flags.map(([flag], i) => header({ name: `m${i}`, flag, linkname: flag === '1' || flag === '2' ? 'target' : '' })), END]);
    expect(parse(archive).map((g) => g.m.type)).toEqual(flags.map(([, t]) => t));
    expect(parse(archive)[4]?.m).toEqual({ name: 'm4', type: 'link', mode: 0o644, uid: 0, gid: 0, size: 0, linkname: 'target' });
  });

  it('keeps a trailing slash, and a "0" member named with one stays a file (as tar-stream has it)', () => {
    expect(parse(Buffer.concat([header({ name: 'etc/', flag: '5' }), header({ name: 'old/', flag: '0' }), END])).map((g) => [g.m.name, g.m.type])).toEqual([
      ['etc/', 'directory'],
      ['old/', 'file'],
    ]);
  });

  it('accepts the signed checksum (old Sun tar) as well as the unsigned one, for a name with bytes over 127', () => {
    const archive = Buffer.concat([file('naïve-😀', 'x', { checksum: 'signed' }), file('café', 'y'), END]);
    expect(names(archive)).toEqual(['naïve-😀', 'café']);
  });

  it('reads base-256 numbers: a size over 8 GiB (the body cut: the member is seen and then the error) and a large uid', () => {
    const seen: Member[] = [];
    const parser = new TarParser({ wantBody: (m) => (seen.push(m), 0), member: () => undefined }, 'the test archive');
    parser.write(header({ name: 'huge', size: base256(10n * 1024n ** 3n, 12), uidField: base256(4_000_000_000n, 8) }));
    parser.write(Buffer.alloc(4096, 1));
    expect(seen).toEqual([{ name: 'huge', type: 'file', mode: 0o644, uid: 4_000_000_000, gid: 0, size: 10 * 1024 ** 3 }]);
    expect(() => parser.end()).toThrow("member 'huge' declares 10737418240 bytes and the layer ends inside it");
  });

  it('reads numbers with leading spaces and a space or NUL terminator, as old writers wrote them', () => {
    const h = header({ name: 'f', size: 3 });
    h.write('  644 \0\0', 100, 'latin1');
    h.write('     3 \0\0\0\0\0', 124, 'latin1');
    // Recompute the checksum after the edits.
    const fixed = header({ name: 'f', size: 3, checksum: 0 });
    h.copy(fixed, 0, 0, 148);
    h.copy(fixed, 156, 156);
    let sum = 256;
    for (let i = 0; i < 512; i++) if (i < 148 || i >= 156) sum += fixed[i] as number;
    fixed.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    expect(parse(Buffer.concat([fixed, padded('abc'), END]))).toEqual([{ m: { name: 'f', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 3 }, body: 'abc' }]);
  });
});

describe('extended headers', () => {
  it('GNU long name and long link apply to the next member only', () => {
    const long = 'd/'.repeat(150) + 'file';
    const target = 't'.repeat(300);
    const archive = Buffer.concat([
      extended('L', `${long}\0`),
      extended('K', `${target}\0`),
      header({ name: 'short', flag: '2', linkname: 'short-target' }),
      file('next', 'n'),
      END,
    ]);
    expect(parse(archive).map((g) => g.m)).toEqual([
      { name: long, type: 'symlink', mode: 0o644, uid: 0, gid: 0, size: 0, linkname: target },
      { name: 'next', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 1 },
    ]);
  });

  it('PAX path, linkpath, size, uid and gid override the header (uid/gid: tar-stream drops them, GNU tar and Go apply them)', () => {
    const pax = record('path', 'über/long name') + record('size', '5') + record('uid', '3000000') + record('gid', '3000001') + record('mtime', '1.5');
    const archive = Buffer.concat([
      extended('x', pax),
      header({ name: 'trunc', size: 0 }),
      padded('12345'),
      extended('x', record('linkpath', 'L'.repeat(200))),
      header({ name: 'l', flag: '1', linkname: 'x' }),
      END,
    ]);
    expect(parse(archive)).toEqual([
      { m: { name: 'über/long name', type: 'file', mode: 0o644, uid: 3000000, gid: 3000001, size: 5 }, body: '12345' },
      { m: { name: 'l', type: 'link', mode: 0o644, uid: 0, gid: 0, size: 0, linkname: 'L'.repeat(200) } },
    ]);
  });

  it('a GNU long name and a PAX path for the same member must agree (tar-stream took the PAX one, Go the GNU one: refused when they differ); an empty PAX value leaves the header as it is', () => {
    const archive = (pax: string): Buffer =>
      Buffer.concat([
        extended('L', 'gnu-name\0'),
        extended('x', record('path', pax) + record('linkpath', '')),
        header({ name: 'h', flag: '2', linkname: 'kept' }),
        END,
      ]);
    expect(parse(archive('gnu-name')).map((g) => [g.m.name, g.m.linkname])).toEqual([['gnu-name', 'kept']]);
    expect(() => parse(archive('pax-name'))).toThrow(/has both a GNU long name and a PAX path that differ/);
  });

  it('a global header merges into the members that have a PAX header of their own (tar-stream); a later global replaces it', () => {
    const archive = Buffer.concat([
      extended('g', record('comment', 'c') + record('uid', '7')),
      file('plain', 'a'),
      extended('x', record('gid', '8')),
      file('with-pax', 'b'),
      extended('g', record('gid', '9')),
      extended('x', record('mtime', '0')),
      file('after-second-global', 'c'),
      END,
    ]);
    expect(parse(archive).map((g) => [g.m.name, g.m.uid, g.m.gid])).toEqual([
      ['plain', 0, 0],
      ['with-pax', 7, 8],
      ['after-second-global', 0, 9],
    ]);
  });

  it('PAX records may be followed by NUL padding (as some writers leave it)', () => {
    expect(names(Buffer.concat([extended('x', `${record('path', 'p')}\0\0\0`), file('h', ''), END]))).toEqual(['p']);
  });
});

describe('bodies', () => {
  const archive = Buffer.concat([file('a', 'A'.repeat(1000)), header({ name: 'dir/', flag: '5' }), file('empty', ''), file('b', 'B'.repeat(512)), END]);

  it('whole when the size is within the cap, not at all when over it; an empty file wanted is an empty buffer', () => {
    expect(parse(archive, { cap: 600 }).map((g) => [g.m.name, g.body?.length])).toEqual([
      ['a', undefined],
      ['dir/', undefined],
      ['empty', 0],
      ['b', 512],
    ]);
    expect(parse(archive, { cap: 0 }).every((g) => g.body === undefined)).toBe(true);
  });

  it('through a sink as slices of the chunks, the same bytes whatever the split', () => {
    for (const split of [1, 7, 511, 512, 513, 100000]) {
      expect(parse(archive, { cap: 'sink', split }).map((g) => [g.m.name, g.body])).toEqual([
        ['a', 'A'.repeat(1000)],
        ['dir/', undefined],
        // The sink was handed nothing: an empty file.
        ['empty', ''],
        ['b', 'B'.repeat(512)],
      ]);
    }
  });

  it('asks only about files; a directory with a size has no body after it (tar-stream), a link with one does', () => {
    const asked: string[] = [];
    const got: string[] = [];
    const parser = new TarParser({ wantBody: (m) => (asked.push(m.name), 0), member: (m) => got.push(`${m.name}:${m.type}:${m.size}`) }, 'the test archive');
    parser.write(
      Buffer.concat([
        header({ name: 'd/', flag: '5', size: 1024 }),
        header({ name: 'l', flag: '1', linkname: 'f', size: 3 }),
        padded('xyz'),
        file('f', 'data'),
        END,
      ]),
    );
    parser.end();
    expect(asked).toEqual(['f']);
    expect(got).toEqual(['d/:directory:0', 'l:link:0', 'f:file:4']);
  });
});

describe('the end of the archive', () => {
  it('ends at two zero blocks; zeros after them (GNU tar pads its records) are fine', () => {
    expect(names(Buffer.concat([file('a', 'x'), END, Buffer.alloc(9216)]))).toEqual(['a']);
  });

  it('an archive without the zero blocks is read (tar-stream accepts it), and so is one with a lone zero block between members', () => {
    expect(names(file('a', 'x'))).toEqual(['a']);
    expect(names(Buffer.concat([file('a', 'x'), Buffer.alloc(512), file('b', 'y'), END]))).toEqual(['a', 'b']);
  });

  it('an empty archive has no members', () => {
    expect(parse(Buffer.alloc(0))).toEqual([]);
    expect(parse(END)).toEqual([]);
  });
});

describe('readMembers over a stream', () => {
  const visitor = (got: string[]): MemberVisitor => ({ wantBody: () => 100, member: (m, b) => got.push(`${m.name}=${b?.toString() ?? ''}`) });

  it('reads the members of a stream in odd chunks', async () => {
    const archive = Buffer.concat([file('a', 'one'), file('b', 'two'), END]);
    const chunks = [archive.subarray(0, 100), archive.subarray(100, 1000), archive.subarray(1000)];
    const got: string[] = [];
    await readMembers(Readable.from(chunks), visitor(got), 'layer 1');
    expect(got).toEqual(['a=one', 'b=two']);
  });

  it('reports an error of the stream itself as the layer not being readable, naming the layer', async () => {
    const s = new PassThrough();
    const p = readMembers(s, visitor([]), 'layer 3 of 4 (sha256:abc)');
    s.write(file('a', 'x'));
    s.destroy(new Error('unexpected end of file'));
    await expect(p).rejects.toMatchObject({
      code: 'LAYOUT',
      message: expect.stringContaining('layer 3 of 4 (sha256:abc) is not a readable tar stream: unexpected end of file'),
    });
  });

  it('a stream destroyed without an error is an error, not a wait forever', async () => {
    const s = new PassThrough();
    const p = readMembers(s, visitor([]), 'layer 1');
    s.write(file('a', 'x'));
    s.destroy();
    await expect(p).rejects.toMatchObject({ code: 'LAYOUT', message: expect.stringContaining('closed before its end') });
  });

  it('a PipelineError from the visitor passes through as it is; stops the stream', async () => {
    const { PipelineError } = await import('../../../shared/src/errors.js');
    const s = new PassThrough();
    const p = readMembers(
      s,
      {
        member: () => {
          throw new PipelineError('POLICY', 'stop here');
        },
      },
      'layer 1',
    );
    s.write(Buffer.concat([file('a', 'x'), END]));
    await expect(p).rejects.toMatchObject({ code: 'POLICY', message: expect.stringContaining('stop here') });
    expect(s.destroyed).toBe(true);
  });
});
