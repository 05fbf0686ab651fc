export const id = 4332;
export const ids = [4332];
export const modules = {

/***/ 76577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hQ: () => (/* binding */ chooseStorage),
/* harmony export */   kW: () => (/* binding */ chooseDriver)
/* harmony export */ });
/* unused harmony exports storageLocation, decideDriver */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33904);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92402);
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
    const base = env.IMAGE_PIPELINE_STORAGE ?? node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'image-pipeline-storage');
    return { root: node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, tool, 'root'), runroot: node_path__WEBPACK_IMPORTED_MODULE_2__.join(base, tool, 'run') };
}
/** Pure: the driver from an override, or from what an existing store already uses. */
function decideDriver(env, existing, overlayMounts) {
    const override = env.STORAGE_DRIVER;
    if (override === 'vfs' || override === 'overlay')
        return { driver: override, reason: `STORAGE_DRIVER=${override}` };
    if (override !== undefined && override !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('INPUT', `STORAGE_DRIVER is '${override}'; only 'overlay' and 'vfs' are supported`, {
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
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(scratch, 'overlay-probe-'));
    const [lower, upper, work, merged] = ['l', 'u', 'w', 'm'].map((d) => node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, d));
    try {
        await Promise.all([lower, upper, work, merged].map((d) => node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(d)));
        const res = await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${upper},workdir=${work}`, merged], {
            maxBuffer: 16 * 1024,
        }).catch(() => undefined);
        if (res === undefined || res.code !== 0)
            return false;
        await (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)('umount', [merged]).catch(() => undefined);
        return true;
    }
    finally {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(dir, { recursive: true, force: true }).catch(() => undefined);
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
    const existing = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(root).catch(() => []);
    const decided = decideDriver(env, existing, undefined) ?? decideDriver(env, existing, await overlayWorks(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(root)));
    return decided;
}
async function chooseStorage(env, tool) {
    const loc = storageLocation(env, tool);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(loc.root, { recursive: true });
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(loc.runroot, { recursive: true });
    const { driver, reason } = await chooseDriver(env, loc.root);
    return { storage: { ...loc, driver }, reason };
}


/***/ }),

/***/ 4332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CST_RULES: () => (/* reexport */ cst_rules/* CST_RULES */.T),
  checkImage: () => (/* binding */ checkImage),
  imageRef: () => (/* binding */ imageRef)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/layers/image-path.ts
var image_path = __webpack_require__(59455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(88301);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/src/chunk-pool.ts
var chunk_pool = __webpack_require__(40617);
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

// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
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
const memberName = (name) => name.length <= MAX_SHOWN_NAME ? `'${(0,preview/* printable */.g$)(name)}'` : `'${(0,preview/* printable */.g$)(name.slice(0, MAX_SHOWN_NAME))}\u2026' (${name.length} characters)`;
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
            throw this.error(`the PAX header before the member at byte ${at} has a ${field} record that is not a size in range (${JSON.stringify((0,preview/* printable */.g$)(value.slice(0, 40)))})`);
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
    const compression = (0,media_types/* layerCompression */.AH)(desc.mediaType);
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
    if ((0,media_types/* layerCompression */.AH)(desc.mediaType) === 'gzip' && desc.size >= inflateWorkerConfig.minBytes && inflateWorkerUsable())
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

// EXTERNAL MODULE: ./shared/src/layers/resolve.ts
var resolve = __webpack_require__(62122);
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
            const r = (0,resolve/* resolvePath */.o)(this.index, path);
            if (r.kind !== 'found') {
                out.set(path, r);
                continue;
            }
            const holder = (0,resolve/* dataNode */.F)(this.index, r.node);
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
                    const p = (0,image_path/* memberPath */.Mb)(m.name);
                    return p !== undefined && files.has(p) ? this.maxBytes : 0;
                },
                member: (m, body) => {
                    const p = (0,image_path/* memberPath */.Mb)(m.name);
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

const MAX_LINKS = 40; // Linux's MAXSYMLINKS; past it the runtime fails with ELOOP
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
        const parts = (0,image_path/* splitPath */.Uf)(path);
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
            const parts = (0,image_path/* splitPath */.Uf)(dir) ?? [];
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
        const parts = (0,image_path/* splitPath */.Uf)(path) ?? [];
        this.folder(path, parts, parts.length - 1, 0, false)?.children?.delete((0,image_path/* baseName */.Fl)(path));
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
            const parts = (0,image_path/* splitPath */.Uf)(path) ?? [];
            parent = this.folder(path, parts, parts.length - 1, entry.layer, true);
            // Links among the parents that loop, or a file where a folder should be:
            // the runtime fails this member (ELOOP, ENOTDIR), so it never exists.
            if (parent === undefined)
                return;
            name = parts[parts.length - 1];
            if (plain && name === tail)
                this.lastFolder = { path: (0,image_path/* parentOf */.gN)(path), node: parent };
        }
        const node = adopt ? entry : { ...entry };
        if (!isParentAsWritten(parent.path, path, slash)) {
            node.path = childPath(parent, name);
            node.member = path;
        }
        if (entry.type === 'hardlink' && entry.linkname !== undefined) {
            // The runtime resolves a hard link's target folder the same way (containerd's hardlinkRootPath).
            const target = (0,image_path/* splitPath */.Uf)(entry.linkname) ?? [];
            const dir = target.length > 0 ? this.folder(entry.linkname, target, target.length - 1, entry.layer, false) : undefined;
            if (dir !== undefined && dir.path !== (0,image_path/* parentOf */.gN)(entry.linkname))
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
                if (++hops > MAX_LINKS)
                    return undefined;
                const from = node === this.root ? [] : ((0,image_path/* splitPath */.Uf)(node.path) ?? []);
                pending = [...(0,image_path/* clampedParts */.nF)(child.linkname ?? '', from), ...pending.slice(i + 1, end)];
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
function addMember(delta, anomalies, m, body, path = (0,image_path/* memberPath */.Mb)(m.name)) {
    if (path === undefined) {
        anomalies.push({ kind: 'path-escape', path: m.name, layer: delta.layer });
        return;
    }
    const name = (0,image_path/* baseName */.Fl)(path);
    if (name === OPAQUE_MARKER) {
        delta.opaques.push((0,image_path/* parentOf */.gN)(path));
        return;
    }
    if (name.startsWith(WHITEOUT_PREFIX)) {
        const dir = (0,image_path/* parentOf */.gN)(path);
        delta.whiteouts.push(`${dir === '/' ? '' : dir}/${name.slice(WHITEOUT_PREFIX.length)}`);
        return;
    }
    if (m.type === 'other')
        return;
    const entry = { path, type: TYPE[m.type], mode: m.mode, uid: m.uid, gid: m.gid, size: m.size, layer: delta.layer };
    if (m.type === 'symlink') {
        entry.linkname = m.linkname ?? '';
        if ((0,image_path/* linkTarget */.Cm)(path, entry.linkname) === undefined)
            anomalies.push({ kind: 'symlink-escape', path, target: entry.linkname, layer: delta.layer });
    }
    else if (m.type === 'link') {
        // Hard link names are relative to the archive root, not to the link.
        const target = (0,image_path/* memberPath */.Mb)(m.linkname ?? '');
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
            namedPath = (0,image_path/* memberPath */.Mb)(m.name);
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

// EXTERNAL MODULE: ./shared/src/oci/image.ts
var oci_image = __webpack_require__(24984);
// EXTERNAL MODULE: ./shared/src/oci/layout.ts
var layout = __webpack_require__(87043);
// EXTERNAL MODULE: ./shared/src/oci/location.ts
var oci_location = __webpack_require__(7674);
// EXTERNAL MODULE: ./shared/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(73604);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
// EXTERNAL MODULE: ./shared/src/process.ts
var src_process = __webpack_require__(92402);
// EXTERNAL MODULE: ./shared/src/registry/client/source.ts + 1 modules
var source = __webpack_require__(75108);
// EXTERNAL MODULE: ./shared/src/registry/credentials/auth-file.ts
var auth_file = __webpack_require__(28081);
// EXTERNAL MODULE: ./shared/src/registry/credentials/credentials.ts
var credentials = __webpack_require__(43304);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var registry_reference = __webpack_require__(5698);
// EXTERNAL MODULE: ./shared/src/registry/transport/scheme.ts
var scheme = __webpack_require__(86994);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(64918);
// EXTERNAL MODULE: ./shared/src/builders/emulation.ts
var emulation = __webpack_require__(71200);
// EXTERNAL MODULE: ./shared/src/builders/failure.ts
var failure = __webpack_require__(43754);
// EXTERNAL MODULE: ./shared/src/lazy-module.ts + 1 modules
var lazy_module = __webpack_require__(95858);
;// CONCATENATED MODULE: ./shared/src/compliance/cst/regex-engine.ts
/**
 * The structure tests' regular expressions, compiled by regex.ts (re2js), which
 * is loaded only when a policy holds a pattern: re2js costs ~1.2 MB of the test
 * stage's memory, and most runs (the default policy) match none (issue 17).
 * The tests' checks are synchronous, so their one async entry (checkImage)
 * calls loadRegexEngine first when policyUsesRegex says a pattern is there.
 */

const engine = (0,lazy_module/* lazyModule */.f)(() => Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(7332)]).then(__webpack_require__.bind(__webpack_require__, 37332)), 'a structure test matched a regular expression before re2js was loaded: call loadRegexEngine() before the structure tests');
/** Loads re2js (through regex.ts); one import however many callers, cheap after the first. */
const loadRegexEngine = async () => {
    await engine.load();
};
/** compileRegex from regex.ts, once loadRegexEngine has loaded it; a missed preload is a bug, never a skipped check. */
const compilePolicyRegex = (source) => engine.get().compileRegex(source);
const some = (l) => (l?.length ?? 0) > 0;
/** Whether any structure test of the policy matches a regular expression (content, output, or an isRegex env var or label). */
function policyUsesRegex(p) {
    if ((p.fileContentTests ?? []).some((t) => some(t.expectedContents) || some(t.excludedContents)))
        return true;
    if ((p.commandTests ?? []).some((t) => some(t.expectedOutput) || some(t.excludedOutput) || some(t.expectedError) || some(t.excludedError)))
        return true;
    const m = p.metadataTest;
    return [...(m?.envVars ?? []), ...(m?.labels ?? [])].some((v) => v.isRegex === true);
}

;// CONCATENATED MODULE: ./shared/src/compliance/cst/go-expand.ts
/**
 * Go's os.Expand, which container-structure-test applies (with the image
 * config's env as the mapping) to fileExistenceTests paths and to a command
 * test's command and args (pkg/utils/utils.go SubstituteEnvVar). Reproduced
 * rule for rule so the same policy names the same path: `$NAME` and
 * `${NAME}`; one-character shell specials (`$1`, `$*`, `$$`, `${1}`); an unset
 * name expands to ''; `$` followed by nothing name-like stays `$`; the bad
 * forms `${}` and an unclosed `${` are dropped.
 */
const isSpecial = (c) => '*#$@!?-0123456789'.includes(c);
const isAlphaNum = (c) => /^[A-Za-z0-9_]$/.test(c);
/** The name after a `$` and how many characters it spans (Go's getShellName). */
function shellName(s) {
    const c = s[0];
    if (c === '{') {
        if (s.length > 2 && isSpecial(s[1]) && s[2] === '}')
            return { name: s.slice(1, 2), width: 3 };
        const close = s.indexOf('}', 1);
        if (close === 1)
            return { name: '', width: 2 }; // `${}`: bad syntax, eaten
        if (close < 0)
            return { name: '', width: 1 }; // `${` unclosed: bad syntax, `{` eaten
        return { name: s.slice(1, close), width: close + 1 };
    }
    if (isSpecial(c))
        return { name: c, width: 1 };
    let i = 0;
    while (i < s.length && isAlphaNum(s[i]))
        i++;
    return { name: s.slice(0, i), width: i };
}
function goExpand(s, lookup) {
    let out = '';
    let from = 0;
    for (let j = 0; j < s.length; j++) {
        if (s[j] !== '$' || j + 1 >= s.length)
            continue;
        out += s.slice(from, j);
        const { name, width } = shellName(s.slice(j + 1));
        if (name === '' && width > 0) {
            // invalid syntax: eaten
        }
        else if (name === '') {
            out += '$';
        }
        else {
            out += lookup(name) ?? '';
        }
        j += width;
        from = j + 1;
    }
    return out + s.slice(from);
}
/** The image config's `Env` as CST's driver reads it: KEY=value, split at the first `=`. */
function envMapOf(env) {
    const m = new Map();
    for (const e of env ?? []) {
        const eq = e.indexOf('=');
        // Go's convertSliceToMap would panic on an entry without `=`; such an entry is a name with no value.
        if (eq < 0)
            m.set(e, '');
        else
            m.set(e.slice(0, eq), e.slice(eq + 1));
    }
    return m;
}
/**
 * The image env with a policy's globalEnvVars committed over it, as CST's
 * docker driver does (SetEnv): each global's value is expanded from the
 * image's env alone (not from the other globals), later entries win. The one
 * home for that rule: file paths, a command test's variables and the env its
 * command is expanded from all start here.
 */
function withGlobalEnv(imageEnv, globals) {
    const out = new Map(imageEnv);
    for (const g of globals)
        out.set(g.key, goExpand(g.value, (k) => imageEnv.get(k)));
    return out;
}

;// CONCATENATED MODULE: ./shared/src/compliance/cst/command-tests.ts



/**
 * `$VAR` and `${VAR}` expanded exactly as Go's os.Expand does (CST calls it on
 * env values and on a command test's command and args): the one port in
 * go-expand.ts, over a map.
 */
function expandEnv(value, env) {
    return goExpand(value, (name) => env.get(name));
}
/**
 * The variables a command test sets. As CST: globalEnvVars are expanded from
 * the image's env (SetEnv), the test's own from the image's env with the
 * globals applied (CST's README documents substitution for both; its docker
 * driver applies it to the test's own only for setup steps).
 */
function testEnv(imageEnv, global, own) {
    const withGlobals = withGlobalEnv(envMapOf(imageEnv), global);
    const out = {};
    for (const v of global)
        out[v.key] = withGlobals.get(v.key);
    for (const v of own)
        out[v.key] = expandEnv(v.value, withGlobals);
    return out;
}
/**
 * The env `$VAR` in a command and its args expand from. CST expands them from
 * the config of the image the command runs in: the image's env with the
 * globalEnvVars committed, and (only when the test has setup steps, which
 * commit a container that had them) the test's own envVars.
 */
function expansionEnv(imageEnv, global, own, hasSetup) {
    const withGlobals = withGlobalEnv(envMapOf(imageEnv), global);
    if (!hasSetup)
        return withGlobals;
    const out = new Map(withGlobals);
    for (const v of own)
        out.set(v.key, expandEnv(v.value, withGlobals));
    return out;
}
/**
 * What a failure shows of a command's output: the image's output is untrusted
 * (it may print a variable it was given, or forge workflow commands), so it
 * goes through preview.ts like every other untrusted text: one line, control
 * characters visible, secret-looking runs masked, cut short.
 */
const outputPreview = (text, max) => (0,preview/* preview */.VH)(text, { max });
/** The checks of one command test against its result (pure). */
function checkCommandResult(t, r) {
    const failures = [];
    const want = t.exitCode ?? 0;
    if (r.code !== want)
        failures.push(`expected exit code ${want}, got ${r.code}${r.stderr.trim() !== '' ? ` (stderr: ${outputPreview(r.stderr, 200)})` : ''}`);
    const check = (list, text, what, present) => {
        for (const re of list ?? []) {
            const c = compilePolicyRegex(re);
            const hit = c.ok && c.value.test(text);
            if (hit !== present)
                failures.push(`expected ${what} ${present ? 'to match' : 'not to match'} '${re}', got: ${JSON.stringify(outputPreview(text, 300))}`);
        }
    };
    check(t.expectedOutput, r.stdout, 'output', true);
    check(t.excludedOutput, r.stdout, 'output', false);
    check(t.expectedError, r.stderr, 'error', true);
    check(t.excludedError, r.stderr, 'error', false);
    return failures;
}
/**
 * One command test; `expansion` is the env `$VAR` in its command and args expand from (see expansionEnv).
 * `container`: one the caller created ahead from `runtime` (while the test before ran), used and removed here
 * as one this test creates itself.
 */
async function runCommandTest(runtime, t, env, line, expansion = new Map(), container) {
    const t0 = performance.now();
    const done = (failures) => {
        const out = { kind: 'command', name: t.name, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
        if (line !== undefined)
            out.line = line;
        return out;
    };
    if (runtime.name !== 'buildah' && ((t.setup?.length ?? 0) > 0 || (t.teardown?.length ?? 0) > 0)) {
        await container?.then((c) => c.remove(), () => undefined);
        return done([`setup/teardown need buildah; ${runtime.name} runs each command in a new container`]);
    }
    const c = await (container ?? runtime.create());
    try {
        for (const [i, step] of (t.setup ?? []).entries()) {
            const r = await c.exec({ command: step, env });
            if (r.code !== 0)
                return done([`setup step ${i + 1} (${step.join(' ')}) exited ${r.code}: ${outputPreview(r.stderr, 200)}`]);
        }
        const r = await c.exec({ command: [t.command, ...(t.args ?? [])].map((a) => expandEnv(a, expansion)), env });
        const failures = checkCommandResult(t, r);
        for (const [i, step] of (t.teardown ?? []).entries()) {
            const tr = await c.exec({ command: step, env });
            if (tr.code !== 0)
                failures.push(`teardown step ${i + 1} (${step.join(' ')}) exited ${tr.code}`);
        }
        return done(failures);
    }
    finally {
        await c.remove();
    }
}

// EXTERNAL MODULE: ./shared/src/builders/storage.ts
var storage = __webpack_require__(76577);
// EXTERNAL MODULE: ./shared/src/compliance/cst/run-options.ts
var run_options = __webpack_require__(36464);
;// CONCATENATED MODULE: ./shared/src/compliance/cst/container-runtime.ts
/**
 * Running container-structure-test command tests inside the image without a
 * Docker daemon. buildah first (a private store per run, chroot isolation:
 * works as root in a CI container with no daemon and no user namespaces),
 * then podman, then docker when a daemon answers. When none can run, the
 * caller gets a reason to show, not a crash.
 *
 * The store's driver is build-image's rule (builders/storage.ts): overlay where
 * a probe mount works, since vfs copies the whole image on every pull and on
 * every per-test container; vfs elsewhere. Whatever the driver, close()
 * removes the containers, unmounts whatever is still mounted under the store,
 * and deletes it.
 *
 * The sandbox: chroot isolation alone shares the runner's network and PID
 * namespace (a test could talk to services on the runner's loopback or see
 * and signal its processes), and buildah refuses --network none with it. So
 * every `buildah run` is started inside fresh namespaces by unshare(1): a PID
 * namespace (with its own /proc) always, an empty network namespace (only
 * loopback, brought up as Docker's `none` network has it) unless the step
 * opted in to the runner's network. When the PID namespace's first process
 * ends, the kernel kills whatever the test left running.
 */










/** `oci:/dir:tag`, `docker-archive:/f.tar`, `docker://host/repo:tag`; `path` replaces the file's path. */
function formatRef(r, path) {
    if (r.transport === 'docker')
        return `docker://${r.reference}`;
    return `${r.transport}:${path ?? r.path}${r.tag === undefined ? '' : `:${r.tag}`}`;
}
/** `pull` flags the reference needs (plain HTTP for loopback registries). */
const pullFlags = (r, flag = '--tls-verify') => (r.transport === 'docker' && r.plainHttp ? [`${flag}=false`] : []);
/** The credentials flag (`--authfile`; skopeo copy: `--src-authfile`): the file's path only, the secrets stay in the file. */
const authFlags = (r, flag = '--authfile') => (r.transport === 'docker' && r.authFile !== undefined ? [flag, r.authFile] : []);
/** What containers/image says when a registry wants credentials it was not given or refused. */
const AUTH_REFUSED = /\b(?:401|unauthorized|authentication required|denied)\b/i;
/**
 * A failed pull, as the error to show: a registry that asked for credentials
 * is AUTH, naming the registry and where credentials come from; anything
 * else is the tool's last line. The tool's stderr carries a registry's
 * answer: shown as a short redacted preview only.
 */
function pullError(tool, image, stderr) {
    const last = stderr.trim().split('\n').pop() ?? '';
    const refused = AUTH_REFUSED.exec(last);
    if (image.transport === 'docker' && refused !== null) {
        const parsed = (0,registry_reference/* parseReference */.F2)(image.reference);
        const registry = parsed.ok ? parsed.value.registry : (0,registry_reference/* previewReference */.ak)(image.reference);
        return new errors/* PipelineError */.zC('AUTH', `${tool} could not pull ${(0,registry_reference/* previewReference */.ak)(image.reference)} for command tests: registry ${registry} refused ${image.authFile === undefined ? 'an anonymous pull' : 'the credentials'} (${(0,preview/* preview */.VH)(last.slice(refused.index), { max: 120 })})`, {
            input: 'registry-auth',
            hint: `Give credentials for ${registry} in the 'registry-auth' input (github-token for ghcr.io, or a docker login); the command tests pull with the same ones the scan reads with.`,
        });
    }
    // The builder's last line can quote what a registry or the image said: bounded and escaped like any untrusted text.
    return new errors/* PipelineError */.zC('BUILDER', `${tool} could not load the image for command tests: ${(0,preview/* preview */.VH)(last, { max: 200 })}`, {
        hint: 'Check that the image is a valid OCI layout or archive.',
    });
}
/** buildah appends its own status lines to the command's stderr; tests must see only the command's. */
function stripBuildahNoise(stderr) {
    return stderr.replace(/(?:subprocess exited with status \d+\n?|Error: exit status \d+\n?|process exited with error: [^\n]*?(?=subprocess|$))/g, '');
}
/** What LO_UP exits with when loopback stays down; the sandbox probe turns it into the error with the fix. */
const LO_DOWN = 125;
/**
 * Loopback up (Docker's `none` network has it), then the command; "$@" keeps
 * the argv uninterpreted. Without it tests that talk to 127.0.0.1 inside the
 * image would fail for a reason nobody sees, so a failure stops here, loudly.
 */
const LO_UP = `ip link set lo up 2>/dev/null || busybox ip link set lo up 2>/dev/null || { echo 'test-image: could not bring loopback up in the sandbox (neither ip nor busybox ip worked)' >&2; exit ${LO_DOWN}; }; exec "$@"`;
/** The argv prefix that starts a command in its own PID (and, for network none, network) namespace. */
function sandboxPrefix(network) {
    // --kill-child: when unshare is stopped (the deadline below), the namespace's first process dies with it, and every process in the namespace with that.
    const ns = ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc'];
    return network === 'none' ? [...ns, '--net', '--', '/bin/sh', '-c', LO_UP, 'sandbox'] : [...ns, '--'];
}
/** The exit code a stopped command reports, as timeout(1) does. */
const TIMED_OUT = 124;
/**
 * Run one sandboxed command with a deadline. timeout(1) stops unshare (TERM,
 * then KILL 5 s later); --kill-child takes the namespace down with it; and the
 * result comes only when every process that held the output has exited, so
 * nothing of the test outlives its verdict.
 */
/** The stderr of a stopped command: the deadline is not an input, so the fix is in the test (setup steps each get their own deadline). */
function timedOutMessage(timeoutMs) {
    const s = Math.round(timeoutMs / 1000);
    const limit = s % 60 === 0 ? `${s / 60} min` : `${s} s`;
    return `expected the command to finish within ${limit}, got it still running, so test-image stopped it; make it finish sooner, or move slow preparation into setup steps (each step gets ${limit})`;
}
async function runWithDeadline(cmd, args, timeoutMs) {
    const t0 = Date.now();
    const r = await (0,src_process/* run */.e)('timeout', ['--kill-after=5', `${(timeoutMs / 1000).toFixed(3)}s`, cmd, ...args]);
    if (r.code === TIMED_OUT && Date.now() - t0 >= timeoutMs) {
        return { code: TIMED_OUT, stdout: r.stdout, stderr: timedOutMessage(timeoutMs) };
    }
    return r;
}
/** Capabilities this process may hand on (its bounding set): what "privileged" can mean under chroot isolation. */
async function boundingCapabilities() {
    const status = await promises_.readFile('/proc/self/status', 'utf8').catch(() => '');
    return (0,run_options/* capabilitiesInMask */._0)(/^CapBnd:\s*([0-9a-f]+)$/m.exec(status)?.[1] ?? '0');
}
/** Capabilities asked for that this runner cannot hand on (pure); chroot isolation can only pass on what it holds. */
function unavailableCapabilities(capAdd, bounding) {
    return capAdd.filter((c) => c !== 'ALL' && !bounding.includes(c));
}
/** `buildah run` flags for the settings (pure; `bounding` is what privileged expands to). */
function buildahRunFlags(s, env, bounding) {
    const caps = new Set(s.privileged || s.capAdd.includes('ALL') ? bounding : []);
    for (const c of s.capAdd)
        if (c !== 'ALL')
            caps.add(c);
    return [
        '--isolation',
        'chroot',
        ...(s.user === undefined ? [] : ['--user', s.user]),
        ...(s.tty ? ['--terminal'] : []),
        ...[...caps].flatMap((c) => ['--cap-add', `CAP_${c}`]),
        ...s.mounts.flatMap((m) => ['--volume', `${m.source}:${m.target}${m.options.length > 0 ? `:${m.options.join(',')}` : ''}`]),
        ...Object.entries({ ...s.env, ...env }).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
    ];
}
/** Mount points at or under `dir` in a /proc/mounts text, deepest first (pure; the kernel writes space, tab, newline and backslash as octal escapes). */
function mountsUnder(procMounts, dir) {
    const root = dir.replace(/\/+$/, '');
    const points = procMounts
        .split('\n')
        .map((l) => l.split(' ')[1])
        .filter((p) => p !== undefined)
        .map((p) => p.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8))))
        .filter((p) => p === root || p.startsWith(`${root}/`));
    return [...new Set(points)].sort((a, b) => b.length - a.length);
}
/** Unmounts everything at or under `dir` (lazily when busy), so deleting the store cannot reach into a live mount. */
async function unmountUnder(dir) {
    const text = await promises_.readFile('/proc/mounts', 'utf8').catch(() => '');
    for (const m of mountsUnder(text, dir)) {
        const r = await (0,src_process/* run */.e)('umount', [m]).catch(() => undefined);
        if (r === undefined || r.code !== 0)
            await (0,src_process/* run */.e)('umount', ['--lazy', m]).catch(() => undefined);
    }
}
class Buildah {
    dir;
    driver;
    imageId;
    settings;
    bounding;
    name = 'buildah';
    seq = 0;
    /** Containers made and not (yet, or not successfully) removed: while there are any, close() asks buildah to remove them all. */
    live = new Set();
    /** The last `buildah rm` started (see remove): close() waits for it. */
    removal = Promise.resolve();
    /** `buildah from` runs not yet ended (a container made ahead, check-image.ts): close() waits for them before removing. */
    creating = new Set();
    constructor(dir, driver, imageId, settings, bounding) {
        this.dir = dir;
        this.driver = driver;
        this.imageId = imageId;
        this.settings = settings;
        this.bounding = bounding;
    }
    get store() {
        return { dir: this.dir, driver: this.driver };
    }
    static args(dir, driver) {
        return ['--root', external_node_path_.join(dir, 'root'), '--runroot', external_node_path_.join(dir, 'runroot'), '--storage-driver', driver];
    }
    /**
     * Takes the store down: its containers (buildah rm unmounts theirs), then
     * any mount left under it (a run killed mid-way), then the folder. Never
     * throws: it runs on failure paths too.
     */
    static async discard(dir, driver) {
        await (0,src_process/* run */.e)('buildah', [...Buildah.args(dir, driver), 'rm', '--all']).catch(() => undefined);
        await unmountUnder(dir);
        // vfs layers may hold files only root can remove; rm as root does.
        await promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    /** Fails, with the fix, when this machine cannot make the namespaces the sandbox needs. */
    static async probeSandbox(network) {
        const r = await (0,src_process/* run */.e)(sandboxPrefix(network)[0], [...sandboxPrefix(network).slice(1), 'true']).catch((e) => ({
            code: -1,
            stdout: '',
            stderr: e instanceof Error ? e.message : String(e),
        }));
        if (network === 'none' && r.code === LO_DOWN) {
            throw new errors/* PipelineError */.zC('NO_BUILDER', "command tests run in their own network namespace with loopback up, and this machine could not bring it up: expected 'ip link set lo up' (iproute2) or busybox ip to work, got neither", {
                input: 'command-network',
                hint: "Install iproute2 or busybox on the runner (apt-get install iproute2); or, if the tests need the runner's network anyway, set command-network: host.",
            });
        }
        if (r.code !== 0) {
            throw new errors/* PipelineError */.zC('NO_BUILDER', `command tests run in their own PID${network === 'none' ? ' and network' : ''} namespace, and this machine refused to make one: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`, {
                input: 'command-network',
                hint: 'Run the step as root where namespaces are allowed (util-linux unshare, CAP_SYS_ADMIN), or run the command tests on a runner with podman or docker.',
            });
        }
    }
    /**
     * What a run needs before it can pull, none of it buildah: the sandbox probe, and a new store (its folder and
     * driver). The probe and the store are made side by side (a process each: unshare, and the overlay probe's
     * mount); the probe's refusal is the error, as when it ran first, and the store is gone again after any refusal.
     */
    static async prepare(settings = (0,run_options/* defaultRunSettings */.Ic)()) {
        // buildah names an image pulled from a file transport after its path, and
        // refuses upper case there (mkdtemp's random suffixes, users' folders). So
        // the working folder gets a lower-case name, and the image is reached
        // through a link inside it.
        const dir = external_node_path_.join(external_node_os_.tmpdir(), `test-image-buildah-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        const [probe, store] = await Promise.allSettled([
            Buildah.probeSandbox(settings.network),
            // A new store: the override (STORAGE_DRIVER) or the probe decides, as for build-image.
            promises_.mkdir(dir, { recursive: true }).then(() => (0,storage/* chooseDriver */.kW)(process.env, external_node_path_.join(dir, 'root'))),
        ]);
        if (probe.status === 'rejected' || store.status === 'rejected') {
            await Buildah.removeUnused(dir);
            throw probe.status === 'rejected' ? probe.reason : store.reason;
        }
        return { dir, driver: store.value.driver };
    }
    /** Drops a prepared store that will not be used (buildah turned out not to answer). Never throws. */
    static async discardPrepared(store) {
        await Buildah.removeUnused(store.dir);
    }
    /** A store with no container to remove (buildah never ran in it, or each was removed): whatever is mounted under it (the overlay probe's, if its umount failed), then the folder. Never throws. */
    static async removeUnused(dir) {
        await unmountUnder(dir);
        await promises_.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
    /** The image pulled into a prepared store (Buildah.prepare), which is discarded again when the pull or a check after it fails. */
    static async open(image, settings = (0,run_options/* defaultRunSettings */.Ic)(), prepared, scanned) {
        const { dir, driver } = prepared ?? (await Buildah.prepare(settings));
        const args = Buildah.args(dir, driver);
        let pullRef = formatRef(image);
        if (image.transport !== 'docker') {
            const link = external_node_path_.join(dir, 'image');
            await promises_.symlink(external_node_path_.resolve(image.path), link);
            pullRef = formatRef(image, link);
        }
        // The platform picks the image of a multi-platform index that the file tests read, not the runner's.
        const platform = settings.platform === undefined ? [] : ['--platform', settings.platform];
        const r = await (0,src_process/* run */.e)('buildah', [...args, 'pull', '--quiet', ...platform, ...pullFlags(image), ...authFlags(image), pullRef]);
        if (r.code !== 0) {
            await Buildah.discard(dir, driver);
            throw pullError('buildah', image, r.stderr);
        }
        const id = r.stdout.trim().split('\n').pop() ?? '';
        if (settings.platform !== undefined) {
            const want = settings.platform.split('/');
            // buildah names an image by its config's digest: the ID of the config the scan read (verified) means buildah loaded
            // that very config, whose platform is known, so asking buildah again (a builder start-up) would only repeat it.
            if (scanned !== undefined && id === scanned.configDigest.replace(/^sha256:/, '') && scanned.os === want[0] && scanned.architecture === want[1]) {
                return Buildah.ready(dir, driver, id, settings);
            }
            const got = await (0,src_process/* run */.e)('buildah', [...args, 'inspect', '--type', 'image', '--format', '{{.OCIv1.OS}}/{{.OCIv1.Architecture}}', id]);
            if (got.code !== 0 || got.stdout.trim() !== `${want[0]}/${want[1]}`) {
                await Buildah.discard(dir, driver);
                throw new errors/* PipelineError */.zC('BUILDER', `buildah loaded ${got.stdout.trim() || 'an image of unknown platform'} for command tests, expected ${want[0]}/${want[1]}`, { input: 'platform' });
            }
        }
        return Buildah.ready(dir, driver, id, settings);
    }
    /** The runtime over a pulled image, once the capabilities the policy asks for are ones this runner holds. */
    static async ready(dir, driver, id, settings) {
        const bounding = await boundingCapabilities();
        const missing = unavailableCapabilities(settings.capAdd, bounding);
        if (missing.length > 0) {
            await Buildah.discard(dir, driver);
            throw new errors/* PipelineError */.zC('POLICY', `containerRunOptions.capabilities: expected capabilities this runner can grant, got ${missing.join(', ')}, which its bounding set lacks (command tests run under chroot isolation and can only pass on what the step holds)`, {
                hint: 'Leave them out, or run the step where the runner holds them (e.g. a privileged container).',
            });
        }
        return new Buildah(dir, driver, id, settings, bounding);
    }
    async create() {
        const name = `test-image-${process.pid}-${++this.seq}`;
        const base = Buildah.args(this.dir, this.driver);
        // Counted before it exists: a failed `from` may still have left it behind.
        this.live.add(name);
        const from = (0,src_process/* run */.e)('buildah', [...base, 'from', '--pull-never', '--name', name, this.imageId]);
        this.creating.add(from);
        const r = await from.finally(() => this.creating.delete(from));
        if (r.code !== 0)
            throw new errors/* PipelineError */.zC('BUILDER', `buildah could not create a container: ${r.stderr.trim()}`);
        return {
            exec: async ({ command, env }) => {
                const [cmd, ...pre] = sandboxPrefix(this.settings.network);
                const r = await runWithDeadline(cmd, [...pre, 'buildah', ...base, 'run', ...buildahRunFlags(this.settings, env, this.bounding), name, '--', ...command], this.settings.timeoutMs);
                return { ...r, stderr: stripBuildahNoise(r.stderr) };
            },
            // The verdict does not wait for the removal: it runs beside the next test, one at a time (each waits for the one
            // before, so at most one is behind), and close() waits for the last. On vfs, where every container is a full copy
            // of the image, it is awaited, so only one copy is on disk at a time. A failed rm leaves the name in `live`, for close().
            remove: async () => {
                const previous = this.removal;
                const mine = previous.then(() => (0,src_process/* run */.e)('buildah', [...base, 'rm', name]).then((r) => void (r.code === 0 && this.live.delete(name)), () => undefined));
                this.removal = mine;
                await previous;
                if (this.driver === 'vfs')
                    await mine;
            },
        };
    }
    /**
     * The store, gone. When every container was removed one by one (the usual end), there is nothing for `buildah rm
     * --all` to do, and its run (a builder start-up) is skipped; what is still mounted under the store is unmounted and
     * the folder deleted either way.
     */
    async close() {
        // A container made ahead for a test that never came (the one before failed) may still be being created: removing
        // the store under a running `buildah from` could leave either behind.
        await Promise.allSettled([...this.creating]);
        await this.removal;
        if (this.live.size === 0)
            await Buildah.removeUnused(this.dir);
        else
            await Buildah.discard(this.dir, this.driver);
    }
}
/**
 * podman and docker: each exec is its own `run --rm` (the CLIs have no cheap
 * "run in a stopped container"), so setup and teardown steps are refused.
 */
/** `podman run` / `docker run` flags for the settings (pure). */
function cliRunFlags(s, env) {
    return [
        '--network',
        s.network,
        ...(s.platform === undefined ? [] : ['--platform', s.platform]),
        ...(s.user === undefined ? [] : ['--user', s.user]),
        ...(s.tty ? ['--tty'] : []),
        ...(s.privileged ? ['--privileged'] : []),
        ...s.capAdd.flatMap((c) => ['--cap-add', c]),
        ...s.mounts.flatMap((m) => ['--volume', `${m.source}:${m.target}${m.options.length > 0 ? `:${m.options.join(',')}` : ''}`]),
        ...Object.entries({ ...s.env, ...env }).flatMap(([k, v]) => ['-e', `${k}=${v}`]),
    ];
}
class CliRuntime {
    name;
    image;
    settings;
    cleanup;
    constructor(name, image, settings, cleanup) {
        this.name = name;
        this.image = image;
        this.settings = settings;
        this.cleanup = cleanup;
    }
    async create() {
        return {
            exec: ({ command, env }) => runWithDeadline(this.name, ['run', '--rm', ...cliRunFlags(this.settings, env), '--entrypoint', command[0] ?? 'true', this.image, ...command.slice(1)], this.settings.timeoutMs),
            remove: async () => undefined,
        };
    }
    async close() {
        await this.cleanup();
    }
}
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
/**
 * The first runtime that can run commands in `image` on this machine. buildah's store is prepared
 * (Buildah.prepare) while buildah answers --version: independent, and otherwise paid one after the other at every
 * run. Its error counts only once buildah answers (without it podman or docker is tried); the store is dropped when
 * it is not used. `scanned` lets the platform check trust a pull of exactly the config the scan read.
 */
async function openRuntime(image, dockerArchive, settings = (0,run_options/* defaultRunSettings */.Ic)(), scanned) {
    const prepared = isRoot() ? Buildah.prepare(settings) : undefined;
    prepared?.catch(() => undefined);
    const answers = (0,src_process/* canRun */.Q)('buildah', ['--version']);
    const drop = async () => void (await prepared?.then((store) => Buildah.discardPrepared(store), () => undefined));
    const reasons = [];
    if (await answers) {
        if (prepared !== undefined)
            return { runtime: await Buildah.open(image, settings, await prepared, scanned) };
        reasons.push('buildah is installed but chroot isolation needs root');
    }
    else {
        await drop();
        reasons.push('buildah is not installed');
    }
    if (await (0,src_process/* canRun */.Q)('podman', ['info'])) {
        const r = await (0,src_process/* run */.e)('podman', [
            'pull',
            '--quiet',
            ...(settings.platform === undefined ? [] : ['--platform', settings.platform]),
            ...pullFlags(image),
            ...authFlags(image),
            formatRef(image),
        ]);
        if (r.code === 0) {
            const id = r.stdout.trim().split('\n').pop() ?? '';
            return { runtime: new CliRuntime('podman', id, settings, async () => void (await (0,src_process/* run */.e)('podman', ['rmi', '--force', id]))) };
        }
        reasons.push(`podman could not load the image: ${r.stderr.trim().split('\n').pop() ?? ''}`);
    }
    else
        reasons.push('podman is not installed or not working');
    if (await (0,src_process/* canRun */.Q)('docker', ['info'])) {
        const r = await (0,src_process/* run */.e)('docker', ['load', '--quiet', '--input', await dockerArchive()]);
        const m = /Loaded image(?: ID)?: (\S+)/.exec(r.stdout);
        if (r.code === 0 && m !== null) {
            const id = m[1];
            return { runtime: new CliRuntime('docker', id, settings, async () => void (await (0,src_process/* run */.e)('docker', ['rmi', '--force', id]))) };
        }
        reasons.push(`docker could not load the image: ${r.stderr.trim().split('\n').pop() ?? ''}`);
    }
    else
        reasons.push('no docker daemon answers');
    return {
        unavailable: `no container runtime can run command tests here (${reasons.join('; ')}). Install buildah (apt-get install buildah) and run the step as root, or use a runner with podman or docker`,
    };
}

// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __webpack_require__(71439);
;// CONCATENATED MODULE: ./shared/src/compliance/cst/file-mode.ts
function goFileMode(node) {
    let prefix = '';
    if (node.type === 'dir')
        prefix += 'd';
    if (node.type === 'symlink')
        prefix += 'L';
    if (node.type === 'char' || node.type === 'block')
        prefix += 'D';
    if (node.type === 'fifo')
        prefix += 'p';
    if ((node.mode & 0o4000) !== 0)
        prefix += 'u';
    if ((node.mode & 0o2000) !== 0)
        prefix += 'g';
    if (node.type === 'char')
        prefix += 'c';
    if ((node.mode & 0o1000) !== 0)
        prefix += 't';
    const rwx = 'rwxrwxrwx'
        .split('')
        .map((c, i) => ((node.mode & (1 << (8 - i))) !== 0 ? c : '-'))
        .join('');
    return `${prefix === '' ? '-' : prefix}${rwx}`;
}

;// CONCATENATED MODULE: ./shared/src/compliance/cst/init-layer.ts
const INIT_LAYER = new Map([
    ['/dev/pts', { type: 'dir' }],
    ['/dev/shm', { type: 'dir' }],
    ['/proc', { type: 'dir' }],
    ['/sys', { type: 'dir' }],
    ['/.dockerenv', { type: 'file' }],
    ['/etc/resolv.conf', { type: 'file' }],
    ['/etc/hosts', { type: 'file' }],
    ['/etc/hostname', { type: 'file' }],
    ['/dev/console', { type: 'file' }],
    ['/etc/mtab', { type: 'symlink', linkname: '/proc/mounts' }],
]);
/** Directories the init layer creates as parents of its entries. */
const INIT_PARENTS = new Set(['/dev', '/etc']);
/**
 * The node the init layer supplies at `path` (a clean absolute path) when the
 * image has nothing there, else undefined.
 */
function initLayerNode(path) {
    const e = INIT_LAYER.get(path);
    const type = e?.type ?? (INIT_PARENTS.has(path) ? 'dir' : undefined);
    if (type === undefined)
        return undefined;
    const node = { path, type, mode: type === 'symlink' ? 0o777 : 0o755, uid: 0, gid: 0, size: 0, layer: -1 };
    if (e?.linkname !== undefined)
        node.linkname = e.linkname;
    if (type === 'file')
        node.content = Buffer.alloc(0);
    if (type === 'dir')
        node.children = new Map();
    return node;
}

;// CONCATENATED MODULE: ./shared/src/compliance/cst/static-tests.ts







/**
 * Go's MatchString. The loader refuses a pattern RE2 cannot compile; should
 * one reach here, CST's verdict applies: the check fails, whether the pattern
 * was expected or excluded (utils.CompileAndRunRegex returns false).
 */
const regexCheck = (re, text, shouldMatch) => {
    const r = compilePolicyRegex(re);
    return r.ok && r.value.test(text) === shouldMatch;
};
function timed(kind, name, line, body) {
    const t0 = performance.now();
    const failures = body();
    const out = { kind, name, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
    if (line !== undefined)
        out.line = line;
    return out;
}
/** How much of a value from the image (untrusted, maybe secret) a failure may show. */
const PREVIEW = { max: 80 };
/** A list from the image config (ports, volumes, a command line), joined. */
const LIST_PREVIEW = { max: 160 };
const cleanPath = (p) => (0,image_path/* joinPath */.uJ)((0,image_path/* splitPath */.Uf)(p) ?? []);
/**
 * What CST's docker driver finds at a path (StatFile): the archive API's
 * entry, parents resolved and the last component not; init-layer files added.
 * StatFile only accepts directories, files, hard and symbolic links: a device
 * node or FIFO is "not found".
 */
function lstat(view, path) {
    const r = (0,resolve/* resolvePath */.o)(view.fs, path, false);
    if (r.kind === 'found' && (r.node.type === 'char' || r.node.type === 'block' || r.node.type === 'fifo'))
        return { kind: 'missing', path: r.path };
    if (r.kind !== 'missing')
        return r;
    const init = initLayerNode(cleanPath(path));
    return init === undefined ? r : { kind: 'found', path: init.path, node: init };
}
function fileExistence(view, t, line) {
    return timed('fileExistence', t.name, line, () => {
        const shouldExist = t.shouldExist ?? true;
        const env = withGlobalEnv(envMapOf(view.container.Env), t.globalEnv ?? []);
        const path = t.expandPath === false ? t.path : goExpand(t.path, (k) => env.get(k));
        const shown = path === t.path ? t.path : `${t.path} (${path})`;
        if (path === '')
            return [`expected a file path, got '${t.path}'`];
        const r = lstat(view, path);
        if (r.kind === 'loop')
            return [`${shown}: too many levels of symbolic links at ${(0,preview/* printable */.g$)(r.link)}`];
        if (r.kind === 'missing')
            return shouldExist ? [`expected ${shown} to exist, got nothing there`] : [];
        if (!shouldExist)
            return [`expected ${shown} not to exist, got ${goFileMode(r.node)}`];
        const node = (0,resolve/* dataNode */.F)(view.fs, r.node) ?? r.node;
        const failures = [];
        const mode = goFileMode(node);
        if (t.permissions !== undefined && t.permissions !== '' && t.permissions !== mode)
            failures.push(`${shown}: expected permissions ${t.permissions}, got ${mode}`);
        if (t.isExecutableBy !== undefined) {
            const bits = { owner: 0o100, group: 0o010, other: 0o001, any: 0o111 }[t.isExecutableBy];
            if ((node.mode & bits) === 0)
                failures.push(`${shown}: expected it to be executable by ${t.isExecutableBy}, got ${mode}`);
        }
        // -1 is CST's "not checked" (its default when the field is absent).
        if (t.uid !== undefined && t.uid !== -1 && t.uid !== node.uid)
            failures.push(`${shown}: expected uid ${t.uid}, got ${node.uid}`);
        if (t.gid !== undefined && t.gid !== -1 && t.gid !== node.gid)
            failures.push(`${shown}: expected gid ${t.gid}, got ${node.gid}`);
        return failures;
    });
}
async function fileContents(reader, tests, lineOf) {
    const reads = await reader.readMany(tests.map((t) => t.path).filter((p) => p !== ''));
    return tests.map((t, i) => timed('fileContent', t.name, lineOf(i), () => {
        if (t.path === '')
            return [`expected a file path, got ''`];
        const r = reads.get(t.path);
        let content;
        if (r === undefined || r.kind === 'missing') {
            // An init-layer file the image lacks reads as empty under Docker.
            const init = initLayerNode(cleanPath(t.path));
            if (init?.type !== 'file')
                return [`expected ${t.path} to exist, got nothing there`];
            content = Buffer.alloc(0);
        }
        else if (r.kind === 'loop')
            return [`${t.path}: too many levels of symbolic links at ${(0,preview/* printable */.g$)(r.link)}`];
        else if (r.kind === 'not-a-file')
            return [`expected ${t.path} to be a file, got a ${r.node.type}`];
        else if (r.kind === 'too-large')
            return [`expected ${t.path} to fit the 16 MiB a content test reads, got ${r.node.size} bytes`];
        else
            content = r.content;
        const failures = [];
        for (const re of t.expectedContents ?? [])
            if (!regexCheck(re, content, true))
                failures.push(`${t.path}: expected contents to match '${re}', got no match`);
        for (const re of t.excludedContents ?? [])
            if (!regexCheck(re, content, false))
                failures.push(`${t.path}: expected contents not to match '${re}', got a match`);
        return failures;
    }));
}
const listText = (l) => (l === undefined || l === null ? '[]' : JSON.stringify(l));
/** Ports as CST's drivers list them: the number only, `/tcp` or `/udp` dropped. */
const portNumbers = (exposed) => Object.keys(exposed ?? {}).map((p) => p.split('/')[0]);
function metadata(view, t, line) {
    return timed('metadata', 'Metadata Test', line, () => {
        const c = view.container;
        const failures = [];
        // CST's Validate: an empty key, port or volume fails the test before anything is compared.
        for (const v of t.envVars ?? [])
            if (v.key === '')
                failures.push("expected an env var key, got ''");
        for (const v of t.labels ?? [])
            if (v.key === '')
                failures.push("expected a label key, got ''");
        for (const p of t.exposedPorts ?? [])
            if (p === '')
                failures.push("expected a port, got ''");
        for (const v of t.volumes ?? [])
            if (v === '')
                failures.push("expected a volume, got ''");
        if (failures.length > 0)
            return failures;
        const env = envMapOf(c.Env);
        const kv = (what, have, want) => {
            for (const v of want ?? []) {
                const got = have.get(v.key);
                const value = v.value;
                if (got === undefined)
                    failures.push(`expected ${what} ${v.key} to be set, got none`);
                // The image's value is untrusted and may be a secret: a short redacted preview only.
                else if (v.isRegex === true ? !regexCheck(value, got, true) : got !== value)
                    failures.push(`expected ${what} ${v.key} ${v.isRegex === true ? 'to match' : 'to be'} '${value}', got '${(0,preview/* preview */.VH)(got, PREVIEW)}'`);
            }
        };
        kv('env var', env, t.envVars);
        kv('label', new Map(Object.entries(c.Labels ?? {})), t.labels);
        for (const k of t.unboundEnvVars ?? [])
            if (env.has(k))
                failures.push(`expected env var ${k} not to be set, got '${(0,preview/* preview */.VH)(env.get(k) ?? '', PREVIEW)}'`);
        const ports = portNumbers(c.ExposedPorts);
        // Everything below that comes from the image config is untrusted: shown through preview.ts only.
        const shownPorts = (0,preview/* preview */.VH)(Object.keys(c.ExposedPorts ?? {}).join(', '), LIST_PREVIEW) || 'none';
        for (const p of t.exposedPorts ?? []) {
            if (ports.includes(p))
                continue;
            const hint = p.includes('/') ? ` (ports are compared by number, as container-structure-test does: write '${p.split('/')[0] ?? p}')` : '';
            failures.push(`expected port ${p} to be exposed, got ${shownPorts}${hint}`);
        }
        for (const p of t.unexposedPorts ?? [])
            if (ports.includes(p))
                failures.push(`expected port ${p} not to be exposed, got ${shownPorts}`);
        const volumes = Object.keys(c.Volumes ?? {});
        const shownVolumes = (0,preview/* preview */.VH)(volumes.join(', '), LIST_PREVIEW) || 'none';
        for (const v of t.volumes ?? [])
            if (!volumes.includes(v))
                failures.push(`expected volume ${v}, got ${shownVolumes}`);
        for (const v of t.unmountedVolumes ?? [])
            if (volumes.includes(v))
                failures.push(`expected no volume ${v}, got ${shownVolumes}`);
        if (t.entrypoint !== undefined && listText(t.entrypoint) !== listText(c.Entrypoint))
            failures.push(`expected entrypoint ${listText(t.entrypoint)}, got ${(0,preview/* preview */.VH)(listText(c.Entrypoint), LIST_PREVIEW)}`);
        if (t.cmd !== undefined && listText(t.cmd) !== listText(c.Cmd))
            failures.push(`expected cmd ${listText(t.cmd)}, got ${(0,preview/* preview */.VH)(listText(c.Cmd), LIST_PREVIEW)}`);
        if (t.workdir !== undefined && t.workdir !== '' && t.workdir !== (c.WorkingDir ?? ''))
            failures.push(`expected workdir '${t.workdir}', got '${(0,preview/* preview */.VH)(c.WorkingDir ?? '', PREVIEW)}'`);
        if (t.user !== undefined && t.user !== '' && t.user !== (c.User ?? ''))
            failures.push(`expected user '${t.user}', got '${(0,preview/* preview */.VH)(c.User ?? '', PREVIEW)}'`);
        return failures;
    });
}
/**
 * container-structure-test's licence check (pkg/types/v2/licenses.go): a file
 * fails when its text, upper-cased, contains one of these words.
 */
const LICENSE_DENY_WORDS = ['AGPL', 'WTFPL'];
/** Debian packages the `debian: true` walk skips (CST's whitelist). */
const LICENSE_SKIPPED_PACKAGES = ['libgnutls30'];
const DEBIAN_DOC = '/usr/share/doc';
async function licenses(view, reader, t, index, line) {
    const t0 = performance.now();
    const failures = [];
    const files = [];
    if (t.debian === true) {
        // The docker driver lists the folder through the archive API: real directories only, a linked package folder is skipped.
        const doc = (0,resolve/* resolvePath */.o)(view.fs, DEBIAN_DOC, false);
        if (doc.kind !== 'found' || doc.node.type !== 'dir')
            failures.push(`expected ${DEBIAN_DOC} (Debian package docs) to be a directory, got ${doc.kind === 'found' ? `a ${doc.node.type}` : 'nothing'}`);
        else {
            for (const pkg of doc.node.children?.values() ?? []) {
                if (pkg.type !== 'dir' || LICENSE_SKIPPED_PACKAGES.includes(pkg.path.slice(pkg.path.lastIndexOf('/') + 1)))
                    continue;
                const copyright = `${DEBIAN_DOC}/${pkg.path.slice(pkg.path.lastIndexOf('/') + 1)}/copyright`;
                if (lstat(view, copyright).kind !== 'found')
                    failures.push(`expected ${copyright} (every Debian package ships its licence), got nothing there`);
                else
                    files.push(copyright);
            }
        }
    }
    const wanted = [...files, ...(t.files ?? [])];
    const reads = await reader.readMany(wanted.filter((f) => f !== ''));
    for (const f of wanted) {
        const r = f === '' ? undefined : reads.get(f);
        if (r?.kind !== 'content') {
            failures.push(`expected licence file ${f === '' ? "''" : f} to be readable, got ${r === undefined ? 'no path' : r.kind === 'not-a-file' ? `a ${r.node.type}` : r.kind}`);
            continue;
        }
        const text = r.content.toString('utf8').toUpperCase();
        const word = LICENSE_DENY_WORDS.find((w) => text.includes(w));
        if (word !== undefined)
            failures.push(`expected ${f} to name no licence in ${LICENSE_DENY_WORDS.join(', ')}, got '${word}'`);
    }
    const out = { kind: 'license', name: `License Test ${index + 1}`, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
    if (line !== undefined)
        out.line = line;
    return out;
}

// EXTERNAL MODULE: ./shared/src/compliance/engine.ts + 12 modules
var compliance_engine = __webpack_require__(47067);
// EXTERNAL MODULE: ./shared/src/compliance/cst/rules.ts
var cst_rules = __webpack_require__(87477);
// EXTERNAL MODULE: ./shared/src/compliance/image-view.ts
var image_view = __webpack_require__(78758);
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
const DPKG_STATUS = '/var/lib/dpkg/status';
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

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/catalog-layers.ts
/**
 * Which layer introduced each package: package databases are one file that
 * every installing layer rewrites, so the scan keeps each layer's version
 * (FsIndex.versions) and a package belongs to the layer from which its entry
 * is listed without a break up to the final file (a package removed and
 * installed again belongs to the layer that installed it again).
 */
/**
 * For each key the final database lists, the layer that introduced it.
 * `versions` are one file's versions in layer order (the last one of a layer
 * counts); keys no kept version lists (the final version was past the keep
 * budget) fall back to `finalLayer`, the layer of the file as it ends up.
 */
function introducingLayers(versions, keysOf, finalKeys, finalLayer) {
    const perLayer = new Map();
    for (const v of versions)
        perLayer.set(v.layer, v.content);
    const since = new Map();
    let previous = new Set();
    for (const [layer, content] of [...perLayer.entries()].sort((a, b) => a[0] - b[0])) {
        if (layer > finalLayer)
            break;
        const current = new Set(keysOf(content));
        for (const k of current)
            if (!previous.has(k))
                since.set(k, layer);
        previous = current;
    }
    const out = new Map();
    for (const k of finalKeys)
        out.set(k, previous.has(k) ? since.get(k) : finalLayer);
    return out;
}

// EXTERNAL MODULE: ./shared/src/compliance/sbom/go-buildinfo.ts
var go_buildinfo = __webpack_require__(6894);
;// CONCATENATED MODULE: ./shared/src/compliance/sbom/maven.ts

/**
 * fflate (~1.8 MB and a compile of its lookup tables) is loaded only once an image shows a Java archive
 * (issue 17): loadFflate, awaited before jarArtifacts, which is synchronous (language.ts defers the jars the
 * scan meets before it is loaded and reads them after, settleLanguage).
 */
const fflate = (0,lazy_module/* lazyModule */.f)(() => __webpack_require__.e(/* import() */ 1306).then(__webpack_require__.bind(__webpack_require__, 51306)), 'a Java archive was read before fflate was loaded: call loadFflate() before jarArtifacts()');
/** Loads fflate; one import however many callers, cheap after the first. */
const loadFflate = async () => {
    await fflate.load();
};
/** Whether jarArtifacts can run now (loadFflate has finished). */
const fflateLoaded = () => fflate.loaded();
const isJavaArchive = (path) => /\.(jar|war|ear)$/i.test(path);
/** Entries of one archive looked at; past it, the rest are not. */
const MAX_ENTRIES = 200_000;
const MAX_POM_BYTES = 64 * 1024;
/** Largest nested archive inflated. */
const MAX_NESTED_BYTES = 16 * 1024 * 1024;
/** Most bytes inflated from one outer archive, nested archives included. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const POM = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
/** A Java .properties file's key/value pairs (`k=v`, `k: v`, `k v`; # and ! comments); escapes beyond `\:`/`\=` are not needed for these keys. */
function parseProperties(text) {
    const out = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        const m = /^((?:[^=:\s\\]|\\.)+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (m === null)
            continue;
        out.set(m[1].replace(/\\(.)/g, '$1'), m[2].replace(/\\(.)/g, '$1'));
    }
    return out;
}
/** The artifact a pom.properties names, as `group:artifact` (the maven purl's namespace:name) and version. */
function parsePomProperties(text) {
    const p = parseProperties(text);
    const group = p.get('groupId');
    const artifact = p.get('artifactId');
    const version = p.get('version');
    if (group === undefined || group === '' || artifact === undefined || artifact === '' || version === undefined || version === '')
        return undefined;
    return { name: `${group}:${artifact}`, version };
}
function entries(bytes, nested, budget) {
    let seen = 0;
    const filter = (f) => {
        if (++seen > MAX_ENTRIES)
            return false;
        const cap = POM.test(f.name) ? MAX_POM_BYTES : nested && isJavaArchive(f.name) ? MAX_NESTED_BYTES : 0;
        // Both sizes are the archive's word: a stored entry is copied at its compressed size, a deflated one inflated into its original size.
        const bytes = Math.max(f.size, f.originalSize);
        // cap 0: not wanted. Without this test every empty entry (each folder of a jar) passed `bytes > cap`
        // and was then opened as a nested archive, a 64 KiB backward search for a zip trailer and a throw per
        // folder: 180 ms for one 1.6 MB jar of 1,000 folders, most of a Debian image's SBOM time.
        if (cap === 0 || bytes > cap || bytes > budget.left || (f.compression !== 0 && f.compression !== 8))
            return false;
        budget.left -= bytes;
        return true;
    };
    const { unzipSync } = fflate.get();
    try {
        return unzipSync(bytes, { filter });
    }
    catch {
        return {};
    }
}
/** The Maven artifacts a Java archive (and the archives inside it, one level) declares, in entry order. */
function jarArtifacts(bytes) {
    const budget = { left: MAX_INFLATED_BYTES };
    const out = [];
    const decoder = new TextDecoder();
    const add = (files) => {
        const inner = [];
        for (const [name, data] of Object.entries(files)) {
            if (POM.test(name)) {
                const r = parsePomProperties(decoder.decode(data));
                if (r !== undefined)
                    out.push(r);
            }
            else
                inner.push(data);
        }
        return inner;
    };
    for (const inner of add(entries(bytes, true, budget)))
        add(entries(inner, false, budget));
    return out;
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/license.ts
/**
 * Licence names to SPDX expressions, only where the name maps cleanly: a
 * Debian DEP-5 short name (GPL-2+, Expat, BSD-3-clause) or an SPDX-style
 * expression as Alpine writes it. Anything else (public-domain, MIT in
 * DEP-5, which it calls ambiguous, an exception, a custom name) gives
 * undefined: an SBOM that says nothing is better than one that guesses.
 */
/** The GNU licences carry -only/-or-later in SPDX; each with the versions it has. */
const GNU = {
    gpl: ['1.0', '2.0', '3.0'],
    lgpl: ['2.0', '2.1', '3.0'],
    agpl: ['1.0', '3.0'],
    gfdl: ['1.1', '1.2', '1.3'],
};
const GNU_ID = { gpl: 'GPL', lgpl: 'LGPL', agpl: 'AGPL', gfdl: 'GFDL' };
/** SPDX ids accepted as written (case-insensitively), and the DEP-5 names that are them. */
const PLAIN = [
    '0BSD',
    'Apache-1.0',
    'Apache-1.1',
    'Apache-2.0',
    'Artistic-1.0-Perl',
    'Artistic-2.0',
    'BSD-2-Clause',
    'BSD-3-Clause',
    'BSD-4-Clause',
    'BSL-1.0',
    'CC0-1.0',
    'CC-BY-3.0',
    'CC-BY-4.0',
    'CC-BY-SA-3.0',
    'CC-BY-SA-4.0',
    'CDDL-1.0',
    'curl',
    'EPL-1.0',
    'EPL-2.0',
    'ISC',
    'MIT',
    'MPL-1.1',
    'MPL-2.0',
    'OpenSSL',
    'PostgreSQL',
    'PSF-2.0',
    'Python-2.0',
    'Ruby',
    'Unlicense',
    'W3C',
    'WTFPL',
    'X11',
    'Zlib',
    'ZPL-2.1',
];
const SPDX_IDS = new Map(PLAIN.map((id) => [id.toLowerCase(), id]));
/** DEP-5 short names that differ from their SPDX id. MIT is not here: DEP-5 calls it ambiguous (Expat or X11). */
const DEP5_ALIASES = { expat: 'MIT', zope: 'ZPL-2.1', 'zope-2.1': 'ZPL-2.1', cc0: 'CC0-1.0' };
/** `GPL-2+`, `LGPL-2.1`, `GPL-3.0-or-later`, `GPL-2.0+` to the SPDX id; undefined if not a GNU licence with a known version. */
function gnu(term) {
    const m = /^(gpl|lgpl|agpl|gfdl)-(\d+(?:\.\d+)?)(\+|-only|-or-later)?$/.exec(term);
    if (m === null)
        return undefined;
    const family = m[1];
    const version = m[2].includes('.') ? m[2] : `${m[2]}.0`;
    if (!(GNU[family] ?? []).includes(version))
        return undefined;
    const later = m[3] === '+' || m[3] === '-or-later';
    return `${GNU_ID[family]}-${version}-${later ? 'or-later' : 'only'}`;
}
/**
 * A DEP-5 `License:` short name or expression (`GPL-2+ or Artistic-2.0`,
 * `LGPL-2.1+ and BSD-3-clause`) as an SPDX expression. DEP-5's `and` binds
 * tighter than `or`, as SPDX's AND does, so terms map one by one; a comma
 * (which changes that) or a `with` exception gives undefined.
 */
function spdxFromDebian(text) {
    const words = text.trim().toLowerCase().split(/\s+/);
    if (words.length === 0 || words[0] === '' || text.includes(','))
        return undefined;
    const out = [];
    for (const [i, w] of words.entries()) {
        if (i % 2 === 1) {
            if (w !== 'and' && w !== 'or')
                return undefined;
            out.push(w.toUpperCase());
            continue;
        }
        const id = gnu(w) ?? DEP5_ALIASES[w] ?? (w === 'mit' ? undefined : SPDX_IDS.get(w));
        if (id === undefined)
            return undefined;
        out.push(id);
    }
    return words.length % 2 === 1 ? out.join(' ') : undefined;
}
/**
 * An SPDX-style expression as a package database writes it (apk's `L:`):
 * kept when every term is a licence we know and the operators are AND/OR
 * (parentheses allowed), ids put in their canonical case and the deprecated
 * GNU forms (GPL-2.0, GPL-2.0+) in their -only/-or-later ones.
 */
function spdxFromExpression(text) {
    const tokens = text
        .replace(/([()])/g, ' $1 ')
        .trim()
        .split(/\s+/);
    if (tokens.length === 0 || tokens[0] === '')
        return undefined;
    const out = [];
    let depth = 0;
    let wantTerm = true;
    for (const t of tokens) {
        const lower = t.toLowerCase();
        if (t === '(' && wantTerm) {
            depth++;
            out.push(t);
        }
        else if (t === ')' && !wantTerm && depth > 0) {
            depth--;
            out.push(t);
        }
        else if ((lower === 'and' || lower === 'or') && !wantTerm) {
            out.push(lower.toUpperCase());
            wantTerm = true;
        }
        else if (wantTerm) {
            const id = gnu(lower) ?? SPDX_IDS.get(lower);
            if (id === undefined)
                return undefined;
            out.push(id);
            wantTerm = false;
        }
        else
            return undefined;
    }
    if (wantTerm || depth !== 0)
        return undefined;
    return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/npm.ts
/**
 * npm packages from `node_modules/<name>/package.json` (and
 * `node_modules/@scope/<name>/package.json`, at any depth: nested
 * node_modules count). Only manifests at a package's root are read: files
 * named package.json deeper inside a package (`lib/package.json` with only
 * `{"type":"module"}`) are not packages. An application's own package.json
 * outside node_modules is not listed either: it is the image's subject, not
 * a dependency, and is often private or unversioned.
 */

const NODE_MODULES = '/node_modules/';
/** Whether the path is a package root's package.json inside node_modules. */
function isNpmManifest(path) {
    if (!path.endsWith('/package.json'))
        return false;
    const at = path.lastIndexOf(NODE_MODULES);
    if (at < 0)
        return false;
    const dir = path.slice(at + NODE_MODULES.length, -'/package.json'.length).split('/');
    return dir.length === 1 ? dir[0] !== '' && !dir[0]?.startsWith('@') : dir.length === 2 && (dir[0]?.startsWith('@') ?? false) && dir[1] !== '';
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The licence a manifest declares, as SPDX: `license` as an expression, or
 * the legacy `{type}` object, or a legacy `licenses` list of one. "UNLICENSED",
 * "SEE LICENSE IN ..." and unknown ids give none (never guessed).
 */
function npmLicense(manifest) {
    const typeOf = (v) => (isRecord(v) ? v['type'] : v);
    const declared = manifest['license'] !== undefined
        ? typeOf(manifest['license'])
        : Array.isArray(manifest['licenses']) && manifest['licenses'].length === 1
            ? typeOf(manifest['licenses'][0])
            : undefined;
    return typeof declared === 'string' ? spdxFromExpression(declared) : undefined;
}
/** The package a package.json names; undefined when it is not JSON or lacks a name or version. */
function parseNpmManifest(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isRecord(json))
        return undefined;
    const { name, version } = json;
    if (typeof name !== 'string' || name === '' || typeof version !== 'string' || version === '')
        return undefined;
    const license = npmLicense(json);
    return { name, version, ...(license === undefined ? {} : { license }) };
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/purl.ts


/** One import for every caller (lazy-module.ts): jest's ESM loader fails two concurrent imports of one CommonJS package. */
const purlLib = (0,lazy_module/* lazyModule */.f)(() => __webpack_require__.e(/* import() */ 7091).then(__webpack_require__.t.bind(__webpack_require__, 87091, 23)), 'a purl was built before packageurl-js was loaded: call loadPurl() before catalog()');
/** Loads packageurl-js; cheap after the first call. */
const loadPurl = async () => {
    await purlLib.load();
};
/** The purl `distro` qualifier: debian-12, ubuntu-22.04, alpine-3.19.1 (the codename when there is no VERSION_ID, as on sid). */
function distroQualifier(d) {
    const version = d.versionId !== '' ? d.versionId : (d.codename ?? '');
    if (d.id === '')
        return undefined;
    return version === '' ? d.id : `${d.id}-${version}`;
}
/** Split a name at its last separator into namespace and name (`@scope/x`, `github.com/a/b`, `group:artifact`). */
function split(name, sep) {
    const at = name.lastIndexOf(sep);
    return at <= 0 ? [undefined, name] : [name.slice(0, at), name.slice(at + 1)];
}
function purlOf(p) {
    if (!purlLib.loaded())
        throw new errors/* PipelineError */.zC('INTERNAL', `the purl of ${p.ecosystem} package ${p.name} needs packageurl-js, which was not loaded: call loadPurl() before catalog()`);
    const { PackageURL } = purlLib.get();
    const qualifiers = {};
    if (p.arch !== undefined && p.arch !== '')
        qualifiers['arch'] = p.arch;
    let namespace;
    let name = p.name;
    let version = p.version;
    switch (p.ecosystem) {
        case 'deb':
        case 'apk':
        case 'rpm': {
            // The vendor namespace is the distribution (debian, ubuntu, alpine); without os-release, the family's usual one.
            namespace = p.distro?.id !== undefined && p.distro.id !== '' ? p.distro.id : { deb: 'debian', apk: 'alpine', rpm: undefined }[p.ecosystem];
            const distro = p.distro === undefined ? undefined : distroQualifier(p.distro);
            if (distro !== undefined)
                qualifiers['distro'] = distro;
            if (p.ecosystem === 'rpm') {
                // The rpm type's version is version-release; the epoch is a qualifier. openSUSE's IDs (opensuse-leap, -tumbleweed) share one vendor.
                const evr = /^(\d+):(.*)$/.exec(version);
                if (evr !== null)
                    [qualifiers['epoch'], version] = [evr[1], evr[2]];
                if (namespace?.startsWith('opensuse-') === true)
                    namespace = 'opensuse';
            }
            break;
        }
        case 'npm':
            [namespace, name] = name.startsWith('@') ? split(name, '/') : [undefined, name];
            break;
        case 'golang':
            [namespace, name] = split(name, '/');
            break;
        case 'maven':
            [namespace, name] = split(name, ':');
            break;
        case 'pypi':
            break;
    }
    const q = Object.keys(qualifiers).length > 0 ? qualifiers : undefined;
    // The canonical form never holds an unencoded '+' (purl-spec faq, and its deb test `attr@1:2.4.47-2%2Bb1`).
    // packageurl-js 2.0 encodes it everywhere but in the version, where Debian's +b1/+deb12u1 and Go's
    // +incompatible put it; every other '+' is already %2B, so this touches the version only.
    return new PackageURL(p.ecosystem, namespace, name, version === '' ? undefined : version, q, undefined).toString().replaceAll('+', '%2B');
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/python.ts
/**
 * Python distributions from their core metadata: `*.dist-info/METADATA`
 * (wheels, pip) and `*.egg-info/PKG-INFO` or a `*.egg-info` file
 * (setuptools). The licence is taken from, in order: License-Expression
 * (PEP 639), a License field that is an SPDX expression, or a single
 * `License :: OSI Approved :: ...` classifier that names one licence
 * unambiguously (the table below); otherwise none.
 */

const isPythonMetadata = (path) => path.endsWith('.dist-info/METADATA') || path.endsWith('.egg-info/PKG-INFO') || path.endsWith('.egg-info');
/** Trove classifiers that name exactly one SPDX licence (the versionless ones, "BSD License", "Apache Software License", are left out). */
const CLASSIFIERS = new Map([
    ['MIT License', 'MIT'],
    ['MIT No Attribution License (MIT-0)', 'MIT-0'],
    ['ISC License (ISCL)', 'ISC'],
    ['Apache Software License 2.0 (Apache-2.0)', 'Apache-2.0'],
    ['Mozilla Public License 2.0 (MPL 2.0)', 'MPL-2.0'],
    ['Python Software Foundation License', 'PSF-2.0'],
    ['The Unlicense (Unlicense)', 'Unlicense'],
    ['zlib/libpng License', 'Zlib'],
    ['Boost Software License 1.0 (BSL-1.0)', 'BSL-1.0'],
    ['Eclipse Public License 2.0 (EPL-2.0)', 'EPL-2.0'],
    ['European Union Public Licence 1.2 (EUPL 1.2)', 'EUPL-1.2'],
    ['Universal Permissive License (UPL)', 'UPL-1.0'],
    ['GNU General Public License v2 or later (GPLv2+)', 'GPL-2.0-or-later'],
    ['GNU General Public License v3 (GPLv3)', 'GPL-3.0-only'],
    ['GNU General Public License v3 or later (GPLv3+)', 'GPL-3.0-or-later'],
    ['GNU Lesser General Public License v3 (LGPLv3)', 'LGPL-3.0-only'],
    ['GNU Lesser General Public License v3 or later (LGPLv3+)', 'LGPL-3.0-or-later'],
    ['GNU Affero General Public License v3', 'AGPL-3.0-only'],
    ['GNU Affero General Public License v3 or later (AGPLv3+)', 'AGPL-3.0-or-later'],
]);
const OSI = 'License :: OSI Approved :: ';
/** The header fields of a core-metadata file (up to the first blank line; continuation lines folded), by lower-cased name. */
function headers(text) {
    const out = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
            last[last.length - 1] += `\n${line.trim()}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        last = out.get(key) ?? [];
        last.push(line.slice(colon + 1).trim());
        out.set(key, last);
    }
    return out;
}
function pythonLicense(fields) {
    const expression = fields.get('license-expression')?.[0];
    if (expression !== undefined)
        return spdxFromExpression(expression);
    const license = fields.get('license')?.[0];
    const fromField = license === undefined || license.includes('\n') ? undefined : spdxFromExpression(license);
    if (fromField !== undefined)
        return fromField;
    const classifiers = (fields.get('classifier') ?? []).filter((c) => c.startsWith('License :: '));
    if (classifiers.length !== 1)
        return undefined;
    const only = classifiers[0];
    return only.startsWith(OSI) ? CLASSIFIERS.get(only.slice(OSI.length)) : undefined;
}
/** The distribution a METADATA/PKG-INFO file describes; undefined without Name and Version. */
function parsePythonMetadata(text) {
    const fields = headers(text);
    const name = fields.get('name')?.[0];
    const version = fields.get('version')?.[0];
    if (name === undefined || name === '' || version === undefined || version === '')
        return undefined;
    const license = pythonLicense(fields);
    return { name, version, ...(license === undefined ? {} : { license }) };
}
/** PEP 503's normalised project name, the one the pypi purl uses (runs of -, _ and . become one -, lower case). */
const pep503 = (name) => name.replace(/[-_.]+/g, '-').toLowerCase();

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/language.ts
/**
 * Language packages (npm, PyPI, Maven, Go modules), from files that are not
 * package databases: manifests, Java archives, Go binaries. The scan hands
 * each such file's bytes to `deriveLanguage` as it passes (ScanOptions.derive)
 * and keeps only the records found, so jars and binaries are read in the same
 * pass as the rules and never kept; `languagePackages` turns the records of
 * the files the image ends up with into packages, each attributed to the
 * layer of the file that evidences it.
 */






/** Largest manifest (package.json, METADATA) read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Largest Java archive or executable read (kubectl-sized Go binaries are ~50 MB); the body is held while it is summarised. */
const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Most bytes the scan hands to the language catalogers per image. */
const MAX_LANGUAGE_BYTES = 1024 * 1024 * 1024;
/** Executables smaller than this are not Go binaries (a stripped hello-world is ~1.2 MB): skipping them spares the scan most of /usr/bin. */
const MIN_GO_BYTES = 512 * 1024;
const isPending = (v) => typeof v === 'object' && v !== null && 'pendingJar' in v;
const isExecutable = (mode) => (mode & 0o111) !== 0;
/** Whether the scan should hand this file to deriveLanguage (asked for every regular file: cheap tests first). */
function languageWants(path, size, mode) {
    if (size <= MAX_MANIFEST_BYTES && (isNpmManifest(path) || isPythonMetadata(path)))
        return true;
    if (size > MAX_ARCHIVE_BYTES)
        return false;
    return isJavaArchive(path) || (size >= MIN_GO_BYTES && isExecutable(mode));
}
/** The records one file evidences; undefined when it evidences none. A Java archive needs fflate loaded (loadFflate). */
function deriveLanguage(path, body) {
    const found = (() => {
        if (isNpmManifest(path)) {
            const r = parseNpmManifest(body.toString('utf8'));
            return r === undefined ? undefined : { ecosystem: 'npm', records: [r] };
        }
        if (isPythonMetadata(path)) {
            const r = parsePythonMetadata(body.toString('utf8'));
            return r === undefined ? undefined : { ecosystem: 'pypi', records: [r] };
        }
        if (isJavaArchive(path))
            return { ecosystem: 'maven', records: jarArtifacts(body) };
        return goFound((0,go_buildinfo/* goBuildInfo */.X3)(body));
    })();
    return found === undefined || found.records.length === 0 ? undefined : found;
}
/**
 * OSV's name for the Go standard library: its Go advisories (net/http, crypto/tls...)
 * are filed under the package "stdlib", versioned by goSemver (1.21.5, no `go`).
 * The purl is therefore pkg:golang/stdlib@1.21.5, what syft and trivy emit too
 * (cyclonedx-gomod's pkg:golang/std is the module's name, which no advisory uses):
 * a scanner matching by purl finds the same advisories we do.
 */
const GO_STDLIB = 'stdlib';
function goFound(info) {
    if (info === undefined)
        return undefined;
    const modules = info.main === undefined ? info.deps : [info.main, ...info.deps];
    const records = modules.map((m) => ({ name: m.path, version: m.version }));
    // Every Go binary links the standard library it was built with (even one built without modules).
    const std = (0,go_buildinfo/* goSemver */.Dq)(info.goVersion);
    if (std !== undefined)
        records.push({ name: GO_STDLIB, version: std });
    return records.length === 0 ? undefined : { ecosystem: 'golang', records };
}
/** Executables are read as they stream (ScanOptions.derive.stream): only a Go binary's build info is held, never the binary (up to 64 MiB). */
function streamLanguage(path) {
    if (isNpmManifest(path) || isPythonMetadata(path) || isJavaArchive(path))
        return undefined;
    const reader = new go_buildinfo/* GoBuildInfoReader */.E8();
    return { write: (chunk) => reader.write(chunk), end: () => goFound(reader.end()) };
}
/** The scan's derive: deriveLanguage, but a Java archive met before fflate is loaded waits for settleLanguage (PendingJar). */
function deriveOrDefer(path, body) {
    if (isJavaArchive(path) && !fflateLoaded()) {
        // Not awaited here (the scan's derive is synchronous): settleLanguage awaits it, and reports a failed load.
        loadFflate().catch(() => undefined);
        // A copy: the scan may reuse the buffer it handed over.
        return { ecosystem: 'maven', pendingJar: Buffer.from(body) };
    }
    return deriveLanguage(path, body);
}
/** The scan options that feed the language catalogers. */
const languageDerive = {
    wants: languageWants,
    derive: deriveOrDefer,
    stream: streamLanguage,
    maxFileBytes: MAX_ARCHIVE_BYTES,
    maxTotalBytes: MAX_LANGUAGE_BYTES,
};
/**
 * Reads the Java archives the scan deferred (PendingJar), after loading fflate, and stores what deriveLanguage
 * would have: the records, or nothing when the archive declares none. Call it once the scan is done, before
 * languagePackages (checkImage does).
 */
async function settleLanguage(fs) {
    for (const [path, { layer, value }] of fs.derived) {
        if (!isPending(value))
            continue;
        await loadFflate();
        const records = jarArtifacts(value.pendingJar);
        if (records.length === 0)
            fs.derived.delete(path);
        else
            fs.derived.set(path, { layer, value: { ecosystem: 'maven', records } });
    }
}
/** What the purl says for a record: PEP 503 names for PyPI; no version for a Go main module built from a checkout (`(devel)` is no version). */
function purlName(ecosystem, r) {
    if (ecosystem === 'pypi')
        return { name: pep503(r.name), version: r.version };
    if (ecosystem === 'golang' && r.version === '(devel)')
        return { name: r.name, version: '' };
    return r;
}
/** The language packages of the files the image ends up with (a file removed or replaced by a later layer no longer counts). */
function languagePackages(fs, layerDigest) {
    const out = [];
    for (const [path, { layer, value }] of fs.derived) {
        const node = fs.get(path);
        if (node?.type !== 'file' || node.layer !== layer)
            continue;
        if (isPending(value))
            throw new errors/* PipelineError */.zC('INTERNAL', `${path}: a Java archive the scan deferred was not read: call settleLanguage() before catalog()`);
        // The scan stores what deriveLanguage returned (languageDerive): nothing else writes FsIndex.derived here.
        const found = value;
        for (const r of found.records) {
            out.push({
                ecosystem: found.ecosystem,
                name: r.name,
                version: r.version,
                ...(r.license === undefined ? {} : { license: r.license }),
                purl: purlOf({ ecosystem: found.ecosystem, ...purlName(found.ecosystem, r) }),
                layer: { index: layer, digest: layerDigest(layer) },
                locations: [path],
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/package-fields.ts
/**
 * Package names and versions come from the image (a database entry, a
 * package.json, a jar's pom.properties, a Go binary's build info): text anyone
 * who built the image chose. They reach SARIF rule ids and messages, JUnit
 * test names, the job summary, SPDX ids and purls, so a name or version no
 * package manager would accept is not cataloged at all: one with a control or
 * formatting character (a newline that starts a workflow command, a
 * bidirectional override), with whitespace (no ecosystem cataloged here allows
 * it in a name or a version: dpkg, apk, rpm, npm, PEP 440/503, Maven
 * coordinates, Go module paths), or longer than a bound: npm's own 214 for its
 * names, 256 for other names (a Maven group:artifact or a Go module path is
 * rarely past 100) and 128 for versions (a Go pseudo-version is ~34, Debian's
 * longest are ~60).
 */

/** npm's own limit (validate-npm-package-name). */
const MAX_NPM_NAME = 214;
const MAX_NAME = 256;
const MAX_VERSION = 128;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\ufeff]/;
const SPACE = /\s/;
function fieldProblem(what, text, max) {
    const shown = `"${(0,preview/* preview */.VH)(text, { max: 40 })}"`;
    if (CONTROL.test(text))
        return `${what} ${shown} holds a control character`;
    if (SPACE.test(text))
        return `${what} ${shown} holds whitespace`;
    if (text.length > max)
        return `${what} ${shown} is ${text.length} characters long, expected at most ${max}`;
    return undefined;
}
/** Why a package's name, version or source is not catalogable; undefined when they all are. */
function packageFieldsProblem(p) {
    return (fieldProblem('name', p.name, p.ecosystem === 'npm' ? MAX_NPM_NAME : MAX_NAME) ??
        fieldProblem('version', p.version, MAX_VERSION) ??
        (p.source === undefined
            ? undefined
            : (fieldProblem('source name', p.source.name, MAX_NAME) ?? fieldProblem('source version', p.source.version, MAX_VERSION))));
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/copyright.ts
/**
 * A Debian package's licence from its /usr/share/doc/<pkg>/copyright, only
 * when the file is machine-readable (DEP-5, copyright-format 1.0): the
 * `License:` of the `Files: *` paragraph, the licence of the package as a
 * whole. Free-form copyright files say nothing we could read without guessing.
 */


const FORMAT = /^https?:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/?$/;
/** Where a package's copyright file lives. */
const copyrightPath = (pkg) => `/usr/share/doc/${pkg}/copyright`;
/**
 * The paragraphs of a deb822 text one at a time, each as parseDeb822 gives
 * it (a paragraph ends at a line that is blank or only whitespace): a reader
 * that has what it needs stops there instead of splitting the whole file.
 */
function* paragraphs(text) {
    let start = 0;
    let line = 0;
    while (line <= text.length) {
        const nl = text.indexOf('\n', line);
        const end = nl < 0 ? text.length : nl;
        if (text.slice(line, end).trim() === '' || nl < 0) {
            // Lines start..end hold no blank line, so they are at most one paragraph.
            const [p] = parseDeb822(text.slice(start, nl < 0 ? text.length : line));
            if (p !== undefined)
                yield p;
            start = end + 1;
        }
        if (nl < 0)
            return;
        line = nl + 1;
    }
}
/** The SPDX expression of a DEP-5 copyright file's `Files: *` licence; undefined when the file is not DEP-5 or the licence does not map cleanly. */
function dep5License(text) {
    let header = true;
    // Copyright files run to hundreds of KB; the header and the `Files: *` paragraph are near the top.
    for (const p of paragraphs(text)) {
        if (header && !FORMAT.test(p.get('Format') ?? ''))
            return undefined;
        header = false;
        // `Files: *` may list more patterns on the same line; `*` first is the catch-all (DEP-5: later paragraphs override it).
        if ((p.get('Files') ?? '').split(/\s+/)[0] !== '*')
            continue;
        const license = p.get('License');
        return license === undefined ? undefined : spdxFromDebian(license);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/rpm-header.ts
/**
 * An RPM header as rpmdb.sqlite stores it (the `Packages` table's `blob`):
 * two big-endian 32-bit counts (index entries, data bytes), the index of
 * 16-byte entries (tag, type, offset into the data, count), then the data
 * store. Only the tags an SBOM needs are read. The blob is untrusted: every
 * count and offset is checked against the blob itself before it is used, so
 * a crafted header yields a reason, never a throw or an allocation past the
 * blob's own size.
 */

/** Header tags (rpmtag.h) the catalog reads. */
const TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    vendor: 1011,
    license: 1014,
    arch: 1022,
    sourceRpm: 1044,
};
/** Header entry types (rpmtag.h rpmTagType). */
const INT32 = 4;
const STRING = 6;
const I18NSTRING = 9;
/** rpm's own bounds (header_internal.h hdrchkTags/hdrchkData): at most 64Ki entries and 256 MiB of data. */
const rpm_header_MAX_ENTRIES = 0xffff;
const MAX_DATA = 0x0fffffff;
/** Longest string read from the data store (a licence expression is the longest we read; real ones are far below). */
const MAX_STRING = 64 * 1024;
const decoder = new TextDecoder('utf-8');
/** A NUL-terminated string at `offset` of the data store, or a reason. */
function stringAt(data, e) {
    if (e.type !== STRING && e.type !== I18NSTRING)
        return (0,result/* err */._)(`expected a string (type ${STRING} or ${I18NSTRING}), got type ${e.type}`);
    if (e.count < 1)
        return (0,result/* err */._)(`expected a string count of at least 1, got ${e.count}`);
    if (e.offset >= data.length)
        return (0,result/* err */._)(`expected an offset below the data length ${data.length}, got ${e.offset}`);
    // Look for the NUL no further than the longest string we accept.
    const window = data.subarray(e.offset, Math.min(data.length, e.offset + MAX_STRING + 1));
    const end = window.indexOf(0);
    if (end < 0)
        return (0,result/* err */._)(window.length > MAX_STRING
            ? `expected a string of at most ${MAX_STRING} bytes at offset ${e.offset}, got a longer one`
            : `expected a NUL-terminated string at offset ${e.offset}, got none before the end of the data`);
    return (0,result.ok)(decoder.decode(window.subarray(0, end)));
}
function int32At(data, e) {
    if (e.type !== INT32)
        return (0,result/* err */._)(`expected an INT32 (type ${INT32}), got type ${e.type}`);
    if (e.count < 1)
        return (0,result/* err */._)(`expected an INT32 count of at least 1, got ${e.count}`);
    if (e.offset % 4 !== 0 || e.offset + 4 > data.length)
        return (0,result/* err */._)(`expected an aligned INT32 within the data (${data.length} bytes), got offset ${e.offset}`);
    return (0,result.ok)(new DataView(data.buffer, data.byteOffset + e.offset, 4).getUint32(0, false));
}
/** Version and release must be one token each: rpm forbids `-` and whitespace in them, and a name with whitespace is no package name. */
const isToken = (s) => s !== '' && !/\s/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
/** The SBOM's fields of one header blob, or why it cannot be read. */
function parseRpmHeader(blob) {
    if (blob.length < 8)
        return (0,result/* err */._)(`expected at least 8 bytes (the index and data counts), got ${blob.length}`);
    const view = new DataView(blob.buffer, blob.byteOffset, blob.length);
    const il = view.getUint32(0, false);
    const dl = view.getUint32(4, false);
    if (il < 1 || il > rpm_header_MAX_ENTRIES)
        return (0,result/* err */._)(`expected 1 to ${rpm_header_MAX_ENTRIES} index entries, got ${il}`);
    if (dl > MAX_DATA)
        return (0,result/* err */._)(`expected at most ${MAX_DATA} data bytes, got ${dl}`);
    // rpm refuses a blob whose size is not exactly what its counts say (hdrblobInit); so do we, before reading any entry.
    const expected = 8 + il * 16 + dl;
    if (blob.length !== expected)
        return (0,result/* err */._)(`expected ${expected} bytes for ${il} entries and ${dl} data bytes, got ${blob.length}`);
    const data = blob.subarray(8 + il * 16);
    const wanted = new Set(Object.values(TAG));
    const entries = new Map();
    for (let i = 0; i < il; i++) {
        const at = 8 + i * 16;
        const tag = view.getUint32(at, false);
        if (!wanted.has(tag))
            continue;
        // A tag written again after the immutable region (rpm's "dribble" entries) replaces the earlier one.
        entries.set(tag, { type: view.getUint32(at + 4, false), offset: view.getUint32(at + 8, false), count: view.getUint32(at + 12, false) });
    }
    const strings = {};
    for (const key of ['name', 'version', 'release', 'arch', 'license', 'sourceRpm', 'vendor']) {
        const e = entries.get(TAG[key]);
        if (e === undefined)
            continue;
        const s = stringAt(data, e);
        if (!s.ok)
            return (0,result/* err */._)(`tag ${TAG[key]} (${key}): ${s.error}`);
        strings[key] = s.value;
    }
    const { name, version, release } = strings;
    for (const [key, value] of [
        ['name', name],
        ['version', version],
        ['release', release],
    ]) {
        if (value === undefined)
            return (0,result/* err */._)(`expected a ${key} (tag ${TAG[key]}), got none`);
        if (!isToken(value))
            return (0,result/* err */._)(`expected a ${key} without spaces or control characters, got ${JSON.stringify(value.slice(0, 40))}`);
    }
    const header = { name: name, version: version, release: release };
    const epochEntry = entries.get(TAG.epoch);
    if (epochEntry !== undefined) {
        const epoch = int32At(data, epochEntry);
        if (!epoch.ok)
            return (0,result/* err */._)(`tag ${TAG.epoch} (epoch): ${epoch.error}`);
        header.epoch = epoch.value;
    }
    for (const key of ['arch', 'license', 'sourceRpm', 'vendor']) {
        const value = strings[key];
        if (value !== undefined && value !== '')
            header[key] = value;
    }
    return (0,result.ok)(header);
}
/** `name-version-release.src.rpm` split at its last two dashes; undefined when it is not of that shape. */
function parseSourceRpm(file) {
    const m = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(file);
    if (m === null)
        return undefined;
    return { name: m[1], version: m[2], release: m[3] };
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/rpmdb.ts


/** Where rpm keeps its SQLite database: the sysimage path first (Fedora 36+, where /var/lib/rpm links to it), then the older one (RHEL 9). */
const RPMDB_SQLITE = ['/usr/lib/sysimage/rpm/rpmdb.sqlite', '/var/lib/rpm/rpmdb.sqlite'];
/** BerkeleyDB (`Packages`, RHEL <= 8, CentOS 7/8, Amazon Linux 2) and ndb (`Packages.db`, older SUSE) databases: seen, not read. */
const RPMDB_OTHER = [
    '/var/lib/rpm/Packages',
    '/var/lib/rpm/Packages.db',
    '/usr/lib/sysimage/rpm/Packages',
    '/usr/lib/sysimage/rpm/Packages.db',
];
/** The largest header read: rpm's own data bound (256 MiB) is for whole headers of huge packages; ours only needs a few tags, and real headers are below 2 MiB. */
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
/** Most rows read (a full Fedora workstation has ~3,000 packages). */
const MAX_PACKAGES = 100_000;
/** SQLite's own heap (page cache, row buffers); the database bytes themselves are bounded by the catalog's read cap. */
const HEAP_LIMIT_BYTES = 64 * 1024 * 1024;
let loading;
/** sql.js, loaded and compiled on first use only (its wasm is inlined in the module, so a bundle carries it without a file beside it). */
function loadSqlite() {
    loading ??= __webpack_require__.e(/* import() */ 8865).then(__webpack_require__.t.bind(__webpack_require__, 28865, 23)).then(async (m) => {
        // A CommonJS module: Node gives its exports as `default`; a bundler may give the function itself.
        const init = m.default ?? m;
        return init();
    });
    return loading;
}
/** Why the `Packages` table may not be read as rpm writes it (`hnum INTEGER PRIMARY KEY, blob BLOB NOT NULL`), or undefined when it may. */
function schemaProblem(db) {
    const master = db.exec("SELECT type, sql FROM sqlite_master WHERE name = 'Packages'");
    const row = master[0]?.values[0];
    if (row === undefined)
        return 'expected a Packages table, got none';
    const [type, sql] = row;
    if (type !== 'table' || typeof sql !== 'string' || !/^\s*CREATE\s+TABLE\b/i.test(sql))
        return `expected Packages to be a plain table, got a ${String(type)} (${JSON.stringify(String(sql).slice(0, 40))})`;
    const columns = db.exec("PRAGMA table_xinfo('Packages')")[0];
    const names = columns?.columns ?? [];
    const col = (r, name) => r[names.indexOf(name)];
    const byName = new Map((columns?.values ?? []).map((r) => [String(col(r, 'name')), r]));
    for (const name of ['hnum', 'blob']) {
        const r = byName.get(name);
        if (r === undefined)
            return `expected a column ${name} in Packages, got ${[...byName.keys()].join(', ').slice(0, 80) || 'none'}`;
        // hidden 2/3: generated columns; a default applies to short records: either could compute a value of any size.
        if (col(r, 'hidden') !== 0 || col(r, 'dflt_value') !== null)
            return `expected ${name} to be a stored column without a default, got a computed one`;
    }
    return undefined;
}
/** The headers of an rpmdb.sqlite's bytes, or why the file cannot be read as one. */
function readRpmDb(sqlite, bytes) {
    let db;
    try {
        db = new sqlite.Database(bytes);
    }
    catch (e) {
        return (0,result/* err */._)(`expected an SQLite database, got one SQLite cannot open (${String(e.message).slice(0, 80)})`);
    }
    try {
        db.run(`PRAGMA hard_heap_limit = ${HEAP_LIMIT_BYTES}; PRAGMA query_only = 1; PRAGMA trusted_schema = 0`);
        const problem = schemaProblem(db);
        if (problem !== undefined)
            return (0,result/* err */._)(problem);
        const headers = [];
        const skipped = [];
        // length() of a blob comes from its record header, so an oversized blob is never loaded.
        const stmt = db.prepare(`SELECT hnum, length(blob), CASE WHEN typeof(blob) = 'blob' AND length(blob) <= ${MAX_HEADER_BYTES} THEN blob END FROM Packages ORDER BY hnum LIMIT ${MAX_PACKAGES + 1}`);
        try {
            let rows = 0;
            while (stmt.step()) {
                if (++rows > MAX_PACKAGES) {
                    skipped.push(`rows past the first ${MAX_PACKAGES} were not read`);
                    break;
                }
                const [hnum, length, blob] = stmt.get();
                if (!(blob instanceof Uint8Array)) {
                    skipped.push(`header ${String(hnum)}: expected a blob of at most ${MAX_HEADER_BYTES} bytes, got ${length === null ? 'none' : `${String(length)} bytes`}`);
                    continue;
                }
                const header = parseRpmHeader(blob);
                if (header.ok)
                    headers.push(header.value);
                else
                    skipped.push(`header ${String(hnum)}: ${header.error}`);
            }
        }
        finally {
            stmt.free();
        }
        return (0,result.ok)({ headers, skipped });
    }
    catch (e) {
        return (0,result/* err */._)(`expected a readable SQLite database, got an error reading it (${String(e.message).slice(0, 80)})`);
    }
    finally {
        db.close();
    }
}
/** rpm's `[epoch:]version-release`, the form rpm compares and advisories name (the epoch kept when the header has one, 0 included, as rpm prints it). */
const rpmEvr = (epoch, version, release) => `${epoch === undefined ? '' : `${epoch}:`}${version}-${release}`;
/** A header as the catalog's installed package: the source package from SOURCERPM, which shares the binary's epoch (one spec builds both). */
function installedFromHeader(h) {
    const version = rpmEvr(h.epoch, h.version, h.release);
    const src = h.sourceRpm === undefined ? undefined : parseSourceRpm(h.sourceRpm);
    return {
        name: h.name,
        version,
        arch: h.arch ?? '',
        source: src === undefined ? { name: h.name, version } : { name: src.name, version: rpmEvr(h.epoch, src.version, src.release) },
        ...(h.license === undefined ? {} : { license: h.license }),
    };
}
/**
 * The installed packages of an rpmdb.sqlite. The `gpg-pubkey` entries are
 * left out: they are the signing keys rpm imported, stored as headers so
 * `rpm -qa` lists them, not software (no architecture, no files, no source).
 */
function readRpmPackages(sqlite, bytes) {
    const r = readRpmDb(sqlite, bytes);
    if (!r.ok)
        return r;
    return (0,result.ok)({ installed: r.value.headers.filter((h) => h.name !== 'gpg-pubkey').map(installedFromHeader), skipped: r.value.skipped });
}

;// CONCATENATED MODULE: ./shared/src/compliance/sbom/catalog.ts
/**
 * The SBOM of one platform image, from the scan's file-system view alone:
 * the distribution from os-release and the packages its package database
 * lists (dpkg's status and status.d, apk's installed, rpm's rpmdb.sqlite),
 * each with its source,
 * licence where machine-readable, purl and the layer that introduced it.
 * What the scan must keep for this is declared here (sbomCapture,
 * keepsEveryLayer), so the SBOM comes from the same pass as the rules.
 * Language packages (npm, PyPI, Maven, Go) come from language.ts, fed by the
 * scan's `derive` option (languageDerive).
 */











/** Copyright files past this are not read for a licence (the `Files: *` paragraph is near the top of a DEP-5 file, but we read files whole). */
const MAX_COPYRIGHT_BYTES = 256 * 1024;
/** Largest package database read (the status of a ~1,500-package image is ~4 MB). */
const MAX_DB_BYTES = 32 * 1024 * 1024;
/** Package databases: the scan keeps their version in every layer, for attribution. */
const keepsEveryLayer = (path) => path === DPKG_STATUS || path === APK_INSTALLED || isDpkgStatusD(path) || RPMDB_SQLITE.includes(path);
/** The other files the catalog reads, captured by the scan when small: os-release and copyright files. */
function sbomCapture(path, size) {
    if (path === OS_RELEASE[0] || path === OS_RELEASE[1])
        return true;
    return size <= MAX_COPYRIGHT_BYTES && path.startsWith('/usr/share/doc/') && path.endsWith('/copyright') && path.indexOf('/', 15) === path.length - 10;
}
/** The database files present in the index: what must be read (when the scan could not keep them) before cataloging. */
function packageDbPaths(fs) {
    const statusD = [...(fs.get(DPKG_STATUS_D)?.children?.values() ?? [])].filter((n) => n.type === 'file' && isDpkgStatusD(n.path)).map((n) => n.path);
    return [DPKG_STATUS, APK_INSTALLED, ...RPMDB_SQLITE, ...OS_RELEASE, ...statusD.sort()].filter((p) => fs.has(p));
}
/**
 * Whether catalog() may find a package, so needs packageurl-js (loadPurl): a package database is present or a
 * language file was derived. Conservative: a database with no packages still says yes.
 */
function mayHavePackages(fs) {
    return fs.derived.size > 0 || packageDbPaths(fs).some((p) => p !== OS_RELEASE[0] && p !== OS_RELEASE[1]);
}
/** The rpmdb.sqlite the image's rpm reads (the first path that is a file: on Fedora /var/lib/rpm is a link to the other), if any. */
const rpmDbPath = (fs) => RPMDB_SQLITE.find((p) => fs.get(p)?.type === 'file');
function distroOf(view) {
    const bytes = (0,image_view/* capturedFile */.H7)(view, OS_RELEASE[0]) ?? (0,image_view/* capturedFile */.H7)(view, OS_RELEASE[1]);
    if (bytes === undefined)
        return undefined;
    const os = parseOsRelease(bytes.toString('utf8'));
    if (os.id === '')
        return undefined;
    return { id: os.id, versionId: os.versionId, ...(os.codename === '' ? {} : { codename: os.codename }) };
}
const keyOf = (p) => `${p.name}\0${p.version}\0${p.arch}`;
/** A database file's bytes as the image ends up with them; an error when it is there but could not be read (too large, or a link to nothing readable). */
function databaseBytes(view, path) {
    const node = view.fs.get(path);
    if (node === undefined || node.type === 'dir')
        return undefined;
    const bytes = (0,image_view/* capturedFile */.H7)(view, path);
    if (bytes === undefined) {
        const got = node.type === 'file' ? `${node.size} bytes` : `a ${node.type} to nothing readable as a file of that size`;
        throw new errors/* PipelineError */.zC('UNSUPPORTED', `the package database ${path} in ${view.name} could not be read: expected a file of at most ${MAX_DB_BYTES} bytes, got ${got}`, {
            hint: 'The image lists more packages than an SBOM is built for here; report this with the image, or test a slimmer image.',
        });
    }
    return bytes;
}
function fromDatabase(view, db, distro) {
    const bytes = databaseBytes(view, db.path);
    if (bytes === undefined)
        return [];
    const installed = db.parse(bytes);
    const finalLayer = view.fs.get(db.path)?.layer ?? 0;
    // The final file is usually also the last kept version (the scan keeps the one buffer for both): parsed once.
    const parseVersion = (c) => (db.parseVersion === undefined && c === bytes ? installed : (db.parseVersion ?? db.parse)(c));
    const layers = introducingLayers(view.fs.versions.get(db.path) ?? [], (c) => parseVersion(c).map(keyOf), installed.map(keyOf), finalLayer);
    return installed.map((p) => {
        const index = layers.get(keyOf(p)) ?? finalLayer;
        const pkg = {
            ecosystem: db.ecosystem,
            name: p.name,
            version: p.version,
            source: p.source,
            purl: purlOf({ ecosystem: db.ecosystem, name: p.name, version: p.version, arch: p.arch, ...(distro === undefined ? {} : { distro }) }),
            layer: { index, digest: view.manifest.layers[index]?.digest ?? '' },
            locations: [db.path],
        };
        if (p.arch !== '')
            pkg.arch = p.arch;
        if (distro !== undefined)
            pkg.distro = distro;
        const license = db.license(p);
        if (license !== undefined)
            pkg.license = license;
        return pkg;
    });
}
function debianLicense(view, p) {
    const bytes = (0,image_view/* capturedFile */.H7)(view, copyrightPath(p.name));
    return bytes === undefined ? undefined : dep5License(bytes.toString('utf8'));
}
function rpmDatabase(view, path, opts) {
    const sqlite = opts.sqlite;
    if (sqlite === undefined)
        throw new errors/* PipelineError */.zC('INTERNAL', `${path} in ${view.name} needs sql.js, which was not loaded: call loadSqlite() before catalog()`);
    return {
        ecosystem: 'rpm',
        path,
        parse: (bytes) => {
            const r = readRpmPackages(sqlite, bytes);
            if (!r.ok)
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `the RPM database ${path} in ${view.name} could not be read: ${r.error}`, {
                    hint: 'The image carries a damaged rpm database, or one rpm did not write; check it with `rpm --root <unpacked image> -qa`.',
                });
            const { skipped } = r.value;
            if (skipped.length > 0)
                opts.notice?.(`RPM database ${path} in ${view.name}: ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} not cataloged (${skipped.slice(0, 3).join('; ')}${skipped.length > 3 ? '; ...' : ''}).`);
            return r.value.installed;
        },
        // An earlier layer's unreadable version only loses attribution: its packages fall to a later layer.
        parseVersion: (bytes) => {
            const r = readRpmPackages(sqlite, bytes);
            return r.ok ? r.value.installed : [];
        },
        license: (p) => (p.license === undefined ? undefined : spdxFromExpression(p.license)),
    };
}
function rpmPackages(view, distro, opts) {
    const path = rpmDbPath(view.fs);
    if (path === undefined) {
        for (const other of RPMDB_OTHER)
            if (view.fs.get(other)?.type === 'file')
                opts.notice?.(`${other} in ${view.name}: RPM database in BerkeleyDB/ndb format is not cataloged.`);
        return [];
    }
    // rpm checkpoints its write-ahead log on close; one left with content holds changes the main file lacks.
    const wal = view.fs.get(`${path}-wal`);
    if (wal?.type === 'file' && wal.size > 0)
        opts.notice?.(`${path}-wal in ${view.name} is not empty: packages recorded only in it are not cataloged.`);
    return fromDatabase(view, rpmDatabase(view, path, opts), distro);
}
const ORDER = ['ecosystem', 'name', 'version', 'arch'];
/** Ecosystem, name, version, arch, compared as code units (stable across locales). */
function comparePackages(a, b) {
    for (const k of ORDER) {
        const x = a[k] ?? '';
        const y = b[k] ?? '';
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** The SBOM of the image the view shows; `platform` as platformString gives it (linux/amd64). */
function catalog(view, platform, opts = {}) {
    const distro = distroOf(view);
    const dpkg = { ecosystem: 'deb', path: DPKG_STATUS, parse: (b) => parseDpkgEntries(b.toString('utf8')), license: (p) => debianLicense(view, p) };
    const packages = [
        ...fromDatabase(view, dpkg, distro),
        ...packageDbPaths(view.fs)
            .filter(isDpkgStatusD)
            .flatMap((path) => fromDatabase(view, { ...dpkg, path, parse: (b) => parseDpkgEntries(b.toString('utf8'), { requireStatus: false }) }, distro)),
        ...fromDatabase(view, {
            ecosystem: 'apk',
            path: APK_INSTALLED,
            parse: (b) => parseApkEntries(b.toString('utf8')),
            license: (p) => (p.license === undefined ? undefined : spdxFromExpression(p.license)),
        }, distro),
        ...rpmPackages(view, distro, opts),
        ...languagePackages(view.fs, (i) => view.manifest.layers[i]?.digest ?? ''),
    ];
    return {
        image: { name: view.name, digest: view.descriptor.digest, platform },
        ...(distro === undefined ? {} : { distro }),
        packages: catalogable(packages, view.name, opts).sort(comparePackages),
    };
}
/** Files named in notices of dropped packages; past it, one line counts the rest (a crafted image may hold thousands). */
const MAX_DROP_NOTICES = 20;
/**
 * Every cataloger's packages pass here, the one place a name or version the image chose is checked
 * (package-fields.ts) before it reaches a report: what fails is dropped with a notice naming the file
 * that listed it and a short redacted preview of the offending text.
 */
function catalogable(packages, image, opts) {
    const dropped = new Map();
    const kept = packages.filter((p) => {
        const why = packageFieldsProblem(p);
        if (why === undefined)
            return true;
        const at = p.locations[0] ?? '';
        dropped.set(at, [...(dropped.get(at) ?? []), why]);
        return false;
    });
    let shown = 0;
    for (const [at, reasons] of dropped) {
        if (++shown > MAX_DROP_NOTICES) {
            opts.notice?.(`${dropped.size - MAX_DROP_NOTICES} more files in ${image} list packages not cataloged for the same reasons.`);
            break;
        }
        const list = `${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; ...' : ''}`;
        opts.notice?.(`${(0,preview/* preview */.VH)(at, { max: 160, redact: false })} in ${image}: ${reasons.length} package${reasons.length === 1 ? '' : 's'} not cataloged (${list}).`);
    }
    return kept;
}

;// CONCATENATED MODULE: ./shared/src/compliance/check-image.ts
/**
 * The whole test of one image: open it (layout, archive or registry), scan
 * its layers once, run the selected rules and the container-structure-test
 * suites, and return everything the reports need. No reporting here.
 */


































/** Its home is cst/rules.ts (constants, for the reports without the scan); re-exported here for the rule reference. */

const HOST_ARCH = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
function choosePlatform(images, wanted) {
    const arch = HOST_ARCH[process.arch] ?? process.arch;
    const pick = wanted !== undefined && wanted !== ''
        ? images.find((i) => (0,types/* platformString */.F)(i.platform) === wanted)
        : (images.find((i) => i.platform.os === 'linux' && i.platform.architecture === arch) ?? images[0]);
    if (pick === undefined) {
        throw new errors/* PipelineError */.zC('NOT_FOUND', `the image has no ${wanted ?? 'platform'} variant`, {
            input: 'image',
            hint: `It has: ${images.map((i) => (0,types/* platformString */.F)(i.platform)).join(', ') || 'no platform images'}.`,
        });
    }
    return pick;
}
/**
 * How buildah/podman/skopeo name the same image. containers/image only finds
 * OCI-typed manifests in a layout, so archives and registry images are handed
 * over in their own transport rather than rewritten.
 */
function imageRef(location, ref, insecureRegistries = []) {
    const withTag = (r) => (ref === undefined ? r : { ...r, tag: ref });
    switch (location.kind) {
        case 'layout':
            return withTag({ transport: 'oci', path: external_node_path_.resolve(location.path) });
        case 'oci-archive':
            return withTag({ transport: 'oci-archive', path: external_node_path_.resolve(location.path) });
        case 'docker-archive':
            return withTag({ transport: 'docker-archive', path: external_node_path_.resolve(location.path) });
        case 'registry':
        case 'ambiguous': {
            const reference = location.kind === 'registry' ? location.reference : location.text;
            // The registry client's plain-HTTP rule (loopback, insecure-registries), so the runtime pulls the way the scan read.
            const parsed = (0,registry_reference/* parseReference */.F2)(reference);
            return { transport: 'docker', reference, plainHttp: parsed.ok && (0,scheme/* usesPlainHttp */.V)(parsed.value.registry, insecureRegistries) };
        }
    }
}
async function checkImage(opts) {
    const log = opts.log ?? (() => undefined);
    // Privileges the step did not grant are refused before anything is opened or scanned.
    if ((opts.policy.policy.commandTests ?? []).length > 0)
        (0,run_options/* checkPrivileges */.$q)(opts.policy.policy.containerRunOptions, opts.commandPrivileges);
    const location = (0,result/* unwrap */.o)((0,oci_location/* parseImageLocation */.s)(opts.image, 'image'));
    // The command tests' runtime is started when they run, not beside the scan: measured (bench/hello.ts, issue 17), its
    // spawns (buildah --version, the sandbox and overlay probes) slowed the scan on 2 cores by more than they saved.
    const opened = await (0,oci_open/* openImageSource */.X)(location, { input: 'image', registry: opts.registry ?? (0,source/* registryOpener */.z)(opts.connect) });
    const src = opened.source;
    // Lower case only: buildah derives an image name from the layout path.
    const work = external_node_path_.join(external_node_os_.tmpdir(), `test-image-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    await promises_.mkdir(work, { recursive: true });
    try {
        const root = await (0,oci_image/* selectRoot */.PD)(src, opened.ref);
        const resolved = await (0,oci_image/* resolveImage */.AT)(src, root);
        const image = choosePlatform(resolved.images, opts.platform);
        const policy = opts.policy.policy;
        const rules = (0,compliance_engine/* selectRules */.uE)(policy.compliance, opts.rules ?? []);
        const settings = (0,compliance_engine/* ruleSettings */.I8)(policy.compliance);
        const ruleWants = (0,compliance_engine/* wantedFiles */.l0)(rules);
        const contentPaths = new Set((policy.fileContentTests ?? []).map((t) => t.path));
        log(`Scanning ${src.name} (${(0,types/* platformString */.F)(image.platform)}, ${image.manifest.layers.length} layers)`);
        const index = await scanImage(src, image, {
            capture: (p, size) => contentPaths.has(p) || ruleWants(p, size) || sbomCapture(p, size),
            keepEveryLayer: keepsEveryLayer,
            derive: languageDerive,
            onLayer: (i, n) => log(`  layer ${i + 1}/${n}`),
        });
        // Java archives met before fflate was loaded (the first starts the load) are read now: fflate only for an image with one.
        await settleLanguage(index);
        // Files rules read through a link (e.g. /etc/passwd -> ../usr/share/...) were not kept by the scan: read them now.
        await new ContentReader(src, image, index).readMany((0,compliance_engine/* requiredFiles */.n4)(rules));
        // Package databases past the scan's keep budget (or behind a link): read now, so the SBOM misses nothing.
        await new ContentReader(src, image, index, MAX_DB_BYTES).readMany(packageDbPaths(index));
        const view = (0,image_view/* makeImageView */.Bc)(src.name, image, index, root.annotations ?? {});
        const today = opts.today ?? new Date();
        const raw = (0,compliance_engine/* runRules */.xG)(view, rules, settings);
        const kind = location.kind === 'ambiguous' && src instanceof layout/* OciLayout */.Al ? { kind: 'layout', path: location.text } : location;
        // A layout with several tags for one image needs one named, or buildah asks which.
        const layoutTag = kind.kind === 'layout' ? root.annotations?.['org.opencontainers.image.ref.name'] : undefined;
        // How the policy was read (a 1.0.0 suite converted) and what command tests were allowed: both shown with the verdict.
        const notices = [...(opts.policy.notices ?? [])];
        const tests = await runSuites(view, opts.policy, imageRef(kind, opened.ref ?? layoutTag, opts.connect?.insecureRegistries), work, log, reader(src, image, index), {
            opts,
            platform: (0,types/* platformString */.F)(image.platform),
            notices,
            scanned: { configDigest: image.manifest.config.digest, os: image.config.os, architecture: image.config.architecture },
        });
        const testFindings = tests
            .filter((t) => !t.passed)
            .map((t) => (0,compliance_engine/* toFinding */.N6)(cst_rules/* CST_RULES */.T[t.kind].id, 'error', {
            subject: { kind: 'policy', test: t.name },
            expected: 'the test to pass',
            got: t.failures.join('; '),
            message: `${cst_rules/* CST_RULES */.T[t.kind].title} '${t.name}' failed: ${t.failures.join('; ')}`,
        }));
        const { findings, suppressed } = (0,compliance_engine/* applyIgnores */.wI)([...raw, ...testFindings], policy.compliance?.ignore ?? [], today);
        let files = 0;
        for (const _ of index.walk())
            files++;
        // packageurl-js only for an image with packages (issue 17): catalog() names each package's purl synchronously.
        if (mayHavePackages(index))
            await loadPurl();
        return {
            image: {
                name: src.name,
                digest: image.descriptor.digest,
                platform: (0,types/* platformString */.F)(image.platform),
                layers: image.manifest.layers.length,
                files,
                size: (0,image_view/* imageSize */.R9)(view),
            },
            rules,
            findings,
            suppressed,
            tests,
            view,
            // sql.js is loaded only for an image with an rpmdb.sqlite.
            sbom: catalog(view, (0,types/* platformString */.F)(image.platform), {
                ...(rpmDbPath(index) === undefined ? {} : { sqlite: await (opts.loadSqlite ?? loadSqlite)() }),
                notice: (n) => notices.push(n),
            }),
            notices,
        };
    }
    finally {
        await src.close();
        await promises_.rm(work, { recursive: true, force: true }).catch(() => undefined);
    }
}
const reader = (src, image, index) => new ContentReader(src, image, index);
/** Command tests of a foreign platform run under qemu: without a binfmt handler every one would fail with "exec format error". */
async function checkEmulation(platform, loaded) {
    const missing = (0,emulation/* platformsLackingEmulation */.iJ)([platform], (0,emulation/* hostArchitecture */.m4)(), true, await (0,emulation/* binfmtHandlers */.yA)());
    if (missing.length === 0)
        return;
    throw new errors/* PipelineError */.zC('EMULATION', `the policy's command tests run in the ${platform} image, and this machine has no emulator for it (no enabled qemu handler in /proc/sys/fs/binfmt_misc)`, {
        input: 'platform',
        ...(loaded.file === undefined ? {} : { file: loaded.file }),
        hint: `${failure/* EMULATION_HINT */.fH} On Debian, when the package is installed but the handler is not registered (a fresh container), run \`update-binfmts --enable\`.`,
    });
}
/**
 * Docker creates a missing bind-mount source folder; buildah and podman
 * refuse. Do as Docker, and say so, inside the workspace only: a policy never
 * makes folders elsewhere on the runner (allow-outside-workspace lets it
 * mount them, not create them).
 */
async function createMountSources(s, workspace, log) {
    for (const [i, m] of s.mounts.entries()) {
        if (await promises_.stat(m.source).then(() => true, () => false))
            continue;
        // The one confinement rule again, without allow-outside-workspace: its refusal is only the cause of the error below.
        const subject = `containerRunOptions.bindMounts[${i}]`;
        await (0,workspace_path/* confinePath */.ey)(m.source, { workspace }, { subject, hint: '' }).catch((e) => {
            throw new errors/* PipelineError */.zC('POLICY', `${subject}: expected an existing folder outside the workspace, got ${m.source}, which does not exist (test-image creates missing sources only inside the workspace)`, {
                hint: `Create ${m.source} in an earlier step, or mount a folder of the workspace.`,
                cause: e,
            });
        });
        await promises_.mkdir(m.source, { recursive: true });
        log(`  created the missing bind-mount source ${m.source}, as Docker does`);
    }
}
/** The registry a docker-transport image is pulled from (none for files): the one the auth file needs. */
function pullRegistries(image) {
    if (image.transport !== 'docker')
        return [];
    const r = (0,registry_reference/* parseReference */.F2)(image.reference);
    return r.ok ? [r.value.registry] : [];
}
async function runSuites(view, loaded, transport, work, log, reader, ctx) {
    const p = loaded.policy;
    // re2js only for a policy with a pattern (issue 17): the checks below compile synchronously.
    if (policyUsesRegex(p))
        await loadRegexEngine();
    const out = [];
    (p.fileExistenceTests ?? []).forEach((t, i) => out.push(fileExistence(view, t, loaded.lineOf(['fileExistenceTests', i]))));
    out.push(...(await fileContents(reader, p.fileContentTests ?? [], (i) => loaded.lineOf(['fileContentTests', i]))));
    if (p.metadataTest !== undefined)
        out.push(metadata(view, p.metadataTest, loaded.lineOf(['metadataTest'])));
    for (const [i, t] of (p.licenseTests ?? []).entries())
        out.push(await licenses(view, reader, t, i, loaded.lineOf(['licenseTests', i])));
    const commands = p.commandTests ?? [];
    if (commands.length > 0) {
        log(`Running ${commands.length} command test${commands.length === 1 ? '' : 's'} (${ctx.platform})`);
        const settings = await (0,run_options/* resolveRunOptions */.g0)(p.containerRunOptions, {
            env: ctx.opts.env ?? process.env,
            workspace: ctx.opts.workspace ?? process.cwd(),
            network: ctx.opts.commandNetwork ?? 'none',
            privileges: ctx.opts.commandPrivileges ?? 'none',
            allowOutsideWorkspace: ctx.opts.allowOutsideWorkspace === true,
            platform: ctx.platform,
            ...(ctx.opts.commandTimeoutMs === undefined ? {} : { timeoutMs: ctx.opts.commandTimeoutMs }),
        });
        await checkEmulation(ctx.platform, loaded);
        for (const n of (0,run_options/* describeRunSettings */.ye)(settings)) {
            log(`  ${n}`);
            ctx.notices.push(n);
        }
        await createMountSources(settings, ctx.opts.workspace ?? process.cwd(), log);
        const [os_, arch, variant] = ctx.platform.split('/');
        // buildah/podman/skopeo read the registry themselves: they get the scan's credentials in a private auth file, gone once the image is loaded.
        const choice = await (0,auth_file/* withAuthFile */.jL)(pullRegistries(transport), (0,credentials/* credentialResolver */.iT)(ctx.opts.connect?.auth ?? credentials/* NO_AUTH */.hg), (authFile) => {
            const pull = transport.transport === 'docker' && authFile !== undefined ? { ...transport, authFile: authFile.path } : transport;
            return openRuntime(pull, async () => {
                const file = external_node_path_.join(work, 'image.tar');
                const pick = ['--override-os', os_ ?? 'linux', '--override-arch', arch ?? '', ...(variant === undefined ? [] : ['--override-variant', variant])];
                const r = await (0,src_process/* run */.e)('skopeo', [
                    'copy',
                    '--quiet',
                    ...pick,
                    ...pullFlags(pull, '--src-tls-verify'),
                    ...authFlags(pull, '--src-authfile'),
                    formatRef(pull),
                    `docker-archive:${file}:test-image:test`,
                ]);
                if (r.code !== 0) {
                    const refused = pullError('skopeo', pull, r.stderr);
                    throw refused.code === 'AUTH'
                        ? refused
                        : new errors/* PipelineError */.zC('BUILDER', `skopeo could not write a docker archive for docker load: ${r.stderr.trim()}`);
                }
                return file;
            }, settings, ctx.scanned);
        });
        if ('unavailable' in choice) {
            throw new errors/* PipelineError */.zC('NO_BUILDER', `the policy has ${commands.length} command test${commands.length === 1 ? '' : 's'}, but ${choice.unavailable}`, {
                ...(loaded.file === undefined ? {} : { file: loaded.file }),
                ...(loaded.lineOf(['commandTests']) === undefined ? {} : { line: loaded.lineOf(['commandTests']) }),
                hint: 'Install buildah (or run on a runner with podman/docker), or move the commandTests to a policy used where one is available.',
            });
        }
        log(`  with ${choice.runtime.name}`);
        try {
            const imageEnv = view.container.Env ?? [];
            const runtime = choice.runtime;
            // Each test's container is created while the test before it runs (a fresh one per test, as before; never two
            // ahead). Not on vfs, where a container is a full copy of the image: there one exists at a time, as before.
            const ahead = runtime.store?.driver !== 'vfs';
            let next;
            for (const [i, t] of commands.entries()) {
                const globals = p.globalEnvVars ?? [];
                const own = t.envVars ?? [];
                const container = next;
                next = ahead && i + 1 < commands.length ? runtime.create() : undefined;
                // Its failure is this test's next one's, reported when that test starts; close() removes it if that never comes.
                next?.catch(() => undefined);
                out.push(await runCommandTest(choice.runtime, t, testEnv(imageEnv, globals, own), loaded.lineOf(['commandTests', i]), expansionEnv(imageEnv, globals, own, (t.setup?.length ?? 0) > 0), container));
            }
        }
        finally {
            await choice.runtime.close();
        }
    }
    return out;
}


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ goSemver),
/* harmony export */   E8: () => (/* binding */ GoBuildInfoReader),
/* harmony export */   X3: () => (/* binding */ goBuildInfo)
/* harmony export */ });
/* unused harmony export parseModInfo */
/**
 * Go modules from a Go binary's build information: the blob the linker
 * writes into the data segment, found by its `\xff Go buildinf:` magic. Go
 * 1.18+ writes the version and module strings inline after a 32-byte header
 * (flag bit 2), each prefixed by its uvarint length; the module string is
 * framed by 16 sentinel bytes and lists `path`, `mod` (the main module),
 * `dep` lines (path, version, sum) and `=>` lines (a replacement of the dep
 * before). Older binaries (pointers into the data segment) are not read
 * through the header; for them, and for binaries whose buildinfo section
 * was stripped (esbuild's release builds), the module string is found by
 * its sentinels in the read-only data (runtime/debug's copy of it).
 * Binaries built outside module mode (Debian's packaged Go tools) carry only
 * a `path` line and give no modules: the distribution package lists them.
 */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const HEADER = 32;
const FLAG_INLINE = 0x2;
/** Magic matches looked at in one file (a string constant can carry the magic too). */
const MAX_MATCHES = 16;
const ELF = Buffer.from('\x7fELF', 'latin1');
/** The 16 bytes cmd/go puts before and after the module string. */
const INFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const INFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');
/** Longest module string read by its sentinels (a module graph of thousands of deps is ~500 KB). */
const MAX_MODINFO = 4 * 1024 * 1024;
const isMore = (v) => typeof v === 'object' && v !== null && 'need' in v;
/** An unsigned LEB128 varint at `at`: its value and the offset after it; undefined past 2^32. */
function uvarint(b, at) {
    let value = 0;
    for (let shift = 0, i = at; shift <= 28; shift += 7, i++) {
        if (i >= b.length)
            return { need: i + 1 };
        const byte = b[i];
        value += (byte & 0x7f) * 2 ** shift;
        if ((byte & 0x80) === 0)
            return [value, i + 1];
    }
    return undefined;
}
/** A uvarint-prefixed string; undefined past MAX_MODINFO, so what a match holds stays bounded. */
function inlineString(b, at) {
    const v = uvarint(b, at);
    if (v === undefined || isMore(v))
        return v;
    if (v[0] > MAX_MODINFO)
        return undefined;
    if (v[1] + v[0] > b.length)
        return { need: v[1] + v[0] };
    return [b.toString('utf8', v[1], v[1] + v[0]), v[1] + v[0]];
}
/** The inline build info whose magic is at `at` (Go 1.18+); undefined when that match is not one. */
function inlineInfo(b, at) {
    if (at + HEADER > b.length)
        return { need: at + HEADER };
    if ((b[at + 15] & FLAG_INLINE) === 0)
        return undefined;
    const vers = inlineString(b, at + HEADER);
    if (vers === undefined || isMore(vers))
        return vers;
    if (!vers[0].startsWith('go'))
        return undefined;
    const mod = inlineString(b, vers[1]);
    if (mod === undefined || isMore(mod))
        return mod;
    return { goVersion: vers[0], ...parseModInfo(mod[0]) };
}
/** The last `n` bytes of `b`, copied, so a kept overlap does not keep its whole chunk alive. */
const lastBytes = (b, n) => Buffer.from(b.subarray(Math.max(0, b.length - n)));
/** The module lines of a module string, sentinels removed. */
function parseModInfo(mod) {
    const text = mod.length >= 33 && mod[mod.length - 17] === '\n' ? mod.slice(16, -16) : mod;
    const deps = [];
    let main;
    for (const line of text.split('\n')) {
        const [kind, path, version] = line.split('\t');
        if (path === undefined || path === '')
            continue;
        if (kind === 'mod')
            main = { path, version: version ?? '' };
        else if (kind === 'dep')
            deps.push({ path, version: version ?? '' });
        else if (kind === '=>' && deps.length > 0 && version !== undefined && version !== '')
            deps[deps.length - 1] = { path, version };
    }
    return { ...(main === undefined ? {} : { main }), deps };
}
/** `b` from `at` on, to hold past this write: copied when it is a view of the lent chunk, as is when we concatenated it ourselves. */
const kept = (b, chunk, at) => (b === chunk ? Buffer.from(b.subarray(at)) : b.subarray(at));
/**
 * The build information of a Go binary read as it streams, chunk by chunk:
 * only the bytes from a magic match (or the first module-string sentinel) up
 * to the end of its strings are held, a few MiB at most, never the binary,
 * so a 64 MiB executable costs the scan no more memory than a small one.
 * Each byte is copied a bounded number of times (no re-concatenation per
 * chunk). Chunks are lent (BodySink, layers/tar-parse.ts): what is held is
 * a copy, never a view of a chunk the caller will reuse. The first magic match (of at most MAX_MATCHES) whose inline strings
 * read wins; without one, the module string between the sentinels. Once
 * decided, the remaining chunks are ignored.
 */
class GoBuildInfoReader {
    seen = 0;
    head = Buffer.alloc(0);
    done = false;
    found;
    /** Magic search: the overlap with the next chunk, or the match being read (held from its magic on, in parts). */
    magicTail = Buffer.alloc(0);
    held = [];
    heldBytes = 0;
    need = 0;
    matches = 0;
    /** Sentinel search: the overlap with the next chunk; from the first start sentinel on, the bytes held (in parts). */
    sentinelTail = Buffer.alloc(0);
    sentinelParts;
    sentinelBytes = 0;
    sentinelInfo = 'unknown';
    write(chunk) {
        if (this.done || chunk.length === 0)
            return;
        this.seen += chunk.length;
        if (this.head.length < ELF.length) {
            this.head = Buffer.concat([this.head, chunk.subarray(0, ELF.length - this.head.length)]);
            if (this.head.length === ELF.length && !this.head.equals(ELF)) {
                this.finish(undefined);
                return;
            }
        }
        this.readMagic(chunk, false);
        if (!this.done && this.sentinelInfo === 'unknown')
            this.readSentinel(chunk);
    }
    /** The build information of the whole file; undefined for other files and pre-1.18 Go binaries. */
    end() {
        if (this.done)
            return this.found;
        if (this.seen < HEADER || !this.head.equals(ELF))
            return this.finish(undefined);
        this.readMagic(Buffer.alloc(0), true);
        if (this.done)
            return this.found;
        return this.finish(this.sentinelInfo === 'unknown' ? undefined : this.sentinelInfo);
    }
    finish(info) {
        this.done = true;
        this.found = info;
        this.magicTail = Buffer.alloc(0);
        this.held = [];
        this.sentinelTail = Buffer.alloc(0);
        this.sentinelParts = undefined;
        return info;
    }
    readMagic(chunk, eof) {
        if (this.matches > MAX_MATCHES)
            return;
        let b;
        let candidate = -1;
        if (this.held.length > 0) {
            this.held.push(Buffer.from(chunk));
            this.heldBytes += chunk.length;
            if (this.heldBytes < this.need && !eof)
                return;
            b = Buffer.concat(this.held);
            this.held = [];
            candidate = 0;
        }
        else
            b = this.magicTail.length === 0 ? chunk : Buffer.concat([this.magicTail, chunk]);
        let from = 0;
        for (;;) {
            if (candidate >= 0) {
                const info = inlineInfo(b, candidate);
                if (isMore(info) && !eof) {
                    // Held from the magic on until the strings are complete (bounded: inlineString refuses lengths past MAX_MODINFO).
                    this.held = [kept(b, chunk, candidate)];
                    this.heldBytes = b.length - candidate;
                    this.need = info.need - candidate;
                    return;
                }
                if (info !== undefined && !isMore(info)) {
                    this.finish(info);
                    return;
                }
                from = candidate + 1;
            }
            if (this.matches >= MAX_MATCHES) {
                this.matches++;
                this.magicTail = Buffer.alloc(0);
                return;
            }
            const at = b.indexOf(MAGIC, from);
            if (at < 0) {
                // What a match across the next chunk boundary needs.
                this.magicTail = lastBytes(b.subarray(from), MAGIC.length - 1);
                return;
            }
            this.matches++;
            candidate = at;
        }
    }
    readSentinel(chunk) {
        if (this.sentinelParts === undefined) {
            const b = this.sentinelTail.length === 0 ? chunk : Buffer.concat([this.sentinelTail, chunk]);
            const at = b.indexOf(INFO_START);
            if (at < 0) {
                this.sentinelTail = lastBytes(b, INFO_START.length - 1);
                return;
            }
            const from = kept(b, chunk, at);
            this.sentinelParts = [from];
            this.sentinelBytes = from.length;
            this.sentinelTail = Buffer.alloc(0);
            this.findEnd(from, 0);
            return;
        }
        this.sentinelParts.push(Buffer.from(chunk));
        const base = this.sentinelBytes - this.sentinelTail.length;
        this.sentinelBytes += chunk.length;
        this.findEnd(Buffer.concat([this.sentinelTail, chunk]), base);
    }
    /** Look for the end sentinel in `b`, the held bytes from offset `base` (from the start sentinel) on. */
    findEnd(b, base) {
        const end = b.indexOf(INFO_END, Math.max(0, 16 - base));
        if (end < 0) {
            // The end sentinel must come within MAX_MODINFO of the start, or the first start sentinel is not a module string.
            if (this.sentinelBytes > MAX_MODINFO + INFO_END.length) {
                this.sentinelInfo = undefined;
                this.sentinelParts = undefined;
            }
            else
                this.sentinelTail = lastBytes(b, INFO_END.length - 1);
            return;
        }
        const at = base + end;
        const s = Buffer.concat(this.sentinelParts ?? []);
        this.sentinelParts = undefined;
        this.sentinelTail = Buffer.alloc(0);
        this.sentinelInfo =
            at > MAX_MODINFO || !s.toString('latin1', 16, 21).startsWith('path\t') ? undefined : { goVersion: '', ...parseModInfo(s.toString('utf8', 16, at)) };
    }
}
/** The build information of an ELF Go binary held whole; undefined for other files and pre-1.18 Go binaries. */
function goBuildInfo(bytes) {
    const reader = new GoBuildInfoReader();
    reader.write(bytes);
    return reader.end();
}
/**
 * A Go toolchain version (go1.21.5, go1.21, go1.21rc2, "go1.22.0 X:boringcrypto")
 * as the semver OSV's Go database gives the standard library ("stdlib"
 * advisories range over 1.21.5, 1.21.0-rc.2): the `go` prefix dropped, a bare
 * language version before 1.21 (go1.20) meaning its first release 1.20.0, and
 * rcN/betaN a pre-release of the .0 release. Undefined for what is not a
 * release (a `devel` toolchain), which no advisory range can place.
 */
function goSemver(goVersion) {
    const m = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?(?:$|[ -])/.exec(goVersion.trim());
    if (m === null)
        return undefined;
    const [, major, minor = '0', patch = '0', pre, n] = m;
    return pre === undefined ? `${major}.${minor}.${patch}` : `${major}.${minor}.0-${pre}.${n}`;
}


/***/ }),

/***/ 73604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ openImageSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/oci/layout.ts
var layout = __webpack_require__(87043);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(85512);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
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
var pipe_to_file = __webpack_require__(79892);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(99259);
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

/***/ 28081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yt: () => (/* binding */ writeAuthFile),
/* harmony export */   jL: () => (/* binding */ withAuthFile)
/* harmony export */ });
/* unused harmony exports AUTH_DIR_PREFIX, authFileKey, authFileJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5698);
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
const authFileKey = (registry) => (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRegistry */ .l5)(registry);
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
async function writeAuthFile(registries, resolve, tmp = node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir()) {
    const found = [];
    for (const r of new Set([...registries].map(authFileKey))) {
        const c = await resolve(r);
        if (c !== undefined)
            found.push([r, c]);
    }
    if (found.length === 0)
        return undefined;
    // mkdtemp makes the folder 0700; the file is created 0600 and must not exist yet.
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_2__.join(tmp, AUTH_DIR_PREFIX));
    const dispose = () => node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'auth.json');
    try {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod(dir, 0o700);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, authFileJson(found), { mode: 0o600, flag: 'wx' });
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


/***/ })

};
