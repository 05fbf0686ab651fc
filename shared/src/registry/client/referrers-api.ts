/**
 * The referrers API of distribution-spec 1.1 (GET /v2/<name>/referrers/<digest>):
 * whether a registry has it, and reading its (paginated) lists.
 *
 * Support is learned from a probe GET, not from the OCI-Subject header of a
 * manifest PUT: a registry may send that header without serving the list
 * (or drop it behind a proxy), and a probe also works before anything is
 * pushed and for readers that push nothing. 200 with an image index: the
 * API. 404 (the spec forbids it where the API exists), 400/405/406, or a
 * 200 that is not an index: no API, so the fallback tag. The answer is kept
 * per client (one per registry per run) and repository.
 */
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import type { Digest } from '../../oci/digest.js';
import { MediaType } from '../../oci/media-types.js';
import { MAX_REFERRERS, parseReferrersIndex, type ReferrersList } from '../../oci/referrers-index.js';
import { collectPages } from '../../retry/paginate.js';
import { redactUrl, sameOrigin } from '../transport/origin.js';
import type { ReferrersPage, RegistryClient } from './client.js';

export type ReferrersSupport = { api: true } | { api: false; why: string };

/** What a probe's answer says. Pure. */
export function supportFromProbe(page: Pick<ReferrersPage, 'status' | 'contentType' | 'bytes'>): ReferrersSupport {
  if (page.status !== 200) return { api: false, why: `the referrers endpoint answered HTTP ${page.status}` };
  if (page.contentType !== MediaType.OciIndex) {
    return {
      api: false,
      why: `the referrers endpoint answered 200 with ${preview(page.contentType || 'no content type', { max: 60, redact: false })}, not an image index`,
    };
  }
  try {
    const doc = JSON.parse(page.bytes.toString('utf8')) as { manifests?: unknown };
    if (Array.isArray(doc.manifests)) return { api: true };
  } catch {
    /* not JSON: below */
  }
  return { api: false, why: 'the referrers endpoint answered 200 with a body that is not an image index' };
}

const known = new WeakMap<RegistryClient, Map<string, Promise<ReferrersSupport>>>();

/**
 * Whether `repo` on the client's registry has the referrers API; one probe per client and repository. `fresh`
 * asks again and keeps the new answer: a probe for a subject not yet pushed may be told "no such manifest" (Quay
 * answered 404, later 400) by a registry that has the API, which reads here as no API.
 */
export function referrersSupport(client: RegistryClient, repo: string, subject: Digest, opts: { fresh?: boolean } = {}): Promise<ReferrersSupport> {
  let byRepo = known.get(client);
  if (byRepo === undefined) {
    byRepo = new Map();
    known.set(client, byRepo);
  }
  if (opts.fresh === true) byRepo.delete(repo);
  let p = byRepo.get(repo);
  if (p === undefined) {
    p = client.getReferrers(repo, subject).then(supportFromProbe);
    byRepo.set(repo, p);
    // A probe that failed (auth, network) is not an answer: the next call asks again.
    p.catch(() => byRepo.delete(repo));
  }
  return p;
}

/** The `rel="next"` target of a Link header, resolved against the page it came with; undefined when none. Pure. */
export function nextPage(link: string, base: URL): URL | undefined {
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m === null) continue;
    const rels = /(?:^|;)\s*rel\s*=\s*"?([^";]*)"?/i.exec(m[2] ?? '');
    if (rels?.[1]?.split(/\s+/).includes('next') !== true) continue;
    try {
      return new URL(m[1] ?? '', base);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Every referrer the API lists for `subject`, all pages (at most
 * `maxEntries` in all; a page off the registry's origin, a page that is not
 * an index, or a loop of pages is an error). `filtered` says whether the
 * registry applied the artifactType filter itself (callers filter anyway).
 */
export async function apiReferrers(
  client: RegistryClient,
  repo: string,
  subject: Digest,
  opts: { artifactType?: string; maxEntries?: number } = {},
): Promise<ReferrersList & { filtered: boolean }> {
  const max = opts.maxEntries ?? MAX_REFERRERS;
  const what = `the referrers list of ${subject} in ${client.registry}/${repo}`;
  let filtered = false;
  let count = 0;
  let first: URL | undefined;
  const lists = await collectPages<ReferrersList>(
    async (token) => {
      const page = await client.getReferrers(
        repo,
        subject,
        token !== undefined ? { page: new URL(token) } : opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {},
      );
      first ??= page.url;
      if (page.status !== 200 || page.contentType !== MediaType.OciIndex) {
        throw new PipelineError(
          'REGISTRY',
          `${what}: expected 200 with an image index, got HTTP ${page.status} (${preview(page.contentType || 'no content type', { max: 60, redact: false })})`,
          {
            hint: 'The registry answered the referrers API inconsistently; run again, and report it to the registry if it persists.',
          },
        );
      }
      if (token === undefined) filtered = page.filtersApplied.split(',').some((f) => f.trim() === 'artifactType');
      const list = parseReferrersIndex(page.bytes, { what, subject, maxEntries: max });
      count += list.entries.length + list.skipped.length;
      if (count > max) {
        throw new PipelineError('REGISTRY', `${what} has more than the ${max} referrers we read`, {
          hint: 'Prune old attachments of this image; a list that long is likely runaway or hostile.',
        });
      }
      const next = nextPage(page.link, page.url);
      if (next !== undefined && !sameOrigin(next, first)) {
        throw new PipelineError('REGISTRY', `${what}: the registry sent the next page to ${redactUrl(next)}, off its own origin`, {
          hint: 'The registry is misconfigured or hostile; its referrers were not followed there.',
        });
      }
      return { items: [list], next: next?.toString() };
    },
    { what, code: 'REGISTRY', maxPages: 100 },
  );
  return { entries: lists.flatMap((l) => l.entries), skipped: lists.flatMap((l) => l.skipped), filtered };
}
