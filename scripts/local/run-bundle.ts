/**
 * Runs an action's committed bundle the way the GitHub runner does: inputs as
 * INPUT_* variables, outputs and the job summary through the files named by
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. The local pipeline and the
 * end-to-end tests both use it, so both exercise exactly what users run.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputVar } from '../../shared/src/action/inputs.js';

export interface ActionRun {
  code: number;
  outputs: Record<string, string>;
  summary: string;
  /** Everything the action printed, stdout and stderr interleaved. */
  log: string;
}

export interface ActionRunOptions {
  /** Inputs by their action.yml names. */
  inputs?: Record<string, string>;
  /** Extra environment (GITHUB_SHA, GITHUB_REF, ...). */
  env?: Record<string, string>;
  cwd?: string;
  /** RUNNER_TEMP for the run; kept afterwards. Default: a folder removed when the run ends. */
  runnerTemp?: string;
  /** Called with each line the action prints, as it prints it. */
  onLine?: (line: string) => void;
}

/** Parse the GITHUB_OUTPUT file format: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Inputs by their action.yml names as the runner passes them (`INPUT_<NAME>`), for bundle-driven and in-process tests alike. */
export const inputEnv = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVar(k), v]));

export async function runActionBundle(bundle: string, opts: ActionRunOptions = {}): Promise<ActionRun> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'action-run-'));
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary');
  await fs.writeFile(outputFile, '');
  await fs.writeFile(summaryFile, '');
  const runnerTemp = opts.runnerTemp ?? path.join(tmp, 'runner-temp');
  await fs.mkdir(runnerTemp, { recursive: true });
  // Start from a clean slate of INPUT_* so a parent's inputs never leak in.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))) as Record<string, string>;
  const env = {
    ...base,
    GITHUB_WORKSPACE: opts.cwd ?? process.cwd(),
    ...opts.env,
    // This run's own files, whatever the caller's environment holds: a
    // parent action passing its GITHUB_* on must not have a child write into
    // the parent's outputs.
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...inputEnv(opts.inputs ?? {}),
  };
  try {
    const { code, log } = await new Promise<{ code: number; log: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [bundle], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let log = '';
      let partial = '';
      const onData = (c: Buffer) => {
        const text = c.toString('utf8');
        log += text;
        if (opts.onLine !== undefined) {
          const lines = (partial + text).split('\n');
          partial = lines.pop() ?? '';
          lines.forEach((l) => opts.onLine?.(l));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      child.on('close', (c) => {
        if (partial !== '' && opts.onLine !== undefined) opts.onLine(partial);
        resolve({ code: c ?? 1, log });
      });
    });
    return { code, log, outputs: parseOutputFile(await fs.readFile(outputFile, 'utf8')), summary: await fs.readFile(summaryFile, 'utf8') };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
