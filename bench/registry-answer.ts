/**
 * Diagnostic for the fan-out row of bench/push.ts: how long a local
 * docker-registry holds its answer to an upload whose body has all been
 * sent. The registry fsyncs a blob before it answers; on this machine's
 * disk that fsync does not finish while another upload beside it is still
 * writing, so an upload that ends first is answered only when the other
 * ends too. A client cannot send around that; it is why the fan-out idles
 * while the registries finish (bench/push.ts, `fan-out idle`).
 *
 * Two random blobs (`--mb` and 1.2x that) go as monolithic PUTs to three
 * fresh registries at once (a fan-out), first each blob alone, then both;
 * for each upload the time its body was all written to the socket and the
 * time the registry answered (the latest of the three registries).
 *
 *   npx tsx bench/registry-answer.ts [--mb 64] [--rounds 3]
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { startRegistry, type Registry } from '../test/support/registry.js';
import { option } from './lib/option.js';

const MB = Number(option('mb', '64'));
const ROUNDS = Number(option('rounds', '3'));

interface Blob {
  file: string;
  digest: string;
  size: number;
}

async function makeBlob(dir: string, size: number): Promise<Blob> {
  const file = path.join(dir, `blob-${size}`);
  const fh = await fs.open(file, 'w');
  const hash = createHash('sha256');
  for (let left = size; left > 0;) {
    const chunk = randomBytes(Math.min(left, 1 << 20));
    hash.update(chunk);
    await fh.write(chunk);
    left -= chunk.length;
  }
  await fh.close();
  return { file, digest: `sha256:${hash.digest('hex')}`, size };
}

function request(reg: Registry, method: string, pathAndQuery: string, headers: Record<string, string | number>): http.ClientRequest {
  const [host, port] = reg.host.split(':');
  return http.request({ host, port, method, path: pathAndQuery, headers });
}

/** One monolithic upload: when its body was all handed to the socket and when the registry answered, in ms from `t0`. */
async function upload(reg: Registry, repo: string, blob: Blob, t0: number): Promise<{ sent: number; answered: number }> {
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
  const data = await fs.readFile(blob.file);
  return new Promise((resolve, reject) => {
    let sent = 0;
    const put = request(reg, 'PUT', `${url.pathname}${url.search}`, { 'content-length': blob.size, 'content-type': 'application/octet-stream' });
    put.on('finish', () => (sent = performance.now() - t0));
    put.on('response', (res) => {
      res.resume();
      res.on('end', () =>
        res.statusCode === 201 ? resolve({ sent, answered: performance.now() - t0 }) : reject(new Error(`PUT: expected 201, got ${res.statusCode}`)),
      );
    });
    put.on('error', reject);
    put.end(data);
  });
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-answer-'));
try {
  const small = await makeBlob(dir, MB * 1024 * 1024);
  const large = await makeBlob(dir, Math.round(MB * 1.2) * 1024 * 1024);
  const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const line = (what: string, r: { sent: number; answered: number }): string =>
    `  ${what.padEnd(26)} sent ${fmt(r.sent)}   answered ${fmt(r.answered)}   held ${fmt(r.answered - r.sent)}`;
  for (let round = 0; round < ROUNDS; round++) {
    const regs = await Promise.all([0, 1, 2].map(() => startRegistry()));
    try {
      console.log(`round ${round + 1}:`);
      // Each phase to the three registries at once, as a fan-out does; the latest of the three is printed.
      const toAll = async (repo: string, blobs: readonly Blob[]): Promise<Array<{ sent: number; answered: number }>> => {
        const t0 = performance.now();
        const runs = await Promise.all(regs.map((reg) => Promise.all(blobs.map((b) => upload(reg, repo, b, t0)))));
        return blobs.map((_, i) => ({
          sent: Math.max(...runs.map((r) => (r[i] as { sent: number }).sent)),
          answered: Math.max(...runs.map((r) => (r[i] as { answered: number }).answered)),
        }));
      };
      const mb = (b: Blob): string => `${(b.size / 2 ** 20).toFixed(0)} MB`;
      console.log(line(`small alone (${mb(small)})`, (await toAll(`alone/small`, [small]))[0] as { sent: number; answered: number }));
      console.log(line(`large alone (${mb(large)})`, (await toAll(`alone/large`, [large]))[0] as { sent: number; answered: number }));
      const [s, l] = (await toAll('both/app', [small, large])) as [{ sent: number; answered: number }, { sent: number; answered: number }];
      console.log(line('small, beside the large', s));
      console.log(line('large, beside the small', l));
    } finally {
      await Promise.all(regs.map((r) => r.stop()));
    }
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true });
}
