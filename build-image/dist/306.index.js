export const id = 306;
export const ids = [306,244,490];
export const modules = {

/***/ 9306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImage: () => (/* binding */ buildImage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/oci/layout.ts
var oci_layout = __webpack_require__(7043);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(9140);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(4918);
// EXTERNAL MODULE: ./shared/src/oci/image.ts
var oci_image = __webpack_require__(4984);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(8301);
// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(9892);
;// CONCATENATED MODULE: ./shared/src/oci/layout-adopt.ts
/**
 * Blobs into a LayoutWriter from files already on this machine (a builder's `dir:` output, buildx's OCI
 * folder): hard-linked into the layout where both sit on one file system, then hashed once as they lie in
 * the layout; else copied from a descriptor opened without following links and hashed on the way (one
 * read, one write); either way checked against their descriptor before they take their name. Streaming the blob through the writer
 * instead read it, hashed it twice (the source's VerifyingStream, the writer's own counter) and wrote it
 * again: 2-9 s for ~100 MB of layers on a loaded machine (issue 17). The guarantee is the writer's: a file
 * whose bytes do not match its digest never gets a name in the layout, and nothing is left of it.
 */










/** `file` when it is a regular file itself (not a link to one, which a hard link would carry into the layout), else undefined. */
async function regularFile(file) {
    const s = await promises_.lstat(file).catch(() => undefined);
    return s?.isFile() === true ? file : undefined;
}
/** The local file of a source's blob, if the source has one. */
async function blobFileOf(source, desc) {
    if (typeof source.blobFile === 'function')
        return source.blobFile(desc);
    if (source instanceof oci_layout/* OciLayout */.Al)
        return regularFile(source.blobPath(desc.digest));
    return undefined;
}
/** link(2) errors that mean "copy instead": another file system, none of its own hard links, too many links, not the file's owner (protected_hardlinks). */
const LINK_REFUSED = new Set(['EXDEV', 'EPERM', 'EACCES', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/** Reads a file through VerifyingStream (one hash) to its end: the same errors, with `what`, as every other blob read. */
async function verifyFile(file, expected, what) {
    const stat = await promises_.lstat(file);
    if (!stat.isFile())
        throw new errors/* PipelineError */.zC('LAYOUT', `${what} is not a regular file`, { hint: 'The builder output is corrupt; build again.' });
    if (stat.size !== expected.size) {
        throw new errors/* PipelineError */.zC('SIZE_MISMATCH', `${what} has ${stat.size} bytes, its descriptor says ${expected.size}`, {
            hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
        });
    }
    const sink = new external_node_stream_.Writable({ write: (_chunk, _enc, cb) => cb() });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 }), new oci_digest/* VerifyingStream */.SC(expected, what), sink);
}
/** open(2) for the copy fallback: never through a symbolic link (O_NOFOLLOW), never waiting for a writer on a FIFO (O_NONBLOCK). */
const OPEN_SOURCE = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK;
/**
 * The copy fallback: `file` opened without following a link, checked on the opened descriptor (a regular
 * file of the descriptor's size: what was checked is what is read), then streamed from that descriptor
 * through one hash into `partial`, which is ours. A path check then copyFile(path) would read whatever the
 * name points to by then: a link planted in a source layout, to a file outside it or to a FIFO that never ends.
 */
async function copyVerified(file, partial, expected, what) {
    const handle = await promises_.open(file, OPEN_SOURCE).catch((e) => {
        const code = e.code;
        if (code === 'ELOOP')
            throw new errors/* PipelineError */.zC('LAYOUT', `${what} is a symbolic link, not a regular file`, { hint: 'The builder output is corrupt; build again.' });
        if (code === 'ENOENT')
            throw new errors/* PipelineError */.zC('NOT_FOUND', `${what} is missing`, { hint: 'The builder output is incomplete; build again.' });
        throw e;
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors/* PipelineError */.zC('LAYOUT', `${what} is not a regular file`, { hint: 'The builder output is corrupt; build again.' });
        if (stat.size !== expected.size) {
            throw new errors/* PipelineError */.zC('SIZE_MISMATCH', `${what} has ${stat.size} bytes, its descriptor says ${expected.size}`, {
                hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
            });
        }
        // Bounded twice: `end` stops at the size checked, VerifyingStream fails on the first byte past it.
        const from = handle.createReadStream({ start: 0, ...(expected.size > 0 ? { end: expected.size - 1 } : {}), highWaterMark: 1024 * 1024, autoClose: false });
        await (0,pipe_to_file/* pipeToFile */.u)(partial, { flags: 'wx' }, from, new oci_digest/* VerifyingStream */.SC(expected, what));
    }
    finally {
        await handle.close();
    }
}
/**
 * Put the blob held in `file` into the writer's layout under `expected.digest`: linked (or copied), then
 * verified in place; a mismatch removes it and throws DIGEST_MISMATCH / SIZE_MISMATCH naming `what`.
 * Says which way the bytes came.
 */
async function adoptBlobFile(writer, file, expected, what, opts = {}) {
    const partial = external_node_path_.join(writer.tmp, `.partial-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    let how = 'linked';
    try {
        await (opts.link ?? promises_.link)(file, partial);
    }
    catch (e) {
        const code = e.code ?? '';
        if (code === 'ENOENT')
            throw new errors/* PipelineError */.zC('NOT_FOUND', `${what} is missing`, { hint: 'The builder output is incomplete; build again.' });
        if (!LINK_REFUSED.has(code))
            throw e;
        how = 'copied';
    }
    try {
        if (how === 'linked')
            await verifyFile(partial, expected, what);
        else
            await copyVerified(file, partial, expected, what);
    }
    catch (e) {
        await promises_.rm(partial, { force: true });
        throw e;
    }
    const target = (0,oci_layout/* blobPath */.nD)(writer.tmp, expected.digest);
    await promises_.mkdir(external_node_path_.dirname(target), { recursive: true });
    await promises_.rename(partial, target);
    return how;
}
/**
 * One blob of `source` into the writer, once: from its file where the source keeps one (adoptBlobFile), else
 * streamed through the writer, verified on the way.
 */
async function copyBlobInto(writer, source, desc, opts = {}) {
    if (await writer.hasBlob(desc.digest))
        return;
    const file = await blobFileOf(source, desc);
    if (file !== undefined) {
        await adoptBlobFile(writer, file, desc, `blob ${desc.digest} in ${source.name}`, opts);
        return;
    }
    await writer.copyBlob(source, desc);
}

// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(9949);
// EXTERNAL MODULE: ./shared/src/builders/annotations.ts
var builders_annotations = __webpack_require__(1722);
;// CONCATENATED MODULE: ./shared/src/builders/oci-convert.ts
/**
 * From whatever a builder wrote to a clean OCI image: Docker v2 media types
 * mapped to their OCI twins, and the config stripped of fields that are
 * either Docker-daemon leftovers or differ on every run.
 *
 * Why we rewrite the config: buildah must build in Docker format to keep
 * HEALTHCHECK (its OCI format drops it with a warning), and that format
 * carries a random `container` id, a random `Hostname`, a `parent` id of an
 * intermediate image (itself random), and a history comment naming that
 * parent. With those removed, the same sources and timestamp give the same
 * bytes. `Healthcheck`, `Shell` and `OnBuild` stay: OCI readers ignore unknown
 * fields and every runtime that honours health checks reads them there, as in
 * BuildKit's OCI output.
 */

const LAYER_TYPES = {
    [media_types/* MediaType */.zu.DockerLayerGzip]: media_types/* MediaType */.zu.OciLayerGzip,
    [media_types/* MediaType */.zu.DockerLayer]: media_types/* MediaType */.zu.OciLayer,
    [media_types/* MediaType */.zu.DockerForeignLayerGzip]: media_types/* MediaType */.zu.OciLayerNondistributableGzip,
};
const ociLayerMediaType = (m) => LAYER_TYPES[m] ?? m;
/** Fields of the runtime config worth keeping, in a fixed order so output bytes are stable. */
const CONTAINER_KEYS = [
    'User',
    'ExposedPorts',
    'Env',
    'Entrypoint',
    'Cmd',
    'Volumes',
    'WorkingDir',
    'Labels',
    'StopSignal',
    'Healthcheck',
    'Shell',
    'OnBuild',
];
const TOP_KEYS = ['created', 'author', 'architecture', 'os', 'os.version', 'os.features', 'variant'];
const isEmpty = (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
/** A builder-local image id in a history comment ("FROM 0310c0eddabb"): meaningless outside the build host. */
const LOCAL_PARENT_COMMENT = /^FROM [0-9a-f]{12,64}$/;
/**
 * The OCI config for a builder's config JSON. `changed` is false when the
 * input already was clean, so its bytes (and the builder's image id) are kept.
 */
function normalizeConfig(raw, labels = {}) {
    const out = {};
    for (const k of TOP_KEYS)
        if (!isEmpty(raw[k]))
            out[k] = raw[k];
    const rc = raw.config;
    if (rc !== undefined && rc !== null) {
        const c = {};
        // Empty Entrypoint/Cmd ([] from a reset) mean "none": dropping them says the same.
        for (const k of CONTAINER_KEYS)
            if (!isEmpty(rc[k]))
                c[k] = rc[k];
        out.config = c;
    }
    if (Object.keys(labels).length > 0) {
        const c = (out.config ?? {});
        c.Labels = { ...(c.Labels ?? {}), ...labels };
        // Labels sit in CONTAINER_KEYS order, so the bytes do not depend on whether the builder had any.
        out.config = Object.fromEntries(CONTAINER_KEYS.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
    }
    out.rootfs = raw.rootfs;
    if (Array.isArray(raw.history)) {
        out.history = raw.history.map((h) => {
            const entry = {};
            for (const k of ['created', 'created_by', 'author', 'comment', 'empty_layer']) {
                if (h[k] === undefined)
                    continue;
                if (k === 'comment' && typeof h.comment === 'string' && LOCAL_PARENT_COMMENT.test(h.comment))
                    continue;
                entry[k] = h[k];
            }
            return entry;
        });
    }
    const changed = JSON.stringify(out) !== JSON.stringify(raw);
    return { config: out, changed };
}

;// CONCATENATED MODULE: ./shared/src/builders/assemble.ts
/**
 * Writing the builder's images into the pipeline's OCI layout: layers linked
 * (or copied) from the builder's files and verified (layout-adopt.ts), Docker media types mapped to OCI, the config cleaned of
 * per-run noise (oci-convert.ts), annotations placed at the level each names
 * (annotations.ts: the manifests, the image index, the descriptors of either;
 * the base image's name and digest on each manifest), one index when there are
 * several platforms, and one index.json entry per tag. Only LayoutWriter touches the output, so a failure leaves
 * nothing at the output path.
 */







async function assembleLayout(writer, parts, opts) {
    const manifests = [];
    const sizes = new Map();
    for (const part of parts) {
        const resolved = await (0,oci_image/* resolveImage */.AT)(part.source, part.root);
        for (const img of resolved.images) {
            const layers = [];
            for (const l of img.manifest.layers) {
                const mediaType = ociLayerMediaType(l.mediaType);
                // Linked from the builder's file where it can be, hashed once, verified before it takes its name (layout-adopt.ts).
                await copyBlobInto(writer, part.source, l);
                layers.push(l.annotations === undefined
                    ? { mediaType, digest: l.digest, size: l.size }
                    : { mediaType, digest: l.digest, size: l.size, annotations: l.annotations });
                sizes.set(l.digest, l.size);
            }
            const rawConfig = await part.source.readBlob(img.manifest.config);
            const { config, changed } = normalizeConfig(JSON.parse(rawConfig.toString('utf8')), opts.labels);
            const configDesc = !changed && img.manifest.config.mediaType === media_types/* MediaType */.zu.OciConfig
                ? await writer.writeBytes(rawConfig, media_types/* MediaType */.zu.OciConfig)
                : await writer.writeJson(config, media_types/* MediaType */.zu.OciConfig);
            sizes.set(configDesc.digest, configDesc.size);
            const platform = img.platform;
            const annotations = {
                ...(img.manifest.annotations ?? {}),
                ...(part.annotations ?? {}),
                ...(0,builders_annotations/* annotationsAt */.wv)(opts.annotations, 'manifest', (0,types/* platformString */.F)(platform)),
            };
            const manifest = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciManifest, config: configDesc, layers };
            if (Object.keys(annotations).length > 0)
                manifest.annotations = annotations;
            const onDescriptor = (0,builders_annotations/* annotationsAt */.wv)(opts.annotations, 'manifest-descriptor', (0,types/* platformString */.F)(platform));
            const descriptor = await writer.writeJson(manifest, media_types/* MediaType */.zu.OciManifest, onDescriptor === undefined ? { platform } : { platform, annotations: onDescriptor });
            sizes.set(descriptor.digest, descriptor.size);
            manifests.push({
                descriptor,
                platform: (0,types/* platformString */.F)(platform),
                configDigest: configDesc.digest,
                layers: layers.length,
                size: descriptor.size + configDesc.size + layers.reduce((n, l) => n + l.size, 0),
            });
        }
    }
    const seen = new Set();
    for (const m of manifests) {
        if (seen.has(m.platform))
            throw new errors/* PipelineError */.zC('BUILDER', `the builder produced two images for ${m.platform}`, { input: 'platforms', hint: 'List each platform once.' });
        seen.add(m.platform);
    }
    const first = manifests[0];
    if (first === undefined)
        throw new errors/* PipelineError */.zC('BUILDER', 'the builder produced no image', { hint: 'See the builder log above.' });
    // build.ts checks the platforms asked for before building; this is what was built.
    (0,builders_annotations/* checkPlacement */.MI)(opts.annotations, manifests.map((m) => m.platform));
    let root;
    if (manifests.length === 1) {
        root = first.descriptor;
    }
    else {
        const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: manifests.map((m) => m.descriptor) };
        const onIndex = (0,builders_annotations/* annotationsAt */.wv)(opts.annotations, 'index');
        if (onIndex !== undefined)
            index.annotations = onIndex;
        root = await writer.writeJson(index, media_types/* MediaType */.zu.OciIndex);
        sizes.set(root.digest, root.size);
        const onRootDescriptor = (0,builders_annotations/* annotationsAt */.wv)(opts.annotations, 'index-descriptor');
        if (onRootDescriptor !== undefined)
            root = { ...root, annotations: onRootDescriptor };
    }
    if (opts.tags.length === 0)
        writer.addRoot(root);
    for (const tag of opts.tags)
        writer.addRoot(root, tag);
    return { root, manifests, size: [...sizes.values()].reduce((a, b) => a + b, 0) };
}

// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __webpack_require__(5698);
;// CONCATENATED MODULE: ./shared/src/builders/base-image.ts
/**
 * Recording what an image is built on (image-spec annotations.md
 * `org.opencontainers.image.base.name` / `.base.digest`), for the update
 * checker that later asks "is there a newer base?". Names are written fully
 * qualified (`docker.io/library/debian:12`), as that reader resolves them.
 */


/** `debian:12` -> `docker.io/library/debian:12`; an untagged name gets `:latest`, as a pull would. Unparseable names are kept as written. */
function qualifyReference(name) {
    const r = (0,reference/* parseReference */.F2)(name);
    if (!r.ok)
        return name;
    return (0,reference/* formatReference */.FH)(r.value.tag === undefined && r.value.digest === undefined ? { ...r.value, tag: 'latest' } : r.value);
}
/** image-spec annotations.md: the image this one is built on, as far as the builder told us. */
function baseAnnotations(base, digests) {
    if (base === undefined)
        return {};
    const digest = digests.get(base);
    return digest === undefined
        ? { [types/* Annotation */.Y.BaseName]: qualifyReference(base) }
        : { [types/* Annotation */.Y.BaseName]: qualifyReference(base), [types/* Annotation */.Y.BaseDigest]: digest };
}

// EXTERNAL MODULE: ./shared/src/builders/builder.ts
var builders_builder = __webpack_require__(9595);
// EXTERNAL MODULE: ./shared/src/builders/cache-spec.ts
var cache_spec = __webpack_require__(9936);
;// CONCATENATED MODULE: ./shared/src/registry/credentials/auth-file.ts
/**
 * Credentials for buildah, podman and skopeo, which read registries
 * themselves: a containers-auth.json(5) file (`{"auths": {"host[:port]":
 * {"auth": base64(user:password)}}}`) handed over with --authfile /
 * --src-authfile, never on argv and never in the environment. It holds only
 * the registries a run needs that have credentials, found by the same
 * resolver the registry client uses (registry-auth, github-token, ECR,
 * Docker's config.json), and lives in a fresh private folder (0700, file
 * 0600) that dispose() removes.
 */




/** Where the folders go: the temp dir, under a name tests can look for. */
const AUTH_DIR_PREFIX = 'test-image-auth-';
/**
 * The key containers-auth.json files a registry under: the canonical name
 * (reference.ts), so Docker Hub is `docker.io` as podman login writes it, not
 * the v1 URL Docker's config.json uses (credentialKey); other hosts as
 * host[:port].
 */
const authFileKey = (registry) => (0,reference/* normalizeRegistry */.l5)(registry);
/** The file's text for these credentials, keyed by registry (pure). */
function authFileJson(entries) {
    const auths = {};
    for (const [registry, c] of entries)
        auths[authFileKey(registry)] = { auth: Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64') };
    return `${JSON.stringify({ auths }, null, 2)}\n`;
}
/**
 * An auth file for `registries`, or undefined when none of them has
 * credentials (then the tools get no flag and read anonymously). Resolver
 * errors (an ECR token that cannot be had) propagate before anything is
 * written.
 */
async function writeAuthFile(registries, resolve, tmp = external_node_os_.tmpdir()) {
    const found = [];
    for (const r of new Set([...registries].map(authFileKey))) {
        const c = await resolve(r);
        if (c !== undefined)
            found.push([r, c]);
    }
    if (found.length === 0)
        return undefined;
    // mkdtemp makes the folder 0700; the file is created 0600 and must not exist yet.
    const dir = await promises_.mkdtemp(external_node_path_.join(tmp, AUTH_DIR_PREFIX));
    const dispose = () => promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    const file = external_node_path_.join(dir, 'auth.json');
    try {
        await promises_.chmod(dir, 0o700);
        await promises_.writeFile(file, authFileJson(found), { mode: 0o600, flag: 'wx' });
    }
    catch (e) {
        await dispose();
        throw e;
    }
    return { path: file, dispose };
}
/** `f` with an auth file for `registries` (undefined when none has credentials), removed afterwards whatever happens. */
async function withAuthFile(registries, resolve, f) {
    const file = await writeAuthFile(registries, resolve);
    try {
        return await f(file);
    }
    finally {
        await file?.dispose();
    }
}

// EXTERNAL MODULE: ./shared/src/registry/credentials/credentials.ts
var credentials = __webpack_require__(3304);
// EXTERNAL MODULE: ./shared/src/registry/credentials/docker-config.ts
var docker_config = __webpack_require__(9575);
// EXTERNAL MODULE: ./shared/src/registry/transport/scheme.ts
var scheme = __webpack_require__(6994);
// EXTERNAL MODULE: ./shared/src/builders/dockerfile.ts
var dockerfile = __webpack_require__(7652);
;// CONCATENATED MODULE: ./shared/src/builders/registry-access.ts
/**
 * Registry access for a build: buildah, podman and buildx read registries
 * themselves (base images of every stage, `COPY --from=<image>`, cache import
 * and export), so they get what the other actions' registry client gets \u2014
 * the same credentials (registry-auth, github-token, ECR, Docker's
 * config.json, found by the one resolver in registry/credentials) and the
 * same plain-HTTP rule (registry/transport/scheme.ts).
 *
 * Nothing secret goes on argv: buildah/podman get a containers-auth.json
 * (`--authfile`, written by auth-file.ts); buildx gets a DOCKER_CONFIG folder
 * of its own. Plain HTTP is a registries.conf drop-in with `insecure = true`
 * per registry under a private HOME (containers/image reads
 * `$HOME/.config/containers/registries.conf.d/*.conf` on top of the system
 * file), never the global `--tls-verify=false`, which would also turn TLS off
 * for every other registry of the build. Everything lives in one 0700 folder
 * (files 0600) that dispose() removes whatever happened.
 */









/** Where the folders go, under a name tests can look for. */
const ACCESS_DIR_PREFIX = 'image-pipeline-registry-';
/** The drop-in's name: after the distribution's own (lower numbers), so our `insecure` wins for our registries. */
const DROP_IN_NAME = '50-image-pipeline.conf';
/**
 * Every external image the needed stages read: FROM of each stage and
 * `COPY --from=` / `RUN --mount=...,from=` naming an image rather than a
 * stage, with ARGs expanded as the builder will: a FROM sees the global ARGs
 * (before the first FROM), an instruction inside a stage also the stage's own
 * ARGs declared above it (`ARG TOOLS=reg/tools:1`, or `ARG TOOLS` taking the
 * global default), each overridden by a build-arg of its name. A global ARG
 * the stage does not declare again still expands here, although buildah then
 * refuses the empty name itself: credentials for one registry too many are
 * harmless, one too few fail the pull. Pure.
 */
function imagesPulled(df, target, buildArgs) {
    const out = new Set();
    for (const s of (0,dockerfile/* neededStages */.xB)(df, target, buildArgs))
        for (const ref of (0,dockerfile/* stageReads */.E)(df, s, buildArgs))
            if (ref !== '' && ref.toLowerCase() !== 'scratch' && (0,dockerfile/* stageRef */.ml)(df, ref, s.index) === undefined)
                out.add(ref);
    return [...out];
}
/**
 * The registries of these image references and cache repositories,
 * canonical (`debian` is docker.io, Docker Hub's aliases folded), each once.
 * A name that does not parse (a variable the builder will fill) is skipped:
 * the builder then reads it anonymously and says so itself. Pure.
 */
function registriesOf(refs) {
    const out = new Set();
    for (const ref of refs) {
        const r = (0,reference/* parseReference */.F2)(ref);
        if (r.ok)
            out.add((0,reference/* normalizeRegistry */.l5)(r.value.registry));
    }
    return [...out];
}
/** A TOML basic string: quotes, backslashes and control characters escaped (toml.io, "Basic strings"). */
function tomlString(text) {
    let out = '';
    for (const c of text) {
        const code = c.charCodeAt(0);
        if (c === '\\' || c === '"')
            out += `\\${c}`;
        else if (code < 0x20 || code === 0x7f)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += c;
    }
    return `"${out}"`;
}
/** The registries.conf(5) drop-in that lets containers/image speak plain HTTP to these registries only. Pure. */
function insecureDropIn(registries) {
    const blocks = registries.map((r) => `[[registry]]\nlocation = ${tomlString(r)}\ninsecure = true\n`);
    return `# Written by image-pipeline for one build: plain HTTP for these registries only (loopback or insecure-registries).\n${blocks.join('\n')}`;
}
/**
 * buildx's config.json: the user's own (proxies, plugin settings, other
 * registries' auths) with our credentials in `auths`. A credential helper or
 * store would take precedence over `auths` for the registries we resolved, so
 * those helper entries and the default store go: their credentials were
 * already asked for by our resolver. Pure.
 */
function dockerConfigJson(original, found) {
    const out = { ...(original ?? {}) };
    const auths = { ...(out.auths ?? {}) };
    const helpers = { ...(out.credHelpers ?? {}) };
    for (const [registry, c] of found) {
        const key = (0,reference/* credentialKey */.TC)((0,reference/* normalizeRegistry */.l5)(registry));
        auths[key] = { auth: Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64') };
        delete helpers[key];
        delete helpers[(0,reference/* normalizeRegistry */.l5)(registry)];
    }
    out.auths = auths;
    if (Object.keys(helpers).length > 0)
        out.credHelpers = helpers;
    else
        delete out.credHelpers;
    if (found.length > 0)
        delete out.credsStore;
    return `${JSON.stringify(out, null, 2)}\n`;
}
/** Links the user's own containers configuration into the private HOME, so changing HOME changes nothing but our drop-in. */
async function mirrorUserContainersConfig(fromHome, toHome) {
    const from = external_node_path_.join(fromHome, '.config', 'containers');
    const to = external_node_path_.join(toHome, '.config', 'containers');
    // containers.conf and storage.conf are read from HOME only when rootless; linked all the same so a rootless runner keeps them.
    for (const name of ['policy.json', 'registries.conf', 'containers.conf', 'storage.conf']) {
        const src = external_node_path_.join(from, name);
        if (await exists(src))
            await promises_.symlink(src, external_node_path_.join(to, name));
    }
    const dropIns = await promises_.readdir(external_node_path_.join(from, 'registries.conf.d')).catch(() => []);
    for (const name of dropIns) {
        if (name.endsWith('.conf') && name !== DROP_IN_NAME)
            await promises_.symlink(external_node_path_.join(from, 'registries.conf.d', name), external_node_path_.join(to, 'registries.conf.d', name));
    }
    // containers/image falls back to $HOME/.docker/config.json for registries not in --authfile.
    const docker = external_node_path_.join(fromHome, '.docker');
    if (await exists(docker))
        await promises_.symlink(docker, external_node_path_.join(toHome, '.docker'));
}
const exists = (p) => promises_.stat(p).then(() => true, () => false);
/** A DOCKER_CONFIG of our own for buildx: the user's folder linked entry by entry (plugins, buildx builders, contexts), config.json ours. */
async function writeDockerConfig(dir, originalDir, found) {
    await promises_.mkdir(dir, { mode: 0o700 });
    let original;
    try {
        original = JSON.parse(await promises_.readFile(external_node_path_.join(originalDir, 'config.json'), 'utf8'));
        if (typeof original !== 'object' || original === null || Array.isArray(original))
            original = undefined;
    }
    catch {
        original = undefined;
    }
    for (const name of await promises_.readdir(originalDir).catch(() => [])) {
        if (name !== 'config.json')
            await promises_.symlink(external_node_path_.join(originalDir, name), external_node_path_.join(dir, name));
    }
    await promises_.writeFile(external_node_path_.join(dir, 'config.json'), dockerConfigJson(original, found), { mode: 0o600, flag: 'wx' });
}
/**
 * Prepare what the builder needs to reach `registries`. Resolver failures
 * (an ECR token that cannot be had) propagate, with nothing left behind.
 */
async function prepareRegistryAccess(opts) {
    const env = opts.env;
    const registries = [...new Set([...opts.registries].map(reference/* normalizeRegistry */.l5))];
    const insecure = opts.connect?.insecureRegistries ?? [];
    const plainHttp = registries.filter((r) => (0,scheme/* usesPlainHttp */.V)(r, insecure));
    const resolve = opts.resolve ??
        (0,credentials/* credentialResolver */.iT)({
            registryAuth: opts.connect?.registryAuth ?? [],
            githubToken: opts.connect?.githubToken ?? '',
            dockerConfigDir: (0,docker_config/* dockerConfigDir */.k)(env),
            env: (0,credentials/* credentialEnv */.LO)(env),
            ...(opts.connect?.ecrEndpoint !== undefined ? { ecrEndpoint: opts.connect.ecrEndpoint } : {}),
            ...(opts.mask !== undefined ? { mask: opts.mask } : {}),
        });
    const tmp = opts.tmp ?? external_node_os_.tmpdir();
    // mkdtemp makes the folder 0700; chmod again in case of an unusual umask.
    const dir = await promises_.mkdtemp(external_node_path_.join(tmp, ACCESS_DIR_PREFIX));
    const dispose = () => promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    try {
        await promises_.chmod(dir, 0o700);
        const builderEnv = {};
        const authenticated = new Map();
        let authFile;
        if (opts.builder === 'docker') {
            const found = [];
            for (const r of registries) {
                const c = await resolve(r);
                if (c !== undefined)
                    found.push([r, c]);
            }
            for (const [r, c] of found)
                authenticated.set(r, c.source);
            const original = (0,docker_config/* dockerConfigDir */.k)(env);
            builderEnv.DOCKER_CONFIG = external_node_path_.join(dir, 'docker');
            await writeDockerConfig(builderEnv.DOCKER_CONFIG, original, found);
        }
        else {
            const file = await writeAuthFile(registries, async (r) => {
                const c = await resolve(r);
                if (c !== undefined)
                    authenticated.set(r, c.source);
                return c;
            }, dir);
            authFile = file?.path;
            if (plainHttp.length > 0) {
                const home = external_node_path_.join(dir, 'home');
                const dropInDir = external_node_path_.join(home, '.config', 'containers', 'registries.conf.d');
                await promises_.mkdir(dropInDir, { recursive: true, mode: 0o700 });
                await promises_.writeFile(external_node_path_.join(dropInDir, DROP_IN_NAME), insecureDropIn(plainHttp), { mode: 0o600, flag: 'wx' });
                const userHome = env.HOME !== undefined && env.HOME !== '' ? env.HOME : external_node_os_.homedir();
                await mirrorUserContainersConfig(userHome, home);
                builderEnv.HOME = home;
            }
        }
        const access = { builderEnv, authenticated, plainHttp, dispose };
        if (authFile !== undefined)
            access.authFile = authFile;
        return access;
    }
    catch (e) {
        await dispose();
        throw e;
    }
}

// EXTERNAL MODULE: ./shared/src/registry/client/connect-inputs.ts
var connect_inputs = __webpack_require__(5127);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(4659);
// EXTERNAL MODULE: ./shared/src/process.ts
var src_process = __webpack_require__(2402);
// EXTERNAL MODULE: ./shared/src/builders/secrets.ts
var builders_secrets = __webpack_require__(7537);
// EXTERNAL MODULE: ./shared/src/builders/build-options.ts
var build_options = __webpack_require__(619);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(9259);
// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(5512);
;// CONCATENATED MODULE: ./shared/src/builders/dir-source.ts
/**
 * An ImageSource over containers/image's `dir:` transport (what
 * `buildah push <img> dir:<path>` and `podman push` write): `manifest.json`
 * plus one file per blob named by its encoded digest. We read buildah's output
 * this way rather than through `oci:` because pushing to `oci:` makes
 * containers/image convert the config and lose HEALTHCHECK; `dir:` keeps the
 * builder's bytes, which oci-convert.ts then turns into OCI ourselves.
 */








class DirImageSource {
    dir;
    manifest;
    root;
    constructor(dir, manifest, root) {
        this.dir = dir;
        this.manifest = manifest;
        this.root = root;
    }
    get name() {
        return `dir:${this.dir}`;
    }
    static async open(dir) {
        let manifest;
        try {
            manifest = await promises_.readFile(external_node_path_.join(dir, 'manifest.json'));
        }
        catch {
            throw new errors/* PipelineError */.zC('LAYOUT', `the builder wrote no manifest.json to ${dir}`, { hint: 'The push step of the builder failed; see its log above.' });
        }
        let mediaType;
        try {
            mediaType = JSON.parse(manifest.toString('utf8')).mediaType;
        }
        catch (e) {
            throw new errors/* PipelineError */.zC('LAYOUT', `${dir}/manifest.json is not JSON: ${e.message}`);
        }
        if (typeof mediaType !== 'string')
            throw new errors/* PipelineError */.zC('LAYOUT', `${dir}/manifest.json has no mediaType`);
        return new DirImageSource(dir, manifest, { mediaType, digest: (0,oci_digest/* digestBytes */.QN)(manifest), size: manifest.length });
    }
    async roots() {
        return [this.root];
    }
    file(digest) {
        // encodedOf returns checked hex only, so the name cannot leave the folder.
        return external_node_path_.join(this.dir, (0,oci_digest/* encodedOf */.EX)(digest));
    }
    async hasBlob(digest) {
        if (digest === this.root.digest)
            return true;
        return promises_.stat(this.file(digest)).then((s) => s.isFile(), () => false);
    }
    async readBlob(desc) {
        if (desc.digest === this.root.digest)
            return this.manifest;
        if (desc.size > source/* MAX_JSON_BLOB */.O)
            throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} in ${this.name} is too large to read whole`);
        let data;
        try {
            data = await promises_.readFile(this.file(desc.digest));
        }
        catch {
            throw new errors/* PipelineError */.zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`);
        }
        (0,oci_digest/* verifyBytes */.RV)(data, desc, `blob ${desc.digest} in ${this.name}`);
        return data;
    }
    /** The blob's own file, for the layout writer to link rather than copy (layout-adopt.ts); never the manifest, held in memory. */
    async blobFile(desc) {
        return desc.digest === this.root.digest ? undefined : regularFile(this.file(desc.digest));
    }
    async openBlob(desc) {
        if (!(await this.hasBlob(desc.digest)))
            throw new errors/* PipelineError */.zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`);
        const verify = new oci_digest/* VerifyingStream */.SC(desc, `blob ${desc.digest} in ${this.name}`);
        const file = (0,external_node_fs_.createReadStream)(this.file(desc.digest), { highWaterMark: 1024 * 1024 });
        // A reader that stops early (a failed upload) closes the file.
        return (0,pipe_through/* pipeThrough */.W)(file, verify);
    }
    async close() { }
}

;// CONCATENATED MODULE: ./shared/src/builders/stall-watch.ts
/**
 * Telling a hung builder from a busy one. buildah and podman reach registries
 * themselves (base images, every FROM, cache lookups and exports) with no
 * deadline of ours: a registry that accepts the connection and never answers
 * hangs them for ever, silently. A long silent step (a compile printing
 * nothing) is also silent, so silence alone proves nothing. What differs is
 * work: a compile, a download or a decompression burns CPU in the builder or
 * its children; a process blocked on a dead socket burns none (measured here:
 * buildah waiting on a silent registry used 0 clock ticks in 50 s). So the
 * builder is stalled when, for the whole window, it printed nothing AND its
 * process tree used no CPU time.
 *
 * Linux only (/proc); elsewhere cpuTicksOf answers undefined and the watch
 * only counts silence against the overall deadline.
 */

/** The pid, parent pid and CPU ticks (user + system) of one /proc/<pid>/stat line. */
function parseStat(text) {
    // The command name is in parentheses and may itself hold spaces or ')': the fields start after the last ')'.
    const close = text.lastIndexOf(')');
    if (close < 0)
        return undefined;
    const pid = Number.parseInt(text.slice(0, text.indexOf(' ')), 10);
    const f = text
        .slice(close + 2)
        .trim()
        .split(' ');
    // After the name: state(0) ppid(1) pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(11) stime(12).
    const ppid = Number.parseInt(f[1] ?? '', 10);
    const ticks = Number.parseInt(f[11] ?? '', 10) + Number.parseInt(f[12] ?? '', 10);
    return Number.isFinite(pid) && Number.isFinite(ppid) && Number.isFinite(ticks) ? { pid, ppid, ticks } : undefined;
}
/**
 * Most processes walked under one builder. /proc describes processes we do
 * not control (a RUN step may fork without end), so the walk is bounded; a
 * real build runs hundreds at most. Past the cap the sum covers the first
 * MAX_TREE (nearest first), which still moves while they work.
 */
const MAX_TREE = 32_768;
/** Most /proc entries read per look (pids beyond it are not seen), and how many stat files are open at once. */
const MAX_STATS = 65_536;
const READ_BATCH = 256;
/**
 * Pure: `root`'s descendants (not root), children before grandchildren, each
 * once, at most `max`. Linear in the number of stat lines: children are
 * indexed by parent once, and lists grow in place.
 */
function descendants(stats, root, max = MAX_TREE) {
    const children = new Map();
    for (const s of stats) {
        const list = children.get(s.ppid);
        if (list === undefined)
            children.set(s.ppid, [s.pid]);
        else
            list.push(s.pid);
    }
    const out = [];
    const seen = new Set([root]);
    // Breadth first: `out` is also the queue; next is the index of the parent whose children come next.
    for (let next = -1; next < out.length && out.length < max; next++) {
        for (const pid of children.get(next < 0 ? root : out[next]) ?? []) {
            if (seen.has(pid))
                continue;
            seen.add(pid);
            out.push(pid);
            if (out.length >= max)
                break;
        }
    }
    return out;
}
/** Pure: the CPU ticks of `root` and its descendants (at most `max` of them), from parsed stat lines. */
function treeTicks(stats, root, max = MAX_TREE) {
    const ticksOf = new Map(stats.map((s) => [s.pid, s.ticks]));
    let sum = ticksOf.get(root) ?? 0;
    for (const pid of descendants(stats, root, max))
        sum += ticksOf.get(pid) ?? 0;
    return sum;
}
/** Every process's stat line that could be read (undefined where there is no /proc), at most MAX_STATS of them. */
async function readStats() {
    let names;
    try {
        names = await promises_.readdir('/proc');
    }
    catch {
        return undefined;
    }
    const pids = names.filter((n) => /^\d+$/.test(n)).slice(0, MAX_STATS);
    const stats = [];
    for (let i = 0; i < pids.length; i += READ_BATCH) {
        const batch = await Promise.all(pids.slice(i, i + READ_BATCH).map(async (n) => {
            // A process may exit between readdir and read; each stat line is a few hundred bytes.
            const text = await promises_.readFile(`/proc/${n}/stat`, 'utf8').catch(() => '');
            return parseStat(text.slice(0, 4096));
        }));
        for (const s of batch)
            if (s !== undefined)
                stats.push(s);
    }
    return stats;
}
/** CPU ticks used so far by `pid` and its descendants; undefined where /proc cannot tell. */
async function cpuTicksOf(pid) {
    const known = await readStats();
    return known?.some((s) => s.pid === pid) === true ? treeTicks(known, pid) : undefined;
}
/** Watch a running builder; calls onStall once when it has neither printed nor worked for stallMs. */
function watchStall(opts) {
    const now = opts.now ?? Date.now;
    const ticksOf = opts.cpuTicks ?? cpuTicksOf;
    const sample = opts.sampleMs ?? Math.min(30_000, Math.max(1_000, Math.floor(opts.stallMs / 10)));
    let lastSign = now();
    let lastTicks;
    let stopped = false;
    let busy = false;
    const timer = setInterval(() => {
        if (busy || stopped)
            return;
        busy = true;
        void ticksOf(opts.pid)
            .then((ticks) => {
            if (stopped)
                return;
            if (ticks !== undefined && ticks !== lastTicks) {
                if (lastTicks !== undefined)
                    lastSign = now();
                lastTicks = ticks;
            }
            const quiet = now() - lastSign;
            if (quiet >= opts.stallMs) {
                stopped = true;
                clearInterval(timer);
                opts.onStall(quiet);
            }
        })
            .finally(() => {
            busy = false;
        });
    }, sample);
    timer.unref();
    return {
        saw: () => {
            lastSign = now();
        },
        stop: () => {
            stopped = true;
            clearInterval(timer);
        },
    };
}

;// CONCATENATED MODULE: ./shared/src/builders/run-builder.ts





const TAIL_LINES = 400;
/** No output and no CPU in the builder's processes for this long: a hung registry, not a slow step. */
const DEFAULT_STALL_MS = 10 * 60_000;
const KILL_GRACE_MS = 10_000;
/** runBuilder's stall and deadline options for one command of a build bounded by `limits`. */
function limitsFor(limits, now = Date.now()) {
    if (limits === undefined)
        return {};
    return {
        ...(limits.stallMs !== undefined ? { stallMs: limits.stallMs } : {}),
        // A build already past its deadline still gets a moment, so the error comes from the same place.
        ...(limits.deadlineAt !== undefined ? { deadlineMs: Math.max(1, limits.deadlineAt - now) } : {}),
    };
}
const minutes = (ms) => (ms >= 60_000 ? `${Math.round(ms / 6_000) / 10} min` : `${Math.round(ms / 1000)} s`);
async function runBuilder(builder, cmd, args, log, opts = {}) {
    const tail = [];
    log.debug(`${cmd} ${args.join(' ')}`);
    const stallMs = opts.stallMs ?? DEFAULT_STALL_MS;
    let stopped;
    let child;
    const stop = (why, afterMs) => {
        if (stopped !== undefined || child === undefined)
            return;
        stopped = { why, afterMs };
        child.kill('SIGTERM');
        const c = child;
        setTimeout(() => void killTree(c), KILL_GRACE_MS).unref();
    };
    let watch;
    let deadline;
    try {
        const res = await (0,src_process/* run */.e)(cmd, args, {
            env: opts.env ?? process.env,
            maxBuffer: 1024 * 1024,
            onSpawn: (c) => {
                child = c;
                if (stallMs > 0 && c.pid !== undefined)
                    watch = watchStall({ pid: c.pid, stallMs, ...opts.watch, onStall: (quiet) => stop('stall', quiet) });
                if (opts.deadlineMs !== undefined && opts.deadlineMs > 0) {
                    const ms = opts.deadlineMs;
                    deadline = setTimeout(() => stop('deadline', ms), ms);
                    deadline.unref();
                }
            },
            onLine: (line) => {
                watch?.saw();
                tail.push(line);
                if (tail.length > TAIL_LINES)
                    tail.shift();
                if (opts.quiet !== true)
                    log.info(line);
            },
        });
        if (stopped !== undefined)
            throw stoppedError(builder, stopped, tail);
        if (res.code !== 0)
            throw new builders_builder/* BuilderRunError */.Tr(builder, tail.join('\n'), opts.platform);
        return res.stdout;
    }
    finally {
        watch?.stop();
        if (deadline !== undefined)
            clearTimeout(deadline);
    }
}
/**
 * SIGKILL the builder and every process under it: a child left alive (a RUN
 * step's process, a helper) would keep the output pipes open and the run
 * would never end. The tree is read before any kill, since killed children
 * are re-parented away from it.
 */
async function killTree(c) {
    if (c.pid === undefined || c.exitCode !== null || c.signalCode !== null)
        return;
    const under = descendants((await readStats()) ?? [], c.pid);
    c.kill('SIGKILL');
    for (const pid of under) {
        try {
            process.kill(pid, 'SIGKILL');
        }
        catch {
            // gone already
        }
    }
}
function stoppedError(builder, s, tail) {
    const last = [...tail].reverse().find((l) => l.trim() !== '');
    const at = last !== undefined ? ` Its last line: '${(0,preview/* preview */.VH)(last, { max: 160, redact: false })}'.` : '';
    if (s.why === 'deadline') {
        return new errors/* PipelineError */.zC('BUILDER', `${builder} was stopped after ${minutes(s.afterMs)}: the build-timeout ran out.${at}`, {
            input: 'build-timeout',
            hint: 'Raise build-timeout, or find the step that takes this long.',
        });
    }
    return new errors/* PipelineError */.zC('BUILDER', `${builder} made no progress for ${minutes(s.afterMs)} (no output, and no CPU time in it or any process it started), so it was stopped.${at} A registry it reaches (a base image, a FROM, a cache) may accept connections and never answer.`, {
        input: 'stall-timeout',
        hint: 'Check that the registries the build reads are up. If a step really waits this long without output or work (e.g. sleep), raise stall-timeout, or set it to 0 to turn the check off.',
    });
}

;// CONCATENATED MODULE: ./shared/src/builders/buildah.ts
/**
 * buildah: daemonless, runs as root with `--isolation chroot` (no user
 * namespaces or runc needed on a CI runner), storage kept in its own root so
 * runs never touch the machine's default store. We build in Docker format
 * (buildah's OCI format drops HEALTHCHECK) and commit each platform straight
 * into a `dir:` folder (a transport name as the tag), which assemble.ts turns
 * into the OCI layout. Committing there rather than into the store and then
 * pushing saves two builder runs per build (the push and the `rmi` after it)
 * and gives the same bytes: `--disable-compression=false` gzips the layers as
 * the push did (same digests), and the config differs only in the random
 * fields oci-convert.ts drops. The image never gets a name in the store, so
 * there is nothing to remove afterwards. Except when the build uses a layer
 * cache (--layers=true): buildah 1.28 then fails on a `dir:` tag both ways,
 * exporting ("repository name must have at least one component": it pushes
 * the last step's cache under the output's name) and reusing a last step
 * pulled from a registry ("locating new copy of image ...: image not known"),
 * both seen here; so those builds push the image to `dir:` afterwards. They
 * name it by the id bud writes to `--iidfile`, not by a tag: the image is then
 * the last step's cache image, kept in the store with the others (a later
 * build of the job reuses it), and no `rmi` runs after the build (it was
 * 0.5-2.5 s of every cached build, a whole builder run; bench/build-cache.ts).
 */










/** Global flags that point buildah or podman at our own store. */
const storageArgs = (s) => ['--root', s.root, '--runroot', s.runroot, '--storage-driver', s.driver];
/** The local name of one platform's image, e.g. `image-pipeline-1a2b-linux-arm64`. */
const platformImageName = (plan, platform) => platform === undefined ? plan.imageName : `${plan.imageName}-${platform.replace(/[^a-z0-9]+/gi, '-')}`;
/** The `dir:` folder one platform's image is committed into, inside the plan's private workDir. */
const platformImageDir = (plan, platform) => external_node_path_.join(plan.workDir, platformImageName(plan, platform));
/** Where bud writes the id of one platform's image when it cannot commit into dir: (a build with a layer cache). */
const platformIidFile = (plan, platform) => `${platformImageDir(plan, platform)}.iid`;
/** Whether the build uses a layer cache (--layers=true), which rules out committing straight into dir: (see the top of this file). */
const usesCache = (plan) => (0,cache_spec/* cacheArgs */.a2)(plan.cache, 'buildah').includes('--layers=true');
/** The most of an --iidfile read: an id and its newline, with room to show what else was there. */
const IID_READ_BYTES = 256;
/** The file's first `max` bytes as text ('' when it cannot be read): never more, whatever is at the path. */
async function readHead(file, max) {
    const handle = await promises_.open(file, 'r').catch(() => undefined);
    if (handle === undefined)
        return '';
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(max), 0, max, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        await handle.close();
    }
}
/** The image id bud wrote to its --iidfile (`sha256:<64 hex>`), read bounded and checked before it reaches an argv. */
async function readImageId(file) {
    const text = await readHead(file, IID_READ_BYTES);
    const id = text.trim();
    if (!/^sha256:[a-f0-9]{64}$/.test(id)) {
        // Quoted through preview: one line, control characters escaped, so a stray file cannot write workflow commands to the log.
        throw new errors/* PipelineError */.zC('BUILDER', `the builder wrote no image id to ${file} (got '${(0,preview/* preview */.VH)(id, { max: 80 })}'), expected sha256:<64 hex digits>`, {
            hint: 'See the builder log above.',
        });
    }
    return id;
}
/** Flags shared by `buildah bud` and `podman build` (same engine underneath). */
function budFlags(plan, platform) {
    // --force-rm: with --layers, buildah (unlike podman) keeps a failed step's working container, still mounted on overlay
    // (a mount left under RUNNER_TEMP, which the runner then cannot delete), and in the shared store for good.
    const args = ['--isolation', 'chroot', '--force-rm', '--format', 'docker', '--file', plan.dockerfile];
    if (plan.target !== undefined)
        args.push('--target', plan.target);
    for (const [k, v] of plan.buildArgs)
        args.push('--build-arg', `${k}=${v}`);
    for (const s of plan.secrets)
        args.push('--secret', (0,builders_secrets/* secretArg */.lL)(s));
    // build-push-action's options (build-options.ts): contexts, pull, network, ssh, hosts, limits.
    args.push(...(0,build_options/* containersOptionArgs */.pS)(plan.options));
    if (platform !== undefined)
        args.push('--platform', platform);
    if (plan.epoch !== undefined)
        args.push('--timestamp', String(plan.epoch));
    // --layers stated outright either way (podman's default is true, buildah's false); podman reads these flags as buildah does.
    args.push(...(0,cache_spec/* cacheArgs */.a2)(plan.cache, 'buildah'));
    // Registry credentials for FROM, cache import and export: a file, never argv.
    if (plan.authFile !== undefined)
        args.push('--authfile', plan.authFile);
    // Compressed like a push would (bud's default for a dir: destination is uncompressed, which changes layer digests).
    if (usesCache(plan))
        args.push('--iidfile', platformIidFile(plan, platform), plan.context);
    else
        args.push('--disable-compression=false', '--tag', `dir:${platformImageDir(plan, platform)}`, plan.context);
    return args;
}
/** argv of `buildah bud` for one platform (undefined: the host's). */
function getBuildahArgs(plan, storage, platform) {
    return [...storageArgs(storage), 'bud', ...budFlags(plan, platform)];
}
/**
 * argv of `buildah push` / `podman push` of one platform's image, by the id
 * bud wrote (readImageId), to its `dir:` folder (builds with a layer cache
 * only). podman, unlike buildah, writes a
 * `dir:` destination uncompressed unless told `--compress`: the layers would
 * then differ from the cold build's (and a warm build's cache-pulled blobs
 * would be plain tar labelled gzip), so the digests would not match.
 */
function getPushArgs(tool, plan, storage, platform, imageId) {
    return [...storageArgs(storage), 'push', '--quiet', ...(tool === 'podman' ? ['--compress'] : []), imageId, `dir:${platformImageDir(plan, platform)}`];
}
/**
 * argv asking the store for an image's manifest digest: buildah's image
 * inspect calls it FromImageDigest, podman's `.Digest`.
 */
function getImageDigestArgs(tool, storage, image) {
    return tool === 'buildah'
        ? [...storageArgs(storage), 'inspect', '--type', 'image', '--format', '{{.FromImageDigest}}', image]
        : [...storageArgs(storage), 'image', 'inspect', '--format', '{{.Digest}}', image];
}
/** The platforms to build one at a time: the host's when none were asked for. */
const platformsToBuild = (plan) => (plan.platforms.length === 0 ? [undefined] : [...plan.platforms]);
/**
 * The environment for buildah/podman: we pass `--timestamp` ourselves, and
 * newer releases also read SOURCE_DATE_EPOCH (with other semantics, and may
 * refuse both at once), so it is taken out. The plan's builderEnv (a HOME
 * holding a registries.conf drop-in) goes on top, for every command of the build.
 */
function containersEnv(env, builderEnv = {}) {
    const out = { ...env, ...builderEnv };
    delete out.SOURCE_DATE_EPOCH;
    return out;
}
/** buildah and podman share this flow; only the command and build verb differ. */
class ContainersBuilder {
    name;
    storage;
    buildArgs;
    constructor(name, storage, buildArgs) {
        this.name = name;
        this.storage = storage;
        this.buildArgs = buildArgs;
    }
    async build(plan, log) {
        const parts = [];
        const env = containersEnv(process.env, plan.builderEnv);
        for (const platform of platformsToBuild(plan)) {
            await runBuilder(this.name, this.name, this.buildArgs(plan, this.storage, platform), log, {
                env,
                ...(platform === undefined ? {} : { platform }),
                ...limitsFor(plan.limits),
            });
            // Right after this platform's build, the base's name in our store points at the manifest it pulled for this platform:
            // asked while the image is pushed to dir: (two readers of the store), not after the push.
            const digests = Promise.all(plan.bases.map(async (base) => [base, await this.baseDigest(base, env)]));
            try {
                if (usesCache(plan)) {
                    const id = await readImageId(platformIidFile(plan, platform));
                    await runBuilder(this.name, this.name, getPushArgs(this.name, plan, this.storage, platform, id), log, {
                        env,
                        quiet: true,
                        ...limitsFor(plan.limits),
                    });
                }
            }
            finally {
                // Never left running past the build (cleanup may remove podman's runroot next): baseDigest does not reject.
                await digests;
            }
            const baseDigests = new Map();
            for (const [base, d] of await digests)
                if (d !== undefined)
                    baseDigests.set(base, d);
            const source = await DirImageSource.open(platformImageDir(plan, platform));
            parts.push({ source, root: (await source.roots())[0], baseDigests });
        }
        return { parts };
    }
    /** The manifest digest of a base image in our store, best effort (undefined when unknown). */
    async baseDigest(name, env = containersEnv(process.env)) {
        try {
            const res = await (0,src_process/* run */.e)(this.name, getImageDigestArgs(this.name, this.storage, name), { env, maxBuffer: 64 * 1024 });
            const d = res.stdout.trim();
            return res.code === 0 && /^sha256:[a-f0-9]{64}$/.test(d) ? d : undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * Nothing named is left in the store: each image went straight to its
     * `dir:` folder in workDir (which the caller deletes), or, with a layer
     * cache, stayed unnamed as the last step's cache image (see the top of this
     * file). Images and layers kept by --layers are the store's cache, kept on
     * purpose.
     */
    async cleanup(_plan, _log) { }
}
const buildahBuilder = (storage) => new ContainersBuilder('buildah', storage, getBuildahArgs);

;// CONCATENATED MODULE: ./shared/src/builders/buildx.ts
/**
 * docker buildx: used only when a Docker daemon answers. BuildKit builds every
 * platform in one go and writes an OCI layout folder itself (`type=oci,
 * tar=false`); reproducibility comes from SOURCE_DATE_EPOCH, which buildx
 * passes to BuildKit, plus `rewrite-timestamp` for file times in layers.
 * The OCI exporter needs a BuildKit builder (docker-container driver, or the
 * containerd image store); with the plain docker driver buildx says so and
 * that message is what the user sees.
 */






/** The folder buildx writes its OCI layout to. */
const buildxOutputDir = (plan) => external_node_path_.join(plan.workDir, 'buildx-oci');
/** argv of `docker buildx build` (after `docker`). */
function getBuildxArgs(plan) {
    const args = ['buildx', 'build', '--file', plan.dockerfile];
    if (plan.target !== undefined)
        args.push('--target', plan.target);
    for (const [k, v] of plan.buildArgs)
        args.push('--build-arg', `${k}=${v}`);
    for (const s of plan.secrets)
        args.push('--secret', (0,builders_secrets/* secretArg */.lL)(s));
    args.push(...(0,build_options/* buildxOptionArgs */.RQ)(plan.options));
    if (plan.platforms.length > 0)
        args.push('--platform', plan.platforms.join(','));
    args.push(...(0,cache_spec/* cacheArgs */.a2)(plan.cache, 'docker'));
    // Attestation manifests would ride along in the index as extra "images"; test-image and distribute want the image itself.
    args.push('--provenance=false', '--sbom=false');
    const output = ['type=oci', `dest=${buildxOutputDir(plan)}`, 'tar=false'];
    if (plan.epoch !== undefined)
        output.push('rewrite-timestamp=true');
    args.push('--output', output.join(','), plan.context);
    return args;
}
/**
 * Environment for buildx: SOURCE_DATE_EPOCH makes BuildKit's timestamps
 * reproducible; the plan's builderEnv (DOCKER_CONFIG with the registry
 * credentials) goes on top.
 */
function getBuildxEnv(plan, env) {
    const out = { ...env, ...plan.builderEnv };
    if (plan.epoch !== undefined)
        out.SOURCE_DATE_EPOCH = String(plan.epoch);
    else
        delete out.SOURCE_DATE_EPOCH;
    return out;
}
const buildxBuilder = {
    name: 'docker',
    async build(plan, log) {
        const platform = plan.platforms.length > 0 ? plan.platforms.join(',') : undefined;
        await runBuilder('docker', 'docker', getBuildxArgs(plan), log, {
            env: getBuildxEnv(plan, process.env),
            ...(platform === undefined ? {} : { platform }),
            ...limitsFor(plan.limits),
        });
        const layout = await oci_layout/* OciLayout */.Al.open(buildxOutputDir(plan));
        const roots = await layout.roots();
        // BuildKit does not say which digest each base resolved to in a form we can read without its metadata file; left empty.
        return { parts: roots.slice(0, 1).map((root) => ({ source: layout, root, baseDigests: new Map() })) };
    },
    async cleanup() {
        /* buildx leaves nothing named after us: the OCI output lives in workDir, removed by the caller */
    },
};

// EXTERNAL MODULE: ./shared/src/builders/emulation.ts
var emulation = __webpack_require__(1200);
;// CONCATENATED MODULE: ./shared/src/builders/epoch.ts
/**
 * The time every timestamp in the image is set to, so the same commit builds
 * the same bytes: the commit time of HEAD in the context's repository, else
 * SOURCE_DATE_EPOCH (reproducible-builds.org), else none \u2014 then the builder
 * uses the current time and two builds differ (the log says so).
 */


/** Pure: choose between the commit time (if any) and the environment. */
function chooseEpoch(gitCommitTime, env) {
    const git = gitCommitTime?.trim();
    if (git !== undefined && /^\d+$/.test(git))
        return { seconds: Number(git), source: 'git' };
    const sde = env.SOURCE_DATE_EPOCH?.trim();
    if (sde !== undefined && sde !== '') {
        if (!/^\d+$/.test(sde) || !Number.isSafeInteger(Number(sde))) {
            throw new errors/* PipelineError */.zC('INPUT', `SOURCE_DATE_EPOCH is '${sde}', not whole seconds since 1970`, {
                hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it.',
            });
        }
        return { seconds: Number(sde), source: 'SOURCE_DATE_EPOCH' };
    }
    return { source: 'none' };
}
/** HEAD's commit time in the repository holding `dir`, or undefined when it is not in one. */
async function gitCommitTime(dir) {
    // safe.directory: on runners the checkout is often owned by another uid, and git would refuse to answer.
    const res = await (0,src_process/* run */.e)('git', ['-c', 'safe.directory=*', '-C', dir, 'log', '-1', '--format=%ct'], { maxBuffer: 4096 }).catch(() => undefined);
    return res !== undefined && res.code === 0 ? res.stdout.trim() : undefined;
}
async function sourceDateEpoch(dir, env) {
    return chooseEpoch(await gitCommitTime(dir), env);
}
const epochToIso = (seconds) => new Date(seconds * 1000).toISOString().replace(/\.000Z$/, 'Z');

// EXTERNAL MODULE: ./shared/src/builders/failure.ts
var failure = __webpack_require__(3754);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./shared/src/builders/runroot.ts
/**
 * podman's run-time folder (podman.ts podmanRunroot: `/tmp/image-pipeline-run-<hash of the store's root>`)
 * lives outside RUNNER_TEMP, so the runner never removes it: each build removes it when it ends, unless
 * another build of the same store is still running.
 *
 * It cannot be per build: the hash is of the store, and every build of one store must share its runroot
 * (podman's state database in the root records it and refuses another, and the store's lock files and
 * mount counts live in it, so two runroots over one store would not see each other). So builds hold it
 * through a reader-writer lock, flock(1) on the store's root folder: a build holds it shared from its first
 * podman command to its last, and removal takes it exclusive without waiting, so it happens only when no
 * build holds it. A build starting meanwhile waits the few milliseconds of the removal, and podman makes the
 * folder again (it holds only run-time state). The lock is held by a child process (flock running `cat`):
 * it dies with its stdin, so a build whose node process dies releases it too. Without flock (it is in
 * util-linux, on every runner image) builds run as before and the folder stays: never a failed build.
 */


/** flock's exit code when --nonblock finds the lock taken. */
const BUSY = 75;
/** A shared lock waits only for a removal in progress (milliseconds); this bounds a stuck one. */
const SHARED_WAIT_MS = 30_000;
/** flock(1) on `lockPath`, held while the returned child lives; 'busy' only with `nonblock`. */
function holdLock(lockPath, mode, nonblock, waitMs) {
    const args = [
        mode === 'shared' ? '--shared' : '--exclusive',
        ...(nonblock ? ['--nonblock', '--conflict-exit-code', String(BUSY)] : ['--timeout', String(Math.ceil(waitMs / 1000))]),
        lockPath,
        'sh',
        '-c',
        'echo held; exec cat',
    ];
    return new Promise((resolve) => {
        let settled = false;
        const done = (h) => {
            if (settled)
                return;
            settled = true;
            resolve(h);
        };
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('flock', args, { stdio: ['pipe', 'pipe', 'ignore'] });
        }
        catch {
            done('unavailable');
            return;
        }
        let out = '';
        child.on('error', () => done('unavailable'));
        child.on('exit', (code) => done(code === BUSY ? 'busy' : 'unavailable'));
        child.stdout?.on('data', (d) => {
            out += d.toString('utf8');
            if (out.startsWith('held\n'))
                done({ child });
        });
        // The lock must never keep node alive: when node exits, cat sees the end of its stdin and the lock goes.
        child.unref();
    });
}
const release = (child) => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
        return resolve();
    child.once('exit', () => resolve());
    child.stdin?.end();
});
/** Hold the runroot of the store at `lockPath` (its root folder) for a build; undefined when it cannot be held (no flock). */
async function leaseRunroot(lockPath) {
    const held = await holdLock(lockPath, 'shared', false, SHARED_WAIT_MS);
    if (typeof held === 'string')
        return undefined;
    return { release: () => release(held.child) };
}
/** Whether anything is mounted at or under `dir` (mountinfo's fifth field, octal escapes as the kernel writes them). */
async function mountedUnder(dir) {
    const info = await promises_.readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
    return info
        .split('\n')
        .map((l) => (l.split(' ')[4] ?? '').replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8))))
        .some((m) => m === dir || m.startsWith(`${dir}/`));
}
/**
 * Remove `runroot` if no build of the store holds it (leaseRunroot); true when it was removed (or was
 * already gone). Never throws: a folder left behind is a debug line, not a failed build.
 */
async function removeRunrootIfUnused(runroot, lockPath, log) {
    const held = await holdLock(lockPath, 'exclusive', true, 0);
    if (held === 'busy') {
        log.debug(`${runroot} kept: another build of this store is using it`);
        return false;
    }
    if (held === 'unavailable') {
        log.debug(`${runroot} kept: flock(1) could not lock ${lockPath}`);
        return false;
    }
    try {
        // rm -r would descend into a mount; podman mounts under the store's root, never here, but a folder with one stays.
        if (await mountedUnder(runroot)) {
            log.debug(`${runroot} kept: something is mounted under it`);
            return false;
        }
        await promises_.rm(runroot, { recursive: true, force: true });
        return true;
    }
    catch (e) {
        log.debug(`${runroot} could not be removed: ${e instanceof Error ? e.message : String(e)}`);
        return false;
    }
    finally {
        await release(held.child);
    }
}

;// CONCATENATED MODULE: ./shared/src/builders/podman.ts
/**
 * podman: the same engine as buildah (`podman build` is buildah's imagebuildah
 * under another CLI), so it shares the flags (budFlags), our own store, the
 * commit into a `dir:` folder and the base-digest lookup (`image inspect
 * .Digest`). Given the same Dockerfile and timestamp both give the same layers
 * and, once oci-convert.ts drops the per-run fields, the same digest
 * (test/e2e/build-image-podman.test.ts builds with both and compares).
 *
 * The one default that differs: podman's `--layers` is true (buildah's is
 * false). With it, podman commits every step as an image of its own, which
 * changes the history (and so the digest) and leaves those images in the
 * store; budFlags states `--layers` outright for that reason (cache-spec.ts).
 *
 * One limit buildah does not have: podman refuses a runroot longer than 50
 * characters, so podman's runroot is a short folder of its own (podmanRunroot),
 * outside RUNNER_TEMP, removed after each build unless another build of the
 * same store still uses it (PodmanBuilder, runroot.ts).
 *
 * No podman-only global flags: checked with podman 4.3.1 as root, the build
 * needs none. XDG_RUNTIME_DIR and HOME are not read for root's runtime dirs
 * (a bogus value changes nothing), chroot isolation starts no conmon or OCI
 * runtime, so the cgroup manager is never used (forcing `systemd` where no
 * systemd runs still builds), and the events backend is chosen per machine
 * (journald under systemd, else a file under /run/libpod). Its libpod state
 * database lives in our store's root. A containers.conf that names journald
 * on a machine without one makes podman log "Unable to write build event";
 * the build still succeeds, so we leave the machine's configuration alone.
 */






/** argv of `podman build` for one platform (undefined: the host's). */
function getPodmanArgs(plan, storage, platform) {
    return [...storageArgs(storage), 'build', ...budFlags(plan, platform)];
}
/** podman refuses a `--runroot` longer than this ("the specified runroot is longer than 50 characters"): its sockets live under it. */
const PODMAN_MAX_RUNROOT = 50;
/**
 * podman's runroot for a store: a short folder under the temporary directory
 * (else /tmp), named by a hash of the store's root. A runroot beside the root,
 * as buildah gets, is too long for podman almost anywhere (on a GitHub runner
 * `/home/runner/work/_temp/image-pipeline-storage/podman/run` is 57
 * characters). It must be the same on every run for the same root, since
 * podman's state database in the root records it and refuses another
 * ("database configuration mismatch"). It holds only run-time state (locks,
 * mount counts), which podman recreates when the folder is gone. Pure given
 * tmpdir.
 */
function podmanRunroot(root, tmpdir = external_node_os_.tmpdir()) {
    const name = `image-pipeline-run-${(0,external_node_crypto_.createHash)('sha256').update(root).digest('hex').slice(0, 12)}`;
    const preferred = external_node_path_.join(tmpdir, name);
    return preferred.length <= PODMAN_MAX_RUNROOT ? preferred : external_node_path_.join('/tmp', name);
}
/** The store as podman is given it: same root and driver, a runroot podman accepts. */
const podmanStorage = (storage, tmpdir) => ({ ...storage, runroot: podmanRunroot(storage.root, tmpdir) });
/**
 * podman with its runroot held for each build and removed after it (runroot.ts): the folder is outside
 * RUNNER_TEMP, so nothing else would ever remove it. build.ts calls cleanup on every path once a build
 * has started (success, a failed or stopped builder, a failure after it), and a second build() of the
 * same plan (the re-run without cache-to) keeps the one lease.
 *
 * After a failed build, one `podman images` first: a podman command that fails (a RUN step, a stop)
 * exits without shutting its store down, which on overlay leaves the store's own bind mount of
 * `<root>/overlay` under RUNNER_TEMP (the runner then cannot delete it); the next command that ends
 * normally unmounts it when no other build has a layer mounted (seen with podman 4.3.1;
 * build-image-cleanup.test.ts). It used to be the `rmi` of a cached build that did this.
 */
class PodmanBuilder extends ContainersBuilder {
    leases = new Map();
    failed = new Set();
    constructor(storage) {
        super('podman', storage, getPodmanArgs);
    }
    async build(plan, log) {
        if (!this.leases.has(plan.imageName))
            this.leases.set(plan.imageName, await leaseRunroot(this.storage.root));
        try {
            const out = await super.build(plan, log);
            this.failed.delete(plan.imageName);
            return out;
        }
        catch (e) {
            this.failed.add(plan.imageName);
            throw e;
        }
    }
    async cleanup(plan, log) {
        try {
            await super.cleanup(plan, log);
            if (this.failed.delete(plan.imageName)) {
                const res = await (0,src_process/* run */.e)('podman', [...storageArgs(this.storage), 'images', '--quiet'], {
                    env: containersEnv(process.env, plan.builderEnv),
                    maxBuffer: 1024 * 1024,
                    // Bounded like every wait: a store wedged by the failed build must not hang the step's cleanup.
                    signal: AbortSignal.timeout(60_000),
                });
                if (res.code !== 0)
                    log.debug(`podman images: ${res.stderr.trim()}`);
            }
        }
        finally {
            await this.leases.get(plan.imageName)?.release();
            this.leases.delete(plan.imageName);
            await removeRunrootIfUnused(this.storage.runroot, this.storage.root, log);
        }
    }
}
const podmanBuilder = (storage) => new PodmanBuilder(podmanStorage(storage));

// EXTERNAL MODULE: ./shared/src/builders/select.ts
var builders_select = __webpack_require__(2490);
// EXTERNAL MODULE: ./shared/src/builders/locate.ts
var locate = __webpack_require__(2244);
// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __webpack_require__(1439);
// EXTERNAL MODULE: ./shared/src/builders/metadata.ts + 13 modules
var metadata = __webpack_require__(7705);
// EXTERNAL MODULE: ./shared/src/github/metadata/semver-reader.ts
var semver_reader = __webpack_require__(3665);
// EXTERNAL MODULE: ./shared/src/github/metadata/repo.ts
var repo = __webpack_require__(8585);
;// CONCATENATED MODULE: ./shared/src/builders/storage.ts
/**
 * Where buildah/podman keep images for our builds: a store of our own (never
 * the machine's default), under RUNNER_TEMP so a job's runs share base images
 * and the runner throws it away with the job. Each build uses a unique image
 * name and removes it afterwards, so concurrent runs in one store do not
 * collide (containers/storage locks the store itself).
 *
 * Driver: overlay when the kernel lets us mount it here (fast, shares layers),
 * else vfs (works anywhere, copies layers). A store keeps the driver it was
 * created with; `STORAGE_DRIVER` (the variable buildah itself reads) overrides.
 */





/** Pure: the store's folders and, where already decided, its driver. */
function storageLocation(env, tool) {
    const base = env.IMAGE_PIPELINE_STORAGE ?? external_node_path_.join(env.RUNNER_TEMP ?? external_node_os_.tmpdir(), 'image-pipeline-storage');
    return { root: external_node_path_.join(base, tool, 'root'), runroot: external_node_path_.join(base, tool, 'run') };
}
/** Pure: the driver from an override, or from what an existing store already uses. */
function decideDriver(env, existing, overlayMounts) {
    const override = env.STORAGE_DRIVER;
    if (override === 'vfs' || override === 'overlay')
        return { driver: override, reason: `STORAGE_DRIVER=${override}` };
    if (override !== undefined && override !== '') {
        throw new errors/* PipelineError */.zC('INPUT', `STORAGE_DRIVER is '${override}'; only 'overlay' and 'vfs' are supported`, {
            hint: 'Unset STORAGE_DRIVER or set it to vfs.',
        });
    }
    if (existing.includes('overlay'))
        return { driver: 'overlay', reason: 'the store already uses overlay' };
    if (existing.includes('vfs'))
        return { driver: 'vfs', reason: 'the store already uses vfs' };
    if (overlayMounts === undefined)
        return undefined;
    return overlayMounts
        ? { driver: 'overlay', reason: 'overlay mounts work here' }
        : { driver: 'vfs', reason: 'overlay cannot be mounted here (needs root and kernel support), vfs works anywhere' };
}
async function overlayWorks(scratch) {
    if (process.getuid?.() !== 0)
        return false;
    const dir = await promises_.mkdtemp(external_node_path_.join(scratch, 'overlay-probe-'));
    const [lower, upper, work, merged] = ['l', 'u', 'w', 'm'].map((d) => external_node_path_.join(dir, d));
    try {
        await Promise.all([lower, upper, work, merged].map((d) => promises_.mkdir(d)));
        const res = await (0,src_process/* run */.e)('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${upper},workdir=${work}`, merged], {
            maxBuffer: 16 * 1024,
        }).catch(() => undefined);
        if (res === undefined || res.code !== 0)
            return false;
        await (0,src_process/* run */.e)('umount', [merged]).catch(() => undefined);
        return true;
    }
    finally {
        await promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/**
 * The driver for a store rooted at `root`: the override, else what the store
 * already uses, else overlay when a probe mount works beside it (the probe
 * runs in root's parent, since overlay's upper layer must sit on a file system
 * that supports it). build-image's store and test-image's command-test stores
 * both decide here.
 */
async function chooseDriver(env, root) {
    const existing = await promises_.readdir(root).catch(() => []);
    const decided = decideDriver(env, existing, undefined) ?? decideDriver(env, existing, await overlayWorks(external_node_path_.dirname(root)));
    return decided;
}
async function chooseStorage(env, tool) {
    const loc = storageLocation(env, tool);
    await promises_.mkdir(loc.root, { recursive: true });
    await promises_.mkdir(loc.runroot, { recursive: true });
    const { driver, reason } = await chooseDriver(env, loc.root);
    return { storage: { ...loc, driver }, reason };
}

;// CONCATENATED MODULE: ./shared/src/builders/build.ts
/**
 * One build, from checked inputs to an OCI image layout at `output`:
 * locate the context and Dockerfile, refuse what cannot work before starting
 * (missing emulator), pick the builder, fix the timestamp, compute tags and
 * labels, build, and assemble the layout through LayoutWriter (temporary
 * folder, renamed into place only when everything succeeded). Secrets live in
 * 0600 files for the duration of the build only; the builder's images are
 * removed from its store afterwards.
 *
 * Registries: the builder reads them itself (every FROM, COPY --from=<image>,
 * the caches) with the credentials and plain-HTTP rule the other actions use,
 * handed over in files (registry-access.ts) removed when the build ends.
 * Caches: checked for the builder before anything runs; type=local served to
 * buildah/podman as a loopback registry (local-cache.ts); a registry cache
 * that cannot be reached is dropped with a warning (cache-reach.ts), and a
 * build that fails only in exporting its cache is run again without the
 * export: a cache never fails a build.
 */































/** Paths in messages and annotations: relative to the workspace (GitHub links annotations by repository path). */
const relativeTo = (root) => (p) => {
    const r = external_node_path_.relative(root, p);
    return r !== '' && !r.startsWith('..') && !external_node_path_.isAbsolute(r) ? r : p;
};
function makeBuilder(name, storage) {
    if (name === 'docker')
        return buildxBuilder;
    if (storage === undefined)
        throw new errors/* PipelineError */.zC('INTERNAL', `no storage for ${name}`);
    return name === 'buildah' ? buildahBuilder(storage) : podmanBuilder(storage);
}
/** The distinct (name, digest) pairs of the base annotations, in platform order. */
function recordedBases(annotations) {
    const seen = new Map();
    for (const a of annotations) {
        const [name, digest] = [a[types/* Annotation */.Y.BaseName], a[types/* Annotation */.Y.BaseDigest]];
        if (name !== undefined && digest !== undefined)
            seen.set(`${name}@${digest}`, { name, digest });
    }
    return [...seen.values()];
}
/*
 * Loaded only by a build that uses them (bench/build.ts: node parses every static import before the first
 * line runs, and most builds have no cache): the local cache server, and the registry client that asks a
 * registry cache whether it can be reached. ncc turns each import() into a separate chunk file.
 */
/** Lazy: the loopback registry serving type=local folders (local-cache/*), only for a type=local cache. */
async function startLocalCache(opts) {
    const { startLocalCache: start } = await __webpack_require__.e(/* import() */ 641).then(__webpack_require__.bind(__webpack_require__, 5641));
    return start(opts);
}
/**
 * reachableCaches (cache-reach.ts) with our registry client and the build's credentials, loaded only when
 * the plan has a registry cache to ask (not the loopback one serving type=local, and no cache-from under
 * no-cache); without one, reachableCaches would return the plan's specs unchanged, and so does this.
 */
async function checkRegistryCaches(plan, connect, deps, skip) {
    const asked = [...(plan.noCache ? [] : plan.from), ...plan.to].some((s) => s.type === 'registry' && !skip.has(s.ref));
    if (!asked)
        return { from: [...plan.from], to: [...plan.to], noCache: plan.noCache };
    const [{ reachableCaches, CACHE_CHECK_RETRY, CACHE_CHECK_TIMEOUTS }, { clientFactory }] = await Promise.all([
        __webpack_require__.e(/* import() */ 388).then(__webpack_require__.bind(__webpack_require__, 1388)),
        __webpack_require__.e(/* import() */ 296).then(__webpack_require__.bind(__webpack_require__, 9296)),
    ]);
    const clients = clientFactory((0,connect_inputs/* connectOptions */.jN)(connect ?? { registryAuth: [], githubToken: '', insecureRegistries: [] }, {
        retry: CACHE_CHECK_RETRY,
        timeouts: CACHE_CHECK_TIMEOUTS,
        ...(deps.mask !== undefined ? { mask: deps.mask } : {}),
    }));
    return reachableCaches(plan, clients, deps.log, skip);
}
/** The refs of the registry caches in a plan (type=local has none until build.ts serves it). */
const registryCacheRefs = (plan) => [...plan.from, ...plan.to].flatMap((s) => (s.type === 'registry' ? [s.ref] : []));
/**
 * For buildah/podman, type=local caches become a loopback registry serving
 * the folders (local-cache.ts), and the specs point at it. Folders are
 * relative to the workspace. buildx reads folders itself: plan unchanged.
 */
async function serveLocalCaches(plan, builder, workspace, log) {
    if (builder === 'docker')
        return { plan };
    const src = plan.noCache ? undefined : plan.from.find((s) => s.type === 'local');
    let dest = plan.to.find((s) => s.type === 'local');
    const withoutLocal = (specs) => specs.filter((s) => s.type !== 'local');
    if (src === undefined && dest === undefined)
        return { plan: { ...plan, from: withoutLocal(plan.from) } };
    const start = (withDest) => startLocalCache({
        ...(src?.type === 'local' ? { src: external_node_path_.resolve(workspace, src.dir) } : {}),
        ...(withDest && dest?.type === 'local' ? { dest: external_node_path_.resolve(workspace, dest.dir) } : {}),
        log: { debug: (l) => log.debug(l), warning: (l) => log.warning(l) },
    });
    let local;
    try {
        local = await start(true);
    }
    catch (e) {
        // A dest folder that cannot be written (permissions, read-only, a file in its path) is an unusable cache: a warning, never a
        // failed build. A PipelineError is a dest we refuse to replace (a file, a link, a folder of the user's), which stays an error.
        if (dest === undefined || e instanceof errors/* PipelineError */.zC)
            throw e;
        log.warning(`cache-to line ${dest.line}: the folder ${dest.type === 'local' ? dest.dir : ''} cannot be written (${e instanceof Error ? e.message : String(e)}); building without it, so no cache is saved`);
        dest = undefined;
        plan = { ...plan, to: withoutLocal(plan.to) };
        if (src === undefined)
            return { plan: { ...plan, from: withoutLocal(plan.from) } };
        local = await start(false);
    }
    const toRegistry = (s) => s.type === 'local' ? { type: 'registry', ref: local.ref, mode: s.mode, attrs: { ref: local.ref }, line: s.line } : s;
    log.info(`Local cache: ${[src === undefined ? '' : `from ${src.type === 'local' ? src.dir : ''}`, dest === undefined ? '' : `to ${dest.type === 'local' ? dest.dir : ''}`].filter((x) => x !== '').join(', ')}, served to ${builder} at ${local.ref}`);
    return {
        plan: { from: plan.noCache ? plan.from.filter((s) => s.type !== 'local') : plan.from.map(toRegistry), to: plan.to.map(toRegistry), noCache: plan.noCache },
        local,
    };
}
async function buildImage(req, deps) {
    const { log } = deps;
    const startedAt = Date.now();
    const workspace = (0,workspace_path/* workspaceOf */.B3)(req.env);
    const located = req.located ?? (await (0,locate.locateBuild)(req, workspace));
    if (!(0,locate.locatedFor)(located, req, workspace))
        throw new errors/* PipelineError */.zC('INTERNAL', `buildImage was given the locations of another request (context '${located.for.context}', not '${req.context}')`);
    const { contextDir, dockerfile: dockerfilePath, output } = located;
    const dockerfileShown = relativeTo(external_node_path_.resolve(workspace))(dockerfilePath);
    const df = (0,dockerfile/* parseDockerfile */.Ai)(await promises_.readFile(dockerfilePath, 'utf8'));
    if (df.stages.length === 0)
        throw new errors/* PipelineError */.zC('INPUT', `${dockerfileShown} has no FROM instruction`, {
            input: 'file',
            file: dockerfileShown,
            line: 1,
            hint: 'A Dockerfile starts with FROM <image> (or FROM scratch).',
        });
    if (req.target !== undefined && (0,dockerfile/* targetStage */.Ae)(df, req.target) === undefined) {
        const names = df.stages.map((s) => s.name ?? String(s.index)).join(', ');
        throw new errors/* PipelineError */.zC('INPUT', `the Dockerfile has no stage named '${req.target}'`, {
            input: 'target',
            file: dockerfileShown,
            hint: `Its stages are: ${names}.`,
        });
    }
    const hostArch = (0,emulation/* hostArchitecture */.m4)();
    const foreign = req.platforms.filter((p) => (0,emulation/* architectureOf */.NJ)(p) !== hostArch);
    if (foreign.length > 0) {
        const missing = (0,emulation/* platformsLackingEmulation */.iJ)(req.platforms, hostArch, (0,dockerfile/* runsPrograms */.KV)(df, req.target, req.buildArgs), await (0,emulation/* binfmtHandlers */.yA)());
        if (missing.length > 0)
            throw (0,emulation/* emulationError */.z2)(missing, dockerfileShown);
    }
    // The probes run at once, not one after another: the commit time (git), the builder (`buildah --version`) and
    // the store of the builder it will most likely be (mkdir, and on a new store an overlay mount and umount).
    // None needs another, and a small build paid each in full (issue 17, examples/hello). Each is awaited where it
    // was, so messages and errors keep their order; one not reached (an error before) is settled and ignored. A
    // store guessed wrong (auto, buildah missing) is an empty folder under RUNNER_TEMP, and the right one is chosen then.
    // The builder's probe first: the longest of the three, and every spawn costs main-thread time before the next.
    const probing = (deps.probe ?? (() => (0,builders_select.probeBuilders)(req.builder)))();
    probing.catch(() => undefined);
    const epochRead = sourceDateEpoch(contextDir, req.env);
    epochRead.catch(() => undefined);
    const likelyTool = likelyContainersTool(req.builder);
    const storageRead = likelyTool === undefined ? undefined : chooseStorage(req.env, likelyTool);
    storageRead?.catch(() => undefined);
    const choice = (0,result/* unwrap */.o)((0,builders_select.chooseBuilder)(req.builder, await probing));
    log.info(`Builder: ${choice.name} (${choice.reason})`);
    for (const notice of req.notices ?? [])
        log.info(notice);
    const optionsRefused = (0,build_options/* checkOptionsForBuilder */.zl)(req.options, choice.name);
    if (optionsRefused !== undefined)
        throw optionsRefused;
    for (const notice of (0,build_options/* optionNotices */.Ri)(req.options, choice.name))
        log.info(notice);
    const options = await (0,build_options/* resolveBuildContexts */.Jm)(req.options, workspace);
    const userSecretFiles = await (0,builders_secrets/* resolveSecretFiles */.Gv)(req.secretFiles ?? [], workspace);
    const requestedCache = { from: req.cacheFrom ?? [], to: req.cacheTo ?? [], noCache: (0,build_options/* noCacheFor */.Tm)(req.noCache ?? false, req.options, choice.name) };
    const cacheRefused = (0,cache_spec/* checkCacheForBuilder */.pg)(requestedCache, choice.name);
    if (cacheRefused !== undefined)
        throw cacheRefused;
    for (const notice of (0,cache_spec/* cacheNotices */.AS)(requestedCache, choice.name))
        log.info(notice);
    let storage;
    if (choice.name !== 'docker') {
        const s = await (choice.name === likelyTool && storageRead !== undefined ? storageRead : chooseStorage(req.env, choice.name));
        storage = s.storage;
        log.info(`Storage: ${s.storage.driver} at ${external_node_path_.dirname(s.storage.root)} (${s.reason})`);
    }
    const builder = makeBuilder(choice.name, storage);
    const epoch = await epochRead;
    const created = epoch.seconds === undefined ? undefined : epochToIso(epoch.seconds);
    if (epoch.seconds === undefined)
        log.warning('The context is not in a git repository and SOURCE_DATE_EPOCH is not set: timestamps are the current time, so two builds will differ.');
    else
        log.info(`Timestamps: ${created} (from ${epoch.source})`);
    // semver is loaded only for a build that may read a version (a git tag, or a rule's own value; issue 17).
    if ((0,semver_reader/* mayReadVersion */.el)(req.env.GITHUB_REF, req.tags))
        await (0,semver_reader/* loadSemver */.bR)();
    const { tags, refs, labels: plannedLabels, annotations: plannedAnnotations, version, warnings, } = (0,metadata/* imageMetadata */.zM)({
        env: req.env,
        event: req.event,
        explicitTags: req.tags,
        ...(req.flavor !== undefined ? { flavor: req.flavor } : {}),
        ...(req.images !== undefined ? { images: req.images } : {}),
        userLabels: req.labels,
        fallbackTitle: external_node_path_.basename(contextDir),
        ...(created !== undefined ? { created } : {}),
    });
    for (const w of warnings)
        log.warning(`tags: ${w}`);
    // Annotations: metadata-action's set at its levels, the user's over it; what cannot be placed fails now, before the build.
    const userAnnotations = (0,builders_annotations/* parseAnnotations */.KX)(req.annotations);
    const annotationLevels = (0,builders_annotations/* computedLevels */.tG)(req.env[builders_annotations/* LEVELS_ENV */._R]);
    (0,builders_annotations/* checkPlacement */.MI)([...(0,builders_annotations/* computedAnnotations */.YL)(plannedAnnotations, annotationLevels), ...userAnnotations], req.platforms.length > 0 ? req.platforms : [`linux/${hostArch}`]);
    // Repository facts (description, url, licenses) the payload lacks: asked of the API while the image builds (started
    // once the builder has been spawned: the first fetch loads Node's HTTP client, tens of ms not to spend before the
    // build starts), awaited before assembly, bounded (5 s) and ended with the build.
    const repoAbort = new AbortController();
    const tmpParent = req.env.RUNNER_TEMP !== undefined && req.env.RUNNER_TEMP !== '' ? req.env.RUNNER_TEMP : external_node_os_.tmpdir();
    await promises_.mkdir(tmpParent, { recursive: true });
    const workDir = await promises_.mkdtemp(external_node_path_.join(tmpParent, 'image-pipeline-build-'));
    const secrets = await (0,builders_secrets/* writeSecretFiles */.Bd)(req.secrets, workDir).catch(async (e) => {
        await promises_.rm(workDir, { recursive: true, force: true });
        throw e;
    });
    let local;
    let access;
    let plan;
    let writer;
    let built = false;
    try {
        const served = await serveLocalCaches(requestedCache, choice.name, workspace, log);
        local = served.local;
        // Only what the build will touch: cache-from is not read under no-cache.
        const cacheRefs = registryCacheRefs({ ...served.plan, from: served.plan.noCache ? [] : served.plan.from });
        const registries = registriesOf([...(0,build_options/* imagesThroughContexts */.E$)(imagesPulled(df, req.target, req.buildArgs), options), ...(0,build_options/* contextImages */.iJ)(options), ...cacheRefs]);
        access = await prepareRegistryAccess({
            builder: choice.name,
            registries,
            ...(req.connect !== undefined ? { connect: req.connect } : {}),
            tmp: tmpParent,
            env: req.env,
            ...(deps.mask !== undefined ? { mask: deps.mask } : {}),
        });
        if (access.authenticated.size > 0)
            log.info(`Registry credentials for ${[...access.authenticated].map(([r, from]) => `${r} (from ${from})`).join(', ')}`);
        if (access.plainHttp.length > 0)
            log.info(`Plain HTTP for ${access.plainHttp.join(', ')} (loopback or insecure-registries)`);
        const cache = await checkRegistryCaches(served.plan, req.connect, deps, new Set(local === undefined ? [] : [local.ref]));
        const registryContext = { registries, authenticated: access.authenticated };
        plan = {
            context: contextDir,
            dockerfile: dockerfilePath,
            buildArgs: [...req.buildArgs],
            secrets: [...secrets.files, ...userSecretFiles, ...(req.secretEnvs ?? []).map((r) => ({ id: r.id, env: r.from }))],
            ...(options !== undefined ? { options } : {}),
            platforms: [...req.platforms],
            workDir,
            imageName: `image-pipeline-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`,
            // A build context of the same name replaces an image (its docker-image:// reference, or none for a folder).
            bases: (0,build_options/* imagesThroughContexts */.E$)((0,dockerfile/* externalImages */.e0)(df, req.target, req.buildArgs), options),
            ...(req.target !== undefined ? { target: req.target } : {}),
            ...(epoch.seconds !== undefined ? { epoch: epoch.seconds } : {}),
            // Set whenever the user asked for a cache, even if every one was dropped: the build keeps the cached build's shape (--layers) and digest.
            ...(requestedCache.from.length > 0 || requestedCache.to.length > 0 || requestedCache.noCache
                ? { cache: { ...cache, configured: requestedCache.from.length > 0 || requestedCache.to.length > 0 } }
                : {}),
            ...(access.authFile !== undefined ? { authFile: access.authFile } : {}),
            ...(Object.keys(access.builderEnv).length > 0 ? { builderEnv: access.builderEnv } : {}),
            ...(req.limits !== undefined ? { limits: builderLimits(req.limits, startedAt) } : {}),
        };
        // buildah and buildx are spawned before buildOnce returns (no await before the spawn); podman leases its runroot first.
        const building = buildOnce(builder, plan, log);
        const repoFacts = repositoryFacts(req, repoAbort.signal);
        const out = await building.catch((e) => {
            if (e instanceof builders_builder/* BuilderRunError */.Tr)
                throw (0,failure/* buildFailure */.He)(e.builder, e.output, df, dockerfileShown, e.platform, registryContext);
            throw e;
        });
        built = true;
        const repo = await repoFacts.then((r) => reportRepoFacts(r, req.env, log));
        const { labels, annotations: metaAnnotations } = repo === undefined
            ? { labels: plannedLabels, annotations: plannedAnnotations }
            : (0,metadata/* metadataLabels */.JZ)({
                env: req.env,
                event: req.event,
                userLabels: req.labels,
                fallbackTitle: external_node_path_.basename(contextDir),
                ...(created !== undefined ? { created } : {}),
                repo,
            }, version);
        const annotations = (0,builders_annotations/* mergeAnnotations */.RF)([...(0,builders_annotations/* computedAnnotations */.YL)(metaAnnotations, annotationLevels), ...userAnnotations]);
        const declaredBase = (0,dockerfile/* baseImageOf */.IP)(df, req.target, req.buildArgs);
        const baseName = declaredBase === undefined ? undefined : (0,build_options/* imageThroughContexts */.ZL)(declaredBase, options);
        const external = baseName === undefined || baseName === 'scratch' ? undefined : baseName;
        const parts = out.parts.map((p) => ({ source: p.source, root: p.root, annotations: baseAnnotations(external, p.baseDigests) }));
        const base = external === undefined ? undefined : { name: qualifyReference(external), digest: out.parts[0]?.baseDigests.get(external) };
        writer = await oci_layout/* LayoutWriter */.s1.create(output);
        const image = await assembleLayout(writer, parts, { annotations, tags, labels: Object.fromEntries(labels) });
        const layout = await writer.commit();
        const first = image.manifests[0];
        const report = {
            builder: choice.name,
            builderReason: choice.reason,
            dockerfile: dockerfileShown,
            digest: image.root.digest,
            imageid: first.configDigest,
            layout,
            tags,
            platforms: image.manifests.map((m) => m.platform),
            manifests: image.manifests.map((m) => ({ platform: m.platform, digest: m.descriptor.digest, imageid: m.configDigest, layers: m.layers, size: m.size })),
            size: image.size,
            layers: first.layers,
            labels: Object.fromEntries(labels),
            annotations: annotations.map(builders_annotations/* formatAnnotation */.tn),
            epoch,
            baseImages: recordedBases(parts.map((p) => p.annotations)),
        };
        if (created !== undefined)
            report.created = created;
        if (version !== undefined)
            report.version = version;
        if (refs.length > 0)
            report.refs = refs;
        if (base !== undefined)
            report.base = base.digest === undefined ? { name: base.name } : { name: base.name, digest: base.digest };
        return report;
    }
    catch (e) {
        await writer?.abort();
        throw e;
    }
    finally {
        repoAbort.abort();
        await secrets.remove().catch(() => undefined);
        if (plan !== undefined)
            await builder.cleanup(plan, log).catch(() => undefined);
        await access?.dispose();
        // The folder cache is written only from a build that succeeded; failing to write it is a warning, as any cache trouble is.
        await local?.close(built ? {} : { discard: true }).then((counts) => {
            if (built && counts.entries > 0)
                log.info(`Local cache saved: ${counts.entries} steps, ${counts.blobs} blobs, ${counts.bytes} bytes`);
        }, (e) => log.warning(`The local cache could not be saved (${e instanceof errors/* PipelineError */.zC ? e.reason : String(e)}); the next build starts cold`));
        await promises_.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The containers tool a builder input will most likely run (auto prefers buildah), whose store can be prepared while the builders are probed. */
function likelyContainersTool(requested) {
    if (requested === 'docker')
        return undefined;
    return requested === 'podman' ? 'podman' : 'buildah';
}
/**
 * GET /repos/{owner}/{repo} for the labels' description, url and licenses,
 * with the build's github-token; not asked (undefined) outside a repository
 * or when the event payload already has them. Never rejects: bounded in time
 * (5 s) and size, and ended with the build.
 */
function repositoryFacts(req, signal) {
    if ((req.env.GITHUB_REPOSITORY?.trim() ?? '') === '' || (0,repo/* payloadHasRepoFacts */.i1)(req.event))
        return Promise.resolve(undefined);
    const token = req.connect?.githubToken ?? '';
    return (0,repo/* fetchRepoFacts */.Wz)(req.env, { ...(token !== '' ? { token } : {}), signal });
}
/** The answer, said in the log: labels are nice to have, so a failure is a line (a warning when the API misbehaved), never an error. */
function reportRepoFacts(answer, env, log) {
    if (answer === undefined)
        return undefined;
    const repo = env.GITHUB_REPOSITORY ?? '';
    const got = Object.entries({ description: answer.info.description, url: answer.info.htmlUrl, licenses: answer.info.license })
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k);
    if (answer.problem === undefined) {
        log.info(`Repository facts for ${repo} from the GitHub API: ${got.length > 0 ? got.join(', ') : 'no description, url or licenses set'}`);
        return answer.info;
    }
    const status = answer.problem.status;
    const line = `The GitHub API gave no repository facts for ${repo} (${answer.problem.reason}); labels and annotations have no description, url or licenses from it`;
    if (status !== undefined && status >= 400 && status < 500)
        log.info(`${line}${status === 404 || status === 401 || status === 403 ? ': a private repository needs a github-token that can read it' : ''}`);
    else
        log.warning(line);
    return undefined;
}
/**
 * One build; when buildah/podman fail only in exporting the cache (the
 * registry went away after our check, or refused the push), a warning and the
 * same build again without cache-to: with --layers the steps are in the store,
 * so the second run is quick.
 */
/** build-timeout counts from the start of the step's build, so every builder command shares one deadline. */
function builderLimits(l, startedAt) {
    return {
        ...(l.stallMs !== undefined ? { stallMs: l.stallMs } : {}),
        ...(l.timeoutMs !== undefined && l.timeoutMs > 0 ? { deadlineAt: startedAt + l.timeoutMs } : {}),
    };
}
async function buildOnce(builder, plan, log) {
    try {
        return await builder.build(plan, log);
    }
    catch (e) {
        const to = plan.cache?.to ?? [];
        if (!(e instanceof builders_builder/* BuilderRunError */.Tr) || builder.name === 'docker' || to.length === 0 || !(0,failure/* isCachePushFailure */.nL)(e.output))
            throw e;
        const refs = to.map((s) => `line ${s.line} (${s.type === 'registry' ? s.ref : s.type})`).join(', ');
        log.warning(`cache-to ${refs}: ${builder.name} could not export the cache; building again without cache-to, so no cache is saved`);
        return builder.build({ ...plan, cache: { ...plan.cache, to: [] } }, log);
    }
}


/***/ }),

/***/ 2244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOutput: () => (/* binding */ checkOutput),
/* harmony export */   locateBuild: () => (/* binding */ locateBuild),
/* harmony export */   locateContext: () => (/* binding */ locateContext),
/* harmony export */   locateDockerfile: () => (/* binding */ locateDockerfile),
/* harmony export */   locatedFor: () => (/* binding */ locatedFor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3904);
/**
 * Where a build reads and writes, checked before anything runs: the context
 * folder, the Dockerfile in it, and the output folder the layout will replace.
 * Each failure names the input and what to set it to. locateBuild does the
 * three in that order and returns what it found, which buildImage accepts
 * (BuildRequest.located) instead of looking again.
 */



/**
 * Where the context is, checked. A relative context is relative to the
 * workspace (GITHUB_WORKSPACE of the step's env, workspaceOf), as secret-files,
 * build-contexts and outputs' dest are; the current directory only when the
 * caller gives none.
 */
async function locateContext(context, workspace = process.cwd()) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, context);
    const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(abs).catch(() => undefined);
    if (stat === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `the build context '${context}' does not exist (looked in ${abs})`, {
            input: 'context',
            hint: 'Set context to the folder holding your Dockerfile, relative to the workspace (check out the repository first with actions/checkout).',
        });
    }
    if (!stat.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `the build context '${context}' is a file, not a folder`, {
            input: 'context',
            hint: "Set context to a folder; name the Dockerfile with 'file'.",
        });
    return abs;
}
/**
 * The Dockerfile: `file` relative to the workspace (the working directory on a
 * runner, where `docker build -f` reads it), else relative to the context;
 * without `file`, Dockerfile then Containerfile in the context.
 */
async function locateDockerfile(contextDir, file, workspace = process.cwd()) {
    const isFile = async (p) => (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(p).catch(() => undefined))?.isFile() ?? false;
    const candidates = file === undefined || file === ''
        ? ['Dockerfile', 'Containerfile'].map((f) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(contextDir, f))
        : [node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, file), node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(contextDir, file)];
    for (const c of candidates)
        if (await isFile(c))
            return c;
    if (file === undefined || file === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `no Dockerfile or Containerfile in the build context ${contextDir}`, {
            input: 'file',
            hint: "Add a Dockerfile to the context, or set 'file' to its path.",
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `the Dockerfile '${file}' does not exist (looked for ${[...new Set(candidates)].join(' and ')})`, {
        input: 'file',
        hint: "Set 'file' to the Dockerfile's path relative to the workspace.",
    });
}
/**
 * The output folder is replaced wholesale when the build succeeds, so it must
 * be an OCI layout from an earlier run, an empty folder, or not exist; and it
 * must not hold the context (replacing it would delete the sources).
 */
async function checkOutput(output, contextDir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(output);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(abs, contextDir);
    if (rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `output '${output}' contains the build context; writing the layout there would delete your sources`, {
            input: 'output',
            hint: 'Point output at a new folder, e.g. ${{ runner.temp }}/layout.',
        });
    }
    const stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(abs).catch(() => undefined);
    if (stat === undefined)
        return abs;
    if (!stat.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `output '${output}' is a file; it must be a folder for the OCI layout`, {
            input: 'output',
            hint: 'Point output at a new folder.',
        });
    const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(abs);
    if (entries.length > 0 && !entries.includes('oci-layout')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `output '${output}' is a folder with other files in it, not an OCI layout; refusing to replace it`, {
            input: 'output',
            hint: 'Point output at a new or empty folder.',
        });
    }
    return abs;
}
/** The context, then the Dockerfile in it, then the output: each checked once, the first failure thrown. */
async function locateBuild(req, workspace) {
    const contextDir = await locateContext(req.context, workspace);
    const dockerfile = await locateDockerfile(contextDir, req.file, workspace);
    const output = await checkOutput(req.output, contextDir);
    return { for: { context: req.context, file: req.file, output: req.output, workspace }, contextDir, dockerfile, output };
}
/** Whether `located` was found for these inputs (no file-system access). */
const locatedFor = (located, req, workspace) => located.for.context === req.context && located.for.file === req.file && located.for.output === req.output && located.for.workspace === workspace;


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseBuilder: () => (/* binding */ chooseBuilder),
/* harmony export */   probeBuilders: () => (/* binding */ probeBuilders)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4918);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2402);
/**
 * Which builder runs: `auto` takes the first that can actually run here, in
 * the order buildah (daemonless, needs nothing else), podman (same engine),
 * docker buildx (only when a daemon answers and buildx is installed). The
 * choice and its reason go to the log; when nothing can run, the error names
 * what to install. The decision is pure over what the probes found.
 */



const INSTALL = {
    buildah: '`apt-get install buildah` (Debian/Ubuntu; preinstalled on GitHub ubuntu runners)',
    podman: '`apt-get install podman`',
    docker: 'Docker with the buildx plugin and a running daemon (e.g. docker/setup-buildx-action)',
};
function chooseBuilder(requested, a) {
    const dockerOk = a.buildx && a.dockerDaemon;
    const dockerWhy = !a.buildx ? 'docker buildx is not installed' : 'no Docker daemon answers';
    if (requested === 'buildah')
        return a.buildah ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'buildah', reason: 'asked for by the builder input' }) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(missing('buildah', 'buildah is not installed'));
    if (requested === 'podman')
        return a.podman ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'podman', reason: 'asked for by the builder input' }) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(missing('podman', 'podman is not installed'));
    if (requested === 'docker')
        return dockerOk ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'docker', reason: 'asked for by the builder input' }) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(missing('docker', dockerWhy));
    if (a.buildah)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'buildah', reason: 'buildah is installed and needs no daemon' });
    if (a.podman)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'podman', reason: 'buildah is not installed; podman is, and needs no daemon' });
    if (dockerOk)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'docker', reason: 'neither buildah nor podman is installed; a Docker daemon answers and buildx is installed' });
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NO_BUILDER', `no image builder can run here: buildah and podman are not installed, and ${dockerWhy}`, {
        input: 'builder',
        hint: `Install one: ${INSTALL.buildah}, ${INSTALL.podman}, or ${INSTALL.docker}.`,
    }));
}
function missing(name, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NO_BUILDER', `builder '${name}' was asked for but cannot run: ${why}`, {
        input: 'builder',
        hint: `Install ${INSTALL[name]}, or set builder: auto to use whichever is installed.`,
    });
}
/**
 * Probe this machine for what `requested` needs, and no more: each probe starts
 * a process (tens of milliseconds, and they compete for a runner's two cores),
 * so an asked-for builder probes only itself and `auto` probes in order of
 * preference, stopping at the first that runs. What was not probed reads false,
 * which chooseBuilder never consults: it looks past a builder only when that
 * one is missing. Docker's daemon is only asked when buildx exists (it can take
 * seconds to time out).
 */
async function probeBuilders(requested = 'auto', can = _process_js__WEBPACK_IMPORTED_MODULE_1__/* .canRun */ .Q) {
    const a = { buildah: false, podman: false, buildx: false, dockerDaemon: false };
    const wants = (name) => requested === 'auto' || requested === name;
    if (wants('buildah')) {
        a.buildah = await can('buildah', ['--version']);
        if (a.buildah)
            return a;
    }
    if (wants('podman')) {
        a.podman = await can('podman', ['--version']);
        if (a.podman)
            return a;
    }
    if (wants('docker')) {
        a.buildx = await can('docker', ['buildx', 'version']);
        a.dockerDaemon = a.buildx && (await can('docker', ['version', '--format', '{{.Server.Version}}']));
    }
    return a;
}


/***/ })

};
