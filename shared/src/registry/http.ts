/**
 * One HTTP exchange with a registry over node:http(s), streaming both ways.
 * Transport failures become RegistryError('NETWORK') carrying the socket
 * error code, so retry.ts can classify them. No retries and no auth here.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { finished, type Readable } from 'node:stream';
import { isPipelineError } from '../errors.js';
import { RegistryError } from './registry-error.js';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  /** A buffer can be sent again; a stream cannot. */
  body?: Buffer | Readable;
  /** Connect to this host:port instead of the URL's (the Host header keeps the URL's). */
  connectTo?: string;
  /** Fail when the socket is idle this long. */
  idleTimeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  url: URL;
  body: http.IncomingMessage;
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

function networkError(e: NodeJS.ErrnoException, req: HttpRequest): RegistryError {
  const errno = e.code ?? (/premature|aborted|hang up/i.test(e.message) ? 'ECONNRESET' : 'ENETWORK');
  return new RegistryError('NETWORK', `${req.method} ${req.url.host}${req.url.pathname} failed: ${e.message}`, { errno }, 'Check that the registry is reachable from this runner.', e);
}

export function send(req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const isHttps = req.url.protocol === 'https:';
    const headers: Record<string, string> = { 'user-agent': 'image-pipeline', ...(req.headers ?? {}) };
    if (Buffer.isBuffer(req.body)) headers['content-length'] = String(req.body.length);
    let host = req.url.hostname;
    let port = req.url.port;
    if (req.connectTo !== undefined) {
      const i = req.connectTo.lastIndexOf(':');
      host = req.connectTo.slice(0, i);
      port = req.connectTo.slice(i + 1);
      headers.host = req.url.host;
    }
    const options: https.RequestOptions = {
      method: req.method,
      host: host.replace(/^\[|\]$/g, ''),
      port: port === '' ? (isHttps ? 443 : 80) : Number(port),
      path: `${req.url.pathname}${req.url.search}`,
      headers,
      agent: isHttps ? agents.https : agents.http,
      servername: req.url.hostname,
    };
    let settled = false;
    let bodyError: unknown;
    const r = (isHttps ? https : http).request(options, (res) => {
      settled = true;
      const body = req.body;
      if (body !== undefined && !Buffer.isBuffer(body) && !body.readableEnded) {
        // Answered before taking the whole body (an error): stop sending and
        // do not reuse this connection.
        body.unpipe(r);
        res.once('end', () => r.destroy());
      }
      resolve({ status: res.statusCode ?? 0, headers: res.headers, url: req.url, body: res });
    });
    r.setTimeout(req.idleTimeoutMs ?? 120_000, () => r.destroy(Object.assign(new Error(`no data for ${(req.idleTimeoutMs ?? 120_000) / 1000}s`), { code: 'ETIMEDOUT' })));
    r.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      // A body that failed its own check (digest mismatch) is the real cause.
      reject(isPipelineError(bodyError) ? bodyError : networkError(e, req));
    });
    const body = req.body;
    if (body === undefined || Buffer.isBuffer(body)) {
      r.end(body);
    } else {
      if (body.destroyed) {
        // A tee branch can fail (the blob did not verify) before we get to send it.
        settled = true;
        r.destroy();
        const e = body.errored ?? Object.assign(new Error('the body stream closed before it was sent'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
        reject(isPipelineError(e) ? e : networkError(e as NodeJS.ErrnoException, req));
        return;
      }
      finished(body, (e) => {
        if (e === undefined || e === null) return;
        bodyError = e;
        r.destroy(e);
      });
      body.pipe(r);
    }
  });
}

/** Read a (small) response body as text, keeping at most `max` bytes. */
export async function readText(res: HttpResponse, max = 64 * 1024): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    if (size < max) {
      parts.push(chunk.subarray(0, max - size));
      size += Math.min(chunk.length, max - size);
    }
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Read a body whole, refusing more than `max` bytes. */
export async function readAll(res: HttpResponse, max: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      res.body.destroy();
      throw new RegistryError('REGISTRY', `${what} is larger than ${max} bytes`, { status: res.status });
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** Drain a body we do not need, so the connection can be reused. */
export async function discard(res: HttpResponse): Promise<void> {
  res.body.resume();
  await new Promise<void>((r) => {
    if (res.body.readableEnded) r();
    else {
      res.body.once('end', () => r());
      res.body.once('error', () => r());
      res.body.once('close', () => r());
    }
  });
}
