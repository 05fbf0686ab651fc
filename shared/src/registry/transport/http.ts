/**
 * One HTTP exchange with a registry over node:http(s), streaming both ways.
 * Transport failures become RegistryError('NETWORK') carrying the socket
 * error code, so retry-classify.ts can classify them. No retries and no auth here.
 *
 * Every exchange is bounded in time twice: the socket may not be silent for
 * longer than `idleTimeoutMs`, and the whole exchange (connect, request
 * body, response headers and the response body, however slowly it trickles)
 * must be over by `deadlineMs`, or both sides are destroyed with ETIMEDOUT.
 * While a body streams either way it must also keep a floor rate
 * (`minBytesPerSecond` over each `stallWindowMs`), because the deadline of
 * a blob grows with a size the registry itself declared. The floor costs
 * one interval timer per request and reads the socket's own byte counters:
 * no work per chunk, no stage added to the body.
 * Every body read here is bounded in size (body.ts).
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import { finished, type Readable } from 'node:stream';
import { giveBackOf } from '../../chunk-pool.js';
import { isPipelineError } from '../../errors.js';
import { BODY_CAPS, drainBounded, readBounded } from './body.js';
import { redactUrl } from './origin.js';
import { RegistryError } from './registry-error.js';
import { DEFAULT_TIMEOUTS, formatRate, windowFloorBytes } from './timeouts.js';

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
  /** While a body streams, fail when fewer than this many bytes a second moved over a window (default DEFAULT_TIMEOUTS.minBytesPerSecond). */
  minBytesPerSecond?: number;
  /** That window (default DEFAULT_TIMEOUTS.stallWindowMs). */
  stallWindowMs?: number;
  /** Aborts the exchange, response body included, with the signal's reason (http-fetch.ts: fetch's `signal`). */
  signal?: AbortSignal;
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
  return new RegistryError(
    'NETWORK',
    `${req.method} ${where(req)} failed: ${e.message}`,
    { errno },
    'Check that the registry is reachable from this runner.',
    e,
  );
}

/** The longest delay setTimeout honours (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

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
    let stopBody = (): void => undefined;
    let response: http.IncomingMessage | undefined;
    // Node fires a timer longer than 2^31-1 ms at once (a declared 1 TiB blob asks for weeks): clamp it.
    const deadlineMs = Math.min(req.deadlineMs ?? DEFAULT_TIMEOUTS.requestMs, MAX_TIMER_MS);
    const idleMs = req.idleTimeoutMs ?? DEFAULT_TIMEOUTS.idleMs;
    // One clock for the whole exchange: a server that trickles a byte now and then never trips the idle timeout.
    const deadline = setTimeout(() => {
      const e = timeoutError(
        req,
        `was not over after its ${deadlineMs / 1000} s deadline`,
        'The registry is too slow or stalling on purpose; check it, or raise the deadline.',
      );
      if (!settled) {
        settled = true;
        reject(e);
      }
      r.destroy(e);
      response?.destroy(e);
    }, deadlineMs);
    deadline.unref();
    const stall = stallMeter(
      req,
      () => r,
      () => response,
      (e) => {
        if (!settled) {
          settled = true;
          reject(e);
        }
        r.destroy(e);
        response?.destroy(e);
      },
    );
    const r = (isHttps ? https : http).request(options, (res) => {
      settled = true;
      response = res;
      // The response body is a new transfer: its window starts now, not while the registry was thinking.
      stall.restart();
      const over = (): void => {
        clearTimeout(deadline);
        stall.stop();
      };
      res.once('close', over);
      res.once('end', over);
      const body = req.body;
      if (body !== undefined && !Buffer.isBuffer(body) && !body.readableEnded) {
        // Answered before taking the whole body (an error): stop sending and
        // do not reuse this connection.
        stopBody();
        res.once('end', () => r.destroy());
      }
      resolve({ status: res.statusCode ?? 0, headers: res.headers, url: req.url, body: res });
    });
    r.setTimeout(idleMs, () => {
      const e = timeoutError(req, `sent no data for ${idleMs / 1000} s`, 'Check that the registry is reachable and healthy.');
      r.destroy(e);
      response?.destroy(e);
    });
    r.once('socket', () => stall.restart());
    r.on('error', (e: NodeJS.ErrnoException) => {
      stall.stop();
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      // A body that failed its own check (digest mismatch) is the real cause.
      reject(isPipelineError(bodyError) ? bodyError : networkError(e, req));
    });
    const signal = req.signal;
    if (signal !== undefined) {
      const onAbort = (): void => {
        // The reason as it is (AbortSignal.timeout's is a DOMException of Node's realm), for callers to tell a timeout.
        const e = (signal.reason ?? new Error('aborted')) as Error;
        clearTimeout(deadline);
        stall.stop();
        if (!settled) {
          settled = true;
          reject(e);
        }
        r.destroy(e);
        response?.destroy(e);
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      // The signal outlives the exchange (AbortSignal.timeout over several requests): let go of it when this one is over.
      r.once('close', () => {
        if (response === undefined || response.closed) signal.removeEventListener('abort', onAbort);
        else response.once('close', () => signal.removeEventListener('abort', onAbort));
      });
    }
    const body = req.body;
    if (body === undefined || Buffer.isBuffer(body)) {
      r.end(body);
    } else {
      if (body.destroyed) {
        // A tee branch can fail (the blob did not verify) before we get to send it.
        settled = true;
        clearTimeout(deadline);
        stall.stop();
        r.destroy();
        const e = body.errored ?? Object.assign(new Error('the body stream closed before it was sent'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
        reject(isPipelineError(e) ? e : networkError(e, req));
        return;
      }
      finished(body, (e) => {
        if (e === undefined || e === null) return;
        bodyError = e;
        r.destroy(e);
      });
      stopBody = sendBody(body, r);
    }
  });
}

/**
 * Stream `body` into the request, as body.pipe(r) would (pause while the
 * request is full, end it at the body's end). When the body lends its
 * chunks (chunk-pool.ts), each is handed back once the request's write of
 * it has called back: the socket has taken the bytes then (or the write
 * failed and never will), so the buffer is free for the next read. Returns
 * a function that stops sending (the registry answered early).
 */
function sendBody(body: Readable, r: http.ClientRequest): () => void {
  const giveBack = giveBackOf(body);
  if (giveBack === undefined) {
    body.pipe(r);
    return () => body.unpipe(r);
  }
  let waiting = false;
  const onDrain = (): void => {
    waiting = false;
    body.resume();
  };
  const onData = (chunk: Buffer): void => {
    if (!r.write(chunk, () => giveBack(chunk)) && !waiting) {
      waiting = true;
      body.pause();
      r.once('drain', onDrain);
    }
  };
  const onEnd = (): void => {
    r.end();
  };
  const stop = (): void => {
    body.removeListener('data', onData);
    body.removeListener('end', onEnd);
    r.removeListener('drain', onDrain);
    r.removeListener('close', stop);
    body.pause();
  };
  body.on('data', onData);
  body.once('end', onEnd);
  // As pipe() does: a request that is gone takes no more of the body.
  r.once('close', stop);
  return stop;
}

interface StallMeter {
  /** Start a fresh window from the socket's counters as they are now. */
  restart(): void;
  stop(): void;
}

/**
 * curl's --speed-limit/--speed-time for one exchange: every window, the
 * bytes the socket moved (read plus written, so uploads the server reads
 * slowly count as well as downloads it trickles) must reach the floor. A
 * short window is the registry's fault only while we wait on it: bytes of
 * ours queued that it will not take, or a response body whose reader has
 * taken everything. A window spent waiting for the answer to a request
 * fully sent, or on our own slow reader or source, is not held against it.
 */
function stallMeter(
  req: HttpRequest,
  request: () => http.ClientRequest,
  response: () => http.IncomingMessage | undefined,
  fail: (e: RegistryError) => void,
): StallMeter {
  const minBytesPerSecond = req.minBytesPerSecond ?? DEFAULT_TIMEOUTS.minBytesPerSecond;
  const windowMs = req.stallWindowMs ?? DEFAULT_TIMEOUTS.stallWindowMs;
  const need = windowFloorBytes({ minBytesPerSecond, stallWindowMs: windowMs });
  let timer: NodeJS.Timeout | undefined;
  let last = 0;
  const moved = (): number => {
    const s = request().socket;
    return s === null ? 0 : s.bytesRead + s.bytesWritten;
  };
  const waitingOnRegistry = (): boolean => {
    const r = request();
    if (r.socket === null) return false;
    const res = response();
    if (res !== undefined) return !res.readableEnded && res.readableLength === 0;
    return r.writableLength > 0 || r.socket.writableLength > 0;
  };
  const tick = (): void => {
    const now = moved();
    const got = now - last;
    last = now;
    if (got >= need || !waitingOnRegistry()) return;
    fail(
      timeoutError(
        req,
        `stalled: expected at least ${formatRate(minBytesPerSecond)} from ${req.url.host}, got ${got} bytes in the last ${windowMs / 1000} s; the registry is stalling`,
        'Check the registry and the link to it; on a link slower than this floor, lower timeouts.minBytesPerSecond or raise timeouts.stallWindowMs.',
      ),
    );
  };
  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const restart = (): void => {
    stop();
    last = moved();
    timer = setInterval(tick, windowMs);
    timer.unref();
  };
  // Started when the request has its socket (the 'socket' event), not before: a request queued behind our own others waits on us.
  return { restart, stop };
}

/** Read a (small) response body as text, keeping at most `max` bytes and hanging up on the rest. */
export async function readText(res: HttpResponse, max: number = BODY_CAPS.drain): Promise<string> {
  return (await readBounded(res.body, max, 'truncate')).bytes.toString('utf8');
}

/** Read a body whole, refusing more than `max` bytes. */
export async function readAll(res: HttpResponse, max: number, what: string): Promise<Buffer> {
  const overflow = (cap: number): Error =>
    new RegistryError(
      'REGISTRY',
      `${what} is larger than ${cap} bytes (the cap for it); refusing to read on`,
      { status: res.status },
      'The registry sent far more than such a document holds; check the registry.',
    );
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
