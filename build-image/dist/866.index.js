export const id = 866;
export const ids = [866];
export const modules = {

/***/ 9485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rootDescriptor: () => (/* binding */ rootDescriptor)
/* harmony export */ });
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _shared_src_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7043);
/**
 * The built layout's root descriptor, build-push-action's `containerimage.descriptor` (the `metadata` output).
 * Apart from publish.ts, which loads the push, the exports and the push summary: a build that publishes
 * nothing (the all-in-one action's build stage) needs only this (issue 17 item 3).
 */


/** The layout's root (manifest or index) descriptor without the layout's ref-name annotation. */
async function rootDescriptor(layout) {
    const root = (await (await _shared_src_oci_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayout */ .Al.open(layout)).roots())[0];
    if (root === undefined)
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INTERNAL', `the layout ${layout} has no image`);
    const { annotations: _annotations, ...rest } = root;
    return rest;
}


/***/ }),

/***/ 7043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   Al: () => (/* binding */ OciLayout),
/* harmony export */   YW: () => (/* binding */ checkDescriptor),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   s1: () => (/* binding */ LayoutWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(617);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3904);
/* harmony import */ var _pipe_to_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9892);
/* harmony import */ var _pipe_through_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9259);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8301);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9949);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5512);
/**
 * Reading and writing an OCI image layout (image-spec image-layout.md):
 * `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`. The writer works in a
 * sibling temporary folder and renames it into place at the end, so a failed
 * build never leaves a half-written layout at the output path.
 */











const LAYOUT_VERSION = '1.0.0';
function blobPath(root, digest) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'blobs', (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .algorithmOf */ .Hy)(digest), (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .encodedOf */ .EX)(digest));
}
/** Parse and check an index.json; exported for tests and for archive readers. */
function parseIndex(text, where, input) {
    try {
        return parseIndexUnchecked(text, where);
    }
    catch (e) {
        if (input === undefined || !(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC(e.code, e.reason, { input, cause: e });
    }
}
function parseIndexUnchecked(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} is not valid JSON: ${e.message}`, { file: where });
    }
    const index = value;
    if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} is not an image index (schemaVersion 2 with a manifests list)`, { file: where });
    }
    for (const [i, d] of index.manifests.entries())
        checkDescriptor(d, `${where} manifests[${i}]`);
    return index;
}
/** A descriptor from untrusted JSON: digest well formed, size a non-negative integer. */
function checkDescriptor(d, where) {
    const desc = d;
    if (typeof desc !== 'object' || desc === null || typeof desc.mediaType !== 'string' || typeof desc.digest !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} is not a descriptor (mediaType, digest, size)`);
    }
    const parsed = (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDigest */ .m)(desc.digest);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where}: ${parsed.error.reason}`);
    if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} has no valid size`);
    }
}
class OciLayout {
    dir;
    index;
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    get name() {
        return `layout ${this.dir}`;
    }
    /** Open a layout folder, checking `oci-layout` and `index.json`. */
    static async open(dir, input) {
        const ctx = input === undefined ? {} : { input };
        let stat;
        try {
            stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(dir);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('NOT_FOUND', `the OCI image layout '${dir}' does not exist`, {
                ...ctx,
                hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
            });
        }
        if (!stat.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('INPUT', `'${dir}' is a file, not an OCI image layout folder`, {
                ...ctx,
                hint: "For a tarball write 'oci-archive:<file>' or 'docker-archive:<file>'.",
            });
        }
        let layoutText;
        try {
            layoutText = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'oci-layout'), 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `'${dir}' is not an OCI image layout: it has no oci-layout file`, {
                ...ctx,
                hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
            });
        }
        let version;
        try {
            version = JSON.parse(layoutText).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (typeof version !== 'string' || !version.startsWith('1.')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `'${dir}/oci-layout' does not declare imageLayoutVersion 1.x`, ctx);
        }
        const indexPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'index.json');
        let indexText;
        try {
            indexText = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(indexPath, 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `'${dir}' is not an OCI image layout: it has no index.json`, ctx);
        }
        return new OciLayout(dir, parseIndex(indexText, indexPath, input));
    }
    async roots() {
        return this.index.manifests;
    }
    /** The parsed index.json (its annotations included). */
    get indexJson() {
        return this.index;
    }
    blobPath(digest) {
        return blobPath(this.dir, digest);
    }
    async hasBlob(digest) {
        try {
            return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(this.blobPath(digest))).isFile();
        }
        catch {
            return false;
        }
    }
    async statBlob(desc) {
        let size;
        try {
            size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(this.blobPath(desc.digest))).size;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
                hint: 'The layout is incomplete; rebuild it or copy it again.',
            });
        }
        if (size !== desc.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${size} bytes, its descriptor says ${desc.size}`, {
                hint: 'The layout is corrupt; rebuild it or copy it again.',
            });
        }
    }
    async openBlob(desc) {
        await this.statBlob(desc);
        const verify = new _digest_js__WEBPACK_IMPORTED_MODULE_8__/* .VerifyingStream */ .SC(desc, `blob ${desc.digest} in ${this.name}`);
        // Read into reused 1 MiB buffers (chunk-pool.ts): an upload hands each back once its sockets took it.
        const file = (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .readPooled */ .E0)(this.blobPath(desc.digest), _chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .blobChunks */ .M5);
        // A consumer that stops early (a failed upload destroys its body) closes the file too.
        return (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .lendsAs */ .d8)((0,_pipe_through_js__WEBPACK_IMPORTED_MODULE_7__/* .pipeThrough */ .W)(file, verify), file);
    }
    async readBlob(desc) {
        if (desc.size > _source_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_JSON_BLOB */ .O) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        await this.statBlob(desc);
        const data = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(this.blobPath(desc.digest));
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyBytes */ .RV)(data, desc, `blob ${desc.digest} in ${this.name}`);
        return data;
    }
    async close() { }
}
/**
 * Writes a new layout. Everything goes into `<dir>.tmp-<random>` until
 * `commit()` moves it to `dir` (replacing what was there); `abort()` removes
 * the temporary folder. Blobs are content-addressed, so writing one twice is a
 * no-op.
 */
class LayoutWriter {
    dir;
    tmp;
    manifests = [];
    annotations;
    constructor(dir, tmp) {
        this.dir = dir;
        this.tmp = tmp;
    }
    static async create(dir) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), { recursive: true });
        const tmp = `${abs}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, 'blobs', 'sha256'), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, 'oci-layout'), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
        return new LayoutWriter(abs, tmp);
    }
    /** Write bytes as a blob; returns its descriptor. */
    async writeBytes(data, mediaType, extra = {}) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .digestBytes */ .QN)(bytes);
        const target = blobPath(this.tmp, digest);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(target, bytes);
        return { ...extra, mediaType, digest, size: bytes.length };
    }
    async writeJson(value, mediaType, extra = {}) {
        return this.writeBytes(JSON.stringify(value), mediaType, extra);
    }
    /**
     * Stream a blob in. With `expected`, the bytes are verified against it;
     * without, the digest is computed. Either way the file lands under its
     * digest only once complete.
     */
    async writeStream(stream, mediaType, expected, extra = {}) {
        const partial = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.tmp, `.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}`);
        const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_8__/* .DigestCounter */ .VR(expected === undefined ? 'sha256' : (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .algorithmOf */ .Hy)(expected.digest));
        const count = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            transform(chunk, _enc, cb) {
                counter.update(chunk);
                cb(null, chunk);
            },
        });
        try {
            await (0,_pipe_to_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pipeToFile */ .u)(partial, { flags: 'wx' }, stream, count);
        }
        catch (e) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(partial, { force: true });
            throw e;
        }
        const digest = counter.digest();
        if (expected !== undefined && (digest !== expected.digest || counter.size !== expected.size)) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(partial, { force: true });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('DIGEST_MISMATCH', `blob written as ${expected.digest} (${expected.size} bytes) hashed to ${digest} (${counter.size} bytes)`);
        }
        const target = blobPath(this.tmp, digest);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename(partial, target);
        return { ...extra, mediaType, digest, size: counter.size };
    }
    /** Copy a blob from another source, verified on the way. */
    async copyBlob(from, desc) {
        if (await this.hasBlob(desc.digest))
            return;
        await this.writeStream(await from.openBlob(desc), desc.mediaType, desc);
    }
    async hasBlob(digest) {
        return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(blobPath(this.tmp, digest)).then(() => true, () => false);
    }
    /** Add a top-level manifest or index to index.json, optionally with a ref name. */
    addRoot(desc, refName) {
        const annotations = { ...(desc.annotations ?? {}) };
        if (refName !== undefined)
            annotations['org.opencontainers.image.ref.name'] = refName;
        this.manifests.push(Object.keys(annotations).length > 0 ? { ...desc, annotations } : { ...desc });
    }
    setIndexAnnotations(annotations) {
        this.annotations = annotations;
    }
    /** Write index.json and move the layout into place. */
    async commit() {
        const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaType */ .zu.OciIndex, manifests: this.manifests };
        if (this.annotations !== undefined)
            index.annotations = this.annotations;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.tmp, 'index.json'), JSON.stringify(index));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(this.dir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename(this.tmp, this.dir);
        return this.dir;
    }
    async abort() {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(this.tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $v: () => (/* binding */ isConfigMediaType),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export layerCompression */
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

/***/ 5512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ MAX_JSON_BLOB)
/* harmony export */ });
/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
const MAX_JSON_BLOB = 4 * 1024 * 1024;


/***/ }),

/***/ 9259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pipeThrough)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
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

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ pipeToFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one way we stream into a file: open it first, then pipe.
 *
 * fs.createWriteStream opens its file in the background. When the pipeline feeding it fails first (a download
 * cut off, a digest that does not match), the pipeline rejects before that open lands: with a fetch body cut
 * midway, 6 runs in 300 here. A cleanup that runs on the rejection (`rm` of the partial file) then misses the
 * file the open creates a moment later, and a `.part` is left behind; with flags 'w', a late open truncates
 * the file a retry is already writing. Opening first makes "the file exists" true before any byte can fail,
 * so the caller's cleanup always sees what it must remove.
 */


/**
 * Stream `source` through `transforms` into `file`, opened (and so created) before the first byte moves.
 * The streams must not be flowing yet (no 'data' listener): bytes that flow while the file opens are lost.
 * On any failure, the open's included, every stream given is destroyed and the error thrown; the file, when
 * the open made it, is the caller's to remove.
 */
async function pipeToFile(file, opts, source, ...transforms) {
    const streams = [source, ...transforms];
    // While the file opens nothing listens yet: a body cut in that moment would emit an 'error' the process throws.
    // pipeline then finds the stream destroyed and rejects with its error.
    const held = () => undefined;
    for (const s of streams)
        s.on('error', held);
    try {
        let handle;
        try {
            handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open(file, opts.flags, opts.mode ?? 0o666);
        }
        catch (e) {
            for (const s of streams)
                s.destroy();
            throw e;
        }
        // The write stream closes the handle when it ends or fails. pipeline takes streamx readables as it takes
        // Node's (it looks for pipe and on); its array overload's type does not say so.
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)([source, ...transforms, handle.createWriteStream()]);
    }
    finally {
        for (const s of streams)
            s.removeListener('error', held);
    }
}


/***/ })

};
