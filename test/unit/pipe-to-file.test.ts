/**
 * pipe-to-file.ts: every stream we write into a file opens the file before the first byte moves, so a caller's
 * cleanup on failure always finds the file. fs.createWriteStream opens in the background, and a pipeline whose
 * source fails first rejects before that open lands: the cleanup then misses the file created a moment later
 * (CI left a vulnerability-db `.part` behind this way).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { pbkdf2 } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeToFile } from '../../shared/src/pipe-to-file.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pipe-to-file-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const exists = (f: string): Promise<boolean> =>
  fs.stat(f).then(
    () => true,
    () => false,
  );

/** A source that fails on its first read, from the event loop (as a cut socket does), never from the thread pool. */
const failing = (): Readable =>
  new Readable({
    read(): void {
      setImmediate(() => this.destroy(new Error('cut off')));
    },
  });

/** Queue slow work on every libuv thread, so a file open waits behind it while the event loop runs on. */
function busyThreadPool(): void {
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  for (let i = 0; i < threads; i++) pbkdf2('x', 'y', 40_000, 32, 'sha256', () => undefined);
}

describe('pipeToFile', () => {
  it('writes the source through the transforms, with the mode given', async () => {
    const file = path.join(dir, 'upper');
    const upper = new Transform({ transform: (c: Buffer, _e, cb) => cb(null, Buffer.from(c.toString('utf8').toUpperCase())) });
    await pipeToFile(file, { flags: 'wx', mode: 0o600 }, Readable.from([Buffer.from('abc'), Buffer.from('def')]), upper);
    expect(await fs.readFile(file, 'utf8')).toBe('ABCDEF');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it("'a' appends, 'w' starts over, 'wx' refuses a file that is there", async () => {
    const file = path.join(dir, 'flags');
    await pipeToFile(file, { flags: 'wx' }, Readable.from([Buffer.from('one')]));
    await pipeToFile(file, { flags: 'a' }, Readable.from([Buffer.from('two')]));
    expect(await fs.readFile(file, 'utf8')).toBe('onetwo');
    await pipeToFile(file, { flags: 'w' }, Readable.from([Buffer.from('three')]));
    expect(await fs.readFile(file, 'utf8')).toBe('three');
    await expect(pipeToFile(file, { flags: 'wx' }, Readable.from([Buffer.from('four')]))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await fs.readFile(file, 'utf8')).toBe('three');
  });

  it('a failed open destroys every stream given, so a network body is not left holding its connection', async () => {
    const source = Readable.from([Buffer.from('x')]);
    const middle = new Transform({ transform: (c, _e, cb) => cb(null, c) });
    await expect(pipeToFile(path.join(dir, 'no-such-folder', 'f'), { flags: 'wx' }, source, middle)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(source.destroyed).toBe(true);
    expect(middle.destroyed).toBe(true);
  });

  it('when the source fails before the file could have opened, the file is there at the rejection for the cleanup to remove', async () => {
    // With fs.createWriteStream, the open sits behind the busy thread pool and the pipeline rejects first: the
    // file is missing at the rejection in every one of these rounds, and appears after the cleanup has run.
    for (let round = 0; round < 5; round++) {
      const file = path.join(dir, `early-${round}.part`);
      busyThreadPool();
      await expect(pipeToFile(file, { flags: 'wx' }, failing())).rejects.toThrow('cut off');
      // Checked synchronously: an fs.stat would queue on the thread pool behind the open and see it done.
      expect(existsSync(file)).toBe(true);
      await fs.rm(file, { force: true });
      await new Promise((r) => setTimeout(r, 20));
      expect(await exists(file)).toBe(false);
    }
  });

  it('a source that fails while the file opens rejects the call, and is not thrown at the process', async () => {
    // Nothing listens to the source until the file is open; an 'error' with no listener would crash the run.
    const file = path.join(dir, 'during-open.part');
    const source = new Readable({ read: () => undefined });
    busyThreadPool();
    setImmediate(() => source.destroy(new Error('cut while opening')));
    await expect(pipeToFile(file, { flags: 'wx' }, source)).rejects.toThrow('cut while opening');
    await fs.rm(file, { force: true });
  });

  describe('a download cut off midway, as a fetch body', () => {
    let server: http.Server;
    let url: string;
    beforeAll(async () => {
      const body = Buffer.alloc(5000, 0x61);
      server = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-length': body.length });
        res.write(body.subarray(0, 100), () => res.destroy());
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    });
    afterAll(async () => {
      await new Promise((r) => server.close(r));
    });

    it('leaves nothing behind once the caller removes the partial file (100 cuts)', async () => {
      // The shape db-cache.ts and release-fetch.ts use. With fs.createWriteStream and no listener on the body
      // before the pipeline, about 1 cut in 50 left its file here.
      const left: string[] = [];
      for (let i = 0; i < 100; i++) {
        const part = path.join(dir, `cut-${i}.part`);
        const res = await fetch(url);
        const pass = new Transform({ transform: (c, _e, cb) => cb(null, c) });
        await expect(pipeToFile(part, { flags: 'wx' }, Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), pass)).rejects.toThrow();
        await fs.rm(part, { force: true });
      }
      await new Promise((r) => setTimeout(r, 50));
      for (const n of await fs.readdir(dir)) if (n.startsWith('cut-')) left.push(n);
      expect(left).toEqual([]);
    });
  });
});
