/** Run a command for a benchmark: its output, exit code and wall time in milliseconds. */
import { spawn } from 'node:child_process';

export interface ShResult {
  code: number;
  out: string;
  err: string;
  ms: number;
}

export function sh(cmd: string, argv: string[], opts: { cwd?: string } = {}): Promise<ShResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd, argv, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr.on('data', (c: Buffer) => (err += c.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code: code ?? 1, out, err, ms: performance.now() - t0 }));
  });
}
