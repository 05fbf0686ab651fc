/** Retention's EC2 listings page through the one paginator; a held snapshot is retried in the one retry loop. */
import { describe, expect, test } from '@jest/globals';
import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { imagesInManagedLaunchTemplates, listFamily, removeImage } from '../../../../shared/src/distribute/machine/ami-retention.js';
import { isPipelineError } from '../../../../shared/src/errors.js';

type Handler = (command: { readonly input: Record<string, unknown> }) => unknown;
function fakeEc2(handle: Handler): { client: EC2Client; sent: Array<{ name: string; input: Record<string, unknown> }> } {
  const sent: Array<{ name: string; input: Record<string, unknown> }> = [];
  const client = {
    config: { region: 'eu-west-1' },
    send: async (command: { readonly input: Record<string, unknown> }) => {
      sent.push({ name: command.constructor.name, input: command.input });
      const out = handle(command);
      if (out instanceof Error) throw out;
      return out;
    },
  } as unknown as EC2Client;
  return { client, sent };
}
const ec2Error = (name: string, status = 400): Error => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
const call = { retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, budgetMs: 10_000 } };
const image = (id: string, name: string) => ({ ImageId: id, Name: name, CreationDate: '2026-01-01T00:00:00Z', State: 'available', BlockDeviceMappings: [] });

describe('listFamily', () => {
  test('reads every page, sending each NextToken back, and keeps only names of the family', async () => {
    const pages: Record<string, unknown> = {
      '': { Images: [image('ami-1', 'web-1'), image('ami-x', 'other-1')], NextToken: 'p2' },
      p2: { Images: [image('ami-2', 'web-2')], NextToken: 'p3' },
      p3: { Images: [image('ami-3', 'web-3')] },
    };
    const f = fakeEc2((c) => (c instanceof DescribeImagesCommand ? pages[c.input.NextToken ?? ''] : new Error('unexpected')));
    const family = await listFamily(f.client, 'web', call);
    expect(family.map((i) => i.imageId)).toEqual(['ami-1', 'ami-2', 'ami-3']);
    expect(f.sent.map((s) => s.input.NextToken)).toEqual([undefined, 'p2', 'p3']);
  });

  test('a listing whose token comes back again stops with an AWS error instead of looping', async () => {
    const f = fakeEc2(() => ({ Images: [], NextToken: 'same' }));
    const e = await listFamily(f.client, 'web', call).catch((x: unknown) => x);
    expect(isPipelineError(e, 'AWS')).toBe(true);
    expect(f.sent).toHaveLength(2);
  });
});

test("imagesInManagedLaunchTemplates pages through the templates, then through each one's versions", async () => {
  const f = fakeEc2((c) => {
    const token = c.input.NextToken as string | undefined;
    if (c instanceof DescribeLaunchTemplatesCommand) {
      return token === undefined ? { LaunchTemplates: [{ LaunchTemplateId: 'lt-a' }], NextToken: 't2' } : { LaunchTemplates: [{ LaunchTemplateId: 'lt-b' }] };
    }
    if (c instanceof DescribeLaunchTemplateVersionsCommand) {
      const id = c.input.LaunchTemplateId as string;
      if (id === 'lt-a' && token === undefined) return { LaunchTemplateVersions: [{ LaunchTemplateData: { ImageId: 'ami-a1' } }], NextToken: 'v2' };
      if (id === 'lt-a') return { LaunchTemplateVersions: [{ LaunchTemplateData: { ImageId: 'ami-a2' } }, { LaunchTemplateData: {} }] };
      return { LaunchTemplateVersions: [{ LaunchTemplateData: { ImageId: 'ami-b1' } }] };
    }
    return new Error('unexpected');
  });
  const used = await imagesInManagedLaunchTemplates(f.client, 'image-pipeline:managed', call);
  expect([...used].sort()).toEqual(['ami-a1', 'ami-a2', 'ami-b1']);
  expect(f.sent.map((s) => `${s.name}:${(s.input.LaunchTemplateId as string | undefined) ?? ''}:${String(s.input.NextToken)}`)).toEqual([
    'DescribeLaunchTemplatesCommand::undefined',
    'DescribeLaunchTemplatesCommand::t2',
    'DescribeLaunchTemplateVersionsCommand:lt-a:undefined',
    'DescribeLaunchTemplateVersionsCommand:lt-a:v2',
    'DescribeLaunchTemplateVersionsCommand:lt-b:undefined',
  ]);
});

describe('removeImage', () => {
  const img = { imageId: 'ami-old', name: 'web-0', creationDate: '', state: 'available', snapshotIds: ['snap-held', 'snap-gone'] };
  test('waits out a snapshot still held by the deregistered image; one already gone is fine', async () => {
    let held = 2;
    const f = fakeEc2((c) => {
      if (c instanceof DeregisterImageCommand) return {};
      if (c instanceof DeleteSnapshotCommand && c.input.SnapshotId === 'snap-held') return held-- > 0 ? ec2Error('InvalidSnapshot.InUse') : {};
      if (c instanceof DeleteSnapshotCommand) return ec2Error('InvalidSnapshot.NotFound');
      return new Error('unexpected');
    });
    await removeImage(f.client, img, call, 1);
    expect(f.sent.map((s) => `${s.name}:${String(s.input.SnapshotId ?? s.input.ImageId)}`)).toEqual([
      'DeregisterImageCommand:ami-old',
      'DeleteSnapshotCommand:snap-held',
      'DeleteSnapshotCommand:snap-held',
      'DeleteSnapshotCommand:snap-held',
      'DeleteSnapshotCommand:snap-gone',
    ]);
  });
  test("a snapshot held past 11 tries fails with EC2's code", async () => {
    const f = fakeEc2((c) => (c instanceof DeregisterImageCommand ? {} : ec2Error('InvalidSnapshot.InUse')));
    const e = await removeImage(f.client, { ...img, snapshotIds: ['snap-held'] }, call, 1).catch((x: unknown) => x);
    expect(isPipelineError(e, 'AWS')).toBe(true);
    expect((e as Error).message).toContain('InvalidSnapshot.InUse');
    expect(f.sent.filter((s) => s.name === 'DeleteSnapshotCommand')).toHaveLength(11);
  });
});
