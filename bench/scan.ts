/**
 * Benchmark: test-image's scan of a large image against the floor of just
 * listing its layers, `gzip -dc <layer> | tar -t`, over the same layer blobs
 * in the same run, plus our peak RSS. Three cases, each in its own process:
 * the layer index alone; the scan with the rules and the SBOM (checkImage);
 * and that plus vulnerability matching against a full-size Debian tracker
 * (scanVulnerabilities, as test-image does with `vulnerability-db`).
 *
 *   npx tsx bench/scan.ts [--rootfs <dir>] [--rounds 3] [--cache /tmp/scan-bench] [--baseline <tree>]
 *
 * Two floors, measured in the same rounds: the serial one (each layer's
 * `gzip -dc | tar -t` after the other) and the parallel one (the layers listed
 * N at a time, N = cores); every ratio is printed against both. The layer
 * index is measured twice, with the layers read one after another
 * (`--parallel 1`) and at once (scanImage's default), so the gain of reading
 * layers in parallel is in the same run. `--baseline <tree>`: also run that
 * tree's bench/scan-worker.ts (e.g. `git archive <commit> | tar -x -C <tree>`,
 * with a node_modules link to this one) in the same rounds, for before/after.
 * Target (issue 17): the default scan (rules and SBOM) <= 0.6x the serial floor.
 *
 * The image: a root file system given with --rootfs (e.g. a debootstrap of
 * Debian), else one synthesised from this machine's /usr (many real files:
 * docs, headers, libraries) split into three layers, the last of which
 * deletes files and makes a folder opaque so whiteouts are exercised, and
 * carries this machine's dpkg database and os-release, so the SBOM lists its
 * Debian packages. The tracker (bench/lib/tracker.ts: ~40k CVEs over 1.5k
 * source packages) names those packages' sources first, so they match.
 * Built once and cached. Targets (issue 12): scan with SBOM and vulnerability
 * matching <= 1.3x the floor, peak RSS < 250 MB.
 */
import { createReadStream, existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { createGunzip } from 'node:zlib';
import { DigestCounter, type Digest } from '../shared/src/oci/digest.js';
import { LayoutWriter } from '../shared/src/oci/layout.js';
import { MediaType } from '../shared/src/oci/media-types.js';
import type { Descriptor, ImageConfig } from '../shared/src/oci/types.js';
import { sh } from './lib/sh.js';
import { trackerJson } from './lib/tracker.js';
import { option } from './lib/option.js';

const CACHE = option('cache', '/tmp/scan-bench');
const ROUNDS = Number(option('rounds', '3'));
const ROOTFS = option('rootfs', '');
const BASELINE = option('baseline', '');
const CORES = availableParallelism();

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
  // The Debian packages for the SBOM and the matcher: this machine's dpkg database and release.
  if (existsSync('/var/lib/dpkg/status')) {
    await fs.mkdir(path.join(top, 'var/lib/dpkg'), { recursive: true });
    await fs.copyFile('/var/lib/dpkg/status', path.join(top, 'var/lib/dpkg/status'));
  }
  if (existsSync('/etc/os-release')) await fs.copyFile('/etc/os-release', path.join(top, 'etc/os-release'));
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
  // v2: the top layer carries the dpkg database and os-release.
  const ready = path.join(CACHE, 'ready-v2.json');
  if (existsSync(ready)) return JSON.parse(await fs.readFile(ready, 'utf8')) as { layout: string; blobs: string[] };
  await fs.mkdir(CACHE, { recursive: true });
  await fs.rm(layout, { recursive: true, force: true });
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

/** The source packages of this machine's dpkg database (what the image's SBOM lists), for the tracker to name first. */
async function sourcePackages(): Promise<string[]> {
  const text = await fs.readFile('/var/lib/dpkg/status', 'utf8').catch(() => '');
  const names = new Set<string>();
  for (const stanza of text.split(/\n\n+/)) {
    const source = /^Source: (\S+)/m.exec(stanza)?.[1] ?? /^Package: (\S+)/m.exec(stanza)?.[1];
    if (source !== undefined) names.add(source);
  }
  return [...names].sort();
}

/** The synthetic full-size tracker, in the cache folder (the workspace the worker confines the database path to). */
async function buildTracker(): Promise<string> {
  const file = path.join(CACHE, 'tracker-v1.json');
  if (!existsSync(file)) await fs.writeFile(file, trackerJson(await sourcePackages()));
  return file;
}

/** List one layer; its CPU milliseconds (gzip and tar, from GNU time). */
const listLayer = async (blob: string): Promise<number> => {
  const r = await sh('/usr/bin/time', ['-f', 'cpu %U %S', 'sh', '-c', 'gzip -dc "$0" | tar -t > /dev/null', blob]);
  if (r.code !== 0) throw new Error(`floor failed: ${r.err}`);
  const m = /cpu ([\d.]+) ([\d.]+)/.exec(r.err);
  return m === null ? NaN : (Number(m[1]) + Number(m[2])) * 1000;
};

/** A floor: decompress and list every layer, nothing else, `width` layers at a time (1: one after another). */
async function floor(blobs: readonly string[], width: number): Promise<{ ms: number; cpuMs: number }> {
  const t0 = performance.now();
  let next = 0;
  let cpuMs = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, blobs.length) }, async () => {
      while (next < blobs.length) cpuMs += await listLayer(blobs[next++] as string);
    }),
  );
  return { ms: performance.now() - t0, cpuMs };
}

interface Ours {
  /** Inside the worker, from before the scan to its end. */
  ms: number;
  /** Loading check-image's modules before the clock started (full and vulns; absent from an older worker's line, which counted it in ms). */
  loadMs?: number;
  /** CPU of the worker process, all threads (absent from an older worker's line). */
  cpuMs?: number;
  /** The whole worker process, node and module loading included. */
  wallMs: number;
  maxRssMB: number;
  files: number;
  findings: number;
  packages: number;
  advisories: number;
  vulnerabilities: number;
  /** Within `ms`: the vulnerability scan alone (load + match). */
  vulnMs: number;
}
async function ours(layout: string, mode: 'vulns' | 'full' | 'index', tracker: string, extra: string[] = [], tree = process.cwd()): Promise<Ours> {
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
  const r = await sh(tsx, [path.join(tree, 'bench/scan-worker.ts'), layout, mode, tracker, ...extra]);
  if (r.code !== 0) throw new Error(`scan failed: ${r.err}`);
  return { ...(JSON.parse(r.out.trim().split('\n').pop() as string) as Omit<Ours, 'wallMs'>), wallMs: r.ms };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Case {
  name: string;
  run: () => Promise<Ours>;
  results: Ours[];
}

async function main(): Promise<void> {
  const { layout, blobs } = await buildImage();
  const tracker = await buildTracker();
  let compressed = 0;
  const sizes: string[] = [];
  for (const b of blobs) {
    const size = (await fs.stat(b)).size;
    compressed += size;
    sizes.push(`${(size / 1e6).toFixed(1)}`);
  }
  console.log(`image: ${layout}, ${blobs.length} layers (${sizes.join(' + ')} MB compressed), ${(compressed / 1e6).toFixed(0)} MB`);
  console.log(`tracker: ${tracker}, ${((await fs.stat(tracker)).size / 1024 / 1024).toFixed(1)} MiB; ${CORES} cores`);
  const cases: Case[] = [
    { name: 'scan + rules + SBOM + vulnerability match', run: () => ours(layout, 'vulns', tracker), results: [] },
    { name: 'scan + rules + SBOM (the default scan)', run: () => ours(layout, 'full', tracker), results: [] },
    { name: 'layer index, layers at once (default)', run: () => ours(layout, 'index', tracker), results: [] },
    { name: 'layer index, one layer after another', run: () => ours(layout, 'index', tracker, ['--parallel', '1']), results: [] },
  ];
  if (BASELINE !== '') {
    cases.push(
      { name: `baseline ${BASELINE}: scan + rules + SBOM`, run: () => ours(layout, 'full', tracker, [], path.resolve(BASELINE)), results: [] },
      { name: `baseline ${BASELINE}: layer index`, run: () => ours(layout, 'index', tracker, [], path.resolve(BASELINE)), results: [] },
    );
  }
  const serialFloors: { ms: number; cpuMs: number }[] = [];
  const parallelFloors: { ms: number; cpuMs: number }[] = [];
  // Interleaved, so drift in machine load affects every side alike.
  for (let i = 0; i < ROUNDS; i++) {
    serialFloors.push(await floor(blobs, 1));
    parallelFloors.push(await floor(blobs, CORES));
    for (const c of cases) c.results.push(await c.run());
    console.log(
      `round ${i + 1}: floors ${serialFloors[i]?.ms.toFixed(0)} / ${parallelFloors[i]?.ms.toFixed(0)} ms; ${cases
        .map((c) => `${c.name} ${c.results[i]?.ms.toFixed(0)} ms (${c.results[i]?.maxRssMB.toFixed(0)} MB)`)
        .join('; ')}`,
    );
  }
  const serial = median(serialFloors.map((f) => f.ms));
  const parallel = median(parallelFloors.map((f) => f.ms));
  const floorCpu = median(serialFloors.map((f) => f.cpuMs));
  const v = cases[0]?.results[0] as Ours;
  console.log('');
  console.log(
    `files in the final view: ${v.files}, rule findings: ${v.findings}, SBOM packages: ${v.packages}, advisories read: ${v.advisories}, vulnerabilities matched: ${v.vulnerabilities}`,
  );
  console.log(`serial floor (gzip -dc | tar -t, one layer after another), median of ${ROUNDS}: ${serial.toFixed(0)} ms`);
  console.log(`parallel floor (the same, ${CORES} layers at a time), median of ${ROUNDS}:    ${parallel.toFixed(0)} ms`);
  console.log(`CPU of the serial floor (gzip + tar): ${floorCpu.toFixed(0)} ms (on a loaded machine CPU time says more about the work than wall time)`);
  console.log('');
  const w = Math.max(...cases.map((c) => c.name.length));
  console.log(`${'median of each'.padEnd(w)}  ${'ms'.padStart(6)}  vs serial  vs parallel  peak RSS  ${'CPU ms'.padStart(7)}  CPU vs floor's`);
  for (const c of cases) {
    const ms = median(c.results.map((x) => x.ms));
    const rss = Math.max(...c.results.map((x) => x.maxRssMB));
    // A baseline tree's worker may not report its CPU: NaN then, printed as such.
    const cpu = median(c.results.map((x) => x.cpuMs ?? NaN));
    console.log(
      `${c.name.padEnd(w)}  ${ms.toFixed(0).padStart(6)}  ${(ms / serial).toFixed(2).padStart(8)}x  ${(ms / parallel).toFixed(2).padStart(9)}x  ${rss.toFixed(0).padStart(5)} MB  ${cpu.toFixed(0).padStart(7)}  ${(cpu / floorCpu).toFixed(2).padStart(12)}x`,
    );
  }
  const vulnCase = cases[0] as Case;
  const full = median((cases[1] as Case).results.map((x) => x.ms));
  const vuln = median(vulnCase.results.map((x) => x.ms));
  const vulnWall = median(vulnCase.results.map((x) => x.wallMs));
  const vulnRss = Math.max(...vulnCase.results.map((x) => x.maxRssMB));
  console.log('');
  console.log(`  of the first, the vulnerability scan (load + match): ${median(vulnCase.results.map((x) => x.vulnMs)).toFixed(0)} ms`);
  console.log(
    `  not in ms: loading check-image's modules (under tsx; start-up, see bench/startup.ts), median ${median((cases[1] as Case).results.map((x) => x.loadMs ?? NaN)).toFixed(0)} ms`,
  );
  console.log(`  the same, whole process (startup too): ${vulnWall.toFixed(0)} ms, ${(vulnWall / serial).toFixed(2)}x serial`);
  console.log(
    `target (issue 12): scan + rules + SBOM + vulnerabilities <= 1.30x serial floor: ${(vuln / serial).toFixed(2)}x ${vuln / serial <= 1.3 ? 'met' : 'MISSED'}; peak RSS < 250 MB: ${vulnRss.toFixed(0)} MB ${vulnRss < 250 ? 'met' : 'MISSED'}`,
  );
  console.log(`target (issue 17): the default scan <= 0.60x serial floor: ${(full / serial).toFixed(2)}x ${full / serial <= 0.6 ? 'met' : 'MISSED'}`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
