/**
 * The actions' bundles for a benchmark: built from the current sources into a temporary folder with the flags
 * scripts/bundle.mjs uses (`ncc build X/src/main.ts --target es2022`, then scripts/latin1-source.mjs; its sql.js fix-up does not matter to the
 * benchmarks, that chunk is loaded only by SBOMs of RPM images), or bundles an earlier run kept (--bundles DIR:
 * DIR/<action>/index.js), or the committed X/dist/index.js (--dist).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export const ACTION_NAMES = ['build-image', 'test-image', 'distribute-image', 'check-updates', 'image-pipeline'] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

/** Where each action's sources and committed bundle live: the root action is the repository's own src/ and dist/. */
export const homeOf = (a: ActionName): string => (a === 'image-pipeline' ? '.' : a);

export interface Bundles {
  /** The folder the bundles were built into (removed by `remove` unless kept); absent for --dist and --bundles. */
  dir?: string;
  /** The bundle's index.js. */
  entry: (a: ActionName) => string;
  /** What the bundles are, for a benchmark's title. */
  what: string;
}

/** The source of bundles the arguments ask for: `--dist`, `--bundles DIR`, else built now. */
export async function bundlesFor(args: readonly string[], actions: readonly ActionName[]): Promise<Bundles> {
  if (args.includes('--dist')) return { entry: (a) => path.resolve(homeOf(a), 'dist/index.js'), what: 'the committed dist/ bundles' };
  const i = args.indexOf('--bundles');
  if (i >= 0) {
    const given = args[i + 1];
    if (given === undefined || given.startsWith('--')) throw new Error('--bundles: expected a folder (as --keep leaves), got none');
    return { entry: (a) => path.resolve(given, a, 'index.js'), what: `the bundles in ${given}` };
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-bundles-'));
  for (const a of actions) {
    const r = spawnSync('npx', ['ncc', 'build', path.join(homeOf(a), 'src/main.ts'), '-o', path.join(dir, a), '--quiet', '--target', 'es2022'], {
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`ncc build ${a} failed`);
  }
  // As scripts/bundle.mjs does: characters above U+00FF escaped, so the bundles' sources are one byte a character.
  const l = spawnSync(process.execPath, ['scripts/latin1-source.mjs', ...actions.map((a) => path.join(dir, a))], { stdio: 'inherit' });
  if (l.status !== 0) throw new Error('scripts/latin1-source.mjs failed over the bundles');
  return { dir, entry: (a) => path.join(dir, a, 'index.js'), what: `bundles built from the sources into ${dir}` };
}
