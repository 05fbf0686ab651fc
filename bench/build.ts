/**
 * Benchmark: build-image (the committed bundle, as the runner runs it) against
 * the bare builder commands it wraps — `buildah bud` then `buildah push`, with
 * the same flags and the vfs storage driver for both — on examples/hello,
 * each with fresh storage, in the same run.
 * Prints wall time, the ratio, and peak RSS (GNU time's max resident set).
 *
 *   npx tsx bench/build.ts [--rounds 3]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnv } from '../scripts/local/run-bundle.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
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

async function ours(): Promise<Sample> {
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
    return timed(process.execPath, [path.resolve('build-image/dist/index.js')], env);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

async function bare(): Promise<Sample> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-buildah-'));
  const store = ['--root', path.join(tmp, 'root'), '--runroot', path.join(tmp, 'runroot'), '--storage-driver', 'vfs'];
  try {
    // One shell so the two commands are timed together, as one build step;
    // the same flags build-image passes (docker format keeps HEALTHCHECK,
    // --timestamp makes it reproducible, dir: keeps it too).
    const script = `buildah ${store.join(' ')} bud --isolation chroot --format docker --timestamp 1700000000 -t bench-hello ${context} >/dev/null && buildah ${store.join(' ')} push bench-hello dir:${path.join(tmp, 'image')} >/dev/null`;
    return timed('sh', ['-c', script]);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

spawnSync('bash', [path.join(context, 'prepare.sh')], { stdio: 'inherit' });
const o: Sample[] = [];
const b: Sample[] = [];
for (let i = 0; i < ROUNDS; i++) {
  b.push(await bare());
  o.push(await ours());
}
const om = median(o.map((s) => s.seconds));
const bm = median(b.map((s) => s.seconds));
console.log(`build examples/hello, median of ${ROUNDS} (fresh storage each):`);
console.log(`  bare buildah bud + push dir:   ${bm.toFixed(2)} s, peak RSS ${median(b.map((s) => s.rssMB)).toFixed(0)} MB`);
console.log(`  build-image bundle             ${om.toFixed(2)} s, peak RSS ${median(o.map((s) => s.rssMB)).toFixed(0)} MB`);
console.log(`  ratio ours/bare                ${(om / bm).toFixed(2)}x`);
