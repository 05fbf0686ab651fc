import { describe, expect, test } from '@jest/globals';
import { getDistributeAmiInputs } from '../../../../shared/src/distribute/machine/ami-inputs.js';
import { getMachineImageTargets, parseDuration } from '../../../../shared/src/action/machine-inputs.js';
import { distributionSummaryMarkdown } from '../../../../shared/src/report/summary/ami-distribution.js';
import { isPipelineError, PipelineError } from '../../../../shared/src/errors.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const env = (vars: Record<string, string>) => Object.fromEntries(Object.entries(vars).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
const fails = (fn: () => unknown): PipelineError => {
  try {
    fn();
  } catch (e) {
    if (isPipelineError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('distribute-image AMI inputs', () => {
  test('every input, parsed', () => {
    const got = getDistributeAmiInputs(
      env({
        'ami-id': 'ami-0123456789abcdef0',
        'source-region': 'us-east-1',
        regions: 'eu-west-1\n# later: ap-south-1\nus-west-2, ap-southeast-2',
        'share-accounts': '123456789012\n210987654321',
        'share-organizations': 'arn:aws:organizations::123456789012:organization/o-abcdefghij',
        'share-ous': 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij',
        'kms-key-ids': 'eu-west-1=arn:aws:kms:eu-west-1:111122223333:key/k1\nus-west-2=alias/golden',
        encrypt: 'true',
        'ami-tags': 'team=platform\nCost Center=cc-42',
        'deprecate-after': '90d',
        keep: '3',
        'ami-family': 'golden',
        'launch-template-tag': 'owned-by-pipeline',
        'max-wait': '90m',
        'copy-concurrency': '2',
        'aws-endpoint-url': 'http://127.0.0.1:4566',
      }),
      NOW,
    );
    expect(got).toEqual({
      amiId: 'ami-0123456789abcdef0',
      sourceRegion: 'us-east-1',
      regions: ['eu-west-1', 'us-west-2', 'ap-southeast-2'],
      shareAccounts: ['123456789012', '210987654321'],
      shareOrganizations: ['arn:aws:organizations::123456789012:organization/o-abcdefghij'],
      shareOus: ['arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-cdefghij'],
      kmsKeyIds: { 'eu-west-1': 'arn:aws:kms:eu-west-1:111122223333:key/k1', 'us-west-2': 'alias/golden' },
      encrypt: true,
      amiTags: { team: 'platform', 'Cost Center': 'cc-42' },
      deprecateAfterMs: 90 * 86_400_000,
      keep: 3,
      family: 'golden',
      launchTemplateTagKey: 'owned-by-pipeline',
      maxWaitMs: 90 * 60_000,
      concurrency: 2,
      endpoint: 'http://127.0.0.1:4566',
    });
  });

  test('defaults: source region from AWS_REGION, 60 minute wait, 5 copies at once, no retention', () => {
    const got = getDistributeAmiInputs({ ...env({ 'ami-id': 'ami-0123456789abcdef0' }), AWS_REGION: 'eu-central-1' });
    expect(got).toMatchObject({ sourceRegion: 'eu-central-1', regions: [], maxWaitMs: 3_600_000, concurrency: 5, encrypt: false });
    expect(got.keep).toBeUndefined();
    expect(got.deprecateAfterMs).toBeUndefined();
  });

  test('deprecate-after as a date', () => {
    expect(getDistributeAmiInputs(env({ 'ami-id': 'ami-0123456789abcdef0', 'deprecate-after': '2026-12-26T12:00:00Z' }), NOW).deprecateAfterMs).toBe(30 * 86_400_000);
  });

  test.each([
    [{ 'kms-key-ids': 'eu-west-1' }, 'kms-key-ids'],
    [{ 'ami-tags': 'aws:reserved=x' }, 'ami-tags'],
    [{ keep: '0' }, 'keep'],
    [{ 'max-wait': 'forever' }, 'max-wait'],
    [{ 'deprecate-after': 'soon' }, 'deprecate-after'],
    [{ 'copy-concurrency': '500' }, 'copy-concurrency'],
    [{ encrypt: 'maybe' }, 'encrypt'],
  ])('bad input %j names %s', (vars, input) => {
    expect(fails(() => getDistributeAmiInputs(env({ 'ami-id': 'ami-0123456789abcdef0', ...vars }))).input).toBe(input);
  });

  test('ami-id is required', () => {
    expect(fails(() => getDistributeAmiInputs({})).input).toBe('ami-id');
  });
});

test.each([
  ['45s', 45_000],
  ['30m', 1_800_000],
  ['2h', 7_200_000],
  ['1w', 604_800_000],
])('parseDuration(%s)', (t, ms) => {
  expect(parseDuration(t, 'x')).toBe(ms);
});

describe('test-image machine targets', () => {
  test('amis JSON checks every regional copy', () => {
    expect(getMachineImageTargets(env({ amis: '{"us-east-1":"ami-0123456789abcdef0","eu-west-1":"ami-0fedcba987654321f"}' }))).toEqual([
      { region: 'us-east-1', imageId: 'ami-0123456789abcdef0' },
      { region: 'eu-west-1', imageId: 'ami-0fedcba987654321f' },
    ]);
  });
  test('ami-id with ami-region or AWS_REGION', () => {
    expect(getMachineImageTargets(env({ 'ami-id': 'ami-0123456789abcdef0', 'ami-region': 'eu-west-1' }))).toEqual([{ region: 'eu-west-1', imageId: 'ami-0123456789abcdef0' }]);
    expect(getMachineImageTargets({ ...env({ 'ami-id': 'ami-0123456789abcdef0' }), AWS_REGION: 'us-east-2' })).toEqual([{ region: 'us-east-2', imageId: 'ami-0123456789abcdef0' }]);
  });
  test.each([
    [{ amis: '{' }, 'amis'],
    [{ amis: '["ami-0123456789abcdef0"]' }, 'amis'],
    [{ amis: '{"us-east-1":"snap-1"}' }, 'amis'],
    [{ 'ami-id': 'ami-0123456789abcdef0' }, 'ami-region'],
    [{ 'ami-id': 'image' }, 'ami-id'],
  ])('%j is refused naming %s', (vars, input) => {
    expect(fails(() => getMachineImageTargets(env(vars))).input).toBe(input);
  });
});

test('distribution summary has one row per region', () => {
  const md = distributionSummaryMarkdown({
    name: 'app-1',
    family: 'app',
    amis: { 'us-east-1': 'ami-1', 'eu-west-1': 'ami-2' },
    rows: [
      { region: 'us-east-1', imageId: 'ami-1', outcome: 'source', snapshotIds: ['snap-1'], encrypted: true, sharedWith: [], removed: [], keptInUse: [], seconds: 1 },
      { region: 'eu-west-1', imageId: 'ami-2', outcome: 'copied', snapshotIds: ['snap-2'], encrypted: true, kmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k', sharedWith: ['123456789012'], deprecateAt: '2027-01-01T00:00:00.000Z', removed: [{ imageId: 'ami-0', name: 'app-0', snapshotIds: [] }], keptInUse: [], seconds: 42 },
    ],
  });
  expect(md.split('\n').filter((l) => l.startsWith('| us-east-1') || l.startsWith('| eu-west-1'))).toEqual([
    '| us-east-1 | `ami-1` | source | 1 | yes | - | - | 0 | 1 |',
    '| eu-west-1 | `ami-2` | copied | 1 | yes (key/k) | 1 | 2027-01-01T00:00:00.000Z | `ami-0` | 42 |',
  ]);
});
