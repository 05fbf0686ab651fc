export const id = 4597;
export const ids = [4597];
export const modules = {

/***/ 89679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vo: () => (/* binding */ MonolithicRefused),
  bP: () => (/* binding */ RegistryClient)
});

// UNUSED EXPORTS: refusesMonolithic

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var transport_body = __webpack_require__(16761);
;// CONCATENATED MODULE: ./shared/src/registry/transport/challenge.ts
/** The first Basic or Bearer challenge in the header; undefined if none. */
function parseChallenge(header) {
    if (header === undefined)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (m === null)
        return undefined;
    const scheme = m[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/g;
    const rest = m[2];
    let p;
    while ((p = re.exec(rest)) !== null) {
        if (p[0] === '')
            break;
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme, params };
}
/** A repository scope string: `repository:<name>:<actions>`. */
const repositoryScope = (repository, actions) => `repository:${repository}:${actions.join(',')}`;
/**
 * Merge scopes so each resource appears once with the union of its actions
 * (a token for `a:pull` and `a:push` is one scope `a:pull,push`).
 */
function mergeScopes(scopes) {
    const byResource = new Map();
    for (const s of scopes) {
        for (const one of s.split(' ')) {
            const i = one.lastIndexOf(':');
            if (i <= 0)
                continue;
            const resource = one.slice(0, i);
            const set = byResource.get(resource) ?? new Set();
            for (const a of one.slice(i + 1).split(','))
                if (a !== '')
                    set.add(a);
            byResource.set(resource, set);
        }
    }
    return [...byResource.entries()].map(([r, a]) => `${r}:${[...a].sort().join(',')}`).sort();
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./shared/src/chunk-pool.ts
var chunk_pool = __webpack_require__(40617);
// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(62639);
// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(17221);
;// CONCATENATED MODULE: ./shared/src/registry/transport/timeouts.ts
const DEFAULT_TIMEOUTS = { idleMs: 60_000, requestMs: 120_000, minBytesPerSecond: 256 * 1024, stallWindowMs: 30_000 };
/** The deadline of a request that moves `bytes` of blob data (0 for everything else). */
function deadlineFor(t, bytes = 0) {
    return t.requestMs + transferAllowanceMs(t, bytes);
}
/** Bytes a streaming transfer must move in each stall window. */
function windowFloorBytes(t) {
    return Math.ceil((t.minBytesPerSecond * t.stallWindowMs) / 1000);
}
/** A rate for people: 262144 -> "256 KiB/s". */
function formatRate(bytesPerSecond) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let v = bytesPerSecond;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}/s`;
}
/** Time `bytes` may take at the floor rate. */
function transferAllowanceMs(t, bytes) {
    return bytes > 0 ? Math.ceil((bytes / t.minBytesPerSecond) * 1000) : 0;
}
/** Defaults with the caller's overrides; each value must be a positive number. */
function timeoutsWith(over) {
    const t = { ...DEFAULT_TIMEOUTS, ...(over ?? {}) };
    for (const [k, v] of Object.entries(t)) {
        if (!(typeof v === 'number' && Number.isFinite(v) && v > 0))
            throw new RangeError(`timeouts.${k} must be a positive number, got ${String(v)}`);
    }
    return t;
}
/** The time fields of one request (http.ts's HttpRequest) from the settings: the one place they are derived, for the client and the token fetch alike. */
function requestTiming(t, bytes = 0) {
    return { deadlineMs: deadlineFor(t, bytes), idleTimeoutMs: t.idleMs, minBytesPerSecond: t.minBytesPerSecond, stallWindowMs: t.stallWindowMs };
}

;// CONCATENATED MODULE: ./shared/src/registry/transport/http.ts
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










const agents = {
    http: new external_node_http_.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new external_node_https_.Agent({ keepAlive: true, maxSockets: 64 }),
};
function networkError(e, req) {
    if (e instanceof registry_error/* RegistryError */.gl)
        return e;
    const errno = e.code ?? (/premature|aborted|hang up/i.test(e.message) ? 'ECONNRESET' : 'ENETWORK');
    return new registry_error/* RegistryError */.gl('NETWORK', `${req.method} ${where(req)} failed: ${e.message}`, { errno }, 'Check that the registry is reachable from this runner.', e);
}
/** The longest delay setTimeout honours (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const where = (req) => (0,origin/* redactUrl */.BO)(req.url).replace(/^https?:\/\//, '');
function timeoutError(req, message, hint) {
    return new registry_error/* RegistryError */.gl('NETWORK', `${req.method} ${where(req)} ${message}`, { errno: 'ETIMEDOUT' }, hint);
}
function send(req) {
    return new Promise((resolve, reject) => {
        const isHttps = req.url.protocol === 'https:';
        const headers = { 'user-agent': 'image-pipeline', ...(req.headers ?? {}) };
        if (Buffer.isBuffer(req.body))
            headers['content-length'] = String(req.body.length);
        let host = req.url.hostname;
        let port = req.url.port;
        if (req.connectTo !== undefined) {
            const i = req.connectTo.lastIndexOf(':');
            host = req.connectTo.slice(0, i);
            port = req.connectTo.slice(i + 1);
            headers.host = req.url.host;
        }
        const options = {
            method: req.method,
            host: host.replace(/^\[|\]$/g, ''),
            port: port === '' ? (isHttps ? 443 : 80) : Number(port),
            path: `${req.url.pathname}${req.url.search}`,
            headers,
            agent: isHttps ? agents.https : agents.http,
        };
        // SNI names a host, never an address (RFC 6066).
        const hostname = req.url.hostname.replace(/^\[|\]$/g, '');
        if ((0,external_node_net_.isIP)(hostname) === 0)
            options.servername = hostname;
        let settled = false;
        let bodyError;
        let stopBody = () => undefined;
        let response;
        // Node fires a timer longer than 2^31-1 ms at once (a declared 1 TiB blob asks for weeks): clamp it.
        const deadlineMs = Math.min(req.deadlineMs ?? DEFAULT_TIMEOUTS.requestMs, MAX_TIMER_MS);
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
        const stall = stallMeter(req, () => r, () => response, (e) => {
            if (!settled) {
                settled = true;
                reject(e);
            }
            r.destroy(e);
            response?.destroy(e);
        });
        const r = (isHttps ? external_node_https_ : external_node_http_).request(options, (res) => {
            settled = true;
            response = res;
            // The response body is a new transfer: its window starts now, not while the registry was thinking.
            stall.restart();
            const over = () => {
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
        r.on('error', (e) => {
            stall.stop();
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            // A body that failed its own check (digest mismatch) is the real cause.
            reject((0,errors/* isPipelineError */.h$)(bodyError) ? bodyError : networkError(e, req));
        });
        const body = req.body;
        if (body === undefined || Buffer.isBuffer(body)) {
            r.end(body);
        }
        else {
            if (body.destroyed) {
                // A tee branch can fail (the blob did not verify) before we get to send it.
                settled = true;
                clearTimeout(deadline);
                stall.stop();
                r.destroy();
                const e = body.errored ?? Object.assign(new Error('the body stream closed before it was sent'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
                reject((0,errors/* isPipelineError */.h$)(e) ? e : networkError(e, req));
                return;
            }
            (0,external_node_stream_.finished)(body, (e) => {
                if (e === undefined || e === null)
                    return;
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
function sendBody(body, r) {
    const giveBack = (0,chunk_pool/* giveBackOf */.CR)(body);
    if (giveBack === undefined) {
        body.pipe(r);
        return () => body.unpipe(r);
    }
    let waiting = false;
    const onDrain = () => {
        waiting = false;
        body.resume();
    };
    const onData = (chunk) => {
        if (!r.write(chunk, () => giveBack(chunk)) && !waiting) {
            waiting = true;
            body.pause();
            r.once('drain', onDrain);
        }
    };
    const onEnd = () => {
        r.end();
    };
    const stop = () => {
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
/**
 * curl's --speed-limit/--speed-time for one exchange: every window, the
 * bytes the socket moved (read plus written, so uploads the server reads
 * slowly count as well as downloads it trickles) must reach the floor. A
 * short window is the registry's fault only while we wait on it: bytes of
 * ours queued that it will not take, or a response body whose reader has
 * taken everything. A window spent waiting for the answer to a request
 * fully sent, or on our own slow reader or source, is not held against it.
 */
function stallMeter(req, request, response, fail) {
    const minBytesPerSecond = req.minBytesPerSecond ?? DEFAULT_TIMEOUTS.minBytesPerSecond;
    const windowMs = req.stallWindowMs ?? DEFAULT_TIMEOUTS.stallWindowMs;
    const need = windowFloorBytes({ minBytesPerSecond, stallWindowMs: windowMs });
    let timer;
    let last = 0;
    const moved = () => {
        const s = request().socket;
        return s === null ? 0 : s.bytesRead + s.bytesWritten;
    };
    const waitingOnRegistry = () => {
        const r = request();
        if (r.socket === null)
            return false;
        const res = response();
        if (res !== undefined)
            return !res.readableEnded && res.readableLength === 0;
        return r.writableLength > 0 || r.socket.writableLength > 0;
    };
    const tick = () => {
        const now = moved();
        const got = now - last;
        last = now;
        if (got >= need || !waitingOnRegistry())
            return;
        fail(timeoutError(req, `stalled: expected at least ${formatRate(minBytesPerSecond)} from ${req.url.host}, got ${got} bytes in the last ${windowMs / 1000} s; the registry is stalling`, 'Check the registry and the link to it; on a link slower than this floor, lower timeouts.minBytesPerSecond or raise timeouts.stallWindowMs.'));
    };
    const stop = () => {
        if (timer !== undefined)
            clearInterval(timer);
        timer = undefined;
    };
    const restart = () => {
        stop();
        last = moved();
        timer = setInterval(tick, windowMs);
        timer.unref();
    };
    // Started when the request has its socket (the 'socket' event), not before: a request queued behind our own others waits on us.
    return { restart, stop };
}
/** Read a (small) response body as text, keeping at most `max` bytes and hanging up on the rest. */
async function readText(res, max = transport_body/* BODY_CAPS */.V9.drain) {
    return (await (0,transport_body/* readBounded */.CB)(res.body, max, 'truncate')).bytes.toString('utf8');
}
/** Read a body whole, refusing more than `max` bytes. */
async function readAll(res, max, what) {
    const overflow = (cap) => new registry_error/* RegistryError */.gl('REGISTRY', `${what} is larger than ${cap} bytes (the cap for it); refusing to read on`, { status: res.status }, 'The registry sent far more than such a document holds; check the registry.');
    return (await (0,transport_body/* readBounded */.CB)(res.body, max, 'fail', overflow)).bytes;
}
/**
 * Drain a body we do not need so the connection can be reused, up to
 * `max` bytes; past that (a server that answers a 202 with gigabytes) we
 * hang up instead, which costs one connection and nothing else.
 */
async function discard(res, max = transport_body/* BODY_CAPS */.V9.drain) {
    // A body that fails while drained is not our concern: the answer was already read.
    await (0,transport_body/* drainBounded */.Mk)(res.body, max);
}

;// CONCATENATED MODULE: ./shared/src/registry/transport/authorizer.ts
/**
 * Authorization for one registry: learns the scheme from a 401 challenge,
 * then sends Basic credentials, or fetches Bearer tokens from the challenge's
 * realm for the scopes a request needs (push and pull of the target
 * repository, pull of a mount source), caching them until shortly before
 * they expire. Concurrent requests for the same scopes share one fetch.
 * The realm is checked by origin.ts before credentials go to it (no Basic
 * credentials in clear to an http:// realm of an https registry); the token
 * answer is read with a small cap and within the request deadline.
 */






class Authenticator {
    registry;
    credentials;
    mask;
    challenge;
    tokens = new Map();
    base;
    timeouts;
    constructor(registry, credentials, mask = () => undefined, 
    /** The registry's /v2/ URL (its scheme decides whether an http realm may get credentials) and the deadlines. */
    where = {}) {
        this.registry = registry;
        this.credentials = credentials;
        this.mask = mask;
        this.base = where.base ?? new URL(`https://${registry}/v2/`);
        this.timeouts = where.timeouts ?? DEFAULT_TIMEOUTS;
    }
    /**
     * Remember the registry's challenge (realm, service) and drop the token it
     * just refused for `scopes`, so the next header() fetches a fresh one.
     * The challenge's own scope is the caller's to add to its next request.
     */
    async learn(challenge, scopes, refused) {
        if (this.challenge === undefined || this.challenge.scheme !== challenge.scheme || challenge.params.realm !== this.challenge.params.realm) {
            this.tokens.clear();
        }
        const params = { ...challenge.params };
        delete params.scope;
        this.challenge = { scheme: challenge.scheme, params };
        // Only the refused token goes: a request that raced us may already have fetched a good one.
        const key = mergeScopes(scopes).join(' ');
        const cached = this.tokens.get(key);
        if (cached === undefined)
            return;
        const t = await cached.catch(() => undefined);
        if ((t === undefined || t.header === refused) && this.tokens.get(key) === cached)
            this.tokens.delete(key);
    }
    /** The Authorization header for a request needing `scopes`, or undefined for anonymous. */
    async header(scopes) {
        const ch = this.challenge;
        if (ch === undefined)
            return undefined;
        if (ch.scheme === 'basic') {
            const c = await this.credentials();
            return c === undefined ? undefined : `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
        }
        const key = mergeScopes(scopes).join(' ');
        const cached = this.tokens.get(key);
        if (cached !== undefined) {
            const t = await cached.catch(() => undefined);
            if (t !== undefined && t.expiresAt > Date.now() + 10_000)
                return t.header;
            if (this.tokens.get(key) === cached)
                this.tokens.delete(key);
        }
        let p = this.tokens.get(key);
        if (p === undefined) {
            p = this.fetchToken(ch, key === '' ? [] : key.split(' '));
            this.tokens.set(key, p);
            p.catch(() => this.tokens.delete(key));
        }
        return (await p).header;
    }
    async fetchToken(ch, scopes) {
        const creds = await this.credentials();
        const url = (0,origin/* checkRealm */.mR)(this.registry, this.base, ch.params.realm, creds !== undefined);
        if (ch.params.service !== undefined)
            url.searchParams.set('service', ch.params.service);
        for (const s of scopes)
            url.searchParams.append('scope', s);
        const headers = { accept: 'application/json' };
        if (creds !== undefined)
            headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        // The user's floor rate and window apply to token answers too, not only the defaults.
        const res = await send({ method: 'GET', url, headers, ...requestTiming(this.timeouts) });
        if (res.status !== 200)
            await discard(res);
        if (res.status === 401 || res.status === 403) {
            throw new errors/* PipelineError */.zC('AUTH', `the token service of ${this.registry} (${url.host}) refused ${creds === undefined ? 'anonymous access' : `the credentials from ${creds.source}`} (HTTP ${res.status})`, {
                hint: authHint(this.registry),
            });
        }
        if (res.status !== 200)
            throw new errors/* PipelineError */.zC('AUTH', `the token service of ${this.registry} (${url.host}) answered HTTP ${res.status}`, {
                hint: 'Try again later; if it persists, check the registry.',
            });
        const overflow = (max) => new errors/* PipelineError */.zC('AUTH', `the token service of ${this.registry} (${url.host}) answered more than ${max} bytes`, {
            hint: "A token answer is a few KB; check the registry's auth settings.",
        });
        const text = (await (0,transport_body/* readBounded */.CB)(res.body, transport_body/* BODY_CAPS */.V9.token, 'fail', overflow)).bytes.toString('utf8');
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* PipelineError */.zC('AUTH', `the token service of ${this.registry} did not answer JSON`);
        }
        const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
        if (token === undefined || token === '')
            throw new errors/* PipelineError */.zC('AUTH', `the token service of ${this.registry} answered without a token`);
        this.mask(token);
        const ttl = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
        return { header: `Bearer ${token}`, expiresAt: Date.now() + ttl * 1000 };
    }
}
/** What to check when a registry refuses us; GHCR's usual cause named. */
function authHint(registry) {
    if (registry === 'ghcr.io') {
        return "Check the credentials for ghcr.io (registry-auth or github-token) and that the workflow grants 'permissions: packages: write' (packages: read is enough to test or check an image).";
    }
    // test-image and check-updates only read; distribute-image pushes.
    return `Check the credentials for ${registry} (registry-auth, Docker config.json or the cloud login) and that they may pull from (to read) or push to (to publish) this repository.`;
}

// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __webpack_require__(5698);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var policy = __webpack_require__(85466);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __webpack_require__(1340);
// EXTERNAL MODULE: ./shared/src/registry/transport/retry-classify.ts
var retry_classify = __webpack_require__(73938);
;// CONCATENATED MODULE: ./shared/src/registry/client/client.ts
/**
 * A client of the OCI distribution API (distribution-spec spec.md) for one
 * registry: blob HEAD, cross-repository mount, streamed and chunked blob
 * upload, manifest HEAD/GET/PUT, blob GET. Authorization is added here (see
 * transport/authorizer.ts), and failures become RegistryError for transport/retry-classify.ts. Requests whose
 * body is a buffer are retried here; a blob upload as a whole is retried by
 * its caller (its body is a stream), so retries never nest.
 *
 * Every request goes through exchange(), which applies origin.ts: a URL the
 * registry handed us (an upload Location, a redirect) gets our credentials
 * only on the registry's own origin. Every request has a deadline
 * (timeouts.ts) and every body is read with a cap (body.ts).
 */















/**
 * The registry refused a monolithic upload (the PUT carrying the blob) as
 * something it does not do: 405 or 501, or the spec's UNSUPPORTED code.
 * The caller may upload the blob again as a streamed PATCH
 * (distribute/upload-blobs.ts); any other failure is an ordinary one.
 */
class MonolithicRefused extends registry_error/* RegistryError */.gl {
}
/** Whether a failed monolithic PUT says the registry does not take that mode (see MonolithicRefused). Pure. */
function refusesMonolithic(e) {
    if (!(e instanceof registry_error/* RegistryError */.gl) || e.code === 'AUTH')
        return false;
    const { status, codes = [] } = e.failure;
    // A 5xx is the registry's trouble (retried as such), not an answer about the mode; 501 says it does not implement it.
    return status === 405 || status === 501 || (codes.includes('UNSUPPORTED') && status !== undefined && status < 500);
}
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const MAX_MANIFEST = transport_body/* BODY_CAPS */.V9.manifest;
/** The stream without its first `n` bytes: for servers that answer a Range request with the whole blob. */
function skipBytes(body, n) {
    let left = n;
    const out = new external_node_stream_.PassThrough();
    body.on('error', (e) => out.destroy(e));
    body.on('data', (c) => {
        if (left >= c.length) {
            left -= c.length;
            return;
        }
        const rest = left > 0 ? c.subarray(left) : c;
        left = 0;
        if (!out.write(rest)) {
            body.pause();
            out.once('drain', () => body.resume());
        }
    });
    body.on('end', () => out.end());
    return out;
}
class RegistryClient {
    opts;
    registry;
    base;
    auth;
    retry;
    timeouts;
    constructor(opts) {
        this.opts = opts;
        this.registry = opts.registry;
        this.base = new URL(`${opts.plainHttp ? 'http' : 'https'}://${(0,reference/* apiHost */.nz)(opts.registry)}/v2/`);
        this.timeouts = timeoutsWith(opts.timeouts);
        this.auth = new Authenticator(opts.registry, opts.credentials, opts.mask, { base: this.base, timeouts: this.timeouts });
        this.retry = opts.retry ?? policy/* REGISTRY_RETRY */.dv;
    }
    /** Extra time a retry loop over a transfer of `bytes` may take (distribute/upload-blobs.ts adds it to the retry budget). */
    transferAllowanceMs(bytes) {
        return transferAllowanceMs(this.timeouts, bytes);
    }
    url(path) {
        return new URL(path, this.base);
    }
    /** GET /v2/ once, to learn the auth scheme before many requests race for it. */
    async ping() {
        await this.retrying('ping', async () => {
            const res = await this.raw({ method: 'GET', url: this.base, headers: {} });
            if (res.status === 401) {
                const ch = parseChallenge(res.headers['www-authenticate']);
                if (ch !== undefined)
                    await this.auth.learn(ch, []);
            }
            else if (res.status !== 200) {
                await this.fail(res, `GET /v2/ on ${this.registry}`);
            }
            await discard(res);
        });
    }
    /** One request with its deadline; the connectTo override applies to the registry's own origin only. */
    raw(req, transfer = 0) {
        const t = this.timeouts;
        const timed = { ...req, ...requestTiming(t, transfer) };
        if (this.opts.connectTo !== undefined && (0,origin/* sameOrigin */.Nm)(req.url, this.base))
            timed.connectTo = this.opts.connectTo;
        return send(timed);
    }
    retrying(what, op, classify = (0,retry_classify/* registryClassify */.Qz)()) {
        return (0,retry/* withRetry */.b)(op, { policy: this.retry, classify, onRetry: (e) => this.opts.onRetry?.(what, e) });
    }
    /**
     * Send with auth; a 401 teaches the challenge and the request is sent once
     * more if its body allows. A URL off the registry's origin (a Location or
     * redirect the registry gave) goes without credentials, and its 401s teach
     * nothing: a foreign server must not pick the realm our credentials go to.
     */
    async exchange(x) {
        const trusted = (0,origin/* mayCarryCredentials */.x6)(this.base, x.url);
        let scopes = x.scopes;
        for (let round = 0;; round++) {
            const headers = { ...(x.headers ?? {}) };
            const authz = trusted ? await this.auth.header(scopes) : undefined;
            if (authz !== undefined)
                headers.authorization = authz;
            const req = { method: x.method, url: x.url, headers };
            if (x.body !== undefined)
                req.body = x.body;
            const res = await this.raw(req, x.transfer);
            if (x.expect.includes(res.status))
                return res;
            const resendable = x.body === undefined || Buffer.isBuffer(x.body);
            // Refused Basic credentials will be refused again; a bearer token may
            // only lack a scope or have expired, so it is fetched anew once.
            const worthAnotherTry = authz === undefined || authz.startsWith('Bearer ');
            if (trusted && res.status === 401 && round === 0 && resendable && worthAnotherTry) {
                const ch = parseChallenge(res.headers['www-authenticate']);
                if (ch !== undefined) {
                    await discard(res);
                    await this.auth.learn(ch, scopes, authz);
                    // An expired token is fetched anew; one lacking a scope gets the one the registry named.
                    if (ch.params.scope !== undefined)
                        scopes = mergeScopes([...scopes, ch.params.scope]);
                    continue;
                }
            }
            return this.fail(res, trusted ? x.what : `${x.what} (at ${(0,origin/* redactUrl */.BO)(x.url)}, off the registry, sent without credentials)`);
        }
    }
    /** Turn an unexpected answer into a RegistryError (body read with a cap). */
    async fail(res, what) {
        const text = res.headers['content-length'] === '0' ? '' : await readText(res, transport_body/* BODY_CAPS */.V9.drain).catch(() => '');
        // The registry's words are untrusted: each shown printable and short (preview.ts).
        const parsed = (0,registry_error/* parseErrorBody */.kW)(text);
        const codes = parsed.codes.map((c) => (0,preview/* preview */.VH)(c, { max: 40, redact: false }));
        const messages = parsed.messages.slice(0, 3).map((m) => (0,preview/* preview */.VH)(m, { max: 200, redact: false }));
        const failure = { status: res.status, codes };
        const ra = (0,registry_error/* parseRetryAfter */.mu)(res.headers['retry-after']);
        if (ra !== undefined)
            failure.retryAfterMs = ra;
        const detail = messages.length > 0 ? `: ${codes.join(', ')} ${messages.join('; ')}` : codes.length > 0 ? `: ${codes.join(', ')}` : '';
        if (res.status === 401 || res.status === 403) {
            throw new registry_error/* RegistryError */.gl('AUTH', `${this.registry} refused ${what} (HTTP ${res.status}${detail})`, failure, authHint(this.registry));
        }
        const hint = res.status === 404 ? `Check that the repository exists on ${this.registry} and that the name is right.` : undefined;
        throw new registry_error/* RegistryError */.gl(res.status === 404 ? 'NOT_FOUND' : 'REGISTRY', `${this.registry} answered HTTP ${res.status} to ${what}${detail}`, failure, hint);
    }
    // ---- blobs -------------------------------------------------------------
    async blobExists(repo, digest, actions = ['pull', 'push']) {
        return this.retrying(`HEAD blob ${digest}`, async () => {
            const res = await this.exchange({
                method: 'HEAD',
                url: this.url(`${repo}/blobs/${digest}`),
                scopes: [repositoryScope(repo, actions)],
                expect: [200, 404, 301, 302, 303, 307, 308],
                what: `HEAD blob ${digest} in ${repo}`,
            });
            await discard(res);
            // A redirect to blob storage also means the registry has it.
            return res.status !== 404;
        });
    }
    /**
     * Ask the registry to link a blob from another of its repositories.
     * True when mounted (201); false when it declined (202 opens an upload,
     * which we cancel) or failed for any reason other than auth.
     */
    async mountBlob(repo, digest, from) {
        const url = this.url(`${repo}/blobs/uploads/`);
        url.searchParams.set('mount', digest);
        url.searchParams.set('from', from);
        try {
            return await this.retrying(`mount ${digest}`, async () => {
                const res = await this.exchange({
                    method: 'POST',
                    url,
                    scopes: [repositoryScope(repo, ['pull', 'push']), repositoryScope(from, ['pull'])],
                    headers: { 'content-length': '0' },
                    body: Buffer.alloc(0),
                    expect: [201, 202],
                    what: `mount of ${digest} from ${from} into ${repo}`,
                });
                await discard(res);
                if (res.status === 202) {
                    const loc = (0,origin/* resolveServerUrl */.lC)(res.headers.location, url);
                    if (loc.ok)
                        await this.cancelUpload(repo, loc.value);
                    return false;
                }
                return true;
            });
        }
        catch (e) {
            if (e instanceof errors/* PipelineError */.zC && e.code === 'AUTH')
                throw e;
            return false;
        }
    }
    async cancelUpload(repo, loc) {
        try {
            const res = await this.exchange({
                method: 'DELETE',
                url: loc,
                scopes: [repositoryScope(repo, ['pull', 'push'])],
                expect: [204, 200, 202, 404],
                what: 'upload cancel',
            });
            await discard(res);
        }
        catch {
            /* best effort: the registry purges stale uploads itself */
        }
    }
    /**
     * Upload one blob from a stream, in one attempt (the caller retries with a
     * fresh stream). `put`: POST then one PUT carrying the bytes; `patch`: one
     * streamed PATCH then PUT ?digest=; `chunked`: PATCHes of at most
     * chunkSize bytes with Content-Range, for registries that cap request size.
     * A `put` the registry refuses as a mode it does not take fails with
     * MonolithicRefused (the caller may send the blob again as `patch`).
     * Returns the bytes sent.
     */
    async uploadBlob(repo, desc, body, mode) {
        const scopes = [repositoryScope(repo, ['pull', 'push'])];
        const start = this.url(`${repo}/blobs/uploads/`);
        const what = `upload of blob ${desc.digest} to ${repo}`;
        let res = await this.exchange({ method: 'POST', url: start, scopes, headers: { 'content-length': '0' }, body: Buffer.alloc(0), expect: [202], what });
        let loc = this.location(res, start, what);
        await discard(res);
        const withDigest = (u) => {
            const v = new URL(u);
            v.searchParams.set('digest', desc.digest);
            return v;
        };
        if (mode.kind === 'put') {
            try {
                res = await this.exchange({
                    method: 'PUT',
                    url: withDigest(loc),
                    scopes,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
                    body,
                    expect: [201],
                    what,
                    transfer: desc.size,
                });
            }
            catch (e) {
                if (!refusesMonolithic(e))
                    throw e;
                const r = e;
                // The upload session it opened is of no further use: let it go (best effort).
                await this.cancelUpload(repo, loc);
                throw new MonolithicRefused(r.code, r.message, r.failure, 'The registry does not take a blob in one PUT; it is uploaded as a streamed PATCH instead.', r);
            }
            await discard(res);
            return desc.size;
        }
        if (mode.kind === 'patch') {
            res = await this.exchange({
                method: 'PATCH',
                url: loc,
                scopes,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
                body,
                expect: [202, 204],
                what,
                transfer: desc.size,
            });
            loc = this.location(res, loc, what);
            await discard(res);
        }
        else {
            let offset = 0;
            for await (const chunk of chunksOf(body, mode.chunkSize)) {
                res = await this.exchange({
                    method: 'PATCH',
                    url: loc,
                    scopes,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                    body: chunk,
                    expect: [202, 204],
                    what,
                    transfer: chunk.length,
                });
                loc = this.location(res, loc, what);
                await discard(res);
                offset += chunk.length;
            }
        }
        res = await this.exchange({
            method: 'PUT',
            url: withDigest(loc),
            scopes,
            headers: { 'content-length': '0' },
            body: Buffer.alloc(0),
            expect: [201, 204],
            what,
        });
        await discard(res);
        return desc.size;
    }
    /** The upload URL to use next; `Location` may be absolute or relative. */
    location(res, current, what) {
        const next = (0,origin/* resolveServerUrl */.lC)(res.headers.location, current);
        if (next.ok)
            return next.value;
        switch (next.error.problem) {
            case 'missing':
                throw new registry_error/* RegistryError */.gl('REGISTRY', `${this.registry} gave no Location for the ${what}`, { status: res.status });
            case 'unreadable':
                throw new registry_error/* RegistryError */.gl('REGISTRY', `${this.registry} gave an unreadable Location for the ${what}`, { status: res.status });
            case 'not-http':
                throw new registry_error/* RegistryError */.gl('REGISTRY', `${this.registry} gave a Location for the ${what} that is not http(s) (${next.error.protocol})`, { status: res.status }, 'The registry is misconfigured or hostile; check its address.');
        }
    }
    /**
     * GET a blob, following redirects (without Authorization when they leave
     * the registry's origin: exchange() decides). From `offset` on, when given:
     * a Range request, and when the server ignores the range (200), the first
     * bytes are skipped here. `retry: false` makes one try: a resumed
     * download (resume.ts) is its own retry loop, and loops never nest.
     */
    async openBlob(repo, desc, offset = 0, opts = {}) {
        const once = async () => {
            const scopes = [repositoryScope(repo, ['pull'])];
            let url = this.url(`${repo}/blobs/${desc.digest}`);
            const what = `GET blob ${desc.digest} from ${repo}`;
            const headers = offset > 0 ? { range: `bytes=${offset}-` } : {};
            const ok = [200, 206, 301, 302, 303, 307, 308];
            // The whole blob (or what is left of it) may come on this request: its deadline allows for that.
            const transfer = Math.max(0, desc.size - offset);
            let res = await this.exchange({ method: 'GET', url, scopes, headers, expect: ok, what, transfer });
            for (let hops = 0; res.status !== 200 && res.status !== 206; hops++) {
                if (hops >= origin/* MAX_REDIRECTS */.NX)
                    throw new registry_error/* RegistryError */.gl('REGISTRY', `${this.registry} redirected ${what} more than ${origin/* MAX_REDIRECTS */.NX} times`, { status: res.status });
                const next = this.location(res, url, what);
                await discard(res);
                url = next;
                // Blob storage elsewhere (S3, a CDN) is fetched without our Authorization: exchange() applies origin.ts.
                res = await this.exchange({ method: 'GET', url, scopes, headers, expect: ok, what, transfer });
            }
            if (offset > 0 && res.status === 200)
                return skipBytes(res.body, offset);
            return res.body;
        };
        return opts.retry === false ? once() : this.retrying(`GET blob ${desc.digest}`, once);
    }
    // ---- manifests ---------------------------------------------------------
    /** HEAD a manifest by tag or digest: its digest, media type and size, or undefined if absent. */
    async headManifest(repo, reference, scopes = ['pull', 'push']) {
        return this.retrying(`HEAD manifest ${reference}`, async () => {
            const res = await this.exchange({
                method: 'HEAD',
                url: this.url(`${repo}/manifests/${reference}`),
                scopes: [repositoryScope(repo, scopes)],
                headers: { accept: MANIFEST_ACCEPT },
                expect: [200, 404],
                what: `HEAD manifest ${reference} in ${repo}`,
            });
            await discard(res);
            if (res.status === 404)
                return undefined;
            const digest = res.headers['docker-content-digest'];
            return {
                digest: (typeof digest === 'string' ? digest : ''),
                mediaType: String(res.headers['content-type'] ?? ''),
                size: Number(res.headers['content-length'] ?? -1),
            };
        });
    }
    async getManifest(repo, reference) {
        return this.retrying(`GET manifest ${reference}`, async () => {
            const what = `GET manifest ${reference} from ${repo}`;
            const res = await this.exchange({
                method: 'GET',
                url: this.url(`${repo}/manifests/${reference}`),
                scopes: [repositoryScope(repo, ['pull'])],
                headers: { accept: MANIFEST_ACCEPT },
                expect: [200],
                what,
            });
            const bytes = await readAll(res, MAX_MANIFEST, what);
            return {
                bytes,
                mediaType: String(res.headers['content-type'] ?? '')
                    .split(';')[0]
                    ?.trim() ?? '',
                digest: (0,digest/* digestBytes */.QN)(bytes),
            };
        });
    }
    /**
     * One page of the referrers API (distribution-spec 1.1) for `subject`, or
     * the page at `page` (a Link the registry gave). Every answer comes back as
     * data: what a 404 or an odd body means is registry/client/referrers-api.ts's
     * call. A 200 body is read with the manifest cap.
     */
    async getReferrers(repo, subject, opts = {}) {
        return this.retrying(`GET referrers of ${subject}`, async () => {
            const what = `GET referrers of ${subject} in ${repo}`;
            let url = opts.page;
            if (url === undefined) {
                url = this.url(`${repo}/referrers/${subject}`);
                if (opts.artifactType !== undefined)
                    url.searchParams.set('artifactType', opts.artifactType);
            }
            const res = await this.exchange({
                method: 'GET',
                url,
                scopes: [repositoryScope(repo, ['pull'])],
                headers: { accept: 'application/vnd.oci.image.index.v1+json' },
                expect: [200, 400, 404, 405, 406],
                what,
            });
            const header = (name) => {
                const v = res.headers[name];
                return Array.isArray(v) ? v.join(', ') : (v ?? '');
            };
            const page = {
                status: res.status,
                url,
                contentType: header('content-type').split(';')[0]?.trim() ?? '',
                link: header('link'),
                filtersApplied: header('oci-filters-applied'),
                bytes: Buffer.alloc(0),
            };
            if (res.status === 200)
                page.bytes = await readAll(res, MAX_MANIFEST, what);
            else
                await discard(res);
            return page;
        });
    }
    /**
     * PUT a manifest or index under a tag or its digest; returns the digest the
     * registry reports. `blobsVerified`: the caller checked every blob it names
     * present just before, so MANIFEST_BLOB_UNKNOWN is retried as a race
     * (retry-classify.ts, blobRaceClassify).
     */
    async putManifest(repo, reference, mediaType, bytes, opts = {}) {
        return this.retrying(`PUT manifest ${reference}`, async () => {
            const res = await this.exchange({
                method: 'PUT',
                url: this.url(`${repo}/manifests/${reference}`),
                scopes: [repositoryScope(repo, ['pull', 'push'])],
                headers: { 'content-type': mediaType },
                body: bytes,
                expect: [201, 200, 202],
                what: `PUT manifest ${reference} to ${repo}`,
            });
            await discard(res);
            const d = res.headers['docker-content-digest'];
            return (typeof d === 'string' ? d : (0,digest/* digestBytes */.QN)(bytes));
        }, opts.blobsVerified === true ? (0,retry_classify/* blobRaceClassify */.Vw)() : undefined);
    }
}
/** Re-cut a stream into buffers of `size` bytes (the last may be shorter). */
async function* chunksOf(stream, size) {
    let parts = [];
    let have = 0;
    for await (const c of stream) {
        let chunk = c;
        while (chunk.length > 0) {
            const take = Math.min(size - have, chunk.length);
            parts.push(chunk.subarray(0, take));
            have += take;
            chunk = chunk.subarray(take);
            if (have === size) {
                yield Buffer.concat(parts);
                parts = [];
                have = 0;
            }
        }
    }
    if (have > 0)
        yield Buffer.concat(parts);
}


/***/ }),

/***/ 54597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clientFactory: () => (/* binding */ clientFactory)
/* harmony export */ });
/* harmony import */ var _credentials_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43304);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89679);
/* harmony import */ var _transport_scheme_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86994);
/**
 * One RegistryClient per registry for a run, configured from the user's
 * auth and transport choices: plain HTTP only for loopback hosts and those
 * listed as insecure; optional host overrides (tests route through a proxy
 * or give a loopback registry an ECR host name).
 */



function clientFactory(opts = {}) {
    const creds = (0,_credentials_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialResolver */ .iT)(opts.auth ?? _credentials_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .NO_AUTH */ .hg);
    const insecure = opts.insecureRegistries ?? [];
    const clients = new Map();
    return (registry) => {
        let c = clients.get(registry);
        if (c === undefined) {
            const connectTo = opts.connectTo?.[registry];
            c = new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({
                registry,
                plainHttp: (0,_transport_scheme_js__WEBPACK_IMPORTED_MODULE_2__/* .usesPlainHttp */ .V)(registry, insecure),
                credentials: () => creds(registry),
                ...(connectTo !== undefined ? { connectTo } : {}),
                ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
                ...(opts.timeouts !== undefined ? { timeouts: opts.timeouts } : {}),
                onRetry: (what, e) => opts.onRetry?.(registry, what, e),
                ...(opts.auth?.mask !== undefined ? { mask: opts.auth.mask } : {}),
            });
            clients.set(registry, c);
        }
        return c;
    };
}


/***/ }),

/***/ 17221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/**
 * What a registry or the network said when a request failed, kept as data
 * (status, the spec's error codes, Retry-After, the socket error code) so
 * transport/retry-classify.ts can decide by type, never by message text.
 */

class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC {
    failure;
    constructor(code, message, failure, hint, cause) {
        const ctx = {};
        if (hint !== undefined)
            ctx.hint = hint;
        if (cause !== undefined)
            ctx.cause = cause;
        super(code, message, ctx);
        this.failure = failure;
    }
}
/** The `errors[].code` and messages of a spec error body; tolerant of anything else. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        const errors = Array.isArray(body.errors) ? body.errors : [];
        return {
            codes: errors.map((e) => (typeof e.code === 'string' ? e.code : '')).filter((c) => c !== ''),
            messages: errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter((m) => m !== ''),
        };
    }
    catch {
        return { codes: [], messages: [] };
    }
}
/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}


/***/ }),

/***/ 73938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Qz: () => (/* binding */ registryClassify),
/* harmony export */   Vw: () => (/* binding */ blobRaceClassify),
/* harmony export */   XE: () => (/* binding */ classifyFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _registry_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17221);
/**
 * Which failed registry requests are worth another try. Decisions look at
 * the status, the spec's error codes and socket error codes; never at
 * message text. The loop and the waits are retry/retry.ts's.
 *
 * - 408, 429 (honouring Retry-After), 5xx, connection resets/EOF: retry.
 * - BLOB_UPLOAD_UNKNOWN / BLOB_UPLOAD_INVALID: the upload session is gone;
 *   restart that blob's upload from the beginning.
 * - 401, 403, 404 (name/manifest unknown), 400 validation: never retried.
 * - MANIFEST_BLOB_UNKNOWN on a manifest PUT whose blobs the caller has just
 *   verified present: retried by blobRaceClassify only (see there).
 */


const RETRY_ERRNO = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET',
    // undici's own deadlines (fetch: the Packer release files, release-fetch.ts): a connect, headers or body that did
    // not come in time is as transient as ETIMEDOUT.
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'EOF',
    'HPE_INVALID_CONSTANT',
]);
const RESTART_CODES = new Set(['BLOB_UPLOAD_UNKNOWN', 'BLOB_UPLOAD_INVALID']);
function classifyFailure(f) {
    if (f.codes !== undefined && f.codes.some((c) => RESTART_CODES.has(c)))
        return { kind: 'restart-upload' };
    if (f.errno !== undefined)
        return RETRY_ERRNO.has(f.errno) ? { kind: 'retry' } : { kind: 'fatal' };
    const s = f.status;
    if (s === undefined)
        return { kind: 'fatal' };
    if (s === 408 || s === 429 || (s >= 500 && s <= 599 && s !== 501 && s !== 505)) {
        return f.retryAfterMs !== undefined ? { kind: 'retry', afterMs: f.retryAfterMs } : { kind: 'retry' };
    }
    return { kind: 'fatal' };
}
/** The failure data of any error a registry request can end with. */
function failureOf(e) {
    if (e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl)
        return e.failure;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPipelineError */ .h$)(e))
        return undefined; // digest mismatch, auth, input: retrying cannot help
    const errno = e?.code;
    return typeof errno === 'string' ? { errno } : undefined;
}
function classify(e) {
    const f = failureOf(e);
    return f === undefined ? { kind: 'fatal' } : classifyFailure(f);
}
/**
 * The classifier withRetry takes for registry requests. `restartable` says
 * whether an upload-session loss can be handled by running the operation
 * again (true at the blob level only, distribute/upload-blobs.ts).
 */
function registryClassify(opts = {}) {
    return (e) => {
        const f = failureOf(e);
        const v = f === undefined ? { kind: 'fatal' } : classifyFailure(f);
        const why = f === undefined ? 'not retryable' : (f.codes?.[0] ?? f.errno ?? (f.status !== undefined ? `HTTP ${f.status}` : 'unknown'));
        if (v.kind === 'retry')
            return v.afterMs !== undefined ? { retry: true, retryAfterMs: v.afterMs, why } : { retry: true, why };
        return { retry: v.kind === 'restart-upload' && opts.restartable === true, why };
    };
}
/**
 * A manifest PUT refused with MANIFEST_BLOB_UNKNOWN although every blob it
 * names was uploaded and checked present a moment before. distribution's
 * filesystem driver rewrites a repository's blob link in place (truncate,
 * then write) when another push of the same blob commits, so for a moment
 * the link reads empty and the blob is "unknown"; registries on eventually
 * consistent storage show the same. Only callers that verified the blobs
 * (distribute/put-manifests.ts, through putManifest's `blobsVerified`) use
 * this: elsewhere the code means what it says, and the referrers fallback
 * relies on it to prune an entry whose manifest is gone.
 */
function blobRaceClassify() {
    const base = registryClassify();
    return (e) => {
        const codes = e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl ? (e.failure.codes ?? []) : [];
        if (codes.includes('MANIFEST_BLOB_UNKNOWN') || codes.includes('BLOB_UNKNOWN'))
            return { retry: true, why: 'MANIFEST_BLOB_UNKNOWN after the blobs were verified' };
        return base(e);
    };
}


/***/ })

};
