/**
 * Attack: a registry answers with URLs the client should not follow (an
 * upload or redirect Location that is not http(s), one that does not parse,
 * a redirect loop, a declined mount pointing at file:). Defence: origin.ts
 * resolveServerUrl and MAX_REDIRECTS, the one reader of server-given URLs:
 * each is refused with a message naming the registry and what it sent, and
 * the declined mount is simply not cancelled.
 */
import { afterEach, expect, test } from '@jest/globals';
import type * as http from 'node:http';
import { Readable } from 'node:stream';
import { digestBytes } from '../../shared/src/oci/digest.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { MAX_REDIRECTS } from '../../shared/src/registry/transport/origin.js';
import { startHostileServer, type HostileServer } from '../support/hostile-server.js';

const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };
const data = Buffer.from('blob bytes\n');
const desc: Descriptor = { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestBytes(data), size: data.length };

let registry: HostileServer | undefined;
afterEach(async () => {
  await registry?.stop();
  registry = undefined;
});

/** Anonymous registry answering uploads, mounts and blob GETs with `location`. */
async function answering(location: (req: http.IncomingMessage) => string | undefined, status = { post: 202, get: 307 }): Promise<HostileServer> {
  return startHostileServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://x');
    const loc = location(req);
    const headers: http.OutgoingHttpHeaders = { 'content-length': '0', ...(loc === undefined ? {} : { location: loc }) };
    if (url.pathname === '/v2/') res.writeHead(200, { 'content-length': '0' }).end();
    else if (req.method === 'POST') res.writeHead(status.post, headers).end();
    else if (req.method === 'GET' && url.pathname.includes('/blobs/')) res.writeHead(status.get, headers).end();
    else res.writeHead(404, { 'content-length': '0' }).end();
  });
}

const client = (reg: HostileServer): RegistryClient =>
  new RegistryClient({ registry: reg.host, plainHttp: true, credentials: async () => undefined, retry: NO_RETRY });

test.each([
  ['file:///etc/passwd', /gave a Location for the upload of blob .* that is not http\(s\) \(file:\)/],
  ['javascript:alert(1)', /that is not http\(s\) \(javascript:\)/],
  ['http://[::1', /gave an unreadable Location/],
  [undefined, /gave no Location/],
])('an upload Location %j is refused, naming the registry', async (loc, message) => {
  registry = await answering(() => loc);
  const c = client(registry);
  await c.ping();
  const err = c.uploadBlob('app', desc, Readable.from([data]), { kind: 'patch' });
  await expect(err).rejects.toThrow(message);
  await expect(err).rejects.toThrow(registry.host);
  // Nothing was sent after the refused answer.
  expect(registry.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
});

test(`a blob GET redirected in a loop stops after ${MAX_REDIRECTS} hops`, async () => {
  registry = await answering((req) => `${req.url ?? '/'}x`);
  const c = client(registry);
  await expect(c.openBlob('app', desc)).rejects.toThrow(new RegExp(`redirected GET blob .* more than ${MAX_REDIRECTS} times`));
  expect(registry.requests.filter((r) => r.method === 'GET' && r.path.includes('/blobs/'))).toHaveLength(MAX_REDIRECTS + 1);
});

test('a blob GET redirected to file: is refused, not read from disk', async () => {
  registry = await answering(() => 'file:///etc/hostname');
  const c = client(registry);
  await expect(c.openBlob('app', desc)).rejects.toThrow(/not http\(s\) \(file:\)/);
});

test.each([
  ['a blob GET redirect', `/v2/app/blobs/${desc.digest}`, (c: RegistryClient) => c.openBlob('app', desc)],
  ['an upload session (POST)', '/v2/app/blobs/uploads/', (c: RegistryClient) => c.uploadBlob('app', desc, Readable.from([data]), { kind: 'put' })],
])('a refused Location on %s is drained, so its connection serves the next request', async (_what, refusedPath, call) => {
  // An answer with a body (servers send an HTML page): left unread, it would hold its socket until the deadline.
  const ports: Array<{ method: string; path: string; port: number | undefined }> = [];
  registry = await startHostileServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? '/', 'http://x');
    ports.push({ method: req.method ?? 'GET', path: url.pathname, port: req.socket.remotePort });
    const refused = { location: 'file:///etc/hostname', 'content-length': 32 * 1024 };
    if (url.pathname.includes('/blobs/')) res.writeHead(req.method === 'POST' ? 202 : 307, refused).end(Buffer.alloc(32 * 1024, 0x3c));
    else res.writeHead(200, { 'content-length': '0' }).end();
  });
  const c = client(registry);
  await c.ping();
  await expect(call(c)).rejects.toThrow(/not http\(s\) \(file:\)/);
  await c.ping();
  expect(ports.map((p) => p.path)).toEqual(['/v2/', refusedPath, '/v2/']);
  expect(new Set(ports.map((p) => p.port)).size).toBe(1);
});

test('a declined mount whose Location is file: is not cancelled anywhere, and the mount reports false', async () => {
  registry = await answering(() => 'file:///tmp/upload');
  const c = client(registry);
  await c.ping();
  await expect(c.mountBlob('app', desc.digest, 'other')).resolves.toBe(false);
  expect(registry.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
});
