/**
 * Build secrets: `id=value` lines become files readable only by us (0600 in a
 * 0700 folder), handed to the builder as `--secret id=...,src=...` and removed
 * when the build ends, whatever happens. Values never reach argv, the image or
 * the log (the action masks them with core.setSecret before anything runs).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../errors.js';
import type { SecretFile } from './builder.js';

const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Parse `id=value` lines; an error names the line but never echoes its value. */
export function parseSecrets(text: string, input = 'secrets'): Map<string, string> {
  const out = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const id = eq < 0 ? '' : line.slice(0, eq).trim();
    if (eq <= 0 || !ID.test(id)) {
      throw new PipelineError('INPUT', `input '${input}' line ${i + 1} is not id=value`, {
        input,
        line: i + 1,
        hint: 'Write one secret per line as id=value, the id made of letters, digits, _ . -; use it with RUN --mount=type=secret,id=<id>.',
      });
    }
    if (out.has(id)) throw new PipelineError('INPUT', `input '${input}' line ${i + 1} repeats the secret id '${id}'`, { input, line: i + 1 });
    out.set(id, line.slice(eq + 1));
  });
  return out;
}

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
