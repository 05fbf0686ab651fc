/**
 * distribute-image's action code (getInputs -> run -> outputs, summary,
 * failure) with ssm-parameter, through main() and a memory IO, against the
 * EC2 and Parameter Store emulators with the real SDK clients: the endpoints
 * come from aws-endpoint-url and AWS_ENDPOINT_URL_SSM as a job would set
 * them. (The bundle is rebuilt by the lead; this drives the same source.)
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryIO } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { distributeImage } from '../../distribute-image/src/run.js';
import { strings } from '../emulators/ec2/query.js';
import type { Ec2Emulator } from '../emulators/ec2/server.js';
import type { SsmEmulator } from '../emulators/ssm/server.js';
import { distributeEnv, startAmiEmulators, stopAmiEmulators, useEnvCredentials } from '../support/ami-emulators.js';

let ec2: Ec2Emulator;
let ssm: SsmEmulator;

useEnvCredentials('AKIDEMULATOR0002');
beforeEach(async () => ({ ec2, ssm } = await startAmiEmulators()));
afterEach(() => stopAmiEmulators({ ec2, ssm }));

const env = (inputs: Record<string, string>) => distributeEnv(ssm, inputs);

describe('distribute-image with ssm-parameter', () => {
  it('writes both regions, sets ssm-parameters next to amis, and summarises the parameters', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    const io = memoryIO();
    await main(
      distributeImage,
      env({
        'ami-id': src.id,
        regions: 'eu-west-1',
        'aws-endpoint-url': ec2.url,
        'poll-interval': '1s',
        'ssm-parameter': '/images/{{family}}/latest',
        'ssm-data-type': 'aws:ec2:image',
      }),
      io,
    );
    expect(io.recorded.failed).toBeUndefined();
    const amis = JSON.parse(io.recorded.outputs.amis ?? '{}') as Record<string, string>;
    expect(JSON.parse(io.recorded.outputs['ssm-parameters'] ?? '{}')).toEqual({
      'us-east-1': { name: '/images/web/latest', version: 1 },
      'eu-west-1': { name: '/images/web/latest', version: 1 },
    });
    expect(ssm.parameter('eu-west-1', '/images/web/latest')?.versions.map((v) => v.value)).toEqual([amis['eu-west-1']]);
    expect(io.recorded.summary).toContain(`| \`/images/web/latest\` | eu-west-1 | this | \`${amis['eu-west-1'] ?? ''}\` | 1 | aws:ec2:image | created |`);
  }, 60_000);

  it('a permission missing fails the step naming ssm:PutParameter, and a name AWS would refuse fails before any copy', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    ssm.deny({ action: 'PutParameter' });
    const io = memoryIO();
    await main(
      distributeImage,
      env({ 'ami-id': src.id, 'aws-endpoint-url': ec2.url, 'poll-interval': '1s', 'ssm-parameter': '/images/{{family}}/latest' }),
      io,
    );
    expect(io.recorded.failed).toContain('ssm:PutParameter');
    // The AMI stands: its output and the summary are written before the step fails.
    expect(JSON.parse(io.recorded.outputs.amis ?? '{}')).toEqual({ 'us-east-1': src.id });
    expect(io.recorded.outputs['ssm-parameters']).toBeUndefined();
    expect(io.recorded.summary).toContain('**Publishing failed** (the images above are distributed): AWS refused ssm:PutParameter');

    const bad = memoryIO();
    await main(distributeImage, env({ 'ami-id': src.id, regions: 'eu-west-1', 'aws-endpoint-url': ec2.url, 'ssm-parameter': '/ssm/{{family}}' }), bad);
    expect(bad.recorded.failed).toContain("input 'ssm-parameter'");
    expect(ec2.callsTo('CopyImage')).toHaveLength(0);
  }, 60_000);
});

describe('distribute-image with ssm-parameter and launch-templates', () => {
  it('two regions: both parameters and a new default template version per region; a re-run adds no version of either', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    const old = ec2.addImage('us-east-1', { name: 'web-2026.10.01', encrypted: true });
    const oldEu = ec2.addImage('eu-west-1', { name: 'web-2026.10.01', encrypted: true });
    const data = { InstanceType: 't3.small', KeyName: 'ops' };
    ec2.addLaunchTemplate('us-east-1', 'web-servers', [old.id], {}, data);
    ec2.addLaunchTemplate('eu-west-1', 'web-servers', [oldEu.id], {}, data);
    const inputs = {
      'ami-id': src.id,
      regions: 'eu-west-1',
      'aws-endpoint-url': ec2.url,
      'poll-interval': '1s',
      'ssm-parameter': '/images/{{family}}/latest',
      'launch-templates': 'web-servers',
      'launch-template-default': 'true',
    };
    const io = memoryIO();
    await main(distributeImage, env(inputs), io);
    expect(io.recorded.failed).toBeUndefined();
    const amis = JSON.parse(io.recorded.outputs.amis ?? '{}') as Record<string, string>;
    const versions = JSON.parse(io.recorded.outputs['launch-template-versions'] ?? '{}') as Record<
      string,
      { name: string; version: number; default: boolean }[]
    >;
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(versions[region]).toEqual([expect.objectContaining({ name: 'web-servers', version: 2, default: true })]);
      const lt = ec2.launchTemplate(region, 'web-servers');
      expect(lt?.defaultVersion).toBe(2);
      // The new version changes the image only.
      expect(lt?.versions[1]?.data).toMatchObject({ ...data, ImageId: amis[region] });
      expect(ssm.parameter(region, '/images/web/latest')?.versions.map((v) => v.value)).toEqual([amis[region]]);
    }
    expect(io.recorded.summary).toContain('| web-servers (`');
    // Both published only after the copy was tagged and shared.
    const imageTags = ec2.callsTo('CreateTags').filter((c) => strings(c.params, 'ResourceId').some((id) => id.startsWith('ami-')));
    expect(imageTags.map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    const published = [...ec2.callsTo('CreateLaunchTemplateVersion'), ...ssm.callsTo('PutParameter')].map((c) => c.at);
    expect(published).toHaveLength(4);
    expect(Math.min(...published)).toBeGreaterThanOrEqual(Math.max(...imageTags.map((c) => c.at)));

    const again = memoryIO();
    await main(distributeImage, env(inputs), again);
    expect(again.recorded.failed).toBeUndefined();
    expect(JSON.parse(again.recorded.outputs['ssm-parameters'] ?? '{}')).toEqual(JSON.parse(io.recorded.outputs['ssm-parameters'] ?? '{}'));
    expect(JSON.parse(again.recorded.outputs['launch-template-versions'] ?? '{}')).toEqual(versions);
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect(ec2.launchTemplate(region, 'web-servers')?.versions).toHaveLength(2);
      expect(ssm.parameter(region, '/images/web/latest')?.versions).toHaveLength(1);
    }
  }, 90_000);

  it('launch-template-default without launch-templates is refused; a template line for a region not distributed fails before any copy', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    const io = memoryIO();
    await main(distributeImage, env({ 'ami-id': src.id, 'aws-endpoint-url': ec2.url, 'launch-template-default': 'true' }), io);
    expect(io.recorded.failed).toContain("input 'launch-template-default' is true but 'launch-templates' is empty");
    const io2 = memoryIO();
    await main(
      distributeImage,
      env({ 'ami-id': src.id, regions: 'eu-west-1', 'aws-endpoint-url': ec2.url, 'launch-templates': 'ap-south-1:web-servers' }),
      io2,
    );
    expect(io2.recorded.failed).toContain('ap-south-1');
    expect(ec2.callsTo('CopyImage')).toHaveLength(0);
  }, 60_000);
});

describe('distribute-image sharing an image under the AWS managed EBS key', () => {
  it('warns, naming kms-key-ids; with strict-sharing fails before that region is shared, and publishes nothing', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/customer-1' });
    const base = { 'ami-id': src.id, regions: 'eu-west-1', 'aws-endpoint-url': ec2.url, 'poll-interval': '1s', 'share-accounts': '123456789012' };
    const io = memoryIO();
    await main(distributeImage, env(base), io);
    expect(io.recorded.failed).toBeUndefined();
    const warnings = io.recorded.log.filter((l) => l.level === 'warning').map((l) => l.message);
    // The copy made without a KMS key is certainly under aws/ebs; the source's own key could not be verified without KMS.
    expect(warnings).toHaveLength(2);
    const copyWarning = warnings.find((w) => w.includes('eu-west-1 ami-'));
    expect(copyWarning).toContain('1 snapshot(s) use the AWS managed EBS key');
    expect(copyWarning).toContain('eu-west-1=arn:aws:kms:eu-west-1:<account>:key/<key-id>');
    expect(warnings.find((w) => w.includes('us-east-1 ami-'))).toContain('may use the AWS managed EBS key');

    const src2 = ec2.addImage('us-east-1', { name: 'api-2026.11.30', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/customer-1' });
    const strict = memoryIO();
    await main(distributeImage, env({ ...base, 'ami-id': src2.id, 'strict-sharing': 'true', 'ssm-parameter': '/images/{{family}}/latest' }), strict);
    expect(strict.recorded.failed).toContain('AWS managed EBS key');
    expect(strict.recorded.failed).toContain('kms-key-ids');
    const copy = ec2.images('eu-west-1').find((i) => i.name === 'api-2026.11.30');
    expect(copy?.launchPermissions).toEqual([]);
    expect(ssm.callsTo('PutParameter')).toHaveLength(0);
  }, 90_000);
});

describe('the default-key check without its permission', () => {
  it('is skipped with a warning naming ec2:GetEbsDefaultKmsKeyId, and the image is shared as before; with strict-sharing it fails', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/customer-1' });
    ec2.deny({ action: 'GetEbsDefaultKmsKeyId' });
    const base = { 'ami-id': src.id, 'aws-endpoint-url': ec2.url, 'poll-interval': '1s', 'share-accounts': '123456789012' };
    const io = memoryIO();
    await main(distributeImage, env(base), io);
    expect(io.recorded.failed).toBeUndefined();
    expect(io.recorded.log.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining('[us-east-1] the default EBS key check was skipped: AWS refused ec2:GetEbsDefaultKmsKeyId'),
    ]);
    expect(ec2.image('us-east-1', src.id)?.launchPermissions).toEqual([{ userId: '123456789012' }]);

    const strict = memoryIO();
    await main(distributeImage, env({ ...base, 'strict-sharing': 'true' }), strict);
    expect(strict.recorded.failed).toContain('ec2:GetEbsDefaultKmsKeyId');
    ec2.allow();
  }, 60_000);
});
