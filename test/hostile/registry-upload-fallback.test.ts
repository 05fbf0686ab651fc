/**
 * A registry that does not take a blob in one PUT (a monolithic upload,
 * mode `put`) but does take a streamed PATCH: it answers the PUT carrying
 * the bytes with 405 UNSUPPORTED. The client reports that as
 * MonolithicRefused (and lets the upload session go); the push uploads the
 * blob again as a PATCH from a fresh read, and sends every later blob to
 * that registry as PATCH straight away. Any other refusal of the PUT stays
 * an ordinary failure: no fallback hides a bad digest.
 */
import { afterEach, expect, test } from '@jest/globals';
import { Readable } from 'node:stream';
import { startRun, type ProgressEvent } from '../../shared/src/distribute/push-run.js';
import { uploadBlobs } from '../../shared/src/distribute/upload-blobs.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import type { ImageSource } from '../../shared/src/oci/source.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { MonolithicRefused, RegistryError } from '../../shared/src/registry/transport/registry-error.js';
import { startHostileServer, type HostileServer } from '../support/hostile-server.js';

const NO_RETRY = { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1 };

const datas = [0, 1, 2].map((i) => Buffer.alloc(100_000 + i, 0x61 + i));
const blobs: Descriptor[] = datas.map((d) => ({ mediaType: 'application/octet-stream', digest: digestBytes(d), size: d.length }));

/** What the PUT carrying the bytes is answered with (405 UNSUPPORTED: this registry does not do monolithic uploads). */
let refusal = { status: 405, code: 'UNSUPPORTED' };
/** Bytes received per method, and the digest each upload was completed with. */
let received: Record<string, number> = {};
let completed: string[] = [];

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function registry(): Promise<HostileServer> {
  received = {};
  completed = [];
  server = await startHostileServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let n = 0;
    req.on('data', (c: Buffer) => (n += c.length));
    req.on('end', () => {
      received[req.method ?? ''] = (received[req.method ?? ''] ?? 0) + n;
      const reply = (status: number, headers: Record<string, string> = {}, body = ''): void => {
        res.writeHead(status, { 'content-length': String(body.length), ...headers }).end(body);
      };
      if (url.pathname === '/v2/') reply(200);
      else if (req.method === 'HEAD') reply(404);
      else if (req.method === 'POST') reply(202, { location: '/v2/app/blobs/uploads/u1' });
      else if (req.method === 'PATCH') reply(202, { location: '/v2/app/blobs/uploads/u1?patched=1' });
      else if (req.method === 'PUT' && n > 0) {
        const body = JSON.stringify({ errors: [{ code: refusal.code, message: 'not this way' }] });
        reply(refusal.status, { 'content-type': 'application/json' }, body);
      } else if (req.method === 'PUT') {
        completed.push(url.searchParams.get('digest') ?? '');
        reply(201);
      } else if (req.method === 'DELETE') reply(204);
      else reply(404);
    });
  });
  return server;
}

const client = (s: HostileServer): RegistryClient =>
  new RegistryClient({ registry: s.host, plainHttp: true, credentials: async () => undefined, retry: NO_RETRY });

test('a monolithic PUT refused with 405 UNSUPPORTED is MonolithicRefused, and the upload session is let go', async () => {
  const s = await registry();
  const c = client(s);
  const e = await c.uploadBlob('app', blobs[0] as Descriptor, Readable.from([datas[0] as Buffer]), { kind: 'put' }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(MonolithicRefused);
  expect((e as MonolithicRefused).failure).toMatchObject({ status: 405, codes: ['UNSUPPORTED'] });
  expect(s.requests.map((r) => r.method)).toEqual(['POST', 'PUT', 'DELETE']);
});

test('a PUT refused for its content (400 DIGEST_INVALID) is an ordinary failure, not a refusal of the mode', async () => {
  refusal = { status: 400, code: 'DIGEST_INVALID' };
  try {
    const s = await registry();
    const e = await client(s)
      .uploadBlob('app', blobs[0] as Descriptor, Readable.from([datas[0] as Buffer]), { kind: 'put' })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RegistryError);
    expect(e).not.toBeInstanceOf(MonolithicRefused);
  } finally {
    refusal = { status: 405, code: 'UNSUPPORTED' };
  }
});

function runAgainst(s: HostileServer, opened: string[]) {
  const source: ImageSource = {
    name: 'fake',
    roots: async () => [],
    openBlob: async (d) => {
      opened.push(d.digest);
      return Readable.from([datas[blobs.indexOf(d)] as Buffer]);
    },
    readBlob: async () => Buffer.alloc(0),
    hasBlob: async () => true,
    close: async () => undefined,
  };
  const events: ProgressEvent[] = [];
  const run = startRun({
    source,
    root: blobs[0] as Descriptor,
    destinations: [{ registry: s.host, repository: 'app', tags: [] }],
    clients: () => client(s),
    onProgress: (e) => events.push(e),
  });
  return { run, events };
}

test('put mode against a registry that refuses it: the blob goes again as a PATCH from a fresh read, later blobs as PATCH at once', async () => {
  const s = await registry();
  const opened: string[] = [];
  const { run, events } = runAgainst(s, opened);
  await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' } });
  const t = run.targets[0];
  expect(t?.report.error).toBeUndefined();
  expect(t?.report.blobsUploaded).toBe(3);
  expect(t?.report.bytesSent).toBe(datas.reduce((n, d) => n + d.length, 0));
  // Every blob completed with its own digest; every byte reached the registry as a PATCH.
  expect(completed).toEqual(blobs.map((b) => b.digest));
  expect(received.PATCH).toBe(datas.reduce((n, d) => n + d.length, 0));
  // One PUT carried bytes (the first blob's, refused); the first blob was read twice, the others once.
  const puts = s.requests.filter((r) => r.method === 'PUT');
  expect(puts.filter((r) => r.headers['content-length'] !== '0')).toHaveLength(1);
  expect(opened).toEqual([blobs[0]?.digest, blobs[0]?.digest, blobs[1]?.digest, blobs[2]?.digest]);
  const fallbacks = events.filter((e) => e.kind === 'retry');
  expect(fallbacks).toHaveLength(1);
  expect(fallbacks[0]).toMatchObject({ what: `upload of ${blobs[0]?.digest} as a streamed PATCH` });
});

test('a PUT refused for another reason fails the destination; no PATCH is tried', async () => {
  refusal = { status: 400, code: 'DIGEST_INVALID' };
  try {
    const s = await registry();
    const { run } = runAgainst(s, []);
    await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' }, retry: NO_RETRY });
    expect(run.targets[0]?.report.error?.message).toMatch(/HTTP 400.*DIGEST_INVALID/);
    expect(s.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  } finally {
    refusal = { status: 405, code: 'UNSUPPORTED' };
  }
});

test('a PUT refused with 405 and BLOB_UPLOAD_INVALID falls back to PATCH at once, not after retrying the PUT to the budget', async () => {
  // 405 says the mode is refused; the session code beside it would otherwise read as "restart the upload".
  refusal = { status: 405, code: 'BLOB_UPLOAD_INVALID' };
  try {
    const s = await registry();
    const { run, events } = runAgainst(s, []);
    await uploadBlobs(run, blobs, { concurrency: 1, mode: { kind: 'put' }, retry: { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 60_000 } });
    expect(run.targets[0]?.report.error).toBeUndefined();
    expect(completed).toEqual(blobs.map((b) => b.digest));
    // One PUT carried bytes: the refusal was taken as an answer about the mode, never retried as a lost session.
    expect(s.requests.filter((r) => r.method === 'PUT' && r.headers['content-length'] !== '0')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'retry').map((e) => (e as { what: string }).what)).toEqual([`upload of ${blobs[0]?.digest} as a streamed PATCH`]);
  } finally {
    refusal = { status: 405, code: 'UNSUPPORTED' };
  }
});
