export const id = 5674;
export const ids = [5674];
export const modules = {

/***/ 37059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  action: () => (/* binding */ action),
  attestationsOf: () => (/* reexport */ outputs/* attestationsOf */.xz),
  distributeImage: () => (/* binding */ distributeImage),
  outputsOf: () => (/* reexport */ outputs/* outputsOf */.Yz),
  refsOf: () => (/* reexport */ outputs/* refsOf */.gA),
  run: () => (/* binding */ run),
  secretsOf: () => (/* reexport */ secrets/* secretsOf */.F),
  ssmParametersOutput: () => (/* reexport */ outputs/* ssmParametersOutput */.t9)
});

// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __webpack_require__(71220);
// EXTERNAL MODULE: ./shared/src/distribute/distribute.ts + 10 modules
var distribute = __webpack_require__(67150);
// EXTERNAL MODULE: ./shared/src/distribute/machine/ami-options.ts + 1 modules
var ami_options = __webpack_require__(18795);
// EXTERNAL MODULE: ./shared/src/distribute/push-image.ts + 1 modules
var push_image = __webpack_require__(79029);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/registry/client/connect-inputs.ts
var connect_inputs = __webpack_require__(5127);
;// CONCATENATED MODULE: ./shared/src/report/summary/ami-distribution.ts
function distributionSummaryMarkdown(r, warnings = []) {
    const cell = (s) => s.replace(/\|/g, '\\|');
    const lines = [
        `### AMI ${cell(r.name)} distributed to ${r.rows.length} region(s)`,
        '',
        '| Region | AMI | How | Snapshots | Encrypted | Shared with | Deprecates | Removed (keep) | Seconds |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...r.rows
            .map((row) => [
            row.region,
            `\`${row.imageId}\``,
            row.outcome,
            String(row.snapshotIds.length),
            row.encrypted ? (row.kmsKeyId !== undefined ? `yes (${cell(row.kmsKeyId.replace(/^.*:key\//, 'key/'))})` : 'yes') : 'no',
            row.sharedWith.length === 0 ? '-' : String(row.sharedWith.length),
            row.deprecateAt ?? '-',
            row.removed.length === 0
                ? row.keptInUse.length > 0
                    ? `0 (${row.keptInUse.length} in use)`
                    : '0'
                : `${row.removed.map((x) => `\`${x.imageId}\``).join(', ')}${row.keptInUse.length > 0 ? ` (${row.keptInUse.length} in use kept)` : ''}`,
            String(row.seconds),
        ].join(' | '))
            .map((l) => `| ${l} |`),
    ];
    if (r.ssmParameters !== undefined && r.ssmParameters.length > 0) {
        lines.push('', '| SSM parameter | Region | Account | Value | Version | Data type | How |', '| --- | --- | --- | --- | --- | --- | --- |', ...r.ssmParameters
            .map((p) => ['`' + cell(p.name) + '`', p.region, p.account ?? 'this', `\`${p.value}\``, String(p.version), p.dataType, p.outcome].join(' | '))
            .map((l) => `| ${l} |`));
    }
    if (r.launchTemplateVersions !== undefined && r.launchTemplateVersions.length > 0) {
        lines.push('', '| Launch template | Region | Version | Default | Image | How |', '| --- | --- | --- | --- | --- | --- |', ...r.launchTemplateVersions
            .map((v) => [
            `${cell(v.name)} (\`${v.templateId}\`)`,
            v.region,
            String(v.version),
            v.default ? (v.previousDefault === v.version ? 'yes' : `yes (was ${v.previousDefault})`) : `no (default ${v.previousDefault})`,
            `\`${v.imageId}\``,
            v.outcome,
        ].join(' | '))
            .map((l) => `| ${l} |`));
    }
    if (r.publishError !== undefined) {
        lines.push('', `**Publishing failed** (the images above are distributed): ${cell(r.publishError.message.split('\n')[0] ?? '')}`);
    }
    if (warnings.length > 0) {
        // A text block shows the lines as written; a ``` inside one must not end it.
        lines.push('', '**Warnings**', '', ...warnings.flatMap((w) => ['```text', w.replace(/```/g, '` ` `'), '```']));
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./shared/src/report/summary/push.ts
var push = __webpack_require__(50725);
// EXTERNAL MODULE: ./shared/src/distribute/attest-inputs.ts
var attest_inputs = __webpack_require__(95282);
// EXTERNAL MODULE: ./distribute-image/src/context.ts
var context = __webpack_require__(65194);
// EXTERNAL MODULE: ./distribute-image/src/outputs.ts
var outputs = __webpack_require__(94979);
// EXTERNAL MODULE: ./distribute-image/src/secrets.ts
var secrets = __webpack_require__(30148);
;// CONCATENATED MODULE: ./distribute-image/src/run.ts












/*
 * Issue 17 item 3: node (and ncc's bundle) evaluates every statically imported module before the first line
 * runs, so refusing a bad input, or pushing a container image, would otherwise pay for the EC2, SSM and STS
 * SDKs, sigstore and the GitHub client it never uses. Those are loaded by import() on the runs that use them;
 * ncc turns each into a separate chunk file. test/unit/distribute-image/startup.test.ts fails if the entry
 * reaches them statically again.
 */
/** Lazy: the AMI distribution (the EC2, SSM and STS clients), only with ami-id. */
async function loadAmiDistribution() {
    // One after the other: they share the SDK's packages, and jest's ESM loader fails concurrent imports of one CommonJS package.
    const distribute = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(4736), __webpack_require__.e(226)]).then(__webpack_require__.bind(__webpack_require__, 50226));
    const ec2 = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(4783)]).then(__webpack_require__.bind(__webpack_require__, 34783));
    const ssm = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4736), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 80098));
    const sts = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1695), __webpack_require__.e(5678)]).then(__webpack_require__.bind(__webpack_require__, 65678));
    return { ...distribute, ...ec2, ...ssm, ...sts };
}
/** Lazy: the signer (sigstore), only when the run signs (sign: keyless or key). */
const loadSigner = () => Promise.all(/* import() */[__webpack_require__.e(1040), __webpack_require__.e(1756)]).then(__webpack_require__.bind(__webpack_require__, 51756));
/** Lazy: GitHub's attestations API (@actions/github), only with github-attestations. */
const loadGitHubAttestations = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(2413), __webpack_require__.e(7438)]).then(__webpack_require__.bind(__webpack_require__, 17438));
function logProgress(io, e) {
    switch (e.kind) {
        case 'blob':
            if (e.outcome !== 'skipped')
                io.info(`${e.destination}: ${e.outcome} ${e.digest} (${(0,bytes/* formatBytes */.z)(e.size)})`);
            else
                io.debug(`${e.destination}: already has ${e.digest}`);
            break;
        case 'manifest':
            io.info(`${e.destination}: manifest ${e.digest} ${e.outcome}`);
            break;
        case 'tag':
            io.info(`${e.ref} ${e.outcome === 'moved' ? 'now points at the image' : 'already pointed at the image'}`);
            break;
        case 'retry':
            io.warning(`${e.destination}: ${e.what} failed (${e.message}); try ${e.attempt + 1} in ${(e.waitMs / 1000).toFixed(1)} s`);
            break;
        case 'failed':
            io.error(`${e.destination}: ${e.message}`);
            break;
    }
}
async function run(inputs, io) {
    if (inputs.kind === 'machine')
        return { kind: 'machine', result: await runAmi(inputs, io) };
    const result = await runPush(inputs, io);
    const github = await storeOnGitHub(inputs, result, io);
    return { kind: 'container', result, ...(github !== undefined ? { github } : {}) };
}
/**
 * github-attestations: after the push, whose tags and referrers stand
 * whatever happens here; a failure is kept for `verdict`, which fails the
 * step after the outputs and the summary are written.
 */
async function storeOnGitHub(inputs, result, io) {
    if (inputs.githubAttestations === undefined)
        return undefined;
    if (inputs.attest.sign.kind === 'none') {
        io.warning('github-attestations is true but nothing is signed (sign: none): no attestation is stored on GitHub. Sign keyless or with a key to store them.');
        return undefined;
    }
    const bundles = (result.attestations ?? []).flatMap((a) => (a.bundle !== undefined ? [a.bundle] : []));
    if (bundles.length === 0)
        return { ids: new Map() };
    try {
        const { storeGitHubAttestations } = await loadGitHubAttestations();
        const ids = await storeGitHubAttestations({ ...inputs.githubAttestations, onRetry: (m) => io.warning(m) }, bundles);
        io.info(`Stored ${ids.size} attestation(s) in ${inputs.githubAttestations.repository} on GitHub: ${[...ids.values()].join(', ')}`);
        return { ids };
    }
    catch (e) {
        if (!(0,errors/* isPipelineError */.h$)(e))
            throw e;
        io.error(e.message);
        return { ids: new Map(), error: e };
    }
}
async function runPush(inputs, io) {
    const { attest } = inputs;
    if (attest.sign.kind === 'none' && attest.sign.defaulted) {
        io.notice('The image is not signed: this job cannot get an OIDC token. Give it `permissions: id-token: write` to sign keyless (the default then), or set sign: key with a signing-key; sign: none silences this notice.');
    }
    // Read and checked before the push: a missing or oversized file leaves every registry as it was.
    const files = await (0,attest_inputs/* readAttachFiles */.l1)(attest.attach, attest.scope, attest.generated);
    // Loaded beside the push (sigstore is a large chunk): the signer is first needed for the first signature, which
    // distribute.ts makes while the image's blobs go up. The key was checked with the inputs (attest-inputs.ts).
    const signer = attest.sign.kind === 'none' ? undefined : loadSigner().then((m) => signerFor(m, attest.sign));
    // Observed now, awaited in the push: a push that fails before it signs leaves no rejection unhandled.
    signer?.catch(() => undefined);
    const attach = files.length > 0 || signer !== undefined ? { files, ...(signer !== undefined ? { signer } : {}) } : undefined;
    const result = await (0,push_image.pushImage)({
        images: inputs.image,
        destinations: inputs.destinations,
        tags: inputs.tags,
        // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
        ...(0,connect_inputs/* connectOptions */.jN)(inputs.connect, { mask: (s) => io.mask(s) }),
        concurrency: inputs.concurrency,
        uploadMode: inputs['chunk-size'],
        onProgress: (e) => logProgress(io, e),
        ...(attach !== undefined ? { attach } : {}),
    });
    await io.summary((0,push/* distributeSummary */.K)(result));
    if (failureOf(result) === undefined)
        io.info(`Pushed ${result.digest} to ${(0,outputs/* refsOf */.gA)(result).length} reference(s).`);
    for (const a of result.attestations ?? []) {
        const what = a.file ?? 'image signature';
        io.info(`${a.destination}: ${what} (${a.predicateType}, ${a.signed ? 'signed' : 'unsigned'}) ${a.outcome === 'attached' ? 'attached as' : 'already attached as'} ${a.digest} to ${a.subject}`);
    }
    return result;
}
/** The signer for sign: key or keyless (attest-signer.ts signerOf, defined for both). */
function signerFor(m, sign) {
    const s = m.signerOf(sign);
    if (s === undefined)
        throw new errors/* PipelineError */.zC('INTERNAL', `no signer for sign: ${sign.kind}`);
    return s;
}
async function runAmi(inputs, io) {
    const { kind: _kind, endpoint, ssmRoleArns, ssmEndpoint, stsEndpoint, ...options } = inputs;
    // Checked before the SDKs load (distributeAmi checks again): a bad value fails at once, naming the input.
    (0,ami_options/* validateDistributeOptions */.Q)(options);
    const { assumeRoleCredentials, distributeAmi, ec2ClientFactory, ssmClientFactory } = await loadAmiDistribution();
    // One role per extra account (ssm.accounts and ssm-role-arn are in the same order), assumed when first needed.
    const accountCredentials = {};
    (inputs.ssm?.accounts ?? []).forEach((account, i) => {
        const arn = ssmRoleArns?.[i];
        if (arn !== undefined)
            accountCredentials[account] = assumeRoleCredentials(arn, {
                region: inputs.sourceRegion,
                ...(stsEndpoint !== undefined ? { endpoint: stsEndpoint } : {}),
            });
    });
    const warnings = [];
    const result = await distributeAmi({
        ...options,
        clients: ec2ClientFactory(endpoint === undefined ? {} : { endpoint }),
        ...(inputs.ssm !== undefined
            ? { ssmClients: ssmClientFactory({ ...(ssmEndpoint !== undefined ? { endpoint: ssmEndpoint } : {}), accountCredentials }) }
            : {}),
        log: (l) => io.info(l),
        warn: (m) => {
            warnings.push(m);
            io.warning(m);
        },
        // The AMIs stand when publishing fails: the outputs and summary say so, then verdict fails the step.
        publishFailure: 'return',
    });
    await io.summary(distributionSummaryMarkdown(result, warnings));
    io.info(`Distributed ${inputs.amiId} to ${Object.keys(result.amis).length} region(s): ${Object.entries(result.amis)
        .map(([r, id]) => `${r}=${id}`)
        .join(', ')}`);
    return result;
}
/** The error of the destinations that failed (one, or all of them named), if any did. */
function failureOf(result) {
    try {
        (0,distribute/* assertDistributed */.e)(result);
        return undefined;
    }
    catch (e) {
        if ((0,errors/* isPipelineError */.h$)(e))
            return e;
        throw e;
    }
}
const distributeImage = {
    name: 'distribute-image',
    getInputs: (env) => (0,context/* getInputs */.G)(env),
    secretsOf: secrets/* secretsOf */.F,
    run,
    outputsOf: outputs/* outputsOf */.Yz,
    // After the refs, the digest and the summary: a failed destination still reports what the others got.
    // A failed GitHub upload likewise, after the outputs; the registries keep what was pushed.
    // An AMI distribution whose publishing failed: after amis and the summary, the step fails with why.
    verdict: (o) => (o.kind === 'container' ? (failureOf(o.result) ?? o.github?.error) : o.result.publishError),
};
const action = distributeImage;




/***/ }),

/***/ 24984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   PD: () => (/* binding */ selectRoot),
/* harmony export */   mX: () => (/* binding */ walkDescriptors)
/* harmony export */ });
/* unused harmony exports readManifest, readIndex, readConfig, platformOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87043);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99949);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49140);
/**
 * What every consumer needs on top of an ImageSource, written once: parse
 * manifests, indexes and configs (checked, with errors naming the blob),
 * pick an image by ref name, walk an index to its platform manifests, and list
 * every blob of an image children-before-parents (the order a push needs).
 */




async function readJson(src, desc) {
    const bytes = await src.readBlob(desc);
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${src.name} is not valid JSON: ${e.message}`);
    }
}
async function readManifest(src, desc) {
    const m = (await readJson(src, desc));
    const where = `manifest ${desc.digest} in ${src.name}`;
    if (m.schemaVersion !== 2 || typeof m.config !== 'object' || !Array.isArray(m.layers)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('LAYOUT', `${where} is not an image manifest (schemaVersion 2, config, layers)`);
    }
    (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDescriptor */ .YW)(m.config, `${where} config`);
    m.layers.forEach((l, i) => (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDescriptor */ .YW)(l, `${where} layers[${i}]`));
    return m;
}
async function readIndex(src, desc) {
    const x = (await readJson(src, desc));
    const where = `index ${desc.digest} in ${src.name}`;
    if (x.schemaVersion !== 2 || !Array.isArray(x.manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('LAYOUT', `${where} is not an image index (schemaVersion 2, manifests)`);
    }
    x.manifests.forEach((d, i) => (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDescriptor */ .YW)(d, `${where} manifests[${i}]`));
    return x;
}
async function readConfig(src, desc) {
    if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigMediaType */ .$v)(desc.mediaType)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('UNSUPPORTED', `config ${desc.digest} in ${src.name} has media type ${desc.mediaType}, not an image config`, {
            hint: 'This looks like an artifact, not a container image.',
        });
    }
    const c = (await readJson(src, desc));
    if (typeof c.architecture !== 'string' || typeof c.os !== 'string' || typeof c.rootfs !== 'object' || !Array.isArray(c.rootfs?.diff_ids)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('LAYOUT', `config ${desc.digest} in ${src.name} lacks architecture, os or rootfs.diff_ids`);
    }
    return c;
}
/**
 * Choose the top-level descriptor: by ref name when given (matching the full
 * annotation or its tag part), else the only one. Several without a ref is an
 * error that lists them, so the user can pick.
 */
async function selectRoot(src, ref) {
    const roots = await src.roots();
    const named = (d) => d.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .Annotation */ .Y.RefName];
    if (ref !== undefined && ref !== '') {
        const hit = roots.filter((d) => named(d) === ref || d.digest === ref);
        if (hit.length >= 1)
            return hit[0];
        const names = roots.map((d) => named(d) ?? d.digest).join(', ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NOT_FOUND', `${src.name} has no image named '${ref}'`, { hint: `It holds: ${names || 'nothing'}.` });
    }
    if (roots.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('LAYOUT', `${src.name} holds no image (its index lists no manifests)`);
    if (roots.length > 1) {
        // Several entries that point at the same digest (one per tag) are one image.
        const digests = new Set(roots.map((d) => d.digest));
        if (digests.size > 1) {
            const names = roots.map((d) => named(d) ?? d.digest).join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${src.name} holds ${roots.length} images; say which one`, { hint: `Append ':<name>' to pick one of: ${names}.` });
        }
    }
    return roots[0];
}
/** Resolve a top-level descriptor into its platform images, reading manifests and configs. */
async function resolveImage(src, root) {
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isManifestMediaType */ .CM)(root.mediaType)) {
        const manifest = await readManifest(src, root);
        const config = await readConfig(src, manifest.config);
        return { root, images: [{ descriptor: root, manifest, config, platform: platformOf(config) }] };
    }
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(root.mediaType)) {
        const index = await readIndex(src, root);
        const images = [];
        for (const child of index.manifests) {
            if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(child.mediaType)) {
                images.push(...(await resolveImage(src, child)).images);
            }
            else if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isManifestMediaType */ .CM)(child.mediaType)) {
                const manifest = await readManifest(src, child);
                // Attestation manifests (buildx) and other artifacts ride along in
                // indexes; they are not platform images.
                if (!(0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isConfigMediaType */ .$v)(manifest.config.mediaType))
                    continue;
                const config = await readConfig(src, manifest.config);
                images.push({ descriptor: child, manifest, config, platform: child.platform ?? platformOf(config) });
            }
        }
        return { root, index, images };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('UNSUPPORTED', `${root.digest} in ${src.name} has media type ${root.mediaType}, neither a manifest nor an index`);
}
function platformOf(config) {
    const p = { os: config.os, architecture: config.architecture };
    if (config.variant !== undefined)
        p.variant = config.variant;
    return p;
}
/**
 * Every descriptor reachable from `root`, each once, children before parents:
 * layers and config, then the manifest; manifests before their index.
 */
async function walkDescriptors(src, root) {
    const out = [];
    const seen = new Set();
    const visit = async (d) => {
        if (seen.has(d.digest))
            return;
        seen.add(d.digest);
        if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(d.mediaType)) {
            const idx = await readIndex(src, d);
            for (const c of idx.manifests)
                await visit(c);
        }
        else if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isManifestMediaType */ .CM)(d.mediaType)) {
            const m = await readManifest(src, d);
            await visit(m.config);
            for (const l of m.layers)
                await visit(l);
            if (m.subject !== undefined && (await src.hasBlob(m.subject.digest)))
                await visit(m.subject);
        }
        out.push(d);
    };
    await visit(root);
    return out;
}


/***/ }),

/***/ 87043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   Al: () => (/* binding */ OciLayout),
/* harmony export */   YW: () => (/* binding */ checkDescriptor),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   s1: () => (/* binding */ LayoutWriter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _chunk_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40617);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33904);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88301);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(99949);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(85512);
/**
 * Reading and writing an OCI image layout (image-spec image-layout.md):
 * `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`. The writer works in a
 * sibling temporary folder and renames it into place at the end, so a failed
 * build never leaves a half-written layout at the output path.
 */










const LAYOUT_VERSION = '1.0.0';
function blobPath(root, digest) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'blobs', (0,_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .algorithmOf */ .Hy)(digest), (0,_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .encodedOf */ .EX)(digest));
}
/** Parse and check an index.json; exported for tests and for archive readers. */
function parseIndex(text, where, input) {
    try {
        return parseIndexUnchecked(text, where);
    }
    catch (e) {
        if (input === undefined || !(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC(e.code, e.reason, { input, cause: e });
    }
}
function parseIndexUnchecked(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `${where} is not valid JSON: ${e.message}`, { file: where });
    }
    const index = value;
    if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `${where} is not an image index (schemaVersion 2 with a manifests list)`, { file: where });
    }
    for (const [i, d] of index.manifests.entries())
        checkDescriptor(d, `${where} manifests[${i}]`);
    return index;
}
/** A descriptor from untrusted JSON: digest well formed, size a non-negative integer. */
function checkDescriptor(d, where) {
    const desc = d;
    if (typeof desc !== 'object' || desc === null || typeof desc.mediaType !== 'string' || typeof desc.digest !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `${where} is not a descriptor (mediaType, digest, size)`);
    }
    const parsed = (0,_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .parseDigest */ .m)(desc.digest);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `${where}: ${parsed.error.reason}`);
    if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `${where} has no valid size`);
    }
}
class OciLayout {
    dir;
    index;
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    get name() {
        return `layout ${this.dir}`;
    }
    /** Open a layout folder, checking `oci-layout` and `index.json`. */
    static async open(dir, input) {
        const ctx = input === undefined ? {} : { input };
        let stat;
        try {
            stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(dir);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('NOT_FOUND', `the OCI image layout '${dir}' does not exist`, {
                ...ctx,
                hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
            });
        }
        if (!stat.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('INPUT', `'${dir}' is a file, not an OCI image layout folder`, {
                ...ctx,
                hint: "For a tarball write 'oci-archive:<file>' or 'docker-archive:<file>'.",
            });
        }
        let layoutText;
        try {
            layoutText = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'oci-layout'), 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `'${dir}' is not an OCI image layout: it has no oci-layout file`, {
                ...ctx,
                hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
            });
        }
        let version;
        try {
            version = JSON.parse(layoutText).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (typeof version !== 'string' || !version.startsWith('1.')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `'${dir}/oci-layout' does not declare imageLayoutVersion 1.x`, ctx);
        }
        const indexPath = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'index.json');
        let indexText;
        try {
            indexText = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(indexPath, 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `'${dir}' is not an OCI image layout: it has no index.json`, ctx);
        }
        return new OciLayout(dir, parseIndex(indexText, indexPath, input));
    }
    async roots() {
        return this.index.manifests;
    }
    /** The parsed index.json (its annotations included). */
    get indexJson() {
        return this.index;
    }
    blobPath(digest) {
        return blobPath(this.dir, digest);
    }
    async hasBlob(digest) {
        try {
            return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(this.blobPath(digest))).isFile();
        }
        catch {
            return false;
        }
    }
    async statBlob(desc) {
        let size;
        try {
            size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(this.blobPath(desc.digest))).size;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
                hint: 'The layout is incomplete; rebuild it or copy it again.',
            });
        }
        if (size !== desc.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${size} bytes, its descriptor says ${desc.size}`, {
                hint: 'The layout is corrupt; rebuild it or copy it again.',
            });
        }
    }
    async openBlob(desc) {
        await this.statBlob(desc);
        const verify = new _digest_js__WEBPACK_IMPORTED_MODULE_7__/* .VerifyingStream */ .SC(desc, `blob ${desc.digest} in ${this.name}`);
        // Read into reused 1 MiB buffers (chunk-pool.ts): an upload hands each back once its sockets took it.
        const file = (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .readPooled */ .E0)(this.blobPath(desc.digest), _chunk_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .blobChunks */ .M5);
        file.on('error', (e) => verify.destroy(e));
        // A consumer that stops early (a failed upload destroys its body) closes the file too: pipe() only unpipes, and the descriptor stayed open.
        verify.once('close', () => file.destroy());
        return (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .lendsAs */ .d8)(file.pipe(verify), file);
    }
    async readBlob(desc) {
        if (desc.size > _source_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_JSON_BLOB */ .O) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        await this.statBlob(desc);
        const data = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(this.blobPath(desc.digest));
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyBytes */ .RV)(data, desc, `blob ${desc.digest} in ${this.name}`);
        return data;
    }
    async close() { }
}
/**
 * Writes a new layout. Everything goes into `<dir>.tmp-<random>` until
 * `commit()` moves it to `dir` (replacing what was there); `abort()` removes
 * the temporary folder. Blobs are content-addressed, so writing one twice is a
 * no-op.
 */
class LayoutWriter {
    dir;
    tmp;
    manifests = [];
    annotations;
    constructor(dir, tmp) {
        this.dir = dir;
        this.tmp = tmp;
    }
    static async create(dir) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(abs), { recursive: true });
        const tmp = `${abs}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(4).toString('hex')}`;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.join(tmp, 'blobs', 'sha256'), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(tmp, 'oci-layout'), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
        return new LayoutWriter(abs, tmp);
    }
    /** Write bytes as a blob; returns its descriptor. */
    async writeBytes(data, mediaType, extra = {}) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .digestBytes */ .QN)(bytes);
        const target = blobPath(this.tmp, digest);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(target, bytes);
        return { ...extra, mediaType, digest, size: bytes.length };
    }
    async writeJson(value, mediaType, extra = {}) {
        return this.writeBytes(JSON.stringify(value), mediaType, extra);
    }
    /**
     * Stream a blob in. With `expected`, the bytes are verified against it;
     * without, the digest is computed. Either way the file lands under its
     * digest only once complete.
     */
    async writeStream(stream, mediaType, expected, extra = {}) {
        const partial = node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.tmp, `.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(6).toString('hex')}`);
        const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_7__/* .DigestCounter */ .VR(expected === undefined ? 'sha256' : (0,_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .algorithmOf */ .Hy)(expected.digest));
        stream.on('data', (c) => counter.update(c));
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(stream, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(partial));
        const digest = counter.digest();
        if (expected !== undefined && (digest !== expected.digest || counter.size !== expected.size)) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(partial, { force: true });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineError */ .zC('DIGEST_MISMATCH', `blob written as ${expected.digest} (${expected.size} bytes) hashed to ${digest} (${counter.size} bytes)`);
        }
        const target = blobPath(this.tmp, digest);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(partial, target);
        return { ...extra, mediaType, digest, size: counter.size };
    }
    /** Copy a blob from another source, verified on the way. */
    async copyBlob(from, desc) {
        if (await this.hasBlob(desc.digest))
            return;
        await this.writeStream(await from.openBlob(desc), desc.mediaType, desc);
    }
    async hasBlob(digest) {
        return node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(blobPath(this.tmp, digest)).then(() => true, () => false);
    }
    /** Add a top-level manifest or index to index.json, optionally with a ref name. */
    addRoot(desc, refName) {
        const annotations = { ...(desc.annotations ?? {}) };
        if (refName !== undefined)
            annotations['org.opencontainers.image.ref.name'] = refName;
        this.manifests.push(Object.keys(annotations).length > 0 ? { ...desc, annotations } : { ...desc });
    }
    setIndexAnnotations(annotations) {
        this.annotations = annotations;
    }
    /** Write index.json and move the layout into place. */
    async commit() {
        const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_8__/* .MediaType */ .zu.OciIndex, manifests: this.manifests };
        if (this.annotations !== undefined)
            index.annotations = this.annotations;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.tmp, 'index.json'), JSON.stringify(index));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(this.dir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(this.tmp, this.dir);
        return this.dir;
    }
    async abort() {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(this.tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 99949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $v: () => (/* binding */ isConfigMediaType),
/* harmony export */   AH: () => (/* binding */ layerCompression),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** Media types of the OCI image spec and of Docker's image manifest v2 schema 2. */
const MediaType = {
    OciLayout: 'application/vnd.oci.image.layout.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OciLayerNondistributable: 'application/vnd.oci.image.layer.nondistributable.v1.tar',
    OciLayerNondistributableGzip: 'application/vnd.oci.image.layer.nondistributable.v1.tar+gzip',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const isIndexMediaType = (m) => m === MediaType.OciIndex || m === MediaType.DockerManifestList;
const isManifestMediaType = (m) => m === MediaType.OciManifest || m === MediaType.DockerManifest;
const isConfigMediaType = (m) => m === MediaType.OciConfig || m === MediaType.DockerConfig;
/** How a layer blob is compressed, from its media type; undefined when it is not a layer we know. */
function layerCompression(m) {
    switch (m) {
        case MediaType.OciLayer:
        case MediaType.OciLayerNondistributable:
        case MediaType.DockerLayer:
            return 'none';
        case MediaType.OciLayerGzip:
        case MediaType.OciLayerNondistributableGzip:
        case MediaType.DockerLayerGzip:
        case MediaType.DockerForeignLayerGzip:
            return 'gzip';
        case MediaType.OciLayerZstd:
            return 'zstd';
        default:
            return undefined;
    }
}


/***/ }),

/***/ 85512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ MAX_JSON_BLOB)
/* harmony export */ });
/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
const MAX_JSON_BLOB = 4 * 1024 * 1024;


/***/ })

};
