/**
 * The vulnerability-db download cache against a real loopback HTTP server:
 * a first run downloads, the next revalidates (304, no body), a changed file
 * replaces the copy, a server that is down or failing falls back to the copy
 * with a warning naming its age, and a body past the bound or cut off midway
 * leaves no file and no entry. Two loads of one URL at once transfer it once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DB_LIMITS } from '../../../../shared/src/compliance/vulnerabilities/load.js';
import { loadDbs, parseDbInput } from '../../../../shared/src/compliance/vulnerabilities/db-inputs.js';
import { CACHE_BOUNDS, downloadCacheDir, store } from '../../../../shared/src/compliance/vulnerabilities/db-cache.js';

const TRACKER = readFileSync(new URL('../../../fixtures/vulnerabilities/security-rebuild/debian-tracker.json', import.meta.url));
const LAST_MODIFIED = 'Wed, 01 May 2024 10:00:00 GMT';

interface Seen {
  url: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  status: number;
  bodyBytes: number;
}

/** A file server whose answer each test sets; it records each request's validators and what it sent back. */
class DbServer {
  body: Buffer = TRACKER;
  etag = '"v1"';
  lastModified: string | undefined = LAST_MODIFIED;
  mode: 'normal' | '503' | 'cut' | 'slow' = 'normal';
  seen: Seen[] = [];
  base = '';
  private server = http.createServer((req, res) => {
    const seen: Seen = { url: req.url ?? '', status: 0, bodyBytes: 0 };
    if (typeof req.headers['if-none-match'] === 'string') seen.ifNoneMatch = req.headers['if-none-match'];
    if (typeof req.headers['if-modified-since'] === 'string') seen.ifModifiedSince = req.headers['if-modified-since'];
    this.seen.push(seen);
    const send = (status: number, headers: http.OutgoingHttpHeaders, body?: Buffer): void => {
      seen.status = status;
      seen.bodyBytes = body?.length ?? 0;
      res.writeHead(status, headers);
      res.end(body);
    };
    if (this.mode === '503') return send(503, {}, Buffer.from('busy'));
    if (this.mode === 'cut') {
      seen.status = 200;
      res.writeHead(200, { 'content-length': this.body.length });
      res.write(this.body.subarray(0, 100), () => res.destroy());
      return;
    }
    const headers = { etag: this.etag, ...(this.lastModified === undefined ? {} : { 'last-modified': this.lastModified }) };
    if (seen.ifNoneMatch === this.etag) return send(304, headers);
    if (this.mode === 'slow') {
      setTimeout(() => send(200, headers, this.body), 300);
      return;
    }
    return send(200, headers, this.body);
  });
  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }
  stop(): Promise<unknown> {
    if (!this.server.listening) return Promise.resolve();
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(r));
  }
}

let dir: string;
let srv: DbServer;
/** Servers a test stops itself; stopped after all too, so a failed assertion never leaves one listening. */
const servers: DbServer[] = [];
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'db-cache-'));
  srv = await new DbServer().start();
});
afterAll(async () => {
  await srv.stop();
  await Promise.all(servers.map((s) => s.stop()));
  await fs.rm(dir, { recursive: true, force: true });
});

/** One run's load of `url` into `cache`, with what it logged and warned. */
async function run(url: string, cache: string, maxFileBytes = DB_LIMITS.maxFileBytes) {
  const logs: string[] = [];
  const warnings: string[] = [];
  const dbs = await loadDbs(parseDbInput(url), {
    scope: { workspace: dir },
    cacheDir: cache,
    limits: { ...DB_LIMITS, maxFileBytes },
    log: (l) => logs.push(l),
    warn: (l) => warnings.push(l),
  });
  return { dbs, logs, warnings, ids: dbs.flatMap((d) => d.advisories.map((a) => a.id)) };
}
const files = async (cache: string): Promise<string[]> => (await fs.readdir(cache).catch(() => [] as string[])).sort();

describe('vulnerability-db download cache', () => {
  it('downloads once (200), then revalidates (304, no body), then replaces a changed file', async () => {
    const cache = path.join(dir, 'c1');
    const url = `${srv.base}/tracker.json`;
    srv.seen = [];

    const first = await run(url, cache);
    expect(srv.seen).toEqual([{ url: '/tracker.json', status: 200, bodyBytes: TRACKER.length }]);
    expect(first.ids).toContain('CVE-2024-0001');
    expect(first.logs).toContain(`Downloaded the vulnerability database ${url} (${(TRACKER.length / 1024).toFixed(1)} KiB).`);
    expect(first.dbs[0]).toMatchObject({ dated: 'last-modified', timestamp: new Date(LAST_MODIFIED) });
    // One entry, keyed by a hash: the URL is nowhere in a name.
    const names = await files(cache);
    expect(names).toHaveLength(2);
    expect(names.every((n) => /^[0-9a-f]{32}(\.[0-9a-f]{16}\.db|\.json)$/.test(n))).toBe(true);

    srv.seen = [];
    const second = await run(url, cache);
    expect(srv.seen).toEqual([{ url: '/tracker.json', ifNoneMatch: '"v1"', ifModifiedSince: LAST_MODIFIED, status: 304, bodyBytes: 0 }]);
    expect(second.ids).toEqual(first.ids);
    expect(second.logs).toContain(`The vulnerability database ${url}: not modified, cached copy of ${url} from 2024-05-01T10:00:00.000Z.`);
    expect(second.warnings).toEqual([]);
    // Its age is still the server's Last-Modified, not when it was cached or revalidated.
    expect(second.dbs[0]).toMatchObject({ dated: 'last-modified', timestamp: new Date(LAST_MODIFIED) });

    srv.seen = [];
    srv.etag = '"v2"';
    srv.lastModified = 'Thu, 02 May 2024 10:00:00 GMT';
    srv.body = Buffer.from(JSON.stringify({ zlib: { 'CVE-2024-9999': { releases: { bookworm: { status: 'open', urgency: 'low' } } } } }));
    try {
      const third = await run(url, cache);
      expect(srv.seen).toEqual([{ url: '/tracker.json', ifNoneMatch: '"v1"', ifModifiedSince: LAST_MODIFIED, status: 200, bodyBytes: srv.body.length }]);
      expect(third.ids).toEqual(['CVE-2024-9999']);
      expect(third.dbs[0]?.timestamp).toEqual(new Date('2024-05-02T10:00:00Z'));
      // The old copy is gone: still one entry and one data file.
      expect(await files(cache)).toHaveLength(2);
    } finally {
      srv.body = TRACKER;
      srv.etag = '"v1"';
      srv.lastModified = LAST_MODIFIED;
    }
  });

  it('uses the cached copy with a warning naming its age when the server is down or answers 5xx', async () => {
    const cache = path.join(dir, 'c2');
    const down = await new DbServer().start();
    const url = `${down.base}/tracker.json`;
    servers.push(down);
    const first = await run(url, cache);
    expect(first.ids).toContain('CVE-2024-0001');

    down.mode = '503';
    const busy = await run(url, cache);
    expect(down.seen.at(-1)).toMatchObject({ status: 503, ifNoneMatch: '"v1"' });
    expect(busy.ids).toEqual(first.ids);
    expect(busy.warnings).toHaveLength(1);
    expect(busy.warnings[0]).toMatch(
      new RegExp(
        `^The vulnerability database ${url.replace(/[.]/g, '\\.')}: the server answered HTTP 503; using the cached copy from 2024-05-01T10:00:00\\.000Z \\(\\d+ day\\(s\\) old, by its Last-Modified\\)\\.$`,
      ),
    );
    // maxDbAge judges the data's date, not the time it was cached.
    expect(busy.dbs[0]).toMatchObject({ dated: 'last-modified', timestamp: new Date(LAST_MODIFIED) });

    await down.stop();
    const gone = await run(url, cache);
    expect(gone.ids).toEqual(first.ids);
    expect(gone.warnings[0]).toMatch(/: could not download it \(.*\); using the cached copy from 2024-05-01T10:00:00\.000Z/);
  });

  it('with no cached copy, a server that is down is an error naming the input and line', async () => {
    const down = await new DbServer().start();
    const url = `${down.base}/tracker.json`;
    await down.stop();
    await expect(run(url, path.join(dir, 'c3'))).rejects.toThrow(
      new RegExp(
        `^'vulnerability-db' line 1: could not download it \\(.*\\) \\(${url.replace(/[.]/g, '\\.')}\\)\\. Check the URL and that the server is reachable`,
      ),
    );
  });

  it('refuses a body past the bound, leaving no file and no entry (and keeps an older entry untouched)', async () => {
    const cache = path.join(dir, 'c4');
    await expect(run(`${srv.base}/big.json`, cache, 1024)).rejects.toThrow(/'vulnerability-db' line 1: expected at most 1\.0 KiB, got more/);
    expect(await files(cache)).toEqual([]);
  });

  it('a download cut off midway leaves no entry, and the next run downloads afresh', async () => {
    const cache = path.join(dir, 'c5');
    const cut = await new DbServer().start();
    try {
      cut.mode = 'cut';
      await expect(run(`${cut.base}/tracker.json`, cache)).rejects.toThrow(/'vulnerability-db' line 1: could not read it/);
      expect(await files(cache)).toEqual([]);
      cut.mode = 'normal';
      const again = await run(`${cut.base}/tracker.json`, cache);
      expect(cut.seen.at(-1)).toEqual({ url: '/tracker.json', status: 200, bodyBytes: TRACKER.length });
      expect(again.ids).toContain('CVE-2024-0001');
    } finally {
      await cut.stop();
    }
  });

  it('a cache folder it cannot make fails the store and lets the body go at once', async () => {
    // Else the connection stays held until the download's time limit.
    const blocker = path.join(dir, 'a-file');
    await fs.writeFile(blocker, 'x');
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: () => undefined,
      cancel: () => {
        cancelled = true;
      },
    });
    const overflow = (n: number): Error => new Error(`over ${n}`);
    await expect(store(path.join(blocker, 'cache'), `${srv.base}/tracker.json`, body, {}, 1024, overflow)).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(cancelled).toBe(true);
  });

  it('two loads of one URL at once download it once', async () => {
    const cache = path.join(dir, 'c6');
    const slow = await new DbServer().start();
    try {
      slow.mode = 'slow';
      const url = `${slow.base}/tracker.json`;
      const [a, b] = await Promise.all([run(url, cache), run(url, cache)]);
      expect(slow.seen).toHaveLength(1);
      expect(a.ids).toContain('CVE-2024-0001');
      expect(b.ids).toEqual(a.ids);
    } finally {
      await slow.stop();
    }
  });

  it('keeps at most the bounded number of entries, the least recently used evicted', async () => {
    const cache = path.join(dir, 'c7');
    const put = (n: number) =>
      store(cache, `https://example.test/${n}`, new Blob([`db ${n}`]).stream(), {}, 1024, () => new Error('big'), { ...CACHE_BOUNDS, maxEntries: 2 });
    const tick = () => new Promise((r) => setTimeout(r, 5));
    const first = await put(1);
    await tick();
    await put(2);
    await tick();
    await put(3);
    const names = await files(cache);
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(2);
    expect(names).not.toContain(path.basename(first.file));
  });

  it('lives under the runner tool cache when there is one', () => {
    expect(downloadCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' }, 'vulnerability-db', '/tmp/run')).toBe(
      '/opt/hostedtoolcache/image-pipeline/vulnerability-db',
    );
    expect(downloadCacheDir({}, 'vex', '/tmp/run')).toBe('/tmp/run');
  });
});
