/**
 * Before an AMI is shared with other accounts: are its snapshots encrypted
 * with the AWS managed EBS key (alias aws/ebs)? Other accounts can never use
 * an AWS managed key, so they would see the image and fail to launch it. The
 * fix is to copy with a customer managed key (`kms-key-ids`) whose key policy
 * lets those accounts use it.
 *
 *   const findings = await inspectSharingKeys({ client, region, imageId, origin: 'copy', copyKmsKeyId });
 *   const warning = sharingKeyWarning(findings, { strict, sourceRegion });   // throws when strict
 *
 * EC2 alone cannot name the key behind alias aws/ebs (GetEbsDefaultKmsKeyId
 * answers `alias/aws/ebs` until the account picks a customer managed default,
 * then that key's ARN; snapshots carry key ARNs). What it does tell for sure:
 * a copy made without a KMS key is encrypted with the region's default key,
 * so while that default is aws/ebs such a copy is certainly under an AWS
 * managed key. Other keys are `unverified` unless a KMS DescribeKey lookup
 * (`keyManager`) is given, which makes every verdict certain. Strict mode
 * fails on certain findings only; unverified ones are warnings.
 */
import {
  DescribeImagesCommand,
  DescribeSnapshotsCommand,
  GetEbsDefaultKmsKeyIdCommand,
  type DescribeImagesResult,
  type DescribeSnapshotsResult,
  type EC2Client,
  type GetEbsDefaultKmsKeyIdResult,
} from '@aws-sdk/client-ec2';
import { PipelineError } from '../../errors.js';
import { ec2Call, type CallOptions } from '../../aws/aws-call.js';

/** KMS DescribeKey's KeyMetadata.KeyManager. */
export type KeyManager = 'AWS' | 'CUSTOMER';

/** What KMS says of a key in a region, if anything (kms:DescribeKey). */
export type KeyManagerLookup = (region: string, keyId: string) => Promise<KeyManager | undefined>;

export interface SnapshotKey {
  snapshotId: string;
  encrypted: boolean;
  kmsKeyId?: string;
}

/** How the image in this region came to be. */
export type ImageOrigin = 'source' | 'copy';

export interface RegionKeyFacts {
  region: string;
  imageId: string;
  snapshots: readonly SnapshotKey[];
  origin: ImageOrigin;
  /** The KMS key the copy was asked to use (the region's `kms-key-ids` entry); undefined: none. */
  copyKmsKeyId?: string;
  /** GetEbsDefaultKmsKeyId; undefined when it was not needed or not asked. */
  ebsDefaultKey?: string;
  /** KMS's answers, by key ARN. */
  keyManagers?: ReadonlyMap<string, KeyManager>;
}

export type FindingCertainty = 'certain' | 'unverified';

export interface SharingKeyFinding {
  region: string;
  imageId: string;
  origin: ImageOrigin;
  snapshotId: string;
  kmsKeyId: string;
  certainty: FindingCertainty;
  /** Why we think the key is the AWS managed one, for the message. */
  why: string;
}

/** `alias/aws/ebs` or its ARN form: the AWS managed EBS key. */
export function isAwsEbsAlias(key: string): boolean {
  return key === 'alias/aws/ebs' || /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:alias\/aws\/ebs$/.test(key);
}

const isAlias = (key: string): boolean => key.startsWith('alias/') || /^arn:aws[a-z-]*:kms:[^:]*:\d{12}:alias\//.test(key);

/** The key id of a key ARN or a bare key id; undefined for aliases. */
function keyIdOf(key: string): string | undefined {
  if (isAlias(key)) return undefined;
  const m = /:key\/(.+)$/.exec(key);
  return m !== null ? m[1] : key;
}

const sameKey = (a: string, b: string): boolean => {
  const x = keyIdOf(a);
  return x !== undefined && x === keyIdOf(b);
};

/**
 * Pure: which encrypted snapshots are (certainly) or may be (unverified)
 * under the AWS managed EBS key. Unencrypted snapshots and keys known to be
 * customer managed give no finding.
 */
export function classifySnapshotKeys(f: RegionKeyFacts): SharingKeyFinding[] {
  const out: SharingKeyFinding[] = [];
  const found = (s: SnapshotKey, kmsKeyId: string, certainty: FindingCertainty, why: string) =>
    out.push({ region: f.region, imageId: f.imageId, origin: f.origin, snapshotId: s.snapshotId, kmsKeyId, certainty, why });
  const defaultIsAws = f.ebsDefaultKey !== undefined && isAwsEbsAlias(f.ebsDefaultKey);
  const defaultIsCustomer = f.ebsDefaultKey !== undefined && !isAlias(f.ebsDefaultKey);
  for (const s of f.snapshots) {
    if (!s.encrypted) continue;
    const key = s.kmsKeyId ?? '(no key reported)';
    const kms = s.kmsKeyId !== undefined ? f.keyManagers?.get(s.kmsKeyId) : undefined;
    if (kms === 'AWS') {
      found(s, key, 'certain', 'KMS reports it as an AWS managed key');
      continue;
    }
    if (kms === 'CUSTOMER') continue;
    if (f.origin === 'copy' && f.copyKmsKeyId !== undefined) {
      if (isAwsEbsAlias(f.copyKmsKeyId)) {
        found(s, key, 'certain', `it was copied with the key ${f.copyKmsKeyId}, the AWS managed EBS key`);
        continue;
      }
      // Copied under the key named for this region (an alias cannot be compared with an ARN, and is trusted).
      if (s.kmsKeyId !== undefined && (sameKey(s.kmsKeyId, f.copyKmsKeyId) || isAlias(f.copyKmsKeyId))) continue;
    }
    if (s.kmsKeyId !== undefined && defaultIsCustomer && sameKey(s.kmsKeyId, f.ebsDefaultKey as string)) continue;
    if (f.origin === 'copy' && f.copyKmsKeyId === undefined && defaultIsAws) {
      found(s, key, 'certain', "it was copied without a KMS key, so EC2 used the region's default EBS key, which is the AWS managed aws/ebs");
      continue;
    }
    const because = defaultIsAws
      ? "the region's default EBS key is the AWS managed aws/ebs, and this key is not one named in kms-key-ids"
      : 'this key is not one named in kms-key-ids nor the default EBS key, and KMS was not asked who manages it';
    found(s, key, 'unverified', because);
  }
  return out;
}

export interface InspectSharingKeysOptions {
  client: EC2Client;
  region: string;
  imageId: string;
  origin: ImageOrigin;
  copyKmsKeyId?: string;
  keyManager?: KeyManagerLookup;
  call?: CallOptions;
}

/**
 * The snapshots of one image and their keys (DescribeImages, then
 * DescribeSnapshots: the snapshot is what records its key), the region's
 * default EBS key when a verdict needs it, then classifySnapshotKeys.
 * Needs ec2:DescribeImages, ec2:DescribeSnapshots and, for encrypted images,
 * ec2:GetEbsDefaultKmsKeyId (kms:DescribeKey with a keyManager).
 */
export async function inspectSharingKeys(o: InspectSharingKeysOptions): Promise<SharingKeyFinding[]> {
  const call = o.call ?? {};
  const images = await ec2Call<DescribeImagesResult>(o.client, 'DescribeImages', new DescribeImagesCommand({ ImageIds: [o.imageId] }), call);
  const snapshotIds = (images.Images?.[0]?.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId !== undefined ? [b.Ebs.SnapshotId] : []));
  if (snapshotIds.length === 0) return [];
  const described = await ec2Call<DescribeSnapshotsResult>(o.client, 'DescribeSnapshots', new DescribeSnapshotsCommand({ SnapshotIds: snapshotIds }), call);
  const snapshots: SnapshotKey[] = (described.Snapshots ?? []).map((s) => ({
    snapshotId: s.SnapshotId ?? '',
    encrypted: s.Encrypted === true,
    ...(s.KmsKeyId !== undefined ? { kmsKeyId: s.KmsKeyId } : {}),
  }));
  if (!snapshots.some((s) => s.encrypted)) return [];
  const keyManagers = new Map<string, KeyManager>();
  if (o.keyManager !== undefined) {
    for (const key of new Set(snapshots.flatMap((s) => (s.encrypted && s.kmsKeyId !== undefined ? [s.kmsKeyId] : [])))) {
      const m = await o.keyManager(o.region, key);
      if (m !== undefined) keyManagers.set(key, m);
    }
  }
  const facts: RegionKeyFacts = {
    region: o.region,
    imageId: o.imageId,
    snapshots,
    origin: o.origin,
    ...(o.copyKmsKeyId !== undefined ? { copyKmsKeyId: o.copyKmsKeyId } : {}),
    keyManagers,
  };
  // The default key can only settle or sharpen findings: when there are none without it, it is not asked for.
  const withoutDefault = classifySnapshotKeys(facts);
  if (withoutDefault.length === 0 || withoutDefault.every((f) => f.certainty === 'certain')) return withoutDefault;
  const def = await ec2Call<GetEbsDefaultKmsKeyIdResult>(o.client, 'GetEbsDefaultKmsKeyId', new GetEbsDefaultKmsKeyIdCommand({}), call);
  return classifySnapshotKeys({ ...facts, ...(def.KmsKeyId !== undefined ? { ebsDefaultKey: def.KmsKeyId } : {}) });
}

export interface SharingKeyVerdictOptions {
  /** Fail (PipelineError INPUT naming kms-key-ids) on certain findings instead of warning. */
  strict: boolean;
  /** Who the image is shared with, for the message. */
  sharedWith: readonly string[];
}

/**
 * The warning for a set of findings (undefined when there are none), or, when
 * strict and any finding is certain, a PipelineError saying how to fix it.
 */
export function sharingKeyWarning(findings: readonly SharingKeyFinding[], o: SharingKeyVerdictOptions): string | undefined {
  if (findings.length === 0) return undefined;
  const who = o.sharedWith.length > 0 ? o.sharedWith.join(', ') : 'other accounts';
  const lines = findings.map(
    (f) =>
      `${f.region} ${f.imageId}: snapshot ${f.snapshotId} is encrypted with ${f.kmsKeyId} (${f.certainty === 'certain' ? '' : 'possibly '}AWS managed: ${f.why})`,
  );
  const copies = [...new Set(findings.filter((f) => f.origin === 'copy').map((f) => f.region))];
  const sources = [...new Set(findings.filter((f) => f.origin === 'source').map((f) => f.region))];
  const fixes: string[] = [];
  if (copies.length > 0) {
    fixes.push(
      `re-encrypt the copies with a customer managed key: add a line per region to kms-key-ids, e.g. ${copies
        .map((r) => `${r}=arn:aws:kms:${r}:<account>:key/<key-id>`)
        .join(
          ' and ',
        )}, whose key policy allows those accounts kms:Decrypt, kms:DescribeKey, kms:CreateGrant and kms:ReEncrypt* (a copy already made under another key is found again by its name, so give the new build a new name or deregister the old copy)`,
    );
  }
  if (sources.length > 0) {
    fixes.push(
      `the source image in ${sources.join(', ')} is shared as it was built: build it with a customer managed key (Packer's kms_key_id) or share only the copies`,
    );
  }
  const certain = findings.some((f) => f.certainty === 'certain');
  const reason = `sharing with ${who}: ${findings.length} snapshot(s) ${certain ? 'use' : 'may use'} the AWS managed EBS key (alias aws/ebs), which other accounts cannot use, so they could not launch the image`;
  if (o.strict && certain) {
    throw new PipelineError('INPUT', `${reason}:\n${lines.join('\n')}`, {
      input: 'kms-key-ids',
      hint: `To fix: ${fixes.join('; ')}. strict-sharing: false makes this a warning.`,
    });
  }
  return `${reason}:\n${lines.join('\n')}\nTo fix: ${fixes.join('; ')}.`;
}
