/**
 * distribute's order around the referrers fallback index, on Debian's
 * docker-registry 2.8 (no referrers API): the tags move once the index is
 * written (it lists this run's referrers at that moment), and the index's
 * confirmation (settle, re-read, repair: referrers-fallback.ts) runs beside
 * the tag moves. A concurrent writer's lost update found after the tags
 * moved is still repaired; one that keeps recurring still fails the push,
 * saying the tags moved, and a re-run adds back what is missing.
 *
 * The settle is the `fallback.sleep` hook: it waits (bounded) for the tag to
 * point at the image, so these tests fail if the tags wait for the settle.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { attachReferrers } from '../../shared/src/distribute/referrers-push.js';
import { PipelineError } from '../../shared/src/errors.js';
import type { Digest } from '../../shared/src/oci/digest.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import { fallbackTag, referrersIndexBytes } from '../../shared/src/oci/referrers-index.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { readFallback } from '../../shared/src/registry/client/referrers-fallback.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

let work: string;
let reg: Registry;
let layout: string;

const clientOf = (host: string): RegistryClient => new RegistryClient({ registry: host, plainHttp: true, credentials: async () => undefined });
const REPORT = { name: 'report.json', text: '{"scan":"clean"}' };
const QUICK_RETRY = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5, budgetMs: 30_000 };

/** Wait (bounded) until repo:tag points at `digest`; whether it did. */
async function tagPoints(c: RegistryClient, repo: string, tag: string, digest: string, withinMs = 5_000): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if ((await c.headManifest(repo, tag))?.digest === digest) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Push the layout once by digest with another writer's referrer listed: what a stale writer puts back. */
async function theirEntry(repo: string): Promise<{ image: Descriptor; theirs: Descriptor[] }> {
  const r = await pushImage({ images: [layout], destinations: [`${reg.host}/${repo}`] });
  assertDistributed(r);
  const c = clientOf(reg.host);
  const head = await c.headManifest(repo, r.digest, ['pull']);
  const image = { mediaType: head?.mediaType ?? '', digest: r.digest, size: head?.size ?? -1 };
  const theirs = (
    await attachReferrers(c, repo, image, [
      { artifactType: 'application/spdx+json', blobs: [{ mediaType: 'application/spdx+json', bytes: Buffer.from('{"other":1}') }] },
    ])
  ).referrers;
  return { image, theirs };
}

/** The referrers the fallback index of repo@digest lists, as digests. */
const listed = async (c: RegistryClient, repo: string, digest: Digest): Promise<string[]> => (await readFallback(c, repo, digest)).entries.map((d) => d.digest);

/** A stale writer (its read made before ours) puts back the fallback index of `image` with its own entries only. */
const putBack = (c: RegistryClient, repo: string, image: Descriptor, theirs: Descriptor[]): Promise<unknown> =>
  c.putManifest(repo, fallbackTag(image.digest), MediaType.OciIndex, referrersIndexBytes(theirs));

/**
 * Push the layout tagged 1.0 to `destinations` with the report attached, every wait of the fallback index's
 * confirmation (settles and backoffs) replaced by `sleep`; `retry` also for the push's own requests.
 */
const pushWithWaits = (destinations: string[], sleep: () => Promise<void>, retry?: typeof QUICK_RETRY): ReturnType<typeof pushImage> =>
  pushImage({
    images: [layout],
    destinations,
    tags: ['1.0'],
    ...(retry !== undefined ? { retry } : {}),
    attach: { files: [REPORT], fallback: { retry: QUICK_RETRY, sleep } },
  });

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'referrers-settle-e2e-'));
  reg = await startRegistry();
  layout = path.join(work, 'layout');
  await makeLayout(layout, { layers: [{ files: { 'etc/hello': 'hello\n' } }] });
}, 60_000);

afterAll(async () => {
  await reg?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

test('the tag moves before the settle ends; a lost update found after the move is repaired, and the push succeeds', async () => {
  const repo = 'settle/repaired';
  const { image, theirs } = await theirEntry(repo);
  const c = clientOf(reg.host);
  const seen: Array<{ tagMoved: boolean; listed: string[] }> = [];
  const result = await pushWithWaits([`${reg.host}/${repo}`], async () => {
    // The first wait is the settle after our write: the tag moves meanwhile.
    if (seen.length > 0) return;
    const tagMoved = await tagPoints(c, repo, '1.0', image.digest);
    seen.push({ tagMoved, listed: await listed(c, repo, image.digest) });
    // A stale writer (its read made before ours) puts back an index with its own entry only.
    await putBack(c, repo, image, theirs);
  });
  assertDistributed(result);
  const ours = (result.attestations ?? []).map((a) => a.digest);
  expect(ours).toHaveLength(1);
  // At the moment the tag had moved, during the settle, the index already listed our referrer.
  expect(seen).toEqual([{ tagMoved: true, listed: [...theirs.map((d) => d.digest), ...ours] }]);
  // The lost update was repaired after the tag moved: both entries listed, the tag on the image.
  expect(await listed(c, repo, image.digest)).toEqual([...theirs.map((d) => d.digest), ...ours]);
  expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(image.digest);
  expect(result.destinations[0]?.refs).toEqual([`${reg.host}/${repo}@${image.digest}`, `${reg.host}/${repo}:1.0`]);
}, 60_000);

test('a lost update that keeps recurring after the tag moved fails the push, saying the tag moved; a re-run adds the entry back', async () => {
  const repo = 'settle/lost';
  const { image, theirs } = await theirEntry(repo);
  const c = clientOf(reg.host);
  const tag = fallbackTag(image.digest);
  let waits = 0;
  let movedAtFirstWait: boolean | undefined;
  // Every wait (settles and backoffs): the other writer overwrites the index again.
  const result = await pushWithWaits([`${reg.host}/${repo}`], async () => {
    const moved = await tagPoints(c, repo, '1.0', image.digest);
    if (waits++ === 0) movedAtFirstWait = moved;
    await putBack(c, repo, image, theirs);
  });
  expect(movedAtFirstWait).toBe(true);
  const d = result.destinations[0];
  expect(d?.error).toBeInstanceOf(PipelineError);
  expect(d?.error?.code).toBe('REGISTRY');
  expect(d?.error?.message).toContain(`confirming the referrers of ${reg.host}/${repo}@${image.digest} failed`);
  expect(d?.error?.message).toContain(`the referrers tag ${reg.host}/${repo}:${tag} kept losing entries`);
  expect(d?.error?.hint).toContain("The image's tags were moved while the referrers index listed this run's referrers");
  expect(d?.error?.hint).toContain('a re-run adds back what is missing');
  // The step fails: assertDistributed throws the destination's error.
  expect(() => assertDistributed(result)).toThrow(/kept losing entries/);
  // The tag did move (the index listed our entry then), and the other writer's index stands.
  expect(d?.refs).toContain(`${reg.host}/${repo}:1.0`);
  expect(d?.tagged).toBe(true);
  expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(image.digest);
  const ours = (result.attestations ?? []).map((a) => a.digest);
  expect(ours).toHaveLength(1);
  expect(await listed(c, repo, image.digest)).toEqual(theirs.map((e) => e.digest));

  // A re-run with no other writer: our referrer listed again beside theirs, the tag unchanged.
  const again = await pushImage({
    images: [layout],
    destinations: [`${reg.host}/${repo}`],
    tags: ['1.0'],
    attach: { files: [REPORT], fallback: { settleMs: 1 } },
  });
  assertDistributed(again);
  expect((again.attestations ?? []).map((a) => [a.digest, a.outcome])).toEqual([[ours[0], 'attached']]);
  expect(await listed(c, repo, image.digest)).toEqual([...theirs.map((e) => e.digest), ...ours]);
  expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(image.digest);
}, 60_000);

test('two destinations failing, one after its tag moved: the summary says on which the tags moved', async () => {
  const good = 'settle/two-a';
  const { image, theirs } = await theirEntry(good);
  const c = clientOf(reg.host);
  // The second destination's registry does not answer: it fails before anything, its tag untouched.
  const result = await pushWithWaits(
    [`${reg.host}/${good}`, `127.0.0.1:9/settle/two-b`],
    async () => {
      await tagPoints(c, good, '1.0', image.digest);
      await putBack(c, good, image, theirs);
    },
    QUICK_RETRY,
  );
  expect(result.destinations.map((d) => d.error?.code)).toEqual(['REGISTRY', 'NETWORK']);
  expect(() => assertDistributed(result)).toThrow(
    `2 of 2 destinations failed (tags of ${reg.host}/${good} point at the image, the others' tags were not moved)`,
  );
  expect(result.destinations.map((d) => d.tagged)).toEqual([true, undefined]);
}, 60_000);
