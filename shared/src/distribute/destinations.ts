/**
 * Which repositories get which tags (pure): a destination with a tag gets
 * that tag; one without gets the `tags` input, else the tags the image
 * carries, else `latest`; one with `@digest` is pushed by digest only and
 * must name the image's own digest.
 */
import { PipelineError } from '../errors.js';
import type { Digest } from '../oci/digest.js';
import { err, ok, type Result } from '../result.js';
import type { DestinationSpec } from './push-run.js';
import { parseReference, parseTags, repositoryName, type Reference } from '../registry/reference.js';

/** Each destination parsed as a reference; a bad one is an error naming its line (pure). */
export function parseDestinations(destinations: readonly string[], input = 'destinations'): Result<Reference[]> {
  if (destinations.length === 0) {
    return err(
      new PipelineError('INPUT', `input '${input}' is required and names no destination`, {
        input,
        hint: 'Give one reference per line, e.g. ghcr.io/owner/app.',
      }),
    );
  }
  const out: Reference[] = [];
  for (const [i, text] of destinations.entries()) {
    const r = parseReference(text);
    if (!r.ok)
      return err(
        new PipelineError('INPUT', `input '${input}' line ${i + 1}: ${r.error.reason}`, {
          input,
          line: i + 1,
          ...(r.error.hint !== undefined ? { hint: r.error.hint } : {}),
        }),
      );
    out.push(r.value);
  }
  return ok(out);
}

export function planDestinations(
  destinations: readonly string[],
  tags: readonly string[],
  imageTags: readonly string[],
  imageDigest: Digest,
  input = 'destinations',
): Result<DestinationSpec[]> {
  const refs = parseDestinations(destinations, input);
  if (!refs.ok) return refs;
  const tagCheck = parseTags(tags);
  if (!tagCheck.ok) return tagCheck;
  const fallback = tags.length > 0 ? tags : imageTags.length > 0 ? imageTags : ['latest'];
  const byRepo = new Map<string, { registry: string; repository: string; tags: Set<string> }>();
  for (const [i, ref] of refs.value.entries()) {
    if (ref.digest !== undefined && ref.digest !== imageDigest) {
      return err(
        new PipelineError('INPUT', `input '${input}' line ${i + 1} pins ${ref.digest}, but the image is ${imageDigest}`, {
          input,
          line: i + 1,
          hint: 'Drop the @digest part, or push the image that has it.',
        }),
      );
    }
    const key = repositoryName(ref);
    const entry = byRepo.get(key) ?? { registry: ref.registry, repository: ref.repository, tags: new Set<string>() };
    if (ref.tag !== undefined) entry.tags.add(ref.tag);
    else if (ref.digest === undefined) for (const t of fallback) entry.tags.add(t);
    byRepo.set(key, entry);
  }
  return ok([...byRepo.values()].map((e) => ({ registry: e.registry, repository: e.repository, tags: [...e.tags] })));
}
