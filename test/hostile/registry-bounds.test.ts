/**
 * Attacks on the registry client's patience and memory: bodies of 10 GiB
 * (streamed, never held) where a few bytes are expected, bodies trickled a
 * byte at a time to dodge the idle timeout, and servers that never answer.
 * Defences: one bounded body reader (body.ts: drains and error bodies stop
 * at 64 KiB, manifests at 4 MiB, token answers at 64 KiB), an overall
 * deadline per request (timeouts.ts) and a retry budget that counts time
 * spent in requests (retry/retry.ts). Deadlines here are small, set through the
 * client options; the defaults are documented in timeouts.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import type * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { digestBytes } from '../../shared/src/oci/digest.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import type { Timeouts } from '../../shared/src/registry/transport/timeouts.js';
import { makeLayout } from '../support/image-fixture.js';
import { hang, pour, startHostileServer, trickle, type HostileServer } from '../support/hostile-server.js';

const GiB = 1024 * 1024 * 1024;
/** What may leave a server before the client's hang-up stops it: the cap plus socket buffers, far below what was offered. */
const SMALL = 32 * 1024 * 1024;
const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };
const data = Buffer.from('a small blob\n');
const desc: Descriptor = { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestBytes(data), size: data.length };

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean;

/** An anonymous registry that accepts everything, unless a route answers first. */
async function registry(route: Route): Promise<HostileServer> {
  return startHostileServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    req.resume();
    if (route(req, res, url)) return;
    const reply = (status: number, headers: http.OutgoingHttpHeaders = {}): void => void res.writeHead(status, { 'content-length': '0', ...headers }).end();
    if (url.pathname === '/v2/') reply(200);
    else if (req.method === 'HEAD') reply(404);
    else if (req.method === 'POST') reply(202, { location: '/v2/app/blobs/uploads/u1' });
    else if (req.method === 'PATCH') reply(202, { location: url.pathname });
    else if (req.method === 'PUT' && url.pathname.includes('/manifests/')) reply(201, { 'docker-content-digest': digestBytes(Buffer.from('m')) });
    else if (req.method === 'PUT') reply(201);
    else if (req.method === 'DELETE') reply(204);
    else reply(404);
  });
}

const client = (reg: HostileServer, timeouts?: Partial<Timeouts>): RegistryClient =>
  new RegistryClient({
    registry: reg.host,
    plainHttp: true,
    credentials: async () => undefined,
    retry: NO_RETRY,
    ...(timeouts !== undefined ? { timeouts } : {}),
  });

describe('bodies are read with a cap', () => {
  test('a 10 GiB body on the 202 of an upload start is not drained: the client hangs up and the upload goes on', async () => {
    const poured: Array<Promise<number>> = [];
    server = await registry((req, res) => {
      if (req.method !== 'POST') return false;
      res.writeHead(202, { location: '/v2/app/blobs/uploads/u1', 'content-length': String(10 * GiB) });
      poured.push(pour(res, 10 * GiB));
      return true;
    });
    await expect(client(server).uploadBlob('app', desc, Readable.from([data]), { kind: 'patch' })).resolves.toBe(data.length);
    const sent = await Promise.all(poured);
    expect(sent.length).toBe(1);
    expect(sent[0]).toBeLessThan(SMALL);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PUT']);
  });

  test('a 10 GiB body on the 202 of a declined mount is not drained either', async () => {
    const poured: Array<Promise<number>> = [];
    server = await registry((req, res) => {
      if (req.method !== 'POST') return false;
      res.writeHead(202, { location: '/v2/app/blobs/uploads/u2' });
      poured.push(pour(res, 10 * GiB));
      return true;
    });
    await expect(client(server).mountBlob('app', desc.digest, 'other')).resolves.toBe(false);
    expect((await Promise.all(poured))[0]).toBeLessThan(SMALL);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'DELETE']);
  });

  test('a 10 GiB error body: the error is reported from its first bytes', async () => {
    const poured: Array<Promise<number>> = [];
    server = await registry((req, res) => {
      if (req.method !== 'PUT') return false;
      res.writeHead(400, { 'content-type': 'application/json' });
      res.write('{"errors":[{"code":"MANIFEST_INVALID","message":"');
      poured.push(pour(res, 10 * GiB));
      return true;
    });
    await expect(client(server).putManifest('app', 'v1', 'application/vnd.oci.image.manifest.v1+json', Buffer.from('{}'))).rejects.toThrow(
      `${server.host} answered HTTP 400 to PUT manifest v1 to app`,
    );
    expect((await Promise.all(poured))[0]).toBeLessThan(SMALL);
  });

  test("a registry's error message is shown printable and short, never whole", async () => {
    const message = `line one\n::error::forged annotation\u202e${'x'.repeat(50_000)}`;
    server = await registry((req, res) => {
      if (req.method !== 'PUT') return false;
      const body = JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message }] });
      res.writeHead(400, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }).end(body);
      return true;
    });
    const e: unknown = await client(server)
      .putManifest('app', 'v1', 'application/vnd.oci.image.manifest.v1+json', Buffer.from('{}'))
      .catch((x: unknown) => x);
    const text = (e as Error).message;
    expect(text).toContain('answered HTTP 400 to PUT manifest v1 to app: MANIFEST_INVALID line one ::error::forged annotation\\u202e');
    expect(text).not.toMatch(/[\n\u202e]/);
    expect(text.length).toBeLessThan(1000);
  });

  test('a manifest without Content-Length that never ends: refused past 4 MiB', async () => {
    const poured: Array<Promise<number>> = [];
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/manifests/')) return false;
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      poured.push(pour(res, 10 * GiB));
      return true;
    });
    await expect(client(server).getManifest('app', 'v1')).rejects.toThrow(
      'GET manifest v1 from app is larger than 4194304 bytes (the cap for it); refusing to read on',
    );
    expect((await Promise.all(poured))[0]).toBeLessThan(SMALL);
  });

  test('a token answer of 10 GiB: refused past 64 KiB', async () => {
    const poured: Array<Promise<number>> = [];
    const reg: HostileServer = await startHostileServer((req, res) => {
      req.resume();
      if (req.url?.startsWith('/token') === true) {
        res.writeHead(200, { 'content-type': 'application/json' });
        poured.push(pour(res, 10 * GiB));
      } else res.writeHead(401, { 'www-authenticate': `Bearer realm="${reg.origin}/token",service="s"`, 'content-length': '0' }).end();
    });
    server = reg;
    const c = client(reg);
    await c.ping();
    await expect(c.blobExists('app', desc.digest)).rejects.toThrow(`the token service of ${reg.host} (${reg.host}) answered more than 65536 bytes`);
    expect((await Promise.all(poured))[0]).toBeLessThan(SMALL);
  });
});

describe('every request has a deadline', () => {
  // The idle timeout stays far out of reach (60 s, past jest's 30 s), so only the deadline can end these in time.
  const tight: Partial<Timeouts> = { requestMs: 1500, idleMs: 60_000 };
  /** The 1.5 s deadline plus generous room for 2 shared cores under the full suite; without a deadline these never end. */
  const WITHIN = 15_000;

  test('a manifest trickled a byte every 200 ms fails at the deadline, not never', async () => {
    const trickled: Array<Promise<number>> = [];
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/manifests/')) return false;
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'content-length': '1000000' });
      trickled.push(trickle(res, 200));
      return true;
    });
    const started = Date.now();
    await expect(client(server, tight).getManifest('app', 'v1')).rejects.toThrow(
      /GET 127\.0\.0\.1:\d+\/v2\/app\/manifests\/v1 was not over after its 1\.5 s deadline/,
    );
    expect(Date.now() - started).toBeLessThan(WITHIN);
    // The server saw the client go.
    expect(await trickled[0]).toBeLessThan(20);
  });

  test('headers that never come fail at the deadline too', async () => {
    server = await registry((req, res) => {
      if (req.method !== 'HEAD') return false;
      hang(res);
      return true;
    });
    const started = Date.now();
    await expect(client(server, tight).blobExists('app', desc.digest)).rejects.toThrow(/was not over after its 1\.5 s deadline/);
    expect(Date.now() - started).toBeLessThan(WITHIN);
  });

  test('a blob trickled a byte at a time fails at its deadline (its size allows for little)', async () => {
    // 100 KB at a byte every 100 ms would take hours; its size earns it 0.4 s over the 1.5 s deadline.
    const big: Descriptor = { ...desc, size: 100_000 };
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/blobs/')) return false;
      res.writeHead(200, { 'content-length': String(big.size) });
      void trickle(res, 100);
      return true;
    });
    const started = Date.now();
    const read = async (): Promise<void> => {
      for await (const chunk of (await client(server as HostileServer, tight).openBlob('app', big)) as AsyncIterable<Buffer>) void chunk;
    };
    await expect(read()).rejects.toThrow(/deadline/);
    expect(Date.now() - started).toBeLessThan(WITHIN);
  });
});

describe('a blob must keep the floor rate while it streams, whatever size its descriptor declares', () => {
  const TiB = 1024 * GiB;
  const huge: Descriptor = { ...desc, size: TiB };
  // The deadline alone would allow 120 s plus 1 TiB at 1 KiB/s (34 years); the 1 s window must catch a trickle first.
  const floor: Partial<Timeouts> = { minBytesPerSecond: 1024, stallWindowMs: 1000, idleMs: 10_000 };
  const STALLED = /stalled: expected at least 1 KiB\/s from 127\.0\.0\.1:\d+, got \d+ bytes in the last 1 s; the registry is stalling/;

  test('a 1 TiB download trickled a few bytes a second fails within the window', async () => {
    const trickled: Array<Promise<number>> = [];
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/blobs/')) return false;
      res.writeHead(200, { 'content-length': String(TiB) });
      trickled.push(trickle(res, 250));
      return true;
    });
    const started = Date.now();
    const read = async (): Promise<void> => {
      for await (const chunk of (await client(server as HostileServer, floor).openBlob('app', huge)) as AsyncIterable<Buffer>) void chunk;
    };
    await expect(read()).rejects.toThrow(STALLED);
    // About one window (two at worst); without the floor this would run into the 120 s deadline at the earliest.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await trickled[0]).toBeLessThan(40);
  });

  test('a 1 TiB upload the server reads a few bytes a second fails within the window', async () => {
    // 64 MiB a second: far more than the socket buffers of loopback can soak up in one window.
    const fast: Partial<Timeouts> = { ...floor, minBytesPerSecond: 64 * 1024 * 1024 };
    const readers: NodeJS.Timeout[] = [];
    server = await registry((req, _res, url) => {
      if (req.method !== 'PATCH' || !url.pathname.includes('/uploads/')) return false;
      req.pause();
      readers.push(setInterval(() => void req.read(8), 250));
      return true;
    });
    const zeros = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024));
      },
    });
    const started = Date.now();
    try {
      await expect(client(server, fast).uploadBlob('app', huge, zeros, { kind: 'patch' })).rejects.toThrow(
        /PATCH 127\.0\.0\.1:\d+\/v2\/app\/blobs\/uploads\/u1 stalled: expected at least 64 MiB\/s from 127\.0\.0\.1:\d+, got \d+ bytes in the last 1 s; the registry is stalling/,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      readers.forEach(clearInterval);
      zeros.destroy();
    }
  });

  test('time the registry spends before it answers is not a stall: a blob that comes after 2.5 s of silence is read', async () => {
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/blobs/')) return false;
      setTimeout(() => void res.writeHead(200, { 'content-length': String(data.length) }).end(data), 2500);
      return true;
    });
    const chunks: Buffer[] = [];
    for await (const chunk of (await client(server, floor).openBlob('app', desc)) as AsyncIterable<Buffer>) chunks.push(chunk);
    expect(Buffer.concat(chunks)).toEqual(data);
  });

  test('a stall is a transient fault: retried like any timeout, and the retry is reported', async () => {
    let gets = 0;
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/manifests/')) return false;
      gets++;
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'content-length': '1000' });
      void trickle(res, 250);
      return true;
    });
    const retried: string[] = [];
    const c = new RegistryClient({
      registry: server.host,
      plainHttp: true,
      credentials: async () => undefined,
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 20_000 },
      timeouts: floor,
      onRetry: (_what, e) => retried.push((e.error as Error).message),
    });
    await expect(c.getManifest('app', 'v1')).rejects.toThrow(STALLED);
    expect(gets).toBe(2);
    expect(retried[0]).toMatch(STALLED);
  });
});

describe('a hung registry fails the whole push or pull within the retry budget', () => {
  let work: string;
  let layout: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-bounds-'));
    layout = path.join(work, 'layout');
    await makeLayout(layout, { layers: [{ files: { 'etc/motd': 'hung\n' } }, { files: { 'etc/issue': 'hung too\n' } }] });
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  // Many attempts and tiny backoff: only the budget (time in requests included) can stop this.
  const retry = { attempts: 1000, baseDelayMs: 10, maxDelayMs: 20, budgetMs: 2000 };
  const timeouts: Partial<Timeouts> = { requestMs: 500, idleMs: 400 };

  test('push: every upload start hangs', async () => {
    server = await registry((req, res) => {
      if (req.method !== 'POST') return false;
      hang(res);
      return true;
    });
    const started = Date.now();
    const result = await pushImage({ images: [layout], destinations: [`${server.host}/app:1`], retry, timeouts });
    const took = Date.now() - started;
    expect(result.destinations[0]?.error?.message).toMatch(
      /POST 127\.0\.0\.1:\d+\/v2\/app\/blobs\/uploads\/ (sent no data for 0\.4 s|was not over after its 0\.5 s deadline)/,
    );
    // Budget 2 s plus one request deadline, with room for a shared machine (without the budget counting
    // request time, 1000 attempts of 0.5 s each would take minutes).
    expect(took).toBeLessThan(2000 + 500 + 7500);
    expect(server.requests.filter((r) => r.method === 'POST').length).toBeGreaterThan(2);
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  test('pull: the manifest never comes', async () => {
    server = await registry((req, res, url) => {
      if (!url.pathname.includes('/manifests/')) return false;
      hang(res);
      return true;
    });
    const started = Date.now();
    const src = RegistrySource.open(`${server.host}/app:1`, { retry, timeouts });
    await expect(src.roots()).rejects.toThrow(/GET 127\.0\.0\.1:\d+\/v2\/app\/manifests\/1 (sent no data|was not over)/);
    expect(Date.now() - started).toBeLessThan(2000 + 500 + 7500);
    expect(server.requests.filter((r) => r.path.includes('/manifests/')).length).toBeGreaterThan(2);
  });
});

describe('a server that ignores Range (answers 200 to a resumed download)', () => {
  const huge: Descriptor = { ...desc, size: 10 * GiB };
  /** A blob GET answered 200 with `total` bytes of 'a', whatever the Range asked; the pours started. */
  async function ignoringRange(total: number): Promise<Array<Promise<number>>> {
    const poured: Array<Promise<number>> = [];
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/blobs/')) return false;
      res.writeHead(200, { 'content-length': String(total) });
      poured.push(pour(res, total));
      return true;
    });
    return poured;
  }

  test('the bytes before the offset are skipped', async () => {
    const poured = await ignoringRange(200_000);
    const skipped = await client(server as HostileServer).openBlob('app', { ...desc, size: 200_000 }, 150_000);
    const chunks: Buffer[] = [];
    for await (const chunk of skipped as AsyncIterable<Buffer>) chunks.push(chunk);
    expect(Buffer.concat(chunks)).toEqual(Buffer.alloc(50_000, 0x61));
    expect(await poured[0]).toBe(200_000);
  });

  test('a reader that gives up hangs up on the server: the connection is not held paused', async () => {
    const poured = await ignoringRange(10 * GiB);
    const skipped = await client(server as HostileServer).openBlob('app', huge, 1_000_000);
    // Read past the skipped part, then give up.
    for await (const chunk of skipped as AsyncIterable<Buffer>) if (chunk.length > 0) break;
    // Before, the body went on into a stream already destroyed, paused for a 'drain' that never came, and held the
    // connection until the transfer's deadline (minutes for 10 GiB): the server kept waiting to write.
    const held = new Promise<'held'>((resolve) => setTimeout(() => resolve('held'), 10_000).unref());
    const sent = await Promise.race([poured[0] as Promise<number>, held]);
    expect(sent).not.toBe('held');
    expect(sent).toBeLessThan(SMALL);
  });

  test('a body cut after the skipped part fails the read with the cut', async () => {
    server = await registry((req, res, url) => {
      if (req.method !== 'GET' || !url.pathname.includes('/blobs/')) return false;
      res.writeHead(200, { 'content-length': '1000000' });
      res.write(Buffer.alloc(300_000, 0x61), () => res.destroy());
      return true;
    });
    const skipped = await client(server).openBlob('app', { ...desc, size: 1_000_000 }, 100_000);
    const read = async (): Promise<number> => {
      let n = 0;
      for await (const chunk of skipped as AsyncIterable<Buffer>) n += chunk.length;
      return n;
    };
    // Not a short stream that ends: the reader learns of the cut (resume.ts reads it as one to resume from).
    await expect(read()).rejects.toThrow(/aborted/);
  });
});

describe('a registry that answers success before it took the whole body', () => {
  test('the rest of the body is let go: its source does not stay open and paused', async () => {
    server = await registry((req, res, url) => {
      if (req.method !== 'PUT' || !url.pathname.includes('/uploads/')) return false;
      // 201 at once, the body unread (req.resume() in registry() reads it away; stop that).
      req.pause();
      res.writeHead(201, { 'content-length': '0' }).end();
      return true;
    });
    // Far more than the socket buffers take: the client is mid-body when the answer comes.
    const body = new Readable({
      read() {
        this.push(Buffer.alloc(64 * 1024));
      },
    });
    const big: Descriptor = { ...desc, size: GiB };
    await client(server).uploadBlob('app', big, body, { kind: 'put' });
    // Before, the body was only unpiped and paused: a layout's file stayed open, a tee's other branches waited on it.
    expect(body.destroyed).toBe(true);
  });
});
