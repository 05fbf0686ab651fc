/**
 * Crafted Go executables: an ELF magic and Go 1.18+ build info as the linker
 * writes it (the `\xff Go buildinf:` header, then the go version and the
 * module string as uvarint-prefixed strings, the module string between its
 * 16-byte sentinels). One home for the unit tests and the benchmark.
 */
export const ELF = Buffer.from('\x7fELF\x02\x01\x01', 'latin1');
export const SENTINEL_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
export const SENTINEL_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

/** An unsigned LEB128 varint, as Go's encoding/binary.PutUvarint writes it. */
export function uvarint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

const str = (s: Buffer): Buffer => Buffer.concat([uvarint(s.length), s]);

/** The module string between its sentinels (what a stripped buildinfo section still holds). */
export const sentinelled = (mod: string): Buffer => Buffer.concat([SENTINEL_START, Buffer.from(mod), SENTINEL_END]);

/** The inline build info blob: 32-byte header (pointer size 8, `flags`: 2 is inline), go version, module string. */
export function buildInfoBlob(mod: string, opts: { flags?: number; goVersion?: string } = {}): Buffer {
  const header = Buffer.alloc(32);
  header.write('\xff Go buildinf:', 'latin1');
  header[14] = 8;
  header[15] = opts.flags ?? 2;
  return Buffer.concat([header, str(Buffer.from(opts.goVersion ?? 'go1.22.1')), str(sentinelled(mod))]);
}

export interface GoBinaryOptions {
  /** false: only the sentinelled module string, no header (a stripped section). Default true. */
  inline?: boolean;
  flags?: number;
  goVersion?: string;
  /** Bytes between the ELF magic and the blob (default 1000), filled with padByte (default 0). */
  pad?: number;
  padByte?: number;
  /** Zero bytes after the blob (default 64). */
  tail?: number;
}

/** An ELF-looking file with a Go 1.18+ inline build info blob (or only its sentinelled module string). */
export function goBinary(mod: string, opts: GoBinaryOptions = {}): Buffer {
  const blob = opts.inline === false ? sentinelled(mod) : buildInfoBlob(mod, opts);
  return Buffer.concat([ELF, Buffer.alloc(opts.pad ?? 1000, opts.padByte ?? 0), blob, Buffer.alloc(opts.tail ?? 64)]);
}
