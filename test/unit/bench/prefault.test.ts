import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyRegistries, prefault, prefaultLine } from '../../../bench/lib/prefault.js';

describe('bench prefault', () => {
  it('writes and frees tmpfs twice, leaving no file, and reports both rates', async () => {
    // Linux mounts tmpfs at /dev/shm; a machine without it gets the no-op the next case checks.
    if ((await fs.statfs('/dev/shm').catch(() => undefined))?.type !== 0x01021994) return expect(await prefault(8)).toBeUndefined();
    const before = await fs.readdir('/dev/shm');
    const p = await prefault(8);
    expect(p).toBeDefined();
    expect(p?.mb).toBe(8);
    expect(p?.firstSPerGB).toBeGreaterThan(0);
    expect(p?.againSPerGB).toBeGreaterThan(0);
    expect(await fs.readdir('/dev/shm')).toEqual(before);
    expect(prefaultLine(p)).toMatch(/^memory: prefaulted 8 MB of tmpfs: first write [\d.]+ s\/GB, again [\d.]+ s\/GB/);
  });

  it('does nothing where the folder is not tmpfs (it would write to a disk), or for 0 MB', async () => {
    const dir = await fs.mkdtemp(path.join(process.cwd(), '.prefault-'));
    try {
      expect(await prefault(8, dir)).toBeUndefined();
      expect(await fs.readdir(dir)).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    expect(await prefault(0)).toBeUndefined();
    expect(prefaultLine(undefined)).toMatch(/^memory: not prefaulted/);
  });

  it('refuses a size that is not a whole number of MB', async () => {
    await expect(prefault(Number('abc'))).rejects.toThrow("--prefault: expected a whole number of MB (0 to skip), got 'NaN'");
    await expect(prefault(-1)).rejects.toThrow(/got '-1'/);
  });

  it("empties a registry's storage, keeping the folder the registry was given", async () => {
    const storage = await fs.mkdtemp(path.join(os.tmpdir(), 'prefault-reg-'));
    try {
      await fs.mkdir(path.join(storage, 'docker/registry/v2/blobs'), { recursive: true });
      await fs.writeFile(path.join(storage, 'docker/registry/v2/blobs/data'), 'x');
      await emptyRegistries([{ storage }]);
      expect(await fs.readdir(storage)).toEqual([]);
    } finally {
      await fs.rm(storage, { recursive: true, force: true });
    }
  });
});
