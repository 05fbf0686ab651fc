/**
 * The CPU floor of a fan-out in Node, for bench/push.ts: the least a Node
 * process must do to push a layout's blobs to several registries, with no
 * client logic (no auth, no retries, no HEADs, no deadlines, no streams):
 * each blob read once from disk in 1 MiB reads, hashed once, and every
 * chunk written to one monolithic upload per registry (POST, then PUT
 * ?digest= with Content-Length), `concurrency` blobs at a time; then the
 * manifest. The digest is checked at the end only (the registry checks it
 * too): this is a floor, not a client.
 *
 *   npx tsx bench/push-floor.ts '{"images":["<layout>"],"hosts":["127.0.0.1:5000",...]}'
 *
 * Prints one JSON line like push-worker.ts: { ms, cpuMs, userMs, sysMs, bytesSent }.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as path from 'node:path';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function request(method: string, url: URL, headers: Record<string, string>): http.ClientRequest {
  return http.request({ method, host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers, agent });
}

/** Send the request (ended by the caller) and resolve with its status and headers, the body drained. */
function answer(req: http.ClientRequest): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res));
      res.on('error', reject);
    });
  });
}

async function startUpload(
  host: string,
  repo: string,
  digest: string,
  size: number,
): Promise<{ put: http.ClientRequest; done: Promise<http.IncomingMessage> }> {
  const post = request('POST', new URL(`http://${host}/v2/${repo}/blobs/uploads/`), { 'content-length': '0' });
  const posted = answer(post);
  post.end();
  const res = await posted;
  if (res.statusCode !== 202) throw new Error(`POST ${host}: ${res.statusCode}`);
  const loc = new URL(res.headers.location ?? '', `http://${host}`);
  loc.searchParams.set('digest', digest);
  const put = request('PUT', loc, { 'content-type': 'application/octet-stream', 'content-length': String(size) });
  return { put, done: answer(put) };
}

/** Read buffers handed back once every socket has taken their bytes (reuse: true), so reads land in memory already mapped. */
const pool: Buffer[] = [];

async function pushBlob(file: string, digest: string, hosts: readonly string[], repo: string, reuse: boolean): Promise<number> {
  const size = (await fs.stat(file)).size;
  const ups = await Promise.all(hosts.map((h) => startUpload(h, repo, digest, size)));
  const hash = createHash('sha256');
  const fh = await fs.open(file, 'r');
  try {
    for (;;) {
      // Without reuse, a fresh buffer per read (the sockets may still hold the previous one).
      const buf = (reuse ? pool.pop() : undefined) ?? Buffer.allocUnsafeSlow(1024 * 1024);
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) {
        if (reuse) pool.push(buf);
        break;
      }
      const chunk = buf.subarray(0, bytesRead);
      hash.update(chunk);
      let holders = ups.length;
      const release = (): void => {
        if (--holders === 0 && reuse) pool.push(buf);
      };
      const full = ups.filter((u) => !u.put.write(chunk, release));
      await Promise.all(full.map((u) => new Promise((resolve) => u.put.once('drain', resolve))));
    }
  } finally {
    await fh.close();
  }
  if (`sha256:${hash.digest('hex')}` !== digest) throw new Error(`${file} does not match ${digest}`);
  for (const u of ups) u.put.end();
  for (const res of await Promise.all(ups.map((u) => u.done))) if (res.statusCode !== 201) throw new Error(`PUT: ${res.statusCode}`);
  return size * hosts.length;
}

async function main(): Promise<void> {
  const opts = JSON.parse(process.argv[2] ?? '{}') as { images: string[]; hosts: string[]; concurrency?: number; repo?: string; reuse?: boolean };
  const dir = opts.images[0] as string;
  const repo = opts.repo ?? 'bench/app';
  const t0 = performance.now();
  const blobFile = (digest: string): string => path.join(dir, 'blobs', ...digest.split(':'));
  const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; mediaType: string }> };
  const m = index.manifests[0];
  if (m === undefined) throw new Error(`${dir}/index.json names no manifest`);
  const manifestBytes = await fs.readFile(blobFile(m.digest));
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as { config: { digest: string; size: number }; layers: Array<{ digest: string; size: number }> };
  const blobs = [manifest.config, ...manifest.layers].sort((a, b) => b.size - a.size);
  let bytesSent = 0;
  let next = 0;
  const slot = async (): Promise<void> => {
    while (next < blobs.length) {
      const b = blobs[next++] as { digest: string };
      const sent = await pushBlob(blobFile(b.digest), b.digest, opts.hosts, repo, opts.reuse === true);
      bytesSent += sent;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 6 }, slot));
  await Promise.all(
    opts.hosts.map(async (h) => {
      const put = request('PUT', new URL(`http://${h}/v2/${repo}/manifests/1`), {
        'content-type': m.mediaType,
        'content-length': String(manifestBytes.length),
      });
      const done = answer(put);
      put.end(manifestBytes);
      const res = await done;
      if (res.statusCode !== 201) throw new Error(`manifest PUT ${h}: ${res.statusCode}`);
    }),
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, userMs: cpu.user / 1000, sysMs: cpu.system / 1000, bytesSent }));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
