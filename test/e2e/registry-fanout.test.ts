/**
 * Fan-out to three real registries from one read of each blob (tee.ts), the
 * layout read into reused buffers (chunk-pool.ts) that each upload hands
 * back once its socket took the bytes: a destination whose upload is cut in
 * the middle of a blob is retried on its own read while the others complete,
 * and a blob that does not verify reaches no registry whole.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { isPipelineError } from '../../shared/src/errors.js';
import { assertDistributed, type ProgressEvent } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { makeLayout } from '../support/image-fixture.js';
import { startFaultProxy } from '../support/proxy.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

const FAST_RETRY = { attempts: 6, baseDelayMs: 20, maxDelayMs: 2000, budgetMs: 20_000 };

let work: string;
let regs: Registry[];
let layout: string;
let want: string;
/** The largest blob: several 1 MiB chunks. */
let big: Descriptor;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-fanout-'));
  regs = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
  layout = path.join(work, 'layout');
  await makeLayout(layout, { layers: [{ randomBytes: 5_500_000 }, { randomBytes: 2_300_000 }, { files: { 'etc/motd': 'fan-out\n' } }], gzipLevel: 1 });
  const l = await OciLayout.open(layout);
  const root = (await l.roots())[0] as Descriptor;
  want = root.digest;
  const manifest = JSON.parse((await l.readBlob(root)).toString('utf8')) as { layers: Descriptor[] };
  big = [...manifest.layers].sort((a, b) => b.size - a.size)[0] as Descriptor;
}, 60_000);

afterAll(async () => {
  await Promise.all((regs ?? []).map((r) => r.stop()));
  await fs.rm(work, { recursive: true, force: true });
});

/** A forwarding proxy that counts the request body bytes it passed on, per method and path. */
async function countingProxy(
  target: string,
): Promise<{ host: string; bytes: Array<{ method: string; path: string; bytes: number }>; stop: () => Promise<void> }> {
  const bytes: Array<{ method: string; path: string; bytes: number }> = [];
  const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
  const server = http.createServer((req, res) => {
    const entry = { method: req.method ?? '', path: req.url ?? '', bytes: 0 };
    bytes.push(entry);
    const up = http.request({ host, port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.on('data', (c: Buffer) => (entry.bytes += c.length));
    req.on('close', () => {
      if (!req.complete) up.destroy();
    });
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The default mode carries the blob in the PUT ?digest=; a streamed PATCH carries it before the (empty) PUT.
test.each([
  ['the default (a PUT carrying the blob)', undefined, 'PUT' as const, 'retry'],
  ['a streamed PATCH', { kind: 'patch' as const }, 'PATCH' as const, 'retry-patch'],
])(
  'one destination cut mid-blob is retried on its own read; the other two complete from the shared one; all three hold the image: %s',
  async (_, uploadMode, method, name) => {
    const proxy = await startFaultProxy((regs[0] as Registry).host);
    try {
      // Cut the first upload of a large blob to the first registry after 1.5 MB (in the middle of the tee).
      proxy.add({ method, path: /\/blobs\/uploads\//, fault: { kind: 'reset', afterBytes: 1_500_000 } });
      const events: ProgressEvent[] = [];
      const repos = regs.map((r) => `${r.host}/fanout/${name}:1`);
      const res = await pushImage({
        images: [layout],
        destinations: repos,
        ...(uploadMode !== undefined ? { uploadMode } : {}),
        connectTo: { [(regs[0] as Registry).host]: proxy.host },
        retry: FAST_RETRY,
        onProgress: (e) => events.push(e),
      });
      assertDistributed(res);
      expect(proxy.log.some((l) => l.fault === 'reset')).toBe(true);
      const retries = events.filter((e) => e.kind === 'retry' && e.what.startsWith('upload of'));
      expect(retries.length).toBeGreaterThanOrEqual(1);
      expect(retries.map((e) => e.destination)).toEqual(retries.map(() => `${(regs[0] as Registry).host}/fanout/${name}`));
      // Every blob uploaded once to each registry (the retried one counted once, when it succeeded).
      for (const d of res.destinations) expect(d.blobsUploaded).toBe(res.destinations[1]?.blobsUploaded);
      for (const r of repos) expect(await skopeoDigest(r)).toBe(want);
    } finally {
      await proxy.stop();
    }
  },
  120_000,
);

test('a blob that does not verify: every destination refuses it, none receives its last bytes, nothing is tagged', async () => {
  const bad = path.join(work, 'corrupt');
  await fs.cp(layout, bad, { recursive: true });
  const file = path.join(bad, 'blobs', ...big.digest.split(':'));
  const buf = await fs.readFile(file);
  // The last byte: only the held-back last chunk differs.
  buf[buf.length - 1] = (buf[buf.length - 1] ?? 0) ^ 0xff;
  await fs.writeFile(file, buf);
  const proxies = await Promise.all(regs.map((r) => countingProxy(r.host)));
  try {
    const repos = regs.map((r) => `${r.host}/fanout/corrupt:1`);
    const res = await pushImage({
      images: [bad],
      destinations: repos,
      connectTo: Object.fromEntries(regs.map((r, i) => [r.host, (proxies[i] as { host: string }).host])),
      retry: FAST_RETRY,
    });
    expect(res.destinations.map((d) => isPipelineError(d.error, 'DIGEST_MISMATCH'))).toEqual([true, true, true]);
    for (const p of proxies) {
      // The bad blob's upload (the only request carrying more than a MiB) stopped short of its size.
      const sent = p.bytes.filter((b) => b.method === 'PATCH' || b.method === 'PUT').reduce((m, b) => Math.max(m, b.bytes), 0);
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThan(big.size);
    }
    for (const r of repos) await expect(skopeoDigest(r)).rejects.toThrow();
  } finally {
    await Promise.all(proxies.map((p) => p.stop()));
  }
}, 120_000);
