/**
 * Running container-structure-test command tests inside the image without a
 * Docker daemon. buildah first (a private store per run, chroot isolation:
 * works as root in a CI container with no daemon and no user namespaces),
 * then podman, then docker when a daemon answers. When none can run, the
 * caller gets a reason to show, not a crash.
 *
 * The store's driver is build-image's rule (builders/storage.ts): overlay where
 * a probe mount works, since vfs copies the whole image on every pull and on
 * every per-test container; vfs elsewhere. Whatever the driver, close()
 * removes the containers, unmounts whatever is still mounted under the store,
 * and deletes it.
 *
 * The sandbox: chroot isolation alone shares the runner's network and PID
 * namespace (a test could talk to services on the runner's loopback or see
 * and signal its processes), and buildah refuses --network none with it. So
 * every `buildah run` is started inside fresh namespaces by unshare(1): a PID
 * namespace (with its own /proc) always, an empty network namespace (only
 * loopback, brought up as Docker's `none` network has it) unless the step
 * opted in to the runner's network. When the PID namespace's first process
 * ends, the kernel kills whatever the test left running.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { StorageDriver } from '../../builders/buildah.js';
import { chooseDriver } from '../../builders/storage.js';
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import { canRun, run, type RunResult } from '../../process.js';
import { parseReference, previewReference } from '../../registry/reference.js';
import { capabilitiesInMask, defaultRunSettings, type RunSettings } from './run-options.js';

export interface ExecSpec {
  command: string[];
  env: Record<string, string>;
}

export interface Container {
  exec(spec: ExecSpec): Promise<RunResult>;
  remove(): Promise<void>;
}

export interface ContainerRuntime {
  readonly name: string;
  /** buildah's private store for this run: where it is and its driver (for logs, and for tests that check it is gone after close). */
  readonly store?: { dir: string; driver: StorageDriver };
  /** A fresh container from the image, for one test (setup, command, teardown share it). */
  create(): Promise<Container>;
  close(): Promise<void>;
}

/** An image as containers/image (buildah, podman, skopeo) names it. */
export type ImageRef =
  | { transport: 'oci' | 'oci-archive' | 'docker-archive'; path: string; tag?: string }
  | {
      transport: 'docker';
      reference: string;
      plainHttp: boolean;
      /** A containers-auth.json with its registry's credentials (registry/credentials/auth-file.ts); none: anonymous. */ authFile?: string;
    };

/** `oci:/dir:tag`, `docker-archive:/f.tar`, `docker://host/repo:tag`; `path` replaces the file's path. */
export function formatRef(r: ImageRef, path?: string): string {
  if (r.transport === 'docker') return `docker://${r.reference}`;
  return `${r.transport}:${path ?? r.path}${r.tag === undefined ? '' : `:${r.tag}`}`;
}

/** `pull` flags the reference needs (plain HTTP for loopback registries). */
export const pullFlags = (r: ImageRef, flag = '--tls-verify'): string[] => (r.transport === 'docker' && r.plainHttp ? [`${flag}=false`] : []);

/** The credentials flag (`--authfile`; skopeo copy: `--src-authfile`): the file's path only, the secrets stay in the file. */
export const authFlags = (r: ImageRef, flag = '--authfile'): string[] => (r.transport === 'docker' && r.authFile !== undefined ? [flag, r.authFile] : []);

/** What containers/image says when a registry wants credentials it was not given or refused. */
const AUTH_REFUSED = /\b(?:401|unauthorized|authentication required|denied)\b/i;

/**
 * A failed pull, as the error to show: a registry that asked for credentials
 * is AUTH, naming the registry and where credentials come from; anything
 * else is the tool's last line. The tool's stderr carries a registry's
 * answer: shown as a short redacted preview only.
 */
export function pullError(tool: string, image: ImageRef, stderr: string): PipelineError {
  const last = stderr.trim().split('\n').pop() ?? '';
  const refused = AUTH_REFUSED.exec(last);
  if (image.transport === 'docker' && refused !== null) {
    const parsed = parseReference(image.reference);
    const registry = parsed.ok ? parsed.value.registry : previewReference(image.reference);
    return new PipelineError(
      'AUTH',
      `${tool} could not pull ${previewReference(image.reference)} for command tests: registry ${registry} refused ${image.authFile === undefined ? 'an anonymous pull' : 'the credentials'} (${preview(last.slice(refused.index), { max: 120 })})`,
      {
        input: 'registry-auth',
        hint: `Give credentials for ${registry} in the 'registry-auth' input (github-token for ghcr.io, or a docker login); the command tests pull with the same ones the scan reads with.`,
      },
    );
  }
  // The builder's last line can quote what a registry or the image said: bounded and escaped like any untrusted text.
  return new PipelineError('BUILDER', `${tool} could not load the image for command tests: ${preview(last, { max: 200 })}`, {
    hint: 'Check that the image is a valid OCI layout or archive.',
  });
}

/** buildah appends its own status lines to the command's stderr; tests must see only the command's. */
export function stripBuildahNoise(stderr: string): string {
  return stderr.replace(/(?:subprocess exited with status \d+\n?|Error: exit status \d+\n?|process exited with error: [^\n]*?(?=subprocess|$))/g, '');
}

/** What LO_UP exits with when loopback stays down; the sandbox probe turns it into the error with the fix. */
const LO_DOWN = 125;

/**
 * Loopback up (Docker's `none` network has it), then the command; "$@" keeps
 * the argv uninterpreted. Without it tests that talk to 127.0.0.1 inside the
 * image would fail for a reason nobody sees, so a failure stops here, loudly.
 */
const LO_UP = `ip link set lo up 2>/dev/null || busybox ip link set lo up 2>/dev/null || { echo 'test-image: could not bring loopback up in the sandbox (neither ip nor busybox ip worked)' >&2; exit ${LO_DOWN}; }; exec "$@"`;

/** The argv prefix that starts a command in its own PID (and, for network none, network) namespace. */
export function sandboxPrefix(network: RunSettings['network']): string[] {
  // --kill-child: when unshare is stopped (the deadline below), the namespace's first process dies with it, and every process in the namespace with that.
  const ns = ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc'];
  return network === 'none' ? [...ns, '--net', '--', '/bin/sh', '-c', LO_UP, 'sandbox'] : [...ns, '--'];
}

/** The exit code a stopped command reports, as timeout(1) does. */
const TIMED_OUT = 124;

/**
 * Run one sandboxed command with a deadline. timeout(1) stops unshare (TERM,
 * then KILL 5 s later); --kill-child takes the namespace down with it; and the
 * result comes only when every process that held the output has exited, so
 * nothing of the test outlives its verdict.
 */
/** The stderr of a stopped command: the deadline is not an input, so the fix is in the test (setup steps each get their own deadline). */
export function timedOutMessage(timeoutMs: number): string {
  const s = Math.round(timeoutMs / 1000);
  const limit = s % 60 === 0 ? `${s / 60} min` : `${s} s`;
  return `expected the command to finish within ${limit}, got it still running, so test-image stopped it; make it finish sooner, or move slow preparation into setup steps (each step gets ${limit})`;
}

async function runWithDeadline(cmd: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  const t0 = Date.now();
  const r = await run('timeout', ['--kill-after=5', `${(timeoutMs / 1000).toFixed(3)}s`, cmd, ...args]);
  if (r.code === TIMED_OUT && Date.now() - t0 >= timeoutMs) {
    return { code: TIMED_OUT, stdout: r.stdout, stderr: timedOutMessage(timeoutMs) };
  }
  return r;
}

/** Capabilities this process may hand on (its bounding set): what "privileged" can mean under chroot isolation. */
async function boundingCapabilities(): Promise<string[]> {
  const status = await fs.readFile('/proc/self/status', 'utf8').catch(() => '');
  return capabilitiesInMask(/^CapBnd:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0');
}

/** Capabilities asked for that this runner cannot hand on (pure); chroot isolation can only pass on what it holds. */
export function unavailableCapabilities(capAdd: readonly string[], bounding: readonly string[]): string[] {
  return capAdd.filter((c) => c !== 'ALL' && !bounding.includes(c));
}

/** `buildah run` flags for the settings (pure; `bounding` is what privileged expands to). */
export function buildahRunFlags(s: RunSettings, env: Record<string, string>, bounding: readonly string[]): string[] {
  const caps = new Set<string>(s.privileged || s.capAdd.includes('ALL') ? bounding : []);
  for (const c of s.capAdd) if (c !== 'ALL') caps.add(c);
  return [
    '--isolation',
    'chroot',
    ...(s.user === undefined ? [] : ['--user', s.user]),
    ...(s.tty ? ['--terminal'] : []),
    ...[...caps].flatMap((c) => ['--cap-add', `CAP_${c}`]),
    ...s.mounts.flatMap((m) => ['--volume', `${m.source}:${m.target}${m.options.length > 0 ? `:${m.options.join(',')}` : ''}`]),
    ...Object.entries({ ...s.env, ...env }).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
  ];
}

/** Mount points at or under `dir` in a /proc/mounts text, deepest first (pure; the kernel writes space, tab, newline and backslash as octal escapes). */
export function mountsUnder(procMounts: string, dir: string): string[] {
  const root = dir.replace(/\/+$/, '');
  const points = procMounts
    .split('\n')
    .map((l) => l.split(' ')[1])
    .filter((p): p is string => p !== undefined)
    .map((p) => p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .filter((p) => p === root || p.startsWith(`${root}/`));
  return [...new Set(points)].sort((a, b) => b.length - a.length);
}

/** Unmounts everything at or under `dir` (lazily when busy), so deleting the store cannot reach into a live mount. */
async function unmountUnder(dir: string): Promise<void> {
  const text = await fs.readFile('/proc/mounts', 'utf8').catch(() => '');
  for (const m of mountsUnder(text, dir)) {
    const r = await run('umount', [m]).catch(() => undefined);
    if (r === undefined || r.code !== 0) await run('umount', ['--lazy', m]).catch(() => undefined);
  }
}

/** A new, empty buildah store of one run: its folder and driver. */
interface PreparedStore {
  dir: string;
  driver: StorageDriver;
}

class Buildah implements ContainerRuntime {
  readonly name = 'buildah';
  private seq = 0;
  /** Containers made and not (yet, or not successfully) removed: while there are any, close() asks buildah to remove them all. */
  private readonly live = new Set<string>();
  /** The last `buildah rm` started (see remove): close() waits for it. */
  private removal: Promise<void> = Promise.resolve();
  /** `buildah from` runs not yet ended (a container made ahead, check-image.ts): close() waits for them before removing. */
  private readonly creating = new Set<Promise<unknown>>();
  private constructor(
    private readonly dir: string,
    private readonly driver: StorageDriver,
    private readonly imageId: string,
    private readonly settings: RunSettings,
    private readonly bounding: string[],
  ) {}

  get store(): { dir: string; driver: StorageDriver } {
    return { dir: this.dir, driver: this.driver };
  }

  private static args(dir: string, driver: StorageDriver): string[] {
    return ['--root', path.join(dir, 'root'), '--runroot', path.join(dir, 'runroot'), '--storage-driver', driver];
  }

  /**
   * Takes the store down: its containers (buildah rm unmounts theirs), then
   * any mount left under it (a run killed mid-way), then the folder. Never
   * throws: it runs on failure paths too.
   */
  private static async discard(dir: string, driver: StorageDriver): Promise<void> {
    await run('buildah', [...Buildah.args(dir, driver), 'rm', '--all']).catch(() => undefined);
    await unmountUnder(dir);
    // vfs layers may hold files only root can remove; rm as root does.
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** Fails, with the fix, when this machine cannot make the namespaces the sandbox needs. */
  private static async probeSandbox(network: RunSettings['network']): Promise<void> {
    const r = await run(sandboxPrefix(network)[0] as string, [...sandboxPrefix(network).slice(1), 'true']).catch((e: unknown) => ({
      code: -1,
      stdout: '',
      stderr: e instanceof Error ? e.message : String(e),
    }));
    if (network === 'none' && r.code === LO_DOWN) {
      throw new PipelineError(
        'NO_BUILDER',
        "command tests run in their own network namespace with loopback up, and this machine could not bring it up: expected 'ip link set lo up' (iproute2) or busybox ip to work, got neither",
        {
          input: 'command-network',
          hint: "Install iproute2 or busybox on the runner (apt-get install iproute2); or, if the tests need the runner's network anyway, set command-network: host.",
        },
      );
    }
    if (r.code !== 0) {
      throw new PipelineError(
        'NO_BUILDER',
        `command tests run in their own PID${network === 'none' ? ' and network' : ''} namespace, and this machine refused to make one: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`,
        {
          input: 'command-network',
          hint: 'Run the step as root where namespaces are allowed (util-linux unshare, CAP_SYS_ADMIN), or run the command tests on a runner with podman or docker.',
        },
      );
    }
  }

  /**
   * What a run needs before it can pull, none of it buildah: the sandbox probe, and a new store (its folder and
   * driver). The probe and the store are made side by side (a process each: unshare, and the overlay probe's
   * mount); the probe's refusal is the error, as when it ran first, and the store is gone again after any refusal.
   */
  static async prepare(settings: RunSettings = defaultRunSettings()): Promise<PreparedStore> {
    // buildah names an image pulled from a file transport after its path, and
    // refuses upper case there (mkdtemp's random suffixes, users' folders). So
    // the working folder gets a lower-case name, and the image is reached
    // through a link inside it.
    const dir = path.join(os.tmpdir(), `test-image-buildah-${randomBytes(6).toString('hex')}`);
    const [probe, store] = await Promise.allSettled([
      Buildah.probeSandbox(settings.network),
      // A new store: the override (STORAGE_DRIVER) or the probe decides, as for build-image.
      fs.mkdir(dir, { recursive: true }).then(() => chooseDriver(process.env, path.join(dir, 'root'))),
    ]);
    if (probe.status === 'rejected' || store.status === 'rejected') {
      await Buildah.removeUnused(dir);
      throw probe.status === 'rejected' ? probe.reason : (store as PromiseRejectedResult).reason;
    }
    return { dir, driver: store.value.driver };
  }

  /** Drops a prepared store that will not be used (buildah turned out not to answer). Never throws. */
  static async discardPrepared(store: PreparedStore): Promise<void> {
    await Buildah.removeUnused(store.dir);
  }

  /** A store with no container to remove (buildah never ran in it, or each was removed): whatever is mounted under it (the overlay probe's, if its umount failed), then the folder. Never throws. */
  private static async removeUnused(dir: string): Promise<void> {
    await unmountUnder(dir);
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** The image pulled into a prepared store (Buildah.prepare), which is discarded again when the pull or a check after it fails. */
  static async open(image: ImageRef, settings: RunSettings = defaultRunSettings(), prepared?: PreparedStore, scanned?: ScannedImage): Promise<Buildah> {
    const { dir, driver } = prepared ?? (await Buildah.prepare(settings));
    const args = Buildah.args(dir, driver);
    let pullRef = formatRef(image);
    if (image.transport !== 'docker') {
      const link = path.join(dir, 'image');
      await fs.symlink(path.resolve(image.path), link);
      pullRef = formatRef(image, link);
    }
    // The platform picks the image of a multi-platform index that the file tests read, not the runner's.
    const platform = settings.platform === undefined ? [] : ['--platform', settings.platform];
    const r = await run('buildah', [...args, 'pull', '--quiet', ...platform, ...pullFlags(image), ...authFlags(image), pullRef]);
    if (r.code !== 0) {
      await Buildah.discard(dir, driver);
      throw pullError('buildah', image, r.stderr);
    }
    const id = r.stdout.trim().split('\n').pop() ?? '';
    if (settings.platform !== undefined) {
      const want = settings.platform.split('/');
      // buildah names an image by its config's digest: the ID of the config the scan read (verified) means buildah loaded
      // that very config, whose platform is known, so asking buildah again (a builder start-up) would only repeat it.
      if (scanned !== undefined && id === scanned.configDigest.replace(/^sha256:/, '') && scanned.os === want[0] && scanned.architecture === want[1]) {
        return Buildah.ready(dir, driver, id, settings);
      }
      const got = await run('buildah', [...args, 'inspect', '--type', 'image', '--format', '{{.OCIv1.OS}}/{{.OCIv1.Architecture}}', id]);
      if (got.code !== 0 || got.stdout.trim() !== `${want[0]}/${want[1]}`) {
        await Buildah.discard(dir, driver);
        throw new PipelineError(
          'BUILDER',
          `buildah loaded ${got.stdout.trim() || 'an image of unknown platform'} for command tests, expected ${want[0]}/${want[1]}`,
          { input: 'platform' },
        );
      }
    }
    return Buildah.ready(dir, driver, id, settings);
  }

  /** The runtime over a pulled image, once the capabilities the policy asks for are ones this runner holds. */
  private static async ready(dir: string, driver: StorageDriver, id: string, settings: RunSettings): Promise<Buildah> {
    const bounding = await boundingCapabilities();
    const missing = unavailableCapabilities(settings.capAdd, bounding);
    if (missing.length > 0) {
      await Buildah.discard(dir, driver);
      throw new PipelineError(
        'POLICY',
        `containerRunOptions.capabilities: expected capabilities this runner can grant, got ${missing.join(', ')}, which its bounding set lacks (command tests run under chroot isolation and can only pass on what the step holds)`,
        {
          hint: 'Leave them out, or run the step where the runner holds them (e.g. a privileged container).',
        },
      );
    }
    return new Buildah(dir, driver, id, settings, bounding);
  }

  async create(): Promise<Container> {
    const name = `test-image-${process.pid}-${++this.seq}`;
    const base = Buildah.args(this.dir, this.driver);
    // Counted before it exists: a failed `from` may still have left it behind.
    this.live.add(name);
    const from = run('buildah', [...base, 'from', '--pull-never', '--name', name, this.imageId]);
    this.creating.add(from);
    const r = await from.finally(() => this.creating.delete(from));
    if (r.code !== 0) throw new PipelineError('BUILDER', `buildah could not create a container: ${r.stderr.trim()}`);
    return {
      exec: async ({ command, env }) => {
        const [cmd, ...pre] = sandboxPrefix(this.settings.network) as [string, ...string[]];
        const r = await runWithDeadline(
          cmd,
          [...pre, 'buildah', ...base, 'run', ...buildahRunFlags(this.settings, env, this.bounding), name, '--', ...command],
          this.settings.timeoutMs,
        );
        return { ...r, stderr: stripBuildahNoise(r.stderr) };
      },
      // The verdict does not wait for the removal: it runs beside the next test, one at a time (each waits for the one
      // before, so at most one is behind), and close() waits for the last. On vfs, where every container is a full copy
      // of the image, it is awaited, so only one copy is on disk at a time. A failed rm leaves the name in `live`, for close().
      remove: async () => {
        const previous = this.removal;
        const mine = previous.then(() =>
          run('buildah', [...base, 'rm', name]).then(
            (r) => void (r.code === 0 && this.live.delete(name)),
            () => undefined,
          ),
        );
        this.removal = mine;
        await previous;
        if (this.driver === 'vfs') await mine;
      },
    };
  }

  /**
   * The store, gone. When every container was removed one by one (the usual end), there is nothing for `buildah rm
   * --all` to do, and its run (a builder start-up) is skipped; what is still mounted under the store is unmounted and
   * the folder deleted either way.
   */
  async close(): Promise<void> {
    // A container made ahead for a test that never came (the one before failed) may still be being created: removing
    // the store under a running `buildah from` could leave either behind.
    await Promise.allSettled([...this.creating]);
    await this.removal;
    if (this.live.size === 0) await Buildah.removeUnused(this.dir);
    else await Buildah.discard(this.dir, this.driver);
  }
}

/**
 * podman and docker: each exec is its own `run --rm` (the CLIs have no cheap
 * "run in a stopped container"), so setup and teardown steps are refused.
 */
/** `podman run` / `docker run` flags for the settings (pure). */
export function cliRunFlags(s: RunSettings, env: Record<string, string>): string[] {
  return [
    '--network',
    s.network,
    ...(s.platform === undefined ? [] : ['--platform', s.platform]),
    ...(s.user === undefined ? [] : ['--user', s.user]),
    ...(s.tty ? ['--tty'] : []),
    ...(s.privileged ? ['--privileged'] : []),
    ...s.capAdd.flatMap((c) => ['--cap-add', c]),
    ...s.mounts.flatMap((m) => ['--volume', `${m.source}:${m.target}${m.options.length > 0 ? `:${m.options.join(',')}` : ''}`]),
    ...Object.entries({ ...s.env, ...env }).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
  ];
}

class CliRuntime implements ContainerRuntime {
  constructor(
    readonly name: 'podman' | 'docker',
    private readonly image: string,
    private readonly settings: RunSettings,
    private readonly cleanup: () => Promise<void>,
  ) {}

  async create(): Promise<Container> {
    return {
      exec: ({ command, env }) =>
        runWithDeadline(
          this.name,
          ['run', '--rm', ...cliRunFlags(this.settings, env), '--entrypoint', command[0] ?? 'true', this.image, ...command.slice(1)],
          this.settings.timeoutMs,
        ),
      remove: async () => undefined,
    };
  }

  async close(): Promise<void> {
    await this.cleanup();
  }
}

export type RuntimeChoice = { runtime: ContainerRuntime } | { unavailable: string };

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The image the scan read, for the check that buildah loaded the same: containers/storage names an image by its
 * config's digest, so a pull whose ID is this config's loaded exactly this config, and this platform.
 */
export interface ScannedImage {
  /** The config's digest (sha256:...), verified when the scan read it. */
  configDigest: string;
  os: string;
  architecture: string;
}

/**
 * The first runtime that can run commands in `image` on this machine. buildah's store is prepared
 * (Buildah.prepare) while buildah answers --version: independent, and otherwise paid one after the other at every
 * run. Its error counts only once buildah answers (without it podman or docker is tried); the store is dropped when
 * it is not used. `scanned` lets the platform check trust a pull of exactly the config the scan read.
 */
export async function openRuntime(
  image: ImageRef,
  dockerArchive: () => Promise<string>,
  settings: RunSettings = defaultRunSettings(),
  scanned?: ScannedImage,
): Promise<RuntimeChoice> {
  const prepared = isRoot() ? Buildah.prepare(settings) : undefined;
  prepared?.catch(() => undefined);
  const answers = canRun('buildah', ['--version']);
  const drop = async (): Promise<void> =>
    void (await prepared?.then(
      (store) => Buildah.discardPrepared(store),
      () => undefined,
    ));
  const reasons: string[] = [];
  if (await answers) {
    if (prepared !== undefined) return { runtime: await Buildah.open(image, settings, await prepared, scanned) };
    reasons.push('buildah is installed but chroot isolation needs root');
  } else {
    await drop();
    reasons.push('buildah is not installed');
  }
  if (await canRun('podman', ['info'])) {
    const r = await run('podman', [
      'pull',
      '--quiet',
      ...(settings.platform === undefined ? [] : ['--platform', settings.platform]),
      ...pullFlags(image),
      ...authFlags(image),
      formatRef(image),
    ]);
    if (r.code === 0) {
      const id = r.stdout.trim().split('\n').pop() ?? '';
      return { runtime: new CliRuntime('podman', id, settings, async () => void (await run('podman', ['rmi', '--force', id]))) };
    }
    reasons.push(`podman could not load the image: ${r.stderr.trim().split('\n').pop() ?? ''}`);
  } else reasons.push('podman is not installed or not working');
  if (await canRun('docker', ['info'])) {
    const r = await run('docker', ['load', '--quiet', '--input', await dockerArchive()]);
    const m = /Loaded image(?: ID)?: (\S+)/.exec(r.stdout);
    if (r.code === 0 && m !== null) {
      const id = m[1] as string;
      return { runtime: new CliRuntime('docker', id, settings, async () => void (await run('docker', ['rmi', '--force', id]))) };
    }
    reasons.push(`docker could not load the image: ${r.stderr.trim().split('\n').pop() ?? ''}`);
  } else reasons.push('no docker daemon answers');
  return {
    unavailable: `no container runtime can run command tests here (${reasons.join('; ')}). Install buildah (apt-get install buildah) and run the step as root, or use a runner with podman or docker`,
  };
}
