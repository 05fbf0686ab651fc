/**
 * `github-attestations: true`: store each sigstore bundle this run signed
 * (the attachments' and the image signature's) through GitHub's
 * attestations API as well, `POST {GITHUB_API_URL}/repos/{owner}/{repo}/attestations`
 * with `{"bundle": <bundle>}` (201 `{id}`), so `gh attestation verify` finds
 * them. Octokit from @actions/github, as report/check-run.ts calls the API,
 * with the one retry loop (retry/retry.ts) around each call: 429 and 5xx
 * and network errors are retried, 4xx are not.
 *
 * Runs after the push (run.ts): the registry already holds the image, its
 * tags and its referrers, so a failure here never changes them; the caller
 * fails the step after the outputs are written. Each response is bounded
 * (size and time): the API's answer is data, not trusted to be small.
 */
import * as github from '@actions/github';
import { PipelineError, messageOf } from '../errors.js';
import { GITHUB_ATTESTATIONS_INPUT } from './attest-inputs.js';
import { withRetry, type RetryDecision } from '../retry/retry.js';
import type { RetryPolicy } from '../retry/policy.js';
import { httpFetch } from '../registry/transport/http-fetch.js';

/** A create answer is `{id}` (a few dozen bytes); anything past this is refused. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
/** One request's deadline: the API answers a create in well under a second. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** 5 tries, 1 s doubling to 10 s, 60 s in all: the step waits at most about a minute and a half on a sick API. */
export const GITHUB_API_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1_000, maxDelayMs: 10_000, budgetMs: 60_000 };

export interface GitHubAttestationsTarget {
  token: string;
  /** owner/repo (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_API_URL; emulators override it. */
  apiUrl: string;
  policy?: RetryPolicy;
  onRetry?: (message: string) => void;
  /** For tests: the wait between tries. */
  sleep?: (ms: number) => Promise<void>;
}

/** Octokit's fetch, with the response body read to at most MAX_RESPONSE_BYTES. */
async function boundedFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  // node:http, not the platform's fetch (http-fetch.ts says why); the attestation API answers where it is asked, so a redirect is an error.
  const res = await httpFetch(input, { ...init, redirect: 'error', signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const reader = res.body?.getReader() as ReadableStreamDefaultReader<Uint8Array> | undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (reader === undefined) break;
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await reader.cancel();
      throw new PipelineError('NETWORK', `the GitHub API answered more than ${MAX_RESPONSE_BYTES} bytes to an attestation upload`, {
        input: GITHUB_ATTESTATIONS_INPUT,
        hint: 'Check GITHUB_API_URL points at the GitHub API.',
      });
    }
    chunks.push(value);
  }
  const body = res.status === 204 || res.status === 304 ? null : Buffer.concat(chunks);
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
};

/** Our own refusal (an oversized answer), as thrown or as Octokit wraps it (a RequestError with status 500 and it as the cause). */
const ownError = (e: unknown): PipelineError | undefined =>
  e instanceof PipelineError ? e : (e as { cause?: unknown } | null)?.cause instanceof PipelineError ? (e as { cause: PipelineError }).cause : undefined;

export function classifyGitHubError(e: unknown): RetryDecision {
  const own = ownError(e);
  if (own !== undefined) return { retry: false, why: own.code };
  const status = statusOf(e);
  if (status === undefined) return { retry: true, why: (e as { name?: string } | null)?.name ?? 'network error' };
  if (status === 429 || status >= 500) {
    const after = Number((e as { response?: { headers?: Record<string, string> } }).response?.headers?.['retry-after']);
    return { retry: true, why: `HTTP ${status}`, ...(Number.isFinite(after) && after >= 0 ? { retryAfterMs: after * 1000 } : {}) };
  }
  return { retry: false, why: `HTTP ${status}` };
}

function failure(e: unknown, repository: string): PipelineError {
  const own = ownError(e);
  if (own !== undefined) return own;
  const status = statusOf(e);
  const input = GITHUB_ATTESTATIONS_INPUT;
  if (status === 403 || status === 401) {
    return new PipelineError('AUTH', `${input}: GitHub refused to store an attestation in ${repository} (HTTP ${status})`, {
      input,
      hint: "Give the job 'permissions: attestations: write' (and 'id-token: write' to sign keyless), or set github-attestations: false. The image, its tags and its referrers were pushed.",
      cause: e,
    });
  }
  return new PipelineError('NETWORK', `${input}: storing an attestation in ${repository} failed: ${messageOf(e).slice(0, 200)}`, {
    input,
    hint: 'The image, its tags and its referrers were pushed. A re-run finds those referrers attached and does not sign them again, so it does not store them on GitHub either; check GITHUB_API_URL and the API status.',
    cause: e,
  });
}

/** Store each bundle (JSON text) once, in order; returns GitHub's id per bundle. Throws a PipelineError on the first that fails. */
export async function storeGitHubAttestations(target: GitHubAttestationsTarget, bundles: readonly string[]): Promise<Map<string, number>> {
  const [owner, repo, ...rest] = target.repository.split('/');
  if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0) {
    throw new PipelineError('INPUT', `${GITHUB_ATTESTATIONS_INPUT}: expected GITHUB_REPOSITORY as owner/repo, got '${target.repository.slice(0, 100)}'`, {
      input: GITHUB_ATTESTATIONS_INPUT,
      hint: 'Run in GitHub Actions (it sets GITHUB_REPOSITORY), or set github-attestations: false.',
    });
  }
  const octokit = github.getOctokit(target.token, { baseUrl: target.apiUrl, request: { fetch: boundedFetch } });
  const ids = new Map<string, number>();
  for (const bundle of new Set(bundles)) {
    const parsed = JSON.parse(bundle) as unknown;
    try {
      const res = await withRetry(
        () =>
          octokit.request('POST /repos/{owner}/{repo}/attestations', {
            owner,
            repo,
            bundle: parsed as never,
            headers: { accept: 'application/vnd.github+json' },
          }),
        {
          policy: target.policy ?? GITHUB_API_RETRY,
          classify: classifyGitHubError,
          onRetry: (r) =>
            target.onRetry?.(`storing an attestation in ${target.repository} failed (${r.why}); try ${r.attempt + 1} in ${(r.waitMs / 1000).toFixed(1)} s`),
          ...(target.sleep !== undefined ? { sleep: target.sleep } : {}),
        },
      );
      const id = (res.data as { id?: unknown }).id;
      if (typeof id !== 'number' || !Number.isSafeInteger(id))
        throw new PipelineError('NETWORK', `${GITHUB_ATTESTATIONS_INPUT}: the GitHub API answered without an attestation id`, {
          input: GITHUB_ATTESTATIONS_INPUT,
        });
      ids.set(bundle, id);
    } catch (e) {
      throw failure(e, target.repository);
    }
  }
  return ids;
}
