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
import { types } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { giveBackOf } from '../chunk-pool.js';
import { PipelineError } from '../errors.js';
import { algorithmOf, DigestCounter, digestMismatch, type Digest } from '../oci/digest.js';

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
export const inflateWorkerConfig = { minBytes: 4 * 1024 * 1024 };

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
let handleUsable: boolean | undefined;
export function inflateWorkerUsable(): boolean {
  handleUsable ??= handleSelfTest();
  return handleUsable;
}

interface SyncHandle {
  writeSync: (flush: number, input: Buffer, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number) => void;
  onerror: (message: string, errno: number, code?: string) => void;
}

function handleSelfTest(): boolean {
  const open = (): { g: zlib.Gunzip; handle: SyncHandle; state: Uint32Array } | undefined => {
    const g = zlib.createGunzip() as zlib.Gunzip & { _handle?: Partial<SyncHandle>; _writeState?: unknown };
    const h = g._handle;
    if (typeof h?.writeSync !== 'function' || typeof h.onerror !== 'function' || !types.isUint32Array(g._writeState)) {
      g.close();
      return undefined;
    }
    return { g, handle: h as SyncHandle, state: g._writeState };
  };
  const text = Buffer.from('image-pipeline inflate self-test');
  const good = open();
  if (good === undefined) return false;
  try {
    const input = zlib.gzipSync(text);
    const out = Buffer.alloc(text.length + 16);
    let failed = false;
    good.handle.onerror = () => {
      failed = true;
    };
    good.handle.writeSync(zlib.constants.Z_FINISH, input, 0, input.length, out, 0, out.length);
    if (failed || good.state[1] !== 0 || good.state[0] !== out.length - text.length || !out.subarray(0, text.length).equals(text)) return false;
  } catch {
    return false;
  } finally {
    good.g.close();
  }
  const bad = open();
  if (bad === undefined) return false;
  try {
    let failed = false;
    bad.handle.onerror = () => {
      failed = true;
    };
    const junk = Buffer.from('not gzip at all, not gzip at all');
    bad.handle.writeSync(zlib.constants.Z_NO_FLUSH, junk, 0, junk.length, Buffer.alloc(64), 0, 64);
    return failed;
  } catch {
    return false;
  } finally {
    bad.g.close();
  }
}

interface Pooled {
  worker: Worker;
  inRing: SharedArrayBuffer;
  outRing: SharedArrayBuffer;
}

const idle: Pooled[] = [];
let trimTimer: NodeJS.Timeout | undefined;
let jobs = 0;

function takeWorker(): Pooled {
  const w = idle.pop();
  if (w !== undefined) return w;
  // No execArgv: the script needs node's built-ins only, not the parent's loaders (tsx in development).
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
  worker.unref();
  const pooled = { worker, inRing: new SharedArrayBuffer(IN_SLOTS * SLOT), outRing: new SharedArrayBuffer(OUT_SLOTS * SLOT) };
  // A worker that ends while idle (terminated, or gone for any reason) is never handed out: a job sent to it would wait forever.
  worker.once('exit', () => {
    const i = idle.indexOf(pooled);
    if (i >= 0) idle.splice(i, 1);
  });
  return pooled;
}

function keepWorker(w: Pooled): void {
  if (idle.length >= MAX_IDLE) {
    void w.worker.terminate();
    return;
  }
  idle.push(w);
  if (trimTimer !== undefined) clearTimeout(trimTimer);
  trimTimer = setTimeout(() => {
    trimTimer = undefined;
    for (const p of idle.splice(0)) void p.worker.terminate();
  }, IDLE_MS);
  trimTimer.unref();
}

/** Jobs started on a worker since the process began (tests: which path a read took). */
export const inflateWorkerJobs = (): number => jobs;

/** Idle workers now (tests). */
export const idleInflateWorkers = (): number => idle.length;

type Message =
  | { job: number; t: 'inFree'; slot: number }
  | { job: number; t: 'out'; slot: number; len: number }
  | { job: number; t: 'done'; size: number }
  | { job: number; t: 'error'; message: string; code?: string };

/**
 * Inflate the gzip stream `blob` on a worker, handing each inflated chunk to
 * `write` in order (valid only during the call). With `diffId`, the inflated
 * bytes are checked against it (`what` names them in the error) and the last
 * chunk is held back until they are, as VerifyingStream does. Rejects with
 * the blob's error, the gunzip's (an Error with zlib's message and code, as
 * the stream's would be), what `write` throws, or the signal's reason.
 */
export function inflateGzip(blob: Readable, write: (chunk: Buffer) => void, opts: { diffId?: Digest; what: string; signal?: AbortSignal }): Promise<void> {
  const hash = opts.diffId === undefined ? undefined : new DigestCounter(algorithmOf(opts.diffId));
  const pooled = takeWorker();
  const { worker } = pooled;
  const job = ++jobs;
  const inRing = Buffer.from(pooled.inRing);
  const outRing = Buffer.from(pooled.outRing);
  const freeIn = Array.from({ length: IN_SLOTS }, (_, i) => i);
  const giveBack = giveBackOf(blob);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    // Compressed bytes not yet in a slot (the ring was full): the blob is paused meanwhile.
    let pending: Buffer | undefined;
    let pendingChunk: Buffer | undefined;
    let blobEnded = false;
    // The last inflated chunk, held until the next one comes or the diff_id is checked.
    let held: { slot: number; len: number } | undefined;

    const finish = (e?: Error): void => {
      if (settled) return;
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
      } else {
        // Whatever it was doing is of no use now; a new job gets a fresh worker.
        void worker.terminate();
        if (!blob.destroyed) blob.pause();
        reject(e);
      }
    };
    const feed = (s: number, len: number): void => {
      write(outRing.subarray(s * SLOT, s * SLOT + len));
      worker.postMessage({ job, t: 'outFree', slot: s });
    };
    // Copy as much of `chunk` as the free input slots take; returns what is left to wait for a slot.
    const fill = (chunk: Buffer): Buffer | undefined => {
      let at = 0;
      while (at < chunk.length) {
        const s = freeIn.pop();
        if (s === undefined) return chunk.subarray(at);
        const n = Math.min(SLOT, chunk.length - at);
        chunk.copy(inRing, s * SLOT, at, at + n);
        worker.postMessage({ job, t: 'in', slot: s, len: n });
        at += n;
      }
      return undefined;
    };
    const onBlobData = (chunk: Buffer): void => {
      if (settled) return;
      const rest = fill(chunk);
      if (rest === undefined) {
        giveBack?.(chunk);
        return;
      }
      pending = rest;
      pendingChunk = chunk;
      blob.pause();
    };
    const onBlobEnd = (): void => {
      blobEnded = true;
      if (pending === undefined) worker.postMessage({ job, t: 'end' });
    };
    // A blob destroyed without its end (and without an error, which comes first) would leave the worker waiting.
    const onBlobClose = (): void => {
      if (!blobEnded) finish(new Error('the blob stream closed before its end'));
    };
    const onMessage = (m: Message): void => {
      if (settled || m.job !== job) return;
      try {
        if (m.t === 'inFree') {
          freeIn.push(m.slot);
          if (pending === undefined) return;
          const rest = fill(pending);
          if (rest !== undefined) {
            pending = rest;
            return;
          }
          pending = undefined;
          if (pendingChunk !== undefined) giveBack?.(pendingChunk);
          pendingChunk = undefined;
          if (blobEnded) worker.postMessage({ job, t: 'end' });
          else blob.resume();
        } else if (m.t === 'out') {
          // Hashed here, where the slot was just written: the worker's thread is the inflate's alone.
          hash?.update(outRing.subarray(m.slot * SLOT, m.slot * SLOT + m.len));
          if (opts.diffId === undefined) {
            feed(m.slot, m.len);
            return;
          }
          const h = held;
          held = { slot: m.slot, len: m.len };
          if (h !== undefined) feed(h.slot, h.len);
        } else if (m.t === 'done') {
          const digest = hash?.digest();
          if (opts.diffId !== undefined && digest !== opts.diffId) {
            finish(digestMismatch(opts.what, digest ?? 'none', opts.diffId));
            return;
          }
          const h = held;
          held = undefined;
          if (h !== undefined) feed(h.slot, h.len);
          finish();
        } else {
          finish(Object.assign(new Error(m.message), m.code === undefined ? {} : { code: m.code }));
        }
      } catch (e) {
        finish(e instanceof Error ? e : new Error(String(e)));
      }
    };
    // The worker's own failure is ours, not the layer's: INTERNAL, which tar-members.ts passes through as it is
    // (a plain Error there would read as a corrupt layer).
    const internal = (why: string): PipelineError =>
      new PipelineError('INTERNAL', `the inflate worker for ${opts.what} stopped: ${why}`, {
        hint: 'This is a fault of the runner or of image-pipeline, not of the image; run again, and report it if it repeats.',
      });
    const onWorkerError = (e: Error): void => finish(internal(e.message));
    const onExit = (code: number): void => finish(internal(`exit code ${code}`));
    const onAbort = (): void => {
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
