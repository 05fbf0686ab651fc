/**
 * A child process for test/hostile/fetch-connection-close.test.ts: loads the
 * npm undici first, as the bundles do (@actions/http-client's, with
 * @actions/tool-cache), so it becomes fetch's global dispatcher; then
 * downloads argv[2] through downloadRelease (the Packer zip's path) and
 * fetchIndex's reader (fetchFollowing), printing the bytes each got.
 */
import * as fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

await import('undici');
const { downloadRelease } = await import('../../shared/src/builders/packer/release-fetch.js');
const { fetchFollowing } = await import('../../shared/src/registry/transport/follow.js');
const url = process.argv[2] ?? '';
const file = await downloadRelease(url, 'packer-version', { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 1000 } });
const zip = (await fs.stat(file)).size;
await fs.rm(file, { force: true });
const res = await fetchFollowing(url, { signal: AbortSignal.timeout(60_000) }, { what: url });
let read = 0;
for await (const c of Readable.fromWeb(res.body as WebReadableStream<Uint8Array>)) {
  read += (c as Buffer).length;
  // A reader slower than the loopback server, which has sent everything and closed long before the end.
  if (read % (1 << 20) < (c as Buffer).length) await new Promise((r) => setTimeout(r, 5));
}
process.stdout.write(JSON.stringify({ zip, read }) + '\n');
