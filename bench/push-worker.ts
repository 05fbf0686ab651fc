/**
 * One push measured in its own process, so its RSS is ours alone:
 * `npx tsx bench/push-worker.ts '<json PushImageOptions subset>'`.
 * Prints one JSON line: { ms, startRssKiB, vmhwmKiB, bytesSent, cpuMs, userMs, sysMs, startCpuMs }: the RSS
 * once the code is loaded and the push is about to start, the peak
 * (VmHWM) over the whole process, and the process's CPU time (user + system,
 * start-up included) so the bench can set it beside the registries' CPU.
 */
import * as fs from 'node:fs';
import { assertDistributed } from '../shared/src/distribute/distribute.js';
import { pushImage } from '../shared/src/distribute/push-image.js';
import type { UploadMode } from '../shared/src/registry/client/client.js';

const kib = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);

// No top-level await: the bench bundles this file transpile-only, where ncc takes it for CommonJS.
async function main(): Promise<void> {
  const startRssKiB = kib('VmRSS');
  const opts = JSON.parse(process.argv[2] ?? '{}') as { images: string[]; destinations: string[]; concurrency?: number; uploadMode?: UploadMode };
  const t0 = performance.now();
  const startCpu = process.cpuUsage();
  const res = await pushImage({
    images: opts.images,
    destinations: opts.destinations,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(opts.uploadMode !== undefined ? { uploadMode: opts.uploadMode } : {}),
    // Env explicit, as the actions pass their step's env (DESIGN.md): this process's own, Docker's config ignored.
    auth: { dockerConfigDir: null, env: process.env },
  });
  const ms = performance.now() - t0;
  assertDistributed(res);
  const cpu = process.cpuUsage();
  console.log(
    JSON.stringify({
      ms,
      startRssKiB,
      vmhwmKiB: kib('VmHWM'),
      bytesSent: res.destinations.reduce((n, d) => n + d.bytesSent, 0),
      cpuMs: (cpu.user + cpu.system) / 1000,
      userMs: cpu.user / 1000,
      sysMs: cpu.system / 1000,
      startCpuMs: (startCpu.user + startCpu.system) / 1000,
    }),
  );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
