/**
 * One measured read + index + match of a tracker file, in its own process so
 * its peak RSS is its own: `npx tsx bench/vulnerabilities-worker.ts <file>
 * [image|bookworm|all] <image packages>`. `image` reads what test-image reads
 * for a bookworm image (that release, the image's packages only); `bookworm`
 * that release, every package; `all` everything. Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { readVulnerabilityDb } from '../shared/src/compliance/vulnerabilities/load.js';
import { indexAdvisories, match } from '../shared/src/compliance/vulnerabilities/match.js';
import { packageNames } from '../shared/src/compliance/vulnerabilities/package-filter.js';
import { trackerImage } from './lib/tracker.js';

const [file, mode = 'bookworm', count = '500'] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: vulnerabilities-worker.ts <tracker.json> [image|bookworm|all] [packages]');
const packages = trackerImage(Number(count));
const distro = { id: 'debian', versionId: '12', codename: 'bookworm' };
const t0 = performance.now();
const releases = new Set(['bookworm', '12']);
const advisories = await readVulnerabilityDb(
  file,
  undefined,
  undefined,
  mode === 'all' ? {} : mode === 'bookworm' ? { releases } : { releases, packages: packageNames(packages) },
);
const t1 = performance.now();
const index = indexAdvisories(advisories);
const t2 = performance.now();
const findings = match(packages, index, { distro }).length;
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({ loadMs: t1 - t0, indexMs: t2 - t1, matchMs: t3 - t2, advisories: advisories.length, findings, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
