/**
 * Distributing an AMI as dependably as a registry push: copy it to every
 * destination region (a deterministic ClientToken, so a re-run never makes a
 * second copy), wait for each copy with our own waiter, then in every region
 * (the source too) tag the image and its snapshots, share both, set the
 * deprecation time, and apply retention. Regions run concurrently under a
 * cap; an access error stops everything at once, naming the permission.
 * Only when every region has its image available, tagged and shared is the
 * new id published (SSM parameters: ssm-parameters.ts; launch template
 * versions: launch-templates.ts), so nothing points at an image some region
 * does not have yet. Before the first copy, the options (ami-options.ts),
 * names and template regions are checked, and a read-only pre-flight finds
 * what publishing would refuse (a missing template, a parameter of another
 * type, a missing permission).
 */
import { createHash } from 'node:crypto';
import {
  CopyImageCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  EnableImageDeprecationCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  type CopyImageResult,
  type DescribeImagesResult,
  type EC2Client,
  type Image,
  type LaunchPermission,
  type Tag,
} from '@aws-sdk/client-ec2';
import { isPipelineError, PipelineError } from '../../errors.js';
import { ec2Call, type CallOptions } from '../../aws/aws-call.js';
import { awsErrorCode } from '../../aws/ec2-errors.js';
import { forEachLimited } from '../../retry/limit.js';
import { EC2_RETRY, type RetryPolicy } from '../../retry/policy.js';
import type { Ec2ClientFactory } from '../../aws/ec2-client.js';
import {
  FAMILY_TAG,
  imagesInManagedLaunchTemplates,
  listFamily,
  MANAGED_LAUNCH_TEMPLATE_TAG,
  planRetention,
  removeImage,
  SOURCE_TAG,
  type FamilyImage,
  type ListedLaunchTemplates,
} from './ami-retention.js';
import { DEFAULT_MAX_WAIT_MS, waitForImageAvailable, type WaitOptions } from './ami-waiter.js';
import type { SsmClientFactory } from '../../aws/ssm-client.js';
import { inspectSharingKeys, sharingKeyWarning } from './sharing-keys.js';
import { preflightLaunchTemplates, publishLaunchTemplates } from './launch-templates.js';
import { planLaunchTemplates, type LaunchTemplatePlanItem, type LaunchTemplateTarget, type PublishedVersion } from './launch-template-targets.js';
import { preflightSsmParameters, publishSsmParameters, type SsmParameterRow, type SsmPublishOptions } from './ssm-parameters.js';
import { checkParameterNames } from './ssm-parameter-names.js';
import { validateDistributeOptions } from './ami-options.js';

export interface DistributeAmiOptions {
  amiId: string;
  sourceRegion: string;
  /** Destination regions; the source region is always part of the distribution. */
  regions: readonly string[];
  shareAccounts?: readonly string[];
  /** Organization ARNs: arn:aws:organizations::123456789012:organization/o-xxxxxxxxxx */
  shareOrganizations?: readonly string[];
  /** OU ARNs: arn:aws:organizations::123456789012:ou/o-xxxxxxxxxx/ou-xxxx-xxxxxxxx */
  shareOus?: readonly string[];
  /** KMS key per destination region; a region listed here gets an encrypted copy under that key. */
  kmsKeyIds?: Readonly<Record<string, string>>;
  /** Encrypt every copy (with the region's default EBS key where no KMS key is given). */
  encrypt?: boolean;
  amiTags?: Readonly<Record<string, string>>;
  /** Deprecate every copy this long after now. */
  deprecateAfterMs?: number;
  /** Keep this many newest images of the family per region; older ones are removed. */
  keep?: number;
  /** Name prefix of the image family; default: the source name without its trailing version/date. */
  family?: string;
  /** Launch templates with this tag key protect the images they use from retention. */
  launchTemplateTagKey?: string;
  maxWaitMs?: number;
  /** Copies in flight at once. Default 5. */
  concurrency?: number;
  clients: Ec2ClientFactory;
  /** Publish each region's id in an SSM parameter once every region is done (ssm-parameter). */
  ssm?: SsmPublishOptions;
  /** Parameter Store clients, for `ssm`. */
  ssmClients?: SsmClientFactory;
  /**
   * Before sharing: snapshots under the AWS managed EBS key (which other
   * accounts cannot use) fail the region instead of a warning
   * (strict-sharing), before it is shared.
   */
  strictSharing?: boolean;
  /**
   * A failed publishing step (SSM, launch templates) after every region was
   * distributed: 'throw' (the default) or 'return' it as `publishError` with
   * the result, so a caller can still report the AMIs that exist and are shared.
   */
  publishFailure?: 'throw' | 'return';
  /** Told of what deserves a warning annotation (the default-key check). Default: `log`. */
  warn?: (message: string) => void;
  /** A new version of each template with the region's AMI id, once every region is done (launch-templates). */
  launchTemplates?: { targets: readonly LaunchTemplateTarget[]; makeDefault: boolean };
  retry?: RetryPolicy;
  waiter?: Pick<WaitOptions, 'minDelayMs' | 'maxDelayMs' | 'notFoundGraceMs'>;
  /** One line per step, for the log. */
  log?: (line: string) => void;
  now?: () => Date;
}

export type RegionOutcome = 'source' | 'copied' | 'reused';

export interface RegionRow {
  region: string;
  imageId: string;
  outcome: RegionOutcome;
  snapshotIds: string[];
  encrypted: boolean;
  kmsKeyId?: string;
  sharedWith: string[];
  deprecateAt?: string;
  removed: { imageId: string; name: string; snapshotIds: string[] }[];
  keptInUse: string[];
  seconds: number;
}

export interface DistributeAmiResult {
  /** region -> AMI id, the `amis` output. */
  amis: Record<string, string>;
  rows: RegionRow[];
  family: string;
  name: string;
  /** With `ssm`: each parameter written, per region (and account). */
  ssmParameters?: SsmParameterRow[];
  /** With `launchTemplates`: the version of each template that holds the new id. */
  launchTemplateVersions?: PublishedVersion[];
  /** With publishFailure 'return': why publishing failed (the AMIs are distributed all the same). */
  publishError?: PipelineError;
}

/** The family of a name: the name without a trailing version, date or build number. */
export function familyOf(name: string): string {
  const stripped = name.replace(/[-_. ]v?\d[\w.:-]*$/, '');
  return stripped === '' ? name : stripped;
}

/**
 * Pure: the CopyImage ClientToken. The same source, destination and copy
 * options always give the same token (at most 64 ASCII characters, EC2's
 * limit), so EC2 answers a re-run with the copy it already made.
 */
export function copyClientToken(p: {
  amiId: string;
  sourceRegion: string;
  region: string;
  name: string;
  encrypted: boolean;
  kmsKeyId?: string | undefined;
  tags: readonly Tag[];
}): string {
  const tags = [...p.tags].map((t): [string, string] => [t.Key ?? '', t.Value ?? '']).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const canonical = JSON.stringify({ v: 1, ami: p.amiId, from: p.sourceRegion, to: p.region, name: p.name, enc: p.encrypted, kms: p.kmsKeyId ?? null, tags });
  return `ipl-${createHash('sha256').update(canonical).digest('hex').slice(0, 60)}`;
}

export async function distributeAmi(o: DistributeAmiOptions): Promise<DistributeAmiResult> {
  validateDistributeOptions(o);
  if (o.ssm !== undefined && o.ssmClients === undefined) throw new PipelineError('INTERNAL', 'ssm is set without ssmClients');
  const log = o.log ?? (() => undefined);
  const now = o.now ?? (() => new Date());
  const abort = new AbortController();
  const call: CallOptions = {
    retry: o.retry ?? EC2_RETRY,
    signal: abort.signal,
    onRetry: (n, code, ms) => log(`  retry ${n} after ${code}, waiting ${ms} ms`),
  };

  let source = await describeSource(o.clients(o.sourceRegion), o.amiId, o.sourceRegion, call);
  if (source.State !== 'available') {
    log(`Waiting for the source image ${o.amiId} (${source.State ?? 'unknown'}) in ${o.sourceRegion}`);
    source = await waitForImageAvailable(o.clients(o.sourceRegion), o.sourceRegion, o.amiId, {
      ...o.waiter,
      maxWaitMs: o.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
      onProgress: (p) => log(`[${p.region}] ${p.imageId}: ${p.state} (${Math.round(p.elapsedMs / 1000)} s)`),
    });
  }
  const name = source.Name ?? o.amiId;
  const family = o.family ?? familyOf(name);
  if (!name.startsWith(family)) {
    throw new PipelineError('INPUT', `the image name '${name}' does not start with the family '${family}'`, {
      input: 'ami-family',
      hint: 'Set ami-family to a prefix of the image name.',
    });
  }
  const tags: Tag[] = [
    ...Object.entries(o.amiTags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    { Key: FAMILY_TAG, Value: family },
    { Key: SOURCE_TAG, Value: `${o.sourceRegion}/${o.amiId}` },
  ];
  const deprecateAt = o.deprecateAfterMs !== undefined ? new Date(roundUpToMinute(now().getTime() + o.deprecateAfterMs)) : undefined;
  const targets = [o.sourceRegion, ...o.regions.filter((r, i) => r !== o.sourceRegion && o.regions.indexOf(r) === i)];
  // The family is known now: a name it makes invalid fails here, before the first copy.
  if (o.ssm !== undefined) checkParameterNames(o.ssm.template, family, targets);
  const templatePlan = o.launchTemplates === undefined ? undefined : planLaunchTemplates(o.launchTemplates.targets, targets);
  // Read-only, still before the first copy: what publishing would refuse (a missing template, a parameter of another type, a missing permission) stops the run now.
  await preflight(o, { family, targets, templatePlan, call, log });
  log(
    `Distributing ${o.amiId} (${name}, family '${family}') from ${o.sourceRegion} to ${targets.length - 1} region(s): ${targets.slice(1).join(', ') || 'none'}`,
  );

  const rows = new Map<string, RegionRow>();
  const errors: { region: string; error: unknown }[] = [];
  await forEachLimited(targets, o.concurrency ?? 5, async (region) => {
    if (abort.signal.aborted) return;
    try {
      // Listed templates are spared by retention from the first run, before publishing tags them (ListedLaunchTemplates).
      const listed = listedIn(templatePlan, region);
      rows.set(region, await distributeToRegion(o, { region, source, name, family, tags, deprecateAt, call, log, abort: abort.signal, listed }));
    } catch (e) {
      errors.push({ region, error: e });
      // Access errors cannot heal by themselves: stop every other region now.
      if (isPipelineError(e, 'AUTH')) abort.abort(e);
    }
  });
  const firstAuth = errors.find((e) => isPipelineError(e.error, 'AUTH'));
  if (firstAuth !== undefined) throw firstAuth.error;
  if (errors.length > 0) {
    const first = errors[0] as { region: string; error: unknown };
    if (errors.length === 1) throw first.error;
    const lines = errors.map((e) => `${e.region}: ${e.error instanceof PipelineError ? e.error.describe() : String(e.error)}`);
    throw new PipelineError('AWS', `distribution failed in ${errors.length} regions:\n${lines.join('\n')}`, {
      cause: first.error,
      hint: 'Fix the cause and run again: copies already made are picked up, not made twice.',
    });
  }
  const ordered = targets.map((r) => rows.get(r)).filter((r): r is RegionRow => r !== undefined);
  const amis = Object.fromEntries(ordered.map((r) => [r.region, r.imageId]));
  const result: DistributeAmiResult = { amis, rows: ordered, family, name };
  // Publishing comes last: every region's image is available, tagged and shared by now.
  try {
    await publish(o, result, { targets, tags, templatePlan, call, log });
  } catch (e) {
    if (o.publishFailure !== 'return' || !(e instanceof PipelineError)) throw e;
    result.publishError = e;
  }
  return result;
}

async function preflight(
  o: DistributeAmiOptions,
  p: { family: string; targets: string[]; templatePlan: LaunchTemplatePlanItem[] | undefined; call: CallOptions; log: (line: string) => void },
): Promise<void> {
  const { family, targets, templatePlan, call, log } = p;
  if (o.ssm !== undefined && o.ssmClients !== undefined) {
    log(`Checking SSM parameter ${o.ssm.template} in ${targets.length} region(s) before copying`);
    await preflightSsmParameters({ ...o.ssm, family, regions: targets, clients: o.ssmClients, call });
  }
  if (templatePlan !== undefined && templatePlan.length > 0) {
    log(`Checking ${templatePlan.length} launch template(s) before copying`);
    await preflightLaunchTemplates({ plan: templatePlan, clients: o.clients, retry: call.retry ?? EC2_RETRY, concurrency: o.concurrency ?? 5, log });
  }
}

async function publish(
  o: DistributeAmiOptions,
  result: DistributeAmiResult,
  p: { targets: string[]; tags: Tag[]; templatePlan: LaunchTemplatePlanItem[] | undefined; call: CallOptions; log: (line: string) => void },
): Promise<void> {
  const { amis, family } = result;
  const { targets, tags, templatePlan, call, log } = p;
  if (o.ssm !== undefined && o.ssmClients !== undefined) {
    log(`Publishing SSM parameter ${o.ssm.template} in ${targets.length} region(s)`);
    const written: SsmParameterRow[] = [];
    try {
      result.ssmParameters = await publishSsmParameters({
        ...o.ssm,
        amis,
        family,
        tags: tags.map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
        clients: o.ssmClients,
        call,
        log,
        onWritten: (row) => written.push(row),
      });
    } catch (e) {
      // The parameters that do hold the new id are reported with the failure (output, summary), in the order a success lists them.
      if (written.length > 0) result.ssmParameters = sortRows(written, targets, o.ssm.accounts ?? []);
      throw e;
    }
  }
  if (o.launchTemplates !== undefined && templatePlan !== undefined && templatePlan.length > 0) {
    log(`Publishing ${templatePlan.length} launch template version(s)`);
    const done: PublishedVersion[] = [];
    try {
      const published = await publishLaunchTemplates({
        plan: templatePlan,
        amis,
        makeDefault: o.launchTemplates.makeDefault,
        clients: o.clients,
        ...(o.launchTemplateTagKey !== undefined ? { managedTagKey: o.launchTemplateTagKey } : {}),
        retry: call.retry ?? EC2_RETRY,
        log,
        onPublished: (v) => done.push(v),
      });
      result.launchTemplateVersions = published.versions;
    } catch (e) {
      // As with the parameters: the versions published before the failure are reported with it (output, summary).
      if (done.length > 0) result.launchTemplateVersions = done;
      throw e;
    }
  }
}

/** Pure: the job's own account first, then the others in their order; regions in distribution order within each. */
const sortRows = (rows: readonly SsmParameterRow[], regions: readonly string[], accounts: readonly string[]): SsmParameterRow[] => {
  const accountRank = (r: SsmParameterRow) => (r.account === undefined ? -1 : accounts.indexOf(r.account));
  return [...rows].sort((a, b) => accountRank(a) - accountRank(b) || regions.indexOf(a.region) - regions.indexOf(b.region));
};

interface RegionJob {
  region: string;
  source: Image;
  name: string;
  family: string;
  tags: Tag[];
  deprecateAt: Date | undefined;
  call: CallOptions;
  log: (line: string) => void;
  abort: AbortSignal;
  listed: ListedLaunchTemplates;
}

const listedIn = (plan: readonly LaunchTemplatePlanItem[] | undefined, region: string): ListedLaunchTemplates => {
  const items = (plan ?? []).filter((p) => p.region === region).map((p) => p.target);
  return { ids: items.flatMap((t) => (t.id !== undefined ? [t.id] : [])), names: items.flatMap((t) => (t.name !== undefined ? [t.name] : [])) };
};

async function distributeToRegion(o: DistributeAmiOptions, j: RegionJob): Promise<RegionRow> {
  const started = Date.now();
  const client = o.clients(j.region);
  const isSource = j.region === o.sourceRegion;
  const kmsKeyId = o.kmsKeyIds?.[j.region];
  const encrypted = kmsKeyId !== undefined || o.encrypt === true;
  let imageId = o.amiId;
  let outcome: RegionOutcome = 'source';
  if (!isSource) {
    const copied = await copyOnce(client, o, j, encrypted, kmsKeyId);
    imageId = copied.imageId;
    outcome = copied.outcome;
    j.log(`[${j.region}] ${outcome === 'copied' ? 'copy started' : 'copy found'}: ${imageId}`);
  }
  const waitOpts: WaitOptions = {
    ...o.waiter,
    maxWaitMs: o.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
    signal: j.abort,
    onProgress: (p) => j.log(`[${p.region}] ${p.imageId}: ${p.state} (${Math.round(p.elapsedMs / 1000)} s)`),
  };
  const image = await waitForImageAvailable(client, j.region, imageId, waitOpts);
  const snapshotIds = (image.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId !== undefined ? [b.Ebs.SnapshotId] : []));
  j.log(`[${j.region}] ${imageId} available with ${snapshotIds.length} snapshot(s)`);

  // Tags again after the copy: the source region had none from CopyImage, and a re-run may bring new ones.
  await ec2Call(client, 'CreateTags', new CreateTagsCommand({ Resources: [imageId, ...snapshotIds], Tags: j.tags }), { ...j.call, alsoRetry: ['not-found'] });

  // Checked before sharing: with strict-sharing, a region whose snapshots other accounts cannot use is not shared at all.
  if (sharesWithOthers(o)) {
    const warn = o.warn ?? j.log;
    let findings: Awaited<ReturnType<typeof inspectSharingKeys>> | undefined;
    try {
      findings = await inspectSharingKeys({
        client,
        region: j.region,
        imageId,
        origin: isSource ? 'source' : 'copy',
        ...(kmsKeyId !== undefined ? { copyKmsKeyId: kmsKeyId } : {}),
        call: j.call,
      });
    } catch (e) {
      // A role without the read permissions the check needs still distributes as before, unless the check was made a gate.
      if (o.strictSharing === true || !isPipelineError(e, 'AUTH')) throw e;
      warn(`[${j.region}] the default EBS key check was skipped: ${e.message}`);
    }
    const warning = findings === undefined ? undefined : sharingKeyWarning(findings, { strict: o.strictSharing === true, sharedWith: sharedWithOf(o) });
    if (warning !== undefined) warn(warning);
  }
  const sharedWith = await share(client, o, imageId, snapshotIds, j.call);
  if (sharedWith.length > 0) j.log(`[${j.region}] shared with ${sharedWith.join(', ')}`);

  let deprecateAt: string | undefined;
  if (j.deprecateAt !== undefined) {
    await ec2Call(client, 'EnableImageDeprecation', new EnableImageDeprecationCommand({ ImageId: imageId, DeprecateAt: j.deprecateAt }), {
      ...j.call,
      alsoRetry: ['not-found'],
    });
    deprecateAt = j.deprecateAt.toISOString();
  }

  const removed: RegionRow['removed'] = [];
  const keptInUse: string[] = [];
  if (o.keep !== undefined) {
    const family = await listFamily(client, j.family, j.call);
    const inUse = await imagesInManagedLaunchTemplates(client, o.launchTemplateTagKey ?? MANAGED_LAUNCH_TEMPLATE_TAG, j.call, j.listed);
    // The source AMI is never ours to remove, whichever region we are in.
    const candidates = family.filter((i: FamilyImage) => !(isSource && i.imageId === o.amiId));
    const plan = planRetention(candidates, imageId, o.keep, inUse);
    for (const img of plan.remove) {
      j.log(`[${j.region}] retention: deregistering ${img.imageId} (${img.name}, ${img.creationDate}) and ${img.snapshotIds.length} snapshot(s)`);
      await removeImage(client, img, j.call, o.waiter?.minDelayMs ?? 2000);
      removed.push({ imageId: img.imageId, name: img.name, snapshotIds: img.snapshotIds });
    }
    for (const img of plan.inUse) {
      j.log(`[${j.region}] retention: keeping ${img.imageId}, a managed launch template uses it`);
      keptInUse.push(img.imageId);
    }
  }
  const firstEbs = image.BlockDeviceMappings?.find((b) => b.Ebs !== undefined)?.Ebs;
  return {
    region: j.region,
    imageId,
    outcome,
    snapshotIds,
    encrypted: firstEbs?.Encrypted ?? false,
    ...(firstEbs?.KmsKeyId !== undefined ? { kmsKeyId: firstEbs.KmsKeyId } : {}),
    sharedWith,
    ...(deprecateAt !== undefined ? { deprecateAt } : {}),
    removed,
    keptInUse,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

/**
 * CopyImage with the deterministic token. When EC2 refuses because a copy of
 * this name already exists (made by an earlier run with other options, so
 * another token), that copy is reused only if our source tag proves it came
 * from this very AMI.
 */
async function copyOnce(
  client: EC2Client,
  o: DistributeAmiOptions,
  j: RegionJob,
  encrypted: boolean,
  kmsKeyId: string | undefined,
): Promise<{ imageId: string; outcome: RegionOutcome }> {
  const token = copyClientToken({ amiId: o.amiId, sourceRegion: o.sourceRegion, region: j.region, name: j.name, encrypted, kmsKeyId, tags: j.tags });
  const before = await findCopy(client, j, o);
  if (before !== undefined) return { imageId: before, outcome: 'reused' };
  try {
    const out = await ec2Call<CopyImageResult>(
      client,
      'CopyImage',
      new CopyImageCommand({
        Name: j.name,
        Description: j.source.Description,
        SourceImageId: o.amiId,
        SourceRegion: o.sourceRegion,
        ClientToken: token,
        ...(encrypted ? { Encrypted: true } : {}),
        ...(kmsKeyId !== undefined ? { KmsKeyId: kmsKeyId } : {}),
        TagSpecifications: [
          { ResourceType: 'image', Tags: j.tags },
          { ResourceType: 'snapshot', Tags: j.tags },
        ],
      }),
      j.call,
    );
    if (out.ImageId === undefined) throw new PipelineError('AWS', `CopyImage to ${j.region} answered without an image id`);
    return { imageId: out.ImageId, outcome: 'copied' };
  } catch (e) {
    const code = awsErrorCode((e as { cause?: unknown }).cause);
    if (code === 'InvalidAMIName.Duplicate' || code === 'IdempotentParameterMismatch') {
      const existing = await findCopy(client, j, o);
      if (existing !== undefined) return { imageId: existing, outcome: 'reused' };
      throw new PipelineError('AWS', `an image named '${j.name}' already exists in ${j.region} and was not copied from ${o.amiId}`, {
        cause: e,
        hint: 'Give the new image a unique name (e.g. with a timestamp in the Packer template), or deregister the other image.',
      });
    }
    throw e;
  }
}

/** A copy of this source that an earlier run made, found by name and our source tag. */
async function findCopy(client: EC2Client, j: RegionJob, o: DistributeAmiOptions): Promise<string | undefined> {
  const out = await ec2Call<DescribeImagesResult>(
    client,
    'DescribeImages',
    new DescribeImagesCommand({
      Owners: ['self'],
      Filters: [
        { Name: 'name', Values: [j.name] },
        { Name: `tag:${SOURCE_TAG}`, Values: [`${o.sourceRegion}/${o.amiId}`] },
      ],
    }),
    j.call,
  );
  return out.Images?.find((i) => i.State !== 'failed' && i.State !== 'deregistered')?.ImageId;
}

const sharedWithOf = (o: DistributeAmiOptions): string[] => [...(o.shareAccounts ?? []), ...(o.shareOrganizations ?? []), ...(o.shareOus ?? [])];
const sharesWithOthers = (o: DistributeAmiOptions): boolean => sharedWithOf(o).length > 0;

async function share(client: EC2Client, o: DistributeAmiOptions, imageId: string, snapshotIds: string[], call: CallOptions): Promise<string[]> {
  const perms: LaunchPermission[] = [
    ...(o.shareAccounts ?? []).map((UserId) => ({ UserId })),
    ...(o.shareOrganizations ?? []).map((OrganizationArn) => ({ OrganizationArn })),
    ...(o.shareOus ?? []).map((OrganizationalUnitArn) => ({ OrganizationalUnitArn })),
  ];
  if (perms.length === 0) return [];
  await ec2Call(client, 'ModifyImageAttribute', new ModifyImageAttributeCommand({ ImageId: imageId, LaunchPermission: { Add: perms } }), {
    ...call,
    alsoRetry: ['not-found'],
  });
  // Snapshots take account ids only; organizations and OUs reach them through the launch permission.
  const accounts = o.shareAccounts ?? [];
  if (accounts.length > 0) {
    for (const SnapshotId of snapshotIds) {
      await ec2Call(
        client,
        'ModifySnapshotAttribute',
        new ModifySnapshotAttributeCommand({ SnapshotId, CreateVolumePermission: { Add: accounts.map((UserId) => ({ UserId })) } }),
        call,
      );
    }
  }
  return [...(o.shareAccounts ?? []), ...(o.shareOrganizations ?? []), ...(o.shareOus ?? [])];
}

async function describeSource(client: EC2Client, amiId: string, region: string, call: CallOptions): Promise<Image> {
  try {
    const out = await ec2Call<DescribeImagesResult>(client, 'DescribeImages', new DescribeImagesCommand({ ImageIds: [amiId] }), call);
    const img = out.Images?.[0];
    if (img !== undefined) return img;
  } catch (e) {
    if (awsErrorCode((e as { cause?: unknown }).cause) !== 'InvalidAMIID.NotFound') throw e;
  }
  throw new PipelineError('INPUT', `AMI ${amiId} was not found in ${region}`, {
    input: 'ami-id',
    hint: "Check 'ami-id' and 'source-region': an AMI id exists in one region only.",
  });
}

const roundUpToMinute = (ms: number): number => Math.ceil(ms / 60_000) * 60_000;
