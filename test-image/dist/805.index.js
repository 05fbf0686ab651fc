export const id = 805;
export const ids = [805];
export const modules = {

/***/ 99949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $v: () => (/* binding */ isConfigMediaType),
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types of the OCI image spec and of Docker's image manifest v2 schema 2. */
const MediaType = {
    OciLayout: 'application/vnd.oci.image.layout.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OciLayerNondistributable: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
    OciLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const isIndexMediaType = (m) => m === MediaType.OciIndex || m === MediaType.DockerManifestList;
const isManifestMediaType = (m) => m === MediaType.OciManifest || m === MediaType.DockerManifest;
const isConfigMediaType = (m) => m === MediaType.OciConfig || m === MediaType.DockerConfig;
/** How a layer blob is compressed, from its media type; undefined when it is not a layer we know. */
function layerCompression(m) {
    switch (m) {
        case MediaType.OciLayer:
        case MediaType.OciLayerNondistributable:
        case MediaType.DockerLayer:
            return 'none';
        case MediaType.OciLayerGzip:
        case MediaType.OciLayerNondistributableGzip:
        case MediaType.DockerLayerGzip:
        case MediaType.DockerForeignLayerGzip:
            return 'gzip';
        case MediaType.OciLayerZstd:
            return 'zstd';
        default:
            return undefined;
    }
}


/***/ }),

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ MAX_JSON_BLOB)
/* harmony export */ });
/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
const MAX_JSON_BLOB = 4 * 1024 * 1024;


/***/ }),

/***/ 99259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pipeThrough)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way we feed a stream through another that a reader then takes (a digest verifier, a filter): the two
 * tied, each side's end reaching the other.
 *
 * - An error of the source fails `into`, and the reader sees it there. pipeline's own listeners keep it from being
 *   thrown at the process before the reader listens.
 * - A reader that hangs up on `into` (destroys it) destroys the source as well: its file closes, its connection is
 *   freed. `source.pipe(into)` only unpipes on a hang-up: a file read stays open, and a network body fed by 'data'
 *   stays paused, its connection held until the request's deadline (a paused reader is no stall: transport/http.ts).
 *
 * Not for a chain whose source must outlive a failed stage: layer-stream.ts ties its own, because after a gzip or
 * tar error it drains the rest of the blob through the blob's verifier, so a wrong blob is reported as that.
 */

function pipeThrough(source, into) {
    // Nothing to do at the end: the reader of `into` sees its end or its error.
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, into, () => undefined);
    return into;
}


/***/ }),

/***/ 99296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ clientFactory)
});

// EXTERNAL MODULE: ./shared/src/registry/credentials/credentials.ts + 1 modules
var credentials = __webpack_require__(80415);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(99259);
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

// EXTERNAL MODULE: ./shared/src/registry/transport/http.ts
var http = __webpack_require__(43997);
// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(62639);
// EXTERNAL MODULE: ./shared/src/registry/transport/timeouts.ts
var timeouts = __webpack_require__(92269);
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
        this.timeouts = where.timeouts ?? timeouts/* DEFAULT_TIMEOUTS */.Rh;
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
        const res = await (0,http/* send */.tN)({ method: 'GET', url, headers, ...(0,timeouts/* requestTiming */.Qd)(this.timeouts) });
        if (res.status !== 200)
            await (0,http/* discard */.vf)(res);
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
// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(17221);
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
















const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const MAX_MANIFEST = transport_body/* BODY_CAPS */.V9.manifest;
/**
 * The stream without its first `n` bytes: for servers that answer a Range request with the whole blob. Tied to the
 * body (pipe-through.ts): a cut body fails the reader, a reader that gives up frees the connection.
 */
function skipBytes(body, n) {
    let left = n;
    return (0,pipe_through/* pipeThrough */.W)(body, new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            if (left >= chunk.length) {
                left -= chunk.length;
                return done();
            }
            const kept = left > 0 ? chunk.subarray(left) : chunk;
            left = 0;
            done(null, kept);
        },
    }));
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
        this.timeouts = (0,timeouts/* timeoutsWith */.fh)(opts.timeouts);
        this.auth = new Authenticator(opts.registry, opts.credentials, opts.mask, { base: this.base, timeouts: this.timeouts });
        this.retry = opts.retry ?? policy/* REGISTRY_RETRY */.dv;
    }
    /** Extra time a retry loop over a transfer of `bytes` may take (distribute/upload-blobs.ts adds it to the retry budget). */
    transferAllowanceMs(bytes) {
        return (0,timeouts/* transferAllowanceMs */.Ep)(this.timeouts, bytes);
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
            await (0,http/* discard */.vf)(res);
        });
    }
    /** One request with its deadline; the connectTo override applies to the registry's own origin only. */
    raw(req, transfer = 0) {
        const t = this.timeouts;
        const timed = { ...req, ...(0,timeouts/* requestTiming */.Qd)(t, transfer) };
        if (this.opts.connectTo !== undefined && (0,origin/* sameOrigin */.Nm)(req.url, this.base))
            timed.connectTo = this.opts.connectTo;
        return (0,http/* send */.tN)(timed);
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
                    await (0,http/* discard */.vf)(res);
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
        const text = res.headers['content-length'] === '0' ? '' : await (0,http/* readText */.yR)(res, transport_body/* BODY_CAPS */.V9.drain).catch(() => '');
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
            await (0,http/* discard */.vf)(res);
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
                await (0,http/* discard */.vf)(res);
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
    /**
     * Open an upload session (POST /blobs/uploads/) for an uploadBlob to
     * come: a push opens them ahead of its uploads (upload-blobs.ts), so a
     * blob's bytes start as soon as its turn comes. One try: when it fails,
     * the upload try it was for fails with its error, and the caller's retry
     * opens a session of its own.
     */
    async openUpload(repo, what = `upload to ${repo}`) {
        const start = this.url(`${repo}/blobs/uploads/`);
        const res = await this.exchange({
            method: 'POST',
            url: start,
            scopes: [repositoryScope(repo, ['pull', 'push'])],
            headers: { 'content-length': '0' },
            body: Buffer.alloc(0),
            expect: [202],
            what,
        });
        return { repo, location: await this.nextLocation(res, start, what) };
    }
    /** Let an upload session go that no upload will use (best effort: registries purge stale ones themselves). */
    async cancelSession(session) {
        await this.cancelUpload(session.repo, session.location);
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
            await (0,http/* discard */.vf)(res);
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
     * `session`: one opened ahead (openUpload), else the POST is made here.
     * Returns the bytes sent.
     */
    async uploadBlob(repo, desc, body, mode, session) {
        const what = `upload of blob ${desc.digest} to ${repo}`;
        if (session !== undefined && session.repo !== repo) {
            throw new Error(`an upload session of ${session.repo} was handed to an upload to ${repo}`);
        }
        const at = { loc: session?.location ?? (await this.openUpload(repo, what)).location };
        try {
            const sent = await this.sendBlob(repo, desc, body, mode, at, what);
            // A registry may answer success before it took the whole body (one that already holds the blob). transport
            // stopped sending; what is left of the body must go too, or its source stays open and paused: a file, a
            // download's connection, or (a branch of tee.ts) the read every other destination of this blob waits on.
            if (!body.readableEnded)
                body.destroy();
            return sent;
        }
        catch (e) {
            // The body first: it may be one branch of a read shared with other destinations (tee.ts), which must not
            // wait on this one's DELETE.
            body.destroy();
            // A registry that answered a failure (a refused monolithic PUT too) is there to take the DELETE: let its
            // session go, so a failed upload leaves none open (best effort). Not after a network failure: the DELETE
            // would wait on the same dead connection.
            if (e instanceof registry_error/* RegistryError */.gl && e.failure.status !== undefined)
                await this.cancelUpload(repo, at.loc);
            throw e;
        }
    }
    /** uploadBlob's requests after the session is open; `at.loc` follows the Location the registry hands back. */
    async sendBlob(repo, desc, body, mode, at, what) {
        const scopes = [repositoryScope(repo, ['pull', 'push'])];
        let res;
        const withDigest = (u) => {
            const v = new URL(u);
            v.searchParams.set('digest', desc.digest);
            return v;
        };
        if (mode.kind === 'put') {
            try {
                res = await this.exchange({
                    method: 'PUT',
                    url: withDigest(at.loc),
                    scopes,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
                    body,
                    expect: [201],
                    what,
                    transfer: desc.size,
                });
            }
            catch (e) {
                if (!(0,retry_classify/* refusesMonolithic */.CT)(e))
                    throw e;
                const r = e;
                // uploadBlob lets the session go, as for any failure the registry answered.
                throw new registry_error/* MonolithicRefused */.vo(r.code, r.message, r.failure, 'The registry does not take a blob in one PUT; it is uploaded as a streamed PATCH instead.', r);
            }
            await (0,http/* discard */.vf)(res);
            return desc.size;
        }
        if (mode.kind === 'patch') {
            res = await this.exchange({
                method: 'PATCH',
                url: at.loc,
                scopes,
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
                body,
                expect: [202, 204],
                what,
                transfer: desc.size,
            });
            at.loc = await this.nextLocation(res, at.loc, what);
        }
        else {
            let offset = 0;
            for await (const chunk of chunksOf(body, mode.chunkSize)) {
                res = await this.exchange({
                    method: 'PATCH',
                    url: at.loc,
                    scopes,
                    headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
                    body: chunk,
                    expect: [202, 204],
                    what,
                    transfer: chunk.length,
                });
                at.loc = await this.nextLocation(res, at.loc, what);
                offset += chunk.length;
            }
        }
        res = await this.exchange({
            method: 'PUT',
            url: withDigest(at.loc),
            scopes,
            headers: { 'content-length': '0' },
            body: Buffer.alloc(0),
            expect: [201, 204],
            what,
        });
        await (0,http/* discard */.vf)(res);
        return desc.size;
    }
    /**
     * The URL to use next, from `res`'s Location (absolute or relative), with `res` drained either way: a response
     * whose Location is refused, left unread, would hold its connection until the request's deadline.
     */
    async nextLocation(res, current, what) {
        await (0,http/* discard */.vf)(res);
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
                if (hops >= origin/* MAX_REDIRECTS */.NX) {
                    await (0,http/* discard */.vf)(res);
                    throw new registry_error/* RegistryError */.gl('REGISTRY', `${this.registry} redirected ${what} more than ${origin/* MAX_REDIRECTS */.NX} times`, { status: res.status });
                }
                url = await this.nextLocation(res, url, what);
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
            await (0,http/* discard */.vf)(res);
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
            const bytes = await (0,http/* readAll */.yw)(res, MAX_MANIFEST, what);
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
                page.bytes = await (0,http/* readAll */.yw)(res, MAX_MANIFEST, what);
            else
                await (0,http/* discard */.vf)(res);
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
            await (0,http/* discard */.vf)(res);
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

// EXTERNAL MODULE: ./shared/src/registry/transport/scheme.ts
var scheme = __webpack_require__(86994);
;// CONCATENATED MODULE: ./shared/src/registry/client/connect.ts
/**
 * One RegistryClient per registry for a run, configured from the user's
 * auth and transport choices: plain HTTP only for loopback hosts and those
 * listed as insecure; optional host overrides (tests route through a proxy
 * or give a loopback registry an ECR host name).
 */



function clientFactory(opts = {}) {
    const creds = (0,credentials/* credentialResolver */.iT)(opts.auth ?? credentials/* NO_AUTH */.hg);
    const insecure = opts.insecureRegistries ?? [];
    const clients = new Map();
    return (registry) => {
        let c = clients.get(registry);
        if (c === undefined) {
            const connectTo = opts.connectTo?.[registry];
            c = new RegistryClient({
                registry,
                plainHttp: (0,scheme/* usesPlainHttp */.V)(registry, insecure),
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

/***/ 73938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ refusesMonolithic),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Qz: () => (/* binding */ registryClassify),
/* harmony export */   Vw: () => (/* binding */ blobRaceClassify)
/* harmony export */ });
/* unused harmony exports classifyFailure, decide */
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
 * - A monolithic PUT refused as a mode the registry does not take
 *   (refusesMonolithic; MonolithicRefused): never retried, whatever codes
 *   come with it; the caller sends the blob as a PATCH instead.
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
 * Whether a failed monolithic PUT (POST, then PUT ?digest= carrying the
 * blob) says the registry does not take that mode: 405 or 501, or the
 * spec's UNSUPPORTED below 500. Pure.
 */
function refusesMonolithic(e) {
    if (!(e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl) || e.code === 'AUTH')
        return false;
    const { status, codes = [] } = e.failure;
    // A 5xx is the registry's trouble (retried as such), not an answer about the mode; 501 says it does not implement it.
    return status === 405 || status === 501 || (codes.includes('UNSUPPORTED') && status !== undefined && status < 500);
}
/**
 * The classifier withRetry takes for registry requests. `restartable` says
 * whether an upload-session loss can be handled by running the operation
 * again (true at the blob level only, distribute/upload-blobs.ts).
 */
function registryClassify(opts = {}) {
    return (e) => {
        // An answer about the upload mode, not a fault: a code beside it (BLOB_UPLOAD_INVALID) must not read as a lost session.
        if (e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .MonolithicRefused */ .vo)
            return { retry: false, why: 'the registry does not take a blob in one PUT' };
        return decide(failureOf(e), opts.restartable === true);
    };
}
/**
 * withRetry's decision on a failure's data (undefined: nothing says another
 * try could help), by classifyFailure's rules: the one mapping for the
 * registry's requests and for other HTTP fetches that extract their own
 * failure data (builders/packer/release-fetch.ts). `restartable`: a lost
 * upload session is healed by running the operation again.
 */
function decide(f, restartable = false) {
    const v = f === undefined ? { kind: 'fatal' } : classifyFailure(f);
    const why = f === undefined ? 'not retryable' : (f.codes?.[0] ?? f.errno ?? (f.status !== undefined ? `HTTP ${f.status}` : 'unknown'));
    if (v.kind === 'retry')
        return v.afterMs !== undefined ? { retry: true, retryAfterMs: v.afterMs, why } : { retry: true, why };
    return { retry: v.kind === 'restart-upload' && restartable, why };
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
