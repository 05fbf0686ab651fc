export const id = 21;
export const ids = [21];
export const modules = {

/***/ 7332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4918);
/**
 * Every pattern in a policy is a Go regular expression, as in
 * container-structure-test (which calls Go's regexp.MatchString). We compile
 * with re2js, a pure-JavaScript port of RE2 that reads the same syntax as Go's
 * regexp/syntax with its Perl flags: POSIX classes (`[[:digit:]]`), `\z`,
 * `(?P<name>...)`, inline flags anywhere (`(?i:...)`, `(?s)`, `(?U)`), `\Q...\E`;
 * `^`/`$` match only at the ends of the text unless `(?m)`; a match anywhere
 * in the text counts. RE2 refuses backreferences and lookaround, and matching
 * is linear in the text, so a pattern such as `^(a+)+$` over a long line of an
 * image file cannot hang a step.
 */


/**
 * Compile with Go/RE2 semantics. The error is RE2's reason in Go's words,
 * e.g. "error parsing regexp: missing closing ): `(a`", the message CST
 * prints when it meets the same pattern.
 */
function compileRegex(source) {
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source);
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(e instanceof Error ? e.message : String(e));
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ source, test: (text) => re.test(text) });
}


/***/ }),

/***/ 6021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkForUpdates: () => (/* binding */ checkForUpdates)
});

;// CONCATENATED MODULE: ./shared/src/oci/media-types.ts
/** Media types of the OCI image spec and of Docker's image manifest v2 schema 2. */
const media_types_MediaType = {
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
const media_types_isIndexMediaType = (m) => m === media_types_MediaType.OciIndex || m === media_types_MediaType.DockerManifestList;
const media_types_isManifestMediaType = (m) => m === media_types_MediaType.OciManifest || m === media_types_MediaType.DockerManifest;
const isConfigMediaType = (m) => m === media_types_MediaType.OciConfig || m === media_types_MediaType.DockerConfig;
/** How a layer blob is compressed, from its media type; undefined when it is not a layer we know. */
function layerCompression(m) {
    switch (m) {
        case media_types_MediaType.OciLayer:
        case media_types_MediaType.OciLayerNondistributable:
        case media_types_MediaType.DockerLayer:
            return 'none';
        case media_types_MediaType.OciLayerGzip:
        case media_types_MediaType.OciLayerNondistributableGzip:
        case media_types_MediaType.DockerLayerGzip:
        case media_types_MediaType.DockerForeignLayerGzip:
            return 'gzip';
        case media_types_MediaType.OciLayerZstd:
            return 'zstd';
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./shared/src/chunk-pool.ts
var chunk_pool = __webpack_require__(617);
// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(9892);
;// CONCATENATED MODULE: ./shared/src/pipe-through.ts
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

function pipe_through_pipeThrough(source, into) {
    // Nothing to do at the end: the reader of `into` sees its end or its error.
    (0,external_node_stream_.pipeline)(source, into, () => undefined);
    return into;
}

// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(8301);
;// CONCATENATED MODULE: ./shared/src/oci/layout.ts
/**
 * Reading and writing an OCI image layout (image-spec image-layout.md):
 * `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`. The writer works in a
 * sibling temporary folder and renames it into place at the end, so a failed
 * build never leaves a half-written layout at the output path.
 */











const LAYOUT_VERSION = '1.0.0';
function blobPath(root, digest) {
    return path.join(root, 'blobs', algorithmOf(digest), encodedOf(digest));
}
/** Parse and check an index.json; exported for tests and for archive readers. */
function parseIndex(text, where, input) {
    try {
        return parseIndexUnchecked(text, where);
    }
    catch (e) {
        if (input === undefined || !(e instanceof PipelineError))
            throw e;
        throw new PipelineError(e.code, e.reason, { input, cause: e });
    }
}
function parseIndexUnchecked(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new PipelineError('LAYOUT', `${where} is not valid JSON: ${e.message}`, { file: where });
    }
    const index = value;
    if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        throw new PipelineError('LAYOUT', `${where} is not an image index (schemaVersion 2 with a manifests list)`, { file: where });
    }
    for (const [i, d] of index.manifests.entries())
        checkDescriptor(d, `${where} manifests[${i}]`);
    return index;
}
/** A descriptor from untrusted JSON: digest well formed, size a non-negative integer. */
function checkDescriptor(d, where) {
    const desc = d;
    if (typeof desc !== 'object' || desc === null || typeof desc.mediaType !== 'string' || typeof desc.digest !== 'string') {
        throw new errors/* PipelineError */.zC('LAYOUT', `${where} is not a descriptor (mediaType, digest, size)`);
    }
    const parsed = (0,oci_digest/* parseDigest */.m)(desc.digest);
    if (!parsed.ok)
        throw new errors/* PipelineError */.zC('LAYOUT', `${where}: ${parsed.error.reason}`);
    if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
        throw new errors/* PipelineError */.zC('LAYOUT', `${where} has no valid size`);
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
            stat = await fs.stat(dir);
        }
        catch {
            throw new PipelineError('NOT_FOUND', `the OCI image layout '${dir}' does not exist`, {
                ...ctx,
                hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
            });
        }
        if (!stat.isDirectory()) {
            throw new PipelineError('INPUT', `'${dir}' is a file, not an OCI image layout folder`, {
                ...ctx,
                hint: "For a tarball write 'oci-archive:<file>' or 'docker-archive:<file>'.",
            });
        }
        let layoutText;
        try {
            layoutText = await fs.readFile(path.join(dir, 'oci-layout'), 'utf8');
        }
        catch {
            throw new PipelineError('LAYOUT', `'${dir}' is not an OCI image layout: it has no oci-layout file`, {
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
            throw new PipelineError('LAYOUT', `'${dir}/oci-layout' does not declare imageLayoutVersion 1.x`, ctx);
        }
        const indexPath = path.join(dir, 'index.json');
        let indexText;
        try {
            indexText = await fs.readFile(indexPath, 'utf8');
        }
        catch {
            throw new PipelineError('LAYOUT', `'${dir}' is not an OCI image layout: it has no index.json`, ctx);
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
            return (await fs.stat(this.blobPath(digest))).isFile();
        }
        catch {
            return false;
        }
    }
    async statBlob(desc) {
        let size;
        try {
            size = (await fs.stat(this.blobPath(desc.digest))).size;
        }
        catch {
            throw new PipelineError('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
                hint: 'The layout is incomplete; rebuild it or copy it again.',
            });
        }
        if (size !== desc.size) {
            throw new PipelineError('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${size} bytes, its descriptor says ${desc.size}`, {
                hint: 'The layout is corrupt; rebuild it or copy it again.',
            });
        }
    }
    async openBlob(desc) {
        await this.statBlob(desc);
        const verify = new VerifyingStream(desc, `blob ${desc.digest} in ${this.name}`);
        // Read into reused 1 MiB buffers (chunk-pool.ts): an upload hands each back once its sockets took it.
        const file = readPooled(this.blobPath(desc.digest), blobChunks);
        // A consumer that stops early (a failed upload destroys its body) closes the file too.
        return lendsAs(pipeThrough(file, verify), file);
    }
    async readBlob(desc) {
        if (desc.size > MAX_JSON_BLOB) {
            throw new PipelineError('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        await this.statBlob(desc);
        const data = await fs.readFile(this.blobPath(desc.digest));
        verifyBytes(data, desc, `blob ${desc.digest} in ${this.name}`);
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
        const abs = path.resolve(dir);
        await fs.mkdir(path.dirname(abs), { recursive: true });
        const tmp = `${abs}.tmp-${randomBytes(4).toString('hex')}`;
        await fs.mkdir(path.join(tmp, 'blobs', 'sha256'), { recursive: true });
        await fs.writeFile(path.join(tmp, 'oci-layout'), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
        return new LayoutWriter(abs, tmp);
    }
    /** Write bytes as a blob; returns its descriptor. */
    async writeBytes(data, mediaType, extra = {}) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        const digest = digestBytes(bytes);
        const target = blobPath(this.tmp, digest);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, bytes);
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
        const partial = path.join(this.tmp, `.partial-${randomBytes(6).toString('hex')}`);
        const counter = new DigestCounter(expected === undefined ? 'sha256' : algorithmOf(expected.digest));
        const count = new Transform({
            transform(chunk, _enc, cb) {
                counter.update(chunk);
                cb(null, chunk);
            },
        });
        try {
            await pipeToFile(partial, { flags: 'wx' }, stream, count);
        }
        catch (e) {
            await fs.rm(partial, { force: true });
            throw e;
        }
        const digest = counter.digest();
        if (expected !== undefined && (digest !== expected.digest || counter.size !== expected.size)) {
            await fs.rm(partial, { force: true });
            throw new PipelineError('DIGEST_MISMATCH', `blob written as ${expected.digest} (${expected.size} bytes) hashed to ${digest} (${counter.size} bytes)`);
        }
        const target = blobPath(this.tmp, digest);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.rename(partial, target);
        return { ...extra, mediaType, digest, size: counter.size };
    }
    /** Copy a blob from another source, verified on the way. */
    async copyBlob(from, desc) {
        if (await this.hasBlob(desc.digest))
            return;
        await this.writeStream(await from.openBlob(desc), desc.mediaType, desc);
    }
    async hasBlob(digest) {
        return fs.stat(blobPath(this.tmp, digest)).then(() => true, () => false);
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
        const index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: this.manifests };
        if (this.annotations !== undefined)
            index.annotations = this.annotations;
        await fs.writeFile(path.join(this.tmp, 'index.json'), JSON.stringify(index));
        await fs.rm(this.dir, { recursive: true, force: true });
        await fs.rename(this.tmp, this.dir);
        return this.dir;
    }
    async abort() {
        await fs.rm(this.tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/types.ts
/** Annotation keys of the image spec (annotations.md) that we read or write. */
const Annotation = {
    RefName: 'org.opencontainers.image.ref.name',
    Created: 'org.opencontainers.image.created',
    Source: 'org.opencontainers.image.source',
    Revision: 'org.opencontainers.image.revision',
    Version: 'org.opencontainers.image.version',
    Title: 'org.opencontainers.image.title',
    Description: 'org.opencontainers.image.description',
    Url: 'org.opencontainers.image.url',
    Licenses: 'org.opencontainers.image.licenses',
    BaseName: 'org.opencontainers.image.base.name',
    BaseDigest: 'org.opencontainers.image.base.digest',
};
const platformString = (p) => `${p.os}/${p.architecture}${p.variant !== undefined && p.variant !== '' ? `/${p.variant}` : ''}`;

;// CONCATENATED MODULE: ./shared/src/oci/image.ts
/**
 * What every consumer needs on top of an ImageSource, written once: parse
 * manifests, indexes and configs (checked, with errors naming the blob),
 * pick an image by ref name, walk an index to its platform manifests, and list
 * every blob of an image children-before-parents (the order a push needs).
 */




async function readJson(src, desc) {
    const bytes = await src.readBlob(desc);
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${src.name} is not valid JSON: ${e.message}`);
    }
}
async function readManifest(src, desc) {
    const m = (await readJson(src, desc));
    const where = `manifest ${desc.digest} in ${src.name}`;
    if (m.schemaVersion !== 2 || typeof m.config !== 'object' || !Array.isArray(m.layers)) {
        throw new errors/* PipelineError */.zC('LAYOUT', `${where} is not an image manifest (schemaVersion 2, config, layers)`);
    }
    checkDescriptor(m.config, `${where} config`);
    m.layers.forEach((l, i) => checkDescriptor(l, `${where} layers[${i}]`));
    return m;
}
async function readIndex(src, desc) {
    const x = (await readJson(src, desc));
    const where = `index ${desc.digest} in ${src.name}`;
    if (x.schemaVersion !== 2 || !Array.isArray(x.manifests)) {
        throw new errors/* PipelineError */.zC('LAYOUT', `${where} is not an image index (schemaVersion 2, manifests)`);
    }
    x.manifests.forEach((d, i) => checkDescriptor(d, `${where} manifests[${i}]`));
    return x;
}
async function readConfig(src, desc) {
    if (!isConfigMediaType(desc.mediaType)) {
        throw new errors/* PipelineError */.zC('UNSUPPORTED', `config ${desc.digest} in ${src.name} has media type ${desc.mediaType}, not an image config`, {
            hint: 'This looks like an artifact, not a container image.',
        });
    }
    const c = (await readJson(src, desc));
    if (typeof c.architecture !== 'string' || typeof c.os !== 'string' || typeof c.rootfs !== 'object' || !Array.isArray(c.rootfs?.diff_ids)) {
        throw new errors/* PipelineError */.zC('LAYOUT', `config ${desc.digest} in ${src.name} lacks architecture, os or rootfs.diff_ids`);
    }
    return c;
}
/**
 * Choose the top-level descriptor: by ref name when given (matching the full
 * annotation or its tag part), else the only one. Several without a ref is an
 * error that lists them, so the user can pick.
 */
async function selectRoot(src, ref) {
    const roots = await src.roots();
    const named = (d) => d.annotations?.[Annotation.RefName];
    if (ref !== undefined && ref !== '') {
        const hit = roots.filter((d) => named(d) === ref || d.digest === ref);
        if (hit.length >= 1)
            return hit[0];
        const names = roots.map((d) => named(d) ?? d.digest).join(', ');
        throw new errors/* PipelineError */.zC('NOT_FOUND', `${src.name} has no image named '${ref}'`, { hint: `It holds: ${names || 'nothing'}.` });
    }
    if (roots.length === 0)
        throw new errors/* PipelineError */.zC('LAYOUT', `${src.name} holds no image (its index lists no manifests)`);
    if (roots.length > 1) {
        // Several entries that point at the same digest (one per tag) are one image.
        const digests = new Set(roots.map((d) => d.digest));
        if (digests.size > 1) {
            const names = roots.map((d) => named(d) ?? d.digest).join(', ');
            throw new errors/* PipelineError */.zC('INPUT', `${src.name} holds ${roots.length} images; say which one`, { hint: `Append ':<name>' to pick one of: ${names}.` });
        }
    }
    return roots[0];
}
/** Resolve a top-level descriptor into its platform images, reading manifests and configs. */
async function resolveImage(src, root) {
    if (media_types_isManifestMediaType(root.mediaType)) {
        const manifest = await readManifest(src, root);
        const config = await readConfig(src, manifest.config);
        return { root, images: [{ descriptor: root, manifest, config, platform: platformOf(config) }] };
    }
    if (media_types_isIndexMediaType(root.mediaType)) {
        const index = await readIndex(src, root);
        const images = [];
        for (const child of index.manifests) {
            if (media_types_isIndexMediaType(child.mediaType)) {
                images.push(...(await resolveImage(src, child)).images);
            }
            else if (media_types_isManifestMediaType(child.mediaType)) {
                const manifest = await readManifest(src, child);
                // Attestation manifests (buildx) and other artifacts ride along in
                // indexes; they are not platform images.
                if (!isConfigMediaType(manifest.config.mediaType))
                    continue;
                const config = await readConfig(src, manifest.config);
                images.push({ descriptor: child, manifest, config, platform: child.platform ?? platformOf(config) });
            }
        }
        return { root, index, images };
    }
    throw new errors/* PipelineError */.zC('UNSUPPORTED', `${root.digest} in ${src.name} has media type ${root.mediaType}, neither a manifest nor an index`);
}
function platformOf(config) {
    const p = { os: config.os, architecture: config.architecture };
    if (config.variant !== undefined)
        p.variant = config.variant;
    return p;
}
/**
 * Every descriptor reachable from `root`, each once, children before parents:
 * layers and config, then the manifest; manifests before their index.
 */
async function walkDescriptors(src, root) {
    const out = [];
    const seen = new Set();
    const visit = async (d) => {
        if (seen.has(d.digest))
            return;
        seen.add(d.digest);
        if (isIndexMediaType(d.mediaType)) {
            const idx = await readIndex(src, d);
            for (const c of idx.manifests)
                await visit(c);
        }
        else if (isManifestMediaType(d.mediaType)) {
            const m = await readManifest(src, d);
            await visit(m.config);
            for (const l of m.layers)
                await visit(l);
            if (m.subject !== undefined && (await src.hasBlob(m.subject.digest)))
                await visit(m.subject);
        }
        out.push(d);
    };
    await visit(root);
    return out;
}

// EXTERNAL MODULE: ./shared/src/registry/credentials/credentials.ts + 2 modules
var credentials = __webpack_require__(5668);
// EXTERNAL MODULE: ./shared/src/preview.ts
var src_preview = __webpack_require__(4659);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var transport_body = __webpack_require__(6761);
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
var http = __webpack_require__(3997);
// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(2639);
// EXTERNAL MODULE: ./shared/src/registry/transport/timeouts.ts
var timeouts = __webpack_require__(2269);
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
var registry_reference = __webpack_require__(5698);
// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(7221);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var retry_policy = __webpack_require__(5466);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __webpack_require__(1340);
;// CONCATENATED MODULE: ./shared/src/registry/transport/retry-classify.ts
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
    if (e instanceof registry_error/* RegistryError */.gl)
        return e.failure;
    if ((0,errors/* isPipelineError */.h$)(e))
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
    if (!(e instanceof registry_error/* RegistryError */.gl) || e.code === 'AUTH')
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
        if (e instanceof registry_error/* MonolithicRefused */.vo)
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
        const codes = e instanceof registry_error/* RegistryError */.gl ? (e.failure.codes ?? []) : [];
        if (codes.includes('MANIFEST_BLOB_UNKNOWN') || codes.includes('BLOB_UNKNOWN'))
            return { retry: true, why: 'MANIFEST_BLOB_UNKNOWN after the blobs were verified' };
        return base(e);
    };
}

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
    return pipe_through_pipeThrough(body, new external_node_stream_.Transform({
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
        this.base = new URL(`${opts.plainHttp ? 'http' : 'https'}://${(0,registry_reference/* apiHost */.nz)(opts.registry)}/v2/`);
        this.timeouts = (0,timeouts/* timeoutsWith */.fh)(opts.timeouts);
        this.auth = new Authenticator(opts.registry, opts.credentials, opts.mask, { base: this.base, timeouts: this.timeouts });
        this.retry = opts.retry ?? retry_policy/* REGISTRY_RETRY */.dv;
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
    retrying(what, op, classify = registryClassify()) {
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
        const codes = parsed.codes.map((c) => (0,src_preview/* preview */.VH)(c, { max: 40, redact: false }));
        const messages = parsed.messages.slice(0, 3).map((m) => (0,src_preview/* preview */.VH)(m, { max: 200, redact: false }));
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
                if (!refusesMonolithic(e))
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
                digest: (0,oci_digest/* digestBytes */.QN)(bytes),
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
            return (typeof d === 'string' ? d : (0,oci_digest/* digestBytes */.QN)(bytes));
        }, opts.blobsVerified === true ? blobRaceClassify() : undefined);
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
var scheme = __webpack_require__(6994);
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

;// CONCATENATED MODULE: ./shared/src/oci/source.ts
/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
const source_MAX_JSON_BLOB = 4 * 1024 * 1024;

// EXTERNAL MODULE: ./shared/src/retry/backoff.ts
var backoff = __webpack_require__(8874);
// EXTERNAL MODULE: ./shared/src/retry/sleep.ts
var retry_sleep = __webpack_require__(381);
;// CONCATENATED MODULE: ./shared/src/registry/client/resume.ts
/**
 * A blob download that survives a broken connection: when the body fails
 * part way with a transient error (or ends short of the blob's size), it is
 * opened again from the byte it had reached (a Range request) and the bytes
 * continue on the same output stream. The caller's digest check still sees
 * one continuous stream, so a resumed download is verified like any other.
 *
 * This is the only retry loop of one download: `open` must make a single
 * request (client.openBlob with `{ retry: false }`), so retries never nest.
 * Its waits are the shared backoff (retry/backoff.ts) under a policy
 * (retry/policy.ts): openings in all, and a time budget. When it gives up on
 * a transient failure the stream fails with a NETWORK PipelineError, which
 * the push's upload loop treats as final (retry-classify.ts): the source
 * already retried its own reads.
 */






function resumableDownload(opts) {
    const out = new external_node_stream_.PassThrough({ highWaterMark: 1024 * 1024 });
    const policy = opts.policy ?? retry_policy/* RESUME_RETRY */.n;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? retry_sleep/* sleep */.y;
    // A reader that hangs up (destroys the stream) ends a wait in progress, any further opening, and the body being
    // read: fed by 'data' events, it would otherwise go on into the destroyed output, pause for a 'drain' that never
    // comes, and hold its connection until the request's deadline (a paused reader is not a stall: http.ts).
    const stop = new AbortController();
    let current;
    out.once('close', () => {
        stop.abort(new Error('the reader closed the download'));
        current?.destroy();
    });
    let offset = 0;
    let opened = 0;
    let brokeAt;
    const giveUp = (e) => {
        const resumes = opened - 1;
        out.destroy(new errors/* PipelineError */.zC('NETWORK', `reading ${opts.what} failed after ${resumes} resume${resumes === 1 ? '' : 's'} (at byte ${offset} of ${opts.size}): ${e.message}`, {
            cause: e,
            hint: 'The registry the image is read from kept dropping the connection; check that it is reachable and healthy, then run again.',
        }));
    };
    const retryOrFail = async (e) => {
        if (out.destroyed)
            return;
        // Not worth another try (a refused auth, a 404, a digest problem): the error as it is.
        if (classify(e).kind !== 'retry')
            return void out.destroy(e);
        brokeAt ??= now();
        const wait = opened < policy.attempts
            ? (0,backoff/* backoffMs */.j)(opened - 1, policy, { spentMs: now() - brokeAt, ...(opts.random !== undefined ? { random: opts.random } : {}) })
            : undefined;
        if (wait === undefined)
            return giveUp(e);
        opts.onResume?.(offset, e);
        try {
            await sleep(wait, stop.signal);
        }
        catch {
            return; // the reader went away
        }
        await pump();
    };
    const pump = async () => {
        if (out.destroyed)
            return;
        opened++;
        let body;
        try {
            body = await opts.open(offset);
        }
        catch (e) {
            return retryOrFail(e);
        }
        if (out.destroyed)
            return void body.destroy();
        current = body;
        let settled = false;
        const settle = (e) => {
            if (settled)
                return;
            settled = true;
            body.destroy();
            void retryOrFail(e);
        };
        body.on('data', (c) => {
            offset += c.length;
            // Bytes arrived: the next break starts a fresh recovery budget.
            brokeAt = undefined;
            if (!out.write(c)) {
                body.pause();
                out.once('drain', () => body.resume());
            }
        });
        body.on('error', settle);
        body.on('end', () => {
            if (settled)
                return;
            if (offset < opts.size)
                return settle(Object.assign(new Error(`the download ended at byte ${offset} of ${opts.size}`), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
            settled = true;
            out.end();
        });
    };
    void pump();
    return out;
}

// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(4918);
;// CONCATENATED MODULE: ./shared/src/registry/client/source.ts
/**
 * An image in a registry as an ImageSource, so anything that reads a layout
 * (test-image's scan) can read `registry/repo:tag` the same way. Every
 * manifest and blob is verified against its digest as it is read.
 */












class RegistrySource {
    ref;
    client;
    resume;
    name;
    root;
    manifests = new Map();
    constructor(ref, client, 
    /** How a broken blob download is resumed (tests inject the policy, clock and wait). */
    resume = {}) {
        this.ref = ref;
        this.client = client;
        this.resume = resume;
        this.name = (0,registry_reference/* formatReference */.FH)(ref);
    }
    /** A source for a reference text, with the given auth/transport options. */
    static open(reference, opts = {}) {
        const ref = (0,result/* unwrap */.o)((0,registry_reference/* parseReference */.F2)(reference));
        return new RegistrySource(ref, clientFactory(opts)(ref.registry));
    }
    async roots() {
        if (this.root === undefined) {
            const reference = this.ref.digest ?? this.ref.tag ?? 'latest';
            const m = await this.client.getManifest(this.ref.repository, reference);
            if (this.ref.digest !== undefined && m.digest !== this.ref.digest) {
                throw new errors/* PipelineError */.zC('DIGEST_MISMATCH', `${this.name} answered a manifest with digest ${m.digest}`, {
                    hint: 'The registry returned other content than the digest asks for.',
                });
            }
            if (!media_types_isManifestMediaType(m.mediaType) && !media_types_isIndexMediaType(m.mediaType)) {
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `${this.name} is a ${m.mediaType || 'manifest without media type'}, not an OCI or Docker v2 image`);
            }
            this.manifests.set(m.digest, m.bytes);
            const root = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
            if (this.ref.tag !== undefined)
                root.annotations = { [Annotation.RefName]: this.ref.tag };
            this.root = root;
        }
        return [this.root];
    }
    async openBlob(desc) {
        if (media_types_isManifestMediaType(desc.mediaType) || media_types_isIndexMediaType(desc.mediaType)) {
            return external_node_stream_.Readable.from([await this.readBlob(desc)]);
        }
        // The first opening is awaited (and retried as any request), so a missing
        // blob or refused auth fails here; later ones resume, one request each:
        // resumableDownload is then the only loop, never nested in the client's.
        let first = await this.client.openBlob(this.ref.repository, desc);
        const body = resumableDownload({
            ...this.resume,
            size: desc.size,
            what: `blob ${desc.digest} from ${this.client.registry}/${this.ref.repository}`,
            open: async (offset) => {
                const b = first;
                first = undefined;
                return b ?? this.client.openBlob(this.ref.repository, desc, offset, { retry: false });
            },
        });
        const verify = new oci_digest/* VerifyingStream */.SC(desc, `blob ${desc.digest} of ${this.name}`);
        // A reader that hangs up on the verified stream ends the download too (pipe only unpiped, leaving it open, paused).
        return pipe_through_pipeThrough(body, verify);
    }
    async readBlob(desc) {
        if (desc.size > source_MAX_JSON_BLOB) {
            throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} of ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        let bytes = this.manifests.get(desc.digest);
        if (bytes === undefined) {
            if (media_types_isManifestMediaType(desc.mediaType) || media_types_isIndexMediaType(desc.mediaType)) {
                bytes = (await this.client.getManifest(this.ref.repository, desc.digest)).bytes;
                this.manifests.set(desc.digest, bytes);
            }
            else {
                // The descriptor's size is the cap: a registry that sends more is refused as soon as it does.
                const overflow = (max) => new errors/* PipelineError */.zC('SIZE_MISMATCH', `blob ${desc.digest} of ${this.name} is larger than its descriptor says (${max} bytes)`, {
                    hint: 'The registry returned other content than the digest asks for.',
                });
                bytes = (await (0,transport_body/* readBounded */.CB)(await this.client.openBlob(this.ref.repository, desc), desc.size, 'fail', overflow)).bytes;
            }
        }
        (0,oci_digest/* verifyBytes */.RV)(bytes, desc, `blob ${desc.digest} of ${this.name}`);
        return bytes;
    }
    async hasBlob(digest) {
        if (this.manifests.has(digest))
            return true;
        if (await this.client.blobExists(this.ref.repository, digest, ['pull']))
            return true;
        return (await this.client.headManifest(this.ref.repository, digest, ['pull'])) !== undefined;
    }
    async close() { }
}
/** What openImageSource calls for registry references (test-image, distribute-image's docker:// images), with the step's connect options. */
const registryOpener = (connect = {}) => async (reference) => RegistrySource.open(reference, connect);

;// CONCATENATED MODULE: ./shared/src/updates/decide.ts

/** The base records of one platform image: manifest annotations first, config labels as a fallback. */
function baseRecordsOf(manifest, config) {
    const from = (m) => {
        const name = m?.[Annotation.BaseName];
        const digest = m?.[Annotation.BaseDigest];
        return name !== undefined && name !== '' && digest !== undefined && digest !== '' ? { name, digest: digest } : undefined;
    };
    const r = from(manifest.annotations) ?? from(config?.config?.Labels);
    return r === undefined ? [] : [r];
}
/**
 * A base is unchanged when its tag serves the recorded digest, or an index
 * that still lists it (build-image may record the platform manifest's
 * digest while the tag names a multi-platform index).
 */
function judgeBase(base, now) {
    if (now.digest === undefined)
        return { kind: 'gone', base };
    if (now.digest === base.digest || now.children.includes(base.digest))
        return { kind: 'unchanged', base };
    return { kind: 'moved', base, now: now.digest };
}
function decide_decide(verdicts) {
    const reasons = [];
    for (const v of verdicts) {
        if (v.kind === 'moved')
            reasons.push(`base ${v.base.name} moved from ${v.base.digest} to ${v.now}`);
        if (v.kind === 'gone')
            reasons.push(`base ${v.base.name} is no longer served (it was ${v.base.digest}); rebuild to find out what replaced it`);
    }
    return { rebuild: reasons.length > 0, reasons, verdicts: [...verdicts] };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./shared/src/bytes.ts
var src_bytes = __webpack_require__(1220);
;// CONCATENATED MODULE: ./shared/src/attest/types.ts
/**
 * Spec shapes for attestations, apart from any behaviour: the in-toto
 * Statement v1 (in-toto/attestation spec/v1/statement.md), its
 * ResourceDescriptor and DigestSet, SLSA Provenance v1 (slsa.dev/provenance/v1)
 * and the media and predicate types we write. Importable without logic.
 */
/** `_type` of every statement we write (in-toto spec/v1/statement.md). */
const types_STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
/** DSSE `payloadType` of an in-toto statement (in-toto spec/v1/envelope.md). */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The sigstore bundle we write; also the `artifactType` of the OCI referrer that carries it. */
const types_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Predicate types we write or wrap. */
const types_PredicateType = {
    /** SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance). */
    SlsaProvenanceV1: 'https://slsa.dev/provenance/v1',
    /** What cosign v3 signs for an image (cosign pkg/types/predicate.go `CosignSignPredicateType`): an empty predicate. */
    CosignSign: 'https://sigstore.dev/cosign/sign/v1',
    Spdx: 'https://spdx.dev/Document',
    CycloneDx: 'https://cyclonedx.org/bom',
};

;// CONCATENATED MODULE: ./shared/src/attest/in-toto.ts
/**
 * in-toto Statement v1 (in-toto/attestation spec/v1/statement.md): pure
 * builders and a strict reader. The rules checked are the spec's and those of
 * its reference validator (go/v1/statement.go, resource_descriptor.go): at
 * least one subject, a non-empty digest on each, lowercase hex of the right
 * length for the standard hashes, a predicateType, a predicate object.
 */





/** Hex lengths of the standard algorithms (in-toto digest_set.md); other keys are opaque ids. */
const HEX_LENGTH = {
    sha256: [64],
    sha384: [96],
    sha512: [128],
    sha224: [56],
    sha512_224: [56],
    sha512_256: [64],
    sha3_224: [56],
    sha3_256: [64],
    sha3_384: [96],
    sha3_512: [128],
    sha1: [40],
    md5: [32],
    gitCommit: [40, 64],
    gitTree: [40, 64],
    gitBlob: [40, 64],
    gitTag: [40, 64],
    dirHash: [64],
};
/** Why a digest set is not acceptable, or undefined when it is. */
function digestSetProblem(digest) {
    if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
        return 'expected a digest object, got ' + kind(digest);
    const entries = Object.entries(digest);
    if (entries.length === 0)
        return 'expected at least one digest, got an empty digest object';
    for (const [alg, value] of entries) {
        if (typeof value !== 'string' || value === '')
            return `expected digest '${(0,src_preview/* preview */.VH)(alg, { redact: false })}' to be a non-empty string, got ${kind(value)}`;
        const lengths = HEX_LENGTH[alg];
        if (lengths !== undefined && !(lengths.includes(value.length) && /^[0-9a-f]+$/.test(value))) {
            return `expected digest '${alg}' to be ${lengths.join(' or ')} lowercase hex digits, got '${(0,src_preview/* preview */.VH)(value, { max: 80, redact: false })}'`;
        }
    }
    return undefined;
}
/**
 * The subject for an OCI manifest or index: `{name?, digest: {sha256: hex}}`.
 * `digest` is `sha256:<hex>` as a registry or layout reports it.
 */
function ociSubject(digest, name) {
    const parsed = parseDigest(digest);
    if (!parsed.ok)
        throw parsed.error;
    const [alg, hex] = [parsed.value.slice(0, parsed.value.indexOf(':')), parsed.value.slice(parsed.value.indexOf(':') + 1)];
    return { ...(name === undefined || name === '' ? {} : { name }), digest: { [alg]: hex } };
}
/**
 * A Statement v1. Throws PipelineError INTERNAL when the parts break the spec:
 * they come from our own code (builders), so a failure here is our bug.
 */
function statement(subject, predicateType, predicate) {
    const problem = statementProblem({ _type: STATEMENT_TYPE_V1, subject, predicateType, predicate });
    if (problem !== undefined)
        throw new PipelineError('INTERNAL', `cannot build an in-toto statement: ${problem}`);
    return { _type: STATEMENT_TYPE_V1, subject: subject.map((s) => ({ ...s })), predicateType, predicate };
}
/**
 * The statement cosign v3 signs for an image (`cosign sign`, new bundle
 * format; cosign cmd/cosign/cli/sign/sign.go `signDigestBundle`): one subject
 * with no name, the image digest and the `-a` annotations (an empty object
 * when none), predicate type https://sigstore.dev/cosign/sign/v1 and an empty
 * predicate. cosign verify checks the subject digest against the image
 * (pkg/cosign/verifiers.go `IntotoSubjectClaimVerifier`) and the annotations
 * against its `-a` flags.
 */
function imageSignatureStatement(digest, annotations = {}) {
    const subject = { ...ociSubject(digest), annotations: { ...annotations } };
    return statement([subject], PredicateType.CosignSign, {});
}
/** The bytes that are signed: compact JSON in the order the builders create. */
function serializeStatement(s) {
    return Buffer.from(JSON.stringify(s), 'utf8');
}
/** True when one subject of the statement carries `digest` (`sha256:<hex>`). Matching is by digest only, as the spec says. */
function subjectMatches(s, digest) {
    const i = digest.indexOf(':');
    if (i <= 0)
        return false;
    const [alg, hex] = [digest.slice(0, i), digest.slice(i + 1)];
    return s.subject.some((subj) => subj.digest[alg] === hex);
}
/** The subjects' digests as `alg:value`, for "expected X, got Y" messages. */
function subjectDigests(s) {
    return s.subject.flatMap((subj) => Object.entries(subj.digest).map(([alg, v]) => `${alg}:${v}`));
}
/**
 * Read a statement we did not write (a DSSE payload, an `attach` file).
 * Accepts `_type` v1 only: v0.1 statements are older than the SLSA v1 and
 * cosign v3 formats we check. `what` names the source for messages.
 */
function parseStatement(text, what) {
    const raw = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (e) {
        return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `expected ${what} to be JSON, got '${(0,src_preview/* preview */.VH)(raw)}' (${e instanceof Error ? e.message : String(e)})`));
    }
    const problem = statementProblem(value);
    if (problem !== undefined)
        return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `${what} is not an in-toto statement v1: ${problem}`));
    // "Unset is treated the same as set-but-empty" (statement.md, predicate).
    const parsed = value;
    return (0,result.ok)(parsed.predicate === undefined ? { ...parsed, predicate: {} } : parsed);
}
function statementProblem(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return `expected an object, got ${kind(v)}`;
    const s = v;
    if (s._type !== types_STATEMENT_TYPE_V1)
        return `expected _type '${types_STATEMENT_TYPE_V1}', got ${quoted(s._type)}`;
    if (!Array.isArray(s.subject) || s.subject.length === 0)
        return `expected a non-empty subject list, got ${kind(s.subject)}`;
    for (const [i, subj] of s.subject.entries()) {
        if (typeof subj !== 'object' || subj === null || Array.isArray(subj))
            return `subject[${i}]: expected an object, got ${kind(subj)}`;
        const name = subj.name;
        if (name !== undefined && typeof name !== 'string')
            return `subject[${i}].name: expected a string, got ${kind(name)}`;
        const problem = digestSetProblem(subj.digest);
        if (problem !== undefined)
            return `subject[${i}].digest: ${problem}`;
    }
    if (typeof s.predicateType !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(s.predicateType)) {
        return `expected predicateType to be a URI, got ${quoted(s.predicateType)}`;
    }
    if (s.predicate !== undefined && (typeof s.predicate !== 'object' || s.predicate === null || Array.isArray(s.predicate))) {
        return `expected predicate to be an object, got ${kind(s.predicate)}`;
    }
    return undefined;
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty array' : 'an array';
    if (typeof v === 'string')
        return `'${(0,src_preview/* preview */.VH)(v, { max: 60 })}'`;
    if (typeof v === 'object')
        return 'an object';
    if (v === undefined)
        return 'nothing';
    return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${v}` : typeof v;
}
/** Type URIs are identifiers: shown unredacted (still bounded and control-free). */
const quoted = (v) => (v === undefined ? 'nothing' : typeof v === 'string' ? `'${(0,src_preview/* preview */.VH)(v, { max: 100, redact: false })}'` : kind(v));

;// CONCATENATED MODULE: ./shared/src/attest/bundle.ts
/**
 * Sigstore bundles v0.3 carrying a DSSE envelope over an in-toto statement:
 * reading one we did not write (a referrer's layer, a file), and writing
 * ours. A bundle from a registry is untrusted until verify.ts has checked it:
 * here it is only bounded, parsed and checked for shape, so that the
 * verifier sees nothing but a well-formed bundle of the one kind we accept.
 */






/**
 * Most bytes of a bundle we read. The payload is a whole statement (an SBOM
 * of a large image is tens of MiB once base64-encoded), so the cap is wide,
 * but a registry cannot make us parse gigabytes.
 */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/** The bundle as JSON text (the protobuf-specs JSON mapping: camelCase, base64 bytes). */
function serializeBundle(bundle) {
    return JSON.stringify(bundleToJSON(bundle));
}
/**
 * A DSSE bundle v0.3 from untrusted bytes. Throws PipelineError INPUT saying
 * what was expected and what was found: too large, not JSON, another media
 * type, a message-signature bundle, a payload type other than in-toto, not
 * exactly one signature (@sigstore/bundle's validation), missing fields.
 */
function parseBundle(data, opts) {
    const max = opts.maxBytes ?? MAX_BUNDLE_BYTES;
    const size = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
    const fail = (reason) => new errors/* PipelineError */.zC('INPUT', `${opts.what}: ${reason}`);
    if (size > max)
        throw fail(`expected a sigstore bundle of at most ${(0,src_bytes/* formatBytes */.z)(max)}, got ${size} bytes (${(0,src_bytes/* formatBytes */.z)(size)})`);
    const text = typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw fail(`expected a sigstore bundle (JSON), got '${(0,src_preview/* preview */.VH)(text)}' (${e instanceof Error ? e.message : String(e)})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw fail(`expected a sigstore bundle (a JSON object), got '${(0,src_preview/* preview */.VH)(text)}'`);
    const mediaType = json.mediaType;
    if (mediaType !== types_BUNDLE_V03_MEDIA_TYPE && mediaType !== dist/* BUNDLE_V03_LEGACY_MEDIA_TYPE */.ZZ) {
        throw fail(`expected mediaType '${types_BUNDLE_V03_MEDIA_TYPE}', got ${typeof mediaType === 'string' ? `'${(0,src_preview/* preview */.VH)(mediaType, { max: 80, redact: false })}'` : typeof mediaType}`);
    }
    let bundle;
    try {
        const proto = (0,dist/* bundleFromJSON */.vw)(json);
        (0,dist/* assertBundleLatest */._M)(proto);
        bundle = proto;
    }
    catch (e) {
        const fields = e.fields;
        const which = Array.isArray(fields) && fields.length > 0 ? ` (missing or malformed: ${fields.slice(0, 8).join(', ')})` : '';
        throw fail(`expected a well-formed sigstore bundle v0.3, got one that does not parse${which}: ${(0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 120 })}`);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw fail(`expected a DSSE envelope in the bundle, got ${bundle.content.$case}`);
    const env = bundle.content.dsseEnvelope;
    if (env.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw fail(`expected DSSE payloadType '${IN_TOTO_PAYLOAD_TYPE}', got '${(0,src_preview/* preview */.VH)(env.payloadType, { max: 80, redact: false })}'`);
    }
    return bundle;
}
/** The in-toto statement a DSSE bundle signs (not yet verified: call verify.ts first for trust). */
function statementOf(bundle, what) {
    const r = parseStatement(bundle.content.dsseEnvelope.payload, `the DSSE payload of ${what}`);
    if (!r.ok)
        throw r.error;
    return r.value;
}

;// CONCATENATED MODULE: ./shared/src/attest/referrer.ts

const BundleAnnotation = {
    Content: 'dev.sigstore.bundle.content',
    PredicateType: 'dev.sigstore.bundle.predicateType',
    Created: 'org.opencontainers.image.created',
};
/** The referrer parts for a signed attestation; `created` is when it was signed (RFC 3339, seconds, UTC, as cosign). */
function bundleReferrer(signed, created) {
    return {
        artifactType: BUNDLE_V03_MEDIA_TYPE,
        layerMediaType: BUNDLE_V03_MEDIA_TYPE,
        layer: Buffer.from(signed.json, 'utf8'),
        annotations: {
            [BundleAnnotation.Content]: 'dsse-envelope',
            [BundleAnnotation.PredicateType]: signed.predicateType,
            [BundleAnnotation.Created]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
// EXTERNAL MODULE: ./shared/src/compliance/regex.ts
var regex = __webpack_require__(7332);
;// CONCATENATED MODULE: ./shared/src/attest/keys.ts
/**
 * Signing and verification keys: a PEM PKCS#8 P-256 private key (the
 * `signing-key` input) and SPKI public keys. Each refusal names the input and
 * says what was expected and what was found, describing the key only by its
 * PEM label, type and curve, or its public fingerprint: never the material.
 */


const SIGNING_KEY_INPUT = 'signing-key';
const GENERATE_HINT = 'Create one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out signing-key.pem`.';
const TO_PKCS8 = 'Convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out signing-key.pem`.';
/** Labels of the PEM blocks in `text` (`PRIVATE KEY`, `EC PRIVATE KEY`, ...): safe to show, they are not key material. */
function pemLabels(text) {
    return [...text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,64})-----/g)].map((m) => m[1]);
}
/** What a wrong PEM label means, and the fix. */
const WRONG_LABEL = {
    'ENCRYPTED PRIVATE KEY': {
        got: 'an encrypted PKCS#8 key',
        hint: `Store the key unencrypted in a secret: \`openssl pkcs8 -topk8 -nocrypt -in encrypted.pem -out signing-key.pem\`.`,
    },
    'ENCRYPTED SIGSTORE PRIVATE KEY': { got: "a cosign-encrypted key (cosign generate-key-pair's format)", hint: GENERATE_HINT },
    'ENCRYPTED COSIGN PRIVATE KEY': { got: "a cosign-encrypted key (cosign generate-key-pair's format)", hint: GENERATE_HINT },
    'EC PRIVATE KEY': { got: 'a SEC1 EC key (BEGIN EC PRIVATE KEY)', hint: TO_PKCS8 },
    'RSA PRIVATE KEY': { got: 'a PKCS#1 RSA key', hint: GENERATE_HINT },
    'OPENSSH PRIVATE KEY': { got: 'an OpenSSH key', hint: GENERATE_HINT },
    'PUBLIC KEY': { got: 'a public key', hint: 'Pass the private key; the public key is what verifiers get.' },
    CERTIFICATE: { got: 'a certificate', hint: 'Pass the private key.' },
};
function keyError(reason, hint, input) {
    return new errors/* PipelineError */.zC('INPUT', reason, { input, hint });
}
/** "P-256" for prime256v1, else the curve's OpenSSL name. */
const curveName = (curve) => curve === 'prime256v1' ? 'P-256' : curve === 'secp384r1' ? 'P-384' : curve === 'secp521r1' ? 'P-521' : (curve ?? 'unknown');
function describeKey(k) {
    const type = k.asymmetricKeyType ?? 'unknown';
    return type === 'ec' ? `an EC ${curveName(k.asymmetricKeyDetails?.namedCurve)} key` : `an ${type.toUpperCase()} key`;
}
/** Hex SHA-256 of the key's DER SPKI: a public fingerprint, safe to print. */
function keyHint(publicKey) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
/** Read and check a PEM PKCS#8 P-256 private key. */
function loadSigningKey(pem, opts = {}) {
    const input = opts.input ?? SIGNING_KEY_INPUT;
    const expected = 'expected an unencrypted PEM PKCS#8 P-256 private key (-----BEGIN PRIVATE KEY-----)';
    const labels = pemLabels(pem);
    if (labels.length === 0)
        throw keyError(`${expected}, got text with no PEM block (${pem.trim().length} characters)`, GENERATE_HINT, input);
    const privateLabels = labels.filter((l) => l.includes('PRIVATE KEY'));
    if (privateLabels.length > 1)
        throw keyError(`${expected}, got ${privateLabels.length} private keys`, 'Pass exactly one key.', input);
    const label = privateLabels[0] ?? labels[0];
    if (label !== 'PRIVATE KEY') {
        const wrong = label === undefined ? undefined : WRONG_LABEL[label];
        throw keyError(`${expected}, got ${wrong?.got ?? `a PEM block labelled '${label}'`}`, wrong?.hint ?? GENERATE_HINT, input);
    }
    let privateKey;
    try {
        privateKey = createPrivateKey({ key: pem, format: 'pem' });
    }
    catch (e) {
        // Node's message names the ASN.1 problem, never the bytes; the code is enough.
        const code = e.code ?? 'unparseable';
        throw keyError(`${expected}, got a PRIVATE KEY block that does not parse (${code})`, GENERATE_HINT, input);
    }
    if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw keyError(`${expected}, got ${describeKey(privateKey)}`, `Sigstore bundles here are signed with ECDSA P-256. ${GENERATE_HINT}`, input);
    }
    const publicKey = createPublicKey(privateKey);
    const hint = keyHint(publicKey);
    if (opts.publicKey !== undefined) {
        const want = loadPublicKey(opts.publicKey, 'public-key');
        const wantHint = keyHint(want);
        if (wantHint !== hint) {
            throw keyError(`expected the private key of the public key with SHA-256 fingerprint ${wantHint}, got the private key of ${hint}`, 'Pass the key pair that belongs together; verifiers of the other public key would reject every signature.', input);
        }
    }
    return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint };
}
/** Read an SPKI PEM public key (`-----BEGIN PUBLIC KEY-----`), P-256 as we sign with. */
function loadPublicKey(pem, input) {
    const expected = 'expected a PEM P-256 public key (-----BEGIN PUBLIC KEY-----)';
    const labels = pemLabels(pem);
    if (labels.length !== 1 || labels[0] !== 'PUBLIC KEY') {
        const got = labels.length === 0
            ? 'text with no PEM block'
            : labels.length > 1
                ? `${labels.length} PEM blocks`
                : labels[0]?.includes('PRIVATE KEY') === true
                    ? 'a private key (keep it secret: verifiers need only the public key)'
                    : `a PEM block labelled '${labels[0]}'`;
        throw keyError(`${expected}, got ${got}`, 'Export it with `openssl pkey -in signing-key.pem -pubout -out signing-key.pub`.', input);
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch (e) {
        throw keyError(`${expected}, got a PUBLIC KEY block that does not parse (${e.code ?? 'unparseable'})`, 'Export it again with `openssl pkey -pubout`.', input);
    }
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
        throw keyError(`${expected}, got ${describeKey(key)}`, 'Signatures here are ECDSA P-256; use the public half of the signing key.', input);
    }
    return key;
}
/** A fresh P-256 key pair as PEM, for local runs that sign with a throwaway key. */
function generateSigningKeyPair() {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
}

;// CONCATENATED MODULE: ./shared/src/attest/verify.ts
/**
 * Verifying sigstore bundles with @sigstore/verify, then checking what they
 * say: the signer (a public key, or a Fulcio certificate's identity and
 * issuer against a trusted root), the statement's predicate type, and that it
 * names the image's digest. Each refusal says what was expected and what was
 * found, as a PipelineError SIGNATURE.
 */









/** A verifier for one policy; the trust material is built once. Policy problems throw INPUT here. */
function createVerifier(policy) {
    if (policy.kind === 'key') {
        const key = loadPublicKey(policy.publicKeyPem, policy.source ?? 'public-key');
        const hint = keyHint(key);
        const verifier = new verify_dist/* Verifier */.BL(keyTrustMaterial(key), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
        return {
            verify(raw, expect, what) {
                const bundle = asBundle(raw, what);
                if ((0,dist/* isBundleWithCertificateChain */.Rc)(bundle) || bundle.verificationMaterial.content.$case === 'certificate') {
                    throw refusal(what, `expected a signature by the public key ${hint}, got a keyless (certificate) signature`);
                }
                runVerifier(verifier, bundle, what, `a signature by the public key ${hint}`);
                return { statement: checkStatement(bundle, expect, what), signer: { kind: 'key', keyHint: hint } };
            },
        };
    }
    const source = policy.source ?? 'signatures';
    const identity = matcher(policy.identity, `${source} identity`);
    const issuer = matcher(policy.issuer, `${source} issuer`);
    const verifier = new verify_dist/* Verifier */.BL(loadTrustMaterial(policy.trustedRoot, source));
    return {
        verify(raw, expect, what) {
            const bundle = asBundle(raw, what);
            if (bundle.verificationMaterial.content.$case === 'publicKey') {
                throw refusal(what, `expected a keyless signature by ${identity.describe} (issuer ${issuer.describe}), got a signature by a public key`);
            }
            const signer = runVerifier(verifier, bundle, what, 'a certificate from the trusted root');
            const san = signer.identity?.subjectAlternativeName ?? '';
            const iss = signer.identity?.extensions?.issuer ?? '';
            if (!issuer.test(iss))
                throw refusal(what, `expected the certificate issuer ${issuer.describe}, got '${(0,src_preview/* preview */.VH)(iss, { max: 200, redact: false })}'`);
            if (!identity.test(san))
                throw refusal(what, `expected the certificate identity ${identity.describe}, got '${(0,src_preview/* preview */.VH)(san, { max: 200, redact: false })}'`);
            return { statement: checkStatement(bundle, expect, what), signer: { kind: 'keyless', identity: san, issuer: iss } };
        },
    };
}
/** Build trust material from a TrustedRoot JSON value; INPUT errors name `source`. */
function loadTrustMaterial(root, source) {
    if (typeof root !== 'object' || root === null || Array.isArray(root)) {
        throw new errors/* PipelineError */.zC('INPUT', `expected a sigstore trusted root (a JSON object), got ${root === null ? 'null' : typeof root}`, { input: source });
    }
    try {
        return (0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(root));
    }
    catch (e) {
        throw new errors/* PipelineError */.zC('INPUT', `expected a sigstore trusted root, got one that does not load: ${(0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 120 })}`, {
            input: source,
            hint: 'Use the trusted_root.json of your sigstore instance (`cosign trusted-root create`, or the TUF repository of the public instance).',
        });
    }
}
function keyTrustMaterial(key) {
    return {
        certificateAuthorities: [],
        timestampAuthorities: [],
        tlogs: [],
        ctlogs: [],
        // Like cosign --key: the configured key, whatever hint the bundle names (a hint is not authenticated).
        publicKey: () => ({ publicKey: key, validFor: () => true }),
    };
}
function asBundle(raw, what) {
    return typeof raw === 'string' || raw instanceof Uint8Array ? parseBundle(raw, { what }) : raw;
}
function runVerifier(verifier, bundle, what, expected) {
    try {
        return verifier.verify((0,verify_dist/* toSignedEntity */.DC)(bundle));
    }
    catch (e) {
        const code = e.code;
        const message = (0,src_preview/* preview */.VH)(e instanceof Error ? e.message : String(e), { max: 160, redact: false });
        const got = {
            SIGNATURE_ERROR: 'a signature that does not verify (the payload or the signature was changed, or another key signed it)',
            PUBLIC_KEY_ERROR: 'a signature by a key that is not trusted',
            CERTIFICATE_ERROR: `a certificate that does not chain to the trusted root (${message})`,
            TLOG_ERROR: `no valid transparency log entry (${message})`,
            TLOG_INCLUSION_PROOF_ERROR: `a transparency log inclusion proof that does not verify (${message})`,
            TLOG_INCLUSION_PROMISE_ERROR: `a transparency log promise that does not verify (${message})`,
            TLOG_MISSING_INCLUSION_ERROR: 'a transparency log entry without an inclusion proof or promise',
            TLOG_BODY_ERROR: 'a transparency log entry for other content than the bundle (the payload was changed)',
            TIMESTAMP_ERROR: `no trusted time for the certificate (${message})`,
        };
        throw refusal(what, `expected ${expected}, got ${typeof code === 'string' && got[code] !== undefined ? got[code] : message}`, e);
    }
}
function checkStatement(bundle, expect, what) {
    let s;
    try {
        s = statementOf(bundle, what);
    }
    catch (e) {
        throw refusal(what, e instanceof errors/* PipelineError */.zC ? e.reason : String(e), e);
    }
    if (expect.predicateType !== undefined && s.predicateType !== expect.predicateType) {
        throw refusal(what, `expected predicate type ${expect.predicateType}, got ${(0,src_preview/* preview */.VH)(s.predicateType, { max: 120, redact: false })}`);
    }
    if (expect.subjectDigest !== undefined && !subjectMatches(s, expect.subjectDigest)) {
        const got = subjectDigests(s)
            .slice(0, 5)
            .map((d) => (0,src_preview/* preview */.VH)(d, { max: 80, redact: false }));
        throw refusal(what, `expected a subject with digest ${expect.subjectDigest}, got ${got.join(', ')}`, undefined, 'The attestation belongs to another image.');
    }
    return s;
}
function refusal(what, reason, cause, hint) {
    return new errors/* PipelineError */.zC('SIGNATURE', `${what}: ${reason}`, { ...(cause === undefined ? {} : { cause }), ...(hint === undefined ? {} : { hint }) });
}
function matcher(m, input) {
    if ('exact' in m) {
        if (m.exact === '')
            throw new errors/* PipelineError */.zC('INPUT', 'expected a non-empty value, got an empty string', { input });
        return { describe: `'${m.exact}'`, test: (v) => v === m.exact };
    }
    const r = (0,regex/* compileRegex */.D)(m.regex);
    if (!r.ok)
        throw new errors/* PipelineError */.zC('INPUT', `expected a regular expression (Go/RE2 syntax), got '${(0,src_preview/* preview */.VH)(m.regex, { max: 120, redact: false })}': ${r.error}`, {
            input,
        });
    const re = r.value;
    return { describe: `matching /${m.regex}/`, test: (v) => re.test(v) };
}

;// CONCATENATED MODULE: ./shared/src/layers/image-path.ts
/**
 * Paths inside an image root, as pure functions. Every path in the file-system
 * index is absolute and normalised (`/`, `/etc/passwd`): no `.`, no `..`, no
 * doubled or trailing slashes. A path that would climb above the root is not
 * clamped silently; it is reported, because a naive extractor would write it
 * outside the target folder.
 */
/** Split a path into components, applying `.` and `..`; `undefined` when `..` climbs above the root. */
function splitPath(path, base = []) {
    const out = path.startsWith('/') ? [] : [...base];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
            continue;
        }
        out.push(part);
    }
    return out;
}
/**
 * Components of a link target, `.`/`..` applied from `base` (the folder
 * holding the link), clamped at the root: the one rule for following links
 * in an image. Inside a container the root is `/`, so an absolute target is
 * taken inside the image root and a `..` at `/` stays at `/` (the kernel's
 * chroot rule, and securejoin's / containerd's `fs.RootPath` when layers are
 * extracted). Nothing is ever followed out of the root.
 */
function clampedParts(target, base = []) {
    const out = target.startsWith('/') ? [] : [...base];
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return out;
}
const joinPath = (parts) => `/${parts.join('/')}`;
/** Names as builders write them: relative, an optional `./` first, one `/` between components, maybe one at the end. */
const PLAIN_NAME = /^(?:\.\/)?((?:[^/]+\/)*[^/]+)\/?$/;
/** A `.` or `..` component. */
const DOT_PART = /(?:^|\/)\.\.?(?:\/|$)/;
/** A tar member name (`./etc/x`, `etc/x/`, `/etc/x`) as an image path; `undefined` when it escapes the root. */
function memberPath(name) {
    // Most names need no splitting: called for every member of every layer, so they are taken as they are when plain.
    const plain = PLAIN_NAME.exec(name)?.[1];
    if (plain !== undefined && !DOT_PART.test(plain))
        return `/${plain}`;
    const parts = splitPath(name.replace(/^\/+/, ''));
    return parts === undefined ? undefined : joinPath(parts);
}
const parentOf = (p) => {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
};
const baseName = (p) => p.slice(p.lastIndexOf('/') + 1);
/**
 * Where a link target points, lexically, from the folder that holds the link.
 * Absolute targets are taken inside the image root (never the host's).
 * `undefined` when a relative target climbs above the root.
 */
function linkTarget(linkPath, target) {
    const parts = splitPath(target, splitPath(parentOf(linkPath)) ?? []);
    return parts === undefined ? undefined : joinPath(parts);
}

;// CONCATENATED MODULE: ./shared/src/compliance/rules/filesystem.ts


const fileSubject = (n) => ({ kind: 'file', path: n.path, layer: n.layer });
const octal = (mode) => mode.toString(8).padStart(4, '0');
/** Setuid/setgid programs a normal Debian, Alpine or RHEL base ships; allowed unless the policy says otherwise. */
const filesystem_DEFAULT_SETUID_ALLOWLIST = [
    // shadow-utils / util-linux as shipped by Debian, Ubuntu, RHEL and Alpine bases
    ...['passwd', 'chsh', 'chfn', 'gpasswd', 'newgrp', 'su', 'mount', 'umount', 'chage', 'expiry', 'wall', 'write'].flatMap((b) => [
        `/bin/${b}`,
        `/usr/bin/${b}`,
    ]),
    '/sbin/unix_chkpwd',
    '/usr/sbin/unix_chkpwd',
    '/usr/sbin/pam_extrausers_chkpwd',
    '/usr/lib/openssh/ssh-keysign',
    '/usr/libexec/openssh/ssh-keysign',
];
const setuidFiles = {
    id: 'CIS-4.8',
    pack: 'cis-docker',
    cis: '4.8',
    title: 'No setuid or setgid files',
    severity: 'warning',
    why: 'A setuid/setgid binary lets any user in the container gain its owner\u2019s privileges if it has a flaw.',
    fix: 'Remove the bit in the Dockerfile (`RUN chmod a-s <file>` or `find / -perm /6000 -type f -exec chmod a-s {} +`), or allowlist the file under compliance.settings.setuidAllowlist.',
    check(view, settings) {
        const hits = [];
        for (const n of view.fs.walk()) {
            if ((n.type !== 'file' && n.type !== 'hardlink') || (n.mode & 0o6000) === 0 || settings.setuidAllowlist.has(n.path))
                continue;
            const bits = [(n.mode & 0o4000) !== 0 ? 'setuid' : '', (n.mode & 0o2000) !== 0 ? 'setgid' : ''].filter(Boolean).join('+');
            hits.push({ subject: fileSubject(n), expected: 'no setuid/setgid bit', got: `${bits} (mode ${octal(n.mode)}, owner ${n.uid}:${n.gid})` });
        }
        return hits;
    },
};
const worldWritableDirs = {
    id: 'IMG-WORLD-WRITABLE',
    pack: 'cis-docker',
    title: 'World-writable directories have the sticky bit',
    severity: 'warning',
    why: 'In a world-writable directory without the sticky bit any user can delete or replace other users\u2019 files.',
    fix: 'Set the sticky bit (`chmod +t <dir>`, as /tmp has) or remove write access for others (`chmod o-w <dir>`).',
    check(view) {
        const hits = [];
        for (const n of view.fs.walk()) {
            if (n.type === 'dir' && (n.mode & 0o002) !== 0 && (n.mode & 0o1000) === 0) {
                hits.push({ subject: fileSubject(n), expected: 'mode with the sticky bit (e.g. 1777) or without o+w', got: `mode ${octal(n.mode)}` });
            }
        }
        return hits;
    },
};
const SUDO_PATHS = ['/usr/bin/sudo', '/bin/sudo', '/usr/sbin/sudo', '/usr/local/bin/sudo'];
const sudoInstalled = {
    id: 'IMG-SUDO',
    pack: 'cis-docker',
    title: 'sudo is not installed',
    severity: 'warning',
    why: 'sudo in a container is a ready-made privilege escalation path and is never needed to run a service.',
    fix: 'Do not install sudo; run the steps that need root before the USER instruction.',
    check(view) {
        return SUDO_PATHS.flatMap((p) => {
            const n = view.fs.get(p);
            return n !== undefined && n.type !== 'dir' ? [{ subject: fileSubject(n), expected: 'no sudo', got: `${p} is present` }] : [];
        });
    },
};
/** Package-manager caches: folder -> files inside that do not count (locks, empty subfolders). */
const CACHES = [
    { dir: '/var/lib/apt/lists', manager: 'apt', fix: 'rm -rf /var/lib/apt/lists/*', keep: /^(?:lock|partial|auxfiles)$/ },
    { dir: '/var/cache/apt/archives', manager: 'apt', fix: 'apt-get clean', keep: /^(?:lock|partial)$/ },
    { dir: '/var/cache/apk', manager: 'apk', fix: 'apk add --no-cache' },
    { dir: '/var/cache/yum', manager: 'yum', fix: 'yum clean all' },
    { dir: '/var/cache/dnf', manager: 'dnf', fix: 'dnf clean all' },
    { dir: '/root/.cache/pip', manager: 'pip', fix: 'pip install --no-cache-dir' },
    { dir: '/root/.npm/_cacache', manager: 'npm', fix: 'npm cache clean --force' },
    { dir: '/usr/local/share/.cache/yarn', manager: 'yarn', fix: 'yarn cache clean' },
    { dir: '/root/.cache/go-build', manager: 'go', fix: 'go clean -cache' },
];
const packageCaches = {
    id: 'IMG-PKG-CACHE',
    pack: 'cis-docker',
    title: 'No package-manager caches left behind',
    severity: 'note',
    why: 'Package indexes and downloaded packages make the image bigger and carry stale metadata into it.',
    fix: 'Clean the cache in the same RUN that fills it (apt: `rm -rf /var/lib/apt/lists/*`, apk: `--no-cache`, pip: `--no-cache-dir`).',
    check(view) {
        const hits = [];
        for (const c of CACHES) {
            const dir = view.fs.get(c.dir);
            if (dir?.type !== 'dir')
                continue;
            let files = 0;
            let bytes = 0;
            for (const n of view.fs.walk(dir)) {
                if (n.type === 'dir')
                    continue;
                if (c.keep !== undefined && c.keep.test(baseName(n.path)) && n.path.split('/').length === c.dir.split('/').length + 1)
                    continue;
                files++;
                bytes += n.size;
            }
            if (files > 0)
                hits.push({
                    subject: { kind: 'file', path: c.dir, layer: dir.layer },
                    expected: `an empty ${c.manager} cache (${c.fix})`,
                    got: `${files} file${files === 1 ? '' : 's'}, ${(0,src_bytes/* formatBytes */.z)(bytes)}`,
                });
        }
        return hits;
    },
};
const UNWANTED_DIRS = new Set(['.git', '.svn', '.hg', '.aws', '.terraform', '.kube', '.gnupg']);
const UNWANTED_FILES = /^(?:\.env|\.env\.(?!example$|sample$|template$).+|\.DS_Store|Thumbs\.db|\.bash_history|\.zsh_history|\.python_history|\.mysql_history|\.psql_history|\.viminfo|terraform\.tfstate(?:\.backup)?|.*\.sw[op]|\.git-credentials|\.netrc)$/;
const unwantedFiles = {
    id: 'IMG-UNWANTED-FILE',
    pack: 'cis-docker',
    title: 'No files that should not ship',
    severity: 'warning',
    why: 'VCS folders, cloud credentials, .env files and shell histories leak source, secrets and infrastructure details.',
    fix: 'List them in .dockerignore, or COPY only what the image needs.',
    check(view) {
        const hits = [];
        // One finding per unwanted folder, not per file inside it; /proc and /sys are not looked into.
        const descend = (n) => !UNWANTED_DIRS.has(baseName(n.path)) && !n.path.startsWith('/proc') && !n.path.startsWith('/sys');
        for (const n of view.fs.walk(view.fs.root, descend)) {
            const name = baseName(n.path);
            if (n.type === 'dir' && UNWANTED_DIRS.has(name))
                hits.push({ subject: fileSubject(n), expected: `no ${name} folder`, got: `${n.path}/ is in the image` });
            else if (n.type !== 'dir' && UNWANTED_FILES.test(name))
                hits.push({ subject: fileSubject(n), expected: `no ${name}`, got: `${n.path} is in the image` });
        }
        return hits.sort((a, b) => a.subject.path.localeCompare(b.subject.path));
    },
};
const linkEscapes = {
    id: 'IMG-LINK-ESCAPE',
    pack: 'cis-docker',
    title: 'No paths or links that escape the image root',
    severity: 'error',
    why: 'A member name or link that climbs out of the root writes or reads host files when the image is extracted naively.',
    fix: 'Rebuild the layer with a normal builder; do not craft tar members with `..` or links pointing above /.',
    check(view) {
        return view.fs.anomalies.map((a) => ({
            subject: { kind: 'file', path: a.kind === 'path-escape' ? a.path : a.path, layer: a.layer },
            expected: 'a path inside the image root',
            got: a.kind === 'path-escape'
                ? `tar member '${a.path}' in layer ${a.layer + 1} climbs out of the root`
                : a.kind === 'symlink-escape'
                    ? `symlink ${a.path} -> ${a.target ?? ''} (layer ${a.layer + 1}) climbs above the root (the container clamps it at /; a naive extractor follows it out)`
                    : `hard link ${a.path} -> ${a.target ?? ''} (layer ${a.layer + 1}) points out of the root; not followed`,
        }));
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/account-files.ts
/** /etc/passwd, /etc/group and /etc/shadow, parsed (pure). Lines keep their 1-based number. */
function records(text) {
    return text
        .split('\n')
        .map((l, i) => ({ fields: l.replace(/\r$/, '').split(':'), line: i + 1, raw: l.trim() }))
        .filter((r) => r.raw !== '' && !r.raw.startsWith('#') && !r.raw.startsWith('+') && !r.raw.startsWith('-'));
}
const account_files_int = (s) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);
const parsePasswd = (text) => records(text)
    .map((r) => ({ name: r.fields[0] ?? '', uid: account_files_int(r.fields[2]), gid: account_files_int(r.fields[3]), line: r.line }))
    .filter((e) => e.name !== '' && !Number.isNaN(e.uid));
const parseGroup = (text) => records(text)
    .map((r) => ({ name: r.fields[0] ?? '', gid: account_files_int(r.fields[2]), line: r.line }))
    .filter((e) => e.name !== '' && !Number.isNaN(e.gid));
const parseShadow = (text) => records(text)
    .filter((r) => r.fields.length >= 2)
    .map((r) => ({ name: r.fields[0] ?? '', hash: r.fields[1] ?? '', line: r.line }));
/** `USER` as the config holds it: `name`, `uid`, `name:group`, `uid:gid`. */
function parseUserSpec(spec) {
    const [user, group] = spec.split(':', 2);
    return group === undefined ? { user } : { user, group };
}

;// CONCATENATED MODULE: ./shared/src/layers/resolve.ts

const MAX_LINKS = 40; // Linux's MAXSYMLINKS
/** Resolve `path`, following symlinks in every component and, when `followLast`, in the last one too. */
function resolvePath(index, path, followLast = true) {
    let pending = splitPath(path) ?? [];
    let done = [];
    let node = index.root;
    let hops = 0;
    while (pending.length > 0) {
        const [name, ...rest] = pending;
        const child = node.children?.get(name);
        const here = [...done, name];
        if (child === undefined)
            return { kind: 'missing', path: joinPath([...here, ...rest]) };
        if (child.type === 'symlink' && (rest.length > 0 || followLast)) {
            if (++hops > MAX_LINKS)
                return { kind: 'loop', link: joinPath(here) };
            // Restart from the root with the target in place of the link.
            pending = [...clampedParts(child.linkname ?? '', done), ...rest];
            done = [];
            node = index.root;
            continue;
        }
        if (rest.length > 0 && child.type !== 'dir')
            return { kind: 'missing', path: joinPath([...here, ...rest]) };
        done = here;
        node = child;
        pending = rest;
    }
    return { kind: 'found', path: joinPath(done), node };
}
/** The node that holds a file's bytes: a hard link's target, else the node itself. */
function dataNode(index, node) {
    if (node.type !== 'hardlink')
        return node;
    const target = index.get(node.linkname ?? '');
    return target?.type === 'file' ? target : undefined;
}

;// CONCATENATED MODULE: ./shared/src/compliance/image-view.ts

function historySteps(config, layerCount) {
    const entries = config.history ?? [];
    const nonEmpty = entries.filter((h) => h.empty_layer !== true).length;
    const aligned = nonEmpty === layerCount;
    let layer = 0;
    return entries.map((h, index) => {
        const step = { index, createdBy: h.created_by ?? '', emptyLayer: h.empty_layer === true };
        if (h.empty_layer !== true) {
            if (aligned)
                step.layer = layer;
            layer++;
        }
        return step;
    });
}
function makeImageView(name, image, fs, rootAnnotations = {}) {
    return {
        name,
        descriptor: image.descriptor,
        manifest: image.manifest,
        config: image.config,
        container: image.config.config ?? {},
        history: historySteps(image.config, image.manifest.layers.length),
        annotations: { ...rootAnnotations, ...(image.manifest.annotations ?? {}) },
        fs,
    };
}
/** The captured bytes of a file, links followed inside the root; undefined when absent or not captured. */
function capturedFile(view, path) {
    const r = resolvePath(view.fs, path);
    if (r.kind !== 'found')
        return undefined;
    const holder = dataNode(view.fs, r.node);
    return holder?.content;
}
/** The image's uncompressed size, summed over its layers as they were read. */
const imageSize = (view) => view.fs.layerBytes.reduce((a, b) => a + b, 0);

;// CONCATENATED MODULE: ./shared/src/compliance/rules/accounts.ts
/** Rules over /etc/passwd, /etc/group and /etc/shadow. */


const layerOf = (view, path) => view.fs.get(path)?.layer;
const accounts_fileSubject = (view, path) => {
    const layer = layerOf(view, path);
    return layer === undefined ? { kind: 'file', path } : { kind: 'file', path, layer };
};
const emptyPasswords = {
    id: 'IMG-EMPTY-PASSWORD',
    pack: 'cis-docker',
    title: 'No accounts with an empty password',
    severity: 'error',
    why: 'An account with an empty password in /etc/shadow lets anyone log in or `su` to it without a password.',
    fix: 'Lock the account (`passwd -l <user>` or put `!` / `*` in the password field of /etc/shadow).',
    wants: (p) => p === '/etc/shadow',
    files: ['/etc/shadow'],
    check(view) {
        const text = capturedFile(view, '/etc/shadow')?.toString('utf8');
        if (text === undefined)
            return [];
        return parseShadow(text)
            .filter((e) => e.hash === '')
            .map((e) => ({
            subject: accounts_fileSubject(view, '/etc/shadow'),
            expected: 'a password hash or a lock (! or *)',
            got: `user '${e.name}' has an empty password (line ${e.line})`,
        }));
    },
};
const duplicateIds = {
    id: 'IMG-DUPLICATE-ID',
    pack: 'cis-docker',
    title: 'No duplicate UIDs or GIDs',
    severity: 'warning',
    why: 'Two accounts sharing an id share every file and permission, which hides who owns what.',
    fix: 'Give each user and group its own id in /etc/passwd and /etc/group.',
    wants: (p) => p === '/etc/passwd' || p === '/etc/group',
    files: ['/etc/passwd', '/etc/group'],
    check(view) {
        const hits = [];
        const dupes = (entries, id, file, what) => {
            const byId = new Map();
            for (const e of entries)
                byId.set(id(e), [...(byId.get(id(e)) ?? []), e]);
            for (const [value, list] of byId) {
                if (list.length < 2)
                    continue;
                hits.push({
                    subject: accounts_fileSubject(view, file),
                    expected: `each ${what} used once`,
                    got: `${what} ${value} is shared by ${list.map((e) => `'${e.name}' (line ${e.line})`).join(', ')}`,
                });
            }
        };
        const passwd = capturedFile(view, '/etc/passwd')?.toString('utf8');
        if (passwd !== undefined)
            dupes(parsePasswd(passwd), (e) => e.uid, '/etc/passwd', 'UID');
        const group = capturedFile(view, '/etc/group')?.toString('utf8');
        if (group !== undefined)
            dupes(parseGroup(group), (e) => e.gid, '/etc/group', 'GID');
        return hits;
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/config.ts


const SENSITIVE = new Set([
    '/',
    '/proc',
    '/sys',
    '/dev',
    '/etc',
    '/boot',
    '/lib',
    '/usr',
    '/bin',
    '/sbin',
    '/root',
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/var/lib/docker',
    '/run',
    '/var/run',
]);
const sensitiveVolumes = {
    id: 'IMG-SENSITIVE-VOLUME',
    pack: 'cis-docker',
    title: 'No VOLUME over system paths',
    severity: 'error',
    why: 'A VOLUME on /, /proc, /sys, /dev, /etc or the Docker socket invites mounting host system paths into the container.',
    fix: 'Declare volumes only for the data folders the application writes (e.g. /var/lib/app).',
    check(view) {
        return Object.keys(view.container.Volumes ?? {})
            .filter((v) => SENSITIVE.has(v.replace(/\/+$/, '') || '/'))
            .map((v) => ({ subject: { kind: 'config', field: 'Volumes', key: v }, expected: 'volumes only for application data', got: `VOLUME ${v}` }));
    },
};
const sizeBudget = {
    id: 'IMG-SIZE',
    pack: 'cis-docker',
    title: 'Image within its size budget',
    severity: 'warning',
    why: 'Large images are slow to pull and start, and usually carry tools and files an attacker can use.',
    fix: 'Use a smaller base, multi-stage builds, and clean caches in the RUN that creates them; or raise compliance.settings.maxImageSize.',
    check(view, settings) {
        const size = imageSize(view);
        return size > settings.maxImageBytes
            ? [{ subject: { kind: 'manifest', field: 'size' }, expected: `at most ${(0,src_bytes/* formatBytes */.z)(settings.maxImageBytes)} uncompressed`, got: (0,src_bytes/* formatBytes */.z)(size) }]
            : [];
    },
};
const layerBudget = {
    id: 'IMG-LAYERS',
    pack: 'cis-docker',
    title: 'Image within its layer budget',
    severity: 'warning',
    why: 'Every layer costs a download and a mount; many layers usually mean RUN steps that could be merged.',
    fix: 'Merge RUN steps, use multi-stage builds, or raise compliance.settings.maxLayers.',
    check(view, settings) {
        const n = view.manifest.layers.length;
        return n > settings.maxLayers
            ? [{ subject: { kind: 'manifest', field: 'layers' }, expected: `at most ${settings.maxLayers} layers`, got: `${n} layers` }]
            : [];
    },
};
const baseNotPinned = {
    id: 'IMG-BASE-UNPINNED',
    pack: 'cis-docker',
    title: 'Base image pinned by digest',
    severity: 'warning',
    why: 'A base image named by tag can change under the same name, so rebuilds are not reproducible or reviewable.',
    fix: 'Write `FROM name:tag@sha256:<digest>` (a bot such as Renovate or Dependabot keeps the digest current).',
    check(view) {
        const name = (view.annotations['org.opencontainers.image.base.name'] ?? '').trim();
        const digest = (view.annotations['org.opencontainers.image.base.digest'] ?? '').trim();
        // The digest annotation records what the tag resolved to this time; pinned means the name itself carries it.
        if (name === '' || name === 'scratch' || name.includes('@sha256:'))
            return [];
        const resolved = /^sha256:[a-f0-9]{64}$/.test(digest) ? ` (it resolved to ${digest.slice(0, 19)}\u2026 this time)` : '';
        return [
            {
                subject: { kind: 'manifest', field: 'annotations.org.opencontainers.image.base.name' },
                expected: 'FROM <image>@sha256:<digest>',
                got: `FROM ${name}${resolved}`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/healthcheck.ts
const healthcheck = {
    id: 'CIS-4.6',
    pack: 'cis-docker',
    cis: '4.6',
    title: 'Image has a HEALTHCHECK',
    severity: 'warning',
    why: 'Without a health check the runtime cannot tell a hung container from a working one.',
    fix: 'Add `HEALTHCHECK CMD <command that fails when the service is unhealthy>` (build with --format docker: the OCI config format drops it).',
    check(view) {
        const test = view.container.Healthcheck?.Test;
        const subject = { kind: 'config', field: 'Healthcheck' };
        const expected = 'a HEALTHCHECK with a command';
        if (test === undefined || test.length === 0) {
            const declared = [...view.history].reverse().find((h) => /(^|\s)HEALTHCHECK\s/i.test(h.createdBy));
            if (declared === undefined)
                return [{ subject, expected, got: 'no HEALTHCHECK' }];
            if (/HEALTHCHECK\s+NONE\b/i.test(declared.createdBy))
                return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
            // Declared in the Dockerfile but gone from the config: the OCI config format has no health check field.
            return [
                {
                    subject,
                    expected,
                    got: 'no HEALTHCHECK in the config, though the Dockerfile declares one (the OCI image format drops it; build with --format docker)',
                },
            ];
        }
        if (test[0] === 'NONE')
            return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
        return [];
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/history-step.ts
/**
 * A history `created_by` as the Dockerfile instruction it came from (pure).
 * Builders write it differently:
 *   buildah/docker classic   `/bin/sh -c #(nop) USER app`, `/bin/sh -c apt-get update`
 *   with build args          `|2 A=1 B=2 /bin/sh -c make`
 *   BuildKit                 `RUN /bin/sh -c make # buildkit`, `USER app`
 */
const KEYWORDS = new Set([
    'ADD',
    'ARG',
    'CMD',
    'COPY',
    'ENTRYPOINT',
    'ENV',
    'EXPOSE',
    'HEALTHCHECK',
    'LABEL',
    'MAINTAINER',
    'ONBUILD',
    'RUN',
    'SHELL',
    'STOPSIGNAL',
    'USER',
    'VOLUME',
    'WORKDIR',
]);
function instructionOf(createdBy) {
    let s = createdBy.trim().replace(/\s+#\s*buildkit$/, '');
    s = s.replace(/^\|\d+(?:\s+\S+=(?:"[^"]*"|'[^']*'|\S*))*\s+/, '');
    const buildkitRun = /^RUN\s+(?:\|\d+(?:\s+\S+=\S*)*\s+)?(?:\/bin\/sh -c\s+)?/.exec(s);
    if (buildkitRun !== null)
        return { keyword: 'RUN', args: collapse(s.slice(buildkitRun[0].length)) };
    s = s.replace(/^\/bin\/(?:ba)?sh -c\s+/, '');
    const nop = /^#\(nop\)\s+/.exec(s);
    if (nop !== null)
        s = s.slice(nop[0].length);
    const word = /^([A-Za-z]+)\b\s*/.exec(s);
    if (word !== null && KEYWORDS.has(word[1].toUpperCase()) && (nop !== null || word[1] === word[1].toUpperCase())) {
        return { keyword: word[1].toUpperCase(), args: collapse(s.slice(word[0].length)) };
    }
    return { keyword: 'RUN', args: collapse(s) };
}
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

;// CONCATENATED MODULE: ./shared/src/compliance/rules/history.ts

const UPDATE = /\b(?:apt-get|apt)\s+(?:-\S+\s+)*update\b/;
const INSTALL = /\b(?:apt-get|apt)\s+(?:-\S+\s+)*(?:install|upgrade|dist-upgrade)\b/;
const updateAlone = {
    id: 'CIS-4.7',
    pack: 'cis-docker',
    cis: '4.7',
    title: 'Package index update not alone in a layer',
    severity: 'warning',
    why: 'A cached `apt-get update` layer makes later installs use a stale index and miss security updates.',
    fix: 'Run `apt-get update && apt-get install -y ... && rm -rf /var/lib/apt/lists/*` in one RUN instruction.',
    check(view) {
        return view.history.flatMap((h) => {
            const ins = instructionOf(h.createdBy);
            if (ins.keyword !== 'RUN' || !UPDATE.test(ins.args) || INSTALL.test(ins.args))
                return [];
            return [
                {
                    subject: { kind: 'history', index: h.index, createdBy: h.createdBy },
                    expected: 'apt-get update followed by apt-get install in the same RUN',
                    got: `RUN ${ins.args.slice(0, 120)}`,
                },
            ];
        });
    },
};
const addRemote = {
    id: 'CIS-4.9',
    pack: 'cis-docker',
    cis: '4.9',
    title: 'No ADD of remote URLs',
    severity: 'warning',
    why: 'ADD fetches a URL at build time with no checksum, so the image changes when the remote file does.',
    fix: 'Download with RUN curl/wget and verify a checksum, or use `ADD --checksum=sha256:...`, or COPY a vendored file.',
    check(view) {
        return view.history.flatMap((h) => {
            const ins = instructionOf(h.createdBy);
            if (ins.keyword !== 'ADD' || !/(?:^|\s)(?:https?|ftp):\/\//i.test(ins.args) || /--checksum=/.test(ins.args))
                return [];
            return [
                {
                    subject: { kind: 'history', index: h.index, createdBy: h.createdBy },
                    expected: 'COPY of local files, or a download verified by checksum',
                    got: `ADD ${ins.args.slice(0, 120)}`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/secret-patterns.ts
/**
 * Recognising secrets in text (pure), the way the scanners people trust do it
 * (gitleaks, trufflehog, trivy): a match needs evidence, not a suggestive name.
 *
 * - Specific token formats: provider prefixes and lengths (AKIA..., ghp_...,
 *   glpat-..., xoxb-..., npm_..., sk_live_...), a private key's armour with a
 *   base64 body and its END line, a TSIG/rndc `secret "..."`, credentials inside
 *   a URL, a docker `auth` that decodes to user:password.
 * - `key = value` pairs whose key names a credential, judged by the value's
 *   shape: references (`$VAR`, `${VAR}`, `{{ x }}`, `%(x)s`), paths and file
 *   references (`$dir/private/cakey.pem`), URLs without credentials, switches
 *   and enum words (`passwd: files`), numbers and well-known placeholders are
 *   never secrets. Where values are literal credentials by purpose (ENV, build
 *   arguments, .env and other credential files) any other value counts; in
 *   ordinary config files the value must also look generated: at least 8
 *   characters, two character classes and a Shannon entropy of 3 bits per
 *   character or more (gitleaks' generic rule uses 3.5 over 10+ characters;
 *   3.0 over 8+ keeps human-made passwords such as `s3cr3t-value`).
 *
 * Values are never echoed back whole: matches carry a redacted preview.
 */

/** Longest line read; a longer line (minified code, data) is read up to here. */
const MAX_LINE = 16 * 1024;
/** Shannon entropy of the characters of `s`, in bits per character. */
function shannonEntropy(s) {
    if (s.length === 0)
        return 0;
    const counts = new Map();
    for (const c of s)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / s.length;
        h -= p * Math.log2(p);
    }
    return h;
}
const charClasses = (s) => [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(s)).length;
/** AWS's documentation uses ...EXAMPLE ids and keys; gitleaks and trufflehog skip them too. */
const notExample = (s) => !/EXAMPLE/i.test(s);
const TOKEN_RULES = [
    {
        kind: 'AWS access key id',
        keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
        re: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
        accept: (s) => notExample(s) && shannonEntropy(s) >= 3,
    },
    {
        kind: 'AWS secret access key',
        keywords: ['aws'],
        re: /aws_?(?:secret)?_?(?:access)?_?key["']?\s*[=:]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
        accept: (s) => notExample(s) && shannonEntropy(s) >= 4,
    },
    { kind: 'GitHub token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g },
    { kind: 'GitHub token', keywords: ['github_pat_'], re: /\b(github_pat_[A-Za-z0-9_]{40,255})\b/g },
    { kind: 'GitLab token', keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-'], re: /\b(gl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,})/g },
    { kind: 'Slack token', keywords: ['xox'], re: /\b(xox[abposr]-[A-Za-z0-9-]{10,})/g },
    { kind: 'Slack webhook', keywords: ['hooks.slack.com'], re: /(https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9+/]{20,})/g },
    { kind: 'Google API key', keywords: ['aiza'], re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
    { kind: 'npm token', keywords: ['npm_'], re: /\b(npm_[A-Za-z0-9]{36})\b/g },
    { kind: 'PyPI token', keywords: ['pypi-'], re: /\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g },
    { kind: 'Stripe secret key', keywords: ['_live_', '_test_'], re: /\b((?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,})\b/g },
    { kind: 'OpenAI API key', keywords: ['t3blbkfj'], re: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})/g },
    { kind: 'Anthropic API key', keywords: ['sk-ant-'], re: /\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,})/g },
    { kind: 'Hugging Face token', keywords: ['hf_'], re: /\b(hf_[A-Za-z0-9]{34,40})\b/g },
    { kind: 'SendGrid API key', keywords: ['sg.'], re: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b/g },
    { kind: 'age secret key', keywords: ['age-secret-key-1'], re: /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g },
    { kind: 'JSON web token', keywords: ['eyj'], re: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g },
    // BIND's rndc.key and TSIG keys: key "name" { algorithm hmac-sha256; secret "base64"; };
    { kind: 'TSIG/rndc key', keywords: ['secret'], re: /\bsecret\s+"([A-Za-z0-9+/]{16,}={0,2})"\s*;/g, accept: (s) => shannonEntropy(s) >= 3.5 },
];
/** Passwords in a URL: scheme://user:password@host. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/'"<>]{1,64}):([^\s@/'"<>]{1,128})@[A-Za-z0-9[]/g;
/** npm's _auth/_authToken (in .npmrc, often after a //registry/: scope). */
const NPM_AUTH = /(?:^|[\s:])_(auth(?:Token)?)\s*=\s*(\S+)/g;
/** docker config.json: "auth": base64 of user:password. */
const DOCKER_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
/**
 * A private key: its armour, a base64 body and the END line (as trivy's rule
 * asks), so a script or a manual that only names the header is not a key.
 * JSON-escaped newlines (`\n`, as in a GCP service-account file) count as
 * newlines. Found by index, not by one big pattern: a body without its END
 * must not make the search backtrack.
 */
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g;
const MAX_KEY_BODY = 64 * 1024;
function privateKeys(text) {
    const out = [];
    // The next END of each type, found once: a file of many BEGINs must not search the rest of it for each.
    const ends = new Map();
    for (const m of text.matchAll(PRIVATE_KEY_BEGIN)) {
        const type = m[1];
        const from = m.index + m[0].length;
        let end = ends.get(type);
        if (end === undefined || (end >= 0 && end < from))
            ends.set(type, (end = text.indexOf(`-----END ${type}-----`, from)));
        if (end < 0 || end - from > MAX_KEY_BODY)
            continue;
        // Drop escaped newlines and PEM headers (Proc-Type: ..., DEK-Info: ..., PGP's Version: ...).
        const lines = text
            .slice(from, end)
            .replace(/\\[nr]/g, '\n')
            .split(/\s*\n\s*/)
            .filter((l) => l !== '' && !/^[A-Za-z-]+: /.test(l));
        const body = lines.join('');
        if (body.length >= 16 && /^[A-Za-z0-9+/=]+$/.test(body))
            out.push({ index: m.index, type, body });
    }
    return out;
}
/** 1-based line of each index, for indexes in increasing order (one pass over the text). */
function lineCounter(text) {
    let line = 1;
    let at = 0;
    return (index) => {
        for (let i = text.indexOf('\n', at); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
            at = i + 1;
        }
        return line;
    };
}
const cap = (l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l);
/** Token formats anywhere in the text (comments included: a token in a comment is still a token). */
function findTokens(text) {
    const out = [];
    const lineAt = lineCounter(text);
    for (const k of privateKeys(text))
        out.push({ kind: 'private key', line: lineAt(k.index), preview: `-----BEGIN ${k.type}----- ${(0,src_preview/* mask */.dK)(k.body)}` });
    text.split('\n').forEach((raw, i) => {
        const l = cap(raw);
        const lower = l.toLowerCase();
        for (const r of TOKEN_RULES) {
            if (!r.keywords.some((k) => lower.includes(k)))
                continue;
            for (const m of l.matchAll(r.re)) {
                const secret = m[1] ?? m[0];
                if (r.accept === undefined || r.accept(secret))
                    out.push({ kind: r.kind, line: i + 1, preview: (0,src_preview/* mask */.dK)(secret) });
            }
        }
        if (!l.includes('@') && !l.includes('"auth"') && !l.includes('_auth'))
            return;
        for (const m of l.matchAll(URL_CREDENTIALS)) {
            const password = m[2] ?? '';
            if (isLiteral(password, 'credential') && !PLACEHOLDER_WORD.test(password))
                out.push({ kind: 'password in a URL', line: i + 1, preview: `${m[1] ?? ''}:${(0,src_preview/* mask */.dK)(password)}@` });
        }
        for (const m of l.matchAll(NPM_AUTH)) {
            const value = unquote(m[2] ?? '');
            if (value.length >= 8 && isLiteral(value, 'credential'))
                out.push({ kind: `npm _${m[1] ?? 'auth'}`, line: i + 1, preview: `_${m[1] ?? 'auth'}=${(0,src_preview/* mask */.dK)(value)}` });
        }
        for (const m of l.matchAll(DOCKER_AUTH)) {
            const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0 && colon < decoded.length - 1)
                out.push({ kind: 'registry auth', line: i + 1, preview: `auth=${(0,src_preview/* mask */.dK)(m[1] ?? '')}` });
        }
    });
    return dedupe(out);
}
function dedupe(ms) {
    const seen = new Set();
    return ms.filter((m) => {
        const k = `${m.line}\0${m.kind}\0${m.preview}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
// ---------------------------------------------------------------- keys and values
/**
 * Names of settings whose value is a credential: the credential word ends the
 * name (`DB_PASSWORD`, `client_secret`, `apiKey`), so `password_file`,
 * `token_url` or `password_encryption` (a path, a URL, a switch) do not count.
 */
const SECRET_WORD = /(?:^|[_.\-\s])(?:pass(?:word|wd|phrase)?|pwd|secret|secret[_.-]?key|token|api[_.-]?key|apikey|access[_.-]?key|access[_.-]?key[_.-]?secret|private[_.-]?key|client[_.-]?secret|credentials?|auth[_.-]?token)$/i;
/** camelCase names read as snake_case: dbPassword -> db_Password. */
const isSecretName = (key) => SECRET_WORD.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
/** Values people write where the real one goes, and well-known defaults (public, so not secrets). */
const PLACEHOLDER_WORD = /^(?:\*+|x+|X+|\.\.\.+|-+|_+|\?+|#+|changeme|change[_-]?me|change[_-]?it|changethis|replace[_-]?me|replaceme|password|passwd|pass|pwd|secret|token|apikey|api[_-]?key|your[_-].*|my[_-]?(?:password|secret|token)|example.*|sample|dummy|test|testing|todo|tbd|fixme|redacted|hidden|masked|placeholder|none|null|nil|undefined|empty|default|unset|required|optional|n\/a|foo|bar|foobar|foobared|admin|user|username|guest|root|mysql|postgres)$/i;
/** Switch and enum words a secret-named key takes in stock configs (nsswitch `passwd: files`, sshd `PasswordAuthentication no`...). */
const SWITCH_WORD = /^(?:true|false|yes|no|on|off|y|n|enabled?|disabled?|allow|deny|prompt|ask|always|never|auto|files|compat|systemd|db|dns|nis|nisplus|ldap|sss|winbind|extrausers|hesiod|local|remote|internal|external|plain|md5|sha\d*|scram-sha-256|trust|reject|ident|peer|any|all|strict|lax|required|requisite|sufficient|optional|include|substack)$/i;
/** Expanded at run time: `$VAR`, `${VAR}`, `$(cmd)`, `$dir/...` (and crypt hashes `$6$...`, not plaintext), templates, secret-store references. */
const REFERENCE = /^(?:\$.*|%\(?[A-Za-z_][A-Za-z0-9_]*\)?s?|%[A-Za-z_][A-Za-z0-9_]*%|\{\{.*\}\}|\{%.*%\}|<%.*%>|<[^>]*>|@[A-Za-z_][A-Za-z0-9_]*@|ENC\[.*\]|!vault.*|vault:.*|arn:aws:(?:secretsmanager|ssm|kms):.*|(?:file|env|keyring|secret|ssm|sm|op|awssm|gcpsm|azkv):.*)$/i;
/** A path or file reference: absolute, relative, home, or a name ending in a key/cert/config extension (a secret may hold '/', so no more). */
const PATH_LIKE = /^(?:\/|\.\.?\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|pub|gpg|asc|txt|conf|cfg|ini|json|ya?ml|toml|properties|env|secret|token)$/i;
const URL_WITHOUT_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i;
const unquote = (v) => {
    let s = v.trim().replace(/[,;]$/, '').trim();
    if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0])
        s = s.slice(1, -1);
    return s;
};
/**
 * Whether a value set for a secret-named key is a literal secret: not a
 * reference, path, URL without credentials, switch word, number or
 * placeholder; in a config file it must also look generated.
 */
function isLiteral(raw, context) {
    const v = unquote(raw);
    if (v.length < 4 || PLACEHOLDER_WORD.test(v) || SWITCH_WORD.test(v) || REFERENCE.test(v) || PATH_LIKE.test(v) || URL_WITHOUT_CREDENTIALS.test(v))
        return false;
    if (/^[0-9.:_-]+$/.test(v))
        return false;
    // A value that contains a reference is assembled at run time (`pre-${SUFFIX}`): not a literal.
    if (/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=?+][^}]*)?\}|\$\([^)]*\)/.test(v))
        return false;
    if (context === 'credential')
        return true;
    return v.length >= 8 && !/\s/.test(v) && charClasses(v) >= 2 && shannonEntropy(v) >= 3;
}
/** `key = value`, `key: value`, `export KEY=value`, `"key": "value",` at the start of a line. */
const ASSIGNMENT = /^\s*(?:export\s+|set\s+)?["']?([A-Za-z0-9_.-]{1,128})["']?\s*(?:=|:|:=|=>)\s*(.*)$/;
/** <password>value</password> (Maven settings, Tomcat, XML configs). */
const XML_ELEMENT = /<([A-Za-z][A-Za-z0-9_.-]{0,64})>([^<]{1,256})<\/\1>/g;
/** password="value" attributes (Tomcat users, XML configs). */
const XML_ATTRIBUTE = /\s([A-Za-z][A-Za-z0-9_.-]{0,64})="([^"]{1,256})"/g;
const COMMENT = /^\s*(?:#|;|\/\/|--|!|<!--|\*|REM\s)/i;
/** `password=...` style lines (config files, env files). Comment lines are skipped. */
function findAssignments(text, context = 'config') {
    const out = [];
    text.split('\n').forEach((raw, i) => {
        const l = cap(raw);
        if (COMMENT.test(l))
            return;
        const m = ASSIGNMENT.exec(l);
        if (m !== null) {
            const key = m[1];
            // An unquoted value ends at an inline comment.
            const value = m[2].replace(/^([^"'].*?)\s+[#;].*$/, '$1');
            if (isSecretName(key) && isLiteral(value, context))
                out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${(0,src_preview/* mask */.dK)(unquote(value))}` });
            return;
        }
        for (const re of [XML_ELEMENT, XML_ATTRIBUTE]) {
            for (const x of l.matchAll(re)) {
                const key = x[1];
                if (isSecretName(key) && isLiteral(x[2], context))
                    out.push({ kind: `${key} setting`, line: i + 1, preview: `${key}=${(0,src_preview/* mask */.dK)(x[2])}` });
            }
        }
    });
    return out;
}
/** .netrc: `machine host login user password secret` (one line or several). */
function findNetrc(text) {
    const out = [];
    text.split('\n').forEach((l, i) => {
        for (const m of cap(l).matchAll(/\bpassword\s+(\S+)/g))
            if (isLiteral(m[1], 'credential'))
                out.push({ kind: 'netrc password', line: i + 1, preview: `password ${(0,src_preview/* mask */.dK)(m[1])}` });
    });
    return out;
}
/** .pgpass: host:port:database:user:password, one per line. */
function findPgpass(text) {
    const out = [];
    text.split('\n').forEach((l, i) => {
        if (COMMENT.test(l))
            return;
        const fields = l.split(/(?<!\\):/);
        const password = fields.slice(4).join(':');
        if (fields.length >= 5 && isLiteral(password, 'credential'))
            out.push({ kind: 'pgpass password', line: i + 1, preview: `${fields[3] ?? ''}:${(0,src_preview/* mask */.dK)(password)}` });
    });
    return out;
}
/**
 * Is this text (an env value, a build step, a shell history line) carrying a
 * secret? Tokens, `KEY=value` pairs and `--password=value` flags count; values
 * that are references (`$VAR`) are not literals and do not.
 */
function secretsInText(text) {
    const found = findTokens(text);
    text.split('\n').forEach((raw, i) => {
        // `KEY=value`, or a flag and its value (`--password=hunter2`, `--password hunter2`); `password value` alone is prose.
        for (const m of cap(raw).matchAll(/(?<![^\s|;&(])(?:--?([A-Za-z0-9_.-]+)(?:=|\s+)|([A-Za-z0-9_.-]+)=)("[^"]*"|'[^']*'|[^\s;&|)]+)/g)) {
            const key = (m[1] ?? m[2]);
            const value = m[3];
            if (isSecretName(key) && isLiteral(value, 'credential'))
                found.push({ kind: `${key} value`, line: i + 1, preview: `${key}=${(0,src_preview/* mask */.dK)(unquote(value))}` });
        }
    });
    return dedupe(found);
}

;// CONCATENATED MODULE: ./shared/src/compliance/rules/secrets.ts
/**
 * CIS Docker 4.10: no secrets in env, labels, history or files.
 *
 * Which files: credential files by name (.env, .npmrc, .netrc, .pgpass, AWS
 * and docker credentials, shell histories and start-up files), key files (id_rsa, *_key, *.pem,
 * *.key) and config files by extension, outside the system trees packages
 * fill and the trees of published third-party packages (node_modules,
 * site-packages...), as trivy skips them. How each is read depends on what it is
 * (see secrets.ts: credential files take literal values, config files need a
 * generated-looking value).
 *
 * Stock files are not secrets someone added: a file that dpkg lists as a
 * conffile and whose bytes still match the package's md5 (/var/lib/dpkg/status
 * `Conffiles:`) is left alone. Keys generated at install time (SSH host keys,
 * the snakeoil certificate key, BIND's rndc.key) are not conffiles, so they
 * are still found: every container of the image shares them.
 */





/** System trees full of test keys and sample configs; scanning them only makes noise. */
const SYSTEM_PREFIXES = [
    '/usr/share/',
    '/usr/lib/',
    '/usr/lib64/',
    '/usr/libexec/',
    '/usr/include/',
    '/usr/src/',
    '/lib/',
    '/lib64/',
    '/var/lib/dpkg/',
    '/var/lib/apt/',
    '/var/lib/rpm/',
    '/var/cache/',
    '/proc/',
    '/sys/',
    '/usr/bin/',
    '/usr/sbin/',
    '/bin/',
    '/sbin/',
];
/**
 * Trees of published third-party packages (npm, pip, gems, Go modules, Composer):
 * their test fixtures ship sample keys (ssh2's test/fixtures/id_rsa...), and a
 * secret that is really in a published package leaked upstream, not here.
 * trivy's allow rules skip the same trees.
 */
// Not all of /usr/local/lib/: applications install there too (their configs are scanned); the
// package trees under it (node_modules, pythonX/site-packages) are caught by LIBRARY_SEGMENT.
const LIBRARY_PREFIXES = ['/usr/local/go/', '/usr/local/bundle/', '/var/lib/gems/', '/go/pkg/mod/', '/root/go/pkg/mod/', '/root/.cargo/registry/'];
const LIBRARY_SEGMENT = /\/(?:node_modules|site-packages|dist-packages|bower_components|jspm_packages)\//;
const KEY_FILE = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|.+_key|.*\.(?:pem|key|p8|ppk))$/;
const NETRC = /^(?:\.netrc|_netrc)$/;
const HISTORY = /^\.(?:bash|zsh|sh|ash|mysql|psql|sqlite|rediscli|node_repl|python)_history$/;
/** Files whose values are literal credentials by purpose. */
const CREDENTIAL_FILE = /^(?:\.git-credentials|\.npmrc|\.yarnrc(?:\.yml)?|\.pypirc|\.pgpass|\.my\.cnf|\.s3cfg|\.boto|\.dockercfg|\.vault-token|credentials|\.env(?:\..+)?|.+\.env)$/;
/** Shell start-up files: `export TOKEN=...` lands here. Values are literal, as in .env. */
const SHELL_RC = /^(?:\.bashrc|bash\.bashrc|\.profile|\.bash_profile|\.bash_login|\.zshrc|\.zshenv|\.zprofile|\.kshrc|\.mkshrc|profile|environment)$/;
const CONFIG_FILE = /\.(?:conf|cfg|cnf|ini|properties|ya?ml|toml|json|xml|env|sh|txt)$/;
const MAX_SCANNED = 256 * 1024;
const DPKG_STATUS = '/var/lib/dpkg/status';
const MAX_STATUS = 32 * 1024 * 1024;
const inCredentialDir = (path) => path.includes('/.aws/') || path.includes('/.docker/') || /\/\.kube\/config$/.test(path);
function scannedForSecrets(path, size) {
    if (size > MAX_SCANNED || SYSTEM_PREFIXES.some((p) => path.startsWith(p)) || LIBRARY_PREFIXES.some((p) => path.startsWith(p)) || LIBRARY_SEGMENT.test(path))
        return false;
    const name = baseName(path);
    return (KEY_FILE.test(name) ||
        NETRC.test(name) ||
        HISTORY.test(name) ||
        CREDENTIAL_FILE.test(name) ||
        SHELL_RC.test(name) ||
        CONFIG_FILE.test(name) ||
        inCredentialDir(path));
}
const BINARY = (b) => b.subarray(0, 8000).includes(0);
/** Secrets in one file, read the way its kind is written. */
function secretsInFile(path, text) {
    const name = baseName(path);
    if (HISTORY.test(name))
        return secretsInText(text);
    if (NETRC.test(name))
        return [...findTokens(text), ...findNetrc(text)];
    if (name === '.pgpass')
        return findPgpass(text);
    if (name === '.vault-token')
        return isLiteral(text.trim(), 'credential') ? [{ kind: 'Vault token', line: 1, preview: (0,src_preview/* mask */.dK)(text) }] : [];
    if (CREDENTIAL_FILE.test(name) || SHELL_RC.test(name) || inCredentialDir(path))
        return [...findTokens(text), ...findAssignments(text, 'credential')];
    if (CONFIG_FILE.test(name))
        return [...findTokens(text), ...findAssignments(text, 'config')];
    return findTokens(text);
}
/** path -> md5 of the conffiles dpkg installed, from /var/lib/dpkg/status (obsolete ones left out). */
function dpkgConffiles(status) {
    const out = new Map();
    let inConffiles = false;
    for (const line of status.split('\n')) {
        if (/^Conffiles:/.test(line)) {
            inConffiles = true;
            continue;
        }
        if (!line.startsWith(' ')) {
            inConffiles = false;
            continue;
        }
        if (!inConffiles)
            continue;
        const [file, md5, flag] = line.trim().split(/\s+/);
        if (file !== undefined && md5 !== undefined && /^[0-9a-f]{32}$/.test(md5) && flag !== 'obsolete')
            out.set(file, md5);
    }
    return out;
}
/**
 * The md5s come from the image's own /var/lib/dpkg/status, which the image
 * author could rewrite to match a planted file. Trusting it is acceptable: a
 * tampered status means the image author is the attacker, who could as well
 * delete or rename the file; this rule looks for secrets that leaked by
 * mistake. A conffile edited after install no longer matches and is scanned
 * (test/corpus/planted.ts pins that with /etc/debconf.conf and /etc/bash.bashrc).
 */
function stockFiles(view) {
    const status = capturedFile(view, DPKG_STATUS);
    return status === undefined ? new Map() : dpkgConffiles(status.toString('utf8'));
}
const md5 = (b) => (0,external_node_crypto_.createHash)('md5').update(b).digest('hex');
/** ENV and LABEL entries: a secret-named key with a literal value, or a token format in the value. */
function keyedValue(key, value) {
    const token = findTokens(value)[0];
    if (token !== undefined)
        return token;
    return isSecretName(key) && isLiteral(value, 'credential') ? { kind: `${key} value`, line: 1, preview: (0,src_preview/* mask */.dK)(value) } : undefined;
}
const noSecrets = {
    id: 'CIS-4.10',
    pack: 'cis-docker',
    cis: '4.10',
    title: 'No secrets in the image',
    severity: 'error',
    why: 'Anyone who can pull the image can read its env, labels, history and files, so a secret there is public.',
    fix: 'Pass secrets at run time (env from a secret store, mounted files) or at build time with `RUN --mount=type=secret`; rotate any secret that shipped. Keys generated at install time (SSH host keys) belong in the container\u2019s first start, not the image.',
    wants: (path, size) => (path === DPKG_STATUS && size <= MAX_STATUS) || scannedForSecrets(path, size),
    check(view) {
        const hits = [];
        const expected = 'no credentials';
        for (const e of view.container.Env ?? []) {
            const eq = e.indexOf('=');
            const key = eq < 0 ? e : e.slice(0, eq);
            const value = eq < 0 ? '' : e.slice(eq + 1);
            const found = keyedValue(key, value);
            if (found !== undefined)
                hits.push({
                    subject: { kind: 'config', field: 'Env', key },
                    expected,
                    got: `ENV ${key}=${(0,src_preview/* mask */.dK)(value)}${found.kind.endsWith(' value') ? '' : ` (${found.kind})`}`,
                });
        }
        for (const [key, value] of Object.entries(view.container.Labels ?? {})) {
            const found = keyedValue(key, value);
            if (found !== undefined)
                hits.push({
                    subject: { kind: 'config', field: 'Labels', key },
                    expected,
                    got: `LABEL ${key}=${(0,src_preview/* mask */.dK)(value)}${found.kind.endsWith(' value') ? '' : ` (${found.kind})`}`,
                });
        }
        for (const h of view.history) {
            const found = secretsInText(h.createdBy);
            if (found.length > 0)
                hits.push({
                    subject: { kind: 'history', index: h.index, createdBy: '(redacted)' },
                    expected,
                    got: `build step ${h.index + 1} contains a ${found[0]?.kind}: ${found[0]?.preview}`,
                });
        }
        const stock = stockFiles(view);
        for (const node of view.fs.walk()) {
            if (node.type !== 'file' || node.content === undefined || !scannedForSecrets(node.path, node.size) || BINARY(node.content))
                continue;
            const packaged = stock.get(node.path);
            if (packaged !== undefined && packaged === md5(node.content))
                continue;
            const found = secretsInFile(node.path, node.content.toString('utf8'));
            const first = found[0];
            if (first !== undefined) {
                hits.push({
                    subject: { kind: 'file', path: node.path, layer: node.layer },
                    expected,
                    got: `a ${first.kind} at line ${first.line} (${first.preview})${found.length > 1 ? ` and ${found.length - 1} more` : ''}`,
                });
            }
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/user.ts
/** CIS Docker 4.1: run as a non-root user that exists in the image. */


const runAsNonRoot = {
    id: 'CIS-4.1',
    pack: 'cis-docker',
    cis: '4.1',
    title: 'Image runs as a non-root user',
    severity: 'error',
    why: 'A process running as root in the container is root on the host once it escapes the container.',
    fix: 'Add `USER <name>` (a user created in the image, not root or 0) as the last USER instruction of the Dockerfile.',
    wants: (p) => p === '/etc/passwd',
    files: ['/etc/passwd'],
    check(view) {
        const spec = (view.container.User ?? '').trim();
        const subject = { kind: 'config', field: 'User' };
        const expected = 'a non-root user that exists in /etc/passwd';
        if (spec === '')
            return [{ subject, expected, got: 'no USER (the container runs as root)' }];
        const { user, group } = parseUserSpec(spec);
        const passwdText = capturedFile(view, '/etc/passwd')?.toString('utf8');
        const passwd = passwdText === undefined ? [] : parsePasswd(passwdText);
        if (/^\d+$/.test(user)) {
            if (Number(user) === 0)
                return [{ subject, expected, got: `USER ${spec} (uid 0 is root${group !== undefined ? ', whatever the group' : ''})` }];
            return [];
        }
        if (user === 'root')
            return [{ subject, expected, got: `USER ${spec}` }];
        const entry = passwd.find((e) => e.name === user);
        if (entry === undefined) {
            return [
                {
                    subject,
                    expected,
                    got: passwdText === undefined
                        ? `USER ${spec}, but the image has no /etc/passwd`
                        : `USER ${spec}, which is not in /etc/passwd (the container will not start)`,
                },
            ];
        }
        if (entry.uid === 0)
            return [{ subject, expected, got: `USER ${spec}, which has uid 0 in /etc/passwd` }];
        return [];
    },
};

;// CONCATENATED MODULE: ./shared/src/compliance/rules/index.ts







const rules_PACKS = {
    'cis-docker': [
        runAsNonRoot,
        healthcheck,
        updateAlone,
        setuidFiles,
        addRemote,
        noSecrets,
        worldWritableDirs,
        emptyPasswords,
        duplicateIds,
        sudoInstalled,
        sensitiveVolumes,
        packageCaches,
        unwantedFiles,
        sizeBudget,
        layerBudget,
        baseNotPinned,
        linkEscapes,
    ],
};
const rules_DEFAULT_PACKS = (/* unused pure expression or super */ null && (['cis-docker']));
const rules_ALL_RULES = Object.values(rules_PACKS).flat();

;// CONCATENATED MODULE: ./shared/src/compliance/foreign-rules.ts
/**
 * Rule ids of the tools our users come from, mapped to ours, so an ignore list
 * written for dockle or trivy carries over (`compliance.ignore[].rule` may name
 * either) and the README's migration table has one source.
 *
 * Facts, not code, read from the tools' own sources:
 * - dockle: goodwithtech/dockle pkg/types/checkpoint.go (AlertDetails: the codes
 *   and titles below; CIS-DI-0010 and DKL-LI-0002 each name two checks there).
 * - trivy's Dockerfile misconfiguration checks: aquasecurity/trivy-checks
 *   checks/docker/*.rego METADATA (id DS-0001, aliases AVD-DS-0001, DS001 and a
 *   long_id such as docker-use-specific-tags), at 80e5382 (2026-08-21).
 * - trivy's secret scanner: aquasecurity/trivy pkg/fanal/secret/builtin-rules.go
 *   (rule IDs such as aws-access-key-id, private-key).
 * A foreign id with no counterpart maps to nothing, with the reason, so the
 * migration table can say what is not checked here instead of guessing.
 */
const dockle = (id, title, ours, note) => ({
    tool: 'dockle',
    id,
    title,
    ours,
    ...(note === undefined ? {} : { note }),
});
const trivy = (id, title, ours, aliases, note) => ({
    tool: 'trivy',
    id,
    title,
    ours,
    aliases,
    ...(note === undefined ? {} : { note }),
});
const DOCKLE_RULES = [
    dockle('CIS-DI-0001', 'Create a user for the container', 'CIS-4.1'),
    dockle('CIS-DI-0005', 'Enable Content trust for Docker', undefined, 'a setting of the Docker client, not of the image; test-image checks signatures instead (policy signatures:)'),
    dockle('CIS-DI-0006', 'Add HEALTHCHECK instruction to the container image', 'CIS-4.6'),
    dockle('CIS-DI-0007', 'Do not use update instructions alone in the Dockerfile', 'CIS-4.7'),
    dockle('CIS-DI-0008', 'Confirm safety of setuid/setgid files', 'CIS-4.8'),
    dockle('CIS-DI-0009', 'Use COPY instead of ADD in Dockerfile', 'CIS-4.9', 'ours reports ADD of remote URLs only'),
    dockle('CIS-DI-0010', 'Do not store secrets in ENVIRONMENT variables / Do not store secret files', 'CIS-4.10'),
    dockle('DKL-DI-0001', 'Avoid sudo command', 'IMG-SUDO'),
    dockle('DKL-DI-0002', 'Avoid sensitive directory mounting', 'IMG-SENSITIVE-VOLUME'),
    dockle('DKL-DI-0003', 'Avoid apt-get/apk/dist-upgrade', undefined, 'not checked'),
    dockle('DKL-DI-0004', 'Use apk add with --no-cache', 'IMG-PKG-CACHE'),
    dockle('DKL-DI-0005', 'Clear apt-get caches', 'IMG-PKG-CACHE'),
    dockle('DKL-DI-0006', 'Avoid latest tag', 'IMG-BASE-UNPINNED', 'ours asks for a digest, so any tag alone is reported'),
    dockle('DKL-LI-0001', 'Avoid empty password', 'IMG-EMPTY-PASSWORD'),
    dockle('DKL-LI-0002', 'Be unique UID / Be unique GROUP', 'IMG-DUPLICATE-ID'),
    dockle('DKL-LI-0003', 'Only put necessary files', 'IMG-UNWANTED-FILE'),
];
const TRIVY_RULES = [
    trivy('DS-0001', "':latest' tag used", 'IMG-BASE-UNPINNED', ['AVD-DS-0001', 'DS001', 'docker-use-specific-tags'], 'ours asks for a digest, so any tag alone is reported'),
    trivy('DS-0002', "Image user should not be 'root'", 'CIS-4.1', ['AVD-DS-0002', 'DS002', 'docker-least-privilege-user']),
    trivy('DS-0005', 'ADD instead of COPY', 'CIS-4.9', ['AVD-DS-0005', 'DS005', 'docker-use-copy-over-add'], 'ours reports ADD of remote URLs only'),
    trivy('DS-0010', "RUN using 'sudo'", 'IMG-SUDO', ['AVD-DS-0010', 'DS010', 'docker-no-sudo-run'], 'ours reports sudo installed in the image'),
    trivy('DS-0015', "'yum clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0015', 'DS015', 'docker-purge-yum-package-cache']),
    trivy('DS-0017', "'RUN <package-manager> update' instruction alone", 'CIS-4.7', ['AVD-DS-0017', 'DS017', 'docker-no-orphan-package-update']),
    trivy('DS-0019', "'dnf clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0019', 'DS019', 'docker-purge-dnf-package-cache']),
    trivy('DS-0020', "'zypper clean' missing", 'IMG-PKG-CACHE', ['AVD-DS-0020', 'DS020', 'docker-purge-zipper-cache']),
    trivy('DS-0024', "'apt-get dist-upgrade' used", undefined, ['AVD-DS-0024', 'DS024', 'docker-no-dist-upgrade'], 'not checked'),
    trivy('DS-0025', "'apk add' is missing '--no-cache'", 'IMG-PKG-CACHE', ['AVD-DS-0025', 'DS025', 'docker-purge-apk-package-cache']),
    trivy('DS-0026', 'No HEALTHCHECK defined', 'CIS-4.6', ['AVD-DS-0026', 'DS026', 'docker-no-healthcheck']),
    trivy('DS-0027', "'microdnf clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0027', 'DS027', 'docker-purge-microdnf-package-cache']),
    trivy('DS-0031', 'Secrets passed via build-args or envs or copied secret files', 'CIS-4.10', ['AVD-DS-0031', 'DS031', 'docker-do-not-pass-secrets']),
    // The secret scanner's built-in rules: every one is a secret in the image, our CIS-4.10.
    ...[
        ['aws-access-key-id', 'AWS Access Key ID'],
        ['aws-secret-access-key', 'AWS Secret Access Key'],
        ['github-pat', 'GitHub Personal Access Token'],
        ['github-oauth', 'GitHub OAuth Access Token'],
        ['github-app-token', 'GitHub App Token'],
        ['github-refresh-token', 'GitHub Refresh Token'],
        ['github-fine-grained-pat', 'GitHub Fine-grained personal access tokens'],
        ['gitlab-pat', 'GitLab Personal Access Token'],
        ['private-key', 'Asymmetric Private Key'],
        ['slack-access-token', 'Slack token'],
        ['stripe-secret-token', 'Stripe Secret Key'],
        ['gcp-service-account', 'Google (GCP) Service-account'],
        ['pypi-upload-token', 'PyPI upload token'],
    ].map(([id, title]) => trivy(id, title, 'CIS-4.10', [], 'trivy secret scanner')),
];
const norm = (id) => id.trim().toUpperCase();
const BY_ID = new Map([
    ...DOCKLE_RULES.map((r) => [norm(r.id), r]),
    ...TRIVY_RULES.flatMap((r) => [r.id, ...r.aliases].map((a) => [norm(a), r])),
]);
/** The dockle or trivy rule an id names (any of trivy's spellings, any case), or undefined for ours and unknown ids. */
const foreignRule = (id) => BY_ID.get(norm(id));
/** Our rule id for an ignore's `rule:`: a dockle or trivy id maps to ours; anything else is returned as written. */
function foreign_rules_ourRuleId(id) {
    const f = foreignRule(id);
    return f?.ours ?? id;
}

;// CONCATENATED MODULE: ./shared/src/compliance/engine.ts
/**
 * Runs the selected rules over an image view and turns their hits into
 * findings: severity overrides applied, stable fingerprints, and ignores
 * (scoped by rule and path glob, with a reason and an optional expiry) that
 * hide a finding until they expire, and then say so.
 */








const DEFAULT_SETTINGS = { maxImageBytes: 1024 ** 3, maxLayers: 50 };
/**
 * Which rules run, at which severity. `selection` is the `rules` input: pack
 * names and rule ids to run, `-<id or pack>` to leave out, `none` for none.
 * Empty means the policy's packs (default cis-docker).
 */
function selectRules(compliance, selection = []) {
    const known = (name) => PACKS[name] ?? ALL_RULES.filter((r) => r.id === name);
    const chosen = new Map();
    const adds = selection.filter((s) => !s.startsWith('-') && s !== 'none');
    const base = selection.length === 0 || (adds.length === 0 && !selection.includes('none')) ? (compliance?.packs ?? DEFAULT_PACKS) : [];
    for (const name of [...base, ...adds]) {
        const rules = known(name);
        if (rules === undefined || rules.length === 0)
            throw unknownRule(name, 'rules');
        for (const r of rules)
            chosen.set(r.id, r);
    }
    for (const s of selection.filter((x) => x.startsWith('-'))) {
        const rules = known(s.slice(1));
        if (rules === undefined || rules.length === 0)
            throw unknownRule(s.slice(1), 'rules');
        for (const r of rules)
            chosen.delete(r.id);
    }
    const overrides = compliance?.severity ?? {};
    for (const id of Object.keys(overrides))
        if (ALL_RULES.every((r) => r.id !== id))
            throw unknownRule(id, undefined, 'compliance.severity');
    const out = [];
    for (const rule of chosen.values()) {
        const o = overrides[rule.id];
        if (o === 'off')
            continue;
        out.push({ rule, severity: o ?? rule.severity });
    }
    return out;
}
function unknownRule(name, input, field) {
    const ids = [...Object.keys(PACKS), ...ALL_RULES.map((r) => r.id)].join(', ');
    return new PipelineError('INPUT', `${field !== undefined ? `${field}: ` : ''}'${name}' is neither a rule pack nor a rule id`, {
        ...(input === undefined ? {} : { input }),
        hint: `Known: ${ids}.`,
    });
}
function ruleSettings(compliance) {
    const s = compliance?.settings ?? {};
    const size = s.maxImageSize === undefined ? DEFAULT_SETTINGS.maxImageBytes : parseSize(s.maxImageSize);
    if (size === undefined)
        throw new PipelineError('POLICY', `compliance.settings.maxImageSize '${String(s.maxImageSize)}' is not a size`, { hint: 'Write e.g. 500MB or 1GiB.' });
    return {
        maxImageBytes: size,
        maxLayers: s.maxLayers ?? DEFAULT_SETTINGS.maxLayers,
        setuidAllowlist: new Set([...DEFAULT_SETUID_ALLOWLIST, ...(s.setuidAllowlist ?? [])]),
    };
}
/** Files the selected rules read, as one predicate for the scan. */
function wantedFiles(rules) {
    const wants = rules.map((r) => r.rule.wants).filter((w) => w !== undefined);
    return (path, size) => wants.some((w) => w(path, size));
}
/** Exact paths the selected rules read, for a targeted read of those the scan did not keep (links, big files). */
const requiredFiles = (rules) => [...new Set(rules.flatMap((r) => r.rule.files ?? []))];
const engine_fingerprint = (ruleId, subject) => createHash('sha256')
    .update(`${ruleId}\0${subjectKey(subject)}`)
    .digest('hex')
    .slice(0, 32);
function toFinding(ruleId, severity, hit) {
    return {
        ...hit,
        ruleId,
        severity,
        message: hit.message ?? `${subjectText(hit.subject)}: expected ${hit.expected}, got ${hit.got}`,
        fingerprint: engine_fingerprint(ruleId, hit.subject),
    };
}
function runRules(view, rules, settings) {
    return rules.flatMap(({ rule, severity }) => rule.check(view, settings).map((hit) => toFinding(rule.id, severity, hit)));
}
/** The text an ignore's path globs are matched against. */
function subjectPath(s) {
    switch (s.kind) {
        case 'file':
            return s.path;
        case 'config':
            return `config.${s.field}${s.key !== undefined ? `.${s.key}` : ''}`;
        case 'history':
            return `history[${s.index}]`;
        case 'manifest':
            return `manifest.${s.field}`;
        case 'policy':
            return `test.${s.test}`;
        case 'resource':
            return s.id;
    }
}
/** `until` is inclusive: an ignore until 2027-01-31 still hides on that day, UTC. */
const isExpired = (until, today) => until !== undefined && today.toISOString().slice(0, 10) > until;
function applyIgnores(findings, ignores, today) {
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        const matching = ignores.filter(
        // A dockle or trivy rule id (CIS-DI-0001, DS002) names our rule, so their ignore lists carry over.
        (ig) => ourRuleId(ig.rule) === f.ruleId && (ig.paths === undefined || ig.paths.length === 0 || ig.paths.some((g) => matchesGlob(g, subjectPath(f.subject)))));
        const live = matching.find((ig) => !isExpired(ig.until, today));
        if (live !== undefined) {
            suppressed.push(live.until === undefined ? { finding: f, reason: live.reason } : { finding: f, reason: live.reason, until: live.until });
            continue;
        }
        const expired = matching[0];
        if (expired?.until !== undefined) {
            kept.push({
                ...f,
                expiredIgnore: { reason: expired.reason, until: expired.until },
                message: `${f.message} (the ignore for this expired on ${expired.until}: ${expired.reason})`,
            });
        }
        else
            kept.push(f);
    }
    return { findings: kept, suppressed };
}

;// CONCATENATED MODULE: ./shared/src/oci/artifact.ts
/**
 * OCI 1.1 artifact manifests (image-spec manifest.md "Guidelines for
 * Artifact Usage", descriptor.md#empty-descriptor), pure: what we attach to
 * an image (a signature bundle, an SBOM statement) is an image manifest with
 * an `artifactType`, the empty config, the files as layers, and a `subject`
 * naming the image. The image itself is never rewritten, so its digest holds.
 */




/** The two bytes `{}`: the empty config (and the layer of an artifact with no files). */
const EMPTY_JSON = Buffer.from('{}');
/** The empty descriptor, with its content inline (`e30=` is base64 of `{}`). */
const EMPTY_DESCRIPTOR = Object.freeze({
    mediaType: media_types_MediaType.OciEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
});
// RFC 6838 type/subtype (restricted-name characters), without parameters.
const MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const isMediaType = (s) => typeof s === 'string' && MEDIA_TYPE_RE.test(s);
function checkMediaType(value, what) {
    if (!isMediaType(value)) {
        throw new PipelineError('INPUT', `${what}: expected a media type like application/vnd.example+json, got '${preview(value, { max: 80, redact: false })}'`, {
            hint: 'Use type/subtype (RFC 6838) without parameters.',
        });
    }
}
/** Only what a subject needs (descriptor.md): no platform, no annotations, no inline data. */
function subjectDescriptor(image) {
    if (!isManifestMediaType(image.mediaType) && !isIndexMediaType(image.mediaType)) {
        throw new PipelineError('INPUT', `a referrer's subject must be an image manifest or index, got a ${preview(image.mediaType, { max: 80, redact: false })}`, {
            hint: "Attach to the pushed image's digest (its manifest or index).",
        });
    }
    return { mediaType: image.mediaType, digest: image.digest, size: image.size };
}
/**
 * The artifact manifest for `spec`, referring to `subject`. An artifact with
 * no files gets the empty descriptor as its one layer, as the image spec
 * advises for portability (some registries refuse an empty `layers`).
 */
function buildArtifact(subject, spec) {
    checkMediaType(spec.artifactType, 'artifactType');
    const layers = spec.blobs.map((b, i) => {
        checkMediaType(b.mediaType, `blob ${i + 1} of the ${spec.artifactType} artifact`);
        const d = { mediaType: b.mediaType, digest: digestBytes(b.bytes), size: b.bytes.length };
        if (b.annotations !== undefined && Object.keys(b.annotations).length > 0)
            d.annotations = { ...b.annotations };
        return { descriptor: d, bytes: b.bytes };
    });
    const empty = { descriptor: { ...EMPTY_DESCRIPTOR }, bytes: EMPTY_JSON };
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.OciManifest,
        artifactType: spec.artifactType,
        config: { ...EMPTY_DESCRIPTOR },
        layers: layers.length > 0 ? layers.map((l) => l.descriptor) : [{ ...EMPTY_DESCRIPTOR }],
        subject: subjectDescriptor(subject),
    };
    if (spec.annotations !== undefined && Object.keys(spec.annotations).length > 0)
        manifest.annotations = { ...spec.annotations };
    const bytes = Buffer.from(JSON.stringify(manifest));
    // The same blob twice (two identical files) is pushed once.
    const blobs = [empty, ...layers].filter((b, i, all) => all.findIndex((o) => o.descriptor.digest === b.descriptor.digest) === i);
    return { manifest, bytes, descriptor: referrerDescriptor(manifest, digestBytes(bytes), bytes.length), blobs };
}
/**
 * A referrer's descriptor as the distribution spec lists it: `artifactType`
 * from the manifest (or, failing that, its config's media type) and the
 * manifest's annotations copied up, so a reader can filter without fetching.
 */
function referrerDescriptor(manifest, digest, size) {
    const d = { mediaType: manifest.mediaType ?? media_types_MediaType.OciManifest, digest, size };
    const type = manifest.artifactType ?? manifest.config?.mediaType;
    if (typeof type === 'string' && type !== '')
        d.artifactType = type;
    if (manifest.annotations !== undefined && Object.keys(manifest.annotations).length > 0)
        d.annotations = { ...manifest.annotations };
    return d;
}

;// CONCATENATED MODULE: ./shared/src/oci/referrers-index.ts
/**
 * Lists of referrers (distribution-spec 1.1 "Listing Referrers" and the
 * "Referrers Tag Schema"), pure: the fallback tag's name, reading an index of
 * referrer descriptors that a registry sent (untrusted: bounded, each entry
 * checked, a bad one skipped with the reason), merging, and writing one.
 */





/** Most referrers read for one subject: past this a list is refused, not cut (a silent cut could hide a signature). */
const referrers_index_MAX_REFERRERS = 1000;
/** `sha256-<hex>`: the tag a registry without the referrers API keeps the subject's referrers under (alg cut to 32, encoded to 64). */
function referrers_index_fallbackTag(subject) {
    return `${(0,oci_digest/* algorithmOf */.Hy)(subject).slice(0, 32)}-${(0,oci_digest/* encodedOf */.EX)(subject).slice(0, 64)}`;
}
/** A JSON value for a message: strings as they are, anything else as JSON, then previewed. */
const shown = (v, max) => (0,src_preview/* preview */.VH)(typeof v === 'string' ? v : (JSON.stringify(v) ?? 'nothing'), { max, redact: false });
const referrers_index_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function stringMap(v) {
    if (!referrers_index_isRecord(v))
        return undefined;
    const out = {};
    for (const [k, s] of Object.entries(v))
        if (typeof s === 'string')
            out[k] = s;
    return out;
}
/** One entry of a referrers index, or why it is skipped. */
function readEntry(v) {
    if (!referrers_index_isRecord(v))
        return { reason: 'not a descriptor object' };
    const digest = typeof v.digest === 'string' ? (0,oci_digest/* parseDigest */.m)(v.digest) : undefined;
    const label = typeof v.digest === 'string' ? (0,src_preview/* preview */.VH)(v.digest, { max: 80, redact: false }) : undefined;
    const skip = (reason) => (label !== undefined ? { digest: label, reason } : { reason });
    if (digest === undefined || !digest.ok)
        return skip('expected a digest like sha256:<64 hex>, got something else');
    if (typeof v.mediaType !== 'string' || !(media_types_isManifestMediaType(v.mediaType) || media_types_isIndexMediaType(v.mediaType))) {
        return skip(`expected an OCI manifest or index media type, got ${typeof v.mediaType === 'string' ? (0,src_preview/* preview */.VH)(v.mediaType, { max: 80, redact: false }) : 'none'}`);
    }
    if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0 || v.size > source_MAX_JSON_BLOB) {
        return skip(`expected a size between 0 and ${source_MAX_JSON_BLOB} bytes`);
    }
    const d = { mediaType: v.mediaType, digest: digest.value, size: v.size };
    if (typeof v.artifactType === 'string')
        d.artifactType = v.artifactType;
    const annotations = stringMap(v.annotations);
    if (annotations !== undefined && Object.keys(annotations).length > 0)
        d.annotations = annotations;
    return d;
}
/**
 * Read an index of referrers. Something that is not an index at all, or an
 * index naming another subject, is an error (`what` names it); an index of
 * more than `maxEntries` is refused; a malformed entry, or the same digest
 * twice, is skipped with the reason.
 */
function parseReferrersIndex(bytes, opts) {
    const max = opts.maxEntries ?? referrers_index_MAX_REFERRERS;
    const fail = (got) => {
        throw new errors/* PipelineError */.zC('REGISTRY', `${opts.what}: expected an OCI image index of referrers, got ${got}`, {
            hint: 'The registry (or whoever wrote that tag) stored something else there; remove or fix it, then run again.',
        });
    };
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return fail(`${bytes.length} bytes that are not JSON (${(0,src_preview/* preview */.VH)(bytes.subarray(0, 60).toString('utf8'), { max: 40 })})`);
    }
    if (!referrers_index_isRecord(doc))
        return fail('JSON that is not an object');
    if (doc.mediaType !== undefined && doc.mediaType !== media_types_MediaType.OciIndex)
        return fail(`a ${shown(doc.mediaType, 80)}`);
    if (doc.schemaVersion !== 2)
        return fail(`schemaVersion ${shown(doc.schemaVersion, 20)}`);
    if (!Array.isArray(doc.manifests))
        return fail('an object without a manifests list');
    const subject = referrers_index_isRecord(doc.subject) ? doc.subject.digest : undefined;
    if (subject !== undefined && subject !== opts.subject) {
        return fail(`a list for subject ${shown(subject, 80)}, not ${opts.subject}`);
    }
    if (doc.manifests.length > max) {
        throw new errors/* PipelineError */.zC('REGISTRY', `${opts.what} lists ${doc.manifests.length} referrers, more than the ${max} we read`, {
            hint: 'Prune old attachments of this image (or push it anew); a list that long is likely runaway or hostile.',
        });
    }
    const list = { entries: [], skipped: [] };
    const seen = new Set();
    for (const raw of doc.manifests) {
        const e = readEntry(raw);
        if (!('mediaType' in e))
            list.skipped.push(e);
        else if (seen.has(e.digest))
            list.skipped.push({ digest: e.digest, reason: 'listed twice' });
        else {
            seen.add(e.digest);
            list.entries.push(e);
        }
    }
    return list;
}
/**
 * `base` with every entry of `add` it lacks, in order (entries are told apart
 * by digest; the first one seen is kept). `added` counts the new ones.
 */
function referrers_index_mergeReferrers(base, add) {
    const have = new Set(base.map((d) => d.digest));
    const entries = [...base];
    for (const d of add) {
        if (have.has(d.digest))
            continue;
        have.add(d.digest);
        entries.push(d);
    }
    return { entries, added: entries.length - base.length };
}
/** The bytes of a referrers index (the fallback tag's content). */
function referrers_index_referrersIndexBytes(entries) {
    const index = { schemaVersion: 2, mediaType: MediaType.OciIndex, manifests: [...entries] };
    return Buffer.from(JSON.stringify(index));
}
/** The entries of the given artifact type (all when undefined). */
const ofArtifactType = (entries, artifactType) => artifactType === undefined ? [...entries] : entries.filter((d) => d.artifactType === artifactType);

;// CONCATENATED MODULE: ./shared/src/retry/limit.ts
/**
 * The one bounded-concurrency helper: run `fn` over `items` with at most
 * `limit` calls in flight, in order of the items.
 *
 * On the first failure no new item starts; the calls already running are
 * awaited (so nothing keeps working, or fails unobserved, after we return),
 * then the first error is rethrown. Callers that want every item tried
 * despite failures catch inside `fn` (distribute.ts and ami-distribute.ts do,
 * recording the failure per destination or region).
 *
 * A limit below 1 (or NaN) is treated as 1: a bad limit must never
 * mean "do nothing and report success".
 */
async function limit_forEachLimited(items, limit, fn) {
    const width = Number.isNaN(limit) ? 1 : Math.max(1, Math.floor(limit));
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
    if (failure !== undefined)
        throw failure.error;
}

;// CONCATENATED MODULE: ./shared/src/retry/paginate.ts
/**
 * The one paginator for token-paged APIs (EC2's NextToken). A buggy or
 * hostile endpoint that keeps answering with a token, or repeats one, must
 * not loop forever: both end with an error naming what was listed.
 */

const DEFAULT_MAX_PAGES = 1000;
/** Every item of every page, in order, fetching a page only when the previous one is used up. */
async function* paginate(fetchPage, opts) {
    const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    const seen = new Set();
    let token;
    for (let pages = 1;; pages++) {
        const page = await fetchPage(token);
        yield* page.items ?? [];
        token = page.next;
        if (token === undefined || token === '')
            return;
        if (seen.has(token)) {
            throw new errors/* PipelineError */.zC(opts.code, `${opts.what} returned the same page token twice; stopped after ${pages} pages`, {
                hint: 'The endpoint is misbehaving; run again, and report it if it persists.',
            });
        }
        seen.add(token);
        if (pages >= maxPages) {
            throw new errors/* PipelineError */.zC(opts.code, `${opts.what} still had more after ${maxPages} pages; stopped there`, {
                hint: 'Narrow what is listed (e.g. fewer resources under the filter), or report the endpoint if it is looping.',
            });
        }
    }
}
/** All items of all pages, as an array. */
async function collectPages(fetchPage, opts) {
    const out = [];
    for await (const item of paginate(fetchPage, opts))
        out.push(item);
    return out;
}

;// CONCATENATED MODULE: ./shared/src/registry/client/referrers-api.ts
/**
 * The referrers API of distribution-spec 1.1 (GET /v2/<name>/referrers/<digest>):
 * whether a registry has it, and reading its (paginated) lists.
 *
 * Support is learned from a probe GET, not from the OCI-Subject header of a
 * manifest PUT: a registry may send that header without serving the list
 * (or drop it behind a proxy), and a probe also works before anything is
 * pushed and for readers that push nothing. 200 with an image index: the
 * API. 404 (the spec forbids it where the API exists), 400/405/406, or a
 * 200 that is not an index: no API, so the fallback tag. The answer is kept
 * per client (one per registry per run) and repository.
 */






/** What a probe's answer says. Pure. */
function supportFromProbe(page) {
    if (page.status !== 200)
        return { api: false, why: `the referrers endpoint answered HTTP ${page.status}` };
    if (page.contentType !== media_types_MediaType.OciIndex) {
        return {
            api: false,
            why: `the referrers endpoint answered 200 with ${(0,src_preview/* preview */.VH)(page.contentType || 'no content type', { max: 60, redact: false })}, not an image index`,
        };
    }
    try {
        const doc = JSON.parse(page.bytes.toString('utf8'));
        if (Array.isArray(doc.manifests))
            return { api: true };
    }
    catch {
        /* not JSON: below */
    }
    return { api: false, why: 'the referrers endpoint answered 200 with a body that is not an image index' };
}
const known = new WeakMap();
/**
 * Whether `repo` on the client's registry has the referrers API; one probe per client and repository. `fresh`
 * asks again and keeps the new answer: a probe for a subject not yet pushed may be told "no such manifest" (Quay
 * answered 404, later 400) by a registry that has the API, which reads here as no API.
 */
function referrersSupport(client, repo, subject, opts = {}) {
    let byRepo = known.get(client);
    if (byRepo === undefined) {
        byRepo = new Map();
        known.set(client, byRepo);
    }
    if (opts.fresh === true)
        byRepo.delete(repo);
    let p = byRepo.get(repo);
    if (p === undefined) {
        p = client.getReferrers(repo, subject).then(supportFromProbe);
        byRepo.set(repo, p);
        // A probe that failed (auth, network) is not an answer: the next call asks again.
        p.catch(() => byRepo.delete(repo));
    }
    return p;
}
/** The `rel="next"` target of a Link header, resolved against the page it came with; undefined when none. Pure. */
function nextPage(link, base) {
    for (const part of link.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m === null)
            continue;
        const rels = /(?:^|;)\s*rel\s*=\s*"?([^";]*)"?/i.exec(m[2] ?? '');
        if (rels?.[1]?.split(/\s+/).includes('next') !== true)
            continue;
        try {
            return new URL(m[1] ?? '', base);
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * Every referrer the API lists for `subject`, all pages (at most
 * `maxEntries` in all; a page off the registry's origin, a page that is not
 * an index, or a loop of pages is an error). `filtered` says whether the
 * registry applied the artifactType filter itself (callers filter anyway).
 */
async function apiReferrers(client, repo, subject, opts = {}) {
    const max = opts.maxEntries ?? referrers_index_MAX_REFERRERS;
    const what = `the referrers list of ${subject} in ${client.registry}/${repo}`;
    let filtered = false;
    let count = 0;
    let first;
    const lists = await collectPages(async (token) => {
        const page = await client.getReferrers(repo, subject, token !== undefined ? { page: new URL(token) } : opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
        first ??= page.url;
        if (page.status !== 200 || page.contentType !== media_types_MediaType.OciIndex) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what}: expected 200 with an image index, got HTTP ${page.status} (${(0,src_preview/* preview */.VH)(page.contentType || 'no content type', { max: 60, redact: false })})`, {
                hint: 'The registry answered the referrers API inconsistently; run again, and report it to the registry if it persists.',
            });
        }
        if (token === undefined)
            filtered = page.filtersApplied.split(',').some((f) => f.trim() === 'artifactType');
        const list = parseReferrersIndex(page.bytes, { what, subject, maxEntries: max });
        count += list.entries.length + list.skipped.length;
        if (count > max) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what} has more than the ${max} referrers we read`, {
                hint: 'Prune old attachments of this image; a list that long is likely runaway or hostile.',
            });
        }
        const next = nextPage(page.link, page.url);
        if (next !== undefined && !(0,origin/* sameOrigin */.Nm)(next, first)) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what}: the registry sent the next page to ${(0,origin/* redactUrl */.BO)(next)}, off its own origin`, {
                hint: 'The registry is misconfigured or hostile; its referrers were not followed there.',
            });
        }
        return { items: [list], next: next?.toString() };
    }, { what, code: 'REGISTRY', maxPages: 100 });
    return { entries: lists.flatMap((l) => l.entries), skipped: lists.flatMap((l) => l.skipped), filtered };
}

;// CONCATENATED MODULE: ./shared/src/registry/client/referrers-fallback.ts
/**
 * The referrers tag schema of distribution-spec 1.1, for registries without
 * the referrers API: the tag `sha256-<hex>` holds an image index listing the
 * subject's referrers (artifactType and annotations copied up).
 *
 * Writing it is a read-modify-write with no compare-and-swap (distribution
 * 2.x has no If-Match), so two runs attaching at once can each overwrite the
 * other's entry. Each writer therefore reads the tag again after a short
 * settle; if any entry it wrote is gone (its own, or another writer's it had
 * merged), it merges what is there with what it wrote and writes again, a
 * bounded number of times with jittered backoff (retry/retry.ts), so
 * concurrent writers drift apart and both entries end up listed. What is
 * left open: a writer whose read-to-write takes longer than the other's
 * settle and re-read; the settle is well above one request's time and grows
 * with the writer's own read-to-write time.
 *
 * Two phases (writeFallback): the write, after which the index lists every
 * entry, and the confirmation (settle, re-read, repair), which a caller may
 * run beside other work: distribute moves the image's tags once the index is
 * written, so no tag moves to an image whose index lacks our entries at that
 * moment, and still fails the step when the confirmation finally fails.
 * addToFallback runs both, one after the other.
 */








/** Rewrites of the fallback index after a lost update: 8 tries, jittered from 200 ms. */
const FALLBACK_RETRY = { attempts: 8, baseDelayMs: 200, maxDelayMs: 3_000, budgetMs: 90_000 };
/**
 * Least wait between writing the index and reading it back: well above one
 * request on any sane network (the wait is at least three times this
 * writer's own read-to-write time, so it grows where requests are slow).
 */
const FALLBACK_SETTLE_MS = 500;
const where = (client, repo, tag) => `the referrers tag ${client.registry}/${repo}:${tag}`;
/** The subject's fallback index; empty when the tag does not exist. */
async function readFallback(client, repo, subject, opts = {}) {
    const tag = referrers_index_fallbackTag(subject);
    let m;
    try {
        m = await client.getManifest(repo, tag);
    }
    catch (e) {
        if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND'))
            return { entries: [], skipped: [] };
        throw e;
    }
    const what = where(client, repo, tag);
    if (m.mediaType !== media_types_MediaType.OciIndex) {
        throw new errors/* PipelineError */.zC('REGISTRY', `${what}: expected an OCI image index of referrers, got a ${(0,src_preview/* preview */.VH)(m.mediaType || 'manifest without media type', { max: 80, redact: false })}`, {
            hint: `Something else was pushed under that tag; move it elsewhere (the tag name is reserved for referrers by the OCI distribution spec) and run again.`,
        });
    }
    return parseReferrersIndex(m.bytes, { what, subject, maxEntries: opts.maxEntries ?? referrers_index_MAX_REFERRERS });
}
class LostUpdate extends Error {
    missing;
    constructor(missing) {
        super(`${missing.length} referrer(s) missing from the index after writing it`);
        this.missing = missing;
    }
}
/**
 * Drop the entries whose manifest the repository no longer has (a registry
 * refuses an index naming a missing manifest: distribution 2.8 answers 400
 * MANIFEST_BLOB_UNKNOWN), keeping `keep` in any case.
 */
async function pruneMissing(client, repo, entries, keep) {
    const present = new Array(entries.length).fill(true);
    await forEachLimited(entries, 8, async (d, i) => {
        if (!keep.has(d.digest))
            present[i] = (await client.headManifest(repo, d.digest, ['pull'])) !== undefined;
    });
    return { kept: entries.filter((_, i) => present[i]), pruned: entries.filter((_, i) => !present[i]) };
}
const blobUnknown = (e) => e instanceof RegistryError && e.failure.status === 400 && (e.failure.codes ?? []).includes('MANIFEST_BLOB_UNKNOWN');
/**
 * Phase 1 of adding `add` (their manifests already pushed) to the subject's
 * fallback index, keeping what others listed: read, merge and write. When it
 * resolves, the index lists every entry of `add`.
 */
async function writeFallback(client, repo, subject, add, opts = {}) {
    const tag = fallbackTag(subject);
    const sleep = opts.sleep ?? ((ms) => realSleep(ms));
    const settle = opts.settleMs ?? FALLBACK_SETTLE_MS;
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const ours = new Set(add.map((d) => d.digest));
    // Everything this call has written so far: restored if a concurrent writer drops it.
    let wrote = [];
    let writes = 0;
    const pruned = [];
    const put = async (entries) => {
        try {
            await client.putManifest(repo, tag, MediaType.OciIndex, referrersIndexBytes(entries));
            return entries;
        }
        catch (e) {
            if (!blobUnknown(e))
                throw e;
            const p = await pruneMissing(client, repo, entries, ours);
            if (p.pruned.length === 0)
                throw e;
            pruned.push(...p.pruned);
            await client.putManifest(repo, tag, MediaType.OciIndex, referrersIndexBytes(p.kept));
            return p.kept;
        }
    };
    /** Read, merge, write: the index as written, or as read when it listed everything already (undefined `began`: nothing written). */
    const write = async () => {
        const began = Date.now();
        const current = await readFallback(client, repo, subject, limits);
        const merged = mergeReferrers(current.entries, [...wrote.filter((d) => !pruned.some((p) => p.digest === d.digest)), ...add]);
        if (merged.added === 0)
            return { entries: current.entries };
        if (merged.entries.length > (opts.maxEntries ?? MAX_REFERRERS)) {
            throw new PipelineError('REGISTRY', `${where(client, repo, tag)} would list ${merged.entries.length} referrers, more than the ${opts.maxEntries ?? MAX_REFERRERS} we keep`, {
                hint: 'Prune old attachments of this image (delete their manifests and entries), or push the image anew.',
            });
        }
        wrote = await put(merged.entries);
        writes++;
        return { entries: wrote, began };
    };
    /** After a write: wait, read back, and fail with LostUpdate when an entry this call wrote is gone. */
    const check = async (began) => {
        // A slow machine or network is slow for the other writer too: the settle grows with our own read-to-write time.
        await sleep(Math.max(settle, 3 * (Date.now() - began)));
        const after = await readFallback(client, repo, subject, limits);
        const listed = new Set(after.entries.map((d) => d.digest));
        const missing = wrote.filter((d) => !listed.has(d.digest));
        if (missing.length > 0)
            throw new LostUpdate(missing);
        return after.entries;
    };
    const first = await write();
    const confirm = async () => {
        // Nothing written: the index listed every entry already, and a re-read would confirm nothing of ours.
        if (first.began === undefined)
            return { entries: first.entries, writes, pruned };
        const firstBegan = first.began;
        const entries = await withRetry(async (attempt) => {
            // The first round's write is phase 1, done; later rounds write again.
            if (attempt === 1)
                return check(firstBegan);
            const w = await write();
            return w.began === undefined ? w.entries : check(w.began);
        }, {
            policy: opts.retry ?? FALLBACK_RETRY,
            // The registry's own failures were retried per request by the client; only a lost update is worth a new round.
            classify: (e) => (e instanceof LostUpdate ? { retry: true, why: 'lost update' } : { retry: false, why: 'not a lost update' }),
            sleep: (ms) => sleep(ms),
        }).catch((e) => {
            if (!(e instanceof LostUpdate))
                throw e;
            throw new PipelineError('REGISTRY', `${where(client, repo, tag)} kept losing entries (${e.missing.map((d) => d.digest).join(', ')}) to concurrent writers`, {
                hint: "Another job keeps rewriting this image's referrers; run again when it is done.",
            });
        });
        return { entries, writes, pruned };
    };
    return { entries: first.entries, writes, confirm };
}
/**
 * Make the subject's fallback index list every entry of `add` (their
 * manifests already pushed), keeping what others listed, and confirm it by
 * reading it back after a settle: writeFallback's two phases in a row.
 */
async function addToFallback(client, repo, subject, add, opts = {}) {
    return (await writeFallback(client, repo, subject, add, opts)).confirm();
}

;// CONCATENATED MODULE: ./shared/src/registry/client/referrers.ts
/**
 * Reading OCI 1.1 referrers through our own registry client: the referrers
 * of an image from the referrers API or the fallback tag `sha256-<hex>`
 * (referrers-api.ts, referrers-fallback.ts), bounded, and by default
 * verified against each artifact manifest's own `subject`. Pushing them is
 * distribute/referrers-push.ts, above this layer.
 */








/** Fetch each entry's manifest and keep those that really refer to `subject`, described from the manifest itself. */
async function verifyEntries(client, repo, subject, entries) {
    const out = new Array(entries.length);
    await limit_forEachLimited(entries, 4, async (d, i) => {
        const skip = (reason) => {
            out[i] = { digest: d.digest, reason };
        };
        let m;
        try {
            m = await client.getManifest(repo, d.digest);
        }
        catch (e) {
            if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND'))
                return skip('listed, but the repository has no such manifest');
            throw e;
        }
        if ((0,oci_digest/* digestBytes */.QN)(m.bytes, (0,oci_digest/* algorithmOf */.Hy)(d.digest)) !== d.digest)
            return skip('the registry served other bytes than that digest');
        let doc;
        try {
            doc = JSON.parse(m.bytes.toString('utf8'));
        }
        catch {
            return skip('its manifest is not JSON');
        }
        const s = doc.subject?.digest;
        if (s !== subject)
            return skip(s === undefined ? 'its manifest has no subject' : `its manifest refers to ${(0,src_preview/* preview */.VH)(String(s), { max: 80, redact: false })}, not ${subject}`);
        out[i] = referrerDescriptor({ ...doc, mediaType: doc.mediaType ?? d.mediaType }, d.digest, m.bytes.length);
    });
    const kept = [];
    const skipped = [];
    for (const x of out) {
        if (x === undefined)
            continue;
        if ('mediaType' in x)
            kept.push(x);
        else
            skipped.push(x);
    }
    return { kept, skipped };
}
/** The referrers of `subject` in `repo`, from the referrers API or the fallback tag, bounded and (by default) verified. */
async function listReferrers(client, repo, subject, opts = {}) {
    const digest = typeof subject === 'string' ? subject : subject.digest;
    const support = await referrersSupport(client, repo, digest);
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const listed = support.api
        ? await apiReferrers(client, repo, digest, { ...limits, ...(opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {}) })
        : await readFallback(client, repo, digest, limits);
    // Filtered here too: a registry may ignore the filter (OCI-Filters-Applied tells, but costs nothing to redo).
    let referrers = ofArtifactType(listed.entries, opts.artifactType);
    let skipped = listed.skipped;
    if (opts.verify !== false) {
        const v = await verifyEntries(client, repo, digest, referrers);
        referrers = ofArtifactType(v.kept, opts.artifactType);
        skipped = [...skipped, ...v.skipped];
    }
    return { via: support.api ? 'api' : 'fallback', referrers, skipped };
}

;// CONCATENATED MODULE: ./shared/src/compliance/signatures.ts
/**
 * Is this registry image signed, and are the attestations a policy requires
 * attached and signed by someone we trust? The one place that answers it for
 * test-image, check-updates (a base before a rebuild) and the local pipeline.
 *
 * What is read: the image's OCI referrers of artifact type sigstore bundle
 * v0.3 (the API or the fallback tag, via listReferrers, which keeps only
 * manifests whose `subject` really is the image; a list of more than
 * `maxReferrers` is refused as an error); of each, the one bundle layer, at most `maxBundleBytes`, its bytes
 * checked against the layer digest. Each bundle is verified with every
 * trusted signer (keys, keyless identity) until one accepts it; the DSSE
 * statement must name the image digest. Bundles nobody trusts are listed
 * (another party's attestations are not a failure by themselves), and only
 * what the policy requires decides the verdict:
 *
 * - SIG-001 the image signature is required and there is none;
 * - SIG-002 a required signature or attestation is present but none verifies
 *   (wrong key, wrong identity, tampered, names another image);
 * - SIG-003 a required attestation (predicate type) is absent.
 */












const SignatureRule = {
    Unsigned: 'SIG-001',
    BadSignature: 'SIG-002',
    MissingAttestation: 'SIG-003',
};
/** Referrers looked at per image: more is a registry (or an attacker) flooding us. */
const MAX_SIGNATURE_REFERRERS = 64;
/** A bundle layer larger than this is not read (a DSSE bundle with an SBOM is rarely over a few MiB). */
const MAX_SIGNATURE_BUNDLE_BYTES = 16 * 1024 * 1024;
/** The verifiers for a policy; policy problems (a bad key, an unloadable root) throw INPUT here, before any registry call. */
function signatureVerifiers(policy) {
    const policies = policy.keys.map((k) => ({ kind: 'key', publicKeyPem: k.pem, source: k.source }));
    if (policy.keyless !== undefined)
        policies.push({ kind: 'keyless', ...policy.keyless });
    if (policies.length === 0) {
        throw new errors/* PipelineError */.zC('INPUT', 'expected the signatures section to trust at least one signer (keys or keyless), got neither', {
            hint: 'Add keys: [<PEM or path>] or keyless: {identity, issuer, trustedRoot}.',
        });
    }
    return policies.map(createVerifier);
}
/**
 * Verify `repo@digest`'s signature and attestations against the policy. The
 * image is `digest` (a manifest or an index: each is signed on its own).
 */
async function verifyImageSignatures(client, repo, digest, policy, opts = {}) {
    const verifiers = signatureVerifiers(policy);
    const parsed = (0,oci_digest/* parseDigest */.m)(digest);
    if (!parsed.ok)
        throw parsed.error;
    const image = `${client.registry}/${repo}@${digest}`;
    const maxReferrers = opts.maxReferrers ?? MAX_SIGNATURE_REFERRERS;
    const maxBytes = Math.min(opts.maxBundleBytes ?? MAX_SIGNATURE_BUNDLE_BYTES, MAX_BUNDLE_BYTES);
    const listed = await listReferrers(client, repo, parsed.value, { artifactType: types_BUNDLE_V03_MEDIA_TYPE, maxEntries: maxReferrers });
    // A list longer than the cap is refused by listReferrers (a clear error naming the tag or API): a flood is not half-read.
    const skipped = listed.skipped.map((s) => ({ digest: s.digest ?? '(no digest)', reason: s.reason }));
    const referrers = listed.referrers;
    const verified = [];
    const unverified = [];
    for (const ref of referrers) {
        const claimed = ref.annotations?.[BundleAnnotation.PredicateType];
        const what = `the referrer ${ref.digest} of ${image}`;
        let bytes;
        try {
            bytes = await bundleBytes(client, repo, ref, maxBytes, what);
        }
        catch (e) {
            if (!(e instanceof errors/* PipelineError */.zC) || e.code !== 'INPUT')
                throw e;
            unverified.push({ referrer: ref.digest, ...(claimed === undefined ? {} : { predicateType: claimed }), reason: e.message });
            continue;
        }
        const result = verifyWithAny(verifiers, bytes, digest, what);
        if (result.ok)
            verified.push({ referrer: ref.digest, predicateType: result.predicateType, signer: result.signer });
        else
            unverified.push({ referrer: ref.digest, ...(claimed === undefined ? {} : { predicateType: claimed }), reason: result.reason });
    }
    const problems = judge(policy, image, verified, unverified);
    return { image, via: listed.via, verified, unverified, skipped, problems, ok: problems.length === 0 };
}
/** What the policy requires, against what verified: pure. */
function judge(policy, image, verified, unverified) {
    const required = [...(policy.requireSignature ? [types_PredicateType.CosignSign] : []), ...policy.require.filter((t) => t !== types_PredicateType.CosignSign)];
    const problems = [];
    for (const type of required) {
        if (verified.some((v) => v.predicateType === type))
            continue;
        const failed = unverified.filter((u) => u.predicateType === type);
        const isSignature = type === types_PredicateType.CosignSign;
        const thing = isSignature ? 'an image signature' : `an attestation of type ${type}`;
        if (failed.length > 0) {
            const first = failed[0];
            problems.push({
                rule: SignatureRule.BadSignature,
                predicateType: type,
                message: `${image}: expected ${thing} by a trusted signer, got ${failed.length} that did not verify (${first.referrer}: ${(0,src_preview/* preview */.VH)(first.reason, { max: 300, redact: false })})`,
            });
        }
        else {
            problems.push({
                rule: isSignature ? SignatureRule.Unsigned : SignatureRule.MissingAttestation,
                predicateType: type,
                message: isSignature
                    ? `${image}: expected an image signature, got none (no sigstore bundle referrer with predicate type ${type})`
                    : `${image}: expected ${thing}, got none attached`,
            });
        }
    }
    return problems;
}
function verifyWithAny(verifiers, bytes, digest, what) {
    let bundle;
    try {
        bundle = parseBundle(bytes, { what });
    }
    catch (e) {
        return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
    const reasons = [];
    for (const v of verifiers) {
        try {
            const r = v.verify(bundle, { subjectDigest: digest }, what);
            return { ok: true, predicateType: r.statement.predicateType, signer: r.signer };
        }
        catch (e) {
            if (!(e instanceof errors/* PipelineError */.zC))
                throw e;
            reasons.push(e.message);
        }
    }
    return { ok: false, reason: reasons.join('; ') };
}
/** The referrer's one bundle layer, bounded and checked against its digest. INPUT errors for anything malformed. */
async function bundleBytes(client, repo, ref, maxBytes, what) {
    const m = await client.getManifest(repo, ref.digest);
    let doc;
    try {
        doc = JSON.parse(m.bytes.toString('utf8'));
    }
    catch {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a JSON manifest, got '${(0,src_preview/* preview */.VH)(m.bytes.toString('utf8'))}'`);
    }
    const layers = Array.isArray(doc.layers) ? doc.layers : [];
    const layer = layers.find((l) => typeof l.mediaType === 'string' && l.mediaType.startsWith('application/vnd.dev.sigstore.bundle'));
    if (layer === undefined || typeof layer.digest !== 'string' || typeof layer.size !== 'number') {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a layer of media type ${types_BUNDLE_V03_MEDIA_TYPE}, got ${layers.length} layers and none of that type`);
    }
    if (!/^sha256:[0-9a-f]{64}$/.test(layer.digest))
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a sha256 layer digest, got '${(0,src_preview/* preview */.VH)(layer.digest)}'`);
    if (layer.size > maxBytes || layer.size < 0) {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a bundle of at most ${(0,src_bytes/* formatBytes */.z)(maxBytes)}, got a layer of ${layer.size} bytes`);
    }
    const desc = { mediaType: String(layer.mediaType), digest: layer.digest, size: layer.size };
    const body = await client.openBlob(repo, desc);
    const { bytes } = await (0,transport_body/* readBounded */.CB)(body, maxBytes, 'fail', (max) => new errors/* PipelineError */.zC('INPUT', `${what}: the bundle is larger than ${(0,src_bytes/* formatBytes */.z)(max)}`));
    const hex = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (`sha256:${hex}` !== layer.digest)
        throw new errors/* PipelineError */.zC('INPUT', `${what}: the registry served other bytes than the layer digest ${layer.digest}`);
    return bytes;
}
/** The rules as reports describe them (SARIF rule descriptors, the summary). */
const SIGNATURE_RULES = {
    [SignatureRule.Unsigned]: {
        id: SignatureRule.Unsigned,
        pack: 'signatures',
        title: 'The image is not signed',
        severity: 'error',
        why: 'Without a signature nobody can tell that these bytes are the ones your pipeline built and approved.',
        fix: 'Sign the image when it is pushed (distribute-image sign: keyless or key) or pull it from a source that signs.',
    },
    [SignatureRule.BadSignature]: {
        id: SignatureRule.BadSignature,
        pack: 'signatures',
        title: 'A required signature or attestation does not verify',
        severity: 'error',
        why: 'A signature by an untrusted key or identity, or over another image, proves nothing about this one (or shows tampering).',
        fix: "Check the policy's signatures keys / keyless identity and issuer against who signed, and that the bundle names this image's digest.",
    },
    [SignatureRule.MissingAttestation]: {
        id: SignatureRule.MissingAttestation,
        pack: 'signatures',
        title: 'A required attestation is missing',
        severity: 'error',
        why: 'The policy asks for proof (provenance, SBOM) that the image does not carry.',
        fix: 'Attach it when the image is pushed (distribute-image attach), signed, or drop the predicate type from signatures.require.',
    },
};
/** The report's problems as findings, one per required predicate type that failed. */
function signatureFindings(report) {
    return report.problems.map((p) => {
        const subject = { kind: 'manifest', field: `signatures ${p.predicateType}` };
        return {
            ruleId: p.rule,
            severity: 'error',
            message: p.message,
            subject,
            expected: p.rule === SignatureRule.MissingAttestation ? `an attestation of type ${p.predicateType}` : `a verified ${p.predicateType} bundle`,
            got: p.rule === SignatureRule.BadSignature ? 'none that verifies' : 'none',
            fingerprint: fingerprint(p.rule, subject),
        };
    });
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./shared/src/registry/transport/follow.ts
var follow = __webpack_require__(7376);
// EXTERNAL MODULE: ./shared/src/registry/transport/http-fetch.ts
var http_fetch = __webpack_require__(1812);
// EXTERNAL MODULE: ./shared/src/updates/index-urls.ts
var index_urls = __webpack_require__(8773);
;// CONCATENATED MODULE: ./shared/src/updates/package-db.ts
/**
 * The package databases an image carries and the indexes a distribution
 * publishes, parsed purely from their text: dpkg's status file (and the
 * per-package files distroless images keep in status.d), apk's installed
 * database and APKINDEX, Debian's Packages files, and /etc/os-release.
 * The check for updates needs name, version and arch; the SBOM also needs
 * each package's source (what advisories name) and apk's licence.
 */
/** Where the databases live in an image (the SBOM catalog and check-updates both read them). */
const package_db_DPKG_STATUS = '/var/lib/dpkg/status';
const DPKG_STATUS_D = '/var/lib/dpkg/status.d';
const APK_INSTALLED = '/lib/apk/db/installed';
const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'];
/** A distroless per-package file, status.d/<name> (its <name>.md5sums beside it is not one). */
const isDpkgStatusD = (path) => path.startsWith(`${DPKG_STATUS_D}/`) && !path.includes('/', DPKG_STATUS_D.length + 1) && !path.endsWith('.md5sums');
/** The package names of a Debian relation field: `libssl3 (= 3.0.13-1), foo:any | bar [amd64]` -> libssl3, foo, bar. */
function relationNames(field) {
    if (field === undefined)
        return [];
    const out = [];
    for (const alt of field.split(/[,|]/)) {
        const m = /^\s*([a-z0-9][a-z0-9+.-]*)/.exec(alt);
        if (m !== null)
            out.push(m[1]);
    }
    return out;
}
/** Deb822 stanzas (dpkg status, Packages, DEP-5 copyright): fields by name, continuation lines dropped. */
function parseDeb822(text) {
    const out = [];
    let cur = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (cur.size > 0)
                out.push(cur);
            cur = new Map();
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t') || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        cur.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    if (cur.size > 0)
        out.push(cur);
    return out;
}
/**
 * Installed packages in a dpkg status file. Only stanzas whose Status ends in
 * `installed` count (removed, config-files and half-installed ones do not);
 * distroless status.d files carry no Status at all, so `requireStatus: false`
 * takes every stanza.
 */
function parseDpkgStatus(text, opts = {}) {
    return parseDpkgEntries(text, opts).map(({ name, version, arch }) => ({ name, version, arch }));
}
/** `Source: name` or `Source: name (version)`; absent, the binary is its own source. */
function dpkgSource(field, name, version) {
    const m = field === undefined ? null : /^(\S+)(?:\s*\(([^()\s]+)\))?\s*$/.exec(field);
    if (m === null)
        return { name, version };
    return { name: m[1], version: m[2] ?? version };
}
/** parseDpkgStatus with each package's source package and source version (and with `relations`, what it takes over). */
function parseDpkgEntries(text, opts = {}) {
    const out = [];
    for (const s of parseDeb822(text)) {
        const name = s.get('Package');
        const version = s.get('Version');
        if (name === undefined || version === undefined)
            continue;
        const status = s.get('Status');
        if (status === undefined ? opts.requireStatus !== false : status.split(/\s+/)[2] !== 'installed')
            continue;
        const p = { name, version, arch: s.get('Architecture') ?? '', source: dpkgSource(s.get('Source'), name, version) };
        if (opts.relations === true) {
            const names = [...new Set([...relationNames(s.get('Provides')), ...relationNames(s.get('Replaces'))])].filter((n) => n !== name);
            if (names.length > 0)
                p.takesOver = names;
        }
        out.push(p);
    }
    return out;
}
/** Every package a Debian Packages index offers. */
function parseDebianPackages(text) {
    return parseDpkgStatus(text, { requireStatus: false });
}
/** apk's line format (`P:name`, `V:version`, `A:arch`, blank line between packages): the installed db and APKINDEX alike. */
function parseApkDb(text) {
    return parseApkEntries(text).map(({ name, version, arch }) => ({ name, version, arch }));
}
/** parseApkDb with `o:` (origin, the source package, same version; the package itself when absent), `L:` (licence) and with `relations`, `p:`. */
function parseApkEntries(text, opts = {}) {
    const out = [];
    let fields = new Map();
    const flush = () => {
        const name = fields.get('P');
        const version = fields.get('V');
        if (name !== undefined && version !== undefined) {
            const p = { name, version, arch: fields.get('A') ?? '', source: { name: fields.get('o') ?? name, version } };
            const license = fields.get('L');
            if (license !== undefined && license !== '')
                p.license = license;
            if (opts.relations === true) {
                const names = (fields.get('p') ?? '')
                    .split(/\s+/)
                    .map((t) => t.split(/[=<>~]/)[0])
                    .filter((n) => n !== '' && !n.includes(':') && n !== name);
                if (names.length > 0)
                    p.takesOver = [...new Set(names)];
            }
            out.push(p);
        }
        fields = new Map();
    };
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            flush();
            continue;
        }
        // One letter per field (F:/R:, the files, repeat; we read none of those), the last one winning.
        if (line[1] !== ':')
            continue;
        fields.set(line[0], line.slice(2).trim());
    }
    flush();
    return out;
}
/** /etc/os-release: shell-style KEY=value lines, values optionally quoted. */
function parseOsRelease(text) {
    const fields = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
        if (m === null)
            continue;
        let v = m[2].trim();
        const q = v[0];
        if ((q === '"' || q === "'") && v.endsWith(q) && v.length >= 2)
            v = v.slice(1, -1);
        if (q === '"')
            v = v.replace(/\\(["\\$`])/g, '$1');
        fields.set(m[1], v);
    }
    return {
        id: fields.get('ID') ?? '',
        idLike: (fields.get('ID_LIKE') ?? '').split(/\s+/).filter((w) => w !== ''),
        versionId: fields.get('VERSION_ID') ?? '',
        codename: fields.get('VERSION_CODENAME') ?? '',
    };
}

;// CONCATENATED MODULE: ./shared/src/updates/fetch-index.ts
/**
 * Fetch a package index over http(s) and list what it offers: Debian
 * Packages (plain or .gz) or Alpine APKINDEX.tar.gz (a gzip'd tar whose
 * APKINDEX member holds the records).
 *
 * The index comes from a server we do not control, so it is streamed and
 * parsed as it arrives, a few records at a time, and bounded on every axis
 * (IndexLimits): the bytes downloaded and the bytes they decompress to (a
 * gzip bomb stops at the cap), the size of one record, the number of
 * packages, and the time the whole fetch may take. A missing Content-Length
 * changes nothing. Errors name the URL without its credentials or query.
 */












/**
 * Real indexes are tens of MB uncompressed (Debian main amd64 about 50 MB)
 * and parsing streams, so memory stays near the packages kept; these caps
 * only stop what no mirror serves.
 */
const DEFAULT_INDEX_LIMITS = { maxBytes: 256 * 1024 * 1024, maxRecordBytes: 1024 * 1024, maxPackages: 400_000, timeoutMs: 120_000 };
async function fetchIndex(url, line, fetchImpl = http_fetch/* httpFetch */.t, limits = {}) {
    const lim = { ...DEFAULT_INDEX_LIMITS, ...limits };
    const kind = (0,index_urls/* indexKind */.po)(url, line);
    const at = { input: 'package-index-urls', ...(line !== undefined ? { line } : {}) };
    const where = (0,index_urls/* onLine */.Cl)(line);
    const shown = (0,origin/* redactUrl */.BO)(url);
    const tooLarge = (what, hint) => (max) => new errors/* PipelineError */.zC('UNSUPPORTED', `${where}the package index ${shown} ${what} more than ${(0,src_bytes/* formatBytes */.z)(max)} (the cap)`, { ...at, hint });
    const cutHint = 'Point at one release, component and architecture (a Packages.gz or APKINDEX.tar.gz a mirror publishes); a larger file is not a package index.';
    let res;
    try {
        // Redirects by origin.ts's rules (a few hops, never https to http), the time limit over all of them.
        res = await (0,follow/* fetchFollowing */.S)(url, { signal: AbortSignal.timeout(lim.timeoutMs) }, { what: `${where}the package index ${shown}`, context: at, fetchImpl });
    }
    catch (e) {
        if (e instanceof errors/* PipelineError */.zC)
            throw e;
        throw new errors/* PipelineError */.zC('NETWORK', `${where}could not fetch the package index ${shown}: ${e.message}`, {
            ...at,
            cause: e,
            hint: 'Check the URL and that the runner can reach it.',
        });
    }
    if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new errors/* PipelineError */.zC('NOT_FOUND', `${where}the package index ${shown} answered HTTP ${res.status}`, {
            ...at,
            hint: 'Check the URL: the release codename, architecture and file name.',
        });
    }
    const length = Number(res.headers.get('content-length') ?? '0');
    if (length > lim.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge(`is ${(0,src_bytes/* formatBytes */.z)(length)},`, cutHint)(lim.maxBytes);
    }
    const packages = [];
    const sink = recordSink(kind.family === 'deb' ? (text) => parseDpkgEntries(text, { requireStatus: false, relations: true }) : (text) => parseApkEntries(text, { relations: true }), (batch) => {
        packages.push(...batch);
        if (packages.length > lim.maxPackages) {
            throw new errors/* PipelineError */.zC('UNSUPPORTED', `${where}the package index ${shown} lists more than ${lim.maxPackages} packages (the cap)`, {
                ...at,
                hint: cutHint,
            });
        }
    }, lim.maxRecordBytes, tooLarge('has a record of', 'A record is one package; this file is not a package index.'));
    // Which stage failed decides what the error says (a zlib error means: not gzip). The first stage to emit an
    // error is where it arose: pipeline then destroys every other stage with the same error, so a body cut off
    // midway reaches the gunzip and the tar reader too, and must still read as a network failure.
    const failedIn = new WeakMap();
    const tag = (stage, name) => stage.once('error', (e) => void (typeof e === 'object' && e !== null && !failedIn.has(e) && failedIn.set(e, name)));
    const stages = [
        tag(res.body === null ? external_node_stream_.Readable.from([]) : external_node_stream_.Readable.fromWeb(res.body), 'body'),
        (0,transport_body/* capped */.uo)(lim.maxBytes, tooLarge('is', cutHint)),
    ];
    if (kind.gzip)
        stages.push(tag((0,external_node_zlib_.createGunzip)(), 'gzip'), (0,transport_body/* capped */.uo)(lim.maxBytes, tooLarge('decompresses to', cutHint)));
    let apk;
    if (kind.family === 'deb')
        stages.push(sink);
    else {
        apk = { found: false };
        stages.push(tag(apkIndexMember(sink, apk), 'tar'));
    }
    try {
        await (0,external_node_stream_promises_.pipeline)(stages);
    }
    catch (e) {
        if (e instanceof errors/* PipelineError */.zC)
            throw e;
        const stage = typeof e === 'object' && e !== null ? failedIn.get(e) : undefined;
        if (stage === 'gzip')
            throw new errors/* PipelineError */.zC('LAYOUT', `${where}the package index ${shown} is not valid gzip: ${e.message}`, { ...at, cause: e });
        if (stage === 'tar')
            throw new errors/* PipelineError */.zC('LAYOUT', `${where}the package index ${shown} is not a tar archive: ${e.message}`, { ...at, cause: e });
        const aborted = e.name === 'TimeoutError' || e.name === 'AbortError';
        if (aborted)
            throw new errors/* PipelineError */.zC('NETWORK', `${where}the package index ${shown} did not arrive within ${lim.timeoutMs / 1000} s`, {
                ...at,
                cause: e,
                hint: 'Check that the mirror is reachable and healthy.',
            });
        throw new errors/* PipelineError */.zC('NETWORK', `${where}could not read the package index ${shown}: ${e.message}`, {
            ...at,
            cause: e,
            hint: 'Check the URL and that the runner can reach it.',
        });
    }
    if (apk !== undefined && !apk.found) {
        throw new errors/* PipelineError */.zC('LAYOUT', `${where}the package index ${shown} has no APKINDEX member`, {
            ...at,
            hint: 'Point at an Alpine repository APKINDEX.tar.gz.',
        });
    }
    return { url, kind, packages };
}
/**
 * A writable that cuts text at blank lines (both formats separate records
 * with one) and parses a batch of whole records at a time; what is left
 * waits for more bytes, up to `maxRecord` of them.
 */
function recordSink(parse, emit, maxRecord, tooLarge) {
    let pending = Buffer.alloc(0);
    const flush = (upTo) => {
        if (upTo <= 0)
            return;
        // A cut just after a newline never splits a UTF-8 character.
        emit(parse(pending.subarray(0, upTo).toString('utf8')));
        pending = pending.subarray(upTo);
    };
    return new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            try {
                pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
                flush(lastBlankLine(pending));
                if (pending.length > maxRecord)
                    throw tooLarge(maxRecord);
                cb();
            }
            catch (e) {
                cb(e);
            }
        },
        final(cb) {
            try {
                flush(pending.length);
                cb();
            }
            catch (e) {
                cb(e);
            }
        },
    });
}
/** The offset just past the last blank line (`\n\n` or `\n\r\n`) in `b`, or 0. */
function lastBlankLine(b) {
    const lf = b.lastIndexOf('\n\n');
    const crlf = b.lastIndexOf('\n\r\n');
    return Math.max(lf < 0 ? 0 : lf + 2, crlf < 0 ? 0 : crlf + 3);
}
/** A tar reader that feeds the APKINDEX member to `sink` and skips the rest. */
function apkIndexMember(sink, state) {
    const extract = tar_stream.extract();
    extract.on('entry', (header, stream, next) => {
        if (header.name.replace(/^\.\//, '') !== 'APKINDEX' || state.found) {
            // A body cut (or a tar cut short) inside a skipped member destroys it with the extract's error: without a
            // listener that 'error' is thrown at the process. The pipeline reports the same error from the extract.
            stream.on('error', () => undefined);
            stream.on('end', next);
            stream.resume();
            return;
        }
        state.found = true;
        (0,external_node_stream_promises_.pipeline)(stream, sink).then(() => next(), (e) => extract.destroy(e));
    });
    return extract;
}

// EXTERNAL MODULE: ./shared/src/updates/apk-version.ts
var apk_version = __webpack_require__(6569);
// EXTERNAL MODULE: ./shared/src/updates/debian-version.ts
var debian_version = __webpack_require__(2700);
;// CONCATENATED MODULE: ./shared/src/updates/package-updates.ts
/**
 * Whether a distribution's package index offers newer versions of what an
 * image has installed: pure, over the installed list and the indexes' lists.
 */


const compareVersions = (family, a, b) => family === 'deb' ? (0,debian_version/* compareDebianVersions */._)(a, b) : (0,apk_version/* compareApkVersions */.b)(a, b);
/** Packages whose newest indexed version (over all indexes) is newer than the installed one, by name. */
function findUpdates(family, installed, indexed) {
    const newest = new Map();
    for (const p of indexed) {
        const cur = newest.get(p.name);
        if (cur === undefined || compareVersions(family, p.version, cur) > 0)
            newest.set(p.name, p.version);
    }
    const out = [];
    const seen = new Set();
    for (const p of installed) {
        const key = `${p.name}\0${p.version}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const available = newest.get(p.name);
        if (available !== undefined && compareVersions(family, available, p.version) > 0)
            out.push({ name: p.name, installed: p.version, available });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
/** How many updates the reason lists by name; the rest are counted. */
const LISTED_UPDATES = 10;
/** The reason lines for a set of updates: a count, then up to LISTED_UPDATES of them. */
function updateReasons(updates, where) {
    if (updates.length === 0)
        return [];
    const head = `${updates.length} installed package${updates.length === 1 ? ' has' : 's have'} updates in the package index${where === '' ? '' : ` (${where})`}`;
    const listed = updates.slice(0, LISTED_UPDATES).map((u) => `${u.name} ${u.installed} -> ${u.available}`);
    const more = updates.length > LISTED_UPDATES ? [`... and ${updates.length - LISTED_UPDATES} more`] : [];
    return [`${head}: ${listed.join(', ')}${more.length > 0 ? `, ${more[0]}` : ''}`];
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./shared/src/layers/inflate-worker.ts
/**
 * A large gzip layer inflated on a worker thread, straight into a few
 * buffers used again and again (issue 17).
 *
 * Why: inflated by a zlib stream (on the thread pool), every 256 KiB of
 * output is a fresh buffer that the main thread then hashes and parses. A
 * 300 MB layer inflates to ~800 MB: as many bytes of fresh memory (first-touch
 * page faults, costly on a VM), and, since V8 counts them as external memory,
 * a full garbage collection of the scan's growing index every ~64 MB (34 in
 * bench/scan.ts's image; 2 this way). Here the worker drives zlib
 * synchronously into a shared output ring; the main thread copies the
 * compressed bytes into a shared input ring (handing the blob's pooled chunks
 * back, chunk-pool.ts), hashes the diff_id and parses the inflated bytes
 * where the worker put them: the same memory each time, nothing to collect.
 *
 * The protocol (one job at a time per worker, messages tagged with the job):
 * - main -> worker: `in` (an input slot holds `len` compressed bytes), `end`
 *   (no more input), `outFree` (main is done with an output slot).
 * - worker -> main: `inFree` (zlib consumed an input slot), `out` (an output
 *   slot holds `len` inflated bytes), `done` (all inflated), `error` (zlib's
 *   message and code).
 * A slot is written only by the side it is free for, so no byte is read while
 * being written. Memory is bounded by the rings and zlib's window, whatever
 * the layer declares: the worker inflates no further than the free output slots.
 *
 * Chunks handed to `write` are valid only during the call: the slot is
 * reused afterwards (layer-stream.ts copies what a body sink is given).
 * Workers are kept for the next layer while idle and dropped once unused
 * for a while; a job that fails or is aborted ends its worker.
 */






/** Bytes per ring slot. Rings: 6 MiB a worker; at most `parallel` (scan.ts) in use and MAX_IDLE kept. */
const SLOT = 1024 * 1024;
const IN_SLOTS = 2;
const OUT_SLOTS = 4;
/** Idle workers kept, and for how long unused. */
const MAX_IDLE = 4;
const IDLE_MS = 2000;
/**
 * Layers at least this large (compressed) are inflated on a worker; smaller
 * ones are not worth its start (tens of ms). Tests set it to 0 to take this
 * path with small layers.
 */
const inflateWorkerConfig = { minBytes: 4 * 1024 * 1024 };
/**
 * The worker, a plain script (no module graph to bundle): node built-ins only.
 * It drives a gunzip's zlib handle synchronously, as zlib's own sync calls
 * do (handle.writeSync with the stream's _writeState), so it inflates
 * straight into the output ring: no buffer per chunk, no copy, no hop to the
 * thread pool. Errors come through the handle's onerror with zlib's message
 * and code, as the stream's 'error' would. Whatever zlib leaves of an input
 * once it has room to spare (bytes after the last gzip member) is dropped,
 * as the stream drops it.
 */
const WORKER_SOURCE = `
'use strict';
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Z_NO_FLUSH, Z_FINISH } = zlib.constants;
const EMPTY = Buffer.alloc(0);
let job = 0, inRing, outRing, slot, gunzip, handle, state, freeOut, inputs, cur, fill, size, consumed, ended, stopped, finished;
const post = (m) => parentPort.postMessage({ job, ...m });
// Deflate cannot expand more than 1032:1: past that (plus a slot of slack) the handle is not doing what we think it is.
const MAX_RATIO = 1032;
function pump() {
  while (!stopped) {
    if (finished) {
      // zlib ended the stream with input left over: everything after it is ignored, as the stream ignores it, in
      // whatever slot it arrives (not inflated as a new start).
      while (inputs.length > 0) post({ t: 'inFree', slot: inputs.shift().slot });
      if (cur !== undefined) {
        if (fill > 0) post({ t: 'out', slot: cur, len: fill });
        else freeOut.push(cur);
        cur = undefined;
      }
      if (!ended) return;
      stopped = true;
      gunzip.close();
      post({ t: 'done', size });
      return;
    }
    if (cur === undefined) {
      if (freeOut.length === 0) return;
      cur = freeOut.pop();
      fill = 0;
    }
    const input = inputs[0];
    if (input === undefined && !ended) return;
    const inLen = input === undefined ? 0 : input.len - input.off;
    const room = slot - fill;
    handle.writeSync(input === undefined ? Z_FINISH : Z_NO_FLUSH, input === undefined ? EMPTY : inRing, input === undefined ? 0 : input.slot * slot + input.off, inLen, outRing, cur * slot + fill, room);
    if (stopped) return;
    const availOut = state[0];
    fill += room - availOut;
    size += room - availOut;
    if (input !== undefined) {
      const left = state[1];
      input.off += inLen - left;
      consumed += inLen - left;
      if (left === 0 || availOut > 0) {
        inputs.shift();
        post({ t: 'inFree', slot: input.slot });
      }
      if (left > 0 && availOut > 0) finished = true;
    }
    if (size > consumed * MAX_RATIO + slot) {
      stopped = true;
      post({ t: 'error', message: 'inflated more than deflate can expand to (the runtime zlib handle misbehaves)', code: 'INFLATE_RATIO' });
      return;
    }
    if (availOut === 0) {
      post({ t: 'out', slot: cur, len: fill });
      cur = undefined;
    } else if (finished) {
      continue;
    } else if (input === undefined) {
      if (fill > 0) post({ t: 'out', slot: cur, len: fill });
      else freeOut.push(cur);
      cur = undefined;
      stopped = true;
      gunzip.close();
      post({ t: 'done', size });
      return;
    }
  }
}
parentPort.on('message', (m) => {
  if (m.t === 'start') {
    job = m.job; inRing = Buffer.from(m.inRing); outRing = Buffer.from(m.outRing); slot = m.slot;
    freeOut = m.outSlots.slice(); inputs = []; cur = undefined; size = 0; consumed = 0; ended = false; stopped = false; finished = false;
    gunzip = zlib.createGunzip();
    handle = gunzip._handle;
    state = gunzip._writeState;
    handle.onerror = (message, errno, code) => {
      stopped = true;
      post({ t: 'error', message, code });
    };
    return;
  }
  if (m.job !== job || stopped) return;
  if (m.t === 'in') inputs.push({ slot: m.slot, len: m.len, off: 0 });
  else if (m.t === 'end') ended = true;
  else if (m.t === 'outFree') freeOut.push(m.slot);
  pump();
});
`;
/**
 * Whether this runtime's zlib handle does what the worker relies on (Node 20-24 do); else the stream path is
 * used. The handle is internal, so its shape is not enough: a Node that kept the names but not the meaning
 * (`_writeState` no longer updated, say) would spin the worker over stale memory. So it is tried once, here,
 * on a known gzip: the exact bytes, both counters, and a synchronous onerror for bytes that are not gzip.
 */
let handleUsable;
function inflateWorkerUsable() {
    handleUsable ??= handleSelfTest();
    return handleUsable;
}
function handleSelfTest() {
    const open = () => {
        const g = external_node_zlib_.createGunzip();
        const h = g._handle;
        if (typeof h?.writeSync !== 'function' || typeof h.onerror !== 'function' || !external_node_util_.types.isUint32Array(g._writeState)) {
            g.close();
            return undefined;
        }
        return { g, handle: h, state: g._writeState };
    };
    const text = Buffer.from('image-pipeline inflate self-test');
    const good = open();
    if (good === undefined)
        return false;
    try {
        const input = external_node_zlib_.gzipSync(text);
        const out = Buffer.alloc(text.length + 16);
        let failed = false;
        good.handle.onerror = () => {
            failed = true;
        };
        good.handle.writeSync(external_node_zlib_.constants.Z_FINISH, input, 0, input.length, out, 0, out.length);
        if (failed || good.state[1] !== 0 || good.state[0] !== out.length - text.length || !out.subarray(0, text.length).equals(text))
            return false;
    }
    catch {
        return false;
    }
    finally {
        good.g.close();
    }
    const bad = open();
    if (bad === undefined)
        return false;
    try {
        let failed = false;
        bad.handle.onerror = () => {
            failed = true;
        };
        const junk = Buffer.from('not gzip at all, not gzip at all');
        bad.handle.writeSync(external_node_zlib_.constants.Z_NO_FLUSH, junk, 0, junk.length, Buffer.alloc(64), 0, 64);
        return failed;
    }
    catch {
        return false;
    }
    finally {
        bad.g.close();
    }
}
const idle = [];
let trimTimer;
let jobs = 0;
function takeWorker() {
    const w = idle.pop();
    if (w !== undefined)
        return w;
    // No execArgv: the script needs node's built-ins only, not the parent's loaders (tsx in development).
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
    worker.unref();
    const pooled = { worker, inRing: new SharedArrayBuffer(IN_SLOTS * SLOT), outRing: new SharedArrayBuffer(OUT_SLOTS * SLOT) };
    // A worker that ends while idle (terminated, or gone for any reason) is never handed out: a job sent to it would wait forever.
    worker.once('exit', () => {
        const i = idle.indexOf(pooled);
        if (i >= 0)
            idle.splice(i, 1);
    });
    return pooled;
}
function keepWorker(w) {
    if (idle.length >= MAX_IDLE) {
        void w.worker.terminate();
        return;
    }
    idle.push(w);
    if (trimTimer !== undefined)
        clearTimeout(trimTimer);
    trimTimer = setTimeout(() => {
        trimTimer = undefined;
        for (const p of idle.splice(0))
            void p.worker.terminate();
    }, IDLE_MS);
    trimTimer.unref();
}
/** Jobs started on a worker since the process began (tests: which path a read took). */
const inflateWorkerJobs = () => jobs;
/** Idle workers now (tests). */
const idleInflateWorkers = () => idle.length;
/**
 * Inflate the gzip stream `blob` on a worker, handing each inflated chunk to
 * `write` in order (valid only during the call). With `diffId`, the inflated
 * bytes are checked against it (`what` names them in the error) and the last
 * chunk is held back until they are, as VerifyingStream does. Rejects with
 * the blob's error, the gunzip's (an Error with zlib's message and code, as
 * the stream's would be), what `write` throws, or the signal's reason.
 */
function inflateGzip(blob, write, opts) {
    const hash = opts.diffId === undefined ? undefined : new oci_digest/* DigestCounter */.VR((0,oci_digest/* algorithmOf */.Hy)(opts.diffId));
    const pooled = takeWorker();
    const { worker } = pooled;
    const job = ++jobs;
    const inRing = Buffer.from(pooled.inRing);
    const outRing = Buffer.from(pooled.outRing);
    const freeIn = Array.from({ length: IN_SLOTS }, (_, i) => i);
    const giveBack = (0,chunk_pool/* giveBackOf */.CR)(blob);
    return new Promise((resolve, reject) => {
        let settled = false;
        // Compressed bytes not yet in a slot (the ring was full): the blob is paused meanwhile.
        let pending;
        let pendingChunk;
        let blobEnded = false;
        // The last inflated chunk, held until the next one comes or the diff_id is checked.
        let held;
        const finish = (e) => {
            if (settled)
                return;
            settled = true;
            worker.off('message', onMessage);
            worker.off('error', onWorkerError);
            worker.off('exit', onExit);
            blob.off('data', onBlobData);
            blob.off('end', onBlobEnd);
            blob.off('error', finish);
            blob.off('close', onBlobClose);
            opts.signal?.removeEventListener('abort', onAbort);
            if (e === undefined) {
                keepWorker(pooled);
                resolve();
            }
            else {
                // Whatever it was doing is of no use now; a new job gets a fresh worker.
                void worker.terminate();
                if (!blob.destroyed)
                    blob.pause();
                reject(e);
            }
        };
        const feed = (s, len) => {
            write(outRing.subarray(s * SLOT, s * SLOT + len));
            worker.postMessage({ job, t: 'outFree', slot: s });
        };
        // Copy as much of `chunk` as the free input slots take; returns what is left to wait for a slot.
        const fill = (chunk) => {
            let at = 0;
            while (at < chunk.length) {
                const s = freeIn.pop();
                if (s === undefined)
                    return chunk.subarray(at);
                const n = Math.min(SLOT, chunk.length - at);
                chunk.copy(inRing, s * SLOT, at, at + n);
                worker.postMessage({ job, t: 'in', slot: s, len: n });
                at += n;
            }
            return undefined;
        };
        const onBlobData = (chunk) => {
            if (settled)
                return;
            const rest = fill(chunk);
            if (rest === undefined) {
                giveBack?.(chunk);
                return;
            }
            pending = rest;
            pendingChunk = chunk;
            blob.pause();
        };
        const onBlobEnd = () => {
            blobEnded = true;
            if (pending === undefined)
                worker.postMessage({ job, t: 'end' });
        };
        // A blob destroyed without its end (and without an error, which comes first) would leave the worker waiting.
        const onBlobClose = () => {
            if (!blobEnded)
                finish(new Error('the blob stream closed before its end'));
        };
        const onMessage = (m) => {
            if (settled || m.job !== job)
                return;
            try {
                if (m.t === 'inFree') {
                    freeIn.push(m.slot);
                    if (pending === undefined)
                        return;
                    const rest = fill(pending);
                    if (rest !== undefined) {
                        pending = rest;
                        return;
                    }
                    pending = undefined;
                    if (pendingChunk !== undefined)
                        giveBack?.(pendingChunk);
                    pendingChunk = undefined;
                    if (blobEnded)
                        worker.postMessage({ job, t: 'end' });
                    else
                        blob.resume();
                }
                else if (m.t === 'out') {
                    // Hashed here, where the slot was just written: the worker's thread is the inflate's alone.
                    hash?.update(outRing.subarray(m.slot * SLOT, m.slot * SLOT + m.len));
                    if (opts.diffId === undefined) {
                        feed(m.slot, m.len);
                        return;
                    }
                    const h = held;
                    held = { slot: m.slot, len: m.len };
                    if (h !== undefined)
                        feed(h.slot, h.len);
                }
                else if (m.t === 'done') {
                    const digest = hash?.digest();
                    if (opts.diffId !== undefined && digest !== opts.diffId) {
                        finish((0,oci_digest/* digestMismatch */.H3)(opts.what, digest ?? 'none', opts.diffId));
                        return;
                    }
                    const h = held;
                    held = undefined;
                    if (h !== undefined)
                        feed(h.slot, h.len);
                    finish();
                }
                else {
                    finish(Object.assign(new Error(m.message), m.code === undefined ? {} : { code: m.code }));
                }
            }
            catch (e) {
                finish(e instanceof Error ? e : new Error(String(e)));
            }
        };
        // The worker's own failure is ours, not the layer's: INTERNAL, which tar-members.ts passes through as it is
        // (a plain Error there would read as a corrupt layer).
        const internal = (why) => new errors/* PipelineError */.zC('INTERNAL', `the inflate worker for ${opts.what} stopped: ${why}`, {
            hint: 'This is a fault of the runner or of image-pipeline, not of the image; run again, and report it if it repeats.',
        });
        const onWorkerError = (e) => finish(internal(e.message));
        const onExit = (code) => finish(internal(`exit code ${code}`));
        const onAbort = () => {
            blob.destroy();
            finish(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
        };
        worker.on('message', onMessage);
        worker.on('error', onWorkerError);
        worker.on('exit', onExit);
        if (opts.signal?.aborted === true) {
            onAbort();
            return;
        }
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        worker.postMessage({
            t: 'start',
            job,
            inRing: pooled.inRing,
            outRing: pooled.outRing,
            slot: SLOT,
            outSlots: Array.from({ length: OUT_SLOTS }, (_, i) => i),
        });
        blob.on('data', onBlobData);
        blob.on('end', onBlobEnd);
        blob.on('error', finish);
        blob.on('close', onBlobClose);
    });
}

;// CONCATENATED MODULE: ./shared/src/layers/tar-parse.ts
/**
 * A push-based tar parser: fed the archive chunk by chunk, it walks the
 * 512-byte headers and steps over bodies by offset arithmetic. No stream per
 * member and no copy of a body nobody asked for: a body reaches the visitor
 * only when wantBody asks for it, as one buffer up to a cap or as slices of
 * the chunks handed to a sink. This is the layer scan's hot path (issue 17):
 * the work per byte of a skipped body is nothing, per member one header.
 *
 * What it reads is what layers contain: ustar, GNU and old-GNU headers (v7
 * too), GNU long names and link targets ('L', 'K'; old 'N'), PAX extended
 * headers ('x': path, linkpath, size, uid, gid) and global ones ('g'),
 * base-256 numbers, either checksum (unsigned or signed sum), the two zero
 * blocks that end the archive, or none (as tar-stream accepts).
 *
 * Its members are tar-stream's, field for field (the scan's verdicts must not
 * move), with these deliberate differences, each on input no real writer makes
 * or where tar-stream is wrong:
 * - PAX uid/gid records apply (tar-stream drops them; GNU tar and Go apply them:
 *   ids above 2097151 only fit there);
 * - v7 headers (no ustar magic) are read, as GNU tar and Go read them;
 * - data after the end-of-archive marker that is not zeros is an error
 *   (tar-stream parses it as more members, Go's reader and so the runtime
 *   ignore it: either way the scan would not see what runs);
 * - extended headers over 1 MiB, malformed PAX records, and numbers that are
 *   not numbers are errors (tar-stream caps at 4 MiB, guesses or yields NaN).
 */


/** The most of a member name a message shows: real paths are far shorter, a crafted PAX path may be 1 MiB. */
const MAX_SHOWN_NAME = 512;
/**
 * A member name as shown in a message: with control characters made visible,
 * and cut (saying how long it was) past MAX_SHOWN_NAME characters, so a
 * crafted name cannot flood a log line or a job summary.
 */
const memberName = (name) => name.length <= MAX_SHOWN_NAME ? `'${(0,src_preview/* printable */.g$)(name)}'` : `'${(0,src_preview/* printable */.g$)(name.slice(0, MAX_SHOWN_NAME))}\u2026' (${name.length} characters)`;
/** The most a GNU long name/link or a PAX header may carry: real ones are a few hundred bytes. */
const MAX_EXTENDED_HEADER = 1024 * 1024;
const BLOCK = 512;
const HINT = 'The layer is corrupt or not the type its media type says.';
var Mode;
(function (Mode) {
    Mode[Mode["Header"] = 0] = "Header";
    Mode[Mode["Body"] = 1] = "Body";
    Mode[Mode["Padding"] = 2] = "Padding";
    Mode[Mode["Extended"] = 3] = "Extended";
    /** After the two zero blocks: only zeros may follow (GNU tar pads to its record size). */
    Mode[Mode["Ended"] = 4] = "Ended";
})(Mode || (Mode = {}));
// Type flags (byte 156).
const LONG_LINK = 0x4b; // 'K'
const LONG_NAME = 0x4c; // 'L'
const OLD_LONG_NAME = 0x4e; // 'N', old GNU; tar-stream reads it as a long name
const PAX = 0x78; // 'x'
const PAX_GLOBAL = 0x67; // 'g'
/** tar-stream's mapping: '0', NUL, '7' and every flag it does not know are files. */
function typeOf(flag) {
    switch (flag) {
        case 0x31:
            return 'link';
        case 0x32:
            return 'symlink';
        case 0x33:
            return 'character-device';
        case 0x34:
            return 'block-device';
        case 0x35:
            return 'directory';
        case 0x36:
            return 'fifo';
        default:
            return 'file';
    }
}
const extendedWhat = (flag) => flag === PAX ? 'PAX extended header' : flag === PAX_GLOBAL ? 'PAX global header' : flag === LONG_LINK ? 'GNU long link target' : 'GNU long name';
/** Bytes [start, end) up to the first NUL, as UTF-8 (what tar-stream does). */
function tar_parse_text(buf, start, end) {
    let nul = start;
    while (nul < end && buf[nul] !== 0)
        nul++;
    return buf.toString('utf8', start, nul);
}
/**
 * A numeric field: octal text (leading spaces, then up to a space or NUL, as
 * tar-stream and GNU tar read it) or base-256 (first byte 0x80, or 0xff for a
 * negative number). NaN when it is neither; -1 for a negative number.
 */
function numeric(buf, off, len) {
    const end = off + len;
    const first = buf[off];
    if (first & 0x80) {
        if (first === 0xff)
            return -1;
        if (first !== 0x80)
            return NaN;
        let v = 0;
        for (let i = off + 1; i < end; i++)
            v = v * 256 + buf[i];
        return v;
    }
    let p = off;
    while (p < end && buf[p] === 0x20)
        p++;
    while (p < end && buf[p] === 0)
        p++;
    if (p === end || buf[p] === 0x20)
        return 0;
    let v = 0;
    let digits = 0;
    for (; p < end; p++, digits++) {
        const c = buf[p];
        if (c < 0x30 || c > 0x37)
            break;
        v = v * 8 + (c - 0x30);
    }
    return digits === 0 ? NaN : v;
}
class TarParser {
    visitor;
    what;
    mode = Mode.Header;
    /** Bytes of the archive consumed so far: where errors say they are. */
    offset = 0;
    /** A header split across chunks is gathered here; whole ones are read in place. */
    head = Buffer.allocUnsafe(BLOCK);
    headFill = 0;
    zeroBlocks = 0;
    // The member whose body is passing.
    member;
    bodySize = 0;
    bodyLeft = 0;
    padLeft = 0;
    whole;
    wholeFill = 0;
    sink;
    // An extended header's body being gathered, and what the extended headers so far said.
    extFlag = 0;
    ext;
    extFill = 0;
    extAt = 0;
    longName;
    longLink;
    pax;
    paxGlobal;
    constructor(visitor, 
    /** Names the archive in errors, e.g. "layer 2 of 3 (sha256:\u2026) in <image>". */
    what) {
        this.visitor = visitor;
        this.what = what;
    }
    /** Feed the next bytes. Throws a PipelineError('LAYOUT') when they are not a tar, and whatever the visitor throws. */
    write(chunk) {
        const len = chunk.length;
        let pos = 0;
        while (pos < len) {
            switch (this.mode) {
                case Mode.Header: {
                    if (this.headFill === 0 && len - pos >= BLOCK) {
                        const at = pos;
                        pos += BLOCK;
                        this.offset += BLOCK;
                        this.header(chunk, at);
                    }
                    else {
                        const n = Math.min(BLOCK - this.headFill, len - pos);
                        chunk.copy(this.head, this.headFill, pos, pos + n);
                        this.headFill += n;
                        pos += n;
                        this.offset += n;
                        if (this.headFill === BLOCK) {
                            this.headFill = 0;
                            this.header(this.head, 0);
                        }
                    }
                    break;
                }
                case Mode.Body: {
                    const n = Math.min(this.bodyLeft, len - pos);
                    if (this.whole !== undefined)
                        this.wholeFill += chunk.copy(this.whole, this.wholeFill, pos, pos + n);
                    else if (this.sink !== undefined)
                        this.sink(chunk.subarray(pos, pos + n));
                    this.bodyLeft -= n;
                    pos += n;
                    this.offset += n;
                    if (this.bodyLeft === 0)
                        this.endBody();
                    break;
                }
                case Mode.Padding: {
                    const n = Math.min(this.padLeft, len - pos);
                    this.padLeft -= n;
                    pos += n;
                    this.offset += n;
                    if (this.padLeft === 0)
                        this.mode = Mode.Header;
                    break;
                }
                case Mode.Extended: {
                    const ext = this.ext;
                    const n = Math.min(ext.length - this.extFill, len - pos);
                    chunk.copy(ext, this.extFill, pos, pos + n);
                    this.extFill += n;
                    pos += n;
                    this.offset += n;
                    if (this.extFill === ext.length)
                        this.endExtended();
                    break;
                }
                case Mode.Ended: {
                    for (; pos < len; pos++, this.offset++) {
                        if (chunk[pos] !== 0)
                            throw this.error(`it carries data after its end-of-archive marker (two zero blocks), at byte ${this.offset}; a runtime ignores that data, so the scan would not see what runs`);
                    }
                    break;
                }
            }
        }
    }
    /** The archive ended: throws when it ended inside a header, a body or its padding. */
    end() {
        switch (this.mode) {
            case Mode.Header:
                if (this.headFill > 0)
                    throw this.error(`it ends inside a header at byte ${this.offset - this.headFill} (${this.headFill} of its ${BLOCK} bytes)`);
                return;
            case Mode.Body: {
                const m = this.member;
                throw this.error(`member ${memberName(m.name)} declares ${this.bodySize} bytes and the layer ends inside it (${this.bodyLeft} bytes short)`);
            }
            case Mode.Padding:
                throw this.error(`it ends inside the padding after member ${memberName(this.member.name)} (${this.padLeft} bytes short)`);
            case Mode.Extended:
                throw this.error(`the ${extendedWhat(this.extFlag)} at byte ${this.extAt} declares ${this.ext.length} bytes and the layer ends inside it`);
            case Mode.Ended:
                return;
        }
    }
    error(reason) {
        return new errors/* PipelineError */.zC('LAYOUT', `${this.what} is not a readable tar stream: ${reason}`, { hint: HINT });
    }
    header(buf, off) {
        const at = this.offset - BLOCK;
        // One pass: the unsigned and signed sums (the checksum field counted as spaces) and whether the block is all zeros.
        let sum = 0;
        let high = 0;
        for (let i = off; i < off + 148; i++) {
            const b = buf[i];
            sum += b;
            if (b & 0x80)
                high++;
        }
        for (let i = off + 156; i < off + BLOCK; i++) {
            const b = buf[i];
            sum += b;
            if (b & 0x80)
                high++;
        }
        if (sum === 0) {
            // A zero block (tar-stream's test: all but the checksum field). Two in a row end the archive; a lone one is skipped, as tar-stream and GNU tar do.
            if (++this.zeroBlocks === 2)
                this.mode = Mode.Ended;
            return;
        }
        this.zeroBlocks = 0;
        const stored = numeric(buf, off + 148, 8);
        if (stored !== sum + 256 && stored !== sum + 256 - 256 * high)
            throw this.error(`the header at byte ${at} fails its checksum (${Number.isNaN(stored) ? 'unreadable' : `stored ${stored}`}, computed ${sum + 256}); the archive is corrupt, or compressed and read as plain tar`);
        const flag = buf[off + 156];
        let size = this.number(buf, off + 124, 12, 'size', at);
        if (flag === LONG_NAME || flag === LONG_LINK || flag === OLD_LONG_NAME || flag === PAX || flag === PAX_GLOBAL) {
            if (size > MAX_EXTENDED_HEADER)
                throw this.error(`the ${extendedWhat(flag)} at byte ${at} declares ${size} bytes, more than the ${MAX_EXTENDED_HEADER} we read`);
            this.extFlag = flag;
            this.extAt = at;
            this.ext = Buffer.alloc(size);
            this.extFill = 0;
            this.mode = Mode.Extended;
            if (size === 0)
                this.endExtended();
            return;
        }
        let name = tar_parse_text(buf, off, off + 100);
        // ustar's prefix field; GNU headers use those bytes for other things ("ustar  \0"), v7 ones have none. A star
        // header ("tar\0" in its last 4 bytes) has a 131-byte prefix, then its times: Go's reader, which unpacks layers
        // for the runtime, reads only those 131 bytes there, so we do too (tar-stream read 155: another path than runs).
        if (buf[off + 345] !== 0 && buf[off + 257] === 0x75 && buf.toString('latin1', off + 257, off + 263) === 'ustar\0') {
            const star = buf[off + 508] === 0x74 && buf[off + 509] === 0x61 && buf[off + 510] === 0x72 && buf[off + 511] === 0;
            name = `${tar_parse_text(buf, off + 345, off + (star ? 476 : 500))}/${name}`;
        }
        let linkname = buf[off + 157] === 0 ? '' : tar_parse_text(buf, off + 157, off + 257);
        const mode = this.number(buf, off + 100, 8, 'mode', at);
        let uid = this.number(buf, off + 108, 8, 'uid', at);
        let gid = this.number(buf, off + 116, 8, 'gid', at);
        // Extended headers apply to this member only (a global one through the next PAX header, as tar-stream has it).
        const longName = this.longName || undefined;
        const longLink = this.longLink || undefined;
        if (longName !== undefined)
            name = longName;
        if (longLink !== undefined)
            linkname = longLink;
        this.longName = undefined;
        this.longLink = undefined;
        const pax = this.pax;
        if (pax !== undefined) {
            this.pax = undefined;
            // Readers disagree on which wins when both are given (tar-stream and GNU tar: the PAX record; Go's reader,
            // which unpacks layers for the runtime: the GNU long name), so such a member could be scanned under one path
            // and unpacked under another. No writer makes it: refused.
            const conflict = pax.path && longName !== undefined && longName !== pax.path
                ? 'name'
                : pax.linkpath && longLink !== undefined && longLink !== pax.linkpath
                    ? 'link target'
                    : undefined;
            if (conflict !== undefined)
                throw this.error(`the member at byte ${at} has both a GNU long ${conflict} and a PAX ${conflict === 'name' ? 'path' : 'linkpath'} that differ; tar readers disagree on which applies, so the scan could see another path than the runtime unpacks`);
            if (pax.path)
                name = pax.path;
            if (pax.linkpath)
                linkname = pax.linkpath;
            if (pax.size)
                size = this.paxNumber(pax.size, 'size', at);
            if (pax.uid)
                uid = this.paxNumber(pax.uid, 'uid', at);
            if (pax.gid)
                gid = this.paxNumber(pax.gid, 'gid', at);
        }
        const type = typeOf(flag);
        const m = { name, type, mode: mode & 0o7777, uid, gid, size: type === 'file' ? size : 0 };
        if (linkname !== '')
            m.linkname = linkname;
        // A directory's size is not followed by a body (tar-stream); every other type's is.
        const bodySize = type === 'directory' ? 0 : size;
        const want = type === 'file' ? (this.visitor.wantBody?.(m) ?? 0) : 0;
        const whole = typeof want === 'number' && want > 0 && size <= want;
        if (bodySize === 0) {
            this.visitor.member(m, whole ? Buffer.alloc(0) : undefined);
            return;
        }
        this.member = m;
        this.bodySize = bodySize;
        this.bodyLeft = bodySize;
        this.padLeft = (BLOCK - (bodySize % BLOCK)) % BLOCK;
        // One buffer of the declared size (at most the visitor's cap), filled as the body passes.
        this.whole = whole ? Buffer.allocUnsafe(size) : undefined;
        this.wholeFill = 0;
        this.sink = typeof want === 'function' ? want : undefined;
        this.mode = Mode.Body;
    }
    endBody() {
        const m = this.member;
        const body = this.whole;
        this.whole = undefined;
        this.sink = undefined;
        this.mode = this.padLeft > 0 ? Mode.Padding : Mode.Header;
        this.visitor.member(m, body);
    }
    endExtended() {
        const buf = this.ext;
        this.ext = undefined;
        const flag = this.extFlag;
        if (flag === PAX)
            this.pax = this.paxGlobal === undefined ? this.records(buf) : Object.assign(Object.create(null), this.paxGlobal, this.records(buf));
        else if (flag === PAX_GLOBAL)
            this.paxGlobal = this.records(buf);
        else if (flag === LONG_LINK)
            this.longLink = tar_parse_text(buf, 0, buf.length);
        else
            this.longName = tar_parse_text(buf, 0, buf.length);
        this.padLeft = (BLOCK - (buf.length % BLOCK)) % BLOCK;
        this.mode = this.padLeft > 0 ? Mode.Padding : Mode.Header;
    }
    /** PAX records, "<length> <key>=<value>\n" each, the length counting the whole record. Trailing NULs end them (tar-stream stops there too). */
    records(buf) {
        const out = Object.create(null);
        const where = `the ${extendedWhat(this.extFlag)} at byte ${this.extAt}`;
        let i = 0;
        while (i < buf.length) {
            if (buf[i] === 0) {
                for (let j = i; j < buf.length; j++)
                    if (buf[j] !== 0)
                        throw this.error(`${where} has data after NUL padding at its byte ${j}`);
                break;
            }
            let j = i;
            let len = 0;
            while (j < buf.length && j - i < 8 && buf[j] >= 0x30 && buf[j] <= 0x39)
                len = len * 10 + (buf[j++] - 0x30);
            if (j === i || buf[j] !== 0x20)
                throw this.error(`${where} has a record at its byte ${i} that does not start with "<length> "`);
            const recEnd = i + len;
            if (recEnd <= j + 1 || recEnd > buf.length || buf[recEnd - 1] !== 0x0a)
                throw this.error(`${where} has a record at its byte ${i} whose length (${len}) does not end it: ${buf.length - i} bytes remain and a record ends with a newline`);
            const kv = buf.toString('utf8', j + 1, recEnd - 1);
            const eq = kv.indexOf('=');
            if (eq <= 0)
                throw this.error(`${where} has a record at its byte ${i} that is not key=value`);
            out[kv.slice(0, eq)] = kv.slice(eq + 1);
            i = recEnd;
        }
        return out;
    }
    number(buf, off, len, field, at) {
        const v = numeric(buf, off, len);
        if (!(v >= 0) || v > Number.MAX_SAFE_INTEGER)
            throw this.error(`the header at byte ${at} has a ${field} field that is ${v === -1 ? 'negative' : Number.isNaN(v) ? 'not a number' : 'out of range'} (${JSON.stringify(buf.toString('latin1', off, off + len))})`);
        return v;
    }
    paxNumber(value, field, at) {
        const v = /^[0-9]{1,16}$/.test(value) ? Number(value) : NaN;
        if (!(v <= Number.MAX_SAFE_INTEGER))
            throw this.error(`the PAX header before the member at byte ${at} has a ${field} record that is not a size in range (${JSON.stringify((0,src_preview/* printable */.g$)(value.slice(0, 40)))})`);
        return v;
    }
}

;// CONCATENATED MODULE: ./shared/src/layers/tar-members.ts



/** The parser's own errors are PipelineErrors already; the input's (gunzip, a destroyed source) and a visitor's bug are not. */
function readError(e, what) {
    return e instanceof errors/* PipelineError */.zC
        ? e
        : new errors/* PipelineError */.zC('LAYOUT', `${what} is not a readable tar stream: ${e.message}`, {
            cause: e,
            hint: 'The layer is corrupt or not the type its media type says.',
        });
}
async function readMembers(stream, visitor, what) {
    const parser = new TarParser(visitor, what);
    await new Promise((resolve, reject) => {
        let settled = false;
        const fail = (e) => {
            if (settled)
                return;
            settled = true;
            stream.destroy();
            reject(readError(e, what));
        };
        // Each chunk is parsed as it arrives, synchronously: nothing queues here, so 'data' keeps the stream's own backpressure.
        stream.on('data', (chunk) => {
            if (settled)
                return;
            try {
                parser.write(chunk);
            }
            catch (e) {
                fail(e);
            }
        });
        stream.on('end', () => {
            if (settled)
                return;
            try {
                parser.end();
            }
            catch (e) {
                fail(e);
                return;
            }
            settled = true;
            resolve();
        });
        stream.on('error', fail);
        // Destroyed without an error (no 'end'): say so rather than wait forever.
        stream.on('close', () => fail(new Error('the stream closed before its end')));
    });
}
/**
 * readMembers for a source that pushes its chunks (inflate-worker.ts): `run`
 * hands each to the parser through `write`, in order, and settles once the
 * last is in (or with the input's error). Errors are reported as readMembers does.
 */
async function readMembersPushed(run, visitor, what) {
    const parser = new TarParser(visitor, what);
    try {
        await run((chunk) => parser.write(chunk));
        parser.end();
    }
    catch (e) {
        throw readError(e, what);
    }
}

;// CONCATENATED MODULE: ./shared/src/layers/layer-stream.ts
/**
 * A layer blob as a stream of uncompressed tar bytes. The blob itself comes
 * from the ImageSource verified against its digest as it streams (the verdict
 * comes at its end); here we pick the decompressor from the media type and,
 * when the tar cannot be read, let the blob finish so a tampered layer is
 * reported as the digest mismatch it is, not as the parse error it causes. zstd needs Node's built-in zstd
 * (Node 22.15+ / 24); on older runtimes the error says so instead of failing
 * half way through a layer.
 */








/** Node's zstd decompressor when this runtime has one. */
function zstdDecompressor() {
    const f = external_node_zlib_.createZstdDecompress;
    return typeof f === 'function' ? f : undefined;
}
function decompressor(desc, what) {
    const compression = layerCompression(desc.mediaType);
    switch (compression) {
        case 'gzip':
            return external_node_zlib_.createGunzip({ chunkSize: 256 * 1024 });
        case 'none':
            return new external_node_stream_.PassThrough();
        case 'zstd': {
            const zstd = zstdDecompressor();
            if (zstd === undefined) {
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `${what} is zstd-compressed and this Node.js ${process.version} has no zstd decompressor`, {
                    hint: 'Run the step on Node.js 22.15 or later (24 for actions), or build the image with gzip layers (buildah/podman: --compression-format gzip).',
                });
            }
            return zstd({ chunkSize: 256 * 1024 });
        }
        default:
            throw new errors/* PipelineError */.zC('UNSUPPORTED', `${what} has media type ${desc.mediaType}, which is not a layer type we can read`, {
                hint: 'Supported: OCI and Docker tar layers, uncompressed, gzip or zstd.',
            });
    }
}
/**
 * The uncompressed tar stream of a layer. With `diffId` (the config's
 * rootfs.diff_ids entry) the uncompressed bytes are verified too, so the file
 * system a check sees is the one the config describes, not only the blob.
 */
/**
 * Passes each decompressed chunk on once the decompressor's callback has
 * returned, not inside it. Node's zlib pushes an inflated chunk and only then
 * queues the next inflate on the thread pool; piped straight on, everything
 * downstream of the push (the diff_id hash, the tar parse, the index) runs
 * inside it, so inflating and parsing take turns on one layer. Handed on in a
 * microtask, the next chunk inflates on the pool while this one is parsed.
 * At most `writableHighWaterMark` bytes wait here (backpressure as usual).
 */
class Handoff extends external_node_stream_.Transform {
    constructor() {
        super({ writableHighWaterMark: 1024 * 1024 });
    }
    _transform(chunk, _encoding, cb) {
        queueMicrotask(() => cb(null, chunk));
    }
}
async function layer_stream_open(src, desc, what, diffId) {
    const unpack = decompressor(desc, what);
    const blob = await src.openBlob(desc);
    blob.on('error', (e) => unpack.destroy(e));
    let tar = blob.pipe(unpack);
    if (!(unpack instanceof external_node_stream_.PassThrough)) {
        const handoff = new Handoff();
        unpack.on('error', (e) => handoff.destroy(e));
        handoff.on('error', () => unpack.destroy());
        tar = unpack.pipe(handoff);
    }
    if (diffId === undefined)
        return { blob, unpack, tar };
    const verify = new oci_digest/* VerifyingStream */.SC({ digest: diffId }, `the uncompressed ${what} (diff_id)`);
    tar.on('error', (e) => verify.destroy(e));
    verify.on('error', () => tar.destroy());
    return { blob, unpack, tar: tar.pipe(verify) };
}
const isMismatch = (e) => (0,errors/* isPipelineError */.h$)(e) && (e.code === 'DIGEST_MISMATCH' || e.code === 'SIZE_MISMATCH');
/**
 * Read one layer's members (see readMembers). When reading fails for any
 * other reason than the blob's own verdict (a gzip or tar error), the rest of
 * the blob is drained through its verifier first: if the bytes are not the
 * ones the digest names, that is the error reported. The drain is bounded by
 * the descriptor's size, and happens only on the failure path.
 */
/** The blob's end or its verdict, whichever comes; listened to from the start so no error is missed. */
function blobVerdict(blob) {
    return new Promise((resolve) => {
        blob.once('end', () => resolve(undefined));
        blob.once('error', resolve);
        blob.once('close', () => resolve(undefined));
    });
}
/**
 * What a failed read reports, on either path: the abort's reason; a digest mismatch as it is; else, when the
 * blob turns out not to be the one its digest names (read to its end through its check, bounded by its size),
 * that mismatch instead of the gzip or tar error it caused; else the error itself.
 */
async function readFailure(e, blob, verdict, signal) {
    if (signal?.aborted === true)
        throw signal.reason;
    if (isMismatch(e)) {
        blob.destroy();
        throw e;
    }
    if (!blob.destroyed && !blob.readableEnded)
        blob.resume();
    const v = await verdict;
    if (isMismatch(v))
        throw v;
    throw e;
}
async function readLayer(src, desc, what, diffId, visitor, 
/** Stops the read (scan.ts: another layer failed first); the read then rejects with the signal's reason. */
signal) {
    signal?.throwIfAborted();
    if (layerCompression(desc.mediaType) === 'gzip' && desc.size >= inflateWorkerConfig.minBytes && inflateWorkerUsable())
        return readGzipInWorker(src, desc, what, diffId, visitor, signal);
    const { blob, unpack, tar } = await layer_stream_open(src, desc, what, diffId);
    const verdict = blobVerdict(blob);
    const stop = () => {
        blob.destroy();
        tar.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    if (signal?.aborted === true)
        stop();
    signal?.addEventListener('abort', stop, { once: true });
    try {
        await readMembers(tar, visitor, what);
    }
    catch (e) {
        if (signal?.aborted !== true) {
            blob.unpipe(unpack);
            unpack.destroy();
        }
        await readFailure(e, blob, verdict, signal);
    }
    finally {
        signal?.removeEventListener('abort', stop);
    }
}
/**
 * readLayer for a large gzip layer: inflated (and its diff_id checked) on a
 * worker (inflate-worker.ts), parsed here. Errors as readLayer's: a gzip or
 * tar error is reported as the blob's digest mismatch when the blob is not
 * the one its digest names.
 */
async function readGzipInWorker(src, desc, what, diffId, visitor, signal) {
    const blob = await src.openBlob(desc);
    const verdict = blobVerdict(blob);
    try {
        // The worker's chunks are reused once handed on: a body sink gets them lent (BodySink says so), with no copy here.
        await readMembersPushed((write) => inflateGzip(blob, write, { diffId, what: `the uncompressed ${what} (diff_id)`, signal }), visitor, what);
    }
    catch (e) {
        await readFailure(e, blob, verdict, signal);
    }
}

;// CONCATENATED MODULE: ./shared/src/layers/contents.ts
/**
 * File contents on demand. Small files a rule declared are captured during
 * the scan; anything else a check needs (a CST fileContentTest, a file past
 * the capture budget) is fetched by a second, targeted pass over only the
 * layers that hold those files, keeping only those bodies.
 */




class ContentReader {
    src;
    image;
    index;
    maxBytes;
    constructor(src, image, index, 
    /** Largest file read for a check (default 16 MiB). */
    maxBytes = 16 * 1024 * 1024) {
        this.src = src;
        this.image = image;
        this.index = index;
        this.maxBytes = maxBytes;
    }
    /** Read several files, links followed inside the root, with one pass per layer that holds any of them. */
    async readMany(paths) {
        const out = new Map();
        const wanted = new Map();
        const pending = [];
        for (const path of paths) {
            const r = resolvePath(this.index, path);
            if (r.kind !== 'found') {
                out.set(path, r);
                continue;
            }
            const holder = dataNode(this.index, r.node);
            if (holder === undefined || holder.type !== 'file') {
                out.set(path, { kind: 'not-a-file', path: r.path, node: r.node });
                continue;
            }
            if (holder.content !== undefined) {
                out.set(path, { kind: 'content', path: r.path, node: r.node, content: holder.content });
                continue;
            }
            if (holder.size > this.maxBytes) {
                out.set(path, { kind: 'too-large', path: r.path, node: r.node });
                continue;
            }
            const perLayer = wanted.get(holder.layer) ?? new Map();
            // Matched by the name the layer wrote it under (`/l/su` when `l -> /usr/bin`).
            perLayer.set(holder.member ?? holder.path, holder);
            wanted.set(holder.layer, perLayer);
            pending.push({ path, holder, node: r.node, resolved: r.path });
        }
        for (const [layer, files] of [...wanted.entries()].sort((a, b) => a[0] - b[0])) {
            const desc = this.image.manifest.layers[layer];
            if (desc === undefined)
                throw new errors/* PipelineError */.zC('INTERNAL', `layer ${layer} is not in the manifest`);
            const what = `layer ${layer + 1} of ${this.image.manifest.layers.length} (${desc.digest}) in ${this.src.name}`;
            await readLayer(this.src, desc, what, this.image.config.rootfs.diff_ids[layer], {
                wantBody: (m) => {
                    const p = memberPath(m.name);
                    return p !== undefined && files.has(p) ? this.maxBytes : 0;
                },
                member: (m, body) => {
                    const p = memberPath(m.name);
                    const node = p === undefined ? undefined : files.get(p);
                    // The last member with the path wins, as it does when extracting.
                    if (node !== undefined && body !== undefined)
                        node.content = body;
                },
            });
        }
        for (const p of pending) {
            const content = p.holder.content;
            if (content === undefined)
                throw new errors/* PipelineError */.zC('LAYOUT', `${p.holder.path} is in the index of layer ${p.holder.layer + 1} but its bytes were not found there`);
            out.set(p.path, { kind: 'content', path: p.resolved, node: p.node, content });
        }
        return out;
    }
    async read(path) {
        return (await this.readMany([path])).get(path);
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./shared/src/layers/fs-index.ts
/**
 * The final file system of an image as a tree of metadata (no contents
 * unless a check asked for them): what `docker run` would see after every
 * layer is applied with OCI whiteouts (image-spec layer.md). A layer is first
 * read into a `LayerDelta`; `applyDelta` then applies that layer's opaque
 * markers and whiteouts to the layers below and only then adds its entries,
 * so the result does not depend on the order of members inside the tar
 * (an opaque marker never hides a sibling from its own layer).
 *
 * Where a member lands is decided the way a container runtime extracting the
 * layers in order decides it (containerd's `fs.RootPath`, moby's chrooted
 * unpack): symlinks among its parent folders are followed inside the root,
 * and a link that climbs above `/` is clamped to `/` (as securejoin does),
 * never followed out. So `l -> /usr/bin` then `l/su` is `/usr/bin/su`.
 *
 * Nothing here recurses: images can nest folders tens of thousands deep.
 */

const fs_index_MAX_LINKS = 40; // Linux's MAXSYMLINKS; past it the runtime fails with ELOOP
const childPath = (dir, name) => (dir.path === '/' ? `/${name}` : `${dir.path}/${name}`);
/** `dir === parentOf(path)` (`slash`: path's last `/`), told without making that string for each member. */
const isParentAsWritten = (dir, path, slash) => slash < 0 ? dir === '/' : dir.length === (slash === 0 ? 1 : slash) && path.startsWith(dir);
const rootNode = () => ({ path: '/', type: 'dir', mode: 0o755, uid: 0, gid: 0, size: 0, layer: 0, children: new Map() });
class FsIndex {
    root = rootNode();
    anomalies = [];
    layerCount = 0;
    /** Uncompressed bytes of file contents per layer, shadowed ones included (what the image weighs). */
    layerBytes = [];
    /**
     * Every layer's version of the files the scan was asked to keep in each
     * layer (scan's keepEveryLayer), by the path the member was written under,
     * in layer order.
     */
    versions = new Map();
    /**
     * What the scan's `derive` made of a file as it passed (scan.ts), by the
     * path the member was written under: the last layer's result. The file
     * may since have been removed or replaced: a reader checks that the node
     * at the path is still a file of that layer.
     */
    derived = new Map();
    /**
     * Each folder's names, sorted, as walk() last listed them: every rule walks
     * the whole tree, and sorting each folder again for each walk was most of
     * a walk's time. Dropped whenever a layer is applied; a listing whose
     * length no longer matches its folder is made again.
     */
    sortedNames = new WeakMap();
    /**
     * Every node below the root in walk() order, and for each the position
     * just past its subtree (to skip a folder not descended into): made by the
     * first walk from the root and reused by the next, since the rules and the
     * report each walk the whole tree (five walks of ~50k nodes per scan) and
     * one pass over an array is a fraction of a walk. Dropped whenever a layer
     * is applied, the only way the tree changes.
     */
    preorder;
    /**
     * The folder the previous entry of applyDelta went into, by that entry's
     * parent path as written: tar lists a folder's files one after another,
     * so most entries find their folder here instead of walking from the root.
     * Cleared whenever a folder or a link is put or replaced (see put).
     */
    lastFolder;
    keepVersion(path, layer, content) {
        const list = this.versions.get(path) ?? [];
        list.push({ layer, content });
        this.versions.set(path, list);
    }
    /** The entry at exactly this path (links not followed). */
    get(path) {
        const parts = splitPath(path);
        if (parts === undefined)
            return undefined;
        let node = this.root;
        for (const part of parts) {
            node = node.children?.get(part);
            if (node === undefined)
                return undefined;
        }
        return node;
    }
    has(path) {
        return this.get(path) !== undefined;
    }
    /**
     * Every entry below `from`, depth first, parents before children, names
     * sorted. Iterative, with an explicit stack: a recursive walk overflows
     * the call stack on a crafted image nesting folders 10,000 deep. When
     * `descend` returns false for a folder, the folder is yielded but not its contents.
     * From the root, the walk goes over the listing made once (`preorder`):
     * the tree is only changed by applyDelta, never while it is walked.
     */
    *walk(from = this.root, descend) {
        if (from === this.root) {
            const { nodes, ends } = this.order();
            for (let i = 0; i < nodes.length;) {
                const node = nodes[i];
                yield node;
                i = node.type === 'dir' && descend !== undefined && !descend(node) ? ends[i] : i + 1;
            }
            return;
        }
        const stack = [];
        const open = (dir) => {
            if (dir.children !== undefined && dir.children.size > 0)
                stack.push({ dir, names: this.names(dir.children), next: 0 });
        };
        open(from);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.next === top.names.length) {
                stack.pop();
                continue;
            }
            const child = top.dir.children?.get(top.names[top.next++]);
            if (child === undefined)
                continue; // removed by the consumer while walking
            yield child;
            if (child.type === 'dir' && (descend === undefined || descend(child)))
                open(child);
        }
    }
    /** The whole tree in walk() order (see `preorder`), made iteratively like walk(). */
    order() {
        if (this.preorder !== undefined)
            return this.preorder;
        const nodes = [];
        const ends = [];
        // `at`: the folder's own position in `nodes` (-1 for the root), whose end is known once its listing is done.
        const stack = [];
        // No closure for opening a folder: under tsx (the benchmarks) each one made per call costs a defineProperty.
        if (this.root.children !== undefined && this.root.children.size > 0)
            stack.push({ dir: this.root, names: this.names(this.root.children), next: 0, at: -1 });
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.next === top.names.length) {
                stack.pop();
                if (top.at >= 0)
                    ends[top.at] = nodes.length;
                continue;
            }
            const child = top.dir.children?.get(top.names[top.next++]);
            const at = nodes.length;
            nodes.push(child);
            ends.push(at + 1); // an empty folder's, or a leaf's; a folder's own is set when its listing is done
            if (child.type === 'dir' && child.children !== undefined && child.children.size > 0)
                stack.push({ dir: child, names: this.names(child.children), next: 0, at });
        }
        this.preorder = { nodes, ends };
        return this.preorder;
    }
    names(children) {
        let names = this.sortedNames.get(children);
        if (names === undefined || names.length !== children.size) {
            names = [...children.keys()].sort();
            this.sortedNames.set(children, names);
        }
        return names;
    }
    /**
     * Apply one layer on top of what is there. With `adopt`, the delta is the
     * index's to keep: its entries become the nodes themselves instead of being
     * copied (scan.ts drops each delta once applied; one object less per member,
     * and a copy of entries of several shapes was most of the time applying took).
     */
    applyDelta(delta, { adopt = false } = {}) {
        this.sortedNames = new WeakMap();
        this.preorder = undefined;
        this.lastFolder = undefined;
        for (const dir of delta.opaques) {
            const parts = splitPath(dir) ?? [];
            const node = this.folder(dir, parts, parts.length, delta.layer, false);
            if (node?.children !== undefined)
                node.children.clear();
        }
        for (const path of delta.whiteouts)
            this.remove(path);
        let bytes = 0;
        for (const entry of delta.entries) {
            this.put(entry, adopt);
            bytes += entry.size;
        }
        this.lastFolder = undefined;
        this.layerCount = Math.max(this.layerCount, delta.layer + 1);
        this.layerBytes[delta.layer] = bytes;
    }
    remove(path) {
        if (path === '/')
            return;
        const parts = splitPath(path) ?? [];
        this.folder(path, parts, parts.length - 1, 0, false)?.children?.delete(baseName(path));
    }
    put(entry, adopt) {
        const path = entry.path;
        if (path === '/') {
            // The root's own metadata (buildah and docker write `./`).
            Object.assign(this.root, { mode: entry.mode, uid: entry.uid, gid: entry.gid, layer: entry.layer });
            return;
        }
        // The parent as written (parentOf) and the last component; two entries with the same parent as written
        // and a plain last component land in the same folder, so the previous entry's folder serves.
        const slash = path.lastIndexOf('/');
        const tail = path.slice(slash + 1);
        const plain = tail !== '' && tail !== '.' && tail !== '..';
        let parent;
        let name;
        const last = this.lastFolder;
        if (plain && last !== undefined && isParentAsWritten(last.path, path, slash)) {
            parent = last.node;
            name = tail;
        }
        else {
            const parts = splitPath(path) ?? [];
            parent = this.folder(path, parts, parts.length - 1, entry.layer, true);
            // Links among the parents that loop, or a file where a folder should be:
            // the runtime fails this member (ELOOP, ENOTDIR), so it never exists.
            if (parent === undefined)
                return;
            name = parts[parts.length - 1];
            if (plain && name === tail)
                this.lastFolder = { path: parentOf(path), node: parent };
        }
        const node = adopt ? entry : { ...entry };
        if (!isParentAsWritten(parent.path, path, slash)) {
            node.path = childPath(parent, name);
            node.member = path;
        }
        if (entry.type === 'hardlink' && entry.linkname !== undefined) {
            // The runtime resolves a hard link's target folder the same way (containerd's hardlinkRootPath).
            const target = splitPath(entry.linkname) ?? [];
            const dir = target.length > 0 ? this.folder(entry.linkname, target, target.length - 1, entry.layer, false) : undefined;
            if (dir !== undefined && dir.path !== parentOf(entry.linkname))
                node.linkname = childPath(dir, target[target.length - 1]);
        }
        const children = parent.children;
        const existing = children.get(name);
        if (entry.type === 'dir') {
            // A directory over a directory merges (overlayfs semantics); over anything else it replaces.
            node.children = existing?.type === 'dir' && existing.children !== undefined ? existing.children : new Map();
        }
        children.set(name, node);
        // A folder or a link put or replaced may change where a later entry's parent path leads: find it from the root again.
        if (node.type === 'dir' || node.type === 'symlink' || existing?.type === 'dir' || existing?.type === 'symlink')
            this.lastFolder = undefined;
    }
    /**
     * The folder named by the first `count` components of `parts` (the split
     * of `path`), as the runtime reaches it: symlinks followed inside the root,
     * clamped at `/`. With `create`, a missing folder is made as a root-owned
     * 0755 directory, as a tar extractor does when a layer lists a file before,
     * or without, its parent; without it, undefined. Undefined too when the
     * links loop or a non-directory is in the way (the runtime fails there).
     */
    folder(path, parts, count, layer, create) {
        let node = this.root;
        let pending = parts;
        let end = count;
        // While no link was followed, a folder's path is a prefix of `path`: a
        // slice shares its characters, which keeps deep trees linear in memory.
        let lexical = true;
        let offset = 0;
        let hops = 0;
        for (let i = 0; i < end; i++) {
            const name = pending[i];
            let child = node.children?.get(name);
            if (child?.type === 'symlink') {
                if (++hops > fs_index_MAX_LINKS)
                    return undefined;
                const from = node === this.root ? [] : (splitPath(node.path) ?? []);
                pending = [...clampedParts(child.linkname ?? '', from), ...pending.slice(i + 1, end)];
                end = pending.length;
                i = -1;
                node = this.root;
                lexical = false;
                continue;
            }
            offset += 1 + name.length;
            // A file (or device, or hard link) in the way: the runtime fails this
            // member with ENOTDIR, so it never exists, and what is there stays.
            if (child !== undefined && child.type !== 'dir')
                return undefined;
            if (child === undefined) {
                if (!create)
                    return undefined;
                child = {
                    path: lexical ? path.slice(0, offset) : childPath(node, name),
                    type: 'dir',
                    mode: 0o755,
                    uid: 0,
                    gid: 0,
                    size: 0,
                    layer,
                    children: new Map(),
                };
                node.children.set(name, child);
            }
            node = child;
        }
        return node;
    }
}

;// CONCATENATED MODULE: ./shared/src/layers/layer-read.ts


const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
const BUDGETS = ['capture', 'kept', 'derive'];
const initialBudgets = (opts) => ({
    capture: opts.maxTotalBytes ?? 64 * 1024 * 1024,
    kept: opts.maxKeptTotalBytes ?? 128 * 1024 * 1024,
    derive: opts.derive?.maxTotalBytes ?? 0,
});
/**
 * Whether the read made exactly the decisions a serial scan would with
 * `left` bytes in each budget: every body it took still fits (`used <= left`,
 * and each was taken with `used before it + size <= used`), and every body it
 * refused would be refused too (`used before it + size > left`). Decisions in
 * between depend only on these, so by induction over the members they agree.
 */
const exactWith = (r, left) => BUDGETS.every((k) => r.used[k] <= left[k] && r.refused[k] > left[k]);
const takeBudgets = (from, used, sign = 1) => {
    for (const k of BUDGETS)
        from[k] -= sign * used[k];
};
const TYPE = {
    file: 'file',
    link: 'hardlink',
    symlink: 'symlink',
    directory: 'dir',
    'character-device': 'char',
    'block-device': 'block',
    fifo: 'fifo',
};
/**
 * Turn one tar member into the delta of its layer: a whiteout, an opaque
 * marker, or an entry. Unsafe names and links become anomalies.
 */
function addMember(delta, anomalies, m, body, path = memberPath(m.name)) {
    if (path === undefined) {
        anomalies.push({ kind: 'path-escape', path: m.name, layer: delta.layer });
        return;
    }
    const name = baseName(path);
    if (name === OPAQUE_MARKER) {
        delta.opaques.push(parentOf(path));
        return;
    }
    if (name.startsWith(WHITEOUT_PREFIX)) {
        const dir = parentOf(path);
        delta.whiteouts.push(`${dir === '/' ? '' : dir}/${name.slice(WHITEOUT_PREFIX.length)}`);
        return;
    }
    if (m.type === 'other')
        return;
    const entry = { path, type: TYPE[m.type], mode: m.mode, uid: m.uid, gid: m.gid, size: m.size, layer: delta.layer };
    if (m.type === 'symlink') {
        entry.linkname = m.linkname ?? '';
        if (linkTarget(path, entry.linkname) === undefined)
            anomalies.push({ kind: 'symlink-escape', path, target: entry.linkname, layer: delta.layer });
    }
    else if (m.type === 'link') {
        // Hard link names are relative to the archive root, not to the link.
        const target = memberPath(m.linkname ?? '');
        if (target === undefined) {
            anomalies.push({ kind: 'hardlink-escape', path, target: m.linkname ?? '', layer: delta.layer });
            return;
        }
        entry.linkname = target;
    }
    if (body !== undefined)
        entry.content = body;
    delta.entries.push(entry);
}
/**
 * Read layer `i` of `image`, taking bodies from `budgets` (decremented as
 * they are taken: shared by the layers read at once, so together they keep
 * no more than a serial scan would). Streaming; per-file bounds as in ScanOptions.
 */
async function readLayerDelta(src, image, i, budgets, opts, signal, 
/**
 * Charged with every byte taken, besides `budgets`, which alone decide: a
 * layer read again (scan.ts) decides with what a serial scan had left, and
 * its bodies still count against the pool the layers in flight share.
 */
pool) {
    const layers = image.manifest.layers;
    const desc = layers[i];
    const what = `layer ${i + 1} of ${layers.length} (${desc.digest}) in ${src.name}`;
    const maxFile = opts.maxFileBytes ?? 1024 * 1024;
    const maxKept = opts.maxKeptFileBytes ?? 32 * 1024 * 1024;
    const { keepEveryLayer: keep, capture, derive } = opts;
    const out = {
        delta: { layer: i, entries: [], whiteouts: [], opaques: [] },
        anomalies: [],
        versions: [],
        derived: [],
        used: { capture: 0, kept: 0, derive: 0 },
        refused: { capture: Infinity, kept: Infinity, derive: Infinity },
    };
    /** Take `size` bytes from budget `k` if they fit; else note the refusal (see exactWith). */
    const take = (k, size) => {
        if (size <= budgets[k]) {
            budgets[k] -= size;
            if (pool !== undefined)
                pool[k] -= size;
            out.used[k] += size;
            return true;
        }
        out.refused[k] = Math.min(out.refused[k], out.used[k] + size);
        return false;
    };
    const derivedValue = (path, value) => {
        out.derived.push({ path, value });
    };
    // Whether the body wantBody asked for is to be stored (kept or captured) or only derived from: members come one at a time.
    let store = false;
    // The sink wantBody handed the current member's body to, when it is derived as it streams.
    let streaming;
    // The current member's path: wantBody and member see the same member one after the other.
    let named;
    let namedPath;
    const pathOf = (m) => {
        if (named !== m) {
            named = m;
            namedPath = memberPath(m.name);
        }
        return namedPath;
    };
    await readLayer(src, desc, what, image.config.rootfs.diff_ids[i], {
        wantBody: (m) => {
            store = false;
            streaming = undefined;
            // The per-file bounds first (cheap), then the predicates, then the budgets, in the order of precedence: keep, capture, derive.
            const keepOk = keep !== undefined && m.size <= maxKept;
            const captureOk = capture !== undefined && m.size <= maxFile;
            const deriveOk = derive !== undefined && m.size <= derive.maxFileBytes;
            if (!keepOk && !captureOk && !deriveOk)
                return 0;
            const path = pathOf(m);
            if (path === undefined)
                return 0;
            const derived = deriveOk && derive.wants(path, m.size, m.mode) && take('derive', m.size);
            if (keepOk && keep(path) && take('kept', m.size)) {
                store = true;
                return Math.max(maxKept, derived ? derive.maxFileBytes : 0);
            }
            if (captureOk && capture(path, m.size) && take('capture', m.size)) {
                store = true;
                return Math.max(maxFile, derived ? derive.maxFileBytes : 0);
            }
            if (!derived)
                return 0;
            const sink = derive.stream?.(path, m.size, m.mode);
            if (sink === undefined)
                return derive.maxFileBytes;
            streaming = { path, end: () => sink.end() };
            return (chunk) => sink.write(chunk);
        },
        member: (m, body) => {
            const stored = store;
            store = false;
            const path = pathOf(m);
            named = undefined;
            addMember(out.delta, out.anomalies, m, stored ? body : undefined, path);
            const streamed = streaming;
            streaming = undefined;
            if (streamed !== undefined) {
                derivedValue(streamed.path, streamed.end());
                return;
            }
            if (body === undefined || path === undefined)
                return;
            // Recorded whichever budget let the body in (past the keep budget, `capture` may still have taken it).
            if (stored && keep?.(path) === true)
                out.versions.push({ path, content: body });
            if (derive?.wants(path, m.size, m.mode) === true)
                derivedValue(path, derive.derive(path, body));
        },
    }, signal);
    return out;
}

;// CONCATENATED MODULE: ./shared/src/layers/scan.ts
/**
 * Build the file-system index of one platform image: each layer read once,
 * streaming; small files a check asked for are kept as they pass (bounded
 * per file and in total), the rest is only counted.
 *
 * Layers are read several at once (ScanOptions.parallel; the decompression
 * runs on libuv's thread pool) and applied strictly in layer order, so
 * whiteouts and opaque folders act exactly as in a serial scan; a layer read
 * ahead waits, with its delta, until the ones below it are applied. At most
 * `parallel` layers are being read at once, and at most twice that many are
 * read or waiting: a small layer done early frees its slot for the next one
 * while a big one below it is still being read, so the small layers above a
 * big base are not left to be read after its last byte. The result is the
 * serial scan's, budgets included (layer-read.ts `exactWith`), and so is the
 * error: the lowest failing layer's; the reads above it are stopped.
 */





/** Layers read at once by default: one per core, as the decompression of each keeps a core busy; four at most. */
const defaultParallel = () => Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
/** The layer's contribution, in the order a serial scan made it. */
function apply(index, r) {
    const layer = r.delta.layer;
    for (const a of r.anomalies)
        index.anomalies.push(a);
    for (const v of r.versions)
        index.keepVersion(v.path, layer, v.content);
    for (const d of r.derived) {
        if (d.value === undefined)
            index.derived.delete(d.path);
        else
            index.derived.set(d.path, { layer, value: d.value });
    }
    // The read is dropped once applied: its entries become the index's nodes.
    index.applyDelta(r.delta, { adopt: true });
}
async function scanImage(src, image, opts = {}) {
    const index = new FsIndex();
    const layers = image.manifest.layers;
    const diffIds = image.config.rootfs.diff_ids;
    if (diffIds.length !== layers.length) {
        throw new errors/* PipelineError */.zC('LAYOUT', `image ${image.descriptor.digest} in ${src.name} has ${layers.length} layers but its config lists ${diffIds.length} diff_ids`, { hint: 'The image is malformed; rebuild it.' });
    }
    const width = Math.max(1, Math.floor(opts.parallel ?? defaultParallel()));
    // What a serial scan would have left in each budget once the layers applied so far were read.
    const left = initialBudgets(opts);
    // What the layers in flight may still take: `left` less what they have taken so far.
    const pool = initialBudgets(opts);
    const stop = new AbortController();
    const reads = [];
    let started = 0;
    let reading = 0;
    let applied = 0;
    const start = (i) => {
        opts.onLayer?.(i, layers.length);
        reading++;
        reads[i] = readLayerDelta(src, image, i, pool, opts, stop.signal).then((read) => settle({ ok: true, read }), (error) => settle({ ok: false, error }));
    };
    // Start what the window allows: `width` reads at once, `2 * width` layers read but not yet applied. Never after a failure.
    const fill = () => {
        while (!stop.signal.aborted && started < layers.length && reading < width && started < applied + 2 * width)
            start(started++);
    };
    const settle = (s) => {
        reading--;
        fill();
        return s;
    };
    try {
        for (let i = 0; i < layers.length; i++) {
            fill();
            const settled = await reads[i];
            reads[i] = undefined;
            if (!settled.ok)
                throw settled.error;
            let read = settled.read;
            if (!exactWith(read, left)) {
                // A layer below took more than this read allowed for, or left less: read it again with exactly what a serial scan would have had.
                // It decides with its own copy of `left` and still charges the pool as it takes, so the reads in flight above it see what it holds.
                takeBudgets(pool, read.used, -1);
                read = await readLayerDelta(src, image, i, { ...left }, opts, stop.signal, pool);
            }
            takeBudgets(left, read.used);
            apply(index, read);
            applied = i + 1;
        }
    }
    finally {
        // Only after a failure are reads still in flight: stop them and let them settle, so none outlives the scan.
        stop.abort(new errors/* PipelineError */.zC('INTERNAL', 'the scan stopped: a lower layer failed'));
        await Promise.all(reads.filter((r) => r !== undefined));
    }
    if (layers.length === 0)
        throw new errors/* PipelineError */.zC('LAYOUT', `image ${image.descriptor.digest} in ${src.name} has no layers`);
    return index;
}

;// CONCATENATED MODULE: ./shared/src/updates/read-installed.ts
/**
 * Read an image's package database and os-release from its layers, streaming
 * (one pass over the layers, keeping only these few files).
 */



const wanted = (path) => path === package_db_DPKG_STATUS || path === APK_INSTALLED || path === OS_RELEASE[0] || path === OS_RELEASE[1] || isDpkgStatusD(path);
const read_installed_text = (r) => (r?.kind === 'content' ? r.content.toString('utf8') : undefined);
async function readInstalled(src, image) {
    const index = await scanImage(src, image, { capture: (p) => wanted(p), maxFileBytes: 32 * 1024 * 1024 });
    const statusD = [...(index.get(DPKG_STATUS_D)?.children?.values() ?? [])]
        .filter((n) => n.type === 'file' && wanted(n.path))
        .map((n) => n.path)
        .sort();
    const files = await new ContentReader(src, image, index, 32 * 1024 * 1024).readMany([package_db_DPKG_STATUS, APK_INSTALLED, ...OS_RELEASE, ...statusD]);
    const osText = read_installed_text(files.get(OS_RELEASE[0])) ?? read_installed_text(files.get(OS_RELEASE[1]));
    const os = osText === undefined ? undefined : parseOsRelease(osText);
    const dpkg = read_installed_text(files.get(package_db_DPKG_STATUS));
    const fromD = statusD.map((p) => ({ p, t: read_installed_text(files.get(p)) })).filter((x) => x.t !== undefined);
    if (dpkg !== undefined || fromD.length > 0) {
        const packages = [...parseDpkgEntries(dpkg ?? ''), ...fromD.flatMap((x) => parseDpkgEntries(x.t, { requireStatus: false }))];
        return { family: 'deb', packages, os, files: [...(dpkg !== undefined ? [package_db_DPKG_STATUS] : []), ...fromD.map((x) => x.p)] };
    }
    const apk = read_installed_text(files.get(APK_INSTALLED));
    if (apk !== undefined)
        return { family: 'apk', packages: parseApkEntries(apk), os, files: [APK_INSTALLED] };
    return { family: undefined, os };
}

// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/match.ts + 5 modules
var vulnerabilities_match = __webpack_require__(6698);
;// CONCATENATED MODULE: ./shared/src/updates/security.ts


/** The installed packages as the matcher takes them: only what matching reads is meaningful (no purl or layer here). */
function asPackages(family, installed, distro) {
    return installed.map((p) => ({
        ecosystem: family,
        name: p.name,
        version: p.version,
        source: p.source,
        arch: p.arch,
        ...(distro === undefined ? {} : { distro }),
        purl: '',
        layer: { index: -1, digest: '' },
        locations: [],
    }));
}
const distroOf = (os) => os === undefined ? undefined : { id: os.id, versionId: os.versionId, ...(os.codename === '' ? {} : { codename: os.codename }) };
/**
 * The fixes available in the index for the vulnerabilities the installed packages carry,
 * one per (advisory, binary package), sorted by id then package.
 */
function findSecurityFixes(family, installed, indexed, advisories, os) {
    const byName = new Map();
    const add = (name, p) => {
        const list = byName.get(name);
        if (list === undefined)
            byName.set(name, [p]);
        else
            list.push(p);
    };
    const takingOver = new Map();
    for (const p of indexed) {
        add(p.name, p);
        for (const old of p.takesOver ?? []) {
            const list = takingOver.get(old);
            if (list === undefined)
                takingOver.set(old, [p]);
            else
                list.push(p);
        }
    }
    const out = new Map();
    for (const f of (0,vulnerabilities_match/* match */.YW)(asPackages(family, installed, distroOf(os)), advisories)) {
        if (f.fixedVersion === undefined)
            continue;
        const fixed = f.fixedVersion;
        // From the same source at or past the fix (a package of that name from another source carries no fix for this advisory).
        const carries = (c) => c.source.name === f.matched.name && compareVersions(family, c.source.version, fixed) >= 0;
        // The same binary first; else a renamed one that takes the installed name over (Provides/Replaces, apk's p:), built
        // from the same source: what apt installs in its place on the rebuild (Debian's t64 transition: libssl3 -> libssl3t64).
        let candidates = (byName.get(f.package.name) ?? []).filter(carries);
        if (candidates.length === 0)
            candidates = (takingOver.get(f.package.name) ?? []).filter(carries);
        if (candidates.length === 0)
            continue;
        const newest = candidates.reduce((a, b) => (compareVersions(family, b.version, a.version) > 0 ? b : a));
        const key = `${f.id}\0${f.package.name}\0${f.installedVersion}`;
        if (!out.has(key))
            out.set(key, {
                id: f.id,
                package: f.package.name,
                source: f.matched.name,
                installed: f.installedVersion,
                fixed,
                available: newest.version,
                ...(newest.name === f.package.name ? {} : { replacement: newest.name }),
            });
    }
    return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.package < b.package ? -1 : a.package > b.package ? 1 : 0));
}
/** How many fixes the reasons name one by one; the rest are counted. */
const LISTED_FIXES = 10;
/** One reason line per fix: "CVE-2024-1234 fixed in openssl 3.0.13-1~deb12u1, available in the index (libssl3 3.0.11-1~deb12u2 -> 3.0.13-1~deb12u1+b1)" (installed -> available). */
function securityReasons(fixes) {
    const lines = fixes
        .slice(0, LISTED_FIXES)
        .map((f) => `${f.id} fixed in ${f.source} ${f.fixed}, available in the index (${f.package} ${f.installed} -> ${f.replacement === undefined ? '' : `${f.replacement} `}${f.available}${f.replacement === undefined ? '' : `, which replaces ${f.package}`})`);
    if (fixes.length > LISTED_FIXES)
        lines.push(`... and ${fixes.length - LISTED_FIXES} more security fixes (see the security-fixes output)`);
    return lines;
}
/**
 * The package half of the rebuild decision. A security fix in the index always rebuilds. Any other newer
 * package rebuilds under `any`; under `security` it is information only: it stays in the `packages` output
 * and the summary, not in the reasons, which say why rebuild-needed is what it is.
 */
function packageRebuild(packages, rebuildOn) {
    if (packages.kind !== 'checked')
        return { rebuild: false, reasons: [] };
    const reasons = securityReasons(packages.securityFixes ?? []);
    if (rebuildOn === 'any')
        reasons.push(...updateReasons(packages.updates, packages.platform));
    return { rebuild: reasons.length > 0, reasons };
}

// EXTERNAL MODULE: ./shared/src/read-bounded-file.ts
var read_bounded_file = __webpack_require__(4318);
// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/db-inputs.ts
var db_inputs = __webpack_require__(5226);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/advisory.ts
var advisory = __webpack_require__(1931);
;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/openvex.ts
/**
 * OpenVEX v0.2.0 documents (github.com/openvex/spec) as a source of ignores:
 * the image's author says a vulnerability does not affect this image (or was
 * fixed in it), with a justification, and the finding is then suppressed like
 * a policy ignore, the document and its justification as the reason.
 *
 * A statement applies to a finding when
 *   - its vulnerability (`name`, `@id` or any of `aliases`) is the finding's
 *     advisory id or one of its aliases, and
 *   - one of its products is the image (a `pkg:oci/...@sha256:...` purl, or a
 *     `sha256:` digest as `@id` or `hashes.sha-256`, equal to the tested
 *     platform manifest's digest) and either lists no subcomponents or lists
 *     the package, or the product is the package itself.
 * A package is named by its purl: type, namespace, name, subpath and (when the
 * VEX purl gives one) version must be equal after decoding; every qualifier
 * the VEX purl gives must be the package's, in any order; qualifiers the VEX
 * purl leaves out (arch, distro) match anything.
 * The latest applicable statement wins (its last_updated, else its
 * timestamp, else the document's); on a tie the later one in input order.
 * not_affected and fixed suppress; affected and under_investigation do not.
 *
 * Documents are untrusted: bounded in size and statement count, every field
 * checked with "expected X, got Y" naming the input line, the document and
 * the field; text is previewed, never echoed whole.
 */





/** Largest VEX document read, and most statements in one. */
const openvex_VEX_LIMITS = { maxBytes: 16 * 1024 * 1024, maxStatements: 100_000 };
const STATUSES = (/* unused pure expression or super */ null && (['not_affected', 'affected', 'fixed', 'under_investigation']));
const JUSTIFICATIONS = (/* unused pure expression or super */ null && ([
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist',
]));
function vexError(origin, reason, hint) {
    return new PipelineError('INPUT', `'${VEX_INPUT}' line ${origin.inputLine}: ${reason}`, {
        input: VEX_INPUT,
        file: origin.location,
        hint: hint ?? 'Give an OpenVEX v0.2.0 JSON document (https://github.com/openvex/spec); vexctl writes them.',
    });
}
const openvex_shown = (v) => (typeof v === 'string' ? JSON.stringify(preview(v, { max: 60 })) : shapeOf(v));
function time(v, field, origin) {
    if (v === undefined)
        return undefined;
    const ms = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(ms))
        throw vexError(origin, `expected ${field} to be an RFC 3339 time, got ${openvex_shown(v)}`);
    return ms;
}
function optionalString(v, field, origin) {
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw vexError(origin, `expected ${field} to be a string, got ${shapeOf(v)}`);
    return v;
}
/** A purl or digest string; anything else (a CPE, a URL) identifies nothing we can match and is skipped. */
function identifier(text, field, origin) {
    if (/^sha256:[0-9a-f]{64}$/.test(text))
        return { kind: 'digest', digest: text };
    if (!text.startsWith('pkg:'))
        return undefined;
    try {
        return { kind: 'purl', purl: PackageURL.fromString(text) };
    }
    catch (e) {
        throw vexError(origin, `expected ${field} to be a package URL, got ${openvex_shown(text)} (${preview(String(e.message), { max: 80 })})`);
    }
}
/** A component's identifiers: its @id, identifiers.purl and hashes.sha-256. */
function componentIds(c, field, origin) {
    if (typeof c === 'string')
        return [identifier(c, field, origin)].filter((x) => x !== undefined);
    if (!isRecord(c))
        throw vexError(origin, `expected ${field} to be an object with "@id" or "identifiers", got ${shapeOf(c)}`);
    const out = [];
    const id = optionalString(c['@id'], `${field}["@id"]`, origin);
    if (id !== undefined)
        out.push(...[identifier(id, `${field}["@id"]`, origin)].filter((x) => x !== undefined));
    const ids = c['identifiers'];
    if (ids !== undefined) {
        if (!isRecord(ids))
            throw vexError(origin, `expected ${field}.identifiers to be an object, got ${shapeOf(ids)}`);
        const purl = optionalString(ids['purl'], `${field}.identifiers.purl`, origin);
        if (purl !== undefined) {
            const p = identifier(purl, `${field}.identifiers.purl`, origin);
            if (p === undefined)
                throw vexError(origin, `expected ${field}.identifiers.purl to start with pkg:, got ${openvex_shown(purl)}`);
            out.push(p);
        }
    }
    const hashes = c['hashes'];
    if (hashes !== undefined) {
        if (!isRecord(hashes))
            throw vexError(origin, `expected ${field}.hashes to be an object, got ${shapeOf(hashes)}`);
        const sha = optionalString(hashes['sha-256'], `${field}.hashes["sha-256"]`, origin);
        if (sha !== undefined) {
            if (!/^[0-9a-f]{64}$/.test(sha))
                throw vexError(origin, `expected ${field}.hashes["sha-256"] to be 64 hex digits, got ${openvex_shown(sha)}`);
            out.push({ kind: 'digest', digest: `sha256:${sha}` });
        }
    }
    if (id === undefined && ids === undefined)
        throw vexError(origin, `expected ${field} to have "@id" or "identifiers", got neither`);
    return out;
}
function products(v, field, origin) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw vexError(origin, `expected ${field} to be an array, got ${shapeOf(v)}`);
    return v.map((p, i) => {
        const where = `${field}[${i}]`;
        const subs = isRecord(p) ? p['subcomponents'] : undefined;
        if (subs !== undefined && !Array.isArray(subs))
            throw vexError(origin, `expected ${where}.subcomponents to be an array, got ${shapeOf(subs)}`);
        return {
            ids: componentIds(p, where, origin),
            subcomponents: (subs ?? []).map((s, j) => componentIds(s, `${where}.subcomponents[${j}]`, origin)),
        };
    });
}
function vulnerability(v, field, origin) {
    // v0.0.x wrote the id as a plain string; v0.2.0 an object with name, @id and aliases.
    if (typeof v === 'string' && v !== '')
        return [v];
    if (!isRecord(v) || typeof v['name'] !== 'string' || v['name'] === '')
        throw vexError(origin, `expected ${field} to be { "name": "CVE-..." } (with optional "@id", "aliases"), got ${shapeOf(v)}`);
    const ids = [v['name']];
    const id = optionalString(v['@id'], `${field}["@id"]`, origin);
    if (id !== undefined)
        ids.push(id);
    const aliases = v['aliases'];
    if (aliases !== undefined) {
        if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string'))
            throw vexError(origin, `expected ${field}.aliases to be an array of strings, got ${shapeOf(aliases)}`);
        ids.push(...aliases);
    }
    return ids;
}
/** The statements of one OpenVEX document's JSON text. */
function openvex_parseOpenVex(text, origin) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw vexError(origin, `expected JSON, got a syntax error (${preview(String(e.message), { max: 80 })})`);
    }
    if (!isRecord(doc))
        throw vexError(origin, `expected an OpenVEX document (a JSON object), got ${shapeOf(doc)}`);
    const context = doc['@context'];
    if (typeof context !== 'string' || !context.startsWith('https://openvex.dev/ns'))
        throw vexError(origin, `expected "@context" to be https://openvex.dev/ns/v0.2.0, got ${openvex_shown(context)}`);
    const docTime = time(doc['timestamp'], '"timestamp"', origin);
    if (docTime === undefined)
        throw vexError(origin, 'expected "timestamp" (when the document was issued), got nothing');
    const docUpdated = time(doc['last_updated'], '"last_updated"', origin);
    const statements = doc['statements'];
    if (!Array.isArray(statements))
        throw vexError(origin, `expected "statements" to be an array, got ${shapeOf(statements)}`);
    if (statements.length > openvex_VEX_LIMITS.maxStatements)
        throw vexError(origin, `expected at most ${openvex_VEX_LIMITS.maxStatements} statements, got ${statements.length}`, 'Split the document.');
    return statements.map((s, index) => {
        const field = `statements[${index}]`;
        if (!isRecord(s))
            throw vexError(origin, `expected ${field} to be an object, got ${shapeOf(s)}`);
        const status = s['status'];
        if (typeof status !== 'string' || !STATUSES.includes(status))
            throw vexError(origin, `expected ${field}.status to be one of ${STATUSES.join(', ')}, got ${openvex_shown(status)}`);
        const justification = optionalString(s['justification'], `${field}.justification`, origin);
        if (justification !== undefined && !JUSTIFICATIONS.includes(justification))
            throw vexError(origin, `expected ${field}.justification to be one of ${JUSTIFICATIONS.join(', ')}, got ${openvex_shown(justification)}`);
        const impactStatement = optionalString(s['impact_statement'], `${field}.impact_statement`, origin);
        if (status === 'not_affected' && justification === undefined && impactStatement === undefined)
            throw vexError(origin, `expected ${field} (not_affected) to have a justification or an impact_statement, got neither`, 'The OpenVEX spec requires one for not_affected: say why the image is not affected.');
        const stated = time(s['timestamp'], `${field}.timestamp`, origin);
        const updated = time(s['last_updated'], `${field}.last_updated`, origin);
        return {
            vulnerabilities: vulnerability(s['vulnerability'], `${field}.vulnerability`, origin),
            products: products(s['products'], `${field}.products`, origin),
            status: status,
            ...(justification === undefined ? {} : { justification }),
            ...(impactStatement === undefined ? {} : { impactStatement }),
            // The statement's own time overrides the document's (the spec's inheritance); an update is later still.
            time: updated ?? stated ?? docUpdated ?? docTime,
            where: { location: origin.location, line: origin.inputLine, index },
        };
    });
}
/** Whether `pattern` (from a VEX document) names the package purl `actual` (see the header for the rule). */
function purlMatches(pattern, actual) {
    if (pattern.type !== actual.type || (pattern.namespace ?? '') !== (actual.namespace ?? '') || pattern.name !== actual.name)
        return false;
    if (pattern.version !== undefined && pattern.version !== actual.version)
        return false;
    if (pattern.subpath !== undefined && pattern.subpath !== actual.subpath)
        return false;
    const want = pattern.qualifiers ?? {};
    const have = actual.qualifiers ?? {};
    return Object.keys(want).every((k) => have[k] === want[k]);
}
const isImage = (id, image) => id.kind === 'digest' ? id.digest === image.digest : id.purl.type === 'oci' && id.purl.version === image.digest;
function parsePurl(text) {
    try {
        return PackageURL.fromString(text);
    }
    catch {
        return undefined;
    }
}
const namesPackage = (ids, purl) => purl !== undefined && ids.some((id) => id.kind === 'purl' && id.purl.type !== 'oci' && purlMatches(id.purl, purl));
/** Whether a statement speaks about this finding in this image. */
function applies(s, subject, image, purl = parsePurl(subject.purl)) {
    if (!s.vulnerabilities.some((v) => subject.ids.includes(v)))
        return false;
    return s.products.some((p) => p.ids.some((id) => isImage(id, image)) ? p.subcomponents.length === 0 || p.subcomponents.some((sub) => namesPackage(sub, purl)) : namesPackage(p.ids, purl));
}
function indexVex(statements) {
    const byId = new Map();
    for (const s of statements)
        for (const v of new Set(s.vulnerabilities)) {
            const list = byId.get(v);
            if (list === undefined)
                byId.set(v, [s]);
            else
                list.push(s);
        }
    return byId;
}
/** The statement that decides a finding: the latest applicable one (later in input order on a tie); undefined when none applies. */
function decidingStatement(index, subject, image) {
    const purl = parsePurl(subject.purl);
    const candidates = new Set(subject.ids.flatMap((id) => index.get(id) ?? []));
    let winner;
    const order = (s) => [s.time, s.where.line, s.where.index];
    const later = (a, b) => {
        const [x, y] = [order(a), order(b)];
        return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
    };
    for (const s of candidates)
        if (applies(s, subject, image, purl) && (winner === undefined || later(s, winner)))
            winner = s;
    return winner;
}
/** The ignore reason a suppressing statement gives: the document, its status and why; undefined for affected and under_investigation. */
function vexReason(s) {
    if (s.status !== 'not_affected' && s.status !== 'fixed')
        return undefined;
    const why = [s.justification, s.impactStatement === undefined ? undefined : preview(s.impactStatement, { max: 200 })].filter((x) => x !== undefined);
    return `VEX ${s.where.location} ('${VEX_INPUT}' line ${s.where.line}, statements[${s.where.index}]): ${s.status}${why.length === 0 ? '' : `: ${why.join('; ')}`}`;
}

// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/osv.ts + 1 modules
var osv = __webpack_require__(2340);
// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/package-filter.ts
var package_filter = __webpack_require__(6273);
;// CONCATENATED MODULE: ./shared/src/compliance/vulnerabilities/scan.ts
/**
 * The vulnerability scan of one SBOM: the databases of the `vulnerability-db`
 * input loaded (downloads first), matched against the packages, and each
 * database's age checked against the policy's maxDbAge. What counts as a
 * failure is decided afterwards, in one place (report/vulnerabilities.ts).
 */








/** The `vex` input's documents: each path confined to the workspace, each URL downloaded once, each bounded, parsed in input order. */
async function loadVex(vex, opts) {
    const local = localFiles({ input: VEX_INPUT, what: 'VEX document', cacheDir: vex.cacheDir, maxBytes: VEX_LIMITS.maxBytes }, opts);
    const out = [];
    for (const entry of vex.entries) {
        const { location, line, file } = await local(entry);
        const text = await readBoundedFile(file, {
            what: `the VEX document ${location}`,
            maxBytes: VEX_LIMITS.maxBytes,
            input: VEX_INPUT,
            hint: 'Name an OpenVEX JSON document in the repository, or an https URL serving one.',
        }).catch((e) => {
            throw e instanceof PipelineError ? atLine(VEX_INPUT, line, e) : e;
        });
        out.push(...parseOpenVex(text, { location, inputLine: line }));
    }
    return out;
}
/** How a database's age was read, for the stale message. */
const DATED = {
    records: "its newest OSV record's modified",
    'last-modified': "the server's Last-Modified",
    mtime: "the file's modification time",
};
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/**
 * `7d` -> milliseconds. The policy loader already refuses anything else at its line (a positive number of hours,
 * days or weeks); this is the backstop for a policy that reached the scan another way.
 */
function parseDbAge(text) {
    const m = /^([1-9]\d*)([hdw])$/.exec(text);
    if (m === null)
        throw new PipelineError('POLICY', `compliance.vulnerabilities.maxDbAge: expected a positive number of hours, days or weeks (24h, 7d, 2w), got "${preview(text)}"`, { hint: 'Set compliance.vulnerabilities.maxDbAge in the policy to a duration such as 7d.' });
    return Number(m[1]) * UNIT_MS[m[2]];
}
/**
 * The release names advisories of this distribution may use (codename, major, major.minor): the loader keeps
 * only those (test-image and check-updates alike); undefined, no filter.
 */
function releaseNames(d) {
    if (d === undefined)
        return undefined;
    const parts = d.versionId.split('.');
    // Ubuntu's OSV records name their release ubuntu:YY.MM (see osvEcosystem).
    const ubuntu = d.id === 'ubuntu' ? (0,osv/* ubuntuRelease */.zW)(d.versionId) : undefined;
    return new Set([d.codename, parts[0], parts.slice(0, 2).join('.'), ubuntu].filter((r) => r !== undefined && r !== ''));
}
async function scanVulnerabilities(sbom, entries, policy, opts) {
    // The VEX documents first: they are small, and a malformed one fails before a large database is read.
    const vex = opts.vex === undefined ? [] : await loadVex(opts.vex, opts);
    const releases = releaseNames(sbom.distro);
    // The SBOM is known before any database is read: only its packages' advisories are parsed and kept.
    const dbs = await loadDbs(entries, { ...opts, ...(releases === undefined ? {} : { releases }), packages: packageNames(sbom.packages) });
    const advisories = dbs.flatMap((d) => d.advisories);
    const matches = match(sbom.packages, indexAdvisories(advisories), sbom.distro === undefined ? {} : { distro: sbom.distro });
    const now = (opts.now ?? new Date()).getTime();
    const maxAge = policy.maxDbAge === undefined ? undefined : parseDbAge(policy.maxDbAge);
    const stale = maxAge === undefined
        ? []
        : dbs
            .filter((d) => now - d.timestamp.getTime() > maxAge)
            .map((d) => `vulnerability database ${d.location} ('vulnerability-db' line ${d.line}) is from ${d.timestamp.toISOString()} (${DATED[d.dated]}), older than maxDbAge ${policy.maxDbAge}`);
    return { matches, databases: dbs.length, advisories: advisories.length, stale, vex };
}

;// CONCATENATED MODULE: ./shared/src/updates/package-check.ts
/**
 * The package half of the update check: read the published image's package
 * database, fetch the configured indexes, and list what has newer versions.
 * Never touches the network unless package index URLs were given.
 */










/** The image whose packages are checked: linux/amd64 when there is one, else the first. */
function packageImage(images) {
    return images.find((i) => i.platform.os === 'linux' && i.platform.architecture === 'amd64') ?? images[0];
}
async function checkPackages(src, images, urls, 
/** Default: fetchIndex's (httpFetch). */
fetchImpl, advisories) {
    if (urls.length === 0)
        return { kind: 'skipped', reason: 'packages not checked: no package index configured (set package-index-urls)' };
    const image = packageImage(images);
    if (image === undefined)
        return { kind: 'skipped', reason: 'packages not checked: the image has no platform images' };
    const platform = platformString(image.platform);
    const db = await readInstalled(src, image);
    if (db.family === undefined)
        return { kind: 'skipped', reason: `packages not checked: the ${platform} image has no Debian or Alpine package database` };
    const lines = [];
    for (const url of urls) {
        if (url !== index_urls/* DEFAULT_INDEXES */.zP) {
            // Line numbers are only known to the input parser (which skipped blanks); the URL names the line.
            lines.push({ url, line: undefined });
            continue;
        }
        const proposed = db.os === undefined ? [] : (0,index_urls/* defaultIndexUrls */.Cs)(db.os, image.platform);
        if (proposed.length === 0) {
            throw new errors/* PipelineError */.zC('INPUT', `cannot propose package indexes for this image (${db.os === undefined ? 'no /etc/os-release' : `ID=${db.os.id} VERSION_ID=${db.os.versionId || '-'} VERSION_CODENAME=${db.os.codename || '-'}`}, ${platform})`, {
                input: 'package-index-urls',
                hint: 'List the index URLs yourself instead of `default` (Debian Packages.gz or Alpine APKINDEX.tar.gz).',
            });
        }
        for (const u of proposed)
            lines.push({ url: u, line: undefined });
    }
    const indexed = [];
    for (const { url, line } of lines) {
        const idx = await fetchIndex(url, line, fetchImpl);
        if (idx.kind.family !== db.family) {
            throw new errors/* PipelineError */.zC('INPUT', `${(0,index_urls/* onLine */.Cl)(line)}${url} is a ${(0,index_urls/* familyName */.ar)(idx.kind.family)} index but the image's package database is ${(0,index_urls/* familyName */.ar)(db.family)}`, {
                input: 'package-index-urls',
                ...(line !== undefined ? { line } : {}),
                hint: db.family === 'deb' ? 'Use the Packages.gz of the Debian release the image is built on.' : "Use the APKINDEX.tar.gz of the image's Alpine branch.",
            });
        }
        indexed.push(...idx.packages);
    }
    // Read now that the release is known: the tracker holds every Debian release, the image needs one.
    const family = db.family;
    const known = typeof advisories === 'function'
        ? await advisories(releaseNames(distroOf(db.os)), (0,package_filter/* packageNames */.V)(db.packages.map((p) => ({ ecosystem: family, name: p.name, source: p.source }))))
        : advisories;
    return {
        kind: 'checked',
        family: db.family,
        platform,
        installed: db.packages.length,
        indexes: lines.map((l) => l.url),
        updates: findUpdates(db.family, db.packages, indexed),
        ...(known === undefined ? {} : { securityFixes: findSecurityFixes(db.family, db.packages, indexed, known, db.os) }),
    };
}

;// CONCATENATED MODULE: ./shared/src/updates/check.ts
/**
 * The update check against registries: read the published image, collect the
 * bases it recorded, ask each base's registry what its tag serves now.
 */











async function checkForUpdates(image, opts = {}) {
    const rebuildOn = opts.rebuildOn ?? 'any';
    const connect = clientFactory(opts);
    const ref = (0,result/* unwrap */.o)((0,registry_reference/* parseReference */.F2)(image));
    const source = new RegistrySource(ref, connect(ref.registry));
    let root;
    try {
        root = await selectRoot(source);
    }
    catch (e) {
        if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND')) {
            return {
                image,
                bases: [],
                rebuild: true,
                reasons: [`${image} is not published yet`],
                verdicts: [],
                packages: { kind: 'skipped', reason: 'packages not checked: the image is not published' },
                rebuildOn,
            };
        }
        throw e;
    }
    const resolved = await resolveImage(source, root);
    const bases = new Map();
    for (const img of resolved.images)
        for (const b of baseRecordsOf(img.manifest, img.config))
            bases.set(`${b.name}@${b.digest}`, b);
    const verdicts = [];
    for (const base of bases.values())
        verdicts.push(judgeBase(base, await lookUp(base.name, connect)));
    const decision = decide_decide(verdicts);
    if (bases.size === 0)
        decision.reasons.push('no base image recorded (FROM scratch, or built without base annotations): nothing to compare');
    const packages = await checkPackages(source, resolved.images, opts.packageIndexUrls ?? [], opts.fetch, opts.advisories);
    // A moved base still rebuilds under rebuild-on: security (decide() above): its new digest is its maintainers'
    // rebuild, most often for their own security fixes, which this check cannot see (it reads our image's packages).
    const pkg = packageRebuild(packages, rebuildOn);
    if (pkg.rebuild)
        decision.rebuild = true;
    decision.reasons.push(...pkg.reasons);
    const unverifiedBases = opts.baseSignatures === undefined ? [] : await unverifiedMoves(verdicts, opts.baseSignatures, connect);
    if (unverifiedBases.length > 0) {
        // Any rebuild now (for a package too) would build onto the base that did not verify: none is proposed.
        decision.rebuild = false;
        for (const u of unverifiedBases)
            decision.reasons.push(`base ${u.name} moved to ${u.digest}, which does not verify under base-signature-policy: not rebuilding onto it (${u.problems.join('; ')})`);
    }
    return {
        image,
        digest: root.digest,
        bases: [...bases.values()],
        ...decision,
        ...(opts.baseSignatures === undefined ? {} : { unverifiedBases }),
        packages,
        rebuildOn,
    };
}
/** Each moved base's new digest verified against the policy (once per name and digest); those that fail, with why. */
async function unverifiedMoves(verdicts, policy, connect) {
    const out = [];
    const seen = new Set();
    for (const v of verdicts) {
        if (v.kind !== 'moved' || seen.has(`${v.base.name}@${v.now}`))
            continue;
        seen.add(`${v.base.name}@${v.now}`);
        const ref = (0,result/* unwrap */.o)((0,registry_reference/* parseReference */.F2)(v.base.name));
        const r = await verifyImageSignatures(connect(ref.registry), ref.repository, v.now, policy);
        if (!r.ok)
            out.push({ name: v.base.name, digest: v.now, problems: r.problems.map((p) => `${p.rule}: ${p.message}`) });
    }
    return out;
}
async function lookUp(name, connect) {
    const ref = (0,result/* unwrap */.o)((0,registry_reference/* parseReference */.F2)(name));
    const client = connect(ref.registry);
    const head = await client.headManifest(ref.repository, ref.tag ?? 'latest', ['pull']);
    if (head === undefined)
        return { name, digest: undefined, children: [] };
    let children = [];
    if (media_types_isIndexMediaType(head.mediaType)) {
        const m = await client.getManifest(ref.repository, head.digest);
        children = JSON.parse(m.bytes.toString('utf8')).manifests?.map((d) => d.digest) ?? [];
    }
    return { name, digest: head.digest, children };
}


/***/ })

};
