/**
 * A GitHub attestations API emulator for tests: a node:http server that
 * answers `POST /repos/{owner}/{repo}/attestations` with `{"bundle": ...}`
 * as GitHub does (201 `{id}`; 401 without a bearer token; 422 without a
 * bundle object), keeping the stored bundles per owner/repo.
 *
 * Faults are injected on request: 403 for a repository (a token without
 * `attestations: write`), a number of 500s before success, and a delay
 * before every answer, and answers padded past any sane size.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, tooLargeMessage } from '../loopback.js';

export interface StoredAttestation {
  id: number;
  bundle: unknown;
}

export interface AttestationsEmulator {
  /** http://127.0.0.1:port, the GITHUB_API_URL to give the client. */
  url: string;
  /** Stored bundles by owner/repo, in arrival order. */
  stored: Map<string, StoredAttestation[]>;
  /** Requests seen, with the status answered. */
  calls: Array<{ method: string; path: string; status: number; authorization?: string }>;
  /** padBytes: pad every answer with this many bytes (a hostile or broken API's oversized answer). */
  faults: { forbidden: Set<string>; failNext: number; delayMs: number; padBytes: number };
  close(): Promise<void>;
}

const MAX_BODY = 4 * 1024 * 1024;

export async function startAttestationsEmulator(): Promise<AttestationsEmulator> {
  const stored = new Map<string, StoredAttestation[]>();
  const calls: AttestationsEmulator['calls'] = [];
  const faults = { forbidden: new Set<string>(), failNext: 0, delayMs: 0, padBytes: 0 };
  let nextId = 1000;
  const server = http.createServer((req, res) => {
    void readBody(req, MAX_BODY).then(
      (read) => {
        const answer = (status: number, body: unknown): void => {
          calls.push({
            method: req.method ?? '',
            path: req.url ?? '',
            status,
            ...(req.headers.authorization !== undefined ? { authorization: req.headers.authorization } : {}),
          });
          setTimeout(() => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(faults.padBytes > 0 ? JSON.stringify({ ...(body as object), pad: 'x'.repeat(faults.padBytes) }) : JSON.stringify(body));
          }, faults.delayMs);
        };
        const m = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(req.url ?? '');
        if (req.method !== 'POST' || m === null) return answer(404, { message: 'Not Found' });
        const repo = `${m[1]}/${m[2]}`;
        if (!/^(Bearer|token) \S+$/.test(req.headers.authorization ?? '')) return answer(401, { message: 'Requires authentication' });
        if (faults.forbidden.has(repo)) return answer(403, { message: 'Resource not accessible by integration' });
        if (faults.failNext > 0) {
          faults.failNext--;
          return answer(500, { message: 'Server Error' });
        }
        if ('tooLarge' in read) return answer(413, { message: `Payload too large: ${tooLargeMessage(read.tooLarge, MAX_BODY)}` });
        let body: { bundle?: unknown };
        try {
          body = JSON.parse(read.text) as { bundle?: unknown };
        } catch {
          return answer(400, { message: 'Problems parsing JSON' });
        }
        if (typeof body.bundle !== 'object' || body.bundle === null) return answer(422, { message: 'Validation Failed' });
        const id = nextId++;
        stored.set(repo, [...(stored.get(repo) ?? []), { id, bundle: body.bundle }]);
        answer(201, { id });
      },
      () => res.destroy(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stored,
    calls,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
