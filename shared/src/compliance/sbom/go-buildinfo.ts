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

/** An unsigned LEB128 varint at `at`: its value and the offset after it; undefined when cut short or past 2^32. */
function uvarint(b: Buffer, at: number): [number, number] | undefined {
  let value = 0;
  for (let shift = 0, i = at; i < b.length && shift <= 28; shift += 7, i++) {
    const byte = b[i] as number;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  return undefined;
}

function inlineString(b: Buffer, at: number): [string, number] | undefined {
  const v = uvarint(b, at);
  if (v === undefined || v[1] + v[0] > b.length) return undefined;
  return [b.toString('utf8', v[1], v[1] + v[0]), v[1] + v[0]];
}

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

/** The build information of an ELF Go binary; undefined for other files and pre-1.18 Go binaries. */
export function goBuildInfo(bytes: Buffer): GoBuildInfo | undefined {
  if (bytes.length < HEADER || !bytes.subarray(0, 4).equals(ELF)) return undefined;
  let at = bytes.indexOf(MAGIC);
  for (let n = 0; at >= 0 && n < MAX_MATCHES; n++, at = bytes.indexOf(MAGIC, at + 1)) {
    if (at + HEADER > bytes.length || ((bytes[at + 15] as number) & FLAG_INLINE) === 0) continue;
    const vers = inlineString(bytes, at + HEADER);
    if (vers === undefined || !vers[0].startsWith('go')) continue;
    const mod = inlineString(bytes, vers[1]);
    if (mod === undefined) continue;
    return { goVersion: vers[0], ...parseModInfo(mod[0]) };
  }
  const start = bytes.indexOf(INFO_START);
  if (start < 0) return undefined;
  const end = bytes.indexOf(INFO_END, start + 16);
  if (end < 0 || end - start > MAX_MODINFO || !bytes.toString('latin1', start + 16, start + 21).startsWith('path\t')) return undefined;
  return { goVersion: '', ...parseModInfo(bytes.toString('utf8', start + 16, end)) };
}
