/**
 * Where a build reads and writes, checked before anything runs: the context
 * folder, the Dockerfile in it, and the output folder the layout will replace.
 * Each failure names the input and what to set it to. locateBuild does the
 * three in that order and returns what it found, which buildImage accepts
 * (BuildRequest.located) instead of looking again.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';

/**
 * Where the context is, checked. A relative context is relative to the
 * workspace (GITHUB_WORKSPACE of the step's env, workspaceOf), as secret-files,
 * build-contexts and outputs' dest are; the current directory only when the
 * caller gives none.
 */
export async function locateContext(context: string, workspace: string = process.cwd()): Promise<string> {
  const abs = path.resolve(workspace, context);
  const stat = await fs.stat(abs).catch(() => undefined);
  if (stat === undefined) {
    throw new PipelineError('INPUT', `the build context '${context}' does not exist (looked in ${abs})`, {
      input: 'context',
      hint: 'Set context to the folder holding your Dockerfile, relative to the workspace (check out the repository first with actions/checkout).',
    });
  }
  if (!stat.isDirectory())
    throw new PipelineError('INPUT', `the build context '${context}' is a file, not a folder`, {
      input: 'context',
      hint: "Set context to a folder; name the Dockerfile with 'file'.",
    });
  return abs;
}

/**
 * The Dockerfile: `file` relative to the workspace (the working directory on a
 * runner, where `docker build -f` reads it), else relative to the context;
 * without `file`, Dockerfile then Containerfile in the context.
 */
export async function locateDockerfile(contextDir: string, file: string | undefined, workspace: string = process.cwd()): Promise<string> {
  const isFile = async (p: string): Promise<boolean> => (await fs.stat(p).catch(() => undefined))?.isFile() ?? false;
  const candidates =
    file === undefined || file === ''
      ? ['Dockerfile', 'Containerfile'].map((f) => path.join(contextDir, f))
      : [path.resolve(workspace, file), path.resolve(contextDir, file)];
  for (const c of candidates) if (await isFile(c)) return c;
  if (file === undefined || file === '') {
    throw new PipelineError('INPUT', `no Dockerfile or Containerfile in the build context ${contextDir}`, {
      input: 'file',
      hint: "Add a Dockerfile to the context, or set 'file' to its path.",
    });
  }
  throw new PipelineError('INPUT', `the Dockerfile '${file}' does not exist (looked for ${[...new Set(candidates)].join(' and ')})`, {
    input: 'file',
    hint: "Set 'file' to the Dockerfile's path relative to the workspace.",
  });
}

/**
 * The output folder is replaced wholesale when the build succeeds, so it must
 * be an OCI layout from an earlier run, an empty folder, or not exist; and it
 * must not hold the context (replacing it would delete the sources).
 */
export async function checkOutput(output: string, contextDir: string): Promise<string> {
  const abs = path.resolve(output);
  const rel = path.relative(abs, contextDir);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new PipelineError('INPUT', `output '${output}' contains the build context; writing the layout there would delete your sources`, {
      input: 'output',
      hint: 'Point output at a new folder, e.g. ${{ runner.temp }}/layout.',
    });
  }
  const stat = await fs.stat(abs).catch(() => undefined);
  if (stat === undefined) return abs;
  if (!stat.isDirectory())
    throw new PipelineError('INPUT', `output '${output}' is a file; it must be a folder for the OCI layout`, {
      input: 'output',
      hint: 'Point output at a new folder.',
    });
  const entries = await fs.readdir(abs);
  if (entries.length > 0 && !entries.includes('oci-layout')) {
    throw new PipelineError('INPUT', `output '${output}' is a folder with other files in it, not an OCI layout; refusing to replace it`, {
      input: 'output',
      hint: 'Point output at a new or empty folder.',
    });
  }
  return abs;
}

declare const checked: unique symbol;

/** What locateBuild found for one request, every path absolute; only locateBuild makes one. */
export interface LocatedBuild {
  readonly [checked]: true;
  /** The inputs it was found for, as given: a build takes it only for the same ones (locatedFor). */
  readonly for: { readonly context: string; readonly file: string | undefined; readonly output: string; readonly workspace: string };
  readonly contextDir: string;
  readonly dockerfile: string;
  readonly output: string;
}

/** The context, then the Dockerfile in it, then the output: each checked once, the first failure thrown. */
export async function locateBuild(req: { context: string; file?: string | undefined; output: string }, workspace: string): Promise<LocatedBuild> {
  const contextDir = await locateContext(req.context, workspace);
  const dockerfile = await locateDockerfile(contextDir, req.file, workspace);
  const output = await checkOutput(req.output, contextDir);
  return { for: { context: req.context, file: req.file, output: req.output, workspace }, contextDir, dockerfile, output } as LocatedBuild;
}

/** Whether `located` was found for these inputs (no file-system access). */
export const locatedFor = (located: LocatedBuild, req: { context: string; file?: string | undefined; output: string }, workspace: string): boolean =>
  located.for.context === req.context && located.for.file === req.file && located.for.output === req.output && located.for.workspace === workspace;
