/**
 * The scratch space the build e2e suites share: a temporary work directory
 * holding a build context (busybox and the files a test names) and a loopback
 * registry, with or without basic auth; made before a file's tests, removed
 * after them.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
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
