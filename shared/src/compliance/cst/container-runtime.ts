/**
 * Running container-structure-test command tests inside the image without a
 * Docker daemon. buildah first (private storage root, vfs driver, chroot
 * isolation: works as root in a CI container with no daemon and no
 * user namespaces), then podman, then docker when a daemon answers. When
 * none can run, the caller gets a reason to show, not a crash.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../../errors.js';
import { canRun, run, type RunResult } from '../../process.js';

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
  /** A fresh container from the image, for one test (setup, command, teardown share it). */
  create(): Promise<Container>;
  close(): Promise<void>;
}

/** An image as containers/image (buildah, podman, skopeo) names it. */
export type ImageRef =
  | { transport: 'oci' | 'oci-archive' | 'docker-archive'; path: string; tag?: string }
  | { transport: 'docker'; reference: string; plainHttp: boolean };

/** `oci:/dir:tag`, `docker-archive:/f.tar`, `docker://host/repo:tag`; `path` replaces the file's path. */
export function formatRef(r: ImageRef, path?: string): string {
  if (r.transport === 'docker') return `docker://${r.reference}`;
  return `${r.transport}:${path ?? r.path}${r.tag === undefined ? '' : `:${r.tag}`}`;
}

/** `pull` flags the reference needs (plain HTTP for loopback registries). */
export const pullFlags = (r: ImageRef, flag = '--tls-verify'): string[] => (r.transport === 'docker' && r.plainHttp ? [`${flag}=false`] : []);

/** buildah appends its own status lines to the command's stderr; tests must see only the command's. */
export function stripBuildahNoise(stderr: string): string {
  return stderr.replace(/(?:subprocess exited with status \d+\n?|Error: exit status \d+\n?|process exited with error: [^\n]*?(?=subprocess|$))/g, '');
}

class Buildah implements ContainerRuntime {
  readonly name = 'buildah';
  private seq = 0;
  private constructor(
    private readonly dir: string,
    private readonly imageId: string,
  ) {}

  private static args(dir: string): string[] {
    return ['--root', path.join(dir, 'root'), '--runroot', path.join(dir, 'runroot'), '--storage-driver', 'vfs'];
  }

  static async open(image: ImageRef): Promise<Buildah> {
    // buildah names an image pulled from a file transport after its path, and
    // refuses upper case there (mkdtemp's random suffixes, users' folders). So
    // the working folder gets a lower-case name, and the image is reached
    // through a link inside it.
    const dir = path.join(os.tmpdir(), `test-image-buildah-${randomBytes(6).toString('hex')}`);
    await fs.mkdir(dir, { recursive: true });
    let pullRef = formatRef(image);
    if (image.transport !== 'docker') {
      const link = path.join(dir, 'image');
      await fs.symlink(path.resolve(image.path), link);
      pullRef = formatRef(image, link);
    }
    const r = await run('buildah', [...Buildah.args(dir), 'pull', '--quiet', ...pullFlags(image), pullRef]);
    if (r.code !== 0) {
      await fs.rm(dir, { recursive: true, force: true });
      throw new PipelineError('BUILDER', `buildah could not load the image for command tests: ${r.stderr.trim().split('\n').pop() ?? ''}`, { hint: 'Check that the image is a valid OCI layout or archive.' });
    }
    return new Buildah(dir, r.stdout.trim().split('\n').pop() ?? '');
  }

  async create(): Promise<Container> {
    const name = `test-image-${process.pid}-${++this.seq}`;
    const base = Buildah.args(this.dir);
    const r = await run('buildah', [...base, 'from', '--pull-never', '--name', name, this.imageId]);
    if (r.code !== 0) throw new PipelineError('BUILDER', `buildah could not create a container: ${r.stderr.trim()}`);
    return {
      exec: async ({ command, env }) => {
        const r = await run('buildah', [...base, 'run', '--isolation', 'chroot', ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]), name, '--', ...command]);
        return { ...r, stderr: stripBuildahNoise(r.stderr) };
      },
      remove: async () => {
        await run('buildah', [...base, 'rm', name]);
      },
    };
  }

  async close(): Promise<void> {
    // vfs layers may hold files only root can remove; rm as root does.
    await fs.rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * podman and docker: each exec is its own `run --rm` (the CLIs have no cheap
 * "run in a stopped container"), so setup and teardown steps are refused.
 */
class CliRuntime implements ContainerRuntime {
  constructor(
    readonly name: 'podman' | 'docker',
    private readonly image: string,
    private readonly cleanup: () => Promise<void>,
  ) {}

  async create(): Promise<Container> {
    return {
      exec: ({ command, env }) => run(this.name, ['run', '--rm', '--network', 'none', ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]), '--entrypoint', command[0] ?? 'true', this.image, ...command.slice(1)]),
      remove: async () => undefined,
    };
  }

  async close(): Promise<void> {
    await this.cleanup();
  }
}

export type RuntimeChoice = { runtime: ContainerRuntime } | { unavailable: string };

async function isRoot(): Promise<boolean> {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The first runtime that can run commands in `image` on this machine. */
export async function openRuntime(image: ImageRef, dockerArchive: () => Promise<string>): Promise<RuntimeChoice> {
  const reasons: string[] = [];
  if (await canRun('buildah', ['--version'])) {
    if (await isRoot()) return { runtime: await Buildah.open(image) };
    reasons.push('buildah is installed but chroot isolation needs root');
  } else reasons.push('buildah is not installed');
  if (await canRun('podman', ['info'])) {
    const r = await run('podman', ['pull', '--quiet', ...pullFlags(image), formatRef(image)]);
    if (r.code === 0) {
      const id = r.stdout.trim().split('\n').pop() ?? '';
      return { runtime: new CliRuntime('podman', id, async () => void (await run('podman', ['rmi', '--force', id]))) };
    }
    reasons.push(`podman could not load the image: ${r.stderr.trim().split('\n').pop() ?? ''}`);
  } else reasons.push('podman is not installed or not working');
  if (await canRun('docker', ['info'])) {
    const r = await run('docker', ['load', '--quiet', '--input', await dockerArchive()]);
    const m = /Loaded image(?: ID)?: (\S+)/.exec(r.stdout);
    if (r.code === 0 && m !== null) {
      const id = m[1] as string;
      return { runtime: new CliRuntime('docker', id, async () => void (await run('docker', ['rmi', '--force', id]))) };
    }
    reasons.push(`docker could not load the image: ${r.stderr.trim().split('\n').pop() ?? ''}`);
  } else reasons.push('no docker daemon answers');
  return { unavailable: `no container runtime can run command tests here (${reasons.join('; ')}). Install buildah (apt-get install buildah) and run the step as root, or use a runner with podman or docker` };
}
