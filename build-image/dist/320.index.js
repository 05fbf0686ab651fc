export const id = 320;
export const ids = [320];
export const modules = {

/***/ 7652:
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


/***/ }),

/***/ 1200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NJ: () => (/* binding */ architectureOf),
/* harmony export */   iJ: () => (/* binding */ platformsLackingEmulation),
/* harmony export */   m4: () => (/* binding */ hostArchitecture),
/* harmony export */   yA: () => (/* binding */ binfmtHandlers),
/* harmony export */   z2: () => (/* binding */ emulationError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3904);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3754);
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

/***/ 3754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   He: () => (/* binding */ buildFailure),
/* harmony export */   fH: () => (/* binding */ EMULATION_HINT),
/* harmony export */   nL: () => (/* binding */ isCachePushFailure)
/* harmony export */ });
/* unused harmony exports failurePoint, builderMessage, isExecFormatError, registryFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4659);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7652);
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


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   PD: () => (/* binding */ selectRoot),
/* harmony export */   mX: () => (/* binding */ walkDescriptors)
/* harmony export */ });
/* unused harmony exports readManifest, readIndex, readConfig, platformOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7043);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9949);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9140);
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

/***/ 7043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   Al: () => (/* binding */ OciLayout),
/* harmony export */   YW: () => (/* binding */ checkDescriptor),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   s1: () => (/* binding */ LayoutWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(617);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3904);
/* harmony import */ var _pipe_to_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9892);
/* harmony import */ var _pipe_through_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9259);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8301);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9949);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5512);
/**
 * Reading and writing an OCI image layout (image-spec image-layout.md):
 * `oci-layout`, `index.json`, `blobs/<alg>/<encoded>`. The writer works in a
 * sibling temporary folder and renames it into place at the end, so a failed
 * build never leaves a half-written layout at the output path.
 */











const LAYOUT_VERSION = '1.0.0';
function blobPath(root, digest) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, 'blobs', (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .algorithmOf */ .Hy)(digest), (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .encodedOf */ .EX)(digest));
}
/** Parse and check an index.json; exported for tests and for archive readers. */
function parseIndex(text, where, input) {
    try {
        return parseIndexUnchecked(text, where);
    }
    catch (e) {
        if (input === undefined || !(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC(e.code, e.reason, { input, cause: e });
    }
}
function parseIndexUnchecked(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} is not valid JSON: ${e.message}`, { file: where });
    }
    const index = value;
    if (typeof index !== 'object' || index === null || index.schemaVersion !== 2 || !Array.isArray(index.manifests)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} is not an image index (schemaVersion 2 with a manifests list)`, { file: where });
    }
    for (const [i, d] of index.manifests.entries())
        checkDescriptor(d, `${where} manifests[${i}]`);
    return index;
}
/** A descriptor from untrusted JSON: digest well formed, size a non-negative integer. */
function checkDescriptor(d, where) {
    const desc = d;
    if (typeof desc !== 'object' || desc === null || typeof desc.mediaType !== 'string' || typeof desc.digest !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} is not a descriptor (mediaType, digest, size)`);
    }
    const parsed = (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .parseDigest */ .m)(desc.digest);
    if (!parsed.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where}: ${parsed.error.reason}`);
    if (typeof desc.size !== 'number' || !Number.isSafeInteger(desc.size) || desc.size < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `${where} has no valid size`);
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
            stat = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(dir);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('NOT_FOUND', `the OCI image layout '${dir}' does not exist`, {
                ...ctx,
                hint: "Pass build-image's 'layout' output, or a folder written by `skopeo copy ... oci:<dir>`.",
            });
        }
        if (!stat.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('INPUT', `'${dir}' is a file, not an OCI image layout folder`, {
                ...ctx,
                hint: "For a tarball write 'oci-archive:<file>' or 'docker-archive:<file>'.",
            });
        }
        let layoutText;
        try {
            layoutText = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'oci-layout'), 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `'${dir}' is not an OCI image layout: it has no oci-layout file`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `'${dir}/oci-layout' does not declare imageLayoutVersion 1.x`, ctx);
        }
        const indexPath = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'index.json');
        let indexText;
        try {
            indexText = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(indexPath, 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `'${dir}' is not an OCI image layout: it has no index.json`, ctx);
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
            return (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(this.blobPath(digest))).isFile();
        }
        catch {
            return false;
        }
    }
    async statBlob(desc) {
        let size;
        try {
            size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(this.blobPath(desc.digest))).size;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('NOT_FOUND', `blob ${desc.digest} (${desc.mediaType}) is missing from ${this.name}`, {
                hint: 'The layout is incomplete; rebuild it or copy it again.',
            });
        }
        if (size !== desc.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('SIZE_MISMATCH', `blob ${desc.digest} in ${this.name} has ${size} bytes, its descriptor says ${desc.size}`, {
                hint: 'The layout is corrupt; rebuild it or copy it again.',
            });
        }
    }
    async openBlob(desc) {
        await this.statBlob(desc);
        const verify = new _digest_js__WEBPACK_IMPORTED_MODULE_8__/* .VerifyingStream */ .SC(desc, `blob ${desc.digest} in ${this.name}`);
        // Read into reused 1 MiB buffers (chunk-pool.ts): an upload hands each back once its sockets took it.
        const file = (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .readPooled */ .E0)(this.blobPath(desc.digest), _chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .blobChunks */ .M5);
        // A consumer that stops early (a failed upload destroys its body) closes the file too.
        return (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .lendsAs */ .d8)((0,_pipe_through_js__WEBPACK_IMPORTED_MODULE_7__/* .pipeThrough */ .W)(file, verify), file);
    }
    async readBlob(desc) {
        if (desc.size > _source_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_JSON_BLOB */ .O) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('LAYOUT', `blob ${desc.digest} (${desc.mediaType}) in ${this.name} is ${desc.size} bytes, too large to read whole`);
        }
        await this.statBlob(desc);
        const data = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(this.blobPath(desc.digest));
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyBytes */ .RV)(data, desc, `blob ${desc.digest} in ${this.name}`);
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
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), { recursive: true });
        const tmp = `${abs}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(4).toString('hex')}`;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, 'blobs', 'sha256'), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp, 'oci-layout'), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
        return new LayoutWriter(abs, tmp);
    }
    /** Write bytes as a blob; returns its descriptor. */
    async writeBytes(data, mediaType, extra = {}) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .digestBytes */ .QN)(bytes);
        const target = blobPath(this.tmp, digest);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(target, bytes);
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
        const partial = node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.tmp, `.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(6).toString('hex')}`);
        const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_8__/* .DigestCounter */ .VR(expected === undefined ? 'sha256' : (0,_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .algorithmOf */ .Hy)(expected.digest));
        const count = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            transform(chunk, _enc, cb) {
                counter.update(chunk);
                cb(null, chunk);
            },
        });
        try {
            await (0,_pipe_to_file_js__WEBPACK_IMPORTED_MODULE_6__/* .pipeToFile */ .u)(partial, { flags: 'wx' }, stream, count);
        }
        catch (e) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(partial, { force: true });
            throw e;
        }
        const digest = counter.digest();
        if (expected !== undefined && (digest !== expected.digest || counter.size !== expected.size)) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(partial, { force: true });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PipelineError */ .zC('DIGEST_MISMATCH', `blob written as ${expected.digest} (${expected.size} bytes) hashed to ${digest} (${counter.size} bytes)`);
        }
        const target = blobPath(this.tmp, digest);
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target), { recursive: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename(partial, target);
        return { ...extra, mediaType, digest, size: counter.size };
    }
    /** Copy a blob from another source, verified on the way. */
    async copyBlob(from, desc) {
        if (await this.hasBlob(desc.digest))
            return;
        await this.writeStream(await from.openBlob(desc), desc.mediaType, desc);
    }
    async hasBlob(digest) {
        return node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(blobPath(this.tmp, digest)).then(() => true, () => false);
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
        const index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_9__/* .MediaType */ .zu.OciIndex, manifests: this.manifests };
        if (this.annotations !== undefined)
            index.annotations = this.annotations;
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.tmp, 'index.json'), JSON.stringify(index));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(this.dir, { recursive: true, force: true });
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename(this.tmp, this.dir);
        return this.dir;
    }
    async abort() {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(this.tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 9949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $v: () => (/* binding */ isConfigMediaType),
/* harmony export */   CM: () => (/* binding */ isManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony export layerCompression */
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

/***/ 5512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ MAX_JSON_BLOB)
/* harmony export */ });
/** Manifests and configs are small; the distribution spec lets registries refuse manifests over 4 MiB. */
const MAX_JSON_BLOB = 4 * 1024 * 1024;


/***/ }),

/***/ 9140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ platformString),
/* harmony export */   Y: () => (/* binding */ Annotation)
/* harmony export */ });
/** Annotation keys of the image spec (annotations.md) that we read or write. */
const Annotation = {
    RefName: 'org.opencontainers.image.ref.name',
    Created: 'org.opencontainers.image.created',
    Source: 'org.opencontainers.image.source',
    Revision: 'org.opencontainers.image.revision',
    Version: 'org.opencontainers.image.version',
    Title: 'org.opencontainers.image.title',
    Description: 'org.opencontainers.image.description',
    Url: 'org.opencontainers.image.url',
    Licenses: 'org.opencontainers.image.licenses',
    BaseName: 'org.opencontainers.image.base.name',
    BaseDigest: 'org.opencontainers.image.base.digest',
};
const platformString = (p) => `${p.os}/${p.architecture}${p.variant !== undefined && p.variant !== '' ? `/${p.variant}` : ''}`;


/***/ }),

/***/ 9259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ pipeThrough)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one way we feed a stream through another that a reader then takes (a digest verifier, a filter): the two
 * tied, each side's end reaching the other.
 *
 * - An error of the source fails `into`, and the reader sees it there. pipeline's own listeners keep it from being
 *   thrown at the process before the reader listens.
 * - A reader that hangs up on `into` (destroys it) destroys the source as well: its file closes, its connection is
 *   freed. `source.pipe(into)` only unpipes on a hang-up: a file read stays open, and a network body fed by 'data'
 *   stays paused, its connection held until the request's deadline (a paused reader is no stall: transport/http.ts).
 *
 * Not for a chain whose source must outlive a failed stage: layer-stream.ts ties its own, because after a gzip or
 * tar error it drains the rest of the blob through the blob's verifier, so a wrong blob is reported as that.
 */

function pipeThrough(source, into) {
    // Nothing to do at the end: the reader of `into` sees its end or its error.
    (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(source, into, () => undefined);
    return into;
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ pipeToFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one way we stream into a file: open it first, then pipe.
 *
 * fs.createWriteStream opens its file in the background. When the pipeline feeding it fails first (a download
 * cut off, a digest that does not match), the pipeline rejects before that open lands: with a fetch body cut
 * midway, 6 runs in 300 here. A cleanup that runs on the rejection (`rm` of the partial file) then misses the
 * file the open creates a moment later, and a `.part` is left behind; with flags 'w', a late open truncates
 * the file a retry is already writing. Opening first makes "the file exists" true before any byte can fail,
 * so the caller's cleanup always sees what it must remove.
 */


/**
 * Stream `source` through `transforms` into `file`, opened (and so created) before the first byte moves.
 * The streams must not be flowing yet (no 'data' listener): bytes that flow while the file opens are lost.
 * On any failure, the open's included, every stream given is destroyed and the error thrown; the file, when
 * the open made it, is the caller's to remove.
 */
async function pipeToFile(file, opts, source, ...transforms) {
    const streams = [source, ...transforms];
    // While the file opens nothing listens yet: a body cut in that moment would emit an 'error' the process throws.
    // pipeline then finds the stream destroyed and rejects with its error.
    const held = () => undefined;
    for (const s of streams)
        s.on('error', held);
    try {
        let handle;
        try {
            handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open(file, opts.flags, opts.mode ?? 0o666);
        }
        catch (e) {
            for (const s of streams)
                s.destroy();
            throw e;
        }
        // The write stream closes the handle when it ends or fails. pipeline takes streamx readables as it takes
        // Node's (it looks for pipe and on); its array overload's type does not say so.
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)([source, ...transforms, handle.createWriteStream()]);
    }
    finally {
        for (const s of streams)
            s.removeListener('error', held);
    }
}


/***/ }),

/***/ 6994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ usesPlainHttp)
/* harmony export */ });
/* unused harmony export isLoopbackRegistry */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5698);
/**
 * Which registries are spoken to over plain HTTP: loopback hosts (localhost,
 * the whole 127.0.0.0/8, ::1), where traffic never leaves the machine, and
 * those the user listed in `insecure-registries`. Everything else is HTTPS.
 * The one rule: the registry client, the connect layer and the container
 * runtime's pull flags (test-image) all ask here.
 */


/** The host of `host[:port]`, `[v6]:port` or a bare IPv6 address, lower case, without brackets. */
function hostOf(registry) {
    const text = registry.trim().toLowerCase();
    if (text.startsWith('[')) {
        const end = text.indexOf(']');
        return end < 0 ? text : text.slice(1, end);
    }
    // More than one ':' and no brackets: a bare IPv6 address, which has no port.
    if (text.indexOf(':') !== text.lastIndexOf(':'))
        return text;
    const colon = text.indexOf(':');
    return colon < 0 ? text : text.slice(0, colon);
}
/** Whether a registry host[:port] is this machine: localhost, 127.0.0.0/8 or ::1. */
function isLoopbackRegistry(registry) {
    const host = hostOf(registry);
    if (host === 'localhost')
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(host))
        return host.startsWith('127.');
    return host === '::1' || host === '0:0:0:0:0:0:0:1';
}
/** Plain HTTP only for loopback hosts and those the user named insecure (names compared normalised). */
function usesPlainHttp(registry, insecure = []) {
    if (isLoopbackRegistry(registry))
        return true;
    const name = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRegistry */ .l5)(registry);
    return insecure.some((i) => (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRegistry */ .l5)(i) === name);
}


/***/ })

};
