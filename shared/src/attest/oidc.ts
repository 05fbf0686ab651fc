/**
 * The GitHub Actions OIDC token that keyless signing trades for a Fulcio
 * certificate. The runner's protocol: GET ACTIONS_ID_TOKEN_REQUEST_URL with
 * `&audience=<aud>`, header `Authorization: bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN`,
 * answer `{"value": "<JWT>"}`. The variables exist only when the job has
 * `permissions: id-token: write`.
 *
 * Ours rather than sigstore-js's CIContextProvider: that one reads
 * process.env itself and has no deadline or size cap.
 */
import type { IdentityProvider } from '@sigstore/sign';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { readBounded } from '../registry/transport/body.js';
import { httpFetch } from '../registry/transport/http-fetch.js';
import type { RetryPolicy } from '../retry/policy.js';
import { withRetry } from '../retry/retry.js';

export const SIGSTORE_AUDIENCE = 'sigstore';
const PERMISSION_HINT = 'Give the job `permissions: id-token: write` for keyless signing, or use sign: key.';

export interface GitHubOidcOptions {
  /** ACTIONS_ID_TOKEN_REQUEST_URL. */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN (a secret: never printed). */
  requestToken: string;
  audience?: string;
  /** Deadline of one request (default 30 s). */
  timeoutMs?: number;
  /** For tests: the retry policy (default 3 tries within 60 s). */
  retry?: RetryPolicy;
}

const OIDC_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000, budgetMs: 60_000 };
/** A GitHub token is about 1 KiB; anything near this is not a token response. */
const MAX_RESPONSE = 64 * 1024;

/** The OIDC request variables, or undefined when the job may not request tokens. */
export function githubOidcFromEnv(env: Readonly<Record<string, string | undefined>>): GitHubOidcOptions | undefined {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
  return requestUrl === '' || requestToken === '' ? undefined : { requestUrl, requestToken };
}

/**
 * The OIDC request variables for `sign: keyless`, or an AUTH error naming the
 * input when the job may not request tokens (no `id-token: write`).
 */
export function requireGitHubOidc(env: Readonly<Record<string, string | undefined>>, input = 'sign'): GitHubOidcOptions {
  const found = githubOidcFromEnv(env);
  if (found === undefined) {
    throw new PipelineError('AUTH', 'expected ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN for keyless signing, got none', {
      input,
      hint: PERMISSION_HINT,
    });
  }
  return found;
}

class TransientOidcError extends Error {}

/** An IdentityProvider for @sigstore/sign that asks the runner for a token. */
export function githubIdentityProvider(opts: GitHubOidcOptions): IdentityProvider {
  return { getToken: () => fetchGitHubIdToken(opts) };
}

/** One OIDC token for `audience` (default sigstore). */
export async function fetchGitHubIdToken(opts: GitHubOidcOptions): Promise<string> {
  let url: URL;
  try {
    url = new URL(opts.requestUrl);
  } catch {
    throw new PipelineError('INPUT', `expected ACTIONS_ID_TOKEN_REQUEST_URL to be a URL, got '${preview(opts.requestUrl)}'`, { hint: PERMISSION_HINT });
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new PipelineError('INPUT', `expected ACTIONS_ID_TOKEN_REQUEST_URL to be https, got ${url.protocol}//${url.host}`, {
      hint: 'The bearer token may only travel over TLS.',
    });
  }
  url.searchParams.set('audience', opts.audience ?? SIGSTORE_AUDIENCE);
  const where = `${url.protocol}//${url.host}${url.pathname}`;
  return withRetry(
    async () => {
      let res: Response;
      try {
        // node:http, not the platform's fetch (http-fetch.ts says why).
        res = await httpFetch(url, {
          headers: { Accept: 'application/json', Authorization: `bearer ${opts.requestToken}` },
          redirect: 'error', // the bearer token goes to this host only
          signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
        });
      } catch (e) {
        throw new TransientOidcError(`could not reach the GitHub OIDC token endpoint ${where}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      const body = res.body === null ? '' : (await readBounded(res.body, MAX_RESPONSE, 'truncate')).bytes.toString('utf8');
      if (res.status >= 500 || res.status === 429) throw new TransientOidcError(`the GitHub OIDC token endpoint ${where} answered ${res.status}`);
      if (!res.ok)
        throw new PipelineError('AUTH', `expected an OIDC token from ${where}, got HTTP ${res.status} '${preview(body)}'`, { hint: PERMISSION_HINT });
      let value: unknown;
      try {
        value = (JSON.parse(body) as { value?: unknown }).value;
      } catch {
        value = undefined;
      }
      if (typeof value !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)) {
        throw new PipelineError('AUTH', `expected {"value": "<JWT>"} from ${where}, got '${preview(body)}'`, { hint: PERMISSION_HINT });
      }
      return value;
    },
    { policy: opts.retry ?? OIDC_RETRY, classify: (e) => ({ retry: e instanceof TransientOidcError, why: e instanceof Error ? e.message : String(e) }) },
  ).catch((e: unknown) => {
    if (e instanceof TransientOidcError) throw new PipelineError('NETWORK', e.message, { hint: 'GitHub may be having trouble; re-run the job.', cause: e });
    throw e;
  });
}
