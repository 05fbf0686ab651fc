/**
 * The one chokepoint for running other programs (buildah, skopeo, packer...):
 * argv arrays only (no shell, so nothing user-supplied is ever interpreted),
 * output captured with a cap, optionally streamed line by line to a callback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PipelineError } from './errors.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed. */
  input?: string | Buffer;
  /** Called with each complete line of output as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Keep at most this many bytes of each stream (the tail); default 8 MiB. */
  maxBuffer?: number;
  signal?: AbortSignal;
  /** Called once the child is started (its pid, and the handle to signal it). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const max = opts.maxBuffer ?? 8 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], signal: opts.signal });
    if (opts.onSpawn !== undefined && child.pid !== undefined) opts.onSpawn(child);
    const bufs = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
    const sizes = { stdout: 0, stderr: 0 };
    const partial = { stdout: '', stderr: '' };
    const collect = (which: 'stdout' | 'stderr') => (chunk: Buffer) => {
      bufs[which].push(chunk);
      sizes[which] += chunk.length;
      while (sizes[which] > max && bufs[which].length > 1) sizes[which] -= (bufs[which].shift() as Buffer).length;
      if (opts.onLine !== undefined) {
        const text = partial[which] + chunk.toString('utf8');
        const lines = text.split('\n');
        partial[which] = lines.pop() ?? '';
        for (const l of lines) opts.onLine(l.replace(/\r$/, ''), which);
      }
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') {
        reject(new PipelineError('NOT_FOUND', `'${cmd}' is not installed or not on PATH`, { cause: e }));
      } else reject(e);
    });
    child.on('close', (code, signal) => {
      if (opts.onLine !== undefined) {
        for (const which of ['stdout', 'stderr'] as const) if (partial[which] !== '') opts.onLine(partial[which], which);
      }
      resolve({
        code: code ?? (signal !== null ? 128 : 1),
        stdout: Buffer.concat(bufs.stdout).toString('utf8'),
        stderr: Buffer.concat(bufs.stderr).toString('utf8'),
      });
    });
    child.stdin.on('error', () => {
      /* the child may exit before reading its input */
    });
    child.stdin.end(opts.input);
  });
}

/** Whether a program is on PATH and answers `--version` (or the given args). */
export async function canRun(cmd: string, args: readonly string[] = ['--version']): Promise<boolean> {
  try {
    return (await run(cmd, args, { maxBuffer: 64 * 1024 })).code === 0;
  } catch {
    return false;
  }
}
