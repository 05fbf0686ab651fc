export const id = 5524;
export const ids = [5524];
export const modules = {

/***/ 67150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ assertDistributed),
  m: () => (/* binding */ distribute)
});

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/registry/client/upload-mode.ts
var upload_mode = __webpack_require__(35344);
// EXTERNAL MODULE: ./shared/src/attest/in-toto.ts
var in_toto = __webpack_require__(36599);
// EXTERNAL MODULE: ./shared/src/attest/types.ts
var types = __webpack_require__(60288);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/registry/client/referrers.ts
var referrers = __webpack_require__(63827);
// EXTERNAL MODULE: ./shared/src/oci/artifact.ts
var artifact = __webpack_require__(17367);
// EXTERNAL MODULE: ./shared/src/oci/image.ts
var oci_image = __webpack_require__(24984);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./shared/src/oci/memory-source.ts
/**
 * An ImageSource over a few blobs held in memory (an artifact manifest and
 * its small files), so the push machinery in distribute/ (upload-blobs.ts,
 * put-manifests.ts) sends them the way it sends any image.
 */



class MemorySource {
    name;
    root;
    blobs = new Map();
    constructor(name, root, blobs) {
        this.name = name;
        this.root = root;
        for (const b of blobs) {
            (0,digest/* verifyBytes */.RV)(b.bytes, b.descriptor, `${name}: blob ${b.descriptor.digest}`);
            this.blobs.set(b.descriptor.digest, b.bytes);
        }
    }
    async roots() {
        return [this.root];
    }
    bytesOf(desc) {
        const b = this.blobs.get(desc.digest);
        if (b === undefined)
            throw new errors/* PipelineError */.zC('NOT_FOUND', `${this.name} holds no blob ${desc.digest}`);
        return b;
    }
    async openBlob(desc) {
        return external_node_stream_.Readable.from([this.bytesOf(desc)]);
    }
    async readBlob(desc) {
        return this.bytesOf(desc);
    }
    async hasBlob(digest) {
        return this.blobs.has(digest);
    }
    async close() { }
}

// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
// EXTERNAL MODULE: ./shared/src/retry/limit.ts
var limit = __webpack_require__(95097);
// EXTERNAL MODULE: ./shared/src/registry/client/referrers-api.ts
var referrers_api = __webpack_require__(83022);
// EXTERNAL MODULE: ./shared/src/registry/client/referrers-fallback.ts
var referrers_fallback = __webpack_require__(57026);
// EXTERNAL MODULE: ./shared/src/registry/client/source.ts + 1 modules
var source = __webpack_require__(75108);
// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(17221);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
;// CONCATENATED MODULE: ./shared/src/distribute/plan.ts
/**
 * What a push sends, in the order it sends it: blobs (layers and configs)
 * largest first, so the long transfers start early and, when there are more
 * blobs than upload slots, the small ones fill in and end the phase (the
 * registries' commit of the last blobs sent is what the push waits for at
 * the end: best small); manifests children before parents
 * (walkDescriptors' order), so a registry never holds an index whose
 * manifests are missing.
 *
 * The order cannot choose the last blob when every blob is sending at once
 * (no more blobs than slots, as for most images at the default of 6): the
 * streams share the link and the cores, so the blobs end smallest first and
 * the largest ends the phase, its commit (a filesystem registry's fsync of
 * it, on every destination) the wait at the end. Sending them one at a time
 * would spread the commits, but a registry that limits each stream (a cloud
 * one, far away) then takes one stream's speed. Measured, concurrency 1
 * against the default 6, fan-out to three: on loopback docker-registry
 * (bench/push.ts, a disk whose tail took up to 0.7 s) about 6% faster over
 * 8 paired runs; on the far registry of bench/remote-push.ts (7 layers)
 * 1.86 s against 1.10 s, 69% slower. So all blobs send at once.
 *
 * One exception leads: the smallest blob goes first. A destination's first
 * answer tells the push it takes our uploads (mode, rights), and only after
 * it does upload-blobs.ts start the next blob before the last one is
 * answered; the smallest is answered soonest. With two or more blobs at a time
 * it runs beside the largest.
 */


const isManifest = (d) => (0,media_types/* isManifestMediaType */.CM)(d.mediaType) || (0,media_types/* isIndexMediaType */.$$)(d.mediaType);
/** Split a walk (children before parents) into the two phases. Pure. */
function orderForPush(walk) {
    const largestFirst = walk.filter((d) => !isManifest(d)).sort((a, b) => b.size - a.size);
    const smallest = largestFirst.pop();
    return { blobs: smallest === undefined ? [] : [smallest, ...largestFirst], manifests: walk.filter(isManifest) };
}
async function planPush(source, root) {
    return orderForPush(await (0,oci_image/* walkDescriptors */.mX)(source, root));
}

;// CONCATENATED MODULE: ./shared/src/distribute/push-run.ts
/**
 * The state of one push to several destinations, shared by its steps
 * (plan, upload-blobs, put-manifests, move-tags): each destination's client
 * and report, which destinations are still healthy, and the progress events.
 * A destination that fails is marked once and left out of every later step,
 * so it never gets a tag for content it may not hold.
 */

const asPipelineError = (e) => (e instanceof errors/* PipelineError */.zC ? e : new errors/* PipelineError */.zC('INTERNAL', (0,errors/* messageOf */.bD)(e), { cause: e }));
function startRun(opts) {
    const targets = opts.destinations.map((spec) => {
        const name = `${spec.registry}/${spec.repository}`;
        return {
            spec,
            name,
            client: opts.clients(spec.registry),
            started: Date.now(),
            manifestsThere: new Set(),
            report: {
                destination: name,
                digest: opts.root.digest,
                refs: [],
                bytesSent: 0,
                blobsUploaded: 0,
                blobsSkipped: 0,
                blobsMounted: 0,
                manifestsPushed: 0,
                ms: 0,
            },
        };
    });
    return { source: opts.source, root: opts.root, targets, emit: opts.onProgress ?? (() => undefined) };
}
/** The destinations with no failure so far. */
const live = (run) => run.targets.filter((t) => t.report.error === undefined);
/** Mark a destination failed (its first error is the one kept) and say so. */
function markFailed(run, t, e) {
    if (t.report.error !== undefined)
        return;
    t.report.error = asPipelineError(e);
    run.emit({ kind: 'failed', destination: t.name, message: (0,errors/* messageOf */.bD)(e) });
}
/** Learn each registry's auth scheme once, before requests race for it; a registry that cannot be reached fails its destinations. */
async function pingRegistries(run) {
    const pinged = new Map();
    await Promise.all(run.targets.map(async (t) => {
        let p = pinged.get(t.client);
        if (p === undefined) {
            p = t.client.ping();
            pinged.set(t.client, p);
        }
        await p.catch((e) => markFailed(run, t, e));
    }));
}
function finishRun(run) {
    const end = Date.now();
    for (const t of run.targets)
        t.report.ms = end - t.started;
    return { digest: run.root.digest, destinations: run.targets.map((t) => t.report) };
}

;// CONCATENATED MODULE: ./shared/src/distribute/put-manifests.ts
/**
 * Phase 2 of a push: manifests by digest, children before parents, on every
 * healthy destination. Each is skipped when the registry already serves that
 * digest, and after a PUT checked by a HEAD: a registry that stored other
 * bytes (a converted media type) fails that destination before any tag.
 * Either HEAD that finds the digest is recorded on the destination
 * (Target.manifestsThere): the proof, for what names the manifest later
 * (a referrers fallback index), that it is there.
 */


async function putManifests(run, manifests) {
    for (const m of manifests) {
        const here = live(run);
        if (here.length === 0)
            return;
        const bytes = await run.source.readBlob(m);
        await Promise.all(here.map(async (t) => {
            try {
                const before = await t.client.headManifest(t.spec.repository, m.digest);
                if (before?.digest === m.digest) {
                    t.manifestsThere.add(m.digest);
                    run.emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'skipped' });
                    return;
                }
                // Phase 1 checked every blob this manifest names on this destination (or an earlier
                // manifest of this loop did, children first), so "blob unknown" is a passing race.
                await t.client.putManifest(t.spec.repository, m.digest, m.mediaType, bytes, { blobsVerified: true });
                const after = await t.client.headManifest(t.spec.repository, m.digest);
                if (after?.digest !== m.digest) {
                    throw new errors/* PipelineError */.zC('DIGEST_MISMATCH', `${t.name} reports ${after?.digest ?? 'nothing'} for the manifest pushed as ${m.digest}`, {
                        hint: 'The registry changed the manifest; it may not support this media type.',
                    });
                }
                t.manifestsThere.add(m.digest);
                t.report.manifestsPushed++;
                run.emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'pushed' });
            }
            catch (e) {
                markFailed(run, t, e);
            }
        }));
    }
}

// EXTERNAL MODULE: ./shared/src/registry/transport/retry-classify.ts
var retry_classify = __webpack_require__(73938);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var retry_policy = __webpack_require__(85466);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __webpack_require__(1340);
;// CONCATENATED MODULE: ./shared/src/distribute/sessions-ahead.ts
/** How long a session opened ahead is handed out; older ones are let go (the upload POSTs its own). */
const SESSION_FRESH_MS = 30_000;
/** `leadersOf(blob)`: the destinations that will upload the blob (upload-blobs.ts decides, from its HEADs). */
function sessionsAhead(blobs, leadersOf, clock = { now: Date.now, freshMs: SESSION_FRESH_MS }) {
    // Per blob (by digest), in plan order: its leaders once known.
    const planned = new Map();
    // Per destination: the sessions opened and not taken, and the blobs begun (taken, with or without a session).
    const open = new Map();
    // Taken too late to hand out: let go by close().
    const stale = [];
    const begun = new Map();
    let through = -1;
    const of = (m, t, make) => {
        let v = m.get(t);
        if (v === undefined)
            m.set(t, (v = make()));
        return v;
    };
    const openFor = (t, digest) => {
        if (t.report.error !== undefined || t.storedOne !== true)
            return;
        const mine = of(open, t, () => new Map());
        if (mine.has(digest) || begun.get(t)?.has(digest) === true)
            return;
        // Through a resolved promise, so a client that throws instead of rejecting fails the upload's try, not us.
        const s = Promise.resolve().then(() => t.client.openUpload(t.spec.repository));
        // Observed here: a session never taken must not reject unhandled (close() looks at it again).
        s.catch(() => undefined);
        mine.set(digest, { session: s, at: clock.now() });
    };
    const openWhenPlanned = (digest, only) => planned.get(digest).then((leaders) => {
        for (const t of leaders)
            if (only === undefined || t === only)
                openFor(t, digest);
    });
    // Every opening scheduled, so close() waits for them before it cancels.
    const scheduled = [];
    return {
        openThrough(last) {
            while (through < Math.min(last, blobs.length - 1)) {
                const blob = blobs[++through];
                if (planned.has(blob.digest))
                    continue;
                planned.set(blob.digest, leadersOf(blob).catch(() => []));
                scheduled.push(openWhenPlanned(blob.digest));
            }
        },
        proven(t) {
            for (const digest of planned.keys())
                scheduled.push(openWhenPlanned(digest, t));
        },
        async take(t, blob) {
            await planned.get(blob.digest);
            of(begun, t, () => new Set()).add(blob.digest);
            const mine = open.get(t);
            const entry = mine?.get(blob.digest);
            mine?.delete(blob.digest);
            if (entry === undefined)
                return undefined;
            if (clock.now() - entry.at > clock.freshMs) {
                stale.push({ t, session: entry.session });
                return undefined;
            }
            return entry.session;
        },
        async close() {
            await Promise.all(scheduled);
            const left = [...open].flatMap(([t, mine]) => [...mine.values()].map((e) => ({ t, session: e.session })));
            open.clear();
            await Promise.all([...left, ...stale.splice(0)].map(async ({ t, session }) => {
                const s = await session.catch(() => undefined);
                if (s !== undefined)
                    await t.client.cancelSession(s);
            }));
        },
    };
}

// EXTERNAL MODULE: ./shared/src/chunk-pool.ts
var chunk_pool = __webpack_require__(40617);
;// CONCATENATED MODULE: ./shared/src/distribute/tee.ts
/**
 * One read of a blob feeding several uploads: each branch gets every chunk;
 * the source pauses while any live branch is full (so memory stays at a few
 * chunks per branch, whatever the blob size) and a branch that is destroyed
 * (its upload failed) is dropped without stopping the others.
 *
 * When the source lends its chunks (chunk-pool.ts: a layout read into
 * reused buffers), so do the branches: a chunk goes back to the source once
 * every branch it was written to has given it back; a branch whose consumer
 * never gives it back (or that is destroyed first) keeps it from reuse, and
 * the collector takes it instead. The chunks are the source's own buffers,
 * never copied.
 */


function tee(source, count, highWaterMark = 1024 * 1024) {
    const branches = Array.from({ length: count }, () => new external_node_stream_.PassThrough({ highWaterMark }));
    const live = new Set(branches);
    const full = new Set();
    const resumeIfClear = () => {
        if (full.size === 0 && live.size > 0 && source.isPaused())
            source.resume();
    };
    const upstream = (0,chunk_pool/* giveBackOf */.CR)(source);
    // Chunk -> branches still holding it. Weak: a chunk a branch never gives back is collected, not kept here.
    const holders = new WeakMap();
    const giveBack = (chunk) => {
        const n = holders.get(chunk);
        if (n === undefined)
            return;
        if (n > 1)
            holders.set(chunk, n - 1);
        else {
            holders.delete(chunk);
            upstream?.(chunk);
        }
    };
    for (const b of branches) {
        if (upstream !== undefined)
            (0,chunk_pool/* lendChunks */.SN)(b, giveBack);
        b.on('drain', () => {
            full.delete(b);
            resumeIfClear();
        });
        b.on('close', () => {
            if (!live.delete(b))
                return;
            full.delete(b);
            if (live.size === 0)
                source.destroy();
            else
                resumeIfClear();
        });
        // Each branch's consumer sees its own errors; do not crash on unhandled ones.
        b.on('error', () => undefined);
    }
    source.on('data', (chunk) => {
        // Counted before any write: a consumer may give a chunk back within write().
        if (upstream !== undefined)
            holders.set(chunk, live.size);
        for (const b of live)
            if (!b.write(chunk))
                full.add(b);
        if (full.size > 0)
            source.pause();
    });
    source.on('end', () => {
        for (const b of live)
            b.end();
    });
    source.on('error', (e) => {
        for (const b of [...live])
            b.destroy(e);
    });
    return branches;
}

;// CONCATENATED MODULE: ./shared/src/distribute/upload-blobs.ts
/**
 * Phase 1 of a push: every blob onto every healthy destination,
 * `concurrency` blobs sending at a time. For each blob: HEAD each
 * destination; where it is missing, mount it from a repository of the same
 * registry that has it, else upload it, one read of the source feeding every
 * registry that needs it (tee.ts). Each upload is retried on its own with a
 * fresh read; a destination whose blob cannot be placed is marked failed and
 * skipped from then on.
 *
 * A blob's slot frees once its bytes are all handed to the sockets, not when
 * the registries answer: while they store it (a filesystem registry fsyncs
 * it, a cloud one moves it to its blob store) the next blob is already
 * sending, so the commit of a large blob is not dead time. What is left at
 * the end is the commit of the last blobs to end: the smallest when blobs
 * outnumber the slots, the largest when all send at once (plan.ts).
 * Only once every destination the blob goes to has stored one blob of this
 * push (Target.storedOne), and only for a blob no destination mounts: until a registry has answered, it may refuse our
 * mode or our rights after taking the bytes, and the blobs behind must not
 * go the same way (plan.ts sends the smallest blob first, so that answer
 * comes soon). The phase still ends only when every registry has answered
 * for every blob. A retry after the slot freed reads the blob again outside
 * the slot: at most one per blob and destination at a time.
 *
 * Upload sessions are opened ahead (sessions-ahead.ts), for this blob and
 * the next `concurrency + 1`, on the destinations that have stored a blob,
 * so a blob's bytes start without a POST.
 *
 * A destination that refuses a monolithic upload (mode `put`; client.ts,
 * MonolithicRefused) gets that blob again as a streamed PATCH, from a
 * fresh read, and every later blob of the push goes to it as PATCH too.
 *
 * The HEADs run ahead of the uploads (existenceAhead, in the uploads'
 * order, a bounded number at a time), so a blob's upload does not wait a
 * round trip for its HEAD once a slot frees, and a warm push asks about
 * every blob at once instead of `concurrency` at a time.
 */










/**
 * Who uploads and who mounts, per registry: a destination that lacks the
 * blob mounts it from one of the same registry that has it, or from the
 * first of its registry that uploads it (the leader). Pure.
 */
function assignUploads(need, has) {
    const leaders = [];
    const followers = [];
    for (const t of need) {
        const sameRegistry = (o) => o.client === t.client;
        const holder = has.find(sameRegistry) ?? leaders.find(sameRegistry);
        if (holder === undefined)
            leaders.push(t);
        else
            followers.push({ t, from: holder });
    }
    return { leaders, followers };
}
// Through a resolved promise, so a client that throws instead of rejecting still answers (and frees its slot).
const head = (t, blob) => Promise.resolve()
    .then(() => t.client.blobExists(t.spec.repository, blob.digest))
    .then((present) => ({ ok: true, present }), (error) => ({ ok: false, error }));
/**
 * Start the HEAD of every blob on every destination live now, in the order
 * given, at most `width` at a time. A destination that fails meanwhile is
 * not asked again (its queued HEADs answer "absent" without a request; no
 * one reads them). `settled` waits for every answer.
 */
function existenceAhead(run, blobs, width) {
    const answers = new Map();
    const queue = [];
    let active = 0;
    const pump = () => {
        while (active < width && queue.length > 0) {
            active++;
            queue.shift()();
        }
    };
    const targets = live(run);
    for (const t of targets)
        answers.set(t, new Map());
    for (const blob of blobs) {
        for (const t of targets) {
            const answer = new Promise((resolve) => {
                queue.push(() => {
                    const asked = t.report.error === undefined ? head(t, blob) : Promise.resolve({ ok: true, present: false });
                    void asked.then((a) => {
                        active--;
                        resolve(a);
                        pump();
                    });
                });
            });
            answers.get(t)?.set(blob.digest, answer);
        }
    }
    pump();
    return {
        of: (t, blob) => answers.get(t)?.get(blob.digest) ?? head(t, blob),
        settled: () => Promise.all([...answers.values()].flatMap((m) => [...m.values()])),
    };
}
/** Blobs sent and not answered yet, per slot of `concurrency` (uploadBlobs). */
const MAX_UNANSWERED_PER_SLOT = 4;
async function uploadBlobs(run, blobs, opts) {
    const width = Math.max(1, opts.concurrency);
    const existence = existenceAhead(run, blobs, 2 * width);
    const sessions = sessionsAhead(blobs, async (blob) => (await rolesOf(run, blob, existence.of)).leaders);
    // Every blob's push, and those whose registries have not answered yet.
    const storing = [];
    const unanswered = new Set();
    try {
        await (0,limit/* forEachLimited */.v)(blobs, opts.concurrency, async (b, i) => {
            // Bounded: at most MAX_UNANSWERED_PER_SLOT x concurrency blobs wait for their registries' answers; past that
            // a slot waits for one before it starts a blob. With the sending blobs, the sessions and the HEADs ahead, a
            // push then stays under the 64 sockets per registry host of transport/http.ts, and under a registry's own
            // limits on open uploads. The check and the add below run in one go (no await between), so slots woken
            // together by one answer cannot all pass it.
            while (unanswered.size >= MAX_UNANSWERED_PER_SLOT * width)
                await Promise.race(unanswered);
            sessions.openThrough(i + width + 1);
            if (live(run).length === 0)
                return;
            let sent = () => undefined;
            const allSent = new Promise((resolve) => (sent = resolve));
            const done = pushBlob(run, b, existence.of, sessions, opts, sent);
            storing.push(done);
            unanswered.add(done);
            const answered = () => unanswered.delete(done);
            done.then(answered, answered);
            await Promise.race([allSent, done]);
        });
        await Promise.all(storing);
    }
    finally {
        // Nothing outlives the phase: the uploads' answers, the sessions no upload took, HEADs asked ahead (when every destination failed early).
        await Promise.allSettled(storing);
        await sessions.close();
        await existence.settled();
    }
}
/**
 * Each live destination's part in `blob`, from the HEADs' answers: it has the blob, leads its upload, follows (a
 * mount), or could not be asked (`unasked`, with the error). Marks nothing: pushBlob acts on it, and sessions
 * ahead ask the same answers for the leaders only.
 */
async function rolesOf(run, blob, existence) {
    const here = live(run);
    const answers = await Promise.all(here.map((t) => existence(t, blob)));
    const has = [];
    const missing = [];
    const unasked = [];
    here.forEach((t, i) => {
        const a = answers[i];
        if (!a.ok)
            unasked.push({ t, error: a.error });
        else
            (a.present ? has : missing).push(t);
    });
    return { has, unasked, ...assignUploads(missing, has) };
}
/** `fn` once every stream has given all its bytes to its reader, or was dropped (destroyed, failed). */
function onceAllRead(streams, fn) {
    let left = streams.length;
    for (const s of streams)
        (0,external_node_stream_.finished)(s, { writable: false }, () => --left === 0 && fn());
}
async function pushBlob(run, blob, existence, sessions, opts, sent) {
    const { has, unasked, leaders, followers } = await rolesOf(run, blob, existence);
    for (const { t, error } of unasked)
        markFailed(run, t, error);
    for (const t of has) {
        t.report.blobsSkipped++;
        run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'skipped' });
    }
    if (leaders.length > 0) {
        let branches;
        try {
            const stream = quiet(await run.source.openBlob(blob));
            // One destination reads the file directly; several share one read.
            branches = leaders.length === 1 ? [stream] : tee(stream, leaders.length);
            // Not with followers: a destination whose mount is declined uploads the blob after the leaders' answers, and
            // that upload holds the slot as any other.
            onceAllRead(branches, () => {
                if (followers.length === 0 && leaders.every((t) => t.storedOne === true))
                    sent();
            });
        }
        catch (e) {
            for (const t of leaders)
                markFailed(run, t, e);
        }
        await Promise.all(leaders.map((t, i) => uploadTo(run, t, blob, branches?.[i], sessions, opts).catch((e) => {
            branches?.[i]?.destroy();
            markFailed(run, t, e);
        })));
    }
    await Promise.all(followers.map(async ({ t, from }) => {
        try {
            if (from.report.error === undefined && (await t.client.mountBlob(t.spec.repository, blob.digest, from.spec.repository))) {
                t.report.blobsMounted++;
                run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'mounted' });
                return;
            }
            await uploadTo(run, t, blob, undefined, sessions, opts);
        }
        catch (e) {
            markFailed(run, t, e);
        }
    }));
}
/**
 * A blob stream may fail its digest check before its upload takes it (a
 * small blob is read and checked while the upload's POST is out): that error
 * must not go unhandled. The upload still sees it: http.ts refuses a body
 * that is already destroyed, with the body's own error.
 */
function quiet(stream) {
    stream.on('error', () => undefined);
    return stream;
}
async function uploadTo(run, t, blob, first, sessions, opts) {
    const mode = opts.mode.kind === 'put' && t.patchOnly === true ? { kind: 'patch' } : opts.mode;
    try {
        await uploadWith(run, t, blob, first, opts, mode, sessions);
    }
    catch (e) {
        if (!(e instanceof registry_error/* MonolithicRefused */.vo) || mode.kind !== 'put')
            throw e;
        // Not a failure of the blob or the link: this registry takes the same bytes as a PATCH. A fresh read, the shared one is spent.
        t.patchOnly = true;
        run.emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest} as a streamed PATCH`, attempt: 1, waitMs: 0, message: e.message });
        await uploadWith(run, t, blob, undefined, opts, { kind: 'patch' });
    }
    if (t.storedOne !== true) {
        t.storedOne = true;
        sessions.proven(t);
    }
    t.report.bytesSent += blob.size;
    t.report.blobsUploaded++;
    run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'uploaded' });
}
async function uploadWith(run, t, blob, first, opts, mode, sessions) {
    let shared = first;
    // The session opened ahead serves the first try only; a retry opens its own (the registry may have dropped it).
    let firstTry = true;
    // The budget counts time spent uploading too, so a large blob gets its transfer time on top.
    const policy = opts.retry ?? retry_policy/* REGISTRY_RETRY */.dv;
    const upload = (0,retry_classify/* registryClassify */.Qz)({ restartable: true });
    // Opening the source again is not this loop's to retry: a registry source
    // retries its own requests (no nested retries), and a layout's missing file
    // does not come back.
    let reopenFailure;
    await (0,retry/* withRetry */.b)(async () => {
        // The first try reads from the shared stream; a retry reads the blob again on its own.
        const body = shared ??
            quiet(await run.source.openBlob(blob).catch((e) => {
                reopenFailure = e;
                throw e;
            }));
        shared = undefined;
        try {
            // A session opened ahead whose POST failed fails this try as its own POST would (a 429 is waited out).
            const session = firstTry ? await sessions?.take(t, blob) : undefined;
            firstTry = false;
            await t.client.uploadBlob(t.spec.repository, blob, body, mode, session);
        }
        catch (e) {
            body.destroy();
            throw e;
        }
    }, {
        // A lost upload session (BLOB_UPLOAD_UNKNOWN) is healed here by uploading the blob again.
        classify: (e) => (e === reopenFailure ? { retry: false, why: 'reading the image failed' } : upload(e)),
        policy: { ...policy, budgetMs: policy.budgetMs + t.client.transferAllowanceMs(blob.size) },
        onRetry: (r) => run.emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest}`, attempt: r.attempt, waitMs: r.waitMs, message: (0,errors/* messageOf */.bD)(r.error) }),
    });
}

;// CONCATENATED MODULE: ./shared/src/distribute/referrers-push.ts
/**
 * Pushing OCI 1.1 referrers: attach artifacts (signature bundles, SBOM and
 * provenance statements) to an image without touching it, and carry them from
 * one repository to another (a multi-platform merge keeps each platform's).
 * The image's manifest, digest and tags are never written here: only the
 * artifacts' blobs and manifests, and on registries without the referrers API
 * the fallback tag `sha256-<hex>` (registry/client/referrers-fallback.ts).
 * Blobs and manifests go through the push machinery of this folder
 * (upload-blobs.ts, put-manifests.ts), so they are skipped when present,
 * retried, and checked by a HEAD after the PUT. Reading referrers is the
 * registry client's (registry/client/referrers.ts), below this layer.
 */
















/** Artifact manifests (with their blobs) pushed at once for one subject: small documents, so round trips dominate. */
const ARTIFACTS_AT_ONCE = 4;
const named = (client, repo, digest) => `${client.registry}/${repo}@${digest}`;
/** The subject must be in the repository already: an artifact of an image that is not there is a wiring mistake. */
async function requireSubject(client, repo, subject) {
    const there = await client.headManifest(repo, subject.digest);
    if (there === undefined) {
        throw new errors/* PipelineError */.zC('NOT_FOUND', `cannot attach to ${named(client, repo, subject.digest)}: the registry does not have that image`, {
            hint: 'Push the image first, then attach to the digest the push reported.',
        });
    }
}
/** A registry that will not store an artifact manifest: say so in its terms, and that the image is as it was. */
function explainRefusal(e, client, repo, subject, artifactType) {
    if (!(e instanceof registry_error/* RegistryError */.gl))
        return e;
    const status = e.failure.status;
    const codes = e.failure.codes ?? [];
    const refused = status === 415 || (status === 400 && (codes.includes('MANIFEST_INVALID') || codes.includes('UNSUPPORTED') || codes.length === 0));
    if (!refused)
        return e;
    const type = artifactType !== undefined ? `the ${(0,preview/* preview */.VH)(artifactType, { max: 80, redact: false })} artifact manifest` : 'an artifact manifest';
    return new errors/* PipelineError */.zC('REGISTRY', `${client.registry} refused ${type} for ${repo}@${subject} (HTTP ${status}${codes.length > 0 ? ` ${codes.join(', ')}` : ''}): it does not store OCI 1.1 artifact manifests (artifactType, empty config, subject)`, {
        hint: `The image and its tags on ${client.registry} are unchanged. Attach to a registry that accepts OCI image-spec 1.1 artifacts (distribution 2.8 or later, Harbor 2.8+, zot, ghcr.io, ECR, ...), or leave attachments off for this destination.`,
        cause: e,
    });
}
/** Push one manifest and the blobs it names to `to`, from `source`, with the distribute machinery (no tags). */
async function pushManifest(to, source, manifest, blobs, opts, explain) {
    const run = startRun({
        source,
        root: manifest,
        destinations: [{ registry: to.client.registry, repository: to.repo, tags: [] }],
        clients: () => to.client,
        ...(opts.onProgress !== undefined ? { onProgress: opts.onProgress } : {}),
    });
    const target = run.targets[0];
    const plan = orderForPush([...blobs, { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size }]);
    await uploadBlobs(run, plan.blobs, { concurrency: 4, mode: upload_mode/* DEFAULT_UPLOAD_MODE */.O });
    if (target?.report.error !== undefined)
        throw target.report.error;
    await putManifests(run, plan.manifests);
    if (target?.report.error !== undefined)
        throw explain(target.report.error);
}
/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`) up to the point where they are listed: each becomes an artifact
 * manifest (buildArtifact) pushed by digest, then listed through the
 * referrers API or, where the registry has none, in the fallback index,
 * written once for all of them. The fallback's confirmation is returned, not
 * awaited, so a caller can run it beside other work (distribute's tags).
 */
async function pushReferrers(client, repo, subject, artifacts, opts = {}) {
    const subj = (0,artifact/* subjectDescriptor */.Ay)(subject);
    const built = artifacts.map((a) => (0,artifact/* buildArtifact */.LR)(subj, a));
    /**
     * The subject pushed (awaited when it is still under way) and there: its push's own HEAD says so when it found or
     * checked the manifest (one round trip fewer before the artifacts or the index); else a HEAD asks.
     */
    const subjectThere = async () => {
        if ((await opts.subjectPushed) !== 'confirmed')
            await requireSubject(client, repo, subj);
    };
    if (opts.subjectPushed === undefined)
        await subjectThere();
    const support = await (0,referrers_api/* referrersSupport */.Me)(client, repo, subj.digest);
    // A registry MUST accept a referrer before its subject (distribution-spec, Pushing Manifests), so on the fallback
    // the artifacts overlap the subject's push: the index (a tag) is written only once both are in place, and its settle
    // starts that much sooner. With the API a referrer is listed as soon as it lands: after its subject, as before.
    const overlap = opts.subjectPushed !== undefined && !support.api;
    if (opts.subjectPushed !== undefined && !overlap)
        await subjectThere();
    // The artifacts are independent of each other (only the index below lists them all): pushed a few at once,
    // after the first, whose push puts the blob they share (the empty config) in place: two uploads of one blob
    // at once make distribution answer a manifest PUT naming it with MANIFEST_BLOB_UNKNOWN now and then (a retry).
    const push = async (b, i) => {
        const type = artifacts[i]?.artifactType;
        const source = new MemorySource(`the ${type} artifact for ${subj.digest}`, b.descriptor, [...b.blobs, { descriptor: b.descriptor, bytes: b.bytes }]);
        await pushManifest({ client, repo }, source, b.descriptor, b.blobs.map((x) => x.descriptor), opts, (e) => explainRefusal(e, client, repo, subj.digest, type));
    };
    if (built[0] !== undefined)
        await push(built[0], 0);
    await (0,limit/* forEachLimited */.v)(built.slice(1), ARTIFACTS_AT_ONCE, (b, i) => push(b, i + 1));
    const referrers = built.map((b) => b.descriptor);
    if (overlap)
        await subjectThere();
    // The probe above may have run before the subject existed, and a registry with the API may answer that as an
    // unknown manifest: asked again now that the subject is there, before a fallback tag is written on a registry
    // that would list the artifacts itself.
    const final = overlap ? await (0,referrers_api/* referrersSupport */.Me)(client, repo, subj.digest, { fresh: true }) : support;
    const via = final.api ? 'api' : 'fallback';
    if (final.api || referrers.length === 0)
        return { via, referrers, confirm: () => Promise.resolve() };
    const written = await (0,referrers_fallback/* writeFallback */.eV)(client, repo, subj.digest, referrers, opts.fallback);
    return { via, referrers, confirm: async () => void (await written.confirm()) };
}
/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`): pushReferrers, then the fallback index's confirmation. Resolves
 * once every artifact is pushed and listed, and the listing confirmed.
 */
async function attachReferrers(client, repo, subject, artifacts, opts = {}) {
    const { confirm, ...pushed } = await pushReferrers(client, repo, subject, artifacts, opts);
    await confirm();
    return pushed;
}
/** attachReferrers for one artifact: its manifest's descriptor. */
async function attachReferrer(client, repo, subject, artifact, opts = {}) {
    const r = await attachReferrers(client, repo, subject, [artifact], opts);
    return r.referrers[0];
}
/**
 * Copy the referrers of `subject` from one repository to another, byte for
 * byte (same manifests, same digests, so signatures over them still hold),
 * and list them in the target. The subject must already be in the target.
 */
async function copyReferrers(from, to, subject, opts = {}) {
    const subj = subjectDescriptor(subject);
    const listed = await listReferrers(from.client, from.repo, subj, opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
    const support = await referrersSupport(to.client, to.repo, subj.digest);
    const via = support.api ? 'api' : 'fallback';
    if (listed.referrers.length === 0)
        return { via, copied: [], skipped: listed.skipped };
    await requireSubject(to.client, to.repo, subj);
    const source = new RegistrySource({ registry: from.client.registry, repository: from.repo }, from.client);
    for (const r of listed.referrers) {
        const m = await readManifest(source, r);
        await pushManifest(to, source, r, [m.config, ...m.layers], opts, (e) => explainRefusal(e, to.client, to.repo, subj.digest, r.artifactType));
    }
    if (!support.api)
        await addToFallback(to.client, to.repo, subj.digest, listed.referrers, opts.fallback);
    return { via, copied: listed.referrers, skipped: listed.skipped };
}
/**
 * When per-platform images are merged into one index (distribute/image-set.ts),
 * carry each platform manifest's referrers from where that image was pushed
 * to the repository of the merged index. The platform manifests keep their
 * digests inside the index, so their referrers stay valid unchanged.
 */
async function carryPlatformReferrers(platforms, to, opts = {}) {
    const out = [];
    for (const p of platforms)
        out.push({ manifest: p.manifest, ...(await copyReferrers(p.from, to, p.manifest, opts)) });
    return out;
}

;// CONCATENATED MODULE: ./shared/src/distribute/attach.ts
/**
 * Phase 2b of a push (distribute.ts), between the manifests put by digest
 * and the tags: attach the planned statements (attachments.ts) to each
 * healthy destination as OCI 1.1 referrers (referrers-push.ts),
 * and, when signing, the image's own signature. A destination where
 * signing or attaching fails is marked failed, so its tags are not moved:
 * the registry holds new content by digest only, and a re-run completes it.
 *
 * On a registry without the referrers API, attaching ends with the fallback
 * index written (it lists every referrer of this run), and its confirmation
 * (settle, re-read, repair after a concurrent writer's lost update:
 * registry/client/referrers-fallback.ts) is returned as `confirmed`, to run
 * while the tags move. It fails its destination (and so the step) when it
 * finally fails, saying whether the tags had moved; a re-run adds back what
 * is missing.
 *
 * Signed: each statement is a sigstore bundle v0.3 (DSSE) referrer
 * (artifactType application/vnd.dev.sigstore.bundle.v0.3+json, annotation
 * dev.sigstore.bundle.predicateType, as cosign v3 writes). Unsigned: the
 * statement itself, artifactType application/vnd.in-toto+json.
 *
 * Re-runs: ECDSA signatures differ on every run, so a re-signed statement
 * would be a new referrer each time. Every referrer we write carries the
 * statement's digest and the signer (STATEMENT_ANNOTATION,
 * SIGNER_ANNOTATION); a statement already attached to that subject by the
 * same signer (the same key, or keyless) is left as it is, and nothing is
 * signed for it. Referrers pile up only when the key changes, or when runs
 * race (each adds its own; both lists are kept, by design of the fallback).
 */







const STATEMENT_ANNOTATION = 'dev.image-pipeline.statement.digest';
const SIGNER_ANNOTATION = 'dev.image-pipeline.signer';
const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content';
/** What in-toto referrers are labelled with by docker buildx and oras: lets a reader filter unsigned statements by type. */
const IN_TOTO_PREDICATE_ANNOTATION = 'in-toto.io/predicate-type';
const signerId = (s) => (s === undefined ? 'none' : s.kind === 'key' ? `key:${s.keyHint ?? ''}` : 'keyless');
/** The statements to attach: the files', then (signing) the image's signature over the pushed root. */
function withImageSignature(run, opts) {
    const all = [...opts.attachments];
    if (opts.signer !== undefined) {
        const s = (0,in_toto/* imageSignatureStatement */.l6)(run.root.digest);
        all.push({ kind: 'signature', subject: run.root, statement: s, bytes: (0,in_toto/* serializeStatement */.US)(s), predicateType: s.predicateType });
    }
    return all;
}
/** The referrer for one statement: its bundle when signed, else the statement. Bytes fixed by the statement, the signer and the bundle. */
function artifactOf(a, signer, signed) {
    const annotations = {
        [STATEMENT_ANNOTATION]: (0,digest/* digestBytes */.QN)(a.bytes),
        [SIGNER_ANNOTATION]: signer,
        [IN_TOTO_PREDICATE_ANNOTATION]: a.predicateType,
    };
    if (signed === undefined) {
        return { artifactType: types/* IN_TOTO_PAYLOAD_TYPE */.T4, blobs: [{ mediaType: types/* IN_TOTO_PAYLOAD_TYPE */.T4, bytes: a.bytes }], annotations };
    }
    return {
        artifactType: types/* BUNDLE_V03_MEDIA_TYPE */.HM,
        blobs: [{ mediaType: types/* BUNDLE_V03_MEDIA_TYPE */.HM, bytes: Buffer.from(signed.json, 'utf8') }],
        annotations: { ...annotations, [PREDICATE_ANNOTATION]: a.predicateType, [BUNDLE_CONTENT_ANNOTATION]: 'dsse-envelope' },
    };
}
const keyOf = (statementDigest, signer) => `${statementDigest} ${signer}`;
/** The (statement, signer) pairs already attached to each subject on this destination, by referrer digest. */
async function existing(t, subjects) {
    const out = new Map();
    for (const s of subjects) {
        const listed = await (0,referrers/* listReferrers */.x)(t.client, t.spec.repository, s);
        const found = new Map();
        for (const r of listed.referrers) {
            const st = r.annotations?.[STATEMENT_ANNOTATION];
            const by = r.annotations?.[SIGNER_ANNOTATION];
            if (st !== undefined && by !== undefined)
                found.set(keyOf(st, by), r.digest);
        }
        out.set(s.digest, found);
    }
    return out;
}
/** A confirmation that failed, in terms of the destination's tags: moved already or not. */
function unconfirmed(t, root, e) {
    const tags = t.report.tagged === true
        ? "The image's tags were moved while the referrers index listed this run's referrers; another writer removed them since."
        : "The image's tags were not moved.";
    const hint = `${tags} Run again when the other job is done: a re-run adds back what is missing.`;
    if (e instanceof errors/* PipelineError */.zC)
        return new errors/* PipelineError */.zC(e.code, `confirming the referrers of ${t.name}@${root} failed: ${e.reason}`, { hint, cause: e });
    return new errors/* PipelineError */.zC('REGISTRY', `confirming the referrers of ${t.name}@${root} failed: ${(0,errors/* messageOf */.bD)(e)}`, { hint, cause: e });
}
/**
 * Attach every statement to every healthy destination; returns what each
 * destination holds once every referrer is listed, and the confirmation of
 * the fallback indexes, still running. Signing happens once per statement
 * that some destination lacks, and before anything of it is written.
 */
async function attachStatements(run, given) {
    const imageDone = given.imagePushed ?? Promise.resolve();
    /** Mark `t` failed once the image's push is over (its own failure, if any, comes first). */
    const fail = async (t, e) => {
        await imageDone;
        markFailed(run, t, e);
    };
    // The signer may still be loading (distribute-image loads it beside the push): a load that fails fails every
    // destination the way a signing failure does, in the report's shape, never as a bare rejection after the push.
    let loaded;
    try {
        loaded = await given.signer;
    }
    catch (e) {
        const err = (0,errors/* isPipelineError */.h$)(e) ? e : new errors/* PipelineError */.zC('SIGNATURE', `the signer could not be loaded: ${(0,errors/* messageOf */.bD)(e)}`, { cause: e });
        await Promise.all(live(run).map((t) => fail(t, err)));
        return { reports: [], confirmed: Promise.resolve() };
    }
    const opts = { ...given, signer: loaded };
    const planned = withImageSignature(run, opts);
    const here = live(run);
    if (planned.length === 0 || here.length === 0)
        return { reports: [], confirmed: Promise.resolve() };
    const signer = signerId(opts.signer);
    const subjects = [...new Map(planned.map((a) => [a.subject.digest, a.subject])).values()];
    /**
     * The image's push over on `t`: rejects with its error when it failed there (handled: awaited later, maybe never);
     * `confirmed` when it put or found `subject` there (checked by its HEAD), `unchecked` when it ended before that
     * manifest without failing `t` (an error of the source), so a HEAD asks before an index names it.
     */
    const pushedTo = (t, subject) => {
        const p = imageDone.then(() => {
            if (t.report.error !== undefined)
                throw t.report.error;
            return t.manifestsThere.has(subject.digest) ? 'confirmed' : 'unchecked';
        });
        p.catch(() => undefined);
        return p;
    };
    // 1. What each destination has already (a re-run, or another destination of an earlier run).
    const have = new Map();
    await Promise.all(here.map(async (t) => {
        try {
            have.set(t, await existing(t, subjects));
        }
        catch (e) {
            await fail(t, e);
        }
    }));
    const missing = (t, a) => !have
        .get(t)
        ?.get(a.subject.digest)
        ?.has(keyOf((0,digest/* digestBytes */.QN)(a.bytes), signer));
    // 2. Sign what some destination lacks, once; a signing failure fails every destination that needed it.
    const signed = new Map();
    if (opts.signer !== undefined) {
        for (const a of planned) {
            const needing = live(run).filter((t) => missing(t, a));
            if (needing.length === 0)
                continue;
            try {
                signed.set(a, await opts.signer.sign(a.statement));
            }
            catch (e) {
                const why = a.file === undefined ? 'the image signature' : `the statement of ${a.file}`;
                const err = e instanceof errors/* PipelineError */.zC
                    ? new errors/* PipelineError */.zC(e.code, `signing ${why} failed: ${e.reason}`, {
                        ...(e.hint !== undefined ? { hint: `${e.hint} The image's tags were not moved.` } : {}),
                        cause: e,
                    })
                    : new errors/* PipelineError */.zC('SIGNATURE', `signing ${why} failed: ${(0,errors/* messageOf */.bD)(e)}`, { cause: e });
                await Promise.all(needing.map((t) => fail(t, err)));
            }
        }
    }
    // 3. Attach per destination and subject: one fallback index write per subject.
    const reports = [];
    const confirmations = [];
    await Promise.all(live(run).map(async (t) => {
        const mine = [];
        const confirms = [];
        try {
            for (const subject of subjects) {
                const forSubject = planned.filter((a) => a.subject.digest === subject.digest);
                const toAttach = [];
                for (const a of forSubject) {
                    const present = have
                        .get(t)
                        ?.get(subject.digest)
                        ?.get(keyOf((0,digest/* digestBytes */.QN)(a.bytes), signer));
                    if (present !== undefined)
                        mine.push(report(t, a, present, opts.signer !== undefined, 'present'));
                    else
                        toAttach.push(a);
                }
                if (toAttach.length === 0)
                    continue;
                const specs = toAttach.map((a) => artifactOf(a, signer, signed.get(a)));
                const r = await pushReferrers(t.client, t.spec.repository, subject, specs, {
                    onProgress: run.emit,
                    ...(opts.fallback !== undefined ? { fallback: opts.fallback } : {}),
                    ...(opts.imagePushed !== undefined ? { subjectPushed: pushedTo(t, subject) } : {}),
                });
                confirms.push(r.confirm);
                r.referrers.forEach((d, i) => {
                    const a = toAttach[i];
                    const bundle = signed.get(a)?.json;
                    mine.push({ ...report(t, a, d.digest, opts.signer !== undefined, 'attached'), ...(bundle !== undefined ? { bundle } : {}) });
                });
            }
            reports.push(...mine);
        }
        catch (e) {
            await fail(t, e);
            return;
        }
        // Started now, each to its end (allSettled: none left running unobserved), handled at once: a failure marks the destination.
        confirmations.push(Promise.allSettled(confirms.map((c) => c())).then((done) => {
            const failed = done.find((d) => d.status === 'rejected');
            if (failed !== undefined)
                markFailed(run, t, unconfirmed(t, run.root.digest, failed.reason));
        }));
    }));
    return { reports, confirmed: Promise.all(confirmations).then(() => undefined) };
}
function report(t, a, digest, signed, outcome) {
    return {
        digest,
        subject: a.subject.digest,
        artifactType: signed ? types/* BUNDLE_V03_MEDIA_TYPE */.HM : types/* IN_TOTO_PAYLOAD_TYPE */.T4,
        predicateType: a.predicateType,
        signed,
        destination: t.name,
        ...(a.file !== undefined ? { file: a.file } : {}),
        outcome,
    };
}

// EXTERNAL MODULE: ./shared/src/distribute/attachments.ts
var distribute_attachments = __webpack_require__(90441);
;// CONCATENATED MODULE: ./shared/src/distribute/move-tags.ts
/**
 * Phase 3 of a push, run only once phases 1 and 2 are over: point each tag
 * at the root manifest, on the destinations that had no failure (a failed
 * destination keeps its old tags). A tag already there is left alone; a
 * moved one is checked by a HEAD, since another push may race us.
 */


async function moveTags(run) {
    const { root } = run;
    const here = live(run);
    const rootBytes = here.length > 0 ? await run.source.readBlob(root) : Buffer.alloc(0);
    await Promise.all(here.map(async (t) => {
        try {
            t.report.refs.push(`${t.name}@${root.digest}`);
            for (const tag of t.spec.tags) {
                // The destination may fail while its tags move (its referrers index's confirmation runs beside them,
                // attach.ts): no further tag then, so what its error says about the tags stays true.
                if (t.report.error !== undefined)
                    return;
                const current = await t.client.headManifest(t.spec.repository, tag);
                if (current?.digest === root.digest) {
                    run.emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'unchanged' });
                }
                else {
                    await t.client.putManifest(t.spec.repository, tag, root.mediaType, rootBytes);
                    const after = await t.client.headManifest(t.spec.repository, tag);
                    if (after?.digest !== root.digest) {
                        throw new errors/* PipelineError */.zC('DIGEST_MISMATCH', `${t.name}:${tag} points at ${after?.digest ?? 'nothing'} after the push, expected ${root.digest}`, {
                            hint: 'Another push may have moved the tag at the same time.',
                        });
                    }
                    run.emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'moved' });
                }
                t.report.refs.push(`${t.name}:${tag}`);
                t.report.tagged = true;
            }
        }
        catch (e) {
            markFailed(run, t, e);
        }
    }));
}

;// CONCATENATED MODULE: ./shared/src/distribute/distribute.ts
/**
 * Push one image (a manifest or an index, from any ImageSource) to several
 * repositories at once, exactly as it is, in three phases, each its own
 * module over the shared run state (push-run.ts):
 *
 * 1. upload-blobs.ts: blobs (the smallest, then largest first, `concurrency` sending at a time): HEAD
 *    each destination; where a blob is missing, mount it from a repository
 *    of the same registry that has it, else upload it \u2014 one read of the
 *    source feeding every registry that needs it (tee.ts); each upload
 *    retried on its own;
 * 2. put-manifests.ts: manifests, children before parents (plan.ts), PUT by
 *    digest with their media type and checked with a HEAD;
 * 3. attach.ts (when there is something to attach or sign): statements and
 *    signatures as OCI 1.1 referrers of the image's manifests, planned
 *    (attachments.ts) before the first byte is sent, so a bad `attach` file
 *    leaves every registry as it was; run beside 1 and 2 (they need only the
 *    root's digest): on a registry without the referrers API the artifacts
 *    go up meanwhile and the fallback index waits for the image's manifests,
 *    with the API everything of 3 waits for them; a manifest that 2 put or
 *    found (checked by its HEAD) is not asked for again before its index;
 * 4. move-tags.ts: only once every destination is done with 1 to 3: tags,
 *    on the destinations that had no failure. A destination that failed
 *    (an upload, a manifest, a signature or a referrer) keeps its old tags.
 *    "Done with 3" means every referrer is pushed and listed (on a registry
 *    without the referrers API: the fallback index written, listing them);
 *    the index's confirmation (a settle of >= 500 ms, a re-read, a repair
 *    after a concurrent writer's lost update) runs while the tags move, and
 *    the push reports only after it: if it finally fails, its destination
 *    fails, tags moved or not (attach.ts says which), and a re-run repairs.
 */









async function distribute(opts) {
    const plan = await planPush(opts.source, opts.root);
    const attachments = (0,distribute_attachments/* planAttachments */.Qt)(opts.attach?.files ?? [], opts.root, plan.manifests);
    const run = startRun(opts);
    await pingRegistries(run);
    // The image (1, 2) and its attachments (3) go up at once: the artifacts need only the root's digest, and on a
    // registry without the referrers API the fallback index, written once both are in place, starts its settle that
    // much sooner (attach.ts, referrers-push.ts). Nothing is tagged before both are done.
    const image = (async () => {
        await uploadBlobs(run, plan.blobs, {
            concurrency: opts.concurrency ?? 6,
            mode: opts.uploadMode ?? upload_mode/* DEFAULT_UPLOAD_MODE */.O,
            ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
        });
        await putManifests(run, plan.manifests);
    })();
    const imageDone = image.then(() => undefined, () => undefined);
    const attaching = opts.attach === undefined
        ? undefined
        : attachStatements(run, {
            attachments,
            ...(opts.attach.signer !== undefined ? { signer: opts.attach.signer } : {}),
            ...(opts.attach.fallback !== undefined ? { fallback: opts.attach.fallback } : {}),
            imagePushed: imageDone,
        });
    // Both to their end before anything else (an error of one never leaves the other running unobserved).
    const [pushed, attachedOr] = await Promise.allSettled([image, attaching]);
    if (pushed.status === 'rejected') {
        if (attachedOr.status === 'fulfilled')
            await attachedOr.value?.confirmed;
        throw pushed.reason;
    }
    if (attachedOr.status === 'rejected')
        throw attachedOr.reason;
    const attached = attachedOr.value;
    try {
        await moveTags(run);
    }
    finally {
        // The fallback indexes' confirmation ran beside the tags; it marks its destination failed if it failed. Awaited
        // even when moving the tags threw, so it never outlives the step (review finding).
        await attached?.confirmed;
    }
    return attached === undefined ? finishRun(run) : { ...finishRun(run), attestations: attached.reports };
}
/** Throw when any destination failed: its own error when one did, a summary when several did. */
function assertDistributed(result) {
    const bad = result.destinations.filter((d) => d.error !== undefined);
    if (bad.length === 0)
        return;
    const first = bad[0]?.error;
    if (bad.length === 1)
        throw first;
    const lines = bad.map((d) => `${d.destination}: ${(0,errors/* messageOf */.bD)(d.error)}`).join('\n');
    // A failed destination can be tagged: its referrers index lost entries after the tags moved, or a later tag failed.
    const tagged = bad.filter((d) => d.tagged === true).map((d) => d.destination);
    const tags = tagged.length === 0
        ? 'their tags were not moved'
        : `tags of ${tagged.join(', ')} point at the image${tagged.length < bad.length ? ", the others' tags were not moved" : ''}`;
    throw new errors/* PipelineError */.zC(first.code, `${bad.length} of ${result.destinations.length} destinations failed (${tags}):\n${lines}`, first.hint !== undefined ? { hint: first.hint } : {});
}


/***/ }),

/***/ 75108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ registryOpener)
});

// UNUSED EXPORTS: RegistrySource

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(99259);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(85512);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var body = __webpack_require__(16761);
// EXTERNAL MODULE: ./shared/src/retry/backoff.ts
var backoff = __webpack_require__(98874);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var retry_policy = __webpack_require__(85466);
// EXTERNAL MODULE: ./shared/src/retry/sleep.ts
var retry_sleep = __webpack_require__(30381);
// EXTERNAL MODULE: ./shared/src/registry/transport/retry-classify.ts
var retry_classify = __webpack_require__(73938);
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
        if ((0,retry_classify/* classify */.L8)(e).kind !== 'retry')
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

// EXTERNAL MODULE: ./shared/src/registry/client/connect.ts + 3 modules
var connect = __webpack_require__(99296);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var registry_reference = __webpack_require__(5698);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(64918);
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
        return new RegistrySource(ref, (0,connect.clientFactory)(opts)(ref.registry));
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
            if (!(0,media_types/* isManifestMediaType */.CM)(m.mediaType) && !(0,media_types/* isIndexMediaType */.$$)(m.mediaType)) {
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `${this.name} is a ${m.mediaType || 'manifest without media type'}, not an OCI or Docker v2 image`);
            }
            this.manifests.set(m.digest, m.bytes);
            const root = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
            if (this.ref.tag !== undefined)
                root.annotations = { [types/* Annotation */.Y.RefName]: this.ref.tag };
            this.root = root;
        }
        return [this.root];
    }
    async openBlob(desc) {
        if ((0,media_types/* isManifestMediaType */.CM)(desc.mediaType) || (0,media_types/* isIndexMediaType */.$$)(desc.mediaType)) {
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
        const verify = new digest/* VerifyingStream */.SC(desc, `blob ${desc.digest} of ${this.name}`);
        // A reader that hangs up on the verified stream ends the download too (pipe only unpiped, leaving it open, paused).
        return (0,pipe_through/* pipeThrough */.W)(body, verify);
    }
    async readBlob(desc) {
        if (desc.size > source/* MAX_JSON_BLOB */.O) {
            throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} of ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        let bytes = this.manifests.get(desc.digest);
        if (bytes === undefined) {
            if ((0,media_types/* isManifestMediaType */.CM)(desc.mediaType) || (0,media_types/* isIndexMediaType */.$$)(desc.mediaType)) {
                bytes = (await this.client.getManifest(this.ref.repository, desc.digest)).bytes;
                this.manifests.set(desc.digest, bytes);
            }
            else {
                // The descriptor's size is the cap: a registry that sends more is refused as soon as it does.
                const overflow = (max) => new errors/* PipelineError */.zC('SIZE_MISMATCH', `blob ${desc.digest} of ${this.name} is larger than its descriptor says (${max} bytes)`, {
                    hint: 'The registry returned other content than the digest asks for.',
                });
                bytes = (await (0,body/* readBounded */.CB)(await this.client.openBlob(this.ref.repository, desc), desc.size, 'fail', overflow)).bytes;
            }
        }
        (0,digest/* verifyBytes */.RV)(bytes, desc, `blob ${desc.digest} of ${this.name}`);
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


/***/ }),

/***/ 50725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ distributeSummary)
/* harmony export */ });
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71220);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/**
 * The job summary of a push (pure): one row per destination with its
 * digest, bytes sent, blobs skipped/mounted/uploaded, time, and the error
 * for a destination that failed; then one row per attachment (referrer)
 * per destination: the file, its predicate type, the manifest it refers to,
 * signed or not, and whether this run attached it or found it there.
 */


const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const short = (d) => `\`${d.slice(0, 19)}\u2026\``;
function attachmentRows(result, attestations) {
    if (attestations.length === 0)
        return [];
    const rows = attestations.map((a) => {
        const what = a.file === undefined ? 'image signature' : `\`${cell(a.file)}\``;
        const on = a.subject === result.digest ? 'image' : short(a.subject);
        return `| ${what} | \`${cell(a.predicateType)}\` | \`${a.destination}\` | ${on} | ${a.signed ? 'signed' : 'unsigned'} | ${short(a.digest)} | ${a.outcome === 'attached' ? 'attached' : 'already there'} |`;
    });
    return [
        '',
        '| attachment | predicate type | destination | refers to | signature | referrer | result |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ];
}
function distributeSummary(result) {
    const rows = result.destinations.map((d) => {
        const status = d.error === undefined ? 'pushed' : `failed: ${cell((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(d.error))}`;
        const tags = d.refs.filter((r) => !r.includes('@')).map((r) => r.slice(d.destination.length + 1));
        return `| \`${d.destination}\` | ${tags.map((t) => `\`${t}\``).join(' ') || '\u2014'} | \`${d.digest.slice(0, 19)}\u2026\` | ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(d.bytesSent)} | ${d.blobsUploaded} / ${d.blobsSkipped} / ${d.blobsMounted} | ${(d.ms / 1000).toFixed(1)} s | ${status} |`;
    });
    return [
        '### distribute-image',
        '',
        `Image \`${result.digest}\``,
        '',
        '| destination | tags | digest | bytes sent | blobs uploaded / skipped / mounted | time | result |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ...attachmentRows(result, result.attestations ?? []),
        '',
    ].join('\n');
}


/***/ })

};
