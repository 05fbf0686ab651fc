/**
 * Issue 16's "Must show", through the action (main() with a memory IO)
 * against the EC2 and Parameter Store emulators over HTTP with the real SDK
 * clients: two regions publish both parameters and a new default launch
 * template version that keeps every other field of the *default* version
 * (not the latest one), read back through DescribeLaunchTemplateVersions; a
 * re-run makes no new version of either. And a publishing failure in the last
 * region: the earlier region stays consistent (its parameter and template
 * point at its copy), and a re-run after the fix completes without duplicates.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplateVersionsCommand,
  type RequestLaunchTemplateData,
  type ResponseLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { memoryIO } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { ec2ClientFactory, type Ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { distributeImage } from '../../distribute-image/src/run.js';
import type { Ec2Emulator } from '../emulators/ec2/server.js';
import type { SsmEmulator } from '../emulators/ssm/server.js';
import { distributeEnv, EMULATOR_CREDENTIALS, startAmiEmulators, stopAmiEmulators, useEnvCredentials } from '../support/ami-emulators.js';

const REGIONS = ['us-east-1', 'eu-west-1'];

let ec2: Ec2Emulator;
let ssm: SsmEmulator;
let clients: Ec2ClientFactory;

useEnvCredentials('AKIDEMULATOR0016');
beforeEach(async () => {
  ({ ec2, ssm } = await startAmiEmulators());
  clients = ec2ClientFactory({ endpoint: ec2.url, credentials: EMULATOR_CREDENTIALS });
});
afterEach(() => stopAmiEmulators({ ec2, ssm }));

/** A template as a team keeps it: many fields, a data volume from a snapshot, a network interface, tag specifications. */
function richData(imageId: string): RequestLaunchTemplateData {
  return {
    ImageId: imageId,
    InstanceType: 't3.small',
    KeyName: 'ops',
    UserData: Buffer.from('#!/bin/sh\necho hello\n').toString('base64'),
    EbsOptimized: true,
    IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/web' },
    Monitoring: { Enabled: true },
    BlockDeviceMappings: [
      { DeviceName: '/dev/xvda', Ebs: { VolumeSize: 30, VolumeType: 'gp3', Encrypted: true, DeleteOnTermination: true } },
      { DeviceName: '/dev/xvdf', Ebs: { SnapshotId: 'snap-0aaaabbbbccccdddd', VolumeType: 'gp3', DeleteOnTermination: false } },
    ],
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, Groups: ['sg-0123456789abcdef0'], SubnetId: 'subnet-0123456789abcdef0' }],
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
    MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled' },
  };
}

/**
 * In each region: version 1 (the default) with the rich data and an old
 * image, version 2 (latest, not default) with another instance type, so a
 * version made from $Latest would show.
 */
async function seedTemplates(): Promise<void> {
  for (const region of REGIONS) {
    const old = ec2.addImage(region, { name: 'web-2026.10.01', encrypted: true });
    const newer = ec2.addImage(region, { name: 'web-2026.11.01', encrypted: true });
    const created = await clients(region).send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web-servers', LaunchTemplateData: richData(old.id) }));
    await clients(region).send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: created.LaunchTemplate?.LaunchTemplateId,
        SourceVersion: '1',
        LaunchTemplateData: { ImageId: newer.id, InstanceType: 'm7i.large' },
      }),
    );
  }
}

async function versionData(region: string, version: string): Promise<ResponseLaunchTemplateData> {
  const out = await clients(region).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'web-servers', Versions: [version] }));
  return out.LaunchTemplateVersions?.[0]?.LaunchTemplateData ?? {};
}

describe('distribute-image publishing through main()', () => {
  it('two regions: both parameters, and a new default version made from the default that keeps every other field; a re-run adds nothing', async () => {
    await seedTemplates();
    const before = Object.fromEntries(await Promise.all(REGIONS.map(async (r) => [r, await versionData(r, '1')] as const)));
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    const inputs = {
      'ami-id': src.id,
      regions: 'eu-west-1',
      'aws-endpoint-url': ec2.url,
      'poll-interval': '1s',
      'ssm-parameter': '/images/{{family}}/{{region}}/latest',
      'launch-templates': 'web-servers',
      'launch-template-default': 'true',
    };
    const io = memoryIO();
    await main(distributeImage, distributeEnv(ssm, inputs), io);
    expect(io.recorded.failed).toBeUndefined();
    const amis = JSON.parse(io.recorded.outputs.amis ?? '{}') as Record<string, string>;
    expect(Object.keys(amis).sort()).toEqual([...REGIONS].sort());
    expect(JSON.parse(io.recorded.outputs['ssm-parameters'] ?? '{}')).toEqual({
      'us-east-1': { name: '/images/web/us-east-1/latest', version: 1 },
      'eu-west-1': { name: '/images/web/eu-west-1/latest', version: 1 },
    });
    const versions = JSON.parse(io.recorded.outputs['launch-template-versions'] ?? '{}') as Record<string, unknown>;
    for (const region of REGIONS) {
      const lt = ec2.launchTemplate(region, 'web-servers');
      expect(versions[region]).toEqual([{ templateId: lt?.id, name: 'web-servers', version: 3, default: true }]);
      expect(lt?.defaultVersion).toBe(3);
      // Every field of the default version (1) kept, the image alone changed; nothing of version 2 (m7i.large) came along.
      expect(await versionData(region, '3')).toEqual({ ...before[region], ImageId: amis[region] });
      expect(await versionData(region, '$Default')).toEqual(await versionData(region, '3'));
      const p = ssm.parameter(region, `/images/web/${region}/latest`);
      expect(p?.dataType).toBe('aws:ec2:image');
      expect(p?.versions.map((v) => v.value)).toEqual([amis[region]]);
    }

    const again = memoryIO();
    await main(distributeImage, distributeEnv(ssm, inputs), again);
    expect(again.recorded.failed).toBeUndefined();
    expect(JSON.parse(again.recorded.outputs.amis ?? '{}')).toEqual(amis);
    expect(JSON.parse(again.recorded.outputs['launch-template-versions'] ?? '{}')).toEqual(versions);
    expect(JSON.parse(again.recorded.outputs['ssm-parameters'] ?? '{}')).toEqual(JSON.parse(io.recorded.outputs['ssm-parameters'] ?? '{}'));
    for (const region of REGIONS) {
      expect(ec2.launchTemplate(region, 'web-servers')?.versions).toHaveLength(3);
      expect(ssm.parameter(region, `/images/web/${region}/latest`)?.versions).toHaveLength(1);
    }
    expect(ec2.callsTo('CopyImage')).toHaveLength(1);
  }, 120_000);

  it('a template version refused in the last region: the step names ec2:CreateLaunchTemplateVersion and the region, the first region is consistent, a re-run completes without duplicates', async () => {
    await seedTemplates();
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    const inputs = {
      'ami-id': src.id,
      regions: 'eu-west-1',
      'aws-endpoint-url': ec2.url,
      'poll-interval': '1s',
      'ssm-parameter': '/images/{{family}}/latest',
      'launch-templates': 'web-servers',
      'launch-template-default': 'true',
    };
    ec2.deny({ action: 'CreateLaunchTemplateVersion', region: 'eu-west-1' });
    const io = memoryIO();
    await main(distributeImage, distributeEnv(ssm, inputs), io);
    expect(io.recorded.failed).toContain('ec2:CreateLaunchTemplateVersion');
    expect(io.recorded.failed).toContain('eu-west-1');
    const amis = JSON.parse(io.recorded.outputs.amis ?? '{}') as Record<string, string>;
    expect(Object.keys(amis).sort()).toEqual([...REGIONS].sort());
    // Parameters are published before templates: both were written, and the output says so (README: 'Order and failure').
    expect(JSON.parse(io.recorded.outputs['ssm-parameters'] ?? '{}')).toEqual({
      'us-east-1': { name: '/images/web/latest', version: 1 },
      'eu-west-1': { name: '/images/web/latest', version: 1 },
    });
    // The version us-east-1 got is reported too (output and summary), so the failed run says what it changed.
    const usEastId = ec2.launchTemplate('us-east-1', 'web-servers')?.id;
    expect(JSON.parse(io.recorded.outputs['launch-template-versions'] ?? '{}')).toEqual({
      'us-east-1': [{ templateId: usEastId, name: 'web-servers', version: 3, default: true }],
    });
    expect(io.recorded.summary).toContain(`| web-servers (\`${usEastId ?? ''}\`) | us-east-1 | 3 | yes (was 1) |`);
    // eu-west-1's template is untouched: still two versions, default 1.
    expect(ec2.launchTemplate('eu-west-1', 'web-servers')?.versions).toHaveLength(2);
    expect(ec2.launchTemplate('eu-west-1', 'web-servers')?.defaultVersion).toBe(1);
    // Whatever us-east-1 got points at us-east-1's image: its parameter, and any version it has beyond the seeded two.
    expect(ssm.parameter('us-east-1', '/images/web/latest')?.versions.map((v) => v.value)).toEqual([amis['us-east-1']]);
    const usEast = ec2.launchTemplate('us-east-1', 'web-servers');
    for (const v of usEast?.versions.slice(2) ?? []) expect(v.data['ImageId']).toBe(amis['us-east-1']);

    ec2.allow();
    const again = memoryIO();
    await main(distributeImage, distributeEnv(ssm, inputs), again);
    expect(again.recorded.failed).toBeUndefined();
    expect(JSON.parse(again.recorded.outputs.amis ?? '{}')).toEqual(amis);
    for (const region of REGIONS) {
      const lt = ec2.launchTemplate(region, 'web-servers');
      expect(lt?.versions).toHaveLength(3);
      expect(lt?.defaultVersion).toBe(3);
      expect((await versionData(region, '$Default')).ImageId).toBe(amis[region]);
      expect(ssm.parameter(region, '/images/web/latest')?.versions.map((v) => v.value)).toEqual([amis[region]]);
    }
    expect(ec2.callsTo('CopyImage')).toHaveLength(1);
  }, 120_000);

  it('the default-key warning is a warning annotation and in the job summary, saying how to fix it with kms-key-ids', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/customer-1' });
    const io = memoryIO();
    await main(
      distributeImage,
      distributeEnv(ssm, { 'ami-id': src.id, regions: 'eu-west-1', 'aws-endpoint-url': ec2.url, 'poll-interval': '1s', 'share-accounts': '123456789012' }),
      io,
    );
    expect(io.recorded.failed).toBeUndefined();
    const warning = io.recorded.log.find((l) => l.level === 'warning' && l.message.includes('eu-west-1 ami-'))?.message;
    expect(warning).toContain('use the AWS managed EBS key');
    expect(warning).toContain('kms-key-ids');
    expect(io.recorded.summary).toContain('**Warnings**');
    expect(io.recorded.summary).toContain(warning ?? 'no warning');
  }, 90_000);
});
