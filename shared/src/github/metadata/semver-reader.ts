/**
 * semver for the `type=semver` tag rule (tag-types.ts), loaded by import() only when a build may read a version:
 * it was ~85 KB of every action's entry bundle, parsed and run (its ~40 regular expressions compiled) at every
 * start (issue 17 item 3), while only a build of a git tag, or of a rule with its own `value`, reads one.
 * Tag rules are evaluated synchronously (imageMetadata), so the build awaits loadSemver() first when
 * mayReadVersion says so, and the rule takes the module from semverReader().
 */
import { lazyModule } from '../../lazy-module.js';
import { parseTagLine } from './spec.js';

type Semver = typeof import('semver');

const semver = lazyModule<Semver>(
  () => import('semver').then((m) => (m as { default?: Semver }).default ?? m),
  'a semver tag rule read a version before semver was loaded: await loadSemver() before imageMetadata',
  { requireId: 'semver' },
);

/** Loads semver; one import however many callers. */
export const loadSemver = (): Promise<Semver> => semver.load();

/**
 * Whether tag rules may read a version (tag-types.ts sourceVersion): the ref is a git tag, or a rule gives its own
 * value. Conservative: any rule with a value counts, whatever its type. The lines are read by the tag parser itself
 * (parseTagLine), not searched for text: `VALUE=1.2.3`, `value = 1.2.3` and a bare `1.2.3` are all a value to it.
 * A line it refuses needs no semver: imageMetadata refuses it before any rule runs.
 */
export function mayReadVersion(ref: string | undefined, ruleLines: readonly string[]): boolean {
  if (/^refs\/tags\//.test(ref?.trim() ?? '')) return true;
  return ruleLines.some((line) => {
    try {
      return (parseTagLine(line).attrs.value ?? '') !== '';
    } catch {
      return false;
    }
  });
}

/** The semver module, for the semver tag rule (lazy-module.ts: from the sources, required on first use). */
export const semverReader = (): Semver => semver.get();
