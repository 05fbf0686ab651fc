/**
 * publishLaunchTemplates against the EC2 emulator through the real
 * @aws-sdk/client-ec2: a new version that changes the AMI id and keeps every
 * other field, the default moved only when asked, re-runs that make no
 * duplicate, missing templates and refused permissions as clear errors, and
 * `keep` sparing the image a published version uses.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type DescribeLaunchTemplateVersionsCommandInput,
  type RequestLaunchTemplateData,
  type ResponseLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import type { Ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { distributeAmi } from '../../shared/src/distribute/machine/ami-distribute.js';
import { FAMILY_TAG, MANAGED_LAUNCH_TEMPLATE_TAG } from '../../shared/src/distribute/machine/ami-retention.js';
import { publishLaunchTemplates, type PublishLaunchTemplatesOptions } from '../../shared/src/distribute/machine/launch-templates.js';
import { launchTemplateVersionsOutput, parseLaunchTemplates, planLaunchTemplates } from '../../shared/src/distribute/machine/launch-template-targets.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import type { Ec2Emulator } from '../emulators/ec2/server.js';
import { startEc2WithClients } from '../support/ami-emulators.js';

const R1 = 'us-east-1';
const R2 = 'eu-west-1';
const RETRY = { attempts: 6, baseDelayMs: 5, maxDelayMs: 40, budgetMs: 30_000 };

let emu: Ec2Emulator;
let clients: Ec2ClientFactory;

beforeEach(async () => ({ emu, clients } = await startEc2WithClients({ copyDelayMs: 50 })));
afterEach(() => emu.stop());

/** A template as a team would have it: many fields, a data volume from a snapshot, a network interface, tags. */
function richData(imageId: string, dataSnapshot: string): RequestLaunchTemplateData {
  return {
    ImageId: imageId,
    InstanceType: 't3.small',
    KeyName: 'ops',
    UserData: Buffer.from('#!/bin/sh\necho hello\n').toString('base64'),
    EbsOptimized: true,
    IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/web' },
    Monitoring: { Enabled: true },
    DisableApiTermination: false,
    InstanceInitiatedShutdownBehavior: 'terminate',
    BlockDeviceMappings: [
      { DeviceName: '/dev/xvda', Ebs: { VolumeSize: 30, VolumeType: 'gp3', Encrypted: true, DeleteOnTermination: true, Iops: 3000, Throughput: 125 } },
      { DeviceName: '/dev/xvdf', Ebs: { SnapshotId: dataSnapshot, VolumeType: 'gp3', DeleteOnTermination: false } },
    ],
    NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, Groups: ['sg-0123456789abcdef0'], SubnetId: 'subnet-0123456789abcdef0' }],
    TagSpecifications: [
      { ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] },
      { ResourceType: 'volume', Tags: [{ Key: 'backup', Value: 'daily' }] },
    ],
    MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', InstanceMetadataTags: 'enabled' },
    Placement: { Tenancy: 'default' },
    CreditSpecification: { CpuCredits: 'unlimited' },
    CpuOptions: { CoreCount: 1, ThreadsPerCore: 2 },
    PrivateDnsNameOptions: { HostnameType: 'resource-name', EnableResourceNameDnsARecord: true },
    MaintenanceOptions: { AutoRecovery: 'default' },
  };
}

async function createTemplate(region: string, name: string, data: RequestLaunchTemplateData, tags: Record<string, string> = {}): Promise<string> {
  const out = await clients(region).send(
    new CreateLaunchTemplateCommand({
      LaunchTemplateName: name,
      VersionDescription: 'by hand',
      LaunchTemplateData: data,
      ...(Object.keys(tags).length > 0
        ? { TagSpecifications: [{ ResourceType: 'launch-template', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }] }
        : {}),
    }),
  );
  return out.LaunchTemplate?.LaunchTemplateId ?? '';
}

async function versionData(region: string, templateId: string, version: string): Promise<ResponseLaunchTemplateData> {
  const out = await clients(region).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: templateId, Versions: [version] }));
  return out.LaunchTemplateVersions?.[0]?.LaunchTemplateData ?? {};
}

async function defaultVersion(region: string, templateId: string): Promise<number | undefined> {
  const out = await clients(region).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [templateId] }));
  return out.LaunchTemplates?.[0]?.DefaultVersionNumber;
}

function options(
  text: string,
  regions: string[],
  amis: Record<string, string>,
  extra: Partial<PublishLaunchTemplatesOptions> = {},
): PublishLaunchTemplatesOptions {
  return { plan: planLaunchTemplates(parseLaunchTemplates(text), regions), amis, makeDefault: false, clients, retry: RETRY, ...extra };
}

describe('the emulator speaks launch templates as the SDK reads them', () => {
  test('every field of a created template comes back as it was sent', async () => {
    const data = richData('ami-0aaaaaaaaaaaaaaa1', 'snap-0ddddddddddddddd1');
    const id = await createTemplate(R1, 'round-trip', data, { owner: 'web' });
    expect(await versionData(R1, id, '1')).toEqual(data);
    const lt = await clients(R1).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['round-trip'] }));
    expect(lt.LaunchTemplates?.[0]).toMatchObject({
      LaunchTemplateId: id,
      DefaultVersionNumber: 1,
      LatestVersionNumber: 1,
      Tags: [{ Key: 'owner', Value: 'web' }],
    });
  });

  test('a ClientToken answers a repeated request with the same version, and another request with a mismatch', async () => {
    const id = await createTemplate(R1, 'tokens', { ImageId: 'ami-0aaaaaaaaaaaaaaa1', InstanceType: 't3.micro' });
    const send = (ImageId: string) =>
      clients(R1).send(
        new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: id, SourceVersion: '1', LaunchTemplateData: { ImageId }, ClientToken: 'same' }),
      );
    const a = await send('ami-0bbbbbbbbbbbbbbb2');
    const b = await send('ami-0bbbbbbbbbbbbbbb2');
    expect(a.LaunchTemplateVersion?.VersionNumber).toBe(2);
    expect(b.LaunchTemplateVersion?.VersionNumber).toBe(2);
    await expect(send('ami-0ccccccccccccccc3')).rejects.toMatchObject({ name: 'IdempotentParameterMismatch' });
    expect(emu.launchTemplate(R1, id)?.versions).toHaveLength(2);
  });
  test('versions by $Default/$Latest/number, range and filters, paging; the not-found, malformed and version codes', async () => {
    const id = await createTemplate(R1, 'versions', { ImageId: 'ami-0aaaaaaaaaaaaaaa1', InstanceType: 't3.micro' });
    for (const ImageId of ['ami-0bbbbbbbbbbbbbbb2', 'ami-0ccccccccccccccc3'])
      await clients(R1).send(new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: id, SourceVersion: '1', LaunchTemplateData: { ImageId } }));
    const numbers = async (input: DescribeLaunchTemplateVersionsCommandInput) =>
      ((await clients(R1).send(new DescribeLaunchTemplateVersionsCommand(input))).LaunchTemplateVersions ?? []).map((v) => [
        v.VersionNumber,
        v.DefaultVersion,
        v.LaunchTemplateData?.ImageId,
        v.LaunchTemplateData?.InstanceType,
      ]);
    expect(await numbers({ LaunchTemplateName: 'versions', Versions: ['$Default', '$Latest'] })).toEqual([
      [1, true, 'ami-0aaaaaaaaaaaaaaa1', 't3.micro'],
      [3, false, 'ami-0ccccccccccccccc3', 't3.micro'],
    ]);
    expect(await numbers({ LaunchTemplateId: id, MinVersion: '2', MaxVersion: '3' })).toEqual([
      [2, false, 'ami-0bbbbbbbbbbbbbbb2', 't3.micro'],
      [3, false, 'ami-0ccccccccccccccc3', 't3.micro'],
    ]);
    expect(await numbers({ LaunchTemplateId: id, Filters: [{ Name: 'image-id', Values: ['ami-0bbb*'] }] })).toEqual([
      [2, false, 'ami-0bbbbbbbbbbbbbbb2', 't3.micro'],
    ]);
    const first = await clients(R1).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, MaxResults: 2 }));
    expect(first.LaunchTemplateVersions?.map((v) => v.VersionNumber)).toEqual([1, 2]);
    const second = await clients(R1).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, MaxResults: 2, NextToken: first.NextToken }));
    expect(second.LaunchTemplateVersions?.map((v) => v.VersionNumber)).toEqual([3]);
    expect(second.NextToken).toBeUndefined();

    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => (e as { name?: string }).name,
      );
    expect(await code(clients(R1).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['9'] })))).toBe(
      'InvalidLaunchTemplateId.VersionNotFound',
    );
    expect(await code(clients(R1).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-0123456789abcdef0'] })))).toBe(
      'InvalidLaunchTemplateId.NotFound',
    );
    expect(await code(clients(R1).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-xyz'] })))).toBe('InvalidLaunchTemplateId.Malformed');
    expect(await code(clients(R1).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['nope'] })))).toBe(
      'InvalidLaunchTemplateName.NotFoundException',
    );
    expect(await code(clients(R2).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })))).toBe('InvalidLaunchTemplateId.NotFound'); // per region
    expect(await code(createTemplate(R1, 'versions', { ImageId: 'ami-1' }))).toBe('InvalidLaunchTemplateName.AlreadyExistsException');
    expect(await code(createTemplate(R1, 'x y', { ImageId: 'ami-1' }))).toBe('InvalidLaunchTemplateName.MalformedException');
    // Filters alone may match nothing: an empty answer, not an error.
    const none = await clients(R1).send(new DescribeLaunchTemplatesCommand({ Filters: [{ Name: 'tag-key', Values: ['absent'] }] }));
    expect(none.LaunchTemplates).toEqual([]);
  });
});

describe('publishLaunchTemplates', () => {
  test('a new version changes only the image id; every other field is kept and the default stays', async () => {
    const oldImage = emu.addImage(R1, { name: 'web-20261101' });
    const dataVolume = emu.addImage(R1, { name: 'data-volume' }).blockDevices[0]!.snapshotId; // a snapshot that is not the old image's
    const newImage = emu.addImage(R1, { name: 'web-20261130' });
    const id = await createTemplate(R1, 'web', richData(oldImage.id, dataVolume));

    const res = await publishLaunchTemplates(options('web', [R1], { [R1]: newImage.id }));

    expect(res.versions).toEqual([
      { region: R1, templateId: id, name: 'web', version: 2, default: false, imageId: newImage.id, outcome: 'created', previousDefault: 1 },
    ]);
    const before = await versionData(R1, id, '1');
    const after = await versionData(R1, id, '2');
    expect(after.ImageId).toBe(newImage.id);
    expect({ ...after, ImageId: oldImage.id }).toEqual(before);
    expect(after.BlockDeviceMappings?.[1]?.Ebs?.SnapshotId).toBe(dataVolume);
    expect(await defaultVersion(R1, id)).toBe(1);
    const sent = emu.callsTo('CreateLaunchTemplateVersion', R1)[0]!.params;
    expect(sent['SourceVersion']).toBe('1');
    expect(launchTemplateVersionsOutput(res.versions)).toEqual({ [R1]: [{ templateId: id, name: 'web', version: 2, default: false }] });
  });

  test("the replaced image's own root snapshot does not follow into the new version", async () => {
    const oldImage = emu.addImage(R1, { name: 'web-20261101' });
    const rootSnap = oldImage.blockDevices[0]!.snapshotId;
    const newImage = emu.addImage(R1, { name: 'web-20261130' });
    const id = await createTemplate(R1, 'pinned', {
      ImageId: oldImage.id,
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: rootSnap, VolumeSize: 16 } }],
    });
    await publishLaunchTemplates(options('pinned', [R1], { [R1]: newImage.id }));
    expect(await versionData(R1, id, '2')).toEqual({ ImageId: newImage.id, BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 16 } }] });
  });

  test('makeDefault moves the default; a re-run makes no second version', async () => {
    const img = emu.addImage(R1, { name: 'web-20261130' });
    const id = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1', InstanceType: 't3.micro' });
    const first = await publishLaunchTemplates(options('web', [R1], { [R1]: img.id }, { makeDefault: true }));
    expect(first.versions[0]).toMatchObject({ version: 2, default: true, outcome: 'created', previousDefault: 1 });
    expect(await defaultVersion(R1, id)).toBe(2);

    const again = await publishLaunchTemplates(options('web', [R1], { [R1]: img.id }, { makeDefault: true }));
    expect(again.versions[0]).toMatchObject({ version: 2, default: true, outcome: 'existing', previousDefault: 2 });
    expect(emu.launchTemplate(R1, id)?.versions).toHaveLength(2);
    expect(emu.callsTo('CreateLaunchTemplateVersion')).toHaveLength(1);
    expect(emu.callsTo('ModifyLaunchTemplate')).toHaveLength(1);
  });

  test('a version made without makeDefault is reused, and made the default, by a later run that asks', async () => {
    const img = emu.addImage(R1, { name: 'web-20261130' });
    const id = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    await publishLaunchTemplates(options('web', [R1], { [R1]: img.id }));
    const res = await publishLaunchTemplates(options('web', [R1], { [R1]: img.id }, { makeDefault: true }));
    expect(res.versions[0]).toMatchObject({ version: 2, default: true, outcome: 'existing', previousDefault: 1 });
    expect(emu.launchTemplate(R1, id)?.versions).toHaveLength(2);
    expect(await defaultVersion(R1, id)).toBe(2);
  });

  test('a line without a region goes to every region, by name; a region-scoped id only to its region', async () => {
    const a1 = emu.addImage(R1, { name: 'web-1' });
    const a2 = emu.addImage(R2, { name: 'web-1' });
    const web1 = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    const web2 = await createTemplate(R2, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    const batch2 = await createTemplate(R2, 'batch', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    const res = await publishLaunchTemplates(options(`web\n${R2}:${batch2}`, [R1, R2], { [R1]: a1.id, [R2]: a2.id }, { makeDefault: true }));
    expect(res.versions.map((v) => `${v.region} ${v.templateId} ${v.imageId} ${v.version}`)).toEqual([
      `${R1} ${web1} ${a1.id} 2`,
      `${R2} ${web2} ${a2.id} 2`,
      `${R2} ${batch2} ${a2.id} 2`,
    ]);
  });

  test('an untagged template is tagged managed; a tagged one is left alone', async () => {
    const img = emu.addImage(R1, { name: 'web-1' });
    const plain = await createTemplate(R1, 'plain', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    const tagged = await createTemplate(R1, 'tagged', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' }, { [MANAGED_LAUNCH_TEMPLATE_TAG]: 'yes' });
    await publishLaunchTemplates(options('plain\ntagged', [R1], { [R1]: img.id }));
    expect(emu.launchTemplate(R1, plain)?.tags).toEqual({ [MANAGED_LAUNCH_TEMPLATE_TAG]: 'true' });
    expect(emu.launchTemplate(R1, tagged)?.tags).toEqual({ [MANAGED_LAUNCH_TEMPLATE_TAG]: 'yes' });
    expect(emu.callsTo('CreateTags').map((c) => c.params['ResourceId'])).toEqual([{ '1': plain }]);
  });

  test('a template missing in one region is an input error naming the line and region; earlier regions are complete and a re-run finishes', async () => {
    const a1 = emu.addImage(R1, { name: 'web-1' });
    const a2 = emu.addImage(R2, { name: 'web-1' });
    const web1 = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    const opts = options('# the web fleet\nweb', [R1, R2], { [R1]: a1.id, [R2]: a2.id }, { makeDefault: true });
    const err = await publishLaunchTemplates(opts).catch((e: unknown) => e);
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    const pe = err as PipelineError;
    expect(pe.input).toBe('launch-templates');
    expect(pe.line).toBe(2);
    expect(pe.describe()).toContain(`no launch template with name 'web' exists in ${R2}`);
    expect(pe.describe()).toMatch(/create the template in eu-west-1, or prefix the line/);
    expect(await defaultVersion(R1, web1)).toBe(2);

    const web2 = await createTemplate(R2, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    const res = await publishLaunchTemplates(opts);
    expect(res.versions.map((v) => [v.region, v.outcome, v.version])).toEqual([
      [R1, 'existing', 2],
      [R2, 'created', 2],
    ]);
    expect(emu.launchTemplate(R1, web1)?.versions).toHaveLength(2);
    expect(await defaultVersion(R2, web2)).toBe(2);
  });

  test('an unknown template id is an input error too', async () => {
    const img = emu.addImage(R1, { name: 'web-1' });
    const err = await publishLaunchTemplates(options(`${R1}:lt-0123456789abcdef0`, [R1], { [R1]: img.id })).catch((e: unknown) => e);
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    expect((err as PipelineError).describe()).toContain(`no launch template with id lt-0123456789abcdef0 exists in ${R1}`);
  });

  test.each([
    ['DescribeLaunchTemplates', 0],
    ['CreateLaunchTemplateVersion', 1],
    ['ModifyLaunchTemplate', 2],
  ])('UnauthorizedOperation on %s names the IAM action; after the grant a re-run completes without duplicates', async (action, versionsMade) => {
    const img = emu.addImage(R1, { name: 'web-1' });
    const id = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' }, { [MANAGED_LAUNCH_TEMPLATE_TAG]: 'true' });
    emu.deny({ action });
    const opts = options('web', [R1], { [R1]: img.id }, { makeDefault: true });
    const err = await publishLaunchTemplates(opts).catch((e: unknown) => e);
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    const pe = err as PipelineError;
    expect(pe.describe()).toContain(`the credentials lack the IAM permission ec2:${action}`);
    expect(pe.describe()).toContain("launch template web, line 1 of 'launch-templates'");
    expect(pe.hint).toMatch(new RegExp(`Grant ec2:${action}`));
    expect(emu.callsTo(action)).toHaveLength(1); // access errors are never retried
    expect(emu.launchTemplate(R1, id)?.versions.length).toBe(1 + (versionsMade > 1 ? 1 : 0));

    emu.allow();
    const res = await publishLaunchTemplates(opts);
    expect(res.versions[0]).toMatchObject({ version: 2, default: true });
    expect(emu.launchTemplate(R1, id)?.versions).toHaveLength(2);
  });

  test('throttling is retried and still makes one version', async () => {
    const img = emu.addImage(R1, { name: 'web-1' });
    const id = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
    emu.throttle(2, { action: 'CreateLaunchTemplateVersion' });
    const res = await publishLaunchTemplates(options('web', [R1], { [R1]: img.id }));
    expect(res.versions[0]?.version).toBe(2);
    expect(emu.callsTo('CreateLaunchTemplateVersion').map((c) => c.error ?? 'ok')).toEqual(['RequestLimitExceeded', 'RequestLimitExceeded', 'ok']);
    expect(emu.launchTemplate(R1, id)?.versions).toHaveLength(2);
  });
});

describe('retention keeps what a published version uses', () => {
  test('keep: 1 removes an older image of the family but not the one a published (non-default) template version points to', async () => {
    const fam = { [FAMILY_TAG]: 'app-base' };
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00.000Z`;
    const older = emu.addImage(R1, { name: 'app-base-20261101', tags: fam, creationDate: day(1) });
    const pinned = emu.addImage(R1, { name: 'app-base-20261102', tags: fam, creationDate: day(2) });
    // A template nobody tagged: publishing to it makes it managed, so its versions protect their images.
    const id = await createTemplate(R1, 'web', { ImageId: 'ami-0aaaaaaaaaaaaaaa1', InstanceType: 't3.micro' });
    await publishLaunchTemplates(options('web', [R1], { [R1]: pinned.id }));
    expect(await defaultVersion(R1, id)).toBe(1);

    const src = emu.addImage(R1, { name: 'app-base-20261130', tags: fam, creationDate: day(30) });
    const res = await distributeAmi({
      amiId: src.id,
      sourceRegion: R1,
      regions: [],
      keep: 1,
      clients,
      retry: RETRY,
      waiter: { minDelayMs: 10, maxDelayMs: 50, notFoundGraceMs: 2000 },
      maxWaitMs: 10_000,
    });
    const row = res.rows[0]!;
    expect(row.removed.map((r) => r.imageId)).toEqual([older.id]);
    expect(row.keptInUse).toEqual([pinned.id]);
    expect(emu.image(R1, pinned.id)).toBeDefined();
    expect(emu.image(R1, older.id)).toBeUndefined();
  });
});
