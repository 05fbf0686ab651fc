// Rebuilds every action's dist/index.js with @vercel/ncc. CI runs this and
// fails when the result differs from what is committed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const entries = [
  ['build-image/src/main.ts', 'build-image/dist'],
  ['test-image/src/main.ts', 'test-image/dist'],
  ['distribute-image/src/main.ts', 'distribute-image/dist'],
  ['check-updates/src/main.ts', 'check-updates/dist'],
  ['src/main.ts', 'dist'],
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

const only = process.argv.slice(2);
for (const [entry, out] of entries) {
  if (only.length > 0 && !only.some((o) => entry.startsWith(o))) continue;
  if (!existsSync(entry)) continue;
  // Build beside the bundle and swap it in, so nothing that runs the action
  // meanwhile (a test, the local pipeline) finds its dist/ missing.
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', next, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  fixSqlJs(next);
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  console.log(`bundled ${entry} -> ${out}/index.js`);
}
