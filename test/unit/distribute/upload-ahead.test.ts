/**
 * upload-blobs.ts asks the HEADs ahead of the uploads: a blob's upload does
 * not wait for its own HEAD round trip once a slot frees, the HEADs go in
 * the uploads' order, a bounded number at a time, and a destination that
 * failed is not asked again.
 */
import { expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { digestBytes } from '../../../shared/src/oci/digest.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { startRun, type PushRun } from '../../../shared/src/distribute/push-run.js';
import { uploadBlobs } from '../../../shared/src/distribute/upload-blobs.js';
import type { RegistryClient } from '../../../shared/src/registry/client/client.js';
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
