/**
 * Benchmark: each action's start-up (issue 17 item 3), measured over its bundle with GNU time, against bare
 * `node -e 0` in the same run. The four actions and the all-in-one root action (src/main.ts, "image-pipeline").
 * Two cases per action:
 *   bad input  the step refused at input time (no `image`): the target is within 0.2 s;
 *   run start  valid inputs naming an image on a closed loopback port, so the run loads what a container
 *              run loads and fails at its first registry request: the target is under 60 MB.
 * build-image's run start is a whole small build (FROM scratch, with buildah) before its push fails, so its
 * figures include that build; the root action's run start is that build and the test of the built layout before
 * its push fails. Prints the median wall time and the median max RSS of --rounds runs, and whether each meets its target.
 *
 *   npx tsx bench/startup.ts [--rounds 5] [--dist | --bundles DIR] [--keep] [--only build-image,image-pipeline] [--timeline [MS]]
 *
 * By default the bundles are built from the current sources into a temporary folder with the flags
 * scripts/bundle.mjs uses (`ncc build X/src/main.ts --target es2022`; the sql.js fix-up it applies does not
 * matter here, that chunk is not loaded at start-up). --dist measures the committed
 * X/dist/index.js instead; --keep leaves the built bundles (DIR/<action>/index.js) for a look (`node --cpu-prof`
 * over one) or a later run with --bundles DIR, e.g. to measure the bundles of an earlier commit beside these.
 * Besides wall time, the CPU time (user + system) of the same runs: on a machine shared with other work the wall
 * time mostly measures the wait for a core, the CPU time what the action itself spends.
 *
 * --timeline [MS] shows where the memory goes instead of the table: one run per case and action, its RSS read from
 * /proc/<pid>/status every MS milliseconds (default 3) from this process, so the action runs unchanged apart from
 * one line in a copy of its bundle that reports each chunk as it loads (chunk id, with RSS, JS heap total/used and
 * external memory at that moment), the step's `=== stage` and error lines, and for each chunk the source modules
 * ncc concatenated into it. Samples are printed when RSS moved by 0.5 MB or more.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ACTION_NAMES, bundlesFor, type ActionName } from './lib/bundles.js';

const ALL = ACTION_NAMES;
const BAD_INPUT_S = 0.2;
const RUN_START_MB = 60;

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 5;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: expected a positive integer, got '${args[roundsArg + 1]}'`);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : [...ALL];
const unknown = only.filter((a) => !(ALL as readonly string[]).includes(a));
if (unknown.length > 0) throw new Error(`--only: expected some of ${ALL.join(', ')}, got '${unknown.join(', ')}'`);
const ACTIONS = ALL.filter((a) => only.includes(a));

/** The chunk loader of an ncc (webpack) ESM bundle: the line the timeline's copy reports each chunk load before. */
const CHUNK_LOAD = 'var promise = import("./" + __nccwpck_require__.u(chunkId))';
const MEMORY_NOW =
  '${((m) => `rss ${(m.rss / 1048576).toFixed(1)} heap ${(m.heapTotal / 1048576).toFixed(1)}/${(m.heapUsed / 1048576).toFixed(1)} external ${(m.external / 1048576).toFixed(1)}`)(process.memoryUsage())}';

/** The source modules ncc concatenated into a chunk file, as its comments name them (CommonJS modules have only ids). */
const modulesOf = (source: string): string[] => [...source.matchAll(/CONCATENATED MODULE: \.\/(\S+)/g)].map((m) => m[1] as string);

/**
 * One run of a bundle with its RSS sampled every `everyMs` from /proc, beside the chunk loads and stage lines
 * (see --timeline above). The bundle is copied to a temporary folder with its chunk loader reporting each load on stderr.
 */
async function timeline(entryFile: string, env: Record<string, string>, everyMs: number): Promise<string[]> {
  const dir = path.dirname(entryFile);
  const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'startup-timeline-'));
  const chunkModules = new Map<string, string[]>();
  for (const f of await fs.readdir(dir)) {
    let text = await fs.readFile(path.join(dir, f), 'utf8');
    if (f === path.basename(entryFile)) {
      if (!text.includes(CHUNK_LOAD)) throw new Error(`${entryFile}: no ncc chunk loader found to report chunk loads`);
      text = text
        .replace(CHUNK_LOAD, `process.stderr.write(\`@@chunk \${chunkId} ${MEMORY_NOW}\\n\`); ${CHUNK_LOAD}`)
        .replace(
          'var __webpack_exports__ = __nccwpck_require__(',
          `process.stderr.write(\`@@entry ${MEMORY_NOW}\\n\`); var __webpack_exports__ = __nccwpck_require__(`,
        );
    }
    const id = /^(\d+)\.index\.js$/.exec(f)?.[1];
    if (id !== undefined) chunkModules.set(id, modulesOf(text));
    await fs.writeFile(path.join(copy, f), text);
  }
  const t0 = performance.now();
  const at = (): string => (performance.now() - t0).toFixed(0).padStart(6);
  const child = spawn('node', [path.join(copy, path.basename(entryFile))], {
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  let last = -1;
  let peak = 0;
  const sample = setInterval(() => {
    const status = (() => {
      try {
        return readFileSync(`/proc/${child.pid}/status`, 'utf8');
      } catch {
        return '';
      }
    })();
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    if (kb === undefined) return;
    const mb = Number(kb) / 1024;
    peak = Math.max(peak, mb);
    if (Math.abs(mb - last) < 0.5) return;
    last = mb;
    out.push(`${at()} ms  rss ${mb.toFixed(1)} MB`);
  }, everyMs);
  const lines = (stream: NodeJS.ReadableStream, keep: (l: string) => boolean): void => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (d: string) => {
      buf += d;
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const l = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (!keep(l)) continue;
        const chunk = /^@@chunk (\d+)/.exec(l)?.[1];
        const mods = chunk === undefined ? [] : (chunkModules.get(chunk) ?? []);
        out.push(`${at()} ms  ${l.replace(/^@@/, '').slice(0, 160)}${mods.length > 0 ? `\n          modules: ${mods.join(' ')}` : ''}`);
      }
    });
  };
  lines(child.stdout, (l) => l.startsWith('===') || l.startsWith('::error'));
  lines(child.stderr, (l) => l.startsWith('@@'));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sample);
  out.push(`${at()} ms  exit ${code}, sampled peak RSS ${peak.toFixed(1)} MB`);
  await fs.rm(copy, { recursive: true, force: true });
  return out;
}

interface Sample {
  seconds: number;
  cpuSeconds: number;
  rssMB: number;
}

/** One run under GNU time -v, in a clean environment (PATH and the given variables only). */
function timed(argv: string[], env: Record<string, string>): Sample {
  const r = spawnSync('/usr/bin/time', ['-v', ...argv], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env }, encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (wall === null || rss === null || user === null || system === null)
    throw new Error(`GNU time printed no measurements for ${argv.join(' ')}:\n${r.stderr.slice(-500)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, cpuSeconds: Number(user[1]) + Number(system[1]), rssMB: Number(rss[1]) / 1024 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

function measure(argv: string[], env: Record<string, string>): Sample {
  const samples = Array.from({ length: rounds }, () => timed(argv, env));
  return {
    seconds: median(samples.map((s) => s.seconds)),
    cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
    rssMB: median(samples.map((s) => s.rssMB)),
  };
}

const bundles = await bundlesFor(args, ACTIONS);
const { entry } = bundles;
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'startup-work-'));
// A workspace with a Dockerfile, so build-image's run start gets past its inputs too.
await fs.writeFile(path.join(work, 'Dockerfile'), 'FROM scratch\n');
const base = { GITHUB_WORKSPACE: work, RUNNER_TEMP: work };
// Nothing listens on port 1: the run fails at its first request, after loading what it needs.
const dead = '127.0.0.1:1';
const runStart: Record<ActionName, Record<string, string>> = {
  'build-image': { INPUT_TAGS: `${dead}/bench/startup:1`, INPUT_PUSH: 'true', 'INPUT_INSECURE-REGISTRIES': dead },
  'test-image': { INPUT_IMAGE: `${dead}/bench/startup:1`, 'INPUT_INSECURE-REGISTRIES': dead },
  'distribute-image': { INPUT_IMAGE: `${dead}/bench/startup:1`, INPUT_DESTINATIONS: `${dead}/bench/copy`, 'INPUT_INSECURE-REGISTRIES': dead },
  'check-updates': { INPUT_IMAGE: `${dead}/bench/startup:1`, 'INPUT_INSECURE-REGISTRIES': dead },
  // Builds (FROM scratch) and tests the layout, then fails pushing to the closed port. fail-on: never, since the
  // FROM scratch image runs as root (CIS-4.1, an error): without it the pipeline ended at the test and distribute-image
  // was never loaded, so the figure left out the third stage.
  'image-pipeline': { INPUT_DESTINATIONS: `${dead}/bench/startup`, INPUT_PUSH: 'true', 'INPUT_INSECURE-REGISTRIES': dead, 'INPUT_FAIL-ON': 'never' },
};
// build-image and the root action need a build context with no Dockerfile to refuse at input time; the others refuse a missing image.
const badInput: Record<ActionName, Record<string, string>> = {
  'build-image': { INPUT_CONTEXT: os.tmpdir(), INPUT_FILE: 'no-such-Dockerfile' },
  'test-image': {},
  'distribute-image': {},
  'check-updates': {},
  'image-pipeline': { INPUT_CONTEXT: os.tmpdir(), INPUT_FILE: 'no-such-Dockerfile' },
};

const timelineArg = args.indexOf('--timeline');
if (timelineArg >= 0) {
  const every = Number(/^\d+$/.test(args[timelineArg + 1] ?? '') ? args[timelineArg + 1] : 3);
  for (const a of ACTIONS) {
    for (const [name, env] of [
      ['bad input', badInput[a]],
      ['run start', runStart[a]],
    ] as const) {
      console.log(`\n${a}, ${name} (RSS every ${every} ms; load average ${os.loadavg()[0]?.toFixed(1)})`);
      for (const l of await timeline(entry(a), { ...base, ...env }, every)) console.log(l);
    }
  }
  await fs.rm(work, { recursive: true, force: true });
  if (bundles.dir !== undefined && !args.includes('--keep')) await fs.rm(bundles.dir, { recursive: true, force: true });
  process.exit(0);
}

const bare = measure(['node', '-e', '0'], base);
const row = (a: string, c: string, m: Sample, verdict: string): string[] => [a, c, m.seconds.toFixed(2), m.cpuSeconds.toFixed(2), m.rssMB.toFixed(0), verdict];
const rows: string[][] = [row('node -e 0', '', bare, '')];
for (const a of ACTIONS) {
  const bad = measure(['node', entry(a)], { ...base, ...badInput[a] });
  rows.push(row(a, 'bad input', bad, bad.seconds <= BAD_INPUT_S ? 'ok' : `over ${BAD_INPUT_S} s`));
  const start = measure(['node', entry(a)], { ...base, ...runStart[a] });
  rows.push(row(a, 'run start', start, start.rssMB < RUN_START_MB ? 'ok' : `over ${RUN_START_MB} MB`));
}

const header = ['action', 'case', 'wall s', 'cpu s', 'max RSS MB', `target (bad input <= ${BAD_INPUT_S} s, run start < ${RUN_START_MB} MB)`];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
console.log(`start-up over ${bundles.what}, median of ${rounds} runs (GNU time -v; load average ${os.loadavg()[0]?.toFixed(1)})`);
console.log(line(header));
for (const r of rows) console.log(line(r));

await fs.rm(work, { recursive: true, force: true });
if (bundles.dir !== undefined && !args.includes('--keep')) await fs.rm(bundles.dir, { recursive: true, force: true });
