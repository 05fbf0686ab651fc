/**
 * The policy used when the `policy` input is not given: no tests, the default packs. Its own module, apart
 * from policy-load.ts (the YAML reader, its ~275 KB of generated schema validators and the regex engine), so
 * a run with the default policy never loads the reader (issue 17 item 3: ~3 MB of the root action's peak RSS).
 * policy-load.ts re-exports it for the callers that read a policy file too.
 */
import type { LoadedPolicy } from './policy-types.js';

export function defaultPolicy(): LoadedPolicy {
  return { policy: { schemaVersion: '2.0.0' }, lineOf: () => undefined, machineImage: undefined };
}
