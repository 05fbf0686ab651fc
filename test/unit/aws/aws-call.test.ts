/** One AWS request (ec2Call, awsCall): the shared retry loop, AWS's classification, and the error translation. */
import { describe, expect, test } from '@jest/globals';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { awsCall, ec2Call } from '../../../shared/src/aws/aws-call.js';
import { isPipelineError, PipelineError } from '../../../shared/src/errors.js';

/** An EC2 client whose answers are scripted: an Error is thrown, anything else returned. */
function scripted(answers: unknown[], region: string | (() => Promise<string>) = 'eu-west-1'): { client: EC2Client; sent: number } {
  const state = { client: undefined as unknown as EC2Client, sent: 0 };
  state.client = {
    config: { region },
    send: async () => {
      const a = answers[state.sent++];
      if (a instanceof Error) throw a;
      return a;
    },
  } as unknown as EC2Client;
  return state;
}
const err = (name: string, status: number): Error => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
// Waits of at most 2 ms: real timers, kept tiny.
const fast = { attempts: 4, baseDelayMs: 1, maxDelayMs: 2, budgetMs: 10_000 };
const cmd = { input: {} };

describe('ec2Call', () => {
  test('retries throttling, reports each retry with its code, then returns the answer', async () => {
    const s = scripted([err('RequestLimitExceeded', 503), err('InternalError', 500), { Images: [] }]);
    const retries: Array<[number, string]> = [];
    const out = await ec2Call<{ Images: unknown[] }>(s.client, 'DescribeImages', cmd, {
      retry: fast,
      onRetry: (n, code, ms) => {
        expect(ms).toBeLessThanOrEqual(2);
        retries.push([n, code]);
      },
    });
    expect(out).toEqual({ Images: [] });
    expect(s.sent).toBe(3);
    expect(retries).toEqual([
      [1, 'RequestLimitExceeded'],
      [2, 'InternalError'],
    ]);
  });

  test('an access error is not retried and becomes AUTH naming the permission and the region', async () => {
    const s = scripted([err('UnauthorizedOperation', 403), { Images: [] }], async () => 'ap-south-1');
    const e = await ec2Call(s.client, 'CopyImage', cmd, { retry: fast }).catch((x: unknown) => x);
    expect(s.sent).toBe(1);
    expect(isPipelineError(e, 'AUTH')).toBe(true);
    expect((e as PipelineError).message).toContain('ec2:CopyImage in ap-south-1');
  });

  test("gives up after the policy's attempts with an AWS error carrying the code and the cause", async () => {
    const last = err('RequestLimitExceeded', 503);
    const s = scripted([err('RequestLimitExceeded', 503), err('RequestLimitExceeded', 503), err('RequestLimitExceeded', 503), last, { Images: [] }]);
    const e = await ec2Call(s.client, 'DescribeImages', cmd, { retry: fast }).catch((x: unknown) => x);
    expect(s.sent).toBe(4);
    expect(isPipelineError(e, 'AWS')).toBe(true);
    expect((e as PipelineError).message).toContain('ec2:DescribeImages in eu-west-1 failed: RequestLimitExceeded');
    expect((e as PipelineError).cause).toBe(last);
  });

  test('not-found is retried only when asked (a fresh copy is invisible for a while)', async () => {
    const a = scripted([err('InvalidAMIID.NotFound', 400), { Images: [] }]);
    await expect(ec2Call(a.client, 'CreateTags', cmd, { retry: fast })).rejects.toThrow('InvalidAMIID.NotFound');
    expect(a.sent).toBe(1);
    const b = scripted([err('InvalidAMIID.NotFound', 400), { Images: [] }]);
    await expect(ec2Call(b.client, 'CreateTags', cmd, { retry: fast, alsoRetry: ['not-found'] })).resolves.toEqual({ Images: [] });
    expect(b.sent).toBe(2);
  });

  test('an abort ends the call with the abort itself, untranslated, and no further try', async () => {
    const abort = new AbortController();
    const reason = new Error('stop: another region lacks permissions');
    const s = scripted([err('RequestLimitExceeded', 503), { Images: [] }]);
    const slow = { attempts: 4, baseDelayMs: 60_000, maxDelayMs: 60_000, budgetMs: 600_000 };
    const call = ec2Call(s.client, 'DescribeImages', cmd, { retry: slow, signal: abort.signal, onRetry: () => abort.abort(reason) });
    await expect(call).rejects.toBe(reason);
    expect(s.sent).toBe(1);
  });
});

describe('awsCall for another SDK v3 client (ECR)', () => {
  test('the same loop and classification: a throttle is retried, an access error names the ecr: permission without the EC2 example', async () => {
    const s = scripted([err('ThrottlingException', 400), { authorizationData: [] }]);
    await expect(awsCall(s.client, 'ecr', 'GetAuthorizationToken', cmd, { retry: fast })).resolves.toEqual({ authorizationData: [] });
    expect(s.sent).toBe(2);
    const denied = scripted([err('AccessDeniedException', 400), { authorizationData: [] }]);
    const e = (await awsCall(denied.client, 'ecr', 'GetAuthorizationToken', cmd, { retry: fast }).catch((x: unknown) => x)) as PipelineError;
    expect(denied.sent).toBe(1);
    expect(e.code).toBe('AUTH');
    expect(e.reason).toBe(
      'AWS refused ecr:GetAuthorizationToken in eu-west-1 (AccessDeniedException): the credentials lack the IAM permission ecr:GetAuthorizationToken',
    );
    expect(e.hint).toBe('Grant ecr:GetAuthorizationToken to the role this job assumes, or check that the region is enabled for the account.');
    const down = scripted([
      err('ServiceUnavailableException', 503),
      err('ServiceUnavailableException', 503),
      err('ServiceUnavailableException', 503),
      err('ServiceUnavailableException', 503),
    ]);
    const f = (await awsCall(down.client, 'ecr', 'GetAuthorizationToken', cmd, { retry: fast }).catch((x: unknown) => x)) as PipelineError;
    expect(down.sent).toBe(4);
    expect(f.reason).toMatch(/^ecr:GetAuthorizationToken in eu-west-1 failed: ServiceUnavailableException/);
  });
});
