/**
 * The all-in-one action's run() through memoryIO, on the paths that need no
 * builder: a build that fails names its stage with the stage's own message
 * (from the error, not from log lines), writes the stage's failure summary,
 * sets the root's outputs that exist, and pushes nothing. The whole pipeline
 * runs end to end in test/e2e/pipeline.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryIO } from '../../../shared/src/action/io.js';
import { main } from '../../../shared/src/action/run-action.js';
import { PipelineError } from '../../../shared/src/errors.js';
import { imagePipeline, outputsOf, stageFailed, withDefaultCache, withGenerated } from '../../../src/run.js';
import { getInputs } from '../../../src/context.js';
import { getInputs as getDistributeInputs } from '../../../distribute-image/src/context.js';
import type { BuildReport } from '../../../shared/src/builders/build.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import { parse } from 'yaml';
import type { Outputs as TestOutputs } from '../../../test-image/src/run.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'root-run-'));
  await fs.mkdir(path.join(tmp, 'empty'));
});
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

describe('image-pipeline run()', () => {
  it('fails naming the build stage with its own message and hint, after its summary and the outputs that exist', async () => {
    const io = memoryIO();
    const env = {
      GITHUB_EVENT_NAME: 'push',
      RUNNER_TEMP: tmp,
      GITHUB_WORKSPACE: tmp,
      ...inputEnv({
        context: path.join(tmp, 'empty'),
        destinations: 'r.example/app',
        'github-token': 'ghs_tok',
        secrets: 'npmrc=s3cr3t',
        output: path.join(tmp, 'layout'),
      }),
    };
    await main(imagePipeline, env, io);
    expect(io.recorded.failed).toMatch(/^build-image failed: /);
    expect(io.recorded.failed).toContain('Dockerfile');
    // Every stage's secrets masked before the first one ran, each once (build-image's runStage does not announce its secret again).
    expect(io.recorded.masked).toEqual(['s3cr3t', 'ghs_tok']);
    expect(io.recorded.log[0]).toEqual({ level: 'info', message: 'distribute: yes (event push)' });
    expect(io.recorded.log.map((l) => l.message)).toContain('=== build-image');
    expect(io.recorded.log.map((l) => l.message)).not.toContain('=== test-image');
    // build-image's own failure summary, through the one summary writer.
    expect(io.recorded.summary).toContain('## build-image');
    expect(io.recorded.summary).toContain('Build failed');
    expect(io.recorded.summary).not.toContain('image-pipeline');
    // Only the root's outputs: nothing pushed, nothing built.
    expect(io.recorded.outputs).toEqual({ refs: '[]', attestations: '[]' });
  });

  it('refuses a bad input of a later stage before building', async () => {
    const io = memoryIO();
    await main(imagePipeline, { RUNNER_TEMP: tmp, ...inputEnv({ context: path.join(tmp, 'empty'), destinations: 'r.example/app', concurrency: '999' }) }, io);
    expect(io.recorded.failed).toContain("input 'concurrency' is '999'");
    expect(io.recorded.log.map((l) => l.message)).not.toContain('=== build-image');
    // No stage ran to write a summary, so the pipeline's own says what was refused.
    expect(io.recorded.summary).toContain('## image-pipeline');
    expect(io.recorded.summary).toContain("input 'concurrency' is '999'");
  });
});

describe('withDefaultCache', () => {
  /** The root's inputs for this event, its payload naming `defaultBranch`, the default cache applied, and what was logged. */
  async function cacheFor(event: string, ref: string, defaultBranch: string | undefined, inputs: Record<string, string> = {}) {
    const eventPath = path.join(tmp, `event-${event}-${defaultBranch ?? 'none'}.json`);
    await fs.writeFile(eventPath, JSON.stringify(defaultBranch === undefined ? {} : { repository: { default_branch: defaultBranch } }));
    const root = getInputs({
      GITHUB_EVENT_NAME: event,
      GITHUB_REF: ref,
      GITHUB_EVENT_PATH: eventPath,
      RUNNER_TEMP: tmp,
      ...inputEnv({ destinations: 'r.example/app:1.0\nr2.example/app', ...inputs }),
    });
    const io = memoryIO();
    const build = await withDefaultCache(root, io);
    return { root, build, log: io.recorded.log.map((l) => l.message) };
  }

  it("a push to the default branch reads and writes the cache beside the first destination, mode=max, through build-image's parser", async () => {
    const { build, log } = await cacheFor('push', 'refs/heads/trunk', 'trunk');
    expect(build.cacheFrom).toMatchObject([{ type: 'registry', ref: 'r.example/app-cache' }]);
    expect(build.cacheTo).toMatchObject([{ type: 'registry', ref: 'r.example/app-cache', mode: 'max', attrs: { 'ignore-error': 'true' } }]);
    expect(log).toContain('layer cache: read and write r.example/app-cache (push on the default branch trunk; cache: off or cache-from/cache-to to change)');
  });

  it.each([
    ['a pull request (which pushes nothing)', 'pull_request', 'refs/pull/7/merge', 'main', {}, /this run pushes no image/],
    ['a pull request with push: true', 'pull_request', 'refs/pull/7/merge', 'main', { push: 'true' }, /event pull_request reads the cache only/],
    ['a push to another branch', 'push', 'refs/heads/main', 'trunk', {}, /refs\/heads\/main is not the default branch trunk/],
    ['a push without a payload default branch', 'push', 'refs/heads/main', undefined, {}, /default branch is unknown/],
    ['push: false on the default branch', 'push', 'refs/heads/main', 'main', { push: 'false' }, /this run pushes no image/],
  ] as const)('[%#] %s reads the cache and never writes it', async (_what, event, ref, branch, inputs, reason) => {
    const { build, log } = await cacheFor(event, ref, branch, inputs);
    expect(build.cacheFrom).toMatchObject([{ type: 'registry', ref: 'r.example/app-cache' }]);
    expect(build.cacheTo).toEqual([]);
    expect(log.find((l) => l.startsWith('layer cache: read r.example/app-cache ('))).toMatch(reason);
  });

  it("leaves the build's inputs as they are when the user named a cache, or turned it off", async () => {
    for (const inputs of [{ cache: 'off' }, { 'cache-to': 'type=local,dest=/tmp/c' }] as Array<Record<string, string>>) {
      const { root, build, log } = await cacheFor('push', 'refs/heads/main', 'main', inputs);
      expect(build).toBe(root.build);
      expect(log).toEqual([]);
    }
  });
});

describe('stageFailed', () => {
  it("keeps the stage's reason, input, file, line and hint, and names the stage first", () => {
    const inner = new PipelineError('BUILDER', 'unknown instruction BOGUS', { input: 'file', file: 'Dockerfile', line: 2, hint: 'Fix the instruction.' });
    const e = stageFailed('build-image', inner);
    expect(e.code).toBe('STAGE_FAILED');
    expect(e.message).toBe("build-image failed: input 'file': unknown instruction BOGUS (Dockerfile:2). Fix the instruction.");
    expect({ file: e.file, line: e.line, hint: e.hint, cause: e.cause }).toEqual({ file: 'Dockerfile', line: 2, hint: 'Fix the instruction.', cause: inner });
  });
  it('takes the message of anything else thrown', () => {
    expect(stageFailed('test-image', new Error('boom')).message).toBe('test-image failed: boom.');
  });
});

describe('withGenerated', () => {
  it("adds the build's provenance and the test's SBOMs to what distribute attaches, keeping the user's attach", () => {
    const d = getDistributeInputs({ ...inputEnv({ image: '/rt/layout', destinations: 'r.example/app', attach: 'extra.json' }), GITHUB_WORKSPACE: '/ws' });
    if (d.kind !== 'container') throw new Error('expected a container push');
    const report = { digest: 'sha256:' + 'd'.repeat(64), imageid: 'sha256:' + 'c'.repeat(64), layout: '/rt/layout', tags: ['main'] } as unknown as BuildReport;
    const test = {
      result: 'passed',
      findings: 0,
      sarif: 's',
      junit: 'j',
      report: 'r',
      sbom: '/rt/b.spdx.json',
      'sbom-cyclonedx': '/rt/b.cdx.json',
    } as unknown as TestOutputs;
    const got = withGenerated(d, { build: { kind: 'container', report, provenance: '/rt/provenance.json' }, test });
    expect(got.attest).toEqual({ ...d.attest, attach: ['extra.json'], generated: ['/rt/provenance.json', '/rt/b.spdx.json', '/rt/b.cdx.json'] });
    // Nothing written (provenance: false, no test outputs): the inputs as they were.
    expect(withGenerated(d, { build: { kind: 'container', report } })).toBe(d);
  });
});

describe('outputsOf', () => {
  it('refs and attestations are [] and nothing else is set before any stage finished', () => {
    expect(outputsOf({})).toEqual({ refs: '[]', attestations: '[]' });
  });

  it("passes on test-image's report and SBOM paths, each an output the root action.yml declares", () => {
    const test = { result: 'passed', findings: 0, sarif: 's', junit: 'j', report: 'r', sbom: 'b.spdx.json', 'sbom-cyclonedx': 'b.cdx.json' };
    const out = outputsOf({ test: test as TestOutputs });
    expect(out).toEqual({
      result: 'passed',
      findings: '0',
      sarif: 's',
      junit: 'j',
      report: 'r',
      sbom: 'b.spdx.json',
      'sbom-cyclonedx': 'b.cdx.json',
      refs: '[]',
      attestations: '[]',
    });
    const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { outputs: Record<string, unknown> }).outputs);
    expect(Object.keys(out).filter((k) => !declared.includes(k))).toEqual([]);
  });

  it("passes on build-image's provenance path, an output the root action.yml declares", () => {
    const report = { digest: 'sha256:' + 'd'.repeat(64), imageid: 'sha256:' + 'c'.repeat(64), layout: '/rt/layout', tags: ['main'] } as unknown as BuildReport;
    const out = outputsOf({ build: { kind: 'container', report, provenance: '/rt/build-image/provenance.json' } });
    expect(out.provenance).toBe('/rt/build-image/provenance.json');
    expect(out.digest).toBe(report.digest);
    // build-image's annotations output (empty: the report placed none), declared by the root as well.
    expect(out.annotations).toBe('');
    const placed = { ...report, annotations: ['manifest:org.opencontainers.image.title=app', 'index:x=y'] } as unknown as BuildReport;
    expect(outputsOf({ build: { kind: 'container', report: placed } }).annotations).toBe('manifest:org.opencontainers.image.title=app\nindex:x=y');
    const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { outputs: Record<string, unknown> }).outputs);
    expect(Object.keys(out).filter((k) => !declared.includes(k))).toEqual([]);
  });
});
