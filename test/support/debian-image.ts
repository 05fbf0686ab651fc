/**
 * Real Debian images for tests, built here and cached: `debootstrap
 * --variant=minbase` from the machine's Debian mirror, then packages installed
 * with apt-get in a chroot, then optional `run` script, files and config, each
 * step one layer of an OCI image layout written by umoci (a real, independent
 * writer: modes, owners, symlinks and hard links come through as the kernel
 * sees them).
 *
 * Cached under /var/cache/image-pipeline-tests/debian (IMAGE_PIPELINE_TEST_CACHE
 * moves it) by a hash of the inputs, so only the first run pays. Builds happen
 * in a temporary folder renamed into place at the end: a killed build leaves
 * no half cache. One kernel-held lock (flock(1), released when its holder dies)
 * serialises builds across jest workers; they share a .deb cache and apt locks.
 *
 * Every chroot step runs in its own mount and PID namespaces (unshare): /proc,
 * /dev, the .deb cache and resolv.conf are mounted only there, so nothing stays
 * mounted and no stray daemon survives when the step ends or is killed. A
 * policy-rc.d keeps package scripts from starting services, and is removed
 * again, so the image holds the packages' stock files only.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { run } from '../../shared/src/process.js';

/** Bump when the recipe below changes what an image (or the debootstrap base) holds: old cache entries are then left unused. */
const RECIPE = 5;
const BASE_RECIPE = 1;

export interface DebianFile {
  /** Absolute path inside the image. */
  path: string;
  content: string | Buffer;
  mode?: number;
  uid?: number;
  gid?: number;
}

export interface DebianImageConfig {
  env?: string[];
  cmd?: string[];
  entrypoint?: string[];
  user?: string;
  workdir?: string;
  labels?: Record<string, string>;
  exposedPorts?: string[];
  volumes?: string[];
  /** The history line of the config step (default 'config'), e.g. a build step with its build arguments. */
  createdBy?: string;
}

export interface DebianImageSpec {
  /** A short label for the cache folder and logs, e.g. 'web'. Not part of the cache key. */
  name: string;
  /** Packages installed with apt-get in one layer (sorted for the key; order does not matter). */
  packages?: readonly string[];
  /** Install Recommends too (default false, like most Dockerfiles' --no-install-recommends). */
  recommends?: boolean;
  /** Debian architecture (amd64, arm64, ...); default this machine's. Foreign ones need qemu-user-static. */
  arch?: string;
  /** Debian suite; default bookworm. */
  suite?: string;
  /** A shell script (sh -e) run in the chroot after the packages, as its own layer, with network to the mirror. */
  run?: string;
  /** Files written after `run`, as their own layer (like COPY). Parent folders are created root:root 0755. */
  files?: readonly DebianFile[];
  /** Image config (ENV, CMD, USER...). */
  config?: DebianImageConfig;
  /** Also keep the final root file system (a plain folder) beside the layout. */
  keepRootfs?: boolean;
}

export interface DebianImage {
  /** The OCI layout; its one image is tagged `tag`. */
  layout: string;
  tag: string;
  /** The final root file system, when keepRootfs was set. */
  rootfs?: string;
  /** The cache key (a hash of the inputs). */
  key: string;
}

const MINUTE = 60_000;

export const cacheRoot = (): string => process.env.IMAGE_PIPELINE_TEST_CACHE ?? '/var/cache/image-pipeline-tests/debian';

/** The machine's Debian mirror for `suite` (deb822 sources, then sources.list), or deb.debian.org. */
export function debianMirror(suite = 'bookworm'): string {
  if (process.env.DEBIAN_MIRROR !== undefined && process.env.DEBIAN_MIRROR !== '') return process.env.DEBIAN_MIRROR;
  const deb822 = '/etc/apt/sources.list.d/debian.sources';
  if (existsSync(deb822)) {
    for (const stanza of readFileSync(deb822, 'utf8').split(/\n\s*\n/)) {
      const field = (name: string): string[] => (new RegExp(`^${name}:\\s*(.*)$`, 'mi').exec(stanza)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
      if (field('Suites').includes(suite) && field('Types').includes('deb')) {
        const uri = field('URIs')[0];
        if (uri !== undefined) return uri;
      }
    }
  }
  if (existsSync('/etc/apt/sources.list')) {
    const m = new RegExp(`^deb\\s+(?:\\[[^\\]]*\\]\\s+)?(\\S+)\\s+${suite}\\s`, 'm').exec(readFileSync('/etc/apt/sources.list', 'utf8'));
    if (m?.[1] !== undefined) return m[1];
  }
  return 'http://deb.debian.org/debian';
}

let hostArchCache: string | undefined;
async function hostArch(): Promise<string> {
  hostArchCache ??= (await must('dpkg', ['--print-architecture'], MINUTE)).stdout.trim();
  return hostArchCache;
}

const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

async function must(cmd: string, args: readonly string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }> {
  const r = await run(cmd, args, { signal: AbortSignal.timeout(timeoutMs), maxBuffer: 256 * 1024, ...(env === undefined ? {} : { env }) });
  if (r.code !== 0) {
    throw new Error(
      `debian-image: expected '${cmd} ${args.join(' ').slice(0, 200)}' to succeed, got exit ${r.code}: ${(r.stderr.trim() || r.stdout.trim()).slice(-2000)}`,
    );
  }
  return r;
}

/**
 * Hold an exclusive flock(1) on `file` while `fn` runs. The kernel drops the
 * lock when the holder exits, however it exits, so a killed build never
 * leaves a stale lock behind.
 */
async function withLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const holder = spawn('flock', ['--exclusive', '--timeout', '3600', file, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    holder.stderr.on('data', (c: Buffer) => (err += c.toString()));
    holder.stdout.once('data', () => resolve());
    holder.once('error', reject);
    holder.once('exit', (code) => reject(new Error(`debian-image: expected to lock ${file}, got flock exit ${code}: ${err.trim()}`)));
  });
  try {
    return await fn();
  } finally {
    holder.stdin.end();
  }
}

/** Run `script` (sh -e) inside `rootfs` with /proc, /dev, the .deb cache and DNS mounted in a private namespace. */
async function chroot(rootfs: string, script: string, timeoutMs: number): Promise<void> {
  const outer = `
set -e
R="$ROOTFS"
mount -t tmpfs -o mode=0755,nosuid dev "$R/dev"
for n in null zero full random urandom tty; do touch "$R/dev/$n"; mount --bind "/dev/$n" "$R/dev/$n"; done
mkdir -p "$R/dev/pts" "$R/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$R/dev/pts"; ln -s pts/ptmx "$R/dev/ptmx"
mount -t tmpfs -o mode=1777 shm "$R/dev/shm"
ln -s /proc/self/fd "$R/dev/fd"; ln -s /proc/self/fd/0 "$R/dev/stdin"; ln -s /proc/self/fd/1 "$R/dev/stdout"; ln -s /proc/self/fd/2 "$R/dev/stderr"
mkdir -p "$DEBS/partial"
mount --bind "$DEBS" "$R/var/cache/apt/archives"
made_resolv=
if [ ! -e "$R/etc/resolv.conf" ] && [ ! -L "$R/etc/resolv.conf" ]; then : > "$R/etc/resolv.conf"; made_resolv=1; fi
[ -L "$R/etc/resolv.conf" ] || mount --bind /etc/resolv.conf "$R/etc/resolv.conf"
printf '#!/bin/sh\\nexit 101\\n' > "$R/usr/sbin/policy-rc.d"; chmod 755 "$R/usr/sbin/policy-rc.d"
# The host's CA bundle, for HTTPS downloads in run scripts (a proxy may re-sign TLS); only for this step, never in the image.
ca=
if [ -f /etc/ssl/certs/ca-certificates.crt ] && [ -d "$R/run" ]; then ca=/run/host-ca-certificates.crt; : > "$R$ca"; mount --bind /etc/ssl/certs/ca-certificates.crt "$R$ca"; fi
status=0
env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C DEBIAN_FRONTEND=noninteractive \\
  \${ca:+CURL_CA_BUNDLE=$ca NODE_EXTRA_CA_CERTS=$ca SSL_CERT_FILE=$ca} \\
  chroot "$R" /bin/sh -ec "$SCRIPT" || status=$?
[ -z "$ca" ] || { umount "$R$ca"; rm -f "$R$ca"; }
rm -f "$R/usr/sbin/policy-rc.d"
[ -L "$R/etc/resolv.conf" ] || umount "$R/etc/resolv.conf"
[ -z "$made_resolv" ] || rm -f "$R/etc/resolv.conf"
exit $status
`;
  await must('unshare', ['--mount', '--pid', '--fork', '--propagation', 'private', `--mount-proc=${path.join(rootfs, 'proc')}`, 'sh', '-c', outer], timeoutMs, {
    ...process.env,
    ROOTFS: rootfs,
    DEBS: path.join(cacheRoot(), 'debs'),
    SCRIPT: script,
  });
}

const umoci = (args: readonly string[], timeoutMs = 20 * MINUTE) => must('umoci', args, timeoutMs);

/** Repack the bundle's changes as one layer with a history line. */
async function layer(dir: string, createdBy: string): Promise<void> {
  await umoci([
    'repack',
    '--refresh-bundle',
    '--image',
    `${dir}/layout:latest`,
    '--history.created_by',
    createdBy,
    '--history.author',
    'test/support/debian-image.ts',
    `${dir}/bundle`,
  ]);
}

interface Base {
  suite: string;
  arch: string;
}

/** The debootstrap base: one layer, its rootfs cleaned the way image builders clean it. */
async function buildBase(dir: string, b: Base): Promise<void> {
  const mirror = debianMirror(b.suite);
  await umoci(['init', '--layout', `${dir}/layout`]);
  await umoci(['new', '--image', `${dir}/layout:latest`]);
  await umoci(['unpack', '--image', `${dir}/layout:latest`, `${dir}/bundle`]);
  const rootfs = `${dir}/bundle/rootfs`;
  const keyring = '/usr/share/keyrings/debian-archive-keyring.gpg';
  if (!existsSync(keyring))
    throw new Error(
      `debian-image: expected Debian's archive keyring at ${keyring} for debootstrap, got none; install the debian-archive-keyring package (scripts/ensure-deps.sh does)`,
    );
  const debs = path.join(cacheRoot(), 'debs');
  await fs.mkdir(debs, { recursive: true });
  await must('debootstrap', ['--variant=minbase', `--keyring=${keyring}`, `--arch=${b.arch}`, `--cache-dir=${debs}`, b.suite, rootfs, mirror], 30 * MINUTE);
  // What debootstrap leaves that no image should carry: the host's device nodes,
  // name and DNS, the package lists (Dockerfiles delete them; apt-get update
  // fetches them again) and the bootstrap log.
  for (const sub of ['dev', 'var/lib/apt/lists', 'var/cache/apt/archives']) {
    for (const e of await fs.readdir(path.join(rootfs, sub)))
      if (e !== 'partial' && e !== 'lock') await fs.rm(path.join(rootfs, sub, e), { recursive: true, force: true });
  }
  for (const f of ['etc/hostname', 'etc/resolv.conf', 'var/log/bootstrap.log', 'var/cache/apt/pkgcache.bin', 'var/cache/apt/srcpkgcache.bin'])
    await fs.rm(path.join(rootfs, f), { force: true });
  await layer(dir, `debootstrap --variant=minbase --arch=${b.arch} ${b.suite}`);
}

function configArgs(c: DebianImageConfig): string[] {
  const a: string[] = [];
  for (const e of c.env ?? []) a.push('--config.env', e);
  if (c.cmd !== undefined) for (const x of c.cmd) a.push('--config.cmd', x);
  if (c.entrypoint !== undefined) for (const x of c.entrypoint) a.push('--config.entrypoint', x);
  if (c.user !== undefined) a.push('--config.user', c.user);
  if (c.workdir !== undefined) a.push('--config.workingdir', c.workdir);
  for (const [k, v] of Object.entries(c.labels ?? {})) a.push('--config.label', `${k}=${v}`);
  for (const p of c.exposedPorts ?? []) a.push('--config.exposedports', p);
  for (const v of c.volumes ?? []) a.push('--config.volume', v);
  return a;
}

async function writeFiles(rootfs: string, files: readonly DebianFile[]): Promise<void> {
  for (const f of files) {
    if (!f.path.startsWith('/') || f.path.split('/').includes('..')) throw new Error(`debian-image: expected an absolute path without '..', got '${f.path}'`);
    const target = path.join(rootfs, f.path);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
    await fs.writeFile(target, f.content);
    await fs.chmod(target, f.mode ?? 0o644);
    await fs.chown(target, f.uid ?? 0, f.gid ?? 0);
  }
}

const inFlight = new Map<string, Promise<DebianImage>>();

/** Build (or find in the cache) the Debian image described by `spec`. */
export function debianImage(spec: DebianImageSpec): Promise<DebianImage> {
  return (async () => {
    const base: Base = { suite: spec.suite ?? 'bookworm', arch: spec.arch ?? (await hostArch()) };
    const baseKey = hash({ BASE_RECIPE, ...base });
    const packages = [...new Set(spec.packages ?? [])].sort();
    const key = hash({
      RECIPE,
      baseKey,
      packages,
      recommends: spec.recommends === true,
      run: spec.run ?? '',
      files: (spec.files ?? []).map((f) => ({ ...f, content: createHash('sha256').update(f.content).digest('hex') })),
      config: spec.config ?? {},
      keepRootfs: spec.keepRootfs === true,
    });
    const label = spec.name.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 40);
    const final = path.join(cacheRoot(), `${label}-${key}`);
    let p = inFlight.get(final);
    if (p === undefined) {
      p = cached(final, key, spec.keepRootfs === true, async (dir) => {
        const baseDir = path.join(cacheRoot(), `base-${base.suite}-${base.arch}-${baseKey}`);
        await cachedUnlocked(baseDir, (d) => buildBase(d, base));
        await buildImage(dir, baseDir, spec, packages);
      });
      inFlight.set(final, p);
      p.catch(() => inFlight.delete(final));
    }
    return p;
  })();
}

const ready = (dir: string): boolean => existsSync(path.join(dir, 'layout', 'index.json'));

async function cached(final: string, key: string, keepRootfs: boolean, build: (dir: string) => Promise<void>): Promise<DebianImage> {
  const result = (): DebianImage => ({ layout: path.join(final, 'layout'), tag: 'latest', key, ...(keepRootfs ? { rootfs: path.join(final, 'rootfs') } : {}) });
  if (ready(final)) return result();
  await withLock(path.join(cacheRoot(), '.build.lock'), () => cachedUnlocked(final, build));
  return result();
}

/** With the lock held: build into a fresh temporary folder and rename it into place. */
async function cachedUnlocked(final: string, build: (dir: string) => Promise<void>): Promise<void> {
  if (ready(final)) return;
  const parent = path.dirname(final);
  // Left by a build that was killed (we hold the lock, so no build is running).
  for (const e of await fs.readdir(parent))
    if (e.startsWith(`.tmp-${path.basename(final)}-`)) await fs.rm(path.join(parent, e), { recursive: true, force: true });
  const tmp = path.join(parent, `.tmp-${path.basename(final)}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(tmp, { recursive: true });
  try {
    await build(tmp);
    await fs.rm(path.join(tmp, 'bundle'), { recursive: true, force: true });
    await fs.rm(final, { recursive: true, force: true });
    await fs.rename(tmp, final);
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
}

async function buildImage(dir: string, baseDir: string, spec: DebianImageSpec, packages: string[]): Promise<void> {
  // The base's blobs are immutable and content-addressed: hard links share them; index.json is copied.
  await fs.mkdir(path.join(dir, 'layout'));
  await must('cp', ['-al', path.join(baseDir, 'layout', 'blobs'), path.join(dir, 'layout', 'blobs')], 5 * MINUTE);
  for (const f of ['index.json', 'oci-layout']) await fs.copyFile(path.join(baseDir, 'layout', f), path.join(dir, 'layout', f));
  await umoci(['unpack', '--image', `${dir}/layout:latest`, `${dir}/bundle`]);
  const rootfs = `${dir}/bundle/rootfs`;
  if (packages.length > 0) {
    const flags = `-y${spec.recommends === true ? '' : ' --no-install-recommends'}`;
    const list = packages.join(' ');
    // unsafe-io: dpkg skips its fsyncs; a build that dies is thrown away whole anyway.
    await chroot(
      rootfs,
      `apt-get update -qq\napt-get -qq -o Dpkg::Options::=--force-unsafe-io install ${flags} ${list} >/dev/null\nrm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin`,
      60 * MINUTE,
    );
    await layer(dir, `/bin/sh -c apt-get update && apt-get install ${flags} ${list} && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin`);
  }
  if (spec.run !== undefined) {
    await chroot(rootfs, spec.run, 30 * MINUTE);
    await layer(dir, `/bin/sh -c ${spec.run}`);
  }
  if (spec.files !== undefined && spec.files.length > 0) {
    await writeFiles(rootfs, spec.files);
    await layer(dir, `COPY ${spec.files.map((f) => f.path).join(' ')}`);
  }
  if (spec.config !== undefined) {
    const args = configArgs(spec.config);
    if (args.length > 0 || spec.config.createdBy !== undefined)
      await umoci(['config', '--image', `${dir}/layout:latest`, '--history.created_by', spec.config.createdBy ?? 'config', ...args]);
  }
  await umoci(['gc', '--layout', `${dir}/layout`]);
  if (spec.keepRootfs === true) await fs.rename(rootfs, path.join(dir, 'rootfs'));
  await fs.writeFile(path.join(dir, 'spec.json'), JSON.stringify({ ...spec, files: spec.files?.map((f) => f.path) }, null, 2));
}
