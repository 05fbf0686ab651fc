/**
 * A push-based tar parser: fed the archive chunk by chunk, it walks the
 * 512-byte headers and steps over bodies by offset arithmetic. No stream per
 * member and no copy of a body nobody asked for: a body reaches the visitor
 * only when wantBody asks for it, as one buffer up to a cap or as slices of
 * the chunks handed to a sink. This is the layer scan's hot path (issue 17):
 * the work per byte of a skipped body is nothing, per member one header.
 *
 * What it reads is what layers contain: ustar, GNU and old-GNU headers (v7
 * too), GNU long names and link targets ('L', 'K'; old 'N'), PAX extended
 * headers ('x': path, linkpath, size, uid, gid) and global ones ('g'),
 * base-256 numbers, either checksum (unsigned or signed sum), the two zero
 * blocks that end the archive, or none (as tar-stream accepts).
 *
 * Its members are tar-stream's, field for field (the scan's verdicts must not
 * move), with these deliberate differences, each on input no real writer makes
 * or where tar-stream is wrong:
 * - PAX uid/gid records apply (tar-stream drops them; GNU tar and Go apply them:
 *   ids above 2097151 only fit there);
 * - v7 headers (no ustar magic) are read, as GNU tar and Go read them;
 * - data after the end-of-archive marker that is not zeros is an error
 *   (tar-stream parses it as more members, Go's reader and so the runtime
 *   ignore it: either way the scan would not see what runs);
 * - extended headers over 1 MiB, malformed PAX records, and numbers that are
 *   not numbers are errors (tar-stream caps at 4 MiB, guesses or yields NaN).
 */
import { PipelineError } from '../errors.js';
import { printable } from '../preview.js';

export interface Member {
  name: string;
  type: 'file' | 'link' | 'symlink' | 'directory' | 'character-device' | 'block-device' | 'fifo' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname?: string;
}

/**
 * Receives a body chunk by chunk as it streams, for files summarised without
 * ever being held whole. Each chunk is lent: valid only until the sink
 * returns (the inflate worker's path reuses its buffers), so a sink that
 * keeps bytes copies them.
 */
export type BodySink = (chunk: Buffer) => void;

export interface MemberVisitor {
  /** Return a byte cap to receive the body (when size <= cap), a sink to be fed it as it streams, or 0 to skip it. */
  wantBody?(m: Member): number | BodySink;
  member(m: Member, body: Buffer | undefined): void;
}

/** The most of a member name a message shows: real paths are far shorter, a crafted PAX path may be 1 MiB. */
export const MAX_SHOWN_NAME = 512;

/**
 * A member name as shown in a message: with control characters made visible,
 * and cut (saying how long it was) past MAX_SHOWN_NAME characters, so a
 * crafted name cannot flood a log line or a job summary.
 */
export const memberName = (name: string): string =>
  name.length <= MAX_SHOWN_NAME ? `'${printable(name)}'` : `'${printable(name.slice(0, MAX_SHOWN_NAME))}…' (${name.length} characters)`;

/** The most a GNU long name/link or a PAX header may carry: real ones are a few hundred bytes. */
export const MAX_EXTENDED_HEADER = 1024 * 1024;

const BLOCK = 512;
const HINT = 'The layer is corrupt or not the type its media type says.';

const enum Mode {
  Header,
  Body,
  Padding,
  Extended,
  /** After the two zero blocks: only zeros may follow (GNU tar pads to its record size). */
  Ended,
}

// Type flags (byte 156).
const LONG_LINK = 0x4b; // 'K'
const LONG_NAME = 0x4c; // 'L'
const OLD_LONG_NAME = 0x4e; // 'N', old GNU; tar-stream reads it as a long name
const PAX = 0x78; // 'x'
const PAX_GLOBAL = 0x67; // 'g'

/** tar-stream's mapping: '0', NUL, '7' and every flag it does not know are files. */
function typeOf(flag: number): Member['type'] {
  switch (flag) {
    case 0x31:
      return 'link';
    case 0x32:
      return 'symlink';
    case 0x33:
      return 'character-device';
    case 0x34:
      return 'block-device';
    case 0x35:
      return 'directory';
    case 0x36:
      return 'fifo';
    default:
      return 'file';
  }
}

const extendedWhat = (flag: number): string =>
  flag === PAX ? 'PAX extended header' : flag === PAX_GLOBAL ? 'PAX global header' : flag === LONG_LINK ? 'GNU long link target' : 'GNU long name';

/** Bytes [start, end) up to the first NUL, as UTF-8 (what tar-stream does). */
function text(buf: Buffer, start: number, end: number): string {
  let nul = start;
  while (nul < end && buf[nul] !== 0) nul++;
  return buf.toString('utf8', start, nul);
}

/**
 * A numeric field: octal text (leading spaces, then up to a space or NUL, as
 * tar-stream and GNU tar read it) or base-256 (first byte 0x80, or 0xff for a
 * negative number). NaN when it is neither; -1 for a negative number.
 */
function numeric(buf: Buffer, off: number, len: number): number {
  const end = off + len;
  const first = buf[off] as number;
  if (first & 0x80) {
    if (first === 0xff) return -1;
    if (first !== 0x80) return NaN;
    let v = 0;
    for (let i = off + 1; i < end; i++) v = v * 256 + (buf[i] as number);
    return v;
  }
  let p = off;
  while (p < end && buf[p] === 0x20) p++;
  while (p < end && buf[p] === 0) p++;
  if (p === end || buf[p] === 0x20) return 0;
  let v = 0;
  let digits = 0;
  for (; p < end; p++, digits++) {
    const c = buf[p] as number;
    if (c < 0x30 || c > 0x37) break;
    v = v * 8 + (c - 0x30);
  }
  return digits === 0 ? NaN : v;
}

type Pax = Record<string, string>;

export class TarParser {
  private mode = Mode.Header;
  /** Bytes of the archive consumed so far: where errors say they are. */
  private offset = 0;
  /** A header split across chunks is gathered here; whole ones are read in place. */
  private readonly head = Buffer.allocUnsafe(BLOCK);
  private headFill = 0;
  private zeroBlocks = 0;

  // The member whose body is passing.
  private member: Member | undefined;
  private bodySize = 0;
  private bodyLeft = 0;
  private padLeft = 0;
  private whole: Buffer | undefined;
  private wholeFill = 0;
  private sink: BodySink | undefined;

  // An extended header's body being gathered, and what the extended headers so far said.
  private extFlag = 0;
  private ext: Buffer | undefined;
  private extFill = 0;
  private extAt = 0;
  private longName: string | undefined;
  private longLink: string | undefined;
  private pax: Pax | undefined;
  private paxGlobal: Pax | undefined;

  constructor(
    private readonly visitor: MemberVisitor,
    /** Names the archive in errors, e.g. "layer 2 of 3 (sha256:…) in <image>". */
    private readonly what: string,
  ) {}

  /** Feed the next bytes. Throws a PipelineError('LAYOUT') when they are not a tar, and whatever the visitor throws. */
  write(chunk: Buffer): void {
    const len = chunk.length;
    let pos = 0;
    while (pos < len) {
      switch (this.mode) {
        case Mode.Header: {
          if (this.headFill === 0 && len - pos >= BLOCK) {
            const at = pos;
            pos += BLOCK;
            this.offset += BLOCK;
            this.header(chunk, at);
          } else {
            const n = Math.min(BLOCK - this.headFill, len - pos);
            chunk.copy(this.head, this.headFill, pos, pos + n);
            this.headFill += n;
            pos += n;
            this.offset += n;
            if (this.headFill === BLOCK) {
              this.headFill = 0;
              this.header(this.head, 0);
            }
          }
          break;
        }
        case Mode.Body: {
          const n = Math.min(this.bodyLeft, len - pos);
          if (this.whole !== undefined) this.wholeFill += chunk.copy(this.whole, this.wholeFill, pos, pos + n);
          else if (this.sink !== undefined) this.sink(chunk.subarray(pos, pos + n));
          this.bodyLeft -= n;
          pos += n;
          this.offset += n;
          if (this.bodyLeft === 0) this.endBody();
          break;
        }
        case Mode.Padding: {
          const n = Math.min(this.padLeft, len - pos);
          this.padLeft -= n;
          pos += n;
          this.offset += n;
          if (this.padLeft === 0) this.mode = Mode.Header;
          break;
        }
        case Mode.Extended: {
          const ext = this.ext as Buffer;
          const n = Math.min(ext.length - this.extFill, len - pos);
          chunk.copy(ext, this.extFill, pos, pos + n);
          this.extFill += n;
          pos += n;
          this.offset += n;
          if (this.extFill === ext.length) this.endExtended();
          break;
        }
        case Mode.Ended: {
          for (; pos < len; pos++, this.offset++) {
            if (chunk[pos] !== 0)
              throw this.error(
                `it carries data after its end-of-archive marker (two zero blocks), at byte ${this.offset}; a runtime ignores that data, so the scan would not see what runs`,
              );
          }
          break;
        }
      }
    }
  }

  /** The archive ended: throws when it ended inside a header, a body or its padding. */
  end(): void {
    switch (this.mode) {
      case Mode.Header:
        if (this.headFill > 0) throw this.error(`it ends inside a header at byte ${this.offset - this.headFill} (${this.headFill} of its ${BLOCK} bytes)`);
        return;
      case Mode.Body: {
        const m = this.member as Member;
        throw this.error(`member ${memberName(m.name)} declares ${this.bodySize} bytes and the layer ends inside it (${this.bodyLeft} bytes short)`);
      }
      case Mode.Padding:
        throw this.error(`it ends inside the padding after member ${memberName((this.member as Member).name)} (${this.padLeft} bytes short)`);
      case Mode.Extended:
        throw this.error(`the ${extendedWhat(this.extFlag)} at byte ${this.extAt} declares ${(this.ext as Buffer).length} bytes and the layer ends inside it`);
      case Mode.Ended:
        return;
    }
  }

  private error(reason: string): PipelineError {
    return new PipelineError('LAYOUT', `${this.what} is not a readable tar stream: ${reason}`, { hint: HINT });
  }

  private header(buf: Buffer, off: number): void {
    const at = this.offset - BLOCK;
    // One pass: the unsigned and signed sums (the checksum field counted as spaces) and whether the block is all zeros.
    let sum = 0;
    let high = 0;
    for (let i = off; i < off + 148; i++) {
      const b = buf[i] as number;
      sum += b;
      if (b & 0x80) high++;
    }
    for (let i = off + 156; i < off + BLOCK; i++) {
      const b = buf[i] as number;
      sum += b;
      if (b & 0x80) high++;
    }
    if (sum === 0) {
      // A zero block (tar-stream's test: all but the checksum field). Two in a row end the archive; a lone one is skipped, as tar-stream and GNU tar do.
      if (++this.zeroBlocks === 2) this.mode = Mode.Ended;
      return;
    }
    this.zeroBlocks = 0;
    const stored = numeric(buf, off + 148, 8);
    if (stored !== sum + 256 && stored !== sum + 256 - 256 * high)
      throw this.error(
        `the header at byte ${at} fails its checksum (${Number.isNaN(stored) ? 'unreadable' : `stored ${stored}`}, computed ${sum + 256}); the archive is corrupt, or compressed and read as plain tar`,
      );

    const flag = buf[off + 156] as number;
    let size = this.number(buf, off + 124, 12, 'size', at);
    if (flag === LONG_NAME || flag === LONG_LINK || flag === OLD_LONG_NAME || flag === PAX || flag === PAX_GLOBAL) {
      if (size > MAX_EXTENDED_HEADER)
        throw this.error(`the ${extendedWhat(flag)} at byte ${at} declares ${size} bytes, more than the ${MAX_EXTENDED_HEADER} we read`);
      this.extFlag = flag;
      this.extAt = at;
      this.ext = Buffer.alloc(size);
      this.extFill = 0;
      this.mode = Mode.Extended;
      if (size === 0) this.endExtended();
      return;
    }

    let name = text(buf, off, off + 100);
    // ustar's prefix field; GNU headers use those bytes for other things ("ustar  \0"), v7 ones have none. A star
    // header ("tar\0" in its last 4 bytes) has a 131-byte prefix, then its times: Go's reader, which unpacks layers
    // for the runtime, reads only those 131 bytes there, so we do too (tar-stream read 155: another path than runs).
    if (buf[off + 345] !== 0 && buf[off + 257] === 0x75 && buf.toString('latin1', off + 257, off + 263) === 'ustar\0') {
      const star = buf[off + 508] === 0x74 && buf[off + 509] === 0x61 && buf[off + 510] === 0x72 && buf[off + 511] === 0;
      name = `${text(buf, off + 345, off + (star ? 476 : 500))}/${name}`;
    }
    let linkname = buf[off + 157] === 0 ? '' : text(buf, off + 157, off + 257);
    const mode = this.number(buf, off + 100, 8, 'mode', at);
    let uid = this.number(buf, off + 108, 8, 'uid', at);
    let gid = this.number(buf, off + 116, 8, 'gid', at);
    // Extended headers apply to this member only (a global one through the next PAX header, as tar-stream has it).
    const longName = this.longName || undefined;
    const longLink = this.longLink || undefined;
    if (longName !== undefined) name = longName;
    if (longLink !== undefined) linkname = longLink;
    this.longName = undefined;
    this.longLink = undefined;
    const pax = this.pax;
    if (pax !== undefined) {
      this.pax = undefined;
      // Readers disagree on which wins when both are given (tar-stream and GNU tar: the PAX record; Go's reader,
      // which unpacks layers for the runtime: the GNU long name), so such a member could be scanned under one path
      // and unpacked under another. No writer makes it: refused.
      const conflict =
        pax.path && longName !== undefined && longName !== pax.path
          ? 'name'
          : pax.linkpath && longLink !== undefined && longLink !== pax.linkpath
            ? 'link target'
            : undefined;
      if (conflict !== undefined)
        throw this.error(
          `the member at byte ${at} has both a GNU long ${conflict} and a PAX ${conflict === 'name' ? 'path' : 'linkpath'} that differ; tar readers disagree on which applies, so the scan could see another path than the runtime unpacks`,
        );
      if (pax.path) name = pax.path;
      if (pax.linkpath) linkname = pax.linkpath;
      if (pax.size) size = this.paxNumber(pax.size, 'size', at);
      if (pax.uid) uid = this.paxNumber(pax.uid, 'uid', at);
      if (pax.gid) gid = this.paxNumber(pax.gid, 'gid', at);
    }
    const type = typeOf(flag);
    const m: Member = { name, type, mode: mode & 0o7777, uid, gid, size: type === 'file' ? size : 0 };
    if (linkname !== '') m.linkname = linkname;

    // A directory's size is not followed by a body (tar-stream); every other type's is.
    const bodySize = type === 'directory' ? 0 : size;
    const want = type === 'file' ? (this.visitor.wantBody?.(m) ?? 0) : 0;
    const whole = typeof want === 'number' && want > 0 && size <= want;
    if (bodySize === 0) {
      this.visitor.member(m, whole ? Buffer.alloc(0) : undefined);
      return;
    }
    this.member = m;
    this.bodySize = bodySize;
    this.bodyLeft = bodySize;
    this.padLeft = (BLOCK - (bodySize % BLOCK)) % BLOCK;
    // One buffer of the declared size (at most the visitor's cap), filled as the body passes.
    this.whole = whole ? Buffer.allocUnsafe(size) : undefined;
    this.wholeFill = 0;
    this.sink = typeof want === 'function' ? want : undefined;
    this.mode = Mode.Body;
  }

  private endBody(): void {
    const m = this.member as Member;
    const body = this.whole;
    this.whole = undefined;
    this.sink = undefined;
    this.mode = this.padLeft > 0 ? Mode.Padding : Mode.Header;
    this.visitor.member(m, body);
  }

  private endExtended(): void {
    const buf = this.ext as Buffer;
    this.ext = undefined;
    const flag = this.extFlag;
    if (flag === PAX)
      this.pax = this.paxGlobal === undefined ? this.records(buf) : Object.assign(Object.create(null) as Pax, this.paxGlobal, this.records(buf));
    else if (flag === PAX_GLOBAL) this.paxGlobal = this.records(buf);
    else if (flag === LONG_LINK) this.longLink = text(buf, 0, buf.length);
    else this.longName = text(buf, 0, buf.length);
    this.padLeft = (BLOCK - (buf.length % BLOCK)) % BLOCK;
    this.mode = this.padLeft > 0 ? Mode.Padding : Mode.Header;
  }

  /** PAX records, "<length> <key>=<value>\n" each, the length counting the whole record. Trailing NULs end them (tar-stream stops there too). */
  private records(buf: Buffer): Pax {
    const out = Object.create(null) as Pax;
    const where = `the ${extendedWhat(this.extFlag)} at byte ${this.extAt}`;
    let i = 0;
    while (i < buf.length) {
      if (buf[i] === 0) {
        for (let j = i; j < buf.length; j++) if (buf[j] !== 0) throw this.error(`${where} has data after NUL padding at its byte ${j}`);
        break;
      }
      let j = i;
      let len = 0;
      while (j < buf.length && j - i < 8 && (buf[j] as number) >= 0x30 && (buf[j] as number) <= 0x39) len = len * 10 + ((buf[j++] as number) - 0x30);
      if (j === i || buf[j] !== 0x20) throw this.error(`${where} has a record at its byte ${i} that does not start with "<length> "`);
      const recEnd = i + len;
      if (recEnd <= j + 1 || recEnd > buf.length || buf[recEnd - 1] !== 0x0a)
        throw this.error(
          `${where} has a record at its byte ${i} whose length (${len}) does not end it: ${buf.length - i} bytes remain and a record ends with a newline`,
        );
      const kv = buf.toString('utf8', j + 1, recEnd - 1);
      const eq = kv.indexOf('=');
      if (eq <= 0) throw this.error(`${where} has a record at its byte ${i} that is not key=value`);
      out[kv.slice(0, eq)] = kv.slice(eq + 1);
      i = recEnd;
    }
    return out;
  }

  private number(buf: Buffer, off: number, len: number, field: string, at: number): number {
    const v = numeric(buf, off, len);
    if (!(v >= 0) || v > Number.MAX_SAFE_INTEGER)
      throw this.error(
        `the header at byte ${at} has a ${field} field that is ${v === -1 ? 'negative' : Number.isNaN(v) ? 'not a number' : 'out of range'} (${JSON.stringify(buf.toString('latin1', off, off + len))})`,
      );
    return v;
  }

  private paxNumber(value: string, field: string, at: number): number {
    const v = /^[0-9]{1,16}$/.test(value) ? Number(value) : NaN;
    if (!(v <= Number.MAX_SAFE_INTEGER))
      throw this.error(
        `the PAX header before the member at byte ${at} has a ${field} record that is not a size in range (${JSON.stringify(printable(value.slice(0, 40)))})`,
      );
    return v;
  }
}
