/**
 * Review of the chunk pool on the fan-out path (chunk-pool.ts, tee.ts,
 * http.ts): buffers go back to the pool once a request's write of them has
 * called back. Here each of three destinations fails differently in the
 * middle of the same large blob (an early 503, answered before the body is
 * taken, and connections cut after 3 MB and after 7 MB), in both
 * streamed upload modes. A buffer reused while another upload still read it
 * would send bytes that differ from the verified ones: the registry would
 * refuse them by digest (an extra retry naming a digest) or hold a different
 * image. Every destination must hold the image, with only the injected
 * faults retried.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertDistributed, type ProgressEvent } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import type { UploadMode } from '../../shared/src/registry/client/client.js';
import { makeLayout } from '../support/image-fixture.js';
import { startFaultProxy, type FaultProxy } from '../support/proxy.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

const FAST_RETRY = { attempts: 6, baseDelayMs: 20, maxDelayMs: 500, budgetMs: 30_000 };

let work: string;
let regs: Registry[];
let layout: string;
let want: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-fanout-faults-'));
  regs = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
  layout = path.join(work, 'layout');
  await makeLayout(layout, { layers: [{ randomBytes: 9_000_000 }, { randomBytes: 3_300_000 }, { files: { 'etc/motd': 'faults\n' } }], gzipLevel: 1 });
  want = ((await (await OciLayout.open(layout)).roots())[0] as { digest: string }).digest;
}, 60_000);

afterAll(async () => {
  await Promise.all((regs ?? []).map((r) => r.stop()));
  await fs.rm(work, { recursive: true, force: true });
});

test.each<[string, UploadMode]>([
  ['patch', { kind: 'patch' }],
  ['put', { kind: 'put' }],
])(
  'three destinations failing mid-blob in different ways (%s mode) all end with the verified image',
  async (name, mode) => {
    const method = mode.kind === 'put' ? 'PUT' : 'PATCH';
    const proxies: FaultProxy[] = await Promise.all(regs.map((r) => startFaultProxy(r.host)));
    try {
      const [p0, p1, p2] = proxies as [FaultProxy, FaultProxy, FaultProxy];
      p0.add({ method, fault: { kind: 'reset', afterBytes: 7_000_000 } });
      p1.add({ method, fault: { kind: 'status', status: 503 } });
      p2.add({ method, fault: { kind: 'reset', afterBytes: 3_000_000 } });
      const events: ProgressEvent[] = [];
      const repos = regs.map((r) => `${r.host}/fanout/faults-${name}:1`);
      const res = await pushImage({
        images: [layout],
        destinations: repos,
        connectTo: Object.fromEntries(regs.map((r, i) => [r.host, (proxies[i] as FaultProxy).host])),
        retry: FAST_RETRY,
        uploadMode: mode,
        onProgress: (e) => events.push(e),
      });
      assertDistributed(res);
      expect(proxies.map((p) => p.log.some((l) => l.fault !== undefined))).toEqual([true, true, true]);
      const retries = events.filter((e) => e.kind === 'retry');
      // Only the injected faults were retried: none for a digest the registry refused.
      for (const r of retries) expect(r.kind === 'retry' ? r.message : '').not.toMatch(/digest/i);
      expect(retries.length).toBeLessThanOrEqual(6);
      for (const r of repos) expect(await skopeoDigest(r)).toBe(want);
    } finally {
      await Promise.all(proxies.map((p) => p.stop()));
    }
  },
  180_000,
);
