/**
 * Registry retry classification (status, spec error codes, socket codes;
 * never message text), and the shared retry loop driven by it. The loop's
 * own tests are in test/unit/retry/.
 */
import { describe, expect, test } from '@jest/globals';
import { PipelineError } from '../../../../shared/src/errors.js';
import { parseErrorBody, parseRetryAfter, RegistryError, type RegistryFailure } from '../../../../shared/src/registry/transport/registry-error.js';
import { blobRaceClassify, classify, classifyFailure, registryClassify, type Verdict } from '../../../../shared/src/registry/transport/retry-classify.js';
import { withRetry } from '../../../../shared/src/retry/retry.js';

// [#, failure, verdict]
const TABLE: Array<[number, RegistryFailure, Verdict]> = [
  [1, { status: 408 }, { kind: 'retry' }],
  [2, { status: 429, retryAfterMs: 3000 }, { kind: 'retry', afterMs: 3000 }],
  [3, { status: 500 }, { kind: 'retry' }],
  [4, { status: 502 }, { kind: 'retry' }],
  [5, { status: 503, retryAfterMs: 1000 }, { kind: 'retry', afterMs: 1000 }],
  [6, { status: 501 }, { kind: 'fatal' }],
  [7, { status: 401 }, { kind: 'fatal' }],
  [8, { status: 403 }, { kind: 'fatal' }],
  [9, { status: 404, codes: ['NAME_UNKNOWN'] }, { kind: 'fatal' }],
  [10, { status: 400, codes: ['MANIFEST_INVALID'] }, { kind: 'fatal' }],
  [11, { status: 400, codes: ['DIGEST_INVALID'] }, { kind: 'fatal' }],
  [12, { status: 404, codes: ['BLOB_UPLOAD_UNKNOWN'] }, { kind: 'restart-upload' }],
  [13, { status: 400, codes: ['BLOB_UPLOAD_INVALID'] }, { kind: 'restart-upload' }],
  [14, { errno: 'ECONNRESET' }, { kind: 'retry' }],
  [15, { errno: 'EPIPE' }, { kind: 'retry' }],
  [16, { errno: 'ERR_STREAM_PREMATURE_CLOSE' }, { kind: 'retry' }],
  [17, { errno: 'ENOTFOUND' }, { kind: 'fatal' }],
  [18, { errno: 'ECONNREFUSED' }, { kind: 'fatal' }],
  [19, {}, { kind: 'fatal' }],
];

test.each(TABLE)('%i: classifyFailure(%j)', (_n, failure, verdict) => {
  expect(classifyFailure(failure)).toEqual(verdict);
});

test('classify: our own validation errors are fatal; raw socket errors by their code', () => {
  expect(classify(new PipelineError('DIGEST_MISMATCH', 'x'))).toEqual({ kind: 'fatal' });
  expect(classify(new RegistryError('REGISTRY', 'x', { status: 503 }))).toEqual({ kind: 'retry' });
  expect(classify(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toEqual({ kind: 'retry' });
  expect(classify(new Error('plain'))).toEqual({ kind: 'fatal' });
});

describe('registryClassify: what withRetry is told', () => {
  test('retry verdicts pass the Retry-After on, with a short reason', () => {
    expect(registryClassify()(new RegistryError('REGISTRY', 'x', { status: 429, retryAfterMs: 3000 }))).toEqual({
      retry: true,
      retryAfterMs: 3000,
      why: 'HTTP 429',
    });
    expect(registryClassify()(new RegistryError('NETWORK', 'x', { errno: 'ECONNRESET' }))).toEqual({ retry: true, why: 'ECONNRESET' });
    expect(registryClassify()(Object.assign(new Error('socket hang up'), { code: 'EPIPE' }))).toEqual({ retry: true, why: 'EPIPE' });
  });
  test('an upload-session loss is retried only where the caller can restart the upload', () => {
    const lost = new RegistryError('REGISTRY', 'lost', { status: 404, codes: ['BLOB_UPLOAD_UNKNOWN'] });
    expect(registryClassify()(lost)).toEqual({ retry: false, why: 'BLOB_UPLOAD_UNKNOWN' });
    expect(registryClassify({ restartable: true })(lost)).toEqual({ retry: true, why: 'BLOB_UPLOAD_UNKNOWN' });
  });
  test('fatal failures and our own errors are never retried', () => {
    expect(registryClassify({ restartable: true })(new RegistryError('AUTH', '401', { status: 401 })).retry).toBe(false);
    expect(registryClassify({ restartable: true })(new PipelineError('DIGEST_MISMATCH', 'x')).retry).toBe(false);
    expect(registryClassify({ restartable: true })(new Error('plain')).retry).toBe(false);
  });
});

test('blobRaceClassify: blob unknown is retried (the caller verified the blobs); everything else as registryClassify', () => {
  const race = blobRaceClassify();
  const unknown = new RegistryError('REGISTRY', 'x', { status: 400, codes: ['DIGEST_INVALID', 'MANIFEST_BLOB_UNKNOWN'] });
  expect(race(unknown)).toEqual({ retry: true, why: 'MANIFEST_BLOB_UNKNOWN after the blobs were verified' });
  expect(race(new RegistryError('REGISTRY', 'x', { status: 404, codes: ['BLOB_UNKNOWN'] })).retry).toBe(true);
  // Without the caller's word the same answer is final (the referrers fallback prunes on it).
  expect(registryClassify()(unknown).retry).toBe(false);
  expect(race(new RegistryError('REGISTRY', 'x', { status: 400, codes: ['MANIFEST_INVALID'] })).retry).toBe(false);
  expect(race(new RegistryError('REGISTRY', 'x', { status: 503 })).retry).toBe(true);
  expect(race(new PipelineError('DIGEST_MISMATCH', 'x')).retry).toBe(false);
});

describe('withRetry with the registry classification', () => {
  const policy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1000 };
  const sleep = async (): Promise<void> => undefined;
  const classifyRegistry = registryClassify();
  test('retries transient failures then succeeds', async () => {
    let n = 0;
    const waits: number[] = [];
    const v = await withRetry(
      async () => {
        if (++n < 3) throw new RegistryError('REGISTRY', '503', { status: 503 });
        return 'done';
      },
      { policy, classify: classifyRegistry, sleep, onRetry: (e) => waits.push(e.attempt) },
    );
    expect([v, n, waits]).toEqual(['done', 3, [1, 2]]);
  });
  test('never retries a fatal failure', async () => {
    let n = 0;
    const e = new RegistryError('AUTH', '401', { status: 401 });
    await expect(
      withRetry(
        async () =>
          void (
            ++n,
            (() => {
              throw e;
            })()
          ),
        { policy, classify: classifyRegistry, sleep },
      ),
    ).rejects.toBe(e);
    expect(n).toBe(1);
  });
  test('time spent in the failed tries counts against the budget, not only the backoff', async () => {
    // Each try hangs 1 s (a deadline) before failing; backoff is ~0. Only the budget can stop this.
    let clock = 0;
    let n = 0;
    const hung = new RegistryError('NETWORK', 'deadline', { errno: 'ETIMEDOUT' });
    const op = async (): Promise<never> => {
      n++;
      clock += 1000;
      throw hung;
    };
    await expect(
      withRetry(op, { policy: { attempts: 100, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 2500 }, classify: classifyRegistry, sleep, now: () => clock }),
    ).rejects.toBe(hung);
    expect(n).toBe(3);
  });
  test('restarts an upload only where the caller can', async () => {
    const lost = new RegistryError('REGISTRY', 'lost', { status: 404, codes: ['BLOB_UPLOAD_UNKNOWN'] });
    let n = 0;
    await expect(
      withRetry(
        async () => {
          n++;
          throw lost;
        },
        { policy, classify: classifyRegistry, sleep },
      ),
    ).rejects.toBe(lost);
    expect(n).toBe(1);
    n = 0;
    await expect(
      withRetry(
        async () => {
          n++;
          throw lost;
        },
        { policy, classify: registryClassify({ restartable: true }), sleep },
      ),
    ).rejects.toBe(lost);
    expect(n).toBe(4);
  });
});

test('parseErrorBody and parseRetryAfter', () => {
  expect(parseErrorBody('{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"gone"}]}')).toEqual({ codes: ['BLOB_UPLOAD_UNKNOWN'], messages: ['gone'] });
  expect(parseErrorBody('<html>bad gateway</html>')).toEqual({ codes: [], messages: [] });
  expect(parseRetryAfter('7')).toBe(7000);
  expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', Date.parse('Thu, 01 Jan 2026 00:00:00 GMT'))).toBe(10_000);
  expect(parseRetryAfter('soon')).toBeUndefined();
  expect(parseRetryAfter(undefined)).toBeUndefined();
});
