export const id = 1367;
export const ids = [1367];
export const modules = {

/***/ 81005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ defaultPolicy)
/* harmony export */ });
function defaultPolicy() {
    return { policy: { schemaVersion: '2.0.0' }, lineOf: () => undefined, machineImage: undefined };
}


/***/ }),

/***/ 91367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   action: () => (/* binding */ action),
/* harmony export */   amiReport: () => (/* binding */ amiReport),
/* harmony export */   containerReport: () => (/* binding */ containerReport),
/* harmony export */   outputsOf: () => (/* reexport safe */ _outputs_js__WEBPACK_IMPORTED_MODULE_8__.Y),
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   secretsOf: () => (/* reexport safe */ _secrets_js__WEBPACK_IMPORTED_MODULE_6__.F),
/* harmony export */   testImage: () => (/* binding */ testImage),
/* harmony export */   verdict: () => (/* binding */ verdict)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_src_action_workspace_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71439);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33904);
/* harmony import */ var _shared_src_registry_client_connect_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5127);
/* harmony import */ var _shared_src_read_bounded_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64318);
/* harmony import */ var _shared_src_compliance_policy_default_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81005);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55337);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76568);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11099);
/**
 * test-image: check the image (a container through shared/src/compliance, or
 * machine images through the EC2 API), write the reports (shared/src/report),
 * annotate, summarise, and return the outputs. The step fails by `verdict`
 * only after all of that, so every report exists even for a failing image.
 */









/*
 * What a run needs is loaded when the run needs it (issue 17 item 3, as in build-image/src/run.ts): node parses
 * every statically imported module before the first line runs, so refusing a bad input, or checking a container,
 * would otherwise pay for the EC2 SDK, sigstore, the vulnerability matcher and the GitHub client it never uses.
 * The bundler (ncc) turns each import() below into a separate chunk file. test/unit/test-image/startup.test.ts
 * fails if the entry reaches these statically again.
 */
/** Lazy: the policy reader (ajv and the schema), once inputs are valid. */
const loadPolicyReader = () => Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(8815), __webpack_require__.e(1991)]).then(__webpack_require__.bind(__webpack_require__, 11991));
/** Lazy: the container check (layer scan, rules, structure tests), only for a container image (the report reads CST_RULES from compliance/cst/rules.ts). */
const loadContainerCheck = () => Promise.all(/* import() */[__webpack_require__.e(9296), __webpack_require__.e(7067), __webpack_require__.e(4984), __webpack_require__.e(1200), __webpack_require__.e(4332)]).then(__webpack_require__.bind(__webpack_require__, 4332));
/** Lazy: the machine-image check (the EC2 SDK, the machineImage policy and its report), only for AMIs. */
async function loadMachineCheck() {
    // One after the other: two reach the EC2 SDK, and jest's ESM loader fails concurrent imports of one CommonJS package.
    const client = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(4783)]).then(__webpack_require__.bind(__webpack_require__, 34783));
    const check = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(2338)]).then(__webpack_require__.bind(__webpack_require__, 32338));
    const policy = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 70879));
    const report = await Promise.all(/* import() */[__webpack_require__.e(7067), __webpack_require__.e(8290)]).then(__webpack_require__.bind(__webpack_require__, 98290));
    return { ...client, ...check, ...policy, ...report };
}
/** Lazy: vulnerability matching and its findings (OpenVEX, package URLs), only when vulnerability-db names databases. */
async function loadVulnerabilityScan() {
    // One after the other: both reach packageurl-js, and jest's ESM loader fails two concurrent imports of one CommonJS package.
    const scan = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7091), __webpack_require__.e(6273), __webpack_require__.e(3693)]).then(__webpack_require__.bind(__webpack_require__, 53693));
    const findings = await Promise.all(/* import() */[__webpack_require__.e(7091), __webpack_require__.e(7067), __webpack_require__.e(3128)]).then(__webpack_require__.bind(__webpack_require__, 93128));
    return { ...scan, ...findings };
}
/** Lazy: signature verification (sigstore), only for a policy with a signatures: section. */
const loadSignatureCheck = () => Promise.all(/* import() */[__webpack_require__.e(2856), __webpack_require__.e(1040), __webpack_require__.e(4463), __webpack_require__.e(4187), __webpack_require__.e(9296), __webpack_require__.e(7067), __webpack_require__.e(3827), __webpack_require__.e(2446)]).then(__webpack_require__.bind(__webpack_require__, 49975));
/** Lazy: the reports (anchoring, SARIF, JUnit, SBOM formats, the summary), once inputs are valid. */
const loadReporting = () => __webpack_require__.e(/* import() */ 8333).then(__webpack_require__.bind(__webpack_require__, 78333));
/** Lazy: the check run (the GitHub client), only with github-token on a runner. */
const loadCheckRun = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(2413), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 60082));
/** Paths in annotations and SARIF are relative to the repository root. */
const display = (inputs, p) => node_path__WEBPACK_IMPORTED_MODULE_0__.relative(inputs.workspace, node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(inputs.workspace, p)).replace(/\\/g, '/');
/** A repository file an input names, confined to the workspace unless allow-outside-workspace. */
const repoFile = (inputs, input, value) => (0,_shared_src_action_workspace_path_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceFile */ .EJ)(input, value, { workspace: inputs.workspace, allowOutside: inputs['allow-outside-workspace'] === true });
/** The Dockerfile findings point into: bounded (it comes from the repository), absent is fine. */
async function readDockerfile(p, shown) {
    try {
        return await (0,_shared_src_read_bounded_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readBoundedFile */ .M)(p, {
            what: `the Dockerfile '${shown}'`,
            maxBytes: _shared_src_read_bounded_file_js__WEBPACK_IMPORTED_MODULE_4__/* .MiB */ .l,
            input: 'dockerfile',
            hint: "Point the 'dockerfile' input at the Dockerfile that built the image.",
        });
    }
    catch (e) {
        if (e instanceof _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC && e.code === 'NOT_FOUND')
            return undefined;
        throw e;
    }
}
/** A container image: scan the layers, run the rules and the structure tests, anchor findings in the Dockerfile and the policy. */
async function containerReport(inputs, io) {
    const policyFile = inputs.policy === undefined ? undefined : display(inputs, inputs.policy);
    // The policy reader (YAML, generated schema validators, the regex engine) only when a policy is given (issue 17 item 3).
    const [policy, { checkImage }, { anchorFindings, buildReport, documentTime }] = await Promise.all([
        inputs.policy === undefined || policyFile === undefined
            ? (0,_shared_src_compliance_policy_default_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultPolicy */ .G)()
            : loadPolicyReader().then(async ({ loadPolicy }) => loadPolicy(await repoFile(inputs, 'policy', inputs.policy), policyFile)),
        loadContainerCheck(),
        loadReporting(),
    ]);
    // Relative layout and archive paths are relative to the working directory, the workspace on a runner.
    const check = await io.group('Scan the image', () => checkImage({
        image: inputs.image,
        policy,
        rules: inputs.rules,
        ...(inputs.platform === undefined ? {} : { platform: inputs.platform }),
        commandNetwork: inputs['command-network'],
        commandPrivileges: inputs['command-privileges'],
        allowOutsideWorkspace: inputs['allow-outside-workspace'] === true,
        workspace: inputs.workspace,
        connect: (0,_shared_src_registry_client_connect_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .connectOptions */ .jN)(inputs.connect, { mask: (secret) => io.mask(secret) }),
        log: (l) => io.info(l),
    }));
    const dockerfilePath = inputs.dockerfile ?? 'Dockerfile';
    const dockerfileFile = await repoFile(inputs, 'dockerfile', dockerfilePath);
    const dockerfileText = await readDockerfile(dockerfileFile, display(inputs, dockerfileFile));
    if (inputs.dockerfile !== undefined && dockerfileText === undefined)
        io.warning(`dockerfile '${inputs.dockerfile}' does not exist; findings point at the policy file instead.`);
    const testLines = new Map(check.tests.map((t) => [t.name, t.line]));
    const findings = anchorFindings(check.findings, check.view, {
        ...(dockerfileText === undefined ? {} : { dockerfile: { file: display(inputs, dockerfilePath), text: dockerfileText } }),
        ...(policyFile === undefined ? {} : { policyFile }),
        policyTestLine: (name) => testLines.get(name),
    });
    const scanned = await vulnerabilities(inputs, check, policy, io);
    const signed = policy.policy.signatures === undefined
        ? undefined
        : await (await loadSignatureCheck()).signatureCheck(inputs, policy, inputs.policy === undefined ? undefined : await repoFile(inputs, 'policy', inputs.policy), io);
    const report = buildReport(check, findings, {
        failOn: inputs['fail-on'],
        ...(policyFile === undefined ? {} : { policyFile }),
        ...(scanned === undefined ? {} : { vulnerabilities: scanned.result }),
        ...(signed === undefined ? {} : { signatures: signed }),
    });
    return {
        report,
        ...(scanned === undefined || scanned.staleFails.length === 0 ? {} : { staleDatabases: scanned.staleFails }),
        fallbackFile: policyFile ?? (dockerfileText !== undefined ? display(inputs, dockerfilePath) : 'Dockerfile'),
        notices: check.notices,
        sbom: { sbom: check.sbom, created: documentTime(inputs.sourceDateEpoch, check.view.config.created) },
    };
}
/** With vulnerability-db: the SBOM's packages matched against the databases, through the policy's one filter. */
async function vulnerabilities(inputs, check, policy, io) {
    const dbs = inputs['vulnerability-db'];
    if (dbs === undefined)
        return undefined;
    const settings = policy.policy.compliance?.vulnerabilities ?? {};
    const { scanVulnerabilities, unratedNotice, vulnerabilityFindings } = await loadVulnerabilityScan();
    const scan = await io.group('Match vulnerabilities', () => scanVulnerabilities(check.sbom, dbs.entries, settings, {
        scope: { workspace: inputs.workspace, allowOutside: inputs['allow-outside-workspace'] === true },
        cacheDir: dbs.cache,
        log: (l) => io.info(l),
        warn: (l) => io.warning(l),
        ...(inputs.vex === undefined ? {} : { vex: { entries: inputs.vex.entries, cacheDir: inputs.vex.cache } }),
    }));
    for (const s of scan.stale)
        io.warning(`${s}${settings.failOnStaleDb === true ? ' (failOnStaleDb: the step fails)' : ''}.`);
    const result = vulnerabilityFindings(scan.matches, settings, policy.policy.compliance?.ignore ?? [], new Date(), {
        statements: scan.vex,
        image: { digest: check.sbom.image.digest },
    });
    io.info(`Vulnerabilities: ${scan.matches.length} matched in ${scan.databases} database(s) of ${scan.advisories} advisories; ${result.findings.length} at or above ${result.summary.failOn}, ${result.suppressed.length} ignored.`);
    const unrated = unratedNotice(result.summary);
    if (unrated !== undefined)
        io.warning(`${unrated}.`);
    return { result, staleFails: settings.failOnStaleDb === true ? scan.stale : [] };
}
/** Machine images (each regional copy): their properties through the EC2 API against the policy's machineImage section. */
async function amiReport(inputs, io) {
    if (inputs.policy === undefined) {
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', 'checking a machine image needs a policy with a machineImage section', {
            input: 'policy',
            hint: 'Set policy to a file with machineImage: (see examples/ami/image-policy.yml).',
        });
    }
    const policyFile = display(inputs, inputs.policy);
    const [{ loadPolicy }, { validateMachineImagePolicy, checkMachineImage, ec2ClientFactory, machineReport }] = await Promise.all([
        loadPolicyReader(),
        loadMachineCheck(),
    ]);
    const loaded = await loadPolicy(await repoFile(inputs, 'policy', inputs.policy), policyFile);
    if (loaded.machineImage === undefined) {
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('POLICY', `${policyFile} has no machineImage section`, {
            input: 'policy',
            file: policyFile,
            hint: 'Add machineImage: with the properties the AMI must have (see examples/ami/image-policy.yml).',
        });
    }
    const machinePolicy = validateMachineImagePolicy(loaded.machineImage, { file: policyFile, lineOf: (p) => loaded.lineOf(['machineImage', ...p]) });
    const result = await io.group(`Check ${inputs.targets.map((t) => `${t.imageId} (${t.region})`).join(', ')}`, () => checkMachineImage(ec2ClientFactory(inputs.endpoint === undefined ? {} : { endpoint: inputs.endpoint }), { images: inputs.targets, policy: machinePolicy }));
    const line = loaded.lineOf(['machineImage']);
    const report = machineReport(result, {
        failOn: inputs['fail-on'],
        policyFile,
        ...(line === undefined ? {} : { policyLine: line }),
        ignores: loaded.policy.compliance?.ignore ?? [],
    });
    return { report, fallbackFile: policyFile, notices: [] };
}
/** With github-token on a runner: a check run carrying every annotation, notes included. */
async function checkRun(inputs, checked, summary, io) {
    if (inputs.checkRun === undefined)
        return;
    const { createCheckRun } = await loadCheckRun();
    const { toAnnotations } = await loadReporting();
    const run = await createCheckRun(inputs.checkRun, checked.report, toAnnotations(checked.report.findings, { includeNotes: true }), summary, checked.fallbackFile);
    io.info(`Check run ${run.id} created with ${toAnnotations(checked.report.findings).length} annotations in ${run.requests} request(s).`);
}
async function run(inputs, io) {
    const checked = inputs.kind === 'machine' ? await amiReport(inputs, io) : await containerReport(inputs, io);
    const { report } = checked;
    const { annotate, sbomFiles, summaryOf, writeReportFiles } = await loadReporting();
    await writeReportFiles(report, inputs);
    const sbom = inputs.kind === 'container' && checked.sbom !== undefined ? await sbomFiles(inputs, checked.sbom, io) : {};
    annotate(checked, io);
    const summary = summaryOf(checked, sbom);
    await io.summary(summary);
    await checkRun(inputs, checked, summary, io);
    const c = report.counts;
    io.info(`test-image ${report.result}: ${c.error} errors, ${c.warning} warnings, ${c.note} notes, ${c.tests - c.testsFailed}/${c.tests} structure tests passed.`);
    return {
        result: report.result,
        findings: report.findings.length,
        sarif: inputs.sarif,
        junit: inputs.junit,
        report: inputs.report,
        ...sbom,
        ...(report.vulnerabilities === undefined ? {} : { vulnerabilities: report.vulnerabilities.rows.length }),
        ...(checked.staleDatabases === undefined ? {} : { staleDatabases: checked.staleDatabases }),
        details: report,
    };
}
/** The policy's verdict, after the reports and outputs exist. */
function verdict({ details: report, staleDatabases }) {
    if (report.result !== 'failed' && staleDatabases !== undefined && staleDatabases.length > 0)
        return new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('POLICY', `${staleDatabases.join('; ')} (compliance.vulnerabilities.failOnStaleDb)`, {
            input: 'vulnerability-db',
            hint: 'Refresh the database (download it again in the workflow), or raise maxDbAge in the policy.',
        });
    if (report.result !== 'failed')
        return undefined;
    return new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('POLICY', `the image failed its tests: ${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.note} notes (fail-on: ${report.failOn})`, { hint: 'See the annotations, the job summary or the SARIF report for each finding and its fix.' });
}
const testImage = {
    name: 'test-image',
    getInputs: _context_js__WEBPACK_IMPORTED_MODULE_5__/* .getInputs */ .G,
    secretsOf: _secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .secretsOf */ .F,
    run,
    outputsOf: _outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .outputsOf */ .Y,
    verdict,
};
const action = testImage;




/***/ })

};
