/**
 * The Parameter Store emulator as the real @aws-sdk/client-ssm sees it: AWS's
 * documented behaviours the publishing code relies on (a new version on every
 * Overwrite, Tags refused with Overwrite, asynchronous aws:ec2:image
 * validation, name rules), state per region and account, and requests
 * without a well-formed SigV4 header refused.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { AddTagsToResourceCommand, GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { startSsmEmulator, type SsmEmulator } from '../emulators/ssm/server.js';
import { awsErrorCode } from '../../shared/src/aws/ec2-errors.js';

let emu: SsmEmulator;
const KEYS = { accessKeyId: 'AKIDEMULATOR0003', secretAccessKey: 'emulator-secret' };
const client = (region: string, credentials = KEYS) => new SSMClient({ region, endpoint: emu.url, credentials, maxAttempts: 1 });

beforeAll(async () => {
  emu = await startSsmEmulator({ validationDelayMs: 100, accounts: { AKIDOTHERACCOUNT01: '444455556666' } });
});
afterAll(async () => {
  await emu.stop();
});

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return awsErrorCode(e);
  }
}

describe('Parameter Store emulator through the real SDK', () => {
  test('an identical PutParameter with Overwrite still makes a new version; without Overwrite it is ParameterAlreadyExists', async () => {
    const c = client('us-east-1');
    expect((await c.send(new PutParameterCommand({ Name: '/t/same', Value: 'v', Type: 'String' }))).Version).toBe(1);
    expect((await c.send(new PutParameterCommand({ Name: '/t/same', Value: 'v', Type: 'String', Overwrite: true }))).Version).toBe(2);
    expect(await codeOf(c.send(new PutParameterCommand({ Name: '/t/same', Value: 'w', Type: 'String' })))).toBe('ParameterAlreadyExists');
    expect((await c.send(new GetParameterCommand({ Name: '/t/same' }))).Parameter).toMatchObject({ Value: 'v', Version: 2, DataType: 'text' });
  });

  test('Tags with Overwrite are refused as AWS refuses them; AddTagsToResource needs the parameter to exist', async () => {
    const c = client('us-east-1');
    expect(
      await codeOf(c.send(new PutParameterCommand({ Name: '/t/tags', Value: 'v', Type: 'String', Overwrite: true, Tags: [{ Key: 'a', Value: 'b' }] }))),
    ).toBe('ValidationException');
    expect(await codeOf(c.send(new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: '/t/tags', Tags: [{ Key: 'a', Value: 'b' }] })))).toBe(
      'InvalidResourceId',
    );
  });

  test('aws:ec2:image: 200 at once, the previous version until validated, and a bad id never becomes current', async () => {
    const c = client('eu-west-1');
    const put = await c.send(new PutParameterCommand({ Name: '/t/ami', Value: 'ami-0123456789abcdef0', Type: 'String', DataType: 'aws:ec2:image' }));
    expect(put.Version).toBe(1);
    expect(await codeOf(c.send(new GetParameterCommand({ Name: '/t/ami' })))).toBe('ParameterNotFound');
    await new Promise((r) => setTimeout(r, 150));
    expect((await c.send(new GetParameterCommand({ Name: '/t/ami' }))).Parameter).toMatchObject({
      Value: 'ami-0123456789abcdef0',
      Version: 1,
      DataType: 'aws:ec2:image',
    });
    const bad = await c.send(new PutParameterCommand({ Name: '/t/ami', Value: 'not-an-ami', Type: 'String', DataType: 'aws:ec2:image', Overwrite: true }));
    expect(bad.Version).toBe(2);
    await new Promise((r) => setTimeout(r, 150));
    expect((await c.send(new GetParameterCommand({ Name: '/t/ami' }))).Parameter).toMatchObject({ Value: 'ami-0123456789abcdef0', Version: 1 });
    expect(emu.region('eu-west-1').dropped).toEqual([expect.objectContaining({ name: '/t/ami', value: 'not-an-ami', version: 2 })]);
    // The data type cannot change to or from aws:ec2:image.
    expect(await codeOf(c.send(new PutParameterCommand({ Name: '/t/ami', Value: 'x', Type: 'String', DataType: 'text', Overwrite: true })))).toBe(
      'ValidationException',
    );
  });

  test.each([
    ['/aws/x', 'ValidationException'],
    ['ssm-x', 'ValidationException'],
    ['a/b', 'ValidationException'],
    ['/has space', 'ValidationException'],
    [`/${Array.from({ length: 16 }, (_, i) => `l${i}`).join('/')}`, 'HierarchyLevelLimitExceededException'],
  ])('the name %s is refused with %s', async (name, code) => {
    expect(await codeOf(client('us-east-1').send(new PutParameterCommand({ Name: name, Value: 'v', Type: 'String' })))).toBe(code);
  });

  test('state is kept per region and per account (by access key)', async () => {
    await client('us-west-2').send(new PutParameterCommand({ Name: '/t/where', Value: 'here', Type: 'String' }));
    expect(await codeOf(client('us-east-2').send(new GetParameterCommand({ Name: '/t/where' })))).toBe('ParameterNotFound');
    const other = client('us-west-2', { accessKeyId: 'AKIDOTHERACCOUNT01', secretAccessKey: 's' });
    expect(await codeOf(other.send(new GetParameterCommand({ Name: '/t/where' })))).toBe('ParameterNotFound');
    expect(emu.parameter('us-west-2', '/t/where')?.versions.map((v) => v.value)).toEqual(['here']);
  });

  test('a request without a SigV4 Authorization header of the right shape is refused', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(emu.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonSSM.GetParameter', ...headers },
        body: '{"Name":"/t/where"}',
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { __type: string } }));
    expect(await post({})).toEqual({ status: 400, body: expect.objectContaining({ __type: 'MissingAuthenticationTokenException' }) });
    expect(await post({ authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261130/us-east-1/ssm/aws4_request, SignedHeaders=host, Signature=abc' })).toEqual({
      status: 400,
      body: expect.objectContaining({ __type: 'IncompleteSignatureException' }),
    });
  });

  test('faults: throttling, then access denied naming ssm:<Action>', async () => {
    const c = client('ap-south-1');
    emu.throttle(1, { action: 'GetParameter', region: 'ap-south-1' });
    expect(await codeOf(c.send(new GetParameterCommand({ Name: '/t/x' })))).toBe('ThrottlingException');
    expect(await codeOf(c.send(new GetParameterCommand({ Name: '/t/x' })))).toBe('ParameterNotFound');
    emu.deny({ action: 'PutParameter', region: 'ap-south-1' });
    try {
      await c.send(new PutParameterCommand({ Name: '/t/x', Value: 'v', Type: 'String' }));
      throw new Error('expected AccessDeniedException');
    } catch (e) {
      expect(awsErrorCode(e)).toBe('AccessDeniedException');
      expect((e as Error).message).toContain('is not authorized to perform: ssm:PutParameter on resource: arn:aws:ssm:ap-south-1:111122223333:parameter/t/x');
    }
    emu.clearFaults();
  });
});
