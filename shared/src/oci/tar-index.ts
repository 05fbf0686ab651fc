/**
 * Indexes an uncompressed tar file by reading only its headers, so any member
 * can later be streamed by byte range without extracting the archive. Handles
 * ustar prefixes, PAX extended headers (path, size) and GNU long names, which
 * is what skopeo, docker save and GNU tar write.
 */
import * as fs from 'node:fs/promises';
import { PipelineError } from '../errors.js';

export interface TarMember {
  /** Normalised path: no leading `./` or `/`. */
  name: string;
  /** Byte offset of the member's data in the file. */
  offset: number;
  size: number;
  /** '0' regular file, '5' directory, '2' symlink, '1' hard link, ... */
  type: string;
  linkname: string;
}

const BLOCK = 512;

function readString(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}

function readNumber(buf: Buffer, start: number, len: number): number {
  // GNU base-256 for sizes >= 8 GiB: the high bit of the first byte is set.
  if ((buf[start] as number) & 0x80) {
    let n = 0;
    for (let i = start + 1; i < start + len; i++) n = n * 256 + (buf[i] as number);
    return n;
  }
  const text = readString(buf, start, len).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space < 0) break;
    const len = parseInt(data.toString('utf8', pos, space), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = data.toString('utf8', space + 1, pos + len - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += len;
  }
  return out;
}

export const normaliseMemberName = (name: string): string => name.replace(/^(\.\/)+/, '').replace(/^\/+/, '');

export async function indexTar(file: string, what: string): Promise<Map<string, TarMember>> {
  const fh = await fs.open(file, 'r');
  try {
    const { size: fileSize } = await fh.stat();
    const members = new Map<string, TarMember>();
    const header = Buffer.alloc(BLOCK);
    let pos = 0;
    let pax: Record<string, string> = {};
    let longName: string | undefined;
    let longLink: string | undefined;
    while (pos + BLOCK <= fileSize) {
      const { bytesRead } = await fh.read(header, 0, BLOCK, pos);
      if (bytesRead < BLOCK) break;
      if (header.every((b) => b === 0)) break; // end-of-archive marker
      let checksum = 0;
      for (let i = 0; i < BLOCK; i++) checksum += i >= 148 && i < 156 ? 0x20 : (header[i] as number);
      if (checksum !== readNumber(header, 148, 8)) {
        throw new PipelineError('LAYOUT', `${what} is not a tar archive (bad header checksum at byte ${pos})`, {
          hint: 'Pass an uncompressed or gzip-compressed tar written by skopeo, buildah or docker save.',
        });
      }
      const type = String.fromCharCode(header[156] || 0x30);
      let size = readNumber(header, 124, 12);
      if (pax.size !== undefined) size = Number(pax.size);
      const dataOffset = pos + BLOCK;
      const next = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
      if (next > fileSize) throw new PipelineError('LAYOUT', `${what} is truncated (member at byte ${pos} runs past the end)`);
      if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
        const data = Buffer.alloc(size);
        await fh.read(data, 0, size, dataOffset);
        if (type === 'x') pax = parsePax(data);
        else if (type === 'L') longName = data.toString('utf8').replace(/\0+$/, '');
        else if (type === 'K') longLink = data.toString('utf8').replace(/\0+$/, '');
        pos = next;
        continue;
      }
      const ustar = readString(header, 257, 6) === 'ustar';
      const prefix = ustar ? readString(header, 345, 155) : '';
      const base = readString(header, 0, 100);
      const name = pax.path ?? longName ?? (prefix !== '' ? `${prefix}/${base}` : base);
      const linkname = pax.linkpath ?? longLink ?? readString(header, 157, 100);
      const member: TarMember = { name: normaliseMemberName(name), offset: dataOffset, size, type, linkname };
      members.set(member.name, member);
      pax = {};
      longName = undefined;
      longLink = undefined;
      pos = next;
    }
    return members;
  } finally {
    await fh.close();
  }
}
