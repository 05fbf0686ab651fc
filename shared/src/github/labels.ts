/**
 * The OCI labels (and annotations) every image gets from where it was built,
 * metadata-action's set (image-spec annotations.md): title, description, url,
 * source, version, created, revision, licenses. description/url/licenses come
 * from the repository (see metadata/repo.ts). Labels the user sets win. Pure.
 */
import type { GitHubContext } from './event.js';
import type { RepoInfo } from './metadata/repo.js';

export interface LabelFacts {
  ctx: GitHubContext;
  /** ISO 8601 time, from the same epoch the builder stamps into the image. */
  created?: string;
  version?: string;
  /** Fallback title when not in a repository (e.g. the context folder's name). */
  title?: string;
  /** The repository as the event payload or the API describe it; absent parts are left out. */
  repo?: RepoInfo;
}

/** The image's labels: metadata-action's set, leaving out what is unknown (an empty label tells nothing). */
export function ociLabels(f: LabelFacts): Map<string, string> {
  const out = new Map<string, string>();
  const source = f.repo?.htmlUrl ?? (f.ctx.repository !== undefined ? `${f.ctx.serverUrl}/${f.ctx.repository}` : undefined);
  if (source !== undefined) out.set('org.opencontainers.image.source', source);
  if (f.ctx.sha !== undefined) out.set('org.opencontainers.image.revision', f.ctx.sha);
  if (f.created !== undefined) out.set('org.opencontainers.image.created', f.created);
  if (f.version !== undefined) out.set('org.opencontainers.image.version', f.version);
  const title = f.repo?.name ?? f.ctx.repository?.split('/')[1] ?? f.title;
  if (title !== undefined && title !== '') out.set('org.opencontainers.image.title', title);
  if (f.repo?.description !== undefined) out.set('org.opencontainers.image.description', f.repo.description);
  // url only from the repository object (its html_url), as metadata-action; never guessed.
  if (f.repo?.htmlUrl !== undefined) out.set('org.opencontainers.image.url', f.repo.htmlUrl);
  if (f.repo?.license !== undefined) out.set('org.opencontainers.image.licenses', f.repo.license);
  return out;
}

/** Defaults first, then the user's labels over them; order kept stable for reproducible builds. */
export function mergeLabels(defaults: ReadonlyMap<string, string>, user: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(defaults);
  for (const [k, v] of user) out.set(k, v);
  return out;
}

export interface LabelListFacts {
  repo: RepoInfo;
  version: string | undefined;
  created: string;
  revision: string;
  /** The user's `labels` (or `annotations`) lines, `key=value`, already expression-expanded. */
  extra: readonly string[];
}

/**
 * metadata-action's `labels`/`annotations` output: all eight keys (empty when
 * unknown), then the user's lines over them (a line without '=' is dropped),
 * sorted by key.
 */
export function metadataActionLabelList(f: LabelListFacts): Array<[string, string]> {
  const m = new Map<string, string>([
    ['org.opencontainers.image.title', f.repo.name ?? ''],
    ['org.opencontainers.image.description', f.repo.description ?? ''],
    ['org.opencontainers.image.url', f.repo.htmlUrl ?? ''],
    ['org.opencontainers.image.source', f.repo.htmlUrl ?? ''],
    ['org.opencontainers.image.version', f.version ?? ''],
    ['org.opencontainers.image.created', f.created],
    ['org.opencontainers.image.revision', f.revision],
    ['org.opencontainers.image.licenses', f.repo.license ?? ''],
  ]);
  for (const line of f.extra) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    m.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return [...m].sort((a, b) => a[0].localeCompare(b[0]));
}
