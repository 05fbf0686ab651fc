/**
 * The OCI labels every image gets from where it was built
 * (image-spec annotations.md): source repository, revision, creation time,
 * version and title. Labels the user sets win. Pure.
 */
import type { GitHubContext } from './event.js';

export interface LabelFacts {
  ctx: GitHubContext;
  /** ISO 8601 time, from the same epoch the builder stamps into the image. */
  created?: string;
  version?: string;
  /** Fallback title when not in a repository (e.g. the context folder's name). */
  title?: string;
}

export function ociLabels(f: LabelFacts): Map<string, string> {
  const out = new Map<string, string>();
  if (f.ctx.repository !== undefined) out.set('org.opencontainers.image.source', `${f.ctx.serverUrl}/${f.ctx.repository}`);
  if (f.ctx.sha !== undefined) out.set('org.opencontainers.image.revision', f.ctx.sha);
  if (f.created !== undefined) out.set('org.opencontainers.image.created', f.created);
  if (f.version !== undefined) out.set('org.opencontainers.image.version', f.version);
  const title = f.ctx.repository?.split('/')[1] ?? f.title;
  if (title !== undefined && title !== '') out.set('org.opencontainers.image.title', title);
  return out;
}

/** Defaults first, then the user's labels over them; order kept stable for reproducible builds. */
export function mergeLabels(defaults: ReadonlyMap<string, string>, user: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(defaults);
  for (const [k, v] of user) out.set(k, v);
  return out;
}
