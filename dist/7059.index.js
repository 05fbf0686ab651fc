export const id = 7059;
export const ids = [7059,9029];
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

/***/ 79029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pushImage: () => (/* binding */ pushImage)
});

// EXTERNAL MODULE: ./shared/src/oci/open.ts + 2 modules
var oci_open = __webpack_require__(73604);
// EXTERNAL MODULE: ./shared/src/oci/location.ts
var oci_location = __webpack_require__(7674);
// EXTERNAL MODULE: ./shared/src/oci/image.ts
var oci_image = __webpack_require__(24984);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(64918);
// EXTERNAL MODULE: ./shared/src/registry/client/connect.ts + 3 modules
var client_connect = __webpack_require__(99296);
// EXTERNAL MODULE: ./shared/src/distribute/destinations.ts
var distribute_destinations = __webpack_require__(5146);
// EXTERNAL MODULE: ./shared/src/distribute/distribute.ts + 10 modules
var distribute = __webpack_require__(67150);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __webpack_require__(5698);
;// CONCATENATED MODULE: ./shared/src/distribute/image-set.ts
/**
 * What distribute pushes: one image from one source, or several sources
 * (per-platform builds on a runner matrix) merged into one multi-platform
 * OCI index. The merged index is built in memory; its blobs are read from
 * whichever source holds them.
 */







/** The tag part of a ref-name annotation (`1.2`, `app:1.2`, `ghcr.io/a/b:1.2`), if it is a valid tag. */
function tagOfRefName(name) {
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const tag = colon > slash ? name.slice(colon + 1) : slash >= 0 ? undefined : name;
    if (tag === undefined)
        return undefined;
    return (0,reference/* isTag */.dz)(tag) ? tag : undefined;
}
async function tagsOf(src, root) {
    const names = (await src.roots()).filter((d) => d.digest === root.digest).map((d) => d.annotations?.[types/* Annotation */.Y.RefName]);
    return [...new Set(names.flatMap((n) => (n === undefined ? [] : (tagOfRefName(n) ?? []))))];
}
class MergedSource {
    sources;
    index;
    indexBytes;
    name;
    constructor(sources, index, indexBytes) {
        this.sources = sources;
        this.index = index;
        this.indexBytes = indexBytes;
        this.name = `merged index of ${sources.map((s) => s.name).join(', ')}`;
    }
    async roots() {
        return [this.index];
    }
    async owner(digest) {
        for (const s of this.sources)
            if (await s.hasBlob(digest))
                return s;
        throw new errors/* PipelineError */.zC('NOT_FOUND', `blob ${digest} is in none of ${this.sources.map((s) => s.name).join(', ')}`);
    }
    async openBlob(desc) {
        if (desc.digest === this.index.digest)
            return external_node_stream_.Readable.from([this.indexBytes]);
        return (await this.owner(desc.digest)).openBlob(desc);
    }
    async readBlob(desc) {
        if (desc.digest === this.index.digest) {
            (0,digest/* verifyBytes */.RV)(this.indexBytes, desc, 'the merged index');
            return this.indexBytes;
        }
        return (await this.owner(desc.digest)).readBlob(desc);
    }
    async hasBlob(digest) {
        if (digest === this.index.digest)
            return true;
        for (const s of this.sources)
            if (await s.hasBlob(digest))
                return true;
        return false;
    }
    async close() {
        await Promise.all(this.sources.map((s) => s.close()));
    }
}
/**
 * One source: its only (or named) image. Several: every platform image of
 * each, in one index; two sources offering the same platform is an error.
 */
async function imageToPush(sources, input = 'image') {
    if (sources.length === 0)
        throw new errors/* PipelineError */.zC('INPUT', `input '${input}' names no image`, { input, hint: "Pass build-image's 'layout' output." });
    if (sources.length === 1) {
        const src = sources[0];
        const root = await (0,oci_image/* selectRoot */.PD)(src);
        return { source: src, root, tags: await tagsOf(src, root) };
    }
    const manifests = [];
    const seen = new Map();
    const tags = new Set();
    for (const src of sources) {
        const root = await (0,oci_image/* selectRoot */.PD)(src);
        for (const t of await tagsOf(src, root))
            tags.add(t);
        const resolved = await (0,oci_image/* resolveImage */.AT)(src, root);
        for (const img of resolved.images) {
            const p = (0,types/* platformString */.F)(img.platform);
            const other = seen.get(p);
            if (other !== undefined) {
                throw new errors/* PipelineError */.zC('INPUT', `input '${input}': both ${other} and ${src.name} hold an image for ${p}`, {
                    input,
                    hint: 'Give each layout a different platform, or push them to different destinations.',
                });
            }
            seen.set(p, src.name);
            manifests.push({ mediaType: img.descriptor.mediaType, digest: img.descriptor.digest, size: img.descriptor.size, platform: img.platform });
        }
    }
    const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests };
    const bytes = Buffer.from(JSON.stringify(index));
    const root = { mediaType: media_types/* MediaType */.zu.OciIndex, digest: (0,digest/* digestBytes */.QN)(bytes), size: bytes.length };
    return { source: new MergedSource(sources, root, bytes), root, tags: [...tags] };
}

// EXTERNAL MODULE: ./shared/src/registry/client/source.ts + 1 modules
var source = __webpack_require__(75108);
;// CONCATENATED MODULE: ./shared/src/distribute/push-image.ts
/**
 * The whole distribute step as one library call, for the action and the
 * local runner alike: open the image location(s), merge several into one
 * index, plan the destinations, push, and close the sources.
 */









/** Open one image location, registry references included. */
async function openSource(location, connect = {}, input = 'image') {
    const loc = (0,result/* unwrap */.o)((0,oci_location/* parseImageLocation */.s)(location, input));
    const opened = await (0,oci_open/* openImageSource */.X)(loc, { input, registry: (0,source/* registryOpener */.z)(connect) });
    if (opened.ref === undefined)
        return opened.source;
    // A location that names one image of several: narrow the source to it.
    const root = await (0,oci_image/* selectRoot */.PD)(opened.source, opened.ref);
    const src = opened.source;
    return {
        name: src.name,
        roots: async () => [root],
        openBlob: (d) => src.openBlob(d),
        readBlob: (d) => src.readBlob(d),
        hasBlob: (d) => src.hasBlob(d),
        close: () => src.close(),
    };
}
async function pushImage(opts) {
    const connect = {
        ...(opts.auth !== undefined ? { auth: opts.auth } : {}),
        ...(opts.insecureRegistries !== undefined ? { insecureRegistries: opts.insecureRegistries } : {}),
        ...(opts.connectTo !== undefined ? { connectTo: opts.connectTo } : {}),
        ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
        ...(opts.timeouts !== undefined ? { timeouts: opts.timeouts } : {}),
        onRetry: (registry, what, e) => opts.onProgress?.({
            kind: 'retry',
            destination: registry,
            what,
            attempt: e.attempt,
            waitMs: e.waitMs,
            message: e.error instanceof Error ? e.error.message : String(e.error),
        }),
    };
    const sources = [];
    try {
        for (const loc of opts.images)
            sources.push(await openSource(loc, connect));
        const image = await imageToPush(sources);
        const destinations = (0,result/* unwrap */.o)((0,distribute_destinations/* planDestinations */.x)(opts.destinations, opts.tags ?? [], image.tags, image.root.digest));
        return await (0,distribute/* distribute */.m)({
            source: image.source,
            root: image.root,
            destinations,
            clients: (0,client_connect.clientFactory)(connect),
            ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
            ...(opts.uploadMode !== undefined ? { uploadMode: opts.uploadMode } : {}),
            ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
            ...(opts.onProgress !== undefined ? { onProgress: opts.onProgress } : {}),
            ...(opts.attach !== undefined ? { attach: opts.attach } : {}),
        });
    }
    finally {
        await Promise.all(sources.map((s) => s.close().catch(() => undefined)));
    }
}


/***/ }),

/***/ 73604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ openImageSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/oci/layout.ts
var layout = __webpack_require__(87043);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(99949);
// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(85512);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(49140);
;// CONCATENATED MODULE: ./shared/src/oci/tar-index.ts
/**
 * Indexes an uncompressed tar file by reading only its headers, so any member
 * can later be streamed by byte range without extracting the archive. Handles
 * ustar prefixes, PAX extended headers (path, size) and GNU long names, which
 * is what skopeo, docker save and GNU tar write.
 */


const BLOCK = 512;
function readString(buf, start, len) {
    const end = buf.indexOf(0, start);
    return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}
function readNumber(buf, start, len) {
    // GNU base-256 for sizes >= 8 GiB: the high bit of the first byte is set.
    if (buf[start] & 0x80) {
        let n = 0;
        for (let i = start + 1; i < start + len; i++)
            n = n * 256 + buf[i];
        return n;
    }
    const text = readString(buf, start, len).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space < 0)
            break;
        const len = parseInt(data.toString('utf8', pos, space), 10);
        if (!Number.isFinite(len) || len <= 0)
            break;
        const record = data.toString('utf8', space + 1, pos + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += len;
    }
    return out;
}
const normaliseMemberName = (name) => name.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
async function indexTar(file, what) {
    const fh = await promises_.open(file, 'r');
    try {
        const { size: fileSize } = await fh.stat();
        const members = new Map();
        const header = Buffer.alloc(BLOCK);
        let pos = 0;
        let pax = {};
        let longName;
        let longLink;
        while (pos + BLOCK <= fileSize) {
            const { bytesRead } = await fh.read(header, 0, BLOCK, pos);
            if (bytesRead < BLOCK)
                break;
            if (header.every((b) => b === 0))
                break; // end-of-archive marker
            let checksum = 0;
            for (let i = 0; i < BLOCK; i++)
                checksum += i >= 148 && i < 156 ? 0x20 : header[i];
            if (checksum !== readNumber(header, 148, 8)) {
                throw new errors/* PipelineError */.zC('LAYOUT', `${what} is not a tar archive (bad header checksum at byte ${pos})`, {
                    hint: 'Pass an uncompressed or gzip-compressed tar written by skopeo, buildah or docker save.',
                });
            }
            const type = String.fromCharCode(header[156] || 0x30);
            let size = readNumber(header, 124, 12);
            if (pax.size !== undefined)
                size = Number(pax.size);
            const dataOffset = pos + BLOCK;
            const next = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
            if (next > fileSize)
                throw new errors/* PipelineError */.zC('LAYOUT', `${what} is truncated (member at byte ${pos} runs past the end)`);
            if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
                const data = Buffer.alloc(size);
                await fh.read(data, 0, size, dataOffset);
                if (type === 'x')
                    pax = parsePax(data);
                else if (type === 'L')
                    longName = data.toString('utf8').replace(/\0+$/, '');
                else if (type === 'K')
                    longLink = data.toString('utf8').replace(/\0+$/, '');
                pos = next;
                continue;
            }
            const ustar = readString(header, 257, 6) === 'ustar';
            const prefix = ustar ? readString(header, 345, 155) : '';
            const base = readString(header, 0, 100);
            const name = pax.path ?? longName ?? (prefix !== '' ? `${prefix}/${base}` : base);
            const linkname = pax.linkpath ?? longLink ?? readString(header, 157, 100);
            const member = { name: normaliseMemberName(name), offset: dataOffset, size, type, linkname };
            members.set(member.name, member);
            pax = {};
            longName = undefined;
            longLink = undefined;
            pos = next;
        }
        return members;
    }
    finally {
        await fh.close();
    }
}

// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(79892);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(99259);
;// CONCATENATED MODULE: ./shared/src/oci/archive.ts
/**
 * Image sources over tarballs, read in place: `oci-archive` (a tarred OCI
 * layout, as skopeo and buildah write) and `docker-archive` (`docker save`).
 * The tar is indexed once by its headers; blobs are then streamed by byte
 * range and verified like any other source. A gzip-compressed tarball is first
 * decompressed to a temporary file, since random access needs it plain.
 */














/** An indexed tar file whose members can be streamed by range. */
class TarFile {
    file;
    members;
    cleanup;
    constructor(file, members, cleanup) {
        this.file = file;
        this.members = members;
        this.cleanup = cleanup;
    }
    static async open(file, what, input) {
        const ctx = input === undefined ? {} : { input };
        let fh;
        try {
            fh = await promises_.open(file, 'r');
        }
        catch {
            throw new errors/* PipelineError */.zC('NOT_FOUND', `the archive '${file}' does not exist or cannot be read`, {
                ...ctx,
                hint: 'Check the path; it is resolved against the working directory.',
            });
        }
        const magic = Buffer.alloc(2);
        await fh.read(magic, 0, 2, 0);
        await fh.close();
        if (magic[0] === 0x1f && magic[1] === 0x8b) {
            const dir = await promises_.mkdtemp(external_node_path_.join(process.env.RUNNER_TEMP ?? external_node_os_.tmpdir(), 'archive-'));
            const plain = external_node_path_.join(dir, 'image.tar');
            try {
                await (0,pipe_to_file/* pipeToFile */.u)(plain, { flags: 'wx' }, (0,external_node_fs_.createReadStream)(file), (0,external_node_zlib_.createGunzip)());
            }
            catch (e) {
                await promises_.rm(dir, { recursive: true, force: true });
                throw new errors/* PipelineError */.zC('LAYOUT', `${what} is not a valid gzip file: ${e.message}`, { ...ctx, cause: e });
            }
            return new TarFile(plain, await indexTar(plain, what).catch(async (e) => {
                await promises_.rm(dir, { recursive: true, force: true });
                throw e;
            }), dir);
        }
        return new TarFile(file, await indexTar(file, what), undefined);
    }
    /** A member by name, following hard links (docker save links identical layers). */
    member(name) {
        let m = this.members.get(normaliseMemberName(name));
        for (let hops = 0; m !== undefined && m.type === '1' && hops < 8; hops++)
            m = this.members.get(normaliseMemberName(m.linkname));
        return m !== undefined && (m.type === '0' || m.type === '\0' || m.type === '7') ? m : undefined;
    }
    stream(m) {
        // createReadStream's `end` is inclusive; an empty member needs an empty stream.
        return m.size === 0
            ? (0,external_node_fs_.createReadStream)(this.file, { start: 1, end: 0 })
            : (0,external_node_fs_.createReadStream)(this.file, { start: m.offset, end: m.offset + m.size - 1, highWaterMark: 1024 * 1024 });
    }
    async read(m) {
        const fh = await promises_.open(this.file, 'r');
        try {
            const buf = Buffer.alloc(m.size);
            await fh.read(buf, 0, m.size, m.offset);
            return buf;
        }
        finally {
            await fh.close();
        }
    }
    async close() {
        if (this.cleanup !== undefined)
            await promises_.rm(this.cleanup, { recursive: true, force: true });
    }
}
/** Common reading of blobs that live as tar members, plus blobs synthesised in memory. */
class TarSource {
    tar;
    name;
    synthetic = new Map();
    constructor(tar, name) {
        this.tar = tar;
        this.name = name;
    }
    async hasBlob(digest) {
        return this.synthetic.has(digest) || this.memberFor(digest) !== undefined;
    }
    locate(desc) {
        const mem = this.synthetic.get(desc.digest);
        if (mem !== undefined)
            return mem;
        const m = this.memberFor(desc.digest);
        if (m === undefined)
            throw new errors/* PipelineError */.zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
                hint: 'The archive is incomplete; write it again.',
            });
        if (m.size !== desc.size)
            throw new errors/* PipelineError */.zC('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${m.size} bytes, its descriptor says ${desc.size}`);
        return m;
    }
    async openBlob(desc) {
        const where = this.locate(desc);
        const verify = new oci_digest/* VerifyingStream */.SC(desc, `blob ${desc.digest} in ${this.name}`);
        if (Buffer.isBuffer(where)) {
            verify.end(where);
            return verify;
        }
        // A reader that stops early (a failed upload) closes the file.
        return (0,pipe_through/* pipeThrough */.W)(this.tar.stream(where), verify);
    }
    async readBlob(desc) {
        if (desc.size > source/* MAX_JSON_BLOB */.O)
            throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} in ${this.name} is ${desc.size} bytes, too large to read whole`);
        const where = this.locate(desc);
        const data = Buffer.isBuffer(where) ? where : await this.tar.read(where);
        (0,oci_digest/* verifyBytes */.RV)(data, desc, `blob ${desc.digest} in ${this.name}`);
        return data;
    }
    async close() {
        await this.tar.close();
    }
}
class OciArchive extends TarSource {
    rootDescriptors;
    constructor(tar, name, rootDescriptors) {
        super(tar, name);
        this.rootDescriptors = rootDescriptors;
    }
    static async open(file, input) {
        const name = `oci-archive:${file}`;
        const tar = await TarFile.open(file, name, input);
        try {
            const layoutMember = tar.member('oci-layout');
            const indexMember = tar.member('index.json');
            if (layoutMember === undefined || indexMember === undefined) {
                const hint = tar.member('manifest.json') !== undefined
                    ? `It looks like a docker-archive: write 'docker-archive:${file}'.`
                    : 'Write it with `skopeo copy ... oci-archive:<file>` or `buildah push ... oci-archive:<file>`.';
                throw new errors/* PipelineError */.zC('LAYOUT', `${name} has no ${layoutMember === undefined ? 'oci-layout' : 'index.json'} file, so it is not an OCI archive`, {
                    ...(input === undefined ? {} : { input }),
                    hint,
                });
            }
            const index = (0,layout/* parseIndex */.A1)((await tar.read(indexMember)).toString('utf8'), `${name}/index.json`);
            return new OciArchive(tar, name, index.manifests);
        }
        catch (e) {
            await tar.close();
            throw e;
        }
    }
    async roots() {
        return this.rootDescriptors;
    }
    memberFor(digest) {
        return this.tar.member(`blobs/${(0,oci_digest/* algorithmOf */.Hy)(digest)}/${(0,oci_digest/* encodedOf */.EX)(digest)}`);
    }
}
/**
 * `docker save` output. It has no manifests, so we synthesise a Docker v2
 * schema 2 manifest per image; layer digests are computed by hashing each
 * layer once when the archive is opened (the same work docker load does).
 */
class DockerArchive extends TarSource {
    byDigest = new Map();
    rootDescriptors = [];
    constructor(tar, name) {
        super(tar, name);
    }
    static async open(file, input) {
        const name = `docker-archive:${file}`;
        const tar = await TarFile.open(file, name, input);
        const source = new DockerArchive(tar, name);
        try {
            await source.load(input);
        }
        catch (e) {
            await tar.close();
            throw e;
        }
        return source;
    }
    async load(input) {
        const ctx = input === undefined ? {} : { input };
        const manifestMember = this.tar.member('manifest.json');
        if (manifestMember === undefined) {
            const hint = this.tar.member('oci-layout') !== undefined
                ? `It looks like an OCI archive: write 'oci-archive:${this.tar.file}'.`
                : 'Write it with `docker save` or `skopeo copy ... docker-archive:<file>`.';
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name} has no manifest.json, so it is not a docker-archive`, { ...ctx, hint });
        }
        let entries;
        try {
            entries = JSON.parse((await this.tar.read(manifestMember)).toString('utf8'));
        }
        catch (e) {
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json is not valid JSON: ${e.message}`, ctx);
        }
        if (!Array.isArray(entries) || entries.length === 0)
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json lists no image`, ctx);
        const hashed = new Map();
        for (const [i, entry] of entries.entries()) {
            if (typeof entry?.Config !== 'string' || !Array.isArray(entry.Layers))
                throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json entry ${i} lacks Config or Layers`, ctx);
            const config = await this.describeMember(entry.Config, media_types/* MediaType */.zu.DockerConfig, hashed);
            const layers = [];
            for (const l of entry.Layers)
                layers.push(await this.describeMember(l, undefined, hashed));
            const manifest = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.DockerManifest, config, layers };
            const bytes = Buffer.from(JSON.stringify(manifest));
            const digest = (0,oci_digest/* digestBytes */.QN)(bytes);
            this.synthetic.set(digest, bytes);
            const tags = entry.RepoTags ?? [];
            const root = { mediaType: media_types/* MediaType */.zu.DockerManifest, digest, size: bytes.length };
            if (tags.length === 0)
                this.rootDescriptors.push(root);
            for (const t of tags)
                this.rootDescriptors.push({ ...root, annotations: { [types/* Annotation */.Y.RefName]: t } });
        }
    }
    /** Hash a member once and describe it; the media type of a layer follows its compression. */
    async describeMember(name, mediaType, cache) {
        const cached = cache.get(name);
        if (cached !== undefined)
            return cached;
        const m = this.tar.member(name);
        if (m === undefined)
            throw new errors/* PipelineError */.zC('LAYOUT', `${this.name}/manifest.json names '${name}', which is not in the archive`);
        const counter = new oci_digest/* DigestCounter */.VR();
        let first;
        for await (const chunk of this.tar.stream(m)) {
            const c = chunk;
            if (first === undefined)
                first = c.subarray(0, 2);
            counter.update(c);
        }
        const gz = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
        const desc = { mediaType: mediaType ?? (gz ? media_types/* MediaType */.zu.DockerLayerGzip : media_types/* MediaType */.zu.DockerLayer), digest: counter.digest(), size: m.size };
        this.byDigest.set(desc.digest, m);
        cache.set(name, desc);
        return desc;
    }
    async roots() {
        return this.rootDescriptors;
    }
    memberFor(digest) {
        return this.byDigest.get(digest);
    }
}

;// CONCATENATED MODULE: ./shared/src/oci/open.ts
/**
 * Open any image location as an ImageSource. Registry access is injected, so
 * this module does not depend on the registry client (and tests can pass a
 * stub or a real client).
 */




async function openImageSource(loc, opts = {}) {
    const withRef = (source, ref) => (ref === undefined ? { source } : { source, ref });
    switch (loc.kind) {
        case 'layout':
            return withRef(await layout/* OciLayout */.Al.open(loc.path, opts.input), loc.ref);
        case 'oci-archive':
            return withRef(await OciArchive.open(loc.path, opts.input), loc.ref);
        case 'docker-archive':
            return withRef(await DockerArchive.open(loc.path, opts.input), loc.ref);
        case 'registry':
            if (opts.registry === undefined)
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `reading '${loc.reference}' from a registry is not available here`, opts.input === undefined ? {} : { input: opts.input });
            return { source: await opts.registry(loc.reference) };
        case 'ambiguous': {
            const exists = await promises_.stat(loc.text).then(() => true, () => false);
            if (exists)
                return openImageSource({ kind: 'layout', path: loc.text }, opts);
            if (opts.registry === undefined) {
                throw new errors/* PipelineError */.zC('NOT_FOUND', `'${loc.text}' is neither an existing OCI layout folder nor a readable image`, {
                    ...(opts.input === undefined ? {} : { input: opts.input }),
                    hint: "Pass build-image's 'layout' output (a folder path), oci-archive:<file>, docker-archive:<file>, or docker://<reference>.",
                });
            }
            return { source: await opts.registry(loc.text) };
        }
    }
}


/***/ })

};
