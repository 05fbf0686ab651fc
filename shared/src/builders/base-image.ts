/**
 * Recording what an image is built on (image-spec annotations.md
 * `org.opencontainers.image.base.name` / `.base.digest`), for the update
 * checker that later asks "is there a newer base?". Names are written fully
 * qualified (`docker.io/library/debian:12`), as that reader resolves them.
 */
import { formatReference, parseReference } from '../registry/reference.js';
import { Annotation } from '../oci/types.js';

/** `debian:12` -> `docker.io/library/debian:12`; an untagged name gets `:latest`, as a pull would. Unparseable names are kept as written. */
export function qualifyReference(name: string): string {
  const r = parseReference(name);
  if (!r.ok) return name;
  return formatReference(r.value.tag === undefined && r.value.digest === undefined ? { ...r.value, tag: 'latest' } : r.value);
}

/** image-spec annotations.md: the image this one is built on, as far as the builder told us. */
export function baseAnnotations(base: string | undefined, digests: ReadonlyMap<string, string>): Record<string, string> {
  if (base === undefined) return {};
  const digest = digests.get(base);
  return digest === undefined
    ? { [Annotation.BaseName]: qualifyReference(base) }
    : { [Annotation.BaseName]: qualifyReference(base), [Annotation.BaseDigest]: digest };
}
