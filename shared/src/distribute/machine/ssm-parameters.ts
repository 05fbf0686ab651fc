/**
 * Publishing a distributed AMI through Parameter Store: in every region (and
 * every extra account), one String parameter holds that region's AMI id, so
 * launch templates, CloudFormation and Terraform read `resolve:ssm:<name>`
 * instead of a pasted id.
 *
 * What AWS does, and why the steps are these:
 * - PutParameter with `aws:ec2:image` answers 200 before the value is
 *   validated; an AMI the caller cannot see (not available, not shared, no
 *   ec2:DescribeImages) is dropped afterwards without an error anywhere but
 *   EventBridge. So every write is read back (GetParameter) until the new
 *   version holds the id, within a bound, and fails clearly if it never does.
 * - PutParameter with Overwrite makes a new version even for the same value,
 *   so the current value is read first and an equal one is left alone: a
 *   re-run makes no version.
 * - Tags cannot go with Overwrite (ValidationException), and a parameter
 *   whose validation is pending does not exist yet: AddTagsToResource runs
 *   after the read-back.
 * Names are checked before anything runs, with AWS's rules (ssm-parameter-names.ts, SDK-free for the input reader).
 */
import {
  AddTagsToResourceCommand,
  GetParameterCommand,
  PutParameterCommand,
  type GetParameterResult,
  type Parameter,
  type PutParameterResult,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { PipelineError, isPipelineError } from '../../errors.js';
import { accessError, awsError, awsErrorCode, classifyAwsError, ec2Classify } from '../../aws/ec2-errors.js';
import { ssmCall, type SsmClientFactory } from '../../aws/ssm-client.js';
import type { CallOptions } from '../../aws/aws-call.js';
import { forEachLimited } from '../../retry/limit.js';
import type { RetryPolicy } from '../../retry/policy.js';
import { withRetry } from '../../retry/retry.js';
import { checkParameterNames, SSM_PARAMETER_INPUT, type SsmDataType } from './ssm-parameter-names.js';

/**
 * Reading back an `aws:ec2:image` write: up to 10 looks over about a minute
 * (full jitter under a ceiling doubling from 1 s to 8 s). AWS validates in
 * seconds; a value not current by then was dropped.
 */
export const SSM_READBACK: RetryPolicy = { attempts: 10, baseDelayMs: 1000, maxDelayMs: 8000, budgetMs: 60_000 };

export interface SsmPublishOptions {
  /** The name, placeholders included (parseParameterTemplate). */
  template: string;
  dataType: SsmDataType;
  /** Accounts to write in besides the job's own (a role assumed there, ssm-role-arn); their clients come from the factory. */
  accounts?: readonly string[];
  /** How long to wait for a write to take; default SSM_READBACK. */
  readBack?: RetryPolicy;
}

export interface PublishSsmArgs extends SsmPublishOptions {
  /** region -> AMI id (distributeAmi's result). */
  amis: Readonly<Record<string, string>>;
  family: string;
  /** Set on each parameter after its value took. */
  tags: readonly { Key: string; Value: string }[];
  clients: SsmClientFactory;
  call: CallOptions;
  log: (line: string) => void;
  /** Parameters written at once. Default 4. */
  concurrency?: number;
  /** Told of each parameter once it holds the new id and is tagged, so a caller can report those even when another place fails. */
  onWritten?: (row: SsmParameterRow) => void;
}

export type SsmOutcome = 'created' | 'updated' | 'unchanged';

export interface SsmParameterRow {
  region: string;
  /** Undefined: the job's own account. */
  account?: string;
  name: string;
  value: string;
  version: number;
  dataType: SsmDataType;
  outcome: SsmOutcome;
}

/**
 * Write every region's parameter (in every account), each independently: a
 * region that fails leaves the others written and consistent, and a re-run
 * finds them unchanged. An access error stops the rest at once.
 */
export async function publishSsmParameters(a: PublishSsmArgs): Promise<SsmParameterRow[]> {
  const regions = Object.keys(a.amis);
  const names = checkParameterNames(a.template, a.family, regions);
  const jobs = [undefined, ...(a.accounts ?? [])].flatMap((account) => regions.map((region) => ({ region, account })));
  const rows = new Map<string, SsmParameterRow>();
  const errors: { where: string; error: unknown }[] = [];
  const abort = new AbortController();
  await forEachLimited(jobs, a.concurrency ?? 4, async ({ region, account }) => {
    if (abort.signal.aborted) return;
    const where = account === undefined ? region : `${region} (account ${account})`;
    try {
      const row = await publishOne(a, region, account, names.get(region) as string, a.amis[region] as string, { ...a.call, signal: abort.signal });
      rows.set(`${account ?? ''}/${region}`, row);
      a.onWritten?.(row);
      const what = row.outcome === 'unchanged' ? 'already holds' : row.outcome === 'created' ? 'created with' : 'now holds';
      a.log(`[${where}] SSM parameter ${row.name} ${what} ${row.value} (version ${row.version})`);
    } catch (e) {
      errors.push({ where, error: e });
      if (isPipelineError(e, 'AUTH')) abort.abort(e);
    }
  });
  const auth = errors.find((e) => isPipelineError(e.error, 'AUTH'));
  if (auth !== undefined) throw auth.error;
  if (errors.length === 1) throw (errors[0] as { error: unknown }).error;
  if (errors.length > 1) {
    const lines = errors.map((e) => `${e.where}: ${e.error instanceof PipelineError ? e.error.describe() : String(e.error)}`);
    throw new PipelineError('AWS', `SSM parameters failed in ${errors.length} places:\n${lines.join('\n')}`, {
      cause: errors[0]?.error,
      hint: 'Fix the cause and run again: parameters already holding the new id are left as they are.',
    });
  }
  return jobs.map(({ region, account }) => rows.get(`${account ?? ''}/${region}`)).filter((r): r is SsmParameterRow => r !== undefined);
}

export interface PreflightSsmArgs {
  template: string;
  dataType: SsmDataType;
  accounts?: readonly string[];
  family: string;
  /** The regions a parameter is written in (distribution order). */
  regions: readonly string[];
  clients: SsmClientFactory;
  call: CallOptions;
  /** Parameters read at once. Default 4. */
  concurrency?: number;
}

/**
 * Read-only, before anything is copied: in every region (and account) the
 * parameter either does not exist or is one publishing may overwrite
 * (GetParameter, the same check and errors as publishing). So a parameter of
 * another type or data type, or a missing ssm:GetParameter, fails the run
 * before a copy is made. Publishing checks again: a parameter can change in
 * between.
 */
export async function preflightSsmParameters(a: PreflightSsmArgs): Promise<void> {
  const names = checkParameterNames(a.template, a.family, a.regions);
  const jobs = [undefined, ...(a.accounts ?? [])].flatMap((account) => a.regions.map((region) => ({ region, account })));
  const errors: { index: number; where: string; error: unknown }[] = [];
  const abort = new AbortController();
  await forEachLimited(jobs, a.concurrency ?? 4, async ({ region, account }, index) => {
    if (abort.signal.aborted) return;
    const name = names.get(region) as string;
    try {
      const current = await currentParameter(a.clients(region, account), name, { ...a.call, signal: abort.signal });
      if (current !== undefined) checkCompatible(current, name, region, a.dataType);
    } catch (e) {
      errors.push({ index, where: account === undefined ? region : `${region} (account ${account})`, error: e });
      if (isPipelineError(e, 'AUTH')) abort.abort(e);
    }
  });
  const auth = errors.find((e) => isPipelineError(e.error, 'AUTH'));
  if (auth !== undefined) throw auth.error;
  errors.sort((x, y) => x.index - y.index);
  if (errors.length === 1) throw (errors[0] as { error: unknown }).error;
  if (errors.length > 1) {
    const first = errors[0]?.error;
    const lines = errors.map((e) => `${e.where}: ${e.error instanceof PipelineError ? e.error.describe() : String(e.error)}`);
    throw new PipelineError(
      first instanceof PipelineError ? first.code : 'AWS',
      `SSM parameters cannot be published in ${errors.length} places:\n${lines.join('\n')}`,
      {
        cause: first,
        ...(first instanceof PipelineError && first.input !== undefined ? { input: first.input } : {}),
        hint: 'Nothing was copied or written yet: fix each place above and run again.',
      },
    );
  }
}

async function publishOne(
  a: PublishSsmArgs,
  region: string,
  account: string | undefined,
  name: string,
  amiId: string,
  call: CallOptions,
): Promise<SsmParameterRow> {
  const client = a.clients(region, account);
  const row = (version: number, outcome: SsmOutcome): SsmParameterRow => ({
    region,
    ...(account !== undefined ? { account } : {}),
    name,
    value: amiId,
    version,
    dataType: a.dataType,
    outcome,
  });
  const current = await currentParameter(client, name, call);
  if (current !== undefined) checkCompatible(current, name, region, a.dataType);
  if (current?.Value === amiId) {
    await tag(client, name, a.tags, call);
    return row(current.Version ?? 0, 'unchanged');
  }
  const put = await ssmCall<PutParameterResult>(
    client,
    'PutParameter',
    new PutParameterCommand({ Name: name, Value: amiId, Type: 'String', DataType: a.dataType, Overwrite: true }),
    call,
  );
  const version = put.Version ?? (current?.Version ?? 0) + 1;
  const taken = await readBack(client, region, name, amiId, version, a, call);
  await tag(client, name, a.tags, call);
  return row(taken.Version ?? version, current === undefined ? 'created' : 'updated');
}

async function currentParameter(client: SSMClient, name: string, call: CallOptions): Promise<Parameter | undefined> {
  try {
    return (await ssmCall<GetParameterResult>(client, 'GetParameter', new GetParameterCommand({ Name: name }), call)).Parameter;
  } catch (e) {
    if (awsErrorCode((e as { cause?: unknown }).cause) === 'ParameterNotFound') return undefined;
    throw e;
  }
}

/** AWS cannot change a parameter to or from aws:ec2:image, nor a String into another type: say so before writing. */
function checkCompatible(p: Parameter, name: string, region: string, dataType: SsmDataType): void {
  if (p.Type !== undefined && p.Type !== 'String') {
    throw new PipelineError('INPUT', `SSM parameter ${name} in ${region} is a ${p.Type}; an AMI id goes in a String parameter`, {
      input: SSM_PARAMETER_INPUT,
      hint: 'Choose another name, or delete that parameter (aws ssm delete-parameter) and run again.',
    });
  }
  const has = p.DataType ?? 'text';
  if (has !== dataType && (has === 'aws:ec2:image' || dataType === 'aws:ec2:image')) {
    throw new PipelineError(
      'INPUT',
      `SSM parameter ${name} in ${region} has data type ${has}, and ssm-data-type is ${dataType}: AWS cannot change a parameter to or from aws:ec2:image`,
      {
        input: 'ssm-data-type',
        hint: `Set ssm-data-type: ${has}, or delete the parameter (aws ssm delete-parameter --name ${name}) and run again.`,
      },
    );
  }
}

class NotYet extends Error {}

/** GetParameter until the new version holds the id, within the read-back policy; one loop, no retry nested in it. */
async function readBack(
  client: SSMClient,
  region: string,
  name: string,
  amiId: string,
  version: number,
  a: PublishSsmArgs,
  call: CallOptions,
): Promise<Parameter> {
  const classify = ec2Classify();
  let last = 'nothing';
  try {
    return await withRetry(
      async () => {
        let p: Parameter | undefined;
        try {
          p = (await client.send(new GetParameterCommand({ Name: name }), { abortSignal: call.signal })).Parameter;
        } catch (e) {
          if (awsErrorCode(e) !== 'ParameterNotFound') throw e;
          last = 'no parameter';
          throw new NotYet(last);
        }
        if (p?.Value === amiId && (p.Version ?? 0) >= version) return p;
        last = `${p?.Value ?? 'no value'} (version ${p?.Version ?? '?'})`;
        throw new NotYet(last);
      },
      {
        policy: a.readBack ?? SSM_READBACK,
        classify: (e) => (e instanceof NotYet ? { retry: true, why: 'not current yet' } : classify(e)),
        ...(call.signal !== undefined ? { signal: call.signal } : {}),
      },
    );
  } catch (e) {
    if (call.signal?.aborted === true) throw e;
    if (e instanceof NotYet) {
      const why =
        a.dataType === 'aws:ec2:image'
          ? 'AWS validates aws:ec2:image values after PutParameter answers, and dropped this one'
          : 'another writer may have changed it meanwhile';
      throw new PipelineError('AWS', `SSM parameter ${name} in ${region} did not take ${amiId}: it still shows ${last} after the wait. ${why}`, {
        hint:
          a.dataType === 'aws:ec2:image'
            ? 'The AMI must be available to this account in this region, and the credentials need ec2:DescribeImages besides ssm:PutParameter (AWS checks the AMI as the caller). Parameter Store sends the reason as an EventBridge "Parameter Store Change" event; run again once fixed.'
            : 'Run again; if another job writes the same parameter, give each its own name.',
      });
    }
    if (classifyAwsError(e) === 'access') throw accessError('GetParameter', region, e, 'ssm');
    throw e instanceof PipelineError ? e : awsError('GetParameter', region, e, 'ssm');
  }
}

async function tag(client: SSMClient, name: string, tags: readonly { Key: string; Value: string }[], call: CallOptions): Promise<void> {
  if (tags.length === 0) return;
  await ssmCall(client, 'AddTagsToResource', new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: name, Tags: [...tags] }), call);
}
