/**
 * The repository facts labels need (name, description, html_url, SPDX
 * license, default branch): the event payload's repository object first, then
 * GET /repos/{owner}/{repo} for what it lacks. The API call is optional
 * (token optional), bounded in time and size, and every failure means
 * "unknown", never a failed build: labels are nice to have.
 */
import type { Env } from '../../action/inputs.js';
import { httpFetch } from '../../registry/transport/http-fetch.js';

export interface RepoInfo {
  name?: string;
  description?: string;
  htmlUrl?: string;
  /** SPDX id, e.g. MIT; GitHub's NOASSERTION (unrecognised licence) is left out. */
  license?: string;
  defaultBranch?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** The fields of a GitHub repository object (payload or API answer). */
export function repoInfoOf(obj: unknown): RepoInfo {
  if (typeof obj !== 'object' || obj === null) return {};
  const o = obj as { name?: unknown; description?: unknown; html_url?: unknown; license?: { spdx_id?: unknown } | null; default_branch?: unknown };
  const info: RepoInfo = {};
  const name = str(o.name);
  if (name !== undefined) info.name = name;
  const description = str(o.description);
  if (description !== undefined) info.description = description;
  const html = str(o.html_url);
  if (html !== undefined && /^https?:\/\//.test(html)) info.htmlUrl = html;
  const spdx = str(o.license?.spdx_id);
  if (spdx !== undefined && spdx !== 'NOASSERTION') info.license = spdx;
  const db = str(o.default_branch);
  if (db !== undefined) info.defaultBranch = db;
  return info;
}

/** First source wins per field. */
export function mergeRepoInfo(...sources: RepoInfo[]): RepoInfo {
  const out: RepoInfo = {};
  for (const s of sources) for (const [k, v] of Object.entries(s) as Array<[keyof RepoInfo, string]>) if (out[k] === undefined) out[k] = v;
  return out;
}

/**
 * Whether the event payload's repository object already answers what the API
 * would add (description, html_url, license: present, even as null, as GitHub
 * writes them on push, pull_request, release... events), so the API call can be
 * skipped. False when there is no payload or it leaves any of them out.
 */
export function payloadHasRepoFacts(event: unknown): boolean {
  const repo = (event as { repository?: unknown } | undefined)?.repository;
  if (typeof repo !== 'object' || repo === null) return false;
  return ['description', 'html_url', 'license'].every((k) => k in repo);
}

export interface FetchRepoOptions {
  token?: string;
  /** Default 5 s. */
  timeoutMs?: number;
  /** Default 256 KiB: a repository object is a few KiB. */
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  /** Ends the request early (the build it served has ended); the answer is then {} too. */
  signal?: AbortSignal;
}

export interface RepoFacts {
  info: RepoInfo;
  /**
   * Why there is nothing, when the API was asked and gave nothing: `status`
   * for an HTTP answer (404: a private repository without a token that can read
   * it), else a short reason (timeout, too large, not JSON, network).
   */
  problem?: { status?: number; reason: string };
}

/** GET {GITHUB_API_URL}/repos/{GITHUB_REPOSITORY}; {} on any failure. */
export async function fetchRepoInfo(env: Env, opts: FetchRepoOptions = {}): Promise<RepoInfo> {
  return (await fetchRepoFacts(env, opts)).info;
}

/** As fetchRepoInfo, saying why nothing came back. Never throws. */
export async function fetchRepoFacts(env: Env, opts: FetchRepoOptions = {}): Promise<RepoFacts> {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return { info: {}, problem: { reason: 'GITHUB_REPOSITORY is not owner/name' } };
  const api = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
  const maxBytes = opts.maxBytes ?? 256 * 1024;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, timeoutMs);
  const onAbort = (): void => ctl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'user-agent': 'image-pipeline' };
    if (opts.token !== undefined && opts.token !== '') headers.authorization = `Bearer ${opts.token}`;
    const res = await (opts.fetchImpl ?? httpFetch)(`${api}/repos/${repository}`, { headers, signal: ctl.signal, redirect: 'error' });
    if (!res.ok || res.body === null) {
      await res.body?.cancel().catch(() => undefined);
      return { info: {}, problem: { status: res.status, reason: `HTTP ${res.status}` } };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { info: {}, problem: { reason: `answer larger than ${maxBytes} bytes` } };
      }
      chunks.push(value);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    } catch {
      return { info: {}, problem: { reason: 'answer is not JSON' } };
    }
    return { info: repoInfoOf(parsed) };
  } catch {
    return { info: {}, problem: { reason: timedOut ? `no answer within ${timeoutMs} ms` : opts.signal?.aborted === true ? 'cancelled' : 'network error' } };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
