/**
 * What release-fetch.ts tries again and what it does not, with the fetch underneath replaced (no network):
 * the e2e suite (test/e2e/packer-install.test.ts) resets real loopback connections.
 */
import { describe, expect, test } from '@jest/globals';
import { classifyReleaseFetch, describeFailure, downloadRelease, fetchReleaseFile } from '../../../../shared/src/builders/packer/release-fetch.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { RetryPolicy } from '../../../../shared/src/retry/policy.js';

const URL_ = 'https://releases.example.test/packer/1.6.6/packer_1.6.6_SHA256SUMS';
const FAST: RetryPolicy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 10_000 };

/** fetch's own shape for a transport failure: a TypeError whose cause carries the socket code. */
const socketError = (code: string, message = `read ${code}`): TypeError =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });

/** A fetch that plays `answers` in order (a fresh Response each call, or an error to throw), the last one repeated, counting calls. */
function scripted(answers: Array<(() => Response) | Error>): { fetchImpl: typeof fetch; calls: () => number } {
  let n = 0;
  const fetchImpl = (async () => {
    const a = answers[Math.min(n, answers.length - 1)] as (() => Response) | Error;
    n++;
    if (a instanceof Error) throw a;
    return a();
  }) as unknown as typeof fetch;
  return { fetchImpl, calls: () => n };
}

describe('fetchReleaseFile', () => {
  test('a reset connection is tried again, and the retry is logged naming the URL', async () => {
    const f = scripted([socketError('ECONNRESET'), () => new Response('sums')]);
    const lines: string[] = [];
    const got = await fetchReleaseFile(URL_, 1024, 'a SHA256SUMS', { retry: FAST, fetchImpl: f.fetchImpl, log: (l) => lines.push(l) });
    expect(got).toEqual({ bytes: Buffer.from('sums') });
    expect(f.calls()).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${URL_}: fetch failed \\(read ECONNRESET\\); try 2 in 0\\.0 s$`));
  });

  test.each(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])(
    '%s is transient',
    async (code) => {
      const f = scripted([socketError(code), () => new Response('ok')]);
      expect(await fetchReleaseFile(URL_, 1024, 'x', { retry: FAST, fetchImpl: f.fetchImpl })).toEqual({ bytes: Buffer.from('ok') });
      expect(f.calls()).toBe(2);
    },
  );

  test('a 503 and a 429 are tried again; a 404 is not', async () => {
    const busy = scripted([
      () => new Response('', { status: 503 }),
      () => new Response('', { status: 429, headers: { 'retry-after': '0' } }),
      () => new Response('ok'),
    ]);
    expect(await fetchReleaseFile(URL_, 1024, 'x', { retry: FAST, fetchImpl: busy.fetchImpl })).toEqual({ bytes: Buffer.from('ok') });
    expect(busy.calls()).toBe(3);
    const missing = scripted([() => new Response('not found', { status: 404 })]);
    expect(await fetchReleaseFile(URL_, 1024, 'x', { retry: FAST, fetchImpl: missing.fetchImpl })).toEqual({ failure: 'HTTP 404', transient: false });
    expect(missing.calls()).toBe(1);
  });

  test('a persistent reset ends after the policy tries, saying how many, and is marked transient', async () => {
    const f = scripted([socketError('ECONNRESET')]);
    const got = await fetchReleaseFile(URL_, 1024, 'x', { retry: FAST, fetchImpl: f.fetchImpl });
    expect(got).toEqual({ failure: 'fetch failed (read ECONNRESET), after 3 tries', transient: true });
    expect(f.calls()).toBe(3);
  });

  test('a refused connection is final, as for a registry (nothing listens there)', async () => {
    const f = scripted([socketError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9')]);
    const got = await fetchReleaseFile(URL_, 1024, 'x', { retry: FAST, fetchImpl: f.fetchImpl });
    expect(got).toEqual({ failure: 'fetch failed (connect ECONNREFUSED 127.0.0.1:9)', transient: false });
    expect(f.calls()).toBe(1);
  });

  test('a body past its cap is final: another try gets the same body', async () => {
    const f = scripted([() => new Response('x'.repeat(2000))]);
    const got = await fetchReleaseFile(URL_, 1024, 'a SHA256SUMS', { retry: FAST, fetchImpl: f.fetchImpl });
    expect(got).toEqual({ failure: 'it is larger than 1024 bytes, not a SHA256SUMS', transient: false });
    expect(f.calls()).toBe(1);
  });

  test('a refused redirect (https to http) is final', async () => {
    const f = scripted([() => new Response('', { status: 302, headers: { location: 'http://releases.example.test/x' } })]);
    const got = await fetchReleaseFile(URL_, 1024, 'x', { retry: FAST, fetchImpl: f.fetchImpl });
    expect('failure' in got && got.failure).toContain('redirected from https to plain http');
    expect(f.calls()).toBe(1);
  });
});

describe('classifyReleaseFetch', () => {
  test('a deadline (TimeoutError) is transient; an error with no code is not', () => {
    expect(classifyReleaseFetch(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toEqual({ retry: true, why: 'ETIMEDOUT' });
    expect(classifyReleaseFetch(new Error('something else'))).toEqual({ retry: false, why: 'not retryable' });
  });

  test('describeFailure reads fetch errors from another realm too (duck-typed)', () => {
    const foreign = { message: 'fetch failed', cause: { message: 'other side closed', code: 'UND_ERR_SOCKET' } };
    expect(describeFailure(foreign)).toBe('fetch failed (UND_ERR_SOCKET: other side closed)');
    expect(describeFailure('x'.repeat(500))).toHaveLength(200);
  });
});

describe('downloadRelease: the zip is capped', () => {
  const ZIP = 'https://releases.example.test/packer/1.6.6/packer_1.6.6_linux_amd64.zip';
  /** Files this process's downloads could have left in the temp folder. */
  const leftovers = (): string[] => fs.readdirSync(process.env['RUNNER_TEMP'] || os.tmpdir()).filter((f) => /^packer-.*\.zip$/.test(f));

  test('a declared size past the cap is refused before anything is read or written, and not tried again', async () => {
    const before = leftovers();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const f = scripted([() => new Response(body, { headers: { 'content-length': String(10 * 1024 * 1024 * 1024) } })]);
    await expect(downloadRelease(ZIP, 'packer-version', { retry: FAST, fetchImpl: f.fetchImpl, maxZipBytes: 4096 })).rejects.toThrow(
      `${ZIP} is larger than 4096 bytes, not a Packer release zip`,
    );
    expect(f.calls()).toBe(1);
    expect(pulled).toBeLessThanOrEqual(1); // at most what the stream primes itself with; never read on
    expect(leftovers()).toEqual(before);
  });

  // A Response made of bytes declares no content-length: the cap on the stream itself decides.
  test('an undeclared body past the cap is cut at the cap, the partial file removed', async () => {
    const before = leftovers();
    const f = scripted([() => new Response(new Uint8Array(10_000))]);
    await expect(downloadRelease(ZIP, 'packer-version', { retry: FAST, fetchImpl: f.fetchImpl, maxZipBytes: 4096 })).rejects.toThrow(
      'is larger than 4096 bytes',
    );
    expect(f.calls()).toBe(1);
    expect(leftovers()).toEqual(before);
  });
});
