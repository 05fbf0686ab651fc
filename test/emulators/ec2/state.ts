/**
 * What the EC2 emulator remembers: images, snapshots and launch templates per
 * region, with the lifecycle the real service has (a copy is `pending` for a
 * while, then `available`, or `failed` when told to), and ClientToken records
 * for idempotent CopyImage. Plain data so it can be saved to and loaded from
 * a JSON file between runs.
 */
import { randomBytes } from 'node:crypto';

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

export interface LaunchTemplateRecord {
  id: string;
  name: string;
  tags: Record<string, string>;
  /** Image id of each version, version 1 first. */
  versions: { imageId?: string }[];
  defaultVersion: number;
}

export interface RegionState {
  images: Record<string, ImageRecord>;
  snapshots: Record<string, SnapshotRecord>;
  launchTemplates: Record<string, LaunchTemplateRecord>;
  /** ClientToken -> the image it made and the request it came with. */
  copyTokens: Record<string, { imageId: string; request: string }>;
}

export interface EmulatorState {
  regions: Record<string, RegionState>;
}

export const newId = (prefix: string): string => `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`;

export function regionState(state: EmulatorState, region: string): RegionState {
  let r = state.regions[region];
  if (r === undefined) {
    r = { images: {}, snapshots: {}, launchTemplates: {}, copyTokens: {} };
    state.regions[region] = r;
  }
  return r;
}

export type ImageState = 'pending' | 'available' | 'failed';

export function imageState(img: ImageRecord, now: number): ImageState {
  if (now < img.readyAt) return 'pending';
  return img.fails ? 'failed' : 'available';
}

/** The key EBS uses when encryption is asked for without a key (aws/ebs). */
export const defaultKmsKey = (region: string): string => `arn:aws:kms:${region}:${ACCOUNT_ID}:key/00000000-0000-0000-0000-0000000000eb`;
