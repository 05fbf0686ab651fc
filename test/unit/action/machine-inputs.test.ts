import { describe, expect, test } from '@jest/globals';
import { getMachineImageTargets, parseDuration } from '../../../shared/src/action/machine-inputs.js';
import { inputEnv as env } from '../../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

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
    expect(getMachineImageTargets(env({ 'ami-id': 'ami-0123456789abcdef0', 'ami-region': 'eu-west-1' }))).toEqual([
      { region: 'eu-west-1', imageId: 'ami-0123456789abcdef0' },
    ]);
    expect(getMachineImageTargets({ ...env({ 'ami-id': 'ami-0123456789abcdef0' }), AWS_REGION: 'us-east-2' })).toEqual([
      { region: 'us-east-2', imageId: 'ami-0123456789abcdef0' },
    ]);
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
