/**
 * `packer-version: latest` against a hostile release index: a body of
 * gigabytes with no Content-Length, JSON that is not JSON, a document that is
 * not an index, one that lists only pre-releases, an error status, and
 * credentials in packer-releases-url. Defence (packer-install.ts,
 * packer-release.ts): the index is read through fetchFollowing with a 16 MiB
 * cap and a deadline, parsed only after that, and only X.Y.Z keys can win;
 * the URL is named without its credentials; nothing past the index is
 * fetched when it fails.
 */
import { afterEach, expect, test } from '@jest/globals';
import type * as http from 'node:http';
import { installPacker } from '../../shared/src/builders/packer/packer-install.js';
import { PipelineError } from '../../shared/src/errors.js';
import type { RetryPolicy } from '../../shared/src/retry/policy.js';
import { pour, startHostileServer, type HostileServer } from '../support/hostile-server.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(handler: (res: http.ServerResponse) => void): Promise<HostileServer> {
  server = await startHostileServer((req, res) => {
    req.resume();
    if (req.url !== '/packer/index.json') {
      res.writeHead(404).end();
      return;
    }
    handler(res);
  });
  return server;
}

/** `tries`: how often the index is asked for (a 5xx is asked again, under `retry`). */
async function latestFails(baseUrl: string, o: { retry?: RetryPolicy; tries?: number } = {}): Promise<PipelineError> {
  const e = await installPacker({ version: 'latest', baseUrl, ...(o.retry === undefined ? {} : { retry: o.retry }) }).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PipelineError);
  expect((e as PipelineError).input).toBe('packer-version');
  // Nothing past the index was asked for.
  expect(server?.requests.map((r) => r.path)).toEqual(Array.from({ length: o.tries ?? 1 }, () => '/packer/index.json'));
  return e as PipelineError;
}

test('an index of gigabytes with no Content-Length stops at the cap', async () => {
  let sent: Promise<number> = Promise.resolve(0);
  const s = await serve((res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    sent = pour(res, 4 * GiB, Buffer.alloc(64 * 1024, 0x20));
  });
  const e = await latestFails(s.origin);
  expect(e.code).toBe('NETWORK');
  expect(e.message).toContain(`could not read the release index ${s.origin}/packer/index.json: it is larger than ${16 * MiB} bytes`);
  // The cap plus what the sockets buffer, far below what was offered.
  expect(await sent).toBeLessThan(64 * MiB);
}, 60_000);

test.each([
  ['truncated JSON', '{"name":"packer","versions":{"1.11.2":{'],
  ['HTML', '<html><body>Service Unavailable</body></html>'],
  ['an empty body', ''],
])('an index that is %s is refused as not JSON', async (_what, body) => {
  const s = await serve((res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  const e = await latestFails(s.origin);
  expect(e.code).toBe('NOT_FOUND');
  expect(e.message).toContain(`the release index ${s.origin}/packer/index.json is not JSON`);
  expect(e.hint).toContain('exact version');
});

test('a deeply nested document parses (or not) within the cap and is refused as not an index', async () => {
  const depth = 1_000_000;
  const s = await serve((res) => res.writeHead(200).end('['.repeat(depth) + ']'.repeat(depth)));
  const e = await latestFails(s.origin);
  expect(e.code).toBe('NOT_FOUND');
  expect(e.message).toMatch(/is not (JSON|a release index)/);
});

test('an index of 100,000 pre-releases is refused as listing no stable version', async () => {
  const versions = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`1.${i}.0-beta${i}`, {}]));
  const s = await serve((res) => res.writeHead(200).end(JSON.stringify({ name: 'packer', versions })));
  const started = Date.now();
  const e = await latestFails(s.origin);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(e.code).toBe('NOT_FOUND');
  expect(e.message).toContain('lists no stable Packer version');
});

test('an error status is a network error naming the index', async () => {
  const s = await serve((res) => res.writeHead(503).end('down'));
  // A 503 is transient (release-fetch.ts): asked again, the policy's tries in all, then named.
  const e = await latestFails(s.origin, { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 10_000 }, tries: 3 });
  expect(e.code).toBe('NETWORK');
  expect(e.message).toContain(`could not read the release index ${s.origin}/packer/index.json: HTTP 503`);
  expect(e.message).toContain('HTTP 503, after 3 tries');
});

test('credentials in packer-releases-url are refused before any request, and not shown', async () => {
  const s = await serve((res) => res.writeHead(200).end('{}'));
  for (const version of ['latest', '1.11.2']) {
    const e = await installPacker({ version, baseUrl: `http://mirror-user:s3cret-token@${s.host}` }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(PipelineError);
    expect((e as PipelineError).input).toBe('packer-releases-url');
    expect((e as PipelineError).message).toContain(`got a URL with credentials (http://***@${s.host})`);
    expect((e as PipelineError).message).not.toContain('s3cret-token');
    expect((e as PipelineError).message).not.toContain('mirror-user');
  }
  expect(s.requests).toEqual([]);
});
