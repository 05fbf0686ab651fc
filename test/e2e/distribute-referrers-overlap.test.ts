/**
 * distribute pushes the image and its attachments at once (issue 17, examples/hello): on a registry without the
 * referrers API (Debian's docker-registry 2.8, behind the fault proxy) the artifacts' manifests go up while the
 * image's manifest is still on its way (the spec lets a referrer come before its subject), and only the fallback
 * index (a tag) waits for the image, so its settle starts sooner. What stays: the index is written after the
 * image's manifest is in place and checked, the tags after the index; an image whose push fails there gets no
 * index and no tag, and its own error is the one reported. The image's own push proves its manifest is there (put
 * and checked by a HEAD, or found by one): no further HEAD of it before the index; where the push proves nothing
 * (it ended before the manifest), the index is still not written.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { distribute } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import type { Digest } from '../../shared/src/oci/digest.js';
import type { ImageSource } from '../../shared/src/oci/source.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import { fallbackTag } from '../../shared/src/oci/referrers-index.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { clientFactory } from '../../shared/src/registry/client/connect.js';
import { readFallback } from '../../shared/src/registry/client/referrers-fallback.js';
import { makeLayout } from '../support/image-fixture.js';
import { startReferrersRegistry } from '../support/referrers-registry.js';
import { startFaultProxy, type FaultProxy } from '../support/proxy.js';
import { startRegistry, type Registry } from '../support/registry.js';

let work: string;
let reg: Registry;
let proxy: FaultProxy;
let layout: string;

const clientOf = (host: string): RegistryClient => new RegistryClient({ registry: host, plainHttp: true, credentials: async () => undefined });
const FILES = [
  { name: 'report.json', text: '{"scan":"clean"}' },
  { name: 'other.json', text: '{"lint":"ok"}' },
];
const QUICK_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 30_000 };

/** The fixture image and FILES pushed to `repo` on `host` (default the fault proxy), signed by `signer` if given. */
const push = (repo: string, host = proxy.host, signer?: Promise<never>): ReturnType<typeof pushImage> =>
  pushImage({
    images: [layout],
    destinations: [`${host}/${repo}`],
    tags: ['1.0'],
    insecureRegistries: [host],
    retry: QUICK_RETRY,
    // The settle itself is not what these tests look at.
    attach: { files: FILES, ...(signer === undefined ? {} : { signer }), fallback: { retry: QUICK_RETRY, sleep: () => Promise.resolve() } },
  });

const rootOf = async (): Promise<Digest> => {
  const root = (await (await OciLayout.open(layout)).roots())[0];
  if (root === undefined) throw new Error('the fixture layout has no image');
  return root.digest;
};

/** The proxy's log of one repository's manifest requests, as `METHOD reference`. */
const manifestRequests = (repo: string): string[] =>
  proxy.log
    .filter((e) => e.path.startsWith(`/v2/${repo}/manifests/`))
    .map((e) => `${e.method} ${decodeURIComponent(e.path.slice(`/v2/${repo}/manifests/`.length).split('?')[0] ?? '')}`);

/** Where in `seen` the image's manifest was asked for by HEAD. */
const headsOf = (seen: readonly string[], digest: Digest): number[] => seen.flatMap((s, i) => (s === `HEAD ${digest}` ? [i] : []));

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'referrers-overlap-e2e-'));
  reg = await startRegistry();
  proxy = await startFaultProxy(reg.host);
  layout = path.join(work, 'layout');
  await makeLayout(layout, { layers: [{ files: { 'etc/hello': 'hello\n' } }] });
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await reg?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

test("the artifacts go up while the image's manifest is held back; the index follows the image, the tag the index", async () => {
  const repo = 'overlap/held';
  // The image's manifest PUT is held 1.5 s; the artifacts' are not.
  const rootDigest = await rootOf();
  proxy.add({ method: 'PUT', path: new RegExp(`^/v2/${repo}/manifests/${rootDigest}$`), fault: { kind: 'delay', ms: 1_500 } });
  const r = await push(repo);
  expect(r.destinations[0]?.error).toBeUndefined();
  const seen = manifestRequests(repo);
  const imagePut = seen.indexOf(`PUT ${rootDigest}`);
  const indexPut = seen.indexOf(`PUT ${fallbackTag(rootDigest)}`);
  const tagPut = seen.indexOf('PUT 1.0');
  const artifactPuts = seen.map((s, i) => [s, i] as const).filter(([s]) => s.startsWith('PUT sha256:') && s !== `PUT ${rootDigest}`);
  expect(imagePut).toBeGreaterThanOrEqual(0);
  expect(artifactPuts).toHaveLength(FILES.length);
  // Held back 1.5 s, the image's manifest was answered (then checked by a HEAD) after both artifacts' PUTs had
  // arrived: they did not wait for it (before, every artifact's request came after the image's manifest and its check).
  const imageCheck = seen.indexOf(`HEAD ${rootDigest}`, imagePut);
  expect(imageCheck).toBeGreaterThan(imagePut);
  expect(artifactPuts.filter(([, i]) => i > imageCheck)).toEqual([]);
  // The index only once the image's manifest was checked, the tag only after the index.
  expect(indexPut).toBeGreaterThan(imageCheck);
  expect(tagPut).toBeGreaterThan(indexPut);
  const listed = await readFallback(clientOf(reg.host), repo, rootDigest);
  expect(listed.entries.map((d) => d.digest).sort()).toEqual(artifactPuts.map(([s]) => s.slice('PUT '.length)).sort());
}, 60_000);

test("an image whose manifest is refused gets no index and no tag, and the image's error is the one reported", async () => {
  const repo = 'overlap/refused';
  const rootDigest = await rootOf();
  proxy.add({
    method: 'PUT',
    path: new RegExp(`^/v2/${repo}/manifests/${rootDigest}$`),
    fault: { kind: 'status', status: 400, body: JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'injected refusal' }] }) },
    times: 10,
  });
  const r = await push(repo);
  const d = r.destinations[0];
  expect(d?.error?.message).toContain('injected refusal');
  expect(d?.tagged).toBeUndefined();
  const seen = manifestRequests(repo);
  expect(seen.filter((s) => s.startsWith('PUT sha256-'))).toEqual([]);
  expect(seen).not.toContain('PUT 1.0');
  const c = clientOf(reg.host);
  expect(await c.headManifest(repo, '1.0')).toBeUndefined();
  expect(await c.headManifest(repo, fallbackTag(rootDigest))).toBeUndefined();
}, 60_000);

test('a registry with the API that calls the not-yet-pushed subject unknown still lists the artifacts itself: no fallback tag', async () => {
  // Quay answered the referrers list of an unknown manifest 404 (later 400): the first probe, made while the image
  // is still going up, reads as "no API". The answer is asked again once the image is there.
  const front = await startReferrersRegistry(reg.host);
  try {
    front.fault({ kind: 'referrers-answer', status: 404, body: JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'unknown' }] }), times: 1 });
    const repo = 'overlap/api-late';
    const rootDigest = await rootOf();
    const r = await push(repo, front.host);
    expect(r.destinations[0]?.error).toBeUndefined();
    const referrersGets = front.log.filter((e) => e.method === 'GET' && e.path.startsWith(`/v2/${repo}/referrers/`));
    expect(referrersGets[0]?.status).toBe(404);
    expect(referrersGets.some((e) => e.status === 200)).toBe(true);
    expect(front.log.filter((e) => e.method === 'PUT' && e.path.includes(`/manifests/${fallbackTag(rootDigest)}`))).toEqual([]);
    expect(await clientOf(reg.host).headManifest(repo, fallbackTag(rootDigest))).toBeUndefined();
    expect(front.referrers.get(`${repo}@${rootDigest}`)).toHaveLength(FILES.length);
  } finally {
    await front.stop();
  }
}, 60_000);

test('a signer that fails to load (loaded beside the push) fails the destination in the report, untagged, not as a bare rejection', async () => {
  const repo = 'overlap/signer-load';
  const rootDigest = await rootOf();
  const loading = Promise.reject(new Error('the sigstore chunk is missing'));
  const r = await push(repo, proxy.host, loading);
  const d = r.destinations[0];
  expect(d?.error?.code).toBe('SIGNATURE');
  expect(d?.error?.message).toContain('the signer could not be loaded: the sigstore chunk is missing');
  expect(d?.tagged).toBeUndefined();
  const c = clientOf(reg.host);
  expect(await c.headManifest(repo, '1.0')).toBeUndefined();
  expect(await c.headManifest(repo, fallbackTag(rootDigest))).toBeUndefined();
}, 60_000);

test("without the referrers API the image's manifest is asked for by HEAD only by its own push: the index follows that check", async () => {
  // Before, pushReferrers asked a third time (subjectThere) after the push had put the manifest and checked it.
  const repo = 'overlap/heads';
  const rootDigest = await rootOf();
  const r = await push(repo);
  expect(r.destinations[0]?.error).toBeUndefined();
  const seen = manifestRequests(repo);
  const imagePut = seen.indexOf(`PUT ${rootDigest}`);
  const indexPut = seen.indexOf(`PUT ${fallbackTag(rootDigest)}`);
  const heads = headsOf(seen, rootDigest);
  // One HEAD before the PUT (not there yet), one after it (the check): the index is written on that check.
  expect(heads).toHaveLength(2);
  expect(heads[0]).toBeLessThan(imagePut);
  expect(heads[1]).toBeGreaterThan(imagePut);
  expect(indexPut).toBeGreaterThan(heads[1] as number);
  expect(seen.indexOf('PUT 1.0')).toBeGreaterThan(indexPut);
  const listed = await readFallback(clientOf(reg.host), repo, rootDigest);
  expect(listed.entries).toHaveLength(FILES.length);
}, 60_000);

test('an image already in the repository is found by the one HEAD of its push, and the index is written on it', async () => {
  const repo = 'overlap/there';
  const rootDigest = await rootOf();
  // The image first, without attachments, straight to the registry (not in the proxy's log).
  const first = await pushImage({ images: [layout], destinations: [`${reg.host}/${repo}`], insecureRegistries: [reg.host], retry: QUICK_RETRY });
  expect(first.destinations[0]?.error).toBeUndefined();
  const r = await push(repo);
  expect(r.destinations[0]?.error).toBeUndefined();
  const seen = manifestRequests(repo);
  expect(seen).not.toContain(`PUT ${rootDigest}`);
  const heads = headsOf(seen, rootDigest);
  expect(heads).toHaveLength(1);
  expect(seen.indexOf(`PUT ${fallbackTag(rootDigest)}`)).toBeGreaterThan(heads[0] as number);
  const listed = await readFallback(clientOf(reg.host), repo, rootDigest);
  expect(listed.entries).toHaveLength(FILES.length);
}, 60_000);

test("with the referrers API the artifacts follow the push's own check of the image's manifest, no HEAD of their own", async () => {
  const front = await startReferrersRegistry(reg.host);
  try {
    const repo = 'overlap/api-heads';
    const rootDigest = await rootOf();
    const r = await push(repo, front.host);
    expect(r.destinations[0]?.error).toBeUndefined();
    const seen = front.log
      .filter((e) => e.path.startsWith(`/v2/${repo}/manifests/`))
      .map((e) => `${e.method} ${decodeURIComponent(e.path.slice(`/v2/${repo}/manifests/`.length).split('?')[0] ?? '')}`);
    const imagePut = seen.indexOf(`PUT ${rootDigest}`);
    const heads = headsOf(seen, rootDigest);
    expect(heads).toHaveLength(2);
    expect(heads[1]).toBeGreaterThan(imagePut);
    // With the API a referrer is listed as soon as it lands: every artifact's PUT after the image's check.
    const artifactPuts = seen.flatMap((s, i) => (s.startsWith('PUT sha256:') && s !== `PUT ${rootDigest}` ? [i] : []));
    expect(artifactPuts).toHaveLength(FILES.length);
    expect(artifactPuts.filter((i) => i < (heads[1] as number))).toEqual([]);
    expect(front.referrers.get(`${repo}@${rootDigest}`)).toHaveLength(FILES.length);
    expect(seen.filter((s) => s.startsWith('PUT sha256-'))).toEqual([]);
  } finally {
    await front.stop();
  }
}, 60_000);

test("a push that ends before the image's manifest (the layout gone after the plan) proves nothing: the subject is asked for, no index", async () => {
  const repo = 'overlap/unproven';
  const layoutSource = await OciLayout.open(layout);
  const root = (await layoutSource.roots())[0];
  if (root === undefined) throw new Error('the fixture layout has no image');
  // The manifest is read once for the plan, then the folder is gone (a runner's cleanup): the push throws without
  // failing the destination, so only a HEAD can say whether the image is there.
  let reads = 0;
  const source: ImageSource = {
    name: layoutSource.name,
    roots: () => layoutSource.roots(),
    openBlob: (d) => layoutSource.openBlob(d),
    hasBlob: (d) => layoutSource.hasBlob(d),
    close: () => layoutSource.close(),
    readBlob: async (d) => {
      if (d.digest === root.digest && ++reads > 1) throw new Error('the layout was removed');
      return layoutSource.readBlob(d);
    },
  };
  try {
    const pushed = distribute({
      source,
      root,
      destinations: [{ registry: proxy.host, repository: repo, tags: ['1.0'] }],
      clients: clientFactory({ insecureRegistries: [proxy.host], retry: QUICK_RETRY }),
      retry: QUICK_RETRY,
      attach: { files: FILES, fallback: { retry: QUICK_RETRY, sleep: () => Promise.resolve() } },
    });
    await expect(pushed).rejects.toThrow('the layout was removed');
  } finally {
    await source.close();
  }
  const seen = manifestRequests(repo);
  expect(seen).not.toContain(`PUT ${root.digest}`);
  // The artifacts went up beside the image (the spec allows a referrer before its subject); the index did not.
  expect(seen.filter((s) => s.startsWith('PUT sha256:'))).toHaveLength(FILES.length);
  expect(headsOf(seen, root.digest)).toHaveLength(1);
  expect(seen.filter((s) => s.startsWith('PUT sha256-'))).toEqual([]);
  expect(seen).not.toContain('PUT 1.0');
  const c = clientOf(reg.host);
  expect(await c.headManifest(repo, fallbackTag(root.digest))).toBeUndefined();
  expect(await c.headManifest(repo, '1.0')).toBeUndefined();
}, 60_000);
