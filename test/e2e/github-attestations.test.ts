/**
 * distribute-image's `github-attestations: true` on loopback: the action
 * pushes to docker-registry with sign: key, then stores every bundle it
 * attached through the GitHub attestations API emulator
 * (test/emulators/github/attestations.ts), driven over HTTP by the real
 * Octokit client. The stored bundles are the referrers' bytes; a 403 fails
 * the step naming the input and the permission, after the outputs, with the
 * tags pushed; a 500 is retried; a slow answer is waited for.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { BUNDLE_V03_MEDIA_TYPE } from '../../shared/src/attest/types.js';
import { memoryIO } from '../../shared/src/action/io.js';
import { runChecked } from '../../shared/src/action/run-action.js';
import { storeGitHubAttestations } from '../../shared/src/distribute/github-attestations.js';
import { isPipelineError, type PipelineError } from '../../shared/src/errors.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { listReferrers } from '../../shared/src/registry/client/referrers.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import { distributeImage } from '../../distribute-image/src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startAttestationsEmulator, type AttestationsEmulator } from '../emulators/github/attestations.js';
import { makeLayout } from '../support/image-fixture.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoDigest } from '../support/skopeo.js';

let work: string;
let reg: Registry;
let gh: AttestationsEmulator;
const key = generateSigningKeyPair();

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'github-attestations-'));
  [reg, gh] = await Promise.all([startRegistry(), startAttestationsEmulator()]);
  await makeLayout(path.join(work, 'layout'), { layers: [{ files: { 'etc/hello': 'hello\n' } }] });
  await fs.writeFile(path.join(work, 'report.json'), JSON.stringify({ findings: [] }));
}, 60_000);

afterAll(async () => {
  await Promise.all([reg?.stop(), gh?.close()]);
  await fs.rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  gh.faults.forbidden.clear();
  gh.faults.failNext = 0;
  gh.faults.delayMs = 0;
  gh.faults.padBytes = 0;
});

const ghEnv = (repository: string): Record<string, string> => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: repository });

async function distribute(inputs: Record<string, string>, extraEnv: Record<string, string>) {
  const io = memoryIO();
  const env = { ...inputEnv({ image: path.join(work, 'layout'), 'github-token': 'tok', ...inputs }), GITHUB_WORKSPACE: work, ...extraEnv };
  const r = await runChecked(distributeImage, distributeImage.getInputs(env), io);
  return { ...r, io: io.recorded };
}

/** The bundle bytes of every sigstore referrer of `subject`, parsed. */
async function referrerBundles(repo: string, subject: string): Promise<unknown[]> {
  const c = new RegistryClient({ registry: reg.host, plainHttp: true, credentials: async () => undefined });
  const listed = await listReferrers(c, repo, { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: subject, size: 0 } as Descriptor, {
    artifactType: BUNDLE_V03_MEDIA_TYPE,
  });
  const out: unknown[] = [];
  for (const r of listed.referrers) {
    const m = JSON.parse((await c.getManifest(repo, r.digest)).bytes.toString()) as { layers: Descriptor[] };
    const bytes = await new RegistrySource({ registry: reg.host, repository: repo }, c).readBlob(m.layers[0] as Descriptor);
    out.push(JSON.parse(bytes.toString('utf8')));
  }
  return out;
}

type Attestation = { digest: string; subject: string; predicateType: string; githubAttestationId?: number };

describe('distribute-image github-attestations: true', () => {
  test('stores every bundle attached as a referrer (the report and the image signature) on GitHub, and names each id in the attestations output', async () => {
    const r = await distribute(
      {
        destinations: `${reg.host}/acme/stored`,
        tags: '1.0',
        attach: 'report.json',
        sign: 'key',
        'signing-key': key.privateKeyPem,
        'github-attestations': 'true',
      },
      ghEnv('acme/app'),
    );
    expect(r.failure).toBeUndefined();
    const digest = r.io.outputs.digest as string;
    const stored = gh.stored.get('acme/app') ?? [];
    expect(stored).toHaveLength(2);
    // Byte for byte (as JSON) what the registry holds as referrers.
    const attached = await referrerBundles('acme/stored', digest);
    expect(attached).toHaveLength(2);
    expect(stored.map((s) => JSON.stringify(s.bundle)).sort()).toEqual(attached.map((b) => JSON.stringify(b)).sort());
    const out = JSON.parse(r.io.outputs.attestations as string) as Attestation[];
    expect(out.map((a) => a.githubAttestationId).sort()).toEqual(stored.map((s) => s.id).sort());
    expect(gh.calls.filter((c) => c.path === '/repos/acme/app/attestations').every((c) => c.authorization?.endsWith(' tok') === true)).toBe(true);
    // The token never reaches the log.
    expect(r.io.masked).toContain('tok');
  }, 60_000);

  test('403: the step fails naming github-attestations and attestations: write, after the outputs, with the image and its tag pushed', async () => {
    gh.faults.forbidden.add('acme/denied');
    const r = await distribute(
      { destinations: `${reg.host}/acme/denied`, tags: '2.0', sign: 'key', 'signing-key': key.privateKeyPem, 'github-attestations': 'true' },
      ghEnv('acme/denied'),
    );
    const failure = r.failure as PipelineError;
    expect(isPipelineError(failure)).toBe(true);
    expect(failure.message).toContain('github-attestations');
    expect(failure.message).toContain('HTTP 403');
    expect(failure.hint).toContain('attestations: write');
    expect(gh.stored.get('acme/denied')).toBeUndefined();
    // Pushed and reported all the same: nothing rolled back.
    expect(await skopeoDigest(`${reg.host}/acme/denied:2.0`)).toBe(r.io.outputs.digest);
    const out = JSON.parse(r.io.outputs.attestations as string) as Attestation[];
    expect(out).toHaveLength(1);
    expect(out[0]?.githubAttestationId).toBeUndefined();
  }, 60_000);

  test('sign: none stores nothing and warns', async () => {
    const before = gh.calls.length;
    const r = await distribute({ destinations: `${reg.host}/acme/unsigned`, tags: '1.0', sign: 'none', 'github-attestations': 'true' }, ghEnv('acme/unsigned'));
    expect(r.failure).toBeUndefined();
    expect(gh.calls.length).toBe(before);
    expect(JSON.stringify(r.io.log)).toContain('nothing is signed');
  }, 60_000);

  test('bad inputs: no owner/repo, or no token, are refused before anything is pushed', () => {
    const refuse = (env: Record<string, string>): PipelineError => {
      try {
        distributeImage.getInputs({
          ...inputEnv({ image: path.join(work, 'layout'), destinations: `${reg.host}/acme/x`, 'github-attestations': 'true', ...env }),
          GITHUB_WORKSPACE: work,
        });
      } catch (e) {
        if (isPipelineError(e)) return e;
        throw e;
      }
      throw new Error('expected a refusal');
    };
    expect(refuse({ 'github-token': 'tok' }).message).toMatch(/github-attestations.*GITHUB_REPOSITORY is '', not owner\/repo/);
    expect(refuse({ 'github-token': '' }).message).toContain("input 'github-token' is empty");
    expect(() =>
      distributeImage.getInputs({
        ...inputEnv({ image: path.join(work, 'layout'), destinations: `${reg.host}/acme/x`, 'github-attestations': 'maybe' }),
        GITHUB_WORKSPACE: work,
      }),
    ).toThrow(/github-attestations/);
  });
});

describe('storeGitHubAttestations against the emulator', () => {
  const bundle = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: {}, dsseEnvelope: {} });
  const target = (repository: string) => ({ token: 'tok', repository, apiUrl: gh.url, sleep: async () => undefined });

  test('a 500 is retried, then stored once', async () => {
    gh.faults.failNext = 2;
    const retries: string[] = [];
    const ids = await storeGitHubAttestations({ ...target('acme/flaky'), onRetry: (m) => retries.push(m) }, [bundle, bundle]);
    expect(ids.size).toBe(1);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toContain('HTTP 500');
    expect(gh.stored.get('acme/flaky')?.map((s) => s.id)).toEqual([ids.get(bundle)]);
    expect(gh.calls.filter((c) => c.path === '/repos/acme/flaky/attestations').map((c) => c.status)).toEqual([500, 500, 201]);
  });

  test('500s past the policy: a NETWORK error naming the input', async () => {
    gh.faults.failNext = 10;
    await expect(
      storeGitHubAttestations({ ...target('acme/down'), policy: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 10_000 } }, [bundle]),
    ).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('github-attestations') });
    expect(gh.calls.filter((c) => c.path === '/repos/acme/down/attestations')).toHaveLength(3);
  });

  test('a slow answer is waited for', async () => {
    gh.faults.delayMs = 300;
    const ids = await storeGitHubAttestations(target('acme/slow'), [bundle]);
    expect(ids.get(bundle)).toBe(gh.stored.get('acme/slow')?.[0]?.id);
  });

  test('an oversized answer is refused, not read whole nor retried', async () => {
    gh.faults.padBytes = 1024 * 1024;
    await expect(storeGitHubAttestations(target('acme/big'), [bundle])).rejects.toMatchObject({
      code: 'NETWORK',
      message: expect.stringContaining('more than 65536 bytes'),
    });
    expect(gh.calls.filter((c) => c.path === '/repos/acme/big/attestations')).toHaveLength(1);
  });

  test('403 is not retried', async () => {
    gh.faults.forbidden.add('acme/no');
    await expect(storeGitHubAttestations(target('acme/no'), [bundle])).rejects.toMatchObject({ code: 'AUTH', input: 'github-attestations' });
    expect(gh.calls.filter((c) => c.path === '/repos/acme/no/attestations')).toHaveLength(1);
  });
});
