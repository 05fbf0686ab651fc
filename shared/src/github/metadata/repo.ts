/**
 * The repository facts labels need (name, description, html_url, SPDX
 * license, default branch): the event payload's repository object first, then
 * GET /repos/{owner}/{repo} for what it lacks. The API call is optional
 * (token optional), bounded in time and size, and every failure means
 * "unknown", never a failed build: labels are nice to have.
 */
import type { Env } from '../../action/inputs.js';

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

export interface FetchRepoOptions {
  token?: string;
  /** Default 5 s. */
  timeoutMs?: number;
  /** Default 256 KiB: a repository object is a few KiB. */
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

/** GET {GITHUB_API_URL}/repos/{GITHUB_REPOSITORY}; {} on any failure. */
export async function fetchRepoInfo(env: Env, opts: FetchRepoOptions = {}): Promise<RepoInfo> {
  const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return {};
  const api = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
  const maxBytes = opts.maxBytes ?? 256 * 1024;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), opts.timeoutMs ?? 5000);
  try {
    const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'user-agent': 'image-pipeline' };
    if (opts.token !== undefined && opts.token !== '') headers.authorization = `Bearer ${opts.token}`;
    const res = await (opts.fetchImpl ?? fetch)(`${api}/repos/${repository}`, { headers, signal: ctl.signal, redirect: 'error' });
    if (!res.ok || res.body === null) {
      await res.body?.cancel().catch(() => undefined);
      return {};
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
        return {};
      }
      chunks.push(value);
    }
    return repoInfoOf(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
}
