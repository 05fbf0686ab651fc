/**
 * build-image end to end: the committed bundle run as the runner runs it
 * (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_*), real
 * buildah (chroot isolation, vfs storage), and skopeo and umoci as independent
 * readers of the layout it writes.
 */
import { PIPELINE_DEFAULT_FLAVOR, PIPELINE_DEFAULT_TAGS } from '../../shared/src/github/tags.js';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runActionBundle, type ActionRun } from '../../scripts/local/run-bundle.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import type { SlsaProvenanceV1, Statement } from '../../shared/src/attest/types.js';
import { provenanceErrors, statementErrors } from '../support/attestation-schemas.js';
import { startRegistry } from '../support/registry.js';
import { arm64Busybox, requireArm64Emulation } from '../support/foreign-arch.js';

const repo = process.cwd();
const bundle = path.join(repo, 'build-image/dist/index.js');
const fixtures = path.join(repo, 'test/fixtures/build');
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const SECRET = 's3cr3t-value-9f2c';

let work: string;
let appContext: string;

const canRun = (cmd: string, args: string[]): boolean => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
};

const sh = (cmd: string, args: string[], cwd?: string): string => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** A context folder: the fixture files, a static busybox, in its own git repository with a fixed commit time. */
async function makeContext(name: string, fixture: string, opts: { git?: boolean; busybox?: boolean } = {}): Promise<string> {
  const dir = path.join(work, name);
  await fs.cp(path.join(fixtures, fixture), dir, { recursive: true });
  if (opts.busybox !== false) await fs.copyFile('/bin/busybox', path.join(dir, 'busybox'));
  if (opts.git !== false) {
    const env = { ...process.env, GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z', GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z' };
    for (const args of [
      ['init', '-q'],
      ['add', '.'],
      ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'fixture'],
    ]) {
      execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
    }
  }
  return dir;
}

const GITHUB = {
  GITHUB_SHA: SHA,
  GITHUB_REPOSITORY: 'acme/hello-app',
  // Tests talk only to loopback: the repository facts' API call (build.ts) must not reach api.github.com.
  GITHUB_API_URL: 'http://127.0.0.1:1',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_EVENT_NAME: 'push',
  // House rule for tests: vfs, whatever the machine supports.
  STORAGE_DRIVER: 'vfs',
};

async function build(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun & { runnerTemp: string }> {
  const runnerTemp = await fs.mkdtemp(path.join(work, 'runner-'));
  // The pipeline's documented default tags (what the reusable workflow passes); build-image's own default is metadata-action's.
  const tags = { tags: PIPELINE_DEFAULT_TAGS.join('\n'), flavor: PIPELINE_DEFAULT_FLAVOR.join('\n') };
  const run = await runActionBundle(bundle, { inputs: { builder: 'auto', ...tags, ...inputs }, env: { ...GITHUB, ...env }, runnerTemp, cwd: work });
  return { ...run, runnerTemp };
}

const skopeoInspect = (ref: string, raw = false): Record<string, unknown> =>
  JSON.parse(sh('skopeo', ['inspect', ...(raw ? ['--raw'] : []), ref])) as Record<string, unknown>;

/** No layout, and no half-written temporary sibling, at `output`. */
async function expectNothingAt(output: string): Promise<void> {
  expect(existsSync(output)).toBe(false);
  const siblings = await fs.readdir(path.dirname(output)).catch(() => [] as string[]);
  expect(siblings.filter((s) => s.startsWith(`${path.basename(output)}.tmp-`))).toEqual([]);
}

/** The `::error ...::message` lines the action printed. */
const errorLines = (log: string): string[] => log.split('\n').filter((l) => l.startsWith('::error'));

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-image-e2e-'));
  appContext = await makeContext('app', 'app');
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('build-image builds a multi-stage Dockerfile with buildah', () => {
  let first: Awaited<ReturnType<typeof build>>;
  let layout: string;

  beforeAll(async () => {
    layout = path.join(work, 'out-app');
    first = await build({
      context: appContext,
      output: layout,
      'build-args': 'GREETING=hi from build-args',
      secrets: `token=${SECRET}`,
      annotations: 'org.example.team=platform',
    });
  }, 180_000);

  test('succeeds and writes every output', () => {
    expect(first.code).toBe(0);
    expect(first.outputs.layout).toBe(layout);
    expect(first.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(first.outputs.imageid).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(first.outputs.tags?.split('\n')).toEqual(['main', 'latest', 'sha-3f78685']);
    const meta = JSON.parse(first.outputs.metadata ?? '{}') as Record<string, unknown>;
    expect(meta).toMatchObject({
      builder: 'buildah',
      digest: first.outputs.digest,
      imageid: first.outputs.imageid,
      layout,
      platforms: ['linux/amd64'],
      epoch: { seconds: 1714564800, source: 'git' },
    });
    expect(first.log).toContain('Builder: buildah (buildah is installed and needs no daemon)');
  });

  test('writes SLSA provenance for the built manifest to the default path: build-arg values withheld, no secret', async () => {
    expect(first.outputs.provenance).toBe(path.join(first.runnerTemp, 'build-image', 'provenance.json'));
    const text = await fs.readFile(first.outputs.provenance ?? '', 'utf8');
    const s = JSON.parse(text) as Statement<SlsaProvenanceV1>;
    expect(statementErrors(s)).toEqual([]);
    expect(provenanceErrors(s.predicate)).toEqual([]);
    expect(s.subject).toEqual([{ name: 'linux/amd64', digest: { sha256: first.outputs.digest?.slice('sha256:'.length) } }]);
    expect(s.predicate.buildDefinition.externalParameters.build).toMatchObject({ buildArgs: [{ name: 'GREETING' }] });
    expect(text).not.toContain('hi from build-args');
    expect(text).not.toContain(SECRET);
  });

  test("skopeo reads the layout, and its manifest digest is the 'digest' output", () => {
    for (const tag of ['main', 'latest', 'sha-3f78685']) {
      expect(skopeoInspect(`oci:${layout}:${tag}`).Digest).toBe(first.outputs.digest);
    }
    const raw = sh('skopeo', ['inspect', '--raw', `oci:${layout}:main`]);
    expect(digestBytes(raw)).toBe(first.outputs.digest);
    expect(JSON.parse(raw)).toMatchObject({ mediaType: 'application/vnd.oci.image.manifest.v1+json', annotations: { 'org.example.team': 'platform' } });
  });

  test('the OCI labels from the GitHub context and the commit time are in the config, with USER and HEALTHCHECK', async () => {
    const manifest = JSON.parse(sh('skopeo', ['inspect', '--raw', `oci:${layout}:main`])) as { config: { digest: string } };
    expect(manifest.config.digest).toBe(first.outputs.imageid);
    const config = JSON.parse(await fs.readFile(path.join(layout, 'blobs/sha256', manifest.config.digest.slice(7)), 'utf8')) as {
      created: string;
      config: { User: string; Labels: Record<string, string>; Healthcheck: { Test: string[] } };
    };
    expect(config.created).toBe('2024-05-01T12:00:00Z');
    expect(config.config.User).toBe('1000:1000');
    expect(config.config.Healthcheck.Test).toEqual(['CMD', '/bin/test', '-f', '/app/greeting']);
    expect(config.config.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/acme/hello-app',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.version': 'main',
      'org.opencontainers.image.title': 'hello-app',
    });
  });

  test('umoci lists, stats and unpacks it; COPY --chown, ARG, RUN and the secret mount did their work', async () => {
    expect(sh('umoci', ['ls', '--layout', layout]).trim().split('\n').sort()).toEqual(['latest', 'main', 'sha-3f78685']);
    expect(sh('umoci', ['stat', '--image', `${layout}:main`])).toContain('COPY');
    const bundleDir = path.join(work, 'unpacked');
    sh('umoci', ['unpack', '--image', `${layout}:main`, bundleDir]);
    const rootfs = path.join(bundleDir, 'rootfs');
    expect(await fs.readFile(path.join(rootfs, 'app/greeting'), 'utf8')).toBe('hi from build-args\n');
    expect((await fs.stat(path.join(rootfs, 'app/hello.txt'))).uid).toBe(1000);
    expect(await fs.readFile(path.join(rootfs, 'app/token-length'), 'utf8')).toBe(`${SECRET.length}\n`);
    expect(existsSync(path.join(rootfs, 'run/secrets/token'))).toBe(false);
    const runtime = JSON.parse(await fs.readFile(path.join(bundleDir, 'config.json'), 'utf8')) as { process: { user: { uid: number } } };
    expect(runtime.process.user.uid).toBe(1000);
  });

  test('the secret is in no blob of the image and in no log line (bar the runner mask command)', async () => {
    const blobs = path.join(layout, 'blobs/sha256');
    for (const b of await fs.readdir(blobs)) {
      const bytes = await fs.readFile(path.join(blobs, b));
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      expect(plain.includes(SECRET)).toBe(false);
    }
    const lines = first.log.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(lines.some((l) => l.includes(SECRET))).toBe(false);
    expect(first.log).toContain(`::add-mask::${SECRET}`);
    // The secret files are gone, and so are the builder's images and work folders.
    const left = await fs.readdir(first.runnerTemp);
    expect(left.filter((f) => f.startsWith('image-pipeline-build-'))).toEqual([]);
  });

  test('the job summary names builder, digest, layers, platforms and tags', () => {
    expect(first.summary).toContain('| Builder | buildah');
    expect(first.summary).toContain(`| Digest | \`${first.outputs.digest}\` |`);
    expect(first.summary).toContain('| Layers | 2 |');
    expect(first.summary).toContain('| Platforms | linux/amd64 |');
    expect(first.summary).toContain('`sha-3f78685`');
  });

  test('building again from the same commit gives the same digest', async () => {
    const again = await build({
      context: appContext,
      output: path.join(work, 'out-app-again'),
      'build-args': 'GREETING=hi from build-args',
      secrets: `token=${SECRET}`,
      annotations: 'org.example.team=platform',
    });
    expect(again.code).toBe(0);
    expect(again.outputs.digest).toBe(first.outputs.digest);
    expect(again.outputs.imageid).toBe(first.outputs.imageid);
  }, 180_000);
});

describe('several platforms', () => {
  test('a FROM scratch + COPY image builds for linux/amd64 and linux/arm64 into one index, no emulator needed', async () => {
    const context = await makeContext('scratch', 'scratch', { busybox: false });
    const layout = path.join(work, 'out-multi');
    const run = await build({ context, output: layout, platforms: 'linux/amd64,linux/arm64', tags: 'multi' });
    expect(run.code).toBe(0);
    const raw = sh('skopeo', ['inspect', '--raw', `oci:${layout}:multi`]);
    expect(digestBytes(raw)).toBe(run.outputs.digest);
    const index = JSON.parse(raw) as { mediaType: string; manifests: Array<{ digest: string; platform: { os: string; architecture: string } }> };
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
    const arm = skopeoInspect(`oci:${layout}:multi`, false);
    expect(arm.Architecture).toBe('amd64');
    const armView = JSON.parse(sh('skopeo', ['--override-arch', 'arm64', 'inspect', `oci:${layout}:multi`])) as { Architecture: string; Digest: string };
    expect(armView.Architecture).toBe('arm64');
    // skopeo names the index it started from, then reads the arm64 image through it.
    expect(armView.Digest).toBe(run.outputs.digest);
    expect(index.manifests[0]?.digest).not.toBe(index.manifests[1]?.digest);
    const meta = JSON.parse(run.outputs.metadata ?? '{}') as { platforms: string[]; manifests: unknown[] };
    expect(meta.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(run.summary).toContain('| linux/arm64 |');
  }, 180_000);

  test('RUN for linux/amd64 and linux/arm64 (qemu): each platform image ran its own architecture', async () => {
    await requireArm64Emulation();
    const context = await makeContext('multiarch', 'multiarch', { busybox: false });
    await fs.copyFile('/bin/busybox', path.join(context, 'busybox-amd64'));
    await fs.copyFile(await arm64Busybox(), path.join(context, 'busybox-arm64'));
    const layout = path.join(work, 'out-multiarch');
    const run = await build({ context, output: layout, platforms: 'linux/amd64,linux/arm64', tags: 'multiarch' });
    expect(run.code).toBe(0);
    const index = JSON.parse(sh('skopeo', ['inspect', '--raw', `oci:${layout}:multiarch`])) as {
      manifests: Array<{ platform: { os: string; architecture: string } }>;
    };
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
    // skopeo (an independent reader) takes each platform's image out; its last layer is the RUN's, holding /arch.
    const arches: Record<string, string> = {};
    for (const arch of ['amd64', 'arm64']) {
      const dir = path.join(work, `multiarch-${arch}`);
      sh('skopeo', ['copy', '--quiet', '--override-arch', arch, `oci:${layout}:multiarch`, `dir:${dir}`]);
      const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
        config: { digest: string };
        layers: Array<{ digest: string }>;
      };
      const config = JSON.parse(await fs.readFile(path.join(dir, manifest.config.digest.slice('sha256:'.length)), 'utf8')) as { architecture: string };
      expect(config.architecture).toBe(arch);
      const last = manifest.layers[manifest.layers.length - 1]?.digest ?? '';
      arches[arch] = sh('tar', ['-xzOf', path.join(dir, last.slice('sha256:'.length)), 'arch']);
    }
    expect(arches).toEqual({ amd64: 'x86_64\n', arm64: 'aarch64\n' });
  }, 300_000);

  test('RUN for a foreign platform without qemu fails before building, naming the fix', async () => {
    // This machine has qemu (the test above needs it). The action is run through a shim that starts it in
    // its own mount namespace with an empty binfmt_misc folder: to the action, a runner without emulators.
    const shim = path.join(work, 'no-qemu-shim.mjs');
    await fs.writeFile(
      shim,
      [
        "import { spawnSync } from 'node:child_process';",
        `const r = spawnSync('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c', 'mount -t tmpfs none /proc/sys/fs/binfmt_misc && exec "$0" "$@"', process.execPath, ${JSON.stringify(bundle)}], { stdio: 'inherit' });`,
        'process.exit(r.status ?? 1);',
      ].join('\n'),
    );
    const output = path.join(work, 'out-emul');
    const runnerTemp = await fs.mkdtemp(path.join(work, 'runner-'));
    const run = await runActionBundle(shim, {
      inputs: { builder: 'auto', context: appContext, output, platforms: 'linux/amd64,linux/arm64' },
      env: GITHUB,
      runnerTemp,
      cwd: work,
    });
    expect(run.code).not.toBe(0);
    const message = errorLines(run.log).join('\n');
    expect(message).toMatch(/linux\/arm64/);
    expect(message).toMatch(/qemu-user-static/);
    expect(message).toMatch(/native runner/);
    expect(run.log).not.toContain('STEP 1/');
    await expectNothingAt(output);
  });
});

describe('base image', () => {
  test('FROM a multi-platform image in a registry: each platform manifest records its base.name and base.digest', async () => {
    const registry = await startRegistry();
    try {
      // The base: our own two-platform scratch image, pushed by skopeo to a loopback registry.
      const baseLayout = path.join(work, 'out-base');
      const base = await build({
        context: await makeContext('base', 'scratch', { busybox: false }),
        output: baseLayout,
        tags: '1',
        platforms: 'linux/amd64,linux/arm64',
      });
      expect(base.code).toBe(0);
      const baseRef = `${registry.host}/acme/base:1`;
      sh('skopeo', ['copy', '--quiet', '--all', '--dest-tls-verify=false', `oci:${baseLayout}:1`, `docker://${baseRef}`]);
      const baseIndex = JSON.parse(sh('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${baseRef}`])) as {
        manifests: Array<{ digest: string; platform: { architecture: string } }>;
      };
      const basePerArch = Object.fromEntries(baseIndex.manifests.map((m) => [m.platform.architecture, m.digest]));

      const context = path.join(work, 'derived');
      await fs.mkdir(context);
      await fs.writeFile(path.join(context, 'Dockerfile'), 'ARG BASE=missing\nFROM ${BASE}\nCOPY extra.txt /extra.txt\n');
      await fs.writeFile(path.join(context, 'extra.txt'), 'extra\n');
      const conf = path.join(work, 'registries.conf');
      await fs.writeFile(conf, `[[registry]]\nlocation = "${registry.host}"\ninsecure = true\n`);
      const layout = path.join(work, 'out-derived');
      const run = await build(
        { context, output: layout, 'build-args': `BASE=${baseRef}`, 'public-build-args': 'BASE', platforms: 'linux/amd64,linux/arm64' },
        {
          CONTAINERS_REGISTRIES_CONF: conf,
          SOURCE_DATE_EPOCH: '1700000000',
          // A GitHub Actions run: provenance records the workflow, commit and invocation.
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKFLOW_REF: 'acme/hello-app/.github/workflows/image.yml@refs/heads/main',
          GITHUB_RUN_ID: '99',
          GITHUB_RUN_ATTEMPT: '2',
        },
      );
      expect(run.code).toBe(0);
      const index = JSON.parse(sh('skopeo', ['inspect', '--raw', `oci:${layout}:main`])) as {
        manifests: Array<{ digest: string; platform: { architecture: string } }>;
      };
      for (const m of index.manifests) {
        const manifest = JSON.parse(await fs.readFile(path.join(layout, 'blobs/sha256', m.digest.slice(7)), 'utf8')) as {
          annotations: Record<string, string>;
          layers: unknown[];
        };
        // The base image's name and digest per platform, beside metadata-action's set (the labels, as the `labels` output lists them).
        const labels = (run.outputs.labels ?? '').split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const);
        expect(labels.length).toBeGreaterThan(0);
        expect(manifest.annotations).toEqual({
          ...Object.fromEntries(labels),
          'org.opencontainers.image.base.name': baseRef,
          'org.opencontainers.image.base.digest': basePerArch[m.platform.architecture],
        });
        expect(manifest.layers).toHaveLength(2);
      }
      const meta = JSON.parse(run.outputs.metadata ?? '{}') as { base: unknown; epoch: unknown };
      expect(meta.base).toEqual({ name: baseRef, digest: basePerArch.amd64 });
      expect(meta.epoch).toEqual({ seconds: 1700000000, source: 'SOURCE_DATE_EPOCH' });

      // Provenance: subjects are exactly the layout's index and platform manifests; every recorded base is a resolved dependency.
      const s = JSON.parse(await fs.readFile(run.outputs.provenance ?? '', 'utf8')) as Statement<SlsaProvenanceV1>;
      expect(statementErrors(s)).toEqual([]);
      expect(provenanceErrors(s.predicate)).toEqual([]);
      const layoutDigests = [run.outputs.digest, ...index.manifests.map((m) => m.digest)].sort();
      expect(s.subject.map((x) => `sha256:${x.digest.sha256}`).sort()).toEqual(layoutDigests);
      expect(s.subject.find((x) => x.name === 'index')?.digest.sha256).toBe(run.outputs.digest?.slice(7));
      const deps = s.predicate.buildDefinition.resolvedDependencies ?? [];
      expect(deps).toEqual(expect.arrayContaining([{ uri: `git+https://github.com/acme/hello-app@refs/heads/main`, digest: { gitCommit: SHA } }]));
      expect(
        deps
          .filter((d) => d.name === baseRef)
          .map((d) => `sha256:${d.digest?.sha256}`)
          .sort(),
      ).toEqual(Object.values(basePerArch).sort());
      expect(s.predicate.buildDefinition.externalParameters).toMatchObject({
        workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/hello-app', path: '.github/workflows/image.yml' },
        build: { file: 'derived/Dockerfile', platforms: ['linux/amd64', 'linux/arm64'], buildArgs: [{ name: 'BASE', value: baseRef }] },
      });
      expect(s.predicate.runDetails).toMatchObject({
        builder: { id: 'https://github.com/acme/hello-app/.github/workflows/image.yml@refs/heads/main' },
        metadata: { invocationId: 'https://github.com/acme/hello-app/actions/runs/99/attempts/2' },
      });
    } finally {
      await registry.stop();
    }
  }, 180_000);
});

describe('failures name the problem and leave nothing at output', () => {
  test.each([
    ['a missing context', () => ({ context: path.join(work, 'no-such-folder') }), /the build context '.*no-such-folder' does not exist/],
    ['a missing Dockerfile', async () => ({ context: await fs.mkdtemp(path.join(work, 'empty-')) }), /no Dockerfile or Containerfile in the build context/],
    ['a missing named Dockerfile', () => ({ context: appContext, file: 'Nope.Dockerfile' }), /the Dockerfile 'Nope.Dockerfile' does not exist/],
    [
      'an unknown builder',
      () => ({ context: appContext, builder: 'kaniko' }),
      /input 'builder' is 'kaniko', which is not one of auto, buildah, docker, podman/,
    ],
    [
      'a target that names no stage',
      () => ({ context: appContext, target: 'tests' }),
      /input 'target': the Dockerfile has no stage named 'tests'.*Its stages are: base, final/,
    ],
    [
      'a malformed build-args line',
      () => ({ context: appContext, 'build-args': 'GREETING=hi\nthis line has no equals' }),
      /input 'build-args' line 2 \('this line has no equals'\) is not KEY=value/,
    ],
  ])('%s', async (_name, inputs, message) => {
    const output = path.join(work, `out-fail-${Math.random().toString(16).slice(2)}`);
    const run = await build({ ...(await inputs()), output });
    expect(run.code).not.toBe(0);
    expect(errorLines(run.log).join('\n')).toMatch(message);
    expect(run.summary).toContain('Build failed');
    expect(run.outputs.digest).toBeUndefined();
    await expectNothingAt(output);
  });

  test.each([
    ['podman', 'podman', ['--version']],
    ['docker', 'docker', ['buildx', 'version']],
  ])('asking for %s where it cannot run names what to install', async (builder, cmd, args) => {
    if (canRun(cmd, args)) return; // installed here: nothing to show
    const output = path.join(work, `out-no-${builder}`);
    const run = await build({ context: appContext, output, builder });
    expect(run.code).not.toBe(0);
    const message = errorLines(run.log).join('\n');
    expect(message).toContain(`input 'builder': builder '${builder}' was asked for but cannot run`);
    expect(message).toMatch(/Install /);
    await expectNothingAt(output);
  });

  test('an output folder that holds the context is refused, and the sources survive', async () => {
    const run = await build({ context: appContext, output: work });
    expect(run.code).not.toBe(0);
    expect(errorLines(run.log).join('\n')).toMatch(/input 'output': output '.*' contains the build context/);
    expect(existsSync(path.join(appContext, 'Dockerfile'))).toBe(true);
  });

  test.each([
    ['an unknown instruction', 'unknown-instruction', 4, /Unknown instruction: "FROBNICATE"/],
    ['a failing RUN', 'failing-run', 5, /building at STEP "RUN \/bin\/busybox false": exit status 1/],
  ])(
    'a Dockerfile with %s: error annotation at the file and line',
    async (_name, fixture, line, message) => {
      const context = await makeContext(`broken-${fixture}`, `broken/${fixture}`);
      await fs.writeFile(path.join(context, 'hello.txt'), 'hi\n');
      const output = path.join(work, `out-${fixture}`);
      const run = await build({ context, output });
      expect(run.code).not.toBe(0);
      const rel = path.relative(work, path.join(context, 'Dockerfile'));
      const annotated = errorLines(run.log).find((l) => l.includes(`file=${rel}`));
      expect(annotated).toBeDefined();
      expect(annotated).toContain(`line=${line}`);
      expect(annotated).toMatch(message);
      expect(errorLines(run.log).join('\n')).toContain(`(${rel}:${line})`);
      await expectNothingAt(output);
    },
    120_000,
  );
});
