/**
 * fetch() over node:http(s) (send, http.ts): what fetchFollowing and the
 * plain downloads (Packer's release files, package indexes, vulnerability
 * databases) use instead of the platform's fetch.
 *
 * Why not the platform's: its fetch is undici, and an undici bundled beside
 * our code (@actions/http-client's, loaded with @actions/tool-cache or
 * @actions/github) becomes fetch's global dispatcher when it loads before
 * the first fetch. undici 6.29.1 and 7.30.2 then kill the process with an
 * AssertionError (`assert(!this.paused)`) that no caller can catch when a
 * server closes the connection while the body is read slower than it
 * arrives (nodejs/undici#5360, fixed in 8.x only): a Packer mirror answering
 * `Connection: close` killed build-image mid-download. node:http has no
 * such failure, and it is the transport the registry client already uses.
 *
 * What callers see is fetch's shape, so the retry classifiers need no
 * change: a transport failure rejects with TypeError('fetch failed') whose
 * `cause` carries the socket's code (ECONNRESET, ECONNREFUSED, ETIMEDOUT),
 * an aborted signal with the signal's reason (AbortSignal.timeout: a
 * TimeoutError), a body cut short errors its stream. Only what our callers
 * use is supported: GET-like requests and small bodies, `redirect: 'manual'`
 * (fetchFollowing decides redirects by origin.ts's rules) or 'error'; no
 * content decoding (no Accept-Encoding is sent, so servers answer identity).
 * Time is bounded by the caller's signal, which is required, and by a
 * socket silent for IDLE_MS, as undici's own headers and body timeouts did.
 */
import { PassThrough, Readable } from 'node:stream';
import { RegistryError } from './registry-error.js';
import { send, type HttpRequest } from './http.js';

/** A socket silent this long fails the request: undici's headersTimeout and bodyTimeout, which fetch had. */
const IDLE_MS = 300_000;
/** Node fires a longer timer at once; the caller's signal is the real deadline. */
const NO_DEADLINE_MS = 2 ** 31 - 1;
/** Statuses whose answer has no body (fetch's null-body statuses), and HEAD's. */
const NULL_BODY = new Set([101, 204, 205, 304]);
const METHODS = new Set<HttpRequest['method']>(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The socket error under a transport failure, with its code: what fetch puts in its errors' `cause`. */
function socketCause(e: unknown): unknown {
  if (!(e instanceof RegistryError)) return e;
  const under = e.cause instanceof Error && typeof (e.cause as NodeJS.ErrnoException).code === 'string' ? e.cause : undefined;
  return under ?? Object.assign(new Error(e.message), { code: e.failure.errno ?? 'ENETWORK' });
}

/** fetch's rejection for a failed exchange: TypeError('fetch failed') with the socket error (and its code) as the cause. */
const fetchFailed = (e: unknown): TypeError => new TypeError('fetch failed', { cause: socketCause(e) });

/**
 * The response body as fetch errors it: a transport failure mid-body (our idle timer's RegistryError) becomes
 * TypeError('terminated') with the socket error as the cause, so callers tell it from their own checks (a
 * PipelineError) as they did with fetch. Other errors (a reset's ECONNRESET, the signal's reason) pass as they are.
 */
function fetchBody(body: Readable): Readable {
  const out = new PassThrough();
  body.on('error', (e) => out.destroy(e instanceof RegistryError ? new TypeError('terminated', { cause: socketCause(e) }) : e));
  // Gone before its end without an error of its own: the reader must not wait for an end that never comes.
  body.on('close', () => {
    if (!body.readableEnded && !out.destroyed)
      out.destroy(new TypeError('terminated', { cause: Object.assign(new Error('the response closed before its end'), { code: 'ECONNRESET' }) }));
  });
  // The reader cancelled (or is done): the response goes too, and with it a connection that has more to send.
  out.on('close', () => {
    if (!body.readableEnded) body.destroy();
  });
  return body.pipe(out);
}

function bodyOf(body: RequestInit['body'], headers: Record<string, string>): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') {
    // As fetch: a string is sent as UTF-8 text unless the caller says what it is.
    headers['content-type'] ??= 'text/plain;charset=UTF-8';
    return Buffer.from(body, 'utf8');
  }
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  throw new TypeError('httpFetch sends a string or bytes as a body; this one is a stream, form or blob');
}

function headersOf(res: { headers: NodeJS.Dict<string | string[]> }): Headers {
  const h = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) h.append(name, v);
  }
  return h;
}

export const httpFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
  if (typeof input !== 'string' && !(input instanceof URL)) throw new TypeError('httpFetch takes a URL, not a Request');
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`httpFetch fetches http(s) URLs, not ${url.protocol}`);
  const method = (init.method ?? 'GET').toUpperCase() as HttpRequest['method'];
  if (!METHODS.has(method)) throw new TypeError(`httpFetch does not send ${method} requests`);
  if (init.redirect === 'follow' || init.redirect === undefined)
    throw new TypeError("httpFetch follows no redirect itself: pass redirect 'manual' (fetchFollowing decides them) or 'error'");
  // A server may trickle its body a byte a minute: only a deadline over the whole exchange ends that, and the caller names it.
  const signal = init.signal;
  if (signal === undefined || signal === null)
    throw new TypeError('httpFetch needs a signal (e.g. AbortSignal.timeout): without one nothing bounds a server that trickles its body');
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((v, k) => {
    headers[k] = v;
  });
  const body = bodyOf(init.body, headers);
  let res;
  try {
    res = await send({
      method,
      url,
      headers,
      ...(body !== undefined ? { body } : {}),
      idleTimeoutMs: IDLE_MS,
      deadlineMs: NO_DEADLINE_MS,
      // No floor rate: fetch had none, and a slow mirror is not a hostile registry; the signal bounds the time.
      minBytesPerSecond: 0,
      signal,
    });
  } catch (e) {
    if (signal.aborted && e === signal.reason) throw e;
    throw fetchFailed(e);
  }
  if (res.status < 200 || res.status > 599) {
    res.body.destroy();
    throw fetchFailed(Object.assign(new Error(`${url.host} answered HTTP ${res.status}`), { code: 'EPROTO' }));
  }
  if (init.redirect === 'error' && res.status >= 300 && res.status < 400 && res.headers.location !== undefined) {
    res.body.destroy();
    throw new TypeError('fetch failed', { cause: new Error(`redirected (HTTP ${res.status}) where redirect is 'error'`) });
  }
  const empty = method === 'HEAD' || NULL_BODY.has(res.status);
  if (empty) res.body.resume();
  // node:stream/web's ReadableStream and the DOM's are one class with two type declarations.
  const stream = empty ? null : (Readable.toWeb(fetchBody(res.body)) as unknown as ReadableStream<Uint8Array>);
  const response = new Response(stream, {
    status: res.status,
    headers: headersOf(res),
  });
  // fetch's Response knows where it came from; a constructed one does not.
  Object.defineProperty(response, 'url', { value: url.href });
  return response;
};
