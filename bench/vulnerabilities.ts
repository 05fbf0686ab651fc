/**
 * Benchmark: reading and matching the Debian security tracker JSON at its
 * real size (issue 12: ~40k CVEs over ~1.5k source packages, four releases
 * each; bench/lib/tracker.ts), generated with a fixed seed into a temp
 * folder, then matched against a 500-package bookworm image (binaries sharing
 * sources, as real images do). Each measurement runs in its own process
 * (bench/vulnerabilities-worker.ts), so each peak RSS is its own.
 * Targets: index + match under 1 s; read + match of what test-image reads
 * (the image's release and packages) with peak RSS under 250 MB. Also shown:
 * the release alone (every package parsed), and every release.
 *
 *   npx tsx bench/vulnerabilities.ts [--rounds 5]
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { sh } from './lib/sh.js';
import { TRACKER_CVES, TRACKER_PACKAGES, TRACKER_RELEASES, trackerJson } from './lib/tracker.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const IMAGE_PACKAGES = 500;

interface Run {
  loadMs: number;
  indexMs: number;
  matchMs: number;
  advisories: number;
  findings: number;
  maxRssMB: number;
}

const MODES = ['image', 'bookworm', 'all'] as const;
type Mode = (typeof MODES)[number];
const TITLE: Record<Mode, string> = {
  image: "what test-image reads for a bookworm image (that release, the image's packages only):",
  bookworm: 'that release, every package:',
  all: 'every release:',
};

async function measure(file: string, mode: Mode): Promise<Run> {
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx');
  const r = await sh(tsx, [path.join(process.cwd(), 'bench/vulnerabilities-worker.ts'), file, mode, String(IMAGE_PACKAGES)]);
  if (r.code !== 0) throw new Error(`worker failed: ${r.err}`);
  return JSON.parse(r.out.trim().split('\n').pop() as string) as Run;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-vulns-'));
try {
  const file = path.join(dir, 'tracker.json');
  await fs.writeFile(file, trackerJson());
  const size = (await fs.stat(file)).size;
  console.log(
    `tracker JSON: ${TRACKER_PACKAGES} packages, ${TRACKER_CVES} CVEs x ${TRACKER_RELEASES.length} releases, ${(size / 1024 / 1024).toFixed(1)} MiB; image: ${IMAGE_PACKAGES} bookworm packages`,
  );
  const runs: Record<Mode, Run[]> = { image: [], bookworm: [], all: [] };
  // Interleaved, so drift in machine load affects all alike.
  for (let r = 0; r < ROUNDS; r++) for (const mode of MODES) runs[mode].push(await measure(file, mode));
  for (const mode of MODES) {
    const list = runs[mode];
    const first = list[0] as Run;
    const indexMatch = median(list.map((x) => x.indexMs + x.matchMs));
    const rss = Math.max(...list.map((x) => x.maxRssMB));
    console.log('');
    console.log(TITLE[mode]);
    console.log(`  read + parse:  ${ms(median(list.map((x) => x.loadMs)))} -> ${first.advisories} advisories (median of ${ROUNDS})`);
    console.log(`  index:         ${ms(median(list.map((x) => x.indexMs)))}`);
    console.log(`  match:         ${ms(median(list.map((x) => x.matchMs)))}, ${first.findings} findings`);
    console.log(`  index + match: ${ms(indexMatch)} — target < 1000 ms: ${indexMatch < 1000 ? 'met' : 'MISSED'}`);
    console.log(
      `  peak RSS (read + index + match, whole process): ${rss.toFixed(0)} MB${mode === 'image' ? ` — target < 250 MB: ${rss < 250 ? 'met' : 'MISSED'}` : ''}`,
    );
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
