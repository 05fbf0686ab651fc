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

test('what was published: a row per SSM parameter (account: this or the id) and per launch template version', () => {
  const md = distributionSummaryMarkdown({
    name: 'app-1',
    family: 'app',
    amis: { 'us-east-1': 'ami-1' },
    rows: [],
    ssmParameters: [
      { region: 'us-east-1', name: '/images/app|x', value: 'ami-1', version: 3, dataType: 'aws:ec2:image', outcome: 'updated' },
      { region: 'us-east-1', account: '444455556666', name: '/images/app', value: 'ami-1', version: 1, dataType: 'text', outcome: 'unchanged' },
    ],
    launchTemplateVersions: [
      {
        region: 'us-east-1',
        templateId: 'lt-0123456789abcdef0',
        name: 'web',
        version: 4,
        default: true,
        imageId: 'ami-1',
        outcome: 'created',
        previousDefault: 2,
      },
      {
        region: 'us-east-1',
        templateId: 'lt-0123456789abcdef1',
        name: 'api',
        version: 5,
        default: false,
        imageId: 'ami-1',
        outcome: 'existing',
        previousDefault: 1,
      },
    ],
  });
  expect(md.split('\n').filter((l) => l.startsWith('| `/images') || l.startsWith('| web') || l.startsWith('| api'))).toEqual([
    '| `/images/app\\|x` | us-east-1 | this | `ami-1` | 3 | aws:ec2:image | updated |',
    '| `/images/app` | us-east-1 | 444455556666 | `ami-1` | 1 | text | unchanged |',
    '| web (`lt-0123456789abcdef0`) | us-east-1 | 4 | yes (was 2) | `ami-1` | created |',
    '| api (`lt-0123456789abcdef1`) | us-east-1 | 5 | no (default 1) | `ami-1` | existing |',
  ]);
});

test('nothing published: no publishing tables', () => {
  const md = distributionSummaryMarkdown({ name: 'app-1', family: 'app', amis: {}, rows: [] });
  expect(md).not.toContain('SSM parameter');
  expect(md).not.toContain('Launch template');
});

test('warnings (the default-key check) are in the summary as plain text blocks, a fence in one cannot close its block', () => {
  const md = distributionSummaryMarkdown({ name: 'app-1', family: 'app', amis: {}, rows: [] }, [
    'sharing with 123456789012: 1 snapshot(s) use the AWS managed EBS key (alias aws/ebs)\neu-west-1 ami-1: snapshot snap-1\nTo fix: kms:ReEncrypt* in kms-key-ids.',
    'odd ``` fence',
  ]);
  expect(md).toContain(
    '**Warnings**\n\n```text\nsharing with 123456789012: 1 snapshot(s) use the AWS managed EBS key (alias aws/ebs)\neu-west-1 ami-1: snapshot snap-1\nTo fix: kms:ReEncrypt* in kms-key-ids.\n```\n',
  );
  expect(md).toContain('```text\nodd ` ` ` fence\n```\n');
  expect(distributionSummaryMarkdown({ name: 'app-1', family: 'app', amis: {}, rows: [] }, [])).not.toContain('Warnings');
});
