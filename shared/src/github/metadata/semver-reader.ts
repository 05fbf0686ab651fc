/**
 * semver for the `type=semver` tag rule (tag-types.ts), loaded by import() only when a build may read a version:
 * it was ~85 KB of every action's entry bundle, parsed and run (its ~40 regular expressions compiled) at every
 * start (issue 17 item 3), while only a build of a git tag, or of a rule with its own `value`, reads one.
 * Tag rules are evaluated synchronously (imageMetadata), so the build awaits loadSemver() first when
 * mayReadVersion says so, and the rule takes the module from semverReader().
 */
import { lazyModule } from '../../lazy-module.js';

type Semver = typeof import('semver');

const semver = lazyModule<Semver>(
  () => import('semver').then((m) => (m as { default?: Semver }).default ?? m),
  'a semver tag rule read a version before semver was loaded: await loadSemver() before imageMetadata',
  { requireId: 'semver' },
);

/** Loads semver; one import however many callers. */
export const loadSemver = (): Promise<Semver> => semver.load();

/**
 * Whether tag rules may read a version (tag-types.ts sourceVersion): the ref is a git tag, or a rule gives its
 * own `value`. Conservative: any `value=` in the rules counts.
 */
export const mayReadVersion = (ref: string | undefined, ruleLines: readonly string[]): boolean =>
  /^refs\/tags\//.test(ref?.trim() ?? '') || ruleLines.some((l) => l.includes('value='));

/** The semver module, for the semver tag rule (lazy-module.ts: from the sources, required on first use). */
export const semverReader = (): Semver => semver.get();
