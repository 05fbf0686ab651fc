/**
 * The order jest starts test files in: the slowest first, on a fresh clone too.
 *
 * Why: `npm test` is bound by its longest-running worker. Jest starts the files
 * it has timed before (its cache, in the OS temp folder) slowest first, and
 * files it never timed by size. A fresh clone on a fresh machine has no cache,
 * and file size is a poor guide here (the 2-minute cst-upstream.test.ts is
 * smaller than dozens of sub-second unit files): a slow e2e file could start
 * last and run alone while the other workers sit idle.
 *
 * So: jest's own order (failed files first, then what its cache timed), with
 * test/suite-durations.json (seconds, measured in CI) standing in for files the
 * cache has not timed. Files known neither way keep jest's order, after the
 * timed ones: they are new or fast (the table lists every file of 5 s or more).
 * Refresh the table from the "Slowest suites" that scripts/test.sh prints.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Sequencer from '@jest/test-sequencer';

/** @type {Record<string, number>} test file (relative to the root) -> seconds */
const KNOWN = JSON.parse(readFileSync(new URL('./suite-durations.json', import.meta.url), 'utf8'));

export default class SlowestFirst extends Sequencer {
  sort(tests) {
    // Jest's order, which also sets each test's cached duration (ms) where it has one.
    const ordered = super.sort(tests);
    const failed = new Set(ordered.filter((t) => this.hasFailed(t)));
    const ms = (t) => {
      if (t.duration != null) return t.duration;
      const s = KNOWN[path.relative(t.context.config.rootDir, t.path).split(path.sep).join('/')];
      return s === undefined ? undefined : s * 1000;
    };
    const rank = (t) => (failed.has(t) ? 0 : ms(t) === undefined ? 2 : 1);
    // Array.prototype.sort is stable: equal keys keep jest's order.
    return [...ordered].sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? ms(b) - ms(a) : 0));
  }
}
