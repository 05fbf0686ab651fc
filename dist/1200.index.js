export const id = 1200;
export const ids = [1200];
export const modules = {

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
