/**
 * Attacks on check-updates' package index download: an index without
 * Content-Length that never ends, a gzip bomb (tiny on the wire, endless
 * once inflated), an APKINDEX tar member that declares 8 GiB, one record
 * that never ends, a flood of tiny records, and an index trickled a byte at
 * a time; redirect loops, long chains and non-http targets. Defence:
 * fetch-index.ts streams and parses with caps on bytes downloaded, bytes
 * decompressed, record size, package count and time, follows redirects
 * through origin.ts (transport/follow.ts), and names the URL without its
 * query (where tokens live).
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import type * as http from 'node:http';
import * as path from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { MAX_REDIRECTS } from '../../shared/src/registry/transport/origin.js';
import { fetchIndex } from '../../shared/src/updates/fetch-index.js';
import { pour, startHostileServer, trickle, type HostileServer } from '../support/hostile-server.js';
// The PipelineError a promise rejects with (the test fails if it resolves or rejects with anything else).
import { pipelineRejectionOf as failure } from '../support/pipeline-error.js';

const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;
/** What may leave the server before the client hangs up: the cap plus socket buffers, far below what was offered. */
const SMALL = 48 * MiB;
const SECRET = 'index-token-s3cret';

/** 64 KiB of Debian records, then the same again, forever if need be. */
const debRecords = (() => {
  const one = Buffer.from('Package: hostile\nVersion: 1.0\nArchitecture: amd64\n\n');
  return Buffer.concat(Array.from({ length: Math.floor((64 * 1024) / one.length) }, () => one));
})();

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(handler: (res: http.ServerResponse) => void): Promise<HostileServer> {
  server = await startHostileServer((req, res) => {
    req.resume();
    handler(res);
  });
  return server;
}

describe('package index bodies are bounded', () => {
  test('no Content-Length and no end: stops at the download cap, naming the URL without its query', async () => {
    let sent: Promise<number> = Promise.resolve(0);
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      sent = pour(res, 10 * GiB, debRecords);
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages?token=${SECRET}`, 2, fetch, { maxBytes: MiB }));
    expect(e.reason).toBe(`line 2: the package index ${s.origin}/debian/Packages?… is more than 1.0 MiB (the cap)`);
    expect(e.hint).toMatch(/one release, component and architecture/);
    expect(`${e.message} ${e.hint ?? ''}`).not.toContain(SECRET);
    expect(await sent).toBeLessThan(SMALL);
  });

  test('a gzip bomb (endless 1 MiB members of a few KB each): stops at the decompressed cap', async () => {
    const member = gzipSync(Buffer.concat(Array.from({ length: 16 }, () => debRecords)));
    expect(member.length).toBeLessThan(64 * 1024);
    let sent: Promise<number> = Promise.resolve(0);
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      sent = pour(res, 10 * GiB, Buffer.concat(Array.from({ length: 8 }, () => member)));
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages.gz`, 1, fetch, { maxBytes: 4 * MiB, maxPackages: 10_000_000 }));
    expect(e.reason).toBe(`line 1: the package index ${s.origin}/debian/Packages.gz decompresses to more than 4.0 MiB (the cap)`);
    expect(await sent).toBeLessThan(SMALL);
  });

  test('the same bomb with the default limits: stopped by the package count long before memory suffers', async () => {
    const member = gzipSync(Buffer.concat(Array.from({ length: 16 }, () => debRecords)));
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      void pour(res, 10 * GiB, Buffer.concat(Array.from({ length: 8 }, () => member)));
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages.gz`));
    expect(e.reason).toBe(`the package index ${s.origin}/debian/Packages.gz lists more than 400000 packages (the cap)`);
  });

  test('an APKINDEX member that declares 8 GiB and never ends: stops at the decompressed cap', async () => {
    const apk = Buffer.from('P:hostile\nV:1.0-r0\nA:x86_64\n\n'.repeat(2000));
    let sent = 0;
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/gzip' });
      const pack = tar.pack();
      const gz = createGzip({ level: 1 });
      pack.pipe(gz);
      gz.on('data', (c: Buffer) => {
        sent += c.length;
        if (!res.write(c)) gz.pause();
      });
      res.on('drain', () => gz.resume());
      res.on('close', () => {
        pack.destroy();
        gz.destroy();
      });
      const entry = pack.entry({ name: 'APKINDEX', size: 8 * GiB });
      const more = (): void => {
        while (!res.destroyed && entry.write(apk));
        if (!res.destroyed) entry.once('drain', more);
      };
      more();
    });
    const e = await failure(
      fetchIndex(`${s.origin}/alpine/v3.19/main/x86_64/APKINDEX.tar.gz`, undefined, fetch, { maxBytes: 2 * MiB, maxPackages: 10_000_000 }),
    );
    expect(e.reason).toBe(`the package index ${s.origin}/alpine/v3.19/main/x86_64/APKINDEX.tar.gz decompresses to more than 2.0 MiB (the cap)`);
    expect(sent).toBeLessThan(SMALL);
  });

  /** An APKINDEX.tar.gz whose first member (skipped, as a real index's signature is) is large, APKINDEX after it. */
  async function apkWithLeadingMember(): Promise<Buffer> {
    const pack = tar.pack();
    const junk = Buffer.alloc(4 * MiB, 7);
    pack.entry({ name: '.SIGN.RSA.alpine-devel.rsa.pub', size: junk.length }, junk);
    pack.entry({ name: 'APKINDEX', size: 5 }, 'P:x\n\n');
    pack.finalize();
    const chunks: Buffer[] = [];
    for await (const c of pack) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  test('a tar cut short inside a member it skips: a clear error, not a crash', async () => {
    // A valid gzip of a tar that stops in the middle of the first member: the extract fails there, and so does
    // the member it was skipping, which must not throw its error at the process.
    const body = gzipSync((await apkWithLeadingMember()).subarray(0, MiB));
    const s = await serve((res) => {
      res.writeHead(200, { 'content-length': body.length });
      res.end(body);
    });
    const e = await failure(fetchIndex(`${s.origin}/alpine/v3.19/main/x86_64/APKINDEX.tar.gz`, 4));
    expect(e.reason).toBe(`line 4: the package index ${s.origin}/alpine/v3.19/main/x86_64/APKINDEX.tar.gz is not a tar archive: Unexpected end of data`);
  });

  test('a body cut off inside a member it skips: a network error naming the URL, not a crash', async () => {
    const body = gzipSync(await apkWithLeadingMember());
    const s = await serve((res) => {
      res.writeHead(200, { 'content-length': body.length });
      // Past the tar header, inside the skipped member; then the connection drops.
      res.write(body.subarray(0, 2000), () => setTimeout(() => res.destroy(), 50));
    });
    const e = await failure(fetchIndex(`${s.origin}/alpine/v3.19/main/x86_64/APKINDEX.tar.gz`));
    expect(e.code).toBe('NETWORK');
    expect(e.reason).toMatch(
      new RegExp(`^could not read the package index ${s.origin.replace(/[.]/g, '\\.')}/alpine/v3\\.19/main/x86_64/APKINDEX\\.tar\\.gz: `),
    );
  });

  test('neither cut throws at the process: a child process reads both and lives to print the errors', async () => {
    // Under jest an 'error' event nothing listens to (a skipped tar member's) does not fail the test, so a child
    // process reads the two bodies above, as a run would, and must exit by itself with both rejections printed.
    const whole = gzipSync(await apkWithLeadingMember());
    const short = gzipSync((await apkWithLeadingMember()).subarray(0, MiB));
    const s = await serve((res) => {
      const p = s.requests.at(-1)?.path ?? '';
      const body = p.startsWith('/short/') ? short : whole;
      res.writeHead(200, { 'content-length': body.length });
      if (p.startsWith('/short/')) res.end(body);
      else res.write(body.subarray(0, 2000), () => setTimeout(() => res.destroy(), 50));
    });
    const urls = [`${s.origin}/short/APKINDEX.tar.gz`, `${s.origin}/cut/APKINDEX.tar.gz`];
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/support/fetch-index-child.ts'), ...urls], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect({ code, err: err.split('\n').filter((l) => !/ExperimentalWarning|--trace-warnings/.test(l) && l !== '') }).toEqual({ code: 0, err: [] });
    expect(out.trim().split('\n')).toEqual([
      expect.stringMatching(/^rejected: .*short\/APKINDEX\.tar\.gz is not a tar archive: Unexpected end of data/),
      expect.stringMatching(/^rejected: .*could not read the package index .*cut\/APKINDEX\.tar\.gz: /),
    ]);
  });

  test('a Packages.gz cut off midway: a network error, not "not valid gzip"', async () => {
    // pipeline destroys the gunzip with the body's error; the stage where the error arose names it.
    const body = gzipSync(Buffer.concat(Array.from({ length: 64 }, () => debRecords)), { level: 1 });
    const s = await serve((res) => {
      res.writeHead(200, { 'content-length': body.length });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => res.destroy(), 50));
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages.gz`));
    expect(e.code).toBe('NETWORK');
    expect(e.reason).toMatch(new RegExp(`^could not read the package index ${s.origin.replace(/[.]/g, '\\.')}/debian/Packages\\.gz: `));
  });

  test('one record that never ends: stops at the record cap', async () => {
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      void pour(res, 10 * GiB, Buffer.from(`Package: x\nDescription: ${'y'.repeat(60_000)}\n`));
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages`, 3, fetch, { maxRecordBytes: 256 * 1024 }));
    expect(e.reason).toBe(`line 3: the package index ${s.origin}/debian/Packages has a record of more than 256 KiB (the cap)`);
  });

  test('an index trickled a byte at a time: fails at the time limit', async () => {
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      void trickle(res, 100, 'P');
    });
    const started = Date.now();
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages?token=${SECRET}`, 4, fetch, { timeoutMs: 1500 }));
    expect(e.reason).toBe(`line 4: the package index ${s.origin}/debian/Packages?… did not arrive within 1.5 s`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a well-formed index in many small chunks still parses whole (records cut across chunks)', async () => {
    const text = Array.from(
      { length: 500 },
      (_, i) => `Package: p${i}\nVersion: ${i}.0\nArchitecture: amd64\nDescription: package ${i}\n continued line\n`,
    ).join('\n');
    const s = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const bytes = Buffer.from(text);
      let at = 0;
      const step = (): void => {
        if (at >= bytes.length) {
          res.end();
          return;
        }
        res.write(bytes.subarray(at, at + 777));
        at += 777;
        setImmediate(step);
      };
      step();
    });
    const idx = await fetchIndex(`${s.origin}/debian/Packages`);
    expect(idx.packages.length).toBe(500);
    expect(idx.packages[0]).toEqual({ name: 'p0', version: '0.0', arch: 'amd64', source: { name: 'p0', version: '0.0' } });
    expect(idx.packages[499]).toEqual({ name: 'p499', version: '499.0', arch: 'amd64', source: { name: 'p499', version: '499.0' } });
  });
});

describe('package index redirects are followed by origin.ts rules, not fetch defaults', () => {
  const index = 'Package: moved\nVersion: 2.0\nArchitecture: amd64\n\n';

  test('a redirect loop stops after MAX_REDIRECTS hops with an error naming the URL without its query', async () => {
    const s = await serve((res) => {
      res.writeHead(302, { location: `/debian/Packages?token=${SECRET}` });
      res.end();
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages?token=${SECRET}`, 5));
    expect(e.code).toBe('NETWORK');
    expect(e.reason).toBe(
      `line 5: the package index ${s.origin}/debian/Packages?… redirected more than ${MAX_REDIRECTS} times (last to ${s.origin}/debian/Packages?…)`,
    );
    expect(e.input).toBe('package-index-urls');
    expect(`${e.message} ${e.hint ?? ''}`).not.toContain(SECRET);
    // The first request and MAX_REDIRECTS hops, where fetch's own following takes 20.
    expect(s.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  test('a chain longer than MAX_REDIRECTS that would end well is still refused', async () => {
    const s = await serve((res) => {
      const n = Number(/hop(\d+)/.exec(s.requests.at(-1)?.path ?? '')?.[1] ?? '0');
      if (n > MAX_REDIRECTS) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(index);
        return;
      }
      res.writeHead(301, { location: `/hop${n + 1}/Packages` });
      res.end();
    });
    const e = await failure(fetchIndex(`${s.origin}/hop0/Packages`));
    expect(e.reason).toMatch(/redirected more than 5 times/);
    expect(s.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  test('a few hops (relative and absolute Locations) end at the index, which parses', async () => {
    const s = await serve((res) => {
      const p = s.requests.at(-1)?.path ?? '';
      if (p === '/a/Packages') res.writeHead(307, { location: '../b/Packages' });
      else if (p === '/b/Packages') res.writeHead(308, { location: `${s.origin}/c/Packages` });
      else res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(p === '/c/Packages' ? index : undefined);
    });
    const idx = await fetchIndex(`${s.origin}/a/Packages`);
    expect(idx.packages).toEqual([{ name: 'moved', version: '2.0', arch: 'amd64', source: { name: 'moved', version: '2.0' } }]);
    expect(s.requests.map((r) => r.path)).toEqual(['/a/Packages', '/b/Packages', '/c/Packages']);
  });

  test('a redirect to a non-http scheme is refused', async () => {
    const s = await serve((res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    const e = await failure(fetchIndex(`${s.origin}/debian/Packages`));
    expect(e.reason).toBe(`the package index ${s.origin}/debian/Packages redirected to a URL that is not http(s) (file:)`);
  });
});
