import { describe, expect, it } from '@jest/globals';
import { baseRecordsOf, decide, judgeBase } from '../../../shared/src/updates/decide.js';
import type { Digest } from '../../../shared/src/oci/digest.js';

const A = `sha256:${'a'.repeat(64)}` as Digest;
const B = `sha256:${'b'.repeat(64)}` as Digest;
const C = `sha256:${'c'.repeat(64)}` as Digest;
const base = { name: 'docker.io/library/debian:bookworm-slim', digest: A };

describe('judgeBase', () => {
  it.each([
    ['same digest', { name: base.name, digest: A, children: [] }, 'unchanged'],
    ['an index that still lists the recorded platform manifest', { name: base.name, digest: B, children: [C, A] }, 'unchanged'],
    ['another digest', { name: base.name, digest: B, children: [C] }, 'moved'],
    ['no such tag any more', { name: base.name, digest: undefined, children: [] }, 'gone'],
  ] as const)('[%#] %s -> %s', (_what, now, kind) => {
    expect(judgeBase(base, { ...now, children: [...now.children] }).kind).toBe(kind);
  });
});

describe('decide', () => {
  it('rebuilds when any base moved or is gone, with one reason each', () => {
    const d = decide([
      judgeBase(base, { name: base.name, digest: B, children: [] }),
      judgeBase({ name: 'x:1', digest: C }, { name: 'x:1', digest: C, children: [] }),
    ]);
    expect(d.rebuild).toBe(true);
    expect(d.reasons).toEqual([`base ${base.name} moved from ${A} to ${B}`]);
  });
  it('does not rebuild when nothing moved', () => {
    expect(decide([judgeBase(base, { name: base.name, digest: A, children: [] })])).toMatchObject({ rebuild: false, reasons: [] });
  });
});

describe('baseRecordsOf', () => {
  const manifest = (annotations?: Record<string, string>) => ({
    schemaVersion: 2 as const,
    config: { mediaType: 'x', digest: A, size: 1 },
    layers: [],
    ...(annotations ? { annotations } : {}),
  });
  it('reads the standard annotations from the manifest', () => {
    expect(baseRecordsOf(manifest({ 'org.opencontainers.image.base.name': base.name, 'org.opencontainers.image.base.digest': A }), undefined)).toEqual([base]);
  });
  it('falls back to config labels, and needs both name and digest', () => {
    const config = {
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers' as const, diff_ids: [] },
      config: { Labels: { 'org.opencontainers.image.base.name': base.name, 'org.opencontainers.image.base.digest': A } },
    };
    expect(baseRecordsOf(manifest(), config)).toEqual([base]);
    expect(baseRecordsOf(manifest({ 'org.opencontainers.image.base.name': base.name }), undefined)).toEqual([]);
  });
});
