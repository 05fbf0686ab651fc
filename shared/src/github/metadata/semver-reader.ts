/**
 * semver for the `type=semver` tag rule (tag-types.ts), loaded by import() only when a build may read a version:
 * it was ~85 KB of every action's entry bundle, parsed and run (its ~40 regular expressions compiled) at every
 * start (issue 17 item 3), while only a build of a git tag, or of a rule with its own `value`, reads one.
 * Tag rules are evaluated synchronously (imageMetadata), so the build awaits loadSemver() first when
 * mayReadVersion says so, and the rule takes the module from semverReader().
 */
import { createRequire } from 'node:module';
import { PipelineError } from '../../errors.js';

type Semver = typeof import('semver');

let loaded: Semver | undefined;
let loading: Promise<Semver> | undefined;

/** Loads semver; one import however many callers. */
export function loadSemver(): Promise<Semver> {
  loading ??= import('semver').then((m) => (loaded = (m as { default?: Semver }).default ?? m));
  return loading;
}

/**
 * Whether tag rules may read a version (tag-types.ts sourceVersion): the ref is a git tag, or a rule gives its
 * own `value`. Conservative: any `value=` in the rules counts.
 */
export const mayReadVersion = (ref: string | undefined, ruleLines: readonly string[]): boolean =>
  /^refs\/tags\//.test(ref?.trim() ?? '') || ruleLines.some((l) => l.includes('value='));

/*
 * In a bundle (ncc rewrites this name to its own require function) there is no node_modules to read semver from
 * synchronously: a rule reached without the preload is a bug, reported as one. Run from the sources (jest, tsx)
 * node resolves it there, so tests of the tag rules need no preload.
 */
declare const __webpack_require__: unknown;
const bundled = typeof __webpack_require__ === 'function';

/** The semver module, for the semver tag rule. */
export function semverReader(): Semver {
  if (loaded !== undefined) return loaded;
  if (bundled) throw new PipelineError('INTERNAL', 'a semver tag rule read a version before semver was loaded: await loadSemver() before imageMetadata');
  loaded = createRequire(import.meta.url)('semver') as Semver;
  return loaded;
}
