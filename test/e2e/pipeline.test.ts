/**
 * The pipeline end to end, on examples/hello against a real registry:
 *  1. the three bundles chained exactly as the reusable workflow wires them:
 *     each step's `with:` is read from .github/workflows/image-pipeline.yml
 *     and its expressions resolved from the previous steps' real outputs
 *     (an expression this test does not know fails it, so a rewiring of the
 *     workflow cannot go untested);
 *  2. the all-in-one root action's bundle doing the same in one step;
 *     The distribute job attaches the SBOMs and the provenance, signed
 *     keyless: the job's OIDC token and the public sigstore are stood in for
 *     by the loopback emulator (test/support/sigstore-services.ts), and the
 *     referrers are verified against its trusted root;
 *  3. the root action on a pull request: built and tested, nothing pushed;
 *  4. the local runner (`npm run pipeline`): signed with a throwaway key and
 *     every referrer verified from the registry with its public key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseOutputFile, runActionBundle, type ActionRun } from '../../scripts/local/run-bundle.js';
import { runPipeline } from '../../scripts/local/run-pipeline.js';
import { BUNDLE_V03_MEDIA_TYPE, PredicateType } from '../../shared/src/attest/types.js';
import { createVerifier } from '../../shared/src/attest/verify.js';
import type { Digest } from '../../shared/src/oci/digest.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { listReferrers } from '../../shared/src/registry/client/referrers.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { GITHUB_ISSUER, startSigstoreServices, type SigstoreServices } from '../support/sigstore-services.js';

const hello = path.resolve('examples/hello');
let registry: Registry;
let sigstore: SigstoreServices;
let tmp: string;

const githubEnv = (event = 'push') => ({
  GITHUB_REPOSITORY: 'acme/hello',
  // Tests talk only to loopback: the repository facts' API call (build.ts) must not reach api.github.com.
  GITHUB_API_URL: 'http://127.0.0.1:1',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_SHA: '1234567890abcdef1234567890abcdef12345678',
  GITHUB_REF: event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
  GITHUB_REF_NAME: event === 'pull_request' ? '7/merge' : 'main',
  GITHUB_EVENT_NAME: event,
  GITHUB_WORKSPACE: hello,
  SOURCE_DATE_EPOCH: '1700000000',
});

const servedDigest = (ref: string): string =>
  (JSON.parse(execFileSync('skopeo', ['inspect', '--tls-verify=false', `docker://${ref}`]).toString()) as { Digest: string }).Digest;
const layoutDigest = async (layout: string): Promise<string> =>
  (JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> }).manifests[0]!.digest;

beforeAll(async () => {
  execFileSync('bash', [path.join(hello, 'prepare.sh')], { stdio: 'pipe' });
  registry = await startRegistry();
  sigstore = await startSigstoreServices();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'pipeline-e2e-'));
}, 30000);

afterAll(async () => {
  await registry.stop();
  await sigstore.close();
  await fs.rm(tmp, { recursive: true, force: true });
});

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

/** Every referrer bundle of `subject`, verified keyless against the emulator's root for the workflow identity: the predicate types. */
async function verifiedPredicateTypes(repo: string, subject: Digest): Promise<string[]> {
  const client = new RegistryClient({ registry: registry.host, plainHttp: true, credentials: async () => undefined });
  const source = new RegistrySource({ registry: registry.host, repository: repo }, client);
  const verifier = createVerifier({
    kind: 'keyless',
    trustedRoot: sigstore.trustedRoot,
    identity: { exact: sigstore.identity },
    issuer: { exact: GITHUB_ISSUER },
  });
  const out: string[] = [];
  for (const r of (await listReferrers(client, repo, subject, { artifactType: BUNDLE_V03_MEDIA_TYPE })).referrers) {
    const m = JSON.parse((await client.getManifest(repo, r.digest)).bytes.toString()) as { layers: Descriptor[] };
    out.push(verifier.verify(await source.readBlob(m.layers[0] as Descriptor), { subjectDigest: subject }, `referrer ${r.digest}`).statement.predicateType);
  }
  return out.sort();
}

describe('the pipeline', () => {
  it('runs the three bundles chained as the reusable workflow wires them', async () => {
    const wf = parseYaml(await fs.readFile('.github/workflows/image-pipeline.yml', 'utf8')) as {
      on: { workflow_call: { inputs: Record<string, { default?: string }> } };
      env?: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    const ours = (job: string, action: string): Step => {
      const s = wf.jobs[job]?.steps.find((x) => x.uses === `image-pipeline/image-pipeline/${action}@v1`);
      if (s === undefined) throw new Error(`job ${job} has no ${action} step`);
      return s;
    };
    // What the caller passes (everything else takes the workflow_call default).
    const callerInputs: Record<string, string> = { context: hello, policy: path.join(hello, 'image-policy.yml'), destinations: `${registry.host}/hello` };
    const inputOf = (name: string): string => callerInputs[name] ?? String(wf.on.workflow_call.inputs[name]?.default ?? '');
    const runnerTemp = path.join(tmp, 'runner');
    const stepOutputs: Record<string, Record<string, string>> = {};
    let planOutputs: Record<string, string> = {};
    const resolve = (value: string): string =>
      String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
        let m: RegExpExecArray | null;
        if ((m = /^inputs\.([\w-]+)$/.exec(expr)) !== null) return inputOf(m[1] as string);
        // The build's tags and flavor: the caller's, else the workflow's own default spec (its env) with latest=false.
        if (expr === 'inputs.tags || env.PIPELINE_DEFAULT_TAGS') return inputOf('tags') || String(wf.env?.['PIPELINE_DEFAULT_TAGS'] ?? '');
        if (expr === "inputs.flavor || (inputs.tags == '' && 'latest=false' || '')") return inputOf('flavor') || (inputOf('tags') === '' ? 'latest=false' : '');
        if (expr === 'runner.temp') return runnerTemp;
        if (expr === 'matrix.platform') return 'linux/amd64';
        if (expr === 'matrix.slug') return 'linux-amd64';
        if (expr === 'github.token' || expr === 'secrets.registry-auth') return '';
        // A push to the default branch, as githubEnv() says; the payload names main the default branch.
        if (expr === 'github.event_name') return 'push';
        if (expr === 'github.ref') return githubEnv().GITHUB_REF;
        if (expr === 'github.event.repository.default_branch') return 'main';
        if ((m = /^needs\.plan\.outputs\.([\w-]+)$/.exec(expr)) !== null) {
          const v = planOutputs[m[1] as string];
          if (v === undefined) throw new Error(`the workflow reads ${expr}, which the plan job does not set`);
          return v;
        }
        if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr)) !== null) {
          const v = stepOutputs[m[1] as string]?.[m[2] as string];
          if (v === undefined) throw new Error(`the workflow reads ${expr}, which no earlier step set`);
          return v;
        }
        throw new Error(`expression not modelled by this test: ${expr}`);
      });
    const run = async (job: string, action: string, extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {}): Promise<ActionRun> => {
      const step = ours(job, action);
      const inputs = { ...Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(v)])), ...extra.inputs };
      const r = await runActionBundle(path.resolve(action, 'dist/index.js'), { inputs, env: { ...githubEnv(), ...extra.env }, cwd: hello, runnerTemp });
      expect(r.log).not.toContain('::error');
      expect(r.code).toBe(0);
      if (step.id !== undefined) stepOutputs[step.id] = r.outputs;
      return r;
    };

    // The plan job's layer-cache step, run as the runner would: its env resolved, its outputs the build's cache lines.
    const cacheStep = wf.jobs['plan']?.steps.find((x) => x.id === 'cache');
    const planOut = path.join(tmp, 'plan-output');
    await fs.writeFile(planOut, '');
    execFileSync(process.execPath, ['-e', /node -e '([\s\S]*)'/.exec(cacheStep?.run ?? '')?.[1] ?? ''], {
      env: { PATH: process.env.PATH, ...Object.fromEntries(Object.entries(cacheStep?.env ?? {}).map(([k, v]) => [k, resolve(v)])), GITHUB_OUTPUT: planOut },
    });
    planOutputs = parseOutputFile(await fs.readFile(planOut, 'utf8'));
    // cache: auto on a push to the default branch: read and write the cache beside the destination.
    expect(planOutputs).toEqual({
      'cache-from': `type=registry,ref=${registry.host}/hello-cache`,
      'cache-to': `type=registry,ref=${registry.host}/hello-cache,mode=max,ignore-error=true`,
    });
    const build = await run('build', 'build-image');
    // The artifact the build job uploads is its layout; test and distribute download it.
    expect(build.outputs.layout).toBe(path.join(runnerTemp, 'layout'));
    const test = await run('test', 'test-image');
    expect(test.outputs.result).toBe('passed');
    // This platform's SBOMs, at the per-platform paths the workflow's SBOM artifact uploads.
    expect(test.outputs.sbom).toBe(path.join(runnerTemp, 'sbom', 'linux-amd64.spdx.json'));
    expect(test.outputs['sbom-cyclonedx']).toBe(path.join(runnerTemp, 'sbom', 'linux-amd64.cdx.json'));
    expect((JSON.parse(await fs.readFile(test.outputs.sbom as string, 'utf8')) as { spdxVersion: string }).spdxVersion).toBe('SPDX-2.3');
    expect((JSON.parse(await fs.readFile(test.outputs['sbom-cyclonedx'] as string, 'utf8')) as { specVersion: string }).specVersion).toBe('1.6');
    // The distribute job's gate: the layout it ships has the digest the test job approved.
    stepOutputs.layouts = { images: build.outputs.layout as string };
    expect(await layoutDigest(build.outputs.layout as string)).toBe(build.outputs.digest);
    // The distribute job: no checkout, its workspace holds the downloaded sbom-<slug> and provenance-<slug>
    // artifacts, listed by the workflow's own attach step.
    const ws = path.join(tmp, 'distribute-workspace');
    await fs.mkdir(path.join(ws, 'attest/sbom'), { recursive: true });
    await fs.mkdir(path.join(ws, 'attest/provenance/provenance-linux-amd64'), { recursive: true });
    await fs.copyFile(test.outputs.sbom as string, path.join(ws, 'attest/sbom/linux-amd64.spdx.json'));
    await fs.copyFile(test.outputs['sbom-cyclonedx'] as string, path.join(ws, 'attest/sbom/linux-amd64.cdx.json'));
    expect(build.outputs.provenance).toBe(path.join(runnerTemp, 'provenance', 'provenance.json'));
    await fs.copyFile(build.outputs.provenance as string, path.join(ws, 'attest/provenance/provenance-linux-amd64/provenance.json'));
    const listStep = wf.jobs['distribute']?.steps.find((x) => x.id === 'attach');
    const script = /node -e '([\s\S]*)'/.exec(listStep?.run ?? '')?.[1] ?? '';
    const outFile = path.join(tmp, 'attach-output');
    await fs.writeFile(outFile, '');
    execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ATTEST: path.join(ws, 'attest'), GITHUB_OUTPUT: outFile } });
    const files = /^files<<EOF\n([\s\S]*)\nEOF\n$/.exec(await fs.readFile(outFile, 'utf8'))?.[1] ?? '';
    stepOutputs.attach = { files };
    expect(files.split('\n')).toHaveLength(3);
    const dist = await run('distribute', 'distribute-image', {
      // Public sigstore stood in for by the emulator; the job's id-token: write gives the runner's OIDC variables.
      inputs: { 'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl },
      env: { GITHUB_WORKSPACE: ws, ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.oidcRequestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.oidcRequestToken },
    });
    expect(dist.outputs.digest).toBe(build.outputs.digest);
    const digest = build.outputs.digest as Digest;
    const attestations = JSON.parse(dist.outputs.attestations ?? '[]') as Array<{ subject: string; predicateType: string; signed: boolean }>;
    expect(attestations.map((a) => [a.predicateType, a.signed]).sort()).toEqual(
      [
        [PredicateType.CosignSign, true],
        [PredicateType.CycloneDx, true],
        [PredicateType.SlsaProvenanceV1, true],
        [PredicateType.Spdx, true],
      ].sort(),
    );
    // Single platform: everything refers to the pushed manifest, and verifies for the workflow's identity.
    expect(new Set(attestations.map((a) => a.subject))).toEqual(new Set([digest]));
    expect(await verifiedPredicateTypes('hello', digest)).toEqual(
      [PredicateType.CosignSign, PredicateType.CycloneDx, PredicateType.SlsaProvenanceV1, PredicateType.Spdx].sort(),
    );
    const refs = JSON.parse(dist.outputs.refs ?? '[]') as Array<{ ref: string; digest: string }>;
    expect(refs.map((r) => r.ref)).toEqual(
      expect.arrayContaining([`${registry.host}/hello:main`, `${registry.host}/hello:latest`, `${registry.host}/hello:sha-1234567`]),
    );
    expect(servedDigest(`${registry.host}/hello:latest`)).toBe(build.outputs.digest);
    // A push to the default branch writes the layer cache next to the first destination (cache: auto).
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    expect(catalog.repositories).toContain('hello-cache');
  }, 240000);

  it('runs the same in one step with the root action', async () => {
    const run = await runActionBundle(path.resolve('dist/index.js'), {
      inputs: { context: hello, policy: path.join(hello, 'image-policy.yml'), destinations: `${registry.host}/one-step`, output: path.join(tmp, 'one-step') },
      env: githubEnv(),
      cwd: hello,
      runnerTemp: path.join(tmp, 'runner-one-step'),
    });
    expect(run.log).not.toContain('::error');
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(servedDigest(`${registry.host}/one-step:latest`)).toBe(run.outputs.digest);
    // The build's provenance and the test's SBOMs go along, unsigned here (no OIDC token, no key), with a notice saying how to sign.
    const attestations = JSON.parse(run.outputs.attestations ?? '[]') as Array<{ predicateType: string; signed: boolean; artifactType: string }>;
    expect(attestations.map((a) => [a.predicateType, a.signed, a.artifactType]).sort()).toEqual(
      [PredicateType.CycloneDx, PredicateType.SlsaProvenanceV1, PredicateType.Spdx].sort().map((t) => [t, false, 'application/vnd.in-toto+json']),
    );
    expect(run.log).toMatch(/::notice::The image is not signed/);
    // One summary holding all three actions' parts.
    expect(run.summary).toContain('test-image');
    expect(run.summary).toContain(registry.host);
  }, 240000);

  it('the local runner signs with a throwaway key and verifies the signature, SBOMs and provenance from the registry', async () => {
    const runnerTemp = path.join(tmp, 'runner-local');
    const result = await runPipeline(
      {
        build: { context: hello, output: path.join(runnerTemp, 'layout') },
        test: { policy: path.join(hello, 'image-policy.yml') },
        distribute: { destinations: `${registry.host}/local` },
        push: true,
      },
      { actionsRoot: path.resolve('.'), env: githubEnv(), cwd: hello, runnerTemp },
    );
    expect(result.failed).toBeUndefined();
    const digest = result.build.outputs.digest as string;
    expect(servedDigest(`${registry.host}/local:latest`)).toBe(digest);
    expect((result.verified ?? []).map((v) => v.predicateType).sort()).toEqual(
      [PredicateType.CosignSign, PredicateType.CycloneDx, PredicateType.SlsaProvenanceV1, PredicateType.Spdx].sort(),
    );
    // One key signed them all, and it is no key of this machine: a fresh pair.
    expect(new Set(result.verified?.map((v) => v.keyHint)).size).toBe(1);
    for (const v of result.verified ?? []) expect(v.destination).toBe(`${registry.host}/local`);
    // The signing key never reaches the log.
    expect(result.distribute?.log).toContain('::add-mask::');
    expect(result.distribute?.log.split('\n').filter((l) => l.includes('PRIVATE KEY') && !l.startsWith('::add-mask::'))).toEqual([]);
  }, 240000);

  it('builds and tests a pull request without pushing it', async () => {
    const run = await runActionBundle(path.resolve('dist/index.js'), {
      inputs: { context: hello, destinations: `${registry.host}/from-pr`, output: path.join(tmp, 'pr') },
      env: githubEnv('pull_request'),
      cwd: hello,
      runnerTemp: path.join(tmp, 'runner-pr'),
    });
    expect(run.code).toBe(0);
    expect(run.log).toContain('distribute: no (pull requests build and test only)');
    expect(run.outputs.refs).toBe('[]');
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    expect(catalog.repositories).not.toContain('from-pr');
    // The default layer cache (cache: auto) is read on a pull request, never written.
    expect(catalog.repositories).not.toContain('from-pr-cache');
  }, 240000);

  it('fails in one step with the failing stage named, and pushes nothing', async () => {
    const bad = path.join(tmp, 'bad-context');
    await fs.mkdir(bad, { recursive: true });
    await fs.writeFile(path.join(bad, 'Dockerfile'), 'FROM scratch\nBOGUS instruction\n');
    const run = await runActionBundle(path.resolve('dist/index.js'), {
      inputs: { context: bad, destinations: `${registry.host}/broken` },
      env: githubEnv(),
      cwd: bad,
      runnerTemp: path.join(tmp, 'runner-bad'),
    });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(/::error::build-image failed/);
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    expect(catalog.repositories).not.toContain('broken');
  }, 120000);
});
