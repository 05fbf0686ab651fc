/**
 * Benchmark: each action's start-up (issue 17 item 3), measured over its bundle with GNU time, against bare
 * `node -e 0` in the same run. Two cases per action:
 *   bad input  the step refused at input time (no `image`): the target is within 0.2 s;
 *   run start  valid inputs naming an image on a closed loopback port, so the run loads what a container
 *              run loads and fails at its first registry request: the target is under 60 MB.
 * build-image's run start is a whole small build (FROM scratch, with buildah) before its push fails, so its
 * figures include that build. Prints the median wall time and the median max RSS of --rounds runs, and whether each meets its target.
 *
 *   npx tsx bench/startup.ts [--rounds 5] [--dist] [--keep]
 *
 * By default the bundles are built from the current sources into a temporary folder with the flags
 * scripts/bundle.mjs uses (`ncc build X/src/main.ts --target es2022`; the sql.js fix-up it applies does not
 * matter here, that chunk is not loaded at start-up); --dist measures the committed X/dist/index.js instead.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

const ACTIONS = ['build-image', 'test-image', 'distribute-image', 'check-updates'] as const;
const BAD_INPUT_S = 0.2;
const RUN_START_MB = 60;

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 5;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: expected a positive integer, got '${args[roundsArg + 1]}'`);
const useDist = args.includes('--dist');

interface Sample {
  seconds: number;
  rssMB: number;
}

/** One run under GNU time -v, in a clean environment (PATH and the given variables only). */
function timed(argv: string[], env: Record<string, string>): Sample {
  const r = spawnSync('/usr/bin/time', ['-v', ...argv], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env }, encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (wall === null || rss === null) throw new Error(`GNU time printed no measurements for ${argv.join(' ')}:\n${r.stderr.slice(-500)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, rssMB: Number(rss[1]) / 1024 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

function measure(argv: string[], env: Record<string, string>): Sample {
  const samples = Array.from({ length: rounds }, () => timed(argv, env));
  return { seconds: median(samples.map((s) => s.seconds)), rssMB: median(samples.map((s) => s.rssMB)) };
}

async function bundles(): Promise<{ dir?: string; entry: (a: string) => string }> {
  if (useDist) return { entry: (a) => path.resolve(a, 'dist/index.js') };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'startup-bench-'));
  for (const a of ACTIONS) {
    const r = spawnSync('npx', ['ncc', 'build', `${a}/src/main.ts`, '-o', path.join(dir, a), '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`ncc build ${a} failed`);
  }
  return { dir, entry: (a) => path.join(dir, a, 'index.js') };
}

const { dir, entry } = await bundles();
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'startup-work-'));
// A workspace with a Dockerfile, so build-image's run start gets past its inputs too.
await fs.writeFile(path.join(work, 'Dockerfile'), 'FROM scratch\n');
const base = { GITHUB_WORKSPACE: work, RUNNER_TEMP: work };
// Nothing listens on port 1: the run fails at its first request, after loading what it needs.
const dead = '127.0.0.1:1';
const runStart: Record<string, Record<string, string>> = {
  'build-image': { INPUT_TAGS: `${dead}/bench/startup:1`, INPUT_PUSH: 'true', 'INPUT_INSECURE-REGISTRIES': dead },
  'test-image': { INPUT_IMAGE: `${dead}/bench/startup:1`, 'INPUT_INSECURE-REGISTRIES': dead },
  'distribute-image': { INPUT_IMAGE: `${dead}/bench/startup:1`, INPUT_DESTINATIONS: `${dead}/bench/copy`, 'INPUT_INSECURE-REGISTRIES': dead },
  'check-updates': { INPUT_IMAGE: `${dead}/bench/startup:1`, 'INPUT_INSECURE-REGISTRIES': dead },
};
// build-image needs a build context with no Dockerfile to refuse at input time; the others refuse a missing image.
const badInput: Record<string, Record<string, string>> = {
  'build-image': { INPUT_CONTEXT: os.tmpdir(), INPUT_FILE: 'no-such-Dockerfile' },
  'test-image': {},
  'distribute-image': {},
  'check-updates': {},
};

const bare = measure(['node', '-e', '0'], base);
const rows: string[][] = [['node -e 0', '', bare.seconds.toFixed(2), bare.rssMB.toFixed(0), '']];
for (const a of ACTIONS) {
  const bad = measure(['node', entry(a)], { ...base, ...badInput[a] });
  rows.push([a, 'bad input', bad.seconds.toFixed(2), bad.rssMB.toFixed(0), bad.seconds <= BAD_INPUT_S ? 'ok' : `over ${BAD_INPUT_S} s`]);
  const start = measure(['node', entry(a)], { ...base, ...runStart[a] });
  rows.push([a, 'run start', start.seconds.toFixed(2), start.rssMB.toFixed(0), start.rssMB < RUN_START_MB ? 'ok' : `over ${RUN_START_MB} MB`]);
}

const header = ['action', 'case', 'wall s', 'max RSS MB', `target (bad input <= ${BAD_INPUT_S} s, run start < ${RUN_START_MB} MB)`];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
console.log(`start-up over ${useDist ? 'the committed dist/ bundles' : `bundles built from the sources into ${dir}`}, median of ${rounds} runs (GNU time -v)`);
console.log(line(header));
for (const r of rows) console.log(line(r));

await fs.rm(work, { recursive: true, force: true });
if (dir !== undefined && !args.includes('--keep')) await fs.rm(dir, { recursive: true, force: true });
