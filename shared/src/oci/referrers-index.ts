/**
 * Lists of referrers (distribution-spec 1.1 "Listing Referrers" and the
 * "Referrers Tag Schema"), pure: the fallback tag's name, reading an index of
 * referrer descriptors that a registry sent (untrusted: bounded, each entry
 * checked, a bad one skipped with the reason), merging, and writing one.
 */
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { algorithmOf, encodedOf, parseDigest, type Digest } from './digest.js';
import { isIndexMediaType, isManifestMediaType, MediaType } from './media-types.js';
import { MAX_JSON_BLOB } from './source.js';
import type { Descriptor, Index } from './types.js';

/** Most referrers read for one subject: past this a list is refused, not cut (a silent cut could hide a signature). */
export const MAX_REFERRERS = 1000;

/** `sha256-<hex>`: the tag a registry without the referrers API keeps the subject's referrers under (alg cut to 32, encoded to 64). */
export function fallbackTag(subject: Digest): string {
  return `${algorithmOf(subject).slice(0, 32)}-${encodedOf(subject).slice(0, 64)}`;
}

export interface SkippedReferrer {
  digest?: string;
  reason: string;
}

export interface ReferrersList {
  entries: Descriptor[];
  skipped: SkippedReferrer[];
}

/** A JSON value for a message: strings as they are, anything else as JSON, then previewed. */
const shown = (v: unknown, max: number): string => preview(typeof v === 'string' ? v : (JSON.stringify(v) ?? 'nothing'), { max, redact: false });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringMap(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, s] of Object.entries(v)) if (typeof s === 'string') out[k] = s;
  return out;
}

/** One entry of a referrers index, or why it is skipped. */
function readEntry(v: unknown): Descriptor | SkippedReferrer {
  if (!isRecord(v)) return { reason: 'not a descriptor object' };
  const digest = typeof v.digest === 'string' ? parseDigest(v.digest) : undefined;
  const label = typeof v.digest === 'string' ? preview(v.digest, { max: 80, redact: false }) : undefined;
  const skip = (reason: string): SkippedReferrer => (label !== undefined ? { digest: label, reason } : { reason });
  if (digest === undefined || !digest.ok) return skip('expected a digest like sha256:<64 hex>, got something else');
  if (typeof v.mediaType !== 'string' || !(isManifestMediaType(v.mediaType) || isIndexMediaType(v.mediaType))) {
    return skip(
      `expected an OCI manifest or index media type, got ${typeof v.mediaType === 'string' ? preview(v.mediaType, { max: 80, redact: false }) : 'none'}`,
    );
  }
  if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0 || v.size > MAX_JSON_BLOB) {
    return skip(`expected a size between 0 and ${MAX_JSON_BLOB} bytes`);
  }
  const d: Descriptor = { mediaType: v.mediaType, digest: digest.value, size: v.size };
  if (typeof v.artifactType === 'string') d.artifactType = v.artifactType;
  const annotations = stringMap(v.annotations);
  if (annotations !== undefined && Object.keys(annotations).length > 0) d.annotations = annotations;
  return d;
}

/**
 * Read an index of referrers. Something that is not an index at all, or an
 * index naming another subject, is an error (`what` names it); an index of
 * more than `maxEntries` is refused; a malformed entry, or the same digest
 * twice, is skipped with the reason.
 */
export function parseReferrersIndex(bytes: Buffer, opts: { what: string; subject: Digest; maxEntries?: number }): ReferrersList {
  const max = opts.maxEntries ?? MAX_REFERRERS;
  const fail = (got: string): never => {
    throw new PipelineError('REGISTRY', `${opts.what}: expected an OCI image index of referrers, got ${got}`, {
      hint: 'The registry (or whoever wrote that tag) stored something else there; remove or fix it, then run again.',
    });
  };
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    return fail(`${bytes.length} bytes that are not JSON (${preview(bytes.subarray(0, 60).toString('utf8'), { max: 40 })})`);
  }
  if (!isRecord(doc)) return fail('JSON that is not an object');
  if (doc.mediaType !== undefined && doc.mediaType !== MediaType.OciIndex) return fail(`a ${shown(doc.mediaType, 80)}`);
  if (doc.schemaVersion !== 2) return fail(`schemaVersion ${shown(doc.schemaVersion, 20)}`);
  if (!Array.isArray(doc.manifests)) return fail('an object without a manifests list');
  const subject = isRecord(doc.subject) ? doc.subject.digest : undefined;
  if (subject !== undefined && subject !== opts.subject) {
    return fail(`a list for subject ${shown(subject, 80)}, not ${opts.subject}`);
  }
  if (doc.manifests.length > max) {
    throw new PipelineError('REGISTRY', `${opts.what} lists ${doc.manifests.length} referrers, more than the ${max} we read`, {
      hint: 'Prune old attachments of this image (or push it anew); a list that long is likely runaway or hostile.',
    });
  }
  const list: ReferrersList = { entries: [], skipped: [] };
  const seen = new Set<string>();
  for (const raw of doc.manifests as unknown[]) {
    const e = readEntry(raw);
    if (!('mediaType' in e)) list.skipped.push(e);
    else if (seen.has(e.digest)) list.skipped.push({ digest: e.digest, reason: 'listed twice' });
    else {
      seen.add(e.digest);
      list.entries.push(e);
    }
  }
  return list;
}

/**
 * `base` with every entry of `add` it lacks, in order (entries are told apart
 * by digest; the first one seen is kept). `added` counts the new ones.
 */
export function mergeReferrers(base: readonly Descriptor[], add: readonly Descriptor[]): { entries: Descriptor[]; added: number } {
  const have = new Set(base.map((d) => d.digest));
  const entries = [...base];
  for (const d of add) {
    if (have.has(d.digest)) continue;
    have.add(d.digest);
    entries.push(d);
  }
  return { entries, added: entries.length - base.length };
}

/** The bytes of a referrers index (the fallback tag's content). */
export function referrersIndexBytes(entries: readonly Descriptor[]): Buffer {
  const index: Index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [...entries] };
  return Buffer.from(JSON.stringify(index));
}

/** The entries of the given artifact type (all when undefined). */
export const ofArtifactType = (entries: readonly Descriptor[], artifactType: string | undefined): Descriptor[] =>
  artifactType === undefined ? [...entries] : entries.filter((d) => d.artifactType === artifactType);
