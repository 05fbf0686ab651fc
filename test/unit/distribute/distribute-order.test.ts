/**
 * distribute()'s guarantees, against a recording fake of the registry
 * client (the real client and registries are covered in
 * test/e2e/registry*.test.ts): every blob is in place before any manifest,
 * manifests go children first and are checked by digest, tags come last and
 * only on destinations with no failure, a failed upload is retried with its
 * progress reported, one registry gets a blob once and mounts it elsewhere.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { digestBytes, type Digest } from '../../../shared/src/oci/digest.js';
import { resolveImage } from '../../../shared/src/oci/image.js';
import { OciLayout } from '../../../shared/src/oci/layout.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { distribute, type DistributeResult, type ProgressEvent } from '../../../shared/src/distribute/distribute.js';
import { imageToPush, type ImageToPush } from '../../../shared/src/distribute/image-set.js';
import type { RegistryClient } from '../../../shared/src/registry/client/client.js';
import type { ClientFactory } from '../../../shared/src/registry/client/connect.js';
import { RegistrySource } from '../../../shared/src/registry/client/source.js';
import { RegistryError } from '../../../shared/src/registry/transport/registry-error.js';
import { makeLayout } from '../../support/image-fixture.js';

let work: string;
let image: ImageToPush;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'distribute-order-'));
  const a = path.join(work, 'amd64');
  const b = path.join(work, 'arm64');
  await makeLayout(a, { layers: [{ files: { 'etc/a': 'amd64\n' } }, { randomBytes: 20_000 }], refNames: ['1.0'] });
  await makeLayout(b, { architecture: 'arm64', layers: [{ files: { 'etc/b': 'arm64\n' } }], refNames: ['1.0'] });
  // Two platforms: one index over two manifests, so "children first" has something to order.
  image = await imageToPush([await OciLayout.open(a), await OciLayout.open(b)]);
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

interface Call {
  registry: string;
  repo: string;
  op: 'upload' | 'mount' | 'put-manifest' | 'put-tag';
  ref: string;
}

interface Faults {
  /** Uploads to this repo fail this many times (503) before they succeed; Infinity = always. */
  uploadFailures?: Record<string, number>;
  /** After a PUT, HEAD reports this digest instead (the registry rewrote the manifest). */
  rewrite?: Record<string, Digest>;
}

/** A registry per name holding blobs and manifests per repository, recording every write. */
function fakeRegistries(faults: Faults = {}): { clients: ClientFactory; calls: Call[] } {
  const calls: Call[] = [];
  const made = new Map<string, RegistryClient>();
  const blobs = new Map<string, Set<string>>();
  const manifests = new Map<string, Map<string, Digest>>();
  const failuresLeft = { ...(faults.uploadFailures ?? {}) };
  const make = (registry: string): RegistryClient => {
    const key = (repo: string): string => `${registry}/${repo}`;
    const blobSet = (repo: string): Set<string> => blobs.get(key(repo)) ?? blobs.set(key(repo), new Set()).get(key(repo))!;
    const manifestMap = (repo: string): Map<string, Digest> => manifests.get(key(repo)) ?? manifests.set(key(repo), new Map()).get(key(repo))!;
    const fake = {
      ping: async () => undefined,
      transferAllowanceMs: () => 0,
      blobExists: async (repo: string, digest: Digest) => blobSet(repo).has(digest),
      mountBlob: async (repo: string, digest: Digest, from: string) => {
        if (!blobSet(from).has(digest)) return false;
        calls.push({ registry, repo, op: 'mount', ref: digest });
        blobSet(repo).add(digest);
        return true;
      },
      // Upload sessions opened ahead (sessions-ahead.ts): nothing to keep here, uploadBlob takes them as given.
      openUpload: async (repo: string) => ({ repo, location: new URL(`http://${registry}/v2/${repo}/blobs/uploads/s`) }),
      cancelSession: async () => undefined,
      uploadBlob: async (repo: string, desc: Descriptor, body: Readable) => {
        const bytes = await buffer(body);
        const left = failuresLeft[repo] ?? 0;
        if (left > 0) {
          failuresLeft[repo] = left - 1;
          throw new RegistryError('REGISTRY', `${registry} answered HTTP 503`, { status: 503, codes: [] });
        }
        expect(bytes.length).toBe(desc.size);
        calls.push({ registry, repo, op: 'upload', ref: desc.digest });
        blobSet(repo).add(desc.digest);
        return desc.size;
      },
      headManifest: async (repo: string, ref: string) => {
        const d = manifestMap(repo).get(ref);
        return d === undefined ? undefined : { digest: d, mediaType: 'x', size: 1 };
      },
      putManifest: async (repo: string, ref: string, _mediaType: string, bytes: Buffer) => {
        calls.push({ registry, repo, op: ref.startsWith('sha256:') ? 'put-manifest' : 'put-tag', ref });
        manifestMap(repo).set(ref, faults.rewrite?.[repo] ?? digestBytes(bytes));
        return digestBytes(bytes);
      },
    };
    return fake as unknown as RegistryClient;
  };
  const clients: ClientFactory = (registry) => made.get(registry) ?? made.set(registry, make(registry)).get(registry)!;
  return { clients, calls };
}

const FAST = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 10_000 };

async function push(
  destinations: Array<[string, string, string[]]>,
  faults?: Faults,
): Promise<{ result: DistributeResult; calls: Call[]; events: ProgressEvent[] }> {
  const { clients, calls } = fakeRegistries(faults);
  const events: ProgressEvent[] = [];
  const result = await distribute({
    source: image.source,
    root: image.root,
    destinations: destinations.map(([registry, repository, tags]) => ({ registry, repository, tags })),
    clients,
    retry: FAST,
    concurrency: 2,
    onProgress: (e) => events.push(e),
  });
  return { result, calls, events };
}

test('blobs before manifests, manifests children first, tags last, every ref reported', async () => {
  const { result, calls } = await push([['r.example', 'team/app', ['1.0', 'latest']]]);
  const ops = calls.map((c) => c.op);
  const lastUpload = ops.lastIndexOf('upload');
  const firstManifest = ops.indexOf('put-manifest');
  const lastManifest = ops.lastIndexOf('put-manifest');
  const firstTag = ops.indexOf('put-tag');
  expect(lastUpload).toBeGreaterThanOrEqual(0);
  expect(lastUpload).toBeLessThan(firstManifest);
  expect(lastManifest).toBeLessThan(firstTag);
  // Two platform manifests, then the index (the root) last.
  const manifestRefs = calls.filter((c) => c.op === 'put-manifest').map((c) => c.ref);
  expect(manifestRefs).toHaveLength(3);
  expect(manifestRefs[2]).toBe(image.root.digest);
  expect(calls.filter((c) => c.op === 'put-tag').map((c) => c.ref)).toEqual(['1.0', 'latest']);
  const d = result.destinations[0]!;
  expect(d.error).toBeUndefined();
  expect(d.refs).toEqual([`r.example/team/app@${image.root.digest}`, 'r.example/team/app:1.0', 'r.example/team/app:latest']);
  expect(d.manifestsPushed).toBe(3);
  expect(d.blobsUploaded).toBe(calls.filter((c) => c.op === 'upload').length);
});

test('one registry: the blob is uploaded to one repository and mounted into the other; another registry gets its own upload', async () => {
  const { result, calls } = await push([
    ['r.example', 'a/app', ['1']],
    ['r.example', 'b/app', ['1']],
    ['s.example', 'c/app', ['1']],
  ]);
  const uploads = (r: string, repo: string): number => calls.filter((c) => c.registry === r && c.repo === repo && c.op === 'upload').length;
  const blobCount = result.destinations[2]!.blobsUploaded;
  expect(blobCount).toBeGreaterThan(0);
  expect(uploads('r.example', 'a/app') + uploads('r.example', 'b/app')).toBe(blobCount);
  expect(calls.filter((c) => c.registry === 'r.example' && c.op === 'mount')).toHaveLength(blobCount);
  expect(uploads('s.example', 'c/app')).toBe(blobCount);
  expect(result.destinations.every((d) => d.error === undefined && d.refs.length === 2)).toBe(true);
});

test('a re-run skips what is there and moves no tag', async () => {
  const { clients, calls } = fakeRegistries();
  const opts = { source: image.source, root: image.root, destinations: [{ registry: 'r.example', repository: 'a/app', tags: ['1'] }], clients, retry: FAST };
  await distribute(opts);
  const firstRun = calls.length;
  const events: ProgressEvent[] = [];
  const again = await distribute({ ...opts, onProgress: (e) => events.push(e) });
  expect(calls.length).toBe(firstRun);
  expect(again.destinations[0]!.blobsSkipped).toBeGreaterThan(0);
  expect(events.filter((e) => e.kind === 'tag').map((e) => (e as { outcome: string }).outcome)).toEqual(['unchanged']);
});

test('an upload that fails once is retried, with a retry event, and the push completes', async () => {
  const { result, events } = await push([['r.example', 'a/app', ['1']]], { uploadFailures: { 'a/app': 1 } });
  expect(result.destinations[0]!.error).toBeUndefined();
  const retries = events.filter((e) => e.kind === 'retry');
  expect(retries).toHaveLength(1);
  expect(retries[0]).toMatchObject({ destination: 'r.example/a/app', attempt: 1 });
  expect((retries[0] as { what: string }).what).toMatch(/^upload of sha256:/);
});

test('a destination whose uploads keep failing gets no manifest and no tag; the others are tagged', async () => {
  const { result, calls, events } = await push(
    [
      ['r.example', 'bad/app', ['1']],
      ['s.example', 'good/app', ['1']],
    ],
    { uploadFailures: { 'bad/app': Infinity } },
  );
  const bad = result.destinations[0]!;
  expect(bad.error?.message).toMatch(/HTTP 503/);
  expect(bad.refs).toEqual([]);
  expect(calls.filter((c) => c.repo === 'bad/app' && (c.op === 'put-manifest' || c.op === 'put-tag'))).toEqual([]);
  expect(events.filter((e) => e.kind === 'failed').map((e) => e.destination)).toEqual(['r.example/bad/app']);
  expect(result.destinations[1]!.error).toBeUndefined();
  expect(calls.filter((c) => c.repo === 'good/app' && c.op === 'put-tag').map((c) => c.ref)).toEqual(['1']);
});

test('a registry that stores another digest than was pushed fails that destination before any tag moves', async () => {
  const { result, calls } = await push([['r.example', 'a/app', ['1']]], { rewrite: { 'a/app': `sha256:${'e'.repeat(64)}` as Digest } });
  expect(result.destinations[0]!.error?.code).toBe('DIGEST_MISMATCH');
  expect(calls.filter((c) => c.op === 'put-tag')).toEqual([]);
});

test('no nested retries: when re-reading the image for a retry fails, the upload is not retried again (the source retried its own reads)', async () => {
  const { clients } = fakeRegistries({ uploadFailures: { 'a/app': Infinity } });
  let opens = 0;
  const source = Object.create(image.source) as typeof image.source;
  source.openBlob = async (desc: Descriptor) => {
    opens++;
    // The first read feeds the first try; every later one fails as a registry source fails once its own retries are spent.
    if (opens > 1) throw new RegistryError('NETWORK', 'connection reset by the source registry', { errno: 'ECONNRESET' });
    return image.source.openBlob(desc);
  };
  const events: ProgressEvent[] = [];
  const result = await distribute({
    source,
    root: image.root,
    destinations: [{ registry: 'r.example', repository: 'a/app', tags: ['1'] }],
    clients,
    retry: FAST,
    concurrency: 1,
    onProgress: (e) => events.push(e),
  });
  expect(result.destinations[0]!.error?.message).toMatch(/connection reset by the source registry/);
  // One try failed at the registry (503) and was retried once; the re-read failed and ended it.
  expect(events.filter((e) => e.kind === 'retry')).toHaveLength(1);
  expect(opens).toBe(2);
});

test('no nested retries: a registry source whose blob keeps breaking mid-upload gives up once, and the upload is not retried', async () => {
  const { clients, calls } = fakeRegistries();
  const layer = (await resolveImage(image.source, image.root)).images.flatMap((i) => i.manifest.layers).reduce((a, b) => (b.size > a.size ? b : a));
  const bytes = await buffer(await image.source.openBlob(layer));
  // The source registry: every GET of the large layer breaks after 1000 bytes (a reset), others are whole.
  const opens: Array<{ offset: number; retry: boolean | undefined }> = [];
  const sourceClient = {
    registry: 'src.example',
    openBlob: async (_repo: string, d: Descriptor, offset = 0, o: { retry?: boolean } = {}) => {
      if (d.digest !== layer.digest) return image.source.openBlob(d);
      opens.push({ offset, retry: o.retry });
      const r = new Readable({ read() {} });
      r.push(bytes.subarray(offset, offset + 1000));
      setImmediate(() => r.destroy(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })));
      return r;
    },
  } as unknown as RegistryClient;
  const fromRegistry = new RegistrySource({ registry: 'src.example', repository: 'team/app', tag: '1' }, sourceClient, {
    policy: { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 10_000 },
    sleep: async () => undefined,
  });
  const source = Object.create(image.source) as typeof image.source;
  source.openBlob = (desc: Descriptor) => (desc.digest === layer.digest ? fromRegistry.openBlob(desc) : image.source.openBlob(desc));
  const events: ProgressEvent[] = [];
  const result = await distribute({
    source,
    root: image.root,
    destinations: [{ registry: 'r.example', repository: 'a/app', tags: ['1'] }],
    clients,
    retry: FAST,
    concurrency: 1,
    onProgress: (e) => events.push(e),
  });
  const error = result.destinations[0]!.error;
  expect(error?.code).toBe('NETWORK');
  expect(error?.message).toContain(`reading blob ${layer.digest} from src.example/team/app failed after 2 resumes`);
  // One download: the first opening and two single-request resumes; the upload loop did not open it again.
  expect(opens).toEqual([
    { offset: 0, retry: undefined },
    { offset: 1000, retry: false },
    { offset: 2000, retry: false },
  ]);
  expect(events.filter((e) => e.kind === 'retry')).toHaveLength(0);
  expect(calls.filter((c) => c.op === 'put-tag')).toEqual([]);
});
