/**
 * Diagnostic for the fan-out row of bench/push.ts: how long a local
 * docker-registry holds its answer to an upload whose body has all been
 * sent. The registry fsyncs a blob before it answers, and the time grows
 * with the blob: the wait after a fan-out's last byte is the fsync of the
 * blobs that finish last, which with every blob in flight at once are the
 * largest (bench/push.ts, `fan-out idle`).
 *
 * Two random blobs (`--mb` and twice that) go as monolithic PUTs to three
 * fresh registries at once (a fan-out), first each blob alone, then both;
 * for each upload the time its body was all written to the socket and the
 * time the registry answered (the latest of the three registries).
 *
 *   npx tsx bench/registry-answer.ts [--mb 64] [--rounds 3]
 */
import { createHash, randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { startRegistry, type Registry } from '../test/support/registry.js';
import { option } from './lib/option.js';

const MB = Number(option('mb', '64'));
const ROUNDS = Number(option('rounds', '3'));
/** One upload of a few dozen MB to a loopback registry takes seconds at worst; past this the bench fails instead of waiting. */
const UPLOAD_TIMEOUT_MS = 60_000;

/** A random blob, held in memory: no file is read while an upload is timed, and one copy serves every upload. */
interface Blob {
  bytes: Buffer;
  digest: string;
}

function makeBlob(size: number): Blob {
  const bytes = randomBytes(size);
  return { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
}

interface Timing {
  sent: number;
  answered: number;
}

function request(reg: Registry, method: string, pathAndQuery: string, headers: Record<string, string | number>): http.ClientRequest {
  const [host, port] = reg.host.split(':');
  return http.request({ host, port, method, path: pathAndQuery, headers, timeout: UPLOAD_TIMEOUT_MS }).on('timeout', function (this: http.ClientRequest) {
    this.destroy(new Error(`${method} ${reg.host}: no answer in ${UPLOAD_TIMEOUT_MS / 1000} s`));
  });
}

/** One monolithic upload: when its body was all handed to the socket and when the registry answered, in ms from `t0`. */
async function upload(reg: Registry, repo: string, blob: Blob, t0: number): Promise<Timing> {
  const location = await new Promise<string>((resolve, reject) => {
    const post = request(reg, 'POST', `/v2/${repo}/blobs/uploads/`, { 'content-length': 0 });
    post.on('response', (res) => {
      res.resume();
      if (res.statusCode !== 202 || res.headers.location === undefined) reject(new Error(`POST: expected 202 with a Location, got ${res.statusCode}`));
      else resolve(res.headers.location);
    });
    post.on('error', reject);
    post.end();
  });
  const url = new URL(location, reg.url);
  url.searchParams.set('digest', blob.digest);
  return new Promise((resolve, reject) => {
    let sent = 0;
    const put = request(reg, 'PUT', `${url.pathname}${url.search}`, { 'content-length': blob.bytes.length, 'content-type': 'application/octet-stream' });
    put.on('finish', () => (sent = performance.now() - t0));
    put.on('response', (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 201 ? resolve({ sent, answered: performance.now() - t0 }) : reject(new Error(`PUT: expected 201, got ${res.statusCode}`)),
      );
    });
    put.on('error', reject);
    put.end(blob.bytes);
  });
}

/**
 * The blobs to three fresh registries at once, as a fan-out does (fresh, so no phase finds what an earlier one
 * wrote); for each blob the latest of the three registries.
 */
async function toThree(blobs: readonly Blob[]): Promise<Timing[]> {
  const regs = await Promise.all([0, 1, 2].map(() => startRegistry()));
  try {
    const t0 = performance.now();
    const runs = await Promise.all(regs.map((reg) => Promise.all(blobs.map((b) => upload(reg, 'bench/app', b, t0)))));
    return blobs.map((_, i) => ({
      sent: Math.max(...runs.map((r) => (r[i] as Timing).sent)),
      answered: Math.max(...runs.map((r) => (r[i] as Timing).answered)),
    }));
  } finally {
    await Promise.all(regs.map((r) => r.stop()));
  }
}

const small = makeBlob(MB * 1024 * 1024);
const large = makeBlob(2 * MB * 1024 * 1024);
const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (b: Blob): string => `${(b.bytes.length / 2 ** 20).toFixed(0)} MB`;
const line = (what: string, r: Timing): string => `  ${what.padEnd(26)} sent ${fmt(r.sent)}   answered ${fmt(r.answered)}   held ${fmt(r.answered - r.sent)}`;
for (let round = 0; round < ROUNDS; round++) {
  console.log(`round ${round + 1}:`);
  console.log(line(`small alone (${mb(small)})`, (await toThree([small]))[0] as Timing));
  console.log(line(`large alone (${mb(large)})`, (await toThree([large]))[0] as Timing));
  const [s, l] = (await toThree([small, large])) as [Timing, Timing];
  console.log(line('small, beside the large', s));
  console.log(line('large, beside the small', l));
}
