export const id = 3827;
export const ids = [3827];
export const modules = {

/***/ 17367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ subjectDescriptor),
/* harmony export */   LR: () => (/* binding */ buildArtifact),
/* harmony export */   xh: () => (/* binding */ referrerDescriptor)
/* harmony export */ });
/* unused harmony exports EMPTY_JSON, EMPTY_DESCRIPTOR, isMediaType */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88301);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99949);
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
    mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
});
// RFC 6838 type/subtype (restricted-name characters), without parameters.
const MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const isMediaType = (s) => typeof s === 'string' && MEDIA_TYPE_RE.test(s);
function checkMediaType(value, what) {
    if (!isMediaType(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${what}: expected a media type like application/vnd.example+json, got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(value, { max: 80, redact: false })}'`, {
            hint: 'Use type/subtype (RFC 6838) without parameters.',
        });
    }
}
/** Only what a subject needs (descriptor.md): no platform, no annotations, no inline data. */
function subjectDescriptor(image) {
    if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isManifestMediaType */ .CM)(image.mediaType) && !(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isIndexMediaType */ .$$)(image.mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `a referrer's subject must be an image manifest or index, got a ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(image.mediaType, { max: 80, redact: false })}`, {
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
        const d = { mediaType: b.mediaType, digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(b.bytes), size: b.bytes.length };
        if (b.annotations !== undefined && Object.keys(b.annotations).length > 0)
            d.annotations = { ...b.annotations };
        return { descriptor: d, bytes: b.bytes };
    });
    const empty = { descriptor: { ...EMPTY_DESCRIPTOR }, bytes: EMPTY_JSON };
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest,
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
    return { manifest, bytes, descriptor: referrerDescriptor(manifest, (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(bytes), bytes.length), blobs };
}
/**
 * A referrer's descriptor as the distribution spec lists it: `artifactType`
 * from the manifest (or, failing that, its config's media type) and the
 * manifest's annotations copied up, so a reader can filter without fetching.
 */
function referrerDescriptor(manifest, digest, size) {
    const d = { mediaType: manifest.mediaType ?? _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciManifest, digest, size };
    const type = manifest.artifactType ?? manifest.config?.mediaType;
    if (typeof type === 'string' && type !== '')
        d.artifactType = type;
    if (manifest.annotations !== undefined && Object.keys(manifest.annotations).length > 0)
        d.annotations = { ...manifest.annotations };
    return d;
}


/***/ }),

/***/ 78752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ parseReferrersIndex),
/* harmony export */   OB: () => (/* binding */ MAX_REFERRERS),
/* harmony export */   UW: () => (/* binding */ ofArtifactType),
/* harmony export */   fH: () => (/* binding */ fallbackTag),
/* harmony export */   um: () => (/* binding */ referrersIndexBytes),
/* harmony export */   vB: () => (/* binding */ mergeReferrers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88301);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99949);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85512);
/**
 * Lists of referrers (distribution-spec 1.1 "Listing Referrers" and the
 * "Referrers Tag Schema"), pure: the fallback tag's name, reading an index of
 * referrer descriptors that a registry sent (untrusted: bounded, each entry
 * checked, a bad one skipped with the reason), merging, and writing one.
 */





/** Most referrers read for one subject: past this a list is refused, not cut (a silent cut could hide a signature). */
const MAX_REFERRERS = 1000;
/** `sha256-<hex>`: the tag a registry without the referrers API keeps the subject's referrers under (alg cut to 32, encoded to 64). */
function fallbackTag(subject) {
    return `${(0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .algorithmOf */ .Hy)(subject).slice(0, 32)}-${(0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedOf */ .EX)(subject).slice(0, 64)}`;
}
/** A JSON value for a message: strings as they are, anything else as JSON, then previewed. */
const shown = (v, max) => (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(typeof v === 'string' ? v : (JSON.stringify(v) ?? 'nothing'), { max, redact: false });
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function stringMap(v) {
    if (!isRecord(v))
        return undefined;
    const out = {};
    for (const [k, s] of Object.entries(v))
        if (typeof s === 'string')
            out[k] = s;
    return out;
}
/** One entry of a referrers index, or why it is skipped. */
function readEntry(v) {
    if (!isRecord(v))
        return { reason: 'not a descriptor object' };
    const digest = typeof v.digest === 'string' ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDigest */ .m)(v.digest) : undefined;
    const label = typeof v.digest === 'string' ? (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(v.digest, { max: 80, redact: false }) : undefined;
    const skip = (reason) => (label !== undefined ? { digest: label, reason } : { reason });
    if (digest === undefined || !digest.ok)
        return skip('expected a digest like sha256:<64 hex>, got something else');
    if (typeof v.mediaType !== 'string' || !((0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isManifestMediaType */ .CM)(v.mediaType) || (0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isIndexMediaType */ .$$)(v.mediaType))) {
        return skip(`expected an OCI manifest or index media type, got ${typeof v.mediaType === 'string' ? (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(v.mediaType, { max: 80, redact: false }) : 'none'}`);
    }
    if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0 || v.size > _source_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_BLOB */ .O) {
        return skip(`expected a size between 0 and ${_source_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_BLOB */ .O} bytes`);
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
    const max = opts.maxEntries ?? MAX_REFERRERS;
    const fail = (got) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${opts.what}: expected an OCI image index of referrers, got ${got}`, {
            hint: 'The registry (or whoever wrote that tag) stored something else there; remove or fix it, then run again.',
        });
    };
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return fail(`${bytes.length} bytes that are not JSON (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(bytes.subarray(0, 60).toString('utf8'), { max: 40 })})`);
    }
    if (!isRecord(doc))
        return fail('JSON that is not an object');
    if (doc.mediaType !== undefined && doc.mediaType !== _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciIndex)
        return fail(`a ${shown(doc.mediaType, 80)}`);
    if (doc.schemaVersion !== 2)
        return fail(`schemaVersion ${shown(doc.schemaVersion, 20)}`);
    if (!Array.isArray(doc.manifests))
        return fail('an object without a manifests list');
    const subject = isRecord(doc.subject) ? doc.subject.digest : undefined;
    if (subject !== undefined && subject !== opts.subject) {
        return fail(`a list for subject ${shown(subject, 80)}, not ${opts.subject}`);
    }
    if (doc.manifests.length > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${opts.what} lists ${doc.manifests.length} referrers, more than the ${max} we read`, {
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
function mergeReferrers(base, add) {
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
function referrersIndexBytes(entries) {
    const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MediaType */ .zu.OciIndex, manifests: [...entries] };
    return Buffer.from(JSON.stringify(index));
}
/** The entries of the given artifact type (all when undefined). */
const ofArtifactType = (entries, artifactType) => artifactType === undefined ? [...entries] : entries.filter((d) => d.artifactType === artifactType);


/***/ }),

/***/ 83022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ referrersSupport),
/* harmony export */   vl: () => (/* binding */ apiReferrers)
/* harmony export */ });
/* unused harmony exports supportFromProbe, nextPage */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99949);
/* harmony import */ var _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78752);
/* harmony import */ var _retry_paginate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17353);
/* harmony import */ var _transport_origin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62639);
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
    if (page.contentType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex) {
        return {
            api: false,
            why: `the referrers endpoint answered 200 with ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(page.contentType || 'no content type', { max: 60, redact: false })}, not an image index`,
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
    const max = opts.maxEntries ?? _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REFERRERS */ .OB;
    const what = `the referrers list of ${subject} in ${client.registry}/${repo}`;
    let filtered = false;
    let count = 0;
    let first;
    const lists = await (0,_retry_paginate_js__WEBPACK_IMPORTED_MODULE_4__/* .collectPages */ .VV)(async (token) => {
        const page = await client.getReferrers(repo, subject, token !== undefined ? { page: new URL(token) } : opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
        first ??= page.url;
        if (page.status !== 200 || page.contentType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .MediaType */ .zu.OciIndex) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${what}: expected 200 with an image index, got HTTP ${page.status} (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(page.contentType || 'no content type', { max: 60, redact: false })})`, {
                hint: 'The registry answered the referrers API inconsistently; run again, and report it to the registry if it persists.',
            });
        }
        if (token === undefined)
            filtered = page.filtersApplied.split(',').some((f) => f.trim() === 'artifactType');
        const list = (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReferrersIndex */ .AH)(page.bytes, { what, subject, maxEntries: max });
        count += list.entries.length + list.skipped.length;
        if (count > max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${what} has more than the ${max} referrers we read`, {
                hint: 'Prune old attachments of this image; a list that long is likely runaway or hostile.',
            });
        }
        const next = nextPage(page.link, page.url);
        if (next !== undefined && !(0,_transport_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .sameOrigin */ .Nm)(next, first)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${what}: the registry sent the next page to ${(0,_transport_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .redactUrl */ .BO)(next)}, off its own origin`, {
                hint: 'The registry is misconfigured or hostile; its referrers were not followed there.',
            });
        }
        return { items: [list], next: next?.toString() };
    }, { what, code: 'REGISTRY', maxPages: 100 });
    return { entries: lists.flatMap((l) => l.entries), skipped: lists.flatMap((l) => l.skipped), filtered };
}


/***/ }),

/***/ 57026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ readFallback),
/* harmony export */   eV: () => (/* binding */ writeFallback)
/* harmony export */ });
/* unused harmony exports FALLBACK_RETRY, FALLBACK_SETTLE_MS, addToFallback */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99949);
/* harmony import */ var _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78752);
/* harmony import */ var _retry_limit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95097);
/* harmony import */ var _retry_retry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1340);
/* harmony import */ var _retry_sleep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30381);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24659);
/* harmony import */ var _transport_registry_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17221);
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
    const tag = (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackTag */ .fH)(subject);
    let m;
    try {
        m = await client.getManifest(repo, tag);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPipelineError */ .h$)(e, 'NOT_FOUND'))
            return { entries: [], skipped: [] };
        throw e;
    }
    const what = where(client, repo, tag);
    if (m.mediaType !== _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.OciIndex) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${what}: expected an OCI image index of referrers, got a ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(m.mediaType || 'manifest without media type', { max: 80, redact: false })}`, {
            hint: `Something else was pushed under that tag; move it elsewhere (the tag name is reserved for referrers by the OCI distribution spec) and run again.`,
        });
    }
    return (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReferrersIndex */ .AH)(m.bytes, { what, subject, maxEntries: opts.maxEntries ?? _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REFERRERS */ .OB });
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
    await (0,_retry_limit_js__WEBPACK_IMPORTED_MODULE_5__/* .forEachLimited */ .v)(entries, 8, async (d, i) => {
        if (!keep.has(d.digest))
            present[i] = (await client.headManifest(repo, d.digest, ['pull'])) !== undefined;
    });
    return { kept: entries.filter((_, i) => present[i]), pruned: entries.filter((_, i) => !present[i]) };
}
const blobUnknown = (e) => e instanceof _transport_registry_error_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryError */ .gl && e.failure.status === 400 && (e.failure.codes ?? []).includes('MANIFEST_BLOB_UNKNOWN');
/**
 * Phase 1 of adding `add` (their manifests already pushed) to the subject's
 * fallback index, keeping what others listed: read, merge and write. When it
 * resolves, the index lists every entry of `add`.
 */
async function writeFallback(client, repo, subject, add, opts = {}) {
    const tag = (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fallbackTag */ .fH)(subject);
    const sleep = opts.sleep ?? ((ms) => (0,_retry_sleep_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .y)(ms));
    const settle = opts.settleMs ?? FALLBACK_SETTLE_MS;
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const ours = new Set(add.map((d) => d.digest));
    // Everything this call has written so far: restored if a concurrent writer drops it.
    let wrote = [];
    let writes = 0;
    const pruned = [];
    const put = async (entries) => {
        try {
            await client.putManifest(repo, tag, _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.OciIndex, (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .referrersIndexBytes */ .um)(entries));
            return entries;
        }
        catch (e) {
            if (!blobUnknown(e))
                throw e;
            const p = await pruneMissing(client, repo, entries, ours);
            if (p.pruned.length === 0)
                throw e;
            pruned.push(...p.pruned);
            await client.putManifest(repo, tag, _oci_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.OciIndex, (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .referrersIndexBytes */ .um)(p.kept));
            return p.kept;
        }
    };
    /** Read, merge, write: the index as written, or as read when it listed everything already (undefined `began`: nothing written). */
    const write = async () => {
        const began = Date.now();
        const current = await readFallback(client, repo, subject, limits);
        const merged = (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeReferrers */ .vB)(current.entries, [...wrote.filter((d) => !pruned.some((p) => p.digest === d.digest)), ...add]);
        if (merged.added === 0)
            return { entries: current.entries };
        if (merged.entries.length > (opts.maxEntries ?? _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REFERRERS */ .OB)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${where(client, repo, tag)} would list ${merged.entries.length} referrers, more than the ${opts.maxEntries ?? _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_REFERRERS */ .OB} we keep`, {
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
        const entries = await (0,_retry_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .withRetry */ .b)(async (attempt) => {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('REGISTRY', `${where(client, repo, tag)} kept losing entries (${e.missing.map((d) => d.digest).join(', ')}) to concurrent writers`, {
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


/***/ }),

/***/ 63827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ listReferrers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17367);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88301);
/* harmony import */ var _oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78752);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24659);
/* harmony import */ var _retry_limit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95097);
/* harmony import */ var _referrers_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83022);
/* harmony import */ var _referrers_fallback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57026);
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
    await (0,_retry_limit_js__WEBPACK_IMPORTED_MODULE_7__/* .forEachLimited */ .v)(entries, 4, async (d, i) => {
        const skip = (reason) => {
            out[i] = { digest: d.digest, reason };
        };
        let m;
        try {
            m = await client.getManifest(repo, d.digest);
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPipelineError */ .h$)(e, 'NOT_FOUND'))
                return skip('listed, but the repository has no such manifest');
            throw e;
        }
        if ((0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .digestBytes */ .QN)(m.bytes, (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .algorithmOf */ .Hy)(d.digest)) !== d.digest)
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
            return skip(s === undefined ? 'its manifest has no subject' : `its manifest refers to ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_4__/* .preview */ .VH)(String(s), { max: 80, redact: false })}, not ${subject}`);
        out[i] = (0,_oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .referrerDescriptor */ .xh)({ ...doc, mediaType: doc.mediaType ?? d.mediaType }, d.digest, m.bytes.length);
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
    const support = await (0,_referrers_api_js__WEBPACK_IMPORTED_MODULE_5__/* .referrersSupport */ .Me)(client, repo, digest);
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const listed = support.api
        ? await (0,_referrers_api_js__WEBPACK_IMPORTED_MODULE_5__/* .apiReferrers */ .vl)(client, repo, digest, { ...limits, ...(opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {}) })
        : await (0,_referrers_fallback_js__WEBPACK_IMPORTED_MODULE_6__/* .readFallback */ .DE)(client, repo, digest, limits);
    // Filtered here too: a registry may ignore the filter (OCI-Filters-Applied tells, but costs nothing to redo).
    let referrers = (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ofArtifactType */ .UW)(listed.entries, opts.artifactType);
    let skipped = listed.skipped;
    if (opts.verify !== false) {
        const v = await verifyEntries(client, repo, digest, referrers);
        referrers = (0,_oci_referrers_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ofArtifactType */ .UW)(v.kept, opts.artifactType);
        skipped = [...skipped, ...v.skipped];
    }
    return { via: support.api ? 'api' : 'fallback', referrers, skipped };
}


/***/ }),

/***/ 95097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ forEachLimited)
/* harmony export */ });
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
async function forEachLimited(items, limit, fn) {
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


/***/ }),

/***/ 17353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VV: () => (/* binding */ collectPages)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_PAGES, paginate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC(opts.code, `${opts.what} returned the same page token twice; stopped after ${pages} pages`, {
                hint: 'The endpoint is misbehaving; run again, and report it if it persists.',
            });
        }
        seen.add(token);
        if (pages >= maxPages) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC(opts.code, `${opts.what} still had more after ${maxPages} pages; stopped there`, {
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


/***/ })

};
