/** Inputs of check-updates, read purely from the environment. */
import { getInput, getList, type Env } from '../../shared/src/action/inputs.js';
import { parseRegistryAuth, type RegistryAuthEntry } from '../../shared/src/registry/credentials/credentials.js';
import { parseReference } from '../../shared/src/registry/reference.js';
import { PipelineError } from '../../shared/src/errors.js';
import { indexKind } from '../../shared/src/updates/index-urls.js';
import { DEFAULT_INDEXES } from '../../shared/src/updates/package-check.js';

export interface Inputs {
  image: string;
  registryAuth: RegistryAuthEntry[];
  githubToken: string;
  insecureRegistries: string[];
  /** Package index URLs, one per line, or `default`; empty skips the package check. */
  packageIndexUrls: string[];
}

export function getInputs(env: Env): Inputs {
  const image = getInput(env, 'image', { required: true });
  const ref = parseReference(image);
  if (!ref.ok) throw new PipelineError('INPUT', ref.error.reason, { input: 'image', ...(ref.error.hint !== undefined ? { hint: ref.error.hint } : {}) });
  const auth = parseRegistryAuth(getInput(env, 'registry-auth'));
  if (!auth.ok) throw auth.error;
  return { image, registryAuth: auth.value, githubToken: getInput(env, 'github-token'), insecureRegistries: getList(env, 'insecure-registries'), packageIndexUrls: packageIndexUrls(env) };
}

/** Each line a URL or `default`; checked here so a typo fails before any registry is asked. */
function packageIndexUrls(env: Env): string[] {
  const lines = getInput(env, 'package-index-urls').split(/\r?\n/);
  const out: string[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line !== DEFAULT_INDEXES) indexKind(line, i + 1);
    out.push(line);
  }
  return out;
}
