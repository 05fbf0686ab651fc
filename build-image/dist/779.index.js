export const id = 779;
export const ids = [779];
export const modules = {

/***/ 8779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushImage: () => (/* binding */ pushImage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(8301);
// EXTERNAL MODULE: ./shared/src/oci/layout.ts
var layout = __webpack_require__(7043);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(9949);
// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(5512);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(9140);
;// CONCATENATED MODULE: ./shared/src/oci/tar-index.ts
/**
 * Indexes an uncompressed tar file by reading only its headers, so any member
 * can later be streamed by byte range without extracting the archive. Handles
 * ustar prefixes, PAX extended headers (path, size) and GNU long names, which
 * is what skopeo, docker save and GNU tar write.
 */


const BLOCK = 512;
function readString(buf, start, len) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}
function readNumber(buf, start, len) {
    // GNU base-256 for sizes >= 8 GiB: the high bit of the first byte is set.
    if (buf[start] & 0x80) {
        let n = 0;
        for (let i = start + 1; i < start + len; i++)
            n = n * 256 + buf[i];
        return n;
    }
    const text = readString(buf, start, len).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            break;
        const len = parseInt(data.toString('utf8', pos, space), 10);
        if (!Number.isFinite(len) || len <= 0)
            break;
        const record = data.toString('utf8', space + 1, pos + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
const normaliseMemberName = (name) => name.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
async function indexTar(file, what) {
    const fh = await promises_.open(file, 'r');
    try {
        const { size: fileSize } = await fh.stat();
        const members = new Map();
        const header = Buffer.alloc(BLOCK);
        let pos = 0;
        let pax = {};
        let longName;
        let longLink;
        while (pos + BLOCK <= fileSize) {
            const { bytesRead } = await fh.read(header, 0, BLOCK, pos);
            if (bytesRead < BLOCK)
                break;
            if (header.every((b) => b === 0))
                break; // end-of-archive marker
            let checksum = 0;
            for (let i = 0; i < BLOCK; i++)
                checksum += i >= 148 && i < 156 ? 0x20 : header[i];
            if (checksum !== readNumber(header, 148, 8)) {
                throw new errors/* PipelineError */.zC('LAYOUT', `${what} is not a tar archive (bad header checksum at byte ${pos})`, {
                    hint: 'Pass an uncompressed or gzip-compressed tar written by skopeo, buildah or docker save.',
                });
            }
            const type = String.fromCharCode(header[156] || 0x30);
            let size = readNumber(header, 124, 12);
            if (pax.size !== undefined)
                size = Number(pax.size);
            const dataOffset = pos + BLOCK;
            const next = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
            if (next > fileSize)
                throw new errors/* PipelineError */.zC('LAYOUT', `${what} is truncated (member at byte ${pos} runs past the end)`);
            if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
                const data = Buffer.alloc(size);
                await fh.read(data, 0, size, dataOffset);
                if (type === 'x')
                    pax = parsePax(data);
                else if (type === 'L')
                    longName = data.toString('utf8').replace(/\0+$/, '');
                else if (type === 'K')
                    longLink = data.toString('utf8').replace(/\0+$/, '');
                pos = next;
                continue;
            }
            const ustar = readString(header, 257, 6) === 'ustar';
            const prefix = ustar ? readString(header, 345, 155) : '';
            const base = readString(header, 0, 100);
            const name = pax.path ?? longName ?? (prefix !== '' ? `${prefix}/${base}` : base);
            const linkname = pax.linkpath ?? longLink ?? readString(header, 157, 100);
            const member = { name: normaliseMemberName(name), offset: dataOffset, size, type, linkname };
            members.set(member.name, member);
            pax = {};
            longName = undefined;
            longLink = undefined;
            pos = next;
        }
        return members;
    }
    finally {
        await fh.close();
    }
}

// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(9892);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(9259);
;// CONCATENATED MODULE: ./shared/src/oci/archive.ts
/**
 * Image sources over tarballs, read in place: `oci-archive` (a tarred OCI
 * layout, as skopeo and buildah write) and `docker-archive` (`docker save`).
 * The tar is indexed once by its headers; blobs are then streamed by byte
 * range and verified like any other source. A gzip-compressed tarball is first
 * decompressed to a temporary file, since random access needs it plain.
 */














/** An indexed tar file whose members can be streamed by range. */
class TarFile {
    file;
    members;
    cleanup;
    constructor(file, members, cleanup) {
        this.file = file;
        this.members = members;
        this.cleanup = cleanup;
    }
    static async open(file, what, input) {
        const ctx = input === undefined ? {} : { input };
        let fh;
        try {
            fh = await promises_.open(file, 'r');
        }
        catch {
            throw new errors/* PipelineError */.zC('NOT_FOUND', `the archive '${file}' does not exist or cannot be read`, {
                ...ctx,
                hint: 'Check the path; it is resolved against the working directory.',
            });
        }
        const magic = Buffer.alloc(2);
        await fh.read(magic, 0, 2, 0);
        await fh.close();
        if (magic[0] === 0x1f && magic[1] === 0x8b) {
            const dir = await promises_.mkdtemp(external_node_path_.join(process.env.RUNNER_TEMP ?? external_node_os_.tmpdir(), 'archive-'));
            const plain = external_node_path_.join(dir, 'image.tar');
            try {
                await (0,pipe_to_file/* pipeToFile */.u)(plain, { flags: 'wx' }, (0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)());
            }
            catch (e) {
                await promises_.rm(dir, { recursive: true, force: true });
                throw new errors/* PipelineError */.zC('LAYOUT', `${what} is not a valid gzip file: ${e.message}`, { ...ctx, cause: e });
            }
            return new TarFile(plain, await indexTar(plain, what).catch(async (e) => {
                await promises_.rm(dir, { recursive: true, force: true });
                throw e;
            }), dir);
        }
        return new TarFile(file, await indexTar(file, what), undefined);
    }
    /** A member by name, following hard links (docker save links identical layers). */
    member(name) {
        let m = this.members.get(normaliseMemberName(name));
        for (let hops = 0; m !== undefined && m.type === '1' && hops < 8; hops++)
            m = this.members.get(normaliseMemberName(m.linkname));
        return m !== undefined && (m.type === '0' || m.type === '\0' || m.type === '7') ? m : undefined;
    }
    stream(m) {
        // createReadStream's `end` is inclusive; an empty member needs an empty stream.
        return m.size === 0
            ? (0,external_node_fs_.createReadStream)(this.file, { start: 1, end: 0 })
            : (0,external_node_fs_.createReadStream)(this.file, { start: m.offset, end: m.offset + m.size - 1, highWaterMark: 1024 * 1024 });
    }
    async read(m) {
        const fh = await promises_.open(this.file, 'r');
        try {
            const buf = Buffer.alloc(m.size);
            await fh.read(buf, 0, m.size, m.offset);
            return buf;
        }
        finally {
            await fh.close();
        }
    }
    async close() {
        if (this.cleanup !== undefined)
            await promises_.rm(this.cleanup, { recursive: true, force: true });
    }
}
/** Common reading of blobs that live as tar members, plus blobs synthesised in memory. */
class TarSource {
    tar;
    name;
    synthetic = new Map();
    constructor(tar, name) {
        this.tar = tar;
        this.name = name;
    }
    async hasBlob(digest) {
        return this.synthetic.has(digest) || this.memberFor(digest) !== undefined;
    }
    locate(desc) {
        const mem = this.synthetic.get(desc.digest);
        if (mem !== undefined)
            return mem;
        const m = this.memberFor(desc.digest);
        if (m === undefined)
            throw new errors/* PipelineError */.zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
                hint: 'The archive is incomplete; write it again.',
            });
        if (m.size !== desc.size)
            throw new errors/* PipelineError */.zC('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${m.size} bytes, its descriptor says ${desc.size}`);
        return m;
    }
    async openBlob(desc) {
        const where = this.locate(desc);
        const verify = new oci_digest/* VerifyingStream */.SC(desc, `blob ${desc.digest} in ${this.name}`);
        if (Buffer.isBuffer(where)) {
            verify.end(where);
            return verify;
        }
        // A reader that stops early (a failed upload) closes the file.
        return (0,pipe_through/* pipeThrough */.W)(this.tar.stream(where), verify);
    }
    async readBlob(desc) {
        if (desc.size > source/* MAX_JSON_BLOB */.O)
            throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} in ${this.name} is ${desc.size} bytes, too large to read whole`);
        const where = this.locate(desc);
        const data = Buffer.isBuffer(where) ? where : await this.tar.read(where);
        (0,oci_digest/* verifyBytes */.RV)(data, desc, `blob ${desc.digest} in ${this.name}`);
        return data;
    }
    async close() {
        await this.tar.close();
    }
}
class OciArchive extends TarSource {
    rootDescriptors;
    constructor(tar, name, rootDescriptors) {
        super(tar, name);
        this.rootDescriptors = rootDescriptors;
    }
    static async open(file, input) {
        const name = `oci-archive:${file}`;
        const tar = await TarFile.open(file, name, input);
        try {
            const layoutMember = tar.member('oci-layout');
            const indexMember = tar.member('index.json');
            if (layoutMember === undefined || indexMember === undefined) {
                const hint = tar.member('manifest.json') !== undefined
                    ? `It looks like a docker-archive: write 'docker-archive:${file}'.`
                    : 'Write it with `skopeo copy ... oci-archive:<file>` or `buildah push ... oci-archive:<file>`.';
                throw new errors/* PipelineError */.zC('LAYOUT', `${name} has no ${layoutMember === undefined ? 'oci-layout' : 'index.json'} file, so it is not an OCI archive`, {
                    ...(input === undefined ? {} : { input }),
                    hint,
                });
            }
            const index = (0,layout/* parseIndex */.A1)((await tar.read(indexMember)).toString('utf8'), `${name}/index.json`);
            return new OciArchive(tar, name, index.manifests);
        }
        catch (e) {
            await tar.close();
            throw e;
        }
    }
    async roots() {
        return this.rootDescriptors;
    }
    memberFor(digest) {
        return this.tar.member(`blobs/${(0,oci_digest/* algorithmOf */.Hy)(digest)}/${(0,oci_digest/* encodedOf */.EX)(digest)}`);
    }
}
/**
 * `docker save` output. It has no manifests, so we synthesise a Docker v2
 * schema 2 manifest per image; layer digests are computed by hashing each
 * layer once when the archive is opened (the same work docker load does).
 */
class DockerArchive extends TarSource {
    byDigest = new Map();
    rootDescriptors = [];
    constructor(tar, name) {
        super(tar, name);
    }
    static async open(file, input) {
        const name = `docker-archive:${file}`;
        const tar = await TarFile.open(file, name, input);
        const source = new DockerArchive(tar, name);
        try {
            await source.load(input);
        }
        catch (e) {
            await tar.close();
            throw e;
        }
        return source;
    }
    async load(input) {
        const ctx = input === undefined ? {} : { input };
        const manifestMember = this.tar.member('manifest.json');
        if (manifestMember === undefined) {
            const hint = this.tar.member('oci-layout') !== undefined
                ? `It looks like an OCI archive: write 'oci-archive:${this.tar.file}'.`
                : 'Write it with `docker save` or `skopeo copy ... docker-archive:<file>`.';
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name} has no manifest.json, so it is not a docker-archive`, { ...ctx, hint });
        }
        let entries;
        try {
            entries = JSON.parse((await this.tar.read(manifestMember)).toString('utf8'));
        }
        catch (e) {
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json is not valid JSON: ${e.message}`, ctx);
        }
        if (!Array.isArray(entries) || entries.length === 0)
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json lists no image`, ctx);
        const hashed = new Map();
        for (const [i, entry] of entries.entries()) {
            if (typeof entry?.Config !== 'string' || !Array.isArray(entry.Layers))
                throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json entry ${i} lacks Config or Layers`, ctx);
            const config = await this.describeMember(entry.Config, media_types/* MediaType */.zu.DockerConfig, hashed);
            const layers = [];
            for (const l of entry.Layers)
                layers.push(await this.describeMember(l, undefined, hashed));
            const manifest = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.DockerManifest, config, layers };
            const bytes = Buffer.from(JSON.stringify(manifest));
            const digest = (0,oci_digest/* digestBytes */.QN)(bytes);
            this.synthetic.set(digest, bytes);
            const tags = entry.RepoTags ?? [];
            const root = { mediaType: media_types/* MediaType */.zu.DockerManifest, digest, size: bytes.length };
            if (tags.length === 0)
                this.rootDescriptors.push(root);
            for (const t of tags)
                this.rootDescriptors.push({ ...root, annotations: { [types/* Annotation */.Y.RefName]: t } });
        }
    }
    /** Hash a member once and describe it; the media type of a layer follows its compression. */
    async describeMember(name, mediaType, cache) {
        const cached = cache.get(name);
        if (cached !== undefined)
            return cached;
        const m = this.tar.member(name);
        if (m === undefined)
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json names '${name}', which is not in the archive`);
        const counter = new oci_digest/* DigestCounter */.VR();
        let first;
        for await (const chunk of this.tar.stream(m)) {
            const c = chunk;
            if (first === undefined)
                first = c.subarray(0, 2);
            counter.update(c);
        }
        const gz = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
        const desc = { mediaType: mediaType ?? (gz ? media_types/* MediaType */.zu.DockerLayerGzip : media_types/* MediaType */.zu.DockerLayer), digest: counter.digest(), size: m.size };
        this.byDigest.set(desc.digest, m);
        cache.set(name, desc);
        return desc;
    }
    async roots() {
        return this.rootDescriptors;
    }
    memberFor(digest) {
        return this.byDigest.get(digest);
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/open.ts
/**
 * Open any image location as an ImageSource. Registry access is injected, so
 * this module does not depend on the registry client (and tests can pass a
 * stub or a real client).
 */




async function openImageSource(loc, opts = {}) {
    const withRef = (source, ref) => (ref === undefined ? { source } : { source, ref });
    switch (loc.kind) {
        case 'layout':
            return withRef(await layout/* OciLayout */.Al.open(loc.path, opts.input), loc.ref);
        case 'oci-archive':
            return withRef(await OciArchive.open(loc.path, opts.input), loc.ref);
        case 'docker-archive':
            return withRef(await DockerArchive.open(loc.path, opts.input), loc.ref);
        case 'registry':
            if (opts.registry === undefined)
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `reading '${loc.reference}' from a registry is not available here`, opts.input === undefined ? {} : { input: opts.input });
            return { source: await opts.registry(loc.reference) };
        case 'ambiguous': {
            const exists = await promises_.stat(loc.text).then(() => true, () => false);
            if (exists)
                return openImageSource({ kind: 'layout', path: loc.text }, opts);
            if (opts.registry === undefined) {
                throw new errors/* PipelineError */.zC('NOT_FOUND', `'${loc.text}' is neither an existing OCI layout folder nor a readable image`, {
                    ...(opts.input === undefined ? {} : { input: opts.input }),
                    hint: "Pass build-image's 'layout' output (a folder path), oci-archive:<file>, docker-archive:<file>, or docker://<reference>.",
                });
            }
            return { source: await opts.registry(loc.text) };
        }
    }
}

// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(4918);
;// CONCATENATED MODULE: ./shared/src/oci/location.ts
/**
 * Where an image comes from, parsed from the `image` input (pure). Accepted:
 *   ./out, /tmp/layout, oci:<dir>[:<ref>]     an OCI image layout folder
 *   oci-archive:<file>[:<ref>]                 a tarred OCI layout
 *   docker-archive:<file>[:<ref>]              `docker save` output
 *   docker://<reference>                       a registry image
 *   <reference>                                a registry image, when no such path exists (decided by the caller)
 * `<ref>` selects one image of several by its ref name (a tag).
 */


const FILE_KINDS = ['oci', 'oci-archive', 'docker-archive'];
/** Split `path[:ref]`: a trailing `:name` is a ref when it has no `/` (so `C:` paths and ports stay whole). */
function splitRef(rest) {
    const colon = rest.lastIndexOf(':');
    if (colon > 0) {
        const ref = rest.slice(colon + 1);
        if (ref !== '' && !ref.includes('/'))
            return { path: rest.slice(0, colon), ref };
    }
    return { path: rest };
}
function parseImageLocation(text, input = 'image') {
    const t = text.trim();
    if (t === '')
        return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `input '${input}' is empty`, {
            input,
            hint: "Pass build-image's 'layout' output, an oci-archive:/docker-archive: file, or a registry reference.",
        }));
    if (t.startsWith('docker://')) {
        const reference = t.slice('docker://'.length);
        if (reference === '')
            return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `input '${input}' has 'docker://' with no reference after it`, { input }));
        return (0,result.ok)({ kind: 'registry', reference });
    }
    for (const k of FILE_KINDS) {
        if (t.startsWith(`${k}:`)) {
            const { path, ref } = splitRef(t.slice(k.length + 1));
            if (path === '')
                return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `input '${input}' has '${k}:' with no path after it`, { input, hint: `Write ${k}:<path>.` }));
            const kind = k === 'oci' ? 'layout' : k;
            return (0,result.ok)(ref === undefined ? { kind, path } : { kind, path, ref });
        }
    }
    if (t.startsWith('/') || t.startsWith('./') || t.startsWith('../') || t === '.' || t === '..')
        return (0,result.ok)({ kind: 'layout', path: t });
    return (0,result.ok)({ kind: 'ambiguous', text: t });
}

// EXTERNAL MODULE: ./shared/src/oci/image.ts
var oci_image = __webpack_require__(4984);
// EXTERNAL MODULE: ./shared/src/registry/client/connect.ts + 3 modules
var client_connect = __webpack_require__(9296);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __webpack_require__(5698);
;// CONCATENATED MODULE: ./shared/src/distribute/destinations.ts
/**
 * Which repositories get which tags (pure): a destination with a tag gets
 * that tag; one without gets the `tags` input, else the tags the image
 * carries, else `latest`; one with `@digest` is pushed by digest only and
 * must name the image's own digest.
 */



/** Each destination parsed as a reference; a bad one is an error naming its line (pure). */
function parseDestinations(destinations, input = 'destinations') {
    if (destinations.length === 0) {
        return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `input '${input}' is required and names no destination`, {
            input,
            hint: 'Give one reference per line, e.g. ghcr.io/owner/app.',
        }));
    }
    const out = [];
    for (const [i, text] of destinations.entries()) {
        const r = (0,reference/* parseReference */.F2)(text);
        if (!r.ok)
            return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `input '${input}' line ${i + 1}: ${r.error.reason}`, {
                input,
                line: i + 1,
                ...(r.error.hint !== undefined ? { hint: r.error.hint } : {}),
            }));
        out.push(r.value);
    }
    return (0,result.ok)(out);
}
function planDestinations(destinations, tags, imageTags, imageDigest, input = 'destinations') {
    const refs = parseDestinations(destinations, input);
    if (!refs.ok)
        return refs;
    const tagCheck = (0,reference/* parseTags */.rL)(tags);
    if (!tagCheck.ok)
        return tagCheck;
    const fallback = tags.length > 0 ? tags : imageTags.length > 0 ? imageTags : ['latest'];
    const byRepo = new Map();
    for (const [i, ref] of refs.value.entries()) {
        if (ref.digest !== undefined && ref.digest !== imageDigest) {
            return (0,result/* err */._)(new errors/* PipelineError */.zC('INPUT', `input '${input}' line ${i + 1} pins ${ref.digest}, but the image is ${imageDigest}`, {
                input,
                line: i + 1,
                hint: 'Drop the @digest part, or push the image that has it.',
            }));
        }
        const key = (0,reference/* repositoryName */.aR)(ref);
        const entry = byRepo.get(key) ?? { registry: ref.registry, repository: ref.repository, tags: new Set() };
        if (ref.tag !== undefined)
            entry.tags.add(ref.tag);
        else if (ref.digest === undefined)
            for (const t of fallback)
                entry.tags.add(t);
        byRepo.set(key, entry);
    }
    return (0,result.ok)([...byRepo.values()].map((e) => ({ registry: e.registry, repository: e.repository, tags: [...e.tags] })));
}

// EXTERNAL MODULE: ./shared/src/distribute/distribute.ts + 19 modules
var distribute = __webpack_require__(5959);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./shared/src/distribute/image-set.ts
/**
 * What distribute pushes: one image from one source, or several sources
 * (per-platform builds on a runner matrix) merged into one multi-platform
 * OCI index. The merged index is built in memory; its blobs are read from
 * whichever source holds them.
 */







/** The tag part of a ref-name annotation (`1.2`, `app:1.2`, `ghcr.io/a/b:1.2`), if it is a valid tag. */
function tagOfRefName(name) {
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const tag = colon > slash ? name.slice(colon + 1) : slash >= 0 ? undefined : name;
    if (tag === undefined)
        return undefined;
    return (0,reference/* isTag */.dz)(tag) ? tag : undefined;
}
async function tagsOf(src, root) {
    const names = (await src.roots()).filter((d) => d.digest === root.digest).map((d) => d.annotations?.[types/* Annotation */.Y.RefName]);
    return [...new Set(names.flatMap((n) => (n === undefined ? [] : (tagOfRefName(n) ?? []))))];
}
class MergedSource {
    sources;
    index;
    indexBytes;
    name;
    constructor(sources, index, indexBytes) {
        this.sources = sources;
        this.index = index;
        this.indexBytes = indexBytes;
        this.name = `merged index of ${sources.map((s) => s.name).join(', ')}`;
    }
    async roots() {
        return [this.index];
    }
    async owner(digest) {
        for (const s of this.sources)
            if (await s.hasBlob(digest))
                return s;
        throw new errors/* PipelineError */.zC('NOT_FOUND', `blob ${digest} is in none of ${this.sources.map((s) => s.name).join(', ')}`);
    }
    async openBlob(desc) {
        if (desc.digest === this.index.digest)
            return external_node_stream_.Readable.from([this.indexBytes]);
        return (await this.owner(desc.digest)).openBlob(desc);
    }
    async readBlob(desc) {
        if (desc.digest === this.index.digest) {
            (0,oci_digest/* verifyBytes */.RV)(this.indexBytes, desc, 'the merged index');
            return this.indexBytes;
        }
        return (await this.owner(desc.digest)).readBlob(desc);
    }
    async hasBlob(digest) {
        if (digest === this.index.digest)
            return true;
        for (const s of this.sources)
            if (await s.hasBlob(digest))
                return true;
        return false;
    }
    async close() {
        await Promise.all(this.sources.map((s) => s.close()));
    }
}
/**
 * One source: its only (or named) image. Several: every platform image of
 * each, in one index; two sources offering the same platform is an error.
 */
async function imageToPush(sources, input = 'image') {
    if (sources.length === 0)
        throw new errors/* PipelineError */.zC('INPUT', `input '${input}' names no image`, { input, hint: "Pass build-image's 'layout' output." });
    if (sources.length === 1) {
        const src = sources[0];
        const root = await (0,oci_image/* selectRoot */.PD)(src);
        return { source: src, root, tags: await tagsOf(src, root) };
    }
    const manifests = [];
    const seen = new Map();
    const tags = new Set();
    for (const src of sources) {
        const root = await (0,oci_image/* selectRoot */.PD)(src);
        for (const t of await tagsOf(src, root))
            tags.add(t);
        const resolved = await (0,oci_image/* resolveImage */.AT)(src, root);
        for (const img of resolved.images) {
            const p = (0,types/* platformString */.F)(img.platform);
            const other = seen.get(p);
            if (other !== undefined) {
                throw new errors/* PipelineError */.zC('INPUT', `input '${input}': both ${other} and ${src.name} hold an image for ${p}`, {
                    input,
                    hint: 'Give each layout a different platform, or push them to different destinations.',
                });
            }
            seen.set(p, src.name);
            manifests.push({ mediaType: img.descriptor.mediaType, digest: img.descriptor.digest, size: img.descriptor.size, platform: img.platform });
        }
    }
    const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests };
    const bytes = Buffer.from(JSON.stringify(index));
    const root = { mediaType: media_types/* MediaType */.zu.OciIndex, digest: (0,oci_digest/* digestBytes */.QN)(bytes), size: bytes.length };
    return { source: new MergedSource(sources, root, bytes), root, tags: [...tags] };
}

// EXTERNAL MODULE: ./shared/src/registry/client/source.ts + 1 modules
var client_source = __webpack_require__(5108);
;// CONCATENATED MODULE: ./shared/src/distribute/push-image.ts
/**
 * The whole distribute step as one library call, for the action and the
 * local runner alike: open the image location(s), merge several into one
 * index, plan the destinations, push, and close the sources.
 */









/** Open one image location, registry references included. */
async function openSource(location, connect = {}, input = 'image') {
    const loc = (0,result/* unwrap */.o)(parseImageLocation(location, input));
    const opened = await openImageSource(loc, { input, registry: (0,client_source/* registryOpener */.z)(connect) });
    if (opened.ref === undefined)
        return opened.source;
    // A location that names one image of several: narrow the source to it.
    const root = await (0,oci_image/* selectRoot */.PD)(opened.source, opened.ref);
    const src = opened.source;
    return {
        name: src.name,
        roots: async () => [root],
        openBlob: (d) => src.openBlob(d),
        readBlob: (d) => src.readBlob(d),
        hasBlob: (d) => src.hasBlob(d),
        close: () => src.close(),
    };
}
async function pushImage(opts) {
    const connect = {
        ...(opts.auth !== undefined ? { auth: opts.auth } : {}),
        ...(opts.insecureRegistries !== undefined ? { insecureRegistries: opts.insecureRegistries } : {}),
        ...(opts.connectTo !== undefined ? { connectTo: opts.connectTo } : {}),
        ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
        ...(opts.timeouts !== undefined ? { timeouts: opts.timeouts } : {}),
        onRetry: (registry, what, e) => opts.onProgress?.({
            kind: 'retry',
            destination: registry,
            what,
            attempt: e.attempt,
            waitMs: e.waitMs,
            message: e.error instanceof Error ? e.error.message : String(e.error),
        }),
    };
    const sources = [];
    try {
        for (const loc of opts.images)
            sources.push(await openSource(loc, connect));
        const image = await imageToPush(sources);
        const destinations = (0,result/* unwrap */.o)(planDestinations(opts.destinations, opts.tags ?? [], image.tags, image.root.digest));
        return await (0,distribute/* distribute */.m)({
            source: image.source,
            root: image.root,
            destinations,
            clients: (0,client_connect.clientFactory)(connect),
            ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
            ...(opts.uploadMode !== undefined ? { uploadMode: opts.uploadMode } : {}),
            ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
            ...(opts.onProgress !== undefined ? { onProgress: opts.onProgress } : {}),
            ...(opts.attach !== undefined ? { attach: opts.attach } : {}),
        });
    }
    finally {
        await Promise.all(sources.map((s) => s.close().catch(() => undefined)));
    }
}


/***/ })

};
