/**
 * Inputs that name a file of the repository (test-image's `policy` and
 * `dockerfile`) are read inside the workspace only: a workflow, or a pull
 * request that edits one, must not be able to point the step at
 * /etc/shadow, ~/.docker/config.json or the runner's credentials, and have
 * the step parse it and echo what it found. Relative paths resolve against
 * GITHUB_WORKSPACE (the current directory outside a runner); symlinks are
 * resolved before the check, so a link in the repository that points out
 * of it is refused too.
 *
 * A file outside it on purpose (one a previous step generated under
 * RUNNER_TEMP, a shared policy checked out elsewhere) needs the explicit
 * `allow-outside-workspace: true`: one boolean rather than a list of extra
 * roots, because the caller who needs it knows the path already, and a
 * visible opt-in in the workflow file is what a reviewer should see.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import type { Env } from './inputs.js';

export const ALLOW_OUTSIDE_INPUT = 'allow-outside-workspace';

/** The folder repository paths are relative to: GITHUB_WORKSPACE, else the current directory. */
export const workspaceOf = (env: Env): string => (env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : process.cwd());

export interface WorkspaceScope {
  workspace: string;
  /** `allow-outside-workspace: true`: any path, as given. */
  allowOutside?: boolean;
}

/**
 * The real path of `p`: symlinks resolved as far as the path exists, the
 * missing rest appended (a file that does not exist yet is reported by its
 * reader, with its own message; a link on the way is still followed here).
 */
async function realPath(p: string): Promise<string> {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return path.join(await fs.realpath(at), ...rest.reverse());
    } catch (e) {
      const parent = path.dirname(at);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) throw e;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

const inside = (root: string, p: string): boolean => {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
};

/**
 * The absolute path of the file the input `input` names, refused with an
 * UNSAFE_PATH error naming the input, the path and the fix when it leaves
 * the workspace (and leaving it was not allowed).
 */
export function workspaceFile(input: string, value: string, scope: WorkspaceScope): Promise<string> {
  return confinePath(value, scope, {
    subject: `input '${input}'`,
    input,
    hint: `Name a file in the repository by a path relative to the workspace; to read a file outside it on purpose, set ${ALLOW_OUTSIDE_INPUT}: true on this step.`,
  });
}

/** How a refusal names the path's source (an input, a policy field) and what to do. */
export interface PathSubject {
  /** `input 'policy'`, `containerRunOptions.envFile`. */
  subject: string;
  input?: string;
  hint: string;
}

/** The one confinement rule: `value` resolved against the workspace, links followed, refused when it lands outside. */
export async function confinePath(value: string, scope: WorkspaceScope, who: PathSubject): Promise<string> {
  const given = path.resolve(scope.workspace, value);
  if (scope.allowOutside === true) return given;
  const root = await realPath(path.resolve(scope.workspace));
  const real = await realPath(given);
  if (inside(root, real)) return real;
  const via = real === given ? '' : `, which resolves to ${real}`;
  throw new PipelineError('UNSAFE_PATH', `${who.subject}: expected a file inside the workspace (${root}), got '${value}'${via}`, {
    ...(who.input === undefined ? {} : { input: who.input }),
    hint: who.hint,
  });
}
