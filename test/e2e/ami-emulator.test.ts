/**
 * The EC2 emulator itself: the wire format a raw client sees, ClientToken
 * idempotency through the real SDK, and state that survives a restart.
 */
import { afterEach, expect, test } from '@jest/globals';
import { CopyImageCommand, DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEc2Emulator, type Ec2Emulator } from '../emulators/ec2/server.js';

const started: Ec2Emulator[] = [];
afterEach(async () => {
  for (const e of started.splice(0)) await e.stop();
});
const start = async (opts: Parameters<typeof startEc2Emulator>[0] = {}) => {
  const e = await startEc2Emulator(opts);
  started.push(e);
  return e;
};
const client = (emu: Ec2Emulator, region: string) =>
  new EC2Client({ region, endpoint: emu.url, maxAttempts: 1, credentials: { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' } });
const signed = (region: string) => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDEMULATOR/20261126/${region}/ec2/aws4_request, SignedHeaders=host, Signature=00`,
  'content-type': 'application/x-www-form-urlencoded',
});

test('raw wire: region from the credential scope, XML namespace, error document and status', async () => {
  const emu = await start();
  emu.addImage('eu-west-1', { name: 'only-in-eu' });
  const ok = await fetch(emu.url, { method: 'POST', headers: signed('eu-west-1'), body: 'Action=DescribeImages&Version=2016-11-15' });
  expect(ok.status).toBe(200);
  const body = await ok.text();
  expect(body).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<DescribeImagesResponse xmlns="http:\/\/ec2.amazonaws.com\/doc\/2016-11-15\/"><requestId>[0-9a-f-]{36}<\/requestId><imagesSet><item><imageId>ami-/,
  );
  const other = await (await fetch(emu.url, { method: 'POST', headers: signed('us-east-1'), body: 'Action=DescribeImages&Version=2016-11-15' })).text();
  expect(other).toContain('<imagesSet></imagesSet>');
  emu.throttle(1);
  const throttled = await fetch(emu.url, { method: 'POST', headers: signed('eu-west-1'), body: 'Action=DescribeImages&Version=2016-11-15' });
  expect(throttled.status).toBe(503);
  expect(await throttled.text()).toMatch(
    /<Response><Errors><Error><Code>RequestLimitExceeded<\/Code><Message>Request limit exceeded.<\/Message><\/Error><\/Errors><RequestID>[0-9a-f-]{36}<\/RequestID><\/Response>$/,
  );
  const unsigned = await fetch(emu.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'Action=DescribeImages&Version=2016-11-15',
  });
  expect(unsigned.status).toBe(401);
  const unknown = await fetch(emu.url, { method: 'POST', headers: signed('eu-west-1'), body: 'Action=LaunchRockets&Version=2016-11-15' });
  expect(await unknown.text()).toContain('<Code>InvalidAction</Code>');
});

test('CopyImage: the same ClientToken gives the same image; other parameters with it are refused', async () => {
  const emu = await start({ copyDelayMs: 10 });
  const src = emu.addImage('us-east-1', { name: 'app-1' });
  const eu = client(emu, 'eu-west-1');
  const input = { Name: 'app-1', SourceImageId: src.id, SourceRegion: 'us-east-1', ClientToken: 'token-1' };
  const a = await eu.send(new CopyImageCommand(input));
  const b = await eu.send(new CopyImageCommand(input));
  expect(b.ImageId).toBe(a.ImageId);
  expect(emu.images('eu-west-1')).toHaveLength(1);
  await expect(eu.send(new CopyImageCommand({ ...input, Description: 'changed' }))).rejects.toMatchObject({ name: 'IdempotentParameterMismatch' });
  await expect(eu.send(new CopyImageCommand({ ...input, ClientToken: 'token-2' }))).rejects.toMatchObject({ name: 'InvalidAMIName.Duplicate' });
  await expect(eu.send(new CopyImageCommand({ ...input, ClientToken: 'token-3', Name: 'x', KmsKeyId: 'k' }))).rejects.toMatchObject({
    name: 'InvalidParameterCombination',
  });
});

test('state persists across a restart when a state file is given', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ec2-state-')), 'state.json');
  const first = await start({ stateFile: file, copyDelayMs: 0 });
  const src = first.addImage('us-east-1', { name: 'persisted', tags: { a: '1' } });
  await client(first, 'ap-south-1').send(new CopyImageCommand({ Name: 'persisted', SourceImageId: src.id, SourceRegion: 'us-east-1', ClientToken: 't' }));
  await first.stop();
  const second = await start({ stateFile: file });
  const out = await client(second, 'ap-south-1').send(new DescribeImagesCommand({ Owners: ['self'] }));
  expect(out.Images?.map((i) => [i.Name, i.State, i.SourceImageId])).toEqual([['persisted', 'available', src.id]]);
  // The token is remembered too.
  const again = await client(second, 'ap-south-1').send(
    new CopyImageCommand({ Name: 'persisted', SourceImageId: src.id, SourceRegion: 'us-east-1', ClientToken: 't' }),
  );
  expect(again.ImageId).toBe(out.Images?.[0]?.ImageId);
});
