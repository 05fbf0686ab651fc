/**
 * Benchmark: the layer cache across runs (issue 14). A Dockerfile whose cold
 * build is dominated by package installs (dpkg -i of Debian .debs COPYed in)
 * and a CPU-bound compile-like step, then a late COPY and one step after it,
 * built with the cache in a registry (a real docker-registry on loopback):
 *
 *   cold     fresh storage, cache-to the registry
 *   warm     fresh storage, cache-from the registry: <= 0.4x cold, the same digest
 *   changed  fresh storage, cache-from, one file of the last COPY changed:
 *            only the steps from that COPY on run again
 *
 * each by build-image (its run() in-process, the code the bundle is built
 * from; the rows marked "ours") and by the bare `buildah bud --layers
 * --cache-from/--cache-to` as the peer ("peer", for comparison), in the same
 * run; then the fixed-cost row of bench/build.ts. The targets apply
 * to build-image only: each is printed with PASS or MISS (the peer's own
 * figures beside them, never judged). Exit 1 only for a correctness failure:
 * build-image's warm digest differs from its cold one.
 *
 *   npx tsx bench/build-cache.ts [--bundle path/to/index.js] [--rounds 3] [--driver vfs|overlay]
 *
 * Offline: the base is the Debian image test/support/debian-image.ts builds
 * and caches (FROM oci:<its layout>), the .debs come from its package cache
 * (filled from the machine's mirror on a first run).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryIO } from '../shared/src/action/io.js';
import { runStage } from '../shared/src/action/run-action.js';
import { buildImage } from '../build-image/src/run.js';
import { inputEnv } from '../scripts/local/run-bundle.js';
import { startRegistry, type Registry } from '../scripts/local/registry-server.js';
import { cacheRoot, debianImage } from '../test/support/debian-image.js';
import { measureFixedCost } from './build.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const EPOCH = '1700000000';
/**
 * The storage driver of every build, ours and the peer's alike: `--driver overlay` is what build-image picks
 * itself as root on a GitHub runner (storage.ts), `vfs` (the default here) copies every layer and works anywhere.
 */
const DRIVER = option('--driver') ?? 'vfs';
if (DRIVER !== 'vfs' && DRIVER !== 'overlay') throw new Error(`--driver is '${DRIVER}', expected overlay or vfs`);
/** Beyond minbase: perl (for the compile-like step) and python3.11-minimal (for the last RUN), with what they need. */
const PACKAGES = [
  'perl',
  'perl-modules-5.36',
  'libperl5.36',
  'libgdbm6',
  'libgdbm-compat4',
  'libdb5.3',
  'python3.11-minimal',
  'libpython3.11-minimal',
  'libexpat1',
  'libssl3',
  'media-types',
  'tzdata',
];
const WARM_TARGET = 0.4;
const FIXED_TARGET = 1.1;

interface BuildRun {
  seconds: number;
  digest: string;
  /** Per Dockerfile step: reused from the cache or run. */
  steps: Array<{ step: string; reused: boolean }>;
}

/** Step lines as buildah prints them: `STEP 3/6: RUN ...`, then `--> Using cache <id>` when it was reused. */
function stepsOf(log: string): BuildRun['steps'] {
  const steps: BuildRun['steps'] = [];
  for (const line of log.split('\n')) {
    const m = /^(?:\[\d+\/\d+\] )?STEP (\d+\/\d+): (.*)$/.exec(line.trim());
    if (m !== null) steps.push({ step: `${m[1]} ${(m[2] as string).slice(0, 48)}`, reused: false });
    else if (/^--> Using cache /.test(line.trim()) && steps.length > 0) (steps[steps.length - 1] as BuildRun['steps'][number]).reused = true;
  }
  return steps.filter((s) => !s.step.includes(' FROM '));
}

/** The base layout and the context: Dockerfile, .debs, app/. */
async function prepareContext(dir: string): Promise<void> {
  const debs = path.join(cacheRoot(), 'debs');
  const have = await fs.readdir(debs).catch(() => [] as string[]);
  const find = (p: string): string | undefined => have.find((f) => f.startsWith(`${p}_`) && f.endsWith('.deb'));
  // A first run fills the .deb cache (and builds the base) from the machine's mirror; later runs are offline.
  const base = await debianImage({ name: 'bench-cache', ...(PACKAGES.every(find) ? {} : { packages: PACKAGES }) });
  const found = await fs.readdir(debs);
  await fs.mkdir(path.join(dir, 'debs'), { recursive: true });
  for (const p of PACKAGES) {
    const f = found.find((x) => x.startsWith(`${p}_`) && x.endsWith('.deb'));
    if (f === undefined) throw new Error(`no ${p}_*.deb in ${debs} after filling the cache`);
    await fs.copyFile(path.join(debs, f), path.join(dir, 'debs', f));
  }
  await fs.mkdir(path.join(dir, 'app'));
  await fs.writeFile(path.join(dir, 'app', 'main.py'), 'import sys\nprint(open("/app/version.txt").read().strip(), sys.version_info[:2])\n');
  await fs.writeFile(path.join(dir, 'app', 'version.txt'), 'v1\n');
  await fs.writeFile(
    path.join(dir, 'Dockerfile'),
    [
      `FROM oci:${base.layout}:${base.tag}`,
      'COPY debs/ /tmp/debs/',
      'RUN dpkg -i /tmp/debs/*.deb && rm -rf /tmp/debs',
      // Compile-like: about 11 s of CPU on this machine (0.57 s per 20M rounds), deterministic output. It was 20M
      // rounds (0.6 s), which left the cold build dominated by the image export, not by the build steps the issue
      // describes ("dominated by package installs and a compile-like step").
      `RUN perl -e 'my $x = 0; for my $i (1 .. 400_000_000) { $x = ($x * 31 + $i) % 1000003 } print "$x\\n"' > /opt/built.txt`,
      'COPY app/ /app/',
      'RUN python3.11 /app/main.py > /app/out.txt',
      '',
    ].join('\n'),
  );
}

/** HOME for the bare builder: a registries.conf drop-in marking the loopback registry plain HTTP (never --tls-verify=false). */
async function insecureHome(dir: string, registry: Registry): Promise<string> {
  const d = path.join(dir, '.config', 'containers', 'registries.conf.d');
  await fs.mkdir(d, { recursive: true });
  await fs.writeFile(path.join(d, '50-image-pipeline-bench.conf'), `[[registry]]\nlocation = "${registry.host}"\ninsecure = true\n`);
  return dir;
}

async function bare(ctx: string, home: string, cache: string, flags: string[]): Promise<BuildRun> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-cache-bare-'));
  try {
    const store = ['--root', path.join(tmp, 'root'), '--runroot', path.join(tmp, 'run'), '--storage-driver', DRIVER];
    const out = path.join(tmp, 'image');
    const argv = [...store, 'bud', '--isolation', 'chroot', '--format', 'docker', '--timestamp', EPOCH, '--layers', ...flags.map((f) => `${f}=${cache}`)];
    // Tagged in the store and pushed to dir: (timed together): buildah 1.28 cannot export a cache from a dir: tag.
    argv.push('-t', 'bench-cache', ctx);
    const env = { ...process.env, HOME: home };
    const t0 = performance.now();
    const r = spawnSync('buildah', argv, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const p = r.status === 0 ? spawnSync('buildah', [...store, 'push', '--quiet', 'bench-cache', `dir:${out}`], { env, encoding: 'utf8' }) : r;
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0 || p.status !== 0) throw new Error(`bare buildah failed (${r.status}/${p.status}): ${(r.stdout + r.stderr + p.stderr).slice(-3000)}`);
    const manifest = await fs.readFile(path.join(out, 'manifest.json'));
    return { seconds, digest: `sha256:${createHash('sha256').update(manifest).digest('hex')}`, steps: stepsOf(r.stdout + r.stderr) };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** build-image's run() in-process, on fresh storage (its store lives under RUNNER_TEMP). */
async function ours(ctx: string, inputs: Record<string, string>): Promise<BuildRun> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-cache-ours-'));
  try {
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))),
      ...inputEnv({ context: ctx, output: path.join(tmp, 'layout'), provenance: 'false', ...inputs }),
      STORAGE_DRIVER: DRIVER,
      RUNNER_TEMP: tmp,
      SOURCE_DATE_EPOCH: EPOCH,
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_REPOSITORY: 'bench/cache',
      GITHUB_REF: 'refs/heads/main',
    } as Record<string, string>;
    const io = memoryIO();
    const t0 = performance.now();
    await runStage(buildImage, buildImage.getInputs(env), io);
    const seconds = (performance.now() - t0) / 1000;
    const log = io.recorded.log.map((l) => l.message).join('\n');
    return { seconds, digest: io.recorded.outputs.digest ?? '', steps: stepsOf(log) };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** Whether build-image takes cache inputs yet (issue 14 item 1 lands them). */
async function oursHasCache(): Promise<boolean> {
  const yml = await fs.readFile(path.resolve('build-image/action.yml'), 'utf8');
  return /^ {2}cache-from:/m.test(yml) && /^ {2}cache-to:/m.test(yml);
}

const reusedList = (r: BuildRun): string =>
  r.steps
    .filter((s) => s.reused)
    .map((s) => s.step.split(' ')[0])
    .join(' ') || 'none';

async function main(): Promise<number> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-cache-'));
  const registry = await startRegistry();
  const failures: string[] = [];
  try {
    const ctx = path.join(work, 'ctx');
    await prepareContext(ctx);
    const home = await insecureHome(path.join(work, 'home'), registry);
    const rows: Array<[string, string, BuildRun]> = [];
    const withChange = async <T>(fn: () => Promise<T>): Promise<T> => {
      await fs.writeFile(path.join(ctx, 'app', 'version.txt'), 'v2\n');
      try {
        return await fn();
      } finally {
        await fs.writeFile(path.join(ctx, 'app', 'version.txt'), 'v1\n');
      }
    };

    const bareCache = `${registry.host}/bare-cache`;
    const bareCmd = `buildah bud --layers --timestamp ${EPOCH} -t bench-cache (+ push dir:)`;
    rows.push(['bare cold', `${bareCmd} --cache-to ${bareCache}`, await bare(ctx, home, bareCache, ['--cache-to'])]);
    rows.push(['bare warm', `${bareCmd} --cache-from ${bareCache}`, await bare(ctx, home, bareCache, ['--cache-from'])]);
    rows.push([
      'bare changed',
      `${bareCmd} --cache-from ${bareCache} (app/version.txt changed)`,
      await withChange(() => bare(ctx, home, bareCache, ['--cache-from'])),
    ]);

    const wired = await oursHasCache();
    if (wired) {
      const ref = `type=registry,ref=${registry.host}/cache,mode=max`;
      rows.push(['build-image cold', `cache-to: ${ref}`, await ours(ctx, { 'cache-to': ref })]);
      rows.push(['build-image warm', `cache-from: ${ref}`, await ours(ctx, { 'cache-from': ref })]);
      rows.push(['build-image changed', `cache-from: ${ref} (app/version.txt changed)`, await withChange(() => ours(ctx, { 'cache-from': ref }))]);
    }

    const fixed = await measureFixedCost(Number(option('--rounds') ?? 3), path.resolve(option('--bundle') ?? 'build-image/dist/index.js'));

    console.log(
      `build cache: a Dockerfile with dpkg -i of 12 .debs and a CPU-bound RUN, then COPY app/ and one RUN (fresh storage each build, driver ${DRIVER})`,
    );
    console.log(
      `  ${'who'.padEnd(5)} ${'row'.padEnd(20)} ${'seconds'.padStart(8)} ${'x cold'.padStart(7)}  ${'steps reused'.padEnd(14)} ${'digest'.padEnd(24)} command`,
    );
    for (const [name, cmd, r] of rows) {
      const cold = rows.find(([n]) => n === name.replace(/ (warm|changed)$/, ' cold'))?.[2] as BuildRun;
      console.log(
        `  ${whoOf(name).padEnd(5)} ${name.padEnd(20)} ${r.seconds.toFixed(2).padStart(8)} ${(r.seconds / cold.seconds).toFixed(2).padStart(6)}x  ${reusedList(r).padEnd(14)} ${r.digest.slice(0, 19)}... ${cmd}`,
      );
    }
    if (!wired) console.log('  build-image rows: not run, build-image has no cache-from/cache-to inputs yet (issue 14 item 1)');
    console.log(
      `  ${'ours'.padEnd(5)} ${'fixed cost (hello)'.padEnd(20)} ${fixed.ours.toFixed(2).padStart(8)} ${fixed.ratio.toFixed(2).padStart(6)}x  of bare bud + push dir: ${fixed.bare.toFixed(2)} s (bud -t dir: ${fixed.bareDirect.toFixed(2)} s), npx tsx bench/build.ts`,
    );

    const runs = (who: string): Record<'cold' | 'warm' | 'changed', BuildRun> | undefined => {
      const [cold, warm, changed] = ['cold', 'warm', 'changed'].map((k) => rows.find(([n]) => n === `${who} ${k}`)?.[2]);
      return cold === undefined || warm === undefined || changed === undefined ? undefined : { cold, warm, changed };
    };
    const peer = runs('bare') as Record<'cold' | 'warm' | 'changed', BuildRun>;
    const mine = runs('build-image');
    const judged = mine === undefined ? [] : cacheTargets(mine);
    judged.push({
      target: `fixed cost on examples/hello <= ${FIXED_TARGET}x bare bud + push`,
      measured: `${fixed.ratio.toFixed(2)}x`,
      pass: fixed.ratio <= FIXED_TARGET,
    });
    const peerFigures = cacheTargets(peer).map((t) => t.measured);
    console.log('targets (issue 14), judged on build-image ("ours") only; the peer column is bare buildah\'s figure, for comparison:');
    console.log(`  ${'result'.padEnd(6)} ${'target'.padEnd(52)} ${'ours'.padEnd(12)} peer`);
    for (const [i, t] of judged.entries())
      console.log(
        `  ${(t.pass ? 'PASS' : 'MISS').padEnd(6)} ${t.target.padEnd(52)} ${t.measured.padEnd(12)} ${mine === undefined ? '' : (peerFigures[i] ?? '')}`,
      );
    if (mine === undefined) console.log('  (cache targets not judged: build-image has no cache-from/cache-to inputs yet)');
    console.log(`  peer: cold digest ${peer.cold.digest}, warm digest ${peer.warm.digest}`);
    if (mine !== undefined) {
      console.log(`  ours: cold digest ${mine.cold.digest}, warm digest ${mine.warm.digest}`);
      // The one correctness failure: a cache entry changed the image build-image built.
      if (mine.warm.digest !== mine.cold.digest)
        failures.push(`build-image: the warm build's digest ${mine.warm.digest} differs from the cold one ${mine.cold.digest}`);
    }
  } finally {
    await registry.stop();
    await fs.rm(work, { recursive: true, force: true });
  }
  for (const f of failures) console.error(`FAILED: ${f}`);
  return failures.length === 0 ? 0 : 1;
}

/** Our rows are build-image's (and the fixed cost); the bare buildah rows are the peer. */
const whoOf = (row: string): string => (row.startsWith('bare ') ? 'peer' : 'ours');

interface Judged {
  target: string;
  measured: string;
  pass: boolean;
}

/** The cache targets of issue 14's Performance section, measured on one builder's cold, warm and changed runs. */
function cacheTargets(r: Record<'cold' | 'warm' | 'changed', BuildRun>): Judged[] {
  const ratio = r.warm.seconds / r.cold.seconds;
  const copyAt = r.changed.steps.findIndex((s) => s.step.includes('COPY app/'));
  const rebuiltOnlyAfterCopy = copyAt >= 0 && r.changed.steps.every((s, i) => s.reused === i < copyAt);
  return [
    { target: `warm <= ${WARM_TARGET}x cold`, measured: `${ratio.toFixed(2)}x`, pass: ratio <= WARM_TARGET },
    { target: 'warm digest = cold digest', measured: r.warm.digest === r.cold.digest ? 'same' : 'differs', pass: r.warm.digest === r.cold.digest },
    {
      target: 'one changed COPY: only the steps from it run again',
      measured: `reused ${reusedList(r.changed)}`,
      pass: rebuiltOnlyAfterCopy,
    },
  ];
}

process.exitCode = await main();
