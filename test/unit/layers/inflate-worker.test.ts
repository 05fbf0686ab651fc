/**
 * The worker inflate path (inflate-worker.ts, taken by readLayer for large
 * gzip layers) against the stream path it replaces: the same members and
 * bodies in the same order, the same verdicts on a tampered blob, a wrong
 * diff_id, a corrupt or truncated gzip and a broken tar, and aborts that
 * leave nothing behind. The layers here cross the rings' slots several times
 * over, so every slot is reused and both rings fill (backpressure).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { GoBuildInfoReader, goBuildInfo } from '../../../shared/src/compliance/sbom/go-buildinfo.js';
import { PipelineError } from '../../../shared/src/errors.js';
import { idleInflateWorkers, inflateGzip, inflateWorkerConfig, inflateWorkerJobs, inflateWorkerUsable } from '../../../shared/src/layers/inflate-worker.js';
import { readLayer } from '../../../shared/src/layers/layer-stream.js';
import type { Member, MemberVisitor } from '../../../shared/src/layers/tar-members.js';
import { digestBytes, encodedOf, type Digest } from '../../../shared/src/oci/digest.js';
import { LayoutWriter, OciLayout } from '../../../shared/src/oci/layout.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { tarBytes, type FileSpec } from '../../support/images.js';

let dir: string;
const defaultMin = inflateWorkerConfig.minBytes;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'inflate-worker-'));
});
afterEach(() => {
  inflateWorkerConfig.minBytes = defaultMin;
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Deterministic bytes that do not compress (xorshift), so the compressed layer spans several input slots. */
function noise(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

/** ~9.5 MiB uncompressed, ~3.6 MiB compressed (the rings: 4 and 2 slots of 1 MiB): files of odd sizes, so headers straddle chunks and slots. */
function manyFiles(): FileSpec[] {
  // The streamed ones first: the ~6 MiB after them reuse every slot their chunks were in.
  const files: FileSpec[] = [{ name: 'usr/', type: 'directory' }];
  for (let i = 0; i < 4; i++) files.push({ name: `usr/lib/blob${i}.bin`, content: noise(500_000 + i * 1013, i + 1) });
  files.push({ name: 'usr/bin/tool', content: noise(1536 * 1024 + 17, 99), mode: 0o755 });
  files.push({ name: 'usr/bin/link', type: 'symlink', linkname: 'tool' });
  for (let i = 0; i < 300; i++) {
    const size = (i * 7919) % 40_000;
    files.push({ name: `usr/share/doc/f${i}.txt`, content: Buffer.alloc(size, `line ${i} of a text file\n`) });
  }
  return files;
}

interface Layer {
  src: OciLayout;
  desc: Descriptor;
  diffId: Digest;
  dir: string;
}

/** A layout whose one layer blob is `blob` (gzip media type), with `diffId` as its config's diff_id. */
async function layer(name: string, blob: Buffer, diffId: Digest): Promise<Layer> {
  const w = await LayoutWriter.create(path.join(dir, name));
  const desc = await w.writeBytes(blob, MediaType.OciLayerGzip);
  const config = await w.writeJson({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [diffId] }, config: {} }, MediaType.OciConfig);
  w.addRoot(await w.writeJson({ schemaVersion: 2, mediaType: MediaType.OciManifest, config, layers: [desc] }, MediaType.OciManifest), 'latest');
  await w.commit();
  return { src: await OciLayout.open(path.join(dir, name)), desc, diffId, dir: path.join(dir, name) };
}

let tar: Buffer;
let good: Layer;
beforeAll(async () => {
  tar = await tarBytes(manyFiles());
  good = await layer('good', gzipSync(tar), digestBytes(tar));
});

interface Seen {
  members: string[];
  bodies: Map<string, string>;
  streamed: Map<string, string>;
}

/**
 * Read `l` through the worker (`worker`) or the stream path, collecting every
 * member, whole bodies of the .txt files, and the binaries' bodies through a
 * sink that keeps every chunk it is fed, copied as BodySink asks (chunks are
 * lent; the Go build-info reader copies what it holds, go-buildinfo-stream.test.ts).
 */
async function read(l: Layer, worker: boolean, signal?: AbortSignal, diffId: Digest | undefined = l.diffId): Promise<Seen> {
  inflateWorkerConfig.minBytes = worker ? 0 : Infinity;
  const seen: Seen = { members: [], bodies: new Map(), streamed: new Map() };
  // Every chunk each sink was fed, looked at only once the whole layer is read: by then the rings were reused many times over.
  const parts = new Map<string, Buffer[]>();
  const visitor: MemberVisitor = {
    wantBody: (m: Member) => {
      if (m.name.endsWith('.txt')) return 1024 * 1024;
      if (m.name.endsWith('.bin') || m.name.endsWith('tool')) {
        const mine: Buffer[] = [];
        parts.set(m.name, mine);
        return (chunk) => mine.push(Buffer.from(chunk));
      }
      return 0;
    },
    member: (m, body) => {
      seen.members.push(`${m.type} ${m.name} ${m.size}`);
      if (body !== undefined) seen.bodies.set(m.name, digestBytes(body));
    },
  };
  await readLayer(l.src, l.desc, `layer 1 of 1 (${l.desc.digest}) in ${l.src.name}`, diffId, visitor, signal);
  for (const [name, chunks] of parts) seen.streamed.set(name, digestBytes(Buffer.concat(chunks)));
  return seen;
}

const failureOf = async (p: Promise<unknown>): Promise<PipelineError> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PipelineError);
  return e as PipelineError;
};

/** The same layer's blob rewritten at `offset`, after its digest was recorded. */
async function tampered(name: string, blob: Buffer, offset: number, bytes: Buffer, diffId: Digest): Promise<Layer> {
  const l = await layer(name, blob, diffId);
  const file = path.join(l.dir, 'blobs', 'sha256', encodedOf(l.desc.digest));
  const h = await fs.open(file, 'r+');
  await h.write(bytes, 0, bytes.length, offset);
  await h.close();
  return l;
}

describe('the worker inflate path', () => {
  it('is taken only for gzip layers of at least minBytes by default (4 MiB), where this runtime has the zlib handle it drives', () => {
    expect(inflateWorkerUsable()).toBe(true);
    expect(defaultMin).toBe(4 * 1024 * 1024);
    expect(good.desc.size).toBeGreaterThan(3 * 1024 * 1024);
    expect(tar.length).toBeGreaterThan(8 * 1024 * 1024);
  });

  it('routing: the stream path starts no worker job, the worker path exactly one per layer (so the comparisons below compare two paths)', async () => {
    const before = inflateWorkerJobs();
    await read(good, false);
    expect(inflateWorkerJobs()).toBe(before);
    await read(good, true);
    expect(inflateWorkerJobs()).toBe(before + 1);
  });

  it('reads the same members and bodies as the stream path, a sink keeping what it is fed included', async () => {
    const viaStream = await read(good, false);
    const viaWorker = await read(good, true);
    // Read on a worker indeed: it is kept for the next layer.
    expect(idleInflateWorkers()).toBeGreaterThanOrEqual(1);
    expect(viaStream.members.length).toBe(manyFiles().length);
    expect(viaStream.streamed.get('usr/bin/tool')).toBe(digestBytes(manyFiles().find((f) => f.name === 'usr/bin/tool')?.content as Buffer));
    expect(viaWorker).toEqual(viaStream);
  });

  it('feeds real Go binaries, chunk by lent chunk, to the build-info reader, which reads what each whole file says', async () => {
    // esbuild's build info sits between sentinels, skopeo's inline after the magic: both of the reader's paths, with no
    // copy of the chunks in between (a reader that kept views of them is caught in go-buildinfo-stream.test.ts, where a
    // chunk's buffer is overwritten at once; here a held match spans too few slots for the ring to reuse one under it).
    const files = ['node_modules/@esbuild/linux-x64/bin/esbuild', '/usr/bin/skopeo'].map((f) => path.resolve(process.cwd(), f));
    const bytes = await Promise.all(files.map((f) => fs.readFile(f)));
    const whole = bytes.map((b) => goBuildInfo(b));
    expect(whole.map((w) => (w?.goVersion === '' ? w.main?.path : w?.goVersion))).toEqual(['github.com/evanw/esbuild', expect.stringMatching(/^go1\./)]);
    const t = await tarBytes(bytes.map((content, i) => ({ name: `usr/bin/go${i}`, content, mode: 0o755 })));
    const l = await layer('go', gzipSync(t, { level: 1 }), digestBytes(t));
    inflateWorkerConfig.minBytes = 0;
    const before = inflateWorkerJobs();
    const readers = new Map<string, GoBuildInfoReader>();
    await readLayer(l.src, l.desc, 'layer 1 of 1', l.diffId, {
      wantBody: (m) => {
        const r = new GoBuildInfoReader();
        readers.set(m.name, r);
        return (chunk) => r.write(chunk);
      },
      member: () => undefined,
    });
    expect(inflateWorkerJobs()).toBe(before + 1);
    expect([0, 1].map((i) => readers.get(`usr/bin/go${i}`)?.end())).toEqual(whole);
  });

  it('keeps its worker for the next layer, and several layers can be read at once', async () => {
    await read(good, true);
    expect(idleInflateWorkers()).toBeGreaterThanOrEqual(1);
    const [a, b, c] = await Promise.all([read(good, true), read(good, true), read(good, true)]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(idleInflateWorkers()).toBeLessThanOrEqual(4);
  });

  it('refuses a layer whose inflated bytes are not its diff_id, as the stream path does', async () => {
    const other = digestBytes('another layer');
    const viaStream = await failureOf(read(good, false, undefined, other));
    const viaWorker = await failureOf(read(good, true, undefined, other));
    expect(viaWorker.code).toBe('DIGEST_MISMATCH');
    expect(viaWorker.message).toContain(`(diff_id) has digest ${good.diffId}, expected ${other}`);
    expect(viaWorker.message).toBe(viaStream.message);
  });

  it('reports a tampered blob as its digest mismatch, not as the gzip error the tampering causes', async () => {
    const blob = gzipSync(tar);
    const l = await tampered('tampered', blob, Math.floor(blob.length / 2), Buffer.alloc(4096, 0xff), digestBytes(tar));
    const viaStream = await failureOf(read(l, false));
    const viaWorker = await failureOf(read(l, true));
    expect(viaWorker.code).toBe('DIGEST_MISMATCH');
    expect(viaWorker.message).toContain(`blob ${l.desc.digest}`);
    expect(viaWorker.message).toBe(viaStream.message);
  });

  it('reports a corrupt gzip (an intact blob) with the stream path’s error', async () => {
    const blob = gzipSync(tar);
    // The deflate data corrupted, the blob's digest taken after: only the gzip can tell.
    const bad = Buffer.from(blob);
    bad.fill(0xff, 1_000_000, 1_004_096);
    const l = await layer('corrupt', bad, digestBytes(tar));
    const viaStream = await failureOf(read(l, false));
    const viaWorker = await failureOf(read(l, true));
    expect(viaWorker.code).toBe('LAYOUT');
    expect(viaWorker.message).toContain('is not a readable tar stream');
    expect(viaWorker.message).toBe(viaStream.message);
  });

  it('reports a truncated gzip with the stream path’s error', async () => {
    const blob = gzipSync(tar);
    const cut = blob.subarray(0, blob.length - 100_000);
    const l = await layer('truncated', cut, digestBytes(tar));
    const viaStream = await failureOf(read(l, false));
    const viaWorker = await failureOf(read(l, true));
    expect(viaWorker.message).toContain('unexpected end of file');
    expect(viaWorker.message).toBe(viaStream.message);
  });

  it('reports a broken tar inside a valid gzip with the parser’s error', async () => {
    const broken = Buffer.from(tar);
    // A header in the middle of the archive overwritten: its checksum no longer holds.
    const at = broken.indexOf('usr/lib/blob3.bin');
    broken.fill(0x41, at, at + 100);
    const l = await layer('broken-tar', gzipSync(broken), digestBytes(broken));
    const viaStream = await failureOf(read(l, false));
    const viaWorker = await failureOf(read(l, true));
    expect(viaWorker.code).toBe('LAYOUT');
    expect(viaWorker.message).toBe(viaStream.message);
  });

  it('stops on abort with the signal’s reason, ends its worker, and the next read works', async () => {
    const stop = new AbortController();
    const reason = new Error('another layer failed');
    inflateWorkerConfig.minBytes = 0;
    const p = read(good, true, stop.signal);
    setTimeout(() => stop.abort(reason), 5);
    await expect(p).rejects.toBe(reason);
    const after = await read(good, true);
    expect(after).toEqual(await read(good, false));
  });

  it('rejects at once when the signal was aborted before the read', async () => {
    const stop = new AbortController();
    const reason = new Error('stopped');
    stop.abort(reason);
    await expect(read(good, true, stop.signal)).rejects.toBe(reason);
  });

  it('passes on what the visitor throws, and the next read works', async () => {
    inflateWorkerConfig.minBytes = 0;
    const boom = new PipelineError('INTERNAL', 'visitor failed');
    await expect(
      readLayer(good.src, good.desc, 'layer 1', good.diffId, {
        member: (m) => {
          if (m.name.includes('f150')) throw boom;
        },
      }),
    ).rejects.toBe(boom);
    expect((await read(good, true)).members.length).toBe(manyFiles().length);
  });
});

/** Everything `blob` inflates to through `inflateGzip` (the worker), or its error message. */
async function viaWorker(blob: Buffer): Promise<Buffer | string> {
  const parts: Buffer[] = [];
  try {
    await inflateGzip(Readable.from([blob]), (c) => parts.push(Buffer.from(c)), { what: 'the test blob' });
    return Buffer.concat(parts);
  } catch (e) {
    return (e as Error).message;
  }
}

/** The same through Node's gunzip stream (the stream path). */
function viaStream(blob: Buffer): Promise<Buffer | string> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    const g = createGunzip();
    g.on('data', (c: Buffer) => parts.push(c));
    g.on('end', () => resolve(Buffer.concat(parts)));
    g.on('error', (e) => resolve(e.message));
    g.end(blob);
  });
}

/** A stored (level 0) gzip member of noise exactly `size` bytes long. */
function memberOfSize(size: number, seed: number): Buffer {
  let n = size - 64;
  for (;;) {
    const m = gzipSync(noise(n, seed), { level: 0 });
    if (m.length === size) return m;
    n += size - m.length;
  }
}

describe('what follows the end of the gzip stream, wherever a 1 MiB slot boundary falls', () => {
  const SLOT = 1024 * 1024;
  // A member that ends 10 bytes before the second slot ends: what follows it starts in that slot and runs into the next.
  const first = memberOfSize(2 * SLOT - 10, 7);
  it.each([
    ['zero bytes, then a second member starting in the next slot', Buffer.concat([first, Buffer.alloc(10), gzipSync(noise(100_000, 8))])],
    ['zero bytes, then text that is not gzip in the next slot', Buffer.concat([first, Buffer.alloc(10), Buffer.from('GARBAGE'.repeat(1000))])],
    ['a second member straight after, across the boundary', Buffer.concat([first, gzipSync(noise(100_000, 9))])],
    ['garbage straight after', Buffer.concat([first, Buffer.from('GARBAGE'.repeat(1000))])],
    ['the stream cut short in the next slot', Buffer.concat([first, gzipSync(noise(100_000, 10))]).subarray(0, 2 * SLOT + 5000)],
  ])('%s: the worker reads what the stream reads', async (_what, blob) => {
    const stream = await viaStream(blob);
    const worker = await viaWorker(blob);
    if (typeof stream === 'string') expect(worker).toBe(stream);
    else expect(typeof worker === 'string' ? worker : digestBytes(worker)).toBe(digestBytes(stream));
  });

  it('this runtime passes the zlib handle self-test', () => {
    expect(inflateWorkerUsable()).toBe(true);
  });
});
