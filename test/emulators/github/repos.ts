/**
 * A GitHub REST emulator for `GET /repos/{owner}/{repo}`, the call build-image
 * makes for the labels' description, url and licenses: a node:http server
 * answering with a repository object shaped as GitHub's (name, full_name,
 * private, html_url, description, license {key, name, spdx_id}, default_branch,
 * ...), kept per owner/repo. A private repository is 404 without a bearer
 * token, as GitHub hides it; an unknown one is 404.
 *
 * Faults on request: `status` answers that HTTP status (500, 502, 404...)
 * instead; `hang` accepts the request and never answers; `padBytes` pads the
 * answer past any sane size; `delayMs` before each answer.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RepoState {
  description?: string | null;
  /** SPDX id; null: no licence; 'NOASSERTION' as GitHub writes an unrecognised one. */
  license?: string | null;
  private?: boolean;
  defaultBranch?: string;
  /** Default https://github.com/{owner}/{repo}. */
  htmlUrl?: string;
}

export interface ReposEmulator {
  /** http://127.0.0.1:port, the GITHUB_API_URL to give the client. */
  url: string;
  repos: Map<string, RepoState>;
  /** Requests seen, with the status answered (0: never answered). */
  calls: Array<{ method: string; path: string; status: number; authorization?: string }>;
  faults: { status: number; hang: boolean; padBytes: number; delayMs: number };
  close(): Promise<void>;
}

/** The repository object as GitHub's REST API writes it (the fields clients read, and enough around them). */
function repositoryObject(fullName: string, s: RepoState, serverUrl: string): Record<string, unknown> {
  const [owner, name] = fullName.split('/') as [string, string];
  const html = s.htmlUrl ?? `https://github.com/${fullName}`;
  const spdx = s.license ?? null;
  return {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name,
    full_name: fullName,
    owner: { login: owner, type: 'Organization', html_url: `https://github.com/${owner}` },
    private: s.private ?? false,
    html_url: html,
    description: s.description ?? null,
    fork: false,
    url: `${serverUrl}/repos/${fullName}`,
    homepage: null,
    default_branch: s.defaultBranch ?? 'main',
    license: spdx === null ? null : { key: spdx.toLowerCase(), name: spdx, spdx_id: spdx, url: null, node_id: 'MDc6TGljZW5zZTEz' },
    topics: [],
    visibility: s.private === true ? 'private' : 'public',
  };
}

export async function startReposEmulator(): Promise<ReposEmulator> {
  const repos = new Map<string, RepoState>();
  const calls: ReposEmulator['calls'] = [];
  const faults = { status: 0, hang: false, padBytes: 0, delayMs: 0 };
  let url = '';
  const server = http.createServer((req, res) => {
    const call = {
      method: req.method ?? '',
      path: req.url ?? '',
      status: 0,
      ...(req.headers.authorization !== undefined ? { authorization: req.headers.authorization } : {}),
    };
    calls.push(call);
    req.resume();
    if (faults.hang) return; // the socket stays open; the client's deadline has to end it
    const answer = (status: number, body: unknown): void => {
      call.status = status;
      setTimeout(() => {
        const text = JSON.stringify(faults.padBytes > 0 ? { ...(body as object), pad: 'x'.repeat(faults.padBytes) } : body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(text);
      }, faults.delayMs);
    };
    const m = /^\/repos\/([^/?]+)\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method !== 'GET' || m === null) return answer(404, { message: 'Not Found' });
    if (faults.status !== 0) return answer(faults.status, { message: faults.status >= 500 ? 'Server Error' : 'Fault' });
    const fullName = `${m[1]}/${m[2]}`;
    const state = repos.get(fullName);
    const authed = /^(Bearer|token) \S+$/.test(req.headers.authorization ?? '');
    if (state === undefined || (state.private === true && !authed)) return answer(404, { message: 'Not Found' });
    answer(200, repositoryObject(fullName, state, url));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  return {
    url,
    repos,
    calls,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
