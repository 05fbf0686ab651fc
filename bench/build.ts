/**
 * Benchmark: build-image (the committed bundle, as the runner runs it) against
 * the bare builder commands it wraps — `buildah bud` then `buildah push`, with
 * the same flags and the vfs storage driver for both — on examples/hello,
 * each with fresh storage, in the same run.
 * Prints wall time, the ratio, and peak RSS (GNU time's max resident set).
 * A second peer, a bare `buildah bud` committing straight into `dir:` (what
 * build-image runs since it stopped pushing), shows what is left that is ours.
 *
 *   npx tsx bench/build.ts [--rounds 3] [--bundle path/to/index.js]
 *
 * --bundle measures another build of the action (e.g. one bundled into a
 * temporary folder with `npx ncc build build-image/src/main.ts -o /tmp/x`)
 * instead of the committed build-image/dist/index.js.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inputEnv } from '../scripts/local/run-bundle.js';

const context = path.resolve('examples/hello');

interface Sample {
  seconds: number;
  rssMB: number;
}

/** Run under GNU time; return wall seconds and max RSS of the whole process tree's largest member. */
function timed(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Sample {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...argv], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [secs, kb] = last.split(' ').map(Number);
  if (r.status !== 0 || secs === undefined || kb === undefined)
    throw new Error(`${cmd} failed (${r.status}): ${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
  return { seconds: secs, rssMB: kb / 1024 };
}

async function ours(bundle: string): Promise<Sample> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-build-'));
  try {
    await fs.writeFile(path.join(tmp, 'out'), '');
    await fs.writeFile(path.join(tmp, 'summary'), '');
    // vfs like the bare run, so the ratio measures our wrapper, not the storage driver.
    const env = {
      ...process.env,
      ...inputEnv({ context, output: path.join(tmp, 'layout') }),
      STORAGE_DRIVER: 'vfs',
      RUNNER_TEMP: tmp,
      GITHUB_OUTPUT: path.join(tmp, 'out'),
      GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_REPOSITORY: 'bench/hello',
      GITHUB_REF: 'refs/heads/main',
    };
    return timed(process.execPath, [bundle], env);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

async function bare(direct: boolean): Promise<Sample> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-buildah-'));
  const store = ['--root', path.join(tmp, 'root'), '--runroot', path.join(tmp, 'runroot'), '--storage-driver', 'vfs'];
  try {
    // One shell so the two commands are timed together, as one build step;
    // the same flags build-image passes (docker format keeps HEALTHCHECK,
    // --timestamp makes it reproducible, dir: keeps it too).
    const bud = `buildah ${store.join(' ')} bud --isolation chroot --format docker --timestamp 1700000000`;
    const script = direct
      ? `${bud} --disable-compression=false -t dir:${path.join(tmp, 'image')} ${context} >/dev/null`
      : `${bud} -t bench-hello ${context} >/dev/null && buildah ${store.join(' ')} push bench-hello dir:${path.join(tmp, 'image')} >/dev/null`;
    return timed('sh', ['-c', script]);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export interface FixedCost {
  rounds: number;
  /** Median seconds: bare bud + push dir:, bare bud straight into dir:, build-image. */
  bare: number;
  bareDirect: number;
  ours: number;
  rssMB: { bare: number; bareDirect: number; ours: number };
  /** ours / bare (bud + push), the measure. */
  ratio: number;
}

/** The three runs interleaved round by round, so load on the machine falls on each alike. */
export async function measureFixedCost(rounds: number, bundle = path.resolve('build-image/dist/index.js')): Promise<FixedCost> {
  spawnSync('bash', [path.join(context, 'prepare.sh')], { stdio: 'inherit' });
  const o: Sample[] = [];
  const b: Sample[] = [];
  const d: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await bare(false));
    d.push(await bare(true));
    o.push(await ours(bundle));
  }
  const secs = (xs: Sample[]): number => median(xs.map((s) => s.seconds));
  const rss = (xs: Sample[]): number => median(xs.map((s) => s.rssMB));
  return {
    rounds,
    bare: secs(b),
    bareDirect: secs(d),
    ours: secs(o),
    rssMB: { bare: rss(b), bareDirect: rss(d), ours: rss(o) },
    ratio: secs(o) / secs(b),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const rounds = Number(option('--rounds') ?? 3);
  const bundle = path.resolve(option('--bundle') ?? 'build-image/dist/index.js');
  const r = await measureFixedCost(rounds, bundle);
  console.log(`build examples/hello, median of ${rounds} (fresh storage each), bundle ${path.relative(process.cwd(), bundle)}:`);
  console.log(`  bare buildah bud + push dir:   ${r.bare.toFixed(2)} s, peak RSS ${r.rssMB.bare.toFixed(0)} MB`);
  console.log(`  bare buildah bud -t dir:       ${r.bareDirect.toFixed(2)} s, peak RSS ${r.rssMB.bareDirect.toFixed(0)} MB`);
  console.log(`  build-image bundle             ${r.ours.toFixed(2)} s, peak RSS ${r.rssMB.ours.toFixed(0)} MB`);
  console.log(`  ratio ours/bare (bud + push)   ${r.ratio.toFixed(2)}x`);
  console.log(`  ratio ours/bare (bud -t dir:)  ${(r.ours / r.bareDirect).toFixed(2)}x`);
}
