/**
 * One HTTP exchange with a registry over node:http(s), streaming both ways.
 * Transport failures become RegistryError('NETWORK') carrying the socket
 * error code, so retry.ts can classify them. No retries and no auth here.
 *
 * Every exchange is bounded in time twice: the socket may not be silent for
 * longer than `idleTimeoutMs`, and the whole exchange (connect, request
 * body, response headers and the response body, however slowly it trickles)
 * must be over by `deadlineMs`, or both sides are destroyed with ETIMEDOUT.
 * Every body read here is bounded in size (body.ts).
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import { finished, type Readable } from 'node:stream';
import { isPipelineError } from '../errors.js';
import { BODY_CAPS, drainBounded, readBounded } from './body.js';
import { redactUrl } from './origin.js';
import { RegistryError } from './registry-error.js';
import { DEFAULT_TIMEOUTS } from './timeouts.js';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  /** A buffer can be sent again; a stream cannot. */
  body?: Buffer | Readable;
  /** Connect to this host:port instead of the URL's (the Host header keeps the URL's). */
  connectTo?: string;
  /** Fail when the socket is idle this long (default DEFAULT_TIMEOUTS.idleMs). */
  idleTimeoutMs?: number;
  /** Fail when the exchange, response body included, is not over after this long (default DEFAULT_TIMEOUTS.requestMs). */
  deadlineMs?: number;
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
  if (e instanceof RegistryError) return e;
  const errno = e.code ?? (/premature|aborted|hang up/i.test(e.message) ? 'ECONNRESET' : 'ENETWORK');
  return new RegistryError('NETWORK', `${req.method} ${where(req)} failed: ${e.message}`, { errno }, 'Check that the registry is reachable from this runner.', e);
}

const where = (req: HttpRequest): string => redactUrl(req.url).replace(/^https?:\/\//, '');

function timeoutError(req: HttpRequest, message: string, hint: string): RegistryError {
  return new RegistryError('NETWORK', `${req.method} ${where(req)} ${message}`, { errno: 'ETIMEDOUT' }, hint);
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
    };
    // SNI names a host, never an address (RFC 6066).
    const hostname = req.url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(hostname) === 0) options.servername = hostname;
    let settled = false;
    let bodyError: unknown;
    let response: http.IncomingMessage | undefined;
    const deadlineMs = req.deadlineMs ?? DEFAULT_TIMEOUTS.requestMs;
    const idleMs = req.idleTimeoutMs ?? DEFAULT_TIMEOUTS.idleMs;
    // One clock for the whole exchange: a server that trickles a byte now and then never trips the idle timeout.
    const deadline = setTimeout(() => {
      const e = timeoutError(req, `was not over after its ${deadlineMs / 1000} s deadline`, 'The registry is too slow or stalling on purpose; check it, or raise the deadline.');
      if (!settled) {
        settled = true;
        reject(e);
      }
      r.destroy(e);
      response?.destroy(e);
    }, deadlineMs);
    deadline.unref();
    const r = (isHttps ? https : http).request(options, (res) => {
      settled = true;
      response = res;
      res.once('close', () => clearTimeout(deadline));
      res.once('end', () => clearTimeout(deadline));
      const body = req.body;
      if (body !== undefined && !Buffer.isBuffer(body) && !body.readableEnded) {
        // Answered before taking the whole body (an error): stop sending and
        // do not reuse this connection.
        body.unpipe(r);
        res.once('end', () => r.destroy());
      }
      resolve({ status: res.statusCode ?? 0, headers: res.headers, url: req.url, body: res });
    });
    r.setTimeout(idleMs, () => {
      const e = timeoutError(req, `sent no data for ${idleMs / 1000} s`, 'Check that the registry is reachable and healthy.');
      r.destroy(e);
      response?.destroy(e);
    });
    r.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
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
        clearTimeout(deadline);
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

/** Read a (small) response body as text, keeping at most `max` bytes and hanging up on the rest. */
export async function readText(res: HttpResponse, max: number = BODY_CAPS.drain): Promise<string> {
  return (await readBounded(res.body, max, 'truncate')).bytes.toString('utf8');
}

/** Read a body whole, refusing more than `max` bytes. */
export async function readAll(res: HttpResponse, max: number, what: string): Promise<Buffer> {
  const overflow = (cap: number): Error => new RegistryError('REGISTRY', `${what} is larger than ${cap} bytes (the cap for it); refusing to read on`, { status: res.status }, 'The registry sent far more than such a document holds; check the registry.');
  return (await readBounded(res.body, max, 'fail', overflow)).bytes;
}

/**
 * Drain a body we do not need so the connection can be reused, up to
 * `max` bytes; past that (a server that answers a 202 with gigabytes) we
 * hang up instead, which costs one connection and nothing else.
 */
export async function discard(res: HttpResponse, max: number = BODY_CAPS.drain): Promise<void> {
  // A body that fails while drained is not our concern: the answer was already read.
  await drainBounded(res.body, max);
}
