/**
 * distribute-image's attach/sign end to end on loopback, through the
 * action's own getInputs/run/outputs/verdict: a multi-platform image pushed
 * to docker-registry 2.8 (fallback tag) and to the referrers-API front, with
 * SBOMs (per platform), provenance, a JSON report and the image's own
 * signature as referrers that @sigstore/verify accepts with the right key
 * and refuses with another; keyless against the sigstore emulator; two runs
 * at once; bad inputs that leave the tags as they were.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, PredicateType } from '../../shared/src/attest/types.js';
import { createVerifier, type VerificationPolicy } from '../../shared/src/attest/verify.js';
import { memoryIO } from '../../shared/src/action/io.js';
import { runChecked } from '../../shared/src/action/run-action.js';
import { PREDICATE_ANNOTATION } from '../../shared/src/distribute/attach.js';
import { GENERIC_PREDICATE_TYPE } from '../../shared/src/distribute/attachments.js';
import { assertDistributed } from '../../shared/src/distribute/distribute.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { isPipelineError, type PipelineError } from '../../shared/src/errors.js';
import { fallbackTag } from '../../shared/src/oci/referrers-index.js';
import type { Digest } from '../../shared/src/oci/digest.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { listReferrers } from '../../shared/src/registry/client/referrers.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import { readFallback } from '../../shared/src/registry/client/referrers-fallback.js';
import { distributeImage } from '../../distribute-image/src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { makeLayout } from '../support/image-fixture.js';
import { startReferrersRegistry, type ReferrersRegistry } from '../support/referrers-registry.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { GITHUB_ISSUER, startSigstoreServices, type SigstoreServices } from '../support/sigstore-services.js';
import { skopeoDigest } from '../support/skopeo.js';

let work: string;
let reg: Registry;
let front: ReferrersRegistry;
let services: SigstoreServices;
let amd64: Descriptor;
let arm64: Descriptor;
/** The merged index of the two layouts, as distribute pushes it. */
let index: Digest;
const key = generateSigningKeyPair();
const otherKey = generateSigningKeyPair();

const clientOf = (host: string): RegistryClient => new RegistryClient({ registry: host, plainHttp: true, credentials: async () => undefined });

async function tagsOf(host: string, repo: string): Promise<string[]> {
  const res = await fetch(`http://${host}/v2/${repo}/tags/list`);
  return ((await res.json()) as { tags: string[] }).tags.sort();
}

/** Run the action in process as the runner would (inputs from INPUT_*); outputs, failure and log. */
async function distribute(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const io = memoryIO();
  const env = { ...inputEnv({ image: `${path.join(work, 'amd64')}\n${path.join(work, 'arm64')}`, ...inputs }), GITHUB_WORKSPACE: work, ...extraEnv };
  const r = await runChecked(distributeImage, distributeImage.getInputs(env), io);
  return { ...r, io: io.recorded };
}

function inputsError(inputs: Record<string, string>): PipelineError {
  try {
    distributeImage.getInputs({ ...inputEnv({ image: path.join(work, 'amd64'), ...inputs }), GITHUB_WORKSPACE: work });
  } catch (e) {
    if (isPipelineError(e)) return e;
    throw e;
  }
  throw new Error('expected the inputs to be refused');
}

type Attestation = { digest: string; subject: string; artifactType: string; predicateType: string; signed: boolean; destination: string };

const attestationsOf = (outputs: Record<string, string>): Attestation[] => JSON.parse(outputs.attestations as string) as Attestation[];

/** Every referrer bundle of `subject` in host/repo, verified with `policy`; the predicate types accepted. */
async function verifiedTypes(host: string, repo: string, subject: Digest, policy: VerificationPolicy): Promise<string[]> {
  const c = clientOf(host);
  const listed = await listReferrers(c, repo, subject, { artifactType: BUNDLE_V03_MEDIA_TYPE });
  const verifier = createVerifier(policy);
  const types: string[] = [];
  for (const r of listed.referrers) {
    const m = JSON.parse((await c.getManifest(repo, r.digest)).bytes.toString()) as { layers: Descriptor[] };
    const layer = m.layers[0] as Descriptor;
    const bytes = await new RegistrySource({ registry: host, repository: repo }, c).readBlob(layer);
    const v = verifier.verify(bytes, { subjectDigest: subject, predicateType: r.annotations?.[PREDICATE_ANNOTATION] }, `referrer ${r.digest}`);
    types.push(v.statement.predicateType);
  }
  return types.sort();
}

function spdx(digest: string): string {
  return JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `app@${digest}`,
    packages: [{ SPDXID: 'SPDXRef-Image', name: 'app', versionInfo: digest, primaryPackagePurpose: 'CONTAINER' }],
  });
}
const cyclonedx = (digest: string): string =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { component: { type: 'container', name: 'app', version: digest } }, components: [] });
const provenance = (digests: string[]): string =>
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: digests.map((d) => ({ name: 'app', digest: { sha256: d.slice('sha256:'.length) } })),
    predicateType: PredicateType.SlsaProvenanceV1,
    predicate: {
      buildDefinition: { buildType: 'https://example.test/build', externalParameters: {} },
      runDetails: { builder: { id: 'https://example.test' } },
    },
  });

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'distribute-attest-'));
  reg = await startRegistry();
  [front, services] = await Promise.all([startReferrersRegistry(reg.host), startSigstoreServices()]);
  amd64 = await makeLayout(path.join(work, 'amd64'), { layers: [{ files: { 'etc/hello': 'hello amd64\n' } }] });
  arm64 = await makeLayout(path.join(work, 'arm64'), { architecture: 'arm64', layers: [{ files: { 'etc/hello': 'hello arm64\n' } }] });
  // The index digest, learnt from a push to a scratch repository (the same bytes distribute pushes everywhere).
  const scratch = await pushImage({ images: [path.join(work, 'amd64'), path.join(work, 'arm64')], destinations: [`${reg.host}/scratch/app`], tags: ['x'] });
  assertDistributed(scratch);
  index = scratch.digest;
  await fs.mkdir(path.join(work, 'out'));
  await fs.writeFile(path.join(work, 'out/sbom-amd64.spdx.json'), spdx(amd64.digest));
  await fs.writeFile(path.join(work, 'out/sbom-arm64.cdx.json'), cyclonedx(arm64.digest));
  await fs.writeFile(path.join(work, 'out/provenance.json'), provenance([amd64.digest, arm64.digest, index]));
  await fs.writeFile(path.join(work, 'out/report.json'), JSON.stringify({ findings: [] }));
  await fs.writeFile(path.join(work, 'out/other-provenance.json'), provenance([`sha256:${'b'.repeat(64)}`]));
  await fs.writeFile(path.join(work, 'out/notjson.txt'), 'hello');
}, 60_000);

afterAll(async () => {
  await Promise.all([front?.stop(), reg?.stop(), services?.close()]);
  await fs.rm(work, { recursive: true, force: true });
});

const ATTACH = 'out/sbom-amd64.spdx.json\nout/sbom-arm64.cdx.json\nout/provenance.json\nout/report.json';

describe.each([
  ['docker-registry 2.8 (fallback tag)', () => reg.host, 'fallback'],
  ['the referrers API front', () => front.host, 'api'],
])('%s', (_name, hostOf, via) => {
  test('sign: key: image digest and tags unchanged; SBOMs on their platform, provenance, report and the signature on the index; verified with the key, refused with another; a re-run adds nothing', async () => {
    const host = hostOf();
    const repo = `acme/${via}`;
    const before = await pushImage({ images: [path.join(work, 'amd64'), path.join(work, 'arm64')], destinations: [`${host}/${repo}`], tags: ['1.0'] });
    assertDistributed(before);
    expect(await skopeoDigest(`${host}/${repo}:1.0`)).toBe(index);
    const tagsBefore = await tagsOf(host, repo);

    const r = await distribute({ destinations: `${host}/${repo}`, tags: '1.0', attach: ATTACH, sign: 'key', 'signing-key': key.privateKeyPem });
    expect(r.failure).toBeUndefined();
    expect(r.io.outputs.digest).toBe(index);
    expect(await skopeoDigest(`${host}/${repo}:1.0`)).toBe(index);
    expect(await tagsOf(host, repo)).toEqual(
      via === 'fallback' ? [...tagsBefore, fallbackTag(index), fallbackTag(amd64.digest), fallbackTag(arm64.digest)].sort() : tagsBefore,
    );
    // The key never reaches the log; it is masked line by line.
    expect(r.io.masked).toContain(key.privateKeyPem.trim());
    expect(JSON.stringify(r.io.log)).not.toContain(key.privateKeyPem.split('\n')[1]);

    const out = attestationsOf(r.io.outputs);
    expect(out.map((a) => [a.subject, a.predicateType, a.signed, a.artifactType, a.destination]).sort()).toEqual(
      [
        [amd64.digest, PredicateType.Spdx, true, BUNDLE_V03_MEDIA_TYPE, `${host}/${repo}`],
        [arm64.digest, PredicateType.CycloneDx, true, BUNDLE_V03_MEDIA_TYPE, `${host}/${repo}`],
        [index, PredicateType.SlsaProvenanceV1, true, BUNDLE_V03_MEDIA_TYPE, `${host}/${repo}`],
        [index, GENERIC_PREDICATE_TYPE, true, BUNDLE_V03_MEDIA_TYPE, `${host}/${repo}`],
        [index, PredicateType.CosignSign, true, BUNDLE_V03_MEDIA_TYPE, `${host}/${repo}`],
      ].sort(),
    );
    const keyPolicy: VerificationPolicy = { kind: 'key', publicKeyPem: key.publicKeyPem };
    expect(await verifiedTypes(host, repo, index, keyPolicy)).toEqual(
      [GENERIC_PREDICATE_TYPE, PredicateType.SlsaProvenanceV1, PredicateType.CosignSign].sort(),
    );
    expect(await verifiedTypes(host, repo, amd64.digest, keyPolicy)).toEqual([PredicateType.Spdx]);
    expect(await verifiedTypes(host, repo, arm64.digest, keyPolicy)).toEqual([PredicateType.CycloneDx]);
    await expect(verifiedTypes(host, repo, index, { kind: 'key', publicKeyPem: otherKey.publicKeyPem })).rejects.toMatchObject({ code: 'SIGNATURE' });
    expect(r.io.summary).toContain('| attachment |');
    expect(r.io.summary).toContain('out/provenance.json');

    // A re-run: the same statements by the same key are found, nothing is signed or attached again.
    const again = await distribute({ destinations: `${host}/${repo}`, tags: '1.0', attach: ATTACH, sign: 'key', 'signing-key': key.privateKeyPem });
    expect(again.failure).toBeUndefined();
    expect(
      attestationsOf(again.io.outputs)
        .map((a) => a.digest)
        .sort(),
    ).toEqual(out.map((a) => a.digest).sort());
    expect((await listReferrers(clientOf(host), repo, index)).referrers).toHaveLength(3);
    expect(await skopeoDigest(`${host}/${repo}:1.0`)).toBe(index);
  }, 120_000);

  test('sign: none: the statements themselves as application/vnd.in-toto+json referrers, the same digests on a re-run', async () => {
    const host = hostOf();
    const repo = `plain/${via}`;
    const r = await distribute({ destinations: `${host}/${repo}`, tags: '1.0', attach: 'out/report.json', sign: 'none' });
    expect(r.failure).toBeUndefined();
    expect(r.io.log.some((l) => l.level === 'notice')).toBe(false);
    const [a] = attestationsOf(r.io.outputs);
    expect(a).toMatchObject({ subject: index, artifactType: IN_TOTO_PAYLOAD_TYPE, predicateType: GENERIC_PREDICATE_TYPE, signed: false });
    const listed = await listReferrers(clientOf(host), repo, index);
    expect(listed.referrers.map((d) => [d.digest, d.artifactType])).toEqual([[a?.digest, IN_TOTO_PAYLOAD_TYPE]]);
    const again = await distribute({ destinations: `${host}/${repo}`, tags: '1.0', attach: 'out/report.json', sign: 'none' });
    expect(attestationsOf(again.io.outputs)[0]?.digest).toBe(a?.digest);
    expect((await listReferrers(clientOf(host), repo, index)).referrers).toHaveLength(1);
  }, 60_000);
});

test('keyless (the default with an OIDC token) against the sigstore emulator: verified for the workflow identity, refused for another', async () => {
  const repo = 'keyless/app';
  const r = await distribute(
    {
      destinations: `${reg.host}/${repo}`,
      tags: '1.0',
      attach: 'out/provenance.json',
      'fulcio-url': services.fulcioUrl,
      'rekor-url': services.rekorUrl,
      'tsa-url': services.tsaUrl,
    },
    { ACTIONS_ID_TOKEN_REQUEST_URL: services.oidcRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: services.oidcRequestToken },
  );
  expect(r.failure).toBeUndefined();
  expect(r.io.masked).toContain(services.oidcRequestToken);
  expect(services.tokensIssued).toBeGreaterThan(0);
  const policy: VerificationPolicy = {
    kind: 'keyless',
    trustedRoot: services.trustedRoot,
    identity: { exact: services.identity },
    issuer: { exact: GITHUB_ISSUER },
  };
  expect(await verifiedTypes(reg.host, repo, index, policy)).toEqual([PredicateType.SlsaProvenanceV1, PredicateType.CosignSign].sort());
  await expect(
    verifiedTypes(reg.host, repo, index, { ...policy, identity: { exact: 'https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main' } }),
  ).rejects.toMatchObject({
    code: 'SIGNATURE',
  });
  await expect(verifiedTypes(reg.host, repo, index, { kind: 'key', publicKeyPem: key.publicKeyPem })).rejects.toMatchObject({ code: 'SIGNATURE' });
}, 120_000);

test('every destination gets the attachments: signed once, the same referrer bytes on the fallback registry and the API one', async () => {
  const r = await distribute({
    // Another repository on the front: it forwards to the same docker-registry, where the fallback destination's
    // manifests would already stand, and putManifests skips a manifest the registry has (the front sees no PUT to index).
    destinations: `${reg.host}/both/app\n${front.host}/both/api`,
    tags: '1.0',
    attach: 'out/provenance.json',
    sign: 'key',
    'signing-key': key.privateKeyPem,
  });
  expect(r.failure).toBeUndefined();
  const out = attestationsOf(r.io.outputs);
  const on = (dest: string) =>
    out
      .filter((a) => a.destination === dest)
      .map((a) => [a.predicateType, a.digest])
      .sort();
  expect(on(`${reg.host}/both/app`).map(([t]) => t)).toEqual([PredicateType.SlsaProvenanceV1, PredicateType.CosignSign].sort());
  // One signature per statement, pushed to both: the same referrer manifests.
  expect(on(`${front.host}/both/api`)).toEqual(on(`${reg.host}/both/app`));
  const keyPolicy: VerificationPolicy = { kind: 'key', publicKeyPem: key.publicKeyPem };
  for (const [host, repo] of [
    [reg.host, 'both/app'],
    [front.host, 'both/api'],
  ] as const) {
    expect(await verifiedTypes(host, repo, index, keyPolicy)).toEqual([PredicateType.SlsaProvenanceV1, PredicateType.CosignSign].sort());
    expect(await skopeoDigest(`${host}/${repo}:1.0`)).toBe(index);
  }
}, 120_000);

test('without sign and without an OIDC token nothing is signed, and a notice says how to enable it', async () => {
  const r = await distribute({ destinations: `${reg.host}/nosign/app`, tags: '1.0' });
  expect(r.failure).toBeUndefined();
  expect(r.io.log.filter((l) => l.level === 'notice').map((l) => l.message)).toEqual([expect.stringContaining('id-token: write')]);
  expect(attestationsOf(r.io.outputs)).toEqual([]);
  expect((await listReferrers(clientOf(reg.host), 'nosign/app', index)).referrers).toEqual([]);
}, 60_000);

test('two distribute runs at once (two keys) on the fallback tag: the index lists both signatures, each verifies with its key', async () => {
  const repo = 'race/app';
  const [a, b] = await Promise.all([
    distribute({ destinations: `${reg.host}/${repo}`, tags: '1.0', sign: 'key', 'signing-key': key.privateKeyPem }),
    distribute({ destinations: `${reg.host}/${repo}`, tags: '1.0', sign: 'key', 'signing-key': otherKey.privateKeyPem }),
  ]);
  expect([a.failure, b.failure]).toEqual([undefined, undefined]);
  const listed = await readFallback(clientOf(reg.host), repo, index);
  const digests = listed.entries.map((e) => e.digest).sort();
  expect(digests).toEqual([...attestationsOf(a.io.outputs), ...attestationsOf(b.io.outputs)].map((x) => x.digest).sort());
  expect(digests).toHaveLength(2);
  // Each key verifies its own signature and refuses the other's.
  await expect(verifiedTypes(reg.host, repo, index, { kind: 'key', publicKeyPem: key.publicKeyPem })).rejects.toMatchObject({ code: 'SIGNATURE' });
  const c = clientOf(reg.host);
  for (const [run, k] of [
    [a, key],
    [b, otherKey],
  ] as const) {
    const d = attestationsOf(run.io.outputs)[0]?.digest as string;
    const m = JSON.parse((await c.getManifest(repo, d)).bytes.toString()) as { layers: Descriptor[] };
    const bytes = await new RegistrySource({ registry: reg.host, repository: repo }, c).readBlob(m.layers[0] as Descriptor);
    expect(createVerifier({ kind: 'key', publicKeyPem: k.publicKeyPem }).verify(bytes, { subjectDigest: index }, d).statement.predicateType).toBe(
      PredicateType.CosignSign,
    );
  }
  expect(await skopeoDigest(`${reg.host}/${repo}:1.0`)).toBe(index);
}, 120_000);

describe('bad input: a clear error, and the tags stay where they were', () => {
  /** A repository whose tag 1.0 points at the amd64 image alone; the runs below try to move it to the index. */
  async function seeded(host: string, repo: string): Promise<void> {
    assertDistributed(await pushImage({ images: [path.join(work, 'amd64')], destinations: [`${host}/${repo}`], tags: ['1.0'] }));
    expect(await skopeoDigest(`${host}/${repo}:1.0`)).toBe(amd64.digest);
  }

  test('a signing key in the wrong format, or not the pair of public-key: refused by name before anything is pushed', async () => {
    const sec1 = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY-----\n';
    const wrong = inputsError({ destinations: `${reg.host}/bad/key`, sign: 'key', 'signing-key': sec1 });
    expect(wrong).toMatchObject({ code: 'INPUT', input: 'signing-key' });
    expect(wrong.message).toContain('got a SEC1 EC key');
    expect(wrong.message).not.toContain('MHcCAQEEIB');
    const mismatch = inputsError({ destinations: `${reg.host}/bad/key`, sign: 'key', 'signing-key': key.privateKeyPem, 'public-key': otherKey.publicKeyPem });
    expect(mismatch).toMatchObject({ code: 'INPUT', input: 'signing-key' });
    expect(mismatch.message).toMatch(/expected the private key of the public key with SHA-256 fingerprint [0-9a-f]{64}, got the private key of [0-9a-f]{64}/);
  });

  test('an in-toto statement about another image: refused naming the file and both digests; nothing pushed, the tag unchanged', async () => {
    await seeded(reg.host, 'bad/subject');
    const r = await distribute({ destinations: `${reg.host}/bad/subject`, tags: '1.0', attach: 'out/other-provenance.json', sign: 'none' });
    expect(r.failure).toMatchObject({ code: 'INPUT', input: 'attach' });
    expect(r.failure?.message).toContain('out/other-provenance.json');
    expect(r.failure?.message).toContain(`sha256:${'b'.repeat(64)}`);
    expect(r.failure?.message).toContain(index);
    expect(await skopeoDigest(`${reg.host}/bad/subject:1.0`)).toBe(amd64.digest);
    expect(await clientOf(reg.host).headManifest('bad/subject', index)).toBeUndefined();
  }, 60_000);

  test('a file that is not JSON, or outside the workspace: refused by name', async () => {
    const r = await distribute({ destinations: `${reg.host}/bad/json`, tags: '1.0', attach: 'out/notjson.txt', sign: 'none' });
    expect(r.failure).toMatchObject({ code: 'INPUT', input: 'attach' });
    expect(r.failure?.message).toContain('out/notjson.txt: expected JSON');
    const out = await distribute({ destinations: `${reg.host}/bad/json`, tags: '1.0', attach: '../../etc/passwd', sign: 'none' });
    expect(out.failure).toMatchObject({ code: 'UNSAFE_PATH', input: 'attach' });
    expect(await clientOf(reg.host).headManifest('bad/json', index)).toBeUndefined();
  }, 60_000);

  test('a registry refusing artifact manifests: the destination fails naming the registry, the image is pushed by digest, the tag unchanged', async () => {
    await seeded(front.host, 'bad/refuse');
    front.fault({ kind: 'refuse-artifacts', status: 415 });
    try {
      const r = await distribute({
        destinations: `${front.host}/bad/refuse`,
        tags: '1.0',
        attach: 'out/report.json',
        sign: 'key',
        'signing-key': key.privateKeyPem,
      });
      expect(r.failure).toMatchObject({ code: 'REGISTRY' });
      expect(r.failure?.message).toContain(`${front.host} refused`);
      expect(r.failure?.message).toContain('artifact manifest');
      expect(await skopeoDigest(`${front.host}/bad/refuse:1.0`)).toBe(amd64.digest);
      expect(r.io.summary).toContain('failed');
    } finally {
      front.clearFaults();
    }
  }, 60_000);

  test('keyless signing that Fulcio refuses: the destination fails, the tag unchanged', async () => {
    await seeded(reg.host, 'bad/fulcio');
    services.fault('fulcio', { kind: 'status', status: 403 });
    try {
      const r = await distribute(
        { destinations: `${reg.host}/bad/fulcio`, tags: '1.0', sign: 'keyless', 'fulcio-url': services.fulcioUrl, 'rekor-url': services.rekorUrl },
        { ACTIONS_ID_TOKEN_REQUEST_URL: services.oidcRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: services.oidcRequestToken },
      );
      expect(r.failure).toMatchObject({ code: 'AUTH' });
      expect(r.failure?.message).toContain('signing the image signature failed: Fulcio');
      expect(await skopeoDigest(`${reg.host}/bad/fulcio:1.0`)).toBe(amd64.digest);
    } finally {
      services.fault('fulcio', undefined);
    }
  }, 60_000);
});
