/**
 * httpFetch: fetch's shape over node:http, against real loopback servers.
 * What callers and their retry classifiers rely on: the status, headers and
 * body; a transport failure as TypeError('fetch failed') whose cause has the
 * socket's code; the signal's reason on abort (before the answer and mid-body);
 * no body for HEAD and 304; redirects returned ('manual') or refused
 * ('error'), never followed; a body read slowly from a server that closes
 * the connection arrives whole. The crash this replaces (undici's, with the
 * bundled copy loaded): test/hostile/fetch-connection-close.test.ts.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpFetch } from '../../../../shared/src/registry/transport/http-fetch.js';

let server: http.Server;
let base: string;
const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
const BIG = Buffer.alloc(4 * 1024 * 1024, 0x61);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      switch (req.url) {
        case '/text':
          res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': ['a=1', 'b=2'], etag: '"v1"' }).end('hello');
          return;
        case '/big-close':
          res.writeHead(200, { 'content-length': BIG.length, connection: 'close' }).end(BIG);
          return;
        case '/moved':
          res.writeHead(302, { location: '/text' }).end('moved');
          return;
        case '/not-modified':
          res.writeHead(304, { etag: '"v1"' }).end();
          return;
        case '/missing':
          res.writeHead(404).end('no such file');
          return;
        case '/slow':
          // Headers at once, then the body never comes.
          res.writeHead(200, { 'content-length': 10 });
          res.write('12345');
          return;
        case '/cut':
          // Declares more than it sends, then hangs up.
          res.writeHead(200, { 'content-length': 100 });
          res.write('short', () => res.socket?.destroy());
          return;
        default:
          res.writeHead(200).end(`${req.method} ${req.url}`);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

/** fetch's options as our callers give them: redirects back to the caller, a deadline over the exchange. */
const manual = (): RequestInit => ({ redirect: 'manual', signal: AbortSignal.timeout(10_000) });

test('status, headers (repeated ones kept) and body, as fetch gives them', async () => {
  const res = await httpFetch(`${base}/text`, manual());
  expect(res.status).toBe(200);
  expect(res.ok).toBe(true);
  expect(res.url).toBe(`${base}/text`);
  expect(res.headers.get('etag')).toBe('"v1"');
  expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  expect(await res.text()).toBe('hello');
  const missing = await httpFetch(`${base}/missing`, manual());
  expect(missing.status).toBe(404);
  expect(missing.ok).toBe(false);
  expect(await missing.text()).toBe('no such file');
});

test('the request carries the method, headers and a string body (as UTF-8 text unless typed)', async () => {
  await (await httpFetch(`${base}/echo`, { ...manual(), method: 'post', headers: { authorization: 'Bearer t', 'x-one': '1' }, body: 'ünïcode' })).text();
  const got = seen.at(-1);
  expect(got?.method).toBe('POST');
  expect(got?.headers.authorization).toBe('Bearer t');
  expect(got?.headers['x-one']).toBe('1');
  expect(got?.headers['content-type']).toBe('text/plain;charset=UTF-8');
  expect(got?.body).toBe('ünïcode');
  // No Accept-Encoding: the body comes as the server stores it, never decoded behind the caller's back.
  expect(got?.headers['accept-encoding']).toBeUndefined();
  await (
    await httpFetch(`${base}/echo`, { ...manual(), method: 'PUT', headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{}') })
  ).text();
  expect(seen.at(-1)?.headers['content-type']).toBe('application/json');
  expect(seen.at(-1)?.body).toBe('{}');
});

test('no body for HEAD and for 304', async () => {
  const head = await httpFetch(`${base}/text`, { ...manual(), method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(head.body).toBeNull();
  const nm = await httpFetch(`${base}/not-modified`, manual());
  expect(nm.status).toBe(304);
  expect(nm.body).toBeNull();
  expect(nm.headers.get('etag')).toBe('"v1"');
});

test("redirects come back as they are ('manual'), fail ('error'), and following is refused", async () => {
  const moved = await httpFetch(`${base}/moved`, manual());
  expect(moved.status).toBe(302);
  expect(moved.headers.get('location')).toBe('/text');
  await moved.body?.cancel();
  await expect(httpFetch(`${base}/moved`, { redirect: 'error', signal: AbortSignal.timeout(10_000) })).rejects.toThrow('fetch failed');
  await expect(httpFetch(`${base}/text`)).rejects.toThrow("pass redirect 'manual'");
  await expect(httpFetch(`${base}/text`, { redirect: 'follow' })).rejects.toThrow("pass redirect 'manual'");
  await expect(httpFetch('ftp://127.0.0.1/x', manual())).rejects.toThrow('fetches http(s) URLs, not ftp:');
});

test('a request without a signal is refused before it is sent: nothing else would bound a trickling body', async () => {
  const before = seen.length;
  await expect(httpFetch(`${base}/text`, { redirect: 'manual' })).rejects.toThrow('httpFetch needs a signal');
  expect(seen.length).toBe(before);
});

test("a refused connection rejects as fetch does: TypeError('fetch failed'), the socket's code in the cause", async () => {
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const e = (await httpFetch(`http://127.0.0.1:${port}/`, manual()).catch((x: unknown) => x)) as TypeError & { cause?: { code?: string } };
  expect(e.name).toBe('TypeError');
  expect(e.message).toBe('fetch failed');
  expect(e.cause?.code).toBe('ECONNREFUSED');
});

test("the signal's reason ends the exchange, before the answer and mid-body", async () => {
  const aborted = new AbortController();
  aborted.abort(new Error('given up'));
  await expect(httpFetch(`${base}/text`, { ...manual(), signal: aborted.signal })).rejects.toThrow('given up');
  const res = await httpFetch(`${base}/slow`, { ...manual(), signal: AbortSignal.timeout(300) });
  expect(res.status).toBe(200);
  const e = (await res.text().catch((x: unknown) => x)) as Error;
  expect(e.name).toBe('TimeoutError');
});

test('a body cut short errors its reading with the reset, so a retry classifier sees a transport failure', async () => {
  const res = await httpFetch(`${base}/cut`, manual());
  const e = (await res.arrayBuffer().catch((x: unknown) => x)) as Error & { code?: string; cause?: { code?: string } };
  // Not instanceof: the error comes from Node's realm, not the test sandbox's.
  expect(typeof e.message).toBe('string');
  expect(e.code ?? e.cause?.code).toBe('ECONNRESET');
});

test('a large body read slowly from a server that closes the connection arrives whole', async () => {
  const res = await httpFetch(`${base}/big-close`, manual());
  let got = 0;
  let reads = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    got += chunk.byteLength;
    // A reader slower than loopback: the server has long sent everything and closed when the last chunks are read.
    if (reads++ % 8 === 0) await new Promise((r) => setTimeout(r, 2));
  }
  expect(got).toBe(BIG.length);
});
