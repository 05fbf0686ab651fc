/**
 * The command-test runtime's private store, with real buildah: it uses
 * build-image's driver rule (overlay where a probe mount works, STORAGE_DRIVER
 * overrides), each test gets a fresh container, and after close nothing of the
 * store is left: no folder and no mount in /proc/mounts, even when a command
 * failed, timed out, or a mount was left behind under the store.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { chooseDriver } from '../../shared/src/builders/storage.js';
import { openRuntime, type ContainerRuntime } from '../../shared/src/compliance/cst/container-runtime.js';
import { defaultRunSettings } from '../../shared/src/compliance/cst/run-options.js';
import { run } from '../../shared/src/process.js';
import { writeLayout, type FileSpec } from '../support/images.js';

let tmp: string;
let layout: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cst-store-'));
  const files: FileSpec[] = [
    { name: 'bin/', type: 'directory' },
    { name: 'bin/busybox', content: await fs.readFile('/bin/busybox'), mode: 0o755 },
    ...['sh', 'cat', 'ls', 'sleep', 'touch', 'echo', 'test'].map((a): FileSpec => ({ name: `bin/${a}`, type: 'symlink', linkname: 'busybox' })),
    { name: 'tmp/', type: 'directory', mode: 0o1777 },
    { name: 'proc/', type: 'directory' },
  ];
  layout = path.join(tmp, 'layout');
  await writeLayout(layout, { layers: [files], config: { Env: ['PATH=/bin'] } });
}, 60_000);

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function open(timeoutMs?: number): Promise<ContainerRuntime> {
  const choice = await openRuntime({ transport: 'oci', path: layout }, () => Promise.reject(new Error('expected buildah, got a fallback to docker')), {
    ...defaultRunSettings(),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  if (!('runtime' in choice)) throw new Error(`expected a runtime, got: ${choice.unavailable}`);
  return choice.runtime;
}

const mountsUnder = async (dir: string): Promise<string[]> =>
  (await fs.readFile('/proc/mounts', 'utf8')).split('\n').filter((l) => l.split(' ')[1]?.startsWith(dir) === true);
const exists = (p: string): Promise<boolean> =>
  fs.stat(p).then(
    () => true,
    () => false,
  );

async function withDriver<T>(value: string | undefined, f: () => Promise<T>): Promise<T> {
  const before = process.env.STORAGE_DRIVER;
  if (value === undefined) delete process.env.STORAGE_DRIVER;
  else process.env.STORAGE_DRIVER = value;
  try {
    return await f();
  } finally {
    if (before === undefined) delete process.env.STORAGE_DRIVER;
    else process.env.STORAGE_DRIVER = before;
  }
}

describe('the command-test store', () => {
  it("decides its driver by build-image's rule (a probe beside the store; overlay when it mounts), and leaves nothing mounted or on disk", async () => {
    const probeDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cst-store-probe-'));
    const expected = await withDriver(undefined, () => chooseDriver({}, path.join(probeDir, 'root')));
    await fs.rm(probeDir, { recursive: true, force: true });
    const rt = await withDriver(undefined, () => open());
    const store = rt.store;
    if (store === undefined) throw new Error('expected buildah with a store, got none');
    try {
      expect(store.driver).toBe(expected.driver);
      expect(await exists(path.join(store.dir, 'root', store.driver === 'overlay' ? 'overlay' : 'vfs'))).toBe(true);
      // Setup state lives in its container, and the next container starts fresh.
      const a = await rt.create();
      expect((await a.exec({ command: ['touch', '/tmp/left-by-a'], env: {} })).code).toBe(0);
      expect((await a.exec({ command: ['ls', '/tmp'], env: {} })).stdout).toContain('left-by-a');
      await a.remove();
      const b = await rt.create();
      const seen = await b.exec({ command: ['ls', '/tmp'], env: {} });
      expect(seen.code).toBe(0);
      expect(seen.stdout).not.toContain('left-by-a');
      await b.remove();
    } finally {
      await rt.close();
    }
    expect(await mountsUnder(store.dir)).toEqual([]);
    expect(await exists(store.dir)).toBe(false);
  }, 120_000);

  it('STORAGE_DRIVER=vfs overrides the probe, and the vfs store runs commands', async () => {
    const rt = await withDriver('vfs', () => open());
    const dir = rt.store?.dir ?? '';
    try {
      expect(rt.store?.driver).toBe('vfs');
      const c = await rt.create();
      const r = await c.exec({ command: ['echo', 'from vfs'], env: {} });
      await c.remove();
      expect([r.code, r.stdout]).toEqual([0, 'from vfs\n']);
    } finally {
      await rt.close();
    }
    expect(await exists(dir)).toBe(false);
  }, 120_000);

  it('an unsupported STORAGE_DRIVER is refused by name, and the half-made store is removed', async () => {
    const before = new Set((await fs.readdir(os.tmpdir())).filter((n) => n.startsWith('test-image-buildah-')));
    await expect(withDriver('btrfs', () => open())).rejects.toThrow("STORAGE_DRIVER is 'btrfs'; only 'overlay' and 'vfs' are supported");
    // Other runs on this machine may make their own stores meanwhile; none of ours is left among the new ones that do not end up removed.
    const left = (await fs.readdir(os.tmpdir())).filter((n) => n.startsWith('test-image-buildah-') && !before.has(n));
    for (const n of left) expect(await fs.readdir(path.join(os.tmpdir(), n)).catch(() => [])).not.toEqual(['image']);
  }, 60_000);

  it('close() takes down what a failed or stopped test left: containers still mounted, a mount under the store, a command killed at its deadline', async () => {
    const rt = await withDriver(undefined, () => open(8000));
    const store = rt.store;
    if (store === undefined) throw new Error('expected buildah with a store, got none');
    const args = ['--root', path.join(store.dir, 'root'), '--runroot', path.join(store.dir, 'runroot'), '--storage-driver', store.driver];
    try {
      const failed = await rt.create();
      expect((await failed.exec({ command: ['sh', '-c', 'exit 3'], env: {} })).code).toBe(3);
      const stopped = await rt.create();
      expect((await stopped.exec({ command: ['sleep', '60'], env: {} })).code).toBe(124);
      // Neither is removed (as if the test runner died between exec and remove); one is even mounted on the host.
      const names = (await run('buildah', [...args, 'containers', '--format', '{{.ContainerName}}'])).stdout.trim().split('\n');
      expect(names).toHaveLength(2);
      const mounted = await run('buildah', [...args, 'mount', names[0] ?? '']);
      expect(mounted.code).toBe(0);
      const extra = path.join(store.dir, 'left-mounted');
      await fs.mkdir(extra);
      expect((await run('mount', ['-t', 'tmpfs', 'tmpfs', extra])).code).toBe(0);
      expect((await mountsUnder(store.dir)).length).toBeGreaterThanOrEqual(2);
    } finally {
      await rt.close();
    }
    expect(await mountsUnder(store.dir)).toEqual([]);
    expect(await exists(store.dir)).toBe(false);
  }, 120_000);

  it('close() while a container made ahead is still being created waits for it, and leaves nothing (a test failed before using it)', async () => {
    const rt = await withDriver(undefined, () => open());
    const store = rt.store;
    if (store === undefined) throw new Error('expected buildah with a store, got none');
    // As check-image.ts does: the next test's container is started, then the current test throws, then close().
    let created = false;
    const ahead = rt.create().then(() => {
      created = true;
    });
    await rt.close();
    // close() returned only after the create ended: nothing of it can come after the store was taken down.
    expect(created).toBe(true);
    await ahead;
    expect(await mountsUnder(store.dir)).toEqual([]);
    expect(await exists(store.dir)).toBe(false);
  }, 60_000);
});
