/**
 * Benchmark: distribute (our registry client) against `skopeo copy` and
 * against the raw-upload floor, for the same OCI layout to fresh local
 * docker-registry servers, in the same run:
 *
 *   cold     empty registry, one destination
 *   warm     everything already there
 *   fan-out  three registries: our one push to all three vs three skopeo copies one after another
 *
 * The floor is what the registry and the loopback allow with no client
 * logic at all: curl uploading every blob at once as a monolithic upload
 * (POST /v2/<name>/blobs/uploads/, then PUT <location>?digest= with the whole
 * file), then PUTting the manifest; warm, curl HEADs every blob and the
 * manifest at once; fan-out, the same to the three registries at once.
 * Every ratio is printed against both the floor and skopeo.
 *
 * CPU (fan-out): on a loopback machine the registries share the cores with
 * the client, so the fan-out is bounded by CPU, not by the network: the
 * bench reads the docker-registry processes' CPU time (/proc/<pid>/stat)
 * across our fan-out and across the curl floor, and our worker's own
 * (user + system, start-up included), and prints the bound that sets on
 * the wall time: (registries + ours) / cores. Beside ours, the CPU of the
 * least a Node process must do for the same fan-out (bench/push-floor.ts:
 * one read into reused buffers, one hash, monolithic uploads, no client
 * logic), so our own CPU is measured against its floor too. And the
 * machine's idle core time during our fan-out (/proc/stat), with its
 * longest stall: time the cores spent waiting, on the registries' disk,
 * and how much of the idle time was iowait (bench/registry-answer.ts
 * measures the registries' fsync before they answer an upload).
 * Beside the ratio of the medians, the fan-out's ratio per round: each
 * round's two sides run seconds apart, so each pair sees the same disk,
 * where the medians may pair a quick round of one side with a slow round
 * of the other.
 *
 * Upload modes (--modes patch,put,chunked:<bytes>): our fan-out runs once
 * per mode, each against three fresh registries in the same round, and a
 * row per mode prints the wall time, our CPU, the registries' CPU and
 * their voluntary context switches (each a wake-up for more of the body),
 * so what a mode costs the registry is measured, not guessed. Without
 * --modes our push uses its default mode and the output is as before.
 *
 * Memory: our worker's RSS when the push starts (after loading), its peak
 * (VmHWM) and the difference, which must not grow with the image.
 *
 * The machine's memory (prefault.ts): on a virtual machine whose host backs
 * guest memory lazily, the first write to a page since boot costs about ten
 * times a later one, and the registries' page cache is where a side's
 * 900 MB go. Which side paid it depended on the order and on what earlier
 * runs had touched, and it showed as registry CPU (6.3 core-s over a
 * fan-out against 4.0 once the pages were backed). So the bench writes and
 * frees --prefault MB of tmpfs before the sides run, and empties each
 * side's registries as soon as the side is done, so every side writes into
 * pages already backed; it prints the first-write and rewrite rates it saw.
 * The registries' CPU under skopeo's copies is printed beside ours.
 * The image: several hundred MB of random data over 7 gzip layers, written
 * as an OCI layout.
 *
 *   npx tsx bench/push.ts [--mb 300] [--layers 7] [--rounds 2] [--cache /tmp/push-bench] [--modes patch,put] [--prefault 2048]
 *
 * Targets (issue 17): cold <= 1.15x the floor; fan-out <= 0.45x three
 * sequential skopeo copies; peak RSS within 64 MB of the start RSS.
 */
import { existsSync } from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { UploadMode } from '../shared/src/registry/client/client.js';
import { makeLayout } from '../test/support/image-fixture.js';
import { startRegistry, type Registry } from '../test/support/registry.js';
import { sh } from './lib/sh.js';
import { option } from './lib/option.js';
import { bundleWorker } from './lib/worker-bundle.js';
import { emptyRegistries, prefault, prefaultLine } from './lib/prefault.js';

const MB = Number(option('mb', '300'));
const LAYERS = Number(option('layers', '7'));
const ROUNDS = Number(option('rounds', '2'));
const CACHE = option('cache', '/tmp/push-bench');
const PREFAULT_MB = Number(option('prefault', '2048'));

/** `patch`, `put` or `chunked:<bytes>`; '' is our push's default (no mode passed). */
function parseMode(text: string): UploadMode | undefined {
  if (text === '') return undefined;
  if (text === 'patch' || text === 'put') return { kind: text };
  const chunked = /^chunked:(\d+)$/.exec(text);
  if (chunked !== null && Number(chunked[1]) > 0) return { kind: 'chunked', chunkSize: Number(chunked[1]) };
  throw new Error(`--modes: expected a comma-separated list of patch, put or chunked:<bytes>, got '${text}'`);
}
const MODES = option('modes', '').split(',');
for (const m of MODES) parseMode(m);

/** Layer sizes falling from large to small, summing to MB. */
function layerSizes(): number[] {
  const weights = Array.from({ length: LAYERS }, (_, i) => LAYERS - i);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round(((MB * w) / total) * 1024 * 1024));
}

async function layout(): Promise<string> {
  const dir = path.join(CACHE, `layout-${MB}mb-${LAYERS}`);
  if (existsSync(path.join(dir, 'index.json'))) return dir;
  await fs.mkdir(CACHE, { recursive: true });
  console.log(`building a ${MB} MB image in ${LAYERS} layers of random data at ${dir} ...`);
  await makeLayout(dir, { layers: layerSizes().map((n) => ({ randomBytes: n })), refNames: ['bench'], gzipLevel: 1 });
  return dir;
}

/** The worker (push-worker.ts or push-floor.ts), bundled (lib/worker-bundle.ts). */
const bundled = (name = 'push-worker'): Promise<string> => bundleWorker(name, path.join(CACHE, name === 'push-worker' ? 'worker' : name));

let worker = '';
let nodeFloorWorker = '';
interface OursRun {
  ms: number;
  inner: number;
  startRssKiB: number;
  vmhwmKiB: number;
  cpuMs: number;
  /** CPU spent before the push started: node's start-up and loading the bundle. */
  startCpuMs: number;
}
async function ours(images: string[], destinations: string[], uploadMode?: UploadMode): Promise<OursRun> {
  const r = await sh(process.execPath, [worker, JSON.stringify({ images, destinations, ...(uploadMode !== undefined ? { uploadMode } : {}) })]);
  if (r.code !== 0) throw new Error(`our push failed: ${r.err || r.out}`);
  const w = JSON.parse(r.out.trim().split('\n').pop() as string) as { ms: number; startRssKiB: number; vmhwmKiB: number; cpuMs: number; startCpuMs: number };
  // Wall time of the whole process, node start-up included, as for skopeo and curl.
  return { ms: r.ms, inner: w.ms, startRssKiB: w.startRssKiB, vmhwmKiB: w.vmhwmKiB, cpuMs: w.cpuMs, startCpuMs: w.startCpuMs };
}

/** The Node floor of the fan-out (push-floor.ts): its CPU (user + system, start-up included). */
async function nodeFloor(images: string[], hosts: string[]): Promise<number> {
  const r = await sh(process.execPath, [nodeFloorWorker, JSON.stringify({ images, hosts, reuse: true })]);
  if (r.code !== 0) throw new Error(`the node floor failed: ${r.err || r.out}`);
  return (JSON.parse(r.out.trim().split('\n').pop() as string) as { cpuMs: number }).cpuMs;
}

async function skopeo(dir: string, dest: string): Promise<number> {
  const r = await sh('skopeo', ['copy', '--dest-tls-verify=false', `oci:${dir}:bench`, `docker://${dest}`]);
  if (r.code !== 0) throw new Error(`skopeo copy failed: ${r.err}`);
  return r.ms;
}

/** The files of the image's blobs (config and layers) and of its manifest, read from the layout. */
interface ImageFiles {
  blobs: Array<{ digest: string; file: string }>;
  manifest: { mediaType: string; file: string; digest: string };
}
async function imageFiles(dir: string): Promise<ImageFiles> {
  const blobFile = (digest: string): string => path.join(dir, 'blobs', ...digest.split(':'));
  const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; mediaType: string }> };
  const m = index.manifests[0];
  if (m === undefined) throw new Error(`${dir}/index.json names no manifest`);
  const manifest = JSON.parse(await fs.readFile(blobFile(m.digest), 'utf8')) as { config: { digest: string }; layers: Array<{ digest: string }> };
  return {
    blobs: [manifest.config, ...manifest.layers].map((d) => ({ digest: d.digest, file: blobFile(d.digest) })),
    manifest: { mediaType: m.mediaType, file: blobFile(m.digest), digest: m.digest },
  };
}

/**
 * The raw-upload floor as one shell script of curl processes: every blob to
 * every host at once, each a POST and a monolithic PUT ?digest=, then the
 * manifests. `Expect:` is cleared so curl does not wait for a 100 Continue.
 * Every curl must succeed (-f) or the floor fails.
 */
function floorScript(img: ImageFiles, hosts: string[], repo: string): string {
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const lines = [
    'set -u',
    'up() {',
    `  loc=$(curl -sS -f -X POST -H 'content-length: 0' -o /dev/null -D - "http://$1/v2/${repo}/blobs/uploads/" | tr -d '\\r' | sed -n 's/^[Ll]ocation: //p')`,
    '  case "$loc" in /*) loc="http://$1$loc";; esac',
    '  case "$loc" in *\\?*) loc="$loc&digest=$2";; *) loc="$loc?digest=$2";; esac',
    `  curl -sS -f -X PUT -H 'Expect:' -H 'content-type: application/octet-stream' -T "$3" -o /dev/null "$loc"`,
    '}',
    'fail=0; pids=""',
  ];
  for (const h of hosts) for (const b of img.blobs) lines.push(`up ${q(h)} ${q(b.digest)} ${q(b.file)} & pids="$pids $!"`);
  lines.push('for p in $pids; do wait $p || fail=1; done', '[ $fail = 0 ] || exit 1', 'pids=""');
  for (const h of hosts) {
    lines.push(
      `curl -sS -f -X PUT -H 'Expect:' -H ${q(`content-type: ${img.manifest.mediaType}`)} -T ${q(img.manifest.file)} -o /dev/null ${q(`http://${h}/v2/${repo}/manifests/1`)} & pids="$pids $!"`,
    );
  }
  lines.push('for p in $pids; do wait $p || fail=1; done', 'exit $fail');
  return lines.join('\n');
}

/** The warm floor: HEAD every blob and the manifest on every host at once. */
function warmFloorScript(img: ImageFiles, hosts: string[], repo: string): string {
  const lines = ['set -u', 'fail=0; pids=""'];
  for (const h of hosts) {
    for (const b of img.blobs) lines.push(`curl -sS -f -I -o /dev/null 'http://${h}/v2/${repo}/blobs/${b.digest}' & pids="$pids $!"`);
    lines.push(
      `curl -sS -f -I -H 'accept: ${img.manifest.mediaType}' -o /dev/null 'http://${h}/v2/${repo}/manifests/${img.manifest.digest}' & pids="$pids $!"`,
    );
  }
  lines.push('for p in $pids; do wait $p || fail=1; done', 'exit $fail');
  return lines.join('\n');
}

async function floor(script: string): Promise<number> {
  const r = await sh('bash', ['-c', script]);
  if (r.code !== 0) throw new Error(`the curl floor failed: ${r.err}`);
  return r.ms;
}

/** The docker-registry processes serving these registries: their command line names the registry's folder (its config lives there). */
function registryPids(regs: readonly Registry[]): number[] {
  const roots = regs.map((r) => path.dirname(r.storage));
  const pids: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      if (roots.some((root) => cmd.includes(root))) pids.push(Number(p));
    } catch {
      /* the process ended meanwhile */
    }
  }
  if (pids.length !== regs.length) throw new Error(`expected ${regs.length} docker-registry processes, found ${pids.length}`);
  return pids;
}

/** CPU milliseconds (user + system) of these processes so far. */
function cpuMsOf(pids: readonly number[]): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  return pids.reduce((n, pid) => {
    // Fields after the ')' closing the command name: utime and stime are the 12th and 13th.
    const f = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return n + (Number(f[11]) + Number(f[12])) * tick;
  }, 0);
}

/**
 * Voluntary context switches of these processes' threads so far: each is a
 * thread that blocked, mostly a registry waiting for more of a body.
 */
function switchesOf(pids: readonly number[]): number {
  let n = 0;
  for (const pid of pids) {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        n += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        /* the thread ended meanwhile */
      }
    }
  }
  return n;
}

/**
 * The machine's idle and busy jiffies so far (/proc/stat's first line; iowait counts as idle, and is given on its
 * own too; steal, the time a virtual machine's cores ran something else of the host's, counts as busy, and is given
 * on its own too).
 */
function machineJiffies(): { idle: number; iowait: number; steal: number; total: number } {
  const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  return { idle: (f[3] ?? 0) + (f[4] ?? 0), iowait: f[4] ?? 0, steal: f[7] ?? 0, total: f.reduce((a, b) => a + b, 0) };
}

/**
 * CPU milliseconds of the kernel's own threads so far (kthreadd, pid 2, and its children: the kworkers that write
 * the registries' blobs back to disk and convert their extents, ksoftirqd): work the registries cause that their
 * own CPU time does not show.
 */
function kernelThreadsCpuMs(): number {
  const pids: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const ppid = (readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1] ?? '').split(' ')[1];
      if (p === '2' || ppid === '2') pids.push(Number(p));
    } catch {
      /* the thread ended meanwhile */
    }
  }
  let ms = 0;
  for (const pid of pids) {
    try {
      ms += cpuMsOf([pid]);
    } catch {
      /* the thread ended meanwhile: its time is lost to the count, a few ms at most */
    }
  }
  return ms;
}

/**
 * Run fn and say how much of the machine sat idle meanwhile: idle core
 * time over the whole run, and its longest stretch of 50 ms samples with
 * under half a core busy. On a CPU-bound loopback fan-out idle cores are
 * time no client logic wins back; the long stretch comes near the end,
 * while the registries fsync the last, largest blobs before they answer.
 */
async function idleDuring<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; idleMs: number; iowaitMs: number; stallMs: number; busyMs: number; stealMs: number; kernelMs: number }> {
  const cores = os.availableParallelism();
  const busy: number[] = [];
  let prev = machineJiffies();
  const first = prev;
  const kernelBefore = kernelThreadsCpuMs();
  const timer = setInterval(() => {
    const cur = machineJiffies();
    const total = cur.total - prev.total;
    busy.push(total === 0 ? 0 : (cores * (total - (cur.idle - prev.idle))) / total);
    prev = cur;
  }, 50);
  try {
    const value = await fn();
    const end = machineJiffies();
    const kernelMs = kernelThreadsCpuMs() - kernelBefore;
    let [run, longest] = [0, 0];
    for (const b of busy) {
      run = b < 0.5 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    // Jiffies are 10 ms of one core (USER_HZ 100); the total counts every core.
    return {
      value,
      idleMs: (end.idle - first.idle) * 10,
      iowaitMs: (end.iowait - first.iowait) * 10,
      stallMs: longest * 50,
      busyMs: (end.total - first.total - (end.idle - first.idle)) * 10,
      stealMs: (end.steal - first.steal) * 10,
      kernelMs,
    };
  } finally {
    clearInterval(timer);
  }
}

/** Run fn and return what it returns with the CPU time these registries spent meanwhile (and their voluntary context switches). */
async function registriesCpu<T>(regs: readonly Registry[], fn: () => Promise<T>): Promise<{ value: T; cpuMs: number; switches: number }> {
  const pids = registryPids(regs);
  const [before, switchesBefore] = [cpuMsOf(pids), switchesOf(pids)];
  const value = await fn();
  return { value, cpuMs: cpuMsOf(pids) - before, switches: switchesOf(pids) - switchesBefore };
}

async function withRegistries<T>(n: number, fn: (regs: Registry[]) => Promise<T>): Promise<T> {
  const regs = await Promise.all(Array.from({ length: n }, () => startRegistry()));
  try {
    return await fn(regs);
  } finally {
    await Promise.all(regs.map((r) => r.stop()));
  }
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] as number;
};

const dir = await layout();
worker = await bundled();
nodeFloorWorker = await bundled('push-floor');
const img = await imageFiles(dir);
const size = (await fs.readdir(path.join(dir, 'blobs/sha256'))).length;
const bytes = (await Promise.all((await fs.readdir(path.join(dir, 'blobs/sha256'))).map((f) => fs.stat(path.join(dir, 'blobs/sha256', f))))).reduce(
  (n, s) => n + s.size,
  0,
);
console.log(`image: ${(bytes / 1024 / 1024).toFixed(0)} MB in ${size} blobs; ${ROUNDS} round(s), medians reported`);
console.log(prefaultLine(await prefault(PREFAULT_MB)));

const res = {
  coldOurs: [] as number[],
  coldSkopeo: [] as number[],
  coldFloor: [] as number[],
  warmOurs: [] as number[],
  warmInner: [] as number[],
  warmSkopeo: [] as number[],
  warmFloor: [] as number[],
  fanOurs: [] as number[],
  fanSkopeo: [] as number[],
  fanFloor: [] as number[],
  fanOursCpu: [] as number[],
  fanOursStartCpu: [] as number[],
  fanRegCpu: [] as number[],
  fanIdle: [] as number[],
  fanIowait: [] as number[],
  fanStall: [] as number[],
  fanBusy: [] as number[],
  fanSteal: [] as number[],
  fanKernel: [] as number[],
  fanFloorRegCpu: [] as number[],
  fanSkopeoRegCpu: [] as number[],
  fanNodeFloorCpu: [] as number[],
  startRss: [] as number[],
  peakRss: [] as number[],
};
/** Per upload mode (--modes): our fan-out's wall time, our CPU, the registries' CPU and switches. */
const byMode = new Map(MODES.map((m) => [m, { ms: [] as number[], cpu: [] as number[], regCpu: [] as number[], regSwitches: [] as number[] }]));
const remember = (r: OursRun): void => {
  res.startRss.push(r.startRssKiB);
  res.peakRss.push(r.vmhwmKiB);
};
/** Run the sides one after another, rotating who goes first from round to round, so disk cache and CPU warm-up favour none. */
async function inTurn(round: number, sides: Array<() => Promise<void>>): Promise<void> {
  for (let i = 0; i < sides.length; i++) await (sides[(i + round) % sides.length] as () => Promise<void>)();
}

for (let round = 0; round < ROUNDS; round++) {
  await withRegistries(3, async ([a, b, c]) => {
    const [ra, rb, rc] = [a, b, c] as [Registry, Registry, Registry];
    await inTurn(round, [
      async () => {
        const cold = await ours([dir], [`${ra.host}/bench/app:1`]);
        res.coldOurs.push(cold.ms);
        remember(cold);
        const warm = await ours([dir], [`${ra.host}/bench/app:1`]);
        res.warmOurs.push(warm.ms);
        res.warmInner.push(warm.inner);
        remember(warm);
        await emptyRegistries([ra]);
      },
      async () => {
        res.coldSkopeo.push(await skopeo(dir, `${rb.host}/bench/app:1`));
        res.warmSkopeo.push(await skopeo(dir, `${rb.host}/bench/app:1`));
        await emptyRegistries([rb]);
      },
      async () => {
        res.coldFloor.push(await floor(floorScript(img, [rc.host], 'bench/app')));
        res.warmFloor.push(await floor(warmFloorScript(img, [rc.host], 'bench/app')));
        await emptyRegistries([rc]);
      },
    ]);
  });
  await withRegistries(9 + 3 * MODES.length, async (regs) => {
    const [theirs, raw, bare] = [regs.slice(0, 3), regs.slice(3, 6), regs.slice(6, 9)];
    await inTurn(round, [
      // One side per upload mode, each to three registries of its own; the first mode's numbers are the fan-out row.
      ...MODES.map((mode, i) => async () => {
        const mine = regs.slice(9 + 3 * i, 12 + 3 * i);
        const {
          value: { value: f, cpuMs, switches },
          idleMs,
          iowaitMs,
          stallMs,
          busyMs,
          stealMs,
          kernelMs,
        } = await idleDuring(() =>
          registriesCpu(mine, () =>
            ours(
              [dir],
              mine.map((r) => `${r.host}/bench/app:1`),
              parseMode(mode),
            ),
          ),
        );
        const m = byMode.get(mode) as { ms: number[]; cpu: number[]; regCpu: number[]; regSwitches: number[] };
        m.ms.push(f.ms);
        m.cpu.push(f.cpuMs);
        m.regCpu.push(cpuMs);
        m.regSwitches.push(switches);
        if (i === 0) {
          res.fanOurs.push(f.ms);
          res.fanOursCpu.push(f.cpuMs);
          res.fanOursStartCpu.push(f.startCpuMs);
          res.fanRegCpu.push(cpuMs);
          res.fanIdle.push(idleMs);
          res.fanIowait.push(iowaitMs);
          res.fanStall.push(stallMs);
          res.fanBusy.push(busyMs);
          res.fanSteal.push(stealMs);
          res.fanKernel.push(kernelMs);
        }
        remember(f);
        await emptyRegistries(mine);
      }),
      async () => {
        const { value, cpuMs } = await registriesCpu(theirs, async () => {
          let total = 0;
          for (const r of theirs) total += await skopeo(dir, `${r.host}/bench/app:1`);
          return total;
        });
        res.fanSkopeo.push(value);
        res.fanSkopeoRegCpu.push(cpuMs);
        await emptyRegistries(theirs);
      },
      async () => {
        const { value, cpuMs } = await registriesCpu(raw, () =>
          floor(
            floorScript(
              img,
              raw.map((r) => r.host),
              'bench/app',
            ),
          ),
        );
        res.fanFloor.push(value);
        res.fanFloorRegCpu.push(cpuMs);
        await emptyRegistries(raw);
      },
      async () => {
        res.fanNodeFloorCpu.push(
          await nodeFloor(
            [dir],
            bare.map((r) => r.host),
          ),
        );
        await emptyRegistries(bare);
      },
    ]);
  });
  const last = (xs: number[]): string => fmt(xs.at(-1) ?? 0);
  console.log(
    `round ${round + 1}: ours / skopeo / floor: cold ${last(res.coldOurs)} / ${last(res.coldSkopeo)} / ${last(res.coldFloor)}, warm ${last(res.warmOurs)} / ${last(res.warmSkopeo)} / ${last(res.warmFloor)}, fan-out ${last(res.fanOurs)} / ${last(res.fanSkopeo)} / ${last(res.fanFloor)}`,
  );
}

const row = (name: string, o: number[], s: number[], f: number[], target: string): string => {
  const [mo, ms, mf] = [median(o), median(s), median(f)];
  return `${name.padEnd(22)} ours ${fmt(mo).padStart(8)}   skopeo ${fmt(ms).padStart(8)}   floor ${fmt(mf).padStart(8)}   vs skopeo ${(mo / ms).toFixed(2)}x   vs floor ${(mo / mf).toFixed(2)}x   ${target}`;
};
const cores = os.availableParallelism();
const [regCpu, oursCpu, floorRegCpu] = [median(res.fanRegCpu), median(res.fanOursCpu), median(res.fanFloorRegCpu)];
const mib = (kib: number): string => `${(kib / 1024).toFixed(0)} MB`;
const growth = res.peakRss.map((p, i) => p - (res.startRss[i] as number));
console.log('');
console.log(row('cold (empty registry)', res.coldOurs, res.coldSkopeo, res.coldFloor, 'target <= 1.15x the floor'));
console.log(row('warm (all present)', res.warmOurs, res.warmSkopeo, res.warmFloor, `(node start-up included; the push itself ${fmt(median(res.warmInner))})`));
console.log(row('fan-out to 3', res.fanOurs, res.fanSkopeo, res.fanFloor, 'target <= 0.45x skopeo (3 copies in a row; floor: curl to all 3 at once)'));
console.log(
  `fan-out CPU            registries ${fmt(regCpu)} (under the curl floor ${fmt(floorRegCpu)}, under skopeo's copies ${fmt(median(res.fanSkopeoRegCpu))})   ours ${fmt(oursCpu)} (start-up ${fmt(median(res.fanOursStartCpu))} included; node floor ${fmt(median(res.fanNodeFloorCpu))})   ` +
    `bound on ${cores} cores: registries alone ${fmt(regCpu / cores)}, with ours ${fmt((regCpu + oursCpu) / cores)}   target ${fmt(0.45 * median(res.fanSkopeo))}`,
);
console.log(
  `fan-out idle           ${fmt(median(res.fanIdle))} of idle core time over our fan-out, ${fmt(median(res.fanIowait))} of it waiting on the disk; its longest stretch under half a core busy ${fmt(median(res.fanStall))} (the registries' fsync of the last blobs)`,
);
{
  // The whole machine's busy core time over our fan-out, by whom: what the bound above leaves out is the kernel's own
  // threads (the registries' blobs written back to disk) and, on a virtual machine, time the host took.
  const [busy, steal, kernel] = [median(res.fanBusy), median(res.fanSteal), median(res.fanKernel)];
  // Per round, then the median: the medians of the parts need not come from one round.
  const rest = median(
    res.fanBusy.map((b, i) => b - (res.fanRegCpu[i] as number) - (res.fanOursCpu[i] as number) - (res.fanKernel[i] as number) - (res.fanSteal[i] as number)),
  );
  console.log(
    `fan-out machine        busy ${fmt(busy)} of core time over our fan-out: registries ${fmt(regCpu)}, ours ${fmt(oursCpu)}, the kernel's threads ${fmt(kernel)} (writeback of the registries' blobs), ` +
      `stolen by the host ${fmt(steal)}, the rest ${fmt(rest)} (interrupts, this bench)   bound on ${cores} cores with all of it ${fmt(busy / cores)}, ours ${fmt(median(res.fanOurs))}`,
  );
}
// Each round's fan-out and its three skopeo copies run seconds apart, so their ratio sees the same disk; the medians above may pair different rounds.
const pairs = res.fanOurs.map((o, i) => o / (res.fanSkopeo[i] as number));
console.log(`fan-out per round      ours / skopeo ${pairs.map((r) => `${r.toFixed(2)}x`).join(' ')} (median ${median(pairs).toFixed(2)}x)`);
if (MODES.length > 1 || MODES[0] !== '') {
  for (const [mode, m] of byMode) {
    console.log(
      `fan-out, ${(mode === '' ? 'default mode' : mode).padEnd(14)} ours ${fmt(median(m.ms)).padStart(8)} (${(median(m.ms) / median(res.fanSkopeo)).toFixed(2)}x skopeo)   ` +
        `ours ${fmt(median(m.cpu))} CPU   registries ${fmt(median(m.regCpu))} CPU, ${median(m.regSwitches)} voluntary switches`,
    );
  }
}
console.log(
  `throughput (ours, cold) ${(bytes / 1024 / 1024 / (median(res.coldOurs) / 1000)).toFixed(0)} MB/s, floor ${(bytes / 1024 / 1024 / (median(res.coldFloor) / 1000)).toFixed(0)} MB/s`,
);
console.log(
  `RSS (ours)             start ${mib(median(res.startRss))}   peak ${mib(Math.max(...res.peakRss))}   peak - start ${mib(Math.max(...growth))} (worst run)   target <= 64 MB`,
);
