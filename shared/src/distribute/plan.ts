/**
 * What a push sends, in the order it sends it: blobs (layers and configs)
 * largest first, so the long transfers start early and the small ones fill
 * in and end the phase (the registries' commit of the last blobs sent is
 * what the push waits for at the end: best small); manifests children
 * before parents (walkDescriptors' order), so a registry never holds an
 * index whose manifests are missing.
 *
 * One exception leads: the smallest blob goes first. A destination's first
 * answer tells the push it takes our uploads (mode, rights), and only after
 * it does upload-blobs.ts start the next blob before the last one is
 * answered; the smallest is answered soonest. With two or more blobs at a time
 * it runs beside the largest.
 */
import { walkDescriptors } from '../oci/image.js';
import { isIndexMediaType, isManifestMediaType } from '../oci/media-types.js';
import type { ImageSource } from '../oci/source.js';
import type { Descriptor } from '../oci/types.js';

export interface PushPlan {
  blobs: Descriptor[];
  manifests: Descriptor[];
}

const isManifest = (d: Descriptor): boolean => isManifestMediaType(d.mediaType) || isIndexMediaType(d.mediaType);

/** Split a walk (children before parents) into the two phases. Pure. */
export function orderForPush(walk: readonly Descriptor[]): PushPlan {
  const largestFirst = walk.filter((d) => !isManifest(d)).sort((a, b) => b.size - a.size);
  const smallest = largestFirst.pop();
  return { blobs: smallest === undefined ? [] : [smallest, ...largestFirst], manifests: walk.filter(isManifest) };
}

export async function planPush(source: ImageSource, root: Descriptor): Promise<PushPlan> {
  return orderForPush(await walkDescriptors(source, root));
}
