/**
 * A registry as far away as a cloud one, on loopback, for bench/remote-push.ts:
 * the distribution API's push half (ping, blob HEAD, POST/PATCH/PUT uploads,
 * monolithic or streamed, manifest PUT/HEAD/GET), every answer held back by a
 * round-trip time, every upload stream read no faster than a per-stream rate,
 * and a blob's final PUT answered only after a commit time that grows with the
 * blob (a cloud registry moves it into its blob store then). It checks each
 * blob's digest and keeps only digests and manifests, no blob bytes.
 *
 * This is a model, not a measurement of any registry: its parameters are the
 * bench's stated assumptions. There is no loopback delay to be had here (no
 * netem in this kernel), hence the emulator.
 */
import { createHash, randomUUID, type Hash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RemoteModel {
  /** Added before every answer. */
  rttMs: number;
  /** Per upload stream (a PUT or PATCH body), bytes per second. */
  streamBytesPerSec: number;
  /** A blob's commit: fixed part, and per MiB. */
  commitMs: number;
  commitMsPerMiB: number;
}

export interface RemoteRegistry {
  host: string;
  /** Forget every blob and manifest (a fresh, empty registry). */
  reset(): void;
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startRemoteRegistry(model: RemoteModel): Promise<RemoteRegistry> {
  const blobs = new Set<string>();
  const manifests = new Map<string, { type: string; bytes: Buffer; digest: string }>();
  const uploads = new Map<string, { hash: Hash; size: number }>();

  /** Read the body no faster than the stream rate, into the upload's hash (or into a buffer for manifests). */
  const readBody = async (req: http.IncomingMessage, into?: { hash: Hash; size: number }): Promise<Buffer> => {
    const kept: Buffer[] = [];
    const t0 = performance.now();
    let n = 0;
    for await (const c of req as AsyncIterable<Buffer>) {
      n += c.length;
      if (into !== undefined) {
        into.hash.update(c);
        into.size += c.length;
      } else kept.push(c);
      const due = (n / model.streamBytesPerSec) * 1000 - (performance.now() - t0);
      if (due > 1) await sleep(due);
    }
    return Buffer.concat(kept);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const answer = async (status: number, headers: Record<string, string> = {}, body?: Buffer): Promise<void> => {
        await sleep(model.rttMs);
        res.writeHead(status, { 'docker-distribution-api-version': 'registry/2.0', 'content-length': String(body?.length ?? 0), ...headers });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
      const p = url.pathname;
      if (p === '/v2/' || p === '/v2') return answer(200);
      const blob = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/.exec(p);
      if (blob !== null && (req.method === 'HEAD' || req.method === 'GET')) {
        return blobs.has(blob[2] as string) ? answer(200, { 'docker-content-digest': blob[2] as string }) : answer(404);
      }
      const start = /^\/v2\/(.+)\/blobs\/uploads\/$/.exec(p);
      if (start !== null && req.method === 'POST') {
        await readBody(req);
        const id = randomUUID();
        uploads.set(id, { hash: createHash('sha256'), size: 0 });
        return answer(202, { location: `/v2/${start[1]}/blobs/uploads/${id}`, 'docker-upload-uuid': id, range: '0-0' });
      }
      const up = /^\/v2\/(.+)\/blobs\/uploads\/([0-9a-f-]+)$/.exec(p);
      if (up !== null) {
        const u = uploads.get(up[2] as string);
        if (u === undefined) return answer(404, { 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN"}]}'));
        if (req.method === 'PATCH') {
          await readBody(req, u);
          return answer(202, { location: p, range: `0-${Math.max(0, u.size - 1)}`, 'docker-upload-uuid': up[2] as string });
        }
        if (req.method === 'PUT') {
          await readBody(req, u);
          const digest = url.searchParams.get('digest') ?? '';
          uploads.delete(up[2] as string);
          if (`sha256:${u.hash.digest('hex')}` !== digest) {
            return answer(400, { 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"DIGEST_INVALID"}]}'));
          }
          await sleep(model.commitMs + (u.size / 1024 / 1024) * model.commitMsPerMiB);
          blobs.add(digest);
          return answer(201, { location: `/v2/${up[1]}/blobs/${digest}`, 'docker-content-digest': digest });
        }
        if (req.method === 'DELETE') return answer(204);
      }
      const man = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(p);
      if (man !== null) {
        const key = `${man[1]}@${man[2]}`;
        if (req.method === 'PUT') {
          const bytes = await readBody(req);
          const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
          const m = { type: req.headers['content-type'] ?? '', bytes, digest };
          manifests.set(key, m);
          manifests.set(`${man[1]}@${digest}`, m);
          return answer(201, { location: `/v2/${man[1]}/manifests/${digest}`, 'docker-content-digest': digest });
        }
        const m = manifests.get(key);
        if (m === undefined) return answer(404, { 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}'));
        return answer(200, { 'content-type': m.type, 'docker-content-digest': m.digest }, m.bytes);
      }
      await readBody(req);
      return answer(404, { 'content-type': 'application/json' }, Buffer.from('{"errors":[{"code":"NAME_UNKNOWN"}]}'));
    })().catch(() => res.destroy());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    reset: () => {
      blobs.clear();
      manifests.clear();
      uploads.clear();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
