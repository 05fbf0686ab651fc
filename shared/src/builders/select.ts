/**
 * Which builder runs: `auto` takes the first that can actually run here, in
 * the order buildah (daemonless, needs nothing else), podman (same engine),
 * docker buildx (only when a daemon answers and buildx is installed). The
 * choice and its reason go to the log; when nothing can run, the error names
 * what to install. The decision is pure over what the probes found.
 */
import { PipelineError } from '../errors.js';
import { err, ok, type Result } from '../result.js';
import { canRun } from '../process.js';
import type { BuilderChoice, BuilderName } from './builder.js';

export interface Availability {
  buildah: boolean;
  podman: boolean;
  /** The docker CLI answers `docker buildx version`. */
  buildx: boolean;
  /** `docker version` reached a daemon. */
  dockerDaemon: boolean;
}

export interface Choice {
  name: BuilderName;
  reason: string;
}

const INSTALL = {
  buildah: '`apt-get install buildah` (Debian/Ubuntu; preinstalled on GitHub ubuntu runners)',
  podman: '`apt-get install podman`',
  docker: 'Docker with the buildx plugin and a running daemon (e.g. docker/setup-buildx-action)',
} as const;

export function chooseBuilder(requested: BuilderChoice, a: Availability): Result<Choice> {
  const dockerOk = a.buildx && a.dockerDaemon;
  const dockerWhy = !a.buildx ? 'docker buildx is not installed' : 'no Docker daemon answers';
  if (requested === 'buildah')
    return a.buildah ? ok({ name: 'buildah', reason: 'asked for by the builder input' }) : err(missing('buildah', 'buildah is not installed'));
  if (requested === 'podman')
    return a.podman ? ok({ name: 'podman', reason: 'asked for by the builder input' }) : err(missing('podman', 'podman is not installed'));
  if (requested === 'docker') return dockerOk ? ok({ name: 'docker', reason: 'asked for by the builder input' }) : err(missing('docker', dockerWhy));
  if (a.buildah) return ok({ name: 'buildah', reason: 'buildah is installed and needs no daemon' });
  if (a.podman) return ok({ name: 'podman', reason: 'buildah is not installed; podman is, and needs no daemon' });
  if (dockerOk) return ok({ name: 'docker', reason: 'neither buildah nor podman is installed; a Docker daemon answers and buildx is installed' });
  return err(
    new PipelineError('NO_BUILDER', `no image builder can run here: buildah and podman are not installed, and ${dockerWhy}`, {
      input: 'builder',
      hint: `Install one: ${INSTALL.buildah}, ${INSTALL.podman}, or ${INSTALL.docker}.`,
    }),
  );
}

function missing(name: BuilderName, why: string): PipelineError {
  return new PipelineError('NO_BUILDER', `builder '${name}' was asked for but cannot run: ${why}`, {
    input: 'builder',
    hint: `Install ${INSTALL[name]}, or set builder: auto to use whichever is installed.`,
  });
}

/**
 * Probe this machine for what `requested` needs, and no more: each probe starts
 * a process (tens of milliseconds, and they compete for a runner's two cores),
 * so an asked-for builder probes only itself and `auto` probes in order of
 * preference, stopping at the first that runs. What was not probed reads false,
 * which chooseBuilder never consults: it looks past a builder only when that
 * one is missing. Docker's daemon is only asked when buildx exists (it can take
 * seconds to time out).
 */
export async function probeBuilders(requested: BuilderChoice = 'auto', can: typeof canRun = canRun): Promise<Availability> {
  const a: Availability = { buildah: false, podman: false, buildx: false, dockerDaemon: false };
  const wants = (name: BuilderName): boolean => requested === 'auto' || requested === name;
  if (wants('buildah')) {
    a.buildah = await can('buildah', ['--version']);
    if (a.buildah) return a;
  }
  if (wants('podman')) {
    a.podman = await can('podman', ['--version']);
    if (a.podman) return a;
  }
  if (wants('docker')) {
    a.buildx = await can('docker', ['buildx', 'version']);
    a.dockerDaemon = a.buildx && (await can('docker', ['version', '--format', '{{.Server.Version}}']));
  }
  return a;
}
