/**
 * What an image is called and labelled, decided before it is built: tags from
 * the `tags` lines (metadata-action spec lines, or plain tags and references,
 * which mean `type=raw`), else from a default spec (metadata-action's unless the
 * caller names another), else `latest` so the layout always names the image;
 * the full references (metadata-action's `images` x those tags, and each full
 * reference written in `tags` with its own repository, as build-push-action pushes it);
 * and the OCI labels (metadata-action's set, from the context, the build
 * timestamp, the version and the repository, under the user's own labels). Pure.
 */
import type { Env } from '../action/inputs.js';
import { PipelineError } from '../errors.js';
import { githubContext } from '../github/event.js';
import { mergeLabels, ociLabels } from '../github/labels.js';
import { computeVersion, imageTags, tagNames } from '../github/metadata/compute.js';
import { metaContext } from '../github/metadata/context.js';
import { mergeRepoInfo, repoInfoOf, type RepoInfo } from '../github/metadata/repo.js';
import { METADATA_ACTION_DEFAULT_TAGS, parseFlavor, parseTagSpecs } from '../github/metadata/spec.js';
import { isTag, parseReference, tagFromInput } from '../registry/reference.js';

/** A line is a spec line when it has a key=value field or an expression; anything else is a plain tag or reference. */
export const isSpecLine = (line: string): boolean => /=|\{\{/.test(line);

/** A full reference written in `tags`: its name as written (no tag, no digest) and its tag (untagged: latest). */
export interface ReferenceItem {
  name: string;
  tag: string;
}

/**
 * The item of `tags` as a full reference (`ghcr.io/acme/app:1.2`, `app:1.2`),
 * or undefined for a spec line or a bare tag (`1.2`, `app`: a word alone is a
 * tag, as it always was).
 */
export function referenceItem(item: string): ReferenceItem | undefined {
  const text = item.trim();
  if (isSpecLine(text) || isTag(text)) return undefined;
  const r = parseReference(text);
  if (!r.ok) return undefined;
  const noDigest = text.replace(/@.*$/, '');
  const name = r.value.tag === undefined ? noDigest : noDigest.slice(0, noDigest.lastIndexOf(':'));
  return { name, tag: r.value.tag ?? 'latest' };
}

/**
 * The `tags` input's items as spec lines: spec lines kept, each plain tag or
 * image reference (comma lists allowed, as before) becoming `type=raw,value=<tag>`.
 * Throws an INPUT error naming the item that is neither.
 */
export function tagSpecLines(items: readonly string[]): string[] {
  return splitTagItems(items).lines;
}

/** tagSpecLines, the full references among the items with their raw lines, and the other lines. */
function splitTagItems(items: readonly string[]): { lines: string[]; refs: Array<ReferenceItem & { specLine: string }>; plainLines: string[] } {
  const out: string[] = [];
  const refs: Array<ReferenceItem & { specLine: string }> = [];
  const plainLines: string[] = [];
  for (const item of items) {
    if (isSpecLine(item)) {
      out.push(item);
      plainLines.push(item);
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
      const ref = referenceItem(part);
      out.push(`type=raw,value=${tag}`);
      if (ref === undefined) plainLines.push(`type=raw,value=${tag}`);
      else refs.push({ ...ref, specLine: `type=raw,value=${tag}` });
    }
  }
  return { lines: out, refs, plainLines };
}

export interface MetadataFacts {
  env: Env;
  event?: unknown;
  /** The `tags` input, items as the user wrote them (spec lines or plain tags). */
  explicitTags: readonly string[];
  /** The `flavor` input's lines. */
  flavor?: readonly string[];
  /** metadata-action's `images` (enabled names): each gets every tag computed from spec lines and plain tags. */
  images?: readonly string[];
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
  /** Tag names (what the layout records). */
  tags: string[];
  /**
   * Full references: `images` x the tags from spec lines and plain tags (image-major, as
   * metadata-action's `tags` output), then each full reference of `tags` with its repository. Empty when no repository is named.
   */
  refs: string[];
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
  const split = splitTagItems(f.explicitTags);
  const explicit = split.lines;
  const specLines = explicit.length > 0 ? explicit : (f.defaults?.tags ?? METADATA_ACTION_DEFAULT_TAGS);
  const flavor = parseFlavor(explicit.length > 0 ? (f.flavor ?? []) : (f.defaults?.flavor ?? f.flavor ?? []));
  const mctx = metaContext(f.env, f.event, { now: f.now ?? new Date(), ...(repo.defaultBranch !== undefined ? { apiDefaultBranch: repo.defaultBranch } : {}) });
  const { version, warnings } = computeVersion(parseTagSpecs(specLines), flavor, mctx);
  const computed = [...new Set(tagNames(version, flavor).filter(isTag))];
  const tags = computed.length > 0 ? computed : ['latest'];
  const images = f.images ?? [];
  // The tags `images` get: those the spec lines and plain tags computed, never the layout's `latest` fallback
  // (metadata-action gives no tag there, so a push would otherwise move `latest` on every event no line applies to).
  let imageTagNames = computed;
  if (images.length > 0 && split.refs.length > 0) {
    imageTagNames =
      split.plainLines.length === 0 ? [] : [...new Set(tagNames(computeVersion(parseTagSpecs(split.plainLines), flavor, mctx).version, flavor).filter(isTag))];
  }
  // A reference's tag goes through the flavor as every raw tag does (its prefix/suffix): the one the layout records.
  const noLatest = { ...flavor, latest: 'false' as const };
  const refTag = (r: (typeof split.refs)[number]): string => computeVersion(parseTagSpecs([r.specLine]), noLatest, mctx).version.main ?? r.tag;
  const refs = [...new Set([...(images.length > 0 ? imageTags(imageTagNames, images) : []), ...split.refs.map((r) => `${r.name}:${refTag(r)}`)])];
  const out: ImageMetadata = { tags, refs, ...metadataLabels(f, version.main), warnings };
  if (version.main !== undefined) out.version = version.main;
  return out;
}
