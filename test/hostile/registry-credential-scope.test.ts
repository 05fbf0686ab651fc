/**
 * Attack: a registry (or whoever answers for it) hands the client a URL on
 * another origin (an upload Location, a blob redirect, a 401 challenge from
 * that other host) hoping the registry's credentials follow. Defence:
 * origin.ts, applied by every request of client.ts: credentials go to the
 * registry's own scheme, host and port only; a second loopback server on
 * another port (another origin) records what reaches it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import type * as http from 'node:http';
import { Readable } from 'node:stream';
import { digestBytes } from '../../shared/src/oci/digest.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient, type UploadMode } from '../../shared/src/registry/client/client.js';
import { startHostileServer, trustAnyCertificate, type HostileServer } from '../support/hostile-server.js';

const USER = 'scope-user';
const PASSWORD = 'scope-password-never-leaves';
const TOKEN = 'scope-token-never-leaves';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };

const data = Buffer.from('layer bytes that a hostile registry wants uploaded elsewhere\n');
const desc: Descriptor = { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestBytes(data), size: data.length };

/** Where the hostile registry sends the client: records everything and plays along. */
let collector: HostileServer;
/** What the collector answers first to a PATCH (a 401 challenge, to bait credentials). */
let collectorChallenge = false;

beforeAll(async () => {
  collector = await startHostileServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (collectorChallenge) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="collector"', 'content-length': '0' }).end();
        return;
      }
      if (req.method === 'PATCH') res.writeHead(202, { location: '/upload/1', 'content-length': '0' }).end();
      else if (req.method === 'PUT') res.writeHead(201, { 'content-length': '0' }).end();
      else if (req.method === 'DELETE') res.writeHead(204).end();
      else if (req.method === 'GET') res.writeHead(200, { 'content-length': String(data.length) }).end(data);
      else res.writeHead(405).end();
    });
  });
});

afterAll(async () => {
  await collector.stop();
});

let registry: HostileServer | undefined;
afterEach(async () => {
  await registry?.stop();
  registry = undefined;
  collector.requests.length = 0;
  collectorChallenge = false;
});

/**
 * A registry that wants `scheme` credentials on everything, and answers an
 * upload start (and a mount, and a blob GET) by pointing at `location`.
 */
async function hostileRegistry(scheme: 'basic' | 'bearer', location: () => string, tls = false): Promise<HostileServer> {
  const self = await startHostileServer(
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const reply = (status: number, headers: http.OutgoingHttpHeaders = {}): void => {
        res.writeHead(status, { 'content-length': '0', ...headers }).end();
      };
      req.resume();
      if (url.pathname === '/token') {
        const body = JSON.stringify({ token: TOKEN, expires_in: 300 });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) }).end(body);
        return;
      }
      const wanted = scheme === 'basic' ? BASIC : `Bearer ${TOKEN}`;
      if (req.headers.authorization !== wanted) {
        const challenge = scheme === 'basic' ? 'Basic realm="hostile"' : `Bearer realm="${self.origin}/token",service="hostile"`;
        reply(401, { 'www-authenticate': challenge });
        return;
      }
      if (url.pathname === '/v2/') reply(200);
      else if (req.method === 'HEAD') reply(404);
      else if (req.method === 'POST') reply(202, { location: location() });
      else if (req.method === 'GET' && url.pathname.includes('/blobs/')) reply(307, { location: location() });
      else if (req.method === 'PATCH') reply(202, { location: url.pathname });
      else if (req.method === 'PUT') reply(201);
      else reply(404);
    },
    { tls },
  );
  return self;
}

function client(reg: HostileServer, plainHttp = true): RegistryClient {
  return new RegistryClient({
    registry: reg.host,
    plainHttp,
    credentials: async () => ({ username: USER, password: PASSWORD, source: 'the test' }),
    retry: NO_RETRY,
  });
}

const authorized = (s: HostileServer): string[] => s.requests.filter((r) => r.headers.authorization !== undefined).map((r) => `${r.method} ${r.path}`);

describe.each(['basic', 'bearer'] as const)('%s credentials stay on the registry', (scheme) => {
  test.each<[string, UploadMode]>([
    ['streamed PATCH', { kind: 'patch' }],
    ['one PUT', { kind: 'put' }],
    ['chunked PATCHes', { kind: 'chunked', chunkSize: 16 }],
  ])('an upload Location on another port gets no Authorization (%s)', async (_name, mode) => {
    registry = await hostileRegistry(scheme, () => `${collector.origin}/upload/1`);
    const c = client(registry);
    await c.ping();
    await expect(c.uploadBlob('app', desc, Readable.from([data]), mode)).resolves.toBe(data.length);
    // The upload really went there, and not one request carried our credentials.
    expect(collector.requests.map((r) => r.method)).toContain('PUT');
    expect(authorized(collector)).toEqual([]);
    // The registry itself did get them (the test would see a leak).
    expect(authorized(registry)).toContain('POST /v2/app/blobs/uploads/');
  });

  test('a mount answered 202 with a foreign Location: the cancel goes there without Authorization', async () => {
    registry = await hostileRegistry(scheme, () => `${collector.origin}/upload/2`);
    const c = client(registry);
    await c.ping();
    await expect(c.mountBlob('app', desc.digest, 'other')).resolves.toBe(false);
    expect(collector.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /upload/2']);
    expect(authorized(collector)).toEqual([]);
  });

  test('a blob GET redirected to another port gets no Authorization', async () => {
    registry = await hostileRegistry(scheme, () => `${collector.origin}/storage/blob`);
    const c = client(registry);
    await c.ping();
    const parts: Buffer[] = [];
    for await (const chunk of (await c.openBlob('app', desc)) as AsyncIterable<Buffer>) parts.push(chunk);
    expect(Buffer.concat(parts)).toEqual(data);
    expect(collector.requests.map((r) => r.method)).toEqual(['GET']);
    expect(authorized(collector)).toEqual([]);
  });

  test('a 401 challenge from the foreign host teaches nothing: no credentials are sent to win it', async () => {
    registry = await hostileRegistry(scheme, () => `${collector.origin}/upload/3`);
    collectorChallenge = true;
    const c = client(registry);
    await c.ping();
    await expect(c.uploadBlob('app', desc, Readable.from([data]), { kind: 'patch' })).rejects.toThrow(/off the registry, sent without credentials/);
    expect(collector.requests.length).toBeGreaterThan(0);
    expect(authorized(collector)).toEqual([]);
  });
});

test('a same-origin Location (the normal case) still carries the credentials', async () => {
  registry = await hostileRegistry('basic', () => '/v2/app/blobs/uploads/same-origin');
  const c = client(registry);
  await c.ping();
  await c.uploadBlob('app', desc, Readable.from([data]), { kind: 'patch' });
  expect(authorized(registry)).toEqual(
    expect.arrayContaining(['PATCH /v2/app/blobs/uploads/same-origin', `PUT /v2/app/blobs/uploads/same-origin?digest=${encodeURIComponent(desc.digest)}`]),
  );
  expect(collector.requests).toEqual([]);
});

describe('an https registry', () => {
  const undo: Array<() => void> = [];
  beforeAll(() => {
    undo.push(trustAnyCertificate());
  });
  afterAll(() => undo.forEach((u) => u()));

  test('pointing an upload at plain http gets no Authorization there', async () => {
    registry = await hostileRegistry('basic', () => `${collector.origin}/upload/4`, true);
    const c = client(registry, false);
    await c.ping();
    await c.uploadBlob('app', desc, Readable.from([data]), { kind: 'patch' });
    expect(collector.requests.map((r) => r.method)).toEqual(['PATCH', 'PUT']);
    expect(authorized(collector)).toEqual([]);
    expect(authorized(registry)).toContain('POST /v2/app/blobs/uploads/');
  });
});
