// Rebuilds every action's dist/index.js with @vercel/ncc. CI runs this and
// fails when the result differs from what is committed.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const entries = [
  ['build-image/src/main.ts', 'build-image/dist'],
  ['test-image/src/main.ts', 'test-image/dist'],
  ['distribute-image/src/main.ts', 'distribute-image/dist'],
  ['check-updates/src/main.ts', 'check-updates/dist'],
  ['src/main.ts', 'dist'],
];
const only = process.argv.slice(2);
for (const [entry, out] of entries) {
  if (only.length > 0 && !only.some((o) => entry.startsWith(o))) continue;
  if (!existsSync(entry)) continue;
  // Build beside the bundle and swap it in, so nothing that runs the action
  // meanwhile (a test, the local pipeline) finds its dist/ missing.
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', next, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  console.log(`bundled ${entry} -> ${out}/index.js`);
}
