/**
 * scripts/bundle.mjs's options and its build pool, run in a child node (the script is plain ESM JavaScript, which
 * this TypeScript project's jest does not load), with the ncc build replaced by a fake that records what ran when.
 * Nothing is bundled here; .ci/dist-in-sync builds for real.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(root, 'scripts/bundle.mjs');

/** Runs `body` (an async function body given `m`, the script's exports) in a child node; its return value as JSON. */
function inChild(body: string): unknown {
  const code = `const m = await import(${JSON.stringify(script)}); const r = await (async () => { ${body} })(); console.log(JSON.stringify(r));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }));
}

/** A fake build: waits `ms`, records start and end, fails for entries in `failing`. */
const fakeBuild = (ms: number, failing: string[] = []) => `
  const events = []; let running = 0, most = 0;
  const build = async (entry, out, cache) => {
    running++; most = Math.max(most, running); events.push(['start', entry, out, cache]);
    await new Promise((r) => setTimeout(r, ${ms}));
    running--; events.push(['end', entry]);
    if (${JSON.stringify(failing)}.includes(entry)) throw new Error('ncc build ' + entry + ' failed (exit 1)');
  };`;

describe('scripts/bundle.mjs', () => {
  test('options: --jobs N (or --jobs=N), --no-cache, entry prefixes', () => {
    expect(inChild(`return [m.parseArgs(['--jobs', '2', '--no-cache', 'src', 'test-image']), m.parseArgs(['--jobs=3']), m.parseArgs([])];`)).toEqual([
      { jobs: 2, cache: false, only: ['src', 'test-image'] },
      { jobs: 3, cache: true, only: [] },
      { jobs: 1, cache: true, only: [] },
    ]);
  }, 60_000);

  test.each([
    [['--jobs', '0'], "expected --jobs to be a number from 1 to 99, got '0'"],
    [['--jobs'], "expected --jobs to be a number from 1 to 99, got ''"],
    [['--jobs=two'], "expected --jobs to be a number from 1 to 99, got 'two'"],
    [['--fast'], "unknown option '--fast'"],
  ])(
    '%j is refused, naming it and the usage, before anything is built',
    (args, message) => {
      const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('usage: node scripts/bundle.mjs [--jobs N] [--no-cache] [entry prefix...]');
    },
    60_000,
  );

  test('every bundle is built, at most --jobs at once, the all-in-one first; --no-cache reaches each build', () => {
    const r = inChild(`${fakeBuild(50)} const built = await m.bundleAll({ jobs: 2, cache: false, only: [] }, build); return { built, most, events };`) as {
      built: string[];
      most: number;
      events: unknown[][];
    };
    expect(r.built).toEqual(['src/main.ts', 'build-image/src/main.ts', 'test-image/src/main.ts', 'distribute-image/src/main.ts', 'check-updates/src/main.ts']);
    expect(r.most).toBe(2);
    const starts = r.events.filter((e) => e[0] === 'start');
    expect(starts.map((e) => [e[1], e[2], e[3]])).toEqual([
      ['src/main.ts', 'dist', false],
      ['build-image/src/main.ts', 'build-image/dist', false],
      ['test-image/src/main.ts', 'test-image/dist', false],
      ['distribute-image/src/main.ts', 'distribute-image/dist', false],
      ['check-updates/src/main.ts', 'check-updates/dist', false],
    ]);
    const one = inChild(`${fakeBuild(10)} await m.bundleAll({ jobs: 1, cache: true, only: [] }, build); return most;`);
    expect(one).toBe(1);
  }, 60_000);

  test('entry prefixes select the bundles', () => {
    expect(inChild(`${fakeBuild(1)} return m.bundleAll({ jobs: 4, cache: true, only: ['test-image', 'check'] }, build);`)).toEqual([
      'test-image/src/main.ts',
      'check-updates/src/main.ts',
    ]);
  }, 60_000);

  test('a failed build stops new ones, waits for those running, and is the error thrown', () => {
    const r = inChild(`${fakeBuild(30, ['src/main.ts'])}
      try { await m.bundleAll({ jobs: 2, cache: true, only: [] }, build); return { thrown: null, events }; }
      catch (e) { return { thrown: e.message, events }; }`) as { thrown: string | null; events: unknown[][] };
    expect(r.thrown).toBe('ncc build src/main.ts failed (exit 1)');
    // The all-in-one and build-image started together; build-image ran to its end; nothing new started after the failure.
    expect(r.events).toEqual([
      ['start', 'src/main.ts', 'dist', true],
      ['start', 'build-image/src/main.ts', 'build-image/dist', true],
      ['end', 'src/main.ts'],
      ['end', 'build-image/src/main.ts'],
    ]);
  }, 60_000);
});
