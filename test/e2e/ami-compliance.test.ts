/**
 * checkMachineImage against the EC2 emulator through the real SDK: a
 * compliant image passes; each non-compliant property is flagged by its rule
 * with "expected X, got Y".
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { checkMachineImage } from '../../shared/src/compliance/machine/ami-compliance.js';
import { ec2ClientFactory, type Ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import type { MachineImagePolicy } from '../../shared/src/compliance/machine/machine-policy.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import { startEc2Emulator, type Ec2Emulator, type ImageSeed } from '../emulators/ec2/server.js';

const REGION = 'eu-central-1';
const KEY = 'arn:aws:kms:eu-central-1:111122223333:key/approved-key';
const policy: MachineImagePolicy = {
  encryption: { required: true, kmsKeyIds: [KEY] },
  imdsSupport: 'v2.0',
  enaSupport: true,
  bootMode: ['uefi'],
  architecture: ['arm64'],
  tpmSupport: 'v2.0',
  public: false,
  allowedShareAccounts: ['123456789012'],
  requiredTags: ['Owner', { key: 'Env', value: 'prod' }, { key: 'CostCenter', pattern: 'cc-\\d+' }],
  deprecation: { required: true, maxDays: 365 },
};
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const compliant: ImageSeed = {
  name: 'base-1',
  architecture: 'arm64',
  bootMode: 'uefi',
  enaSupport: true,
  imdsSupport: 'v2.0',
  tpmSupport: 'v2.0',
  encrypted: true,
  kmsKeyId: KEY,
  tags: { Owner: 'platform', Env: 'prod', CostCenter: 'cc-42' },
  launchPermissions: [{ userId: '123456789012' }],
  deprecationTime: inDays(90),
  extraVolumes: 1,
};

let emu: Ec2Emulator;
let clients: Ec2ClientFactory;
beforeAll(async () => {
  emu = await startEc2Emulator();
  clients = ec2ClientFactory({ endpoint: emu.url, credentials: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' } });
});
afterAll(async () => {
  await emu.stop();
});

const check = async (seed: ImageSeed, p: MachineImagePolicy = policy) => {
  const img = emu.addImage(REGION, seed);
  return {
    img,
    result: await checkMachineImage(clients, {
      images: [{ region: REGION, imageId: img.id }],
      policy: p,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, budgetMs: 60_000 },
    }),
  };
};

describe('checkMachineImage', () => {
  test('a compliant image passes with no finding', async () => {
    const { result } = await check(compliant);
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.images[0]?.snapshots).toHaveLength(2);
  });

  const cases: [string, Partial<ImageSeed>, string, RegExp][] = [
    ['unencrypted snapshots', { encrypted: false, kmsKeyId: undefined }, 'ami/ebs-encrypted', /expected encrypted, got not encrypted/],
    ['another KMS key', { kmsKeyId: 'arn:aws:kms:eu-central-1:111122223333:key/other' }, 'ami/kms-key', /expected one of .*approved-key, got .*key\/other/],
    ['IMDSv1 allowed', { imdsSupport: undefined }, 'ami/imds-v2', /expected imdsSupport v2.0, got not set/],
    ['no ENA', { enaSupport: false }, 'ami/ena', /expected enaSupport true, got false/],
    ['legacy boot', { bootMode: 'legacy-bios' }, 'ami/boot-mode', /expected boot mode uefi, got legacy-bios/],
    ['wrong architecture', { architecture: 'x86_64' }, 'ami/architecture', /expected architecture arm64, got x86_64/],
    ['no TPM', { tpmSupport: undefined }, 'ami/tpm', /expected tpmSupport v2.0, got not set/],
    ['public image', { launchPermissions: [{ group: 'all' }] }, 'ami/image-public', /expected private, got public/],
    ['public snapshots', { snapshotPublic: true }, 'ami/snapshot-public', /expected private, got public/],
    ['shared with a stranger', { launchPermissions: [{ userId: '999999999999' }] }, 'ami/shared-outside', /also shared with 999999999999/],
    ['missing tag', { tags: { Env: 'prod', CostCenter: 'cc-1' } }, 'ami/required-tag', /expected tag Owner, got no such tag/],
    ['wrong tag value', { tags: { Owner: 'x', Env: 'dev', CostCenter: 'cc-1' } }, 'ami/required-tag', /expected Env=prod, got Env=dev/],
    [
      'tag not matching its pattern',
      { tags: { Owner: 'x', Env: 'prod', CostCenter: 'finance' } },
      'ami/required-tag',
      /expected CostCenter matching .*got CostCenter=finance/,
    ],
    ['no deprecation', { deprecationTime: undefined }, 'ami/deprecation', /expected a deprecation time, got none/],
    ['deprecation too far away', { deprecationTime: inDays(800) }, 'ami/deprecation', /expected deprecation within 365 days/],
  ];
  test.each(cases)('flags %s', async (_name, change, ruleId, message) => {
    const { img, result } = await check({ ...compliant, ...change });
    expect(result.findings.map((f) => f.ruleId)).toEqual(Array(result.findings.length).fill(ruleId));
    expect(result.findings.length).toBeGreaterThanOrEqual(1);
    const f = result.findings[0]!;
    expect(f.message).toMatch(message);
    expect(f.resource).toContain(REGION);
    expect(f.resource.includes(img.id) || f.resource.includes('snap-')).toBe(true);
  });

  test('encryption findings name each snapshot', async () => {
    const { img, result } = await check({ ...compliant, encrypted: false, kmsKeyId: undefined });
    expect(result.findings.map((f) => f.resource)).toEqual(img.blockDevices.map((b) => `${REGION}/${b.snapshotId} (${b.deviceName})`));
    expect(result.passed).toBe(false);
  });

  test('severity overrides change or silence a rule', async () => {
    const { result } = await check(
      { ...compliant, enaSupport: false, deprecationTime: undefined },
      { ...policy, severity: { 'ami/ena': 'error', 'ami/deprecation': 'off' } },
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['ami/ena', 'error']]);
  });

  test('an unknown AMI is an input error; a denied read names the permission', async () => {
    const missing = await checkMachineImage(clients, { images: [{ region: REGION, imageId: 'ami-0000000000000000a' }], policy }).catch((e: unknown) => e);
    expect(isPipelineError(missing, 'INPUT')).toBe(true);
    const img = emu.addImage(REGION, compliant);
    emu.deny({ action: 'DescribeSnapshotAttribute' });
    const denied = await checkMachineImage(clients, { images: [{ region: REGION, imageId: img.id }], policy }).catch((e: unknown) => e);
    emu.allow();
    expect(isPipelineError(denied, 'AUTH')).toBe(true);
    expect((denied as PipelineError).message).toContain('ec2:DescribeSnapshotAttribute');
  });
});
