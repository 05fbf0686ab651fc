/**
 * Benchmark: reading and matching the Debian security tracker JSON at its
 * real size (issue 12: ~40k CVEs over ~1.5k source packages, four releases
 * each), generated here with a fixed seed and written to a temp folder, then
 * matched against a 500-package bookworm image (binaries sharing sources, as
 * real images do). Target: matching under 1 s. Prints the file size, the
 * read+parse time, the index time, the match time (median of rounds) and
 * peak RSS.
 *
 *   npx tsx bench/vulnerabilities.ts [--rounds 5]
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Package } from '../shared/src/compliance/sbom/package.js';
import { readVulnerabilityDb } from '../shared/src/compliance/vulnerabilities/load.js';
import { indexAdvisories, match } from '../shared/src/compliance/vulnerabilities/match.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const PACKAGES = 1500;
const CVES = 40000;
const IMAGE_PACKAGES = 500;
const RELEASES = ['bullseye', 'bookworm', 'trixie', 'sid'];

/** A small deterministic generator (mulberry32), so every run measures the same file. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(12);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const version = (epoch: boolean): string =>
  `${epoch ? '1:' : ''}${1 + Math.floor(random() * 5)}.${Math.floor(random() * 20)}.${Math.floor(random() * 10)}-${1 + Math.floor(random() * 4)}${random() < 0.4 ? '+deb12u1' : ''}`;

function trackerJson(): string {
  const doc: Record<string, Record<string, unknown>> = {};
  const names = Array.from({ length: PACKAGES }, (_, i) => `src-package-${i}`);
  for (let i = 0; i < CVES; i++) {
    const name = pick(names);
    const releases: Record<string, unknown> = {};
    for (const r of RELEASES) {
      const roll = random();
      const urgency = pick(['low', 'medium', 'high', 'unimportant', 'not yet assigned', 'low**']);
      const fixed = version(random() < 0.1);
      releases[r] =
        roll < 0.6
          ? { status: 'resolved', repositories: { [r]: fixed }, fixed_version: fixed, urgency }
          : roll < 0.7
            ? { status: 'resolved', repositories: { [r]: fixed }, fixed_version: '0', urgency }
            : roll < 0.9
              ? { status: 'open', repositories: { [r]: fixed }, urgency, nodsa: 'Minor issue', nodsa_reason: '' }
              : { status: 'undetermined', repositories: { [r]: fixed }, urgency: 'not yet assigned' };
    }
    (doc[name] ??= {})[`CVE-${2000 + (i % 25)}-${10000 + i}`] = {
      description: `A synthetic issue number ${i} in ${name}: a buffer overflow in the parser allows remote attackers to cause a denial of service.`,
      scope: pick(['local', 'remote']),
      ...(random() < 0.3 ? { debianbug: 1000000 + i } : {}),
      releases,
    };
  }
  return JSON.stringify(doc);
}

function image(): Package[] {
  const out: Package[] = [];
  for (let i = 0; i < IMAGE_PACKAGES; i++) {
    // About three binaries per source, like libssl3/openssl/libssl-dev.
    const src = `src-package-${Math.floor((i / 3) * 7) % PACKAGES}`;
    const v = version(random() < 0.1);
    out.push({
      ecosystem: 'deb',
      name: `bin-${i}`,
      version: v,
      source: { name: src, version: v },
      purl: `pkg:deb/debian/bin-${i}@${v}`,
      layer: { index: 0, digest: 'sha256:0' },
      locations: ['var/lib/dpkg/status'],
    });
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-vulns-'));
try {
  const file = path.join(dir, 'tracker.json');
  await fs.writeFile(file, trackerJson());
  const size = (await fs.stat(file)).size;
  const distro = { id: 'debian', versionId: '12', codename: 'bookworm' };
  const packages = image();

  const parseTimes: number[] = [];
  let advisories: Awaited<ReturnType<typeof readVulnerabilityDb>> = [];
  for (let r = 0; r < Math.min(ROUNDS, 3); r++) {
    const t0 = performance.now();
    advisories = await readVulnerabilityDb(file);
    parseTimes.push(performance.now() - t0);
  }
  // What the action reads for one bookworm image: that release only.
  const t = performance.now();
  const bookwormOnly = await readVulnerabilityDb(file, undefined, undefined, { releases: new Set(['bookworm', '12']) });
  const filteredParse = performance.now() - t;
  const indexTimes: number[] = [];
  const matchTimes: number[] = [];
  const totalTimes: number[] = [];
  let findings = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    const index = indexAdvisories(advisories);
    const t1 = performance.now();
    findings = match(packages, index, { distro }).length;
    const t2 = performance.now();
    indexTimes.push(t1 - t0);
    matchTimes.push(t2 - t1);
    totalTimes.push(t2 - t0);
  }
  const total = median(totalTimes);
  console.log(
    `tracker JSON: ${PACKAGES} packages, ${CVES} CVEs x ${RELEASES.length} releases, ${(size / 1024 / 1024).toFixed(1)} MiB -> ${advisories.length} advisories`,
  );
  console.log(`read + parse:          ${ms(median(parseTimes))} (median of ${parseTimes.length})`);
  console.log(`read + parse bookworm: ${ms(filteredParse)} -> ${bookwormOnly.length} advisories`);
  console.log(`index:                 ${ms(median(indexTimes))} (median of ${ROUNDS})`);
  console.log(`match ${IMAGE_PACKAGES} packages:    ${ms(median(matchTimes))} (median of ${ROUNDS}), ${findings} findings`);
  console.log(`index + match:         ${ms(total)} — target < 1000 ms: ${total < 1000 ? 'met' : 'MISSED'}`);
  console.log(`peak RSS:              ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
