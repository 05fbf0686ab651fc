import { expect, test } from '@jest/globals';
import { distributionSummaryMarkdown } from '../../../../shared/src/report/summary/ami-distribution.js';

test('distribution summary has one row per region', () => {
  const md = distributionSummaryMarkdown({
    name: 'app-1',
    family: 'app',
    amis: { 'us-east-1': 'ami-1', 'eu-west-1': 'ami-2' },
    rows: [
      {
        region: 'us-east-1',
        imageId: 'ami-1',
        outcome: 'source',
        snapshotIds: ['snap-1'],
        encrypted: true,
        sharedWith: [],
        removed: [],
        keptInUse: [],
        seconds: 1,
      },
      {
        region: 'eu-west-1',
        imageId: 'ami-2',
        outcome: 'copied',
        snapshotIds: ['snap-2'],
        encrypted: true,
        kmsKeyId: 'arn:aws:kms:eu-west-1:1:key/k',
        sharedWith: ['123456789012'],
        deprecateAt: '2027-01-01T00:00:00.000Z',
        removed: [{ imageId: 'ami-0', name: 'app-0', snapshotIds: [] }],
        keptInUse: [],
        seconds: 42,
      },
    ],
  });
  expect(md.split('\n').filter((l) => l.startsWith('| us-east-1') || l.startsWith('| eu-west-1'))).toEqual([
    '| us-east-1 | `ami-1` | source | 1 | yes | - | - | 0 | 1 |',
    '| eu-west-1 | `ami-2` | copied | 1 | yes (key/k) | 1 | 2027-01-01T00:00:00.000Z | `ami-0` | 42 |',
  ]);
});
