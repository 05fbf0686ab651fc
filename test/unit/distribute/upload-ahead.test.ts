/**
 * upload-blobs.ts works ahead of the uploads. It asks the HEADs ahead: a
 * blob's upload does not wait for its own HEAD round trip once a slot frees,
 * the HEADs go in the uploads' order, a bounded number at a time, and a
 * destination that failed is not asked again. It pipelines the uploads: a
 * blob's slot frees once its bytes are read by the upload, not when the
 * registry answers, but only after the destination has stored one blob of
 * this push; the phase still waits for every answer. And it opens upload
 * sessions ahead (sessions-ahead.ts), each used once, the ones no upload
 * took cancelled.
 */
import { expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { startRun, type ProgressEvent, type PushRun } from '../../../shared/src/distribute/push-run.js';
import { RegistryError } from '../../../shared/src/registry/transport/registry-error.js';
import { MAX_UNANSWERED_PER_SLOT, uploadBlobs } from '../../../shared/src/distribute/upload-blobs.js';
import { SESSION_FRESH_MS, sessionsAhead } from '../../../shared/src/distribute/sessions-ahead.js';
import type { RegistryClient, UploadSession } from '../../../shared/src/registry/client/client.js';
import type { ImageSource } from '../../../shared/src/oci/source.js';

const blobs: Descriptor[] = Array.from({ length: 8 }, (_, i) => {
  const bytes = Buffer.from(`blob ${i}`);
  return { mediaType: 'application/octet-stream', digest: digestBytes(bytes), size: bytes.length };
});

const source: ImageSource = {
  name: 'fake',
  roots: async () => [],
  openBlob: async (d) => Readable.from([Buffer.from(`blob ${blobs.indexOf(d)}`)]),
  readBlob: async () => Buffer.alloc(0),
  hasBlob: async () => true,
  close: async () => undefined,
};

/** A registry whose HEADs take `headMs` and whose blobs are `present`; records every call in order. */
function fakeClient(present: Set<string>, headMs: number, failHeads = false) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client = {
    registry: 'r.example',
    transferAllowanceMs: () => 0,
    blobExists: async (_repo: string, digest: string) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      log.push(`head ${blobs.findIndex((b) => b.digest === digest)}`);
      await new Promise((r) => setTimeout(r, headMs));
      inFlight--;
      if (failHeads) throw new Error('HEAD refused');
      return present.has(digest);
    },
    uploadBlob: async (_repo: string, d: Descriptor, body: Readable) => {
      for await (const _ of body) void _;
      log.push(`upload ${blobs.indexOf(d)}`);
      present.add(d.digest);
      return d.size;
    },
    mountBlob: async () => false,
    openUpload: async (repo: string) => ({ repo, location: new URL(`http://r.example/v2/${repo}/blobs/uploads/s`) }),
    cancelSession: async () => undefined,
  };
  return { client: client as unknown as RegistryClient, log, max: () => maxInFlight };
}

const runWith = (client: RegistryClient): PushRun =>
  startRun({
    source,
    root: blobs[0] as Descriptor,
    destinations: [{ registry: 'r.example', repository: 'app', tags: [] }],
    clients: () => client,
  });

it('asks the HEADs ahead of the uploads, in order, at most twice the concurrency at a time', async () => {
  const f = fakeClient(new Set(), 20);
  const run = runWith(f.client);
  await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'patch' } });
  expect(run.targets[0]?.report.error).toBeUndefined();
  expect(run.targets[0]?.report.blobsUploaded).toBe(8);
  // Every HEAD in the blobs' order; the second HEAD went out before the first upload (they overlap).
  expect(f.log.filter((l) => l.startsWith('head'))).toEqual(blobs.map((_, i) => `head ${i}`));
  expect(f.log.indexOf('head 1')).toBeLessThan(f.log.indexOf('upload 0'));
  expect(f.max()).toBe(2);
});

it('a warm push asks about every blob at once (bounded), and uploads nothing', async () => {
  const f = fakeClient(new Set(blobs.map((b) => b.digest)), 20);
  const run = runWith(f.client);
  await uploadBlobs(run, blobs, { concurrency: 3, mode: { kind: 'patch' } });
  expect(run.targets[0]?.report.blobsSkipped).toBe(8);
  expect(f.log.some((l) => l.startsWith('upload'))).toBe(false);
  expect(f.max()).toBe(6);
});

it('a destination whose HEAD fails is marked failed, gets no upload, and is not asked much further', async () => {
  const f = fakeClient(new Set(), 5, true);
  const run = runWith(f.client);
  await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'patch' } });
  expect(run.targets[0]?.report.error?.message).toContain('HEAD refused');
  expect(f.log.some((l) => l.startsWith('upload'))).toBe(false);
  // Only the HEADs already out when the first failure was recorded (the window of 2, and the one its answer freed) were sent, not all 8.
  expect(f.log.filter((l) => l.startsWith('head')).length).toBeLessThanOrEqual(3);
});

it('a client whose HEAD throws instead of rejecting fails its destination and does not hang the push', async () => {
  const f = fakeClient(new Set(), 0);
  const throwing = {
    ...(f.client as unknown as Record<string, unknown>),
    blobExists: () => {
      throw new Error('HEAD threw');
    },
  } as unknown as RegistryClient;
  const run = runWith(throwing);
  await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'patch' } });
  expect(run.targets[0]?.report.error?.message).toContain('HEAD threw');
  expect(f.log.some((l) => l.startsWith('upload'))).toBe(false);
});

const at = (d: Descriptor): number => blobs.indexOf(d);

/**
 * A registry that reads each upload's body at once and answers only when the
 * test says so (`answer(i)`), or at once with `autoAnswer`; `refuse` blobs
 * fail after their bytes. Logs reads, answers, session opens and cancels.
 */
function slowRegistry(opts: { autoAnswer?: boolean; refuse?: Set<number>; present?: Set<number> } = {}) {
  const log: string[] = [];
  const gates = new Map<number, () => void>();
  const waiting = new Map<number, Promise<void>>();
  const gate = (i: number): Promise<void> => {
    let p = waiting.get(i);
    if (p === undefined) {
      p = new Promise<void>((resolve) => gates.set(i, resolve));
      waiting.set(i, p);
    }
    return p;
  };
  let opened = 0;
  const sessionsUsed: Array<UploadSession | undefined> = [];
  const client = {
    registry: 'r.example',
    transferAllowanceMs: () => 0,
    blobExists: async (_repo: string, digest: string) => opts.present?.has(blobs.findIndex((b) => b.digest === digest)) === true,
    mountBlob: async () => false,
    openUpload: async (repo: string): Promise<UploadSession> => {
      const n = ++opened;
      log.push(`open ${n}`);
      return { repo, location: new URL(`http://r.example/v2/${repo}/blobs/uploads/${n}`) };
    },
    cancelSession: async (s: UploadSession) => {
      log.push(`cancel ${s.location.pathname.split('/').pop()}`);
    },
    uploadBlob: async (_repo: string, d: Descriptor, body: Readable, _mode: unknown, session?: UploadSession) => {
      sessionsUsed.push(session);
      for await (const _ of body) void _;
      log.push(`read ${at(d)}`);
      if (opts.autoAnswer !== true) await gate(at(d));
      if (opts.refuse?.has(at(d)) === true) {
        log.push(`refused ${at(d)}`);
        throw Object.assign(new Error(`blob ${at(d)} refused`), { code: 'DENIED' });
      }
      log.push(`answered ${at(d)}`);
      return d.size;
    },
  };
  return {
    client: client as unknown as RegistryClient,
    log,
    sessionsUsed,
    answer: (i: number) => {
      void gate(i);
      gates.get(i)?.();
    },
  };
}

const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Wait until `cond` holds (bounded: a test that would hang fails instead). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await tick();
  if (!cond()) throw new Error('timed out waiting');
}

it('once the destination has stored a blob, the next blob is read before the last one is answered, a bounded number of them; the phase waits for every answer', async () => {
  const r = slowRegistry();
  const run = runWith(r.client);
  let done = false;
  const phase = uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' } }).then(() => (done = true));
  // The first blob is read, and nothing else starts until its answer proves the registry takes our uploads.
  await until(() => r.log.includes('read 0'));
  await tick(30);
  expect(r.log).not.toContain('read 1');
  r.answer(0);
  // Now each blob's slot frees at its last byte: blobs 1..4 are read while none of them is answered, and there
  // it stops: at most MAX_UNANSWERED_PER_SLOT x concurrency blobs wait for their answers at once.
  expect(MAX_UNANSWERED_PER_SLOT).toBe(4);
  await until(() => r.log.includes('read 4'));
  await tick(30);
  expect(r.log).not.toContain('read 5');
  expect(r.log.filter((l) => l.startsWith('answered'))).toEqual(['answered 0']);
  r.answer(2);
  await until(() => r.log.includes('read 5'));
  await tick(30);
  expect(r.log).not.toContain('read 6');
  expect(done).toBe(false);
  for (const i of [3, 1, 7, 4, 6, 5]) r.answer(i);
  await phase;
  expect(run.targets[0]?.report.blobsUploaded).toBe(8);
  expect(run.targets[0]?.report.error).toBeUndefined();
});

it('a destination that refuses the first blob after its bytes gets no other blob read before that answer', async () => {
  const r = slowRegistry({ refuse: new Set([0]) });
  const run = runWith(r.client);
  const phase = uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' }, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1000 } });
  await until(() => r.log.includes('read 0'));
  await tick(30);
  expect(r.log.filter((l) => l.startsWith('read'))).toEqual(['read 0']);
  r.answer(0);
  await phase;
  expect(run.targets[0]?.report.error?.message).toContain('blob 0 refused');
  expect(r.log.filter((l) => l.startsWith('read'))).toEqual(['read 0']);
});

it('opens the sessions ahead once the destination has stored a blob: each later upload gets one, used once; the ones no upload took are cancelled', async () => {
  const r = slowRegistry({ autoAnswer: true });
  const run = runWith(r.client);
  await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' } });
  expect(r.sessionsUsed).toHaveLength(8);
  // None before the first answer (a registry that refuses us is asked once per blob, as without sessions ahead).
  expect(r.sessionsUsed[0]).toBeUndefined();
  const later = r.sessionsUsed.slice(1);
  expect(later.every((s) => s !== undefined)).toBe(true);
  expect(new Set(later.map((s) => s?.location.href)).size).toBe(7);
  expect(r.log.filter((l) => l.startsWith('open'))).toHaveLength(7);
  expect(r.log.indexOf('open 1')).toBeGreaterThan(r.log.indexOf('answered 0'));
  // The session of the blob after next was opened before this blob was read.
  expect(r.log.indexOf('open 3')).toBeLessThan(r.log.indexOf('read 2'));
  expect(r.log.filter((l) => l.startsWith('cancel'))).toEqual([]);

  // A blob the registry has gets no session; a destination that fails leaves its sessions opened ahead cancelled.
  const f = slowRegistry({ autoAnswer: true, refuse: new Set([1]), present: new Set([2]) });
  const failing = runWith(f.client);
  await uploadBlobs(failing, blobs, { concurrency: 1, mode: { kind: 'put' }, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1000 } });
  expect(failing.targets[0]?.report.error?.message).toContain('blob 1 refused');
  const opens = f.log.filter((l) => l.startsWith('open')).length;
  const used = f.sessionsUsed.filter((s) => s !== undefined).length;
  // Blob 2 is there: sessions for blob 1 and the next blob or two at most (none for blob 0, the first).
  expect(opens).toBeLessThanOrEqual(3);
  expect(f.log.filter((l) => l.startsWith('cancel'))).toHaveLength(opens - used);
  expect(opens - used).toBeGreaterThan(0);
});

it('a POST ahead that fails fails the first try of its upload as its own POST would: a 503 is retried with a POST of its own', async () => {
  const r = slowRegistry({ autoAnswer: true });
  const client = r.client as unknown as { openUpload: () => Promise<never> };
  let refused = 0;
  client.openUpload = async () => {
    refused++;
    throw new RegistryError('REGISTRY', 'r.example answered HTTP 503 to the upload', { status: 503 });
  };
  const events: ProgressEvent[] = [];
  const run = startRun({
    source,
    root: blobs[0] as Descriptor,
    destinations: [{ registry: 'r.example', repository: 'app', tags: [] }],
    clients: () => r.client,
    onProgress: (e) => events.push(e),
  });
  await uploadBlobs(run, blobs, { concurrency: 2, mode: { kind: 'put' }, retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, budgetMs: 5000 } });
  expect(run.targets[0]?.report.error).toBeUndefined();
  expect(run.targets[0]?.report.blobsUploaded).toBe(8);
  expect(r.sessionsUsed.every((s) => s === undefined)).toBe(true);
  // Each refused POST ahead cost its blob one retry, no more.
  const retries = events.filter((e) => e.kind === 'retry');
  expect(refused).toBeGreaterThan(0);
  expect(retries).toHaveLength(refused);
});

it('a blob the registry has gets no session ahead; with none failing, every session opened is used and none cancelled', async () => {
  const r = slowRegistry({ autoAnswer: true, present: new Set([2]) });
  const run = runWith(r.client);
  await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' } });
  expect(run.targets[0]?.report.blobsSkipped).toBe(1);
  // Uploads of blobs 0, 1, 3..7: the first without a session (before the first answer), the other six with one each.
  expect(r.sessionsUsed).toHaveLength(7);
  expect(r.sessionsUsed.filter((s) => s !== undefined)).toHaveLength(6);
  expect(r.log.filter((l) => l.startsWith('open'))).toHaveLength(6);
  expect(r.log.filter((l) => l.startsWith('cancel'))).toEqual([]);
});

it('a blob a destination mounts holds its slot until that destination has it: a declined mount uploads within the slot', async () => {
  const r = slowRegistry();
  // One registry, two repositories: the first uploads each blob, the second mounts it from there (declined here: it uploads).
  const run = startRun({
    source,
    root: blobs[0] as Descriptor,
    destinations: [
      { registry: 'r.example', repository: 'a', tags: [] },
      { registry: 'r.example', repository: 'b', tags: [] },
    ],
    clients: () => r.client,
  });
  const phase = uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' } });
  await until(() => r.log.includes('read 0'));
  r.answer(0);
  await until(() => r.log.includes('read 1'));
  await tick(30);
  expect(r.log).not.toContain('read 2');
  r.answer(1);
  await until(() => r.log.includes('read 2'));
  for (const i of [2, 3, 4, 5, 6, 7]) r.answer(i);
  await phase;
  expect(run.targets.map((t) => t.report.blobsUploaded)).toEqual([8, 8]);
});

it('a session that waited past SESSION_FRESH_MS is not handed out: the upload opens its own, and the stale one is let go', async () => {
  const r = slowRegistry({ autoAnswer: true });
  const run = runWith(r.client);
  const t = run.targets[0] as PushRun['targets'][number];
  t.storedOne = true;
  let now = 1000;
  const ahead = sessionsAhead(blobs, async () => [t], { now: () => now, freshMs: SESSION_FRESH_MS });
  ahead.openThrough(1);
  // Fresh: handed out.
  expect(await ahead.take(t, blobs[0] as Descriptor)).toBeDefined();
  now += SESSION_FRESH_MS + 1;
  expect(await ahead.take(t, blobs[1] as Descriptor)).toBeUndefined();
  // Taken once: a second take of the same blob gets nothing.
  expect(await ahead.take(t, blobs[0] as Descriptor)).toBeUndefined();
  await ahead.close();
  expect(r.log.filter((l) => l.startsWith('open'))).toEqual(['open 1', 'open 2']);
  expect(r.log.filter((l) => l.startsWith('cancel'))).toEqual(['cancel 2']);
});
