/**
 * The build cache the all-in-one action and the reusable workflow use when the
 * user names none (`cache: auto`): a registry cache beside the first
 * destination, read on every run and written, with every stage's layers
 * (mode=max), only by runs of the default branch's own code. Pure over the
 * facts the runner gives (GITHUB_EVENT_NAME, GITHUB_REF, the event payload's
 * repository.default_branch), so one table test pins every case; the lines
 * are build-push-action's `cache-from` / `cache-to` syntax, parsed by
 * build-image like the user's own.
 *
 * Why `<first destination>-cache`, a repository of its own, and no tag:
 * - buildah and podman keep their cache as one tag per build step (a 64-hex
 *   key) in a repository and refuse a tagged ref. In the image's own
 *   repository those hundreds of tags would bury the release tags (registry
 *   UIs, tag lists, retention rules, `latest` lookups).
 * - buildx writes one cache manifest to `<ref>:latest` when no tag is given;
 *   its users know `ref=<image>:buildcache`, and a sibling repository serves
 *   them just as well.
 * - GHCR creates the package on the first push with the job's token (the
 *   build job needs `packages: write`). Its visibility is GitHub's default
 *   for new packages, not the image's: with mode=max it holds the layers of
 *   build stages that never ship, so check it before making it public.
 * - ECR does not create repositories on push: create `<name>-cache` once,
 *   else the cache push fails, which build-image reports as a warning and a
 *   cold build, never a failed build.
 * Writes are kept from pull requests so code under review never seeds what
 * the default branch builds from; they read, so they build warm.
 */
import { parseReference, repositoryName } from '../registry/reference.js';

/** What the runner tells about this run. */
export interface CacheFacts {
  /** The first destination, as the user wrote it (a tag or digest is dropped). */
  destination: string;
  /** GITHUB_EVENT_NAME; undefined outside GitHub (the local runner). */
  eventName?: string;
  /** GITHUB_REF: refs/heads/main, refs/pull/7/merge, refs/tags/v1 ... */
  ref?: string;
  /** The event payload's repository.default_branch; undefined when there is no payload. */
  defaultBranch?: string;
  /** Whether this run pushes the image at all (the root action's `push`); a run that does not push writes no cache either. Default true. */
  pushes?: boolean;
}

export interface CacheDefault {
  /** The cache repository: `<registry>/<repository of the first destination>-cache`. */
  repository: string;
  /** `cache-from` lines: always the registry cache. */
  cacheFrom: string[];
  /**
   * `cache-to` lines: the registry cache with mode=max, or none. With
   * ignore-error=true: a cache the user never asked for must not fail the
   * build (buildx honours it natively; build-image warns for every builder).
   */
  cacheTo: string[];
  /** Why it writes or does not, for the log: "push to the default branch main". */
  reason: string;
}

/**
 * Events whose run on the default branch is the branch's own code, started by
 * someone who may write to it: a push (a merge), the schedule (check-updates'
 * rebuild onto a moved base, after which the whole cache is stale) and a
 * manual dispatch. Everything else (pull requests, merge queues, releases,
 * tags) only reads.
 */
const WRITING_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

/** The cache repository beside a destination: the same registry, `<repository>-cache`; undefined when the destination is not a reference (the stage that reads destinations says why). */
export function cacheRepository(destination: string): string | undefined {
  const parsed = parseReference(destination);
  if (!parsed.ok) return undefined;
  const cache = parseReference(`${repositoryName(parsed.value)}-cache`);
  return cache.ok ? repositoryName(cache.value) : undefined;
}

/** Whether this run writes the cache, and why (or why not). */
export function cacheWrite(f: Omit<CacheFacts, 'destination'>): { write: boolean; reason: string } {
  if (f.pushes === false) return { write: false, reason: 'this run pushes no image' };
  if (f.eventName === undefined || f.eventName === '') return { write: false, reason: 'not a GitHub event (local run)' };
  if (!WRITING_EVENTS.has(f.eventName)) return { write: false, reason: `event ${f.eventName} reads the cache only` };
  if (f.defaultBranch === undefined || f.defaultBranch === '') return { write: false, reason: 'the default branch is unknown (no event payload)' };
  if (f.ref !== `refs/heads/${f.defaultBranch}`) return { write: false, reason: `${f.ref ?? 'no ref'} is not the default branch ${f.defaultBranch}` };
  return { write: true, reason: `${f.eventName} on the default branch ${f.defaultBranch}` };
}

/** The default cache for these facts; undefined when the destination is no reference. */
export function defaultCache(f: CacheFacts): CacheDefault | undefined {
  const repository = cacheRepository(f.destination);
  if (repository === undefined) return undefined;
  const { write, reason } = cacheWrite(f);
  return {
    repository,
    cacheFrom: [`type=registry,ref=${repository}`],
    cacheTo: write ? [`type=registry,ref=${repository},mode=max,ignore-error=true`] : [],
    reason,
  };
}

/** The event payload's repository.default_branch, if it has one (payloads are untrusted shapes). */
export function defaultBranchOf(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const repo = (event as { repository?: unknown }).repository;
  if (typeof repo !== 'object' || repo === null) return undefined;
  const b = (repo as { default_branch?: unknown }).default_branch;
  return typeof b === 'string' && b !== '' ? b : undefined;
}
