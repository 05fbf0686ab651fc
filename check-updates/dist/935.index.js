export const id = 935;
export const ids = [935];
export const modules = {

/***/ 8935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_TRUST_FILE_BYTES: () => (/* binding */ MAX_TRUST_FILE_BYTES),
/* harmony export */   resolveSignaturePolicy: () => (/* binding */ resolveSignaturePolicy)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_workspace_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1439);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4659);
/* harmony import */ var _read_bounded_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4318);
/**
 * A policy's `signatures:` section made ready to verify with: inline PEM keys
 * kept, key and trusted-root paths read relative to the policy file, each
 * confined to the workspace (links followed; confinePath) and bounded.
 *
 * The public-good sigstore trusted root is not built in: it rotates and is
 * distributed through TUF (tuf-repo-cdn.sigstore.dev), which a step that must
 * run offline cannot fetch; keyless policies name their trusted_root.json.
 */





/** A key file or trusted root larger than this is not a key or a root. */
const MAX_TRUST_FILE_BYTES = 1024 * 1024;
const isPem = (s) => s.includes('-----BEGIN ');
async function resolveSignaturePolicy(section, opts) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(opts.workspace, opts.policyFile));
    const read = async (field, value, what) => {
        const file = await (0,_action_workspace_path_js__WEBPACK_IMPORTED_MODULE_1__/* .confinePath */ .ey)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(base, value), { workspace: opts.workspace, ...(opts.allowOutside === true ? { allowOutside: true } : {}) }, {
            subject: `the policy's ${field} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(value, { max: 80, redact: false })}')`,
            hint: 'Name a file inside the repository, relative to the policy file.',
        });
        return (0,_read_bounded_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readBoundedFile */ .M)(file, { what: `${what} '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(value, { max: 80, redact: false })}' (${field})`, maxBytes: MAX_TRUST_FILE_BYTES });
    };
    const keys = await Promise.all((section.keys ?? []).map(async (k, i) => {
        const field = `signatures.keys[${i}]`;
        return isPem(k) ? { pem: k, source: field } : { pem: await read(field, k, 'the public key file'), source: `${field} (${k})` };
    }));
    const policy = { keys, requireSignature: section.signature !== false, require: [...(section.require ?? [])] };
    const kl = section.keyless;
    if (kl !== undefined) {
        const text = await read('signatures.keyless.trustedRoot', kl.trustedRoot, 'the sigstore trusted root');
        let trustedRoot;
        try {
            trustedRoot = JSON.parse(text);
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `expected signatures.keyless.trustedRoot to be a JSON trusted_root.json, got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(text)}'`, {
                hint: `It did not parse (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(e instanceof Error ? e.message : String(e), { max: 100 })}); use \`cosign trusted-root create\` or your sigstore's trusted_root.json.`,
            });
        }
        policy.keyless = {
            identity: matcher(kl.identity, kl.identityRegex),
            issuer: matcher(kl.issuer, kl.issuerRegex),
            trustedRoot,
            source: 'signatures.keyless',
        };
    }
    return policy;
}
/** The schema makes exactly one of the two present. */
function matcher(exact, regex) {
    return exact !== undefined ? { exact } : { regex: regex ?? '' };
}


/***/ }),

/***/ 4318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readBoundedFile),
/* harmony export */   l: () => (/* binding */ MiB)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1220);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3904);
/**
 * Reading a small text file a user (or a repository we do not control)
 * names: a policy, a Dockerfile, an env file. The path may lead to a FIFO
 * (opening it for reading waits for a writer forever), a device, or a file of
 * gigabytes; so the file is opened without blocking, must be a regular file
 * by fstat of the open handle (no race with a rename), and is read up to a cap.
 */




const MiB = 1024 * 1024;
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * The file's text (UTF-8). Throws PipelineError NOT_FOUND when nothing is
 * there, INPUT when it is not a regular file or is larger than `maxBytes`.
 */
async function readBoundedFile(file, opts) {
    const code = opts.code ?? 'INPUT';
    const ctx = { ...(opts.input === undefined ? {} : { input: opts.input }), ...(opts.hint === undefined ? {} : { hint: opts.hint }) };
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (e) {
        const errno = e.code;
        if (errno === 'ENOENT' || errno === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('NOT_FOUND', `${opts.what} does not exist`, { ...ctx, cause: e });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC(code, `expected ${opts.what} to be readable, got ${errno ?? String(e)}`, { ...ctx, cause: e });
    }
    try {
        const st = await handle.stat();
        const cap = `a regular file of at most ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(opts.maxBytes)}`;
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC(code, `expected ${opts.what} to be ${cap}, got ${kindOf(st)}`, ctx);
        if (st.size > opts.maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC(code, `expected ${opts.what} to be ${cap}, got ${st.size} bytes (${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(st.size)})`, ctx);
        // The size may grow after fstat (a file being written): read at most one byte past the cap.
        const buf = Buffer.alloc(Math.min(opts.maxBytes + 1, st.size + 1));
        let filled = 0;
        while (filled < buf.length) {
            const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > opts.maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC(code, `expected ${opts.what} to be ${cap}, got a file that grew past it while being read`, ctx);
        return buf.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}


/***/ })

};
