import { describe, expect, test } from '@jest/globals';
import { copyClientToken, familyOf, type DistributeAmiOptions } from '../../../../shared/src/distribute/machine/ami-distribute.js';
import { validateDistributeOptions } from '../../../../shared/src/distribute/machine/ami-options.js';
import { planRetention, type FamilyImage } from '../../../../shared/src/distribute/machine/ami-retention.js';
import { isPipelineError, PipelineError } from '../../../../shared/src/errors.js';

const base: DistributeAmiOptions = {
  amiId: 'ami-0123456789abcdef0',
  sourceRegion: 'us-east-1',
  regions: ['eu-west-1'],
  clients: () => {
    throw new Error('no network in unit tests');
  },
};

describe('validateDistributeOptions', () => {
  const bad: [string, Partial<DistributeAmiOptions>, string][] = [
    ['ami id', { amiId: 'ami-xyz' }, 'ami-id'],
    ['source region', { sourceRegion: 'useast1' }, 'source-region'],
    ['destination region', { regions: ['eu-west-1', 'EU'] }, 'regions'],
    ['account', { shareAccounts: ['1234'] }, 'share-accounts'],
    ['organization', { shareOrganizations: ['o-abc'] }, 'share-organizations'],
    ['ou', { shareOus: ['arn:aws:organizations::123456789012:organization/o-abcdefghij'] }, 'share-ous'],
    ['kms for an unlisted region', { kmsKeyIds: { 'ap-south-1': 'k' } }, 'kms-key-ids'],
    ['kms for the source region only', { kmsKeyIds: { 'us-east-1': 'k' } }, 'kms-key-ids'],
    ['keep 0', { keep: 0 }, 'keep'],
    ['deprecation in the past', { deprecateAfterMs: -1 }, 'deprecate-after'],
    ['concurrency 0', { concurrency: 0 }, 'copy-concurrency'],
  ];
  test.each(bad)('rejects a bad %s naming the input', (_n, change, input) => {
    let err: unknown;
    try {
      validateDistributeOptions({ ...base, ...change });
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    expect((err as PipelineError).input).toBe(input);
    expect((err as PipelineError).hint).toMatch(/\w/);
  });

  test('accepts a full valid set', () => {
    expect(() =>
      validateDistributeOptions({
        ...base,
        regions: ['eu-west-1', 'us-gov-west-1', 'us-isob-east-1', 'eusc-de-east-1', 'ap-southeast-5'],
        shareAccounts: ['123456789012'],
        shareOrganizations: ['arn:aws:organizations::123456789012:organization/o-abcdefghij'],
        shareOus: ['arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij'],
        kmsKeyIds: { 'eu-west-1': 'alias/x' },
        family: 'x',
        keep: 3,
        deprecateAfterMs: 86_400_000,
      }),
    ).not.toThrow();
  });
});

test.each([
  ['app-base-20261126-1530', 'app-base'],
  ['app-base-v1.2.3', 'app-base'],
  ['web 2026-11-26T15.30.00Z', 'web'],
  ['golden_42', 'golden'],
  ['plain', 'plain'],
  ['2026-11-26', '2026'],
  ['golden-al2023-20261126153000', 'golden-al2023'],
  ['ubuntu22-base', 'ubuntu22-base'],
])('familyOf(%s) = %s', (name, family) => {
  expect(familyOf(name)).toBe(family);
});

describe('copyClientToken', () => {
  const p = {
    amiId: 'ami-1',
    sourceRegion: 'us-east-1',
    region: 'eu-west-1',
    name: 'n',
    encrypted: false,
    tags: [
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '2' },
    ],
  };
  test('is the same for the same copy, whatever the tag order, and fits EC2 limits', () => {
    const t = copyClientToken(p);
    expect(copyClientToken({ ...p, tags: [...p.tags].reverse() })).toBe(t);
    expect(t.length).toBeLessThanOrEqual(64);
    expect(t).toMatch(/^[\x21-\x7e]+$/);
  });
  test('differs per region, source, encryption, key and tags', () => {
    const t = copyClientToken(p);
    for (const change of [
      { region: 'eu-west-2' },
      { amiId: 'ami-2' },
      { encrypted: true },
      { encrypted: true, kmsKeyId: 'k' },
      { tags: [{ Key: 'a', Value: '2' }] },
    ]) {
      expect(copyClientToken({ ...p, ...change })).not.toBe(t);
    }
  });
});

describe('planRetention', () => {
  const img = (id: string, day: number, state = 'available'): FamilyImage => ({
    imageId: id,
    name: `f-${day}`,
    creationDate: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
    state,
    snapshotIds: [`snap-${id}`],
  });
  const images = [img('a', 1), img('b', 2), img('c', 3), img('d', 4), img('new', 5)];
  test('keeps the new image and the newest others, removes the rest', () => {
    const plan = planRetention(images, 'new', 2, new Set());
    expect(plan.keep.map((i) => i.imageId)).toEqual(['new', 'd']);
    expect(plan.remove.map((i) => i.imageId)).toEqual(['c', 'b', 'a']);
  });
  test('the new image counts as newest even with an older date', () => {
    const plan = planRetention([...images.slice(0, 4), img('new', 0)], 'new', 1, new Set());
    expect(plan.keep.map((i) => i.imageId)).toEqual(['new']);
    expect(plan.remove).toHaveLength(4);
  });
  test('images in use and pending images are never removed', () => {
    const plan = planRetention([...images, img('p', 0, 'pending')], 'new', 1, new Set(['b']));
    expect(plan.inUse.map((i) => i.imageId)).toEqual(['b']);
    expect(plan.remove.map((i) => i.imageId)).toEqual(['d', 'c', 'a']);
    expect(plan.keep.map((i) => i.imageId)).toEqual(['new', 'p']);
  });
  test('a snapshot shared with a kept image is not deleted', () => {
    const shared = { ...img('old', 1), snapshotIds: ['snap-new', 'snap-old'] };
    const plan = planRetention([img('new', 5), shared], 'new', 1, new Set());
    expect(plan.remove[0]?.snapshotIds).toEqual(['snap-old']);
  });
});
