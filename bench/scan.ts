/**
 * Benchmark: test-image's scan of a large image against the floor of just
 * listing its layers, `gzip -dc <layer> | tar -t`, over the same layer blobs
 * in the same run, plus our peak RSS.
 *
 *   npx tsx bench/scan.ts [--rootfs <dir>] [--rounds 3] [--cache /tmp/scan-bench]
 *
 * The image: a root file system given with --rootfs (e.g. a debootstrap of
 * Debian), else one synthesised from this machine's /usr (many real files:
 * docs, headers, libraries) split into three layers, the last of which
 * deletes files and makes a folder opaque so whiteouts are exercised. Built
 * once and cached. Targets: scan <= 1.3x the floor; peak RSS < 200 MB.
 */
import { createReadStream, existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createGunzip } from 'node:zlib';
import { DigestCounter, type Digest } from '../shared/src/oci/digest.js';
import { LayoutWriter } from '../shared/src/oci/layout.js';
import { MediaType } from '../shared/src/oci/media-types.js';
import type { Descriptor, ImageConfig } from '../shared/src/oci/types.js';
import { sh } from './lib/sh.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
};
const CACHE = opt('cache', '/tmp/scan-bench');
const ROUNDS = Number(opt('rounds', '3'));
const ROOTFS = opt('rootfs', '');

/** Each layer as [cwd, tar arguments]; gzip by tar itself (what builders produce). */
async function layerRecipes(work: string): Promise<{ cwd: string; members: string[] }[]> {
  if (ROOTFS !== '') return [{ cwd: ROOTFS, members: ['.'] }];
  // The third layer: whiteouts for some files of the first, an opaque folder, a few new files.
  const top = path.join(work, 'top');
  await fs.rm(top, { recursive: true, force: true });
  await fs.mkdir(path.join(top, 'usr/share/doc'), { recursive: true });
  await fs.mkdir(path.join(top, 'usr/share/man'), { recursive: true });
  await fs.writeFile(path.join(top, 'usr/share/man/.wh..wh..opq'), '');
  await fs.writeFile(path.join(top, 'usr/share/man/README'), 'man pages removed\n');
  const docs = (await fs.readdir('/usr/share/doc')).slice(0, 200);
  for (const d of docs) await fs.writeFile(path.join(top, 'usr/share/doc', `.wh.${d}`), '');
  await fs.mkdir(path.join(top, 'etc'), { recursive: true });
  await fs.copyFile('/etc/passwd', path.join(top, 'etc/passwd'));
  await fs.copyFile('/etc/group', path.join(top, 'etc/group'));
  return [
    { cwd: '/', members: ['usr/share'] },
    { cwd: '/', members: ['usr/include', 'usr/lib/x86_64-linux-gnu/perl', 'usr/lib/python3'].filter((p) => existsSync(`/${p}`)) },
    { cwd: top, members: ['.'] },
  ];
}

async function diffId(file: string): Promise<Digest> {
  const c = new DigestCounter();
  await new Promise<void>((resolve, reject) => {
    const s = createReadStream(file).pipe(createGunzip());
    s.on('data', (b: Buffer) => c.update(b));
    s.on('end', resolve);
    s.on('error', reject);
  });
  return c.digest();
}

async function buildImage(): Promise<{ layout: string; blobs: string[] }> {
  const layout = path.join(CACHE, 'layout');
  const ready = path.join(CACHE, 'ready.json');
  if (existsSync(ready)) return JSON.parse(await fs.readFile(ready, 'utf8')) as { layout: string; blobs: string[] };
  await fs.mkdir(CACHE, { recursive: true });
  const w = await LayoutWriter.create(layout);
  const layers: Descriptor[] = [];
  const diffIds: Digest[] = [];
  for (const [i, r] of (await layerRecipes(CACHE)).entries()) {
    const tgz = path.join(CACHE, `layer${i}.tar.gz`);
    console.log(`building layer ${i + 1}: tar -czf (${r.cwd}: ${r.members.join(' ')})`);
    const t = await sh('tar', ['--numeric-owner', '-czf', tgz, ...r.members], { cwd: r.cwd });
    if (t.code !== 0 && t.code !== 1) throw new Error(`tar failed: ${t.err}`);
    diffIds.push(await diffId(tgz));
    layers.push(await w.writeStream(createReadStream(tgz), MediaType.OciLayerGzip));
    await fs.rm(tgz);
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    config: { User: 'nobody', Healthcheck: { Test: ['CMD', 'true'] } },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: layers.map((_, i) => ({ created_by: `/bin/sh -c #(nop) ADD dir:layer${i} in / ` })),
  };
  const cfg = await w.writeJson(config, MediaType.OciConfig);
  w.addRoot(await w.writeJson({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: cfg, layers }, MediaType.OciManifest), 'bench');
  await w.commit();
  const out = { layout, blobs: layers.map((l) => path.join(layout, 'blobs', 'sha256', l.digest.slice('sha256:'.length))) };
  await fs.writeFile(ready, JSON.stringify(out));
  return out;
}

/** The floor: decompress and list every layer, nothing else. */
async function floor(blobs: readonly string[]): Promise<number> {
  const t0 = performance.now();
  for (const b of blobs) {
    const r = await sh('sh', ['-c', 'gzip -dc "$0" | tar -t > /dev/null', b]);
    if (r.code !== 0) throw new Error(`floor failed: ${r.err}`);
  }
  return performance.now() - t0;
}

interface Ours {
  /** Inside the worker, from before the scan to its end. */
  ms: number;
  /** The whole worker process, node and module loading included. */
  wallMs: number;
  maxRssMB: number;
  files: number;
  findings: number;
}
async function ours(layout: string, mode: 'full' | 'index'): Promise<Ours> {
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
  const r = await sh(tsx, [path.join(process.cwd(), 'bench/scan-worker.ts'), layout, mode]);
  if (r.code !== 0) throw new Error(`scan failed: ${r.err}`);
  return { ...(JSON.parse(r.out.trim().split('\n').pop() as string) as Omit<Ours, 'wallMs'>), wallMs: r.ms };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const { layout, blobs } = await buildImage();
  let compressed = 0;
  for (const b of blobs) compressed += (await fs.stat(b)).size;
  console.log(`image: ${layout}, ${blobs.length} layers, ${(compressed / 1e6).toFixed(0)} MB compressed`);
  const floors: number[] = [];
  const fulls: Ours[] = [];
  const indexes: Ours[] = [];
  // Interleaved, so drift in machine load affects both sides alike.
  for (let i = 0; i < ROUNDS; i++) {
    floors.push(await floor(blobs));
    fulls.push(await ours(layout, 'full'));
    indexes.push(await ours(layout, 'index'));
    console.log(
      `round ${i + 1}: floor ${(floors[i] as number).toFixed(0)} ms, scan+rules ${fulls[i]?.ms.toFixed(0)} ms (${fulls[i]?.maxRssMB.toFixed(0)} MB), index only ${indexes[i]?.ms.toFixed(0)} ms`,
    );
  }
  const f = median(floors);
  const full = median(fulls.map((x) => x.ms));
  const idx = median(indexes.map((x) => x.ms));
  const fullWall = median(fulls.map((x) => x.wallMs));
  const rss = Math.max(...fulls.map((x) => x.maxRssMB), ...indexes.map((x) => x.maxRssMB));
  const uncompressedFiles = fulls[0]?.files ?? 0;
  console.log('');
  console.log(`files in the final view: ${uncompressedFiles}, findings: ${fulls[0]?.findings}`);
  console.log(`floor (gzip -dc | tar -t), median of ${ROUNDS}: ${f.toFixed(0)} ms`);
  console.log(`test-image scan + all rules:        ${full.toFixed(0)} ms  ratio ${(full / f).toFixed(2)}x  (target <= 1.30x)`);
  console.log(`  the same, whole process (startup too): ${fullWall.toFixed(0)} ms  ratio ${(fullWall / f).toFixed(2)}x`);
  console.log(`layer index only:                   ${idx.toFixed(0)} ms  ratio ${(idx / f).toFixed(2)}x`);
  console.log(`peak RSS of our scan:               ${rss.toFixed(0)} MB  (target < 200 MB)`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
