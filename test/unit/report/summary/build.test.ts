import { describe, expect, test } from '@jest/globals';
import type { BuildReport } from '../../../../shared/src/builders/build.js';
import { formatBytes } from '../../../../shared/src/bytes.js';
import { buildSummary, failureSummary } from '../../../../shared/src/report/summary/build.js';

const report: BuildReport = {
  builder: 'buildah',
  builderReason: 'buildah is installed and needs no daemon',
  dockerfile: 'app/Dockerfile',
  digest: 'sha256:' + 'd'.repeat(64),
  imageid: 'sha256:' + 'c'.repeat(64),
  layout: '/rt/layout',
  tags: ['main', 'sha-1234567'],
  platforms: ['linux/amd64', 'linux/arm64'],
  manifests: [
    { platform: 'linux/amd64', digest: 'sha256:' + '1'.repeat(64), imageid: 'sha256:' + 'c'.repeat(64), layers: 2, size: 1091091 },
    { platform: 'linux/arm64', digest: 'sha256:' + '2'.repeat(64), imageid: 'sha256:' + 'e'.repeat(64), layers: 1, size: 900 },
  ],
  size: 1092500,
  layers: 2,
  labels: {},
  epoch: { seconds: 1700000000, source: 'git' },
  created: '2023-11-14T22:13:20Z',
  base: { name: 'docker.io/library/debian:12', digest: 'sha256:' + 'b'.repeat(64) },
  baseImages: [{ name: 'docker.io/library/debian:12', digest: 'sha256:' + 'b'.repeat(64) }],
};

describe('job summary', () => {
  test('names builder, digest, size, layers, platforms, tags, base, and each platform manifest', () => {
    const md = buildSummary(report);
    expect(md).toContain('| Builder | buildah (buildah is installed and needs no daemon) |');
    expect(md).toContain(`| Digest | \`sha256:${'d'.repeat(64)}\` |`);
    expect(md).toContain('| Size | 1.0 MiB |');
    expect(md).toContain('| Layers | 2 |');
    expect(md).toContain('| Platforms | linux/amd64, linux/arm64 |');
    expect(md).toContain('| Tags | `main` `sha-1234567` |');
    expect(md).toContain('| Timestamps | 2023-11-14T22:13:20Z (from git) |');
    expect(md).toContain('| Base image | `docker.io/library/debian:12`');
    expect(md).toContain(`| linux/arm64 | \`sha256:${'2'.repeat(64)}\` | 1 | 900 B |`);
  });
  test('a failure shows the message in a code block', () => {
    expect(failureSummary('buildah build failed: boom (Dockerfile:3).')).toBe(
      '## build-image\n\n:x: **Build failed**\n\n```\nbuildah build failed: boom (Dockerfile:3).\n```\n',
    );
  });
  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 * 1024 * 1024, '5.0 GiB'],
    [300 * 1024 * 1024, '300 MiB'],
  ])('formatBytes(%d) = %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
