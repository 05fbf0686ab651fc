/**
 * The structure tests' regular expressions, compiled by regex.ts (re2js), which
 * is loaded only when a policy holds a pattern: re2js costs ~1.2 MB of the test
 * stage's memory, and most runs (the default policy) match none (issue 17).
 * The tests' checks are synchronous, so their one async entry (checkImage)
 * calls loadRegexEngine first when policyUsesRegex says a pattern is there.
 */
import { lazyModule } from '../../lazy-module.js';
import type { Result } from '../../result.js';
import type { Policy } from '../policy-types.js';
import type { PolicyRegex } from '../regex.js';

const engine = lazyModule(
  () => import('../regex.js'),
  'a structure test matched a regular expression before re2js was loaded: call loadRegexEngine() before the structure tests',
);

/** Loads re2js (through regex.ts); one import however many callers, cheap after the first. */
export const loadRegexEngine = async (): Promise<void> => {
  await engine.load();
};

/** compileRegex from regex.ts, once loadRegexEngine has loaded it; a missed preload is a bug, never a skipped check. */
export const compilePolicyRegex = (source: string): Result<PolicyRegex, string> => engine.get().compileRegex(source);

const some = (l: readonly unknown[] | null | undefined): boolean => (l?.length ?? 0) > 0;

/** Whether any structure test of the policy matches a regular expression (content, output, or an isRegex env var or label). */
export function policyUsesRegex(p: Policy): boolean {
  if ((p.fileContentTests ?? []).some((t) => some(t.expectedContents) || some(t.excludedContents))) return true;
  if ((p.commandTests ?? []).some((t) => some(t.expectedOutput) || some(t.excludedOutput) || some(t.expectedError) || some(t.excludedError))) return true;
  const m = p.metadataTest;
  return [...(m?.envVars ?? []), ...(m?.labels ?? [])].some((v) => v.isRegex === true);
}
