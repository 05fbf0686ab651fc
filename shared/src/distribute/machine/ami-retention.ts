/**
 * Retention `keep: N`: in one region, keep the N newest images of a family
 * (the image just made counts as the newest) and deregister the rest, then
 * delete their snapshots. A family is the images we tagged with
 * `image-pipeline:family=<family>` whose name also starts with the family,
 * so an image someone else named alike, or tagged alike by hand with another
 * name, is never touched.
 *
 * Scope of "in use": an image that any version of a launch template carrying
 * the managed tag key (`image-pipeline:managed` by default) refers to is
 * kept, and so is one that a template listed in `launch-templates` for this
 * region refers to, tagged or not yet (see ListedLaunchTemplates). Other
 * launch templates, Auto Scaling groups and running instances are not looked
 * at: tag the launch templates that matter.
 */
import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type DescribeImagesResult,
  type DescribeLaunchTemplatesResult,
  type DescribeLaunchTemplateVersionsResult,
  type EC2Client,
  type Image,
} from '@aws-sdk/client-ec2';
import { ec2Call, type CallOptions } from '../../aws/aws-call.js';
import { awsErrorCode } from '../../aws/ec2-errors.js';
import { collectPages } from '../../retry/paginate.js';
import { EC2_RETRY } from '../../retry/policy.js';

export const FAMILY_TAG = 'image-pipeline:family';
export const SOURCE_TAG = 'image-pipeline:source-ami';
export const MANAGED_LAUNCH_TEMPLATE_TAG = 'image-pipeline:managed';

export interface FamilyImage {
  imageId: string;
  name: string;
  creationDate: string;
  state: string;
  snapshotIds: string[];
}

export interface RetentionPlan {
  keep: FamilyImage[];
  remove: FamilyImage[];
  /** Older images kept because a managed launch template uses them. */
  inUse: FamilyImage[];
}

/**
 * Pure: which images go. `newImageId` is kept whatever its date says; pending
 * images (another run's copy in flight) are never removed.
 */
export function planRetention(images: readonly FamilyImage[], newImageId: string, keep: number, inUse: ReadonlySet<string>): RetentionPlan {
  const newest = images.filter((i) => i.imageId === newImageId);
  const others = images
    .filter((i) => i.imageId !== newImageId)
    .sort((a, b) => b.creationDate.localeCompare(a.creationDate) || b.imageId.localeCompare(a.imageId));
  const plan: RetentionPlan = { keep: [...newest], remove: [], inUse: [] };
  let slots = Math.max(0, keep - 1);
  for (const img of others) {
    if (slots > 0) {
      plan.keep.push(img);
      slots--;
    } else if (img.state === 'pending') plan.keep.push(img);
    else if (inUse.has(img.imageId)) plan.inUse.push(img);
    else plan.remove.push(img);
  }
  // A snapshot that a kept image also uses stays (rare: images registered from one snapshot).
  const kept = new Set([...plan.keep, ...plan.inUse].flatMap((i) => i.snapshotIds));
  plan.remove = plan.remove.map((i) => ({ ...i, snapshotIds: i.snapshotIds.filter((s) => !kept.has(s)) }));
  return plan;
}

function toFamilyImage(img: Image): FamilyImage {
  return {
    imageId: img.ImageId ?? '',
    name: img.Name ?? '',
    creationDate: img.CreationDate ?? '',
    state: img.State ?? 'unknown',
    snapshotIds: (img.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId !== undefined ? [b.Ebs.SnapshotId] : [])),
  };
}

export async function listFamily(client: EC2Client, family: string, call: CallOptions): Promise<FamilyImage[]> {
  const images = await collectPages(
    async (token) => {
      const page = await ec2Call<DescribeImagesResult>(
        client,
        'DescribeImages',
        new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: `tag:${FAMILY_TAG}`, Values: [family] }], NextToken: token }),
        call,
      );
      return { items: page.Images, next: page.NextToken };
    },
    { what: `DescribeImages of the family '${family}'`, code: 'AWS' },
  );
  return images.filter((img) => (img.Name ?? '').startsWith(family)).map(toFamilyImage);
}

/**
 * The templates `launch-templates` lists for one region, by id or name. They
 * count as managed for retention from the first run: publishing tags a
 * template only after every region is distributed, and retention runs
 * before that, so an untagged template's default version could otherwise
 * lose its image to `keep` on the very run that was to manage it.
 *
 * Why read them here rather than tag them while planning: tagging before the
 * first copy would write to the user's templates while no image exists yet,
 * and a run that then fails would leave them changed with nothing published.
 * Looking them up is read-only and protects exactly the same images; the tag
 * is still written right before the template's new version is (so the
 * protection outlives the line being dropped from `launch-templates`).
 */
export interface ListedLaunchTemplates {
  ids: readonly string[];
  names: readonly string[];
}

/** EC2's answers for a template that does not exist (or an id that cannot): nothing to protect. */
const TEMPLATE_NOT_FOUND = new Set(['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateName.NotFoundException', 'InvalidLaunchTemplateId.Malformed']);

/**
 * Image ids any version of a launch template tagged with `tagKey`, or listed
 * in `listed`, refers to. A listed template missing from the region is
 * skipped here: publishing reports it, naming its line.
 */
export async function imagesInManagedLaunchTemplates(
  client: EC2Client,
  tagKey: string,
  call: CallOptions,
  listed: ListedLaunchTemplates = { ids: [], names: [] },
): Promise<Set<string>> {
  const used = new Set<string>();
  const tagged = await collectPages(
    async (token) => {
      const page = await ec2Call<DescribeLaunchTemplatesResult>(
        client,
        'DescribeLaunchTemplates',
        new DescribeLaunchTemplatesCommand({ Filters: [{ Name: 'tag-key', Values: [tagKey] }], NextToken: token }),
        call,
      );
      return { items: page.LaunchTemplates, next: page.NextToken };
    },
    { what: `DescribeLaunchTemplates tagged '${tagKey}'`, code: 'AWS' },
  );
  const templateIds = new Set(tagged.flatMap((lt) => (lt.LaunchTemplateId !== undefined ? [lt.LaunchTemplateId] : [])));
  for (const id of await listedTemplateIds(client, listed, call)) templateIds.add(id);
  for (const templateId of templateIds) {
    const versions = await collectPages(
      async (token) => {
        const page = await ec2Call<DescribeLaunchTemplateVersionsResult>(
          client,
          'DescribeLaunchTemplateVersions',
          new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: templateId, NextToken: token }),
          call,
        );
        return { items: page.LaunchTemplateVersions, next: page.NextToken };
      },
      { what: `DescribeLaunchTemplateVersions of ${templateId}`, code: 'AWS' },
    );
    for (const v of versions) {
      const id = v.LaunchTemplateData?.ImageId;
      if (id !== undefined) used.add(id);
    }
  }
  return used;
}

/** The ids of the listed templates that exist in the client's region, one lookup each (one missing name fails a whole batch). */
async function listedTemplateIds(client: EC2Client, listed: ListedLaunchTemplates, call: CallOptions): Promise<string[]> {
  const lookups = [...listed.ids.map((id) => ({ LaunchTemplateIds: [id] })), ...listed.names.map((name) => ({ LaunchTemplateNames: [name] }))];
  const ids: string[] = [];
  for (const input of lookups) {
    try {
      const out = await ec2Call<DescribeLaunchTemplatesResult>(client, 'DescribeLaunchTemplates', new DescribeLaunchTemplatesCommand(input), call);
      for (const lt of out.LaunchTemplates ?? []) if (lt.LaunchTemplateId !== undefined) ids.push(lt.LaunchTemplateId);
    } catch (e) {
      const code = awsErrorCode((e as { cause?: unknown }).cause);
      if (code === undefined || !TEMPLATE_NOT_FOUND.has(code)) throw e;
    }
  }
  return ids;
}

/**
 * Deregister an image, then delete its snapshots. A snapshot can stay "in
 * use" for a few seconds after its image is deregistered, so that one error
 * is retried (in the same retry loop as throttling, with its own slower
 * policy); a snapshot already gone is fine.
 */
export async function removeImage(client: EC2Client, img: FamilyImage, call: CallOptions, inUseDelayMs: number): Promise<void> {
  await ec2Call(client, 'DeregisterImage', new DeregisterImageCommand({ ImageId: img.imageId }), call);
  // 11 tries, waits from inUseDelayMs doubling up to 10x it: about as long as the snapshot ever stays held.
  const inUse: CallOptions = {
    ...call,
    alsoRetryCodes: ['InvalidSnapshot.InUse'],
    retry: {
      attempts: 11,
      baseDelayMs: inUseDelayMs,
      maxDelayMs: inUseDelayMs * 10,
      budgetMs: Math.max((call.retry ?? EC2_RETRY).budgetMs, inUseDelayMs * 100),
    },
  };
  for (const snapshotId of img.snapshotIds) {
    try {
      await ec2Call(client, 'DeleteSnapshot', new DeleteSnapshotCommand({ SnapshotId: snapshotId }), inUse);
    } catch (e) {
      if (awsErrorCode((e as { cause?: unknown }).cause) !== 'InvalidSnapshot.NotFound') throw e;
    }
  }
}
