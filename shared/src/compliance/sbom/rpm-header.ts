/**
 * An RPM header as rpmdb.sqlite stores it (the `Packages` table's `blob`):
 * two big-endian 32-bit counts (index entries, data bytes), the index of
 * 16-byte entries (tag, type, offset into the data, count), then the data
 * store. Only the tags an SBOM needs are read. The blob is untrusted: every
 * count and offset is checked against the blob itself before it is used, so
 * a crafted header yields a reason, never a throw or an allocation past the
 * blob's own size.
 */
import { err, ok, type Result } from '../../result.js';

/** Header tags (rpmtag.h) the catalog reads. */
export const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  vendor: 1011,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
} as const;

/** Header entry types (rpmtag.h rpmTagType). */
const INT32 = 4;
const STRING = 6;
const I18NSTRING = 9;

/** rpm's own bounds (header_internal.h hdrchkTags/hdrchkData): at most 64Ki entries and 256 MiB of data. */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 0x0fffffff;
/** Longest string read from the data store (a licence expression is the longest we read; real ones are far below). */
const MAX_STRING = 64 * 1024;

export interface RpmHeader {
  name: string;
  version: string;
  release: string;
  /** Absent when the package has none (rpm prints `(none)`); rpm compares a missing epoch as 0. */
  epoch?: number;
  /** noarch, x86_64, ...; absent on pseudo-packages such as gpg-pubkey. */
  arch?: string;
  license?: string;
  /** The source package file, name-version-release.src.rpm. */
  sourceRpm?: string;
  vendor?: string;
}

interface Entry {
  type: number;
  offset: number;
  count: number;
}

const decoder = new TextDecoder('utf-8');

/** A NUL-terminated string at `offset` of the data store, or a reason. */
function stringAt(data: Uint8Array, e: Entry): Result<string, string> {
  if (e.type !== STRING && e.type !== I18NSTRING) return err(`expected a string (type ${STRING} or ${I18NSTRING}), got type ${e.type}`);
  if (e.count < 1) return err(`expected a string count of at least 1, got ${e.count}`);
  if (e.offset >= data.length) return err(`expected an offset below the data length ${data.length}, got ${e.offset}`);
  // Look for the NUL no further than the longest string we accept.
  const window = data.subarray(e.offset, Math.min(data.length, e.offset + MAX_STRING + 1));
  const end = window.indexOf(0);
  if (end < 0)
    return err(
      window.length > MAX_STRING
        ? `expected a string of at most ${MAX_STRING} bytes at offset ${e.offset}, got a longer one`
        : `expected a NUL-terminated string at offset ${e.offset}, got none before the end of the data`,
    );
  return ok(decoder.decode(window.subarray(0, end)));
}

function int32At(data: Uint8Array, e: Entry): Result<number, string> {
  if (e.type !== INT32) return err(`expected an INT32 (type ${INT32}), got type ${e.type}`);
  if (e.count < 1) return err(`expected an INT32 count of at least 1, got ${e.count}`);
  if (e.offset % 4 !== 0 || e.offset + 4 > data.length) return err(`expected an aligned INT32 within the data (${data.length} bytes), got offset ${e.offset}`);
  return ok(new DataView(data.buffer, data.byteOffset + e.offset, 4).getUint32(0, false));
}

/** Version and release must be one token each: rpm forbids `-` and whitespace in them, and a name with whitespace is no package name. */
const isToken = (s: string): boolean => s !== '' && !/\s/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** The SBOM's fields of one header blob, or why it cannot be read. */
export function parseRpmHeader(blob: Uint8Array): Result<RpmHeader, string> {
  if (blob.length < 8) return err(`expected at least 8 bytes (the index and data counts), got ${blob.length}`);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.length);
  const il = view.getUint32(0, false);
  const dl = view.getUint32(4, false);
  if (il < 1 || il > MAX_ENTRIES) return err(`expected 1 to ${MAX_ENTRIES} index entries, got ${il}`);
  if (dl > MAX_DATA) return err(`expected at most ${MAX_DATA} data bytes, got ${dl}`);
  // rpm refuses a blob whose size is not exactly what its counts say (hdrblobInit); so do we, before reading any entry.
  const expected = 8 + il * 16 + dl;
  if (blob.length !== expected) return err(`expected ${expected} bytes for ${il} entries and ${dl} data bytes, got ${blob.length}`);
  const data = blob.subarray(8 + il * 16);
  const wanted = new Set<number>(Object.values(TAG));
  const entries = new Map<number, Entry>();
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = view.getUint32(at, false);
    if (!wanted.has(tag)) continue;
    // A tag written again after the immutable region (rpm's "dribble" entries) replaces the earlier one.
    entries.set(tag, { type: view.getUint32(at + 4, false), offset: view.getUint32(at + 8, false), count: view.getUint32(at + 12, false) });
  }
  const strings: Partial<Record<keyof typeof TAG, string>> = {};
  for (const key of ['name', 'version', 'release', 'arch', 'license', 'sourceRpm', 'vendor'] as const) {
    const e = entries.get(TAG[key]);
    if (e === undefined) continue;
    const s = stringAt(data, e);
    if (!s.ok) return err(`tag ${TAG[key]} (${key}): ${s.error}`);
    strings[key] = s.value;
  }
  const { name, version, release } = strings;
  for (const [key, value] of [
    ['name', name],
    ['version', version],
    ['release', release],
  ] as const) {
    if (value === undefined) return err(`expected a ${key} (tag ${TAG[key]}), got none`);
    if (!isToken(value)) return err(`expected a ${key} without spaces or control characters, got ${JSON.stringify(value.slice(0, 40))}`);
  }
  const header: RpmHeader = { name: name as string, version: version as string, release: release as string };
  const epochEntry = entries.get(TAG.epoch);
  if (epochEntry !== undefined) {
    const epoch = int32At(data, epochEntry);
    if (!epoch.ok) return err(`tag ${TAG.epoch} (epoch): ${epoch.error}`);
    header.epoch = epoch.value;
  }
  for (const key of ['arch', 'license', 'sourceRpm', 'vendor'] as const) {
    const value = strings[key];
    if (value !== undefined && value !== '') header[key] = value;
  }
  return ok(header);
}

/** `name-version-release.src.rpm` split at its last two dashes; undefined when it is not of that shape. */
export function parseSourceRpm(file: string): { name: string; version: string; release: string } | undefined {
  const m = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(file);
  if (m === null) return undefined;
  return { name: m[1] as string, version: m[2] as string, release: m[3] as string };
}
