/**
 * distribute-image's pre-flight (issue 16: nothing half-published): what
 * publishing would refuse — a listed launch template missing in a region, an
 * SSM parameter of another data type, a permission to read either — fails the
 * step before the first CopyImage, so no copy is made, no parameter written
 * and no template touched. Through main() and a memory IO against the EC2 and
 * Parameter Store emulators with the real SDK clients; the emulators' call
 * logs and state are the evidence.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { memoryIO } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { distributeImage } from '../../distribute-image/src/run.js';
import type { Ec2Emulator } from '../emulators/ec2/server.js';
import type { SsmEmulator } from '../emulators/ssm/server.js';
import { distributeEnv, startAmiEmulators, stopAmiEmulators, useEnvCredentials } from '../support/ami-emulators.js';

let ec2: Ec2Emulator;
let ssm: SsmEmulator;
const NAME = '/images/web/latest';
const R1 = 'us-east-1';
const R2 = 'eu-west-1';

useEnvCredentials('AKIDEMULATOR0004');
beforeEach(async () => ({ ec2, ssm } = await startAmiEmulators()));
afterEach(() => stopAmiEmulators({ ec2, ssm }));

const env = (inputs: Record<string, string>) => distributeEnv(ssm, inputs, R1);

/** Every call that changes something, in either emulator: none may happen when the pre-flight fails. */
const WRITES = [
  'CopyImage',
  'CreateTags',
  'ModifyImageAttribute',
  'ModifySnapshotAttribute',
  'EnableImageDeprecation',
  'CreateLaunchTemplateVersion',
  'ModifyLaunchTemplate',
];
const ec2Writes = () => ec2.calls.filter((c) => WRITES.includes(c.action)).map((c) => `${c.region} ${c.action}`);
const ssmWrites = () => ssm.calls.filter((c) => c.action !== 'GetParameter').map((c) => `${c.region} ${c.action}`);

function setup() {
  const src = ec2.addImage(R1, { name: 'web-2026.11.30', encrypted: true });
  const old = ec2.addImage(R1, { name: 'web-2026.10.01', encrypted: true });
  const lt = ec2.addLaunchTemplate(R1, 'web-servers', [old.id], {}, { InstanceType: 't3.small' });
  const inputs = {
    'ami-id': src.id,
    regions: R2,
    'aws-endpoint-url': ec2.url,
    'poll-interval': '1s',
    'ssm-parameter': '/images/{{family}}/latest',
    'launch-templates': '# every region\nweb-servers',
    'launch-template-default': 'true',
  };
  return { src, old, lt, inputs };
}

describe('distribute-image pre-flight', () => {
  it('a listed template missing in the second region fails before any copy, naming the line and region; nothing is written; once created, a re-run publishes', async () => {
    const { old, lt, inputs } = setup();
    const io = memoryIO();
    await main(distributeImage, env(inputs), io);
    // The same error publishing gives (launch-templates.test.ts), now before the first copy.
    expect(io.recorded.failed).toContain(`input 'launch-templates': line 2: no launch template with name 'web-servers' exists in ${R2}`);
    expect(io.recorded.failed).toContain(`create the template in ${R2}, or prefix the line with the regions that have it`);
    // Read-only look-ups in both regions, then nothing at all.
    expect(ec2.callsTo('DescribeLaunchTemplates', R1).length).toBeGreaterThan(0);
    expect(ec2.callsTo('DescribeLaunchTemplates', R2).map((c) => c.error)).toContain('InvalidLaunchTemplateName.NotFoundException');
    expect(ec2Writes()).toEqual([]);
    expect(ec2.images(R2)).toEqual([]);
    expect(ssmWrites()).toEqual([]);
    expect(ssm.parameter(R1, NAME)).toBeUndefined();
    expect(ssm.parameter(R2, NAME)).toBeUndefined();
    expect(ec2.launchTemplate(R1, 'web-servers')?.versions.map((v) => v.data.ImageId)).toEqual([old.id]);
    expect(ec2.launchTemplate(R1, 'web-servers')?.tags).toEqual({});
    expect(io.recorded.outputs.amis).toBeUndefined();

    // Fixed by creating the template there: the same inputs complete.
    const oldEu = ec2.addImage(R2, { name: 'web-2026.10.01', encrypted: true });
    ec2.addLaunchTemplate(R2, 'web-servers', [oldEu.id], {}, { InstanceType: 't3.small' });
    const again = memoryIO();
    await main(distributeImage, env(inputs), again);
    expect(again.recorded.failed).toBeUndefined();
    const amis = JSON.parse(again.recorded.outputs.amis ?? '{}') as Record<string, string>;
    for (const region of [R1, R2]) {
      expect(ssm.parameter(region, NAME)?.versions.map((v) => v.value)).toEqual([amis[region]]);
      expect(ec2.launchTemplate(region, 'web-servers')?.defaultVersion).toBe(2);
    }
    expect(ec2.launchTemplate(R1, lt.id)?.versions[1]?.data).toMatchObject({ InstanceType: 't3.small', ImageId: amis[R1] });
  }, 90_000);

  it('an SSM parameter of another data type in the second region fails before any copy, naming ssm-data-type; no parameter written, no template touched', async () => {
    const { old, inputs } = setup();
    const oldEu = ec2.addImage(R2, { name: 'web-2026.10.01', encrypted: true });
    ec2.addLaunchTemplate(R2, 'web-servers', [oldEu.id]);
    ssm.seed(R2, { name: NAME, value: 'ami-0123456789abcdef0', dataType: 'text' });
    const io = memoryIO();
    await main(distributeImage, env(inputs), io);
    // The same error publishing gives (distribute-ssm-partial.test.ts).
    expect(io.recorded.failed).toContain(`SSM parameter ${NAME} in ${R2} has data type text, and ssm-data-type is aws:ec2:image`);
    expect(io.recorded.failed).toContain("input 'ssm-data-type'");
    expect(ssm.callsTo('GetParameter', R1)).toHaveLength(1);
    expect(ssm.callsTo('GetParameter', R2)).toHaveLength(1);
    expect(ssmWrites()).toEqual([]);
    expect(ssm.parameter(R1, NAME)).toBeUndefined();
    expect(ssm.parameter(R2, NAME)?.versions.map((v) => v.value)).toEqual(['ami-0123456789abcdef0']);
    expect(ec2Writes()).toEqual([]);
    expect(ec2.images(R2).map((i) => i.id)).toEqual([oldEu.id]);
    expect(ec2.launchTemplate(R1, 'web-servers')?.versions.map((v) => v.data.ImageId)).toEqual([old.id]);
  }, 60_000);

  it('a role that may not read templates or parameters fails before any copy, naming the IAM action (and the line)', async () => {
    const { inputs } = setup();
    ec2.addLaunchTemplate(R2, 'web-servers', [ec2.addImage(R2, { name: 'web-2026.10.01' }).id]);
    ec2.deny({ action: 'DescribeLaunchTemplates', region: R2 });
    const io = memoryIO();
    await main(distributeImage, env(inputs), io);
    expect(io.recorded.failed).toContain('ec2:DescribeLaunchTemplates');
    expect(io.recorded.failed).toContain("launch template web-servers, line 2 of 'launch-templates'");
    expect(ec2.callsTo('DescribeLaunchTemplates', R2).filter((c) => c.error !== undefined)).toHaveLength(1); // never retried
    expect(ec2Writes()).toEqual([]);
    expect(ssmWrites()).toEqual([]);

    ec2.allow();
    ssm.deny({ action: 'GetParameter', region: R2 });
    const io2 = memoryIO();
    await main(distributeImage, env(inputs), io2);
    expect(io2.recorded.failed).toContain('ssm:GetParameter');
    expect(ec2Writes()).toEqual([]);
    expect(ssmWrites()).toEqual([]);
  }, 60_000);

  it('several problems are named together, in line order, before any copy', async () => {
    const { inputs } = setup();
    const io = memoryIO();
    await main(distributeImage, env({ ...inputs, 'launch-templates': 'web-servers\nus-east-1:batch-workers' }), io);
    const failed = io.recorded.failed ?? '';
    expect(failed).toContain('2 launch templates cannot be published');
    const first = failed.indexOf(`line 1: no launch template with name 'web-servers' exists in ${R2}`);
    const second = failed.indexOf(`line 2: no launch template with name 'batch-workers' exists in ${R1}`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(failed).toContain('Nothing was copied or published yet');
    expect(ec2Writes()).toEqual([]);
    expect(ssmWrites()).toEqual([]);
  }, 60_000);
});
