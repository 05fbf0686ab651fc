/**
 * installPacker through @actions/tool-cache against a loopback server that
 * stands in for releases.hashicorp.com (test/support/packer-releases.ts),
 * serving a real zip of Debian's packer 1.6.6, a SHA256SUMS for it, and that
 * file's detached signature made by Debian's gpg with a throwaway key (the
 * trusted one, given as packer-pgp-key) or another throwaway key.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { installPacker } from '../../shared/src/builders/packer/packer-install.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import type { RetryPolicy } from '../../shared/src/retry/policy.js';
import {
  makeGpgKey,
  publish,
  releaseIndex,
  sha256Sums,
  startPackerReleaseSite,
  zipDebianPacker,
  type GpgKey,
  type PackerReleaseSite,
} from '../support/packer-releases.js';

const VERSION = '1.6.6';
const ZIP = `packer_${VERSION}_linux_amd64.zip`;
const SUMS = `packer_${VERSION}_SHA256SUMS`;
const SIG = `${SUMS}.sig`;

let dir: string;
let site: PackerReleaseSite;
let baseUrl: string;
let hits: string[];
/** The key the tests trust (packer-pgp-key), and one they do not. */
let releaseKey: GpgKey;
let otherKey: GpgKey;
let goodZip: Buffer;
let goodSum: string;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const savedEnv = { RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE'], RUNNER_TEMP: process.env['RUNNER_TEMP'] };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packer-install-'));
  ({ zip: goodZip, sha256: goodSum } = zipDebianPacker(dir));
  process.env['RUNNER_TOOL_CACHE'] = path.join(dir, 'toolcache');
  process.env['RUNNER_TEMP'] = path.join(dir, 'temp');
  fs.mkdirSync(process.env['RUNNER_TEMP'], { recursive: true });
  releaseKey = makeGpgKey('Test Release Signing');
  otherKey = makeGpgKey('Someone Else');
  site = await startPackerReleaseSite();
  baseUrl = site.baseUrl;
  hits = site.hits;
}, 60_000);

afterAll(async () => {
  await site.stop();
  releaseKey.dispose();
  otherKey.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [k, v] of Object.entries(savedEnv))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

/** The release as HashiCorp would publish it: SUMS signed by `signer` (the trusted key by default); `sig: null` serves no signature. */
const serve = (zip: Buffer | undefined, sums: string | undefined, opts: { signer?: GpgKey; sig?: Buffer | null; index?: unknown } = {}) => {
  const sig = opts.sig === null ? undefined : (opts.sig ?? (sums === undefined ? undefined : (opts.signer ?? releaseKey).sign(Buffer.from(sums))));
  publish(
    site,
    { version: VERSION, zipName: ZIP, ...(zip === undefined ? {} : { zip }), ...(sums === undefined ? {} : { sums }), ...(sig === undefined ? {} : { sig }) },
    opts.index,
  );
};
const sumsFor = (sum: string) => sha256Sums(VERSION, ZIP, sum);
const cachedDir = () => path.join(process.env['RUNNER_TOOL_CACHE'] as string, 'packer', VERSION, 'amd64');
const tempFiles = () => fs.readdirSync(process.env['RUNNER_TEMP'] as string);
const failure = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );
const install = (o: { sha256?: string; pgpKey?: string | null; version?: string; log?: (l: string) => void } = {}) =>
  installPacker({
    version: o.version ?? VERSION,
    baseUrl,
    ...(o.pgpKey === null ? {} : { pgpKey: o.pgpKey ?? releaseKey.publicKey }),
    ...(o.sha256 === undefined ? {} : { sha256: o.sha256 }),
    ...(o.log === undefined ? {} : { log: o.log }),
  });
/** Short waits, the default's shape: the tests check what is tried again, not how long it waits. */
const FAST_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 10, maxDelayMs: 100, budgetMs: 30_000 };

interface ResettingFront {
  baseUrl: string;
  /** The request path each connection carried, reset or passed on, in order. */
  requests: string[];
  stop(): Promise<void>;
}

/**
 * A TCP front for the site that resets (RST) a connection, once its request has arrived, when `reset(path)` says
 * so, and passes every other one through: what a loaded machine or a flaky proxy does to a connection.
 */
async function startResettingFront(reset: (requestPath: string) => boolean): Promise<ResettingFront> {
  const requests: string[] = [];
  const target = new URL(site.baseUrl);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    client.once('data', (first: Buffer) => {
      const requestPath = /^[A-Z]+ (\S+) HTTP\//.exec(first.toString('latin1'))?.[1] ?? '';
      requests.push(requestPath);
      if (reset(requestPath)) {
        client.resetAndDestroy();
        return;
      }
      const up = net.connect(Number(target.port), target.hostname, () => {
        up.write(first);
        client.pipe(up).pipe(client);
      });
      sockets.add(up);
      up.on('close', () => sockets.delete(up));
      up.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Runs `fn` with an empty tool cache of its own, so it downloads; the suite's cache is untouched. */
async function withFreshToolCache<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env['RUNNER_TOOL_CACHE'];
  process.env['RUNNER_TOOL_CACHE'] = path.join(dir, name);
  try {
    return await fn();
  } finally {
    process.env['RUNNER_TOOL_CACHE'] = saved;
  }
}

/** A signature failure that downloaded no zip and cached nothing. */
const refusedBeforeDownload = (err: unknown): PipelineError => {
  expect(isPipelineError(err, 'SIGNATURE')).toBe(true);
  expect(hits).not.toContain(`/packer/${VERSION}/${ZIP}`);
  expect(fs.existsSync(cachedDir())).toBe(false);
  expect(tempFiles()).toEqual([]);
  return err as PipelineError;
};

// The tests run in order: each builds on the cache state the previous one left.
describe('installPacker', () => {
  test('a tampered zip is rejected and nothing is cached', async () => {
    const tampered = Buffer.from(goodZip);
    tampered[tampered.length >> 1] = (tampered[tampered.length >> 1] as number) ^ 0xff;
    serve(tampered, sumsFor(goodSum));
    const err = await failure(install());
    expect(isPipelineError(err, 'DIGEST_MISMATCH')).toBe(true);
    expect((err as PipelineError).message).toContain(`expected ${goodSum}`);
    expect(fs.existsSync(cachedDir())).toBe(false);
    expect(tempFiles().filter((f) => !fs.statSync(path.join(process.env['RUNNER_TEMP'] as string, f)).isDirectory())).toEqual([]);
    // A whole download and a gpg signature: 13-22 s at a load average of 25-35, so the others' 60 s, not the default 30.
  }, 60_000);

  test('only the exact file name counts in SHA256SUMS', async () => {
    serve(goodZip, `${goodSum}  ${ZIP}.sig\n${goodSum}  x${ZIP}\n`);
    const err = await failure(install());
    expect(isPipelineError(err, 'NOT_FOUND')).toBe(true);
    expect((err as PipelineError).message).toContain(`lists no file named exactly ${ZIP}`);
  });

  test('a pin that disagrees with SHA256SUMS is refused', async () => {
    serve(goodZip, sumsFor(goodSum));
    const err = await failure(install({ sha256: 'f'.repeat(64) }));
    expect(isPipelineError(err, 'DIGEST_MISMATCH')).toBe(true);
    expect((err as PipelineError).input).toBe('packer-sha256');
    expect((err as PipelineError).message).toContain(`the signed SHA256SUMS lists ${goodSum}`);
  });

  describe('the signature of SHA256SUMS', () => {
    test('a SHA256SUMS changed after signing is refused before the zip is fetched', async () => {
      // Signed as published, then one sum swapped for the attacker's zip.
      const signed = sumsFor(goodSum);
      serve(goodZip, signed.replace(goodSum, 'e'.repeat(64)), { sig: releaseKey.sign(Buffer.from(signed)) });
      hits.length = 0;
      const err = refusedBeforeDownload(await failure(install()));
      expect(err.message).toContain(`${SUMS} does not verify against its signature ${SIG}`);
      expect(err.input).toBe('packer-pgp-key');
      expect(err.hint).toContain('changed after it was signed');
    });

    test('a damaged signature is refused', async () => {
      const sums = sumsFor(goodSum);
      const sig = releaseKey.sign(Buffer.from(sums));
      // The last bytes are the RSA signature value itself: the packet still parses, the math fails.
      sig[sig.length - 5] = (sig[sig.length - 5] as number) ^ 0x01;
      serve(goodZip, sums, { sig });
      hits.length = 0;
      const err = refusedBeforeDownload(await failure(install()));
      expect(err.message).toContain(`${SUMS} does not verify against its signature ${SIG}`);
    });

    test('a signature that is not OpenPGP at all is refused, naming the file', async () => {
      serve(goodZip, sumsFor(goodSum), { sig: Buffer.from('<html>404 but 200</html>') });
      hits.length = 0;
      const err = refusedBeforeDownload(await failure(install()));
      expect(err.message).toContain(`${SIG} from ${baseUrl}/packer/${VERSION}/${SIG} is not an OpenPGP signature`);
    });

    test('a missing signature is refused, naming the file and the fix', async () => {
      serve(goodZip, sumsFor(goodSum), { sig: null });
      hits.length = 0;
      const err = refusedBeforeDownload(await failure(install()));
      expect(err.message).toContain(`the signature of ${SUMS} is missing: ${baseUrl}/packer/${VERSION}/${SIG} answered HTTP 404`);
      expect(err.input).toBe('packer-version');
      expect(err.hint).toContain('packer-sha256');
    });

    test('a signature by another key is refused, naming that key', async () => {
      serve(goodZip, sumsFor(goodSum), { signer: otherKey });
      hits.length = 0;
      const err = refusedBeforeDownload(await failure(install()));
      expect(err.message).toContain(`${SIG} is a signature by ${otherKey.fingerprint.slice(-16).toUpperCase()}, not by the packer-pgp-key key`);
      expect(err.message).toContain(releaseKey.fingerprint.slice(-4).toUpperCase());
    });

    test("without packer-pgp-key, HashiCorp's pinned key is the one trusted", async () => {
      serve(goodZip, sumsFor(goodSum));
      hits.length = 0;
      const err = refusedBeforeDownload(await failure(install({ pgpKey: null })));
      expect(err.message).toContain("not by HashiCorp's pinned key C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F");
      expect(err.hint).toContain('packer-pgp-key');
    });

    test('a packer-pgp-key that is not a public key is refused before anything is fetched', async () => {
      hits.length = 0;
      const garbage = await failure(install({ pgpKey: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nbm90IGEga2V5\n-----END PGP PUBLIC KEY BLOCK-----' }));
      expect(isPipelineError(garbage, 'INPUT')).toBe(true);
      expect((garbage as PipelineError).input).toBe('packer-pgp-key');
      const missing = await failure(install({ pgpKey: path.join(dir, 'no-such-key.asc') }));
      expect(isPipelineError(missing, 'NOT_FOUND')).toBe(true);
      expect((missing as PipelineError).input).toBe('packer-pgp-key');
      expect(hits).toEqual([]);
    });
  });

  test('a good zip installs, verified, and the binary runs', async () => {
    serve(goodZip, sumsFor(goodSum));
    const lines: string[] = [];
    const p = await install({ sha256: goodSum, log: (l) => lines.push(l) });
    expect(p).toEqual({ path: path.join(cachedDir(), 'packer'), version: VERSION, source: 'download', zipSha256: goodSum, signedBy: releaseKey.fingerprint });
    expect(execFileSync(p.path, ['version']).toString()).toContain('Packer v1.6.6');
    expect(sha256(fs.readFileSync(p.path))).toBe(sha256(fs.readFileSync('/usr/bin/packer')));
    expect(lines.join('\n')).toContain(`zip sha256 ${goodSum}`);
    expect(lines.join('\n')).toContain(`${SUMS}: good signature by the packer-pgp-key key`);
    // Only the cache keeps a copy: the download and the extracted folder are gone from RUNNER_TEMP.
    expect(tempFiles()).toEqual([]);
  }, 60_000);

  test('a connection reset under each file is tried again, and the install succeeds', async () => {
    serve(goodZip, sumsFor(goodSum));
    const files = [SUMS, SIG, ZIP].map((f) => `/packer/${VERSION}/${f}`);
    // The first connection for each file is reset; the second goes through.
    const front = await startResettingFront((p) => front.requests.filter((r) => r === p).length === 1);
    try {
      hits.length = 0;
      const lines: string[] = [];
      const p = await withFreshToolCache('toolcache-reset', () =>
        installPacker({ version: VERSION, baseUrl: front.baseUrl, pgpKey: releaseKey.publicKey, retry: FAST_RETRY, log: (l) => lines.push(l) }),
      );
      expect(p.source).toBe('download');
      expect(p.zipSha256).toBe(goodSum);
      expect(p.signedBy).toBe(releaseKey.fingerprint);
      expect(execFileSync(p.path, ['version']).toString()).toContain('Packer v1.6.6');
      // Each file asked for twice; only the second reached the site.
      expect(front.requests).toEqual(files.flatMap((f) => [f, f]));
      expect(hits).toEqual(files);
      for (const f of files)
        expect(lines.join('\n')).toMatch(new RegExp(`${front.baseUrl}${f}: fetch failed \\([^)]*(ECONNRESET|UND_ERR_SOCKET)[^)]*\\); try 2 in `));
      expect(tempFiles()).toEqual([]);
    } finally {
      await front.stop();
    }
  }, 60_000);

  test('a release site that keeps resetting fails after the bounded tries, naming the URL and the fix', async () => {
    serve(goodZip, sumsFor(goodSum));
    const sumsPath = `/packer/${VERSION}/${SUMS}`;
    const zipPath = `/packer/${VERSION}/${ZIP}`;
    const front = await startResettingFront((p) => p === sumsPath || p === zipPath);
    try {
      const run = (o: { sha256?: string } = {}) =>
        withFreshToolCache('toolcache-down', () =>
          failure(installPacker({ version: VERSION, baseUrl: front.baseUrl, pgpKey: releaseKey.publicKey, retry: FAST_RETRY, ...o })),
        );
      const sums = await run();
      expect(isPipelineError(sums, 'NETWORK')).toBe(true);
      expect((sums as PipelineError).message).toMatch(
        new RegExp(
          `^input 'packer-version': could not read ${front.baseUrl}${sumsPath}: fetch failed \\([^)]*(ECONNRESET|UND_ERR_SOCKET)[^)]*\\), after 3 tries\\.`,
        ),
      );
      expect((sums as PipelineError).hint).toContain(`The release site kept failing (${front.baseUrl})`);
      expect((sums as PipelineError).hint).toContain('packer-releases-url');
      expect((sums as PipelineError).hint).toContain('packer-sha256');
      expect(front.requests).toEqual([sumsPath, sumsPath, sumsPath]);

      // With a pin, SHA256SUMS may be missing; the zip is not, and its URL and the fix are named the same way.
      front.requests.length = 0;
      const zip = await run({ sha256: goodSum });
      expect(isPipelineError(zip, 'NETWORK')).toBe(true);
      expect((zip as PipelineError).message).toMatch(new RegExp(`could not download ${front.baseUrl}${zipPath}: fetch failed \\([^)]*\\), after 3 tries`));
      expect((zip as PipelineError).hint).toContain('packer-releases-url');
      expect(front.requests.filter((r) => r === zipPath)).toHaveLength(3);
      expect(fs.existsSync(path.join(dir, 'toolcache-down', 'packer'))).toBe(false);
      expect(tempFiles()).toEqual([]);
    } finally {
      await front.stop();
    }
  }, 60_000);

  test('a 404 is not tried again', async () => {
    serve(goodZip, sumsFor(goodSum), { sig: null });
    const front = await startResettingFront(() => false);
    try {
      const err = await withFreshToolCache('toolcache-404', () =>
        failure(installPacker({ version: VERSION, baseUrl: front.baseUrl, pgpKey: releaseKey.publicKey, retry: FAST_RETRY })),
      );
      expect(isPipelineError(err, 'SIGNATURE')).toBe(true);
      expect((err as PipelineError).message).toContain(`${front.baseUrl}/packer/${VERSION}/${SIG} answered HTTP 404.`);
      expect(front.requests).toEqual([`/packer/${VERSION}/${SUMS}`, `/packer/${VERSION}/${SIG}`]);
    } finally {
      await front.stop();
    }
  }, 60_000);

  test('a cache hit is re-verified without downloading the zip again', async () => {
    serve(goodZip, sumsFor(goodSum));
    hits.length = 0;
    const p = await install();
    expect(p.source).toBe('cache');
    expect(p.signedBy).toBe(releaseKey.fingerprint);
    expect(hits).toEqual([`/packer/${VERSION}/${SUMS}`, `/packer/${VERSION}/${SIG}`]);
  }, 60_000);

  test('a cache hit checks the signature too', async () => {
    serve(goodZip, sumsFor(goodSum), { signer: otherKey });
    const err = await failure(install());
    expect(isPipelineError(err, 'SIGNATURE')).toBe(true);
  }, 60_000);

  test('packer-pgp-key may name a file holding the key', async () => {
    const keyFile = path.join(dir, 'release-key.asc');
    fs.writeFileSync(keyFile, releaseKey.publicKey);
    serve(goodZip, sumsFor(goodSum));
    const p = await install({ pgpKey: keyFile });
    expect(p.signedBy).toBe(releaseKey.fingerprint);
  }, 60_000);

  test('with the signature missing, a pinned sum alone vouches (and says so)', async () => {
    serve(goodZip, sumsFor(goodSum), { sig: null });
    const lines: string[] = [];
    const p = await install({ sha256: goodSum, log: (l) => lines.push(l) });
    expect(p.source).toBe('cache');
    expect(p.signedBy).toBeUndefined();
    expect(lines.join('\n')).toContain(`${SIG} not available (HTTP 404); relying on the pinned packer-sha256`);
    // A bad signature is never excused by a pin: the site serves something that was not signed.
    serve(goodZip, sumsFor(goodSum), { signer: otherKey });
    expect(isPipelineError(await failure(install({ sha256: goodSum })), 'SIGNATURE')).toBe(true);
  }, 60_000);

  test("packer-version 'latest' is the highest stable version in the release index, and is reported", async () => {
    serve(goodZip, sumsFor(goodSum), { index: releaseIndex(['1.5.6', VERSION, '1.6.7-rc1', '1.10.0-beta', '1.6.7+ent', '0.12.3']) });
    hits.length = 0;
    const lines: string[] = [];
    const p = await install({ version: 'latest', log: (l) => lines.push(l) });
    expect(p.version).toBe(VERSION);
    expect(p.signedBy).toBe(releaseKey.fingerprint);
    expect(hits[0]).toBe('/packer/index.json');
    expect(lines.join('\n')).toContain(`packer-version latest is Packer ${VERSION} (highest stable version in ${baseUrl}/packer/index.json)`);
  }, 60_000);

  test("'latest' with an index that lists no stable version fails naming the index", async () => {
    serve(goodZip, sumsFor(goodSum), { index: releaseIndex(['1.7.0-alpha1', '2.0.0-beta']) });
    const err = await failure(install({ version: 'latest' }));
    expect(isPipelineError(err, 'NOT_FOUND')).toBe(true);
    expect((err as PipelineError).message).toContain(`the release index ${baseUrl}/packer/index.json lists no stable Packer version`);
    expect((err as PipelineError).input).toBe('packer-version');
  });

  test('with the release site down, a pinned sum still re-verifies the cache', async () => {
    serve(undefined, undefined);
    const p = await install({ sha256: goodSum });
    expect(p.source).toBe('cache');
    const err = await failure(install());
    expect(isPipelineError(err, 'NETWORK')).toBe(true);
  }, 60_000);

  test('a tampered cached binary is detected', async () => {
    serve(goodZip, sumsFor(goodSum));
    fs.appendFileSync(path.join(cachedDir(), 'packer'), 'tampered');
    const err = await failure(install());
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
