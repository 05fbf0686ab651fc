/**
 * What the EC2 emulator remembers: images, snapshots and launch templates per
 * region, with the lifecycle the real service has (a copy is `pending` for a
 * while, then `available`, or `failed` when told to), and ClientToken records
 * for idempotent CopyImage. Plain data so it can be saved to and loaded from
 * a JSON file between runs.
 */
import { createHash, randomBytes } from 'node:crypto';

export const ACCOUNT_ID = '111122223333';

export interface LaunchPermission {
  userId?: string;
  group?: string;
  organizationArn?: string;
  organizationalUnitArn?: string;
}

export interface VolumePermission {
  userId?: string;
  group?: string;
}

export interface SnapshotRecord {
  id: string;
  region: string;
  ownerId: string;
  volumeSize: number;
  encrypted: boolean;
  kmsKeyId?: string;
  startTime: string;
  /** Epoch ms when the snapshot becomes `completed`. */
  readyAt: number;
  deleted: boolean;
  tags: Record<string, string>;
  createVolumePermissions: VolumePermission[];
}

export interface BlockDevice {
  deviceName: string;
  snapshotId: string;
  volumeSize: number;
  volumeType: string;
  deleteOnTermination: boolean;
}

export interface ImageRecord {
  id: string;
  region: string;
  name: string;
  description?: string;
  ownerId: string;
  creationDate: string;
  architecture: string;
  bootMode?: string;
  enaSupport: boolean;
  imdsSupport?: string;
  tpmSupport?: string;
  rootDeviceName: string;
  virtualizationType: string;
  blockDevices: BlockDevice[];
  tags: Record<string, string>;
  launchPermissions: LaunchPermission[];
  deprecationTime?: string;
  /** Epoch ms when a pending image settles. */
  readyAt: number;
  /** Settles as `failed` instead of `available`. */
  fails: boolean;
  deregistered: boolean;
  sourceImageId?: string;
  sourceRegion?: string;
  /** Describe-type calls left that must answer InvalidAMIID.NotFound (eventual consistency). */
  hiddenCalls: number;
}

/**
 * A launch template's data as the request sent it: the `LaunchTemplateData.*`
 * query tree (`{ ImageId: 'ami-…', BlockDeviceMapping: { '1': { DeviceName: … } } }`),
 * values as strings. server.ts renders it as EC2's response XML.
 */
export type TemplateData = { [key: string]: string | TemplateData };

export interface LaunchTemplateVersionRecord {
  versionNumber: number;
  description?: string;
  createTime: string;
  data: TemplateData;
}

export interface LaunchTemplateRecord {
  id: string;
  name: string;
  tags: Record<string, string>;
  createTime: string;
  /** Version 1 first; numbers are never reused. */
  versions: LaunchTemplateVersionRecord[];
  defaultVersion: number;
}

/** What an idempotent launch template call (ClientToken) made, and the request it came with. */
export interface TokenRecord {
  action: string;
  request: string;
  templateId: string;
  versionNumber?: number;
}

export interface RegionState {
  images: Record<string, ImageRecord>;
  snapshots: Record<string, SnapshotRecord>;
  launchTemplates: Record<string, LaunchTemplateRecord>;
  /** ClientToken -> the image it made and the request it came with. */
  copyTokens: Record<string, { imageId: string; request: string }>;
  /** ClientToken of CreateLaunchTemplate(Version) -> what it made (absent in state files from before). */
  launchTemplateTokens?: Record<string, TokenRecord>;
  /** ModifyEbsDefaultKmsKeyId's key; absent: the AWS managed key aws/ebs. */
  ebsDefaultKmsKeyId?: string;
}

export interface EmulatorState {
  regions: Record<string, RegionState>;
}

export const newId = (prefix: string): string => `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`;

export function regionState(state: EmulatorState, region: string): RegionState {
  let r = state.regions[region];
  if (r === undefined) {
    r = { images: {}, snapshots: {}, launchTemplates: {}, copyTokens: {}, launchTemplateTokens: {} };
    state.regions[region] = r;
  }
  return r;
}

export type ImageState = 'pending' | 'available' | 'failed';

export function imageState(img: ImageRecord, now: number): ImageState {
  if (now < img.readyAt) return 'pending';
  return img.fails ? 'failed' : 'available';
}

/** The ARN of the region's AWS managed EBS key (alias aws/ebs). */
export const defaultKmsKey = (region: string): string => `arn:aws:kms:${region}:${ACCOUNT_ID}:key/00000000-0000-0000-0000-0000000000eb`;

/** What GetEbsDefaultKmsKeyId answers while the AWS managed key is the default: the alias, not a key ARN. */
export const AWS_EBS_ALIAS = 'alias/aws/ebs';

/** A customer managed key of this account (any name gives a stable, distinct key id). */
export const customerKmsKey = (region: string, name: string): string =>
  `arn:aws:kms:${region}:${ACCOUNT_ID}:key/${createHash('sha256')
    .update(name)
    .digest('hex')
    .slice(0, 32)
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5')}`;

/** The key EBS encrypts with when no key is named: ModifyEbsDefaultKmsKeyId's, or aws/ebs. */
export const ebsDefaultKeyArn = (r: RegionState, region: string): string => r.ebsDefaultKmsKeyId ?? defaultKmsKey(region);
