/**
 * test-image's secrets. Apart from run.ts so the all-in-one action masks every stage's secrets before its
 * first stage without loading the stages' run code (issue 17 item 3: start-up).
 */
import { connectSecrets } from '../../shared/src/registry/client/connect-inputs.js';
import type { Inputs } from './context.js';

/** The token and registry passwords, masked before anything can print them. */
export function secretsOf(inputs: Inputs): string[] {
  const all = [
    ...(inputs['github-token'] === undefined ? [] : [inputs['github-token']]),
    ...(inputs.kind === 'container' ? connectSecrets(inputs.connect) : []),
  ];
  return [...new Set(all)];
}
