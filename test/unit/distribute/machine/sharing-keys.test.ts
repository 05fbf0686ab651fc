import { describe, expect, test } from '@jest/globals';
import {
  classifySnapshotKeys,
  isAwsEbsAlias,
  sharingKeyWarning,
  type RegionKeyFacts,
  type SharingKeyFinding,
} from '../../../../shared/src/distribute/machine/sharing-keys.js';
import { PipelineError } from '../../../../shared/src/errors.js';

const R = 'eu-west-1';
const AWS_KEY = `arn:aws:kms:${R}:111122223333:key/00000000-0000-0000-0000-0000000000eb`;
const CMK = `arn:aws:kms:${R}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const OTHER = `arn:aws:kms:${R}:111122223333:key/99999999-0000-0000-0000-000000000000`;

const facts = (extra: Partial<RegionKeyFacts>): RegionKeyFacts => ({
  region: R,
  imageId: 'ami-1',
  origin: 'copy',
  snapshots: [{ snapshotId: 'snap-1', encrypted: true, kmsKeyId: AWS_KEY }],
  ...extra,
});

const verdicts = (f: RegionKeyFacts) => classifySnapshotKeys(f).map((x) => `${x.snapshotId}:${x.certainty}`);

describe('classifySnapshotKeys', () => {
  test.each<[string, Partial<RegionKeyFacts>, string[]]>([
    ['unencrypted: nothing', { snapshots: [{ snapshotId: 'snap-1', encrypted: false }] }, []],
    ['copy without a key while the default is aws/ebs: certain', { ebsDefaultKey: 'alias/aws/ebs' }, ['snap-1:certain']],
    ['the alias ARN form counts as aws/ebs', { ebsDefaultKey: `arn:aws:kms:${R}:111122223333:alias/aws/ebs` }, ['snap-1:certain']],
    ['copy under the key named for the region (ARN): fine', { copyKmsKeyId: CMK, snapshots: [{ snapshotId: 'snap-1', encrypted: true, kmsKeyId: CMK }] }, []],
    [
      'copy under the key named by its bare id: fine',
      { copyKmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', snapshots: [{ snapshotId: 'snap-1', encrypted: true, kmsKeyId: CMK }] },
      [],
    ],
    ['copy under a named alias: trusted', { copyKmsKeyId: 'alias/images', snapshots: [{ snapshotId: 'snap-1', encrypted: true, kmsKeyId: CMK }] }, []],
    ['copy with alias/aws/ebs named on purpose: certain', { copyKmsKeyId: 'alias/aws/ebs' }, ['snap-1:certain']],
    [
      'a reused copy under another key than named: unverified',
      { copyKmsKeyId: CMK, ebsDefaultKey: 'alias/aws/ebs', snapshots: [{ snapshotId: 'snap-1', encrypted: true, kmsKeyId: OTHER }] },
      ['snap-1:unverified'],
    ],
    [
      'a customer managed default that the snapshot uses: fine',
      { ebsDefaultKey: CMK, snapshots: [{ snapshotId: 'snap-1', encrypted: true, kmsKeyId: CMK }] },
      [],
    ],
    ['the source under some key while the default is aws/ebs: unverified', { origin: 'source', ebsDefaultKey: 'alias/aws/ebs' }, ['snap-1:unverified']],
    ['KMS says AWS: certain, whatever else', { origin: 'source', keyManagers: new Map([[AWS_KEY, 'AWS' as const]]) }, ['snap-1:certain']],
    ['KMS says CUSTOMER: fine, whatever else', { ebsDefaultKey: 'alias/aws/ebs', keyManagers: new Map([[AWS_KEY, 'CUSTOMER' as const]]) }, []],
    ['no default known: unverified', {}, ['snap-1:unverified']],
    [
      'each snapshot on its own',
      {
        ebsDefaultKey: 'alias/aws/ebs',
        copyKmsKeyId: CMK,
        snapshots: [
          { snapshotId: 'snap-1', encrypted: true, kmsKeyId: CMK },
          { snapshotId: 'snap-2', encrypted: true, kmsKeyId: OTHER },
          { snapshotId: 'snap-3', encrypted: false },
        ],
      },
      ['snap-2:unverified'],
    ],
  ])('%s', (_what, extra, expected) => {
    expect(verdicts(facts(extra))).toEqual(expected);
  });

  test('isAwsEbsAlias', () => {
    expect(
      ['alias/aws/ebs', 'arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs', 'arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/ebs'].map(isAwsEbsAlias),
    ).toEqual([true, true, true]);
    expect(['alias/aws/ebs2', 'alias/mine', CMK, 'arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs/x'].map(isAwsEbsAlias)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('sharingKeyWarning', () => {
  const finding = (extra: Partial<SharingKeyFinding>): SharingKeyFinding => ({
    region: R,
    imageId: 'ami-1',
    origin: 'copy',
    snapshotId: 'snap-1',
    kmsKeyId: AWS_KEY,
    certainty: 'certain',
    why: 'because',
    ...extra,
  });

  test('no findings: no warning, even when strict', () => {
    expect(sharingKeyWarning([], { strict: true, sharedWith: ['123456789012'] })).toBeUndefined();
  });

  test('unverified findings warn, and do not fail even when strict', () => {
    const w = sharingKeyWarning([finding({ certainty: 'unverified', origin: 'source' })], { strict: true, sharedWith: ['123456789012', '210987654321'] });
    expect(w).toBe(
      `sharing with 123456789012, 210987654321: 1 snapshot(s) may use the AWS managed EBS key (alias aws/ebs), which other accounts cannot use, so they could not launch the image:\n` +
        `${R} ami-1: snapshot snap-1 is encrypted with ${AWS_KEY} (possibly AWS managed: because)\n` +
        `To fix: the source image in ${R} is shared as it was built: build it with a customer managed key (Packer's kms_key_id) or share only the copies.`,
    );
  });

  test('certain findings fail when strict, naming kms-key-ids and the regions to add', () => {
    let err: unknown;
    try {
      sharingKeyWarning([finding({}), finding({ region: 'us-west-2', snapshotId: 'snap-2' })], { strict: true, sharedWith: [] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PipelineError);
    const pe = err as PipelineError;
    expect(pe.code).toBe('INPUT');
    expect(pe.input).toBe('kms-key-ids');
    expect(pe.reason).toContain('sharing with other accounts: 2 snapshot(s) use the AWS managed EBS key');
    expect(pe.hint).toContain(`e.g. ${R}=arn:aws:kms:${R}:<account>:key/<key-id> and us-west-2=arn:aws:kms:us-west-2:<account>:key/<key-id>`);
    expect(pe.hint).toContain('kms:Decrypt');
  });
});
