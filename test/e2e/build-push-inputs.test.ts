/**
 * build-push-action's build inputs with real buildah (chroot isolation, vfs
 * storage): a `with:` block using secrets (one quoted multi-line value with a
 * comma), secret-files, secret-envs, a quoted build-arg holding a comma and a
 * folder build-context goes through build-image's getInputs and buildImage.
 * The RUN step writes the SHA-256 of each secret mount into the image, and the
 * test reads them back from the OCI layout it wrote. A `buildah` wrapper first
 * on PATH records every argv: no secret value may appear there, nor in any
 * blob of the layout (layers decompressed), and no secret file outlives the build.
 *
 * No base image: FROM scratch with a static busybox copied into the context.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { getInputs } from '../../build-image/src/context.js';
import { buildImage, type BuildReport } from '../../shared/src/builders/build.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startRegistry, type Registry } from '../support/registry.js';

const FILE_SECRET = 'file-secret-value-71c3e0';
const ENV_SECRET = 'env-secret-value-5d2a9b';
const MULTI_SECRET = 'line one of the key 3f9a\nline, two 8c1d\n';
const PLAIN_SECRET = 'plain-secret-value-a41f';
const SECRETS = [FILE_SECRET, ENV_SECRET, 'line one of the key 3f9a', 'line, two 8c1d', PLAIN_SECRET];

const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
  'ARG GREETING',
  'COPY --from=extra e.txt /extra.txt',
  'RUN --mount=type=secret,id=file_secret --mount=type=secret,id=env_secret --mount=type=secret,id=multi --mount=type=secret,id=plain \\',
  '    cd /run/secrets && sha256sum file_secret env_secret multi plain > /sums && echo "$GREETING" > /greeting',
  '',
].join('\n');

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

let work: string;
let argvLog: string;
let savedPath: string | undefined;
let report: BuildReport | undefined;
let failure: unknown;
const lines: string[] = [];
let runnerTemp: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-push-inputs-'));
  const ctx = path.join(work, 'app');
  await fs.mkdir(ctx);
  await fs.writeFile(path.join(ctx, 'Dockerfile'), DOCKERFILE);
  await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox'));
  await fs.mkdir(path.join(work, 'extra'));
  await fs.writeFile(path.join(work, 'extra', 'e.txt'), 'from the named context\n');
  await fs.writeFile(path.join(work, 'secret.txt'), FILE_SECRET);
  // buildah, as build-image runs it, but every argv recorded first.
  const bin = path.join(work, 'bin');
  await fs.mkdir(bin);
  argvLog = path.join(work, 'argv.log');
  const real = execFileSync('sh', ['-c', 'command -v buildah']).toString().trim();
  await fs.writeFile(path.join(bin, 'buildah'), `#!/bin/sh\nprintf '%s\\n' "$@" >> '${argvLog}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  savedPath = process.env.PATH;
  process.env.PATH = `${bin}:${savedPath ?? ''}`;
  // secret-envs: the variable is the step's (the builder reads it from its own environment).
  process.env.E2E_ENV_SECRET = ENV_SECRET;

  runnerTemp = path.join(work, 'runner');
  await fs.mkdir(runnerTemp);
  const env = {
    ...process.env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: work,
    SOURCE_DATE_EPOCH: '1714564800',
    STORAGE_DRIVER: 'vfs',
    GITHUB_SHA: 'c'.repeat(40),
    ...inputEnv({
      context: ctx,
      builder: 'buildah',
      output: path.join(work, 'layout'),
      tags: 'e2e',
      'build-args': '"GREETING=hello, world"',
      secrets: `"multi=${MULTI_SECRET}"\nplain=${PLAIN_SECRET}`,
      'secret-files': '"file_secret=./secret.txt"',
      'secret-envs': 'env_secret=E2E_ENV_SECRET',
      'build-contexts': 'extra=./extra',
      pull: 'false',
      network: 'host',
      ulimit: 'nofile=1024:1024',
      provenance: 'false',
    }),
  };
  const inputs = getInputs(env);
  if (inputs.kind !== 'container') throw new Error('expected a container build');
  const { kind: _k, 'build-args': buildArgs, provenance: _p, publicBuildArgs: _b, ...rest } = inputs;
  const log = { info: (l: string) => lines.push(l), debug: (l: string) => lines.push(l), warning: (l: string) => lines.push(l) };
  try {
    report = await buildImage({ ...rest, buildArgs }, { log });
  } catch (e) {
    failure = e;
  }
}, 240_000);

afterAll(async () => {
  if (savedPath !== undefined) process.env.PATH = savedPath;
  delete process.env.E2E_ENV_SECRET;
  await fs.rm(work, { recursive: true, force: true });
});

/** Every file of the layout, layers decompressed. */
async function layoutBytes(layout: string): Promise<Buffer[]> {
  const dir = path.join(layout, 'blobs', 'sha256');
  const out: Buffer[] = [];
  for (const name of await fs.readdir(dir)) {
    const b = await fs.readFile(path.join(dir, name));
    out.push(b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b);
  }
  for (const f of ['index.json', 'oci-layout']) out.push(await fs.readFile(path.join(layout, f)));
  return out;
}

/** The image's files, every layer unpacked in order into one folder. */
async function unpack(layout: string): Promise<string> {
  const index = JSON.parse(await fs.readFile(path.join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
  const blob = (d: string): string => path.join(layout, 'blobs', 'sha256', d.replace('sha256:', ''));
  const manifest = JSON.parse(await fs.readFile(blob(index.manifests[0]?.digest ?? ''), 'utf8')) as { layers: Array<{ digest: string }> };
  const root = path.join(work, 'rootfs');
  await fs.mkdir(root, { recursive: true });
  for (const l of manifest.layers) execFileSync('tar', ['-xzf', blob(l.digest), '-C', root]);
  return root;
}

describe('build-push-action build inputs with real buildah', () => {
  test('the build succeeds', () => {
    expect(failure).toBeUndefined();
    expect(report?.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
  });

  test('the RUN step saw each secret mount with its exact value (multi-line, comma, file, env)', async () => {
    const root = await unpack(report?.layout ?? '');
    const sums = (await fs.readFile(path.join(root, 'sums'), 'utf8')).trim().split('\n');
    expect(sums).toEqual([
      `${sha256(FILE_SECRET)}  file_secret`,
      `${sha256(ENV_SECRET)}  env_secret`,
      `${sha256(MULTI_SECRET)}  multi`,
      `${sha256(PLAIN_SECRET)}  plain`,
    ]);
    expect(await fs.readFile(path.join(root, 'greeting'), 'utf8')).toBe('hello, world\n');
    expect(await fs.readFile(path.join(root, 'extra.txt'), 'utf8')).toBe('from the named context\n');
  });

  test('buildah got the mounts as files and a variable name, the context and options as flags', async () => {
    const argv = await fs.readFile(argvLog, 'utf8');
    expect(argv).toMatch(/^--secret\nid=multi,src=.*\/secrets-[^/]+\/multi$/m);
    expect(argv).toContain(`--secret\nid=file_secret,src=${path.join(work, 'secret.txt')}\n`);
    expect(argv).toContain('--secret\nid=env_secret,env=E2E_ENV_SECRET\n');
    expect(argv).toContain(`--build-context\nextra=${path.join(work, 'extra')}\n`);
    expect(argv).toContain('--network\nhost\n--ulimit\nnofile=1024:1024\n');
  });

  test('no secret value is on any argv, in any blob of the layout, or left in a file', async () => {
    const argv = await fs.readFile(argvLog, 'utf8');
    const blobs = await layoutBytes(report?.layout ?? '');
    for (const s of SECRETS) {
      expect(argv).not.toContain(s);
      for (const b of blobs) expect(b.includes(s)).toBe(false);
    }
    expect(lines.join('\n')).not.toContain(PLAIN_SECRET);
    // The 0600 files and the build's work folder are gone; only the store and the layout remain under RUNNER_TEMP.
    const left = await fs.readdir(runnerTemp);
    expect(left.filter((n) => n.startsWith('image-pipeline-build-'))).toEqual([]);
  });
});

/**
 * A named context that is an image (docker-image://) in a loopback registry,
 * the first build's image pushed there with skopeo: `FROM base` takes it, not
 * a stage or Docker Hub, and pull: true pulls it (--pull=always). Plain HTTP
 * because the registry is loopback (registry-access.ts), as for any FROM.
 */
describe('a docker-image:// build context from a registry, pull: true', () => {
  let registry: Registry;
  let second: BuildReport | undefined;
  let secondFailure: unknown;

  beforeAll(async () => {
    registry = await startRegistry();
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', `oci:${report?.layout ?? ''}:e2e`, `docker://${registry.host}/base:1`]);
    const ctx = path.join(work, 'app2');
    await fs.mkdir(ctx);
    await fs.writeFile(path.join(ctx, 'Dockerfile'), 'FROM base\nRUN cat /extra.txt /greeting > /from-base\n');
    await fs.writeFile(argvLog, '');
    const rt = path.join(work, 'runner2');
    await fs.mkdir(rt);
    const env = {
      ...process.env,
      RUNNER_TEMP: rt,
      GITHUB_WORKSPACE: work,
      SOURCE_DATE_EPOCH: '1714564800',
      STORAGE_DRIVER: 'vfs',
      GITHUB_SHA: 'c'.repeat(40),
      ...inputEnv({
        context: ctx,
        builder: 'buildah',
        output: path.join(work, 'layout2'),
        tags: 'e2e',
        'build-contexts': `base=docker-image://${registry.host}/base:1`,
        pull: 'true',
        provenance: 'false',
      }),
    };
    const inputs = getInputs(env);
    if (inputs.kind !== 'container') throw new Error('expected a container build');
    const { kind: _k, 'build-args': buildArgs, provenance: _p, publicBuildArgs: _b, ...rest } = inputs;
    const log = { info: (l: string) => lines.push(l), debug: (l: string) => lines.push(l), warning: (l: string) => lines.push(l) };
    try {
      second = await buildImage({ ...rest, buildArgs }, { log });
    } catch (e) {
      secondFailure = e;
    }
  }, 240_000);

  afterAll(async () => {
    await registry.stop();
  });

  test('FROM base is the image the context names', async () => {
    expect(secondFailure).toBeUndefined();
    const index = JSON.parse(await fs.readFile(path.join(second?.layout ?? '', 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
    const blob = (d: string): string => path.join(second?.layout ?? '', 'blobs', 'sha256', d.replace('sha256:', ''));
    const manifest = JSON.parse(await fs.readFile(blob(index.manifests[0]?.digest ?? ''), 'utf8')) as {
      layers: Array<{ digest: string }>;
      annotations?: Record<string, string>;
    };
    // The base is the image the context named, not a Docker Hub image called base.
    expect(manifest.annotations?.['org.opencontainers.image.base.name']).toBe(`${registry.host}/base:1`);
    expect(second?.base?.name).toBe(`${registry.host}/base:1`);
    const root = path.join(work, 'rootfs2');
    await fs.mkdir(root);
    for (const l of manifest.layers) execFileSync('tar', ['-xzf', blob(l.digest), '-C', root]);
    expect(await fs.readFile(path.join(root, 'from-base'), 'utf8')).toBe('from the named context\nhello, world\n');
    const argv = await fs.readFile(argvLog, 'utf8');
    expect(argv).toContain(`--build-context\nbase=docker-image://${registry.host}/base:1\n--pull=always\n`);
  });
});

/** What buildah cannot do, or a secret file that is not there, fails before buildah runs, naming the input (and line). */
describe('refused before the builder runs', () => {
  const attempt = async (inputs: Record<string, string>): Promise<{ error: unknown; argv: string }> => {
    await fs.writeFile(argvLog, '');
    const rt = await fs.mkdtemp(path.join(work, 'runner-refused-'));
    const env = {
      ...process.env,
      RUNNER_TEMP: rt,
      GITHUB_WORKSPACE: work,
      STORAGE_DRIVER: 'vfs',
      ...inputEnv({ context: path.join(work, 'app'), builder: 'buildah', output: path.join(rt, 'layout'), tags: 'e2e', provenance: 'false', ...inputs }),
    };
    const i = getInputs(env);
    if (i.kind !== 'container') throw new Error('expected a container build');
    const { kind: _k, 'build-args': buildArgs, provenance: _p, publicBuildArgs: _b, ...rest } = i;
    const error = await buildImage({ ...rest, buildArgs }, { log: { info: () => undefined, debug: () => undefined, warning: () => undefined } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // Only the builder probe (buildah --version) may have run: no bud.
    return { error, argv: await fs.readFile(argvLog, 'utf8') };
  };

  test('network none', async () => {
    const { error, argv } = await attempt({ network: 'none' });
    expect(error).toMatchObject({ code: 'INPUT', input: 'network' });
    expect(argv).not.toContain('bud');
  }, 60_000);

  test('a secret file that does not exist, by its line', async () => {
    const { error, argv } = await attempt({ 'secret-files': 'ok=./secret.txt\nmissing=./nope.txt' });
    expect(error).toMatchObject({ code: 'INPUT', input: 'secret-files', line: 2 });
    expect(String((error as Error).message)).toMatch(/'\.\/nope\.txt' \(for secret 'missing'\) does not exist/);
    expect(argv).not.toContain('bud');
  }, 60_000);

  test('a git build context', async () => {
    const { error, argv } = await attempt({ 'build-contexts': 'src=https://github.com/acme/lib.git#main' });
    expect(error).toMatchObject({ code: 'INPUT', input: 'build-contexts', line: 1 });
    expect(argv).not.toContain('bud');
  }, 60_000);
});
