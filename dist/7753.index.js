export const id = 7753;
export const ids = [7753];
export const modules = {

/***/ 40617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ giveBackOf),
/* harmony export */   E0: () => (/* binding */ readPooled),
/* harmony export */   M5: () => (/* binding */ blobChunks),
/* harmony export */   SN: () => (/* binding */ lendChunks),
/* harmony export */   d8: () => (/* binding */ lendsAs)
/* harmony export */ });
/* unused harmony export ChunkPool */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading a large file into buffers that are used again once every
 * consumer is done with them, instead of a fresh buffer per read.
 *
 * Why: a fresh 1 MiB buffer per read is fresh memory each time (the
 * allocator hands freed blocks back to the kernel), and on the machines
 * we measured (virtualised, like CI runners) memory touched for the first
 * time is costly: the read faults every page in, and the first pass over
 * it (hashing it) runs several times slower than over memory already in
 * use. Pushing 300 MB to three registries, reading and hashing into reused
 * buffers cost 0.3 CPU-s instead of 0.95 (bench/push-floor.ts).
 *
 * The protocol, which keeps reuse safe:
 * - readPooled() reads a file into buffers taken from a ChunkPool and
 *   emits each read as a chunk (a view of one of them); the stream it
 *   returns is marked as lending its chunks (lendChunks).
 * - A consumer that knows when it is done with a chunk (http.ts, once the
 *   socket has taken the bytes) gives it back through giveBackOf(stream).
 *   A consumer that does not know simply never gives it back, and the
 *   buffer is left to the garbage collector: not giving back is always
 *   safe, giving back early is not.
 * - A chunk is taken back only as the very view the pool lent, and only
 *   once: a second or stale give-back, or a slice of it, is ignored, so a
 *   buffer in use is never lent twice.
 * - A stage between the reader and the consumer that passes chunks on
 *   unchanged (VerifyingStream, a PassThrough) needs nothing; a stage that
 *   hands one chunk to several consumers (tee.ts) counts them and gives
 *   the chunk back after the last.
 */


class ChunkPool {
    chunkSize;
    maxIdle;
    idleMs;
    idle = [];
    /**
     * Each chunk lent (the view emitted, a new object per read) -> the whole
     * buffer it belongs to. Weak: a chunk its consumer never gives back goes
     * to the collector with its buffer, and the pool keeps nothing of it.
     */
    lent = new WeakMap();
    taken = false;
    trimTimer;
    /**
     * @param chunkSize bytes per buffer (and per read)
     * @param maxIdle buffers kept for reuse at most; more are left to the collector
     * @param idleMs idle buffers are dropped once none was taken for this long, so a pool holds no memory between pushes
     */
    constructor(chunkSize = 1024 * 1024, maxIdle = 64, idleMs = 2000) {
        this.chunkSize = chunkSize;
        this.maxIdle = maxIdle;
        this.idleMs = idleMs;
    }
    /** A whole buffer to read into: an idle one, else a new one. */
    take() {
        this.taken = true;
        return this.idle.pop() ?? Buffer.allocUnsafeSlow(this.chunkSize);
    }
    /** The first `n` bytes of `buf` (taken from this pool) as a chunk to emit: a new view each time, recorded as lent. */
    lend(buf, n) {
        const view = buf.subarray(0, n);
        this.lent.set(view, buf);
        return view;
    }
    /** A buffer taken but not lent (nothing was read into it). */
    putBack(buf) {
        this.keep(buf);
    }
    /** Take back a chunk this pool lent; anything else (already back, a slice of it, another buffer) is ignored. */
    giveBack(view) {
        const buf = this.lent.get(view);
        if (buf === undefined)
            return;
        this.lent.delete(view);
        this.keep(buf);
    }
    /** Buffers idle now (tests). */
    get idleCount() {
        return this.idle.length;
    }
    keep(buf) {
        if (this.idle.length < this.maxIdle)
            this.idle.push(buf);
        if (this.trimTimer === undefined)
            this.armTrim();
    }
    armTrim() {
        this.taken = false;
        this.trimTimer = setTimeout(() => {
            this.trimTimer = undefined;
            if (this.taken)
                this.armTrim();
            else
                this.idle.length = 0;
        }, this.idleMs);
        this.trimTimer.unref();
    }
}
const kGiveBack = Symbol('giveBack');
/** Mark `stream` as lending its chunks: its one consumer may hand each back, once done with it, to `giveBack`. */
function lendChunks(stream, giveBack) {
    stream[kGiveBack] = giveBack;
    return stream;
}
/** Where a consumer of `stream` hands back a chunk it is done with; undefined when the stream lends nothing. */
function giveBackOf(stream) {
    return stream[kGiveBack];
}
/**
 * A file (from `start`, `length` bytes, default to its end) as a stream of
 * chunks read into `pool`'s buffers, one read per chunk. The stream lends
 * its chunks (lendChunks). It reads ahead one chunk (highWaterMark), like
 * createReadStream with a highWaterMark of the chunk size.
 */
function readPooled(file, pool, opts = {}) {
    let fd;
    let pos = opts.start ?? 0;
    let left = opts.length ?? Infinity;
    // A read in flight when the stream is destroyed: the descriptor is closed after it, never under it (its number could be reused meanwhile).
    let reading = false;
    let closeAfterRead;
    const stream = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable({
        highWaterMark: pool.chunkSize,
        construct(cb) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.open(file, 'r', (e, f) => {
                if (e === null)
                    fd = f;
                cb(e);
            });
        },
        read() {
            const buf = pool.take();
            const want = Math.min(buf.length, left);
            if (want <= 0) {
                pool.putBack(buf);
                this.push(null);
                return;
            }
            reading = true;
            node_fs__WEBPACK_IMPORTED_MODULE_0__.read(fd, buf, 0, want, pos, (e, n) => {
                reading = false;
                if (closeAfterRead !== undefined) {
                    pool.putBack(buf);
                    closeAfterRead();
                    return;
                }
                if (e !== null) {
                    pool.putBack(buf);
                    this.destroy(e);
                    return;
                }
                if (n === 0) {
                    pool.putBack(buf);
                    this.push(null);
                    return;
                }
                pos += n;
                left -= n;
                this.push(pool.lend(buf, n));
            });
        },
        destroy(err, cb) {
            if (fd === undefined)
                return cb(err);
            const f = fd;
            const close = () => node_fs__WEBPACK_IMPORTED_MODULE_0__.close(f, () => cb(err));
            if (reading)
                closeAfterRead = close;
            else
                close();
        },
    });
    return lendChunks(stream, (c) => pool.giveBack(c));
}
/** The pool blob reads share (layout.ts): 1 MiB reads, at most 64 MiB kept idle, none after 2 s unused. */
const blobChunks = new ChunkPool();
/** `to` passes on `from`'s chunks unchanged (a verifying stage): it lends them as `from` does. */
function lendsAs(to, from) {
    const giveBack = giveBackOf(from);
    return giveBack === undefined ? to : lendChunks(to, giveBack);
}


/***/ }),

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

/***/ 43304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iT: () => (/* binding */ credentialResolver)
/* harmony export */ });
/* unused harmony exports awsKeys, otherAccountEntry */
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49575);
/* harmony import */ var _ecr_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50792);
/* harmony import */ var _registry_auth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81194);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5698);
/**
 * Where credentials for a registry come from, in order: the `registry-auth`
 * input (basic auth, or for an ECR entry a token exchanged for its AWS
 * access keys or the runner's credentials: registry-auth.ts), GHCR with
 * `github-token`, private ECR (a token from GetAuthorizationToken with the
 * runner's credentials, or an entry's keys for accounts in AWS_ACCOUNT_IDS),
 * then Docker's config.json (credHelpers, credsStore, auths). None found
 * means anonymous. Every secret found is passed to `mask` before use.
 */





function credentialResolver(opts) {
    const mask = opts.mask ?? (() => undefined);
    for (const s of (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .registryAuthSecrets */ .hQ)(opts.registryAuth ?? []))
        mask(s);
    if (opts.githubToken !== undefined && opts.githubToken !== '')
        mask(opts.githubToken);
    const env = opts.env ?? process.env;
    const cache = new Map();
    /** An ECR token, with the keys of `from` (an entry) or, without one, the runner's AWS credentials. */
    const exchange = async (how, from) => {
        const keys = from !== undefined ? awsKeys(from.entry, env) : undefined;
        if (keys?.sessionToken !== undefined)
            mask(keys.sessionToken);
        const call = keys !== undefined && from !== undefined ? { keys, keysFrom: (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .entryLabel */ .b4)(from.entry, from.index) } : {};
        const c = how.kind === 'ecr-public' ? await (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .ecrPublicCredentials */ .EG)(opts.ecrPublicEndpoint, call) : await (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .ecrCredentials */ .dQ)(how, opts.ecrEndpoint, call);
        mask(c.password);
        return c;
    };
    const find = async (registry) => {
        const index = (opts.registryAuth ?? []).findIndex((e) => e.registry === registry);
        const entry = opts.registryAuth?.[index];
        if (entry !== undefined) {
            const how = (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .entryAuth */ .fd)(entry);
            if (how.kind === 'basic')
                return { username: entry.username, password: entry.password, source: "the 'registry-auth' input" };
            return exchange(how, { entry, index });
        }
        if (registry === 'ghcr.io' && opts.githubToken !== undefined && opts.githubToken !== '') {
            return { username: 'x-access-token', password: opts.githubToken, source: "the 'github-token' input" };
        }
        const ecr = (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEcrHost */ .wl)(registry);
        // Public ECR without an entry stays anonymous: pulling public images needs no AWS credentials.
        if (ecr !== undefined)
            return exchange({ kind: 'ecr', ...ecr }, otherAccountEntry(opts.registryAuth ?? [], registry, env));
        if (opts.dockerConfigDir !== null) {
            // The env this resolver was given, not the process's: a caller passing its own env gets its own config.json.
            const c = await (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigCredentials */ .D)(registry, opts.dockerConfigDir ?? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigDir */ .k)(env));
            if (c !== undefined)
                mask(c.password);
            return c;
        }
        return undefined;
    };
    return (registry) => {
        const key = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRegistry */ .l5)(registry);
        let p = cache.get(key);
        if (p === undefined) {
            p = find(key);
            cache.set(key, p);
        }
        return p;
    };
}
/**
 * The access key pair of an ECR entry, or undefined for the runner's own
 * credentials (an entry without username/password). login-action never
 * passes a session token with keys; we add AWS_SESSION_TOKEN when the
 * entry's key id is the environment's AWS_ACCESS_KEY_ID, so the temporary
 * keys aws-actions/configure-aws-credentials exports work when a workflow
 * passes them on, and a session token is never paired with other keys.
 */
function awsKeys(entry, env) {
    if (entry.username === '' || entry.password === '')
        return undefined;
    const keys = { accessKeyId: entry.username, secretAccessKey: entry.password };
    const token = env.AWS_SESSION_TOKEN ?? '';
    if (token !== '' && env.AWS_ACCESS_KEY_ID === entry.username)
        keys.sessionToken = token;
    return keys;
}
/**
 * login-action's AWS_ACCOUNT_IDS (comma-separated): the access keys of an
 * ECR entry also log in to the registries of these other accounts. Here:
 * the first ECR entry with keys whose host differs from `registry` only in
 * the account (so the same region, partition and endpoint form), when
 * `registry`'s account is listed. Pure.
 */
function otherAccountEntry(entries, registry, env) {
    const host = (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEcrHost */ .wl)(registry);
    const listed = (env.AWS_ACCOUNT_IDS ?? '').split(',').map((s) => s.trim());
    if (host === undefined || !listed.includes(host.accountId))
        return undefined;
    // Both names start with their 12-digit account (ecr.ts ECR_HOST).
    const index = entries.findIndex((e) => (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .entryAuth */ .fd)(e).kind === 'ecr' && awsKeys(e, env) !== undefined && e.registry.slice(12) === registry.slice(12));
    const entry = entries[index];
    return entry === undefined ? undefined : { entry, index };
}


/***/ }),

/***/ 49575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   k: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24659);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92402);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5698);
/**
 * Credentials from Docker's config.json (`DOCKER_CONFIG` or ~/.docker):
 * `credHelpers` per registry, then `credsStore`, then `auths` entries
 * (base64 `auth` or username/password). Helpers are the `docker-credential-*`
 * programs, spoken to over stdin/stdout as Docker does.
 */







/**
 * The folder of config.json for a step's env: DOCKER_CONFIG, else
 * $HOME/.docker as the docker CLI finds it (HOME of that env, else the
 * account's home). The env is the caller's, never read here from the process.
 */
function dockerConfigDir(env) {
    if (env.DOCKER_CONFIG !== undefined && env.DOCKER_CONFIG !== '')
        return env.DOCKER_CONFIG;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.HOME !== undefined && env.HOME !== '' ? env.HOME : node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker');
}
/** Where JSON.parse stopped, as line and column; never its message, which quotes the text (a password in config.json). */
function whereJsonStops(text, e) {
    const at = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (at === null)
        return '';
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
/**
 * What is wrong with the shape of a parsed config.json, in expected/got words (kinds only, never values:
 * the file holds passwords); undefined when the fields read here are as docker writes them. Without it a
 * `null` file or an `auths` entry that is not an object ended in a TypeError that named nothing.
 */
function shapeProblem(config) {
    if (!isObject(config))
        return `expected the Docker config file to hold a JSON object, got ${kindOf(config)}`;
    for (const field of ['auths', 'credHelpers']) {
        const v = config[field];
        if (v === undefined)
            continue;
        if (!isObject(v))
            return `expected '${field}' in the Docker config file to be an object, got ${kindOf(v)}`;
        for (const [key, entry] of Object.entries(v)) {
            const ok = field === 'auths' ? isObject(entry) : typeof entry === 'string';
            if (!ok)
                return `expected '${field}.${key.slice(0, 80)}' in the Docker config file to be ${field === 'auths' ? 'an object' : 'a helper name'}, got ${kindOf(entry)}`;
        }
    }
    if (config.credsStore !== undefined && typeof config.credsStore !== 'string')
        return `expected 'credsStore' in the Docker config file to be a helper name, got ${kindOf(config.credsStore)}`;
    return undefined;
}
/** The registry a config.json key names; an empty key names none (not Docker Hub). */
const hostOfKey = (key) => (key.trim() === '' ? '' : (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeRegistry */ .l5)(key));
async function fromHelper(helper, registry, file) {
    const program = `docker-credential-${helper}`;
    const res = await (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .e)(program, ['get'], { input: (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .credentialKey */ .TC)(registry), maxBuffer: 64 * 1024 }).catch((e) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `credential helper '${program}' named in ${file} cannot run`, {
            hint: `Install ${program} or remove it from ${file}.`,
            cause: e,
        });
    });
    if (res.code !== 0) {
        // Helpers answer "credentials not found" with a non-zero exit: anonymous then.
        if (/not found/i.test(res.stdout + res.stderr))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `credential helper '${program}' failed for ${registry}: ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_4__/* .preview */ .VH)(res.stderr, { max: 200 })}`, { file });
    }
    let parsed;
    try {
        parsed = JSON.parse(res.stdout);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `credential helper '${program}' did not answer JSON for ${registry}`, { file });
    }
    if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    if (parsed.Username === '<token>') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('UNSUPPORTED', `credential helper '${program}' returned an identity token for ${registry}`, {
            hint: 'Give username/password credentials through registry-auth instead.',
        });
    }
    return { username: parsed.Username, password: parsed.Secret, source: `${program} (from ${file})` };
}
/** Credentials for `registry` from `dir`/config.json (dockerConfigDir(env) for a step's env); undefined when it has none. */
async function dockerConfigCredentials(registry, dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'config.json');
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `expected the Docker config file to hold JSON, got text that does not parse${whereJsonStops(text, e)}`, {
            file,
            hint: 'Fix or remove the Docker config file (docker login writes a valid one).',
        });
    }
    const problem = shapeProblem(config);
    if (problem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', problem, { file, hint: 'Fix or remove the Docker config file (docker login writes a valid one).' });
    const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => hostOfKey(k) === registry);
    if (helperKey !== undefined)
        return fromHelper(config.credHelpers?.[helperKey], registry, file);
    if (typeof config.credsStore === 'string' && config.credsStore !== '') {
        const c = await fromHelper(config.credsStore, registry, file);
        if (c !== undefined)
            return c;
    }
    const authKey = Object.keys(config.auths ?? {}).find((k) => hostOfKey(k) === registry);
    const entry = authKey === undefined ? undefined : config.auths?.[authKey];
    if (entry === undefined)
        return undefined;
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        if (i <= 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `${file} has an 'auth' for ${authKey} that is not base64 of user:password`, { file });
        return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source: file };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string')
        return { username: entry.username, password: entry.password, source: file };
    return undefined;
}


/***/ })

};
