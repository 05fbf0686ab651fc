/**
 * What build-image does after a successful build, as build-push-action's
 * `outputs`, `load` and `push` ask (publish-inputs.ts): write the OCI layout
 * as a tarball or a folder elsewhere, copy the image into the machine's
 * containers-storage (there is no Docker daemon: `podman run` and
 * `buildah from` read that store), and push it to every full reference
 * through distribute's push (blobs and manifests first, tags only on a
 * repository that took everything; a failed repository keeps its old tags).
 *
 * Local steps run before the push, so a step that fails leaves the
 * registries as they were. A failure is returned, not thrown: the step's
 * outputs (digest, layout) are still written, then `verdict` fails it.
 */
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { ActionIO } from '../../shared/src/action/io.js';
import type { Env } from '../../shared/src/action/inputs.js';
import type { BuildReport } from '../../shared/src/builders/build.js';
import { hostArchitecture } from '../../shared/src/builders/emulation.js';
import { assertDistributed, type DistributeResult, type ProgressEvent } from '../../shared/src/distribute/distribute.js';
import { isPipelineError, messageOf, PipelineError } from '../../shared/src/errors.js';
import { preview } from '../../shared/src/preview.js';
import { run } from '../../shared/src/process.js';
import { connectOptions, type ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { distributeSummary } from '../../shared/src/report/summary/push.js';
import type { OciExport, PublishInputs } from './publish-inputs.js';
import { pipeToFile } from '../../shared/src/pipe-to-file.js';

export interface PublishResult {
  /** The push, when one ran (its per-repository reports, failures included). */
  pushed?: DistributeResult;
  /** The names the image was loaded under into containers-storage. */
  loaded?: string[];
  /** The files and folders written from `outputs`. */
  exported: string[];
  /** The first step that failed: the step fails after its outputs are written. */
  error?: PipelineError;
}

/** A path from `outputs`, relative to the workspace as every other path input. */
const resolveDest = (dest: string, env: Env): string =>
  path.resolve(env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : process.cwd(), dest);

/** Every file of a layout, relative to it: oci-layout, index.json, blobs/<alg>/<hex>. No links are followed out of it. */
async function layoutFiles(layout: string): Promise<string[]> {
  const out = ['oci-layout', 'index.json'];
  const blobs = path.join(layout, 'blobs');
  for (const alg of (await fs.readdir(blobs, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const f of (await fs.readdir(path.join(blobs, alg), { withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => d.name)
      .sort()) {
      out.push(path.posix.join('blobs', alg, f));
    }
  }
  return out;
}

/** The layout as a tarball (the OCI image layout's own archive form, what `skopeo ... oci-archive:` reads), streamed file by file. */
async function writeLayoutTar(layout: string, file: string): Promise<void> {
  const pack = tar.pack();
  const done = pipeToFile(file, { flags: 'w', mode: 0o644 }, pack);
  // Awaited below; a write error while entries are still being added must not surface as an unhandled rejection first.
  done.catch(() => undefined);
  try {
    for (const name of await layoutFiles(layout)) {
      const full = path.join(layout, name);
      const { size } = await fs.stat(full);
      // Fixed owner and time: the same layout gives the same tarball.
      const entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 });
      await pipeline(createReadStream(full), entry);
    }
    pack.finalize();
  } catch (e) {
    pack.destroy(e instanceof Error ? e : new Error(String(e)));
  }
  await done;
}

/** One `type=oci` export, written beside its destination and renamed into place, so a failure leaves no half file. */
async function exportOci(layout: string, spec: OciExport, env: Env): Promise<string> {
  const dest = resolveDest(spec.dest, env);
  const existing = await fs.lstat(dest).catch(() => undefined);
  const refuse = (what: string): PipelineError =>
    new PipelineError('INPUT', `input 'outputs' line ${spec.line}: dest '${preview(spec.dest, { max: 120, redact: false })}' ${what}`, {
      input: 'outputs',
      line: spec.line,
      hint: 'Name a file (type=oci,dest=image.tar) or a new or empty folder (type=oci,dest=dir,tar=false).',
    });
  if (existing !== undefined) {
    if (existing.isSymbolicLink()) throw refuse('is a symbolic link, which build-image does not replace');
    if (spec.tar && existing.isDirectory()) throw refuse('is a folder, and tar=true writes a file');
    if (!spec.tar && !existing.isDirectory()) throw refuse('is a file, and tar=false writes a folder');
    if (!spec.tar) {
      const entries = await fs.readdir(dest);
      if (entries.length > 0 && !entries.includes('oci-layout')) throw refuse('is a folder holding other files, which build-image does not replace');
    }
  }
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    if (spec.tar) await writeLayoutTar(layout, tmp);
    else await fs.cp(layout, tmp, { recursive: true, verbatimSymlinks: true });
    if (!spec.tar && existing !== undefined) await fs.rm(dest, { recursive: true, force: true });
    await fs.rename(tmp, dest);
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
  return dest;
}

/**
 * `type=docker,dest=<file>`: a docker-archive (what `docker load` reads) of
 * the image, named with the full references, written by skopeo beside the
 * destination and renamed into place. The image id (its config) is the
 * layout's; the manifest is Docker's, so its digest differs.
 */
async function exportDockerArchive(report: BuildReport, refs: readonly string[], spec: OciExport, env: Env): Promise<string> {
  const dest = resolveDest(spec.dest, env);
  const existing = await fs.lstat(dest).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) {
    throw new PipelineError('INPUT', `input 'outputs' line ${spec.line}: dest '${preview(spec.dest, { max: 120, redact: false })}' is not a file`, {
      input: 'outputs',
      line: spec.line,
      hint: 'Name a file, e.g. type=docker,dest=image.tar.',
    });
  }
  await fs.mkdir(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.tmp-${randomBytes(4).toString('hex')}`;
  const [first, ...more] = refs;
  const args = ['--insecure-policy', 'copy', '--quiet', ...more.flatMap((r) => ['--additional-tag', r]), `oci:${report.layout}:${report.tags[0] ?? 'latest'}`];
  args.push(first === undefined ? `docker-archive:${tmp}` : `docker-archive:${tmp}:${first}`);
  try {
    const r = await run('skopeo', args, { env: containersEnv(env), maxBuffer: 256 * 1024 });
    if (r.code !== 0) {
      throw new PipelineError('BUILDER', `writing the docker-archive ${dest} failed: ${preview(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
        input: 'outputs',
        line: spec.line,
      });
    }
    await fs.rename(tmp, dest);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (isPipelineError(e) && e.code === 'NOT_FOUND') {
      throw new PipelineError('NOT_FOUND', 'type=docker,dest needs skopeo, which is not installed here', {
        input: 'outputs',
        line: spec.line,
        hint: 'Install skopeo (GitHub-hosted Ubuntu runners have it), or write type=oci,dest=<file.tar>.',
      });
    }
    throw e;
  }
  return dest;
}

/** The variables containers-storage and skopeo read from the runner's environment (where the store is, its config). */
function containersEnv(env: Env): NodeJS.ProcessEnv {
  const picked = Object.entries(env).filter(([k]) => k.startsWith('CONTAINERS_') || k.startsWith('XDG_') || k === 'HOME' || k === 'TMPDIR');
  return { ...process.env, ...Object.fromEntries(picked) };
}

/** The platform `load` copies from a multi-platform image: the host's when it was built, else the first. */
export function loadPlatform(platforms: readonly string[], hostArch: string = hostArchitecture()): string | undefined {
  return platforms.find((p) => p.split('/')[1] === hostArch) ?? platforms[0];
}

/**
 * `load`: copy the image into the machine's containers-storage (the store
 * podman and buildah use by default, or the one CONTAINERS_STORAGE_CONF names)
 * under each full reference, with skopeo, from the layout's first tag.
 */
async function load(report: BuildReport, names: readonly string[], env: Env, io: ActionIO): Promise<string[]> {
  const source = `oci:${report.layout}:${report.tags[0] ?? 'latest'}`;
  const platform = report.platforms.length > 1 ? loadPlatform(report.platforms) : undefined;
  const [os, arch, variant] = (platform ?? '').split('/');
  const choose =
    platform === undefined ? [] : ['--override-os', os ?? '', '--override-arch', arch ?? '', ...(variant !== undefined ? ['--override-variant', variant] : [])];
  if (platform !== undefined) io.info(`load: containers-storage holds one platform per name; loading ${platform} of ${report.platforms.join(', ')}`);
  for (const name of names) {
    // --insecure-policy: the source is the layout this step just built, not an image to verify against a signature policy.
    const r = await run('skopeo', ['--insecure-policy', ...choose, 'copy', '--quiet', source, `containers-storage:${name}`], {
      env: containersEnv(env),
      maxBuffer: 256 * 1024,
    }).catch((e: unknown) => {
      if (isPipelineError(e) && e.code === 'NOT_FOUND') {
        throw new PipelineError('NOT_FOUND', 'load needs skopeo, which is not installed here', {
          input: 'load',
          hint: 'Install skopeo (apt-get install skopeo; GitHub-hosted Ubuntu runners have it), or drop load and use the layout output.',
        });
      }
      throw e;
    });
    if (r.code !== 0) {
      throw new PipelineError(
        'BUILDER',
        `loading the image into containers-storage as ${name} failed: ${preview(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`,
        {
          input: 'load',
          hint: 'The store is the one podman and buildah use (CONTAINERS_STORAGE_CONF names another); check it is writable by this user.',
        },
      );
    }
    io.info(`Loaded ${report.digest} into containers-storage as ${name}`);
  }
  return [...names];
}

function logPush(io: ActionIO, e: ProgressEvent): void {
  if (e.kind === 'tag') io.info(`${e.ref} ${e.outcome === 'moved' ? 'now points at the image' : 'already pointed at the image'}`);
  else if (e.kind === 'retry') io.warning(`${e.destination}: ${e.what} failed (${e.message}); try ${e.attempt + 1} in ${(e.waitMs / 1000).toFixed(1)} s`);
  else if (e.kind === 'failed') io.error(`${e.destination}: ${e.message}`);
  else if (e.kind === 'blob' && e.outcome !== 'skipped') io.debug(`${e.destination}: ${e.outcome} ${e.digest}`);
}

export async function publish(report: BuildReport, p: PublishInputs, connect: ConnectInputs, env: Env, io: ActionIO): Promise<PublishResult> {
  const out: PublishResult = { exported: [] };
  const refs = report.refs ?? [];
  try {
    for (const spec of p.exports) {
      const written = spec.type === 'docker' ? await exportDockerArchive(report, refs, spec, env) : await exportOci(report.layout, spec, env);
      out.exported.push(written);
      io.info(
        `Wrote ${spec.type === 'docker' ? 'the docker-archive' : `the OCI layout ${spec.tar ? 'tarball' : 'folder'}`} ${written} (outputs line ${spec.line})`,
      );
    }
    if ((p.load || p.push) && refs.length === 0) {
      // `images` with spec lines none of which applies to this event (e.g. only type=semver on a branch push):
      // metadata-action computes no tag there; build-push-action would fail for want of one. Nothing is
      // pushed or loaded, and `latest` is not moved.
      io.warning(
        `No tag applies to this event (${report.tags.join(', ')} is the layout's name only), so nothing was ${p.push ? 'pushed' : 'loaded'}. Add a tag line that applies here (e.g. type=ref,event=branch), or set push only on the events your lines cover.`,
      );
      return out;
    }
    if (p.load) out.loaded = await load(report, refs, env, io);
    if (p.push) {
      const { pushImage } = await import('../../shared/src/distribute/push-image.js');
      out.pushed = await pushImage({
        images: [report.layout],
        destinations: refs,
        // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
        ...connectOptions(connect, { mask: (s) => io.mask(s) }),
        onProgress: (e) => logPush(io, e),
      });
      await io.summary(distributeSummary(out.pushed));
      assertDistributed(out.pushed);
      io.info(`Pushed ${report.digest} to ${refs.join(', ')}`);
    }
  } catch (e) {
    out.error = isPipelineError(e) ? e : new PipelineError('INTERNAL', messageOf(e), { cause: e });
  }
  return out;
}
