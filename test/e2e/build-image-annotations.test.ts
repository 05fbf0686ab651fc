/**
 * OCI annotations and repository facts in a real build (issue 15 item 2): real
 * buildah (FROM scratch + COPY, so two platforms need no emulator),
 * buildImage() driven directly, the GitHub REST emulator
 * (test/emulators/github/repos.ts) serving GET /repos/{owner}/{repo}.
 *
 * - metadata-action's labels get description, url and licenses from the API
 *   (with the github-token as a bearer token), in every platform's config;
 * - the same set goes on the manifests as annotations, the user's
 *   `annotations` over it, each user line at its build-push-action level
 *   (index, manifest[platform], manifest-descriptor, index-descriptor) in the
 *   layout, as skopeo reads it;
 * - a payload that already has the facts costs no API call;
 * - the API's faults (500, a hang, 404, an oversized answer) give a build
 *   without those labels and at most one warning; a hang costs the deadline only;
 * - levels that cannot be placed are refused before anything is built.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { BuildReport, BuildRequest } from '../../shared/src/builders/build.js';
import { PipelineError } from '../../shared/src/errors.js';
import type { Index, Manifest } from '../../shared/src/oci/types.js';
import { startReposEmulator, type ReposEmulator } from '../emulators/github/repos.js';
import { runBuild, type BuildRun } from '../support/build-fixture.js';
import { skopeo } from '../support/skopeo.js';

const TOKEN = 'ghs_annotationsTestToken42';
const SHA = 'a'.repeat(40);
const DESCRIPTION = 'A tiny image for the annotations test';
const L = 'org.opencontainers.image.';

let work: string;
let ctx: string;
let api: ReposEmulator;

interface Built extends BuildRun {
  ms: number;
  /** The output layout the build was asked to write. */
  output: string;
}

/** runBuild (build-fixture.ts) with this suite's env, the github-token, and the wall time. */
async function build(extra: Partial<BuildRequest> = {}, env: Record<string, string> = {}): Promise<Built> {
  const started = Date.now();
  const r = await runBuild(
    work,
    ctx,
    { connect: { registryAuth: [], githubToken: TOKEN, insecureRegistries: [] }, ...extra },
    {
      STORAGE_DRIVER: 'vfs',
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
      ...env,
    },
  );
  return { ...r, ms: Date.now() - started, output: path.join(r.runnerTemp, 'layout') };
}

const blob = async <T>(layout: string, digest: string): Promise<T> =>
  JSON.parse(await fs.readFile(path.join(layout, 'blobs/sha256', digest.slice(7)), 'utf8')) as T;
const indexJson = async (layout: string): Promise<Index> => JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as Index;
async function configLabels(layout: string, manifestDigest: string): Promise<Record<string, string>> {
  const m = await blob<Manifest>(layout, manifestDigest);
  return (await blob<{ config: { Labels?: Record<string, string> } }>(layout, m.config.digest)).config.Labels ?? {};
}

/** What a build gets from the context alone: the labels (and manifest annotations) every build here has. */
const contextSet = {
  [`${L}created`]: '2024-05-01T12:00:00Z',
  [`${L}revision`]: SHA,
  [`${L}title`]: 'app',
  [`${L}version`]: 't',
};

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-image-annotations-e2e-'));
  ctx = path.join(work, 'ctx');
  await fs.mkdir(ctx);
  await fs.writeFile(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\n');
  await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox'));
  api = await startReposEmulator();
  api.repos.set('acme/app', { description: DESCRIPTION, license: 'MIT', private: true });
});

afterAll(async () => {
  await api?.close();
  await fs.rm(work, { recursive: true, force: true });
});

describe('two platforms, repository facts from the API, annotations at every level', () => {
  let b: Built;
  let report: BuildReport;
  beforeAll(async () => {
    api.calls.length = 0;
    b = await build({
      platforms: ['linux/amd64', 'linux/arm64'],
      annotations: new Map([
        [`${L}title`, 'Mine'],
        ['index:org.example.on-index', 'yes'],
        ['manifest[linux/arm64]:org.example.arm-only', 'arm'],
        ['manifest-descriptor:org.example.on-descriptor', 'd'],
        ['index-descriptor:org.example.in-index-json', 'r'],
      ]),
    });
    if (b.report === undefined) throw b.error;
    report = b.report;
  }, 240_000);

  test('the API was asked once, with the github-token as a bearer token; no warning', () => {
    expect(api.calls).toEqual([{ method: 'GET', path: '/repos/acme/app', status: 200, authorization: `Bearer ${TOKEN}` }]);
    expect(b.warnings).toEqual([]);
    expect(b.lines).toContain('Repository facts for acme/app from the GitHub API: description, url, licenses');
  });

  test("every platform's config has metadata-action's labels with description, url, source and licenses", async () => {
    const index = await blob<Index>(report.layout, report.digest);
    expect(index.manifests).toHaveLength(2);
    const want = {
      ...contextSet,
      [`${L}description`]: DESCRIPTION,
      [`${L}licenses`]: 'MIT',
      [`${L}url`]: 'https://github.com/acme/app',
      [`${L}source`]: 'https://github.com/acme/app',
    };
    // buildah adds its own io.buildah.version label.
    for (const m of index.manifests) expect(await configLabels(report.layout, m.digest)).toEqual({ ...want, 'io.buildah.version': expect.any(String) });
    expect(report.labels).toEqual(want);
  });

  test('manifests: the same set as annotations, the user title over the computed one, arm64 alone with its line', async () => {
    const index = await blob<Index>(report.layout, report.digest);
    const computed = {
      ...contextSet,
      [`${L}title`]: 'Mine',
      [`${L}description`]: DESCRIPTION,
      [`${L}licenses`]: 'MIT',
      [`${L}url`]: 'https://github.com/acme/app',
      [`${L}source`]: 'https://github.com/acme/app',
    };
    const byArch: Record<string, Record<string, string> | undefined> = {};
    for (const m of index.manifests) byArch[m.platform?.architecture ?? ''] = (await blob<Manifest>(report.layout, m.digest)).annotations;
    expect(byArch).toEqual({ amd64: computed, arm64: { ...computed, 'org.example.arm-only': 'arm' } });
  });

  test('index, manifest-descriptor and index-descriptor levels land where buildx puts them; skopeo reads the same index', async () => {
    const index = await blob<Index>(report.layout, report.digest);
    expect(index.annotations).toEqual({ 'org.example.on-index': 'yes' });
    expect(index.manifests.map((m) => m.annotations)).toEqual([{ 'org.example.on-descriptor': 'd' }, { 'org.example.on-descriptor': 'd' }]);
    expect((await indexJson(report.layout)).manifests.map((d) => [d.digest, d.annotations])).toEqual([
      [report.digest, { 'org.example.in-index-json': 'r', 'org.opencontainers.image.ref.name': 't' }],
    ]);
    const raw = JSON.parse(await skopeo(['inspect', '--raw', `oci:${report.layout}:t`])) as Index;
    expect(raw.annotations).toEqual({ 'org.example.on-index': 'yes' });
  });

  test("the report's annotations: metadata-action's output lines, level by level, keys sorted", () => {
    expect(report.annotations).toEqual([
      `manifest:${L}created=2024-05-01T12:00:00Z`,
      `manifest:${L}description=${DESCRIPTION}`,
      `manifest:${L}licenses=MIT`,
      `manifest:${L}revision=${SHA}`,
      `manifest:${L}source=https://github.com/acme/app`,
      `manifest:${L}title=Mine`,
      `manifest:${L}url=https://github.com/acme/app`,
      `manifest:${L}version=t`,
      'index:org.example.on-index=yes',
      'manifest[linux/arm64]:org.example.arm-only=arm',
      'manifest-descriptor:org.example.on-descriptor=d',
      'index-descriptor:org.example.in-index-json=r',
    ]);
  });
});

describe('when the API is not needed or not there', () => {
  test('a payload with the facts: no API call, the payload decides (a null licence is no label)', async () => {
    api.calls.length = 0;
    const event = { repository: { name: 'app', description: 'From the payload', html_url: 'https://github.com/acme/app', license: null } };
    const b = await build({ event });
    if (b.report === undefined) throw b.error;
    expect(api.calls).toEqual([]);
    expect(b.report.labels[`${L}description`]).toBe('From the payload');
    expect(b.report.labels).not.toHaveProperty(`${L}licenses`);
    expect((await blob<Manifest>(b.report.layout, b.report.digest)).annotations?.[`${L}description`]).toBe('From the payload');
    expect(b.warnings).toEqual([]);
  }, 120_000);

  test.each<[string, Partial<ReposEmulator['faults']>, { token?: string }, RegExp | undefined]>([
    ['HTTP 500', { status: 500 }, {}, /GitHub API gave no repository facts for acme\/app \(HTTP 500\)/],
    ['an answer past the size cap', { padBytes: 1024 * 1024 }, {}, /answer larger than 262144 bytes/],
    ['a private repository without a token (404)', {}, { token: '' }, undefined],
  ])(
    '%s: the build succeeds without description, url or licenses; at most one warning',
    async (_name, faults, opts, warning) => {
      Object.assign(api.faults, { status: 0, hang: false, padBytes: 0, delayMs: 0 }, faults);
      try {
        const b = await build(opts.token === undefined ? {} : { connect: { registryAuth: [], githubToken: opts.token, insecureRegistries: [] } });
        if (b.report === undefined) throw b.error;
        expect(b.report.labels).toEqual({ ...contextSet, [`${L}source`]: 'https://github.com/acme/app' });
        expect((await blob<Manifest>(b.report.layout, b.report.digest)).annotations).toEqual({ ...contextSet, [`${L}source`]: 'https://github.com/acme/app' });
        if (warning === undefined) {
          expect(b.warnings).toEqual([]);
          expect(b.lines.join('\n')).toMatch(/\(HTTP 404\).*a private repository needs a github-token that can read it/);
        } else {
          expect(b.warnings).toHaveLength(1);
          expect(b.warnings[0]).toMatch(warning);
        }
      } finally {
        Object.assign(api.faults, { status: 0, hang: false, padBytes: 0, delayMs: 0 });
      }
    },
    120_000,
  );

  test('an API that never answers costs its deadline at most, then a build without the facts and one warning', async () => {
    api.faults.hang = true;
    try {
      const b = await build();
      if (b.report === undefined) throw b.error;
      expect(b.warnings).toEqual([expect.stringMatching(/gave no repository facts for acme\/app \(no answer within 5000 ms\)/)]);
      expect(b.report.labels).not.toHaveProperty(`${L}description`);
      // The request runs beside the build; without its deadline this build would never end. Generous bound: a shared machine.
      expect(b.ms).toBeLessThan(90_000);
    } finally {
      api.faults.hang = false;
    }
  }, 120_000);
});

describe('levels that cannot be placed are refused before the build', () => {
  test.each<[string, Map<string, string>, Record<string, string>, RegExp]>([
    ['an unknown level', new Map([['manifests:org.example.k', 'v']]), {}, /has the level 'manifests', expected one of manifest, index/],
    [
      'index on one platform',
      new Map([['index:org.example.k', 'v']]),
      {},
      /puts 'org.example.k' on the image index, but a build of one platform makes no index/,
    ],
    [
      'a platform not built',
      new Map([['manifest[linux/arm64]:org.example.k', 'v']]),
      {},
      /narrows 'org.example.k' to linux\/arm64, expected one of the platforms built/,
    ],
    [
      'metadata-action levels naming the index on one platform',
      new Map(),
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' },
      /DOCKER_METADATA_ANNOTATIONS_LEVELS/,
    ],
  ])(
    '%s',
    async (_name, annotations, env, re) => {
      const b = await build({ annotations, platforms: ['linux/amd64'] }, env);
      expect(b.error).toBeInstanceOf(PipelineError);
      expect((b.error as PipelineError).code).toBe('INPUT');
      expect((b.error as PipelineError).message).toMatch(re);
      // Nothing was built: no layout, and buildah was never started (run-builder logs each command it runs).
      await expect(fs.stat(b.output)).rejects.toThrow();
      expect(b.lines.filter((l) => l.startsWith('buildah '))).toEqual([]);
    },
    60_000,
  );
});
