/**
 * installPacker through @actions/tool-cache against a loopback server that
 * stands in for releases.hashicorp.com, serving a real zip of Debian's
 * packer 1.6.6 and a SHA256SUMS for it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { installPacker } from '../../shared/src/builders/packer/packer-install.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';

const VERSION = '1.6.6';
const ZIP = `packer_${VERSION}_linux_amd64.zip`;
const SUMS = `packer_${VERSION}_SHA256SUMS`;

let dir: string;
let server: http.Server;
let baseUrl: string;
/** What the fake release site serves, by path; changed per test. */
const files = new Map<string, Buffer>();
const hits: string[] = [];
let goodZip: Buffer;
let goodSum: string;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const savedEnv = { RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE'], RUNNER_TEMP: process.env['RUNNER_TEMP'] };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-install-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.copyFileSync('/usr/bin/packer', path.join(dir, 'src', 'packer'));
  execFileSync('zip', ['-q', '-1', path.join(dir, ZIP), 'packer'], { cwd: path.join(dir, 'src') });
  goodZip = fs.readFileSync(path.join(dir, ZIP));
  goodSum = sha256(goodZip);
  process.env['RUNNER_TOOL_CACHE'] = path.join(dir, 'toolcache');
  process.env['RUNNER_TEMP'] = path.join(dir, 'temp');
  fs.mkdirSync(process.env['RUNNER_TEMP'], { recursive: true });
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const body = files.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [k, v] of Object.entries(savedEnv))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

const serve = (zip: Buffer | undefined, sums: string | undefined) => {
  files.clear();
  if (zip !== undefined) files.set(`/packer/${VERSION}/${ZIP}`, zip);
  if (sums !== undefined) files.set(`/packer/${VERSION}/${SUMS}`, Buffer.from(sums));
};
const sumsFor = (sum: string) => [`${'0'.repeat(64)}  x${ZIP}`, `${sum}  ${ZIP}`, `${'1'.repeat(64)}  packer_${VERSION}_linux_arm64.zip`].join('\n') + '\n';
const cachedDir = () => path.join(process.env['RUNNER_TOOL_CACHE'] as string, 'packer', VERSION, 'amd64');
const failure = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

// The tests run in order: each builds on the cache state the previous one left.
describe('installPacker', () => {
  test('a tampered zip is rejected and nothing is cached', async () => {
    const tampered = Buffer.from(goodZip);
    tampered[tampered.length >> 1] = (tampered[tampered.length >> 1] as number) ^ 0xff;
    serve(tampered, sumsFor(goodSum));
    const err = await failure(installPacker({ version: VERSION, baseUrl }));
    expect(isPipelineError(err, 'DIGEST_MISMATCH')).toBe(true);
    expect((err as PipelineError).message).toContain(`expected ${goodSum}`);
    expect(fs.existsSync(cachedDir())).toBe(false);
    expect(
      fs.readdirSync(process.env['RUNNER_TEMP'] as string).filter((f) => !fs.statSync(path.join(process.env['RUNNER_TEMP'] as string, f)).isDirectory()),
    ).toEqual([]);
  });

  test('only the exact file name counts in SHA256SUMS', async () => {
    serve(goodZip, `${goodSum}  ${ZIP}.sig\n${goodSum}  x${ZIP}\n`);
    const err = await failure(installPacker({ version: VERSION, baseUrl }));
    expect(isPipelineError(err, 'NOT_FOUND')).toBe(true);
    expect((err as PipelineError).message).toContain(`lists no file named exactly ${ZIP}`);
  });

  test('a pin that disagrees with SHA256SUMS is refused', async () => {
    serve(goodZip, sumsFor(goodSum));
    const err = await failure(installPacker({ version: VERSION, baseUrl, sha256: 'f'.repeat(64) }));
    expect(isPipelineError(err, 'DIGEST_MISMATCH')).toBe(true);
    expect((err as PipelineError).input).toBe('packer-sha256');
  });

  test('a good zip installs, verified, and the binary runs', async () => {
    serve(goodZip, sumsFor(goodSum));
    const lines: string[] = [];
    const p = await installPacker({ version: VERSION, baseUrl, sha256: goodSum, log: (l) => lines.push(l) });
    expect(p).toEqual({ path: path.join(cachedDir(), 'packer'), version: VERSION, source: 'download', zipSha256: goodSum });
    expect(execFileSync(p.path, ['version']).toString()).toContain('Packer v1.6.6');
    expect(sha256(fs.readFileSync(p.path))).toBe(sha256(fs.readFileSync('/usr/bin/packer')));
    expect(lines.join('\n')).toContain(`zip sha256 ${goodSum}`);
    // Only the cache keeps a copy: the download and the extracted folder are gone from RUNNER_TEMP.
    expect(fs.readdirSync(process.env['RUNNER_TEMP'] as string)).toEqual([]);
  }, 60_000);

  test('a cache hit is re-verified without downloading the zip again', async () => {
    serve(goodZip, sumsFor(goodSum));
    hits.length = 0;
    const p = await installPacker({ version: VERSION, baseUrl });
    expect(p.source).toBe('cache');
    expect(hits).toEqual([`/packer/${VERSION}/${SUMS}`]);
  }, 60_000);

  test('with the release site down, a pinned sum still re-verifies the cache', async () => {
    serve(undefined, undefined);
    const p = await installPacker({ version: VERSION, baseUrl, sha256: goodSum });
    expect(p.source).toBe('cache');
    const err = await failure(installPacker({ version: VERSION, baseUrl }));
    expect(isPipelineError(err, 'NETWORK')).toBe(true);
  }, 60_000);

  test('a tampered cached binary is detected', async () => {
    serve(goodZip, sumsFor(goodSum));
    fs.appendFileSync(path.join(cachedDir(), 'packer'), 'tampered');
    const err = await failure(installPacker({ version: VERSION, baseUrl }));
    expect(isPipelineError(err, 'DIGEST_MISMATCH')).toBe(true);
    expect((err as PipelineError).message).toMatch(/failed re-verification: the binary has sha256 [0-9a-f]{64}, but the verified zip holds/);
    expect((err as PipelineError).hint).toContain(cachedDir());
  }, 60_000);

  test("'system' uses the packer on PATH", async () => {
    const p = await installPacker({ version: 'system' });
    expect(p.source).toBe('system');
    expect(p.version).toBe('1.6.6');
    expect(fs.realpathSync(p.path)).toBe('/usr/bin/packer');
  });
});
