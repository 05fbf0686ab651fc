/**
 * Go modules from a Go binary's build information: the blob the linker
 * writes into the data segment, found by its `\xff Go buildinf:` magic. Go
 * 1.18+ writes the version and module strings inline after a 32-byte header
 * (flag bit 2), each prefixed by its uvarint length; the module string is
 * framed by 16 sentinel bytes and lists `path`, `mod` (the main module),
 * `dep` lines (path, version, sum) and `=>` lines (a replacement of the dep
 * before). Older binaries (pointers into the data segment) are not read
 * through the header; for them, and for binaries whose buildinfo section
 * was stripped (esbuild's release builds), the module string is found by
 * its sentinels in the read-only data (runtime/debug's copy of it).
 * Binaries built outside module mode (Debian's packaged Go tools) carry only
 * a `path` line and give no modules: the distribution package lists them.
 */

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER = 32;
const FLAG_INLINE = 0x2;
/** Magic matches looked at in one file (a string constant can carry the magic too). */
const MAX_MATCHES = 16;
const ELF = Buffer.from('\x7fELF', 'latin1');
/** The 16 bytes cmd/go puts before and after the module string. */
const INFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const INFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');
/** Longest module string read by its sentinels (a module graph of thousands of deps is ~500 KB). */
const MAX_MODINFO = 4 * 1024 * 1024;

export interface GoModule {
  path: string;
  version: string;
}

export interface GoBuildInfo {
  /** The Go version the binary was built with (go1.21.5); empty when found by the sentinels alone. */
  goVersion: string;
  /** The main module; absent outside module mode. */
  main?: GoModule;
  deps: GoModule[];
}

/** Not decided yet: the bytes end before the answer, which needs at least `need` of them. */
interface More {
  need: number;
}
type Partial<T> = T | undefined | More;
const isMore = (v: unknown): v is More => typeof v === 'object' && v !== null && 'need' in v;

/** An unsigned LEB128 varint at `at`: its value and the offset after it; undefined past 2^32. */
function uvarint(b: Buffer, at: number): Partial<[number, number]> {
  let value = 0;
  for (let shift = 0, i = at; shift <= 28; shift += 7, i++) {
    if (i >= b.length) return { need: i + 1 };
    const byte = b[i] as number;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  return undefined;
}

/** A uvarint-prefixed string; undefined past MAX_MODINFO, so what a match holds stays bounded. */
function inlineString(b: Buffer, at: number): Partial<[string, number]> {
  const v = uvarint(b, at);
  if (v === undefined || isMore(v)) return v;
  if (v[0] > MAX_MODINFO) return undefined;
  if (v[1] + v[0] > b.length) return { need: v[1] + v[0] };
  return [b.toString('utf8', v[1], v[1] + v[0]), v[1] + v[0]];
}

/** The inline build info whose magic is at `at` (Go 1.18+); undefined when that match is not one. */
function inlineInfo(b: Buffer, at: number): Partial<GoBuildInfo> {
  if (at + HEADER > b.length) return { need: at + HEADER };
  if (((b[at + 15] as number) & FLAG_INLINE) === 0) return undefined;
  const vers = inlineString(b, at + HEADER);
  if (vers === undefined || isMore(vers)) return vers;
  if (!vers[0].startsWith('go')) return undefined;
  const mod = inlineString(b, vers[1]);
  if (mod === undefined || isMore(mod)) return mod;
  return { goVersion: vers[0], ...parseModInfo(mod[0]) };
}

/** The last `n` bytes of `b`, copied, so a kept overlap does not keep its whole chunk alive. */
const lastBytes = (b: Buffer, n: number): Buffer => Buffer.from(b.subarray(Math.max(0, b.length - n)));

/** The module lines of a module string, sentinels removed. */
export function parseModInfo(mod: string): Pick<GoBuildInfo, 'main' | 'deps'> {
  const text = mod.length >= 33 && mod[mod.length - 17] === '\n' ? mod.slice(16, -16) : mod;
  const deps: GoModule[] = [];
  let main: GoModule | undefined;
  for (const line of text.split('\n')) {
    const [kind, path, version] = line.split('\t');
    if (path === undefined || path === '') continue;
    if (kind === 'mod') main = { path, version: version ?? '' };
    else if (kind === 'dep') deps.push({ path, version: version ?? '' });
    else if (kind === '=>' && deps.length > 0 && version !== undefined && version !== '') deps[deps.length - 1] = { path, version };
  }
  return { ...(main === undefined ? {} : { main }), deps };
}

/** `b` from `at` on, to hold past this write: copied when it is a view of the lent chunk, as is when we concatenated it ourselves. */
const kept = (b: Buffer, chunk: Buffer, at: number): Buffer => (b === chunk ? Buffer.from(b.subarray(at)) : b.subarray(at));

/**
 * The build information of a Go binary read as it streams, chunk by chunk:
 * only the bytes from a magic match (or the first module-string sentinel) up
 * to the end of its strings are held, a few MiB at most, never the binary,
 * so a 64 MiB executable costs the scan no more memory than a small one.
 * Each byte is copied a bounded number of times (no re-concatenation per
 * chunk). Chunks are lent (BodySink, layers/tar-parse.ts): what is held is
 * a copy, never a view of a chunk the caller will reuse. The first magic match (of at most MAX_MATCHES) whose inline strings
 * read wins; without one, the module string between the sentinels. Once
 * decided, the remaining chunks are ignored.
 */
export class GoBuildInfoReader {
  private seen = 0;
  private head: Buffer = Buffer.alloc(0);
  private done = false;
  private found: GoBuildInfo | undefined;
  /** Magic search: the overlap with the next chunk, or the match being read (held from its magic on, in parts). */
  private magicTail: Buffer = Buffer.alloc(0);
  private held: Buffer[] = [];
  private heldBytes = 0;
  private need = 0;
  private matches = 0;
  /** Sentinel search: the overlap with the next chunk; from the first start sentinel on, the bytes held (in parts). */
  private sentinelTail: Buffer = Buffer.alloc(0);
  private sentinelParts: Buffer[] | undefined;
  private sentinelBytes = 0;
  private sentinelInfo: GoBuildInfo | undefined | 'unknown' = 'unknown';

  write(chunk: Buffer): void {
    if (this.done || chunk.length === 0) return;
    this.seen += chunk.length;
    if (this.head.length < ELF.length) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, ELF.length - this.head.length)]);
      if (this.head.length === ELF.length && !this.head.equals(ELF)) {
        this.finish(undefined);
        return;
      }
    }
    this.readMagic(chunk, false);
    if (!this.done && this.sentinelInfo === 'unknown') this.readSentinel(chunk);
  }

  /** The build information of the whole file; undefined for other files and pre-1.18 Go binaries. */
  end(): GoBuildInfo | undefined {
    if (this.done) return this.found;
    if (this.seen < HEADER || !this.head.equals(ELF)) return this.finish(undefined);
    this.readMagic(Buffer.alloc(0), true);
    if (this.done) return this.found;
    return this.finish(this.sentinelInfo === 'unknown' ? undefined : this.sentinelInfo);
  }

  private finish(info: GoBuildInfo | undefined): GoBuildInfo | undefined {
    this.done = true;
    this.found = info;
    this.magicTail = Buffer.alloc(0);
    this.held = [];
    this.sentinelTail = Buffer.alloc(0);
    this.sentinelParts = undefined;
    return info;
  }

  private readMagic(chunk: Buffer, eof: boolean): void {
    if (this.matches > MAX_MATCHES) return;
    let b: Buffer;
    let candidate = -1;
    if (this.held.length > 0) {
      this.held.push(Buffer.from(chunk));
      this.heldBytes += chunk.length;
      if (this.heldBytes < this.need && !eof) return;
      b = Buffer.concat(this.held);
      this.held = [];
      candidate = 0;
    } else b = this.magicTail.length === 0 ? chunk : Buffer.concat([this.magicTail, chunk]);
    let from = 0;
    for (;;) {
      if (candidate >= 0) {
        const info = inlineInfo(b, candidate);
        if (isMore(info) && !eof) {
          // Held from the magic on until the strings are complete (bounded: inlineString refuses lengths past MAX_MODINFO).
          this.held = [kept(b, chunk, candidate)];
          this.heldBytes = b.length - candidate;
          this.need = info.need - candidate;
          return;
        }
        if (info !== undefined && !isMore(info)) {
          this.finish(info);
          return;
        }
        from = candidate + 1;
      }
      if (this.matches >= MAX_MATCHES) {
        this.matches++;
        this.magicTail = Buffer.alloc(0);
        return;
      }
      const at = b.indexOf(MAGIC, from);
      if (at < 0) {
        // What a match across the next chunk boundary needs.
        this.magicTail = lastBytes(b.subarray(from), MAGIC.length - 1);
        return;
      }
      this.matches++;
      candidate = at;
    }
  }

  private readSentinel(chunk: Buffer): void {
    if (this.sentinelParts === undefined) {
      const b = this.sentinelTail.length === 0 ? chunk : Buffer.concat([this.sentinelTail, chunk]);
      const at = b.indexOf(INFO_START);
      if (at < 0) {
        this.sentinelTail = lastBytes(b, INFO_START.length - 1);
        return;
      }
      const from = kept(b, chunk, at);
      this.sentinelParts = [from];
      this.sentinelBytes = from.length;
      this.sentinelTail = Buffer.alloc(0);
      this.findEnd(from, 0);
      return;
    }
    this.sentinelParts.push(Buffer.from(chunk));
    const base = this.sentinelBytes - this.sentinelTail.length;
    this.sentinelBytes += chunk.length;
    this.findEnd(Buffer.concat([this.sentinelTail, chunk]), base);
  }

  /** Look for the end sentinel in `b`, the held bytes from offset `base` (from the start sentinel) on. */
  private findEnd(b: Buffer, base: number): void {
    const end = b.indexOf(INFO_END, Math.max(0, 16 - base));
    if (end < 0) {
      // The end sentinel must come within MAX_MODINFO of the start, or the first start sentinel is not a module string.
      if (this.sentinelBytes > MAX_MODINFO + INFO_END.length) {
        this.sentinelInfo = undefined;
        this.sentinelParts = undefined;
      } else this.sentinelTail = lastBytes(b, INFO_END.length - 1);
      return;
    }
    const at = base + end;
    const s = Buffer.concat(this.sentinelParts ?? []);
    this.sentinelParts = undefined;
    this.sentinelTail = Buffer.alloc(0);
    this.sentinelInfo =
      at > MAX_MODINFO || !s.toString('latin1', 16, 21).startsWith('path\t') ? undefined : { goVersion: '', ...parseModInfo(s.toString('utf8', 16, at)) };
  }
}

/** The build information of an ELF Go binary held whole; undefined for other files and pre-1.18 Go binaries. */
export function goBuildInfo(bytes: Buffer): GoBuildInfo | undefined {
  const reader = new GoBuildInfoReader();
  reader.write(bytes);
  return reader.end();
}

/**
 * A Go toolchain version (go1.21.5, go1.21, go1.21rc2, "go1.22.0 X:boringcrypto")
 * as the semver OSV's Go database gives the standard library ("stdlib"
 * advisories range over 1.21.5, 1.21.0-rc.2): the `go` prefix dropped, a bare
 * language version before 1.21 (go1.20) meaning its first release 1.20.0, and
 * rcN/betaN a pre-release of the .0 release. Undefined for what is not a
 * release (a `devel` toolchain), which no advisory range can place.
 */
export function goSemver(goVersion: string): string | undefined {
  const m = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?(?:$|[ -])/.exec(goVersion.trim());
  if (m === null) return undefined;
  const [, major, minor = '0', patch = '0', pre, n] = m;
  return pre === undefined ? `${major}.${minor}.${patch}` : `${major}.${minor}.0-${pre}.${n}`;
}
