/**
 * build-image's push, load and outputs (issue 15 item 3) with real buildah
 * (chroot isolation, vfs), run in process as the runner runs main() (inputs
 * from INPUT_*): a push to a loopback docker-registry with htpasswd basic
 * auth through registry-auth, checked with skopeo; metadata-action's images
 * with spec tags; a registry that refuses the credentials (the step fails,
 * its outputs are still there, no tag lands); load into a containers-storage
 * that buildah then runs the image from; and an OCI layout tarball and folder
 * that skopeo reads.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { memoryIO, type Recorded } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { buildImage } from '../../build-image/src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startBuildFixture, stopBuildFixture } from '../support/build-fixture.js';
import type { Registry } from '../support/registry.js';
import { skopeo, skopeoDigest } from '../support/skopeo.js';

const USER = 'ci';
const PASSWORD = 'pw-4b1d9e7c';

let work: string;
let ctx: string;
let registry: Registry;

const registryAuth = (password: string): string => `- registry: ${registry.host}\n  username: ${USER}\n  password: ${password}`;

/** One build-image step, in process, on its own RUNNER_TEMP; the recorded outputs, log and failure. */
async function step(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Recorded> {
  const runnerTemp = await fs.mkdtemp(path.join(work, 'runner-'));
  const io = memoryIO();
  const env = {
    ...inputEnv({ context: ctx, builder: 'buildah', output: path.join(runnerTemp, 'layout'), provenance: 'false', ...inputs }),
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: work,
    SOURCE_DATE_EPOCH: '1714564800',
    STORAGE_DRIVER: 'vfs',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REPOSITORY: 'acme/app',
    // Tests talk only to loopback: the repository facts' API call (build.ts) must not reach api.github.com.
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    ...extraEnv,
  };
  await main(buildImage, env, io);
  return io.recorded;
}

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(cmd, args, { env, maxBuffer: 16 * 1024 * 1024 }, (e, stdout, stderr) =>
      e !== null ? reject(new Error(`${cmd} ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });

const creds = `${USER}:${PASSWORD}`;

const CONTEXT = { 'hello.txt': 'hello from build-image\n', Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY hello.txt /hello.txt\n' };
beforeAll(async () => ({ work, ctx, registry } = await startBuildFixture('build-image-publish-e2e-', CONTEXT, { users: { [USER]: PASSWORD } })), 60_000);

afterAll(() => stopBuildFixture(work, registry));

describe('push: true', () => {
  test('full references in tags: both tags resolve to the built digest, with basic auth from registry-auth', async () => {
    const refs = [`${registry.host}/team/app:1.0`, `${registry.host}/team/app:latest`];
    const r = await step({ tags: refs.join(','), push: 'true', 'registry-auth': registryAuth(PASSWORD) });
    expect(r.failed).toBeUndefined();
    const digest = r.outputs.digest as string;
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    for (const ref of refs) expect(await skopeoDigest(ref, creds)).toBe(digest);
    expect(r.outputs.tags).toBe(refs.join('\n'));
    expect(JSON.parse(r.outputs.json as string)).toMatchObject({ tags: refs, 'tag-names': ['1.0', 'latest'] });
    const meta = JSON.parse(r.outputs.metadata as string) as Record<string, unknown>;
    expect(meta['containerimage.digest']).toBe(digest);
    expect(meta['image.name']).toBe(refs.join(','));
    expect(meta['containerimage.config.digest']).toBe(r.outputs.imageid);
    expect(meta['containerimage.descriptor']).toEqual({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest,
      size: expect.any(Number),
      platform: { architecture: expect.any(String), os: 'linux' },
    });
    // The layout keeps the tag names (what distribute-image and the reusable workflow read).
    const index = JSON.parse(await fs.readFile(path.join(r.outputs.layout as string, 'index.json'), 'utf8')) as {
      manifests: Array<{ annotations: Record<string, string> }>;
    };
    expect(index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name'])).toEqual(['1.0', 'latest']);
    expect(r.masked).toContain(PASSWORD);
    expect(JSON.stringify(r.log)).not.toContain(PASSWORD);
  }, 240_000);

  test("images with metadata-action's spec tags: every image gets every computed tag", async () => {
    const r = await step(
      {
        images: `${registry.host}/team/meta`,
        tags: 'type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}',
        push: 'true',
        'registry-auth': registryAuth(PASSWORD),
      },
      { GITHUB_REF: 'refs/tags/v1.2.3' },
    );
    expect(r.failed).toBeUndefined();
    const want = ['1.2.3', '1.2', 'latest'].map((t) => `${registry.host}/team/meta:${t}`);
    expect(r.outputs.tags).toBe(want.join('\n'));
    for (const ref of want) expect(await skopeoDigest(ref, creds)).toBe(r.outputs.digest);
    expect(r.outputs.version).toBe('1.2.3');
  }, 240_000);

  test('a registry that refuses the credentials fails the step with a clear error; the outputs are there and no tag is', async () => {
    const ref = `${registry.host}/team/denied:1.0`;
    const r = await step({ tags: ref, push: 'true', 'registry-auth': registryAuth('wrong-password') });
    expect(r.failed).toMatch(new RegExp(`${registry.host.replace(/[.]/g, '\\.')}`));
    // e.g. "127.0.0.1:PORT refused HEAD blob sha256:... in team/denied (HTTP 401). Check the credentials for ... (registry-auth, ...)".
    expect(r.failed).toMatch(/refused .* in team\/denied \(HTTP 401\)/);
    expect(r.failed).toMatch(/registry-auth/);
    expect(r.failed).not.toContain('wrong-password');
    // The build stood: its digest and layout are outputs, the step fails after them.
    expect(r.outputs.digest).toMatch(/^sha256:/);
    await expect(fs.stat(path.join(r.outputs.layout as string, 'index.json'))).resolves.toBeDefined();
    await expect(skopeoDigest(ref, creds)).rejects.toThrow(/manifest unknown|not found|name unknown/i);
  }, 240_000);

  test('push with plain tags only is refused before the build, naming the fix', async () => {
    const r = await step({ tags: '1.0', push: 'true' });
    expect(r.failed).toMatch(/input 'push' asks to push the image, but no tag names a repository/);
    expect(r.failed).toMatch(/ghcr\.io\/owner\/app:1\.0/);
    expect(r.outputs.digest).toBeUndefined();
  }, 60_000);
});

describe('load and outputs', () => {
  test('load: true puts the image in containers-storage, where buildah runs it; type=oci tarball and folder are readable by skopeo', async () => {
    // A store of the test's own (never the machine's default): CONTAINERS_STORAGE_CONF, as podman and buildah read it.
    const store = path.join(work, 'store');
    const conf = path.join(work, 'storage.conf');
    await fs.writeFile(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${store}/root"\nrunroot = "${store}/run"\n`);
    const name = 'localhost/team/loaded:1.0';
    const r = await step(
      { tags: name, load: 'true', outputs: 'type=oci,dest=out/image.tar\ntype=oci,dest=out/layout,tar=false\ntype=docker,dest=out/docker.tar' },
      { CONTAINERS_STORAGE_CONF: conf },
    );
    expect(r.failed).toBeUndefined();
    const digest = r.outputs.digest as string;

    const storeEnv = { ...process.env, CONTAINERS_STORAGE_CONF: conf };
    const images = JSON.parse(await run('buildah', ['images', '--json', '--no-trunc'], storeEnv)) as Array<{ id: string; names: string[] }>;
    const loaded = images.find((i) => i.names.includes(name));
    expect(loaded?.id.replace(/^sha256:/, '')).toBe((r.outputs.imageid as string).replace(/^sha256:/, ''));
    const container = (await run('buildah', ['from', '--pull-never', name], storeEnv)).trim();
    try {
      expect(await run('buildah', ['run', '--isolation', 'chroot', container, '--', '/bin/busybox', 'cat', '/hello.txt'], storeEnv)).toBe(
        'hello from build-image\n',
      );
    } finally {
      await run('buildah', ['rm', container], storeEnv).catch(() => undefined);
    }

    const tarball = path.join(work, 'out/image.tar');
    expect((JSON.parse(await skopeo(['inspect', `oci-archive:${tarball}`])) as { Digest: string }).Digest).toBe(digest);
    expect((JSON.parse(await skopeo(['inspect', `oci:${path.join(work, 'out/layout')}`])) as { Digest: string }).Digest).toBe(digest);
    expect(r.log.map((l) => l.message)).toContain(`Loaded ${digest} into containers-storage as ${name}`);
    // The docker-archive (docker load's format): the same config (image id), named with the reference.
    const archive = path.join(work, 'out/docker.tar');
    const members = (await run('tar', ['-tf', archive])).trim().split('\n');
    expect(members).toContain(`${(r.outputs.imageid as string).replace(/^sha256:/, '')}.json`);
    const manifest = JSON.parse(await run('tar', ['-xOf', archive, 'manifest.json'])) as Array<{ RepoTags: string[] }>;
    expect(manifest.map((m) => m.RepoTags)).toEqual([[name]]);
  }, 240_000);
});
