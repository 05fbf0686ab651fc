// Rebuilds every action's dist/index.js with @vercel/ncc. CI runs this and
// fails when the result differs from what is committed.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

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
  rmSync(out, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  console.log(`bundled ${entry} -> ${out}/index.js`);
}
