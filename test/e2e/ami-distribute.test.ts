/**
 * distributeAmi against the EC2 emulator through the real @aws-sdk/client-ec2:
 * copies, sharing, tags on snapshots, deprecation, re-runs, faults, retention
 * and access errors. Delays are shrunk so the whole file runs in seconds.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { distributeAmi, type DistributeAmiOptions } from '../../shared/src/distribute/machine/ami-distribute.js';
import { ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { FAMILY_TAG, MANAGED_LAUNCH_TEMPLATE_TAG, SOURCE_TAG } from '../../shared/src/distribute/machine/ami-retention.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import { startEc2Emulator, type Ec2Emulator } from '../emulators/ec2/server.js';

const SRC = 'us-east-1';
const DEST = ['eu-west-1', 'ap-southeast-2', 'us-west-2'];
const OU = 'arn:aws:organizations::999988887777:ou/o-abcdefghij/ou-ab12-cdefghij';
const ORG = 'arn:aws:organizations::999988887777:organization/o-abcdefghij';

let emu: Ec2Emulator;
let lines: string[];

beforeEach(async () => {
  emu = await startEc2Emulator({ copyDelayMs: 120 });
  lines = [];
});
afterEach(async () => {
  await emu.stop();
});

function options(amiId: string, extra: Partial<DistributeAmiOptions> = {}): DistributeAmiOptions {
  return {
    amiId,
    sourceRegion: SRC,
    regions: DEST,
    clients: ec2ClientFactory({ endpoint: emu.url, credentials: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' } }),
    retry: { attempts: 8, baseDelayMs: 5, maxDelayMs: 50, budgetMs: 60_000 },
    waiter: { minDelayMs: 20, maxDelayMs: 100, notFoundGraceMs: 5000 },
    maxWaitMs: 20_000,
    log: (l) => lines.push(l),
    ...extra,
  };
}

const seedSource = (name = 'app-base-20261126-1500') => emu.addImage(SRC, { name, imdsSupport: 'v2.0', bootMode: 'uefi', encrypted: true });

describe('distributeAmi', () => {
  test('copies to 3 regions, shares with accounts, an organization and an OU, tags snapshots, sets deprecation', async () => {
    // The copies must still be pending when the first DescribeImages reaches the emulator, so a 'pending' progress
    // line is logged: 120 ms was not always enough on a loaded CI machine (three regions polled at once beside the
    // other test files), and then the first poll found the copy already available.
    await emu.stop();
    emu = await startEc2Emulator({ copyDelayMs: 1500 });
    const src = seedSource();
    const before = Date.now();
    const res = await distributeAmi(
      options(src.id, {
        shareAccounts: ['123456789012', '210987654321'],
        shareOrganizations: [ORG],
        shareOus: [OU],
        amiTags: { team: 'platform', 'release-channel': 'stable' },
        kmsKeyIds: { 'eu-west-1': 'arn:aws:kms:eu-west-1:111122223333:key/eu-key' },
        deprecateAfterMs: 90 * 86_400_000,
      }),
    );
    expect(Object.keys(res.amis).sort()).toEqual([SRC, ...DEST].sort());
    expect(res.amis[SRC]).toBe(src.id);
    expect(res.family).toBe('app-base');
    for (const region of DEST) {
      const id = res.amis[region] as string;
      const copies = emu.images(region);
      expect(copies.map((i) => i.id)).toEqual([id]);
      const img = copies[0]!;
      expect(img.sourceImageId).toBe(src.id);
      expect(img.tags).toMatchObject({ team: 'platform', 'release-channel': 'stable', [FAMILY_TAG]: 'app-base', [SOURCE_TAG]: `${SRC}/${src.id}` });
      expect(img.launchPermissions).toEqual([{ userId: '123456789012' }, { userId: '210987654321' }, { organizationArn: ORG }, { organizationalUnitArn: OU }]);
      const deprecation = Date.parse(img.deprecationTime ?? '');
      expect(deprecation).toBeGreaterThanOrEqual(before + 90 * 86_400_000);
      expect(deprecation).toBeLessThan(before + 90 * 86_400_000 + 120_000);
      expect(img.blockDevices).toHaveLength(1);
      for (const b of img.blockDevices) {
        const snap = emu.snapshot(region, b.snapshotId)!;
        expect(snap.tags).toMatchObject({ team: 'platform', [FAMILY_TAG]: 'app-base' });
        expect(snap.createVolumePermissions).toEqual([{ userId: '123456789012' }, { userId: '210987654321' }]);
        expect(snap.encrypted).toBe(true);
      }
    }
    // The KMS key reached the copy in its region only.
    expect(emu.snapshot('eu-west-1', emu.images('eu-west-1')[0]!.blockDevices[0]!.snapshotId)!.kmsKeyId).toBe('arn:aws:kms:eu-west-1:111122223333:key/eu-key');
    expect(emu.snapshot('us-west-2', emu.images('us-west-2')[0]!.blockDevices[0]!.snapshotId)!.kmsKeyId).toMatch(/^arn:aws:kms:us-west-2:/);
    // The source region is shared and tagged too.
    expect(emu.image(SRC, src.id)!.launchPermissions).toHaveLength(4);
    expect(emu.snapshot(SRC, src.blockDevices[0]!.snapshotId)!.tags).toMatchObject({ team: 'platform' });
    // Tags were set at copy time, for the image and its snapshots.
    const copy = emu.callsTo('CopyImage', 'eu-west-1')[0]!;
    expect(JSON.stringify(copy.params['TagSpecification'])).toContain('"ResourceType":"snapshot"');
    expect(res.rows.map((r) => [r.region, r.outcome])).toEqual([[SRC, 'source'], ...DEST.map((r) => [r, 'copied'])]);
    expect(lines.some((l) => l.includes('pending'))).toBe(true);
  });

  test('a re-run after a failure halfway makes no duplicate copy', async () => {
    const src = seedSource();
    // Run 1: CopyImage keeps failing in one region until retries run out.
    emu.failServer(1000, { action: 'CopyImage', region: 'us-west-2' });
    const first = await distributeAmi(options(src.id)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isPipelineError(first, 'AWS')).toBe(true);
    expect((first as PipelineError).message).toContain('us-west-2');
    expect(emu.images('eu-west-1')).toHaveLength(1);
    expect(emu.images('us-west-2')).toHaveLength(0);
    const firstIds = { eu: emu.images('eu-west-1')[0]!.id, ap: emu.images('ap-southeast-2')[0]!.id };

    // Run 2: the fault is gone, and (eventual consistency) listings do not show run 1's copies
    // yet, so only the ClientToken can stop a second copy.
    emu.clearFaults();
    for (const r of ['eu-west-1', 'ap-southeast-2']) for (const img of emu.images(r)) img.hiddenCalls = 1;
    const callsBefore = emu.callsTo('CopyImage').length;
    const second = await distributeAmi(options(src.id));
    expect(emu.callsTo('CopyImage').length - callsBefore).toBe(3);
    expect(second.amis['eu-west-1']).toBe(firstIds.eu);
    expect(second.amis['ap-southeast-2']).toBe(firstIds.ap);
    for (const r of DEST) expect(emu.images(r)).toHaveLength(1);

    // Run 3: everything is listed now; the copies are found without calling CopyImage at all.
    const callsBeforeThird = emu.callsTo('CopyImage').length;
    const third = await distributeAmi(options(src.id));
    expect(emu.callsTo('CopyImage').length).toBe(callsBeforeThird);
    expect(third.amis).toEqual(second.amis);
    expect(third.rows.filter((r) => r.outcome === 'reused').map((r) => r.region)).toEqual(DEST);
  });

  test('throttling bursts and not-found after copy are survived', async () => {
    const src = seedSource();
    emu.notFoundAfterCopy = 3;
    emu.throttle(5);
    emu.throttle(4, { action: 'DescribeImages', region: 'eu-west-1' });
    emu.failServer(2, { action: 'CreateTags' });
    const res = await distributeAmi(options(src.id));
    expect(Object.keys(res.amis)).toHaveLength(4);
    const errors = emu.calls.map((c) => c.error).filter((e) => e !== undefined);
    expect(errors.filter((e) => e === 'RequestLimitExceeded')).toHaveLength(9);
    expect(errors.filter((e) => e === 'InvalidAMIID.NotFound').length).toBeGreaterThanOrEqual(9);
    expect(errors.filter((e) => e === 'InternalError')).toHaveLength(2);
    for (const r of DEST) expect(emu.images(r)).toHaveLength(1);
  });

  test.each([1, 2])('concurrency %i bounds the copies in flight', async (concurrency) => {
    const src = seedSource();
    emu.copyDelayMs = 400;
    await distributeAmi(options(src.id, { concurrency }));
    // Each copy is in flight from its CopyImage call until it is available.
    const spans = DEST.map((r) => ({ start: emu.callsTo('CopyImage', r)[0]!.at, end: emu.images(r)[0]!.readyAt }));
    const maxOverlap = Math.max(...spans.map((a) => spans.filter((b) => b.start <= a.start && a.start < b.end).length));
    expect(maxOverlap).toBe(concurrency);
  });

  test('a copy that ends failed stops with the state and reason', async () => {
    const src = seedSource();
    emu.failCopiesTo('ap-southeast-2');
    const err = await distributeAmi(options(src.id, { regions: ['ap-southeast-2'] })).catch((e: unknown) => e);
    expect(isPipelineError(err, 'AWS')).toBe(true);
    expect((err as PipelineError).message).toMatch(/ami-[0-9a-f]+ in ap-southeast-2 ended in state 'failed': The snapshot copy failed/);
  });

  test('the wait is bounded by maxWaitMs and names the input to raise', async () => {
    const src = seedSource();
    emu.copyDelayMs = 60_000;
    const err = await distributeAmi(options(src.id, { regions: ['eu-west-1'], maxWaitMs: 300 })).catch((e: unknown) => e);
    expect(isPipelineError(err, 'AWS')).toBe(true);
    expect((err as PipelineError).input).toBe('max-wait');
    expect((err as PipelineError).message).toContain("still 'pending'");
  });

  test('access denied fails at once and names the missing permission', async () => {
    const src = seedSource();
    emu.copyDelayMs = 5_000; // other regions would take this long if we waited for them
    emu.deny({ action: 'CopyImage', region: 'ap-southeast-2' });
    const started = Date.now();
    const err = await distributeAmi(options(src.id)).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    expect((err as PipelineError).message).toContain('ec2:CopyImage');
    expect((err as PipelineError).message).toContain('ap-southeast-2');
    expect(emu.callsTo('CopyImage', 'ap-southeast-2')).toHaveLength(1); // never retried
  });

  test('access denied on sharing names ec2:ModifyImageAttribute', async () => {
    const src = seedSource();
    emu.deny({ action: 'ModifyImageAttribute' });
    const err = await distributeAmi(options(src.id, { regions: [], shareAccounts: ['123456789012'] })).catch((e: unknown) => e);
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    expect((err as PipelineError).describe()).toMatch(/IAM permission ec2:ModifyImageAttribute/);
  });

  test('keep: 2 removes exactly the older images of the family and their snapshots', async () => {
    const region = 'eu-west-1';
    const fam = { [FAMILY_TAG]: 'app-base' };
    const old = (name: string, day: number, tags: Record<string, string> = fam) =>
      emu.addImage(region, { name, tags, creationDate: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`, extraVolumes: 1 });
    const o1 = old('app-base-20261101', 1);
    const o2 = old('app-base-20261102', 2);
    const o3 = old('app-base-20261103', 3);
    const o4 = old('app-base-20261104', 4);
    const inTemplate = old('app-base-20261002b', 2);
    emu.addLaunchTemplate(region, 'web', [o4.id, inTemplate.id], { [MANAGED_LAUNCH_TEMPLATE_TAG]: 'true' });
    emu.addLaunchTemplate(region, 'unmanaged', [o2.id]); // not ours: does not protect
    const untaggedLookalike = old('app-base-20260101', 1, {});
    const otherFamily = old('other-20260101', 1, { [FAMILY_TAG]: 'app-base' }); // tag matches but the name does not
    const src = seedSource('app-base-20261126-1500');
    const oldSnapshots = (img: { blockDevices: { snapshotId: string }[] }) => img.blockDevices.map((b) => b.snapshotId);

    const res = await distributeAmi(options(src.id, { regions: [region], keep: 2 }));
    const newId = res.amis[region] as string;
    const remaining = emu
      .images(region)
      .map((i) => i.id)
      .sort();
    // new + the newest older one (o4) + the one a managed launch template uses + the two that are not of the family
    expect(remaining).toEqual([newId, o4.id, inTemplate.id, untaggedLookalike.id, otherFamily.id].sort());
    const row = res.rows.find((r) => r.region === region)!;
    expect(row.removed.map((r) => r.imageId).sort()).toEqual([o1.id, o2.id, o3.id].sort());
    expect(row.keptInUse).toEqual([inTemplate.id]);
    for (const img of [o1, o2, o3]) for (const s of oldSnapshots(img)) expect(emu.snapshot(region, s)).toBeUndefined();
    for (const img of [o4, inTemplate, untaggedLookalike, otherFamily]) for (const s of oldSnapshots(img)) expect(emu.snapshot(region, s)).toBeDefined();
    // The source region had only the source: nothing to remove, and the source is never removed.
    expect(emu.image(SRC, src.id)).toBeDefined();
  });

  test('an unknown source AMI is an input error naming ami-id', async () => {
    seedSource();
    const err = await distributeAmi(options('ami-0123456789abcdef0')).catch((e: unknown) => e);
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    expect((err as PipelineError).input).toBe('ami-id');
  });
});
