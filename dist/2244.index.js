export const id = 2244;
export const ids = [2244];
export const modules = {

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
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33904);
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


/***/ })

};
