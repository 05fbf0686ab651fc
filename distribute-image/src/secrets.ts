/**
 * distribute-image's secrets (registry passwords, the signing key and its password). Apart from run.ts so the
 * all-in-one action masks every stage's secrets before its first stage without loading the push (issue 17 item 3).
 */
import { attestSecrets } from '../../shared/src/distribute/attest-inputs.js';
import { connectSecrets } from '../../shared/src/registry/client/connect-inputs.js';
import type { Inputs } from './context.js';

export const secretsOf = (i: Inputs): string[] => (i.kind === 'container' ? [...connectSecrets(i.connect), ...attestSecrets(i.attest)] : []);
