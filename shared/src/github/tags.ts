/**
 * Image tags from the GitHub context, in the spirit of docker/metadata-action's
 * defaults: the branch name (plus `latest` on the default branch), a git tag
 * (a semver tag expanded to 1.2.3, 1.2 and 1 unless it is a prerelease),
 * `pr-<n>` for pull requests, `nightly` for scheduled runs, and `sha-<7>`
 * always when the commit is known. Every tag is sanitised to the OCI grammar
 * `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. Pure.
 */
import { isTag } from '../registry/reference.js';
import { refKind, type GitHubContext } from './event.js';

/** Make any text a valid tag: invalid characters become '-', no leading '.'/'-', at most 128 characters. */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
}

/** `v1.2.3`, `1.2.3-rc.1`, `1.2.3+build` (build metadata dropped: '+' is not a tag character). */
export function parseSemver(text: string): SemVer | undefined {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text);
  if (m === null) return undefined;
  const v: SemVer = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
  if (m[4] !== undefined) v.prerelease = m[4];
  return v;
}

/** Tags for a semver: the full version always; minor and major lines only for releases, and no bare `0` (0.x promises nothing). */
export function semverTags(v: SemVer): string[] {
  const full = `${v.major}.${v.minor}.${v.patch}${v.prerelease !== undefined ? `-${v.prerelease}` : ''}`;
  if (v.prerelease !== undefined) return [full];
  const out = [full, `${v.major}.${v.minor}`];
  if (v.major > 0) out.push(String(v.major));
  return out;
}

export interface ComputedTags {
  tags: string[];
  /** The human version: the semver, the branch, pr-N, or the short sha. */
  version?: string;
}

export function computeTags(ctx: GitHubContext): ComputedTags {
  const tags: string[] = [];
  let version: string | undefined;
  const kind = refKind(ctx.ref);
  if (ctx.pullRequest !== undefined && (kind.kind === 'pull' || ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target')) {
    version = `pr-${ctx.pullRequest}`;
    tags.push(version);
  } else if (kind.kind === 'branch') {
    version = sanitizeTag(kind.name);
    if (ctx.eventName === 'schedule') tags.push('nightly');
    tags.push(version);
    if (kind.name === ctx.defaultBranch) tags.push('latest');
  } else if (kind.kind === 'tag') {
    const sv = parseSemver(kind.name);
    if (sv !== undefined) {
      const expanded = semverTags(sv);
      version = expanded[0];
      tags.push(...expanded);
    } else {
      version = sanitizeTag(kind.name);
      tags.push(version);
    }
  }
  if (ctx.sha !== undefined && /^[0-9a-f]{7,}$/i.test(ctx.sha)) {
    const short = `sha-${ctx.sha.slice(0, 7).toLowerCase()}`;
    tags.push(short);
    version ??= short;
  }
  const unique = [...new Set(tags.filter(isTag))];
  return version === undefined ? { tags: unique } : { tags: unique, version };
}
