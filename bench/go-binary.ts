/**
 * Benchmark: the memory a large Go binary costs the scan. One image whose one
 * layer holds a synthetic 60 MiB ELF executable (pseudo-random bytes, so it
 * neither compresses away nor matches by chance) with Go 1.18+ build info in
 * its middle, scanned by checkImage (rules and SBOM: the binary goes to the
 * Go build-info reader) and by the layer index alone, each in its own
 * process. The difference of their peak RSS is what reading the binary costs.
 * Target: well under the binary's size (it is never held whole).
 *
 *   npx tsx bench/go-binary.ts [--rounds 3] [--cache /tmp/go-binary-bench]
 */
import { createReadStream, existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { createGunzip } from 'node:zlib';
import { DigestCounter } from '../shared/src/oci/digest.js';
import { LayoutWriter } from '../shared/src/oci/layout.js';
import { MediaType } from '../shared/src/oci/media-types.js';
import type { ImageConfig } from '../shared/src/oci/types.js';
import { sh } from './lib/sh.js';
import { buildInfoBlob, ELF } from '../test/support/go-binary.js';
import { option } from './lib/option.js';

const CACHE = option('cache', '/tmp/go-binary-bench');
const ROUNDS = Number(option('rounds', '3'));
const SIZE = 60 * 1024 * 1024;
const DEPS = 300;

/** The synthetic binary: ELF magic, pseudo-random bytes, the inline build info blob at the middle. */
function goBinary(): Buffer {
  const bytes = Buffer.allocUnsafe(SIZE);
  let a = 7;
  for (let i = 0; i + 4 <= SIZE; i += 4) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    bytes.writeUInt32LE((t ^ (t >>> 14)) >>> 0, i);
  }
  ELF.copy(bytes, 0);
  const deps = Array.from({ length: DEPS }, (_, i) => `dep\texample.com/module${i}\tv1.${i}.0\th1:abc=\n`).join('');
  buildInfoBlob(`path\texample.com/tool\nmod\texample.com/tool\tv2.3.4\th1:x=\n${deps}build\t-compiler=gc\n`).copy(bytes, SIZE / 2);
  return bytes;
}

async function buildImage(): Promise<string> {
  const layout = path.join(CACHE, 'layout');
  const ready = path.join(CACHE, 'ready.json');
  if (existsSync(ready)) return layout;
  await fs.rm(CACHE, { recursive: true, force: true });
  const root = path.join(CACHE, 'root');
  await fs.mkdir(path.join(root, 'usr/local/bin'), { recursive: true });
  await fs.writeFile(path.join(root, 'usr/local/bin/tool'), goBinary(), { mode: 0o755 });
  const tgz = path.join(CACHE, 'layer.tar.gz');
  const t = await sh('tar', ['--numeric-owner', '-czf', tgz, '.'], { cwd: root });
  if (t.code !== 0) throw new Error(`tar failed: ${t.err}`);
  const c = new DigestCounter();
  await new Promise<void>((resolve, reject) => {
    const s = createReadStream(tgz).pipe(createGunzip());
    s.on('data', (b: Buffer) => c.update(b));
    s.on('end', resolve);
    s.on('error', reject);
  });
  const w = await LayoutWriter.create(layout);
  const layer = await w.writeStream(createReadStream(tgz), MediaType.OciLayerGzip);
  const config: ImageConfig = { architecture: 'amd64', os: 'linux', config: { User: 'nobody' }, rootfs: { type: 'layers', diff_ids: [c.digest()] } };
  const cfg = await w.writeJson(config, MediaType.OciConfig);
  w.addRoot(await w.writeJson({ schemaVersion: 2, mediaType: MediaType.OciManifest, config: cfg, layers: [layer] }, MediaType.OciManifest), 'bench');
  await w.commit();
  await fs.rm(root, { recursive: true, force: true });
  await fs.rm(tgz);
  await fs.writeFile(ready, '{}');
  return layout;
}

interface Run {
  ms: number;
  maxRssMB: number;
  packages: number;
}
async function worker(layout: string, mode: 'full' | 'index'): Promise<Run> {
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
  const r = await sh(tsx, [path.join(process.cwd(), 'bench/scan-worker.ts'), layout, mode]);
  if (r.code !== 0) throw new Error(`scan failed: ${r.err}`);
  return JSON.parse(r.out.trim().split('\n').pop() as string) as Run;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const layout = await buildImage();
console.log(`image: ${layout}, one layer with a ${SIZE / 1024 / 1024} MiB Go binary (${DEPS} deps)`);
const fulls: Run[] = [];
const indexes: Run[] = [];
for (let i = 0; i < ROUNDS; i++) {
  fulls.push(await worker(layout, 'full'));
  indexes.push(await worker(layout, 'index'));
  console.log(`round ${i + 1}: scan+rules+SBOM ${fulls[i]?.maxRssMB.toFixed(0)} MB, index only ${indexes[i]?.maxRssMB.toFixed(0)} MB`);
}
const full = median(fulls.map((r) => r.maxRssMB));
const index = median(indexes.map((r) => r.maxRssMB));
console.log('');
console.log(`Go packages in the SBOM: ${fulls[0]?.packages} (expected ${DEPS + 1})`);
console.log(`peak RSS, scan + rules + SBOM (median of ${ROUNDS}): ${full.toFixed(0)} MB`);
console.log(`peak RSS, layer index only:                    ${index.toFixed(0)} MB`);
console.log(`what the binary costs: ${(full - index).toFixed(0)} MB for a ${SIZE / 1024 / 1024} MiB binary (target: well under its size)`);
