/**
 * OCI 1.1 referrers against real registries on loopback: Debian's
 * docker-registry 2.8 (no referrers API: the fallback tag `sha256-<hex>`),
 * and the same registry behind test/support/referrers-registry.ts (the
 * referrers API). What distribution 2.8 accepts is recorded here, the image's
 * digest and tags are checked to stay as they were, and two runs attaching
 * at once both end up in the fallback index.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../../shared/src/errors.js';
import { buildArtifact, EMPTY_DESCRIPTOR } from '../../shared/src/oci/artifact.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import { fallbackTag, referrersIndexBytes } from '../../shared/src/oci/referrers-index.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { supportFromProbe } from '../../shared/src/registry/client/referrers-api.js';
import { readFallback } from '../../shared/src/registry/client/referrers-fallback.js';
import { listReferrers } from '../../shared/src/registry/client/referrers.js';
import { attachReferrer, attachReferrers, carryPlatformReferrers, type ArtifactSpec } from '../../shared/src/distribute/referrers-push.js';
import { makeLayout } from '../support/image-fixture.js';
import { startReferrersRegistry, type ReferrersRegistry } from '../support/referrers-registry.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SBOM = 'application/spdx+json';
const CREATED = 'org.opencontainers.image.created';

let work: string;
let reg: Registry;
let front: ReferrersRegistry;
let amd64: string;
let arm64: string;

/** A client of its own: each "run" learns referrers support anew, as a separate job would. */
const clientOf = (host: string): RegistryClient => new RegistryClient({ registry: host, plainHttp: true, credentials: async () => undefined });

const artifact = (type: string, text: string, created = '2026-11-30T16:00:00Z'): ArtifactSpec => ({
  artifactType: type,
  blobs: [{ mediaType: type, bytes: Buffer.from(text) }],
  annotations: { [CREATED]: created },
});

/** Push the layout to host/repo with tags; its manifest's descriptor. */
async function pushed(host: string, repo: string, layout: string, tags: string[]): Promise<Descriptor> {
  const r = await pushImage({ images: [layout], destinations: [`${host}/${repo}`], tags });
  assertDistributed(r);
  const head = await clientOf(host).headManifest(repo, r.digest, ['pull']);
  return { mediaType: head?.mediaType ?? '', digest: r.digest, size: head?.size ?? -1 };
}

async function tagsOf(host: string, repo: string): Promise<string[]> {
  const res = await fetch(`http://${host}/v2/${repo}/tags/list`);
  return ((await res.json()) as { tags: string[] }).tags.sort();
}

function caught(p: Promise<unknown>): Promise<PipelineError> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => {
      expect(e).toBeInstanceOf(PipelineError);
      return e as PipelineError;
    },
  );
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'referrers-e2e-'));
  reg = await startRegistry();
  front = await startReferrersRegistry(reg.host, { pageSize: 2 });
  amd64 = path.join(work, 'amd64');
  arm64 = path.join(work, 'arm64');
  await makeLayout(amd64, { layers: [{ files: { 'etc/hello': 'hello amd64\n' } }] });
  await makeLayout(arm64, { architecture: 'arm64', layers: [{ files: { 'etc/hello': 'hello arm64\n' } }] });
}, 60_000);

afterAll(async () => {
  await Promise.all([front?.stop(), reg?.stop()]);
  await fs.rm(work, { recursive: true, force: true });
});

describe('what docker-registry 2.8 accepts (recorded)', () => {
  test('an OCI 1.1 artifact manifest (artifactType, empty config with data, subject, annotations) is stored byte for byte; no referrers API, no OCI-Subject', async () => {
    const image = await pushed(reg.host, 'record/app', amd64, ['1.0']);
    const c = clientOf(reg.host);
    const probe = await c.getReferrers('record/app', image.digest);
    expect(probe.status).toBe(404);
    expect(supportFromProbe(probe)).toEqual({ api: false, why: 'the referrers endpoint answered HTTP 404' });

    const built = buildArtifact(image, artifact(BUNDLE, '{"sig":1}'));
    // Without the empty config blob in the repository, 2.8 refuses the manifest: the blob must be uploaded.
    const refused = await caught(c.putManifest('record/app', built.descriptor.digest, MediaType.OciManifest, built.bytes));
    expect(refused.message).toMatch(/HTTP 400 to PUT manifest .*: MANIFEST_BLOB_UNKNOWN/);

    const d = await attachReferrer(c, 'record/app', image, artifact(BUNDLE, '{"sig":1}'));
    expect(d.digest).toBe(built.descriptor.digest);
    const back = await c.getManifest('record/app', d.digest);
    expect(back.bytes.equals(built.bytes)).toBe(true);
    expect(back.mediaType).toBe(MediaType.OciManifest);
    // The PUT answer carries no OCI-Subject header (the registry ignores `subject`).
    const again = await fetch(`http://${reg.host}/v2/record/app/manifests/${d.digest}`, {
      method: 'PUT',
      headers: { 'content-type': MediaType.OciManifest },
      body: built.bytes,
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('oci-subject')).toBeNull();
    expect(again.headers.get('docker-content-digest')).toBe(d.digest);
    const stored = JSON.parse(back.bytes.toString()) as Record<string, unknown>;
    expect(stored).toMatchObject({
      artifactType: BUNDLE,
      config: { ...EMPTY_DESCRIPTOR },
      subject: { digest: image.digest, mediaType: image.mediaType, size: image.size },
    });

    // An index naming a manifest the repository lacks is refused too: the fallback index may only list pushed referrers.
    const ghost = { mediaType: MediaType.OciManifest, digest: digestBytes('ghost'), size: 10 };
    const noGhost = await caught(c.putManifest('record/app', 'x', MediaType.OciIndex, referrersIndexBytes([ghost])));
    expect(noGhost.message).toMatch(/HTTP 400 to PUT manifest x .*: MANIFEST_BLOB_UNKNOWN/);
  });
});

describe('fallback tag (docker-registry 2.8)', () => {
  test('attach: artifact manifests by digest, the sha256-<hex> index with artifactType and annotations; the image digest and tags unchanged', async () => {
    const image = await pushed(reg.host, 'team/app', amd64, ['1.0', 'latest']);
    const c = clientOf(reg.host);
    const r = await attachReferrers(c, 'team/app', image, [artifact(BUNDLE, '{"sig":1}'), artifact(SBOM, '{"spdx":1}')]);
    expect(r.via).toBe('fallback');
    expect(r.referrers.map((d) => d.artifactType)).toEqual([BUNDLE, SBOM]);

    expect(await skopeoDigest(`${reg.host}/team/app:1.0`)).toBe(image.digest);
    expect(await skopeoDigest(`${reg.host}/team/app:latest`)).toBe(image.digest);
    expect(await tagsOf(reg.host, 'team/app')).toEqual(['1.0', fallbackTag(image.digest), 'latest'].sort());

    const index = await c.getManifest('team/app', fallbackTag(image.digest));
    expect(index.mediaType).toBe(MediaType.OciIndex);
    expect(JSON.parse(index.bytes.toString())).toEqual({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: r.referrers });
    expect(r.referrers[0]?.annotations).toEqual({ [CREATED]: '2026-11-30T16:00:00Z' });

    const all = await listReferrers(c, 'team/app', image);
    expect(all).toEqual({ via: 'fallback', referrers: r.referrers, skipped: [] });
    expect((await listReferrers(c, 'team/app', image.digest, { artifactType: SBOM })).referrers).toEqual([r.referrers[1]]);

    // A re-run attaches nothing new and writes no tag.
    const before = index.digest;
    await attachReferrers(c, 'team/app', image, [artifact(BUNDLE, '{"sig":1}')]);
    expect((await c.getManifest('team/app', fallbackTag(image.digest))).digest).toBe(before);
  });

  // Three images, each raced by two runs (a writer without the re-read loses an entry in about a third of such races).
  test.each(['race/one', 'race/two', 'race/three'])('two runs attaching at once both end up in the index (%s)', async (repo) => {
    const image = await pushed(reg.host, repo, amd64, ['1.0']);
    const runs = ['one', 'two'].map((who) =>
      attachReferrers(clientOf(reg.host), repo, image, [artifact(BUNDLE, `{"by":"${who}"}`), artifact(SBOM, `{"by":"${who}"}`)]),
    );
    const [one, two] = await Promise.all(runs);
    const listed = await readFallback(clientOf(reg.host), repo, image.digest);
    const want = [...(one?.referrers ?? []), ...(two?.referrers ?? [])].map((d) => d.digest).sort();
    expect(want).toHaveLength(4);
    expect(listed.entries.map((d) => d.digest).sort()).toEqual(want);
    expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(image.digest);
  });

  test('a writer whose entry another overwrote (a stale read) finds it gone on the re-read and writes it again', async () => {
    const image = await pushed(reg.host, 'stale/app', amd64, []);
    const c = clientOf(reg.host);
    const tag = fallbackTag(image.digest);
    // The other writer's artifact, pushed, but its index write comes from a read made before ours.
    const theirs = (await attachReferrers(c, 'stale/app', image, [artifact(SBOM, '{"other":1}')])).referrers;
    let overwrites = 0;
    const mine = await attachReferrer(c, 'stale/app', image, artifact(BUNDLE, '{"mine":1}'), {
      fallback: {
        settleMs: 1,
        sleep: async () => {
          // During our first settle, the stale writer puts back an index with only its own entry.
          if (overwrites++ === 0) await c.putManifest('stale/app', tag, MediaType.OciIndex, referrersIndexBytes(theirs));
        },
      },
    });
    expect(overwrites).toBeGreaterThanOrEqual(2);
    const listed = await readFallback(c, 'stale/app', image.digest);
    expect(listed.entries.map((d) => d.digest)).toEqual([...theirs.map((d) => d.digest), mine.digest]);
  });

  test('an entry whose manifest is gone is pruned when the registry refuses the index for it', async () => {
    const image = await pushed(reg.host, 'prune/app', amd64, []);
    const c = clientOf(reg.host);
    const old = await attachReferrer(c, 'prune/app', image, artifact(SBOM, '{"old":1}'), { fallback: { settleMs: 1 } });
    const del = await fetch(`http://${reg.host}/v2/prune/app/manifests/${old.digest}`, { method: 'DELETE' });
    expect(del.status).toBe(202);
    const fresh = await attachReferrer(c, 'prune/app', image, artifact(BUNDLE, '{"new":1}'), { fallback: { settleMs: 1 } });
    expect((await readFallback(c, 'prune/app', image.digest)).entries.map((d) => d.digest)).toEqual([fresh.digest]);
  });

  test('attaching to an image that is not there is an error, and nothing is written', async () => {
    const c = clientOf(reg.host);
    const missing = { mediaType: MediaType.OciManifest, digest: digestBytes('not pushed'), size: 3 };
    const e = await caught(attachReferrer(c, 'team/app', missing, artifact(BUNDLE, '{}')));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(/cannot attach to 127\.0\.0\.1:\d+\/team\/app@sha256:[0-9a-f]{64}: the registry does not have that image\. Push the image first/);
    expect(await tagsOf(reg.host, 'team/app')).not.toContain(fallbackTag(missing.digest));
  });
});

describe('referrers API (the front over docker-registry)', () => {
  test('attach lists through the API, writes no fallback tag, pages and filters', async () => {
    const image = await pushed(front.host, 'api/app', amd64, ['1.0']);
    const c = clientOf(front.host);
    const r = await attachReferrers(c, 'api/app', image, [artifact(BUNDLE, '{"a":1}'), artifact(SBOM, '{"a":2}'), artifact(BUNDLE, '{"a":3}')]);
    expect(r.via).toBe('api');
    expect(await tagsOf(reg.host, 'api/app')).toEqual(['1.0']);
    expect(await skopeoDigest(`${reg.host}/api/app:1.0`)).toBe(image.digest);

    const all = await listReferrers(c, 'api/app', image);
    expect(all.via).toBe('api');
    // The same referrers; their order is the registry's (the order the artifacts' manifests landed, and they are pushed
    // several at once), which the OCI spec leaves open.
    const byDigest = (l: readonly { digest: string }[]): string[] => l.map((d) => d.digest).sort();
    expect(all.referrers).toHaveLength(r.referrers.length);
    expect(byDigest(all.referrers)).toEqual(byDigest(r.referrers));
    expect(new Set(all.referrers.map((d) => JSON.stringify(d)))).toEqual(new Set(r.referrers.map((d) => JSON.stringify(d))));
    // Page size 2: the third came from the page the Link header named.
    expect(front.log.filter((l) => l.path.includes(`/referrers/${image.digest}?`) && l.path.includes('last=2'))).toHaveLength(1);
    const sboms = await listReferrers(c, 'api/app', image, { artifactType: SBOM });
    expect(sboms.referrers).toEqual([r.referrers[1]]);
    expect(front.log.some((l) => l.path.endsWith(`?artifactType=${encodeURIComponent(SBOM)}`))).toBe(true);
  });

  test('the probe is made once per repository per run', async () => {
    const image = await pushed(front.host, 'probe/app', amd64, []);
    const c = clientOf(front.host);
    const before = front.log.length;
    await attachReferrer(c, 'probe/app', image, artifact(BUNDLE, '{"p":1}'));
    await attachReferrer(c, 'probe/app', image, artifact(BUNDLE, '{"p":2}'));
    const probes = front.log.slice(before).filter((l) => l.method === 'GET' && l.path.includes('/referrers/'));
    expect(probes).toHaveLength(1);
  });

  test.each([
    [400, 'MANIFEST_INVALID'],
    [415, 'UNSUPPORTED'],
  ])('a registry refusing artifact manifests (%i %s): a clear error naming it and the fix; the image and its tags untouched', async (status, code) => {
    const repo = `refuse${status}/app`;
    const image = await pushed(front.host, repo, amd64, ['1.0']);
    front.fault({ kind: 'refuse-artifacts', status: status as 400 | 415, code });
    try {
      const e = await caught(attachReferrer(clientOf(front.host), repo, image, artifact(BUNDLE, '{"r":1}')));
      expect(e.code).toBe('REGISTRY');
      expect(e.message).toContain(`${front.host} refused the ${BUNDLE} artifact manifest for ${repo}@${image.digest} (HTTP ${status} ${code})`);
      expect(e.message).toContain('it does not store OCI 1.1 artifact manifests');
      expect(e.hint).toMatch(/The image and its tags on .* are unchanged\. Attach to a registry that accepts OCI image-spec 1\.1 artifacts/);
    } finally {
      front.clearFaults();
    }
    expect(await tagsOf(reg.host, repo)).toEqual(['1.0']);
    expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(image.digest);
  });
});

describe('multi-platform: carry each platform image referrers to the merged index', () => {
  test('from per-platform repositories (fallback) to the merged index repository (API and fallback)', async () => {
    const a = await pushed(reg.host, 'plat/amd64', amd64, []);
    const b = await pushed(reg.host, 'plat/arm64', arm64, []);
    const src = clientOf(reg.host);
    const ra = await attachReferrer(src, 'plat/amd64', a, artifact(BUNDLE, '{"p":"amd64"}'));
    const rb = await attachReferrers(src, 'plat/arm64', b, [artifact(BUNDLE, '{"p":"arm64"}'), artifact(SBOM, '{"p":"arm64"}')]);

    // Two repositories: the front stores into the same registry, where a manifest already there is not pushed (nor seen) again.
    for (const [host, repo] of [
      [reg.host, 'plat/app'],
      [front.host, 'plat/app-api'],
    ] as const) {
      const merged = await pushImage({ images: [amd64, arm64], destinations: [`${host}/${repo}`], tags: ['1.0'] });
      assertDistributed(merged);
      const to = { client: clientOf(host), repo };
      const carried = await carryPlatformReferrers(
        [
          { from: { client: src, repo: 'plat/amd64' }, manifest: a },
          { from: { client: src, repo: 'plat/arm64' }, manifest: b },
        ],
        to,
        { fallback: { settleMs: 1 } },
      );
      expect(carried.map((x) => x.copied.map((d) => d.digest))).toEqual([[ra.digest], rb.referrers.map((d) => d.digest)]);
      expect(carried[0]?.via).toBe(host === front.host ? 'api' : 'fallback');
      // Same manifests, same digests, listed for each platform digest in the merged index's repository.
      expect((await listReferrers(to.client, repo, a)).referrers).toEqual([ra]);
      expect((await listReferrers(to.client, repo, b)).referrers).toEqual(rb.referrers);
      expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(merged.digest);
    }
  });
});
