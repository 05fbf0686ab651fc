/**
 * Downloading `vulnerability-db` URLs: the body is bounded by the loader's
 * file cap whether or not the server declares its length, and each error
 * names the input and its line.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DB_LIMITS } from '../../../../shared/src/compliance/vulnerabilities/load.js';
import { loadDbs, parseDbInput } from '../../../../shared/src/compliance/vulnerabilities/db-inputs.js';

let dir: string;
let server: http.Server;
let base = '';
const big = Buffer.alloc(4096, 0x20);
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'db-inputs-'));
  server = http.createServer((req, res) => {
    if (req.url === '/declared') {
      res.writeHead(200, { 'content-length': big.length });
      res.end(big);
    } else if (req.url === '/chunked') {
      res.writeHead(200);
      res.write(big);
      res.end(big);
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: '/missing' });
      res.end();
    } else {
      res.writeHead(404);
      res.end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await fs.rm(dir, { recursive: true, force: true });
});

const load = (text: string) =>
  loadDbs(parseDbInput(text), { scope: { workspace: dir }, cacheDir: path.join(dir, 'cache'), limits: { ...DB_LIMITS, maxFileBytes: 1024 } });

describe('vulnerability-db downloads', () => {
  it("a refused redirect names the input and line once and its hint once (the follower's own input prefix is not repeated)", async () => {
    const loop = (async () => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:9/again' } })) as unknown as typeof fetch;
    const err = await loadDbs(parseDbInput('http://127.0.0.1:9/db.json'), {
      scope: { workspace: dir },
      cacheDir: path.join(dir, 'cache'),
      fetchImpl: loop,
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBe(
      "'vulnerability-db' line 1: the vulnerability database http://127.0.0.1:9/db.json redirected more than 5 times (last to http://127.0.0.1:9/again). Point the URL at where the file is served; a redirect loop or a long chain is not followed.",
    );
  });

  it('refuses a body over the cap, declared or not, naming the input and line', async () => {
    await expect(load(`# x\n${base}/declared`)).rejects.toThrow(/'vulnerability-db' line 2: expected at most 1\.0 KiB, got more/);
    await expect(load(`${base}/chunked`)).rejects.toThrow(/'vulnerability-db' line 1: expected at most 1\.0 KiB, got more/);
  });

  it('follows a redirect and names the status it ended on', async () => {
    // The URL once (the error's file), the hint once.
    await expect(load(`${base}/moved`)).rejects.toThrow(
      new Error(
        `'vulnerability-db' line 1: the server answered HTTP 404, expected 200 and the vulnerability database (${base}/moved). Check the URL; the server must answer with the file itself.`,
      ),
    );
  });
});
