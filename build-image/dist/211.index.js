export const id = 211;
export const ids = [211];
export const modules = {

/***/ 2211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPlatform: () => (/* binding */ loadPlatform),
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./shared/src/builders/emulation.ts
var emulation = __webpack_require__(1200);
// EXTERNAL MODULE: ./shared/src/distribute/distribute.ts + 19 modules
var distribute = __webpack_require__(5959);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(4659);
// EXTERNAL MODULE: ./shared/src/process.ts
var src_process = __webpack_require__(2402);
// EXTERNAL MODULE: ./shared/src/registry/client/connect-inputs.ts
var connect_inputs = __webpack_require__(5127);
// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __webpack_require__(1220);
;// CONCATENATED MODULE: ./shared/src/report/summary/push.ts
/**
 * The job summary of a push (pure): one row per destination with its
 * digest, bytes sent, blobs skipped/mounted/uploaded, time, and the error
 * for a destination that failed; then one row per attachment (referrer)
 * per destination: the file, its predicate type, the manifest it refers to,
 * signed or not, and whether this run attached it or found it there.
 */


const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const push_short = (d) => `\`${d.slice(0, 19)}\u2026\``;
function attachmentRows(result, attestations) {
    if (attestations.length === 0)
        return [];
    const rows = attestations.map((a) => {
        const what = a.file === undefined ? 'image signature' : `\`${cell(a.file)}\``;
        const on = a.subject === result.digest ? 'image' : push_short(a.subject);
        return `| ${what} | \`${cell(a.predicateType)}\` | \`${a.destination}\` | ${on} | ${a.signed ? 'signed' : 'unsigned'} | ${push_short(a.digest)} | ${a.outcome === 'attached' ? 'attached' : 'already there'} |`;
    });
    return [
        '',
        '| attachment | predicate type | destination | refers to | signature | referrer | result |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ];
}
function distributeSummary(result) {
    const rows = result.destinations.map((d) => {
        const status = d.error === undefined ? 'pushed' : `failed: ${cell((0,errors/* messageOf */.bD)(d.error))}`;
        const tags = d.refs.filter((r) => !r.includes('@')).map((r) => r.slice(d.destination.length + 1));
        return `| \`${d.destination}\` | ${tags.map((t) => `\`${t}\``).join(' ') || '\u2014'} | \`${d.digest.slice(0, 19)}\u2026\` | ${(0,bytes/* formatBytes */.z)(d.bytesSent)} | ${d.blobsUploaded} / ${d.blobsSkipped} / ${d.blobsMounted} | ${(d.ms / 1000).toFixed(1)} s | ${status} |`;
    });
    return [
        '### distribute-image',
        '',
        `Image \`${result.digest}\``,
        '',
        '| destination | tags | digest | bytes sent | blobs uploaded / skipped / mounted | time | result |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ...attachmentRows(result, result.attestations ?? []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(9892);
;// CONCATENATED MODULE: ./build-image/src/publish.ts
/**
 * What build-image does after a successful build, as build-push-action's
 * `outputs`, `load` and `push` ask (publish-inputs.ts): write the OCI layout
 * as a tarball or a folder elsewhere, copy the image into the machine's
 * containers-storage (there is no Docker daemon: `podman run` and
 * `buildah from` read that store), and push it to every full reference
 * through distribute's push (blobs and manifests first, tags only on a
 * repository that took everything; a failed repository keeps its old tags).
 *
 * Local steps run before the push, so a step that fails leaves the
 * registries as they were. A failure is returned, not thrown: the step's
 * outputs (digest, layout) are still written, then `verdict` fails it.
 */














/** A path from `outputs`, relative to the workspace as every other path input. */
const resolveDest = (dest, env) => external_node_path_.resolve(env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : process.cwd(), dest);
/** Every file of a layout, relative to it: oci-layout, index.json, blobs/<alg>/<hex>. No links are followed out of it. */
async function layoutFiles(layout) {
    const out = ['oci-layout', 'index.json'];
    const blobs = external_node_path_.join(layout, 'blobs');
    for (const alg of (await promises_.readdir(blobs, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()) {
        for (const f of (await promises_.readdir(external_node_path_.join(blobs, alg), { withFileTypes: true }))
            .filter((d) => d.isFile())
            .map((d) => d.name)
            .sort()) {
            out.push(external_node_path_.posix.join('blobs', alg, f));
        }
    }
    return out;
}
/** The layout as a tarball (the OCI image layout's own archive form, what `skopeo ... oci-archive:` reads), streamed file by file. */
async function writeLayoutTar(layout, file) {
    const pack = tar_stream.pack();
    const done = (0,pipe_to_file/* pipeToFile */.u)(file, { flags: 'w', mode: 0o644 }, pack);
    // Awaited below; a write error while entries are still being added must not surface as an unhandled rejection first.
    done.catch(() => undefined);
    try {
        for (const name of await layoutFiles(layout)) {
            const full = external_node_path_.join(layout, name);
            const { size } = await promises_.stat(full);
            // Fixed owner and time: the same layout gives the same tarball.
            const entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 });
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(full), entry);
        }
        pack.finalize();
    }
    catch (e) {
        pack.destroy(e instanceof Error ? e : new Error(String(e)));
    }
    await done;
}
/** One `type=oci` export, written beside its destination and renamed into place, so a failure leaves no half file. */
async function exportOci(layout, spec, env) {
    const dest = resolveDest(spec.dest, env);
    const existing = await promises_.lstat(dest).catch(() => undefined);
    const refuse = (what) => new errors/* PipelineError */.zC('INPUT', `input 'outputs' line ${spec.line}: dest '${(0,preview/* preview */.VH)(spec.dest, { max: 120, redact: false })}' ${what}`, {
        input: 'outputs',
        line: spec.line,
        hint: 'Name a file (type=oci,dest=image.tar) or a new or empty folder (type=oci,dest=dir,tar=false).',
    });
    if (existing !== undefined) {
        if (existing.isSymbolicLink())
            throw refuse('is a symbolic link, which build-image does not replace');
        if (spec.tar && existing.isDirectory())
            throw refuse('is a folder, and tar=true writes a file');
        if (!spec.tar && !existing.isDirectory())
            throw refuse('is a file, and tar=false writes a folder');
        if (!spec.tar) {
            const entries = await promises_.readdir(dest);
            if (entries.length > 0 && !entries.includes('oci-layout'))
                throw refuse('is a folder holding other files, which build-image does not replace');
        }
    }
    await promises_.mkdir(external_node_path_.dirname(dest), { recursive: true });
    const tmp = `${dest}.tmp-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    try {
        if (spec.tar)
            await writeLayoutTar(layout, tmp);
        else
            await promises_.cp(layout, tmp, { recursive: true, verbatimSymlinks: true });
        if (!spec.tar && existing !== undefined)
            await promises_.rm(dest, { recursive: true, force: true });
        await promises_.rename(tmp, dest);
    }
    catch (e) {
        await promises_.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
        throw e;
    }
    return dest;
}
/**
 * `type=docker,dest=<file>`: a docker-archive (what `docker load` reads) of
 * the image, named with the full references, written by skopeo beside the
 * destination and renamed into place. The image id (its config) is the
 * layout's; the manifest is Docker's, so its digest differs.
 */
async function exportDockerArchive(report, refs, spec, env) {
    const dest = resolveDest(spec.dest, env);
    const existing = await promises_.lstat(dest).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) {
        throw new errors/* PipelineError */.zC('INPUT', `input 'outputs' line ${spec.line}: dest '${(0,preview/* preview */.VH)(spec.dest, { max: 120, redact: false })}' is not a file`, {
            input: 'outputs',
            line: spec.line,
            hint: 'Name a file, e.g. type=docker,dest=image.tar.',
        });
    }
    await promises_.mkdir(external_node_path_.dirname(dest), { recursive: true });
    const tmp = `${dest}.tmp-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const [first, ...more] = refs;
    const args = ['--insecure-policy', 'copy', '--quiet', ...more.flatMap((r) => ['--additional-tag', r]), `oci:${report.layout}:${report.tags[0] ?? 'latest'}`];
    args.push(first === undefined ? `docker-archive:${tmp}` : `docker-archive:${tmp}:${first}`);
    try {
        const r = await (0,src_process/* run */.e)('skopeo', args, { env: containersEnv(env), maxBuffer: 256 * 1024 });
        if (r.code !== 0) {
            throw new errors/* PipelineError */.zC('BUILDER', `writing the docker-archive ${dest} failed: ${(0,preview/* preview */.VH)(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
                input: 'outputs',
                line: spec.line,
            });
        }
        await promises_.rename(tmp, dest);
    }
    catch (e) {
        await promises_.rm(tmp, { force: true }).catch(() => undefined);
        if ((0,errors/* isPipelineError */.h$)(e) && e.code === 'NOT_FOUND') {
            throw new errors/* PipelineError */.zC('NOT_FOUND', 'type=docker,dest needs skopeo, which is not installed here', {
                input: 'outputs',
                line: spec.line,
                hint: 'Install skopeo (GitHub-hosted Ubuntu runners have it), or write type=oci,dest=<file.tar>.',
            });
        }
        throw e;
    }
    return dest;
}
/** The variables containers-storage and skopeo read from the runner's environment (where the store is, its config). */
function containersEnv(env) {
    const picked = Object.entries(env).filter(([k]) => k.startsWith('CONTAINERS_') || k.startsWith('XDG_') || k === 'HOME' || k === 'TMPDIR');
    return { ...process.env, ...Object.fromEntries(picked) };
}
/** The platform `load` copies from a multi-platform image: the host's when it was built, else the first. */
function loadPlatform(platforms, hostArch = (0,emulation/* hostArchitecture */.m4)()) {
    return platforms.find((p) => p.split('/')[1] === hostArch) ?? platforms[0];
}
/**
 * `load`: copy the image into the machine's containers-storage (the store
 * podman and buildah use by default, or the one CONTAINERS_STORAGE_CONF names)
 * under each full reference, with skopeo, from the layout's first tag.
 */
async function load(report, names, env, io) {
    const source = `oci:${report.layout}:${report.tags[0] ?? 'latest'}`;
    const platform = report.platforms.length > 1 ? loadPlatform(report.platforms) : undefined;
    const [os, arch, variant] = (platform ?? '').split('/');
    const choose = platform === undefined ? [] : ['--override-os', os ?? '', '--override-arch', arch ?? '', ...(variant !== undefined ? ['--override-variant', variant] : [])];
    if (platform !== undefined)
        io.info(`load: containers-storage holds one platform per name; loading ${platform} of ${report.platforms.join(', ')}`);
    for (const name of names) {
        // --insecure-policy: the source is the layout this step just built, not an image to verify against a signature policy.
        const r = await (0,src_process/* run */.e)('skopeo', ['--insecure-policy', ...choose, 'copy', '--quiet', source, `containers-storage:${name}`], {
            env: containersEnv(env),
            maxBuffer: 256 * 1024,
        }).catch((e) => {
            if ((0,errors/* isPipelineError */.h$)(e) && e.code === 'NOT_FOUND') {
                throw new errors/* PipelineError */.zC('NOT_FOUND', 'load needs skopeo, which is not installed here', {
                    input: 'load',
                    hint: 'Install skopeo (apt-get install skopeo; GitHub-hosted Ubuntu runners have it), or drop load and use the layout output.',
                });
            }
            throw e;
        });
        if (r.code !== 0) {
            throw new errors/* PipelineError */.zC('BUILDER', `loading the image into containers-storage as ${name} failed: ${(0,preview/* preview */.VH)(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
                input: 'load',
                hint: 'The store is the one podman and buildah use (CONTAINERS_STORAGE_CONF names another); check it is writable by this user.',
            });
        }
        io.info(`Loaded ${report.digest} into containers-storage as ${name}`);
    }
    return [...names];
}
function logPush(io, e) {
    if (e.kind === 'tag')
        io.info(`${e.ref} ${e.outcome === 'moved' ? 'now points at the image' : 'already pointed at the image'}`);
    else if (e.kind === 'retry')
        io.warning(`${e.destination}: ${e.what} failed (${e.message}); try ${e.attempt + 1} in ${(e.waitMs / 1000).toFixed(1)} s`);
    else if (e.kind === 'failed')
        io.error(`${e.destination}: ${e.message}`);
    else if (e.kind === 'blob' && e.outcome !== 'skipped')
        io.debug(`${e.destination}: ${e.outcome} ${e.digest}`);
}
async function publish(report, p, connect, env, io) {
    const out = { exported: [] };
    const refs = report.refs ?? [];
    try {
        for (const spec of p.exports) {
            const written = spec.type === 'docker' ? await exportDockerArchive(report, refs, spec, env) : await exportOci(report.layout, spec, env);
            out.exported.push(written);
            io.info(`Wrote ${spec.type === 'docker' ? 'the docker-archive' : `the OCI layout ${spec.tar ? 'tarball' : 'folder'}`} ${written} (outputs line ${spec.line})`);
        }
        if ((p.load || p.push) && refs.length === 0) {
            // `images` with spec lines none of which applies to this event (e.g. only type=semver on a branch push):
            // metadata-action computes no tag there; build-push-action would fail for want of one. Nothing is
            // pushed or loaded, and `latest` is not moved.
            io.warning(`No tag applies to this event (${report.tags.join(', ')} is the layout's name only), so nothing was ${p.push ? 'pushed' : 'loaded'}. Add a tag line that applies here (e.g. type=ref,event=branch), or set push only on the events your lines cover.`);
            return out;
        }
        if (p.load)
            out.loaded = await load(report, refs, env, io);
        if (p.push) {
            const { pushImage } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 8779));
            out.pushed = await pushImage({
                images: [report.layout],
                destinations: refs,
                // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
                ...(0,connect_inputs/* connectOptions */.jN)(connect, { mask: (s) => io.mask(s) }),
                onProgress: (e) => logPush(io, e),
            });
            await io.summary(distributeSummary(out.pushed));
            (0,distribute/* assertDistributed */.e)(out.pushed);
            io.info(`Pushed ${report.digest} to ${refs.join(', ')}`);
        }
    }
    catch (e) {
        out.error = (0,errors/* isPipelineError */.h$)(e) ? e : new errors/* PipelineError */.zC('INTERNAL', (0,errors/* messageOf */.bD)(e), { cause: e });
    }
    return out;
}


/***/ }),

/***/ 8980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   IF: () => (/* binding */ subjectDigests),
/* harmony export */   Ot: () => (/* binding */ ociSubject),
/* harmony export */   US: () => (/* binding */ serializeStatement),
/* harmony export */   l6: () => (/* binding */ imageSignatureStatement),
/* harmony export */   qE: () => (/* binding */ subjectMatches),
/* harmony export */   qZ: () => (/* binding */ statement)
/* harmony export */ });
/* unused harmony export digestSetProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8301);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4918);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(288);
/**
 * in-toto Statement v1 (in-toto/attestation spec/v1/statement.md): pure
 * builders and a strict reader. The rules checked are the spec's and those of
 * its reference validator (go/v1/statement.go, resource_descriptor.go): at
 * least one subject, a non-empty digest on each, lowercase hex of the right
 * length for the standard hashes, a predicateType, a predicate object.
 */





/** Hex lengths of the standard algorithms (in-toto digest_set.md); other keys are opaque ids. */
const HEX_LENGTH = {
    sha256: [64],
    sha384: [96],
    sha512: [128],
    sha224: [56],
    sha512_224: [56],
    sha512_256: [64],
    sha3_224: [56],
    sha3_256: [64],
    sha3_384: [96],
    sha3_512: [128],
    sha1: [40],
    md5: [32],
    gitCommit: [40, 64],
    gitTree: [40, 64],
    gitBlob: [40, 64],
    gitTag: [40, 64],
    dirHash: [64],
};
/** Why a digest set is not acceptable, or undefined when it is. */
function digestSetProblem(digest) {
    if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
        return 'expected a digest object, got ' + kind(digest);
    const entries = Object.entries(digest);
    if (entries.length === 0)
        return 'expected at least one digest, got an empty digest object';
    for (const [alg, value] of entries) {
        if (typeof value !== 'string' || value === '')
            return `expected digest '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(alg, { redact: false })}' to be a non-empty string, got ${kind(value)}`;
        const lengths = HEX_LENGTH[alg];
        if (lengths !== undefined && !(lengths.includes(value.length) && /^[0-9a-f]+$/.test(value))) {
            return `expected digest '${alg}' to be ${lengths.join(' or ')} lowercase hex digits, got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(value, { max: 80, redact: false })}'`;
        }
    }
    return undefined;
}
/**
 * The subject for an OCI manifest or index: `{name?, digest: {sha256: hex}}`.
 * `digest` is `sha256:<hex>` as a registry or layout reports it.
 */
function ociSubject(digest, name) {
    const parsed = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(digest);
    if (!parsed.ok)
        throw parsed.error;
    const [alg, hex] = [parsed.value.slice(0, parsed.value.indexOf(':')), parsed.value.slice(parsed.value.indexOf(':') + 1)];
    return { ...(name === undefined || name === '' ? {} : { name }), digest: { [alg]: hex } };
}
/**
 * A Statement v1. Throws PipelineError INTERNAL when the parts break the spec:
 * they come from our own code (builders), so a failure here is our bug.
 */
function statement(subject, predicateType, predicate) {
    const problem = statementProblem({ _type: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATEMENT_TYPE_V1 */ .HL, subject, predicateType, predicate });
    if (problem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INTERNAL', `cannot build an in-toto statement: ${problem}`);
    return { _type: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATEMENT_TYPE_V1 */ .HL, subject: subject.map((s) => ({ ...s })), predicateType, predicate };
}
/**
 * The statement cosign v3 signs for an image (`cosign sign`, new bundle
 * format; cosign cmd/cosign/cli/sign/sign.go `signDigestBundle`): one subject
 * with no name, the image digest and the `-a` annotations (an empty object
 * when none), predicate type https://sigstore.dev/cosign/sign/v1 and an empty
 * predicate. cosign verify checks the subject digest against the image
 * (pkg/cosign/verifiers.go `IntotoSubjectClaimVerifier`) and the annotations
 * against its `-a` flags.
 */
function imageSignatureStatement(digest, annotations = {}) {
    const subject = { ...ociSubject(digest), annotations: { ...annotations } };
    return statement([subject], _types_js__WEBPACK_IMPORTED_MODULE_3__/* .PredicateType */ .Ot.CosignSign, {});
}
/** The bytes that are signed: compact JSON in the order the builders create. */
function serializeStatement(s) {
    return Buffer.from(JSON.stringify(s), 'utf8');
}
/** True when one subject of the statement carries `digest` (`sha256:<hex>`). Matching is by digest only, as the spec says. */
function subjectMatches(s, digest) {
    const i = digest.indexOf(':');
    if (i <= 0)
        return false;
    const [alg, hex] = [digest.slice(0, i), digest.slice(i + 1)];
    return s.subject.some((subj) => subj.digest[alg] === hex);
}
/** The subjects' digests as `alg:value`, for "expected X, got Y" messages. */
function subjectDigests(s) {
    return s.subject.flatMap((subj) => Object.entries(subj.digest).map(([alg, v]) => `${alg}:${v}`));
}
/**
 * Read a statement we did not write (a DSSE payload, an `attach` file).
 * Accepts `_type` v1 only: v0.1 statements are older than the SLSA v1 and
 * cosign v3 formats we check. `what` names the source for messages.
 */
function parseStatement(text, what) {
    const raw = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `expected ${what} to be JSON, got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(raw)}' (${e instanceof Error ? e.message : String(e)})`));
    }
    const problem = statementProblem(value);
    if (problem !== undefined)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${what} is not an in-toto statement v1: ${problem}`));
    // "Unset is treated the same as set-but-empty" (statement.md, predicate).
    const parsed = value;
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(parsed.predicate === undefined ? { ...parsed, predicate: {} } : parsed);
}
function statementProblem(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return `expected an object, got ${kind(v)}`;
    const s = v;
    if (s._type !== _types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATEMENT_TYPE_V1 */ .HL)
        return `expected _type '${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .STATEMENT_TYPE_V1 */ .HL}', got ${quoted(s._type)}`;
    if (!Array.isArray(s.subject) || s.subject.length === 0)
        return `expected a non-empty subject list, got ${kind(s.subject)}`;
    for (const [i, subj] of s.subject.entries()) {
        if (typeof subj !== 'object' || subj === null || Array.isArray(subj))
            return `subject[${i}]: expected an object, got ${kind(subj)}`;
        const name = subj.name;
        if (name !== undefined && typeof name !== 'string')
            return `subject[${i}].name: expected a string, got ${kind(name)}`;
        const problem = digestSetProblem(subj.digest);
        if (problem !== undefined)
            return `subject[${i}].digest: ${problem}`;
    }
    if (typeof s.predicateType !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(s.predicateType)) {
        return `expected predicateType to be a URI, got ${quoted(s.predicateType)}`;
    }
    if (s.predicate !== undefined && (typeof s.predicate !== 'object' || s.predicate === null || Array.isArray(s.predicate))) {
        return `expected predicate to be an object, got ${kind(s.predicate)}`;
    }
    return undefined;
}
function kind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty array' : 'an array';
    if (typeof v === 'string')
        return `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(v, { max: 60 })}'`;
    if (typeof v === 'object')
        return 'an object';
    if (v === undefined)
        return 'nothing';
    return typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${v}` : typeof v;
}
/** Type URIs are identifiers: shown unredacted (still bounded and control-free). */
const quoted = (v) => (v === undefined ? 'nothing' : typeof v === 'string' ? `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(v, { max: 100, redact: false })}'` : kind(v));


/***/ }),

/***/ 288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ STATEMENT_TYPE_V1),
/* harmony export */   HM: () => (/* binding */ BUNDLE_V03_MEDIA_TYPE),
/* harmony export */   Ot: () => (/* binding */ PredicateType),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE)
/* harmony export */ });
/**
 * Spec shapes for attestations, apart from any behaviour: the in-toto
 * Statement v1 (in-toto/attestation spec/v1/statement.md), its
 * ResourceDescriptor and DigestSet, SLSA Provenance v1 (slsa.dev/provenance/v1)
 * and the media and predicate types we write. Importable without logic.
 */
/** `_type` of every statement we write (in-toto spec/v1/statement.md). */
const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
/** DSSE `payloadType` of an in-toto statement (in-toto spec/v1/envelope.md). */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The sigstore bundle we write; also the `artifactType` of the OCI referrer that carries it. */
const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Predicate types we write or wrap. */
const PredicateType = {
    /** SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance). */
    SlsaProvenanceV1: 'https://slsa.dev/provenance/v1',
    /** What cosign v3 signs for an image (cosign pkg/types/predicate.go `CosignSignPredicateType`): an empty predicate. */
    CosignSign: 'https://sigstore.dev/cosign/sign/v1',
    Spdx: 'https://spdx.dev/Document',
    CycloneDx: 'https://cyclonedx.org/bom',
};


/***/ }),

/***/ 5959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ assertDistributed),
  m: () => (/* binding */ distribute)
});

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
;// CONCATENATED MODULE: ./shared/src/registry/client/upload-mode.ts
/**
 * How a blob goes up unless the user asks for chunks: POST, then one PUT
 * ?digest= carrying the whole blob. It is what BuildKit sends (containerd's
 * remotes/docker/pusher.go has no other mode), so docker/build-push-action
 * pushes this way to every registry our users reach; docker and skopeo send
 * a streamed PATCH and then an empty PUT instead, one round trip more per
 * blob. A registry that refuses the PUT as a mode it does not take
 * (MonolithicRefused) gets the blob again as a streamed PATCH, and every
 * later blob of the push too (upload-blobs.ts). Measured: bench/push.ts
 * --modes patch,put.
 */
const DEFAULT_UPLOAD_MODE = Object.freeze({ kind: 'put' });

// EXTERNAL MODULE: ./shared/src/attest/in-toto.ts
var in_toto = __webpack_require__(8980);
// EXTERNAL MODULE: ./shared/src/attest/types.ts
var types = __webpack_require__(288);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var oci_digest = __webpack_require__(8301);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(4659);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(9949);
;// CONCATENATED MODULE: ./shared/src/oci/artifact.ts
/**
 * OCI 1.1 artifact manifests (image-spec manifest.md "Guidelines for
 * Artifact Usage", descriptor.md#empty-descriptor), pure: what we attach to
 * an image (a signature bundle, an SBOM statement) is an image manifest with
 * an `artifactType`, the empty config, the files as layers, and a `subject`
 * naming the image. The image itself is never rewritten, so its digest holds.
 */




/** The two bytes `{}`: the empty config (and the layer of an artifact with no files). */
const EMPTY_JSON = Buffer.from('{}');
/** The empty descriptor, with its content inline (`e30=` is base64 of `{}`). */
const EMPTY_DESCRIPTOR = Object.freeze({
    mediaType: media_types/* MediaType */.zu.OciEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
});
// RFC 6838 type/subtype (restricted-name characters), without parameters.
const MEDIA_TYPE_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$/;
const isMediaType = (s) => typeof s === 'string' && MEDIA_TYPE_RE.test(s);
function checkMediaType(value, what) {
    if (!isMediaType(value)) {
        throw new errors/* PipelineError */.zC('INPUT', `${what}: expected a media type like application/vnd.example+json, got '${(0,preview/* preview */.VH)(value, { max: 80, redact: false })}'`, {
            hint: 'Use type/subtype (RFC 6838) without parameters.',
        });
    }
}
/** Only what a subject needs (descriptor.md): no platform, no annotations, no inline data. */
function artifact_subjectDescriptor(image) {
    if (!(0,media_types/* isManifestMediaType */.CM)(image.mediaType) && !(0,media_types/* isIndexMediaType */.$$)(image.mediaType)) {
        throw new errors/* PipelineError */.zC('INPUT', `a referrer's subject must be an image manifest or index, got a ${(0,preview/* preview */.VH)(image.mediaType, { max: 80, redact: false })}`, {
            hint: "Attach to the pushed image's digest (its manifest or index).",
        });
    }
    return { mediaType: image.mediaType, digest: image.digest, size: image.size };
}
/**
 * The artifact manifest for `spec`, referring to `subject`. An artifact with
 * no files gets the empty descriptor as its one layer, as the image spec
 * advises for portability (some registries refuse an empty `layers`).
 */
function buildArtifact(subject, spec) {
    checkMediaType(spec.artifactType, 'artifactType');
    const layers = spec.blobs.map((b, i) => {
        checkMediaType(b.mediaType, `blob ${i + 1} of the ${spec.artifactType} artifact`);
        const d = { mediaType: b.mediaType, digest: (0,oci_digest/* digestBytes */.QN)(b.bytes), size: b.bytes.length };
        if (b.annotations !== undefined && Object.keys(b.annotations).length > 0)
            d.annotations = { ...b.annotations };
        return { descriptor: d, bytes: b.bytes };
    });
    const empty = { descriptor: { ...EMPTY_DESCRIPTOR }, bytes: EMPTY_JSON };
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciManifest,
        artifactType: spec.artifactType,
        config: { ...EMPTY_DESCRIPTOR },
        layers: layers.length > 0 ? layers.map((l) => l.descriptor) : [{ ...EMPTY_DESCRIPTOR }],
        subject: artifact_subjectDescriptor(subject),
    };
    if (spec.annotations !== undefined && Object.keys(spec.annotations).length > 0)
        manifest.annotations = { ...spec.annotations };
    const bytes = Buffer.from(JSON.stringify(manifest));
    // The same blob twice (two identical files) is pushed once.
    const blobs = [empty, ...layers].filter((b, i, all) => all.findIndex((o) => o.descriptor.digest === b.descriptor.digest) === i);
    return { manifest, bytes, descriptor: referrerDescriptor(manifest, (0,oci_digest/* digestBytes */.QN)(bytes), bytes.length), blobs };
}
/**
 * A referrer's descriptor as the distribution spec lists it: `artifactType`
 * from the manifest (or, failing that, its config's media type) and the
 * manifest's annotations copied up, so a reader can filter without fetching.
 */
function referrerDescriptor(manifest, digest, size) {
    const d = { mediaType: manifest.mediaType ?? media_types/* MediaType */.zu.OciManifest, digest, size };
    const type = manifest.artifactType ?? manifest.config?.mediaType;
    if (typeof type === 'string' && type !== '')
        d.artifactType = type;
    if (manifest.annotations !== undefined && Object.keys(manifest.annotations).length > 0)
        d.annotations = { ...manifest.annotations };
    return d;
}

// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(5512);
;// CONCATENATED MODULE: ./shared/src/oci/referrers-index.ts
/**
 * Lists of referrers (distribution-spec 1.1 "Listing Referrers" and the
 * "Referrers Tag Schema"), pure: the fallback tag's name, reading an index of
 * referrer descriptors that a registry sent (untrusted: bounded, each entry
 * checked, a bad one skipped with the reason), merging, and writing one.
 */





/** Most referrers read for one subject: past this a list is refused, not cut (a silent cut could hide a signature). */
const MAX_REFERRERS = 1000;
/** `sha256-<hex>`: the tag a registry without the referrers API keeps the subject's referrers under (alg cut to 32, encoded to 64). */
function fallbackTag(subject) {
    return `${(0,oci_digest/* algorithmOf */.Hy)(subject).slice(0, 32)}-${(0,oci_digest/* encodedOf */.EX)(subject).slice(0, 64)}`;
}
/** A JSON value for a message: strings as they are, anything else as JSON, then previewed. */
const shown = (v, max) => (0,preview/* preview */.VH)(typeof v === 'string' ? v : (JSON.stringify(v) ?? 'nothing'), { max, redact: false });
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function stringMap(v) {
    if (!isRecord(v))
        return undefined;
    const out = {};
    for (const [k, s] of Object.entries(v))
        if (typeof s === 'string')
            out[k] = s;
    return out;
}
/** One entry of a referrers index, or why it is skipped. */
function readEntry(v) {
    if (!isRecord(v))
        return { reason: 'not a descriptor object' };
    const digest = typeof v.digest === 'string' ? (0,oci_digest/* parseDigest */.m)(v.digest) : undefined;
    const label = typeof v.digest === 'string' ? (0,preview/* preview */.VH)(v.digest, { max: 80, redact: false }) : undefined;
    const skip = (reason) => (label !== undefined ? { digest: label, reason } : { reason });
    if (digest === undefined || !digest.ok)
        return skip('expected a digest like sha256:<64 hex>, got something else');
    if (typeof v.mediaType !== 'string' || !((0,media_types/* isManifestMediaType */.CM)(v.mediaType) || (0,media_types/* isIndexMediaType */.$$)(v.mediaType))) {
        return skip(`expected an OCI manifest or index media type, got ${typeof v.mediaType === 'string' ? (0,preview/* preview */.VH)(v.mediaType, { max: 80, redact: false }) : 'none'}`);
    }
    if (typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0 || v.size > source/* MAX_JSON_BLOB */.O) {
        return skip(`expected a size between 0 and ${source/* MAX_JSON_BLOB */.O} bytes`);
    }
    const d = { mediaType: v.mediaType, digest: digest.value, size: v.size };
    if (typeof v.artifactType === 'string')
        d.artifactType = v.artifactType;
    const annotations = stringMap(v.annotations);
    if (annotations !== undefined && Object.keys(annotations).length > 0)
        d.annotations = annotations;
    return d;
}
/**
 * Read an index of referrers. Something that is not an index at all, or an
 * index naming another subject, is an error (`what` names it); an index of
 * more than `maxEntries` is refused; a malformed entry, or the same digest
 * twice, is skipped with the reason.
 */
function parseReferrersIndex(bytes, opts) {
    const max = opts.maxEntries ?? MAX_REFERRERS;
    const fail = (got) => {
        throw new errors/* PipelineError */.zC('REGISTRY', `${opts.what}: expected an OCI image index of referrers, got ${got}`, {
            hint: 'The registry (or whoever wrote that tag) stored something else there; remove or fix it, then run again.',
        });
    };
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return fail(`${bytes.length} bytes that are not JSON (${(0,preview/* preview */.VH)(bytes.subarray(0, 60).toString('utf8'), { max: 40 })})`);
    }
    if (!isRecord(doc))
        return fail('JSON that is not an object');
    if (doc.mediaType !== undefined && doc.mediaType !== media_types/* MediaType */.zu.OciIndex)
        return fail(`a ${shown(doc.mediaType, 80)}`);
    if (doc.schemaVersion !== 2)
        return fail(`schemaVersion ${shown(doc.schemaVersion, 20)}`);
    if (!Array.isArray(doc.manifests))
        return fail('an object without a manifests list');
    const subject = isRecord(doc.subject) ? doc.subject.digest : undefined;
    if (subject !== undefined && subject !== opts.subject) {
        return fail(`a list for subject ${shown(subject, 80)}, not ${opts.subject}`);
    }
    if (doc.manifests.length > max) {
        throw new errors/* PipelineError */.zC('REGISTRY', `${opts.what} lists ${doc.manifests.length} referrers, more than the ${max} we read`, {
            hint: 'Prune old attachments of this image (or push it anew); a list that long is likely runaway or hostile.',
        });
    }
    const list = { entries: [], skipped: [] };
    const seen = new Set();
    for (const raw of doc.manifests) {
        const e = readEntry(raw);
        if (!('mediaType' in e))
            list.skipped.push(e);
        else if (seen.has(e.digest))
            list.skipped.push({ digest: e.digest, reason: 'listed twice' });
        else {
            seen.add(e.digest);
            list.entries.push(e);
        }
    }
    return list;
}
/**
 * `base` with every entry of `add` it lacks, in order (entries are told apart
 * by digest; the first one seen is kept). `added` counts the new ones.
 */
function mergeReferrers(base, add) {
    const have = new Set(base.map((d) => d.digest));
    const entries = [...base];
    for (const d of add) {
        if (have.has(d.digest))
            continue;
        have.add(d.digest);
        entries.push(d);
    }
    return { entries, added: entries.length - base.length };
}
/** The bytes of a referrers index (the fallback tag's content). */
function referrersIndexBytes(entries) {
    const index = { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [...entries] };
    return Buffer.from(JSON.stringify(index));
}
/** The entries of the given artifact type (all when undefined). */
const ofArtifactType = (entries, artifactType) => artifactType === undefined ? [...entries] : entries.filter((d) => d.artifactType === artifactType);

;// CONCATENATED MODULE: ./shared/src/retry/limit.ts
/**
 * The one bounded-concurrency helper: run `fn` over `items` with at most
 * `limit` calls in flight, in order of the items.
 *
 * On the first failure no new item starts; the calls already running are
 * awaited (so nothing keeps working, or fails unobserved, after we return),
 * then the first error is rethrown. Callers that want every item tried
 * despite failures catch inside `fn` (distribute.ts and ami-distribute.ts do,
 * recording the failure per destination or region).
 *
 * A limit below 1 (or NaN) is treated as 1: a bad limit must never
 * mean "do nothing and report success".
 */
async function forEachLimited(items, limit, fn) {
    const width = Number.isNaN(limit) ? 1 : Math.max(1, Math.floor(limit));
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
    if (failure !== undefined)
        throw failure.error;
}

;// CONCATENATED MODULE: ./shared/src/retry/paginate.ts
/**
 * The one paginator for token-paged APIs (EC2's NextToken). A buggy or
 * hostile endpoint that keeps answering with a token, or repeats one, must
 * not loop forever: both end with an error naming what was listed.
 */

const DEFAULT_MAX_PAGES = 1000;
/** Every item of every page, in order, fetching a page only when the previous one is used up. */
async function* paginate(fetchPage, opts) {
    const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
    const seen = new Set();
    let token;
    for (let pages = 1;; pages++) {
        const page = await fetchPage(token);
        yield* page.items ?? [];
        token = page.next;
        if (token === undefined || token === '')
            return;
        if (seen.has(token)) {
            throw new errors/* PipelineError */.zC(opts.code, `${opts.what} returned the same page token twice; stopped after ${pages} pages`, {
                hint: 'The endpoint is misbehaving; run again, and report it if it persists.',
            });
        }
        seen.add(token);
        if (pages >= maxPages) {
            throw new errors/* PipelineError */.zC(opts.code, `${opts.what} still had more after ${maxPages} pages; stopped there`, {
                hint: 'Narrow what is listed (e.g. fewer resources under the filter), or report the endpoint if it is looping.',
            });
        }
    }
}
/** All items of all pages, as an array. */
async function collectPages(fetchPage, opts) {
    const out = [];
    for await (const item of paginate(fetchPage, opts))
        out.push(item);
    return out;
}

// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(2639);
;// CONCATENATED MODULE: ./shared/src/registry/client/referrers-api.ts
/**
 * The referrers API of distribution-spec 1.1 (GET /v2/<name>/referrers/<digest>):
 * whether a registry has it, and reading its (paginated) lists.
 *
 * Support is learned from a probe GET, not from the OCI-Subject header of a
 * manifest PUT: a registry may send that header without serving the list
 * (or drop it behind a proxy), and a probe also works before anything is
 * pushed and for readers that push nothing. 200 with an image index: the
 * API. 404 (the spec forbids it where the API exists), 400/405/406, or a
 * 200 that is not an index: no API, so the fallback tag. The answer is kept
 * per client (one per registry per run) and repository.
 */






/** What a probe's answer says. Pure. */
function supportFromProbe(page) {
    if (page.status !== 200)
        return { api: false, why: `the referrers endpoint answered HTTP ${page.status}` };
    if (page.contentType !== media_types/* MediaType */.zu.OciIndex) {
        return {
            api: false,
            why: `the referrers endpoint answered 200 with ${(0,preview/* preview */.VH)(page.contentType || 'no content type', { max: 60, redact: false })}, not an image index`,
        };
    }
    try {
        const doc = JSON.parse(page.bytes.toString('utf8'));
        if (Array.isArray(doc.manifests))
            return { api: true };
    }
    catch {
        /* not JSON: below */
    }
    return { api: false, why: 'the referrers endpoint answered 200 with a body that is not an image index' };
}
const known = new WeakMap();
/**
 * Whether `repo` on the client's registry has the referrers API; one probe per client and repository. `fresh`
 * asks again and keeps the new answer: a probe for a subject not yet pushed may be told "no such manifest" (Quay
 * answered 404, later 400) by a registry that has the API, which reads here as no API.
 */
function referrers_api_referrersSupport(client, repo, subject, opts = {}) {
    let byRepo = known.get(client);
    if (byRepo === undefined) {
        byRepo = new Map();
        known.set(client, byRepo);
    }
    if (opts.fresh === true)
        byRepo.delete(repo);
    let p = byRepo.get(repo);
    if (p === undefined) {
        p = client.getReferrers(repo, subject).then(supportFromProbe);
        byRepo.set(repo, p);
        // A probe that failed (auth, network) is not an answer: the next call asks again.
        p.catch(() => byRepo.delete(repo));
    }
    return p;
}
/** The `rel="next"` target of a Link header, resolved against the page it came with; undefined when none. Pure. */
function nextPage(link, base) {
    for (const part of link.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m === null)
            continue;
        const rels = /(?:^|;)\s*rel\s*=\s*"?([^";]*)"?/i.exec(m[2] ?? '');
        if (rels?.[1]?.split(/\s+/).includes('next') !== true)
            continue;
        try {
            return new URL(m[1] ?? '', base);
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/**
 * Every referrer the API lists for `subject`, all pages (at most
 * `maxEntries` in all; a page off the registry's origin, a page that is not
 * an index, or a loop of pages is an error). `filtered` says whether the
 * registry applied the artifactType filter itself (callers filter anyway).
 */
async function apiReferrers(client, repo, subject, opts = {}) {
    const max = opts.maxEntries ?? MAX_REFERRERS;
    const what = `the referrers list of ${subject} in ${client.registry}/${repo}`;
    let filtered = false;
    let count = 0;
    let first;
    const lists = await collectPages(async (token) => {
        const page = await client.getReferrers(repo, subject, token !== undefined ? { page: new URL(token) } : opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
        first ??= page.url;
        if (page.status !== 200 || page.contentType !== media_types/* MediaType */.zu.OciIndex) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what}: expected 200 with an image index, got HTTP ${page.status} (${(0,preview/* preview */.VH)(page.contentType || 'no content type', { max: 60, redact: false })})`, {
                hint: 'The registry answered the referrers API inconsistently; run again, and report it to the registry if it persists.',
            });
        }
        if (token === undefined)
            filtered = page.filtersApplied.split(',').some((f) => f.trim() === 'artifactType');
        const list = parseReferrersIndex(page.bytes, { what, subject, maxEntries: max });
        count += list.entries.length + list.skipped.length;
        if (count > max) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what} has more than the ${max} referrers we read`, {
                hint: 'Prune old attachments of this image; a list that long is likely runaway or hostile.',
            });
        }
        const next = nextPage(page.link, page.url);
        if (next !== undefined && !(0,origin/* sameOrigin */.Nm)(next, first)) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${what}: the registry sent the next page to ${(0,origin/* redactUrl */.BO)(next)}, off its own origin`, {
                hint: 'The registry is misconfigured or hostile; its referrers were not followed there.',
            });
        }
        return { items: [list], next: next?.toString() };
    }, { what, code: 'REGISTRY', maxPages: 100 });
    return { entries: lists.flatMap((l) => l.entries), skipped: lists.flatMap((l) => l.skipped), filtered };
}

// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __webpack_require__(1340);
// EXTERNAL MODULE: ./shared/src/retry/sleep.ts
var retry_sleep = __webpack_require__(381);
// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(7221);
;// CONCATENATED MODULE: ./shared/src/registry/client/referrers-fallback.ts
/**
 * The referrers tag schema of distribution-spec 1.1, for registries without
 * the referrers API: the tag `sha256-<hex>` holds an image index listing the
 * subject's referrers (artifactType and annotations copied up).
 *
 * Writing it is a read-modify-write with no compare-and-swap (distribution
 * 2.x has no If-Match), so two runs attaching at once can each overwrite the
 * other's entry. Each writer therefore reads the tag again after a short
 * settle; if any entry it wrote is gone (its own, or another writer's it had
 * merged), it merges what is there with what it wrote and writes again, a
 * bounded number of times with jittered backoff (retry/retry.ts), so
 * concurrent writers drift apart and both entries end up listed. What is
 * left open: a writer whose read-to-write takes longer than the other's
 * settle and re-read; the settle is well above one request's time and grows
 * with the writer's own read-to-write time.
 *
 * Two phases (writeFallback): the write, after which the index lists every
 * entry, and the confirmation (settle, re-read, repair), which a caller may
 * run beside other work: distribute moves the image's tags once the index is
 * written, so no tag moves to an image whose index lacks our entries at that
 * moment, and still fails the step when the confirmation finally fails.
 * addToFallback runs both, one after the other.
 */








/** Rewrites of the fallback index after a lost update: 8 tries, jittered from 200 ms. */
const FALLBACK_RETRY = { attempts: 8, baseDelayMs: 200, maxDelayMs: 3_000, budgetMs: 90_000 };
/**
 * Least wait between writing the index and reading it back: well above one
 * request on any sane network (the wait is at least three times this
 * writer's own read-to-write time, so it grows where requests are slow).
 */
const FALLBACK_SETTLE_MS = 500;
const where = (client, repo, tag) => `the referrers tag ${client.registry}/${repo}:${tag}`;
/** The subject's fallback index; empty when the tag does not exist. */
async function readFallback(client, repo, subject, opts = {}) {
    const tag = fallbackTag(subject);
    let m;
    try {
        m = await client.getManifest(repo, tag);
    }
    catch (e) {
        if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND'))
            return { entries: [], skipped: [] };
        throw e;
    }
    const what = where(client, repo, tag);
    if (m.mediaType !== media_types/* MediaType */.zu.OciIndex) {
        throw new errors/* PipelineError */.zC('REGISTRY', `${what}: expected an OCI image index of referrers, got a ${(0,preview/* preview */.VH)(m.mediaType || 'manifest without media type', { max: 80, redact: false })}`, {
            hint: `Something else was pushed under that tag; move it elsewhere (the tag name is reserved for referrers by the OCI distribution spec) and run again.`,
        });
    }
    return parseReferrersIndex(m.bytes, { what, subject, maxEntries: opts.maxEntries ?? MAX_REFERRERS });
}
class LostUpdate extends Error {
    missing;
    constructor(missing) {
        super(`${missing.length} referrer(s) missing from the index after writing it`);
        this.missing = missing;
    }
}
/**
 * Drop the entries whose manifest the repository no longer has (a registry
 * refuses an index naming a missing manifest: distribution 2.8 answers 400
 * MANIFEST_BLOB_UNKNOWN), keeping `keep` in any case.
 */
async function pruneMissing(client, repo, entries, keep) {
    const present = new Array(entries.length).fill(true);
    await forEachLimited(entries, 8, async (d, i) => {
        if (!keep.has(d.digest))
            present[i] = (await client.headManifest(repo, d.digest, ['pull'])) !== undefined;
    });
    return { kept: entries.filter((_, i) => present[i]), pruned: entries.filter((_, i) => !present[i]) };
}
const blobUnknown = (e) => e instanceof registry_error/* RegistryError */.gl && e.failure.status === 400 && (e.failure.codes ?? []).includes('MANIFEST_BLOB_UNKNOWN');
/**
 * Phase 1 of adding `add` (their manifests already pushed) to the subject's
 * fallback index, keeping what others listed: read, merge and write. When it
 * resolves, the index lists every entry of `add`.
 */
async function writeFallback(client, repo, subject, add, opts = {}) {
    const tag = fallbackTag(subject);
    const sleep = opts.sleep ?? ((ms) => (0,retry_sleep/* sleep */.y)(ms));
    const settle = opts.settleMs ?? FALLBACK_SETTLE_MS;
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const ours = new Set(add.map((d) => d.digest));
    // Everything this call has written so far: restored if a concurrent writer drops it.
    let wrote = [];
    let writes = 0;
    const pruned = [];
    const put = async (entries) => {
        try {
            await client.putManifest(repo, tag, media_types/* MediaType */.zu.OciIndex, referrersIndexBytes(entries));
            return entries;
        }
        catch (e) {
            if (!blobUnknown(e))
                throw e;
            const p = await pruneMissing(client, repo, entries, ours);
            if (p.pruned.length === 0)
                throw e;
            pruned.push(...p.pruned);
            await client.putManifest(repo, tag, media_types/* MediaType */.zu.OciIndex, referrersIndexBytes(p.kept));
            return p.kept;
        }
    };
    /** Read, merge, write: the index as written, or as read when it listed everything already (undefined `began`: nothing written). */
    const write = async () => {
        const began = Date.now();
        const current = await readFallback(client, repo, subject, limits);
        const merged = mergeReferrers(current.entries, [...wrote.filter((d) => !pruned.some((p) => p.digest === d.digest)), ...add]);
        if (merged.added === 0)
            return { entries: current.entries };
        if (merged.entries.length > (opts.maxEntries ?? MAX_REFERRERS)) {
            throw new errors/* PipelineError */.zC('REGISTRY', `${where(client, repo, tag)} would list ${merged.entries.length} referrers, more than the ${opts.maxEntries ?? MAX_REFERRERS} we keep`, {
                hint: 'Prune old attachments of this image (delete their manifests and entries), or push the image anew.',
            });
        }
        wrote = await put(merged.entries);
        writes++;
        return { entries: wrote, began };
    };
    /** After a write: wait, read back, and fail with LostUpdate when an entry this call wrote is gone. */
    const check = async (began) => {
        // A slow machine or network is slow for the other writer too: the settle grows with our own read-to-write time.
        await sleep(Math.max(settle, 3 * (Date.now() - began)));
        const after = await readFallback(client, repo, subject, limits);
        const listed = new Set(after.entries.map((d) => d.digest));
        const missing = wrote.filter((d) => !listed.has(d.digest));
        if (missing.length > 0)
            throw new LostUpdate(missing);
        return after.entries;
    };
    const first = await write();
    const confirm = async () => {
        // Nothing written: the index listed every entry already, and a re-read would confirm nothing of ours.
        if (first.began === undefined)
            return { entries: first.entries, writes, pruned };
        const firstBegan = first.began;
        const entries = await (0,retry/* withRetry */.b)(async (attempt) => {
            // The first round's write is phase 1, done; later rounds write again.
            if (attempt === 1)
                return check(firstBegan);
            const w = await write();
            return w.began === undefined ? w.entries : check(w.began);
        }, {
            policy: opts.retry ?? FALLBACK_RETRY,
            // The registry's own failures were retried per request by the client; only a lost update is worth a new round.
            classify: (e) => (e instanceof LostUpdate ? { retry: true, why: 'lost update' } : { retry: false, why: 'not a lost update' }),
            sleep: (ms) => sleep(ms),
        }).catch((e) => {
            if (!(e instanceof LostUpdate))
                throw e;
            throw new errors/* PipelineError */.zC('REGISTRY', `${where(client, repo, tag)} kept losing entries (${e.missing.map((d) => d.digest).join(', ')}) to concurrent writers`, {
                hint: "Another job keeps rewriting this image's referrers; run again when it is done.",
            });
        });
        return { entries, writes, pruned };
    };
    return { entries: first.entries, writes, confirm };
}
/**
 * Make the subject's fallback index list every entry of `add` (their
 * manifests already pushed), keeping what others listed, and confirm it by
 * reading it back after a settle: writeFallback's two phases in a row.
 */
async function referrers_fallback_addToFallback(client, repo, subject, add, opts = {}) {
    return (await writeFallback(client, repo, subject, add, opts)).confirm();
}

;// CONCATENATED MODULE: ./shared/src/registry/client/referrers.ts
/**
 * Reading OCI 1.1 referrers through our own registry client: the referrers
 * of an image from the referrers API or the fallback tag `sha256-<hex>`
 * (referrers-api.ts, referrers-fallback.ts), bounded, and by default
 * verified against each artifact manifest's own `subject`. Pushing them is
 * distribute/referrers-push.ts, above this layer.
 */








/** Fetch each entry's manifest and keep those that really refer to `subject`, described from the manifest itself. */
async function verifyEntries(client, repo, subject, entries) {
    const out = new Array(entries.length);
    await forEachLimited(entries, 4, async (d, i) => {
        const skip = (reason) => {
            out[i] = { digest: d.digest, reason };
        };
        let m;
        try {
            m = await client.getManifest(repo, d.digest);
        }
        catch (e) {
            if ((0,errors/* isPipelineError */.h$)(e, 'NOT_FOUND'))
                return skip('listed, but the repository has no such manifest');
            throw e;
        }
        if ((0,oci_digest/* digestBytes */.QN)(m.bytes, (0,oci_digest/* algorithmOf */.Hy)(d.digest)) !== d.digest)
            return skip('the registry served other bytes than that digest');
        let doc;
        try {
            doc = JSON.parse(m.bytes.toString('utf8'));
        }
        catch {
            return skip('its manifest is not JSON');
        }
        const s = doc.subject?.digest;
        if (s !== subject)
            return skip(s === undefined ? 'its manifest has no subject' : `its manifest refers to ${(0,preview/* preview */.VH)(String(s), { max: 80, redact: false })}, not ${subject}`);
        out[i] = referrerDescriptor({ ...doc, mediaType: doc.mediaType ?? d.mediaType }, d.digest, m.bytes.length);
    });
    const kept = [];
    const skipped = [];
    for (const x of out) {
        if (x === undefined)
            continue;
        if ('mediaType' in x)
            kept.push(x);
        else
            skipped.push(x);
    }
    return { kept, skipped };
}
/** The referrers of `subject` in `repo`, from the referrers API or the fallback tag, bounded and (by default) verified. */
async function referrers_listReferrers(client, repo, subject, opts = {}) {
    const digest = typeof subject === 'string' ? subject : subject.digest;
    const support = await referrers_api_referrersSupport(client, repo, digest);
    const limits = opts.maxEntries !== undefined ? { maxEntries: opts.maxEntries } : {};
    const listed = support.api
        ? await apiReferrers(client, repo, digest, { ...limits, ...(opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {}) })
        : await readFallback(client, repo, digest, limits);
    // Filtered here too: a registry may ignore the filter (OCI-Filters-Applied tells, but costs nothing to redo).
    let referrers = ofArtifactType(listed.entries, opts.artifactType);
    let skipped = listed.skipped;
    if (opts.verify !== false) {
        const v = await verifyEntries(client, repo, digest, referrers);
        referrers = ofArtifactType(v.kept, opts.artifactType);
        skipped = [...skipped, ...v.skipped];
    }
    return { via: support.api ? 'api' : 'fallback', referrers, skipped };
}

// EXTERNAL MODULE: ./shared/src/oci/image.ts
var oci_image = __webpack_require__(4984);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./shared/src/oci/memory-source.ts
/**
 * An ImageSource over a few blobs held in memory (an artifact manifest and
 * its small files), so the push machinery in distribute/ (upload-blobs.ts,
 * put-manifests.ts) sends them the way it sends any image.
 */



class MemorySource {
    name;
    root;
    blobs = new Map();
    constructor(name, root, blobs) {
        this.name = name;
        this.root = root;
        for (const b of blobs) {
            (0,oci_digest/* verifyBytes */.RV)(b.bytes, b.descriptor, `${name}: blob ${b.descriptor.digest}`);
            this.blobs.set(b.descriptor.digest, b.bytes);
        }
    }
    async roots() {
        return [this.root];
    }
    bytesOf(desc) {
        const b = this.blobs.get(desc.digest);
        if (b === undefined)
            throw new errors/* PipelineError */.zC('NOT_FOUND', `${this.name} holds no blob ${desc.digest}`);
        return b;
    }
    async openBlob(desc) {
        return external_node_stream_.Readable.from([this.bytesOf(desc)]);
    }
    async readBlob(desc) {
        return this.bytesOf(desc);
    }
    async hasBlob(digest) {
        return this.blobs.has(digest);
    }
    async close() { }
}

// EXTERNAL MODULE: ./shared/src/registry/client/source.ts + 1 modules
var client_source = __webpack_require__(5108);
;// CONCATENATED MODULE: ./shared/src/distribute/plan.ts
/**
 * What a push sends, in the order it sends it: blobs (layers and configs)
 * largest first, so the long transfers start early and, when there are more
 * blobs than upload slots, the small ones fill in and end the phase (the
 * registries' commit of the last blobs sent is what the push waits for at
 * the end: best small); manifests children before parents
 * (walkDescriptors' order), so a registry never holds an index whose
 * manifests are missing.
 *
 * The order cannot choose the last blob when every blob is sending at once
 * (no more blobs than slots, as for most images at the default of 6): the
 * streams share the link and the cores, so the blobs end smallest first and
 * the largest ends the phase, its commit (a filesystem registry's fsync of
 * it, on every destination) the wait at the end. Sending them one at a time
 * would spread the commits, but a registry that limits each stream (a cloud
 * one, far away) then takes one stream's speed. Measured, concurrency 1
 * against the default 6, fan-out to three: on loopback docker-registry
 * (bench/push.ts, a disk whose tail took up to 0.7 s) about 6% faster over
 * 8 paired runs; on the far registry of bench/remote-push.ts (7 layers)
 * 1.86 s against 1.10 s, 69% slower. So all blobs send at once.
 *
 * One exception leads: the smallest blob goes first. A destination's first
 * answer tells the push it takes our uploads (mode, rights), and only after
 * it does upload-blobs.ts start the next blob before the last one is
 * answered; the smallest is answered soonest. With two or more blobs at a time
 * it runs beside the largest.
 */


const isManifest = (d) => (0,media_types/* isManifestMediaType */.CM)(d.mediaType) || (0,media_types/* isIndexMediaType */.$$)(d.mediaType);
/** Split a walk (children before parents) into the two phases. Pure. */
function orderForPush(walk) {
    const largestFirst = walk.filter((d) => !isManifest(d)).sort((a, b) => b.size - a.size);
    const smallest = largestFirst.pop();
    return { blobs: smallest === undefined ? [] : [smallest, ...largestFirst], manifests: walk.filter(isManifest) };
}
async function planPush(source, root) {
    return orderForPush(await (0,oci_image/* walkDescriptors */.mX)(source, root));
}

;// CONCATENATED MODULE: ./shared/src/distribute/push-run.ts
/**
 * The state of one push to several destinations, shared by its steps
 * (plan, upload-blobs, put-manifests, move-tags): each destination's client
 * and report, which destinations are still healthy, and the progress events.
 * A destination that fails is marked once and left out of every later step,
 * so it never gets a tag for content it may not hold.
 */

const asPipelineError = (e) => (e instanceof errors/* PipelineError */.zC ? e : new errors/* PipelineError */.zC('INTERNAL', (0,errors/* messageOf */.bD)(e), { cause: e }));
function startRun(opts) {
    const targets = opts.destinations.map((spec) => {
        const name = `${spec.registry}/${spec.repository}`;
        return {
            spec,
            name,
            client: opts.clients(spec.registry),
            started: Date.now(),
            manifestsThere: new Set(),
            report: {
                destination: name,
                digest: opts.root.digest,
                refs: [],
                bytesSent: 0,
                blobsUploaded: 0,
                blobsSkipped: 0,
                blobsMounted: 0,
                manifestsPushed: 0,
                ms: 0,
            },
        };
    });
    return { source: opts.source, root: opts.root, targets, emit: opts.onProgress ?? (() => undefined) };
}
/** The destinations with no failure so far. */
const live = (run) => run.targets.filter((t) => t.report.error === undefined);
/** Mark a destination failed (its first error is the one kept) and say so. */
function markFailed(run, t, e) {
    if (t.report.error !== undefined)
        return;
    t.report.error = asPipelineError(e);
    run.emit({ kind: 'failed', destination: t.name, message: (0,errors/* messageOf */.bD)(e) });
}
/** Learn each registry's auth scheme once, before requests race for it; a registry that cannot be reached fails its destinations. */
async function pingRegistries(run) {
    const pinged = new Map();
    await Promise.all(run.targets.map(async (t) => {
        let p = pinged.get(t.client);
        if (p === undefined) {
            p = t.client.ping();
            pinged.set(t.client, p);
        }
        await p.catch((e) => markFailed(run, t, e));
    }));
}
function finishRun(run) {
    const end = Date.now();
    for (const t of run.targets)
        t.report.ms = end - t.started;
    return { digest: run.root.digest, destinations: run.targets.map((t) => t.report) };
}

;// CONCATENATED MODULE: ./shared/src/distribute/put-manifests.ts
/**
 * Phase 2 of a push: manifests by digest, children before parents, on every
 * healthy destination. Each is skipped when the registry already serves that
 * digest, and after a PUT checked by a HEAD: a registry that stored other
 * bytes (a converted media type) fails that destination before any tag.
 * Either HEAD that finds the digest is recorded on the destination
 * (Target.manifestsThere): the proof, for what names the manifest later
 * (a referrers fallback index), that it is there.
 */


async function putManifests(run, manifests) {
    for (const m of manifests) {
        const here = live(run);
        if (here.length === 0)
            return;
        const bytes = await run.source.readBlob(m);
        await Promise.all(here.map(async (t) => {
            try {
                const before = await t.client.headManifest(t.spec.repository, m.digest);
                if (before?.digest === m.digest) {
                    t.manifestsThere.add(m.digest);
                    run.emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'skipped' });
                    return;
                }
                // Phase 1 checked every blob this manifest names on this destination (or an earlier
                // manifest of this loop did, children first), so "blob unknown" is a passing race.
                await t.client.putManifest(t.spec.repository, m.digest, m.mediaType, bytes, { blobsVerified: true });
                const after = await t.client.headManifest(t.spec.repository, m.digest);
                if (after?.digest !== m.digest) {
                    throw new errors/* PipelineError */.zC('DIGEST_MISMATCH', `${t.name} reports ${after?.digest ?? 'nothing'} for the manifest pushed as ${m.digest}`, {
                        hint: 'The registry changed the manifest; it may not support this media type.',
                    });
                }
                t.manifestsThere.add(m.digest);
                t.report.manifestsPushed++;
                run.emit({ kind: 'manifest', destination: t.name, digest: m.digest, outcome: 'pushed' });
            }
            catch (e) {
                markFailed(run, t, e);
            }
        }));
    }
}

// EXTERNAL MODULE: ./shared/src/registry/transport/retry-classify.ts
var retry_classify = __webpack_require__(3938);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var retry_policy = __webpack_require__(5466);
;// CONCATENATED MODULE: ./shared/src/distribute/sessions-ahead.ts
/** How long a session opened ahead is handed out; older ones are let go (the upload POSTs its own). */
const SESSION_FRESH_MS = 30_000;
/** `leadersOf(blob)`: the destinations that will upload the blob (upload-blobs.ts decides, from its HEADs). */
function sessionsAhead(blobs, leadersOf, clock = { now: Date.now, freshMs: SESSION_FRESH_MS }) {
    // Per blob (by digest), in plan order: its leaders once known.
    const planned = new Map();
    // Per destination: the sessions opened and not taken, and the blobs begun (taken, with or without a session).
    const open = new Map();
    // Taken too late to hand out: let go by close().
    const stale = [];
    const begun = new Map();
    let through = -1;
    const of = (m, t, make) => {
        let v = m.get(t);
        if (v === undefined)
            m.set(t, (v = make()));
        return v;
    };
    const openFor = (t, digest) => {
        if (t.report.error !== undefined || t.storedOne !== true)
            return;
        const mine = of(open, t, () => new Map());
        if (mine.has(digest) || begun.get(t)?.has(digest) === true)
            return;
        // Through a resolved promise, so a client that throws instead of rejecting fails the upload's try, not us.
        const s = Promise.resolve().then(() => t.client.openUpload(t.spec.repository));
        // Observed here: a session never taken must not reject unhandled (close() looks at it again).
        s.catch(() => undefined);
        mine.set(digest, { session: s, at: clock.now() });
    };
    const openWhenPlanned = (digest, only) => planned.get(digest).then((leaders) => {
        for (const t of leaders)
            if (only === undefined || t === only)
                openFor(t, digest);
    });
    // Every opening scheduled, so close() waits for them before it cancels.
    const scheduled = [];
    return {
        openThrough(last) {
            while (through < Math.min(last, blobs.length - 1)) {
                const blob = blobs[++through];
                if (planned.has(blob.digest))
                    continue;
                planned.set(blob.digest, leadersOf(blob).catch(() => []));
                scheduled.push(openWhenPlanned(blob.digest));
            }
        },
        proven(t) {
            for (const digest of planned.keys())
                scheduled.push(openWhenPlanned(digest, t));
        },
        async take(t, blob) {
            await planned.get(blob.digest);
            of(begun, t, () => new Set()).add(blob.digest);
            const mine = open.get(t);
            const entry = mine?.get(blob.digest);
            mine?.delete(blob.digest);
            if (entry === undefined)
                return undefined;
            if (clock.now() - entry.at > clock.freshMs) {
                stale.push({ t, session: entry.session });
                return undefined;
            }
            return entry.session;
        },
        async close() {
            await Promise.all(scheduled);
            const left = [...open].flatMap(([t, mine]) => [...mine.values()].map((e) => ({ t, session: e.session })));
            open.clear();
            await Promise.all([...left, ...stale.splice(0)].map(async ({ t, session }) => {
                const s = await session.catch(() => undefined);
                if (s !== undefined)
                    await t.client.cancelSession(s);
            }));
        },
    };
}

// EXTERNAL MODULE: ./shared/src/chunk-pool.ts
var chunk_pool = __webpack_require__(617);
;// CONCATENATED MODULE: ./shared/src/distribute/tee.ts
/**
 * One read of a blob feeding several uploads: each branch gets every chunk;
 * the source pauses while any live branch is full (so memory stays at a few
 * chunks per branch, whatever the blob size) and a branch that is destroyed
 * (its upload failed) is dropped without stopping the others.
 *
 * When the source lends its chunks (chunk-pool.ts: a layout read into
 * reused buffers), so do the branches: a chunk goes back to the source once
 * every branch it was written to has given it back; a branch whose consumer
 * never gives it back (or that is destroyed first) keeps it from reuse, and
 * the collector takes it instead. The chunks are the source's own buffers,
 * never copied.
 */


function tee(source, count, highWaterMark = 1024 * 1024) {
    const branches = Array.from({ length: count }, () => new external_node_stream_.PassThrough({ highWaterMark }));
    const live = new Set(branches);
    const full = new Set();
    const resumeIfClear = () => {
        if (full.size === 0 && live.size > 0 && source.isPaused())
            source.resume();
    };
    const upstream = (0,chunk_pool/* giveBackOf */.CR)(source);
    // Chunk -> branches still holding it. Weak: a chunk a branch never gives back is collected, not kept here.
    const holders = new WeakMap();
    const giveBack = (chunk) => {
        const n = holders.get(chunk);
        if (n === undefined)
            return;
        if (n > 1)
            holders.set(chunk, n - 1);
        else {
            holders.delete(chunk);
            upstream?.(chunk);
        }
    };
    for (const b of branches) {
        if (upstream !== undefined)
            (0,chunk_pool/* lendChunks */.SN)(b, giveBack);
        b.on('drain', () => {
            full.delete(b);
            resumeIfClear();
        });
        b.on('close', () => {
            if (!live.delete(b))
                return;
            full.delete(b);
            if (live.size === 0)
                source.destroy();
            else
                resumeIfClear();
        });
        // Each branch's consumer sees its own errors; do not crash on unhandled ones.
        b.on('error', () => undefined);
    }
    source.on('data', (chunk) => {
        // Counted before any write: a consumer may give a chunk back within write().
        if (upstream !== undefined)
            holders.set(chunk, live.size);
        for (const b of live)
            if (!b.write(chunk))
                full.add(b);
        if (full.size > 0)
            source.pause();
    });
    source.on('end', () => {
        for (const b of live)
            b.end();
    });
    source.on('error', (e) => {
        for (const b of [...live])
            b.destroy(e);
    });
    return branches;
}

;// CONCATENATED MODULE: ./shared/src/distribute/upload-blobs.ts
/**
 * Phase 1 of a push: every blob onto every healthy destination,
 * `concurrency` blobs sending at a time. For each blob: HEAD each
 * destination; where it is missing, mount it from a repository of the same
 * registry that has it, else upload it, one read of the source feeding every
 * registry that needs it (tee.ts). Each upload is retried on its own with a
 * fresh read; a destination whose blob cannot be placed is marked failed and
 * skipped from then on.
 *
 * A blob's slot frees once its bytes are all handed to the sockets, not when
 * the registries answer: while they store it (a filesystem registry fsyncs
 * it, a cloud one moves it to its blob store) the next blob is already
 * sending, so the commit of a large blob is not dead time. What is left at
 * the end is the commit of the last blobs to end: the smallest when blobs
 * outnumber the slots, the largest when all send at once (plan.ts).
 * Only once every destination the blob goes to has stored one blob of this
 * push (Target.storedOne), and only for a blob no destination mounts: until a registry has answered, it may refuse our
 * mode or our rights after taking the bytes, and the blobs behind must not
 * go the same way (plan.ts sends the smallest blob first, so that answer
 * comes soon). The phase still ends only when every registry has answered
 * for every blob. A retry after the slot freed reads the blob again outside
 * the slot: at most one per blob and destination at a time.
 *
 * Upload sessions are opened ahead (sessions-ahead.ts), for this blob and
 * the next `concurrency + 1`, on the destinations that have stored a blob,
 * so a blob's bytes start without a POST.
 *
 * A destination that refuses a monolithic upload (mode `put`; client.ts,
 * MonolithicRefused) gets that blob again as a streamed PATCH, from a
 * fresh read, and every later blob of the push goes to it as PATCH too.
 *
 * The HEADs run ahead of the uploads (existenceAhead, in the uploads'
 * order, a bounded number at a time), so a blob's upload does not wait a
 * round trip for its HEAD once a slot frees, and a warm push asks about
 * every blob at once instead of `concurrency` at a time.
 */










/**
 * Who uploads and who mounts, per registry: a destination that lacks the
 * blob mounts it from one of the same registry that has it, or from the
 * first of its registry that uploads it (the leader). Pure.
 */
function assignUploads(need, has) {
    const leaders = [];
    const followers = [];
    for (const t of need) {
        const sameRegistry = (o) => o.client === t.client;
        const holder = has.find(sameRegistry) ?? leaders.find(sameRegistry);
        if (holder === undefined)
            leaders.push(t);
        else
            followers.push({ t, from: holder });
    }
    return { leaders, followers };
}
// Through a resolved promise, so a client that throws instead of rejecting still answers (and frees its slot).
const head = (t, blob) => Promise.resolve()
    .then(() => t.client.blobExists(t.spec.repository, blob.digest))
    .then((present) => ({ ok: true, present }), (error) => ({ ok: false, error }));
/**
 * Start the HEAD of every blob on every destination live now, in the order
 * given, at most `width` at a time. A destination that fails meanwhile is
 * not asked again (its queued HEADs answer "absent" without a request; no
 * one reads them). `settled` waits for every answer.
 */
function existenceAhead(run, blobs, width) {
    const answers = new Map();
    const queue = [];
    let active = 0;
    const pump = () => {
        while (active < width && queue.length > 0) {
            active++;
            queue.shift()();
        }
    };
    const targets = live(run);
    for (const t of targets)
        answers.set(t, new Map());
    for (const blob of blobs) {
        for (const t of targets) {
            const answer = new Promise((resolve) => {
                queue.push(() => {
                    const asked = t.report.error === undefined ? head(t, blob) : Promise.resolve({ ok: true, present: false });
                    void asked.then((a) => {
                        active--;
                        resolve(a);
                        pump();
                    });
                });
            });
            answers.get(t)?.set(blob.digest, answer);
        }
    }
    pump();
    return {
        of: (t, blob) => answers.get(t)?.get(blob.digest) ?? head(t, blob),
        settled: () => Promise.all([...answers.values()].flatMap((m) => [...m.values()])),
    };
}
/** Blobs sent and not answered yet, per slot of `concurrency` (uploadBlobs). */
const MAX_UNANSWERED_PER_SLOT = 4;
async function uploadBlobs(run, blobs, opts) {
    const width = Math.max(1, opts.concurrency);
    const existence = existenceAhead(run, blobs, 2 * width);
    const sessions = sessionsAhead(blobs, async (blob) => (await rolesOf(run, blob, existence.of)).leaders);
    // Every blob's push, and those whose registries have not answered yet.
    const storing = [];
    const unanswered = new Set();
    try {
        await forEachLimited(blobs, opts.concurrency, async (b, i) => {
            // Bounded: at most MAX_UNANSWERED_PER_SLOT x concurrency blobs wait for their registries' answers; past that
            // a slot waits for one before it starts a blob. With the sending blobs, the sessions and the HEADs ahead, a
            // push then stays under the 64 sockets per registry host of transport/http.ts, and under a registry's own
            // limits on open uploads. The check and the add below run in one go (no await between), so slots woken
            // together by one answer cannot all pass it.
            while (unanswered.size >= MAX_UNANSWERED_PER_SLOT * width)
                await Promise.race(unanswered);
            sessions.openThrough(i + width + 1);
            if (live(run).length === 0)
                return;
            let sent = () => undefined;
            const allSent = new Promise((resolve) => (sent = resolve));
            const done = pushBlob(run, b, existence.of, sessions, opts, sent);
            storing.push(done);
            unanswered.add(done);
            const answered = () => unanswered.delete(done);
            done.then(answered, answered);
            await Promise.race([allSent, done]);
        });
        await Promise.all(storing);
    }
    finally {
        // Nothing outlives the phase: the uploads' answers, the sessions no upload took, HEADs asked ahead (when every destination failed early).
        await Promise.allSettled(storing);
        await sessions.close();
        await existence.settled();
    }
}
/**
 * Each live destination's part in `blob`, from the HEADs' answers: it has the blob, leads its upload, follows (a
 * mount), or could not be asked (`unasked`, with the error). Marks nothing: pushBlob acts on it, and sessions
 * ahead ask the same answers for the leaders only.
 */
async function rolesOf(run, blob, existence) {
    const here = live(run);
    const answers = await Promise.all(here.map((t) => existence(t, blob)));
    const has = [];
    const missing = [];
    const unasked = [];
    here.forEach((t, i) => {
        const a = answers[i];
        if (!a.ok)
            unasked.push({ t, error: a.error });
        else
            (a.present ? has : missing).push(t);
    });
    return { has, unasked, ...assignUploads(missing, has) };
}
/** `fn` once every stream has given all its bytes to its reader, or was dropped (destroyed, failed). */
function onceAllRead(streams, fn) {
    let left = streams.length;
    for (const s of streams)
        (0,external_node_stream_.finished)(s, { writable: false }, () => --left === 0 && fn());
}
async function pushBlob(run, blob, existence, sessions, opts, sent) {
    const { has, unasked, leaders, followers } = await rolesOf(run, blob, existence);
    for (const { t, error } of unasked)
        markFailed(run, t, error);
    for (const t of has) {
        t.report.blobsSkipped++;
        run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'skipped' });
    }
    if (leaders.length > 0) {
        let branches;
        try {
            const stream = quiet(await run.source.openBlob(blob));
            // One destination reads the file directly; several share one read.
            branches = leaders.length === 1 ? [stream] : tee(stream, leaders.length);
            // Not with followers: a destination whose mount is declined uploads the blob after the leaders' answers, and
            // that upload holds the slot as any other.
            onceAllRead(branches, () => {
                if (followers.length === 0 && leaders.every((t) => t.storedOne === true))
                    sent();
            });
        }
        catch (e) {
            for (const t of leaders)
                markFailed(run, t, e);
        }
        await Promise.all(leaders.map((t, i) => uploadTo(run, t, blob, branches?.[i], sessions, opts).catch((e) => {
            branches?.[i]?.destroy();
            markFailed(run, t, e);
        })));
    }
    await Promise.all(followers.map(async ({ t, from }) => {
        try {
            if (from.report.error === undefined && (await t.client.mountBlob(t.spec.repository, blob.digest, from.spec.repository))) {
                t.report.blobsMounted++;
                run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'mounted' });
                return;
            }
            await uploadTo(run, t, blob, undefined, sessions, opts);
        }
        catch (e) {
            markFailed(run, t, e);
        }
    }));
}
/**
 * A blob stream may fail its digest check before its upload takes it (a
 * small blob is read and checked while the upload's POST is out): that error
 * must not go unhandled. The upload still sees it: http.ts refuses a body
 * that is already destroyed, with the body's own error.
 */
function quiet(stream) {
    stream.on('error', () => undefined);
    return stream;
}
async function uploadTo(run, t, blob, first, sessions, opts) {
    const mode = opts.mode.kind === 'put' && t.patchOnly === true ? { kind: 'patch' } : opts.mode;
    try {
        await uploadWith(run, t, blob, first, opts, mode, sessions);
    }
    catch (e) {
        if (!(e instanceof registry_error/* MonolithicRefused */.vo) || mode.kind !== 'put')
            throw e;
        // Not a failure of the blob or the link: this registry takes the same bytes as a PATCH. A fresh read, the shared one is spent.
        t.patchOnly = true;
        run.emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest} as a streamed PATCH`, attempt: 1, waitMs: 0, message: e.message });
        await uploadWith(run, t, blob, undefined, opts, { kind: 'patch' });
    }
    if (t.storedOne !== true) {
        t.storedOne = true;
        sessions.proven(t);
    }
    t.report.bytesSent += blob.size;
    t.report.blobsUploaded++;
    run.emit({ kind: 'blob', destination: t.name, digest: blob.digest, size: blob.size, outcome: 'uploaded' });
}
async function uploadWith(run, t, blob, first, opts, mode, sessions) {
    let shared = first;
    // The session opened ahead serves the first try only; a retry opens its own (the registry may have dropped it).
    let firstTry = true;
    // The budget counts time spent uploading too, so a large blob gets its transfer time on top.
    const policy = opts.retry ?? retry_policy/* REGISTRY_RETRY */.dv;
    const upload = (0,retry_classify/* registryClassify */.Qz)({ restartable: true });
    // Opening the source again is not this loop's to retry: a registry source
    // retries its own requests (no nested retries), and a layout's missing file
    // does not come back.
    let reopenFailure;
    await (0,retry/* withRetry */.b)(async () => {
        // The first try reads from the shared stream; a retry reads the blob again on its own.
        const body = shared ??
            quiet(await run.source.openBlob(blob).catch((e) => {
                reopenFailure = e;
                throw e;
            }));
        shared = undefined;
        try {
            // A session opened ahead whose POST failed fails this try as its own POST would (a 429 is waited out).
            const session = firstTry ? await sessions?.take(t, blob) : undefined;
            firstTry = false;
            await t.client.uploadBlob(t.spec.repository, blob, body, mode, session);
        }
        catch (e) {
            body.destroy();
            throw e;
        }
    }, {
        // A lost upload session (BLOB_UPLOAD_UNKNOWN) is healed here by uploading the blob again.
        classify: (e) => (e === reopenFailure ? { retry: false, why: 'reading the image failed' } : upload(e)),
        policy: { ...policy, budgetMs: policy.budgetMs + t.client.transferAllowanceMs(blob.size) },
        onRetry: (r) => run.emit({ kind: 'retry', destination: t.name, what: `upload of ${blob.digest}`, attempt: r.attempt, waitMs: r.waitMs, message: (0,errors/* messageOf */.bD)(r.error) }),
    });
}

;// CONCATENATED MODULE: ./shared/src/distribute/referrers-push.ts
/**
 * Pushing OCI 1.1 referrers: attach artifacts (signature bundles, SBOM and
 * provenance statements) to an image without touching it, and carry them from
 * one repository to another (a multi-platform merge keeps each platform's).
 * The image's manifest, digest and tags are never written here: only the
 * artifacts' blobs and manifests, and on registries without the referrers API
 * the fallback tag `sha256-<hex>` (registry/client/referrers-fallback.ts).
 * Blobs and manifests go through the push machinery of this folder
 * (upload-blobs.ts, put-manifests.ts), so they are skipped when present,
 * retried, and checked by a HEAD after the PUT. Reading referrers is the
 * registry client's (registry/client/referrers.ts), below this layer.
 */
















/** Artifact manifests (with their blobs) pushed at once for one subject: small documents, so round trips dominate. */
const ARTIFACTS_AT_ONCE = 4;
const named = (client, repo, digest) => `${client.registry}/${repo}@${digest}`;
/** The subject must be in the repository already: an artifact of an image that is not there is a wiring mistake. */
async function requireSubject(client, repo, subject) {
    const there = await client.headManifest(repo, subject.digest);
    if (there === undefined) {
        throw new errors/* PipelineError */.zC('NOT_FOUND', `cannot attach to ${named(client, repo, subject.digest)}: the registry does not have that image`, {
            hint: 'Push the image first, then attach to the digest the push reported.',
        });
    }
}
/** A registry that will not store an artifact manifest: say so in its terms, and that the image is as it was. */
function explainRefusal(e, client, repo, subject, artifactType) {
    if (!(e instanceof registry_error/* RegistryError */.gl))
        return e;
    const status = e.failure.status;
    const codes = e.failure.codes ?? [];
    const refused = status === 415 || (status === 400 && (codes.includes('MANIFEST_INVALID') || codes.includes('UNSUPPORTED') || codes.length === 0));
    if (!refused)
        return e;
    const type = artifactType !== undefined ? `the ${(0,preview/* preview */.VH)(artifactType, { max: 80, redact: false })} artifact manifest` : 'an artifact manifest';
    return new errors/* PipelineError */.zC('REGISTRY', `${client.registry} refused ${type} for ${repo}@${subject} (HTTP ${status}${codes.length > 0 ? ` ${codes.join(', ')}` : ''}): it does not store OCI 1.1 artifact manifests (artifactType, empty config, subject)`, {
        hint: `The image and its tags on ${client.registry} are unchanged. Attach to a registry that accepts OCI image-spec 1.1 artifacts (distribution 2.8 or later, Harbor 2.8+, zot, ghcr.io, ECR, ...), or leave attachments off for this destination.`,
        cause: e,
    });
}
/** Push one manifest and the blobs it names to `to`, from `source`, with the distribute machinery (no tags). */
async function pushManifest(to, source, manifest, blobs, opts, explain) {
    const run = startRun({
        source,
        root: manifest,
        destinations: [{ registry: to.client.registry, repository: to.repo, tags: [] }],
        clients: () => to.client,
        ...(opts.onProgress !== undefined ? { onProgress: opts.onProgress } : {}),
    });
    const target = run.targets[0];
    const plan = orderForPush([...blobs, { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.size }]);
    await uploadBlobs(run, plan.blobs, { concurrency: 4, mode: DEFAULT_UPLOAD_MODE });
    if (target?.report.error !== undefined)
        throw target.report.error;
    await putManifests(run, plan.manifests);
    if (target?.report.error !== undefined)
        throw explain(target.report.error);
}
/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`) up to the point where they are listed: each becomes an artifact
 * manifest (buildArtifact) pushed by digest, then listed through the
 * referrers API or, where the registry has none, in the fallback index,
 * written once for all of them. The fallback's confirmation is returned, not
 * awaited, so a caller can run it beside other work (distribute's tags).
 */
async function pushReferrers(client, repo, subject, artifacts, opts = {}) {
    const subj = artifact_subjectDescriptor(subject);
    const built = artifacts.map((a) => buildArtifact(subj, a));
    /**
     * The subject pushed (awaited when it is still under way) and there: its push's own HEAD says so when it found or
     * checked the manifest (one round trip fewer before the artifacts or the index); else a HEAD asks.
     */
    const subjectThere = async () => {
        if ((await opts.subjectPushed) !== 'confirmed')
            await requireSubject(client, repo, subj);
    };
    if (opts.subjectPushed === undefined)
        await subjectThere();
    const support = await referrers_api_referrersSupport(client, repo, subj.digest);
    // A registry MUST accept a referrer before its subject (distribution-spec, Pushing Manifests), so on the fallback
    // the artifacts overlap the subject's push: the index (a tag) is written only once both are in place, and its settle
    // starts that much sooner. With the API a referrer is listed as soon as it lands: after its subject, as before.
    const overlap = opts.subjectPushed !== undefined && !support.api;
    if (opts.subjectPushed !== undefined && !overlap)
        await subjectThere();
    // The artifacts are independent of each other (only the index below lists them all): pushed a few at once,
    // after the first, whose push puts the blob they share (the empty config) in place: two uploads of one blob
    // at once make distribution answer a manifest PUT naming it with MANIFEST_BLOB_UNKNOWN now and then (a retry).
    const push = async (b, i) => {
        const type = artifacts[i]?.artifactType;
        const source = new MemorySource(`the ${type} artifact for ${subj.digest}`, b.descriptor, [...b.blobs, { descriptor: b.descriptor, bytes: b.bytes }]);
        await pushManifest({ client, repo }, source, b.descriptor, b.blobs.map((x) => x.descriptor), opts, (e) => explainRefusal(e, client, repo, subj.digest, type));
    };
    if (built[0] !== undefined)
        await push(built[0], 0);
    await forEachLimited(built.slice(1), ARTIFACTS_AT_ONCE, (b, i) => push(b, i + 1));
    const referrers = built.map((b) => b.descriptor);
    if (overlap)
        await subjectThere();
    // The probe above may have run before the subject existed, and a registry with the API may answer that as an
    // unknown manifest: asked again now that the subject is there, before a fallback tag is written on a registry
    // that would list the artifacts itself.
    const final = overlap ? await referrers_api_referrersSupport(client, repo, subj.digest, { fresh: true }) : support;
    const via = final.api ? 'api' : 'fallback';
    if (final.api || referrers.length === 0)
        return { via, referrers, confirm: () => Promise.resolve() };
    const written = await writeFallback(client, repo, subj.digest, referrers, opts.fallback);
    return { via, referrers, confirm: async () => void (await written.confirm()) };
}
/**
 * Attach artifacts to `subject` (an image manifest or index already in
 * `repo`): pushReferrers, then the fallback index's confirmation. Resolves
 * once every artifact is pushed and listed, and the listing confirmed.
 */
async function attachReferrers(client, repo, subject, artifacts, opts = {}) {
    const { confirm, ...pushed } = await pushReferrers(client, repo, subject, artifacts, opts);
    await confirm();
    return pushed;
}
/** attachReferrers for one artifact: its manifest's descriptor. */
async function attachReferrer(client, repo, subject, artifact, opts = {}) {
    const r = await attachReferrers(client, repo, subject, [artifact], opts);
    return r.referrers[0];
}
/**
 * Copy the referrers of `subject` from one repository to another, byte for
 * byte (same manifests, same digests, so signatures over them still hold),
 * and list them in the target. The subject must already be in the target.
 */
async function copyReferrers(from, to, subject, opts = {}) {
    const subj = subjectDescriptor(subject);
    const listed = await listReferrers(from.client, from.repo, subj, opts.artifactType !== undefined ? { artifactType: opts.artifactType } : {});
    const support = await referrersSupport(to.client, to.repo, subj.digest);
    const via = support.api ? 'api' : 'fallback';
    if (listed.referrers.length === 0)
        return { via, copied: [], skipped: listed.skipped };
    await requireSubject(to.client, to.repo, subj);
    const source = new RegistrySource({ registry: from.client.registry, repository: from.repo }, from.client);
    for (const r of listed.referrers) {
        const m = await readManifest(source, r);
        await pushManifest(to, source, r, [m.config, ...m.layers], opts, (e) => explainRefusal(e, to.client, to.repo, subj.digest, r.artifactType));
    }
    if (!support.api)
        await addToFallback(to.client, to.repo, subj.digest, listed.referrers, opts.fallback);
    return { via, copied: listed.referrers, skipped: listed.skipped };
}
/**
 * When per-platform images are merged into one index (distribute/image-set.ts),
 * carry each platform manifest's referrers from where that image was pushed
 * to the repository of the merged index. The platform manifests keep their
 * digests inside the index, so their referrers stay valid unchanged.
 */
async function carryPlatformReferrers(platforms, to, opts = {}) {
    const out = [];
    for (const p of platforms)
        out.push({ manifest: p.manifest, ...(await copyReferrers(p.from, to, p.manifest, opts)) });
    return out;
}

;// CONCATENATED MODULE: ./shared/src/distribute/attach.ts
/**
 * Phase 2b of a push (distribute.ts), between the manifests put by digest
 * and the tags: attach the planned statements (attachments.ts) to each
 * healthy destination as OCI 1.1 referrers (referrers-push.ts),
 * and, when signing, the image's own signature. A destination where
 * signing or attaching fails is marked failed, so its tags are not moved:
 * the registry holds new content by digest only, and a re-run completes it.
 *
 * On a registry without the referrers API, attaching ends with the fallback
 * index written (it lists every referrer of this run), and its confirmation
 * (settle, re-read, repair after a concurrent writer's lost update:
 * registry/client/referrers-fallback.ts) is returned as `confirmed`, to run
 * while the tags move. It fails its destination (and so the step) when it
 * finally fails, saying whether the tags had moved; a re-run adds back what
 * is missing.
 *
 * Signed: each statement is a sigstore bundle v0.3 (DSSE) referrer
 * (artifactType application/vnd.dev.sigstore.bundle.v0.3+json, annotation
 * dev.sigstore.bundle.predicateType, as cosign v3 writes). Unsigned: the
 * statement itself, artifactType application/vnd.in-toto+json.
 *
 * Re-runs: ECDSA signatures differ on every run, so a re-signed statement
 * would be a new referrer each time. Every referrer we write carries the
 * statement's digest and the signer (STATEMENT_ANNOTATION,
 * SIGNER_ANNOTATION); a statement already attached to that subject by the
 * same signer (the same key, or keyless) is left as it is, and nothing is
 * signed for it. Referrers pile up only when the key changes, or when runs
 * race (each adds its own; both lists are kept, by design of the fallback).
 */







const STATEMENT_ANNOTATION = 'dev.image-pipeline.statement.digest';
const SIGNER_ANNOTATION = 'dev.image-pipeline.signer';
const PREDICATE_ANNOTATION = 'dev.sigstore.bundle.predicateType';
const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content';
/** What in-toto referrers are labelled with by docker buildx and oras: lets a reader filter unsigned statements by type. */
const IN_TOTO_PREDICATE_ANNOTATION = 'in-toto.io/predicate-type';
const signerId = (s) => (s === undefined ? 'none' : s.kind === 'key' ? `key:${s.keyHint ?? ''}` : 'keyless');
/** The statements to attach: the files', then (signing) the image's signature over the pushed root. */
function withImageSignature(run, opts) {
    const all = [...opts.attachments];
    if (opts.signer !== undefined) {
        const s = (0,in_toto/* imageSignatureStatement */.l6)(run.root.digest);
        all.push({ kind: 'signature', subject: run.root, statement: s, bytes: (0,in_toto/* serializeStatement */.US)(s), predicateType: s.predicateType });
    }
    return all;
}
/** The referrer for one statement: its bundle when signed, else the statement. Bytes fixed by the statement, the signer and the bundle. */
function artifactOf(a, signer, signed) {
    const annotations = {
        [STATEMENT_ANNOTATION]: (0,oci_digest/* digestBytes */.QN)(a.bytes),
        [SIGNER_ANNOTATION]: signer,
        [IN_TOTO_PREDICATE_ANNOTATION]: a.predicateType,
    };
    if (signed === undefined) {
        return { artifactType: types/* IN_TOTO_PAYLOAD_TYPE */.T4, blobs: [{ mediaType: types/* IN_TOTO_PAYLOAD_TYPE */.T4, bytes: a.bytes }], annotations };
    }
    return {
        artifactType: types/* BUNDLE_V03_MEDIA_TYPE */.HM,
        blobs: [{ mediaType: types/* BUNDLE_V03_MEDIA_TYPE */.HM, bytes: Buffer.from(signed.json, 'utf8') }],
        annotations: { ...annotations, [PREDICATE_ANNOTATION]: a.predicateType, [BUNDLE_CONTENT_ANNOTATION]: 'dsse-envelope' },
    };
}
const keyOf = (statementDigest, signer) => `${statementDigest} ${signer}`;
/** The (statement, signer) pairs already attached to each subject on this destination, by referrer digest. */
async function existing(t, subjects) {
    const out = new Map();
    for (const s of subjects) {
        const listed = await referrers_listReferrers(t.client, t.spec.repository, s);
        const found = new Map();
        for (const r of listed.referrers) {
            const st = r.annotations?.[STATEMENT_ANNOTATION];
            const by = r.annotations?.[SIGNER_ANNOTATION];
            if (st !== undefined && by !== undefined)
                found.set(keyOf(st, by), r.digest);
        }
        out.set(s.digest, found);
    }
    return out;
}
/** A confirmation that failed, in terms of the destination's tags: moved already or not. */
function unconfirmed(t, root, e) {
    const tags = t.report.tagged === true
        ? "The image's tags were moved while the referrers index listed this run's referrers; another writer removed them since."
        : "The image's tags were not moved.";
    const hint = `${tags} Run again when the other job is done: a re-run adds back what is missing.`;
    if (e instanceof errors/* PipelineError */.zC)
        return new errors/* PipelineError */.zC(e.code, `confirming the referrers of ${t.name}@${root} failed: ${e.reason}`, { hint, cause: e });
    return new errors/* PipelineError */.zC('REGISTRY', `confirming the referrers of ${t.name}@${root} failed: ${(0,errors/* messageOf */.bD)(e)}`, { hint, cause: e });
}
/**
 * Attach every statement to every healthy destination; returns what each
 * destination holds once every referrer is listed, and the confirmation of
 * the fallback indexes, still running. Signing happens once per statement
 * that some destination lacks, and before anything of it is written.
 */
async function attachStatements(run, given) {
    const imageDone = given.imagePushed ?? Promise.resolve();
    /** Mark `t` failed once the image's push is over (its own failure, if any, comes first). */
    const fail = async (t, e) => {
        await imageDone;
        markFailed(run, t, e);
    };
    // The signer may still be loading (distribute-image loads it beside the push): a load that fails fails every
    // destination the way a signing failure does, in the report's shape, never as a bare rejection after the push.
    let loaded;
    try {
        loaded = await given.signer;
    }
    catch (e) {
        const err = (0,errors/* isPipelineError */.h$)(e) ? e : new errors/* PipelineError */.zC('SIGNATURE', `the signer could not be loaded: ${(0,errors/* messageOf */.bD)(e)}`, { cause: e });
        await Promise.all(live(run).map((t) => fail(t, err)));
        return { reports: [], confirmed: Promise.resolve() };
    }
    const opts = { ...given, signer: loaded };
    const planned = withImageSignature(run, opts);
    const here = live(run);
    if (planned.length === 0 || here.length === 0)
        return { reports: [], confirmed: Promise.resolve() };
    const signer = signerId(opts.signer);
    const subjects = [...new Map(planned.map((a) => [a.subject.digest, a.subject])).values()];
    /**
     * The image's push over on `t`: rejects with its error when it failed there (handled: awaited later, maybe never);
     * `confirmed` when it put or found `subject` there (checked by its HEAD), `unchecked` when it ended before that
     * manifest without failing `t` (an error of the source), so a HEAD asks before an index names it.
     */
    const pushedTo = (t, subject) => {
        const p = imageDone.then(() => {
            if (t.report.error !== undefined)
                throw t.report.error;
            return t.manifestsThere.has(subject.digest) ? 'confirmed' : 'unchecked';
        });
        p.catch(() => undefined);
        return p;
    };
    // 1. What each destination has already (a re-run, or another destination of an earlier run).
    const have = new Map();
    await Promise.all(here.map(async (t) => {
        try {
            have.set(t, await existing(t, subjects));
        }
        catch (e) {
            await fail(t, e);
        }
    }));
    const missing = (t, a) => !have
        .get(t)
        ?.get(a.subject.digest)
        ?.has(keyOf((0,oci_digest/* digestBytes */.QN)(a.bytes), signer));
    // 2. Sign what some destination lacks, once; a signing failure fails every destination that needed it.
    const signed = new Map();
    if (opts.signer !== undefined) {
        for (const a of planned) {
            const needing = live(run).filter((t) => missing(t, a));
            if (needing.length === 0)
                continue;
            try {
                signed.set(a, await opts.signer.sign(a.statement));
            }
            catch (e) {
                const why = a.file === undefined ? 'the image signature' : `the statement of ${a.file}`;
                const err = e instanceof errors/* PipelineError */.zC
                    ? new errors/* PipelineError */.zC(e.code, `signing ${why} failed: ${e.reason}`, {
                        ...(e.hint !== undefined ? { hint: `${e.hint} The image's tags were not moved.` } : {}),
                        cause: e,
                    })
                    : new errors/* PipelineError */.zC('SIGNATURE', `signing ${why} failed: ${(0,errors/* messageOf */.bD)(e)}`, { cause: e });
                await Promise.all(needing.map((t) => fail(t, err)));
            }
        }
    }
    // 3. Attach per destination and subject: one fallback index write per subject.
    const reports = [];
    const confirmations = [];
    await Promise.all(live(run).map(async (t) => {
        const mine = [];
        const confirms = [];
        try {
            for (const subject of subjects) {
                const forSubject = planned.filter((a) => a.subject.digest === subject.digest);
                const toAttach = [];
                for (const a of forSubject) {
                    const present = have
                        .get(t)
                        ?.get(subject.digest)
                        ?.get(keyOf((0,oci_digest/* digestBytes */.QN)(a.bytes), signer));
                    if (present !== undefined)
                        mine.push(report(t, a, present, opts.signer !== undefined, 'present'));
                    else
                        toAttach.push(a);
                }
                if (toAttach.length === 0)
                    continue;
                const specs = toAttach.map((a) => artifactOf(a, signer, signed.get(a)));
                const r = await pushReferrers(t.client, t.spec.repository, subject, specs, {
                    onProgress: run.emit,
                    ...(opts.fallback !== undefined ? { fallback: opts.fallback } : {}),
                    ...(opts.imagePushed !== undefined ? { subjectPushed: pushedTo(t, subject) } : {}),
                });
                confirms.push(r.confirm);
                r.referrers.forEach((d, i) => {
                    const a = toAttach[i];
                    const bundle = signed.get(a)?.json;
                    mine.push({ ...report(t, a, d.digest, opts.signer !== undefined, 'attached'), ...(bundle !== undefined ? { bundle } : {}) });
                });
            }
            reports.push(...mine);
        }
        catch (e) {
            await fail(t, e);
            return;
        }
        // Started now, each to its end (allSettled: none left running unobserved), handled at once: a failure marks the destination.
        confirmations.push(Promise.allSettled(confirms.map((c) => c())).then((done) => {
            const failed = done.find((d) => d.status === 'rejected');
            if (failed !== undefined)
                markFailed(run, t, unconfirmed(t, run.root.digest, failed.reason));
        }));
    }));
    return { reports, confirmed: Promise.all(confirmations).then(() => undefined) };
}
function report(t, a, digest, signed, outcome) {
    return {
        digest,
        subject: a.subject.digest,
        artifactType: signed ? types/* BUNDLE_V03_MEDIA_TYPE */.HM : types/* IN_TOTO_PAYLOAD_TYPE */.T4,
        predicateType: a.predicateType,
        signed,
        destination: t.name,
        ...(a.file !== undefined ? { file: a.file } : {}),
        outcome,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var oci_types = __webpack_require__(9140);
;// CONCATENATED MODULE: ./shared/src/distribute/attachments.ts
/**
 * What distribute-image attaches, decided before anything is pushed (pure):
 * each `attach` file becomes one in-toto statement and the manifest it is
 * attached to.
 *
 * - SPDX JSON (`spdxVersion`) -> predicate type https://spdx.dev/Document,
 *   CycloneDX JSON (`bomFormat: CycloneDX`) -> https://cyclonedx.org/bom;
 *   the document is the predicate, as `cosign attest --type spdxjson|cyclonedx`
 *   writes it. test-image's SBOMs name the platform manifest they describe
 *   (SPDX: the CONTAINER package's versionInfo; CycloneDX:
 *   metadata.component.version), so a per-platform SBOM is attached to that
 *   platform's manifest inside the pushed index; an SBOM naming no digest is
 *   attached to the pushed image; one naming a digest that is not pushed is
 *   refused (it describes another image).
 * - an in-toto Statement v1 (build-image's `provenance`) is kept byte for
 *   byte when one of its subjects is a digest being pushed (the root
 *   preferred), else refused naming the file and both digests.
 * - any other JSON -> GENERIC_PREDICATE_TYPE, predicate
 *   `{name, content}` (the file's base name and its JSON value).
 */







/** Predicate type of a JSON file that is neither an SBOM nor a statement (a vulnerability report, a test report). */
const GENERIC_PREDICATE_TYPE = 'https://image-pipeline.dev/attestation/json/v1';
const ATTACH_INPUT = 'attach';
const fail = (file, reason, hint) => new errors/* PipelineError */.zC('INPUT', `input '${ATTACH_INPUT}': ${file}: ${reason}`, { input: ATTACH_INPUT, hint });
const isDigest = (v) => (0,oci_digest/* parseDigest */.m)(v).ok;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Describe a pushed manifest for messages: `sha256:... (linux/amd64)`. */
const describe = (d, root) => `${d.digest} (${d.digest === root.digest ? 'the pushed image' : d.platform !== undefined ? (0,oci_types/* platformString */.F)(d.platform) : 'a platform manifest'})`;
/** The image digest an SBOM says it describes, if it names one. */
function sbomImageDigest(kind, doc) {
    if (kind === 'cyclonedx') {
        const component = isObject(doc.metadata) ? doc.metadata.component : undefined;
        const version = isObject(component) ? component.version : undefined;
        return typeof version === 'string' && isDigest(version) ? version : undefined;
    }
    const packages = Array.isArray(doc.packages) ? doc.packages : [];
    for (const p of packages) {
        if (isObject(p) && p.primaryPackagePurpose === 'CONTAINER' && typeof p.versionInfo === 'string' && isDigest(p.versionInfo))
            return p.versionInfo;
    }
    return undefined;
}
function kindOf(doc) {
    if (!isObject(doc))
        return 'json';
    if (typeof doc._type === 'string' && doc._type.startsWith('https://in-toto.io/Statement/'))
        return 'in-toto';
    if (typeof doc.spdxVersion === 'string' && doc.spdxVersion.startsWith('SPDX-'))
        return 'spdx';
    if (doc.bomFormat === 'CycloneDX')
        return 'cyclonedx';
    return 'json';
}
/**
 * The attachment for one file. `manifests` are every manifest being pushed
 * (the root and, for an index, its platform manifests).
 */
function planAttachment(file, root, manifests) {
    let doc;
    try {
        doc = JSON.parse(file.text);
    }
    catch (e) {
        throw fail(file.name, `expected JSON (an SPDX or CycloneDX SBOM, an in-toto statement or a JSON report), got '${(0,preview/* preview */.VH)(file.text, { max: 60 })}' (${e instanceof Error ? e.message : String(e)})`, 'Attach JSON files only: test-image writes its SBOMs as JSON, build-image its provenance as an in-toto statement.');
    }
    const pushed = [root, ...manifests.filter((m) => m.digest !== root.digest)];
    const kind = kindOf(doc);
    if (kind === 'in-toto') {
        const parsed = (0,in_toto/* parseStatement */.By)(file.text, `input '${ATTACH_INPUT}': ${file.name}`);
        if (!parsed.ok)
            throw parsed.error;
        const s = parsed.value;
        const subject = pushed.find((m) => (0,in_toto/* subjectMatches */.qE)(s, m.digest));
        if (subject === undefined) {
            throw fail(file.name, `expected an in-toto statement about the pushed image, got one whose subjects are ${(0,in_toto/* subjectDigests */.IF)(s)
                .slice(0, 5)
                .map((d) => (0,preview/* preview */.VH)(d, { max: 80, redact: false }))
                .join(', ')}, and the push is ${pushed.map((m) => describe(m, root)).join(', ')}`, "Attach the statement made for this image (build-image's provenance of the same build), or push the image it names.");
        }
        // Kept as the file holds it: re-serializing could change the bytes another tool signed or hashed.
        return { file: file.name, kind, subject, statement: s, bytes: Buffer.from(file.text, 'utf8'), predicateType: s.predicateType };
    }
    if (kind === 'spdx' || kind === 'cyclonedx') {
        const described = sbomImageDigest(kind, doc);
        let subject = root;
        if (described !== undefined) {
            const found = pushed.find((m) => m.digest === described);
            if (found === undefined) {
                throw fail(file.name, `expected an SBOM of the pushed image, got one describing ${described}, and the push is ${pushed.map((m) => describe(m, root)).join(', ')}`, 'Attach the SBOM test-image wrote for this image (the same layout distribute-image pushes).');
            }
            subject = found;
        }
        const predicateType = kind === 'spdx' ? types/* PredicateType */.Ot.Spdx : types/* PredicateType */.Ot.CycloneDx;
        const s = (0,in_toto/* statement */.qZ)([(0,in_toto/* ociSubject */.Ot)(subject.digest)], predicateType, doc);
        return { file: file.name, kind, subject, statement: s, bytes: (0,in_toto/* serializeStatement */.US)(s), predicateType };
    }
    const s = (0,in_toto/* statement */.qZ)([(0,in_toto/* ociSubject */.Ot)(root.digest)], GENERIC_PREDICATE_TYPE, { name: external_node_path_.basename(file.name), content: doc });
    return { file: file.name, kind, subject: root, statement: s, bytes: (0,in_toto/* serializeStatement */.US)(s), predicateType: GENERIC_PREDICATE_TYPE };
}
/** The plan for every file; two files giving the same statement for the same manifest are one attachment. */
function planAttachments(files, root, manifests) {
    const out = [];
    for (const f of files) {
        const a = planAttachment(f, root, manifests);
        if (!out.some((o) => o.subject.digest === a.subject.digest && o.bytes.equals(a.bytes)))
            out.push(a);
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/src/distribute/move-tags.ts
/**
 * Phase 3 of a push, run only once phases 1 and 2 are over: point each tag
 * at the root manifest, on the destinations that had no failure (a failed
 * destination keeps its old tags). A tag already there is left alone; a
 * moved one is checked by a HEAD, since another push may race us.
 */


async function moveTags(run) {
    const { root } = run;
    const here = live(run);
    const rootBytes = here.length > 0 ? await run.source.readBlob(root) : Buffer.alloc(0);
    await Promise.all(here.map(async (t) => {
        try {
            t.report.refs.push(`${t.name}@${root.digest}`);
            for (const tag of t.spec.tags) {
                // The destination may fail while its tags move (its referrers index's confirmation runs beside them,
                // attach.ts): no further tag then, so what its error says about the tags stays true.
                if (t.report.error !== undefined)
                    return;
                const current = await t.client.headManifest(t.spec.repository, tag);
                if (current?.digest === root.digest) {
                    run.emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'unchanged' });
                }
                else {
                    await t.client.putManifest(t.spec.repository, tag, root.mediaType, rootBytes);
                    const after = await t.client.headManifest(t.spec.repository, tag);
                    if (after?.digest !== root.digest) {
                        throw new errors/* PipelineError */.zC('DIGEST_MISMATCH', `${t.name}:${tag} points at ${after?.digest ?? 'nothing'} after the push, expected ${root.digest}`, {
                            hint: 'Another push may have moved the tag at the same time.',
                        });
                    }
                    run.emit({ kind: 'tag', destination: t.name, ref: `${t.name}:${tag}`, outcome: 'moved' });
                }
                t.report.refs.push(`${t.name}:${tag}`);
                t.report.tagged = true;
            }
        }
        catch (e) {
            markFailed(run, t, e);
        }
    }));
}

;// CONCATENATED MODULE: ./shared/src/distribute/distribute.ts
/**
 * Push one image (a manifest or an index, from any ImageSource) to several
 * repositories at once, exactly as it is, in three phases, each its own
 * module over the shared run state (push-run.ts):
 *
 * 1. upload-blobs.ts: blobs (the smallest, then largest first, `concurrency` sending at a time): HEAD
 *    each destination; where a blob is missing, mount it from a repository
 *    of the same registry that has it, else upload it \u2014 one read of the
 *    source feeding every registry that needs it (tee.ts); each upload
 *    retried on its own;
 * 2. put-manifests.ts: manifests, children before parents (plan.ts), PUT by
 *    digest with their media type and checked with a HEAD;
 * 3. attach.ts (when there is something to attach or sign): statements and
 *    signatures as OCI 1.1 referrers of the image's manifests, planned
 *    (attachments.ts) before the first byte is sent, so a bad `attach` file
 *    leaves every registry as it was; run beside 1 and 2 (they need only the
 *    root's digest): on a registry without the referrers API the artifacts
 *    go up meanwhile and the fallback index waits for the image's manifests,
 *    with the API everything of 3 waits for them; a manifest that 2 put or
 *    found (checked by its HEAD) is not asked for again before its index;
 * 4. move-tags.ts: only once every destination is done with 1 to 3: tags,
 *    on the destinations that had no failure. A destination that failed
 *    (an upload, a manifest, a signature or a referrer) keeps its old tags.
 *    "Done with 3" means every referrer is pushed and listed (on a registry
 *    without the referrers API: the fallback index written, listing them);
 *    the index's confirmation (a settle of >= 500 ms, a re-read, a repair
 *    after a concurrent writer's lost update) runs while the tags move, and
 *    the push reports only after it: if it finally fails, its destination
 *    fails, tags moved or not (attach.ts says which), and a re-run repairs.
 */









async function distribute(opts) {
    const plan = await planPush(opts.source, opts.root);
    const attachments = planAttachments(opts.attach?.files ?? [], opts.root, plan.manifests);
    const run = startRun(opts);
    await pingRegistries(run);
    // The image (1, 2) and its attachments (3) go up at once: the artifacts need only the root's digest, and on a
    // registry without the referrers API the fallback index, written once both are in place, starts its settle that
    // much sooner (attach.ts, referrers-push.ts). Nothing is tagged before both are done.
    const image = (async () => {
        await uploadBlobs(run, plan.blobs, {
            concurrency: opts.concurrency ?? 6,
            mode: opts.uploadMode ?? DEFAULT_UPLOAD_MODE,
            ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
        });
        await putManifests(run, plan.manifests);
    })();
    const imageDone = image.then(() => undefined, () => undefined);
    const attaching = opts.attach === undefined
        ? undefined
        : attachStatements(run, {
            attachments,
            ...(opts.attach.signer !== undefined ? { signer: opts.attach.signer } : {}),
            ...(opts.attach.fallback !== undefined ? { fallback: opts.attach.fallback } : {}),
            imagePushed: imageDone,
        });
    // Both to their end before anything else (an error of one never leaves the other running unobserved).
    const [pushed, attachedOr] = await Promise.allSettled([image, attaching]);
    if (pushed.status === 'rejected') {
        if (attachedOr.status === 'fulfilled')
            await attachedOr.value?.confirmed;
        throw pushed.reason;
    }
    if (attachedOr.status === 'rejected')
        throw attachedOr.reason;
    const attached = attachedOr.value;
    try {
        await moveTags(run);
    }
    finally {
        // The fallback indexes' confirmation ran beside the tags; it marks its destination failed if it failed. Awaited
        // even when moving the tags threw, so it never outlives the step (review finding).
        await attached?.confirmed;
    }
    return attached === undefined ? finishRun(run) : { ...finishRun(run), attestations: attached.reports };
}
/** Throw when any destination failed: its own error when one did, a summary when several did. */
function assertDistributed(result) {
    const bad = result.destinations.filter((d) => d.error !== undefined);
    if (bad.length === 0)
        return;
    const first = bad[0]?.error;
    if (bad.length === 1)
        throw first;
    const lines = bad.map((d) => `${d.destination}: ${(0,errors/* messageOf */.bD)(d.error)}`).join('\n');
    // A failed destination can be tagged: its referrers index lost entries after the tags moved, or a later tag failed.
    const tagged = bad.filter((d) => d.tagged === true).map((d) => d.destination);
    const tags = tagged.length === 0
        ? 'their tags were not moved'
        : `tags of ${tagged.join(', ')} point at the image${tagged.length < bad.length ? ", the others' tags were not moved" : ''}`;
    throw new errors/* PipelineError */.zC(first.code, `${bad.length} of ${result.destinations.length} destinations failed (${tags}):\n${lines}`, first.hint !== undefined ? { hint: first.hint } : {});
}


/***/ }),

/***/ 5108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ registryOpener)
});

// UNUSED EXPORTS: RegistrySource

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./shared/src/pipe-through.ts
var pipe_through = __webpack_require__(9259);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(8301);
// EXTERNAL MODULE: ./shared/src/oci/media-types.ts
var media_types = __webpack_require__(9949);
// EXTERNAL MODULE: ./shared/src/oci/source.ts
var source = __webpack_require__(5512);
// EXTERNAL MODULE: ./shared/src/oci/types.ts
var types = __webpack_require__(9140);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var body = __webpack_require__(6761);
// EXTERNAL MODULE: ./shared/src/retry/backoff.ts
var backoff = __webpack_require__(8874);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var retry_policy = __webpack_require__(5466);
// EXTERNAL MODULE: ./shared/src/retry/sleep.ts
var retry_sleep = __webpack_require__(381);
// EXTERNAL MODULE: ./shared/src/registry/transport/retry-classify.ts
var retry_classify = __webpack_require__(3938);
;// CONCATENATED MODULE: ./shared/src/registry/client/resume.ts
/**
 * A blob download that survives a broken connection: when the body fails
 * part way with a transient error (or ends short of the blob's size), it is
 * opened again from the byte it had reached (a Range request) and the bytes
 * continue on the same output stream. The caller's digest check still sees
 * one continuous stream, so a resumed download is verified like any other.
 *
 * This is the only retry loop of one download: `open` must make a single
 * request (client.openBlob with `{ retry: false }`), so retries never nest.
 * Its waits are the shared backoff (retry/backoff.ts) under a policy
 * (retry/policy.ts): openings in all, and a time budget. When it gives up on
 * a transient failure the stream fails with a NETWORK PipelineError, which
 * the push's upload loop treats as final (retry-classify.ts): the source
 * already retried its own reads.
 */






function resumableDownload(opts) {
    const out = new external_node_stream_.PassThrough({ highWaterMark: 1024 * 1024 });
    const policy = opts.policy ?? retry_policy/* RESUME_RETRY */.n;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? retry_sleep/* sleep */.y;
    // A reader that hangs up (destroys the stream) ends a wait in progress, any further opening, and the body being
    // read: fed by 'data' events, it would otherwise go on into the destroyed output, pause for a 'drain' that never
    // comes, and hold its connection until the request's deadline (a paused reader is not a stall: http.ts).
    const stop = new AbortController();
    let current;
    out.once('close', () => {
        stop.abort(new Error('the reader closed the download'));
        current?.destroy();
    });
    let offset = 0;
    let opened = 0;
    let brokeAt;
    const giveUp = (e) => {
        const resumes = opened - 1;
        out.destroy(new errors/* PipelineError */.zC('NETWORK', `reading ${opts.what} failed after ${resumes} resume${resumes === 1 ? '' : 's'} (at byte ${offset} of ${opts.size}): ${e.message}`, {
            cause: e,
            hint: 'The registry the image is read from kept dropping the connection; check that it is reachable and healthy, then run again.',
        }));
    };
    const retryOrFail = async (e) => {
        if (out.destroyed)
            return;
        // Not worth another try (a refused auth, a 404, a digest problem): the error as it is.
        if ((0,retry_classify/* classify */.L8)(e).kind !== 'retry')
            return void out.destroy(e);
        brokeAt ??= now();
        const wait = opened < policy.attempts
            ? (0,backoff/* backoffMs */.j)(opened - 1, policy, { spentMs: now() - brokeAt, ...(opts.random !== undefined ? { random: opts.random } : {}) })
            : undefined;
        if (wait === undefined)
            return giveUp(e);
        opts.onResume?.(offset, e);
        try {
            await sleep(wait, stop.signal);
        }
        catch {
            return; // the reader went away
        }
        await pump();
    };
    const pump = async () => {
        if (out.destroyed)
            return;
        opened++;
        let body;
        try {
            body = await opts.open(offset);
        }
        catch (e) {
            return retryOrFail(e);
        }
        if (out.destroyed)
            return void body.destroy();
        current = body;
        let settled = false;
        const settle = (e) => {
            if (settled)
                return;
            settled = true;
            body.destroy();
            void retryOrFail(e);
        };
        body.on('data', (c) => {
            offset += c.length;
            // Bytes arrived: the next break starts a fresh recovery budget.
            brokeAt = undefined;
            if (!out.write(c)) {
                body.pause();
                out.once('drain', () => body.resume());
            }
        });
        body.on('error', settle);
        body.on('end', () => {
            if (settled)
                return;
            if (offset < opts.size)
                return settle(Object.assign(new Error(`the download ended at byte ${offset} of ${opts.size}`), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
            settled = true;
            out.end();
        });
    };
    void pump();
    return out;
}

// EXTERNAL MODULE: ./shared/src/registry/client/connect.ts + 3 modules
var connect = __webpack_require__(9296);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var registry_reference = __webpack_require__(5698);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __webpack_require__(4918);
;// CONCATENATED MODULE: ./shared/src/registry/client/source.ts
/**
 * An image in a registry as an ImageSource, so anything that reads a layout
 * (test-image's scan) can read `registry/repo:tag` the same way. Every
 * manifest and blob is verified against its digest as it is read.
 */












class RegistrySource {
    ref;
    client;
    resume;
    name;
    root;
    manifests = new Map();
    constructor(ref, client, 
    /** How a broken blob download is resumed (tests inject the policy, clock and wait). */
    resume = {}) {
        this.ref = ref;
        this.client = client;
        this.resume = resume;
        this.name = (0,registry_reference/* formatReference */.FH)(ref);
    }
    /** A source for a reference text, with the given auth/transport options. */
    static open(reference, opts = {}) {
        const ref = (0,result/* unwrap */.o)((0,registry_reference/* parseReference */.F2)(reference));
        return new RegistrySource(ref, (0,connect.clientFactory)(opts)(ref.registry));
    }
    async roots() {
        if (this.root === undefined) {
            const reference = this.ref.digest ?? this.ref.tag ?? 'latest';
            const m = await this.client.getManifest(this.ref.repository, reference);
            if (this.ref.digest !== undefined && m.digest !== this.ref.digest) {
                throw new errors/* PipelineError */.zC('DIGEST_MISMATCH', `${this.name} answered a manifest with digest ${m.digest}`, {
                    hint: 'The registry returned other content than the digest asks for.',
                });
            }
            if (!(0,media_types/* isManifestMediaType */.CM)(m.mediaType) && !(0,media_types/* isIndexMediaType */.$$)(m.mediaType)) {
                throw new errors/* PipelineError */.zC('UNSUPPORTED', `${this.name} is a ${m.mediaType || 'manifest without media type'}, not an OCI or Docker v2 image`);
            }
            this.manifests.set(m.digest, m.bytes);
            const root = { mediaType: m.mediaType, digest: m.digest, size: m.bytes.length };
            if (this.ref.tag !== undefined)
                root.annotations = { [types/* Annotation */.Y.RefName]: this.ref.tag };
            this.root = root;
        }
        return [this.root];
    }
    async openBlob(desc) {
        if ((0,media_types/* isManifestMediaType */.CM)(desc.mediaType) || (0,media_types/* isIndexMediaType */.$$)(desc.mediaType)) {
            return external_node_stream_.Readable.from([await this.readBlob(desc)]);
        }
        // The first opening is awaited (and retried as any request), so a missing
        // blob or refused auth fails here; later ones resume, one request each:
        // resumableDownload is then the only loop, never nested in the client's.
        let first = await this.client.openBlob(this.ref.repository, desc);
        const body = resumableDownload({
            ...this.resume,
            size: desc.size,
            what: `blob ${desc.digest} from ${this.client.registry}/${this.ref.repository}`,
            open: async (offset) => {
                const b = first;
                first = undefined;
                return b ?? this.client.openBlob(this.ref.repository, desc, offset, { retry: false });
            },
        });
        const verify = new digest/* VerifyingStream */.SC(desc, `blob ${desc.digest} of ${this.name}`);
        // A reader that hangs up on the verified stream ends the download too (pipe only unpiped, leaving it open, paused).
        return (0,pipe_through/* pipeThrough */.W)(body, verify);
    }
    async readBlob(desc) {
        if (desc.size > source/* MAX_JSON_BLOB */.O) {
            throw new errors/* PipelineError */.zC('LAYOUT', `blob ${desc.digest} of ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        let bytes = this.manifests.get(desc.digest);
        if (bytes === undefined) {
            if ((0,media_types/* isManifestMediaType */.CM)(desc.mediaType) || (0,media_types/* isIndexMediaType */.$$)(desc.mediaType)) {
                bytes = (await this.client.getManifest(this.ref.repository, desc.digest)).bytes;
                this.manifests.set(desc.digest, bytes);
            }
            else {
                // The descriptor's size is the cap: a registry that sends more is refused as soon as it does.
                const overflow = (max) => new errors/* PipelineError */.zC('SIZE_MISMATCH', `blob ${desc.digest} of ${this.name} is larger than its descriptor says (${max} bytes)`, {
                    hint: 'The registry returned other content than the digest asks for.',
                });
                bytes = (await (0,body/* readBounded */.CB)(await this.client.openBlob(this.ref.repository, desc), desc.size, 'fail', overflow)).bytes;
            }
        }
        (0,digest/* verifyBytes */.RV)(bytes, desc, `blob ${desc.digest} of ${this.name}`);
        return bytes;
    }
    async hasBlob(digest) {
        if (this.manifests.has(digest))
            return true;
        if (await this.client.blobExists(this.ref.repository, digest, ['pull']))
            return true;
        return (await this.client.headManifest(this.ref.repository, digest, ['pull'])) !== undefined;
    }
    async close() { }
}
/** What openImageSource calls for registry references (test-image, distribute-image's docker:// images), with the step's connect options. */
const registryOpener = (connect = {}) => async (reference) => RegistrySource.open(reference, connect);


/***/ })

};
