/**
 * The scratch space the build e2e suites share: a temporary work directory
 * holding a build context (busybox and the files a test names) and a loopback
 * registry, with or without basic auth; made before a file's tests, removed
 * after them. And one build through buildImage() on fresh storage with its
 * log recorded (runBuild), as the builder e2e suites run it.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildImage, type BuildReport, type BuildRequest } from '../../shared/src/builders/build.js';
import type { Logger } from '../../shared/src/builders/builder.js';
import { basicAuthConfig } from './htpasswd.js';
import { startRegistry, type Registry } from './registry.js';

export interface BuildFixture {
  /** The temporary directory everything lives under. */
  work: string;
  /** The build context, `<work>/<dir>`. */
  ctx: string;
  registry: Registry;
}

export interface BuildFixtureOptions {
  /** The context directory's name under work. Default `ctx`. */
  dir?: string;
  /** Users (name -> password) the registry asks basic auth of; none: an open registry. */
  users?: Record<string, string>;
}

/** `files` maps names in the context to their text (a Dockerfile at least); /bin/busybox is copied in as `busybox`. */
export async function startBuildFixture(prefix: string, files: Record<string, string>, opts: BuildFixtureOptions = {}): Promise<BuildFixture> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  try {
    const ctx = path.join(work, opts.dir ?? 'ctx');
    await fs.mkdir(ctx);
    await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox'));
    for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(ctx, name), text);
    const registry = await startRegistry(opts.users !== undefined ? { extraConfig: await basicAuthConfig(opts.users) } : {});
    return { work, ctx, registry };
  } catch (e) {
    await fs.rm(work, { recursive: true, force: true });
    throw e;
  }
}

/** Stops the registry and removes the work directory; either may be missing when the start failed. */
export async function stopBuildFixture(work: string | undefined, registry: Registry | undefined): Promise<void> {
  await registry?.stop();
  if (work !== undefined) await fs.rm(work, { recursive: true, force: true });
}

/** What one build through buildImage() gave: the report or the error, every line it logged, and its RUNNER_TEMP. */
export interface BuildRun {
  report?: BuildReport;
  error?: unknown;
  /** Every line the build logged (info, debug with the builder's argv, warning), in order, as the runner would show it. */
  lines: string[];
  /** The warnings alone. */
  warnings: string[];
  runnerTemp: string;
}

/** A logger that records every line, and the warnings apart. */
export function recordingLog(): { log: Logger; lines: string[]; warnings: string[] } {
  const lines: string[] = [];
  const warnings: string[] = [];
  const log: Logger = {
    info: (l) => void lines.push(l),
    debug: (l) => void lines.push(l),
    warning: (l) => {
      lines.push(l);
      warnings.push(l);
    },
  };
  return { log, lines, warnings };
}

/** The fixed time of every build e2e (not in a git repository, so SOURCE_DATE_EPOCH sets the timestamps). */
export const BUILD_EPOCH = '1714564800';

/**
 * buildImage() as build-image's run() calls it, on fresh storage: a new RUNNER_TEMP under `work` (the store,
 * the output layout and the build's temporary folders go there), tag `t`, the host's platform, buildah;
 * `env` goes over RUNNER_TEMP and SOURCE_DATE_EPOCH, `extra` over the request. Never throws: a failed build
 * comes back as `error`.
 */
export async function runBuild(work: string, context: string, extra: Partial<BuildRequest> = {}, env: Record<string, string> = {}): Promise<BuildRun> {
  const runnerTemp = await fs.mkdtemp(path.join(work, 'runner-'));
  const { log, lines, warnings } = recordingLog();
  const req: BuildRequest = {
    context,
    buildArgs: new Map(),
    secrets: new Map(),
    labels: new Map(),
    annotations: new Map(),
    tags: ['t'],
    platforms: [],
    builder: 'buildah',
    output: path.join(runnerTemp, 'layout'),
    env: { RUNNER_TEMP: runnerTemp, SOURCE_DATE_EPOCH: BUILD_EPOCH, ...env },
    ...extra,
  };
  try {
    return { report: await buildImage(req, { log }), lines, warnings, runnerTemp };
  } catch (error) {
    return { error, lines, warnings, runnerTemp };
  }
}
