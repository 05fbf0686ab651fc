export const id = 8290;
export const ids = [8290];
export const modules = {

/***/ 98290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   machineReport: () => (/* binding */ machineReport)
/* harmony export */ });
/* harmony import */ var _compliance_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47067);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78566);
/**
 * Machine-image check results in the same Report shape container checks
 * produce, so SARIF, JUnit, the summary, annotations and the check run are
 * written by the same code. Findings are about resources (an AMI or a
 * snapshot, with its region); ignores in the policy's compliance section
 * apply to them by rule and resource glob, and every finding is anchored to
 * the policy file's machineImage section.
 */


function machineReport(result, opts) {
    const anchor = opts.policyFile === undefined ? undefined : { file: opts.policyFile, line: opts.policyLine ?? 1 };
    const all = result.findings.map((f) => {
        const finding = (0,_compliance_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .toFinding */ .N6)(f.ruleId, f.severity, { subject: { kind: 'resource', id: f.resource }, expected: f.expected, got: f.got, message: f.message });
        return anchor === undefined ? finding : { ...finding, anchor };
    });
    const { findings, suppressed } = (0,_compliance_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .applyIgnores */ .wI)(all, opts.ignores ?? [], opts.today ?? new Date());
    const counts = { error: 0, warning: 0, note: 0, suppressed: suppressed.length, tests: 0, testsFailed: 0 };
    for (const f of findings)
        counts[f.severity]++;
    const names = result.images.map((i) => `${i.imageId} (${i.region})`);
    const report = {
        tool: _report_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .js,
        image: { name: names.join(', '), digest: result.images.map((i) => i.imageId).join(','), platform: 'aws/ec2', layers: 0, files: 0, size: 0 },
        result: (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .fails */ .c6)(findings, opts.failOn) ? 'failed' : 'passed',
        failOn: opts.failOn,
        counts,
        rules: [...result.rules],
        findings,
        suppressed,
        tests: [],
    };
    if (opts.policyFile !== undefined)
        report.policy = opts.policyFile;
    return report;
}


/***/ })

};
