/**
 * Benchmark: precision and recall of the default rules at fail-on: error over
 * both corpora of test/corpus: the real-world Debian images (stock packages;
 * every finding not listed as real there is a false positive) and the planted
 * ones (every listed leak not found is a miss).
 *
 *   npx tsx bench/corpus.ts        (npm run bench -- corpus)
 *
 * Images come from the cache of test/support/debian-image.ts; a cold run
 * builds them first (debootstrap and apt-get from the Debian mirror), and the
 * table says how long each build and each scan took.
 */
import { PLANTED } from '../test/corpus/planted.js';
import { REAL_WORLD } from '../test/corpus/real-world.js';
import { score, type Scored } from '../test/corpus/score.js';

const rows: { corpus: string; s: Scored; packages: number }[] = [];
for (const [corpus, images] of [
  ['real-world', REAL_WORLD],
  ['planted', PLANTED],
] as const) {
  for (const c of images) rows.push({ corpus, s: await score(c), packages: c.spec.packages?.length ?? 0 });
}

const pad = (v: string | number, n: number): string => String(v).padEnd(n);
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;
console.log(
  `${pad('corpus', 11)}${pad('image', 18)}${pad('pkgs', 6)}${pad('files', 8)}${pad('errors', 8)}${pad('real', 6)}${pad('false', 7)}${pad('missed', 8)}${pad('build', 9)}scan`,
);
for (const { corpus, s, packages } of rows) {
  console.log(
    `${pad(corpus, 11)}${pad(s.name, 18)}${pad(packages, 6)}${pad(s.result.image.files, 8)}${pad(s.errors.length, 8)}${pad(s.truePositives.length, 6)}${pad(s.falsePositives.length, 7)}${pad(s.falseNegatives.length, 8)}${pad(secs(s.buildMs), 9)}${secs(s.checkMs)}`,
  );
}
const sum = (f: (s: Scored) => number): number => rows.reduce((a, r) => a + f(r.s), 0);
const tp = sum((s) => s.truePositives.length);
const fp = sum((s) => s.falsePositives.length);
const fn = sum((s) => s.falseNegatives.length);
const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(`\nerror-level findings: ${tp} real, ${fp} false, ${fn} missed`);
console.log(`precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}`);
for (const { s } of rows) {
  for (const f of s.falsePositives) console.log(`  false positive in ${s.name}: ${f}`);
  for (const f of s.falseNegatives) console.log(`  missed in ${s.name}: ${f}`);
}
