export const id = 6601;
export const ids = [6601];
export const modules = {

/***/ 6601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action),
  buildImage: () => (/* binding */ buildImage),
  containerMetadata: () => (/* reexport */ outputs/* containerMetadata */.d),
  outputsOf: () => (/* reexport */ outputs/* outputsOf */.Y),
  run: () => (/* binding */ run),
  secretsOf: () => (/* reexport */ secrets/* secretsOf */.F)
});

// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __webpack_require__(71439);
// EXTERNAL MODULE: ./shared/src/github/event.ts
var github_event = __webpack_require__(131);
// EXTERNAL MODULE: ./shared/src/report/summary/failure.ts
var failure = __webpack_require__(26139);
// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __webpack_require__(71220);
;// CONCATENATED MODULE: ./shared/src/report/summary/build.ts
/**
 * The job summary of a build, as Markdown: what was built, by which builder,
 * digest, size, layers, platforms and tags. Pure, so it is tested as text;
 * the action hands it to io.summary.
 */


const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function buildSummary(r) {
    const rows = [
        ['Dockerfile', code(r.dockerfile)],
        ['Builder', `${r.builder} (${cell(r.builderReason)})`],
        ['Digest', code(r.digest)],
        ['Image ID', code(r.imageid)],
        ['Size', (0,bytes/* formatBytes */.z)(r.size)],
        ['Layers', String(r.layers)],
        ['Platforms', r.platforms.join(', ')],
        ['Tags', r.tags.map(code).join(' ') || '(none)'],
        ['Layout', code(r.layout)],
        [
            'Timestamps',
            r.epoch.seconds === undefined ? 'current time (not reproducible: no git commit, no SOURCE_DATE_EPOCH)' : `${r.created} (from ${r.epoch.source})`,
        ],
    ];
    if (r.base !== undefined)
        rows.push(['Base image', `${code(r.base.name)}${r.base.digest !== undefined ? ` ${code(r.base.digest)}` : ''}`]);
    const lines = ['## build-image', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (r.manifests.length > 1) {
        lines.push('', '| Platform | Manifest | Layers | Size |', '|---|---|---|---|');
        for (const m of r.manifests)
            lines.push(`| ${m.platform} | ${code(m.digest)} | ${m.layers} | ${(0,bytes/* formatBytes */.z)(m.size)} |`);
    }
    return `${lines.join('\n')}\n`;
}
function failureSummary(message) {
    return (0,failure/* failureSummary */.j)('build-image', 'Build failed', message);
}

// EXTERNAL MODULE: ./shared/src/builders/metadata.ts + 1 modules
var metadata = __webpack_require__(70816);
// EXTERNAL MODULE: ./build-image/src/context.ts
var context = __webpack_require__(8219);
// EXTERNAL MODULE: ./build-image/src/outputs.ts
var outputs = __webpack_require__(5478);
// EXTERNAL MODULE: ./build-image/src/secrets.ts
var secrets = __webpack_require__(38009);
// EXTERNAL MODULE: ./build-image/src/publish-inputs.ts
var publish_inputs = __webpack_require__(70249);
;// CONCATENATED MODULE: ./build-image/src/run.ts








/*
 * What a run needs is loaded when the run needs it (bench/build.ts, issue 14 item 4): node parses every
 * statically imported module before the first line runs, so a run that only refuses a bad input, or
 * builds a container, would otherwise pay for the Packer path, provenance and the builders it never uses.
 * The bundler (ncc) turns each import() below into a separate chunk file.
 */
/** Lazy: the container build (builders, registry access, caches, layout assembly) is not needed to check inputs. */
const loadContainerBuild = () => Promise.all(/* import() */[__webpack_require__.e(4984), __webpack_require__.e(1200), __webpack_require__.e(788)]).then(__webpack_require__.bind(__webpack_require__, 80788));
/** Lazy: the Packer path (tool-cache and its downloads, semver, the AWS SDK) and its summary, only for `kind: machine`. */
async function loadMachineBuild() {
    const [build, summary] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(4119), __webpack_require__.e(6354), __webpack_require__.e(1006)]).then(__webpack_require__.bind(__webpack_require__, 61006)),
        __webpack_require__.e(/* import() */ 9705).then(__webpack_require__.bind(__webpack_require__, 59705)),
    ]);
    return { ...build, ...summary };
}
/** Lazy: after a successful build, the root descriptor for `metadata` (root-descriptor.ts, small). */
const loadRootDescriptor = () => __webpack_require__.e(/* import() */ 1866).then(__webpack_require__.bind(__webpack_require__, 41866));
/** Lazy: push/load/outputs (publish.ts: the push, tar-stream, the push summary) only when asked. */
const loadPublish = () => Promise.all(/* import() */[__webpack_require__.e(6118), __webpack_require__.e(9296), __webpack_require__.e(4984), __webpack_require__.e(3827), __webpack_require__.e(1200), __webpack_require__.e(5524), __webpack_require__.e(3811)]).then(__webpack_require__.bind(__webpack_require__, 43811));
/** Lazy: the build-context checks (locate.ts, small) that refuse a bad context, Dockerfile or output before the builders load. */
const loadLocate = () => __webpack_require__.e(/* import() */ 2244).then(__webpack_require__.bind(__webpack_require__, 2244));
/** Lazy: the builder probe (select.ts, small), started while the builders load. */
const loadSelect = () => __webpack_require__.e(/* import() */ 2490).then(__webpack_require__.bind(__webpack_require__, 12490));
/** Lazy: SLSA provenance (shared/src/attest) only once a build has succeeded and `provenance` is not false. */
const loadProvenance = () => __webpack_require__.e(/* import() */ 5836).then(__webpack_require__.bind(__webpack_require__, 25836));
async function run(inputs, io) {
    return inputs.kind === 'machine' ? runMachine(inputs, io) : runContainer(inputs, io);
}
async function runContainer(inputs, io) {
    const { kind: _kind, 'build-args': buildArgs, env, provenance: _provenance, publicBuildArgs: _publicBuildArgs, publish: publishInputs, ...rest } = inputs;
    // push/load name the image by its full references: none at all is a mistake to report before building.
    if (publishInputs !== undefined)
        (0,publish_inputs/* checkPublish */.Sv)(publishInputs, inputs.tags.some((t) => (0,metadata/* referenceItem */.DX)(t) !== undefined), inputs.platforms.length);
    // Context, Dockerfile and output checked here, so a missing Dockerfile is refused without loading the builders (~190 KB,
    // issue 17); buildImage takes what was found (located) and does not look again.
    const { locateBuild } = await loadLocate();
    const located = await locateBuild(rest, (0,workspace_path/* workspaceOf */.B3)(env));
    const startedOn = new Date();
    // The builder probe (`buildah --version`: the builder's own time, 0.1-0.3 s) is spawned before the builders'
    // chunk loads and runs while it does, instead of after (issue 17, examples/hello); buildImage awaits it where it
    // probed. Only once the context checks passed: a bad input spawns nothing.
    const probing = loadSelect().then((m) => m.probeBuilders(rest.builder));
    probing.catch(() => undefined);
    const { buildImage: buildContainerImage } = await loadContainerBuild();
    const report = await buildContainerImage({
        ...rest,
        buildArgs,
        env,
        located,
        event: await (0,github_event/* readEvent */.j_)(env),
        ...(publishInputs !== undefined && publishInputs.images.length > 0 ? { images: publishInputs.images } : {}),
    }, 
    // mask: secrets the registry credential resolver finds during the build (ECR tokens, config.json entries).
    { log: { info: (m) => io.info(m), debug: (m) => io.debug(m), warning: (m) => io.warning(m) }, mask: (s) => io.mask(s), probe: () => probing });
    const finishedOn = new Date();
    io.info(`Built ${report.digest} (${report.platforms.join(', ')}) into ${report.layout}, tags: ${report.tags.join(', ')}`);
    await io.summary(buildSummary(report));
    const written = await writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io);
    const { rootDescriptor } = await loadRootDescriptor();
    const out = {
        kind: 'container',
        report,
        descriptor: await rootDescriptor(report.layout),
        ...(written !== undefined ? { provenance: written } : {}),
    };
    if (publishInputs === undefined || !(0,publish_inputs/* publishes */.AN)(publishInputs))
        return out;
    const { publish } = await loadPublish();
    return { ...out, publish: await publish(report, publishInputs, inputs.connect, env, io) };
}
async function writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io) {
    const { provenance, 'build-args': buildArgs, publicBuildArgs, env } = inputs;
    if (provenance === undefined)
        return undefined;
    const { containerProvenance, writeProvenance } = await loadProvenance();
    const statement = containerProvenance({ report, context: inputs.context, ...(inputs.target === undefined ? {} : { target: inputs.target }), buildArgs, publicBuildArgs, env }, { startedOn, finishedOn });
    const written = await writeProvenance(provenance, statement, env);
    io.info(`Provenance (SLSA v1, ${statement.subject.length} subjects) written to ${written}`);
    return written;
}
async function runMachine(inputs, io) {
    const { kind: _kind, provenance, publicBuildArgs, env, ...options } = inputs;
    const startedOn = new Date();
    const { buildMachineImage, machineBuildSummaryMarkdown } = await loadMachineBuild();
    const result = await buildMachineImage({
        ...options,
        log: (l) => io.info(l),
        onProgress: (p) => {
            if (p.text !== '')
                io.info(p.target !== '' ? `${p.target}: ${p.text}` : p.text);
        },
    });
    await io.summary(machineBuildSummaryMarkdown(result.summary));
    const amis = Object.entries(result.amis);
    io.info(amis.length > 0
        ? `Built ${amis.map(([r, id]) => `${id} in ${r}`).join(', ')}`
        : 'Packer build finished (no AMI artifact: a builder that makes none, e.g. null)');
    if (provenance === undefined)
        return { kind: 'machine', result };
    const { machineProvenance, writeProvenance } = await loadProvenance();
    const statement = machineProvenance({ result, template: inputs.template, variables: inputs.variables ?? {}, publicBuildArgs, env }, { startedOn, finishedOn: new Date() });
    if (statement === undefined) {
        io.info('No provenance written: the build made no AMI to be its subject');
        return { kind: 'machine', result };
    }
    const written = await writeProvenance(provenance, statement, env);
    io.info(`Provenance (SLSA v1, AMIs ${statement.subject.map((s) => s.name).join(', ')}) written to ${written}`);
    return { kind: 'machine', result, provenance: written };
}
const buildImage = {
    name: 'build-image',
    getInputs: context/* getInputs */.GP,
    secretsOf: secrets/* secretsOf */.F,
    run,
    outputsOf: outputs/* outputsOf */.Y,
    // After the digest, layout and metadata: a push, load or export that failed still leaves the build's outputs.
    verdict: (o) => (o.kind === 'container' ? o.publish?.error : undefined),
    failureSummary: failureSummary,
};
const action = buildImage;




/***/ })

};
