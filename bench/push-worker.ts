/**
 * One push measured in its own process, so its peak RSS (VmHWM) is ours
 * alone: `npx tsx bench/push-worker.ts '<json PushImageOptions subset>'`.
 * Prints one JSON line: { ms, vmhwmKiB, bytesSent }.
 */
import * as fs from 'node:fs';
import { assertDistributed } from '../shared/src/distribute/distribute.js';
import { pushImage } from '../shared/src/distribute/push-image.js';

const opts = JSON.parse(process.argv[2] ?? '{}') as { images: string[]; destinations: string[]; concurrency?: number };
const t0 = performance.now();
const res = await pushImage({
  images: opts.images,
  destinations: opts.destinations,
  ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
  auth: { dockerConfigDir: null },
});
const ms = performance.now() - t0;
assertDistributed(res);
const status = fs.readFileSync('/proc/self/status', 'utf8');
const vmhwmKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
console.log(JSON.stringify({ ms, vmhwmKiB, bytesSent: res.destinations.reduce((n, d) => n + d.bytesSent, 0) }));
process.exit(0);
