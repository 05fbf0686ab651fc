/**
 * The distribution-API routes buildah and podman (containers/image) call when
 * a repository is their layer cache — checked by running buildah against it:
 * GET /v2/, HEAD/GET/PUT manifests, HEAD/GET blobs, POST/PATCH/PUT/GET/DELETE
 * uploads, and tags/list. One repository, `cache`. Anything else is 404 with
 * a registry error body. Requests whose Host is not our loopback address are
 * refused, so a web page cannot reach the cache through DNS rebinding.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { isPipelineError } from '../../errors.js';
import type { Digest } from '../../oci/digest.js';
import { preview } from '../../preview.js';
import { MAX_MANIFEST_BYTES, parseSha256 } from './entries.js';
import { errorBody, RegistryHttpError } from './http-error.js';
import type { CacheLog } from './src-layout.js';
import type { CacheStore } from './store.js';

export const CACHE_REPOSITORY = 'cache';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, groups: string[]) => Promise<void>;

const API_HEADERS = { 'Docker-Distribution-API-Version': 'registry/2.0' };

function send(res: ServerResponse, status: number, headers: Record<string, string | number>, body?: string | Buffer): void {
  res.writeHead(status, { ...API_HEADERS, ...headers, ...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }) });
  res.end(body);
}

function sendError(req: IncomingMessage, res: ServerResponse, e: RegistryHttpError): void {
  // A body we did not read is not drained: the connection closes instead, so a huge one costs nothing.
  if (req.method !== 'GET' && req.method !== 'HEAD' && !req.complete) res.setHeader('Connection', 'close');
  send(res, e.status, { 'Content-Type': 'application/json' }, req.method === 'HEAD' ? undefined : errorBody(e.code, e.message));
}

/** The whole body, refused past `max` (by Content-Length before reading, else while reading). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const tooLarge = (): RegistryHttpError => new RegistryHttpError(413, 'SIZE_INVALID', `body is larger than the ${max}-byte bound`);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const digestParam = (url: URL): Digest => {
  const d = parseSha256(url.searchParams.get('digest') ?? '');
  if (d === undefined) throw new RegistryHttpError(400, 'DIGEST_INVALID', 'expected ?digest=sha256:<64 hex digits>');
  return d;
};

const uploadHeaders = (id: string, size: number): Record<string, string> => ({
  Location: `/v2/${CACHE_REPOSITORY}/blobs/uploads/${id}`,
  'Docker-Upload-UUID': id,
  Range: `0-${Math.max(0, size - 1)}`,
});

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new RegistryHttpError(400, 'NAME_INVALID', 'malformed percent-encoding in the path');
  }
}

export function cacheHandler(store: CacheStore, allowedHosts: ReadonlySet<string>, log: CacheLog): (req: IncomingMessage, res: ServerResponse) => void {
  const base: Handler = async (_req, res) => send(res, 200, { 'Content-Type': 'application/json' }, '{}');

  const manifests: Handler = async (req, res, _url, [ref]) => {
    const reference = ref as string;
    if (req.method === 'PUT') {
      const bytes = await readBody(req, MAX_MANIFEST_BYTES);
      const desc = await store.putManifest(reference, bytes, req.headers['content-type']);
      send(res, 201, { Location: `/v2/${CACHE_REPOSITORY}/manifests/${desc.digest}`, 'Docker-Content-Digest': desc.digest });
      return;
    }
    const found = await store.manifest(reference);
    if (found === undefined) throw new RegistryHttpError(404, 'MANIFEST_UNKNOWN', 'manifest unknown');
    const headers = { 'Content-Type': found.desc.mediaType, 'Docker-Content-Digest': found.desc.digest, 'Content-Length': found.bytes.length };
    res.writeHead(200, { ...API_HEADERS, ...headers });
    res.end(req.method === 'HEAD' ? undefined : found.bytes);
  };

  const blobs: Handler = async (req, res, _url, [ref]) => {
    const digest = parseSha256(ref as string);
    if (digest === undefined) throw new RegistryHttpError(400, 'DIGEST_INVALID', 'expected a sha256 digest');
    const found = await store.blob(digest);
    if (found === undefined) throw new RegistryHttpError(404, 'BLOB_UNKNOWN', 'blob unknown');
    res.writeHead(200, { ...API_HEADERS, 'Content-Type': 'application/octet-stream', 'Content-Length': found.size, 'Docker-Content-Digest': digest });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A source blob that stops matching its digest mid-stream errors here; the cut connection tells the client.
    await pipeline(await found.open(), res).catch((e: unknown) => {
      // The client hanging up early is its business (containers/image stops reading blobs it already has).
      if (isPipelineError(e)) log.warning(`local cache: stopped serving blob ${digest}: ${e.message}`);
      res.destroy();
    });
  };

  const uploads: Handler = async (req, res, url, [id]) => {
    const session = id as string;
    if (req.method === 'POST' && session === '') {
      const mount = parseSha256(url.searchParams.get('mount') ?? '');
      // Cross-repository mount: there is one repository, so a blob the cache holds is already "mounted".
      if (mount !== undefined && (await store.blob(mount)) !== undefined) {
        send(res, 201, { Location: `/v2/${CACHE_REPOSITORY}/blobs/${mount}`, 'Docker-Content-Digest': mount });
        return;
      }
      const started = await store.uploads.start();
      if (url.searchParams.has('digest')) {
        // Monolithic upload: the blob is this POST's body.
        const digest = digestParam(url);
        await store.finishUpload(started, digest, req);
        send(res, 201, { Location: `/v2/${CACHE_REPOSITORY}/blobs/${digest}`, 'Docker-Content-Digest': digest });
        return;
      }
      send(res, 202, uploadHeaders(started, 0));
      return;
    }
    if (session === '') throw new RegistryHttpError(404, 'BLOB_UPLOAD_UNKNOWN', 'no upload named');
    switch (req.method) {
      case 'PATCH': {
        const size = await store.uploads.append(session, req, req.headers['content-range']);
        send(res, 202, uploadHeaders(session, size));
        return;
      }
      case 'PUT': {
        const digest = digestParam(url);
        await store.finishUpload(session, digest, req);
        send(res, 201, { Location: `/v2/${CACHE_REPOSITORY}/blobs/${digest}`, 'Docker-Content-Digest': digest });
        return;
      }
      case 'GET':
        send(res, 204, uploadHeaders(session, store.uploads.size(session)));
        return;
      case 'DELETE':
        await store.uploads.cancel(session);
        send(res, 204, {});
        return;
      default:
        throw new RegistryHttpError(405, 'UNSUPPORTED', 'method not allowed');
    }
  };

  const tags: Handler = async (_req, res) =>
    send(res, 200, { 'Content-Type': 'application/json' }, JSON.stringify({ name: CACHE_REPOSITORY, tags: store.tags() }));

  const routes: Array<{ re: RegExp; methods: readonly string[]; handle: Handler }> = [
    { re: /^\/v2\/?$/, methods: ['GET', 'HEAD'], handle: base },
    { re: /^\/v2\/([^?]+)\/manifests\/([^/]+)$/, methods: ['GET', 'HEAD', 'PUT'], handle: manifests },
    { re: /^\/v2\/([^?]+)\/blobs\/uploads\/?([^/]*)$/, methods: ['POST', 'PATCH', 'PUT', 'GET', 'DELETE'], handle: uploads },
    { re: /^\/v2\/([^?]+)\/blobs\/([^/]+)$/, methods: ['GET', 'HEAD'], handle: blobs },
    { re: /^\/v2\/([^?]+)\/tags\/list$/, methods: ['GET'], handle: tags },
  ];

  return (req, res) => {
    const started = Date.now();
    res.on('finish', () =>
      log.debug(`local cache: ${req.method} ${preview(req.url ?? '', { redact: false, max: 160 })} -> ${res.statusCode} (${Date.now() - started} ms)`),
    );
    const handle = async (): Promise<void> => {
      if (!allowedHosts.has(req.headers.host ?? '')) throw new RegistryHttpError(403, 'DENIED', 'this registry answers on its loopback address only');
      const url = new URL(req.url ?? '/', 'http://cache.invalid');
      for (const route of routes) {
        const m = route.re.exec(url.pathname);
        if (m === null) continue;
        const [, name, ...rest] = m;
        if (route.handle !== base && name !== CACHE_REPOSITORY)
          throw new RegistryHttpError(404, 'NAME_UNKNOWN', `only the repository '${CACHE_REPOSITORY}' is served`);
        if (!route.methods.includes(req.method ?? '')) throw new RegistryHttpError(405, 'UNSUPPORTED', 'method not allowed');
        await route.handle(req, res, url, route.handle === base ? [] : rest.map((g) => decodePart(g ?? '')));
        return;
      }
      throw new RegistryHttpError(404, 'UNSUPPORTED', 'unknown route');
    };
    handle().catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof RegistryHttpError) {
        sendError(req, res, e);
        return;
      }
      log.debug(`local cache: ${req.method} ${preview(req.url ?? '', { redact: false, max: 160 })} failed: ${(e as Error).message}`);
      sendError(req, res, new RegistryHttpError(500, 'UNKNOWN', 'internal error'));
    });
  };
}
