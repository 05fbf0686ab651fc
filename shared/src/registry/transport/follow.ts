/**
 * A fetch() that follows redirects by our rules, not the platform's: for
 * plain downloads from servers we do not control (a package index, a
 * release's SHA256SUMS). fetch's own `redirect: 'follow'` takes 20 hops and
 * goes from https down to http without a word; here each hop is decided by
 * origin.ts (redirectTarget: http(s) only, no downgrade) and at most
 * MAX_REDIRECTS are taken. An Authorization header stays on the first URL's
 * origin (mayCarryCredentials). The registry client's blob redirects use
 * origin.ts too (resolveServerUrl, MAX_REDIRECTS); those may reach plain-http
 * storage because the blob is checked against its digest.
 */
import { PipelineError, type ErrorContext } from '../../errors.js';
import { MAX_REDIRECTS, mayCarryCredentials, redactUrl, redirectTarget } from './origin.js';
import { httpFetch } from './http-fetch.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export interface FollowOptions {
  /** What is fetched, for errors: `the package index https://…` (no secrets: redactUrl). */
  what: string;
  /** Attached to the errors (the input and line the URL came from). */
  context?: Omit<ErrorContext, 'cause' | 'hint'>;
  /** Default httpFetch (node:http). */
  fetchImpl?: typeof fetch;
  maxRedirects?: number;
}

/** GET-like requests only (a 303 keeps the method, as no body is sent). The answer at the end of the redirects, whatever its status. */
export async function fetchFollowing(url: string | URL, init: RequestInit, opts: FollowOptions): Promise<Response> {
  // node:http by default, never the platform's fetch (http-fetch.ts says why).
  const fetchImpl = opts.fetchImpl ?? httpFetch;
  const max = opts.maxRedirects ?? MAX_REDIRECTS;
  const first = new URL(url);
  let current = first;
  const refuse = (why: string, hint: string): PipelineError => new PipelineError('NETWORK', `${opts.what} ${why}`, { ...opts.context, hint });
  for (let hops = 0; ; hops++) {
    const headers = new Headers(init.headers);
    if (!mayCarryCredentials(first, current)) headers.delete('authorization');
    const res = await fetchImpl(current, { ...init, headers, redirect: 'manual' });
    if (!REDIRECTS.has(res.status)) return res;
    await res.body?.cancel().catch(() => undefined);
    if (hops >= max)
      throw refuse(
        `redirected more than ${max} times (last to ${redactUrl(current)})`,
        'Point the URL at where the file is served; a redirect loop or a long chain is not followed.',
      );
    const next = redirectTarget(res.headers.get('location') ?? undefined, current);
    if (!next.ok) {
      switch (next.error.problem) {
        case 'downgrade':
          throw refuse(
            `redirected from https to plain http (${redactUrl(res.headers.get('location') ?? '')}); not followed`,
            'Use a mirror that serves https all the way; a redirect to http could be answered by anyone on the path.',
          );
        case 'not-http':
          throw refuse(`redirected to a URL that is not http(s) (${next.error.protocol})`, 'The server is misconfigured or hostile; check the URL.');
        default:
          throw refuse(
            `answered HTTP ${res.status} with ${next.error.problem === 'missing' ? 'no' : 'an unreadable'} Location`,
            'The server is misconfigured; check the URL.',
          );
      }
    }
    current = next.value;
  }
}
