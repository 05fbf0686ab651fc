export const id = 1154;
export const ids = [1154];
export const modules = {

/***/ 43811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadPlatform: () => (/* binding */ loadPlatform),
/* harmony export */   publish: () => (/* binding */ publish),
/* harmony export */   rootDescriptor: () => (/* binding */ rootDescriptor)
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
/* harmony import */ var _shared_src_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79588);
/* harmony import */ var _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33904);
/* harmony import */ var _shared_src_oci_layout_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87043);
/* harmony import */ var _shared_src_preview_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24659);
/* harmony import */ var _shared_src_process_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(92402);
/* harmony import */ var _shared_src_registry_client_connect_inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5127);
/* harmony import */ var _shared_src_report_summary_push_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(50725);
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














/** The layout's root (manifest or index) descriptor without the layout's ref-name annotation: build-push-action's `containerimage.descriptor`. */
async function rootDescriptor(layout) {
    const root = (await (await _shared_src_oci_layout_js__WEBPACK_IMPORTED_MODULE_9__/* .OciLayout */ .Al.open(layout)).roots())[0];
    if (root === undefined)
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INTERNAL', `the layout ${layout} has no image`);
    const { annotations: _annotations, ...rest } = root;
    return rest;
}
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
    const done = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.pipeline)(pack, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file, { mode: 0o644 }));
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
    const refuse = (what) => new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INPUT', `input 'outputs' line ${spec.line}: dest '${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_10__/* .preview */ .VH)(spec.dest, { max: 120, redact: false })}' ${what}`, {
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
        throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INPUT', `input 'outputs' line ${spec.line}: dest '${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_10__/* .preview */ .VH)(spec.dest, { max: 120, redact: false })}' is not a file`, {
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
        const r = await (0,_shared_src_process_js__WEBPACK_IMPORTED_MODULE_11__/* .run */ .e)('skopeo', args, { env: containersEnv(env), maxBuffer: 256 * 1024 });
        if (r.code !== 0) {
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('BUILDER', `writing the docker-archive ${dest} failed: ${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_10__/* .preview */ .VH)(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
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
        const r = await (0,_shared_src_process_js__WEBPACK_IMPORTED_MODULE_11__/* .run */ .e)('skopeo', ['--insecure-policy', ...choose, 'copy', '--quiet', source, `containers-storage:${name}`], {
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
            throw new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('BUILDER', `loading the image into containers-storage as ${name} failed: ${(0,_shared_src_preview_js__WEBPACK_IMPORTED_MODULE_10__/* .preview */ .VH)(r.stderr.trim().split('\n').pop() ?? '', { max: 300 })}`, {
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
                ...(0,_shared_src_registry_client_connect_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .connectOptions */ .jN)(connect, { mask: (s) => io.mask(s) }),
                onProgress: (e) => logPush(io, e),
            });
            await io.summary((0,_shared_src_report_summary_push_js__WEBPACK_IMPORTED_MODULE_13__/* .distributeSummary */ .K)(out.pushed));
            (0,_shared_src_distribute_distribute_js__WEBPACK_IMPORTED_MODULE_7__/* .assertDistributed */ .e)(out.pushed);
            io.info(`Pushed ${report.digest} to ${refs.join(', ')}`);
        }
    }
    catch (e) {
        out.error = (0,_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isPipelineError */ .h$)(e) ? e : new _shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .PipelineError */ .zC('INTERNAL', (0,_shared_src_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .messageOf */ .bD)(e), { cause: e });
    }
    return out;
}


/***/ }),

/***/ 67652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ targetStage),
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   E: () => (/* binding */ stageReads),
/* harmony export */   IP: () => (/* binding */ baseImageOf),
/* harmony export */   KV: () => (/* binding */ runsPrograms),
/* harmony export */   e0: () => (/* binding */ externalImages),
/* harmony export */   ml: () => (/* binding */ stageRef),
/* harmony export */   sA: () => (/* binding */ instructionAt),
/* harmony export */   xB: () => (/* binding */ neededStages)
/* harmony export */ });
/* unused harmony exports parseArg, expandArgs, fromScope */
/**
 * Just enough of a Dockerfile parser to know what the builder will do before
 * it runs, and to point at a line when it fails: instructions with their line
 * numbers, stages, which stages the target needs, whether those run programs
 * (a foreign platform then needs an emulator), and which external image the
 * result is based on. Builders do not print Dockerfile line numbers (buildah
 * 1.28 prints "STEP 3/7: RUN ..."), so the line comes from this model.
 */
/** Parse the text of a Dockerfile/Containerfile. Never throws: the builder judges validity. */
function parseDockerfile(text) {
    const lines = text.split(/\r?\n/);
    const escape = escapeDirective(lines);
    const instructions = [];
    let current;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const trimmed = raw.trim();
        if (current === undefined) {
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            current = { parts: [], line: i + 1 };
        }
        else if (trimmed.startsWith('#') || trimmed === '') {
            // Comment and empty lines inside a continuation are skipped.
            continue;
        }
        const continues = trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape);
        current.parts.push(continues ? trimmed.slice(0, -1).trim() : trimmed);
        if (!continues) {
            // Heredocs (`RUN <<EOF` ... `EOF`): their body lines belong to the instruction, not new ones.
            for (const m of trimmed.matchAll(HEREDOC)) {
                const delimiter = m[3];
                const body = [];
                while (i + 1 < lines.length && lines[i + 1].trim() !== delimiter)
                    body.push(lines[++i]);
                i++; // the delimiter line
                current.parts.push(body.join('\n'));
            }
            instructions.push(toInstruction(current.parts.join(' '), current.line));
            current = undefined;
        }
    }
    if (current !== undefined)
        instructions.push(toInstruction(current.parts.join(' '), current.line));
    const globalArgs = new Map();
    const stages = [];
    for (const ins of instructions) {
        if (ins.keyword === 'FROM') {
            const { image, name } = parseFrom(ins.args);
            const stage = { index: stages.length, from: image, instructions: [ins] };
            if (name !== undefined)
                stage.name = name.toLowerCase();
            stages.push(stage);
        }
        else if (stages.length === 0) {
            if (ins.keyword === 'ARG')
                for (const [k, v] of parseArg(ins.args))
                    globalArgs.set(k, v);
        }
        else {
            stages[stages.length - 1].instructions.push(ins);
        }
    }
    return { globalArgs, stages };
}
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
function escapeDirective(lines) {
    for (const l of lines) {
        const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l.trim());
        if (m === null)
            break; // directives only at the very top
        if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            return m[2];
    }
    return '\\';
}
function toInstruction(text, line) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
    return { keyword: (m?.[1] ?? '').toUpperCase(), args: (m?.[2] ?? '').trim(), line };
}
function parseFrom(args) {
    const words = args.split(/\s+/).filter((w) => w !== '' && !w.startsWith('--'));
    const image = words[0] ?? '';
    const as = words.findIndex((w) => w.toLowerCase() === 'as');
    return as > 0 && words[as + 1] !== undefined ? { image, name: words[as + 1] } : { image };
}
/** `ARG a=1 b` as [name, default] pairs, in order (no default: undefined). */
function parseArg(args) {
    return args
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => {
        const eq = w.indexOf('=');
        return eq < 0 ? [w, undefined] : [w.slice(0, eq), unquote(w.slice(eq + 1))];
    });
}
const unquote = (s) => (/^(["']).*\1$/.test(s) ? s.slice(1, -1) : s);
/** Expand `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` as the FROM line does. */
function expandArgs(text, vars) {
    return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, op, word, bare) => {
        const name = (braced ?? bare);
        const value = vars.get(name);
        if (op === '-')
            return value === undefined || value === '' ? (word ?? '') : value;
        if (op === '+')
            return value === undefined || value === '' ? '' : (word ?? '');
        return value ?? '';
    });
}
/** The stage `target` names (by name or index), or the last stage. */
function targetStage(df, target) {
    if (target === undefined || target === '')
        return df.stages[df.stages.length - 1];
    const t = target.toLowerCase();
    return df.stages.find((s) => s.name === t) ?? (/^\d+$/.test(t) ? df.stages[Number(t)] : undefined);
}
/** The earlier stage `ref` names (by name or index), if any: a stage may only read stages above it. */
function stageRef(df, ref, before) {
    const r = ref.toLowerCase();
    const named = df.stages.find((s) => s.index < before && s.name === r);
    if (named !== undefined)
        return named;
    return /^\d+$/.test(r) && Number(r) < before ? df.stages[Number(r)] : undefined;
}
/** The variables a FROM line sees: the global ARGs (before the first FROM), each overridden by a build-arg of its name. */
function fromScope(df, buildArgs) {
    const vars = new Map(df.globalArgs);
    for (const [k, v] of buildArgs)
        if (vars.has(k))
            vars.set(k, v);
    return vars;
}
const FROM_FLAG = /--(?:from|mount=[^\s]*?\bfrom)=([^\s,]+)/g;
/**
 * What one stage reads, ARGs expanded as the builder expands them: its FROM with the global ARGs, each
 * `COPY --from=` / `RUN --mount=...,from=` also with the stage's own ARGs declared above it (`ARG S=x`, or
 * `ARG S` taking the global default), each overridden by a build-arg of its name (buildah 1.28, checked by
 * hand for images). A name may be an image, an earlier stage (stageRef) or scratch; the caller tells which. Pure.
 */
function stageReads(df, stage, buildArgs) {
    const global = fromScope(df, buildArgs);
    const out = [expandArgs(stage.from, global)];
    const scope = new Map(global);
    for (const ins of stage.instructions.slice(1)) {
        if (ins.keyword === 'ARG') {
            for (const [k, v] of parseArg(ins.args))
                scope.set(k, buildArgs.get(k) ?? (v !== undefined ? expandArgs(v, scope) : df.globalArgs.get(k)));
            continue;
        }
        for (const m of ins.args.matchAll(FROM_FLAG))
            out.push(expandArgs(m[1], scope));
    }
    return out;
}
/**
 * The stages building `target` needs: its FROM chain and every `COPY --from` / `--mount=from` stage, transitively,
 * a stage named through an ARG (`ARG STAGE=builder` then `COPY --from=$STAGE`, or `FROM ${BASE}`) included, as
 * buildah follows it since 1.30 (global ARGs, containers/buildah#4578) and with a stage's own ARGs (#6730).
 * buildah 1.28 skips such a stage and then fails on the name as an image ("no stage or image found with that
 * name", checked by hand), so following it there costs nothing; BuildKit refuses ARGs in --from. Pure.
 */
function neededStages(df, target, buildArgs = new Map()) {
    const start = targetStage(df, target);
    if (start === undefined)
        return [];
    const seen = new Set();
    const visit = (s) => {
        if (seen.has(s.index))
            return;
        seen.add(s.index);
        for (const r of stageReads(df, s, buildArgs)) {
            const dep = stageRef(df, r, s.index);
            if (dep !== undefined)
                visit(dep);
        }
    };
    visit(start);
    return df.stages.filter((s) => seen.has(s.index));
}
/** Whether any needed stage runs a program (RUN), which needs an emulator on a foreign platform. */
function runsPrograms(df, target, buildArgs = new Map()) {
    return neededStages(df, target, buildArgs).some((s) => s.instructions.some((i) => i.keyword === 'RUN'));
}
/**
 * The external image the target is built on, following FROM through earlier
 * stages: a name, 'scratch', or undefined when it cannot be told (no stages).
 */
function baseImageOf(df, target, buildArgs) {
    let stage = targetStage(df, target);
    const vars = fromScope(df, buildArgs);
    for (let hops = 0; stage !== undefined && hops <= df.stages.length; hops++) {
        const from = expandArgs(stage.from, vars);
        const dep = stageRef(df, from, stage.index);
        if (dep === undefined)
            return from.toLowerCase() === 'scratch' ? 'scratch' : from;
        stage = dep;
    }
    return undefined;
}
/** Every external (non-stage, non-scratch) image named by a needed FROM, expanded. */
function externalImages(df, target, buildArgs) {
    const vars = fromScope(df, buildArgs);
    const out = new Set();
    for (const s of neededStages(df, target, buildArgs)) {
        const from = expandArgs(s.from, vars);
        if (from.toLowerCase() !== 'scratch' && stageRef(df, from, s.index) === undefined)
            out.add(from);
    }
    return [...out];
}
/**
 * The instruction a builder names by stage and step (both 1-based, the FROM is
 * step 1), checked against the keyword it printed; falls back to the first
 * instruction whose text matches.
 */
function instructionAt(df, where) {
    const keyword = where.text?.trim().split(/\s+/)[0]?.toUpperCase();
    if (where.step !== undefined) {
        const stage = df.stages[(where.stage ?? 1) - 1];
        const ins = stage?.instructions[where.step - 1];
        if (ins !== undefined && (keyword === undefined || ins.keyword === keyword))
            return ins;
    }
    if (where.text !== undefined) {
        const norm = (s) => s.replace(/\s+/g, ' ').trim().toUpperCase();
        const want = norm(where.text);
        const all = df.stages.flatMap((s) => s.instructions);
        return (all.find((i) => norm(`${i.keyword} ${i.args}`) === want) ??
            all.find((i) => want.startsWith(norm(`${i.keyword} ${i.args}`).slice(0, 40)) && i.keyword === keyword));
    }
    return undefined;
}


/***/ })

};
