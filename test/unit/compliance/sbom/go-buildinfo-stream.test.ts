/**
 * The Go build info read as the binary streams (GoBuildInfoReader): the same
 * answer as reading the file whole, wherever the chunk boundaries fall
 * (inside the magic, the header, a varint, the sentinels), on crafted blobs
 * and on the real Go binaries of this machine.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GoBuildInfoReader, goBuildInfo, type GoBuildInfo } from '../../../../shared/src/compliance/sbom/go-buildinfo.js';
import { ELF, goBinary as craft, SENTINEL_END, SENTINEL_START } from '../../../support/go-binary.js';

function chunked(bytes: Buffer, size: number): GoBuildInfo | undefined {
  const r = new GoBuildInfoReader();
  for (let at = 0; at < bytes.length; at += size) r.write(bytes.subarray(at, at + size));
  return r.end();
}

/**
 * The same, each chunk lent as the scan's inflate worker lends it: one
 * reused buffer, overwritten with garbage once write returns. A reader that
 * keeps views instead of copies reads the garbage.
 */
function lent(bytes: Buffer, size: number): GoBuildInfo | undefined {
  const r = new GoBuildInfoReader();
  const slot = Buffer.alloc(size);
  for (let at = 0; at < bytes.length; at += size) {
    const n = bytes.copy(slot, 0, at, at + size);
    r.write(slot.subarray(0, n));
    slot.fill(0x5a);
  }
  return r.end();
}

const START = SENTINEL_START;
const END = SENTINEL_END;

/** An ELF-looking file with a Go 1.18+ inline buildinfo blob (flags 2), or only the sentinelled module string (stripped section). */
const goBinary = (mod: string, opts: { inline?: boolean; pad?: number; tail?: number } = {}): Buffer => craft(mod, { padByte: 0x41, ...opts });

const many = Array.from({ length: 60 }, (_, i) => `dep\texample.com/m${i}\tv1.0.${i}\th1:q=\n`).join('');
const MOD = `path\texample.com/app\nmod\texample.com/app\tv1.4.0\th1:abc=\n${many}`;

describe('GoBuildInfoReader', () => {
  const decoy = Buffer.from('\xff Go buildinf:\x08\x00', 'latin1');
  const cases: [string, Buffer][] = [
    ['an inline blob', goBinary(MOD)],
    ['a blob past two decoy magics', Buffer.concat([ELF, Buffer.alloc(37), decoy, Buffer.alloc(5), decoy, goBinary(MOD).subarray(ELF.length)])],
    ['the sentinels alone (a stripped buildinfo section)', goBinary(MOD, { inline: false })],
    ['a blob cut inside its module string', goBinary(MOD).subarray(0, 1000 + 7 + 32 + 9 + 200)],
    ['a file that is not ELF', goBinary(MOD).subarray(1)],
    ['a pre-1.18 pointer blob', Buffer.concat([ELF, Buffer.alloc(100), decoy, Buffer.alloc(64)])],
    ['an end sentinel too far from the start', Buffer.concat([ELF, START, Buffer.from('path\tx\n'), Buffer.alloc(4 * 1024 * 1024 + 10), END])],
  ];

  it.each(cases)('answers as the whole-file read does, for any chunk size: %s', (_, bytes) => {
    const whole = goBuildInfo(bytes);
    for (const size of [1, 2, 3, 7, 13, 14, 15, 16, 17, 31, 33, 100, 4096, 4097]) {
      // Byte-sized chunks only for the small files (millions of calls otherwise).
      if (size < 4096 && bytes.length > 100_000) continue;
      expect(chunked(bytes, size)).toEqual(whole);
    }
  });

  it.each(cases)('answers the same from chunks lent in one reused buffer, as the scan hands them: %s', (_, bytes) => {
    const whole = goBuildInfo(bytes);
    for (const size of [7, 16, 33, 4097, 65536]) {
      if (size < 4096 && bytes.length > 100_000) continue;
      expect(lent(bytes, size)).toEqual(whole);
    }
  });

  it('reads the crafted blobs right (not only alike)', () => {
    expect(chunked(goBinary(MOD), 5)).toMatchObject({ goVersion: 'go1.22.1', main: { path: 'example.com/app', version: 'v1.4.0' } });
    expect(chunked(cases[1]?.[1] as Buffer, 3)?.deps).toHaveLength(60);
    expect(chunked(goBinary(MOD, { inline: false }), 9)).toMatchObject({ goVersion: '', main: { path: 'example.com/app' } });
    for (const [name, bytes] of cases.slice(3)) expect([name, chunked(bytes, 4099)]).toEqual([name, undefined]);
  });

  it('ignores what comes after the answer', () => {
    const r = new GoBuildInfoReader();
    r.write(goBinary(MOD));
    r.write(Buffer.from('\xff Go buildinf:\x08\x02 and more bytes', 'latin1'));
    expect(r.end()?.deps).toHaveLength(60);
  });

  const real = [path.join(process.cwd(), 'node_modules/@esbuild/linux-x64/bin/esbuild'), '/usr/bin/skopeo'];
  it.each(real)("reads %s as the whole-file read does, in the scan's chunk sizes", (file) => {
    expect(existsSync(file)).toBe(true);
    const bytes = readFileSync(file);
    const whole = goBuildInfo(bytes);
    expect(whole?.goVersion === '' ? whole.main : whole?.goVersion).toBeDefined();
    for (const size of [16384, 65536, 65537, 1 << 20]) {
      expect(chunked(bytes, size)).toEqual(whole);
      expect(lent(bytes, size)).toEqual(whole);
    }
  });
});
