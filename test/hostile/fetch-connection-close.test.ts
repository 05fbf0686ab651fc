/**
 * A release mirror (or package index) that sends `Connection: close` and
 * hangs up once the body is out, read by a consumer slower than loopback
 * (the file write, gunzip): with the npm undici loaded, as every bundle that
 * pulls in @actions/tool-cache has it, the platform's fetch died here with
 * an AssertionError no code can catch (`assert(!this.paused)`,
 * nodejs/undici#5360), and build-image with it, mid-download (a CI run of
 * build-image-machine.test.ts). Defence: downloads go over node:http
 * (http-fetch.ts), fetch's shape without undici. The child process loads
 * undici first exactly as the bundle does.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const BODY = Buffer.alloc(40 * 1024 * 1024, 0x5a);
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-length': BODY.length, connection: 'close' }).end(BODY);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/packer/1.6.6/packer_1.6.6_linux_amd64.zip`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

/** Runs the child to its end: exit code, stdout and the tail of stderr (where a crash's AssertionError lands). */
function child(): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/support/download-beside-undici.ts'), url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    c.on('error', reject);
    c.on('close', (code) => resolve({ code, out, err }));
  });
}

test('a 40 MB body from a server that closes the connection arrives whole, beside the bundled undici', async () => {
  // Three runs: before the fix each one died (exit 1, the AssertionError on stderr).
  for (let i = 0; i < 3; i++) {
    const run = await child();
    expect(run.err).not.toContain('AssertionError');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ zip: BODY.length, read: BODY.length });
  }
}, 90000);
