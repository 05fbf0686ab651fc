/**
 * The emulators read request bodies bounded (test/emulators/loopback.ts,
 * readBody): past 1 MiB (4 MiB for attestation bundles) a request is answered
 * 413 in the service's own error format, with "expected at most N bytes, got M",
 * and nothing of it is kept; a body under the bound is served as before.
 */
import { afterEach, expect, test } from '@jest/globals';
import { startEc2Emulator } from '../emulators/ec2/server.js';
import { startEcrEmulator } from '../emulators/ecr/server.js';
import { startAttestationsEmulator } from '../emulators/github/attestations.js';
import { startSsmEmulator } from '../emulators/ssm/server.js';

const MiB = 1024 * 1024;
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const AMZ_DATE = '20261126T000000Z';
const sigv4 = (service: string, signed = 'host;x-amz-date'): Record<string, string> => ({
  authorization: `AWS4-HMAC-SHA256 Credential=AKIDEMULATOR0000/20261126/eu-west-1/${service}/aws4_request, SignedHeaders=${signed}, Signature=${'0'.repeat(64)}`,
  'x-amz-date': AMZ_DATE,
});

test('EC2: a body over 1 MiB is refused 413 with the EC2 error document; one just under is served', async () => {
  const emu = await startEc2Emulator();
  stops.push(() => emu.stop());
  const headers = { ...sigv4('ec2'), 'content-type': 'application/x-www-form-urlencoded' };
  const query = 'Action=DescribeImages&Version=2016-11-15&Pad=';
  const over = await fetch(emu.url, { method: 'POST', headers, body: query + 'x'.repeat(MiB + 1 - query.length) });
  expect(over.status).toBe(413);
  expect(await over.text()).toMatch(
    /<Response><Errors><Error><Code>RequestEntityTooLarge<\/Code><Message>expected a request body of at most 1048576 bytes, got 1048577; send a smaller request<\/Message><\/Error><\/Errors><RequestID>[0-9a-f-]{36}<\/RequestID><\/Response>$/,
  );
  expect(emu.callsTo('DescribeImages')).toEqual([]);
  const under = await fetch(emu.url, { method: 'POST', headers, body: query + 'x'.repeat(MiB - query.length) });
  expect(under.status).toBe(200);
  expect(await under.text()).toContain('<DescribeImagesResponse');
  expect(emu.callsTo('DescribeImages')).toHaveLength(1);
});

test('SSM: a body over 1 MiB is refused 413 in the JSON error format, not parsed cut short', async () => {
  const emu = await startSsmEmulator();
  stops.push(() => emu.stop());
  const headers = { ...sigv4('ssm', 'host;x-amz-date;x-amz-target'), 'x-amz-target': 'AmazonSSM.GetParameter', 'content-type': 'application/x-amz-json-1.1' };
  const over = await fetch(emu.url, { method: 'POST', headers, body: JSON.stringify({ Name: '/a', Pad: 'x'.repeat(MiB) }) });
  expect(over.status).toBe(413);
  expect(await over.json()).toEqual({
    __type: 'RequestEntityTooLarge',
    message: expect.stringMatching(/^expected a request body of at most 1048576 bytes, got 10485\d\d; /),
  });
  expect(emu.callsTo('GetParameter')).toEqual([]);
  const under = await fetch(emu.url, { method: 'POST', headers, body: JSON.stringify({ Name: '/a', Pad: 'x'.repeat(MiB - 100) }) });
  expect(under.status).toBe(400);
  expect(await under.json()).toMatchObject({ __type: 'ParameterNotFound' });
});

test('ECR: a body over 1 MiB is refused 413 in the JSON error format', async () => {
  const emu = await startEcrEmulator({ password: 'pw' });
  stops.push(() => emu.stop());
  const headers = {
    ...sigv4('ecr'),
    'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
    'content-type': 'application/x-amz-json-1.1',
  };
  const over = await fetch(emu.endpoint, { method: 'POST', headers, body: JSON.stringify({ Pad: 'x'.repeat(MiB) }) });
  expect(over.status).toBe(413);
  expect(await over.json()).toMatchObject({
    __type: 'RequestEntityTooLarge',
    message: expect.stringContaining('expected a request body of at most 1048576 bytes'),
  });
  const under = await fetch(emu.endpoint, { method: 'POST', headers, body: JSON.stringify({ Pad: 'x'.repeat(1000) }) });
  expect(under.status).toBe(200);
});

test('attestations: a bundle over 4 MiB is refused 413 and not stored', async () => {
  const emu = await startAttestationsEmulator();
  stops.push(() => emu.close());
  const post = (size: number) =>
    fetch(`${emu.url}/repos/o/r/attestations`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ bundle: { pad: 'x'.repeat(size) } }),
    });
  const over = await post(4 * MiB);
  expect(over.status).toBe(413);
  expect(emu.stored.get('o/r')).toBeUndefined();
  expect((await post(1000)).status).toBe(201);
  expect(emu.stored.get('o/r')).toHaveLength(1);
});
