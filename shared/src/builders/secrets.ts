/**
 * Build secrets, as docker/build-push-action takes them, handed to the
 * builder as `--secret` mounts and never on its command line:
 *
 * - `secrets`: `id=value` items (quoted to hold commas or newlines) become
 *   files readable only by us (0600 in a 0700 folder), removed when the build
 *   ends, whatever happens. Values never reach argv, the image or the log (the
 *   action masks them with core.setSecret before anything runs).
 * - `secret-files`: `id=path`, a file of the user's (relative to the
 *   workspace), passed as it is; it must be a regular file when the build starts.
 * - `secret-envs`: `id=NAME`, the builder reads the variable from its own
 *   environment (`--secret id=x,env=NAME`); it must be set.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import { readList, type ListItem } from '../action/input-list.js';
import type { Env } from '../action/inputs.js';
import type { SecretFile, SecretMount } from './builder.js';

const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A `secret-files` or `secret-envs` item: the id and what it names (a path or a variable), with its line. */
export interface SecretRef {
  id: string;
  /** The path (secret-files) or the variable name (secret-envs). */
  from: string;
  line: number;
}

const ID_HINT = 'the id made of letters, digits, _ . -; use it with RUN --mount=type=secret,id=<id>';

/** Split one item at its first `=`; an error names the line but never echoes the item (it may be a secret). */
function idAndRest(item: ListItem, input: string, form: string): [string, string] {
  const eq = item.value.indexOf('=');
  const id = eq < 0 ? '' : item.value.slice(0, eq).trim();
  if (eq <= 0 || !ID.test(id)) {
    throw new PipelineError('INPUT', `input '${input}' line ${item.line} is not ${form}`, {
      input,
      line: item.line,
      hint: `Write one secret per line as ${form}, ${ID_HINT}; quote an item that holds a comma or a newline ("id=a,b").`,
    });
  }
  return [id, item.value.slice(eq + 1)];
}

function checkRepeat(seen: Set<string>, id: string, input: string, line: number): void {
  if (seen.has(id)) throw new PipelineError('INPUT', `input '${input}' line ${line} repeats the secret id '${id}'`, { input, line });
  seen.add(id);
}

/**
 * Parse `secrets`: `id=value` items, one per line; quoted items may span
 * lines and keep their whitespace (a PEM key's last newline), unquoted ones
 * are trimmed. The value is everything after the first `=`.
 */
export function parseSecrets(text: string, input = 'secrets'): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const item of readList(text, input, { ignoreComma: true, trim: 'unquoted' })) {
    const [id, value] = idAndRest(item, input, 'id=value');
    checkRepeat(seen, id, input, item.line);
    out.set(id, value);
  }
  return out;
}

/** Parse `secret-files` (`id=path`, one per line) and `secret-envs` (`id=NAME`, commas too, as actions-toolkit reads it). */
export function parseSecretRefs(text: string, input: 'secret-files' | 'secret-envs', taken: ReadonlySet<string> = new Set()): SecretRef[] {
  const form = input === 'secret-files' ? 'id=path' : 'id=ENV_NAME';
  const seen = new Set(taken);
  return readList(text, input, { ignoreComma: input === 'secret-files' }).map((item) => {
    const [id, rest] = idAndRest(item, input, form);
    const from = rest.trim();
    if (from === '')
      throw new PipelineError('INPUT', `input '${input}' line ${item.line} names no ${input === 'secret-files' ? 'file' : 'variable'} for '${id}'`, {
        input,
        line: item.line,
      });
    if (input === 'secret-envs' && !ENV_NAME.test(from))
      throw new PipelineError('INPUT', `input 'secret-envs' line ${item.line}: '${from.slice(0, 40)}' is not an environment variable name`, {
        input,
        line: item.line,
        hint: 'Write id=NAME, NAME a variable of the step (letters, digits, _), e.g. MY_SECRET=MY_ENV_VAR with env: { MY_ENV_VAR: ${{ secrets.X }} }.',
      });
    checkRepeat(seen, id, input, item.line);
    return { id, from, line: item.line };
  });
}

/** `secret-envs` whose variable the step's environment does not set: an error naming the first, before anything runs. */
export function checkSecretEnvs(refs: readonly SecretRef[], env: Env): void {
  for (const r of refs) {
    if (env[r.from] === undefined) {
      throw new PipelineError('INPUT', `input 'secret-envs' line ${r.line}: the environment variable '${r.from}' (for secret '${r.id}') is not set`, {
        input: 'secret-envs',
        line: r.line,
        hint: `Set it in the step's env: block, e.g. env: { ${r.from}: \${{ secrets.${r.from} }} }.`,
      });
    }
  }
}

/**
 * `secret-files` resolved against the workspace, each checked to be a
 * regular file now (a missing file would otherwise fail deep in the builder,
 * or mount a folder). Links are followed: a link to a file is a file.
 */
export async function resolveSecretFiles(refs: readonly SecretRef[], workspace: string): Promise<SecretFile[]> {
  const out: SecretFile[] = [];
  for (const r of refs) {
    const file = path.resolve(workspace, r.from);
    const st = await fs.stat(file).catch(() => undefined);
    if (st === undefined || !st.isFile()) {
      throw new PipelineError(
        'INPUT',
        `input 'secret-files' line ${r.line}: '${r.from}' (for secret '${r.id}') ${st === undefined ? 'does not exist' : 'is not a regular file'}`,
        {
          input: 'secret-files',
          line: r.line,
          hint: 'Name a file, relative to the workspace or absolute, that an earlier step wrote (e.g. MY_SECRET=./secret.txt).',
        },
      );
    }
    out.push({ id: r.id, path: file });
  }
  return out;
}

/** One `--secret` value (buildah, podman and buildx alike): a file (`src=`, never the value itself) or a variable the builder reads from its environment (`env=`). */
export const secretArg = (s: SecretMount): string => ('env' in s ? `id=${s.id},env=${s.env}` : `id=${s.id},src=${s.path}`);

export interface SecretFiles {
  files: SecretFile[];
  remove(): Promise<void>;
}

export async function writeSecretFiles(secrets: ReadonlyMap<string, string>, parent: string): Promise<SecretFiles> {
  const dir = await fs.mkdtemp(path.join(parent, 'secrets-'));
  await fs.chmod(dir, 0o700);
  const remove = async (): Promise<void> => fs.rm(dir, { recursive: true, force: true });
  try {
    const files: SecretFile[] = [];
    for (const [id, value] of secrets) {
      const file = path.join(dir, id);
      await fs.writeFile(file, value, { mode: 0o600, flag: 'wx' });
      files.push({ id, path: file });
    }
    return { files, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}
