/**
 * Where credentials may go, and the one place server-given URLs are read. A
 * registry hands us URLs to follow (an upload's `Location`, a redirect, a
 * token realm); whoever controls those answers
 * must not be able to send our Authorization header to a host of its
 * choosing, nor make us send it in clear over plain HTTP. Pure: the client
 * and the authenticator ask here and nowhere else.
 *
 * - A server-given URL gets the registry's credentials only on the same
 *   origin as the registry (scheme, host and port all equal); anywhere else
 *   it is fetched anonymously.
 * - A token realm is another service by design (auth.docker.io for
 *   registry-1.docker.io), so it may be on any host, but the Basic
 *   credentials sent there must not travel in clear: an http:// realm is
 *   refused unless the registry itself is plain HTTP (loopback or listed
 *   insecure), where the user already chose clear text.
 */
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import { err, ok, type Result } from '../../result.js';

/** Most redirects followed for one request (a blob GET sent on to storage). */
export const MAX_REDIRECTS = 5;

/**
 * A URL the server gave (an upload's `Location`, a redirect), resolved
 * against the URL of the request it answered: absolute or relative, http(s)
 * only. Whether it may carry credentials is mayCarryCredentials' call.
 */
export function resolveServerUrl(given: unknown, current: URL): Result<URL, { problem: 'missing' | 'unreadable' } | { problem: 'not-http'; protocol: string }> {
  if (typeof given !== 'string' || given === '') return err({ problem: 'missing' });
  let next: URL;
  try {
    next = new URL(given, current);
  } catch {
    return err({ problem: 'unreadable' });
  }
  return next.protocol === 'https:' || next.protocol === 'http:' ? ok(next) : err({ problem: 'not-http', protocol: preview(next.protocol, { max: 20 }) });
}

/**
 * The next hop of a redirect, decided here for every follower of server-given
 * URLs (the blob GET's redirects, transport/follow.ts): resolved as
 * resolveServerUrl does, and never from https down to plain http, where
 * whoever sits on the path could answer in place of the server we chose.
 */
export function redirectTarget(
  given: unknown,
  current: URL,
): Result<URL, { problem: 'missing' | 'unreadable' | 'downgrade' } | { problem: 'not-http'; protocol: string }> {
  const next = resolveServerUrl(given, current);
  if (next.ok && current.protocol === 'https:' && next.value.protocol === 'http:') return err({ problem: 'downgrade' });
  return next;
}

/** Same scheme, host and port (default ports folded: https://a and https://a:443 are one origin). */
export function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.hostname.toLowerCase() === b.hostname.toLowerCase() && effectivePort(a) === effectivePort(b);
}

function effectivePort(u: URL): string {
  if (u.port !== '') return u.port;
  return u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '';
}

/** Whether a request to `target` may carry the credentials of the registry at `registry` (its /v2/ base URL). */
export function mayCarryCredentials(registry: URL, target: URL): boolean {
  return sameOrigin(registry, target);
}

/**
 * The token realm a challenge names, checked before any credential is sent
 * to it: an http(s) URL, and, when credentials go along, not plain http
 * while the registry is https. Throws an AUTH error naming the registry,
 * the realm and the fix.
 */
export function checkRealm(registryName: string, registry: URL, realm: string | undefined, withCredentials: boolean): URL {
  let url: URL | undefined;
  try {
    url = realm === undefined ? undefined : new URL(realm);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new PipelineError(
      'AUTH',
      `${registryName} asked for a bearer token without a usable realm (expected an http(s) URL, got ${JSON.stringify(preview(realm ?? '', { max: 60 }))})`,
      {
        hint: 'The registry is misconfigured; check its auth settings.',
      },
    );
  }
  if (withCredentials && url.protocol === 'http:' && registry.protocol !== 'http:') {
    throw new PipelineError(
      'AUTH',
      `${registryName} is served over https but sends its token realm over plain http (${redactUrl(url)}); credentials are not sent in clear`,
      {
        hint: `Configure the registry's token service with an https:// realm; only a registry that is itself plain HTTP (loopback, or listed in insecure-registries) may use an http:// realm.`,
      },
    );
  }
  return url;
}

/** A URL as it may appear in messages: no user info, no query (tokens hide there), no fragment. */
export function redactUrl(url: URL | string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return preview(String(url), { max: 60 });
  }
  const out = new URL(u.href);
  out.username = '';
  out.password = '';
  const hadQuery = out.search !== '';
  out.search = '';
  out.hash = '';
  return `${out.href}${hadQuery ? '?…' : ''}`;
}
