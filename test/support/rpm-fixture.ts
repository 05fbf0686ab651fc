/**
 * Crafted RPM databases for tests that run without rpm: header blobs in
 * rpm's layout (index count, data length, 16-byte entries, data store) and an
 * rpmdb.sqlite with rpm's schema holding them, written by sql.js.
 */
import type { RpmHeader } from '../../shared/src/compliance/sbom/rpm-header.js';
import { loadSqlite } from '../../shared/src/compliance/sbom/rpmdb.js';

export type HeaderValue = { tag: number; type: 4; value: number } | { tag: number; type: 6 | 9; value: string };

/** A header blob with these entries, in order (tests craft faults by editing its bytes). */
export function headerBlob(entries: HeaderValue[]): Buffer {
  const data: Buffer[] = [];
  let size = 0;
  const index = Buffer.alloc(entries.length * 16);
  entries.forEach((e, i) => {
    let bytes: Buffer;
    if (e.type === 4) {
      const pad = (4 - (size % 4)) % 4;
      if (pad > 0) {
        data.push(Buffer.alloc(pad));
        size += pad;
      }
      bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(e.value);
    } else bytes = Buffer.from(`${e.value}\0`, 'utf8');
    index.writeUInt32BE(e.tag, i * 16);
    index.writeUInt32BE(e.type, i * 16 + 4);
    index.writeUInt32BE(size, i * 16 + 8);
    index.writeUInt32BE(1, i * 16 + 12);
    data.push(bytes);
    size += bytes.length;
  });
  const head = Buffer.alloc(8);
  head.writeUInt32BE(entries.length, 0);
  head.writeUInt32BE(size, 4);
  return Buffer.concat([head, index, ...data]);
}

/** The fields packageHeader writes (all but the vendor). */
export type CraftedRpm = Omit<RpmHeader, 'vendor'>;

/** The header rpm would store for this package (tags NAME 1000, VERSION 1001, RELEASE 1002, EPOCH 1003, LICENSE 1014, ARCH 1022, SOURCERPM 1044). */
export function packageHeader(p: CraftedRpm): Buffer {
  const entries: HeaderValue[] = [
    { tag: 1000, type: 6, value: p.name },
    { tag: 1001, type: 6, value: p.version },
    { tag: 1002, type: 6, value: p.release },
  ];
  if (p.epoch !== undefined) entries.push({ tag: 1003, type: 4, value: p.epoch });
  if (p.license !== undefined) entries.push({ tag: 1014, type: 6, value: p.license });
  if (p.arch !== undefined) entries.push({ tag: 1022, type: 6, value: p.arch });
  if (p.sourceRpm !== undefined) entries.push({ tag: 1044, type: 6, value: p.sourceRpm });
  return headerBlob(entries);
}

/** rpm's schema for the table we read. */
export const RPM_PACKAGES_TABLE = "CREATE TABLE 'Packages' (hnum INTEGER PRIMARY KEY AUTOINCREMENT,blob BLOB NOT NULL)";

/** An SQLite file made by running `sql` (statements; `?` blobs bound from `blobs`, one statement per blob). */
export async function sqliteFile(schema: string, blobs: Uint8Array[] = [], insert = 'INSERT INTO Packages (blob) VALUES (?)'): Promise<Buffer> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  try {
    db.run(schema);
    for (const b of blobs) db.run(insert, [b]);
    return Buffer.from(db.export());
  } finally {
    db.close();
  }
}

/** An rpmdb.sqlite listing these packages. */
export const rpmDb = (packages: Array<CraftedRpm | Buffer>): Promise<Buffer> =>
  sqliteFile(
    RPM_PACKAGES_TABLE,
    packages.map((p) => (Buffer.isBuffer(p) ? p : packageHeader(p))),
  );

/** Fedora 40's os-release, as far as the catalog reads it. */
export const FEDORA_OS_RELEASE = 'NAME="Fedora Linux"\nVERSION_ID=40\nID=fedora\n';

/** Fedora 40's bash, a package whose source RPM shares its name and version. */
export const BASH_RPM: CraftedRpm = {
  name: 'bash',
  version: '5.2.26',
  release: '3.fc40',
  arch: 'x86_64',
  license: 'GPL-3.0-or-later',
  sourceRpm: 'bash-5.2.26-3.fc40.src.rpm',
};
