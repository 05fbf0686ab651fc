/** Inputs of check-updates, read purely from the environment. */
import { getInput, getList, type Env } from '../../shared/src/github/inputs.js';
import { parseRegistryAuth, type RegistryAuthEntry } from '../../shared/src/registry/credentials.js';
import { parseReference } from '../../shared/src/registry/reference.js';
import { PipelineError } from '../../shared/src/errors.js';

export interface Inputs {
  image: string;
  registryAuth: RegistryAuthEntry[];
  githubToken: string;
  insecureRegistries: string[];
}

export function getInputs(env: Env): Inputs {
  const image = getInput(env, 'image', { required: true });
  const ref = parseReference(image);
  if (!ref.ok) throw new PipelineError('INPUT', ref.error.reason, { input: 'image', ...(ref.error.hint !== undefined ? { hint: ref.error.hint } : {}) });
  const auth = parseRegistryAuth(getInput(env, 'registry-auth'));
  if (!auth.ok) throw auth.error;
  return { image, registryAuth: auth.value, githubToken: getInput(env, 'github-token'), insecureRegistries: getList(env, 'insecure-registries') };
}
