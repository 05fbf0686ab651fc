export const id = 438;
export const ids = [438];
export const modules = {

/***/ 17438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_API_RETRY: () => (/* binding */ GITHUB_API_RETRY),
/* harmony export */   MAX_RESPONSE_BYTES: () => (/* binding */ MAX_RESPONSE_BYTES),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   classifyGitHubError: () => (/* binding */ classifyGitHubError),
/* harmony export */   storeGitHubAttestations: () => (/* binding */ storeGitHubAttestations)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);
/* harmony import */ var _attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84833);
/* harmony import */ var _retry_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1340);
/* harmony import */ var _registry_transport_http_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51812);
/**
 * `github-attestations: true`: store each sigstore bundle this run signed
 * (the attachments' and the image signature's) through GitHub's
 * attestations API as well, `POST {GITHUB_API_URL}/repos/{owner}/{repo}/attestations`
 * with `{"bundle": <bundle>}` (201 `{id}`), so `gh attestation verify` finds
 * them. Octokit from @actions/github, as report/check-run.ts calls the API,
 * with the one retry loop (retry/retry.ts) around each call: 429 and 5xx
 * and network errors are retried, 4xx are not.
 *
 * Runs after the push (run.ts): the registry already holds the image, its
 * tags and its referrers, so a failure here never changes them; the caller
 * fails the step after the outputs are written. Each response is bounded
 * (size and time): the API's answer is data, not trusted to be small.
 */





/** A create answer is `{id}` (a few dozen bytes); anything past this is refused. */
const MAX_RESPONSE_BYTES = 64 * 1024;
/** One request's deadline: the API answers a create in well under a second. */
const REQUEST_TIMEOUT_MS = 30_000;
/** 5 tries, 1 s doubling to 10 s, 60 s in all: the step waits at most about a minute and a half on a sick API. */
const GITHUB_API_RETRY = { attempts: 5, baseDelayMs: 1_000, maxDelayMs: 10_000, budgetMs: 60_000 };
/** Octokit's fetch, with the response body read to at most MAX_RESPONSE_BYTES. */
async function boundedFetch(input, init) {
    // node:http, not the platform's fetch (http-fetch.ts says why); the attestation API answers where it is asked, so a redirect is an error.
    const res = await (0,_registry_transport_http_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .httpFetch */ .t)(input, { ...init, redirect: 'error', signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const reader = res.body?.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        if (reader === undefined)
            break;
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > MAX_RESPONSE_BYTES) {
            await reader.cancel();
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('NETWORK', `the GitHub API answered more than ${MAX_RESPONSE_BYTES} bytes to an attestation upload`, {
                input: _attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ATTESTATIONS_INPUT */ .Fx,
                hint: 'Check GITHUB_API_URL points at the GitHub API.',
            });
        }
        chunks.push(value);
    }
    const body = res.status === 204 || res.status === 304 ? null : Buffer.concat(chunks);
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}
const statusOf = (e) => {
    const s = e?.status;
    return typeof s === 'number' ? s : undefined;
};
/** Our own refusal (an oversized answer), as thrown or as Octokit wraps it (a RequestError with status 500 and it as the cause). */
const ownError = (e) => e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC ? e : e?.cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC ? e.cause : undefined;
function classifyGitHubError(e) {
    const own = ownError(e);
    if (own !== undefined)
        return { retry: false, why: own.code };
    const status = statusOf(e);
    if (status === undefined)
        return { retry: true, why: e?.name ?? 'network error' };
    if (status === 429 || status >= 500) {
        const after = Number(e.response?.headers?.['retry-after']);
        return { retry: true, why: `HTTP ${status}`, ...(Number.isFinite(after) && after >= 0 ? { retryAfterMs: after * 1000 } : {}) };
    }
    return { retry: false, why: `HTTP ${status}` };
}
function failure(e, repository) {
    const own = ownError(e);
    if (own !== undefined)
        return own;
    const status = statusOf(e);
    const input = _attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ATTESTATIONS_INPUT */ .Fx;
    if (status === 403 || status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('AUTH', `${input}: GitHub refused to store an attestation in ${repository} (HTTP ${status})`, {
            input,
            hint: "Give the job 'permissions: attestations: write' (and 'id-token: write' to sign keyless), or set github-attestations: false. The image, its tags and its referrers were pushed.",
            cause: e,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('NETWORK', `${input}: storing an attestation in ${repository} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(e).slice(0, 200)}`, {
        input,
        hint: 'The image, its tags and its referrers were pushed. A re-run finds those referrers attached and does not sign them again, so it does not store them on GitHub either; check GITHUB_API_URL and the API status.',
        cause: e,
    });
}
/** Store each bundle (JSON text) once, in order; returns GitHub's id per bundle. Throws a PipelineError on the first that fails. */
async function storeGitHubAttestations(target, bundles) {
    const [owner, repo, ...rest] = target.repository.split('/');
    if (owner === undefined || owner === '' || repo === undefined || repo === '' || rest.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `${_attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ATTESTATIONS_INPUT */ .Fx}: expected GITHUB_REPOSITORY as owner/repo, got '${target.repository.slice(0, 100)}'`, {
            input: _attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ATTESTATIONS_INPUT */ .Fx,
            hint: 'Run in GitHub Actions (it sets GITHUB_REPOSITORY), or set github-attestations: false.',
        });
    }
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(target.token, { baseUrl: target.apiUrl, request: { fetch: boundedFetch } });
    const ids = new Map();
    for (const bundle of new Set(bundles)) {
        const parsed = JSON.parse(bundle);
        try {
            const res = await (0,_retry_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .b)(() => octokit.request('POST /repos/{owner}/{repo}/attestations', {
                owner,
                repo,
                bundle: parsed,
                headers: { accept: 'application/vnd.github+json' },
            }), {
                policy: target.policy ?? GITHUB_API_RETRY,
                classify: classifyGitHubError,
                onRetry: (r) => target.onRetry?.(`storing an attestation in ${target.repository} failed (${r.why}); try ${r.attempt + 1} in ${(r.waitMs / 1000).toFixed(1)} s`),
                ...(target.sleep !== undefined ? { sleep: target.sleep } : {}),
            });
            const id = res.data.id;
            if (typeof id !== 'number' || !Number.isSafeInteger(id))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('NETWORK', `${_attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ATTESTATIONS_INPUT */ .Fx}: the GitHub API answered without an attestation id`, {
                    input: _attest_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ATTESTATIONS_INPUT */ .Fx,
                });
            ids.set(bundle, id);
        }
        catch (e) {
            throw failure(e, target.repository);
        }
    }
    return ids;
}


/***/ })

};
