export const id = 1388;
export const ids = [1388];
export const modules = {

/***/ 31388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CACHE_CHECK_RETRY: () => (/* binding */ CACHE_CHECK_RETRY),
/* harmony export */   CACHE_CHECK_TIMEOUTS: () => (/* binding */ CACHE_CHECK_TIMEOUTS),
/* harmony export */   reachableCaches: () => (/* binding */ reachableCaches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88301);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5698);
/**
 * "An unreachable cache is a warning and a cold build, never a failed build"
 * (what build-push-action users expect). buildah and podman ignore an
 * unreachable --cache-from silently, but fail the whole build on an
 * unreachable --cache-to (after three retries, rc 125, "failed pushing cache
 * to ..."). So before the build each registry cache is asked once, with our
 * own registry client and the build's own credentials, under short deadlines:
 * a HEAD of a blob in the cache repository, with the scopes the builder will
 * need (pull; pull and push for cache-to). A cache that does not answer, or
 * refuses the credentials, is dropped with a warning naming the line, the ref
 * and why. (A registry that grants a read-only token only refuses the push
 * itself: build.ts then builds again without cache-to.)
 */



/** A check must not hold the build: one quick retry, a few seconds per request. */
const CACHE_CHECK_RETRY = { attempts: 2, baseDelayMs: 250, maxDelayMs: 1_000, budgetMs: 10_000 };
const CACHE_CHECK_TIMEOUTS = { idleMs: 5_000, requestMs: 8_000 };
/** Any digest will do: the answer (200 or 404) is what tells reachable and allowed. */
const PROBE_DIGEST = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .digestBytes */ .QN)('');
/** Why one cache spec cannot be used, or undefined when it can. */
async function unusable(spec, push, clients) {
    if (spec.type !== 'registry')
        return undefined;
    const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(spec.ref);
    if (!ref.ok)
        return ref.error.reason;
    try {
        await clients(ref.value.registry).blobExists(ref.value.repository, PROBE_DIGEST, push ? ['pull', 'push'] : ['pull']);
        return undefined;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC)
            return e.reason;
        return e instanceof Error ? e.message : String(e);
    }
}
/**
 * The plan with the registry caches that cannot be reached (or refuse the
 * credentials) taken out, each with a warning. `skip` names repositories not
 * to ask (the loopback registry build.ts serves type=local from). A cache-from
 * under no-cache is never read, so it is not asked either.
 */
async function reachableCaches(plan, clients, log, skip = new Set()) {
    const keep = async (specs, input) => {
        const out = [];
        for (const spec of specs) {
            const why = spec.type === 'registry' && !skip.has(spec.ref) ? await unusable(spec, input === 'cache-to', clients) : undefined;
            if (why === undefined)
                out.push(spec);
            else
                log.warning(`${input} line ${spec.line}: the cache ${spec.type === 'registry' ? spec.ref : spec.type} cannot be used (${why}); building without it${input === 'cache-from' ? ' (cold)' : ', so no cache is saved'}`);
        }
        return out;
    };
    const from = plan.noCache ? [...plan.from] : await keep(plan.from, 'cache-from');
    const to = await keep(plan.to, 'cache-to');
    return { from, to, noCache: plan.noCache };
}


/***/ })

};
