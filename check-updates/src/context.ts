/**
 * check-updates' inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml. Pure: a
 * malformed reference, credential list or index URL is a PipelineError
 * naming the input, raised before any registry is asked.
 */
import { getInput, type Env } from '../../shared/src/action/inputs.js';
import { getConnectInputs, type ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { parseReference } from '../../shared/src/registry/reference.js';
import { PipelineError } from '../../shared/src/errors.js';
import { indexKind } from '../../shared/src/updates/index-urls.js';
import { DEFAULT_INDEXES } from '../../shared/src/updates/package-check.js';

export interface Inputs {
  image: string;
  /** registry-auth, github-token, insecure-registries (and AWS_ENDPOINT_URL_ECR). */
  connect: ConnectInputs;
  /** Package index URLs, one per line, or `default`; empty skips the package check. */
  packageIndexUrls: string[];
}

export function getInputs(env: Env): Inputs {
  const image = getInput(env, 'image', { required: true });
  const ref = parseReference(image);
  if (!ref.ok) throw new PipelineError('INPUT', ref.error.reason, { input: 'image', ...(ref.error.hint !== undefined ? { hint: ref.error.hint } : {}) });
  return { image, connect: getConnectInputs(env), packageIndexUrls: packageIndexUrls(env) };
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
