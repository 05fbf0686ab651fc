/**
 * test-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml. Pure: every
 * malformed value is a PipelineError naming the input, raised before
 * anything runs.
 */
import * as path from 'node:path';
import * as os from 'node:os';
import { PipelineError } from '../../shared/src/errors.js';
import { getEnum, getInput, getList, type Env } from '../../shared/src/github/inputs.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import { FAIL_ON, type FailOn } from '../../shared/src/report/report.js';

export interface Inputs {
  image: string;
  policy?: string;
  rules: string[];
  'fail-on': FailOn;
  sarif: string;
  junit: string;
  /** Where the JSON report goes (not an input; next to the others). */
  report: string;
  dockerfile?: string;
  platform?: string;
  'github-token'?: string;
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

export function getInputs(env: Env): Inputs {
  const image = getInput(env, 'image', { required: true });
  const loc = parseImageLocation(image, 'image');
  if (!loc.ok) throw loc.error;
  const outDir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'test-image');
  const inputs: Inputs = {
    image,
    rules: getList(env, 'rules'),
    'fail-on': getEnum(env, 'fail-on', FAIL_ON, 'error'),
    sarif: getInput(env, 'sarif') || path.join(outDir, 'results.sarif'),
    junit: getInput(env, 'junit') || path.join(outDir, 'junit.xml'),
    report: path.join(outDir, 'report.json'),
  };
  const policy = getInput(env, 'policy');
  if (policy !== '') inputs.policy = policy;
  const dockerfile = getInput(env, 'dockerfile');
  if (dockerfile !== '') inputs.dockerfile = dockerfile;
  const platform = getInput(env, 'platform');
  if (platform !== '') {
    if (!PLATFORM.test(platform)) throw new PipelineError('INPUT', `input 'platform' is '${platform}', not os/arch[/variant]`, { input: 'platform', hint: 'Write e.g. linux/amd64.' });
    inputs.platform = platform;
  }
  const token = getInput(env, 'github-token');
  if (token !== '') inputs['github-token'] = token;
  return inputs;
}
