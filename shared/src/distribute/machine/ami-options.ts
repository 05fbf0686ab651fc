/**
 * An AMI distribution's options checked before anything runs: ids, regions,
 * accounts, ARNs, keys, retention, the SSM parameter and its accounts. Pure
 * and SDK-free, so distribute-image refuses a bad value without loading the
 * EC2, SSM or STS clients (ami-distribute.ts checks again on entry).
 */
import { AWS_REGION } from '../../aws/region.js';
import { accountOfRole } from '../../aws/role-arn.js';
import { PipelineError } from '../../errors.js';
import type { DistributeAmiOptions } from './ami-distribute.js';
import { parseParameterTemplate, SSM_DATA_TYPES } from './ssm-parameter-names.js';
import type { SsmPublishOptions } from './ssm-parameters.js';

/** The options without the clients, which are not checked here (callers check before making them). */
export type DistributeOptionsToCheck = Omit<DistributeAmiOptions, 'clients' | 'ssmClients'> & Partial<Pick<DistributeAmiOptions, 'clients' | 'ssmClients'>>;

const AMI = /^ami-[0-9a-f]{8,17}$/;
const ACCOUNT = /^\d{12}$/;
const ORG_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

/** Pure: every input checked, with an error that names the input and the fix. */
export function validateDistributeOptions(o: DistributeOptionsToCheck): void {
  const bad = (input: string, message: string, hint: string) => new PipelineError('INPUT', message, { input, hint });
  if (!AMI.test(o.amiId)) throw bad('ami-id', `'${o.amiId}' is not an AMI id`, 'Pass an id like ami-0123456789abcdef0, e.g. the ami-id output of build-image.');
  if (!AWS_REGION.test(o.sourceRegion)) throw bad('source-region', `'${o.sourceRegion}' is not an AWS region`, 'Use a region name like us-east-1.');
  for (const r of o.regions) if (!AWS_REGION.test(r)) throw bad('regions', `'${r}' is not an AWS region`, 'List region names like eu-west-1, one per line.');
  for (const a of o.shareAccounts ?? [])
    if (!ACCOUNT.test(a)) throw bad('share-accounts', `'${a}' is not a 12-digit AWS account id`, 'List account ids, one per line.');
  for (const a of o.shareOrganizations ?? [])
    if (!ORG_ARN.test(a))
      throw bad('share-organizations', `'${a}' is not an organization ARN`, 'Use arn:aws:organizations::<management-account>:organization/o-<id>.');
  for (const a of o.shareOus ?? [])
    if (!OU_ARN.test(a))
      throw bad('share-ous', `'${a}' is not an organizational unit ARN`, 'Use arn:aws:organizations::<management-account>:ou/o-<id>/ou-<id>.');
  const targets = new Set([o.sourceRegion, ...o.regions]);
  for (const r of Object.keys(o.kmsKeyIds ?? {})) {
    if (!targets.has(r))
      throw bad('kms-key-ids', `a KMS key is given for ${r}, which is not among the regions`, `Add ${r} to 'regions' or drop its line from 'kms-key-ids'.`);
    if (r === o.sourceRegion && !o.regions.includes(r))
      throw bad('kms-key-ids', `a KMS key is given for the source region ${r}, where no copy is made`, 'Encrypt the source image when you build it.');
  }
  if (o.keep !== undefined && (!Number.isInteger(o.keep) || o.keep < 1))
    throw bad('keep', `keep is ${o.keep}; it must be 1 or more`, 'Set keep to how many images of the family each region should keep, the new one included.');
  if (o.deprecateAfterMs !== undefined && (o.deprecateAfterMs <= 0 || o.deprecateAfterMs > 10 * 365 * 86_400_000)) {
    throw bad('deprecate-after', 'deprecation must be in the future and at most 10 years away', 'Use a duration like 90d.');
  }
  if (o.concurrency !== undefined && (!Number.isInteger(o.concurrency) || o.concurrency < 1))
    throw bad('copy-concurrency', `copy-concurrency is ${o.concurrency}`, 'Use a whole number of 1 or more.');
  if (o.ssm !== undefined) validateSsm(o, o.ssm, bad);
}

function validateSsm(o: DistributeOptionsToCheck, ssm: SsmPublishOptions, bad: (input: string, message: string, hint: string) => PipelineError): void {
  parseParameterTemplate(ssm.template);
  if (!SSM_DATA_TYPES.includes(ssm.dataType))
    throw bad('ssm-data-type', `'${String(ssm.dataType)}' is not a data type for an AMI id`, 'Use aws:ec2:image (the default) or text.');
  const sharedBroadly = (o.shareOrganizations ?? []).length > 0 || (o.shareOus ?? []).length > 0;
  for (const account of ssm.accounts ?? []) {
    // aws:ec2:image is validated as the writing account: an AMI not shared with it is dropped silently.
    if (ssm.dataType === 'aws:ec2:image' && !sharedBroadly && !(o.shareAccounts ?? []).includes(account)) {
      throw bad(
        'ssm-role-arn',
        `the parameter is to be written in account ${account}, which the AMI is not shared with`,
        `Add ${account} to share-accounts (AWS checks an aws:ec2:image value as the writing account), or set ssm-data-type: text.`,
      );
    }
  }
}

/** The accounts of ssm-role-arn lines (role ARNs), checked. */
export function ssmAccountsOf(roleArns: readonly string[]): string[] {
  return roleArns.map((arn) => {
    const account = accountOfRole(arn);
    if (account === undefined) {
      throw new PipelineError('INPUT', `'${arn.slice(0, 120)}' is not an IAM role ARN`, {
        input: 'ssm-role-arn',
        hint: 'List role ARNs like arn:aws:iam::123456789012:role/ssm-writer, one per line.',
      });
    }
    return account;
  });
}
