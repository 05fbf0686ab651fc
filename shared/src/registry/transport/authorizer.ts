/**
 * Authorization for one registry: learns the scheme from a 401 challenge,
 * then sends Basic credentials, or fetches Bearer tokens from the challenge's
 * realm for the scopes a request needs (push and pull of the target
 * repository, pull of a mount source), caching them until shortly before
 * they expire. Concurrent requests for the same scopes share one fetch.
 * The realm is checked by origin.ts before credentials go to it (no Basic
 * credentials in clear to an http:// realm of an https registry); the token
 * answer is read with a small cap and within the request deadline.
 */
import { PipelineError } from '../../errors.js';
import { BODY_CAPS, readBounded } from './body.js';
import { mergeScopes, type Challenge } from './challenge.js';
import type { Credentials } from '../credentials/credentials.js';
import { discard, send } from './http.js';
import { checkRealm } from './origin.js';
import { DEFAULT_TIMEOUTS, requestTiming, type Timeouts } from './timeouts.js';

interface Token {
  header: string;
  expiresAt: number;
}

export class Authenticator {
  private challenge: Challenge | undefined;
  private readonly tokens = new Map<string, Promise<Token>>();

  private readonly base: URL;
  private readonly timeouts: Timeouts;

  constructor(
    private readonly registry: string,
    private readonly credentials: () => Promise<Credentials | undefined>,
    private readonly mask: (secret: string) => void = () => undefined,
    /** The registry's /v2/ URL (its scheme decides whether an http realm may get credentials) and the deadlines. */
    where: { base?: URL; timeouts?: Timeouts } = {},
  ) {
    this.base = where.base ?? new URL(`https://${registry}/v2/`);
    this.timeouts = where.timeouts ?? DEFAULT_TIMEOUTS;
  }

  /**
   * Remember the registry's challenge (realm, service) and drop the token it
   * just refused for `scopes`, so the next header() fetches a fresh one.
   * The challenge's own scope is the caller's to add to its next request.
   */
  async learn(challenge: Challenge, scopes: readonly string[], refused?: string): Promise<void> {
    if (this.challenge === undefined || this.challenge.scheme !== challenge.scheme || challenge.params.realm !== this.challenge.params.realm) {
      this.tokens.clear();
    }
    const params = { ...challenge.params };
    delete params.scope;
    this.challenge = { scheme: challenge.scheme, params };
    // Only the refused token goes: a request that raced us may already have fetched a good one.
    const key = mergeScopes(scopes).join(' ');
    const cached = this.tokens.get(key);
    if (cached === undefined) return;
    const t = await cached.catch(() => undefined);
    if ((t === undefined || t.header === refused) && this.tokens.get(key) === cached) this.tokens.delete(key);
  }

  /** The Authorization header for a request needing `scopes`, or undefined for anonymous. */
  async header(scopes: readonly string[]): Promise<string | undefined> {
    const ch = this.challenge;
    if (ch === undefined) return undefined;
    if (ch.scheme === 'basic') {
      const c = await this.credentials();
      return c === undefined ? undefined : `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
    }
    const key = mergeScopes(scopes).join(' ');
    const cached = this.tokens.get(key);
    if (cached !== undefined) {
      const t = await cached.catch(() => undefined);
      if (t !== undefined && t.expiresAt > Date.now() + 10_000) return t.header;
      if (this.tokens.get(key) === cached) this.tokens.delete(key);
    }
    let p = this.tokens.get(key);
    if (p === undefined) {
      p = this.fetchToken(ch, key === '' ? [] : key.split(' '));
      this.tokens.set(key, p);
      p.catch(() => this.tokens.delete(key));
    }
    return (await p).header;
  }

  private async fetchToken(ch: Challenge, scopes: string[]): Promise<Token> {
    const creds = await this.credentials();
    const url = checkRealm(this.registry, this.base, ch.params.realm, creds !== undefined);
    if (ch.params.service !== undefined) url.searchParams.set('service', ch.params.service);
    for (const s of scopes) url.searchParams.append('scope', s);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (creds !== undefined) headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    // The user's floor rate and window apply to token answers too, not only the defaults.
    const res = await send({ method: 'GET', url, headers, ...requestTiming(this.timeouts) });
    if (res.status !== 200) await discard(res);
    if (res.status === 401 || res.status === 403) {
      throw new PipelineError(
        'AUTH',
        `the token service of ${this.registry} (${url.host}) refused ${creds === undefined ? 'anonymous access' : `the credentials from ${creds.source}`} (HTTP ${res.status})`,
        {
          hint: authHint(this.registry),
        },
      );
    }
    if (res.status !== 200)
      throw new PipelineError('AUTH', `the token service of ${this.registry} (${url.host}) answered HTTP ${res.status}`, {
        hint: 'Try again later; if it persists, check the registry.',
      });
    const overflow = (max: number): Error =>
      new PipelineError('AUTH', `the token service of ${this.registry} (${url.host}) answered more than ${max} bytes`, {
        hint: "A token answer is a few KB; check the registry's auth settings.",
      });
    const text = (await readBounded(res.body, BODY_CAPS.token, 'fail', overflow)).bytes.toString('utf8');
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new PipelineError('AUTH', `the token service of ${this.registry} did not answer JSON`);
    }
    const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
    if (token === undefined || token === '') throw new PipelineError('AUTH', `the token service of ${this.registry} answered without a token`);
    this.mask(token);
    const ttl = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    return { header: `Bearer ${token}`, expiresAt: Date.now() + ttl * 1000 };
  }
}

/** What to check when a registry refuses us; GHCR's usual cause named. */
export function authHint(registry: string): string {
  if (registry === 'ghcr.io') {
    return "Check the credentials for ghcr.io (registry-auth or github-token) and that the workflow grants 'permissions: packages: write' (packages: read is enough to test or check an image).";
  }
  // test-image and check-updates only read; distribute-image pushes.
  return `Check the credentials for ${registry} (registry-auth, Docker config.json or the cloud login) and that they may pull from (to read) or push to (to publish) this repository.`;
}
