/**
 * The AMI inputs of distribute-image and test-image, read from the runner's
 * `INPUT_*` variables into the typed options distributeAmi and
 * checkMachineImage take. Pure over `env`, names exactly as in action.yml.
 */
import { PipelineError } from '../../errors.js';
import { parseDuration } from '../../action/machine-inputs.js';
import { getInput, getInteger, getList, getBoolean, parseKeyValues, type Env } from '../../action/inputs.js';
import type { DistributeAmiOptions } from './ami-distribute.js';

export type DistributeAmiInputs = Omit<DistributeAmiOptions, 'clients' | 'log' | 'now' | 'retry' | 'waiter'> & {
  /** `aws-endpoint-url`: send EC2 calls there (an emulator, a VPC endpoint). */
  endpoint?: string;
};

export function getDistributeAmiInputs(env: Env, now: Date = new Date()): DistributeAmiInputs {
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
  return {
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
    concurrency: getInteger(env, 'copy-concurrency', 5, { min: 1, max: 50 }),
    ...(endpoint !== '' ? { endpoint } : {}),
  };
}
