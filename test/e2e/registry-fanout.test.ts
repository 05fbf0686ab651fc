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

test('sessions opened ahead leave none open: not where a registry has the blobs, nor where one refuses a blob after taking one', async () => {
  // The upload sessions still open in a repository of the registry's storage: those with their `startedat` file
  // (docker-registry's DELETE removes it and the data, and leaves an empty hashstates folder behind).
  const uploadsOf = async (r: Registry, repo: string): Promise<string[]> => {
    const dir = path.join(r.storage, 'docker/registry/v2/repositories', repo, '_uploads');
    const ids = await fs.readdir(dir).catch(() => []);
    const open = await Promise.all(
      ids.map((id) =>
        fs.stat(path.join(dir, id, 'startedat')).then(
          () => id,
          () => undefined,
        ),
      ),
    );
    return open.filter((id): id is string => id !== undefined);
  };
  const [r0, r1, r2] = regs as [Registry, Registry, Registry];
  // The first registry has the image already: it gets no upload and no session; the other two upload every blob.
  assertDistributed(await pushImage({ images: [layout], destinations: [`${r0.host}/fanout/sessions:1`] }));
  const res = await pushImage({ images: [layout], destinations: [r0, r1, r2].map((r) => `${r.host}/fanout/sessions:1`) });
  assertDistributed(res);
  const blobs = res.destinations[1]?.blobsUploaded ?? 0;
  expect(blobs).toBeGreaterThanOrEqual(4);
  expect(res.destinations.map((d) => [d.blobsUploaded, d.blobsSkipped])).toEqual([
    [0, blobs],
    [blobs, 0],
    [blobs, 0],
  ]);
  for (const r of [r0, r1, r2]) expect(await uploadsOf(r, 'fanout/sessions')).toEqual([]);

  // A registry that takes the first blob (so the push opens sessions ahead on it), then refuses the largest
  // (403 to its PUT): the destination fails, and the registry beside it gets the image.
  const proxy = await startFaultProxy(r0.host);
  try {
    proxy.add({
      method: 'PUT',
      path: new RegExp(`/blobs/uploads/.*${big.digest.slice('sha256:'.length)}`),
      fault: { kind: 'status', status: 403, body: '{"errors":[{"code":"DENIED","message":"push refused"}]}' },
      times: 1000,
    });
    const refused = await pushImage({
      images: [layout],
      destinations: [`${r0.host}/fanout/refused:1`, `${r1.host}/fanout/refused:1`],
      connectTo: { [r0.host]: proxy.host },
      retry: FAST_RETRY,
      concurrency: 1,
    });
    expect(refused.destinations[0]?.error?.message).toMatch(/403|denied|refused/i);
    expect(refused.destinations[1]?.error).toBeUndefined();
    expect(await skopeoDigest(`${r1.host}/fanout/refused:1`)).toBe(want);
    // No session on the refusing registry was left untouched: each was tried by an upload or let go (DELETE), a
    // refused upload's too when the registry's answer could be read. Where a refusal cuts the connection mid-body
    // instead, that session stays for the registry to purge, as docker's and skopeo's do: what stays open here is
    // only such a one. (Which sessions the failure finds untaken depends on timing; upload-ahead.test.ts
    // pins that case down.)
    const posts = proxy.log.filter((l) => l.method === 'POST').length;
    expect(posts).toBeGreaterThan(1);
    const idOf = (p: string): string => (/\/blobs\/uploads\/([^?]+)/.exec(p)?.[1] as string) ?? '';
    const tried = new Set(proxy.log.filter((l) => l.method === 'PUT').map((l) => idOf(l.path)));
    const cancelled = new Set(proxy.log.filter((l) => l.method === 'DELETE').map((l) => idOf(l.path)));
    expect(new Set([...tried, ...cancelled]).size).toBe(posts);
    const left = await uploadsOf(r0, 'fanout/refused');
    for (const id of left) expect(tried.has(id) && !cancelled.has(id)).toBe(true);
  } finally {
    await proxy.stop();
  }
}, 120_000);
