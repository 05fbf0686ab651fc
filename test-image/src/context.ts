/**
 * test-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml, as one typed
 * value: a container image (`image`) or machine images (`amis` / `ami-id`).
 * Pure: every malformed value is a PipelineError naming the input, raised
 * before anything runs.
 */
import * as path from 'node:path';
import * as os from 'node:os';
import { PipelineError } from '../../shared/src/errors.js';
import { getBoolean, getEnum, getInput, getList, type Env } from '../../shared/src/action/inputs.js';
import { ALLOW_OUTSIDE_INPUT, workspaceOf } from '../../shared/src/action/workspace-path.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import { FAIL_ON, type FailOn } from '../../shared/src/report/report.js';
import { downloadCacheDir } from '../../shared/src/compliance/vulnerabilities/db-cache.js';
import { parseDbInput, parseLocations, type DbEntry } from '../../shared/src/compliance/vulnerabilities/db-inputs.js';
import { VEX_INPUT } from '../../shared/src/compliance/vulnerabilities/advisory.js';
import type { CheckRunTarget } from '../../shared/src/report/check-run.js';
import { getMachineImageTargets } from '../../shared/src/action/machine-inputs.js';
import { chooseEpoch } from '../../shared/src/builders/epoch.js';
import { getConnectInputs, type ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import {
  COMMAND_NETWORKS,
  COMMAND_PRIVILEGES,
  PRIVILEGES_INPUT,
  type CommandNetwork,
  type CommandPrivileges,
} from '../../shared/src/compliance/cst/run-options.js';

/** What both kinds of check share: policy, reports, fail-on, token, and where the repository is. */
export interface CommonInputs {
  policy?: string;
  rules: string[];
  'fail-on': FailOn;
  sarif: string;
  junit: string;
  /** Code scanning's category for the SARIF run (automationDetails.id); absent: derived from the image and platform (report/sarif.ts). */
  category?: string;
  /** Where the JSON report goes (not an input; next to the others). */
  report: string;
  'github-token'?: string;
  /** Set (to true) only when the workflow allows policy and dockerfile paths outside the workspace. */
  'allow-outside-workspace'?: true;
  /** The repository checkout (GITHUB_WORKSPACE, else the working directory): repository paths resolve and display relative to it. */
  workspace: string;
  /** Where the check run with every annotation goes: only with github-token on a runner (GITHUB_REPOSITORY, GITHUB_SHA). */
  checkRun?: CheckRunTarget;
}

export interface ContainerInputs extends CommonInputs {
  kind: 'container';
  image: string;
  dockerfile?: string;
  platform?: string;
  /** Where command tests may reach: none (default) or host, the runner's network. */
  'command-network': CommandNetwork;
  /** Whether the policy may add privileges to command tests: none (default, refused) or policy (granted, reported). */
  'command-privileges': CommandPrivileges;
  /** How a registry image is reached: registry-auth, github-token (GHCR), insecure-registries, as distribute-image does. */
  connect: ConnectInputs;
  /** Where the SPDX 2.3 and CycloneDX 1.6 SBOMs of the tested platform go (always written). */
  sbom: string;
  'sbom-cyclonedx': string;
  /** SOURCE_DATE_EPOCH from the environment: the SBOMs' creation time when set (else the image's). */
  sourceDateEpoch?: number;
  /** The vulnerability databases to match the SBOM against (paths and URLs, with their input line), and where downloads go; absent: no scan. */
  'vulnerability-db'?: { entries: DbEntry[]; cache: string };
  /** OpenVEX documents whose not_affected and fixed statements suppress matched advisories (paths and URLs, with their input line), and where downloads go. */
  vex?: { entries: DbEntry[]; cache: string };
}

export interface MachineInputs extends CommonInputs {
  kind: 'machine';
  targets: { region: string; imageId: string }[];
  /** EC2 endpoint override (an emulator, a VPC endpoint). */
  endpoint?: string;
}

export type Inputs = ContainerInputs | MachineInputs;

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;

/** Machine images are checked when `amis` or `ami-id` is given; containers otherwise (container inputs are then not read). */
export function getInputs(env: Env): Inputs {
  const machine = getInput(env, 'amis') !== '' || getInput(env, 'ami-id') !== '';
  return machine ? getMachineInputs(env) : getContainerInputs(env);
}

function getMachineInputs(env: Env): MachineInputs {
  const endpoint = getInput(env, 'aws-endpoint-url');
  return { kind: 'machine', ...getCommonInputs(env), targets: getMachineImageTargets(env), ...(endpoint !== '' ? { endpoint } : {}) };
}

function getContainerInputs(env: Env): ContainerInputs {
  const image = getInput(env, 'image', { required: true });
  const loc = parseImageLocation(image, 'image');
  if (!loc.ok) throw loc.error;
  const inputs: ContainerInputs = {
    kind: 'container',
    image,
    ...getCommonInputs(env),
    'command-network': getEnum(env, 'command-network', COMMAND_NETWORKS, 'none'),
    [PRIVILEGES_INPUT]: getEnum(env, PRIVILEGES_INPUT, COMMAND_PRIVILEGES, 'none'),
    connect: getConnectInputs(env),
    sbom: getInput(env, 'sbom') || path.join(outDir(env), 'sbom.spdx.json'),
    'sbom-cyclonedx': getInput(env, 'sbom-cyclonedx') || path.join(outDir(env), 'sbom.cdx.json'),
  };
  const dbs = parseDbInput(getInput(env, 'vulnerability-db', { trim: false }));
  if (dbs.length > 0)
    inputs['vulnerability-db'] = { entries: dbs, cache: downloadCacheDir(env, 'vulnerability-db', path.join(outDir(env), 'vulnerability-db')) };
  const vex = parseLocations(getInput(env, VEX_INPUT, { trim: false }), VEX_INPUT);
  if (vex.length > 0) {
    // Without databases nothing is matched, so a VEX document would silently decide nothing.
    if (dbs.length === 0)
      throw new PipelineError('INPUT', "expected 'vulnerability-db' with 'vex', got no databases: VEX statements only suppress matched advisories", {
        input: VEX_INPUT,
        hint: 'Set vulnerability-db (the Debian security tracker JSON, Alpine secdb, OSV records) as well, or leave vex empty.',
      });
    inputs.vex = { entries: vex, cache: downloadCacheDir(env, 'vex', path.join(outDir(env), 'vex')) };
  }
  const epoch = chooseEpoch(undefined, env).seconds;
  if (epoch !== undefined) inputs.sourceDateEpoch = epoch;
  const dockerfile = getInput(env, 'dockerfile');
  if (dockerfile !== '') inputs.dockerfile = dockerfile;
  const platform = getInput(env, 'platform');
  if (platform !== '') {
    if (!PLATFORM.test(platform))
      throw new PipelineError('INPUT', `input 'platform' is '${platform}', not os/arch[/variant]`, { input: 'platform', hint: 'Write e.g. linux/amd64.' });
    inputs.platform = platform;
  }
  return inputs;
}

/** Where the reports go unless an input says otherwise. */
const outDir = (env: Env): string => path.join(env.RUNNER_TEMP ?? os.tmpdir(), 'test-image');

function getCommonInputs(env: Env): CommonInputs {
  const inputs: CommonInputs = {
    rules: getList(env, 'rules'),
    'fail-on': getEnum(env, 'fail-on', FAIL_ON, 'error'),
    sarif: getInput(env, 'sarif') || path.join(outDir(env), 'results.sarif'),
    junit: getInput(env, 'junit') || path.join(outDir(env), 'junit.xml'),
    report: path.join(outDir(env), 'report.json'),
    workspace: workspaceOf(env),
  };
  const category = getInput(env, 'category');
  if (category.includes('\n'))
    throw new PipelineError('INPUT', `input 'category' has ${category.split('\n').length} lines, expected one`, {
      input: 'category',
      hint: 'Write one category per test-image step, e.g. category: image/api (the same value you would give upload-sarif).',
    });
  if (category !== '') inputs.category = category;
  const policy = getInput(env, 'policy');
  if (policy !== '') inputs.policy = policy;
  const token = getInput(env, 'github-token');
  if (token !== '') {
    inputs['github-token'] = token;
    const checkRun = checkRunTarget(token, env);
    if (checkRun !== undefined) inputs.checkRun = checkRun;
  }
  if (getBoolean(env, ALLOW_OUTSIDE_INPUT, false)) inputs[ALLOW_OUTSIDE_INPUT] = true;
  return inputs;
}

/** The commit a check run is attached to; none outside a runner (no repository or commit to attach it to). */
function checkRunTarget(token: string, env: Env): CheckRunTarget | undefined {
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  if (repository === undefined || sha === undefined || !repository.includes('/')) return undefined;
  const [owner, repo] = repository.split('/') as [string, string];
  return { token, owner, repo, headSha: sha, ...(env.GITHUB_API_URL === undefined ? {} : { baseUrl: env.GITHUB_API_URL }) };
}
