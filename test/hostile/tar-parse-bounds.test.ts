/**
 * Crafted tar archives against our tar parser (the layer scan's): each lie a
 * header can tell is a LAYOUT error naming the archive and the place, thrown
 * as soon as the lie is read, and no declared size makes it allocate more
 * than the extended-header cap or the visitor's own cap.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { PipelineError } from '../../shared/src/errors.js';
import { readMembers } from '../../shared/src/layers/tar-members.js';
import { MAX_EXTENDED_HEADER, MAX_SHOWN_NAME, TarParser, type MemberVisitor } from '../../shared/src/layers/tar-parse.js';
import { END, base256, extended, file, header, padded, record } from '../fixtures/tar/craft.js';

const WHAT = 'layer 1 of 1 (sha256:feed)';
const MiB = 1024 * 1024;

/** Every buffer the parser asks for, by size: the test of "nothing allocates by a declared size". */
let asked: number[];
beforeEach(() => {
  asked = [];
  for (const f of ['alloc', 'allocUnsafe', 'allocUnsafeSlow'] as const) {
    const original = Buffer[f].bind(Buffer) as unknown as (n: number, ...rest: unknown[]) => Buffer;
    jest.spyOn(Buffer, f).mockImplementation(((n: number, ...rest: unknown[]) => {
      asked.push(n);
      return original(n, ...rest);
    }) as never);
  }
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** Feed `archive` (in 4 KiB chunks) to a parser whose visitor wants every file body up to `cap`; the error it throws, from write or end. */
function failure(archive: Buffer, cap = MiB): PipelineError {
  const visitor: MemberVisitor = { wantBody: () => cap, member: () => undefined };
  const parser = new TarParser(visitor, WHAT);
  asked = [];
  try {
    for (let i = 0; i < archive.length; i += 4096) parser.write(archive.subarray(i, i + 4096));
    parser.end();
  } catch (e) {
    expect(e).toBeInstanceOf(PipelineError);
    return e as PipelineError;
  }
  throw new Error('the parser accepted it');
}

/** The error thrown by the write of `headerOnly`, before any byte after it arrived. */
function failsAtHeader(headerOnly: Buffer): PipelineError {
  const parser = new TarParser({ wantBody: () => MiB, member: () => undefined }, WHAT);
  asked = [];
  try {
    parser.write(headerOnly);
  } catch (e) {
    return e as PipelineError;
  }
  throw new Error('the header was accepted');
}

/** A LAYOUT error naming the archive, its message containing `text`. */
const expectLayout = (e: PipelineError, text: string): void => {
  expect({ code: e.code, message: e.message }).toEqual({
    code: 'LAYOUT',
    message: expect.stringMatching(new RegExp(`^${escape(WHAT)} is not a readable tar stream: .*${escape(text)}`, 's')),
  });
};
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('headers that are not tar headers', () => {
  it('a flipped byte fails the checksum, saying where and both sums', () => {
    const archive = Buffer.concat([file('a', 'x'), file('b', 'y'), END]);
    archive[1024 + 10] = 0x41;
    expectLayout(failure(archive), 'the header at byte 1024 fails its checksum (stored ');
  });

  it('a compressed layer read as plain tar is named as the likely cause', () => {
    const e = failure(gzipSync(Buffer.concat([file('a', randomBytes(5000)), END])));
    expectLayout(e, 'the header at byte 0 fails its checksum');
    expect(e.message).toContain('compressed and read as plain tar');
    expect(e.hint).toContain('not the type its media type says');
  });

  it('a checksum that is not a number', () => {
    const h = header({ name: 'a' });
    h.write('zzzzzz\0 ', 148, 'latin1');
    expectLayout(failure(Buffer.concat([h, END])), 'the header at byte 0 fails its checksum (unreadable, computed ');
  });
});

describe('numeric fields out of range, refused at the header', () => {
  it.each([
    ['negative size (base-256 0xff)', header({ name: 'neg', size: Buffer.alloc(12, 0xff) }), 'has a size field that is negative'],
    ['size that is not octal', header({ name: 'nan', size: Buffer.from('zzzzzzzzzzz\0') }), 'has a size field that is not a number'],
    ['base-256 size over 2^53', header({ name: 'big', size: base256(1n << 80n, 12) }), 'has a size field that is out of range'],
    [
      'base-256 with an unknown first byte',
      header({ name: 'odd', size: Buffer.from([0x81, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]) }),
      'has a size field that is not a number',
    ],
    ['negative uid', header({ name: 'u', uidField: Buffer.alloc(8, 0xff) }), 'has a uid field that is negative'],
  ])('%s', (_, h, text) => {
    expectLayout(failsAtHeader(h), `the header at byte 0 ${text}`);
  });

  it('a PAX size or uid that is not a decimal number in range', () => {
    for (const [key, value] of [
      ['size', '12abc'],
      ['size', '-5'],
      ['size', '99999999999999999'],
      ['uid', '1e9'],
    ]) {
      const e = failure(Buffer.concat([extended('x', record(key as string, value as string)), file('f', 'x'), END]));
      expectLayout(e, `the PAX header before the member at byte 1024 has a ${key} record that is not a size in range`);
    }
  });
});

describe('extended headers are capped (tar-stream had 4 MiB; real ones are a few hundred bytes)', () => {
  it.each(['L', 'K', 'x', 'g'] as const)("'%s' declaring more than 1 MiB is refused at its header, before anything is allocated or read", (flag) => {
    for (const size of [MAX_EXTENDED_HEADER + 1, 2 ** 40]) {
      const h = header({ name: 'ext', flag, size: size < 8 ** 11 ? size : base256(BigInt(size), 12) });
      const e = failsAtHeader(h);
      expectLayout(e, `declares ${size} bytes, more than the ${MAX_EXTENDED_HEADER} we read`);
      expect(Math.max(0, ...asked)).toBeLessThanOrEqual(512);
    }
  });

  it('one of exactly 1 MiB is read', () => {
    const comment = record('comment', 'c'.repeat(MAX_EXTENDED_HEADER - 20));
    const pax = `${comment}${'\0'.repeat(MAX_EXTENDED_HEADER - Buffer.byteLength(comment))}`;
    const names: string[] = [];
    const parser = new TarParser({ member: (m) => names.push(m.name) }, WHAT);
    const archive = Buffer.concat([extended('x', pax), file('after', 'a'), END]);
    asked = [];
    parser.write(archive);
    parser.end();
    expect(names).toEqual(['after']);
    expect(Math.max(...asked)).toBeLessThanOrEqual(MAX_EXTENDED_HEADER);
  });
});

describe('PAX records that lie about their length', () => {
  it.each([
    ['a length past the end', '99 path=p\n', 'whose length (99) does not end it'],
    ['a length short of the newline', '9 path=pp\n', 'whose length (9) does not end it'],
    ['a zero length', '0 path=p\n', 'whose length (0) does not end it'],
    ['no length', 'path=p\n', 'that does not start with "<length> "'],
    ['no space after the length', '10path=p\n', 'that does not start with "<length> "'],
    ['no key=value', '8 path\n\n', 'that is not key=value'],
    ['data after NUL padding', `${record('path', 'p')}\0\0junk`, 'has data after NUL padding'],
  ])('%s', (_, body, text) => {
    expectLayout(failure(Buffer.concat([extended('x', body), file('f', 'x'), END])), `the PAX extended header at byte 0 has `);
    expect(failure(Buffer.concat([extended('x', body), file('f', 'x'), END])).message).toContain(text);
  });
});

describe('archives that end too soon', () => {
  const archive = Buffer.concat([file('first', 'one'), file('second', 'x'.repeat(3000)), END]);

  it('inside a header', () => {
    expectLayout(failure(archive.subarray(0, 1024 + 300)), 'it ends inside a header at byte 1024 (300 of its 512 bytes)');
  });

  it('inside a body, named with its declared size, whether the body was wanted or not', () => {
    for (const cap of [MiB, 0])
      expectLayout(failure(archive.subarray(0, 1536 + 100), cap), "member 'second' declares 3000 bytes and the layer ends inside it (2900 bytes short)");
  });

  it('inside the padding after a body', () => {
    expectLayout(failure(archive.subarray(0, 1536 + 3000 + 10)), "it ends inside the padding after member 'second'");
  });

  it('inside an extended header', () => {
    const long = extended('L', `${'n'.repeat(2000)}\0`);
    expectLayout(failure(long.subarray(0, 1000)), 'the GNU long name at byte 0 declares 2001 bytes and the layer ends inside it');
  });

  it('a member declaring 10 GiB, wanted up to a 1 MiB cap: skipped by arithmetic, nothing allocated for it', () => {
    const h = header({ name: 'huge', size: base256(10n * 1024n ** 3n, 12) });
    expectLayout(failure(Buffer.concat([h, Buffer.alloc(64 * 1024, 1)])), "member 'huge' declares 10737418240 bytes and the layer ends inside it");
    expect(Math.max(0, ...asked)).toBeLessThan(MiB);
  });

  it('a member name with control characters is shown with them visible', () => {
    const e = failure(Buffer.concat([header({ name: 'evil\x1b[31mname', size: 100 }), Buffer.alloc(10)]));
    expect(e.message).toContain("member 'evil");
    expect(e.message).not.toContain('\x1b');
  });

  it('a member named by a 900 KiB PAX path is shown cut to MAX_SHOWN_NAME characters, saying how long it was', () => {
    const path = `${'d/'.repeat(460_000)}file`;
    const pax = extended('x', record('path', path));
    const e = failure(Buffer.concat([pax, header({ name: 'short', size: 100 }), Buffer.alloc(10)]));
    expectLayout(e, `member 'd/d/`);
    expect(e.message).toContain(`…' (${path.length} characters) declares 100 bytes`);
    expect(e.message.length).toBeLessThan(MAX_SHOWN_NAME + 300);
  });
});

describe('after the end of the archive', () => {
  it('data that is not zeros is an error (the runtime would not see it; tar-stream read it as more members)', () => {
    const hidden = file('hidden/suid', 'x', { mode: 0o4755 });
    expectLayout(failure(Buffer.concat([file('a', 'x'), END, hidden])), 'it carries data after its end-of-archive marker (two zero blocks), at byte 2048');
  });

  it('a stream through readMembers says which layer', async () => {
    const archive = Buffer.concat([file('a', 'x'), END, Buffer.from('garbage')]);
    await expect(readMembers(Readable.from([archive]), { member: () => undefined }, WHAT)).rejects.toMatchObject({
      code: 'LAYOUT',
      message: expect.stringContaining(`${WHAT} is not a readable tar stream: it carries data after its end-of-archive marker`),
    });
  });
});

describe('bounded work', () => {
  it('20k members, 1-byte bodies skipped: read in bounded time, memory not growing with them', () => {
    const one = Buffer.concat([header({ name: 'f', size: 1 }), padded('z')]);
    let n = 0;
    const parser = new TarParser({ wantBody: () => 0, member: () => void n++ }, WHAT);
    const chunk = Buffer.concat(Array.from({ length: 1000 }, () => one));
    asked = [];
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) parser.write(chunk);
    parser.end();
    expect(n).toBe(20_000);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(Math.max(0, ...asked)).toBeLessThanOrEqual(512);
  });
});

/** The members a parser reads from `archive`, in order: name and link target. */
function members(archive: Buffer): { name: string; linkname?: string }[] {
  const out: { name: string; linkname?: string }[] = [];
  const parser = new TarParser({ member: (m) => out.push(m.linkname === undefined ? { name: m.name } : { name: m.name, linkname: m.linkname }) }, WHAT);
  parser.write(archive);
  parser.end();
  return out;
}

// Go's archive/tar unpacks layers for the runtime (containerd, moby); where readers disagree, a crafted layer could be
// scanned under one path and unpacked under another.
describe('headers readers disagree on: read as the runtime reads them, or refused', () => {
  it('a GNU long name and a PAX path that differ are refused; the same in both is read', () => {
    const both = (pax: string): Buffer => Buffer.concat([extended('L', 'etc/cron.d/evil\0'), extended('x', record('path', pax)), file('x', 'body'), END]);
    expectLayout(failure(both('usr/share/doc/harmless')), 'has both a GNU long name and a PAX path that differ');
    expect(members(both('etc/cron.d/evil'))).toEqual([{ name: 'etc/cron.d/evil' }]);
  });

  it('a GNU long link target and a PAX linkpath that differ are refused', () => {
    const archive = Buffer.concat([extended('K', '/etc/shadow\0'), extended('x', record('linkpath', 'harmless')), file('l', '', { flag: '2' }), END]);
    expectLayout(failure(archive), 'has both a GNU long link target and a PAX linkpath that differ');
  });

  it('a star header: only the 131 bytes of its prefix field are the prefix, as Go reads it', () => {
    const prefix = `${'p'.repeat(131)}${'T'.repeat(24)}`;
    expect(members(Buffer.concat([file('name', 'x', { prefix, trailer: 'star' }), END]))).toEqual([{ name: `${'p'.repeat(131)}/name` }]);
    // Without the trailer it is plain ustar: all 155 bytes.
    expect(members(Buffer.concat([file('name', 'x', { prefix }), END]))).toEqual([{ name: `${prefix}/name` }]);
  });
});
