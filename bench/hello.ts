/**
 * Benchmark (issue 17): examples/hello end to end through the three bundles, as `npm run pipeline` runs them
 * (scripts/local/run-pipeline.ts: build-image -> test-image -> distribute-image, each bundle its own process with
 * INPUT_* variables, one step's outputs the next one's inputs, a throwaway signing key, the push to a loopback
 * docker-registry, its attestations verified after). Target: under 2 s of our own time beyond the builder.
 *
 * "Our own time" is each step's wall time (process start to exit) less the time the builder's processes ran:
 * a timing shim named buildah, first on PATH, records when each buildah call starts and ends and runs the real
 * one; the union of those intervals is the builder's time (all of it inside build-image). What is left is our
 * start-up, input checks, layout writing, the test, the push, the summaries. The verification after the push is
 * the local runner's, not a step's, and is shown apart.
 *
 *   npx tsx bench/hello.ts [--rounds 3] [--dist | --bundles DIR] [--keep] [--log FILE]
 *
 * Bundles as bench/startup.ts takes them (bench/lib/bundles.ts): built from the sources by default, --bundles DIR
 * for those a `bench/startup.ts --keep` run left, --dist for the committed ones. Each round builds on fresh
 * storage (a new RUNNER_TEMP) and pushes to a fresh registry. Prints the median of each column. --log FILE keeps
 * every line the steps printed, each with the seconds since its step started, and the buildah calls: where the
 * time went.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRegistry } from '../scripts/local/registry-server.js';
import { runPipeline, type Stage } from '../scripts/local/run-pipeline.js';
import { bundlesFor } from './lib/bundles.js';

const OWN_TARGET_S = 2;
const STAGES: readonly Stage[] = ['build-image', 'test-image', 'distribute-image'];
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hello = path.join(repoRoot, 'examples/hello');

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 3;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: expected a positive integer, got '${args[roundsArg + 1]}'`);
const logArg = args.indexOf('--log');
const logFile = logArg >= 0 ? args[logArg + 1] : undefined;

interface Round {
  /** Wall seconds of each step, start of its process to its exit. */
  steps: Record<Stage, number>;
  /** Seconds buildah processes ran within each step (the union of their intervals): the build, and test-image's command tests. */
  builder: Record<Stage, number>;
  builderCalls: Record<Stage, number>;
  /** The local runner's check of the pushed attestations, after the steps. */
  verify: number;
}

/** A `buildah` first on PATH that logs `<start ns> <end ns> <subcommand>` to $HELLO_BUILDER_LOG around the real one. */
async function builderShim(dir: string): Promise<void> {
  const real = execFileSync('sh', ['-c', 'command -v buildah'], { encoding: 'utf8' }).trim();
  if (real === '') throw new Error('buildah is not on PATH: this benchmark times build-image with buildah');
  const script = [
    '#!/bin/sh',
    // Timed around the real builder only: date is a fork, a few ms, outside the interval it logs.
    's=$(date +%s%N)',
    `${JSON.stringify(real)} "$@"`,
    'rc=$?',
    'e=$(date +%s%N)',
    'echo "$s $e $1" >> "$HELLO_BUILDER_LOG"',
    'exit $rc',
    '',
  ].join('\n');
  await fs.writeFile(path.join(dir, 'buildah'), script, { mode: 0o755 });
}

/** Total length of the union of [start, end] intervals (ns) clipped to [from, to], in seconds. */
function unionSeconds(intervals: [number, number][], from: number, to: number): number {
  const sorted = intervals
    .map(([s, e]): [number, number] => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1e9;
}

async function round(entries: Record<Stage, string>, shimDir: string): Promise<Round> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'hello-bench-'));
  const actionsRoot = path.join(work, 'actions');
  // run-pipeline reads <root>/<stage>/dist/index.js: each dist a link to the bundle's folder (its chunks beside it).
  for (const s of STAGES) {
    await fs.mkdir(path.join(actionsRoot, s), { recursive: true });
    await fs.symlink(path.dirname(entries[s]), path.join(actionsRoot, s, 'dist'));
  }
  const log = path.join(work, 'builder.log');
  await fs.writeFile(log, '');
  const savedPath = process.env.PATH;
  process.env.PATH = `${shimDir}${path.delimiter}${savedPath ?? ''}`;
  process.env.HELLO_BUILDER_LOG = log;
  const registry = await startRegistry();
  try {
    // Epoch nanoseconds, the clock the shim's `date +%s%N` reads.
    const now = (): number => Date.now() * 1e6;
    const started: Partial<Record<Stage, number>> = {};
    const stopped: Partial<Record<Stage, number>> = {};
    const steps: Partial<Record<Stage, number>> = {};
    const lines: string[] = [];
    let ended = 0;
    const result = await runPipeline(
      {
        build: { context: hello, output: path.join(work, 'layout') },
        test: { sarif: path.join(work, 'results.sarif'), junit: path.join(work, 'junit.xml'), policy: path.join(hello, 'image-policy.yml') },
        distribute: { destinations: `${registry.host}/hello` },
        push: true,
      },
      {
        actionsRoot,
        env: {
          GITHUB_ACTIONS: 'false',
          GITHUB_REPOSITORY: 'local/hello',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_SHA: '0'.repeat(40),
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_WORKSPACE: hello,
        },
        cwd: hello,
        runnerTemp: work,
        connect: { insecureRegistries: [registry.host] },
      },
      {
        onStageStart: (s) => {
          started[s] = now();
        },
        onStageEnd: (s) => {
          ended = performance.now();
          stopped[s] = now();
          steps[s] = (stopped[s] - (started[s] as number)) / 1e9;
        },
        onLine: (s, l) => lines.push(`${s} +${((now() - (started[s] as number)) / 1e9).toFixed(2)}s: ${l}`),
      },
    );
    const verify = (performance.now() - ended) / 1000;
    if (result.failed !== undefined) throw new Error(`${result.failed} failed:\n${lines.slice(-30).join('\n')}`);
    const rawCalls = (await fs.readFile(log, 'utf8')).split('\n').filter((l) => l !== '');
    const calls = rawCalls.map((l) => l.split(' ').map(Number) as [number, number]);
    if (logFile !== undefined) {
      const t0 = started['build-image'] as number;
      const shown = calls.map(([a, b], i) => `buildah +${((a - t0) / 1e9).toFixed(2)}s..+${((b - t0) / 1e9).toFixed(2)}s ${rawCalls[i]?.split(' ')[2] ?? ''}`);
      await fs.appendFile(logFile, [...lines, ...shown, ''].join('\n'));
    }
    const within = (st: Stage): [number, number][] => calls.filter(([a, b]) => b >= (started[st] as number) && a <= (stopped[st] as number));
    if (within('build-image').length === 0) throw new Error('build-image ran no buildah: the builder shim saw nothing (another builder picked?)');
    const per = <T>(f: (st: Stage) => T): Record<Stage, T> => Object.fromEntries(STAGES.map((st) => [st, f(st)])) as Record<Stage, T>;
    return {
      steps: steps as Record<Stage, number>,
      builder: per((st) => unionSeconds(calls, started[st] as number, stopped[st] as number)),
      builderCalls: per((st) => within(st).length),
      verify,
    };
  } finally {
    process.env.PATH = savedPath;
    delete process.env.HELLO_BUILDER_LOG;
    await registry.stop();
    await fs.rm(work, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

if (!existsSync(path.join(hello, 'busybox'))) execFileSync('bash', [path.join(hello, 'prepare.sh')], { stdio: 'inherit', cwd: hello });
const bundles = await bundlesFor(args, STAGES);
const shimDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hello-shim-'));
await builderShim(shimDir);
const entries = Object.fromEntries(STAGES.map((s) => [s, bundles.entry(s)])) as Record<Stage, string>;
const results: Round[] = [];
try {
  for (let i = 0; i < rounds; i++) results.push(await round(entries, shimDir));
} finally {
  await fs.rm(shimDir, { recursive: true, force: true });
  if (bundles.dir !== undefined && !args.includes('--keep')) await fs.rm(bundles.dir, { recursive: true, force: true });
}

const m = (f: (r: Round) => number): string => median(results.map(f)).toFixed(2);
const total = (r: Round): number => STAGES.reduce((t, s) => t + r.steps[s], 0);
const builderTotal = (r: Round): number => STAGES.reduce((t, s) => t + r.builder[s], 0);
const own = (r: Round): number => total(r) - builderTotal(r);
const rows: string[][] = [
  ...STAGES.map((s) => [
    s,
    m((r) => r.steps[s]),
    m((r) => r.builder[s]),
    String(median(results.map((r) => r.builderCalls[s]))),
    m((r) => r.steps[s] - r.builder[s]),
  ]),
  ['total', m(total), m(builderTotal), '', m(own)],
];
// test-image's buildah calls are its command tests (commandTests run in a container of the image), not a build.
const header = ['step', 'wall s', 'buildah s', 'buildah calls', 'own s'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
console.log(
  `examples/hello through ${bundles.what}, median of ${rounds} round(s) (load average ${os.loadavg()[0]?.toFixed(1)}; ` +
    `buildah: the build, and test-image's command tests in a container)`,
);
console.log(line(header));
for (const r of rows) console.log(line(r));
const ownMedian = median(results.map(own));
console.log(`own time beyond the builder: ${ownMedian.toFixed(2)} s, target < ${OWN_TARGET_S} s: ${ownMedian < OWN_TARGET_S ? 'ok' : 'over'}`);
console.log(`(after the steps, the local runner's check of the pushed signatures: ${m((r) => r.verify)} s, not counted)`);
