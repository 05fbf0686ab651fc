/**
 * Benchmark: distribute (our registry client) against `skopeo copy` for the
 * same OCI layout to local docker-registry servers, in the same run:
 *
 *   cold     empty registry, one destination
 *   warm     everything already there
 *   fan-out  three registries: our one push to all three vs three skopeo copies one after another
 *
 * plus our peak RSS (VmHWM of the worker process). The image: several
 * hundred MB of random data over 7 gzip layers, written as an OCI layout.
 *
 *   npx tsx bench/push.ts [--mb 300] [--layers 7] [--rounds 2] [--cache /tmp/push-bench]
 *
 * Targets: cold <= 0.9x skopeo, fan-out <= 0.6x, RSS < 150 MB.
 */
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { makeLayout } from '../test/support/image-fixture.js';
import { startRegistry, type Registry } from '../test/support/registry.js';
import { sh } from './lib/sh.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const MB = Number(opt('mb', '300'));
const LAYERS = Number(opt('layers', '7'));
const ROUNDS = Number(opt('rounds', '2'));
const CACHE = opt('cache', '/tmp/push-bench');

/** Layer sizes falling from large to small, summing to MB. */
function layerSizes(): number[] {
  const weights = Array.from({ length: LAYERS }, (_, i) => LAYERS - i);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round(((MB * w) / total) * 1024 * 1024));
}

async function layout(): Promise<string> {
  const dir = path.join(CACHE, `layout-${MB}mb-${LAYERS}`);
  if (existsSync(path.join(dir, 'index.json'))) return dir;
  await fs.mkdir(CACHE, { recursive: true });
  console.log(`building a ${MB} MB image in ${LAYERS} layers of random data at ${dir} ...`);
  await makeLayout(dir, { layers: layerSizes().map((n) => ({ randomBytes: n })), refNames: ['bench'], gzipLevel: 1 });
  return dir;
}

/**
 * The worker is bundled with ncc like the action itself and run by plain
 * node, so RSS and time are what users get (not tsx's transpiler).
 */
async function bundleWorker(): Promise<string> {
  const out = path.join(CACHE, 'worker');
  const r = await sh(path.join(process.cwd(), 'node_modules/.bin/ncc'), [
    'build',
    path.join(process.cwd(), 'bench/push-worker.ts'),
    '-o',
    out,
    '--quiet',
    '--target',
    'es2022',
  ]);
  if (r.code !== 0) throw new Error(`bundling the worker failed: ${r.err}`);
  return path.join(out, 'index.js');
}

let worker = '';
async function ours(images: string[], destinations: string[]): Promise<{ ms: number; inner: number; vmhwmKiB: number }> {
  const r = await sh(process.execPath, [worker, JSON.stringify({ images, destinations })]);
  if (r.code !== 0) throw new Error(`our push failed: ${r.err || r.out}`);
  const w = JSON.parse(r.out.trim().split('\n').pop() as string) as { ms: number; vmhwmKiB: number };
  // Wall time of the whole process, node start-up included, as for skopeo.
  return { ms: r.ms, inner: w.ms, vmhwmKiB: w.vmhwmKiB };
}

async function skopeo(dir: string, dest: string): Promise<number> {
  const r = await sh('skopeo', ['copy', '--dest-tls-verify=false', `oci:${dir}:bench`, `docker://${dest}`]);
  if (r.code !== 0) throw new Error(`skopeo copy failed: ${r.err}`);
  return r.ms;
}

async function withRegistries<T>(n: number, fn: (regs: Registry[]) => Promise<T>): Promise<T> {
  const regs = await Promise.all(Array.from({ length: n }, () => startRegistry()));
  try {
    return await fn(regs);
  } finally {
    await Promise.all(regs.map((r) => r.stop()));
  }
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
};

const dir = await layout();
worker = await bundleWorker();
const size = (await fs.readdir(path.join(dir, 'blobs/sha256'))).length;
const bytes = (await Promise.all((await fs.readdir(path.join(dir, 'blobs/sha256'))).map((f) => fs.stat(path.join(dir, 'blobs/sha256', f))))).reduce(
  (n, s) => n + s.size,
  0,
);
console.log(`image: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${size} blobs; ${ROUNDS} round(s), medians reported`);

const res = {
  coldOurs: [] as number[],
  coldSkopeo: [] as number[],
  warmOurs: [] as number[],
  warmInner: [] as number[],
  warmSkopeo: [] as number[],
  fanOurs: [] as number[],
  fanSkopeo: [] as number[],
  rss: [] as number[],
};
/** Run both sides, alternating which goes first from round to round so neither always gets a warm cache. */
async function inTurn(oursFirst: boolean, ours: () => Promise<void>, theirs: () => Promise<void>): Promise<void> {
  if (oursFirst) {
    await ours();
    await theirs();
  } else {
    await theirs();
    await ours();
  }
}

for (let round = 0; round < ROUNDS; round++) {
  // Alternate who goes first, so disk cache and CPU warm-up favour neither.
  const oursFirst = round % 2 === 0;
  await withRegistries(2, async ([a, b]) => {
    const ra = a as Registry;
    const rb = b as Registry;
    const runOurs = async (): Promise<void> => {
      const c = await ours([dir], [`${ra.host}/bench/app:1`]);
      res.coldOurs.push(c.ms);
      res.rss.push(c.vmhwmKiB);
      const w = await ours([dir], [`${ra.host}/bench/app:1`]);
      res.warmOurs.push(w.ms);
      res.warmInner.push(w.inner);
      res.rss.push(w.vmhwmKiB);
    };
    const runSkopeo = async (): Promise<void> => {
      res.coldSkopeo.push(await skopeo(dir, `${rb.host}/bench/app:1`));
      res.warmSkopeo.push(await skopeo(dir, `${rb.host}/bench/app:1`));
    };
    await inTurn(oursFirst, runOurs, runSkopeo);
  });
  await withRegistries(6, async (regs) => {
    const mine = regs.slice(0, 3);
    const theirs = regs.slice(3);
    const runOurs = async (): Promise<void> => {
      const f = await ours(
        [dir],
        mine.map((r) => `${r.host}/bench/app:1`),
      );
      res.fanOurs.push(f.ms);
      res.rss.push(f.vmhwmKiB);
    };
    const runSkopeo = async (): Promise<void> => {
      let total = 0;
      for (const r of theirs) total += await skopeo(dir, `${r.host}/bench/app:1`);
      res.fanSkopeo.push(total);
    };
    await inTurn(oursFirst, runOurs, runSkopeo);
  });
  console.log(
    `round ${round + 1}: cold ${fmt(res.coldOurs.at(-1) ?? 0)} vs ${fmt(res.coldSkopeo.at(-1) ?? 0)}, warm ${fmt(res.warmOurs.at(-1) ?? 0)} vs ${fmt(res.warmSkopeo.at(-1) ?? 0)}, fan-out ${fmt(res.fanOurs.at(-1) ?? 0)} vs ${fmt(res.fanSkopeo.at(-1) ?? 0)}`,
  );
}

const row = (name: string, o: number[], s: number[], target: string): string => {
  const ratio = median(o) / median(s);
  return `${name.padEnd(22)} ours ${fmt(median(o)).padStart(8)}   skopeo ${fmt(median(s)).padStart(8)}   ratio ${ratio.toFixed(2)}x   ${target}`;
};
const peak = Math.max(...res.rss) / 1024;
console.log('');
console.log(row('cold (empty registry)', res.coldOurs, res.coldSkopeo, 'target <= 0.90x'));
console.log(row('warm (all present)', res.warmOurs, res.warmSkopeo, `(node start-up included; the push itself ${fmt(median(res.warmInner))})`));
console.log(row('fan-out to 3', res.fanOurs, res.fanSkopeo, 'target <= 0.60x (skopeo: 3 copies in a row)'));
console.log(`throughput (ours, cold) ${(bytes / 1024 / 1024 / (median(res.coldOurs) / 1000)).toFixed(0)} MB/s`);
console.log(`peak RSS (ours)        ${peak.toFixed(0)} MB   target < 150 MB`);
