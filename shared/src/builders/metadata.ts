/**
 * What an image is called and labelled, decided before it is built: tags
 * (explicit, else computed from the GitHub context, else `latest` so the
 * layout always names the image) and the OCI labels (from the context, the
 * build timestamp and the version, under the user's own labels). Pure.
 */
import { githubContext } from '../github/event.js';
import type { Env } from '../action/inputs.js';
import { mergeLabels, ociLabels } from '../github/labels.js';
import { computeTags } from '../github/tags.js';
import { tagFromInput } from '../registry/reference.js';

export interface MetadataFacts {
  env: Env;
  event?: unknown;
  /** The `tags` input, items as the user wrote them. */
  explicitTags: readonly string[];
  userLabels: ReadonlyMap<string, string>;
  /** ISO time of the build timestamp, when there is one. */
  created?: string;
  /** The title when not in a repository: the context folder's name. */
  fallbackTitle: string;
}

export interface ImageMetadata {
  tags: string[];
  labels: Map<string, string>;
}

export function imageMetadata(f: MetadataFacts): ImageMetadata {
  const ctx = githubContext(f.env, f.event);
  const computed = computeTags(ctx);
  const explicit = [...new Set(f.explicitTags.map((t) => tagFromInput(t) ?? t))];
  const tags = explicit.length > 0 ? explicit : computed.tags.length > 0 ? computed.tags : ['latest'];
  const version = explicit.length > 0 ? explicit[0] : computed.version;
  const defaults = ociLabels({
    ctx,
    ...(f.created !== undefined ? { created: f.created } : {}),
    ...(version !== undefined ? { version } : {}),
    title: f.fallbackTitle,
  });
  return { tags, labels: mergeLabels(defaults, f.userLabels) };
}
