/**
 * build-image with podman, for real, beside buildah: buildImage() (the core
 * of the action) with builder 'podman' on this machine's podman (Debian's
 * 4.3.1, installed by scripts/ensure-deps.sh), chroot isolation and a vfs
 * store of our own. skopeo and umoci read what it wrote. The same Dockerfiles
 * are built with buildah too: podman is buildah's engine under another CLI,
 * and once the per-run fields are dropped (oci-convert.ts) both give the same
 * bytes, so the same digest (asserted below, the strongest check that
 * podman's flags match buildah's: layer count, compression, history, config).
 *
 * podman is required here, not skipped when missing: a test that cannot fail
 * is a defect, and ensure-deps.sh installs it wherever the distribution has it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { BuildReport, BuildRequest } from '../../shared/src/builders/build.js';
import type { BuilderChoice } from '../../shared/src/builders/builder.js';
import { digestBytes } from '../../shared/src/oci/digest.js';
import { podmanRunroot } from '../../shared/src/builders/podman.js';
import { MediaType } from '../../shared/src/oci/media-types.js';
import { runBuild } from '../support/build-fixture.js';
import { debianImage } from '../support/debian-image.js';
import { arm64Busybox, requireArm64Emulation } from '../support/foreign-arch.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { skopeo, skopeoDigest } from '../support/skopeo.js';
import { parseCacheSpecs } from '../../shared/src/builders/cache-spec.js';
import type { ConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';

const fixtures = path.join(process.cwd(), 'test/fixtures/build');
const SECRET = 'p0dman-s3cret-71c4';

let work: string;

const sh = (cmd: string, args: string[]): string => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 }).toString();

interface Built {
  report: BuildReport;
  /** Every line the build logged (info, debug, warning), as the runner would show it. */
  lines: string[];
  runnerTemp: string;
}

/** A copy of a fixture folder, with a static busybox when asked; not in a git repository, so SOURCE_DATE_EPOCH fixes the time. */
async function context(name: string, fixture: string, busybox = false): Promise<string> {
  const dir = path.join(work, name);
  await fs.cp(path.join(fixtures, fixture), dir, { recursive: true });
  if (busybox) await fs.copyFile('/bin/busybox', path.join(dir, 'busybox'));
  return dir;
}

/**
 * buildImage() as build-image's run() calls it. Each builder keeps one store
 * for the file (IMAGE_PIPELINE_STORAGE), as a job's steps share RUNNER_TEMP.
 */
async function build(builder: BuilderChoice, ctx: string, over: Partial<BuildRequest> = {}, env: Record<string, string> = {}): Promise<Built> {
  const r = await runBuild(work, ctx, { builder, ...over }, { IMAGE_PIPELINE_STORAGE: path.join(work, 'storage'), STORAGE_DRIVER: 'vfs', ...env });
  if (r.report === undefined) throw r.error;
  return { report: r.report, lines: r.lines, runnerTemp: r.runnerTemp };
}

/** What the store of `tool` still holds: image ids, intermediate ones included. */
const storeImages = (tool: 'podman' | 'buildah'): string[] => {
  const root = path.join(work, 'storage', tool, 'root');
  const runroot = tool === 'podman' ? podmanRunroot(root) : path.join(work, 'storage', tool, 'run');
  const flags = ['--root', root, '--runroot', runroot, '--storage-driver', 'vfs'];
  const out = tool === 'podman' ? sh('podman', [...flags, 'images', '--all', '--quiet']) : sh('buildah', [...flags, 'images', '--all', '--quiet']);
  return out.split('\n').filter((l) => l !== '');
};

const readJson = async <T>(layout: string, digest: string): Promise<T> =>
  JSON.parse(await fs.readFile(path.join(layout, 'blobs/sha256', digest.slice('sha256:'.length)), 'utf8')) as T;

interface Manifest {
  mediaType: string;
  config: { digest: string };
  layers: Array<{ mediaType: string; digest: string; size: number }>;
}

beforeAll(async () => {
  // Fails, naming the fix, where podman is missing (see the header).
  expect(sh('podman', ['--version'])).toMatch(/^podman version \d+\./);
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'build-image-podman-'));
});

afterAll(async () => {
  if (work === undefined) return;
  // podman's run-time folders live outside the stores (podman.ts podmanRunroot): one per store this file used.
  for (const store of await fs.readdir(work).catch(() => [] as string[]))
    if (store.startsWith('storage')) await fs.rm(podmanRunroot(path.join(work, store, 'podman', 'root')), { recursive: true, force: true });
  await fs.rm(work, { recursive: true, force: true });
});

describe('podman builds FROM scratch + COPY', () => {
  let first: Built;
  beforeAll(async () => {
    first = await build('podman', await context('scratch', 'scratch'));
  }, 120_000);

  test('podman ran (asked for by the builder input), with its own store, and wrote a layout skopeo reads', () => {
    expect(first.report.builder).toBe('podman');
    expect(first.lines).toContain('Builder: podman (asked for by the builder input)');
    const argv = first.lines.find((l) => l.startsWith(`podman --root ${path.join(work, 'storage', 'podman', 'root')} --runroot `));
    expect(argv).toBeDefined();
    // podman refuses a runroot over 50 characters: it gets a short one of its own (podman.ts), not the one beside the root.
    const runroot = (argv ?? '').split(' ')[4] ?? '';
    expect(runroot).toBe(podmanRunroot(path.join(work, 'storage', 'podman', 'root')));
    expect(runroot.length).toBeLessThanOrEqual(50);
    // It is outside RUNNER_TEMP, so the build removes it when it ends (runroot.ts): nothing else would.
    expect(existsSync(runroot)).toBe(false);
    const raw = sh('skopeo', ['inspect', '--raw', `oci:${first.report.layout}:t`]);
    expect(digestBytes(raw)).toBe(first.report.digest);
    expect(first.report.platforms).toEqual(['linux/amd64']);
  });

  test('the one COPY is one gzip layer holding the file, the config is OCI with the fixed time and the CMD', async () => {
    const m = await readJson<Manifest>(first.report.layout, first.report.digest);
    expect(m.mediaType).toBe(MediaType.OciManifest);
    expect(m.layers.map((l) => l.mediaType)).toEqual([MediaType.OciLayerGzip]);
    const layer = await fs.readFile(path.join(first.report.layout, 'blobs/sha256', (m.layers[0]?.digest ?? '').slice(7)));
    expect(gunzipSync(layer).includes(Buffer.from('hello, any architecture\n'))).toBe(true);
    const config = await readJson<{ created: string; config: { Cmd: string[] } }>(first.report.layout, m.config.digest);
    expect(config.created).toBe('2024-05-01T12:00:00Z');
    expect(config.config.Cmd).toEqual(['/hello.txt']);
  });

  test('two podman builds of one store at once share its runroot: both succeed, and the last one out removes it', async () => {
    const ctx = path.join(work, 'scratch');
    const env = { IMAGE_PIPELINE_STORAGE: path.join(work, 'storage-together') };
    const [a, b] = await Promise.all([build('podman', ctx, {}, env), build('podman', ctx, {}, env)]);
    expect(a.report.digest).toBe(first.report.digest);
    expect(b.report.digest).toBe(first.report.digest);
    expect(existsSync(podmanRunroot(path.join(work, 'storage-together', 'podman', 'root')))).toBe(false);
  }, 180_000);

  test('a second podman build gives the same digest, and so does buildah', async () => {
    const again = await build('podman', path.join(work, 'scratch'));
    expect(again.report.digest).toBe(first.report.digest);
    const buildah = await build('buildah', path.join(work, 'scratch'));
    expect(buildah.report.builder).toBe('buildah');
    expect(buildah.report.digest).toBe(first.report.digest);
  }, 120_000);
});

describe('podman builds a multi-stage Dockerfile with a build secret', () => {
  // test/fixtures/build/app: busybox on scratch as the first stage, then FROM that stage with ARG, COPY --chown,
  // RUN --mount=type=secret, USER, WORKDIR, HEALTHCHECK.
  let app: Built;
  let ctx: string;
  const request = (): Partial<BuildRequest> => ({ buildArgs: new Map([['GREETING', 'hi from podman']]), secrets: new Map([['token', SECRET]]) });
  beforeAll(async () => {
    ctx = await context('app', 'app', true);
    app = await build('podman', ctx, request());
  }, 180_000);

  test('one layer per stage, like buildah: the final stage starts from the first', async () => {
    const m = await readJson<Manifest>(app.report.layout, app.report.digest);
    expect(m.layers.map((l) => l.mediaType)).toEqual([MediaType.OciLayerGzip, MediaType.OciLayerGzip]);
    expect(app.report.layers).toBe(2);
  });

  test('umoci unpacks it: the build arg, COPY --chown and the secret mount did their work, and the secret file is not in the image', async () => {
    const bundle = path.join(work, 'app-unpacked');
    sh('umoci', ['unpack', '--image', `${app.report.layout}:t`, bundle]);
    const rootfs = path.join(bundle, 'rootfs');
    expect(await fs.readFile(path.join(rootfs, 'app/greeting'), 'utf8')).toBe('hi from podman\n');
    expect((await fs.stat(path.join(rootfs, 'app/hello.txt'))).uid).toBe(1000);
    expect(await fs.readFile(path.join(rootfs, 'app/token-length'), 'utf8')).toBe(`${SECRET.length}\n`);
    expect(existsSync(path.join(rootfs, 'run/secrets/token'))).toBe(false);
    const config = await readJson<{ config: { User: string; WorkingDir: string; Healthcheck: { Test: string[] } } }>(app.report.layout, app.report.imageid);
    expect(config.config).toMatchObject({ User: '1000:1000', WorkingDir: '/app', Healthcheck: { Test: ['CMD', '/bin/test', '-f', '/app/greeting'] } });
  });

  test('the secret value is in no blob of the layout and in no line podman logged', async () => {
    const blobs = path.join(app.report.layout, 'blobs/sha256');
    for (const b of await fs.readdir(blobs)) {
      const bytes = await fs.readFile(path.join(blobs, b));
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      expect(plain.includes(SECRET)).toBe(false);
    }
    // The build did log podman's steps (so the check below looked at real output).
    expect(app.lines.some((l) => l.includes('RUN --mount=type=secret,id=token'))).toBe(true);
    expect(app.lines.filter((l) => l.includes(SECRET))).toEqual([]);
    // The secret's file and the build's work folder are gone.
    expect((await fs.readdir(app.runnerTemp)).filter((f) => f.startsWith('image-pipeline-build-'))).toEqual([]);
  });

  test("nothing of the build is left in podman's store (no named image, no intermediate stage or layer image)", () => {
    expect(storeImages('podman')).toEqual([]);
  });

  test('buildah builds the same Dockerfile to the same digest', async () => {
    const buildah = await build('buildah', ctx, request());
    expect(buildah.report.builder).toBe('buildah');
    expect(buildah.report.imageid).toBe(app.report.imageid);
    expect(buildah.report.digest).toBe(app.report.digest);
  }, 180_000);
});

describe('podman builds several platforms into one index', () => {
  test('FROM scratch + COPY for linux/amd64 and linux/arm64, no emulator needed; buildah gives the same index', async () => {
    const ctx = path.join(work, 'scratch-multi');
    await fs.cp(path.join(fixtures, 'scratch'), ctx, { recursive: true });
    const multi = await build('podman', ctx, { platforms: ['linux/amd64', 'linux/arm64'] });
    const raw = sh('skopeo', ['inspect', '--raw', `oci:${multi.report.layout}:t`]);
    expect(digestBytes(raw)).toBe(multi.report.digest);
    const index = JSON.parse(raw) as { mediaType: string; manifests: Array<{ digest: string; platform: { os: string; architecture: string } }> };
    expect(index.mediaType).toBe(MediaType.OciIndex);
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
    const arm = JSON.parse(sh('skopeo', ['--override-arch', 'arm64', 'inspect', '--config', `oci:${multi.report.layout}:t`])) as { architecture: string };
    expect(arm.architecture).toBe('arm64');
    const buildah = await build('buildah', ctx, { platforms: ['linux/amd64', 'linux/arm64'] });
    expect(buildah.report.digest).toBe(multi.report.digest);
  }, 180_000);

  test('RUN for linux/amd64 and linux/arm64 (qemu): each platform image ran its own architecture', async () => {
    await requireArm64Emulation();
    const ctx = await context('multiarch', 'multiarch');
    await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox-amd64'));
    await fs.copyFile(await arm64Busybox(), path.join(ctx, 'busybox-arm64'));
    const multi = await build('podman', ctx, { platforms: ['linux/amd64', 'linux/arm64'] });
    expect(multi.report.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    const arches: Record<string, string> = {};
    for (const m of multi.report.manifests) {
      const manifest = await readJson<Manifest>(multi.report.layout, m.digest);
      const config = await readJson<{ architecture: string }>(multi.report.layout, manifest.config.digest);
      const last = manifest.layers[manifest.layers.length - 1]?.digest ?? '';
      arches[config.architecture] = sh('tar', ['-xzOf', path.join(multi.report.layout, 'blobs/sha256', last.slice(7)), 'arch']);
    }
    expect(arches).toEqual({ amd64: 'x86_64\n', arm64: 'aarch64\n' });
  }, 300_000);
});

describe('podman and a private registry (basic auth, plain HTTP on loopback): base image and layer cache', () => {
  const USER = 'podman-ci';
  const PASSWORD = 'pa55-podman-3e1d';
  const CREDS = `${USER}:${PASSWORD}`;
  let registry: Registry;
  let connect: ConnectInputs;
  let baseRef: string;
  let baseDigest: string;

  beforeAll(async () => {
    registry = await startRegistry({ extraConfig: await basicAuthConfig({ [USER]: PASSWORD }) });
    connect = { registryAuth: [{ registry: registry.host, username: USER, password: PASSWORD }], githubToken: '', insecureRegistries: [] };
    // Debian's minbase (debootstrap, cached by test/support/debian-image.ts), pushed byte for byte.
    const debian = await debianImage({ name: 'podman-base' });
    baseRef = `${registry.host}/library/debian:bookworm`;
    await skopeo([
      '--insecure-policy',
      'copy',
      '--dest-tls-verify=false',
      '--dest-creds',
      CREDS,
      '--preserve-digests',
      `oci:${debian.layout}:latest`,
      `docker://${baseRef}`,
    ]);
    baseDigest = await skopeoDigest(baseRef, CREDS);
  }, 600_000);

  afterAll(async () => {
    await registry?.stop();
  });

  test("registry-auth: RUN in the private base's own shell; its name and digest (podman's image inspect) are recorded; buildah agrees", async () => {
    const ctx = path.join(work, 'on-debian');
    await fs.mkdir(ctx);
    await fs.writeFile(
      path.join(ctx, 'Dockerfile'),
      `ARG BASE\nFROM \${BASE}\nRUN cat /etc/debian_version > /built-on && dpkg-query -W -f='\${Version}' base-files > /base-files\n`,
    );
    const req: Partial<BuildRequest> = { buildArgs: new Map([['BASE', baseRef]]), connect };
    const built = await build('podman', ctx, req);
    expect(built.report.base).toEqual({ name: baseRef, digest: baseDigest });
    expect(built.report.baseImages).toEqual([{ name: baseRef, digest: baseDigest }]);
    const m = await readJson<Manifest & { annotations: Record<string, string> }>(built.report.layout, built.report.digest);
    expect(m.annotations).toMatchObject({ 'org.opencontainers.image.base.name': baseRef, 'org.opencontainers.image.base.digest': baseDigest });
    // The RUN's layer (the last) holds what Debian's own tools said.
    const last = path.join(built.report.layout, 'blobs/sha256', (m.layers[m.layers.length - 1]?.digest ?? '').slice(7));
    expect(sh('tar', ['-xzOf', last, 'built-on'])).toMatch(/^12\.\d+\n$/);
    expect(sh('tar', ['-xzOf', last, 'base-files'])).toMatch(/^12\.\d+/);
    const buildah = await build('buildah', ctx, req);
    expect(buildah.report.digest).toBe(built.report.digest);
    // The credentials went to podman in a file: the password is in no line of either build.
    for (const b of [built, buildah]) expect(b.lines.filter((l) => l.includes(PASSWORD))).toEqual([]);
  }, 300_000);

  describe('layer cache (cache-to, then cache-from on fresh storage)', () => {
    let cold: Built;
    let warm: Built;
    let uncached: Built;
    let cacheRef: string;
    const warnings = (b: Built): string[] => b.lines.filter((l) => /cache/i.test(l) && /could not|not reachable|dropped|refused|warning/i.test(l));
    const steps = (b: Built, what: 'Pushing' | 'Using'): number => b.lines.filter((l) => l.startsWith(`--> ${what} cache `)).length;

    beforeAll(async () => {
      const ctx = await context('cached', 'scratch', true);
      // The first RUN writes the time in nanoseconds: only a reused step gives the same bytes (and digest) again.
      await fs.writeFile(
        path.join(ctx, 'Dockerfile'),
        [
          'FROM scratch',
          'COPY busybox /bin/busybox',
          'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox mkdir /out && /bin/busybox date +%s%N > /out/stamp"]',
          'COPY hello.txt /hello.txt',
          'RUN ["/bin/busybox", "sh", "-c", "/bin/busybox cat /hello.txt /out/stamp > /out/both"]',
          '',
        ].join('\n'),
      );
      cacheRef = `${registry.host}/cache/podman`;
      const cache = (): Partial<BuildRequest> => ({
        cacheFrom: parseCacheSpecs(`type=registry,ref=${cacheRef}`, 'cache-from'),
        cacheTo: parseCacheSpecs(`type=registry,ref=${cacheRef},mode=max`, 'cache-to'),
        connect,
      });
      cold = await build('podman', ctx, cache(), { IMAGE_PIPELINE_STORAGE: path.join(work, 'storage-cold') });
      warm = await build('podman', ctx, cache(), { IMAGE_PIPELINE_STORAGE: path.join(work, 'storage-warm') });
      // The same layered build on a fresh store with nothing to read (its cache goes elsewhere).
      uncached = await build(
        'podman',
        ctx,
        { cacheTo: parseCacheSpecs(`type=registry,ref=${registry.host}/cache/other`, 'cache-to'), connect },
        { IMAGE_PIPELINE_STORAGE: path.join(work, 'storage-uncached') },
      );
    }, 300_000);

    test('the cold build exports one tag per step; on fresh storage the warm build reads every one back instead of running it', async () => {
      expect(warnings(cold)).toEqual([]);
      expect(warnings(warm)).toEqual([]);
      const tags = JSON.parse(await skopeo(['list-tags', '--tls-verify=false', '--creds', CREDS, `docker://${cacheRef}`])) as { Tags: string[] };
      // The Dockerfile's four steps, then the step of the labels build-image adds: each under its 64-hex cache key.
      expect(steps(cold, 'Pushing')).toBeGreaterThanOrEqual(4);
      expect(tags.Tags.length).toBe(steps(cold, 'Pushing'));
      for (const t of tags.Tags) expect(t).toMatch(/^[a-f0-9]{64}$/);
      expect(steps(cold, 'Using')).toBe(0);
      expect(steps(warm, 'Using')).toBe(steps(cold, 'Pushing'));
    });

    test('without a cache to read, the same layered build runs its steps again: a new time stamp, another digest', () => {
      expect(steps(uncached, 'Using')).toBe(0);
      expect(uncached.report.layers).toBe(cold.report.layers);
      expect(uncached.report.digest).not.toBe(cold.report.digest);
    });

    test('the registry password is in no line of any build', () => {
      for (const b of [cold, warm, uncached]) expect(b.lines.filter((l) => l.includes(PASSWORD))).toEqual([]);
    });

    // A build with a cache tags the image in the store and pushes it to dir:; podman's push writes dir: uncompressed
    // unless given --compress (buildah's compresses), which made cold layers plain tar and warm ones plain tar labelled
    // gzip. getPushArgs passes --compress for podman; this test failed before that.
    test('the warm image is the cold one byte for byte, and every layer blob really is gzip', async () => {
      for (const b of [cold, warm]) {
        const m = await readJson<Manifest>(b.report.layout, b.report.digest);
        for (const l of m.layers) {
          expect(l.mediaType).toBe(MediaType.OciLayerGzip);
          const head = await fs.readFile(path.join(b.report.layout, 'blobs/sha256', l.digest.slice(7))).then((x) => x.subarray(0, 2).toString('hex'));
          expect(head).toBe('1f8b');
        }
      }
      expect(warm.report.digest).toBe(cold.report.digest);
    });
  });
});
