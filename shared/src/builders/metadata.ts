/**
 * What an image is called and labelled, decided before it is built: tags from
 * the `tags` lines (metadata-action spec lines, or plain tags and references,
 * which mean `type=raw`), else from a default spec (metadata-action's unless the
 * caller names another), else `latest` so the layout always names the image;
 * and the OCI labels (metadata-action's set, from the context, the build
 * timestamp, the version and the repository, under the user's own labels). Pure.
 */
import type { Env } from '../action/inputs.js';
import { PipelineError } from '../errors.js';
import { githubContext } from '../github/event.js';
import { mergeLabels, ociLabels } from '../github/labels.js';
import { computeVersion, tagNames } from '../github/metadata/compute.js';
import { metaContext } from '../github/metadata/context.js';
import { mergeRepoInfo, repoInfoOf, type RepoInfo } from '../github/metadata/repo.js';
import { METADATA_ACTION_DEFAULT_TAGS, parseFlavor, parseTagSpecs } from '../github/metadata/spec.js';
import { isTag, tagFromInput } from '../registry/reference.js';

/** A line is a spec line when it has a key=value field or an expression; anything else is a plain tag or reference. */
export const isSpecLine = (line: string): boolean => /=|\{\{/.test(line);

/**
 * The `tags` input's items as spec lines: spec lines kept, each plain tag or
 * image reference (comma lists allowed, as before) becoming `type=raw,value=<tag>`.
 * Throws an INPUT error naming the item that is neither.
 */
export function tagSpecLines(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (isSpecLine(item)) {
      out.push(item);
      continue;
    }
    for (const part of item
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '')) {
      const tag = tagFromInput(part);
      if (tag === undefined)
        throw new PipelineError('INPUT', `input 'tags' has '${part}', which is not a valid tag, image reference or metadata-action spec line`, {
          input: 'tags',
          hint: 'A tag is 1-128 of A-Z a-z 0-9 _ . -, not starting with . or -; or write a spec line such as type=ref,event=branch.',
        });
      out.push(`type=raw,value=${tag}`);
    }
  }
  return out;
}

export interface MetadataFacts {
  env: Env;
  event?: unknown;
  /** The `tags` input, items as the user wrote them (spec lines or plain tags). */
  explicitTags: readonly string[];
  /** The `flavor` input's lines. */
  flavor?: readonly string[];
  /** Used when `explicitTags` is empty; metadata-action's default when absent. */
  defaults?: { tags: readonly string[]; flavor: readonly string[] };
  userLabels: ReadonlyMap<string, string>;
  /** ISO time of the build timestamp, when there is one. */
  created?: string;
  /** The title when not in a repository: the context folder's name. */
  fallbackTitle: string;
  /** Repository facts from the API (see fetchRepoInfo); the event payload's repository object comes first. */
  repo?: RepoInfo;
  /** The run's clock for {{date}}; now when absent. */
  now?: Date;
}

export interface ImageMetadata {
  tags: string[];
  labels: Map<string, string>;
  /**
   * metadata-action's annotation set: the same computed keys and values as the
   * labels, without the user's `labels` (their `annotations` input is applied
   * over this set, at its own levels: annotations.ts).
   */
  annotations: Map<string, string>;
  /** metadata-action's `version`: the first computed tag; absent when tags came from no spec. */
  version?: string;
  /** Why a spec gave nothing (a tag that is not semver, a pattern that did not match). */
  warnings: string[];
}

/** The repository as the event payload's repository object describes it, over the API's answer (f.repo) for what it lacks. */
const repoOf = (f: Pick<MetadataFacts, 'event' | 'repo'>): RepoInfo =>
  mergeRepoInfo(repoInfoOf((f.event as { repository?: unknown } | undefined)?.repository), f.repo ?? {});

/**
 * Labels and annotations alone, for a version already computed: build.ts
 * calls it again once the repository facts from the API (description, url,
 * licenses) have arrived, without recomputing the tags.
 */
export function metadataLabels(
  f: Pick<MetadataFacts, 'env' | 'event' | 'userLabels' | 'created' | 'fallbackTitle' | 'repo'>,
  version: string | undefined,
): Pick<ImageMetadata, 'labels' | 'annotations'> {
  const defaults = ociLabels({
    ctx: githubContext(f.env, f.event),
    ...(f.created !== undefined ? { created: f.created } : {}),
    ...(version !== undefined ? { version } : {}),
    title: f.fallbackTitle,
    repo: repoOf(f),
  });
  return { labels: mergeLabels(defaults, f.userLabels), annotations: defaults };
}

export function imageMetadata(f: MetadataFacts): ImageMetadata {
  const repo = repoOf(f);
  const explicit = tagSpecLines(f.explicitTags);
  const specLines = explicit.length > 0 ? explicit : (f.defaults?.tags ?? METADATA_ACTION_DEFAULT_TAGS);
  const flavor = parseFlavor(explicit.length > 0 ? (f.flavor ?? []) : (f.defaults?.flavor ?? f.flavor ?? []));
  const mctx = metaContext(f.env, f.event, { now: f.now ?? new Date(), ...(repo.defaultBranch !== undefined ? { apiDefaultBranch: repo.defaultBranch } : {}) });
  const { version, warnings } = computeVersion(parseTagSpecs(specLines), flavor, mctx);
  const computed = [...new Set(tagNames(version, flavor).filter(isTag))];
  const tags = computed.length > 0 ? computed : ['latest'];
  const out: ImageMetadata = { tags, ...metadataLabels(f, version.main), warnings };
  if (version.main !== undefined) out.version = version.main;
  return out;
}
