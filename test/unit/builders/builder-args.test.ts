import { describe, expect, test } from '@jest/globals';
import type { BuildPlan } from '../../../shared/src/builders/builder.js';
import {
  containersEnv,
  getBuildahArgs,
  getImageDigestArgs,
  getPushArgs,
  platformImageDir,
  type ContainerStorage,
} from '../../../shared/src/builders/buildah.js';
import { parseCacheSpecs } from '../../../shared/src/builders/cache-spec.js';
import { getBuildxArgs, getBuildxEnv } from '../../../shared/src/builders/buildx.js';
import { getPodmanArgs } from '../../../shared/src/builders/podman.js';

const storage: ContainerStorage = { root: '/t/s/root', runroot: '/t/s/run', driver: 'vfs' };
const S = ['--root', '/t/s/root', '--runroot', '/t/s/run', '--storage-driver', 'vfs'];
/** An image id as bud writes it to --iidfile. */
const ID = `sha256:${'c'.repeat(64)}`;
const base: BuildPlan = {
  context: '/w/app',
  dockerfile: '/w/app/Dockerfile',
  buildArgs: [],
  secrets: [],
  platforms: [],
  workDir: '/t/work',
  imageName: 'image-pipeline-abc',
  bases: [],
};
const full: BuildPlan = {
  ...base,
  dockerfile: '/w/app/build/Containerfile',
  target: 'runtime',
  buildArgs: [
    ['VERSION', '1.2.3'],
    ['EMPTY', ''],
    ['URL', 'https://x/?a=b'],
  ],
  secrets: [{ id: 'npm_token', path: '/t/work/secrets-1/npm_token' }],
  epoch: 1700000000,
};

// Numbered like docker/build-push-action's context.test.ts: [n] builder, plan, platform -> argv.
const cases: Array<[string, 'buildah' | 'podman' | 'buildx', BuildPlan, string | undefined, string[]]> = [
  [
    'minimal plan, host platform',
    'buildah',
    base,
    undefined,
    [
      ...S,
      'bud',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      '--layers=false',
      '--disable-compression=false',
      '--tag',
      'dir:/t/work/image-pipeline-abc',
      '/w/app',
    ],
  ],
  [
    'every option',
    'buildah',
    full,
    undefined,
    [
      ...S,
      'bud',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/build/Containerfile',
      '--target',
      'runtime',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'EMPTY=',
      '--build-arg',
      'URL=https://x/?a=b',
      '--secret',
      'id=npm_token,src=/t/work/secrets-1/npm_token',
      '--timestamp',
      '1700000000',
      '--layers=false',
      '--disable-compression=false',
      '--tag',
      'dir:/t/work/image-pipeline-abc',
      '/w/app',
    ],
  ],
  [
    'one platform of several gets its own image name',
    'buildah',
    { ...base, platforms: ['linux/amd64', 'linux/arm64/v8'] },
    'linux/arm64/v8',
    [
      ...S,
      'bud',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      '--platform',
      'linux/arm64/v8',
      '--layers=false',
      '--disable-compression=false',
      '--tag',
      'dir:/t/work/image-pipeline-abc-linux-arm64-v8',
      '/w/app',
    ],
  ],
  [
    'podman shares the engine and flags',
    'podman',
    full,
    'linux/amd64',
    [
      ...S,
      'build',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/build/Containerfile',
      '--target',
      'runtime',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'EMPTY=',
      '--build-arg',
      'URL=https://x/?a=b',
      '--secret',
      'id=npm_token,src=/t/work/secrets-1/npm_token',
      '--platform',
      'linux/amd64',
      '--timestamp',
      '1700000000',
      '--layers=false',
      '--disable-compression=false',
      '--tag',
      'dir:/t/work/image-pipeline-abc-linux-amd64',
      '/w/app',
    ],
  ],
  [
    'buildx minimal: OCI layout folder, no attestations, no timestamp rewrite without an epoch',
    'buildx',
    base,
    undefined,
    [
      'buildx',
      'build',
      '--file',
      '/w/app/Dockerfile',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=oci,dest=/t/work/buildx-oci,tar=false',
      '/w/app',
    ],
  ],
  [
    'buildx every option, all platforms in one call',
    'buildx',
    { ...full, platforms: ['linux/amd64', 'linux/arm64'] },
    undefined,
    [
      'buildx',
      'build',
      '--file',
      '/w/app/build/Containerfile',
      '--target',
      'runtime',
      '--build-arg',
      'VERSION=1.2.3',
      '--build-arg',
      'EMPTY=',
      '--build-arg',
      'URL=https://x/?a=b',
      '--secret',
      'id=npm_token,src=/t/work/secrets-1/npm_token',
      '--platform',
      'linux/amd64,linux/arm64',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=oci,dest=/t/work/buildx-oci,tar=false,rewrite-timestamp=true',
      '/w/app',
    ],
  ],
  [
    'buildah with a registry cache both ways and an auth file: --layers on, the repository without its tag',
    'buildah',
    {
      ...base,
      authFile: '/t/work/access/auth.json',
      cache: {
        from: parseCacheSpecs('type=registry,ref=ghcr.io/acme/app-cache:main', 'cache-from'),
        to: parseCacheSpecs('type=registry,ref=ghcr.io/acme/app-cache:main,mode=max', 'cache-to'),
        noCache: false,
      },
    },
    undefined,
    [
      ...S,
      'bud',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      '--layers=true',
      '--cache-from',
      'ghcr.io/acme/app-cache',
      '--cache-to',
      'ghcr.io/acme/app-cache',
      '--authfile',
      '/t/work/access/auth.json',
      '--iidfile',
      '/t/work/image-pipeline-abc.iid',
      '/w/app',
    ],
  ],
  [
    'podman no-cache without caches: layers off, nothing reused',
    'podman',
    { ...base, cache: { from: [], to: [], noCache: true } },
    undefined,
    [
      ...S,
      'build',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      '--layers=false',
      '--no-cache',
      '--disable-compression=false',
      '--tag',
      'dir:/t/work/image-pipeline-abc',
      '/w/app',
    ],
  ],
  [
    'podman no-cache with both: cache-from not read, cache-to still written',
    'podman',
    { ...base, cache: { from: parseCacheSpecs('127.0.0.1:5000/c', 'cache-from'), to: parseCacheSpecs('127.0.0.1:5000/c', 'cache-to'), noCache: true } },
    'linux/amd64',
    [
      ...S,
      'build',
      '--isolation',
      'chroot',
      '--force-rm',
      '--format',
      'docker',
      '--file',
      '/w/app/Dockerfile',
      '--platform',
      'linux/amd64',
      '--layers=true',
      '--cache-to',
      '127.0.0.1:5000/c',
      '--no-cache',
      '--iidfile',
      '/t/work/image-pipeline-abc-linux-amd64.iid',
      '/w/app',
    ],
  ],
  [
    'buildx with caches as written; the auth file is not buildx business (DOCKER_CONFIG is)',
    'buildx',
    {
      ...base,
      authFile: '/t/work/access/auth.json',
      cache: {
        from: parseCacheSpecs('type=gha,scope=app\nghcr.io/acme/app:cache', 'cache-from'),
        to: parseCacheSpecs('type=registry,ref=ghcr.io/acme/app:cache,mode=max', 'cache-to'),
        noCache: false,
      },
    },
    undefined,
    [
      'buildx',
      'build',
      '--file',
      '/w/app/Dockerfile',
      '--cache-from',
      'type=gha,scope=app',
      '--cache-from',
      'type=registry,ref=ghcr.io/acme/app:cache',
      '--cache-to',
      'type=registry,ref=ghcr.io/acme/app:cache,mode=max',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=oci,dest=/t/work/buildx-oci,tar=false',
      '/w/app',
    ],
  ],
  [
    'buildx no-cache',
    'buildx',
    { ...base, cache: { from: [], to: [], noCache: true } },
    undefined,
    [
      'buildx',
      'build',
      '--file',
      '/w/app/Dockerfile',
      '--no-cache',
      '--provenance=false',
      '--sbom=false',
      '--output',
      'type=oci,dest=/t/work/buildx-oci,tar=false',
      '/w/app',
    ],
  ],
];

describe('builder argv', () => {
  test.each(cases.map((c, i) => [i + 1, ...c] as const))('[%d] %s (%s)', (_n, _title, kind, plan, platform, expected) => {
    const argv =
      kind === 'buildah' ? getBuildahArgs(plan, storage, platform) : kind === 'podman' ? getPodmanArgs(plan, storage, platform) : getBuildxArgs(plan);
    expect(argv).toEqual(expected);
  });

  test('secret values never appear in any argv, only their file paths', () => {
    const all = [getBuildahArgs(full, storage), getPodmanArgs(full, storage), getBuildxArgs(full)].flat().join(' ');
    expect(all).toContain('src=/t/work/secrets-1/npm_token');
    expect(all).not.toMatch(/npm_token=/);
  });

  test("each platform is committed into its own dir: folder inside the plan's workDir", () => {
    expect(platformImageDir(base, undefined)).toBe('/t/work/image-pipeline-abc');
    expect(platformImageDir(base, 'linux/arm64')).toBe('/t/work/image-pipeline-abc-linux-arm64');
    expect(getBuildahArgs({ ...base, platforms: ['linux/arm64'] }, storage, 'linux/arm64').slice(-3)).toEqual([
      '--tag',
      'dir:/t/work/image-pipeline-abc-linux-arm64',
      '/w/app',
    ]);
  });

  test('a build with a layer cache leaves its image unnamed (its id in an --iidfile) and pushes it by id to its dir: folder (buildah 1.28 fails on a dir: tag with caches)', () => {
    const plan: BuildPlan = { ...base, cache: { from: [], to: parseCacheSpecs('127.0.0.1:5000/c', 'cache-to'), noCache: false } };
    expect(getBuildahArgs(plan, storage).slice(-3)).toEqual(['--iidfile', '/t/work/image-pipeline-abc.iid', '/w/app']);
    // No --tag at all: nothing named is left in the store, so no rmi after the build.
    expect(getBuildahArgs(plan, storage)).not.toContain('--tag');
    expect(getPushArgs('buildah', plan, storage, 'linux/arm64', ID)).toEqual([...S, 'push', '--quiet', ID, 'dir:/t/work/image-pipeline-abc-linux-arm64']);
    // podman writes dir: uncompressed unless asked: the layers would differ from the cold build's.
    expect(getPushArgs('podman', plan, storage, 'linux/arm64', ID)).toEqual([
      ...S,
      'push',
      '--quiet',
      '--compress',
      ID,
      'dir:/t/work/image-pipeline-abc-linux-arm64',
    ]);
    const readOnly: BuildPlan = { ...base, cache: { from: parseCacheSpecs('127.0.0.1:5000/c', 'cache-from'), to: [], noCache: false } };
    expect(getBuildahArgs(readOnly, storage).slice(-3)).toEqual(['--iidfile', '/t/work/image-pipeline-abc.iid', '/w/app']);
    // No cache at all (--layers=false): straight into dir:.
    expect(getBuildahArgs({ ...base, cache: { from: [], to: [], noCache: true } }, storage).slice(-3)).toEqual([
      '--tag',
      'dir:/t/work/image-pipeline-abc',
      '/w/app',
    ]);
  });

  test('asking the store for a base image digest', () => {
    expect(getImageDigestArgs('buildah', storage, 'debian:12')).toEqual([...S, 'inspect', '--type', 'image', '--format', '{{.FromImageDigest}}', 'debian:12']);
    expect(getImageDigestArgs('podman', storage, 'debian:12')).toEqual([...S, 'image', 'inspect', '--format', '{{.Digest}}', 'debian:12']);
  });

  test('buildx gets SOURCE_DATE_EPOCH from the plan, and a stray one is removed when there is no epoch', () => {
    expect(getBuildxEnv(full, { PATH: '/bin' })).toEqual({ PATH: '/bin', SOURCE_DATE_EPOCH: '1700000000' });
    expect(getBuildxEnv(base, { PATH: '/bin', SOURCE_DATE_EPOCH: '5' })).toEqual({ PATH: '/bin' });
  });

  test("the plan's builderEnv goes on top of the environment of every builder", () => {
    const builderEnv = { HOME: '/t/work/access/home', DOCKER_CONFIG: '/t/work/access/docker' };
    expect(getBuildxEnv({ ...full, builderEnv }, { PATH: '/bin', HOME: '/root' })).toEqual({ PATH: '/bin', ...builderEnv, SOURCE_DATE_EPOCH: '1700000000' });
    expect(containersEnv({ PATH: '/bin', HOME: '/root', SOURCE_DATE_EPOCH: '1' }, builderEnv)).toEqual({ PATH: '/bin', ...builderEnv });
    expect(containersEnv({ PATH: '/bin', HOME: '/root' })).toEqual({ PATH: '/bin', HOME: '/root' });
  });
});
