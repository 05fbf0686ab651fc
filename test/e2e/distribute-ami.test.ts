/**
 * distribute-image on a machine image through the committed bundle, against
 * the EC2 emulator with the real SDK: copies to two more regions, shares and
 * tags them, sets the amis output; a re-run reuses every copy.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { startEc2Emulator, type Ec2Emulator } from '../emulators/ec2/server.js';

const bundle = path.resolve('distribute-image/dist/index.js');
let emu: Ec2Emulator;

beforeAll(async () => {
  emu = await startEc2Emulator({ copyDelayMs: 200 });
});
afterAll(async () => {
  await emu.stop();
});

const env = () => ({ AWS_ACCESS_KEY_ID: 'AKIDEMULATOR', AWS_SECRET_ACCESS_KEY: 'emulator-secret', AWS_REGION: 'us-east-1' });

describe('distribute-image with ami-id', () => {
  it('copies, shares and tags in every region, and a re-run makes no second copy', async () => {
    const src = emu.addImage('us-east-1', { name: 'golden-2026.11.26', architecture: 'x86_64', encrypted: true, tags: {} });
    const inputs = {
      'ami-id': src.id,
      'source-region': 'us-east-1',
      regions: 'eu-west-1, ap-southeast-2',
      'share-accounts': '123456789012',
      'ami-tags': 'Owner=platform',
      'aws-endpoint-url': emu.url,
      'poll-interval': '1s',
    };
    const first = await runActionBundle(bundle, { inputs, env: env() });
    expect(first.log).not.toContain('::error');
    expect(first.code).toBe(0);
    const amis = JSON.parse(first.outputs.amis ?? '{}') as Record<string, string>;
    expect(Object.keys(amis).sort()).toEqual(['ap-southeast-2', 'eu-west-1', 'us-east-1']);
    expect(amis['us-east-1']).toBe(src.id);
    for (const region of ['eu-west-1', 'ap-southeast-2']) {
      const copies = emu.images(region);
      expect(copies).toHaveLength(1);
      expect(copies[0]?.id).toBe(amis[region]);
      expect(copies[0]?.tags.Owner).toBe('platform');
    }
    expect(first.summary).toContain('eu-west-1');

    const again = await runActionBundle(bundle, { inputs, env: env() });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.outputs.amis ?? '{}')).toEqual(amis);
    for (const region of ['eu-west-1', 'ap-southeast-2']) expect(emu.images(region)).toHaveLength(1);
  }, 120000);

  it('fails at once on access denied, naming the permission', async () => {
    const src = emu.addImage('us-east-1', { name: 'denied-1', architecture: 'x86_64', tags: {} });
    emu.deny({ action: 'CopyImage' });
    const run = await runActionBundle(bundle, {
      inputs: { 'ami-id': src.id, regions: 'eu-central-1', 'aws-endpoint-url': emu.url, 'poll-interval': '1s' },
      env: env(),
    });
    expect(run.code).toBe(1);
    expect(run.log).toContain('ec2:CopyImage');
  }, 60000);
});
