export const id = 3811;
export const ids = [3811];
export const modules = {

/***/ 43811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPlatform: () => (/* binding */ loadPlatform),
/* harmony export */   publish: () => (/* binding */ publish)
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
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56118);
/* harmony import */ var _shared_src_builders_emulation_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71200);
/* harmony import */ var _shared_src_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67150);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33904);
/* harmony import */ var _shared_src_preview_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(24659);
/* harmony import */ var _shared_src_process_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92402);
/* harmony import */ var _shared_src_registry_client_connect_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5127);
/* harmony import */ var _shared_src_report_summary_push_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(50725);
/* harmony import */ var _shared_src_pipe_to_file_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(79892);
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
const resolveDest = (dest, env) => node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : process.cwd(), dest);
/** Every file of a layout, relative to it: oci-layout, index.json, blobs/<alg>/<hex>. No links are followed out of it. */
async function layoutFiles(layout) {
    const out = ['oci-layout', 'index.json'];
    const blobs = node_path__WEBPACK_IMPORTED_MODULE_2__.join(layout, 'blobs');
    for (const alg of (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir(blobs, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()) {
        for (const f of (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir(node_path__WEBPACK_IMPORTED_MODULE_2__.join(blobs, alg), { withFileTypes: true }))
            .filter((d) => d.isFile())
            .map((d) => d.name)
            .sort()) {
            out.push(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join('blobs', alg, f));
        }
    }
    return out;
}
/** The layout as a tarball (the OCI image layout's own archive form, what `skopeo ... oci-archive:` reads), streamed file by file. */
async function writeLayoutTar(layout, file) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_5__.pack();
    const done = (0,_shared_src_pipe_to_file_js__WEBPACK_IMPORTED_MODULE_13__/* .pipeToFile */ .u)(file, { flags: 'w', mode: 0o644 }, pack);
    // Awaited below; a write error while entries are still being added must not surface as an unhandled rejection first.
    done.catch(() => undefined);
    try {
        for (const name of await layoutFiles(layout)) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(layout, name);
            const { size } = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(full);
            // Fixed owner and time: the same layout gives the same tarball.
            const entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(full), entry);
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
    const existing = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat(dest).catch(() => undefined);
    const refuse = (what) => new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INPUT', `input 'outputs' line ${spec.line}: dest '${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_9__/* .preview */ .VH)(spec.dest, { max: 120, redact: false })}' ${what}`, {
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
            const entries = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir(dest);
            if (entries.length > 0 && !entries.includes('oci-layout'))
                throw refuse('is a folder holding other files, which build-image does not replace');
        }
    }
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dest), { recursive: true });
    const tmp = `${dest}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(4).toString('hex')}`;
    try {
        if (spec.tar)
            await writeLayoutTar(layout, tmp);
        else
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.cp(layout, tmp, { recursive: true, verbatimSymlinks: true });
        if (!spec.tar && existing !== undefined)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(dest, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(tmp, dest);
    }
    catch (e) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
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
    const existing = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat(dest).catch(() => undefined);
    if (existing !== undefined && !existing.isFile()) {
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INPUT', `input 'outputs' line ${spec.line}: dest '${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_9__/* .preview */ .VH)(spec.dest, { max: 120, redact: false })}' is not a file`, {
            input: 'outputs',
            line: spec.line,
            hint: 'Name a file, e.g. type=docker,dest=image.tar.',
        });
    }
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dest), { recursive: true });
    const tmp = `${dest}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.randomBytes)(4).toString('hex')}`;
    const [first, ...more] = refs;
    const args = ['--insecure-policy', 'copy', '--quiet', ...more.flatMap((r) => ['--additional-tag', r]), `oci:${report.layout}:${report.tags[0] ?? 'latest'}`];
    args.push(first === undefined ? `docker-archive:${tmp}` : `docker-archive:${tmp}:${first}`);
    try {
        const r = await (0,_shared_src_process_js__WEBPACK_IMPORTED_MODULE_10__/* .run */ .e)('skopeo', args, { env: containersEnv(env), maxBuffer: 256 * 1024 });
        if (r.code !== 0) {
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('BUILDER', `writing the docker-archive ${dest} failed: ${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_9__/* .preview */ .VH)(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
                input: 'outputs',
                line: spec.line,
            });
        }
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(tmp, dest);
    }
    catch (e) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(tmp, { force: true }).catch(() => undefined);
        if ((0,_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isPipelineError */ .h$)(e) && e.code === 'NOT_FOUND') {
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('NOT_FOUND', 'type=docker,dest needs skopeo, which is not installed here', {
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
function loadPlatform(platforms, hostArch = (0,_shared_src_builders_emulation_js__WEBPACK_IMPORTED_MODULE_6__/* .hostArchitecture */ .m4)()) {
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
        const r = await (0,_shared_src_process_js__WEBPACK_IMPORTED_MODULE_10__/* .run */ .e)('skopeo', ['--insecure-policy', ...choose, 'copy', '--quiet', source, `containers-storage:${name}`], {
            env: containersEnv(env),
            maxBuffer: 256 * 1024,
        }).catch((e) => {
            if ((0,_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isPipelineError */ .h$)(e) && e.code === 'NOT_FOUND') {
                throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('NOT_FOUND', 'load needs skopeo, which is not installed here', {
                    input: 'load',
                    hint: 'Install skopeo (apt-get install skopeo; GitHub-hosted Ubuntu runners have it), or drop load and use the layout output.',
                });
            }
            throw e;
        });
        if (r.code !== 0) {
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('BUILDER', `loading the image into containers-storage as ${name} failed: ${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_9__/* .preview */ .VH)(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
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
            const { pushImage } = await __webpack_require__.e(/* import() */ 9029).then(__webpack_require__.bind(__webpack_require__, 79029));
            out.pushed = await pushImage({
                images: [report.layout],
                destinations: refs,
                // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
                ...(0,_shared_src_registry_client_connect_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .connectOptions */ .jN)(connect, { mask: (s) => io.mask(s) }),
                onProgress: (e) => logPush(io, e),
            });
            await io.summary((0,_shared_src_report_summary_push_js__WEBPACK_IMPORTED_MODULE_12__/* .distributeSummary */ .K)(out.pushed));
            (0,_shared_src_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_7__/* .assertDistributed */ .e)(out.pushed);
            io.info(`Pushed ${report.digest} to ${refs.join(', ')}`);
        }
    }
    catch (e) {
        out.error = (0,_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isPipelineError */ .h$)(e) ? e : new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INTERNAL', (0,_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .messageOf */ .bD)(e), { cause: e });
    }
    return out;
}


/***/ })

};
