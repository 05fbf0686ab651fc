/**
 * test-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml. Pure: every
 * malformed value is a PipelineError naming the input, raised before
 * anything runs.
 */
import * as path from 'node:path';
import * as os from 'node:os';
import { PipelineError } from '../../shared/src/errors.js';
import { getBoolean, getEnum, getInput, getList, type Env } from '../../shared/src/action/inputs.js';
import { ALLOW_OUTSIDE_INPUT } from '../../shared/src/action/workspace-path.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import { FAIL_ON, type FailOn } from '../../shared/src/report/report.js';
import { getMachineImageTargets } from '../../shared/src/action/machine-inputs.js';
import { COMMAND_NETWORKS, COMMAND_PRIVILEGES, PRIVILEGES_INPUT, type CommandNetwork, type CommandPrivileges } from '../../shared/src/compliance/cst/run-options.js';

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
  /** Where command tests may reach: none (default) or host, the runner's network. */
  'command-network': CommandNetwork;
  /** Whether the policy may add privileges to command tests: none (default, refused) or policy (granted, reported). */
  'command-privileges': CommandPrivileges;
  'github-token'?: string;
  /** Set (to true) only when the workflow allows policy and dockerfile paths outside the workspace. */
  'allow-outside-workspace'?: true;
}

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/** The inputs both kinds of check share: policy, reports, fail-on, token. */
export type CommonInputs = Omit<Inputs, 'image' | 'platform' | 'dockerfile' | 'command-network' | 'command-privileges'>;

export interface MachineInputs extends CommonInputs {
  targets: { region: string; imageId: string }[];
  /** EC2 endpoint override (an emulator, a VPC endpoint). */
  endpoint?: string;
}

/** Machine images are checked when `amis` or `ami-id` is given; containers otherwise. */
export const isMachineCheck = (env: Env): boolean => getInput(env, 'amis') !== '' || getInput(env, 'ami-id') !== '';

export function getMachineInputs(env: Env): MachineInputs {
  const endpoint = getInput(env, 'aws-endpoint-url');
  return { ...getCommonInputs(env), targets: getMachineImageTargets(env), ...(endpoint !== '' ? { endpoint } : {}) };
}

export function getInputs(env: Env): Inputs {
  const image = getInput(env, 'image', { required: true });
  const loc = parseImageLocation(image, 'image');
  if (!loc.ok) throw loc.error;
  const inputs: Inputs = {
    image,
    ...getCommonInputs(env),
    'command-network': getEnum(env, 'command-network', COMMAND_NETWORKS, 'none'),
    [PRIVILEGES_INPUT]: getEnum(env, PRIVILEGES_INPUT, COMMAND_PRIVILEGES, 'none'),
  };
  const dockerfile = getInput(env, 'dockerfile');
  if (dockerfile !== '') inputs.dockerfile = dockerfile;
  const platform = getInput(env, 'platform');
  if (platform !== '') {
    if (!PLATFORM.test(platform)) throw new PipelineError('INPUT', `input 'platform' is '${platform}', not os/arch[/variant]`, { input: 'platform', hint: 'Write e.g. linux/amd64.' });
    inputs.platform = platform;
  }
  return inputs;
}

function getCommonInputs(env: Env): CommonInputs {
  const outDir = path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'test-image');
  const inputs: CommonInputs = {
    rules: getList(env, 'rules'),
    'fail-on': getEnum(env, 'fail-on', FAIL_ON, 'error'),
    sarif: getInput(env, 'sarif') || path.join(outDir, 'results.sarif'),
    junit: getInput(env, 'junit') || path.join(outDir, 'junit.xml'),
    report: path.join(outDir, 'report.json'),
  };
  const policy = getInput(env, 'policy');
  if (policy !== '') inputs.policy = policy;
  const token = getInput(env, 'github-token');
  if (token !== '') inputs['github-token'] = token;
  if (getBoolean(env, ALLOW_OUTSIDE_INPUT, false)) inputs[ALLOW_OUTSIDE_INPUT] = true;
  return inputs;
}
