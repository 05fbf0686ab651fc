/**
 * distribute-image through main() when SSM publishing fails in one region:
 * the parameters written in the other regions are in the `ssm-parameters`
 * output and the summary, and the step fails naming the cause. Against the
 * EC2 and Parameter Store emulators with the real SDK clients.
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

useEnvCredentials('AKIDEMULATOR0003');
beforeEach(async () => ({ ec2, ssm } = await startAmiEmulators()));
afterEach(() => stopAmiEmulators({ ec2, ssm }));

const env = (inputs: Record<string, string>) => distributeEnv(ssm, inputs);

describe('distribute-image when an SSM parameter fails in one region', () => {
  it('sets ssm-parameters for the regions written (in distribution order), summarises them, and fails naming the cause', async () => {
    const src = ec2.addImage('us-east-1', { name: 'web-2026.11.30', encrypted: true });
    // A parameter of that name made by hand as text: AWS cannot change it to aws:ec2:image, so eu-west-1 fails.
    // Made while the copies run, after the pre-flight read the region (a parameter there from the start fails the run
    // before any copy: distribute-preflight.test.ts); this is what publishing's own check is for.
    let seeded = false;
    let ended = false;
    const seeding = (async () => {
      while (ec2.callsTo('CopyImage').length === 0) {
        if (ended) return;
        await new Promise((r) => setTimeout(r, 5));
      }
      ssm.seed('eu-west-1', { name: NAME, value: 'ami-0123456789abcdef0', dataType: 'text' });
      seeded = true;
    })();
    const io = memoryIO();
    await main(
      distributeImage,
      env({
        'ami-id': src.id,
        regions: 'eu-west-1\nap-southeast-2',
        'aws-endpoint-url': ec2.url,
        'poll-interval': '1s',
        'ssm-parameter': '/images/{{family}}/latest',
      }),
      io,
    );
    ended = true;
    await seeding;
    expect(seeded).toBe(true);
    // The pre-flight saw no parameter in eu-west-1; publishing found the one made since.
    expect(Math.min(...ssm.callsTo('GetParameter', 'eu-west-1').map((c) => c.at))).toBeLessThanOrEqual(Math.min(...ec2.callsTo('CopyImage').map((c) => c.at)));
    expect(io.recorded.failed).toContain(`SSM parameter ${NAME} in eu-west-1 has data type text`);
    expect(io.recorded.failed).toContain("input 'ssm-data-type'");
    const amis = JSON.parse(io.recorded.outputs.amis ?? '{}') as Record<string, string>;
    expect(Object.keys(amis)).toEqual(['us-east-1', 'eu-west-1', 'ap-southeast-2']);
    const out = JSON.parse(io.recorded.outputs['ssm-parameters'] ?? 'null') as Record<string, unknown>;
    expect(out).toEqual({ 'us-east-1': { name: NAME, version: 1 }, 'ap-southeast-2': { name: NAME, version: 1 } });
    expect(Object.keys(out)).toEqual(['us-east-1', 'ap-southeast-2']);
    // What the output says is what Parameter Store holds; the failed region is as it was.
    expect(ssm.parameter('ap-southeast-2', NAME)?.versions.map((v) => v.value)).toEqual([amis['ap-southeast-2']]);
    expect(ssm.parameter('eu-west-1', NAME)?.versions.map((v) => v.value)).toEqual(['ami-0123456789abcdef0']);
    expect(io.recorded.summary).toContain(`| \`${NAME}\` | ap-southeast-2 | this | \`${amis['ap-southeast-2'] ?? ''}\` | 1 | aws:ec2:image | created |`);
    expect(io.recorded.summary).not.toContain(`| \`${NAME}\` | eu-west-1 |`);
    expect(io.recorded.summary).toContain('**Publishing failed** (the images above are distributed)');

    // Fixed by hand (the parameter deleted), a re-run writes eu-west-1 and leaves the others unchanged.
    delete ssm.region('eu-west-1').parameters[NAME];
    const again = memoryIO();
    await main(
      distributeImage,
      env({ 'ami-id': src.id, regions: 'eu-west-1\nap-southeast-2', 'aws-endpoint-url': ec2.url, 'poll-interval': '1s', 'ssm-parameter': NAME }),
      again,
    );
    expect(again.recorded.failed).toBeUndefined();
    expect(JSON.parse(again.recorded.outputs['ssm-parameters'] ?? '{}')).toEqual({
      'us-east-1': { name: NAME, version: 1 },
      'eu-west-1': { name: NAME, version: 1 },
      'ap-southeast-2': { name: NAME, version: 1 },
    });
  }, 60_000);
});
