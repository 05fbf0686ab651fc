/**
 * Whether a published image needs a rebuild because what it was built from
 * moved: pure, over what build-image recorded (the standard
 * org.opencontainers.image.base.name / base.digest annotations) and what the
 * registries serve for those names now.
 */
import type { Digest } from '../oci/digest.js';
import { Annotation, type ImageConfig, type Manifest } from '../oci/types.js';

export interface BaseRecord {
  /** The base reference as recorded, e.g. docker.io/library/debian:bookworm-slim. */
  name: string;
  /** The digest it resolved to at build time. */
  digest: Digest;
}

/** What the base's tag serves now: the digest, and for an index the digests of its platform manifests. */
export interface BaseNow {
  name: string;
  /** undefined when the tag no longer exists. */
  digest: Digest | undefined;
  children: readonly Digest[];
}

export type BaseVerdict = { kind: 'unchanged'; base: BaseRecord } | { kind: 'moved'; base: BaseRecord; now: Digest } | { kind: 'gone'; base: BaseRecord };

export interface RebuildDecision {
  rebuild: boolean;
  reasons: string[];
  verdicts: BaseVerdict[];
}

/** The base records of one platform image: manifest annotations first, config labels as a fallback. */
export function baseRecordsOf(manifest: Manifest, config: ImageConfig | undefined): BaseRecord[] {
  const from = (m: Record<string, string> | undefined): BaseRecord | undefined => {
    const name = m?.[Annotation.BaseName];
    const digest = m?.[Annotation.BaseDigest];
    return name !== undefined && name !== '' && digest !== undefined && digest !== '' ? { name, digest: digest as Digest } : undefined;
  };
  const r = from(manifest.annotations) ?? from(config?.config?.Labels);
  return r === undefined ? [] : [r];
}

/**
 * A base is unchanged when its tag serves the recorded digest, or an index
 * that still lists it (build-image may record the platform manifest's
 * digest while the tag names a multi-platform index).
 */
export function judgeBase(base: BaseRecord, now: BaseNow): BaseVerdict {
  if (now.digest === undefined) return { kind: 'gone', base };
  if (now.digest === base.digest || now.children.includes(base.digest)) return { kind: 'unchanged', base };
  return { kind: 'moved', base, now: now.digest };
}

export function decide(verdicts: readonly BaseVerdict[]): RebuildDecision {
  const reasons: string[] = [];
  for (const v of verdicts) {
    if (v.kind === 'moved') reasons.push(`base ${v.base.name} moved from ${v.base.digest} to ${v.now}`);
    if (v.kind === 'gone') reasons.push(`base ${v.base.name} is no longer served (it was ${v.base.digest}); rebuild to find out what replaced it`);
  }
  return { rebuild: reasons.length > 0, reasons, verdicts: [...verdicts] };
}
