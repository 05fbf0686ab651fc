export const id = 641;
export const ids = [641];
export const modules = {

/***/ 5641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startLocalCache: () => (/* binding */ startLocalCache)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(4659);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(8301);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(9949);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(4918);
;// CONCATENATED MODULE: ./shared/src/builders/local-cache/entries.ts
/**
 * The pure core of the local layer cache: which names are tags, what a cache
 * folder's index.json holds, what a cache manifest refers to, and which
 * entries the next cache folder keeps. No I/O here; the store and the HTTP
 * handler call these with bytes they read within bounds.
 *
 * A cache folder is an OCI image layout (image-spec image-layout.md): each
 * cache entry is one manifest in index.json, named by the annotation
 * org.opencontainers.image.ref.name = the tag buildah pushed it as (its
 * 64-hex cache key).
 */




/** The distribution spec lets registries refuse manifests over 4 MiB; a cache manifest is a few KiB. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** index.json of a cache folder: one ~300-byte line per entry, so 8 MiB is tens of thousands of steps. */
const MAX_INDEX_BYTES = 8 * 1024 * 1024;
const REF_NAME = 'org.opencontainers.image.ref.name';
/** Untrusted text in a message: one line, bounded (media types fit whole). */
const shown = (s) => (0,preview/* preview */.VH)(s, { redact: false, max: 100 });
/** The manifest media types a cache entry may have (buildah pushes one image manifest per step). */
const CACHE_MANIFEST_TYPES = [media_types/* MediaType */.zu.OciManifest, media_types/* MediaType */.zu.DockerManifest];
/** distribution spec: a tag is `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`, so never a path (`..`, `/`). */
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const isTag = (s) => TAG_RE.test(s);
/** Only sha256 content addresses: what buildah writes, and one blob folder to check. */
function parseSha256(text) {
    if (!/^sha256:[a-f0-9]{64}$/.test(text))
        return undefined;
    const d = (0,digest/* parseDigest */.m)(text);
    return d.ok ? d.value : undefined;
}
/** A descriptor from untrusted JSON, or why not. */
function descriptorOf(value, where) {
    const d = value;
    if (typeof d !== 'object' || d === null || Array.isArray(d))
        return (0,result/* err */._)(`${where} is not a descriptor object`);
    if (typeof d.mediaType !== 'string' || d.mediaType.length > 255)
        return (0,result/* err */._)(`${where} has no valid mediaType`);
    const digest = typeof d.digest === 'string' ? parseSha256(d.digest) : undefined;
    if (digest === undefined)
        return (0,result/* err */._)(`${where} has no valid sha256 digest`);
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0)
        return (0,result/* err */._)(`${where} has no valid size`);
    return (0,result.ok)({ mediaType: d.mediaType, digest, size: d.size });
}
/**
 * The entries of a cache folder's index.json. Never throws: the folder may
 * come from an old or hostile cache, and a bad one must mean a cold build,
 * not a failed one. A malformed file yields no entries; a bad entry (no
 * valid tag, not a manifest, oversized, a tag given twice) is skipped alone.
 */
function parseCacheIndex(text, where) {
    const warnings = [];
    const entries = new Map();
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        return { entries, warnings: [`${where} is not valid JSON (${(0,preview/* preview */.VH)(e.message, { redact: false, max: 80 })}); ignoring the cache`] };
    }
    const index = value;
    if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        return { entries, warnings: [`${where} is not an image index (schemaVersion 2 with a manifests list); ignoring the cache`] };
    }
    const dropped = new Set();
    for (const [i, raw] of index.manifests.entries()) {
        const at = `${where} manifests[${i}]`;
        const desc = descriptorOf(raw, at);
        if (!desc.ok) {
            warnings.push(`${desc.error}; skipped`);
            continue;
        }
        const tag = raw.annotations?.[REF_NAME];
        if (typeof tag !== 'string' || !isTag(tag)) {
            const got = typeof tag === 'string' ? `'${shown(tag)}'` : 'none';
            warnings.push(`${at}: expected ${REF_NAME} to be a tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}), got ${got}; skipped`);
            continue;
        }
        if (!CACHE_MANIFEST_TYPES.includes(desc.value.mediaType)) {
            warnings.push(`${at} (${tag}): expected an image manifest, got mediaType '${shown(desc.value.mediaType)}'; skipped`);
            continue;
        }
        if (desc.value.size > MAX_MANIFEST_BYTES) {
            warnings.push(`${at} (${tag}): manifest of ${desc.value.size} bytes is over the ${MAX_MANIFEST_BYTES}-byte bound; skipped`);
            continue;
        }
        if (dropped.has(tag))
            continue;
        const prior = entries.get(tag);
        if (prior !== undefined) {
            // Two manifests under one name: neither can be trusted to be the one meant.
            if (prior.digest !== desc.value.digest) {
                entries.delete(tag);
                dropped.add(tag);
                warnings.push(`${at}: tag ${tag} names more than one manifest; skipped`);
            }
            continue;
        }
        entries.set(tag, desc.value);
    }
    return { entries, warnings };
}
/**
 * Parse a manifest pushed to (or read from) the cache. `contentType` is the
 * PUT's Content-Type or the index entry's mediaType; a mediaType in the body
 * must agree with it. Only image manifests: buildah pushes nothing else.
 */
function parseCacheManifest(bytes, contentType) {
    if (bytes.length > MAX_MANIFEST_BYTES)
        return (0,result/* err */._)(`manifest of ${bytes.length} bytes is over the ${MAX_MANIFEST_BYTES}-byte bound`);
    let value;
    try {
        value = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return (0,result/* err */._)('manifest is not valid JSON');
    }
    const m = value;
    if (typeof m !== 'object' || m === null || Array.isArray(m) || m.schemaVersion !== 2)
        return (0,result/* err */._)('manifest is not a schemaVersion 2 object');
    const type = contentType?.split(';')[0]?.trim();
    const bodyType = typeof m.mediaType === 'string' ? m.mediaType : undefined;
    const declared = type === undefined || type === '' || type === 'application/json' ? bodyType : type;
    const mediaType = declared ?? media_types/* MediaType */.zu.OciManifest;
    if (bodyType !== undefined && bodyType !== mediaType) {
        return (0,result/* err */._)(`manifest says mediaType '${shown(bodyType)}' but was sent as '${shown(mediaType)}'`);
    }
    if (!CACHE_MANIFEST_TYPES.includes(mediaType)) {
        return (0,result/* err */._)(`expected an image manifest (${CACHE_MANIFEST_TYPES.join(' or ')}), got '${shown(mediaType)}'`);
    }
    const config = descriptorOf(m.config, 'config');
    if (!config.ok)
        return (0,result/* err */._)(config.error);
    if (!Array.isArray(m.layers))
        return (0,result/* err */._)('manifest has no layers list');
    const blobs = [config.value];
    for (const [i, l] of m.layers.entries()) {
        const layer = descriptorOf(l, `layers[${i}]`);
        if (!layer.ok)
            return (0,result/* err */._)(layer.error);
        blobs.push(layer.value);
    }
    return (0,result.ok)({ mediaType, blobs });
}
/**
 * The entries the next cache folder holds: what this run pushed, plus what
 * it used from the old folder (a hit), the run's own push winning a name both
 * have. Anything the run neither pushed nor used is pruned: a cache folder
 * carries exactly one build's steps, so it never grows without bound.
 */
function nextEntries(pushed, hits) {
    const out = new Map();
    for (const tag of [...new Set([...pushed.keys(), ...hits.keys()])].sort()) {
        out.set(tag, (pushed.get(tag) ?? hits.get(tag)));
    }
    return out;
}
/** index.json of a cache folder: one manifest per entry, named by its tag, in tag order. */
function renderCacheIndex(entries) {
    const manifests = [...entries].map(([tag, d]) => ({ mediaType: d.mediaType, digest: d.digest, size: d.size, annotations: { [REF_NAME]: tag } }));
    return `${JSON.stringify({ schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests }, null, 1)}\n`;
}

;// CONCATENATED MODULE: ./shared/src/builders/local-cache/http-error.ts
/**
 * A refusal the cache registry answers with: an HTTP status and one of the
 * distribution spec's error codes (BLOB_UNKNOWN, MANIFEST_INVALID, ...), which
 * containers/image reads to decide what failed.
 */
class RegistryHttpError extends Error {
    status;
    code;
    constructor(status, code, message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
/** The spec's error body: `{"errors":[{"code","message","detail"}]}`. */
const errorBody = (code, message) => JSON.stringify({ errors: [{ code, message, detail: null }] });

;// CONCATENATED MODULE: ./shared/src/builders/local-cache/http.ts





const CACHE_REPOSITORY = 'cache';
const API_HEADERS = { 'Docker-Distribution-API-Version': 'registry/2.0' };
function send(res, status, headers, body) {
    res.writeHead(status, { ...API_HEADERS, ...headers, ...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }) });
    res.end(body);
}
function sendError(req, res, e) {
    // A body we did not read is not drained: the connection closes instead, so a huge one costs nothing.
    if (req.method !== 'GET' && req.method !== 'HEAD' && !req.complete)
        res.setHeader('Connection', 'close');
    send(res, e.status, { 'Content-Type': 'application/json' }, req.method === 'HEAD' ? undefined : errorBody(e.code, e.message));
}
/** The whole body, refused past `max` (by Content-Length before reading, else while reading). */
async function readBody(req, max) {
    const tooLarge = () => new RegistryHttpError(413, 'SIZE_INVALID', `body is larger than the ${max}-byte bound`);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max)
        throw tooLarge();
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > max)
            throw tooLarge();
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
const digestParam = (url) => {
    const d = parseSha256(url.searchParams.get('digest') ?? '');
    if (d === undefined)
        throw new RegistryHttpError(400, 'DIGEST_INVALID', 'expected ?digest=sha256:<64 hex digits>');
    return d;
};
const uploadHeaders = (id, size) => ({
    Location: `/v2/${CACHE_REPOSITORY}/blobs/uploads/${id}`,
    'Docker-Upload-UUID': id,
    Range: `0-${Math.max(0, size - 1)}`,
});
function decodePart(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        throw new RegistryHttpError(400, 'NAME_INVALID', 'malformed percent-encoding in the path');
    }
}
function cacheHandler(store, allowedHosts, log) {
    const base = async (_req, res) => send(res, 200, { 'Content-Type': 'application/json' }, '{}');
    const manifests = async (req, res, _url, [ref]) => {
        const reference = ref;
        if (req.method === 'PUT') {
            const bytes = await readBody(req, MAX_MANIFEST_BYTES);
            const desc = await store.putManifest(reference, bytes, req.headers['content-type']);
            send(res, 201, { Location: `/v2/${CACHE_REPOSITORY}/manifests/${desc.digest}`, 'Docker-Content-Digest': desc.digest });
            return;
        }
        const found = await store.manifest(reference);
        if (found === undefined)
            throw new RegistryHttpError(404, 'MANIFEST_UNKNOWN', 'manifest unknown');
        const headers = { 'Content-Type': found.desc.mediaType, 'Docker-Content-Digest': found.desc.digest, 'Content-Length': found.bytes.length };
        res.writeHead(200, { ...API_HEADERS, ...headers });
        res.end(req.method === 'HEAD' ? undefined : found.bytes);
    };
    const blobs = async (req, res, _url, [ref]) => {
        const digest = parseSha256(ref);
        if (digest === undefined)
            throw new RegistryHttpError(400, 'DIGEST_INVALID', 'expected a sha256 digest');
        const found = await store.blob(digest);
        if (found === undefined)
            throw new RegistryHttpError(404, 'BLOB_UNKNOWN', 'blob unknown');
        res.writeHead(200, { ...API_HEADERS, 'Content-Type': 'application/octet-stream', 'Content-Length': found.size, 'Docker-Content-Digest': digest });
        if (req.method === 'HEAD') {
            res.end();
            return;
        }
        // A source blob that stops matching its digest mid-stream errors here; the cut connection tells the client.
        await (0,promises_.pipeline)(await found.open(), res).catch((e) => {
            // The client hanging up early is its business (containers/image stops reading blobs it already has).
            if ((0,errors/* isPipelineError */.h$)(e))
                log.warning(`local cache: stopped serving blob ${digest}: ${e.message}`);
            res.destroy();
        });
    };
    const uploads = async (req, res, url, [id]) => {
        const session = id;
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
        if (session === '')
            throw new RegistryHttpError(404, 'BLOB_UPLOAD_UNKNOWN', 'no upload named');
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
    const tags = async (_req, res) => send(res, 200, { 'Content-Type': 'application/json' }, JSON.stringify({ name: CACHE_REPOSITORY, tags: store.tags() }));
    const routes = [
        { re: /^\/v2\/?$/, methods: ['GET', 'HEAD'], handle: base },
        { re: /^\/v2\/([^?]+)\/manifests\/([^/]+)$/, methods: ['GET', 'HEAD', 'PUT'], handle: manifests },
        { re: /^\/v2\/([^?]+)\/blobs\/uploads\/?([^/]*)$/, methods: ['POST', 'PATCH', 'PUT', 'GET', 'DELETE'], handle: uploads },
        { re: /^\/v2\/([^?]+)\/blobs\/([^/]+)$/, methods: ['GET', 'HEAD'], handle: blobs },
        { re: /^\/v2\/([^?]+)\/tags\/list$/, methods: ['GET'], handle: tags },
    ];
    return (req, res) => {
        const started = Date.now();
        res.on('finish', () => log.debug(`local cache: ${req.method} ${(0,preview/* preview */.VH)(req.url ?? '', { redact: false, max: 160 })} -> ${res.statusCode} (${Date.now() - started} ms)`));
        const handle = async () => {
            if (!allowedHosts.has(req.headers.host ?? ''))
                throw new RegistryHttpError(403, 'DENIED', 'this registry answers on its loopback address only');
            const url = new URL(req.url ?? '/', 'http://cache.invalid');
            for (const route of routes) {
                const m = route.re.exec(url.pathname);
                if (m === null)
                    continue;
                const [, name, ...rest] = m;
                if (route.handle !== base && name !== CACHE_REPOSITORY)
                    throw new RegistryHttpError(404, 'NAME_UNKNOWN', `only the repository '${CACHE_REPOSITORY}' is served`);
                if (!route.methods.includes(req.method ?? ''))
                    throw new RegistryHttpError(405, 'UNSUPPORTED', 'method not allowed');
                await route.handle(req, res, url, route.handle === base ? [] : rest.map((g) => decodePart(g ?? '')));
                return;
            }
            throw new RegistryHttpError(404, 'UNSUPPORTED', 'unknown route');
        };
        handle().catch((e) => {
            if (res.headersSent) {
                res.destroy();
                return;
            }
            if (e instanceof RegistryHttpError) {
                sendError(req, res, e);
                return;
            }
            log.debug(`local cache: ${req.method} ${(0,preview/* preview */.VH)(req.url ?? '', { redact: false, max: 160 })} failed: ${e.message}`);
            sendError(req, res, new RegistryHttpError(500, 'UNKNOWN', 'internal error'));
        });
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(9259);
;// CONCATENATED MODULE: ./shared/src/builders/local-cache/safe-file.ts
/**
 * Opening files inside a cache folder we did not write (actions/cache restores
 * whatever an earlier, possibly hostile, run saved): no symbolic link is
 * followed (O_NOFOLLOW on the last component; the folders above it are
 * checked with lstat when the folder is opened), nothing but a regular file is
 * read (O_NONBLOCK, so a FIFO cannot hang us), every read is bounded, and
 * content is hashed before anyone trusts its name.
 */



/** Why a file could not be used, as a short phrase for a warning; undefined when it is simply absent. */
class UnsafeFileError extends Error {
}
/** Open a regular file without following a link; undefined when nothing is there. */
async function openRegular(file) {
    let handle;
    try {
        handle = await external_node_fs_promises_.open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        if (code === 'ELOOP')
            throw new UnsafeFileError('is a symbolic link');
        throw new UnsafeFileError(`cannot be opened (${code ?? 'error'})`);
    }
    const st = await handle.stat();
    if (!st.isFile()) {
        await handle.close();
        throw new UnsafeFileError('is not a regular file');
    }
    return handle;
}
/** A small file's bytes, at most `max`; undefined when absent. */
async function readSmall(file, max) {
    const handle = await openRegular(file);
    if (handle === undefined)
        return undefined;
    try {
        const size = (await handle.stat()).size;
        if (size > max)
            throw new UnsafeFileError(`has ${size} bytes, over the ${max}-byte bound`);
        // One byte past the bound tells a file that grew while we read it.
        const buf = Buffer.alloc(Math.min(max + 1, size + 1));
        let filled = 0;
        while (filled < buf.length) {
            const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > max)
            throw new UnsafeFileError(`grew past the ${max}-byte bound while being read`);
        return buf.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
/** Hash an open file, reading at most `limit` + 1 bytes (more than that is already a mismatch). */
async function hashHandle(handle, limit) {
    const counter = new digest/* DigestCounter */.VR('sha256');
    const buf = Buffer.allocUnsafe(1024 * 1024);
    for (;;) {
        const want = Math.min(buf.length, limit + 1 - counter.size);
        if (want <= 0)
            break;
        const { bytesRead } = await handle.read(buf, 0, want, counter.size);
        if (bytesRead === 0)
            break;
        counter.update(buf.subarray(0, bytesRead));
    }
    return { digest: counter.digest(), size: counter.size };
}
/** A folder that exists as a real folder (not a link to one); false when absent, throws when something else is there. */
async function isRealDir(dir) {
    let st;
    try {
        st = await external_node_fs_promises_.lstat(dir);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return false;
        throw e;
    }
    if (st.isSymbolicLink())
        throw new UnsafeFileError('is a symbolic link');
    if (!st.isDirectory())
        throw new UnsafeFileError('is not a folder');
    return true;
}

;// CONCATENATED MODULE: ./shared/src/builders/local-cache/src-layout.ts
/**
 * The cache folder a build reads from (`type=local,src=<dir>`), treated as
 * untrusted: actions/cache restores whatever an older or hostile run saved.
 * Nothing here throws for bad content: a bad index.json, entry, manifest or
 * blob is a warning and a cache miss, so the worst a poisoned folder does is
 * a cold build. An entry is only offered once its manifest and every blob it
 * names have been hashed and match their names; a blob is streamed out
 * through a verifier again, so a file swapped after the check is cut off.
 */








const reason = (e) => (e instanceof UnsafeFileError ? e.message : `cannot be read (${e.code ?? 'error'})`);
class SrcLayout {
    dir;
    entries;
    log;
    blobChecks = new Map();
    entryChecks = new Map();
    constructor(
    /** The folder's real path, or undefined when there is none to read. */
    dir, 
    /** Tag -> manifest descriptor, from index.json (unverified until `entry()`). */
    entries, log) {
        this.dir = dir;
        this.entries = entries;
        this.log = log;
    }
    /** An empty source: no folder, or one not worth reading. */
    static none(log) {
        return new SrcLayout(undefined, new Map(), log);
    }
    /** Read a source folder's index. Never throws: an absent folder is a first run, a bad one a warning. */
    static async open(dir, log) {
        if (dir === undefined)
            return SrcLayout.none(log);
        let root;
        try {
            // The folder the user named may be reached through a link; nothing inside it may.
            root = await external_node_fs_promises_.realpath(dir);
        }
        catch {
            log.debug(`local cache: ${dir} does not exist yet (a first run); building without cache`);
            return SrcLayout.none(log);
        }
        const ignore = (why) => {
            log.warning(`local cache: ignoring ${dir}: ${why}; building without cache`);
            return SrcLayout.none(log);
        };
        try {
            if (!(await isRealDir(root)))
                return ignore('it is not a folder');
            for (const sub of ['blobs', 'blobs/sha256']) {
                try {
                    await isRealDir(external_node_path_.join(root, sub));
                }
                catch (e) {
                    return ignore(`${sub} ${reason(e)}`);
                }
            }
            let layoutFile;
            try {
                layoutFile = await readSmall(external_node_path_.join(root, 'oci-layout'), 4096);
            }
            catch (e) {
                return ignore(`oci-layout ${reason(e)}`);
            }
            if (layoutFile === undefined)
                return ignore('it is not an OCI image layout (no oci-layout file)');
            const version = parseLayoutVersion(layoutFile);
            if (version === undefined || !version.startsWith('1.'))
                return ignore('oci-layout does not declare imageLayoutVersion 1.x');
            let indexFile;
            try {
                indexFile = await readSmall(external_node_path_.join(root, 'index.json'), MAX_INDEX_BYTES);
            }
            catch (e) {
                return ignore(`index.json ${reason(e)}`);
            }
            if (indexFile === undefined)
                return ignore('it has no index.json');
            const { entries, warnings } = parseCacheIndex(indexFile.toString('utf8'), `${dir}/index.json`);
            for (const w of warnings.slice(0, 10))
                log.warning(`local cache: ${w}`);
            if (warnings.length > 10)
                log.warning(`local cache: ${warnings.length - 10} more problems in ${dir}/index.json not shown`);
            log.debug(`local cache: ${entries.size} entries in ${dir}`);
            return new SrcLayout(root, entries, log);
        }
        catch (e) {
            return ignore(reason(e));
        }
    }
    blobFile(digest) {
        return external_node_path_.join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /**
     * The blob, once hashed and found to match its name (memoised: each blob is
     * read once per run). Undefined when absent (a normal miss, e.g. buildah
     * asking before an upload) or bad (with a warning).
     */
    blob(digest) {
        if (this.dir === undefined)
            return Promise.resolve(undefined);
        let check = this.blobChecks.get(digest);
        if (check === undefined) {
            check = this.verifyBlob(digest);
            this.blobChecks.set(digest, check);
        }
        return check;
    }
    async verifyBlob(digest) {
        const file = this.blobFile(digest);
        try {
            const handle = await openRegular(file);
            if (handle === undefined)
                return undefined;
            try {
                const size = (await handle.stat()).size;
                const got = await hashHandle(handle, size);
                if (got.digest !== digest || got.size !== size) {
                    this.log.warning(`local cache: blob ${digest} in ${this.dir} does not match its name (corrupt or tampered); not used`);
                    return undefined;
                }
                return { digest, size, file };
            }
            finally {
                await handle.close();
            }
        }
        catch (e) {
            this.log.warning(`local cache: blob ${digest} in ${this.dir} ${reason(e)}; not used`);
            return undefined;
        }
    }
    /**
     * The entry named `tag`, once its manifest and all its blobs verified
     * (memoised). Undefined when there is no such entry, or (with a warning)
     * when any part of it is missing, oversized or does not match its digest.
     */
    entry(tag) {
        const desc = this.entries.get(tag);
        if (desc === undefined)
            return Promise.resolve(undefined);
        let check = this.entryChecks.get(tag);
        if (check === undefined) {
            check = this.verifyEntry(tag, desc);
            this.entryChecks.set(tag, check);
        }
        return check;
    }
    async verifyEntry(tag, desc) {
        const skip = (why) => {
            this.log.warning(`local cache: entry ${(0,preview/* preview */.VH)(tag, { redact: false, max: 80 })} in ${this.dir} ${why}; that step is rebuilt`);
            return undefined;
        };
        let manifest;
        try {
            manifest = await readSmall(this.blobFile(desc.digest), MAX_MANIFEST_BYTES);
        }
        catch (e) {
            return skip(`has a manifest that ${reason(e)}`);
        }
        if (manifest === undefined)
            return skip(`has no manifest blob ${desc.digest}`);
        if (manifest.length !== desc.size || (0,digest/* digestBytes */.QN)(manifest) !== desc.digest)
            return skip(`has a manifest that does not match ${desc.digest}`);
        const parsed = parseCacheManifest(manifest, desc.mediaType);
        if (!parsed.ok)
            return skip(`has an unusable manifest: ${parsed.error}`);
        const blobs = [{ digest: desc.digest, size: desc.size, file: this.blobFile(desc.digest) }];
        for (const b of parsed.value.blobs) {
            const v = await this.blob(b.digest);
            if (v === undefined)
                return skip(`lacks a good copy of blob ${b.digest}`);
            if (v.size !== b.size)
                return skip(`names blob ${b.digest} with size ${b.size}, but it has ${v.size} bytes`);
            blobs.push(v);
        }
        return { tag, desc, manifest, blobs };
    }
    /** The entry whose manifest has this digest (buildah may fetch a manifest by digest after its tag). */
    async entryByDigest(digest) {
        for (const [tag, d] of this.entries) {
            if (d.digest === digest) {
                const e = await this.entry(tag);
                if (e !== undefined)
                    return e;
            }
        }
        return undefined;
    }
    /**
     * A verified blob's bytes, verified again while they stream: the last chunk
     * is held back until the hash matches, so a file swapped after the check is
     * cut off before its end and never reaches the client whole.
     */
    async open(blob) {
        const handle = await openRegular(blob.file);
        if (handle === undefined)
            throw new UnsafeFileError('disappeared');
        const verify = new HoldLastVerifying({ digest: blob.digest, size: blob.size }, `blob ${blob.digest} in ${this.dir}`);
        const stream = handle.createReadStream({ highWaterMark: 1024 * 1024 });
        // A client hanging up closes the file.
        return (0,pipe_through/* pipeThrough */.W)(stream, verify);
    }
}
function parseLayoutVersion(bytes) {
    try {
        const v = JSON.parse(bytes.toString('utf8')).imageLayoutVersion;
        return typeof v === 'string' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** VerifyingStream that keeps the latest chunk until the next one (or the verdict) arrives. */
class HoldLastVerifying extends external_node_stream_.Transform {
    verify;
    held;
    constructor(expected, what) {
        super();
        this.verify = new digest/* VerifyingStream */.SC(expected, what);
        // The inner verifier only hashes and judges: its output is dropped, its error reaches us through callbacks.
        this.verify.on('data', () => undefined);
        this.verify.on('error', () => undefined);
    }
    _transform(chunk, _enc, cb) {
        this.verify.write(chunk, (e) => {
            if (e) {
                cb(e);
                return;
            }
            if (this.held !== undefined)
                this.push(this.held);
            this.held = chunk;
            cb();
        });
    }
    _flush(cb) {
        let settled = false;
        const done = (e) => {
            if (settled)
                return;
            settled = true;
            if (e !== undefined) {
                cb(e);
                return;
            }
            if (this.held !== undefined)
                this.push(this.held);
            cb();
        };
        this.verify.once('error', done);
        this.verify.once('finish', () => done());
        this.verify.end();
    }
}

// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(9892);
;// CONCATENATED MODULE: ./shared/src/builders/local-cache/uploads.ts
/**
 * Blob uploads in progress (distribution spec: POST opens a session, PATCH
 * appends, PUT ?digest= closes it). Bytes stream to a temporary file while
 * they are hashed, so no blob is ever held in memory, and the file only
 * becomes a blob once its hash matches the digest the client named.
 */







const unknown = () => new RegistryHttpError(404, 'BLOB_UPLOAD_UNKNOWN', 'no such upload');
class Uploads {
    dir;
    limits;
    sessions = new Map();
    constructor(dir, limits) {
        this.dir = dir;
        this.limits = limits;
    }
    async start() {
        if (this.sessions.size >= this.limits.maxSessions) {
            throw new RegistryHttpError(429, 'TOOMANYREQUESTS', `more than ${this.limits.maxSessions} uploads open at once`);
        }
        const id = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        const file = external_node_path_.join(this.dir, id);
        await external_node_fs_promises_.writeFile(file, '', { flag: 'wx', mode: 0o600 });
        this.sessions.set(id, { file, counter: new digest/* DigestCounter */.VR('sha256'), busy: false, broken: false });
        return id;
    }
    /** Bytes received so far, for the Range header. */
    size(id) {
        const s = this.sessions.get(id);
        if (s === undefined)
            throw unknown();
        return s.counter.size;
    }
    /**
     * Append a request body. `contentRange` (`<start>-<end>`), when sent, must
     * start where the upload stands. Returns the new size.
     */
    async append(id, body, contentRange) {
        const s = this.claim(id);
        try {
            if (contentRange !== undefined && contentRange !== '') {
                const m = /^(?:bytes[ =])?(\d+)-(\d+)$/.exec(contentRange.trim());
                if (m === null || Number(m[1]) !== s.counter.size) {
                    throw new RegistryHttpError(416, 'BLOB_UPLOAD_INVALID', `Content-Range must start at ${s.counter.size}`);
                }
            }
            await this.write(s, body);
            return s.counter.size;
        }
        finally {
            s.busy = false;
        }
    }
    /**
     * Close the upload: append the last body (if any), check the hash. Returns
     * the finished file, which the caller moves into place; on a mismatch the
     * upload is deleted and DIGEST_INVALID thrown.
     */
    async finish(id, digest, body) {
        const s = this.claim(id);
        try {
            if (body !== undefined)
                await this.write(s, body);
            const got = s.counter.digest();
            this.sessions.delete(id);
            if (got !== digest) {
                await external_node_fs_promises_.rm(s.file, { force: true });
                throw new RegistryHttpError(400, 'DIGEST_INVALID', `upload hashed to ${got}, not ${digest}`);
            }
            return { file: s.file, size: s.counter.size };
        }
        finally {
            s.busy = false;
        }
    }
    async cancel(id) {
        const s = this.sessions.get(id);
        if (s === undefined)
            throw unknown();
        this.sessions.delete(id);
        await external_node_fs_promises_.rm(s.file, { force: true });
    }
    claim(id) {
        const s = this.sessions.get(id);
        if (s === undefined)
            throw unknown();
        if (s.broken)
            throw new RegistryHttpError(400, 'BLOB_UPLOAD_INVALID', 'an earlier request to this upload failed part-way; start again');
        if (s.busy)
            throw new RegistryHttpError(400, 'BLOB_UPLOAD_INVALID', 'another request to this upload is in progress');
        s.busy = true;
        return s;
    }
    async write(s, body) {
        const max = this.limits.maxBlobBytes;
        const meter = new external_node_stream_.Transform({
            transform(chunk, _enc, cb) {
                if (s.counter.size + chunk.length > max) {
                    cb(new RegistryHttpError(413, 'SIZE_INVALID', `blob is larger than the ${max}-byte bound`));
                    return;
                }
                s.counter.update(chunk);
                cb(null, chunk);
            },
        });
        try {
            await (0,pipe_to_file/* pipeToFile */.u)(s.file, { flags: 'a' }, body, meter);
        }
        catch (e) {
            s.broken = true;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./shared/src/builders/local-cache/store.ts
/**
 * One build's view of the local cache: reads look at this run's writes first,
 * then at the source folder (verified, see src-layout.ts); writes go to a
 * private staging folder beside `dest`. `commit()` turns the staging folder
 * into the next cache folder \u2014 the entries pushed this run plus the entries
 * used from the source, with all their blobs (hard links where the file
 * system allows, else verified copies), nothing else \u2014 and renames it over
 * `dest`, so a failed run never leaves a half-written cache, and entries no
 * build uses any more are pruned without the "move the cache folder" trick.
 */












/** What may sit at the top of a cache folder; anything else means `dest` is not ours to replace. */
const LAYOUT_NAMES = new Set(['oci-layout', 'index.json', 'blobs']);
/**
 * `dest` must be absent, empty, or a cache folder: commit() replaces it
 * whole, and must never delete a folder of the user's named by mistake.
 */
async function checkDest(dest) {
    const fix = 'Name a folder of its own for the cache (e.g. /tmp/.buildah-cache), not one that holds other files.';
    let st;
    try {
        st = await external_node_fs_promises_.lstat(dest);
    }
    catch {
        return;
    }
    if (st.isSymbolicLink())
        throw new errors/* PipelineError */.zC('INPUT', `expected cache-to dest '${dest}' to be a folder, got a symbolic link`, { input: 'cache-to', hint: fix });
    if (!st.isDirectory())
        throw new errors/* PipelineError */.zC('INPUT', `expected cache-to dest '${dest}' to be a folder, got a file`, { input: 'cache-to', hint: fix });
    const names = await external_node_fs_promises_.readdir(dest);
    const foreign = names.filter((n) => !LAYOUT_NAMES.has(n));
    if (foreign.length > 0) {
        throw new errors/* PipelineError */.zC('INPUT', `expected cache-to dest '${dest}' to be empty or a cache folder, got other files (${foreign.slice(0, 3).join(', ')})`, {
            input: 'cache-to',
            hint: fix,
        });
    }
}
async function isStagedFile(file, size) {
    try {
        const st = await external_node_fs_promises_.lstat(file);
        return st.isFile() && (size === undefined || st.size === size);
    }
    catch {
        return false;
    }
}
/** Move `fresh` to `dest`, replacing what is there; on failure `dest` keeps its old content. */
async function replaceFolder(fresh, dest) {
    const old = `${dest}.old-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    let moved = false;
    try {
        await external_node_fs_promises_.rename(dest, old);
        moved = true;
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    try {
        await external_node_fs_promises_.rename(fresh, dest);
    }
    catch (e) {
        if (moved)
            await external_node_fs_promises_.rename(old, dest).catch(() => undefined);
        throw e;
    }
    if (moved)
        await external_node_fs_promises_.rm(old, { recursive: true, force: true });
}
class CacheStore {
    staging;
    src;
    dest;
    log;
    /** Tag -> manifest pushed this run. */
    pushed = new Map();
    /** Manifest digest -> the blobs it names, for manifests pushed this run. */
    staged = new Map();
    /** Tag -> source entry this run used. */
    hits = new Map();
    uploads;
    constructor(staging, src, dest, log, maxBlobBytes) {
        this.staging = staging;
        this.src = src;
        this.dest = dest;
        this.log = log;
        this.uploads = new Uploads(external_node_path_.join(staging, 'uploads'), { maxBlobBytes, maxSessions: 64 });
    }
    static async create(opts) {
        const dest = opts.dest === undefined ? undefined : external_node_path_.resolve(opts.dest);
        if (dest !== undefined) {
            await checkDest(dest);
            await external_node_fs_promises_.mkdir(external_node_path_.dirname(dest), { recursive: true });
        }
        // Beside dest (same file system: uploads become the next cache by rename), private to this run.
        const staging = await external_node_fs_promises_.mkdtemp(dest === undefined ? external_node_path_.join(external_node_os_.tmpdir(), 'image-pipeline-cache-') : `${dest}.tmp-`);
        try {
            await external_node_fs_promises_.mkdir(external_node_path_.join(staging, 'blobs', 'sha256'), { recursive: true });
            await external_node_fs_promises_.mkdir(external_node_path_.join(staging, 'uploads'));
            const src = await SrcLayout.open(opts.src, opts.log);
            return new CacheStore(staging, src, dest, opts.log, opts.maxBlobBytes ?? 32 * 1024 ** 3);
        }
        catch (e) {
            await external_node_fs_promises_.rm(staging, { recursive: true, force: true });
            throw e;
        }
    }
    stagedFile(digest) {
        return external_node_path_.join(this.staging, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    /** A manifest by tag or digest: this run's first, then the source's (a tag found there counts as a hit). */
    async manifest(ref) {
        const digest = parseSha256(ref);
        if (digest === undefined && !isTag(ref))
            throw new RegistryHttpError(400, 'MANIFEST_INVALID', 'reference is neither a tag nor a sha256 digest');
        const own = digest === undefined ? this.pushed.get(ref) : this.staged.has(digest) ? [...this.pushed.values()].find((d) => d.digest === digest) : undefined;
        if (own !== undefined)
            return { desc: own, bytes: await external_node_fs_promises_.readFile(this.stagedFile(own.digest)) };
        const entry = digest === undefined ? await this.src.entry(ref) : await this.src.entryByDigest(digest);
        if (entry === undefined)
            return undefined;
        if (!this.hits.has(entry.tag))
            this.log.debug(`local cache: hit ${entry.tag}`);
        this.hits.set(entry.tag, entry);
        return { desc: entry.desc, bytes: entry.manifest };
    }
    /** A blob: this run's upload first, then the source's verified copy. */
    async blob(digest) {
        const file = this.stagedFile(digest);
        const st = await external_node_fs_promises_.lstat(file).catch(() => undefined);
        if (st?.isFile() === true)
            return { size: st.size, open: async () => (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 }) };
        const v = await this.src.blob(digest);
        if (v === undefined)
            return undefined;
        return { size: v.size, open: () => this.src.open(v) };
    }
    /** Close an upload whose bytes hashed to `digest` and keep it as a blob. */
    async finishUpload(id, digest, body) {
        const done = await this.uploads.finish(id, digest, body);
        await external_node_fs_promises_.rename(done.file, this.stagedFile(digest));
    }
    /** A manifest pushed under `tag`: parsed, bounded, and refused when it names a blob the cache does not hold. */
    async putManifest(tag, bytes, contentType) {
        if (!isTag(tag))
            throw new RegistryHttpError(400, 'MANIFEST_INVALID', 'manifests are pushed by tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})');
        const parsed = parseCacheManifest(bytes, contentType);
        if (!parsed.ok)
            throw new RegistryHttpError(400, 'MANIFEST_INVALID', parsed.error);
        for (const b of parsed.value.blobs) {
            const found = await this.blob(b.digest);
            if (found === undefined || found.size !== b.size)
                throw new RegistryHttpError(400, 'MANIFEST_BLOB_UNKNOWN', `blob ${b.digest} (${b.size} bytes) is not in the cache`);
        }
        const desc = { mediaType: parsed.value.mediaType, digest: (0,digest/* digestBytes */.QN)(bytes), size: bytes.length };
        await external_node_fs_promises_.writeFile(this.stagedFile(desc.digest), bytes);
        this.staged.set(desc.digest, parsed.value.blobs);
        this.pushed.set(tag, desc);
        return desc;
    }
    /** Every tag the cache can answer for, sorted. */
    tags() {
        return [...new Set([...this.pushed.keys(), ...this.src.entries.keys()])].sort();
    }
    /**
     * Make sure the blob is in the staging folder: this run's upload, else a
     * hard link to the source's verified file, else a copy verified while it
     * streams. False when the blob cannot be had.
     */
    async stage(digest, size) {
        const target = this.stagedFile(digest);
        if (await isStagedFile(target, size))
            return true;
        const v = await this.src.blob(digest);
        if (v === undefined || v.size !== size)
            return false;
        try {
            await external_node_fs_promises_.link(v.file, target);
            if (await isStagedFile(target, size))
                return true;
            await external_node_fs_promises_.rm(target, { force: true });
        }
        catch {
            // Another file system (EXDEV) or no hard links here: copy below.
        }
        try {
            await (0,pipe_to_file/* pipeToFile */.u)(target, { flags: 'wx', mode: 0o644 }, await this.src.open(v));
            return true;
        }
        catch (e) {
            await external_node_fs_promises_.rm(target, { force: true });
            this.log.warning(`local cache: could not copy blob ${digest} from ${this.src.dir}: ${e.message}`);
            return false;
        }
    }
    /**
     * Write the next cache folder to `dest` (when there is one) and remove the
     * staging folder. Returns what the cache folder holds. An entry whose blobs
     * cannot all be had is left out with a warning.
     */
    async commit() {
        const counts = { entries: 0, blobs: 0, bytes: 0 };
        if (this.dest === undefined) {
            await this.discard();
            return counts;
        }
        try {
            const kept = new Map();
            const needed = new Map();
            const hitDescs = new Map([...this.hits].map(([tag, e]) => [tag, e.desc]));
            for (const [tag, desc] of nextEntries(this.pushed, hitDescs)) {
                const named = this.pushed.has(tag) ? (this.staged.get(desc.digest) ?? []) : (this.hits.get(tag)?.blobs.slice(1) ?? []);
                const blobs = [{ digest: desc.digest, size: desc.size }, ...named];
                let complete = true;
                for (const b of blobs)
                    complete = complete && (await this.stage(b.digest, b.size));
                if (!complete) {
                    this.log.warning(`local cache: entry ${tag} left out of ${this.dest}: not all of its blobs could be saved`);
                    continue;
                }
                kept.set(tag, desc);
                for (const b of blobs)
                    needed.set(b.digest, b.size);
            }
            // Prune: uploads no kept manifest names (an abandoned push) do not travel on.
            await external_node_fs_promises_.rm(external_node_path_.join(this.staging, 'uploads'), { recursive: true, force: true });
            const dir = external_node_path_.join(this.staging, 'blobs', 'sha256');
            for (const name of await external_node_fs_promises_.readdir(dir)) {
                if (!needed.has(`sha256:${name}`))
                    await external_node_fs_promises_.rm(external_node_path_.join(dir, name), { force: true });
            }
            await external_node_fs_promises_.writeFile(external_node_path_.join(this.staging, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
            await external_node_fs_promises_.writeFile(external_node_path_.join(this.staging, 'index.json'), renderCacheIndex(kept));
            // Checked again: the folder may have been filled with something else while the build ran.
            await checkDest(this.dest);
            await replaceFolder(this.staging, this.dest);
            counts.entries = kept.size;
            counts.blobs = needed.size;
            counts.bytes = [...needed.values()].reduce((a, b) => a + b, 0);
            return counts;
        }
        catch (e) {
            await this.discard();
            throw e instanceof errors/* PipelineError */.zC
                ? e
                : new errors/* PipelineError */.zC('INTERNAL', `could not write the build cache to ${this.dest}: ${e.message}`, {
                    input: 'cache-to',
                    hint: 'Check that the folder is writable and the disk has room; the build itself is not affected.',
                    cause: e,
                });
        }
    }
    /** Drop everything this run wrote. */
    async discard() {
        await external_node_fs_promises_.rm(this.staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/src/builders/local-cache.ts
/**
 * `type=local` build caches for buildah and podman. Both can only use a
 * registry repository as a layer cache (`--cache-from/--cache-to HOST/REPO`,
 * one tag per build step), while build-push-action users expect a folder that
 * a plain actions/cache step carries between runs. So for the length of a
 * build we serve the folder as a registry on 127.0.0.1 (random port), and on
 * close() write this build's cache to `dest`. The folder is an OCI image
 * layout, one manifest per cache entry named by its tag (local-cache/entries.ts).
 *
 * buildah must be told the address is plain HTTP through a registries.conf
 * drop-in (`insecure = true` for this location only), never --tls-verify=false.
 */



/** Server bounds: every wait is capped, so a stuck client cannot hold the build. */
const TIMEOUTS = {
    // A multi-GiB layer over loopback takes seconds, so minutes is generous.
    requestTimeout: 15 * 60_000,
    headersTimeout: 20_000,
    keepAliveTimeout: 5_000,
    idle: 120_000,
};
const quiet = { debug: () => undefined, warning: () => undefined };
async function startLocalCache(opts) {
    const log = opts.log ?? quiet;
    const store = await CacheStore.create({
        src: opts.src,
        dest: opts.dest,
        log,
        ...(opts.maxBlobBytes === undefined ? {} : { maxBlobBytes: opts.maxBlobBytes }),
    });
    const hosts = new Set();
    const t = { ...TIMEOUTS, ...opts.timeouts };
    const server = external_node_http_.createServer({
        requestTimeout: t.requestTimeout,
        headersTimeout: t.headersTimeout,
        keepAliveTimeout: t.keepAliveTimeout,
        // How often Node checks the two request timeouts above (default 30 s, longer than the header bound).
        connectionsCheckingInterval: Math.min(1_000, t.headersTimeout),
    }, cacheHandler(store, hosts, log));
    server.timeout = t.idle;
    server.maxHeadersCount = 100;
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve());
        });
    }
    catch (e) {
        await store.discard();
        throw e;
    }
    const port = server.address().port;
    const registry = `127.0.0.1:${port}`;
    hosts.add(registry);
    hosts.add(`localhost:${port}`);
    log.debug(`local cache: serving ${opts.src ?? '(no src)'} -> ${opts.dest ?? '(no dest)'} at ${registry}/${CACHE_REPOSITORY}`);
    let closing;
    const close = (closeOpts = {}) => {
        closing ??= (async () => {
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            if (closeOpts.discard === true) {
                await store.discard();
                return { entries: 0, blobs: 0, bytes: 0 };
            }
            const counts = await store.commit();
            if (opts.dest !== undefined)
                log.debug(`local cache: wrote ${counts.entries} entries, ${counts.blobs} blobs, ${counts.bytes} bytes to ${opts.dest}`);
            return counts;
        })();
        return closing;
    };
    return { registry, ref: `${registry}/${CACHE_REPOSITORY}`, close };
}


/***/ })

};
