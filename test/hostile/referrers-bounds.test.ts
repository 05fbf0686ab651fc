/**
 * Referrer lists are the registry's word: bounded, checked, and each entry
 * verified against the manifest it names. A referrers API answering with
 * gigabytes, thousands of entries, pages that loop or leave the registry,
 * a list for another subject, or entries whose manifest refers elsewhere;
 * a fallback tag holding something that is not an index, or too much.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PipelineError } from '../../shared/src/errors.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import { fallbackTag, referrersIndexBytes } from '../../shared/src/oci/referrers-index.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { listReferrers } from '../../shared/src/registry/client/referrers.js';
import { attachReferrer } from '../../shared/src/distribute/referrers-push.js';
import { pour, startHostileServer } from '../support/hostile-server.js';
import { makeLayout } from '../support/image-fixture.js';
import { startReferrersRegistry, type ReferrersRegistry } from '../support/referrers-registry.js';
import { startRegistry, type Registry } from '../support/registry.js';

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const FAST = { attempts: 2, baseDelayMs: 10, maxDelayMs: 50, budgetMs: 2000 };

let work: string;
let reg: Registry;
let front: ReferrersRegistry;
let layoutA: string;
let layoutB: string;

const clientOf = (host: string): RegistryClient => new RegistryClient({ registry: host, plainHttp: true, credentials: async () => undefined, retry: FAST });
const sig = (text: string) => ({ artifactType: BUNDLE, blobs: [{ mediaType: BUNDLE, bytes: Buffer.from(text) }] });
const index = (manifests: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciIndex, manifests, ...extra });

async function pushed(host: string, repo: string, layout: string): Promise<Descriptor> {
  const r = await pushImage({ images: [layout], destinations: [`${host}/${repo}`], tags: ['1.0'] });
  assertDistributed(r);
  const head = await clientOf(host).headManifest(repo, r.digest, ['pull']);
  return { mediaType: head?.mediaType ?? '', digest: r.digest, size: head?.size ?? -1 };
}

async function failure(p: Promise<unknown>): Promise<PipelineError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PipelineError);
    return e as PipelineError;
  }
  throw new Error('expected a failure');
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'referrers-hostile-'));
  reg = await startRegistry();
  front = await startReferrersRegistry(reg.host);
  layoutA = path.join(work, 'a');
  layoutB = path.join(work, 'b');
  await makeLayout(layoutA, { layers: [{ files: { a: 'a\n' } }] });
  await makeLayout(layoutB, { layers: [{ files: { b: 'b\n' } }] });
}, 60_000);

afterAll(async () => {
  await Promise.all([front?.stop(), reg?.stop()]);
  await fs.rm(work, { recursive: true, force: true });
});

describe('a hostile referrers API', () => {
  let a: Descriptor;
  let b: Descriptor;
  let refA: Descriptor;
  let refB: Descriptor;
  beforeAll(async () => {
    a = await pushed(front.host, 'h/app', layoutA);
    b = await pushed(front.host, 'h/app', layoutB);
    refA = await attachReferrer(clientOf(front.host), 'h/app', a, sig('{"for":"a"}'));
    refB = await attachReferrer(clientOf(front.host), 'h/app', b, sig('{"for":"b"}'));
  }, 60_000);
  afterEach(() => front.clearFaults());

  test('a body past the manifest cap is refused while reading', async () => {
    front.fault({ kind: 'referrers-answer', status: 200, body: Buffer.alloc(5 * 1024 * 1024, 0x20) });
    const e = await failure(listReferrers(clientOf(front.host), 'h/app', a));
    expect(e.message).toMatch(/GET referrers of sha256:[0-9a-f]{64} in h\/app is larger than 4194304 bytes \(the cap for it\); refusing to read on/);
  });

  test('more entries than we read is an error, not a silent cut', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ mediaType: MediaType.OciManifest, digest: digestBytes(String(i)), size: 10, artifactType: BUNDLE }));
    front.fault({ kind: 'referrers-answer', status: 200, body: index(many) });
    const e = await failure(listReferrers(clientOf(front.host), 'h/app', a));
    expect(e.message).toMatch(
      /the referrers list of sha256:\S+ in 127\.0\.0\.1:\d+\/h\/app lists 1001 referrers, more than the 1000 we read\. Prune old attachments/,
    );
  });

  test('a list for another subject is refused', async () => {
    front.fault({ kind: 'referrers-answer', status: 200, body: index([], { subject: { mediaType: MediaType.OciManifest, digest: b.digest, size: b.size } }) });
    const e = await failure(listReferrers(clientOf(front.host), 'h/app', a));
    expect(e.message).toContain(`got a list for subject ${b.digest}, not ${a.digest}`);
  });

  test("an entry whose manifest refers to another image is skipped, and the list cannot relabel an artifact's type", async () => {
    const ghost = { mediaType: MediaType.OciManifest, digest: digestBytes('ghost'), size: 10 };
    front.fault({ kind: 'referrers-answer', status: 200, body: index([{ ...refA, artifactType: 'application/x-relabelled' }, refB, ghost]) });
    const r = await listReferrers(clientOf(front.host), 'h/app', a);
    expect(r.referrers).toEqual([refA]);
    expect(r.skipped).toEqual([
      { digest: refB.digest, reason: `its manifest refers to ${b.digest}, not ${a.digest}` },
      { digest: ghost.digest, reason: 'listed, but the repository has no such manifest' },
    ]);
    // Without verification the list is taken at its word: that is the option's whole point.
    front.clearFaults();
    front.fault({ kind: 'referrers-answer', status: 200, body: index([refB]) });
    expect((await listReferrers(clientOf(front.host), 'h/app', a, { verify: false })).referrers).toEqual([refB]);
  });

  test('pages that loop, or a next page off the registry, end with an error', async () => {
    front.fault({ kind: 'referrers-answer', status: 200, body: index([refA]), headers: { link: `</v2/h/app/referrers/${a.digest}?last=1>; rel="next"` } });
    const loop = await failure(listReferrers(clientOf(front.host), 'h/app', a));
    expect(loop.message).toMatch(/returned the same page token twice; stopped after \d+ pages/);

    front.clearFaults();
    front.fault({ kind: 'referrers-answer', status: 200, body: index([refA]), headers: { link: '<http://169.254.169.254/latest/meta-data>; rel="next"' } });
    const off = await failure(listReferrers(clientOf(front.host), 'h/app', a));
    expect(off.message).toMatch(/the registry sent the next page to http:\/\/169\.254\.169\.254\/.*, off its own origin/);
  });
});

describe('a hostile fallback tag (docker-registry 2.8)', () => {
  test('a tag that holds an image manifest: listing says so, and attach does not overwrite it', async () => {
    const a = await pushed(reg.host, 'f/app', layoutA);
    const b = await pushed(reg.host, 'f/app', layoutB);
    const c = clientOf(reg.host);
    // Someone pushed image b under a's referrers tag.
    const bBytes = (await c.getManifest('f/app', b.digest)).bytes;
    await c.putManifest('f/app', fallbackTag(a.digest), b.mediaType, bBytes);
    const list = await failure(listReferrers(c, 'f/app', a));
    expect(list.message).toContain(
      `the referrers tag ${reg.host}/f/app:${fallbackTag(a.digest)}: expected an OCI image index of referrers, got a ${MediaType.OciManifest}`,
    );
    expect(list.hint).toMatch(/Something else was pushed under that tag; move it elsewhere/);
    await failure(attachReferrer(c, 'f/app', a, sig('{"x":1}')));
    expect((await c.getManifest('f/app', fallbackTag(a.digest))).digest).toBe(b.digest);
  });

  test('an index past the entry cap, and an entry of another subject', async () => {
    const a = await pushed(reg.host, 'g/app', layoutA);
    const b = await pushed(reg.host, 'g/app', layoutB);
    const c = clientOf(reg.host);
    const fast = { fallback: { settleMs: 1 } };
    const r1 = await attachReferrer(c, 'g/app', a, sig('{"n":1}'), fast);
    const r2 = await attachReferrer(c, 'g/app', a, sig('{"n":2}'), fast);
    const rb = await attachReferrer(c, 'g/app', b, sig('{"n":"b"}'), fast);
    expect((await failure(listReferrers(c, 'g/app', a, { maxEntries: 1 }))).message).toMatch(/lists 2 referrers, more than the 1 we read/);

    // b's signature listed under a's tag (a confused or hostile writer): skipped, with the reason.
    await c.putManifest('g/app', fallbackTag(a.digest), MediaType.OciIndex, referrersIndexBytes([r1, rb, r2]));
    const listed = await listReferrers(c, 'g/app', a);
    expect(listed.referrers).toEqual([r1, r2]);
    expect(listed.skipped).toEqual([{ digest: rb.digest, reason: `its manifest refers to ${b.digest}, not ${a.digest}` }]);
  });
});

test('a fallback index of gigabytes is refused at the manifest cap, with a bounded read', async () => {
  let sent: Promise<number> | undefined;
  const server = await startHostileServer((req, res) => {
    if (req.url?.includes('/referrers/') === true) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
    if (req.url?.includes('/manifests/sha256-') === true) {
      res.writeHead(200, { 'content-type': MediaType.OciIndex, 'content-length': String(2 ** 31) });
      sent = pour(res, 2 ** 31);
      return;
    }
    res.writeHead(404).end();
  });
  try {
    const e = await failure(listReferrers(clientOf(server.host), 'x/app', digestBytes('subject')));
    expect(e.message).toMatch(/GET manifest sha256-[0-9a-f]{64} from x\/app is larger than 4194304 bytes/);
    // The client hung up: far less than the 2 GiB offered left the server.
    expect(await sent).toBeLessThan(64 * 1024 * 1024);
  } finally {
    await server.stop();
  }
});
