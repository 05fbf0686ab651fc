/**
 * A referrers-capable registry for tests: a real docker-registry (which has
 * no referrers API) behind a small front that adds distribution-spec 1.1's
 * GET /v2/<name>/referrers/<digest>. Every request is forwarded to the real
 * registry; a manifest PUT that the registry accepted and that carries a
 * `subject` is remembered (artifactType and annotations copied up, as the
 * spec lists them) and answered with OCI-Subject. Lists are filtered by
 * `artifactType` (with OCI-Filters-Applied) and paginated with Link headers
 * when a page size is set. Faults on request: refuse artifact manifests
 * (400/415 MANIFEST_INVALID, as registries without OCI 1.1 do), or answer
 * the referrers endpoint with anything (a hostile or broken registry).
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReferrerEntry {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export type ReferrersFault =
  /** Refuse every manifest PUT that carries a `subject`. */
  | { kind: 'refuse-artifacts'; status: 400 | 415; code?: string }
  /** Answer the referrers endpoint with this, `times` times (default: always). */
  | { kind: 'referrers-answer'; status: number; contentType?: string; body: string | Buffer; headers?: Record<string, string>; times?: number };

export interface ReferrersRegistry {
  /** host:port of the front. */
  host: string;
  /** Remembered referrers, keyed `<repo>@<subject digest>`. */
  referrers: Map<string, ReferrerEntry[]>;
  /** Every request: method, path (with query), status answered. */
  log: Array<{ method: string; path: string; status: number }>;
  fault(f: ReferrersFault): void;
  clearFaults(): void;
  stop(): Promise<void>;
}

const MAX_MANIFEST = 4 * 1024 * 1024;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_MANIFEST) req.destroy(new Error('manifest too large'));
      else parts.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export async function startReferrersRegistry(backend: string, opts: { pageSize?: number } = {}): Promise<ReferrersRegistry> {
  const referrers = new Map<string, ReferrerEntry[]>();
  const log: ReferrersRegistry['log'] = [];
  let faults: Array<ReferrersFault & { left: number }> = [];
  let host = '';
  const [bhost, bport] = [backend.slice(0, backend.lastIndexOf(':')), Number(backend.slice(backend.lastIndexOf(':') + 1))];

  const answer = (
    res: http.ServerResponse,
    entry: ReferrersRegistry['log'][number],
    status: number,
    headers: Record<string, string>,
    body: string | Buffer,
  ): void => {
    entry.status = status;
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, entry: ReferrersRegistry['log'][number], body?: Buffer): Promise<number> =>
    new Promise((resolve) => {
      const headers = { ...req.headers, host: backend };
      if (body !== undefined) headers['content-length'] = String(body.length);
      const up = http.request({ host: bhost, port: bport, method: req.method, path: req.url, headers }, (r) => {
        const out: http.OutgoingHttpHeaders = { ...r.headers };
        // The real registry names itself in Location: send the client back through the front.
        if (typeof out.location === 'string') out.location = out.location.replace(`http://${backend}`, `http://${host}`);
        entry.status = r.statusCode ?? 502;
        res.writeHead(entry.status, out);
        r.pipe(res);
        r.on('end', () => resolve(entry.status));
      });
      up.on('error', () => {
        entry.status = 502;
        res.destroy();
        resolve(502);
      });
      if (body !== undefined) up.end(body);
      else req.pipe(up);
    });

  const listReferrers = (res: http.ServerResponse, entry: ReferrersRegistry['log'][number], repo: string, subject: string, url: URL): void => {
    let list = referrers.get(`${repo}@${subject}`) ?? [];
    const headers: Record<string, string> = { 'content-type': 'application/vnd.oci.image.index.v1+json' };
    const type = url.searchParams.get('artifactType');
    if (type !== null) {
      list = list.filter((e) => e.artifactType === type);
      headers['oci-filters-applied'] = 'artifactType';
    }
    if (opts.pageSize !== undefined) {
      const from = Number(url.searchParams.get('last') ?? '0');
      const next = from + opts.pageSize;
      if (next < list.length) {
        const q = new URLSearchParams(url.searchParams);
        q.set('last', String(next));
        headers.link = `<${url.pathname}?${q.toString()}>; rel="next"`;
      }
      list = list.slice(from, next);
    }
    answer(res, entry, 200, headers, JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: list }));
  };

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const p = req.url ?? '/';
    const entry = { method, path: p, status: 0 };
    log.push(entry);
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const url = new URL(p, 'http://front');
    const ref = /^\/v2\/(.+)\/referrers\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && ref !== null) {
      const f = faults.find((x) => x.kind === 'referrers-answer' && x.left > 0);
      if (f !== undefined && f.kind === 'referrers-answer') {
        f.left--;
        return answer(res, entry, f.status, { 'content-type': f.contentType ?? 'application/vnd.oci.image.index.v1+json', ...(f.headers ?? {}) }, f.body);
      }
      return listReferrers(res, entry, ref[1] ?? '', decodeURIComponent(ref[2] ?? ''), url);
    }
    const put = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (method !== 'PUT' || put === null) return void forward(req, res, entry);
    void (async () => {
      const body = await readBody(req);
      let doc: {
        subject?: { digest?: string };
        artifactType?: string;
        mediaType?: string;
        config?: { mediaType?: string };
        annotations?: Record<string, string>;
      } = {};
      try {
        doc = JSON.parse(body.toString('utf8')) as typeof doc;
      } catch {
        /* the registry will say */
      }
      const subject = doc.subject?.digest;
      const refuse = faults.find((x) => x.kind === 'refuse-artifacts');
      if (subject !== undefined && refuse !== undefined && refuse.kind === 'refuse-artifacts') {
        const code = refuse.code ?? 'MANIFEST_INVALID';
        return answer(res, entry, refuse.status, { 'content-type': 'application/json' }, JSON.stringify({ errors: [{ code, message: 'manifest invalid' }] }));
      }
      // OCI-Subject goes out with the registry's answer; the entry is kept once it was accepted.
      if (subject !== undefined) res.setHeader('oci-subject', subject);
      const status = await forward(req, res, entry, body);
      if (status !== 201 || subject === undefined) return;
      const e: ReferrerEntry = {
        mediaType: doc.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
        size: body.length,
      };
      const type = doc.artifactType ?? doc.config?.mediaType;
      if (type !== undefined) e.artifactType = type;
      if (doc.annotations !== undefined) e.annotations = doc.annotations;
      const key = `${put[1] ?? ''}@${subject}`;
      const list = referrers.get(key) ?? [];
      if (!list.some((x) => x.digest === e.digest)) list.push(e);
      referrers.set(key, list);
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    referrers,
    log,
    fault: (f) => faults.push({ ...f, left: f.kind === 'referrers-answer' ? (f.times ?? Infinity) : Infinity }),
    clearFaults: () => {
      faults = [];
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
