/**
 * A bench's worker (bench/<name>.ts), bundled with ncc like the actions and
 * run by plain node, so RSS and time are what users get (not tsx's
 * transpiler). Transpile-only: type-checking is tsc's job, and here it would
 * fail on any half-edited file elsewhere in the tree.
 */
import * as path from 'node:path';
import { sh } from './sh.js';

/** Bundle bench/<name>.ts into `out`; returns the bundle's index.js. */
export async function bundleWorker(name: string, out: string): Promise<string> {
  const r = await sh(path.join(process.cwd(), 'node_modules/.bin/ncc'), [
    'build',
    path.join(process.cwd(), `bench/${name}.ts`),
    '-o',
    out,
    '--quiet',
    '--target',
    'es2022',
    '--transpile-only',
  ]);
  if (r.code !== 0) throw new Error(`bundling bench/${name}.ts failed: ${r.err}`);
  return path.join(out, 'index.js');
}
