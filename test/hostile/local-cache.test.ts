/**
 * The local cache registry against hostile input: a src folder restored from
 * an old or poisoned cache (links out of the root, tampered and swapped
 * blobs, giant manifests and index files, malformed index.json, `..` in a
 * tag, a FIFO), and hostile requests (another Host, oversized bodies, bad
 * digests, unknown routes). Each defence with the attack it stops; the
 * outcome is always a warning and a cache miss, never a failed build or bytes
 * that do not match their name.
 */
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { once } from 'node:events';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startLocalCache, type LocalCache } from '../../shared/src/builders/local-cache.js';
import { REF_NAME } from '../../shared/src/builders/local-cache/entries.js';
import { digestBytes, type Digest } from '../../shared/src/oci/digest.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import type { Index } from '../../shared/src/oci/types.js';

let work: string;
/** A good cache folder with two entries, written through the registry itself. */
let good: string;
const BIG = Buffer.alloc(3 * 1024 * 1024 + 17, 'big layer ');
const entries = { good: ['good layer'], victim: ['victim layer'], big: [BIG] } as const;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The connection broke before the whole body came. */
  cut?: boolean;
}

function request(
  cache: LocalCache,
  method: string,
  urlPath: string,
  opts: { body?: Buffer | string; headers?: Record<string, string>; host?: string } = {},
): Promise<Reply> {
  const [hostname, port] = cache.registry.split(':') as [string, string];
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname, port: Number(port), method, path: urlPath, headers: { Host: opts.host ?? cache.registry, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), cut: true }));
        res.on('aborted', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), cut: true }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const errorCode = (r: Reply): string | undefined => (JSON.parse(r.body.toString('utf8')) as { errors: Array<{ code: string }> }).errors[0]?.code;

async function pushBlob(cache: LocalCache, content: Buffer | string): Promise<{ mediaType: string; digest: Digest; size: number }> {
  const start = await request(cache, 'POST', '/v2/cache/blobs/uploads/');
  expect(start.status).toBe(202);
  const location = start.headers.location ?? '';
  expect((await request(cache, 'PATCH', location, { body: content })).status).toBe(202);
  const digest = digestBytes(content);
  expect((await request(cache, 'PUT', `${location}?digest=${encodeURIComponent(digest)}`)).status).toBe(201);
  return { mediaType: MediaType.DockerLayerGzip, digest, size: Buffer.byteLength(content) };
}

async function pushEntry(cache: LocalCache, tag: string, layers: ReadonlyArray<Buffer | string>): Promise<Reply> {
  const config = { ...(await pushBlob(cache, `config of ${tag}`)), mediaType: MediaType.DockerConfig };
  const descs = [];
  for (const l of layers) descs.push(await pushBlob(cache, l));
  const manifest = JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config, layers: descs });
  return request(cache, 'PUT', `/v2/cache/manifests/${tag}`, { body: manifest, headers: { 'Content-Type': MediaType.DockerManifest } });
}

interface Logged {
  warnings: string[];
  log: { debug(m: string): void; warning(m: string): void };
}
const logger = (): Logged => {
  const warnings: string[] = [];
  return { warnings, log: { debug: () => undefined, warning: (m) => warnings.push(m) } };
};

/** A copy of the good cache to tamper with. */
async function copyOfGood(name: string): Promise<string> {
  const dir = path.join(work, name);
  await fs.cp(good, dir, { recursive: true });
  return dir;
}

const blobFile = (dir: string, content: Buffer | string): string => path.join(dir, 'blobs', 'sha256', digestBytes(content).slice('sha256:'.length));

async function manifestDigestOf(dir: string, tag: string): Promise<Digest> {
  const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as Index;
  return index.manifests.find((m) => m.annotations?.[REF_NAME] === tag)?.digest as Digest;
}

/** Serve `src`, ask for every entry, and close; returns which tags were served and the warnings. */
async function probe(src: string, extra?: (cache: LocalCache) => Promise<void>): Promise<{ served: string[]; warnings: string[] }> {
  const l = logger();
  const cache = await startLocalCache({ src, log: l.log });
  const served: string[] = [];
  try {
    for (const tag of Object.keys(entries)) {
      const r = await request(cache, 'GET', `/v2/cache/manifests/${tag}`);
      if (r.status === 200) served.push(tag);
      else expect(errorCode(r)).toBe('MANIFEST_UNKNOWN');
    }
    await extra?.(cache);
  } finally {
    await cache.close();
  }
  return { served, warnings: l.warnings };
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'local-cache-hostile-'));
  good = path.join(work, 'good');
  const cache = await startLocalCache({ dest: good });
  for (const [tag, layers] of Object.entries(entries)) expect((await pushEntry(cache, tag, layers)).status).toBe(201);
  expect(await cache.close()).toMatchObject({ entries: 3 });
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

test('the untampered cache serves every entry without a warning (the baseline the attacks are measured against)', async () => {
  expect(await probe(good)).toEqual({ served: ['good', 'victim', 'big'], warnings: [] });
});

describe('a poisoned src folder: a warning and a miss for what is bad, the rest still served', () => {
  test('a blob replaced by a symbolic link to an identical file outside the cache is not followed', async () => {
    const dir = await copyOfGood('symlink-blob');
    const outside = path.join(work, 'outside-victim-layer');
    await fs.writeFile(outside, 'victim layer');
    await fs.rm(blobFile(dir, 'victim layer'));
    await fs.symlink(outside, blobFile(dir, 'victim layer'));
    const got = await probe(dir, async (cache) => {
      expect((await request(cache, 'HEAD', `/v2/cache/blobs/${digestBytes('victim layer')}`)).status).toBe(404);
    });
    expect(got.served).toEqual(['good', 'big']);
    expect(got.warnings.join('\n')).toMatch(/blob sha256:\w+ in .* is a symbolic link; not used/);
    expect(got.warnings.join('\n')).toMatch(/entry victim in .* lacks a good copy of blob sha256:\w+; that step is rebuilt/);
  });

  test('a manifest blob that is a symbolic link is not followed', async () => {
    const dir = await copyOfGood('symlink-manifest');
    const file = path.join(dir, 'blobs', 'sha256', (await manifestDigestOf(dir, 'victim')).slice(7));
    const outside = path.join(work, 'outside-manifest');
    await fs.rename(file, outside);
    await fs.symlink(outside, file);
    const got = await probe(dir);
    expect(got.served).toEqual(['good', 'big']);
    expect(got.warnings.join('\n')).toMatch(/entry victim .* has a manifest that is a symbolic link/);
  });

  test.each([['blobs'], ['blobs/sha256']])('%s as a symbolic link to a folder elsewhere: the whole folder is ignored', async (sub) => {
    const dir = await copyOfGood(`symlink-${sub.replace('/', '-')}`);
    const elsewhere = path.join(work, `elsewhere-${sub.replace('/', '-')}`);
    await fs.rename(path.join(dir, sub), elsewhere);
    await fs.symlink(elsewhere, path.join(dir, sub));
    const got = await probe(dir);
    expect(got.served).toEqual([]);
    expect(got.warnings).toEqual([expect.stringMatching(new RegExp(`ignoring .*: ${sub} is a symbolic link; building without cache`))]);
  });

  test('a tampered blob (same size, other bytes) makes its entry a miss and is never served', async () => {
    const dir = await copyOfGood('tampered');
    await fs.writeFile(blobFile(dir, 'victim layer'), 'evil!! layer');
    const got = await probe(dir, async (cache) => {
      expect((await request(cache, 'GET', `/v2/cache/blobs/${digestBytes('victim layer')}`)).status).toBe(404);
    });
    expect(got.served).toEqual(['good', 'big']);
    expect(got.warnings.join('\n')).toMatch(/blob sha256:\w+ in .* does not match its name \(corrupt or tampered\); not used/);
  });

  test('a blob swapped after it was verified is cut off before its end, never served whole', async () => {
    const dir = await copyOfGood('swapped');
    const l = logger();
    const cache = await startLocalCache({ src: dir, log: l.log });
    try {
      const digest = digestBytes(BIG);
      expect((await request(cache, 'HEAD', `/v2/cache/blobs/${digest}`)).status).toBe(200);
      const evil = Buffer.from(BIG);
      evil.writeUInt8(evil.readUInt8(evil.length - 1) ^ 1, evil.length - 1);
      await fs.writeFile(blobFile(dir, BIG), evil);
      const r = await request(cache, 'GET', `/v2/cache/blobs/${digest}`);
      expect(r.headers['content-length']).toBe(String(BIG.length));
      expect(r.cut).toBe(true);
      expect(r.body.length).toBeLessThan(BIG.length);
      expect(l.warnings.join('\n')).toMatch(/stopped serving blob sha256:\w+: .* has digest sha256:\w+, expected/);
    } finally {
      await cache.close();
    }
  });

  test('a manifest file far larger than its descriptor says is not read past the 4 MiB bound', async () => {
    const dir = await copyOfGood('giant-manifest');
    const file = path.join(dir, 'blobs', 'sha256', (await manifestDigestOf(dir, 'victim')).slice(7));
    await fs.writeFile(file, Buffer.alloc(5 * 1024 * 1024, 0x20));
    const got = await probe(dir);
    expect(got.served).toEqual(['good', 'big']);
    expect(got.warnings.join('\n')).toMatch(/entry victim .* has a manifest that has 5242880 bytes, over the 4194304-byte bound/);
  });

  test('an index entry claiming a giant manifest is skipped without reading it', async () => {
    const dir = await copyOfGood('giant-claim');
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as Index;
    for (const m of index.manifests) if (m.annotations?.[REF_NAME] === 'victim') m.size = 64 * 1024 * 1024;
    await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
    const got = await probe(dir);
    expect(got.served).toEqual(['good', 'big']);
    expect(got.warnings).toEqual([expect.stringMatching(/\(victim\): manifest of 67108864 bytes is over the 4194304-byte bound; skipped/)]);
  });

  test('`..` and a path as ref.name are skipped; tags/list never shows them', async () => {
    const dir = await copyOfGood('dotdot');
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as Index;
    for (const m of index.manifests) {
      if (m.annotations?.[REF_NAME] === 'victim') m.annotations[REF_NAME] = '..';
      if (m.annotations?.[REF_NAME] === 'big') m.annotations[REF_NAME] = '../../../etc/passwd';
    }
    await fs.writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
    const got = await probe(dir, async (cache) => {
      const tags = await request(cache, 'GET', '/v2/cache/tags/list');
      expect(JSON.parse(tags.body.toString('utf8'))).toEqual({ name: 'cache', tags: ['good'] });
      // A tag in the URL that is no tag is refused before any lookup (`..` itself never reaches a route).
      expect((await request(cache, 'GET', '/v2/cache/manifests/.hidden')).status).toBe(400);
      expect((await request(cache, 'GET', '/v2/cache/manifests/..')).status).toBe(404);
    });
    expect(got.served).toEqual(['good']);
    expect(got.warnings).toHaveLength(2);
    expect(got.warnings.join('\n')).toMatch(/got '\.\.'; skipped/);
  });

  test.each([
    ['not JSON', async (f: string) => fs.writeFile(f, '{"schemaVersion": 2, "manifests": ['), /index\.json is not valid JSON .*ignoring the cache/],
    ['the wrong shape', async (f: string) => fs.writeFile(f, '{"schemaVersion": 2, "manifests": "all"}'), /is not an image index/],
    [
      'larger than 8 MiB',
      async (f: string) => fs.writeFile(f, Buffer.alloc(9 * 1024 * 1024, 0x20)),
      /index\.json has 9437184 bytes, over the 8388608-byte bound/,
    ],
    ['a symbolic link', async (f: string) => fs.rm(f).then(() => fs.symlink(path.join(good, 'index.json'), f)), /index\.json is a symbolic link/],
    ['a FIFO (reading would wait forever)', async (f: string) => fs.rm(f).then(() => execFileSync('mkfifo', [f])), /index\.json is not a regular file/],
    ['missing', async (f: string) => fs.rm(f), /it has no index\.json/],
  ])('index.json that is %s: a warning, a cold build, and dest still written', async (name, spoil, warning) => {
    const dir = await copyOfGood(`index-${name.split(' ')[0] ?? ''}-${Math.random().toString(36).slice(2, 6)}`);
    await spoil(path.join(dir, 'index.json'));
    const got = await probe(dir);
    expect(got.served).toEqual([]);
    expect(got.warnings).toEqual([expect.stringMatching(warning)]);
    // src === dest: the run still ends with a valid cache holding what it pushed.
    const l = logger();
    const cache = await startLocalCache({ src: dir, dest: dir, log: l.log });
    expect((await pushEntry(cache, 'fresh', ['fresh layer'])).status).toBe(201);
    expect(await cache.close()).toMatchObject({ entries: 1 });
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as Index;
    expect(index.manifests.map((m) => m.annotations?.[REF_NAME])).toEqual(['fresh']);
  });

  test('an oci-layout that is not a layout: the folder is ignored', async () => {
    const dir = await copyOfGood('oci-layout');
    await fs.writeFile(path.join(dir, 'oci-layout'), '{"imageLayoutVersion":"9.9"}');
    const got = await probe(dir);
    expect(got.served).toEqual([]);
    expect(got.warnings).toEqual([expect.stringMatching(/oci-layout does not declare imageLayoutVersion 1\.x/)]);
  });

  test('a src that does not exist yet is a first run: no warning', async () => {
    expect(await probe(path.join(work, 'never-written'))).toEqual({ served: [], warnings: [] });
  });
});

describe('hostile requests', () => {
  let cache: LocalCache;
  let logged: Logged;
  beforeAll(async () => {
    logged = logger();
    cache = await startLocalCache({ src: good, dest: path.join(work, 'requests-dest'), log: logged.log, maxBlobBytes: 1024 * 1024 });
  });
  afterAll(async () => {
    await cache.close({ discard: true });
  });

  test('listens on loopback only, at a random port', () => {
    expect(cache.registry).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(cache.ref).toBe(`${cache.registry}/cache`);
  });

  test.each([['evil.example.com'], ['attacker.test:80'], ['127.0.0.1']])('Host %j (DNS rebinding) is refused with 403 DENIED', async (host) => {
    const r = await request(cache, 'GET', '/v2/cache/manifests/good', { host });
    expect(r.status).toBe(403);
    expect(errorCode(r)).toBe('DENIED');
  });

  test('Host localhost:PORT is the same address and answered', async () => {
    const port = cache.registry.split(':')[1] ?? '';
    expect((await request(cache, 'GET', '/v2/', { host: `localhost:${port}` })).status).toBe(200);
  });

  test('a manifest over 4 MiB is refused (413 SIZE_INVALID), by Content-Length and while streaming without one', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
    const declared = await request(cache, 'PUT', '/v2/cache/manifests/huge', { body: big, headers: { 'Content-Type': MediaType.DockerManifest } });
    expect(declared.status).toBe(413);
    expect(errorCode(declared)).toBe('SIZE_INVALID');
    const chunked = await request(cache, 'PUT', '/v2/cache/manifests/huge', {
      body: big,
      headers: { 'Content-Type': MediaType.DockerManifest, 'Transfer-Encoding': 'chunked' },
    });
    expect(chunked.status).toBe(413);
    expect((await request(cache, 'GET', '/v2/cache/manifests/huge')).status).toBe(404);
  });

  test('a blob over the size bound is refused (413) and the upload cannot be finished', async () => {
    const start = await request(cache, 'POST', '/v2/cache/blobs/uploads/');
    const location = start.headers.location ?? '';
    const r = await request(cache, 'PATCH', location, { body: Buffer.alloc(1024 * 1024 + 1) });
    expect(r.status).toBe(413);
    expect(errorCode(r)).toBe('SIZE_INVALID');
    const digest = digestBytes(Buffer.alloc(1024 * 1024 + 1));
    expect((await request(cache, 'PUT', `${location}?digest=${digest}`)).status).toBe(400);
  });

  test('an upload whose bytes do not match ?digest= is refused (DIGEST_INVALID) and not stored', async () => {
    const claimed = digestBytes('what I claim');
    const r = await request(cache, 'POST', `/v2/cache/blobs/uploads/?digest=${claimed}`, { body: 'what I send' });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('DIGEST_INVALID');
    expect((await request(cache, 'HEAD', `/v2/cache/blobs/${claimed}`)).status).toBe(404);
    expect((await request(cache, 'POST', '/v2/cache/blobs/uploads/?digest=sha256:../../x', { body: 'x' })).status).toBe(400);
  });

  test('a manifest naming blobs the cache does not hold is refused (MANIFEST_BLOB_UNKNOWN)', async () => {
    const missing = { mediaType: MediaType.DockerLayerGzip, digest: digestBytes('absent'), size: 6 };
    const body = JSON.stringify({ schemaVersion: 2, mediaType: MediaType.DockerManifest, config: missing, layers: [] });
    const r = await request(cache, 'PUT', '/v2/cache/manifests/t', { body, headers: { 'Content-Type': MediaType.DockerManifest } });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('MANIFEST_BLOB_UNKNOWN');
  });

  test.each([
    ['GET', '/v2/_catalog', 404, 'UNSUPPORTED'],
    ['GET', '/v2/other/manifests/good', 404, 'NAME_UNKNOWN'],
    ['GET', '/v2/cache/../../etc/passwd', 404, 'UNSUPPORTED'],
    ['GET', '/v2/cache/blobs/sha256:..%2F..%2Fetc', 400, 'DIGEST_INVALID'],
    ['GET', '/v2/cache/manifests/%E0%A4%A', 400, 'NAME_INVALID'],
    ['DELETE', '/v2/cache/manifests/good', 405, 'UNSUPPORTED'],
    ['GET', '/', 404, 'UNSUPPORTED'],
    ['PATCH', '/v2/cache/blobs/uploads/not-a-session', 404, 'BLOB_UPLOAD_UNKNOWN'],
  ])('%s %s: %d %s with a registry error body', async (method, url, status, code) => {
    const r = await request(cache, method, url);
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toBe('application/json');
    expect(errorCode(r)).toBe(code);
  });

  test('no more than 64 uploads open at once (429); cancelling frees them', async () => {
    const fresh = await startLocalCache({});
    try {
      const opened: string[] = [];
      for (let i = 0; i < 64; i++) {
        const r = await request(fresh, 'POST', '/v2/cache/blobs/uploads/');
        expect(r.status).toBe(202);
        opened.push(r.headers.location ?? '');
      }
      const over = await request(fresh, 'POST', '/v2/cache/blobs/uploads/');
      expect(over.status).toBe(429);
      expect(errorCode(over)).toBe('TOOMANYREQUESTS');
      for (const l of opened) expect((await request(fresh, 'DELETE', l)).status).toBe(204);
      expect((await request(fresh, 'POST', '/v2/cache/blobs/uploads/')).status).toBe(202);
    } finally {
      await fresh.close();
    }
  });

  test('close({ discard: true }) writes nothing', async () => {
    const other = await startLocalCache({ dest: path.join(work, 'discarded') });
    expect((await pushEntry(other, 'x', ['y'])).status).toBe(201);
    expect(await other.close({ discard: true })).toEqual({ entries: 0, blobs: 0, bytes: 0 });
    expect(existsSync(path.join(work, 'discarded'))).toBe(false);
    expect((await fs.readdir(work)).filter((n) => n.startsWith('discarded.'))).toEqual([]);
  });
});

describe('stuck clients: every wait is bounded', () => {
  const connect = (cache: LocalCache): net.Socket => {
    const [host, port] = cache.registry.split(':') as [string, string];
    return net.connect(Number(port), host);
  };

  test('a client that never finishes its request headers is cut off', async () => {
    const cache = await startLocalCache({ timeouts: { headersTimeout: 300 } });
    try {
      const socket = connect(cache);
      socket.on('error', () => undefined);
      // Read what comes (a 408, then the end), or 'close' would wait for a reader.
      socket.resume();
      await once(socket, 'connect');
      const started = Date.now();
      socket.write(`GET /v2/ HTTP/1.1\r\nHost: ${cache.registry}\r\nX-Slow: `);
      await once(socket, 'close');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await cache.close();
    }
  });

  test('an upload that stalls mid-body is cut off, and that upload cannot be finished', async () => {
    const cache = await startLocalCache({ timeouts: { idle: 300 } });
    try {
      const location = (await request(cache, 'POST', '/v2/cache/blobs/uploads/')).headers.location ?? '';
      const socket = connect(cache);
      socket.on('error', () => undefined);
      // Read what comes (a 408, then the end), or 'close' would wait for a reader.
      socket.resume();
      await once(socket, 'connect');
      const started = Date.now();
      socket.write(`PATCH ${location} HTTP/1.1\r\nHost: ${cache.registry}\r\nContent-Length: 100\r\n\r\n0123456789`);
      await once(socket, 'close');
      expect(Date.now() - started).toBeLessThan(5_000);
      const put = await request(cache, 'PUT', `${location}?digest=${digestBytes('0123456789')}`);
      expect(put.status).toBe(400);
      expect(errorCode(put)).toBe('BLOB_UPLOAD_INVALID');
    } finally {
      await cache.close();
    }
  });
});
