/**
 * distribute-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml, into one typed
 * value: a container push (`image`, `destinations`, ...) or, when `ami-id`
 * is set, an AMI distribution (copy, share, tag, deprecate, retention).
 * Pure: every malformed value is a PipelineError naming the input, raised
 * before anything is pushed or copied.
 */
import { PipelineError } from '../../shared/src/errors.js';
import { parseDestinations } from '../../shared/src/distribute/destinations.js';
import { parseTags } from '../../shared/src/registry/reference.js';
// The SDK-free halves of the AMI modules: reading the inputs loads no AWS client (issue 17; startup.test.ts).
import type { DistributeAmiOptions } from '../../shared/src/distribute/machine/ami-distribute.js';
import { ssmAccountsOf } from '../../shared/src/distribute/machine/ami-options.js';
import { parseParameterTemplate, SSM_DATA_TYPES, SSM_PARAMETER_INPUT } from '../../shared/src/distribute/machine/ssm-parameter-names.js';
import { LAUNCH_TEMPLATES_INPUT, parseLaunchTemplates } from '../../shared/src/distribute/machine/launch-template-targets.js';
import { getBoolean, getEnum, getInput, getInteger, getList, parseKeyValues, type Env } from '../../shared/src/action/inputs.js';
import { parseDuration } from '../../shared/src/action/machine-inputs.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import { DEFAULT_UPLOAD_MODE, type UploadMode } from '../../shared/src/registry/client/upload-mode.js';
import { getConnectInputs, type ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { unwrap } from '../../shared/src/result.js';
import { getAttestInputs, GITHUB_ATTESTATIONS_INPUT, type AttestInputs } from '../../shared/src/distribute/attest-inputs.js';

export interface ContainerInputs {
  kind: 'container';
  image: string[];
  destinations: string[];
  tags: string[];
  /** registry-auth, github-token, insecure-registries (and AWS_ENDPOINT_URL_ECR). */
  connect: ConnectInputs;
  concurrency: number;
  'chunk-size': UploadMode;
  /** attach, sign, signing-key, public-key, fulcio/rekor/tsa-url, allow-outside-workspace (attest-inputs.ts). */
  attest: AttestInputs;
  /** `github-attestations: true`: where to store the signed bundles too (github-token, GITHUB_REPOSITORY, GITHUB_API_URL). */
  githubAttestations?: { token: string; repository: string; apiUrl: string };
}

export type AmiInputs = { kind: 'machine' } & Omit<DistributeAmiOptions, 'clients' | 'ssmClients' | 'log' | 'now' | 'retry' | 'waiter'> & {
    /** `aws-endpoint-url`: send EC2 calls there (an emulator, a VPC endpoint). */
    endpoint?: string;
    /** `ssm-role-arn`: one role per extra account the parameter is written in (`ssm.accounts`, same order). */
    ssmRoleArns?: string[];
    /** AWS_ENDPOINT_URL_SSM / AWS_ENDPOINT_URL_STS, as the SDKs read them: Parameter Store and STS there (an emulator, a VPC endpoint). */
    ssmEndpoint?: string;
    stsEndpoint?: string;
    /** Availability polling: from `poll-interval` growing to at most 2 minutes. */
    waiter: { minDelayMs: number; maxDelayMs: number };
  };

export type Inputs = ContainerInputs | AmiInputs;

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1000,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/** `5MiB`, `512k`, `1048576` -> chunked upload; empty -> one streamed request per blob (DEFAULT_UPLOAD_MODE). */
export function parseChunkSize(text: string, input = 'chunk-size'): UploadMode {
  if (text === '') return DEFAULT_UPLOAD_MODE;
  const m = /^(\d+)\s*([a-z]*)$/i.exec(text);
  const unit = m === null ? undefined : UNITS[(m[2] as string).toLowerCase()];
  if (m === null || unit === undefined) {
    throw new PipelineError('INPUT', `input '${input}' is '${text}', not a size`, { input, hint: 'Write a size such as 5MiB, 512KiB or 1048576.' });
  }
  const size = Number(m[1]) * unit;
  if (size < 64 * 1024)
    throw new PipelineError('INPUT', `input '${input}' is '${text}', smaller than 64KiB`, {
      input,
      hint: 'Registries that cap requests allow several MiB; use e.g. 5MiB.',
    });
  return { kind: 'chunked', chunkSize: size };
}

/** Setting `ami-id` selects AMI distribution; the container inputs are then not read. */
export function getInputs(env: Env, now: Date = new Date()): Inputs {
  return getInput(env, 'ami-id') !== '' ? amiInputs(env, now) : containerInputs(env);
}

function containerInputs(env: Env): ContainerInputs {
  const image = getList(env, 'image', { commas: false });
  if (image.length === 0) throw new PipelineError('INPUT', "input 'image' is required", { input: 'image', hint: "Pass build-image's 'layout' output." });
  for (const loc of image) unwrap(parseImageLocation(loc, 'image'));
  // Checked here, before anything is pushed; the push plans tags once it knows the image.
  const destinations = getList(env, 'destinations');
  unwrap(parseDestinations(destinations));
  const tags = getList(env, 'tags');
  unwrap(parseTags(tags));
  return {
    kind: 'container',
    image,
    destinations,
    tags,
    connect: getConnectInputs(env),
    concurrency: getInteger(env, 'concurrency', 6, { min: 1, max: 64 }),
    'chunk-size': parseChunkSize(getInput(env, 'chunk-size')),
    attest: getAttestInputs(env),
    ...githubAttestationsOf(env),
  };
}

function githubAttestationsOf(env: Env): Pick<ContainerInputs, 'githubAttestations'> {
  if (!getBoolean(env, GITHUB_ATTESTATIONS_INPUT, false)) return {};
  const token = getInput(env, 'github-token');
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  if (token === '' || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new PipelineError(
      'INPUT',
      `input '${GITHUB_ATTESTATIONS_INPUT}' is true, but ${token === '' ? "input 'github-token' is empty" : `GITHUB_REPOSITORY is '${repository.slice(0, 100)}', not owner/repo`}`,
      {
        input: GITHUB_ATTESTATIONS_INPUT,
        hint: "Run in GitHub Actions with github-token (default: the job's token, with 'permissions: attestations: write'), or set github-attestations: false.",
      },
    );
  }
  return { githubAttestations: { token, repository, apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com' } };
}

function amiInputs(env: Env, now: Date): AmiInputs {
  const kms = parseKeyValues(getInput(env, 'kms-key-ids', { trim: false }), 'kms-key-ids');
  const tags = parseKeyValues(getInput(env, 'ami-tags', { trim: false }), 'ami-tags', { keyPattern: /^[^=\s][^=]{0,127}$/ });
  for (const k of tags.keys()) {
    if (k.startsWith('aws:')) throw new PipelineError('INPUT', `tag key '${k}' uses the reserved prefix aws:`, { input: 'ami-tags', hint: 'Rename the tag.' });
  }
  const deprecate = getInput(env, 'deprecate-after');
  const keep = getInput(env, 'keep');
  const family = getInput(env, 'ami-family');
  const ltTag = getInput(env, 'launch-template-tag');
  const endpoint = getInput(env, 'aws-endpoint-url');
  const maxWait = getInput(env, 'max-wait');
  const poll = getInput(env, 'poll-interval');
  const minDelayMs = poll === '' ? 15_000 : parseDuration(poll, 'poll-interval');
  return {
    kind: 'machine',
    amiId: getInput(env, 'ami-id', { required: true }),
    sourceRegion: getInput(env, 'source-region') || (env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? ''),
    regions: getList(env, 'regions'),
    shareAccounts: getList(env, 'share-accounts'),
    shareOrganizations: getList(env, 'share-organizations'),
    shareOus: getList(env, 'share-ous'),
    kmsKeyIds: Object.fromEntries(kms),
    encrypt: getBoolean(env, 'encrypt', false),
    amiTags: Object.fromEntries(tags),
    ...(deprecate !== '' ? { deprecateAfterMs: parseDuration(deprecate, 'deprecate-after', { allowDate: true, now }) } : {}),
    ...(keep !== '' ? { keep: getInteger(env, 'keep', 0, { min: 1, max: 1000 }) } : {}),
    ...(family !== '' ? { family } : {}),
    ...(ltTag !== '' ? { launchTemplateTagKey: ltTag } : {}),
    maxWaitMs: maxWait === '' ? 60 * 60_000 : parseDuration(maxWait, 'max-wait'),
    waiter: { minDelayMs, maxDelayMs: Math.max(minDelayMs, Math.min(120_000, minDelayMs * 8)) },
    concurrency: getInteger(env, 'copy-concurrency', 5, { min: 1, max: 50 }),
    ...(endpoint !== '' ? { endpoint } : {}),
    ...(getBoolean(env, 'strict-sharing', false) ? { strictSharing: true } : {}),
    ...ssmInputs(env),
    ...launchTemplateInputs(env),
  };
}

/** launch-templates and launch-template-default (which alone would do nothing, so it is refused). */
function launchTemplateInputs(env: Env): Pick<AmiInputs, 'launchTemplates'> {
  const targets = parseLaunchTemplates(getInput(env, LAUNCH_TEMPLATES_INPUT, { trim: false }));
  const makeDefault = getBoolean(env, 'launch-template-default', false);
  if (targets.length === 0) {
    if (makeDefault) {
      throw new PipelineError('INPUT', "input 'launch-template-default' is true but 'launch-templates' is empty", {
        input: 'launch-template-default',
        hint: 'List the launch templates to update, one [region:]id-or-name per line, or drop launch-template-default.',
      });
    }
    return {};
  }
  return { launchTemplates: { targets, makeDefault } };
}

/** ssm-parameter, ssm-data-type, ssm-role-arn; none of them is read without ssm-parameter. */
function ssmInputs(env: Env): Pick<AmiInputs, 'ssm' | 'ssmRoleArns' | 'ssmEndpoint' | 'stsEndpoint'> {
  const text = getInput(env, SSM_PARAMETER_INPUT);
  if (text === '') {
    for (const other of ['ssm-role-arn', 'ssm-data-type']) {
      if (getInput(env, other) !== '' && !(other === 'ssm-data-type' && getInput(env, other) === 'aws:ec2:image')) {
        throw new PipelineError('INPUT', `input '${other}' is set but 'ssm-parameter' is empty`, {
          input: other,
          hint: 'Name the parameter to write, e.g. ssm-parameter: /images/{{family}}/latest, or drop this input.',
        });
      }
    }
    return {};
  }
  const template = parseParameterTemplate(text);
  const dataType = getEnum(env, 'ssm-data-type', SSM_DATA_TYPES, 'aws:ec2:image');
  const roles = getList(env, 'ssm-role-arn');
  const accounts = ssmAccountsOf(roles);
  const ssmEndpoint = env['AWS_ENDPOINT_URL_SSM'] ?? '';
  const stsEndpoint = env['AWS_ENDPOINT_URL_STS'] ?? '';
  return {
    ssm: { template, dataType, ...(accounts.length > 0 ? { accounts } : {}) },
    ...(roles.length > 0 ? { ssmRoleArns: roles } : {}),
    ...(ssmEndpoint !== '' ? { ssmEndpoint } : {}),
    ...(stsEndpoint !== '' ? { stsEndpoint } : {}),
  };
}
