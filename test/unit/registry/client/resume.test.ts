/**
 * A resumed blob download is the only retry loop of one download: reopens
 * through a RegistrySource are single requests (client.openBlob with
 * `{ retry: false }`), its waits follow the policy's attempts and time
 * budget, and giving up on a transient failure is a NETWORK PipelineError
 * naming the blob, the registry and the resumes made. A fake clock and
 * wait: nothing here sleeps.
 */
import { expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { PipelineError } from '../../../../shared/src/errors.js';
import { digestBytes } from '../../../../shared/src/oci/digest.js';
import type { Descriptor } from '../../../../shared/src/oci/types.js';
import type { RegistryClient } from '../../../../shared/src/registry/client/client.js';
import { resumableDownload } from '../../../../shared/src/registry/client/resume.js';
import { RegistrySource } from '../../../../shared/src/registry/client/source.js';
import { RegistryError } from '../../../../shared/src/registry/transport/registry-error.js';
import type { RetryPolicy } from '../../../../shared/src/retry/policy.js';

const BLOB = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
const DESC: Descriptor = { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: digestBytes(BLOB), size: BLOB.length };

/** A clock that moves only when waited on; every wait is recorded. */
function fakeTime(): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[] } {
  let t = 0;
  const waits: number[] = [];
  return { now: () => t, sleep: async (ms) => void (waits.push(ms), (t += ms)), waits };
}

/** A body that sends `bytes` from `offset`, then breaks (ECONNRESET) after `upTo` bytes of them, if given. */
function body(offset: number, upTo?: number): Readable {
  const part = BLOB.subarray(offset, upTo === undefined ? undefined : Math.min(BLOB.length, offset + upTo));
  const r = new Readable({ read() {} });
  r.push(part);
  if (upTo === undefined) r.push(null);
  else setImmediate(() => r.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })));
  return r;
}

const POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, budgetMs: 60_000 };
const noJitter = () => 1;

test('a source resumes a broken blob with single-request reopens from the byte reached, and the blob verifies', async () => {
  const calls: Array<{ offset: number; retry: boolean | undefined }> = [];
  const client = {
    registry: 'src.example',
    openBlob: async (_repo: string, _d: Descriptor, offset = 0, o: { retry?: boolean } = {}) => {
      calls.push({ offset, retry: o.retry });
      return body(offset, calls.length < 3 ? 3000 : undefined);
    },
  } as unknown as RegistryClient;
  const time = fakeTime();
  const src = new RegistrySource({ registry: 'src.example', repository: 'team/app', tag: '1' }, client, { policy: POLICY, ...time, random: noJitter });
  const bytes = await buffer(await src.openBlob(DESC));
  expect(digestBytes(bytes)).toBe(DESC.digest);
  // The first opening is an ordinary (retried) request; each reopen is one request: the resume loop is the only one.
  expect(calls).toEqual([
    { offset: 0, retry: undefined },
    { offset: 3000, retry: false },
    { offset: 6000, retry: false },
  ]);
  // The shared backoff (no jitter here): its ceiling doubles with each resume.
  expect(time.waits).toEqual([100, 200]);
});

test('giving up after the attempts is a NETWORK PipelineError naming the blob, the registry and the resumes, with the cause', async () => {
  let opens = 0;
  const time = fakeTime();
  const out = resumableDownload({
    size: BLOB.length,
    what: `blob ${DESC.digest} from src.example/team/app`,
    policy: POLICY,
    ...time,
    random: noJitter,
    open: async (offset) => {
      opens++;
      return body(offset, 1000);
    },
  });
  const e = (await buffer(out).catch((x: unknown) => x)) as PipelineError;
  expect(e).toBeInstanceOf(PipelineError);
  expect(e).not.toBeInstanceOf(RegistryError);
  expect(e.code).toBe('NETWORK');
  expect(e.message).toContain(`reading blob ${DESC.digest} from src.example/team/app failed after 3 resumes`);
  expect(e.message).toContain('at byte 4000 of 10000');
  expect((e.cause as NodeJS.ErrnoException).code).toBe('ECONNRESET');
  expect(e.hint).toMatch(/reachable/);
  expect(opens).toBe(POLICY.attempts);
});

test('the time budget ends resuming before the attempts do, and reopen failures count as breaks', async () => {
  let opens = 0;
  const time = fakeTime();
  const policy: RetryPolicy = { attempts: 50, baseDelayMs: 1000, maxDelayMs: 1000, budgetMs: 3500 };
  const out = resumableDownload({
    size: BLOB.length,
    what: 'blob x from r/app',
    policy,
    ...time,
    random: noJitter,
    open: async (offset) => {
      opens++;
      // The first body breaks without progress after it; every reopen is refused by a 503 that passes for transient.
      if (opens === 1) return body(offset, 500);
      throw new RegistryError('REGISTRY', 'r answered HTTP 503', { status: 503 });
    },
  });
  const e = (await buffer(out).catch((x: unknown) => x)) as PipelineError;
  expect(e.code).toBe('NETWORK');
  expect(e.message).toMatch(/failed after 3 resumes/);
  expect(e.message).toMatch(/HTTP 503/);
  // Three waits of 1 s fit the 3.5 s budget; the fourth would not.
  expect(time.waits).toEqual([1000, 1000, 1000]);
  expect(time.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(policy.budgetMs);
  expect(opens).toBe(4);
});

test('a failure retrying cannot fix ends the download at once, as it is', async () => {
  let opens = 0;
  const time = fakeTime();
  const refused = new RegistryError('AUTH', 'r refused GET blob (HTTP 403)', { status: 403 });
  const out = resumableDownload({
    size: BLOB.length,
    what: 'blob x from r/app',
    policy: POLICY,
    ...time,
    open: async (offset) => {
      opens++;
      if (opens === 1) return body(offset, 2000);
      throw refused;
    },
  });
  expect(await buffer(out).catch((x: unknown) => x)).toBe(refused);
  expect(opens).toBe(2);
  expect(time.waits).toHaveLength(1);
});

test('a reader that hangs up during a wait stops the resuming: no further opening', async () => {
  let opens = 0;
  let release: (() => void) | undefined;
  const out = resumableDownload({
    size: BLOB.length,
    what: 'blob x from r/app',
    policy: POLICY,
    sleep: (_ms, signal) =>
      new Promise<void>((resolve, reject) => {
        release = resolve;
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      }),
    open: async (offset) => {
      opens++;
      return body(offset, 1000);
    },
  });
  out.resume();
  await new Promise<void>((r) => {
    const tick = (): void => (release !== undefined ? r() : void setImmediate(tick));
    tick();
  });
  out.destroy();
  release?.();
  await new Promise((r) => setImmediate(r));
  expect(opens).toBe(1);
});

/** A body that never ends: a chunk of BLOB's first bytes whenever read; records whether it was destroyed. */
function endless(): Readable {
  return new Readable({
    read() {
      this.push(BLOB.subarray(0, 1000));
    },
  });
}

test('a reader that hangs up while a body streams destroys that body: its connection is not held paused', async () => {
  const bodies: Readable[] = [];
  const out = resumableDownload({
    size: 1e12,
    what: 'blob x from r/app',
    policy: POLICY,
    open: async () => {
      const b = endless();
      bodies.push(b);
      return b;
    },
  });
  // Read a little, then give up.
  for await (const chunk of out as AsyncIterable<Buffer>) if (chunk.length > 0) break;
  await new Promise((r) => setImmediate(r));
  expect(bodies).toHaveLength(1);
  // Before, the body went on into the destroyed output, paused for a 'drain' that never came: alive, holding its socket.
  expect(bodies[0]?.destroyed).toBe(true);
});

test('a source: a reader that hangs up on the verified stream reaches the download and its body', async () => {
  const bodies: Readable[] = [];
  const client = {
    registry: 'src.example',
    openBlob: async () => {
      const b = endless();
      bodies.push(b);
      return b;
    },
  } as unknown as RegistryClient;
  const src = new RegistrySource({ registry: 'src.example', repository: 'team/app', tag: '1' }, client, { policy: POLICY });
  const verified = await src.openBlob({ ...DESC, size: 1e12 });
  for await (const chunk of verified as AsyncIterable<Buffer>) if (chunk.length > 0) break;
  await new Promise((r) => setImmediate(r));
  // Before, the pipe into the verifying stream only unpiped when the reader left: the download stayed open, paused.
  expect(bodies[0]?.destroyed).toBe(true);
});
