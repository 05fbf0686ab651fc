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
 * kept. Launch templates without that tag, and Auto Scaling groups or
 * running instances, are not looked at: tag the launch templates that matter.
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

/** Image ids any version of a launch template tagged with `tagKey` refers to. */
export async function imagesInManagedLaunchTemplates(client: EC2Client, tagKey: string, call: CallOptions): Promise<Set<string>> {
  const used = new Set<string>();
  const templates = await collectPages(
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
  for (const lt of templates) {
    const versions = await collectPages(
      async (token) => {
        const page = await ec2Call<DescribeLaunchTemplateVersionsResult>(
          client,
          'DescribeLaunchTemplateVersions',
          new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: lt.LaunchTemplateId, NextToken: token }),
          call,
        );
        return { items: page.LaunchTemplateVersions, next: page.NextToken };
      },
      { what: `DescribeLaunchTemplateVersions of ${lt.LaunchTemplateId ?? 'a launch template'}`, code: 'AWS' },
    );
    for (const v of versions) {
      const id = v.LaunchTemplateData?.ImageId;
      if (id !== undefined) used.add(id);
    }
  }
  return used;
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
