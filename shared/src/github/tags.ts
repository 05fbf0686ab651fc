/**
 * Image tags from the GitHub context. Two spec lists, each in one place:
 * metadata-action's default (what build-image does with an empty `tags`), and
 * the pipeline's own documented default (the reusable workflow and the root
 * action pass it): the branch, `latest` on the default branch only, a release
 * tag as 1.2.3, 1.2 and 1 (no bare 0: 0.x promises nothing; a prerelease only
 * in full), any other git tag as it is, pr-N, nightly on schedule, and
 * sha-<7>. Both are ordinary metadata-action spec lines, so a user can paste
 * and edit them. Pure.
 */
import type { Env } from '../action/inputs.js';
import { computeVersion, tagNames, type MetaVersion } from './metadata/compute.js';
import { metaContext, type MetaContext } from './metadata/context.js';
import { parseFlavor, parseTagSpecs } from './metadata/spec.js';
import { isTag } from '../registry/reference.js';

export { sanitizeTag } from './metadata/sanitize.js';
export { METADATA_ACTION_DEFAULT_TAGS } from './metadata/spec.js';

const SEMVER_RELEASE = String.raw`v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)`;

/** The pipeline's default `tags` (pass with PIPELINE_DEFAULT_FLAVOR). */
export const PIPELINE_DEFAULT_TAGS: readonly string[] = [
  'type=schedule',
  'type=ref,event=pr',
  'type=ref,event=branch',
  'type=raw,value=latest,enable={{is_default_branch}}',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  // {{major}} of a release from 1.0.0 on (a prerelease never; build metadata allowed).
  String.raw`type=match,pattern=^v?([1-9]\d*)\.\d+\.\d+(\+.*)?$,group=1`,
  // A git tag that is no semver at all, as it is.
  `type=match,pattern=^(?!${SEMVER_RELEASE}([-+].*)?$).+$,group=0,priority=700`,
  'type=sha',
];

/** `latest` only from the raw line above (on the default branch), never from a release tag. */
export const PIPELINE_DEFAULT_FLAVOR: readonly string[] = ['latest=false'];

export interface ComputedTags {
  tags: string[];
  /** The human version: the first tag. */
  version?: string;
}

/** Tags of the pipeline's default spec for a context. */
export function computeTags(ctx: MetaContext): ComputedTags {
  const flavor = parseFlavor(PIPELINE_DEFAULT_FLAVOR);
  const { version } = computeVersion(parseTagSpecs(PIPELINE_DEFAULT_TAGS), flavor, ctx);
  return fromVersion(version, tagNames(version, flavor));
}

function fromVersion(v: MetaVersion, names: string[]): ComputedTags {
  const tags = [...new Set(names.filter(isTag))];
  return v.main === undefined ? { tags } : { tags, version: v.main };
}

/** The context for tags from the runner's environment and event payload. */
export const tagContext = (env: Env, event: unknown, now = new Date()): MetaContext => metaContext(env, event, { now });
