import { describe, expect, test } from '@jest/globals';
import { normalizeConfig, ociLayerMediaType } from '../../../shared/src/builders/oci-convert.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';

// The shape buildah 1.28 writes with --format docker (trimmed), two runs apart.
const dockerConfig = (container: string, hostname: string, parent: string) => ({
  created: '2023-11-14T22:13:20Z',
  container,
  container_config: { Hostname: hostname, Cmd: ['/bin/sh'] },
  config: {
    Hostname: hostname,
    Domainname: '',
    User: '1000',
    AttachStdin: false,
    Tty: false,
    Env: ['PATH=/bin'],
    Cmd: ['/bin/cat', '/app/greeting'],
    Healthcheck: { Test: ['CMD', '/bin/true'] },
    Image: '',
    Volumes: {},
    WorkingDir: '',
    Entrypoint: [],
    OnBuild: [],
    Labels: { 'io.buildah.version': '1.28.2' },
  },
  architecture: 'amd64',
  os: 'linux',
  parent,
  rootfs: { type: 'layers', diff_ids: ['sha256:' + 'a'.repeat(64)] },
  history: [
    { created: '2023-11-14T22:13:20Z', created_by: '/bin/sh -c #(nop) USER 1000', empty_layer: true },
    { created: '2023-11-14T22:13:20Z', created_by: '/bin/sh -c #(nop) CMD', comment: `FROM ${parent.slice(7, 19)}` },
    { created: '2023-11-14T22:13:20Z', created_by: 'x', comment: 'kept: a real comment' },
  ],
});

describe('normalizeConfig', () => {
  test('drops per-run noise and Docker-daemon leftovers, keeps what runtimes use (Healthcheck too)', () => {
    const { config, changed } = normalizeConfig(dockerConfig('c1', 'h1', 'sha256:' + '1'.repeat(64)));
    expect(changed).toBe(true);
    expect(config).toEqual({
      created: '2023-11-14T22:13:20Z',
      architecture: 'amd64',
      os: 'linux',
      config: {
        User: '1000',
        Env: ['PATH=/bin'],
        Cmd: ['/bin/cat', '/app/greeting'],
        Labels: { 'io.buildah.version': '1.28.2' },
        Healthcheck: { Test: ['CMD', '/bin/true'] },
      },
      rootfs: { type: 'layers', diff_ids: ['sha256:' + 'a'.repeat(64)] },
      history: [
        { created: '2023-11-14T22:13:20Z', created_by: '/bin/sh -c #(nop) USER 1000', empty_layer: true },
        { created: '2023-11-14T22:13:20Z', created_by: '/bin/sh -c #(nop) CMD' },
        { created: '2023-11-14T22:13:20Z', created_by: 'x', comment: 'kept: a real comment' },
      ],
    });
  });

  test('two runs that differ only in random ids normalise to the same bytes', () => {
    const a = normalizeConfig(dockerConfig('c1', 'h1', 'sha256:' + '1'.repeat(64))).config;
    const b = normalizeConfig(dockerConfig('c2', 'h2', 'sha256:' + '2'.repeat(64))).config;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  test("labels from the build go over the Dockerfile's own (ours win, as --label would) in the fixed key order", () => {
    const { config, changed } = normalizeConfig(dockerConfig('c1', 'h1', 'sha256:' + '1'.repeat(64)), {
      'io.buildah.version': 'ours',
      'org.opencontainers.image.revision': 'abc',
    });
    expect(changed).toBe(true);
    expect(config.config?.Labels).toEqual({ 'io.buildah.version': 'ours', 'org.opencontainers.image.revision': 'abc' });
    expect(Object.keys(config.config ?? {})).toEqual(['User', 'Env', 'Cmd', 'Labels', 'Healthcheck']);
    // A config without labels (FROM scratch, no LABEL) gets them at the same place.
    const bare = normalizeConfig(
      { architecture: 'amd64', os: 'linux', config: { Cmd: ['/x'], StopSignal: 'SIGTERM' }, rootfs: { type: 'layers', diff_ids: [] } },
      { a: 'b' },
    );
    expect(bare.changed).toBe(true);
    expect(Object.keys(bare.config.config ?? {})).toEqual(['Cmd', 'Labels', 'StopSignal']);
    const none = normalizeConfig({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }, { a: 'b' });
    expect(none.config.config).toEqual({ Labels: { a: 'b' } });
  });

  test('an already clean config is reported unchanged (its bytes and id are kept)', () => {
    const clean = { architecture: 'arm64', os: 'linux', config: { Cmd: ['/x'] }, rootfs: { type: 'layers', diff_ids: [] } };
    expect(normalizeConfig(clean).changed).toBe(false);
  });
});

test('Docker layer media types map to OCI, others pass through', () => {
  expect(ociLayerMediaType(MediaType.DockerLayerGzip)).toBe(MediaType.OciLayerGzip);
  expect(ociLayerMediaType(MediaType.DockerLayer)).toBe(MediaType.OciLayer);
  expect(ociLayerMediaType(MediaType.DockerForeignLayerGzip)).toBe(MediaType.OciLayerNondistributableGzip);
  expect(ociLayerMediaType(MediaType.OciLayerZstd)).toBe(MediaType.OciLayerZstd);
});
