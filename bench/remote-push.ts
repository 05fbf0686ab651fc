/**
 * Benchmark: our push against `skopeo copy` to a registry as far away as a
 * cloud one (lib/remote-registry.ts: a round-trip time on every answer, a
 * per-stream upload rate, a commit time per blob that grows with its size),
 * where bench/push.ts's loopback docker-registry is bound by the machine's
 * cores instead. Here what counts is what a client waits for: the POST
 * before a blob's bytes, and the registry's commit of each blob.
 *
 *   cold     one empty registry
 *   fan-out  three: our one push to all three vs three skopeo copies in a row
 *
 * for each image shape of --layers (the same MB in 7 layers, and in 24 as a
 * Dockerfile of many steps makes): with more blobs than uploads at once, a
 * client that waits for each commit before the next blob, or POSTs only
 * when a blob's turn comes, waits most.
 *
 * The model's parameters are assumptions printed with the results, not a
 * measurement of any registry:
 *
 *   npx tsx bench/remote-push.ts [--mb 60] [--layers 7,24] [--rounds 3] [--rtt 20] [--stream-mbps 40] [--commit-ms 100] [--commit-ms-per-mib 8]
 */
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { makeLayout } from '../test/support/image-fixture.js';
import { option } from './lib/option.js';
import { startRemoteRegistry, type RemoteModel, type RemoteRegistry } from './lib/remote-registry.js';
import { sh } from './lib/sh.js';
import { bundleWorker } from './lib/worker-bundle.js';

const MB = Number(option('mb', '60'));
const SHAPES = option('layers', '7,24').split(',').map(Number);
const ROUNDS = Number(option('rounds', '3'));
const CACHE = option('cache', '/tmp/remote-push-bench');
const model: RemoteModel = {
  rttMs: Number(option('rtt', '20')),
  streamBytesPerSec: Number(option('stream-mbps', '40')) * 1024 * 1024,
  commitMs: Number(option('commit-ms', '100')),
  commitMsPerMiB: Number(option('commit-ms-per-mib', '8')),
};

async function layout(layers: number): Promise<string> {
  const dir = path.join(CACHE, `layout-${MB}mb-${layers}`);
  if (existsSync(path.join(dir, 'index.json'))) return dir;
  await fs.mkdir(CACHE, { recursive: true });
  // Falling sizes, as bench/push.ts: a base layer and smaller ones on top.
  const weights = Array.from({ length: layers }, (_, i) => layers - i);
  const total = weights.reduce((a, b) => a + b, 0);
  await makeLayout(dir, { layers: weights.map((w) => ({ randomBytes: Math.round(((MB * w) / total) * 1024 * 1024) })), refNames: ['bench'], gzipLevel: 1 });
  return dir;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const worker = await bundleWorker('push-worker', path.join(CACHE, 'worker'));
const regs: RemoteRegistry[] = await Promise.all([0, 1, 2].map(() => startRemoteRegistry(model)));

async function ours(dir: string, dests: RemoteRegistry[]): Promise<number> {
  const r = await sh(process.execPath, [worker, JSON.stringify({ images: [dir], destinations: dests.map((d) => `${d.host}/bench/app:1`) })]);
  if (r.code !== 0) throw new Error(`our push failed: ${r.err || r.out}`);
  return r.ms;
}
async function skopeo(dir: string, dest: RemoteRegistry): Promise<number> {
  const r = await sh('skopeo', ['copy', '--dest-tls-verify=false', `oci:${dir}:bench`, `docker://${dest.host}/bench/app:1`]);
  if (r.code !== 0) throw new Error(`skopeo copy failed: ${r.err}`);
  return r.ms;
}
const fresh = (): void => regs.forEach((r) => r.reset());
const row = (name: string, o: number[], s: number[]): string =>
  `${name.padEnd(30)} ours ${fmt(median(o)).padStart(8)}   skopeo ${fmt(median(s)).padStart(8)}   vs skopeo ${(median(o) / median(s)).toFixed(2)}x`;

const table: string[] = [];
try {
  console.log(
    `registry model: ${model.rttMs} ms round trip, ${(model.streamBytesPerSec / 1024 / 1024).toFixed(0)} MB/s per upload stream, ` +
      `commit ${model.commitMs} ms + ${model.commitMsPerMiB} ms/MiB per blob; ${ROUNDS} round(s), medians reported`,
  );
  for (const layers of SHAPES) {
    const dir = await layout(layers);
    const res = { coldOurs: [] as number[], coldSkopeo: [] as number[], fanOurs: [] as number[], fanSkopeo: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate who goes first, so neither side always meets a warm machine.
      const sides = [
        async () => {
          fresh();
          res.coldOurs.push(await ours(dir, [regs[0] as RemoteRegistry]));
          fresh();
          res.fanOurs.push(await ours(dir, regs));
        },
        async () => {
          fresh();
          res.coldSkopeo.push(await skopeo(dir, regs[0] as RemoteRegistry));
          fresh();
          let total = 0;
          for (const r of regs) total += await skopeo(dir, r);
          res.fanSkopeo.push(total);
        },
      ];
      if (round % 2 === 1) sides.reverse();
      for (const s of sides) await s();
      console.log(
        `${MB} MB in ${layers} layers, round ${round + 1}: ours / skopeo: cold ${fmt(res.coldOurs.at(-1) ?? 0)} / ${fmt(res.coldSkopeo.at(-1) ?? 0)}, ` +
          `fan-out ${fmt(res.fanOurs.at(-1) ?? 0)} / ${fmt(res.fanSkopeo.at(-1) ?? 0)}`,
      );
    }
    table.push(row(`cold, ${layers} layers`, res.coldOurs, res.coldSkopeo));
    table.push(row(`fan-out to 3, ${layers} layers`, res.fanOurs, res.fanSkopeo) + '   (skopeo: 3 copies in a row)');
  }
} finally {
  await Promise.all(regs.map((r) => r.stop()));
}
console.log('');
for (const line of table) console.log(line);
