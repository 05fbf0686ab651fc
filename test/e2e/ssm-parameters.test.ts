/**
 * distributeAmi publishing SSM parameters, against the EC2 and Parameter
 * Store emulators through the real @aws-sdk/client-ec2, client-ssm and
 * client-sts: two regions get their own AMI id, a re-run makes no version,
 * asynchronous aws:ec2:image validation failures fail clearly (and a re-run
 * completes), throttling is retried, access errors name the IAM action,
 * names AWS would refuse stop the run before the first copy, and a role in
 * another account writes there.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { ListTagsForResourceCommand, type ListTagsForResourceResult } from '@aws-sdk/client-ssm';
import { distributeAmi, type DistributeAmiOptions } from '../../shared/src/distribute/machine/ami-distribute.js';
import { ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { ssmClientFactory } from '../../shared/src/aws/ssm-client.js';
import { assumeRoleCredentials } from '../../shared/src/aws/sts-role.js';
import { FAMILY_TAG, SOURCE_TAG } from '../../shared/src/distribute/machine/ami-retention.js';
import { isPipelineError, PipelineError } from '../../shared/src/errors.js';
import { startEc2Emulator, type Ec2Emulator } from '../emulators/ec2/server.js';
import { startSsmEmulator, type SsmEmulator } from '../emulators/ssm/server.js';
import { DEFAULT_ACCOUNT } from '../emulators/ssm/state.js';

const SRC = 'us-east-1';
const DEST = 'eu-west-1';
const KEYS = { accessKeyId: 'AKIDEMULATOR0001', secretAccessKey: 'emulator-secret' };
const OTHER = '444455556666';
const ROLE = `arn:aws:iam::${OTHER}:role/ssm-writer`;

let ec2: Ec2Emulator;
let ssm: SsmEmulator;
let lines: string[];

beforeEach(async () => {
  ec2 = await startEc2Emulator({ copyDelayMs: 100 });
  // AWS validates an aws:ec2:image value against the images the writing account can see in that region.
  ssm = await startSsmEmulator({
    validationDelayMs: 120,
    imageVisible: (region, account, id) => {
      const img = ec2.image(region, id);
      return img !== undefined && (account === DEFAULT_ACCOUNT || img.launchPermissions.some((p) => p.userId === account));
    },
  });
  lines = [];
});
afterEach(async () => {
  await ssm.stop();
  await ec2.stop();
});

function options(amiId: string, extra: Partial<DistributeAmiOptions> = {}): DistributeAmiOptions {
  return {
    amiId,
    sourceRegion: SRC,
    regions: [DEST],
    clients: ec2ClientFactory({ endpoint: ec2.url, credentials: KEYS }),
    ssmClients: ssmClientFactory({ endpoint: ssm.url, credentials: KEYS }),
    ssm: { template: '/images/{{family}}/latest', dataType: 'aws:ec2:image', readBack: { attempts: 12, baseDelayMs: 20, maxDelayMs: 150, budgetMs: 10_000 } },
    retry: { attempts: 8, baseDelayMs: 5, maxDelayMs: 50, budgetMs: 60_000 },
    waiter: { minDelayMs: 20, maxDelayMs: 100, notFoundGraceMs: 5000 },
    maxWaitMs: 20_000,
    amiTags: { team: 'platform' },
    log: (l) => lines.push(l),
    ...extra,
  };
}

const seed = (name = 'web-20261130-1200') => ec2.addImage(SRC, { name, encrypted: true });

async function failure(p: Promise<unknown>): Promise<PipelineError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('SSM parameters after distribution', () => {
  test('two regions each get their own AMI id as aws:ec2:image, tagged; a re-run makes no new version', async () => {
    const src = seed();
    const res = await distributeAmi(options(src.id));
    const copy = res.amis[DEST] as string;
    expect(copy).not.toBe(src.id);
    expect(res.ssmParameters?.map((p) => [p.region, p.name, p.value, p.version, p.outcome])).toEqual([
      [SRC, '/images/web/latest', src.id, 1, 'created'],
      [DEST, '/images/web/latest', copy, 1, 'created'],
    ]);
    for (const [region, id] of [
      [SRC, src.id],
      [DEST, copy],
    ] as const) {
      const p = ssm.parameter(region, '/images/web/latest');
      expect(p?.dataType).toBe('aws:ec2:image');
      expect(p?.versions.map((v) => v.value)).toEqual([id]);
      expect(p?.tags).toEqual({ team: 'platform', [FAMILY_TAG]: 'web', [SOURCE_TAG]: `${SRC}/${src.id}` });
    }
    // Tags through the real client too, as a user would list them.
    const listed = await ssmClientFactory({ endpoint: ssm.url, credentials: KEYS })(DEST).send(
      new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: '/images/web/latest' }),
    );
    expect((listed as ListTagsForResourceResult).TagList).toContainEqual({ Key: 'team', Value: 'platform' });
    // Published only after both regions were done: no PutParameter before the copy was tagged and shared.
    expect(
      ec2
        .callsTo('CreateTags')
        .map((c) => c.region)
        .sort(),
    ).toEqual([DEST, SRC]);
    const lastTag = Math.max(...ec2.callsTo('CreateTags').map((c) => c.at));
    expect(Math.min(...ssm.callsTo('PutParameter').map((c) => c.at))).toBeGreaterThanOrEqual(lastTag);

    const puts = ssm.callsTo('PutParameter').length;
    const again = await distributeAmi(options(src.id));
    expect(again.amis).toEqual(res.amis);
    expect(again.ssmParameters?.map((p) => [p.region, p.version, p.outcome])).toEqual([
      [SRC, 1, 'unchanged'],
      [DEST, 1, 'unchanged'],
    ]);
    expect(ssm.callsTo('PutParameter')).toHaveLength(puts);
    expect(ssm.parameter(DEST, '/images/web/latest')?.versions).toHaveLength(1);
  }, 60_000);

  test('a new image updates each parameter to version 2; {{region}} names one parameter per region; text data type', async () => {
    const first = seed('web-20261130-1200');
    await distributeAmi(options(first.id, { ssm: { template: '/images/{{family}}/{{region}}/latest', dataType: 'text' } }));
    const second = seed('web-20261201-1200');
    const res = await distributeAmi(options(second.id, { ssm: { template: '/images/{{family}}/{{region}}/latest', dataType: 'text' } }));
    expect(res.ssmParameters?.map((p) => [p.name, p.version, p.outcome])).toEqual([
      [`/images/web/${SRC}/latest`, 2, 'updated'],
      [`/images/web/${DEST}/latest`, 2, 'updated'],
    ]);
    expect(ssm.parameter(DEST, `/images/web/${DEST}/latest`)?.versions.map((v) => v.value)).toEqual([expect.stringMatching(/^ami-/), res.amis[DEST]]);
    expect(ssm.parameter(DEST, `/images/web/${DEST}/latest`)?.dataType).toBe('text');
  }, 60_000);

  test('an aws:ec2:image write that AWS drops after answering 200 fails clearly; earlier regions stay consistent and a re-run completes', async () => {
    const src = seed();
    ssm.failValidation(Number.POSITIVE_INFINITY, { region: DEST });
    const err = await failure(distributeAmi(options(src.id)));
    expect(err.code).toBe('AWS');
    expect(err.message).toContain(`SSM parameter /images/web/latest in ${DEST} did not take ami-`);
    expect(err.message).toContain('no parameter');
    expect(err.message).toContain('validates aws:ec2:image values after PutParameter answers');
    expect(err.hint).toContain('ec2:DescribeImages');
    // PutParameter did answer 200 (the asynchronous failure mode), and nothing is current in that region.
    expect(ssm.callsTo('PutParameter', DEST).every((c) => c.error === undefined)).toBe(true);
    expect(ssm.parameter(DEST, '/images/web/latest')).toBeUndefined();
    expect(ssm.region(DEST).dropped).toHaveLength(1);
    // The source region holds its own, valid id: consistent, never the half-written one.
    expect(ssm.parameter(SRC, '/images/web/latest')?.versions.map((v) => v.value)).toEqual([src.id]);

    ssm.clearFaults();
    const res = await distributeAmi(options(src.id));
    expect(res.ssmParameters?.map((p) => [p.region, p.outcome])).toEqual([
      [SRC, 'unchanged'],
      [DEST, 'created'],
    ]);
    expect(ssm.parameter(DEST, '/images/web/latest')?.versions.map((v) => v.value)).toEqual([res.amis[DEST]]);
    // No second copy was made by the re-run.
    expect(ec2.images(DEST)).toHaveLength(1);
  }, 60_000);

  test('an update dropped by validation leaves the previous version current and names what it still shows', async () => {
    const first = seed('web-20261130-1200');
    const before = await distributeAmi(options(first.id));
    const second = seed('web-20261201-1200');
    ssm.failValidation(1, { region: SRC });
    const err = await failure(distributeAmi(options(second.id)));
    expect(err.message).toContain(`in ${SRC} did not take ${second.id}: it still shows ${first.id} (version 1)`);
    expect(ssm.parameter(SRC, '/images/web/latest')?.versions.map((v) => v.value)).toEqual([first.id]);
    expect(before.ssmParameters).toHaveLength(2);
  }, 60_000);

  test('throttling is retried with the shared backoff', async () => {
    const src = seed();
    ssm.throttle(3, { action: 'PutParameter' });
    ssm.throttle(2, { action: 'GetParameter', region: DEST });
    const res = await distributeAmi(options(src.id));
    expect(res.ssmParameters).toHaveLength(2);
    expect(ssm.calls.filter((c) => c.error === 'ThrottlingException')).toHaveLength(5);
    expect(lines.some((l) => /retry \d after ThrottlingException/.test(l))).toBe(true);
  }, 60_000);

  test.each([['PutParameter'], ['AddTagsToResource'], ['GetParameter']])(
    'access denied on %s names the IAM action',
    async (action) => {
      const src = seed();
      ssm.deny({ action });
      const err = await failure(distributeAmi(options(src.id)));
      expect(isPipelineError(err, 'AUTH')).toBe(true);
      expect(err.message).toContain(`ssm:${action}`);
      expect(err.hint).toContain(`Grant ssm:${action}`);
      // Denied is final: never retried.
      expect(ssm.callsTo(action).filter((c) => c.error === 'AccessDeniedException').length).toBeLessThanOrEqual(2);
    },
    60_000,
  );

  test('a name AWS would refuse fails before the first copy, naming the input', async () => {
    const src = seed();
    const err = await failure(distributeAmi(options(src.id, { ssm: { template: '/aws/images/{{family}}', dataType: 'aws:ec2:image' } })));
    expect(err.input).toBe('ssm-parameter');
    expect(err.message).toContain('reserved by AWS');
    // A family from the AMI name that makes the name invalid (a space): also before any copy.
    const spaced = seed('web server 2026.11.30');
    const err2 = await failure(distributeAmi(options(spaced.id)));
    expect(err2.input).toBe('ssm-parameter');
    expect(err2.message).toContain("gives '/images/web server/latest' for us-east-1");
    expect(err2.message).toContain('a space');
    expect(ec2.callsTo('CopyImage')).toHaveLength(0);
    expect(ssm.calls).toHaveLength(0);
  }, 60_000);

  test('an existing text parameter is not silently turned into aws:ec2:image', async () => {
    const src = seed();
    ssm.seed(SRC, { name: '/images/web/latest', value: 'ami-0123456789abcdef0', dataType: 'text' });
    const err = await failure(distributeAmi(options(src.id)));
    expect(err.input).toBe('ssm-data-type');
    expect(err.message).toContain('has data type text, and ssm-data-type is aws:ec2:image');
    expect(ssm.callsTo('PutParameter', SRC)).toHaveLength(0);
  }, 60_000);

  test('with a role in another account, the parameter is written there too (AssumeRole), once the AMI is shared with it', async () => {
    const src = seed();
    const credentials = assumeRoleCredentials(ROLE, { region: SRC, endpoint: ssm.url, credentials: KEYS });
    const clients = ssmClientFactory({ endpoint: ssm.url, credentials: KEYS, accountCredentials: { [OTHER]: credentials } });
    const ssmOpts = {
      template: '/images/{{family}}/latest',
      dataType: 'aws:ec2:image' as const,
      accounts: [OTHER],
      readBack: { attempts: 12, baseDelayMs: 20, maxDelayMs: 150, budgetMs: 10_000 },
    };
    const unshared = await failure(distributeAmi(options(src.id, { ssmClients: clients, ssm: ssmOpts })));
    expect(unshared.input).toBe('ssm-role-arn');
    expect(unshared.message).toContain(`account ${OTHER}, which the AMI is not shared with`);

    const res = await distributeAmi(options(src.id, { ssmClients: clients, ssm: ssmOpts, shareAccounts: [OTHER] }));
    expect(res.ssmParameters?.map((p) => [p.region, p.account ?? 'own', p.outcome])).toEqual([
      [SRC, 'own', 'created'],
      [DEST, 'own', 'created'],
      [SRC, OTHER, 'created'],
      [DEST, OTHER, 'created'],
    ]);
    expect(ssm.parameter(DEST, '/images/web/latest', OTHER)?.versions.map((v) => v.value)).toEqual([res.amis[DEST]]);
    // The role's keys wrote there; the job's keys only assumed the role.
    expect(
      ssm
        .callsTo('PutParameter')
        .filter((c) => c.account === OTHER)
        .every((c) => c.accessKeyId.startsWith('ASIA')),
    ).toBe(true);
    expect(ssm.callsTo('sts:AssumeRole')).toHaveLength(1);
  }, 60_000);
});
