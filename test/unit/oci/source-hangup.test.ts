/**
 * Every file-backed image source closes a blob's file when its reader hangs up mid-blob (a failed upload destroys
 * its body): the layout (this case was layout.test.ts's), an OCI archive and a builder's dir: output. Fed through pipe-through.ts; `pipe()` only
 * unpiped on a hang-up and left the descriptor open, one per abandoned read for the rest of the run.
 * Also pipe-through itself: a hang-up reaches the source, a source's error reaches the reader, unthrown meanwhile
 * (checked in a child process: jest does not fail a test for an 'error' event nothing listens to).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { DirImageSource } from '../../../shared/src/builders/dir-source.js';
import { OciArchive } from '../../../shared/src/oci/archive.js';
import { digestBytes, encodedOf } from '../../../shared/src/oci/digest.js';
import { OciLayout } from '../../../shared/src/oci/layout.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { ImageSource } from '../../../shared/src/oci/source.js';
import { pipeThrough } from '../../../shared/src/pipe-through.js';
import { writeLayout } from '../../support/images.js';

let dir: string;
// A blob of several 1 MiB reads, so the reader is mid-file when it hangs up.
const bytes = randomBytes(4 * 1024 * 1024 + 17);
const desc = { mediaType: MediaType.OciLayerGzip, digest: digestBytes(bytes), size: bytes.length };
const sources: Record<string, () => Promise<ImageSource>> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'source-hangup-'));
  const layout = path.join(dir, 'layout');
  await writeLayout(layout, { layers: [[{ name: 'etc/hello', content: 'hi\n' }]], config: { User: '1000' } }, 'v1');
  await fs.writeFile(path.join(layout, 'blobs', 'sha256', encodedOf(desc.digest)), bytes);
  const archive = path.join(dir, 'image.oci.tar');
  execFileSync('tar', ['-cf', archive, '-C', layout, 'oci-layout', 'index.json', 'blobs']);
  const dirOut = path.join(dir, 'dir');
  await fs.mkdir(dirOut);
  await fs.writeFile(path.join(dirOut, 'manifest.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaType.OciManifest }));
  await fs.writeFile(path.join(dirOut, encodedOf(desc.digest)), bytes);
  sources['OCI layout'] = () => OciLayout.open(layout);
  sources['OCI archive'] = () => OciArchive.open(archive);
  sources['dir: (a builder output)'] = () => DirImageSource.open(dirOut);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(['OCI layout', 'OCI archive', 'dir: (a builder output)'])('%s', (name) => {
  test('closes the blob file when its reader hangs up before the end', async () => {
    const src = await (sources[name] as () => Promise<ImageSource>)();
    const fds = (): number => readdirSync('/proc/self/fd').length;
    // The whole blob reads and verifies (the test's blob is the one it names).
    const whole: Buffer[] = [];
    for await (const c of (await src.openBlob(desc)) as AsyncIterable<Buffer>) whole.push(c);
    expect(digestBytes(Buffer.concat(whole))).toBe(desc.digest);
    const before = fds();
    for (let i = 0; i < 20; i++) {
      const s = await src.openBlob(desc);
      s.on('error', () => undefined);
      await new Promise((resolve) => s.once('data', resolve));
      s.destroy();
    }
    // Closing is asynchronous (after a read in flight): give it a moment.
    for (let i = 0; i < 50 && fds() - before >= 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fds() - before).toBeLessThan(5);
    // And a whole read still verifies.
    const again: Buffer[] = [];
    for await (const c of (await src.openBlob(desc)) as AsyncIterable<Buffer>) again.push(c);
    expect(Buffer.concat(again).equals(bytes)).toBe(true);
  });
});

describe('pipeThrough', () => {
  test('a reader that hangs up destroys the source', async () => {
    const source = new Readable({ read() {} });
    source.push(Buffer.from('abc'));
    const into = pipeThrough(source, new PassThrough());
    await new Promise((resolve) => into.once('data', resolve));
    into.destroy();
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });

  test("a source's error reaches the reader that listens later", async () => {
    const source = new Readable({ read() {} });
    const into = pipeThrough(source, new PassThrough());
    source.destroy(new Error('cut'));
    await new Promise((resolve) => setImmediate(resolve));
    // Already failed with the source's error, before any reader came.
    expect(into.errored?.message).toBe('cut');
    await expect(
      (async () => {
        for await (const c of into as AsyncIterable<Buffer>) void c;
      })(),
    ).rejects.toThrow('cut');
  });

  test("a source's error before the reader listens is not thrown at the process (in a child: jest does not fail on it)", () => {
    // The same as above in a process of its own: an 'error' event nothing listens to would kill it (with
    // `source.pipe(into)` it does: exit 1, and the reader never sees the error).
    const code = [
      'import { PassThrough, Readable } from "node:stream";',
      'const { pipeThrough } = await import(process.argv[1]);',
      'const source = new Readable({ read() {} });',
      'const into = pipeThrough(source, new PassThrough());',
      'source.destroy(new Error("cut"));',
      'await new Promise((r) => setTimeout(r, 20));',
      'try { for await (const c of into) void c; console.log("ended"); } catch (e) { console.log("reader saw: " + e.message); }',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, path.resolve('shared/src/pipe-through.ts')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: r.status, out: r.stdout.trim() }).toEqual({ status: 0, out: 'reader saw: cut' });
  });

  test('the end of the source ends the reader, with every byte', async () => {
    const into = pipeThrough(Readable.from([Buffer.from('a'), Buffer.from('b')]), new PassThrough());
    const got: Buffer[] = [];
    for await (const c of into as AsyncIterable<Buffer>) got.push(c);
    expect(Buffer.concat(got).toString()).toBe('ab');
  });
});
