/**
 * load: true (or outputs type=docker) on a machine without skopeo: the step
 * fails with an error naming the input and how to fix it, after the build's
 * outputs, rather than a bare spawn ENOENT.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import type { BuildReport } from '../../../shared/src/builders/build.js';
import { publish } from '../../../build-image/src/publish.js';

const report = {
  layout: '/nonexistent/layout',
  tags: ['1.0'],
  refs: ['ghcr.io/acme/app:1.0'],
  platforms: ['linux/amd64'],
  digest: 'sha256:' + 'a'.repeat(64),
} as unknown as BuildReport;
const connect = { registryAuth: [], githubToken: '', insecureRegistries: [] };

let path: string | undefined;
beforeEach(() => {
  path = process.env.PATH;
  // Only the builder's own helpers are gone: an empty folder as the whole PATH.
  process.env.PATH = '/nonexistent-bin';
});
afterEach(() => {
  process.env.PATH = path;
});

test('load without skopeo: an error naming load, skopeo and the fix; nothing loaded', async () => {
  const io = memoryIO();
  const out = await publish(report, { images: [], push: false, load: true, exports: [] }, connect, {}, io);
  expect(out.error).toMatchObject({ code: 'NOT_FOUND', input: 'load' });
  expect(out.error?.message).toMatch(/load needs skopeo, which is not installed here/);
  expect(out.error?.hint).toMatch(/apt-get install skopeo.*or drop load/);
  expect(out.loaded).toBeUndefined();
});

test('type=docker,dest without skopeo: the same kind of error, naming outputs; no file left', async () => {
  const io = memoryIO();
  const dir = await fs.mkdtemp(nodePath.join(os.tmpdir(), 'no-skopeo-'));
  const out = await publish(
    report,
    { images: [], push: false, load: false, exports: [{ type: 'docker', dest: nodePath.join(dir, 'image.tar'), tar: true, line: 1 }] },
    connect,
    {},
    io,
  );
  expect(out.error).toMatchObject({ code: 'NOT_FOUND', input: 'outputs' });
  expect(out.error?.message).toMatch(/type=docker,dest needs skopeo, which is not installed here/);
  expect(out.exported).toEqual([]);
  expect(await fs.readdir(dir)).toEqual([]);
  await fs.rm(dir, { recursive: true, force: true });
});

test('push or load with no reference for this event (no tag line applies): a warning, nothing pushed or loaded, no error', async () => {
  for (const p of [
    { images: ['ghcr.io/acme/app'], push: true, load: false, exports: [] },
    { images: ['ghcr.io/acme/app'], push: false, load: true, exports: [] },
  ]) {
    const io = memoryIO();
    const out = await publish({ ...report, tags: ['latest'], refs: [] }, p, connect, {}, io);
    expect(out.error).toBeUndefined();
    expect(out.pushed).toBeUndefined();
    expect(out.loaded).toBeUndefined();
    expect(
      io.recorded.log
        .filter((l) => l.level === 'warning')
        .map((l) => l.message)
        .join('\n'),
    ).toMatch(/^No tag applies to this event \(latest is the layout's name only\), so nothing was (pushed|loaded)\./);
  }
});
