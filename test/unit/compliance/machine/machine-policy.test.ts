import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { machinePolicySchema } from '../../../../shared/src/compliance/machine/machine-policy-schema.js';
import { validateMachineImagePolicy } from '../../../../shared/src/compliance/machine/machine-policy.js';
import { isPipelineError, PipelineError } from '../../../../shared/src/errors.js';

describe('machineImage policy', () => {
  test('the published JSON Schema is the one the code uses', () => {
    const published: unknown = JSON.parse(readFileSync(new URL('../../../../schema/machine-policy.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(machinePolicySchema)));
  });

  test('a full section validates and comes back typed', () => {
    const raw = {
      encryption: { required: true, kmsKeyIds: ['arn:aws:kms:eu-west-1:111122223333:key/k'] },
      imdsSupport: 'v2.0',
      enaSupport: true,
      bootMode: ['uefi', 'uefi-preferred'],
      architecture: ['x86_64'],
      tpmSupport: 'any',
      public: false,
      allowedShareAccounts: ['123456789012'],
      requiredTags: ['Owner', { key: 'Env', value: 'prod' }, { key: 'CostCenter', pattern: 'cc-\\d+' }],
      deprecation: { required: true, maxDays: 180 },
      severity: { 'ami/ena': 'off', 'ami/deprecation': 'error' },
    };
    expect(validateMachineImagePolicy(raw)).toEqual(raw);
    expect(validateMachineImagePolicy(undefined)).toEqual({});
  });

  const bad: [string, unknown, RegExp, (string | number)[]][] = [
    ['unknown field', { imds: 'v2.0' }, /machineImage has an unknown field 'imds'/, ['machineImage']],
    [
      'bad enum',
      { imdsSupport: 'v1' },
      /machineImage.imdsSupport must be equal to one of the allowed values \(allowed: v2.0, any\)/,
      ['machineImage', 'imdsSupport'],
    ],
    [
      'bad boot mode in a list',
      { bootMode: ['uefi', 'bios'] },
      /machineImage.bootMode.1 .*allowed: uefi, legacy-bios, uefi-preferred/,
      ['machineImage', 'bootMode', 1],
    ],
    ['bad account', { allowedShareAccounts: ['12'] }, /machineImage.allowedShareAccounts.0 must match pattern/, ['machineImage', 'allowedShareAccounts', 0]],
    ['bad severity', { severity: { 'ami/ena': 'fatal' } }, /machineImage.severity.ami~1ena|machineImage.severity/, ['machineImage', 'severity']],
    [
      'bad regex',
      { requiredTags: [{ key: 'a', pattern: '(' }] },
      /requiredTags\[0\].pattern is not a valid regular expression/,
      ['machineImage', 'requiredTags', 0],
    ],
  ];
  test.each(bad)('%s: a POLICY error naming the field and line', (_n, raw, message, path) => {
    const seen: (string | number)[][] = [];
    let err: unknown;
    try {
      validateMachineImagePolicy(raw, { file: 'image-policy.yml', lineOf: (p) => (seen.push([...p]), 12) });
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err, 'POLICY')).toBe(true);
    const pe = err as PipelineError;
    expect(pe.message).toMatch(message);
    expect(pe.file).toBe('image-policy.yml');
    expect(pe.line).toBe(12);
    expect(seen[0]?.slice(0, path.length)).toEqual(path);
  });
});
