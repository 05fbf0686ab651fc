export const id = 490;
export const ids = [490];
export const modules = {

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseBuilder: () => (/* binding */ chooseBuilder),
/* harmony export */   probeBuilders: () => (/* binding */ probeBuilders)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4918);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2402);
/**
 * Which builder runs: `auto` takes the first that can actually run here, in
 * the order buildah (daemonless, needs nothing else), podman (same engine),
 * docker buildx (only when a daemon answers and buildx is installed). The
 * choice and its reason go to the log; when nothing can run, the error names
 * what to install. The decision is pure over what the probes found.
 */



const INSTALL = {
    buildah: '`apt-get install buildah` (Debian/Ubuntu; preinstalled on GitHub ubuntu runners)',
    podman: '`apt-get install podman`',
    docker: 'Docker with the buildx plugin and a running daemon (e.g. docker/setup-buildx-action)',
};
function chooseBuilder(requested, a) {
    const dockerOk = a.buildx && a.dockerDaemon;
    const dockerWhy = !a.buildx ? 'docker buildx is not installed' : 'no Docker daemon answers';
    if (requested === 'buildah')
        return a.buildah ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'buildah', reason: 'asked for by the builder input' }) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(missing('buildah', 'buildah is not installed'));
    if (requested === 'podman')
        return a.podman ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'podman', reason: 'asked for by the builder input' }) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(missing('podman', 'podman is not installed'));
    if (requested === 'docker')
        return dockerOk ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'docker', reason: 'asked for by the builder input' }) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(missing('docker', dockerWhy));
    if (a.buildah)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'buildah', reason: 'buildah is installed and needs no daemon' });
    if (a.podman)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'podman', reason: 'buildah is not installed; podman is, and needs no daemon' });
    if (dockerOk)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ name: 'docker', reason: 'neither buildah nor podman is installed; a Docker daemon answers and buildx is installed' });
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NO_BUILDER', `no image builder can run here: buildah and podman are not installed, and ${dockerWhy}`, {
        input: 'builder',
        hint: `Install one: ${INSTALL.buildah}, ${INSTALL.podman}, or ${INSTALL.docker}.`,
    }));
}
function missing(name, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NO_BUILDER', `builder '${name}' was asked for but cannot run: ${why}`, {
        input: 'builder',
        hint: `Install ${INSTALL[name]}, or set builder: auto to use whichever is installed.`,
    });
}
/**
 * Probe this machine for what `requested` needs, and no more: each probe starts
 * a process (tens of milliseconds, and they compete for a runner's two cores),
 * so an asked-for builder probes only itself and `auto` probes in order of
 * preference, stopping at the first that runs. What was not probed reads false,
 * which chooseBuilder never consults: it looks past a builder only when that
 * one is missing. Docker's daemon is only asked when buildx exists (it can take
 * seconds to time out).
 */
async function probeBuilders(requested = 'auto', can = _process_js__WEBPACK_IMPORTED_MODULE_1__/* .canRun */ .Q) {
    const a = { buildah: false, podman: false, buildx: false, dockerDaemon: false };
    const wants = (name) => requested === 'auto' || requested === name;
    if (wants('buildah')) {
        a.buildah = await can('buildah', ['--version']);
        if (a.buildah)
            return a;
    }
    if (wants('podman')) {
        a.podman = await can('podman', ['--version']);
        if (a.podman)
            return a;
    }
    if (wants('docker')) {
        a.buildx = await can('docker', ['buildx', 'version']);
        a.dockerDaemon = a.buildx && (await can('docker', ['version', '--format', '{{.Server.Version}}']));
    }
    return a;
}


/***/ })

};
