/** EC2 error classification (never message text) and its retry decisions. */
import { describe, expect, test } from '@jest/globals';
import { accessError, awsError, classifyAwsError, ec2Classify } from '../../../shared/src/aws/ec2-errors.js';
import { isPipelineError } from '../../../shared/src/errors.js';

test.each([
  [{ name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } }, 'throttle'],
  [{ name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } }, 'access'],
  [{ name: 'AuthFailure', $metadata: { httpStatusCode: 401 } }, 'access'],
  [{ name: 'InvalidAMIID.NotFound', $metadata: { httpStatusCode: 400 } }, 'not-found'],
  [{ name: 'InternalError', $metadata: { httpStatusCode: 500 } }, 'transient'],
  [{ name: 'Whatever', $metadata: { httpStatusCode: 502 } }, 'transient'],
  [Object.assign(new Error('reset'), { code: 'ECONNRESET' }), 'transient'],
  [{ name: 'InvalidParameterValue', $metadata: { httpStatusCode: 400 } }, 'other'],
])('classifyAwsError(%j) = %s', (e, kind) => {
  expect(classifyAwsError(e)).toBe(kind);
});

describe('ec2Classify: what withRetry is told about an EC2 error', () => {
  const throttled = { name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } };
  const denied = { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } };
  const notFound = { name: 'InvalidAMIID.NotFound', $metadata: { httpStatusCode: 400 } };
  const inUse = { name: 'InvalidSnapshot.InUse', $metadata: { httpStatusCode: 400 } };
  test('throttling and transient faults are retried, with the code as the reason', () => {
    expect(ec2Classify()(throttled)).toEqual({ retry: true, why: 'RequestLimitExceeded' });
    expect(ec2Classify()({ name: 'InternalError', $metadata: { httpStatusCode: 500 } })).toEqual({ retry: true, why: 'InternalError' });
  });
  test('not-found and other codes only where the caller asks', () => {
    expect(ec2Classify()(notFound).retry).toBe(false);
    expect(ec2Classify(['not-found'])(notFound).retry).toBe(true);
    expect(ec2Classify()(inUse).retry).toBe(false);
    expect(ec2Classify([], ['InvalidSnapshot.InUse'])(inUse).retry).toBe(true);
  });
  test('access errors are never retried, whatever the caller adds', () => {
    expect(ec2Classify(['access', 'other'], ['UnauthorizedOperation'])(denied)).toEqual({ retry: false, why: 'UnauthorizedOperation' });
  });
});

test('accessError names the IAM permission; awsError keeps the EC2 code', () => {
  const a = accessError('CopyImage', 'eu-west-1', { name: 'UnauthorizedOperation' });
  expect(isPipelineError(a, 'AUTH')).toBe(true);
  expect(a.message).toContain('ec2:CopyImage in eu-west-1 (UnauthorizedOperation)');
  expect(a.hint).toContain('Grant ec2:CopyImage');
  const b = awsError('DescribeImages', 'us-east-1', Object.assign(new Error('bad value'), { name: 'InvalidParameterValue' }));
  expect(isPipelineError(b, 'AWS')).toBe(true);
  expect(b.reason).toBe('ec2:DescribeImages in us-east-1 failed: InvalidParameterValue: bad value');
});
