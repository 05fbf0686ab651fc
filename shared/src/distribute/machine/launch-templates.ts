/**
 * `launch-templates`: after an AMI is distributed, each listed launch template
 * gets a new version whose only change is that region's AMI id, so teams that
 * launch from the template (or from its default version) pick the image up.
 *
 *   const targets = parseLaunchTemplates(text);                 // pure, errors name the line (launch-template-targets.ts)
 *   const plan = planLaunchTemplates(targets, regions);          // pure, before anything is copied (same module)
 *   const { versions } = await publishLaunchTemplates({ plan, amis, makeDefault, clients });
 *   // versions: [{ region, templateId, name, version, default, imageId, outcome }]
 *
 * Per region and template: the template is looked up (DescribeLaunchTemplates),
 * tagged with the managed tag key so that `keep` never removes an image one of
 * its versions uses (ami-retention.ts), then its $Default and $Latest versions
 * are read. If the default already has the AMI, nothing is made; if the latest
 * has it (an earlier run that did not make it the default), that version is
 * used; otherwise CreateLaunchTemplateVersion with SourceVersion = the default
 * and LaunchTemplateData = { ImageId }: EC2 copies every other field from the
 * source. The one field EC2 does not carry over is a snapshot id in a block
 * device mapping, so mappings that name snapshots (other than the replaced
 * image's own) are sent again. The request carries a ClientToken derived from
 * its content, so a retry after a lost answer never makes a second version.
 * With `makeDefault`, ModifyLaunchTemplate makes the version the default last:
 * a failure leaves a complete version that a re-run picks up.
 */
import { createHash } from 'node:crypto';
import {
  CreateLaunchTemplateVersionCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  ModifyLaunchTemplateCommand,
  type CreateLaunchTemplateVersionResult,
  type DescribeImagesResult,
  type DescribeLaunchTemplatesResult,
  type DescribeLaunchTemplateVersionsResult,
  type EC2Client,
  type LaunchTemplate,
  type LaunchTemplateBlockDeviceMapping,
  type LaunchTemplateBlockDeviceMappingRequest,
  type LaunchTemplateVersion,
  type RequestLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { isPipelineError, PipelineError } from '../../errors.js';
import { ec2Call, type CallOptions } from '../../aws/aws-call.js';
import { awsErrorCode } from '../../aws/ec2-errors.js';
import type { Ec2ClientFactory } from '../../aws/ec2-client.js';
import { forEachLimited } from '../../retry/limit.js';
import { EC2_RETRY, type RetryPolicy } from '../../retry/policy.js';
import { MANAGED_LAUNCH_TEMPLATE_TAG } from './ami-retention.js';
import {
  LAUNCH_TEMPLATES_INPUT,
  type LaunchTemplatePlanItem,
  type LaunchTemplateTarget,
  type PublishedVersion,
  type PublishOutcome,
} from './launch-template-targets.js';

export interface PublishLaunchTemplatesOptions {
  plan: readonly LaunchTemplatePlanItem[];
  /** region -> the AMI id to publish there (distributeAmi's `amis`). */
  amis: Readonly<Record<string, string>>;
  /** Make the new version the template's default (`launch-template-default`). */
  makeDefault: boolean;
  clients: Ec2ClientFactory;
  /** Tag key that makes `keep` spare the images a template uses; default image-pipeline:managed. */
  managedTagKey?: string;
  /** The input named in errors; default launch-templates. */
  input?: string;
  retry?: RetryPolicy;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Told of each version as it is published, so a caller can report them when a later one fails. */
  onPublished?: (version: PublishedVersion) => void;
}

export interface PublishLaunchTemplatesResult {
  versions: PublishedVersion[];
}

export async function publishLaunchTemplates(o: PublishLaunchTemplatesOptions): Promise<PublishLaunchTemplatesResult> {
  const input = o.input ?? LAUNCH_TEMPLATES_INPUT;
  const log = o.log ?? (() => undefined);
  const call: CallOptions = {
    retry: o.retry ?? EC2_RETRY,
    ...(o.signal !== undefined ? { signal: o.signal } : {}),
    onRetry: (n, code, ms) => log(`  retry ${n} after ${code}, waiting ${ms} ms`),
  };
  for (const item of o.plan) {
    if (o.amis[item.region] === undefined)
      throw new PipelineError('INTERNAL', `no AMI id for ${item.region}, where launch template line ${item.target.line} is published`);
  }
  const versions: PublishedVersion[] = [];
  // One at a time: few calls each, and a failure stops before later templates, leaving every earlier one complete.
  for (const item of o.plan) {
    const imageId = o.amis[item.region] as string;
    const version = await publishOne(o.clients(item.region), item, imageId, o, input, call, log);
    versions.push(version);
    o.onPublished?.(version);
  }
  return { versions };
}

async function publishOne(
  client: EC2Client,
  item: LaunchTemplatePlanItem,
  imageId: string,
  o: PublishLaunchTemplatesOptions,
  input: string,
  call: CallOptions,
  log: (line: string) => void,
): Promise<PublishedVersion> {
  const { region, target } = item;
  const what = target.id ?? target.name ?? '';
  const withContext = (e: unknown): unknown => accessInContext(e, target, input);
  try {
    const lt = await findTemplate(client, item, input, call);
    const templateId = lt.LaunchTemplateId ?? '';
    const name = lt.LaunchTemplateName ?? what;
    const managedKey = o.managedTagKey ?? MANAGED_LAUNCH_TEMPLATE_TAG;
    if (managedKey !== '' && !(lt.Tags ?? []).some((t) => t.Key === managedKey)) {
      // Before the new version exists: from now on `keep` spares every image this template uses.
      await ec2Call(client, 'CreateTags', new CreateTagsCommand({ Resources: [templateId], Tags: [{ Key: managedKey, Value: 'true' }] }), call);
      log(`[${region}] launch template ${name} (${templateId}) tagged ${managedKey}`);
    }
    const { def, latest } = await defaultAndLatest(client, templateId, call);
    const previousDefault = def.VersionNumber ?? 0;
    const row = (version: number, isDefault: boolean, outcome: PublishOutcome): PublishedVersion => ({
      region,
      templateId,
      name,
      version,
      default: isDefault,
      imageId,
      outcome,
      previousDefault,
    });
    if (def.LaunchTemplateData?.ImageId === imageId) {
      log(`[${region}] launch template ${name}: default version ${previousDefault} already uses ${imageId}`);
      return row(previousDefault, true, 'existing');
    }
    let version: number;
    let outcome: PublishOutcome;
    if (latest.LaunchTemplateData?.ImageId === imageId && latest.VersionNumber !== undefined) {
      version = latest.VersionNumber;
      outcome = 'existing';
      log(`[${region}] launch template ${name}: version ${version} already uses ${imageId}`);
    } else {
      version = await createVersion(client, templateId, def, imageId, call);
      outcome = 'created';
      log(`[${region}] launch template ${name}: version ${version} created from version ${previousDefault} with ${imageId}`);
    }
    if (!o.makeDefault) return row(version, false, outcome);
    await ec2Call(client, 'ModifyLaunchTemplate', new ModifyLaunchTemplateCommand({ LaunchTemplateId: templateId, DefaultVersion: String(version) }), call);
    log(`[${region}] launch template ${name}: version ${version} is the default (was ${previousDefault})`);
    return row(version, true, outcome);
  } catch (e) {
    throw withContext(e);
  }
}

/** An access error names the template and its line; other errors pass as they are. */
function accessInContext(e: unknown, target: LaunchTemplateTarget, input: string): unknown {
  if (!isPipelineError(e) || e.code !== 'AUTH') return e;
  return new PipelineError('AUTH', `${e.reason} (launch template ${target.id ?? target.name ?? ''}, line ${target.line} of '${input}')`, {
    input,
    line: target.line,
    cause: e,
    ...(e.hint !== undefined ? { hint: e.hint } : {}),
  });
}

export interface PreflightLaunchTemplatesOptions {
  plan: readonly LaunchTemplatePlanItem[];
  clients: Ec2ClientFactory;
  /** The input named in errors; default launch-templates. */
  input?: string;
  retry?: RetryPolicy;
  /** Regions and templates looked up at once. Default 5. */
  concurrency?: number;
  log?: (line: string) => void;
}

/**
 * Read-only, before anything is copied: every planned template exists in its
 * region and the credentials may read it (DescribeLaunchTemplates, the same
 * lookup and errors as publishing). So a missing template or permission fails
 * the run before a copy is made or a parameter written. Publishing looks each
 * one up again: a template can still go away in between.
 */
export async function preflightLaunchTemplates(o: PreflightLaunchTemplatesOptions): Promise<void> {
  const input = o.input ?? LAUNCH_TEMPLATES_INPUT;
  const log = o.log ?? (() => undefined);
  const abort = new AbortController();
  const call: CallOptions = {
    retry: o.retry ?? EC2_RETRY,
    signal: abort.signal,
    onRetry: (n, code, ms) => log(`  retry ${n} after ${code}, waiting ${ms} ms`),
  };
  const errors: { index: number; error: unknown }[] = [];
  await forEachLimited(o.plan, o.concurrency ?? 5, async (item, index) => {
    if (abort.signal.aborted) return;
    try {
      await findTemplate(o.clients(item.region), item, input, call);
    } catch (e) {
      const error = accessInContext(e, item.target, input);
      errors.push({ index, error });
      // Access errors cannot heal by themselves: stop the other look-ups.
      if (isPipelineError(error, 'AUTH')) abort.abort(error);
    }
  });
  if (errors.length === 0) return;
  const auth = errors.find((e) => isPipelineError(e.error, 'AUTH'));
  if (auth !== undefined) throw auth.error;
  // In plan order (lines, then regions): the first is the one publishing would have met first.
  errors.sort((a, b) => a.index - b.index);
  const first = errors[0] as { index: number; error: unknown };
  if (errors.length === 1 || !(first.error instanceof PipelineError)) throw first.error;
  const lines = errors.map((e) => (e.error instanceof PipelineError ? e.error.describe() : String(e.error)));
  throw new PipelineError(first.error.code, `${errors.length} launch templates cannot be published:\n${lines.join('\n')}`, {
    input,
    ...(first.error.line !== undefined ? { line: first.error.line } : {}),
    cause: first.error,
    hint: 'Nothing was copied or published yet: fix each line above and run again.',
  });
}

const NOT_FOUND = new Set(['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateName.NotFoundException', 'InvalidLaunchTemplateId.Malformed']);

async function findTemplate(client: EC2Client, item: LaunchTemplatePlanItem, input: string, call: CallOptions): Promise<LaunchTemplate> {
  const { region, target } = item;
  const what = target.id !== undefined ? `id ${target.id}` : `name '${target.name ?? ''}'`;
  const missing = (cause?: unknown) =>
    new PipelineError('INPUT', `line ${target.line}: no launch template with ${what} exists in ${region}`, {
      input,
      line: target.line,
      ...(cause !== undefined ? { cause } : {}),
      hint:
        target.region === undefined
          ? `A line without a region is published in every distributed region: create the template in ${region}, or prefix the line with the regions that have it (region:template).`
          : `Check the template's ${target.id !== undefined ? 'id' : 'name'} in ${region} (launch template ids differ per region).`,
    });
  let out: DescribeLaunchTemplatesResult;
  try {
    out = await ec2Call<DescribeLaunchTemplatesResult>(
      client,
      'DescribeLaunchTemplates',
      new DescribeLaunchTemplatesCommand(target.id !== undefined ? { LaunchTemplateIds: [target.id] } : { LaunchTemplateNames: [target.name ?? ''] }),
      call,
    );
  } catch (e) {
    const code = awsErrorCode((e as { cause?: unknown }).cause);
    if (code !== undefined && NOT_FOUND.has(code)) throw missing(e);
    throw e;
  }
  const lt = out.LaunchTemplates?.find((t) => (target.id !== undefined ? t.LaunchTemplateId === target.id : t.LaunchTemplateName === target.name));
  if (lt?.LaunchTemplateId === undefined) throw missing();
  return lt;
}

async function defaultAndLatest(
  client: EC2Client,
  templateId: string,
  call: CallOptions,
): Promise<{ def: LaunchTemplateVersion; latest: LaunchTemplateVersion }> {
  const out = await ec2Call<DescribeLaunchTemplateVersionsResult>(
    client,
    'DescribeLaunchTemplateVersions',
    new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: templateId, Versions: ['$Default', '$Latest'] }),
    call,
  );
  const versions = out.LaunchTemplateVersions ?? [];
  const def = versions.find((v) => v.DefaultVersion === true);
  const latest = versions.reduce<LaunchTemplateVersion | undefined>((a, v) => ((v.VersionNumber ?? 0) > (a?.VersionNumber ?? 0) ? v : a), undefined);
  if (def === undefined || latest === undefined)
    throw new PipelineError('AWS', `DescribeLaunchTemplateVersions of ${templateId} answered without its default version`);
  return { def, latest };
}

async function createVersion(client: EC2Client, templateId: string, source: LaunchTemplateVersion, imageId: string, call: CallOptions): Promise<number> {
  const data: RequestLaunchTemplateData = { ImageId: imageId };
  const mappings = await mappingsToResend(client, source, call);
  if (mappings !== undefined) data.BlockDeviceMappings = mappings;
  const sourceVersion = String(source.VersionNumber ?? '');
  const out = await ec2Call<CreateLaunchTemplateVersionResult>(
    client,
    'CreateLaunchTemplateVersion',
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: templateId,
      SourceVersion: sourceVersion,
      VersionDescription: `image-pipeline: ${imageId} (from version ${sourceVersion})`,
      LaunchTemplateData: data,
      ClientToken: versionClientToken(templateId, sourceVersion, data),
    }),
    call,
  );
  const n = out.LaunchTemplateVersion?.VersionNumber;
  if (n === undefined) throw new PipelineError('AWS', `CreateLaunchTemplateVersion of ${templateId} answered without a version number`);
  return n;
}

/**
 * Pure: the ClientToken of a new version. The same template, source version
 * and data always give the same token (at most 128 ASCII characters), so EC2
 * answers a retried or repeated request with the version it already made.
 */
export function versionClientToken(templateId: string, sourceVersion: string, data: RequestLaunchTemplateData): string {
  const canonical = JSON.stringify({ v: 1, templateId, sourceVersion, data });
  return `ipl-lt-${createHash('sha256').update(canonical).digest('hex').slice(0, 60)}`;
}

/**
 * EC2 drops snapshot ids from inherited block device mappings. When the source
 * version names snapshots, its mappings are sent again with them, except
 * snapshots of the image being replaced (its root volume must follow the new
 * image). Undefined: nothing to send, inheritance keeps the mappings as they are.
 */
async function mappingsToResend(
  client: EC2Client,
  source: LaunchTemplateVersion,
  call: CallOptions,
): Promise<LaunchTemplateBlockDeviceMappingRequest[] | undefined> {
  const mappings = source.LaunchTemplateData?.BlockDeviceMappings ?? [];
  if (!mappings.some((m) => m.Ebs?.SnapshotId !== undefined)) return undefined;
  const oldImage = source.LaunchTemplateData?.ImageId;
  const oldSnapshots = new Set<string>();
  if (oldImage !== undefined && oldImage.startsWith('ami-')) {
    try {
      const out = await ec2Call<DescribeImagesResult>(client, 'DescribeImages', new DescribeImagesCommand({ ImageIds: [oldImage] }), call);
      for (const b of out.Images?.[0]?.BlockDeviceMappings ?? []) if (b.Ebs?.SnapshotId !== undefined) oldSnapshots.add(b.Ebs.SnapshotId);
    } catch (e) {
      // The replaced image is gone: none of the snapshots can be told apart as its own, so all are kept.
      if (awsErrorCode((e as { cause?: unknown }).cause) !== 'InvalidAMIID.NotFound') throw e;
    }
  }
  return mappings.map((m) => toRequestMapping(m, oldSnapshots));
}

function toRequestMapping(m: LaunchTemplateBlockDeviceMapping, drop: ReadonlySet<string>): LaunchTemplateBlockDeviceMappingRequest {
  const out: LaunchTemplateBlockDeviceMappingRequest = { ...m };
  if (m.Ebs !== undefined) {
    const { SnapshotId, ...ebs } = m.Ebs;
    out.Ebs = SnapshotId !== undefined && !drop.has(SnapshotId) ? { ...ebs, SnapshotId } : ebs;
  }
  return out;
}
