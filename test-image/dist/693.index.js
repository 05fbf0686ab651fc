export const id = 693;
export const ids = [693];
export const modules = {

/***/ 53693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   releaseNames: () => (/* binding */ releaseNames),
/* harmony export */   scanVulnerabilities: () => (/* binding */ scanVulnerabilities)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _read_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64318);
/* harmony import */ var _db_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14311);
/* harmony import */ var _openvex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77997);
/* harmony import */ var _match_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66261);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72340);
/* harmony import */ var _package_filter_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16273);
/**
 * The vulnerability scan of one SBOM: the databases of the `vulnerability-db`
 * input loaded (downloads first), matched against the packages, and each
 * database's age checked against the policy's maxDbAge. What counts as a
 * failure is decided afterwards, in one place (report/vulnerabilities.ts).
 */








/** The `vex` input's documents: each path confined to the workspace, each URL downloaded once, each bounded, parsed in input order. */
async function loadVex(vex, opts) {
    const local = (0,_db_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .localFiles */ .Jd)({ input: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_INPUT */ .rM, what: 'VEX document', cacheDir: vex.cacheDir, maxBytes: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_LIMITS */ .D1.maxBytes }, opts);
    const out = [];
    for (const entry of vex.entries) {
        const { location, line, file } = await local(entry);
        const text = await (0,_read_bounded_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedFile */ .M)(file, {
            what: `the VEX document ${location}`,
            maxBytes: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_LIMITS */ .D1.maxBytes,
            input: _openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_INPUT */ .rM,
            hint: 'Name an OpenVEX JSON document in the repository, or an https URL serving one.',
        }).catch((e) => {
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC ? (0,_db_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .atLine */ .sU)(_openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .VEX_INPUT */ .rM, line, e) : e;
        });
        out.push(...(0,_openvex_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOpenVex */ .HG)(text, { location, inputLine: line }));
    }
    return out;
}
/** How a database's age was read, for the stale message. */
const DATED = {
    records: "its newest OSV record's modified",
    'last-modified': "the server's Last-Modified",
    mtime: "the file's modification time",
};
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/**
 * `7d` -> milliseconds. The policy loader already refuses anything else at its line (a positive number of hours,
 * days or weeks); this is the backstop for a policy that reached the scan another way.
 */
function parseDbAge(text) {
    const m = /^([1-9]\d*)([hdw])$/.exec(text);
    if (m === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('POLICY', `compliance.vulnerabilities.maxDbAge: expected a positive number of hours, days or weeks (24h, 7d, 2w), got "${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(text)}"`, { hint: 'Set compliance.vulnerabilities.maxDbAge in the policy to a duration such as 7d.' });
    return Number(m[1]) * UNIT_MS[m[2]];
}
/**
 * The release names advisories of this distribution may use (codename, major, major.minor): the loader keeps
 * only those (test-image and check-updates alike); undefined, no filter.
 */
function releaseNames(d) {
    if (d === undefined)
        return undefined;
    const parts = d.versionId.split('.');
    // Ubuntu's OSV records name their release ubuntu:YY.MM (see osvEcosystem).
    const ubuntu = d.id === 'ubuntu' ? (0,_osv_js__WEBPACK_IMPORTED_MODULE_6__/* .ubuntuRelease */ .zW)(d.versionId) : undefined;
    return new Set([d.codename, parts[0], parts.slice(0, 2).join('.'), ubuntu].filter((r) => r !== undefined && r !== ''));
}
async function scanVulnerabilities(sbom, entries, policy, opts) {
    // The VEX documents first: they are small, and a malformed one fails before a large database is read.
    const vex = opts.vex === undefined ? [] : await loadVex(opts.vex, opts);
    const releases = releaseNames(sbom.distro);
    // The SBOM is known before any database is read: only its packages' advisories are parsed and kept.
    const dbs = await (0,_db_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDbs */ .y_)(entries, { ...opts, ...(releases === undefined ? {} : { releases }), packages: (0,_package_filter_js__WEBPACK_IMPORTED_MODULE_7__/* .packageNames */ .V)(sbom.packages) });
    const advisories = dbs.flatMap((d) => d.advisories);
    const matches = (0,_match_js__WEBPACK_IMPORTED_MODULE_5__/* .match */ .YW)(sbom.packages, (0,_match_js__WEBPACK_IMPORTED_MODULE_5__/* .indexAdvisories */ .wt)(advisories), sbom.distro === undefined ? {} : { distro: sbom.distro });
    const now = (opts.now ?? new Date()).getTime();
    const maxAge = policy.maxDbAge === undefined ? undefined : parseDbAge(policy.maxDbAge);
    const stale = maxAge === undefined
        ? []
        : dbs
            .filter((d) => now - d.timestamp.getTime() > maxAge)
            .map((d) => `vulnerability database ${d.location} ('vulnerability-db' line ${d.line}) is from ${d.timestamp.toISOString()} (${DATED[d.dated]}), older than maxDbAge ${policy.maxDbAge}`);
    return { matches, databases: dbs.length, advisories: advisories.length, stale, vex };
}


/***/ })

};
