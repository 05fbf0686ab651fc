/**
 * build-image's secrets, masked before anything can print them. Apart from run.ts so the all-in-one action
 * masks every stage's secrets before its first stage without loading the stages' run code (issue 17 item 3).
 */
import { cacheSecrets } from '../../shared/src/builders/cache-spec.js';
import { connectSecrets } from '../../shared/src/registry/client/connect-inputs.js';
import type { Inputs } from './context.js';

/** Build secrets, registry credentials, cache credentials (gha token, s3 keys) and Packer variables. */
export const secretsOf = (i: Inputs): string[] =>
  i.kind === 'container'
    ? [...i.secrets.values(), ...connectSecrets(i.connect), ...cacheSecrets([...i.cacheFrom, ...i.cacheTo])]
    : Object.values(i.variables ?? {});
