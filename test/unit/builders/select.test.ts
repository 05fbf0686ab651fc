import { describe, expect, test } from '@jest/globals';
import { chooseBuilder, probeBuilders, type Availability } from '../../../shared/src/builders/select.js';
import { decideDriver, storageLocation } from '../../../shared/src/builders/storage.js';

const none: Availability = { buildah: false, podman: false, buildx: false, dockerDaemon: false };
const all: Availability = { buildah: true, podman: true, buildx: true, dockerDaemon: true };

describe('chooseBuilder', () => {
  test.each([
    ['auto prefers buildah', 'auto', all, 'buildah', /needs no daemon/],
    ['auto falls back to podman', 'auto', { ...all, buildah: false }, 'podman', /buildah is not installed/],
    ['auto takes buildx only when a daemon answers', 'auto', { ...none, buildx: true, dockerDaemon: true }, 'docker', /daemon answers/],
    ['explicit docker', 'docker', all, 'docker', /asked for/],
    ['explicit podman', 'podman', all, 'podman', /asked for/],
  ] as const)('%s', (_t, requested, avail, name, reason) => {
    const r = chooseBuilder(requested, avail);
    expect(r.ok && r.value.name).toBe(name);
    expect(r.ok && r.value.reason).toMatch(reason);
  });

  test.each([
    [
      'nothing installed names all three ways',
      'auto',
      none,
      /buildah and podman are not installed, and docker buildx is not installed/,
      /apt-get install buildah/,
    ],
    ['buildx without a daemon is not usable', 'auto', { ...none, buildx: true }, /no Docker daemon answers/, /docker\/setup-buildx-action/],
    ['asked-for buildah missing', 'buildah', { ...all, buildah: false }, /builder 'buildah' was asked for but cannot run/, /apt-get install buildah/],
    ['asked-for docker without daemon', 'docker', { ...all, dockerDaemon: false }, /no Docker daemon answers/, /running daemon/],
  ] as const)('%s', (_t, requested, avail, message, hint) => {
    const r = chooseBuilder(requested, avail);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NO_BUILDER');
    expect(r.error.input).toBe('builder');
    expect(r.error.message).toMatch(message);
    expect(r.error.hint).toMatch(hint);
  });
});

describe('probeBuilders', () => {
  /** A fake canRun over the programs "installed", recording every command asked. */
  const machine = (installed: string[]) => {
    const asked: string[] = [];
    const can = async (cmd: string, args: readonly string[] = []): Promise<boolean> => {
      const line = [cmd, ...args].join(' ');
      asked.push(line);
      return installed.some((i) => line.startsWith(i));
    };
    return { asked, can };
  };

  test.each([
    ['auto stops at buildah', 'auto', ['buildah', 'podman', 'docker'], ['buildah --version'], 'buildah'],
    ['auto goes on to podman only when buildah is missing', 'auto', ['podman', 'docker'], ['buildah --version', 'podman --version'], 'podman'],
    [
      'auto asks the daemon only once buildx answers',
      'auto',
      ['docker'],
      ['buildah --version', 'podman --version', 'docker buildx version', 'docker version --format {{.Server.Version}}'],
      'docker',
    ],
    ['an asked-for podman probes only podman', 'podman', ['buildah', 'podman'], ['podman --version'], 'podman'],
    [
      'an asked-for docker probes only docker',
      'docker',
      ['buildah', 'docker'],
      ['docker buildx version', 'docker version --format {{.Server.Version}}'],
      'docker',
    ],
  ] as const)('%s', async (_t, requested, installed, asked, chosen) => {
    const m = machine([...installed]);
    const a = await probeBuilders(requested, m.can);
    expect(m.asked).toEqual(asked);
    const r = chooseBuilder(requested, a);
    expect(r.ok && r.value.name).toBe(chosen);
  });

  test('nothing installed: every probe ran, so the error still names all three', async () => {
    const m = machine([]);
    const r = chooseBuilder('auto', await probeBuilders('auto', m.can));
    expect(m.asked).toEqual(['buildah --version', 'podman --version', 'docker buildx version']);
    expect(!r.ok && r.error.message).toMatch(/buildah and podman are not installed, and docker buildx is not installed/);
  });

  test('an asked-for builder that is missing is still refused by name', async () => {
    const r = chooseBuilder('buildah', await probeBuilders('buildah', machine(['podman']).can));
    expect(!r.ok && r.error.message).toMatch(/builder 'buildah' was asked for but cannot run/);
  });
});

describe('storage', () => {
  test('under RUNNER_TEMP, one store per tool', () => {
    expect(storageLocation({ RUNNER_TEMP: '/rt' }, 'buildah')).toEqual({
      root: '/rt/image-pipeline-storage/buildah/root',
      runroot: '/rt/image-pipeline-storage/buildah/run',
    });
    expect(storageLocation({ RUNNER_TEMP: '/rt', IMAGE_PIPELINE_STORAGE: '/cache' }, 'podman').root).toBe('/cache/podman/root');
  });
  test.each([
    ['override wins', { STORAGE_DRIVER: 'vfs' }, ['overlay'], true, 'vfs'],
    ['an existing store keeps its driver', {}, ['vfs', 'storage.lock'], true, 'vfs'],
    ['existing overlay store', {}, ['overlay'], false, 'overlay'],
    ['new store where overlay mounts', {}, [], true, 'overlay'],
    ['new store where it does not', {}, [], false, 'vfs'],
  ] as const)('%s', (_t, env, existing, mounts, driver) => {
    expect(decideDriver(env, existing, mounts)?.driver).toBe(driver);
  });
  test('undecided until probed; a bad override is an error', () => {
    expect(decideDriver({}, [], undefined)).toBeUndefined();
    expect(() => decideDriver({ STORAGE_DRIVER: 'btrfs' }, [], true)).toThrow(/only 'overlay' and 'vfs'/);
  });
});
