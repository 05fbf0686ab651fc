import { describe, expect, it } from '@jest/globals';
import { parseRpmHeader } from '../../shared/src/compliance/sbom/rpm-header.js';
import { loadSqlite, MAX_HEADER_BYTES, readRpmDb } from '../../shared/src/compliance/sbom/rpmdb.js';
import { headerBlob, packageHeader, RPM_PACKAGES_TABLE, sqliteFile } from '../support/rpm-fixture.js';

const good = (): Buffer => packageHeader({ name: 'bash', version: '5.2.26', release: '3.fc40', epoch: 1, arch: 'x86_64', license: 'GPL-3.0-or-later' });
const reason = (blob: Uint8Array): string => {
  const r = parseRpmHeader(blob);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  return r.error;
};
/** good() with one 32-bit word of the index replaced: entry `i`, field 0 tag, 1 type, 2 offset, 3 count. */
function withEntryField(i: number, field: number, value: number): Buffer {
  const b = good();
  b.writeUInt32BE(value, 8 + i * 16 + field * 4);
  return b;
}

describe('RPM header blobs: every count and offset checked against the blob', () => {
  it('reads a well-formed header (the control for the faults below)', () => {
    expect(parseRpmHeader(good())).toEqual({
      ok: true,
      value: { name: 'bash', version: '5.2.26', release: '3.fc40', epoch: 1, arch: 'x86_64', license: 'GPL-3.0-or-later' },
    });
  });

  it.each<[string, () => Uint8Array, RegExp]>([
    ['empty', () => new Uint8Array(0), /^expected at least 8 bytes .*got 0$/],
    ['truncated in the index', () => good().subarray(0, 20), /^expected \d+ bytes for 6 entries and \d+ data bytes, got 20$/],
    ['truncated in the data', () => good().subarray(0, good().length - 1), /^expected \d+ bytes .*got \d+$/],
    ['trailing bytes', () => Buffer.concat([good(), Buffer.alloc(3)]), /^expected \d+ bytes .*got \d+$/],
    ['no entries', () => Buffer.alloc(8), /^expected 1 to 65535 index entries, got 0$/],
    [
      'a huge entry count (no allocation follows it)',
      () => {
        const b = good();
        b.writeUInt32BE(0xffffffff, 0);
        return b;
      },
      /^expected 1 to 65535 index entries, got 4294967295$/,
    ],
    [
      'a huge data length',
      () => {
        const b = good();
        b.writeUInt32BE(0x7fffffff, 4);
        return b;
      },
      /^expected at most 268435455 data bytes, got 2147483647$/,
    ],
    [
      'a string offset past the end',
      () => withEntryField(0, 2, 0xfffffff0),
      /^tag 1000 \(name\): expected an offset below the data length \d+, got 4294967280$/,
    ],
    ['a string count of zero', () => withEntryField(1, 3, 0), /^tag 1001 \(version\): expected a string count of at least 1, got 0$/],
    ['a string tag of another type', () => withEntryField(2, 1, 7), /^tag 1002 \(release\): expected a string \(type 6 or 9\), got type 7$/],
    [
      'an INT32 offset past the end',
      () => withEntryField(3, 2, 0x7ffffffc),
      /^tag 1003 \(epoch\): expected an aligned INT32 within the data .*got offset 2147483644$/,
    ],
    ['a misaligned INT32', () => withEntryField(3, 2, 1), /^tag 1003 \(epoch\): expected an aligned INT32 .*got offset 1$/],
    ['an epoch of another type', () => withEntryField(3, 1, 6), /^tag 1003 \(epoch\): expected an INT32 \(type 4\), got type 6$/],
    ['no name', () => withEntryField(0, 0, 999), /^expected a name \(tag 1000\), got none$/],
    [
      'a string without its NUL',
      () => {
        const b = headerBlob([{ tag: 1000, type: 6, value: 'x' }]);
        b[b.length - 1] = 0x41;
        return b;
      },
      /^tag 1000 \(name\): expected a NUL-terminated string at offset 0, got none before the end of the data$/,
    ],
    [
      'a string longer than any we read',
      () => headerBlob([{ tag: 1014, type: 6, value: 'x'.repeat(70_000) }]),
      /^tag 1014 \(license\): expected a string of at most 65536 bytes at offset 0, got a longer one$/,
    ],
    [
      'a name with a newline',
      () => packageHeader({ name: 'evil\nname', version: '1', release: '1' }),
      /^expected a name without spaces or control characters, got "evil\\nname"$/,
    ],
  ])('%s: refused with a reason', (_what, blob, want) => {
    expect(reason(blob())).toMatch(want);
  });

  it('a blob of 64Ki entries all pointing past the end: refused quickly, never read past the blob', () => {
    const entries = 0xffff;
    const b = Buffer.alloc(8 + entries * 16 + 4);
    b.writeUInt32BE(entries, 0);
    b.writeUInt32BE(4, 4);
    for (let i = 0; i < entries; i++) {
      b.writeUInt32BE(1000, 8 + i * 16);
      b.writeUInt32BE(6, 8 + i * 16 + 4);
      b.writeUInt32BE(0xfffffff0, 8 + i * 16 + 8);
      b.writeUInt32BE(0xffffffff, 8 + i * 16 + 12);
    }
    const t0 = Date.now();
    expect(reason(b)).toMatch(/^tag 1000 \(name\): expected an offset below the data length 4/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('rpmdb.sqlite from an image: only a plain Packages table is read, with bounds', () => {
  it('reads rpm-shaped rows and reports the malformed ones by row, keeping the rest', async () => {
    const sqlite = await loadSqlite();
    const file = await sqliteFile(RPM_PACKAGES_TABLE, [good(), good().subarray(0, 10), new Uint8Array(0)]);
    const r = readRpmDb(sqlite, file);
    expect(r.ok && r.value.headers.map((h) => h.name)).toEqual(['bash']);
    expect(r.ok && r.value.skipped).toEqual([
      expect.stringMatching(/^header 2: expected \d+ bytes for 6 entries/),
      'header 3: expected at least 8 bytes (the index and data counts), got 0',
    ]);
  });

  it('a header past the size bound is skipped without being loaded', async () => {
    const sqlite = await loadSqlite();
    const file = await sqliteFile(RPM_PACKAGES_TABLE, [new Uint8Array(MAX_HEADER_BYTES + 1), good()]);
    const r = readRpmDb(sqlite, file);
    expect(r.ok && r.value.skipped).toEqual([`header 1: expected a blob of at most ${MAX_HEADER_BYTES} bytes, got ${MAX_HEADER_BYTES + 1} bytes`]);
    expect(r.ok && r.value.headers.length).toBe(1);
  });

  it.each<[string, string, string | undefined, RegExp]>([
    ['no Packages table', 'CREATE TABLE Other (a)', undefined, /^expected a Packages table, got none$/],
    [
      'Packages as a view that would compute endless rows',
      'CREATE VIEW Packages AS WITH RECURSIVE c(hnum) AS (SELECT 1 UNION ALL SELECT hnum + 1 FROM c) SELECT hnum, zeroblob(1000000) AS blob FROM c',
      undefined,
      /^expected Packages to be a plain table, got a view/,
    ],
    [
      'a generated blob column',
      'CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, n INTEGER, blob BLOB GENERATED ALWAYS AS (zeroblob(n)))',
      'INSERT INTO Packages (n) VALUES (?)',
      /^expected blob to be a stored column without a default, got a computed one$/,
    ],
    [
      // Small here, so writing the fixture is quick; a crafted file can name any size.
      'a default that would fill short rows',
      'CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, x, blob BLOB DEFAULT (zeroblob(16)))',
      'INSERT INTO Packages (x) VALUES (?)',
      /^expected blob to be a stored column without a default, got a computed one$/,
    ],
    [
      'a missing blob column',
      'CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, data BLOB)',
      'INSERT INTO Packages (data) VALUES (?)',
      /^expected a column blob in Packages, got hnum, data$/,
    ],
  ])('%s: refused with a reason', async (_what, schema, insert, want) => {
    const sqlite = await loadSqlite();
    const file = await sqliteFile(schema, insert === undefined ? [] : [new Uint8Array([1])], insert);
    const r = readRpmDb(sqlite, file);
    expect(r.ok ? 'read' : r.error).toMatch(want);
  });

  it('bytes that are no SQLite database: a reason, no throw', async () => {
    const sqlite = await loadSqlite();
    const r = readRpmDb(sqlite, Buffer.from('SQLite format 3\0'.padEnd(4096, 'x')));
    expect(r.ok ? 'read' : r.error).toMatch(/^expected (an|a readable) SQLite database, got /);
    const r2 = readRpmDb(sqlite, Buffer.from('not a database at all'));
    expect(r2.ok ? 'read' : r2.error).toMatch(/^expected (an|a readable) SQLite database, got /);
  });
});
