/**
 * The pure core of the local layer cache: which names are tags, what a cache
 * folder's index.json holds, what a cache manifest refers to, and which
 * entries the next cache folder keeps. No I/O here; the store and the HTTP
 * handler call these with bytes they read within bounds.
 *
 * A cache folder is an OCI image layout (image-spec image-layout.md): each
 * cache entry is one manifest in index.json, named by the annotation
 * org.opencontainers.image.ref.name = the tag buildah pushed it as (its
 * 64-hex cache key).
 */
import { parseDigest, type Digest } from '../../oci/digest.js';
import { MediaType } from '../../oci/media-types.js';
import type { Descriptor, Index } from '../../oci/types.js';
import { preview } from '../../preview.js';
import { err, ok, type Result } from '../../result.js';

/** The distribution spec lets registries refuse manifests over 4 MiB; a cache manifest is a few KiB. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** index.json of a cache folder: one ~300-byte line per entry, so 8 MiB is tens of thousands of steps. */
export const MAX_INDEX_BYTES = 8 * 1024 * 1024;

export const REF_NAME = 'org.opencontainers.image.ref.name';

/** Untrusted text in a message: one line, bounded (media types fit whole). */
const shown = (s: string): string => preview(s, { redact: false, max: 100 });

/** The manifest media types a cache entry may have (buildah pushes one image manifest per step). */
export const CACHE_MANIFEST_TYPES: readonly string[] = [MediaType.OciManifest, MediaType.DockerManifest];

/** distribution spec: a tag is `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`, so never a path (`..`, `/`). */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
export const isTag = (s: string): boolean => TAG_RE.test(s);

/** Only sha256 content addresses: what buildah writes, and one blob folder to check. */
export function parseSha256(text: string): Digest | undefined {
  if (!/^sha256:[a-f0-9]{64}$/.test(text)) return undefined;
  const d = parseDigest(text);
  return d.ok ? d.value : undefined;
}

/** A descriptor from untrusted JSON, or why not. */
function descriptorOf(value: unknown, where: string): Result<Descriptor, string> {
  const d = value as Partial<Descriptor> | null;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return err(`${where} is not a descriptor object`);
  if (typeof d.mediaType !== 'string' || d.mediaType.length > 255) return err(`${where} has no valid mediaType`);
  const digest = typeof d.digest === 'string' ? parseSha256(d.digest) : undefined;
  if (digest === undefined) return err(`${where} has no valid sha256 digest`);
  if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) return err(`${where} has no valid size`);
  return ok({ mediaType: d.mediaType, digest, size: d.size });
}

export interface IndexEntries {
  /** Tag -> the manifest descriptor (mediaType, digest, size only). */
  entries: Map<string, Descriptor>;
  /** Why entries (or the whole file) were skipped; each a short line safe to print. */
  warnings: string[];
}

/**
 * The entries of a cache folder's index.json. Never throws: the folder may
 * come from an old or hostile cache, and a bad one must mean a cold build,
 * not a failed one. A malformed file yields no entries; a bad entry (no
 * valid tag, not a manifest, oversized, a tag given twice) is skipped alone.
 */
export function parseCacheIndex(text: string, where: string): IndexEntries {
  const warnings: string[] = [];
  const entries = new Map<string, Descriptor>();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { entries, warnings: [`${where} is not valid JSON (${preview((e as Error).message, { redact: false, max: 80 })}); ignoring the cache`] };
  }
  const index = value as Partial<Index> | null;
  if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
    return { entries, warnings: [`${where} is not an image index (schemaVersion 2 with a manifests list); ignoring the cache`] };
  }
  const dropped = new Set<string>();
  for (const [i, raw] of (index.manifests as unknown[]).entries()) {
    const at = `${where} manifests[${i}]`;
    const desc = descriptorOf(raw, at);
    if (!desc.ok) {
      warnings.push(`${desc.error}; skipped`);
      continue;
    }
    const tag = (raw as Descriptor).annotations?.[REF_NAME];
    if (typeof tag !== 'string' || !isTag(tag)) {
      const got = typeof tag === 'string' ? `'${shown(tag)}'` : 'none';
      warnings.push(`${at}: expected ${REF_NAME} to be a tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}), got ${got}; skipped`);
      continue;
    }
    if (!CACHE_MANIFEST_TYPES.includes(desc.value.mediaType)) {
      warnings.push(`${at} (${tag}): expected an image manifest, got mediaType '${shown(desc.value.mediaType)}'; skipped`);
      continue;
    }
    if (desc.value.size > MAX_MANIFEST_BYTES) {
      warnings.push(`${at} (${tag}): manifest of ${desc.value.size} bytes is over the ${MAX_MANIFEST_BYTES}-byte bound; skipped`);
      continue;
    }
    if (dropped.has(tag)) continue;
    const prior = entries.get(tag);
    if (prior !== undefined) {
      // Two manifests under one name: neither can be trusted to be the one meant.
      if (prior.digest !== desc.value.digest) {
        entries.delete(tag);
        dropped.add(tag);
        warnings.push(`${at}: tag ${tag} names more than one manifest; skipped`);
      }
      continue;
    }
    entries.set(tag, desc.value);
  }
  return { entries, warnings };
}

/** What a cache manifest refers to: its config and layers, in order. */
export interface CacheManifest {
  mediaType: string;
  blobs: Descriptor[];
}

/**
 * Parse a manifest pushed to (or read from) the cache. `contentType` is the
 * PUT's Content-Type or the index entry's mediaType; a mediaType in the body
 * must agree with it. Only image manifests: buildah pushes nothing else.
 */
export function parseCacheManifest(bytes: Uint8Array, contentType: string | undefined): Result<CacheManifest, string> {
  if (bytes.length > MAX_MANIFEST_BYTES) return err(`manifest of ${bytes.length} bytes is over the ${MAX_MANIFEST_BYTES}-byte bound`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return err('manifest is not valid JSON');
  }
  const m = value as { schemaVersion?: unknown; mediaType?: unknown; config?: unknown; layers?: unknown } | null;
  if (typeof m !== 'object' || m === null || Array.isArray(m) || m.schemaVersion !== 2) return err('manifest is not a schemaVersion 2 object');
  const type = contentType?.split(';')[0]?.trim();
  const bodyType = typeof m.mediaType === 'string' ? m.mediaType : undefined;
  const declared = type === undefined || type === '' || type === 'application/json' ? bodyType : type;
  const mediaType = declared ?? MediaType.OciManifest;
  if (bodyType !== undefined && bodyType !== mediaType) {
    return err(`manifest says mediaType '${shown(bodyType)}' but was sent as '${shown(mediaType)}'`);
  }
  if (!CACHE_MANIFEST_TYPES.includes(mediaType)) {
    return err(`expected an image manifest (${CACHE_MANIFEST_TYPES.join(' or ')}), got '${shown(mediaType)}'`);
  }
  const config = descriptorOf(m.config, 'config');
  if (!config.ok) return err(config.error);
  if (!Array.isArray(m.layers)) return err('manifest has no layers list');
  const blobs = [config.value];
  for (const [i, l] of (m.layers as unknown[]).entries()) {
    const layer = descriptorOf(l, `layers[${i}]`);
    if (!layer.ok) return err(layer.error);
    blobs.push(layer.value);
  }
  return ok({ mediaType, blobs });
}

/**
 * The entries the next cache folder holds: what this run pushed, plus what
 * it used from the old folder (a hit), the run's own push winning a name both
 * have. Anything the run neither pushed nor used is pruned: a cache folder
 * carries exactly one build's steps, so it never grows without bound.
 */
export function nextEntries(pushed: ReadonlyMap<string, Descriptor>, hits: ReadonlyMap<string, Descriptor>): Map<string, Descriptor> {
  const out = new Map<string, Descriptor>();
  for (const tag of [...new Set([...pushed.keys(), ...hits.keys()])].sort()) {
    out.set(tag, (pushed.get(tag) ?? hits.get(tag)) as Descriptor);
  }
  return out;
}

/** index.json of a cache folder: one manifest per entry, named by its tag, in tag order. */
export function renderCacheIndex(entries: ReadonlyMap<string, Descriptor>): string {
  const manifests = [...entries].map(([tag, d]) => ({ mediaType: d.mediaType, digest: d.digest, size: d.size, annotations: { [REF_NAME]: tag } }));
  return `${JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests }, null, 1)}\n`;
}
