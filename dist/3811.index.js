export const id = 3811;
export const ids = [3811];
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
/* harmony export */   EF: () => (/* binding */ parseArg),
/* harmony export */   IP: () => (/* binding */ baseImageOf),
/* harmony export */   KV: () => (/* binding */ runsPrograms),
/* harmony export */   S_: () => (/* binding */ expandArgs),
/* harmony export */   e0: () => (/* binding */ externalImages),
/* harmony export */   sA: () => (/* binding */ instructionAt),
/* harmony export */   xB: () => (/* binding */ neededStages)
/* harmony export */ });
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
function stageRef(df, ref, before) {
    const r = ref.toLowerCase();
    const named = df.stages.find((s) => s.index < before && s.name === r);
    if (named !== undefined)
        return named;
    return /^\d+$/.test(r) && Number(r) < before ? df.stages[Number(r)] : undefined;
}
/** The stages building `target` needs: its FROM chain and every `COPY --from` / `--mount=from` stage, transitively. */
function neededStages(df, target) {
    const start = targetStage(df, target);
    if (start === undefined)
        return [];
    const seen = new Set();
    const visit = (s) => {
        if (seen.has(s.index))
            return;
        seen.add(s.index);
        const refs = [s.from];
        for (const ins of s.instructions) {
            for (const m of ins.args.matchAll(/--(?:from|mount=[^\s]*?\bfrom)=([^\s,]+)/g))
                refs.push(m[1]);
        }
        for (const r of refs) {
            const dep = stageRef(df, r, s.index);
            if (dep !== undefined)
                visit(dep);
        }
    };
    visit(start);
    return df.stages.filter((s) => seen.has(s.index));
}
/** Whether any needed stage runs a program (RUN), which needs an emulator on a foreign platform. */
function runsPrograms(df, target) {
    return neededStages(df, target).some((s) => s.instructions.some((i) => i.keyword === 'RUN'));
}
/**
 * The external image the target is built on, following FROM through earlier
 * stages: a name, 'scratch', or undefined when it cannot be told (no stages).
 */
function baseImageOf(df, target, buildArgs) {
    let stage = targetStage(df, target);
    const vars = new Map(df.globalArgs);
    for (const [k, v] of buildArgs)
        if (vars.has(k))
            vars.set(k, v);
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
    const vars = new Map(df.globalArgs);
    for (const [k, v] of buildArgs)
        if (vars.has(k))
            vars.set(k, v);
    const out = new Set();
    for (const s of neededStages(df, target)) {
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


/***/ }),

/***/ 71200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ architectureOf),
/* harmony export */   iJ: () => (/* binding */ platformsLackingEmulation),
/* harmony export */   m4: () => (/* binding */ hostArchitecture),
/* harmony export */   yA: () => (/* binding */ binfmtHandlers),
/* harmony export */   z2: () => (/* binding */ emulationError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33904);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43754);
/**
 * Before building for a foreign platform: if the target's stages RUN
 * programs, the kernel needs a binfmt_misc handler (qemu) for that
 * architecture, or the build dies halfway with "exec format error". We check
 * first and fail with the fix. A FROM scratch + COPY image needs none.
 */



/** OCI architecture -> the name qemu's binfmt handlers use (qemu-<name>). */
const QEMU_ARCH = {
    amd64: 'x86_64',
    '386': 'i386',
    arm64: 'aarch64',
    arm: 'arm',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    mips64le: 'mips64el',
    loong64: 'loongarch64',
};
/** Node's process.arch -> OCI architecture. */
const hostArchitecture = (nodeArch = process.arch) => ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' })[nodeArch] ?? nodeArch;
/** Architectures a host runs natively besides its own. */
const NATIVE_ALSO = { amd64: ['386'], arm64: ['arm'] };
const architectureOf = (platform) => platform.split('/')[1] ?? '';
/** Pure: the platforms that would need an emulator we lack. */
function platformsLackingEmulation(platforms, hostArch, runsPrograms, handlers) {
    if (!runsPrograms)
        return [];
    return platforms.filter((p) => {
        const arch = architectureOf(p);
        if (arch === hostArch || (NATIVE_ALSO[hostArch] ?? []).includes(arch))
            return false;
        const qemu = QEMU_ARCH[arch] ?? arch;
        return !handlers.some((h) => h === `qemu-${qemu}` || h.startsWith(`qemu-${qemu}-`));
    });
}
/** Enabled binfmt_misc handlers on this machine (empty when binfmt_misc is not mounted). */
async function binfmtHandlers(dir = '/proc/sys/fs/binfmt_misc') {
    const names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(dir).catch(() => []);
    const out = [];
    for (const n of names) {
        if (n === 'register' || n === 'status')
            continue;
        const text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(`${dir}/${n}`, 'utf8').catch(() => '');
        if (text.startsWith('enabled'))
            out.push(n);
    }
    return out;
}
function emulationError(missing, file) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('EMULATION', `building for ${missing.join(', ')} runs RUN steps for a foreign architecture, and this machine has no emulator for it (no qemu handler in /proc/sys/fs/binfmt_misc)`, {
        input: 'platforms',
        file,
        hint: _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .EMULATION_HINT */ .fH,
    });
}


/***/ }),

/***/ 43754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ buildFailure),
/* harmony export */   fH: () => (/* binding */ EMULATION_HINT),
/* harmony export */   nL: () => (/* binding */ isCachePushFailure)
/* harmony export */ });
/* unused harmony exports failurePoint, builderMessage, isExecFormatError, registryFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24659);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67652);
/**
 * Turning a builder's output into an error a user can act on: its own message
 * (the last `Error:` lines, else the tail), the Dockerfile line it failed at,
 * and whether it failed because a foreign-platform program could not execute.
 * Pure over the captured text, so every shape we have seen is a unit test.
 */



const STEP_LINE = /^(?:\[(\d+)\/\d+\] )?STEP (\d+)\/\d+: (.*)$/;
/** buildah/podman: `[2/3] STEP 4/7: RUN make`; buildx: `Dockerfile:12` and `> [stage 2/3] RUN make`. */
function failurePoint(output) {
    const lines = output.split(/\r?\n/);
    let point;
    for (const l of lines) {
        const step = STEP_LINE.exec(l);
        if (step !== null) {
            point = { step: Number(step[2]), text: step[3] };
            if (step[1] !== undefined)
                point.stage = Number(step[1]);
        }
    }
    // buildah names the failing step again in its error; prefer that when the last STEP line disagrees.
    const at = [...output.matchAll(/building at STEP "([^"]*)"/g)].pop()?.[1];
    if (at !== undefined && (point?.text === undefined || !sameInstruction(point.text, at)))
        point = { text: at };
    const unknown = /Original:"([^"]*)"/.exec(output)?.[1];
    if (unknown !== undefined && /Unknown instruction/i.test(output))
        point = { ...(point ?? {}), text: unknown };
    const buildxLine = [...output.matchAll(/(?:^|\s)[\w./-]*(?:Dockerfile|Containerfile)[\w.-]*:(\d+)\s*$/gim)].pop()?.[1];
    if (buildxLine !== undefined)
        point = { ...(point ?? {}), line: Number(buildxLine) };
    return point;
}
const NOISE = [/^subprocess exited with status \d+$/, /^process exited with error: exec: not started$/, /level=error msg="\+\(UNHANDLED LOGLEVEL\)/];
const sameInstruction = (a, b) => a.trim().split(/\s+/)[0]?.toUpperCase() === b.trim().split(/\s+/)[0]?.toUpperCase();
/**
 * The builder's own words: what it printed after the failing step began (the
 * failing program's stderr and the builder's `Error:` line), at most
 * `maxLines`, else the tail of its output.
 */
function builderMessage(output, maxLines = 8) {
    const lines = output
        // buildah glues its own status messages onto the end of the failing program's last line.
        .replace(/(?<=\S)(process exited with error: |subprocess exited with status )/g, '\n$1')
        .split(/\r?\n/)
        .map((l) => l.trimEnd())
        .filter((l) => l !== '' && !NOISE.some((n) => n.test(l)));
    let lastStep = -1;
    lines.forEach((l, i) => {
        if (STEP_LINE.test(l))
            lastStep = i;
    });
    const after = lines.slice(lastStep + 1);
    const chosen = (after.length > 0 ? after : lines).slice(-maxLines);
    // buildah appends a Go struct dump to some messages; it helps nobody.
    return chosen.map((l) => l.replace(/ &imagebuilder\.Step\{.*$/, '').replace(/subprocess exited with status \d+$/, '')).join('\n');
}
/** The kernel refuses a binary for another architecture when no binfmt handler is registered. */
const isExecFormatError = (output) => /exec format error/i.test(output);
const EMULATION_HINT = 'Install an emulator (`apt-get install qemu-user-static binfmt-support`, or on GitHub the docker/setup-qemu-action step), or build each platform on a native runner in a matrix and merge the layouts with distribute-image.';
/**
 * buildah/podman could not export the layer cache (`--cache-to`): the
 * registry went away after our check, or refused the push (no push
 * permission). The build itself succeeded up to there; build.ts runs it
 * again without the export.
 */
const isCachePushFailure = (output) => /failed pushing cache to/i.test(output);
/** What containers/image says when a registry wants credentials it was not given, or refused them. */
const AUTH_REFUSED = /\b(?:401|403|unauthorized|authentication required|denied|forbidden)\b/i;
/** A plain-HTTP registry spoken to over TLS, or a certificate that does not verify. */
const TLS_FAILED = /server gave HTTP response to HTTPS client|\bx509: |\btls: /i;
/**
 * The builder's final error line (containers/image's one-line error chain;
 * buildx: `ERROR: failed to solve: ...`). A failing RUN step ends in
 * `building at STEP "RUN ..."`: what its program printed is not the
 * builder speaking to a registry, whatever words it used.
 */
function finalError(output) {
    const last = output
        .split(/\r?\n/)
        .filter((l) => /^(?:Error|ERROR)[: ]/.test(l.trim()))
        .pop();
    return last === undefined || /building at STEP "/.test(last) ? undefined : last;
}
/**
 * The first of our registries the line names, as a whole host: not inside a
 * longer name (`a.io` in `data.io`) nor a port-less name of a host:port
 * (`reg.lan` in `reg.lan:5000`). Longest names first.
 */
function registryNamed(line, registries) {
    const lower = line.toLowerCase();
    const hostChar = /[a-z0-9.-]/;
    const whole = (r, i) => (i === 0 || !hostChar.test(lower[i - 1])) && !hostChar.test(lower[i + r.length] ?? ' ') && !/^:\d/.test(lower.slice(i + r.length));
    return [...registries]
        .sort((x, y) => y.length - x.length)
        .find((r) => {
        for (let i = lower.indexOf(r); i >= 0; i = lower.indexOf(r, i + 1))
            if (whole(r, i))
                return true;
        return false;
    });
}
/**
 * A build that failed because a registry refused it (wrong or missing
 * credentials, or a private image that is not there: registries answer both
 * with 401) or because it spoke TLS to a plain-HTTP registry: an error naming
 * the registry and the inputs that fix it. The registry's words are shown as a
 * short redacted preview; credentials never appear (they are in a file the
 * output does not print). Undefined for any other failure.
 */
function registryFailure(builder, output, access) {
    const line = finalError(output);
    if (line === undefined)
        return undefined;
    const tls = TLS_FAILED.exec(line);
    const found = tls ?? AUTH_REFUSED.exec(line);
    if (found === null)
        return undefined;
    const registry = registryNamed(line, access.registries);
    if (registry === undefined)
        return undefined;
    const said = (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(line.slice(found.index), { max: 120 });
    if (tls !== null) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NETWORK', `${builder} could not reach ${registry} over TLS (${said})`, {
            input: 'insecure-registries',
            hint: `If ${registry} serves plain HTTP (or a certificate that cannot be verified), list it in the 'insecure-registries' input, one host[:port] per line; loopback registries are plain HTTP already.`,
        });
    }
    const source = access.authenticated.get(registry);
    const ghcr = registry === 'ghcr.io' ? ", or pass 'github-token' (a token with packages: read)" : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('AUTH', `${builder} was refused by registry ${registry}: it ${source === undefined ? 'gave no credentials for it' : `used the credentials from ${source}`} (${said})`, {
        input: 'registry-auth',
        hint: source === undefined
            ? `Give credentials for ${registry} in the 'registry-auth' input (docker/login-action's YAML list: registry, username, password, and ecr: auto|true|false for an AWS access key pair on ECR; scope is refused)${ghcr}; also check the image name, since registries answer an unknown private image the same way.`
            : `Check the credentials for ${registry} in ${source}${ghcr}, and that the image exists and they may read it; registries answer both the same way.`,
    });
}
/**
 * The error for a failed build: the builder's message, at the Dockerfile line
 * when it can be told; a registry that refused the build or its TLS is named
 * with the inputs to fix when `access` tells which registries it spoke to.
 */
function buildFailure(builder, output, dockerfile, file, platform, access) {
    const message = builderMessage(output);
    const point = failurePoint(output);
    let line = point?.line;
    if (line === undefined && point !== undefined)
        line = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_2__/* .instructionAt */ .sA)(dockerfile, point)?.line;
    const ctx = line === undefined ? { file } : { file, line };
    const refused = access === undefined ? undefined : registryFailure(builder, output, access);
    if (refused !== undefined)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC(refused.code, refused.reason, {
            ...ctx,
            ...(refused.input !== undefined ? { input: refused.input } : {}),
            ...(refused.hint !== undefined ? { hint: refused.hint } : {}),
        });
    if (isExecFormatError(output)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('EMULATION', `${builder} could not run a program built for another architecture${platform !== undefined ? ` (building for ${platform})` : ''}: ${message}`, {
            ...ctx,
            hint: `If the program is meant for another platform: ${EMULATION_HINT}`,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('BUILDER', `${builder} build failed${platform !== undefined ? ` for ${platform}` : ''}: ${message}`, {
        ...ctx,
        hint: 'Fix the Dockerfile instruction named above, or run the same build locally to see the full log.',
    });
}


/***/ })

};
