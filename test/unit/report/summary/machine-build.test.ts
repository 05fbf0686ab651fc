import { expect, test } from '@jest/globals';
import { machineBuildSummaryMarkdown } from '../../../../shared/src/report/summary/machine-build.js';

test('a machine build summary: Packer and template, one row per region and per build, pipes in artifacts escaped', () => {
  const md = machineBuildSummaryMarkdown({
    title: 'Machine image built: 2 region(s)',
    packerVersion: '1.11.2',
    packerSource: 'system',
    template: 'ami/base.pkr.hcl',
    builds: [{ target: 'amazon-ebs.base', builderId: 'mitchellh.amazonebs', artifactId: 'us-east-1:ami-1|x' }],
    amis: { 'us-east-1': 'ami-1', 'eu-west-1': 'ami-2' },
    seconds: 12.5,
  });
  expect(md.split('\n')).toEqual([
    '### Machine image built: 2 region(s)',
    '',
    'Packer 1.11.2 (system), template `ami/base.pkr.hcl`, 12.5 s',
    '',
    '| Region | AMI |',
    '| --- | --- |',
    '| us-east-1 | `ami-1` |',
    '| eu-west-1 | `ami-2` |',
    '',
    '| Build | Builder | Artifact |',
    '| --- | --- | --- |',
    '| amazon-ebs.base | mitchellh.amazonebs | us-east-1:ami-1\\|x |',
    '',
  ]);
});

test('no AMI and no build: the heading and the Packer line only', () => {
  expect(
    machineBuildSummaryMarkdown({
      title: 'Machine image build finished (no AMI artifacts)',
      packerVersion: '1.9.4',
      packerSource: 'system',
      template: 't.json',
      builds: [],
      amis: {},
      seconds: 0.3,
    }),
  ).toBe('### Machine image build finished (no AMI artifacts)\n\nPacker 1.9.4 (system), template `t.json`, 0.3 s\n\n');
});
