export const id = 82;
export const ids = [82];
export const modules = {

/***/ 60082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batches: () => (/* binding */ batches),
/* harmony export */   createCheckRun: () => (/* binding */ createCheckRun),
/* harmony export */   toApiAnnotations: () => (/* binding */ toApiAnnotations)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);
/**
 * A check run carrying every annotation, 50 per request (the Checks API's
 * limit per call), created with @actions/github's Octokit. The runner only
 * shows ten annotations of each kind per step; the check run shows them all.
 */


const ANNOTATIONS_PER_REQUEST = 50;
function toApiAnnotations(annotations, fallbackFile) {
    return annotations.map((a) => ({
        path: a.file ?? fallbackFile,
        start_line: a.line ?? 1,
        end_line: a.line ?? 1,
        annotation_level: a.level === 'error' ? 'failure' : a.level,
        title: a.title,
        message: a.message.slice(0, 64 * 1024),
    }));
}
/** Batches of at most 50, the first sent with the create call. */
const batches = (items, size = ANNOTATIONS_PER_REQUEST) => {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out.length === 0 ? [[]] : out;
};
async function createCheckRun(target, report, annotations, summary, fallbackFile) {
    const octokit = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(target.token, target.baseUrl === undefined ? {} : { baseUrl: target.baseUrl });
    const title = `${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes`;
    const conclusion = report.result === 'passed' ? 'success' : 'failure';
    const parts = batches(toApiAnnotations(annotations, fallbackFile));
    const text = summary.length > 65000 ? `${summary.slice(0, 65000)}\n\u2026` : summary;
    try {
        const created = await octokit.rest.checks.create({
            owner: target.owner,
            repo: target.repo,
            name: target.name ?? 'test-image',
            head_sha: target.headSha,
            status: 'completed',
            conclusion,
            output: { title, summary: text, annotations: parts[0] ?? [] },
        });
        for (const part of parts.slice(1)) {
            await octokit.rest.checks.update({
                owner: target.owner,
                repo: target.repo,
                check_run_id: created.data.id,
                output: { title, summary: text, annotations: part },
            });
        }
        return { id: created.data.id, requests: parts.length };
    }
    catch (e) {
        const status = e.status;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC(status === 401 || status === 403 ? 'AUTH' : 'NETWORK', `could not create the check run: ${e.message}`, {
            input: 'github-token',
            hint: status === 403 ? "Give the workflow 'checks: write' permission." : 'Check the token and the GitHub API URL.',
            cause: e,
        });
    }
}


/***/ })

};
