// Rebuilds every action's dist/index.js with @vercel/ncc. CI runs this and
// fails when the result differs from what is committed (.ci/dist-in-sync).
//
//   node scripts/bundle.mjs [--jobs N] [--no-cache] [entry prefix...]
//
// --jobs N: build up to N bundles at once, each in its own ncc process (default 1). Each build is one webpack
//   compilation with ts-loader's type-check, single-threaded, 50-100 CPU-s and up to 1.7 GB of memory, so two at
//   once use both cores of a 2-core machine; more only queue for the CPU and add memory.
// --no-cache: ncc writes no build cache. Its cache is keyed by the working directory (~/.cache/ncc/<sha1 of cwd>),
//   so a build in a fresh temporary copy (the CI check) never reads it again, and writing it costs time and about
//   130 MB of disk per bundle.
// The output does not depend on either option.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { latin1Dir } from './latin1-source.mjs';

// The all-in-one action first: it bundles every step, so it takes longest, and with --jobs the others fill in beside it.
const entries = [
  ['src/main.ts', 'dist'],
  ['build-image/src/main.ts', 'build-image/dist'],
  ['test-image/src/main.ts', 'test-image/dist'],
  ['distribute-image/src/main.ts', 'distribute-image/dist'],
  ['check-updates/src/main.ts', 'check-updates/dist'],
];
/**
 * sql.js (the RPM SBOM's SQLite reader, a lazily loaded chunk) sets `module = undefined` and then writes
 * `typeof module !== "undefined" && (module.exports = ...)`; webpack folds that `typeof` to true, so the chunk
 * would throw when loaded. Put the test back; fail loudly if a new sql.js no longer has that shape.
 */
function fixSqlJs(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    if (!text.includes('initSqlJsPromise')) continue;
    const fixed = text.replace(/\btrue&&\(module\.exports=/g, 'typeof module!=="undefined"&&(module.exports=');
    if (fixed === text) throw new Error(`${dir}/${file}: sql.js no longer has the folded module test this script fixes; check the bundle loads`);
    writeFileSync(`${dir}/${file}`, fixed);
  }
}

/** The options and entry prefixes on the command line; a bad option fails naming it and the usage. */
export function parseArgs(argv) {
  const usage = 'usage: node scripts/bundle.mjs [--jobs N] [--no-cache] [entry prefix...]';
  const opts = { jobs: 1, cache: true, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-cache') opts.cache = false;
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = a === '--jobs' ? argv[++i] : a.slice('--jobs='.length);
      if (v === undefined || !/^[1-9][0-9]?$/.test(v)) throw new Error(`expected --jobs to be a number from 1 to 99, got '${v ?? ''}'; ${usage}`);
      opts.jobs = Number(v);
    } else if (a.startsWith('-')) throw new Error(`unknown option '${a}'; ${usage}`);
    else opts.only.push(a);
  }
  return opts;
}

/** One bundle: built beside its dist/ and swapped in, so nothing that runs the action meanwhile (a test, the local pipeline) finds it missing. */
async function bundle(entry, out, cache) {
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  // The ncc binary itself, not `npx ncc`: npx adds its own start-up and resolution per bundle.
  const args = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', next, '--quiet', '--target', 'es2022', ...(cache ? [] : ['--no-cache'])];
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} failed (${signal ?? `exit ${code}`})`))));
  });
  fixSqlJs(next);
  latin1Dir(next);
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  console.log(`bundled ${entry} -> ${out}/index.js`);
}

/** Every selected entry, at most `jobs` at once; the first failure stops new builds, waits for those running, and is thrown. */
export async function bundleAll({ jobs, cache, only }, build = bundle) {
  const todo = entries.filter(([entry]) => (only.length === 0 || only.some((o) => entry.startsWith(o))) && existsSync(entry));
  let next = 0;
  let failure;
  const worker = async () => {
    while (failure === undefined && next < todo.length) {
      const [entry, out] = todo[next++];
      try {
        await build(entry, out, cache);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, todo.length) }, worker));
  if (failure !== undefined) throw failure;
  return todo.map(([entry]) => entry);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await bundleAll(parseArgs(process.argv.slice(2)));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
