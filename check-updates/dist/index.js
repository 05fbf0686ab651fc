import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7262:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8374);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4575);
/** check-updates as the runner runs it: the work is in run.ts, the inputs in context.ts. */


await (0,_shared_src_action_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(_run_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XI: () => (/* binding */ action)
});

// UNUSED EXPORTS: checkUpdates, outputsOf, run

// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var inputs = __nccwpck_require__(7013);
// EXTERNAL MODULE: ./shared/src/registry/credentials/credentials.ts + 2 modules
var credentials = __nccwpck_require__(5668);
// EXTERNAL MODULE: ./shared/src/registry/credentials/registry-auth.ts
var registry_auth = __nccwpck_require__(1194);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __nccwpck_require__(5698);
// EXTERNAL MODULE: ./shared/src/result.ts
var result = __nccwpck_require__(4918);
;// CONCATENATED MODULE: ./shared/src/registry/client/connect-inputs.ts
/**
 * The registry connect options every action takes, read the same way
 * everywhere: `registry-auth` (a YAML list of docker/login-action's entries:
 * registry, username, password, ecr, scope; credentials/registry-auth.ts), `github-token` (GHCR), `insecure-registries`
 * (one host[:port] per line), and DOCKER_CONFIG. Pure over the environment; each malformed
 * value is an INPUT error naming the input. `connectOptions` turns them
 * into what clientFactory/RegistrySource take.
 */





function getConnectInputs(env) {
    // Not trimmed: YAML indentation of the first line matters.
    const registryAuth = (0,result/* unwrap */.o)((0,registry_auth/* parseRegistryAuth */.bf)((0,inputs/* getInput */.V4)(env, 'registry-auth', { trim: false })));
    const insecureRegistries = (0,inputs/* getList */.vS)(env, 'insecure-registries').map((h) => (0,result/* unwrap */.o)((0,reference/* parseRegistryHost */.TZ)(h, 'insecure-registries')));
    const out = { registryAuth, githubToken: (0,inputs/* getInput */.V4)(env, 'github-token'), insecureRegistries };
    const ecr = env.AWS_ENDPOINT_URL_ECR?.trim() ?? '';
    if (ecr !== '')
        out.ecrEndpoint = ecr;
    const ecrPublic = env.AWS_ENDPOINT_URL_ECR_PUBLIC?.trim() ?? '';
    if (ecrPublic !== '')
        out.ecrPublicEndpoint = ecrPublic;
    const dockerConfig = env.DOCKER_CONFIG ?? '';
    if (dockerConfig !== '')
        out.dockerConfig = dockerConfig;
    const forCredentials = (0,credentials/* credentialEnv */.LO)(env);
    if (Object.keys(forCredentials).length > 0)
        out.credentialEnv = forCredentials;
    return out;
}
/** The secrets among the inputs, for the runner to mask before anything is logged. */
function connectSecrets(c) {
    // Passwords, and the access key ids of ECR entries.
    const out = (0,registry_auth/* registryAuthSecrets */.hQ)(c.registryAuth);
    if (c.githubToken !== '')
        out.push(c.githubToken);
    // The session token rides in credentialEnv from the inputs on: masked as soon as it is read, not only when used.
    const session = c.credentialEnv?.AWS_SESSION_TOKEN;
    if (session !== undefined && session !== '')
        out.push(session);
    return out;
}
/**
 * The options for clientFactory / RegistrySource.open / checkImage's
 * `connect`. `mask` receives every secret found later (ECR tokens,
 * config.json entries); the rest (retry, timeouts, onRetry, connectTo)
 * passes through.
 */
function connectOptions(c, extra = {}) {
    const { mask, ...rest } = extra;
    return {
        ...rest,
        auth: {
            registryAuth: c.registryAuth,
            githubToken: c.githubToken,
            ...(c.ecrEndpoint !== undefined ? { ecrEndpoint: c.ecrEndpoint } : {}),
            ...(c.ecrPublicEndpoint !== undefined ? { ecrPublicEndpoint: c.ecrPublicEndpoint } : {}),
            ...(c.dockerConfig !== undefined ? { dockerConfigDir: c.dockerConfig } : {}),
            ...(mask !== undefined ? { mask } : {}),
            env: c.credentialEnv ?? {},
        },
        insecureRegistries: c.insecureRegistries,
    };
}

// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __nccwpck_require__(4659);
;// CONCATENATED MODULE: ./shared/src/report/markdown.ts
/**
 * Text from an image (file names, build steps, labels), a policy or a tool,
 * placed in the job summary or a check run's Markdown: the one escaping
 * function for it. GitHub renders both with GFM and a subset of HTML, so raw
 * text could add links, images, headings, tables or tags; escaped, it shows
 * as the characters it is.
 *
 * - control characters are made visible (`printable`), so a name cannot end
 *   a table row or hide behind a bidi override;
 * - `&`, `<`, `>` become entities (no tag, no entity survives);
 * - the punctuation that starts an inline construct gets a backslash, which
 *   CommonMark defines as "this character, literally": emphasis and
 *   strikethrough (`* _ ~`), code spans, links and images (`[ ]`: without
 *   an unescaped bracket no `[text](url)` or `![alt](src)` can form; a `(`
 *   right after `]` is escaped too, so `](` never appears; other
 *   parentheses, common in real text, stay as they are),
 *   table cells (`|`), math (`$`), the backslash itself, and the `:` of
 *   `://` and the `.` of `www.` that would make a link of a name.
 *   Block markers (`#`, `-`, `1.`) need none: this text never starts a line.
 * Cut to `max` characters before escaping, so a cut never splits an escape.
 */

const INLINE = /[\\`*_~[\]|$]|(?<=\])\(|:(?=\/\/)|(?<=\bwww)\./gi;
const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
function markdownText(text, max = Infinity) {
    const cut = text.length > max ? `${text.slice(0, max)}\u2026` : text;
    return (0,preview/* printable */.g$)(cut)
        .replace(INLINE, '\\$&')
        .replace(/[&<>]/g, (c) => ENTITY[c]);
}
/** Untrusted text shown as code: `<code>` with the text escaped (a backtick span could be closed by the text). */
const markdownCode = (text, max = Infinity) => `<code>${markdownText(text, max)}</code>`;

;// CONCATENATED MODULE: ./shared/src/report/summary/updates.ts

/** What the package check did, or why it was skipped: the `package-check` output and a line of the summary. */
function packageCheckNote(pk) {
    if (pk.kind === 'skipped')
        return pk.reason;
    return `checked ${pk.installed} installed ${pk.family} packages of the ${pk.platform} image against ${pk.indexes.length} package index${pk.indexes.length === 1 ? '' : 'es'}: ${pk.updates.length} with updates`;
}
/**
 * A package name or version: as code when it is made of the characters
 * Debian and Alpine allow in them (none of which can end a code span or a
 * cell), so `1.2-3~deb12u1` reads as written; anything else escaped.
 */
const token = (text) => (/^[A-Za-z0-9.+~:_-]{1,200}$/.test(text) ? `\`${text}\`` : markdownText(text, 200));
function updatesSummary(result) {
    const lines = [`### Update check: ${result.rebuild ? 'rebuild needed' : 'up to date'}`, '', '| base | recorded digest | verdict |', '| --- | --- | --- |'];
    for (const v of result.verdicts) {
        lines.push(`| ${markdownText(v.base.name)} | ${markdownCode(v.base.digest)} | ${v.kind === 'moved' ? `moved to ${markdownCode(v.now)}` : v.kind} |`);
    }
    lines.push('');
    if (result.reasons.length > 0)
        lines.push(...result.reasons.map((r) => `- ${markdownText(r)}`), '');
    lines.push(markdownText(packageCheckNote(result.packages)), '');
    const fixes = result.packages.kind === 'checked' ? result.packages.securityFixes : undefined;
    if (fixes !== undefined) {
        lines.push(`${fixes.length} known vulnerabilit${fixes.length === 1 ? 'y has' : 'ies have'} a fix available in the package index`, '');
        if (fixes.length > 0)
            lines.push('| vulnerability | package | installed | fixed in | available |', '| --- | --- | --- | --- | --- |', ...fixes.map((f) => `| ${token(f.id)} | ${token(f.package)} | ${token(f.installed)} | ${token(f.source)} ${token(f.fixed)} | ${token(f.available)} |`), '');
    }
    const updates = result.packages.kind === 'checked' ? result.packages.updates : [];
    if (updates.length > 0) {
        if (result.rebuildOn === 'security')
            lines.push('With rebuild-on: security, these updates are listed for information; only a security fix sets rebuild-needed.', '');
        lines.push('| package | installed | available |', '| --- | --- | --- |', ...updates.map((u) => `| ${token(u.name)} | ${token(u.installed)} | ${token(u.available)} |`), '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/db-inputs.ts
var db_inputs = __nccwpck_require__(5226);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/updates/index-urls.ts
var index_urls = __nccwpck_require__(8773);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __nccwpck_require__(1439);
// EXTERNAL MODULE: ./shared/src/compliance/vulnerabilities/db-cache.ts
var db_cache = __nccwpck_require__(5389);
;// CONCATENATED MODULE: ./check-updates/src/context.ts
/**
 * check-updates' inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml. Pure: a
 * malformed reference, credential list or index URL is a PipelineError
 * naming the input, raised before any registry is asked.
 */










function getInputs(env) {
    const image = (0,inputs/* getInput */.V4)(env, 'image', { required: true });
    const ref = (0,reference/* parseReference */.F2)(image);
    if (!ref.ok)
        throw new errors/* PipelineError */.zC('INPUT', ref.error.reason, { input: 'image', ...(ref.error.hint !== undefined ? { hint: ref.error.hint } : {}) });
    const urls = packageIndexUrls(env);
    // One reader with test-image (compliance/vulnerabilities/db-inputs.ts). A relative path is the workspace's; an
    // absolute one (a database a previous step downloaded under RUNNER_TEMP) is read as given: parsed, never echoed.
    const vulnerabilityDb = {
        entries: (0,db_inputs/* parseDbInput */.mx)((0,inputs/* getInput */.V4)(env, 'vulnerability-db', { trim: false })),
        workspace: (0,workspace_path/* workspaceOf */.B3)(env),
        cache: (0,db_cache/* downloadCacheDir */.O4)(env, 'vulnerability-db', external_node_path_.join(env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : external_node_os_.tmpdir(), 'check-updates', 'vulnerability-db')),
    };
    const rebuildOn = (0,inputs/* getInput */.V4)(env, 'rebuild-on') || 'any';
    if (rebuildOn !== 'any' && rebuildOn !== 'security')
        throw new errors/* PipelineError */.zC('INPUT', `expected 'any' or 'security', got ${JSON.stringify(rebuildOn.slice(0, 40))}`, {
            input: 'rebuild-on',
            hint: "Use 'any' (any newer package rebuilds) or 'security' (only a security fix in the package index does).",
        });
    // Either half alone would check nothing: a security fix is found in the package index, against the advisories.
    if (vulnerabilityDb.entries.length > 0 && urls.length === 0)
        throw new errors/* PipelineError */.zC('INPUT', 'vulnerability-db is set but package-index-urls is empty: a fix is looked for in the package index', {
            input: 'package-index-urls',
            hint: 'Set package-index-urls (e.g. `default`) as well, or leave vulnerability-db empty.',
        });
    if (rebuildOn === 'security' && vulnerabilityDb.entries.length === 0)
        throw new errors/* PipelineError */.zC('INPUT', "rebuild-on is 'security' but vulnerability-db is empty: no security fix could ever be found", {
            input: 'vulnerability-db',
            hint: "Give the advisory databases (Debian security tracker JSON, Alpine secdb, OSV), or set rebuild-on to 'any'.",
        });
    const sigPolicy = (0,inputs/* getInput */.V4)(env, 'base-signature-policy');
    return {
        image,
        connect: getConnectInputs(env),
        packageIndexUrls: urls,
        vulnerabilityDb,
        rebuildOn,
        ...(sigPolicy === '' ? {} : { baseSignaturePolicy: { file: sigPolicy, workspace: (0,workspace_path/* workspaceOf */.B3)(env) } }),
    };
}
/** Each line a URL or `default`; checked here so a typo fails before any registry is asked. */
function packageIndexUrls(env) {
    const lines = (0,inputs/* getInput */.V4)(env, 'package-index-urls').split(/\r?\n/);
    const out = [];
    for (const [i, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (line !== index_urls/* DEFAULT_INDEXES */.zP)
            (0,index_urls/* indexKind */.po)(line, i + 1);
        out.push(line);
    }
    return out;
}

;// CONCATENATED MODULE: ./check-updates/src/run.ts






/** Lazy: the update check itself, once inputs are valid. */
const loadUpdateCheck = () => Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(88), __nccwpck_require__.e(951), __nccwpck_require__.e(206), __nccwpck_require__.e(21)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6021));
/** Lazy: the policy reader and the signatures section's resolution, only with base-signature-policy. */
async function loadSignaturePolicy() {
    const [load, signatures] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(856), __nccwpck_require__.e(753)]).then(__nccwpck_require__.bind(__nccwpck_require__, 753)),
        __nccwpck_require__.e(/* import() */ 935).then(__nccwpck_require__.bind(__nccwpck_require__, 8935)),
    ]);
    return { ...load, ...signatures };
}
/** `stub` replaces the update check (loaded otherwise): tests pass one to see outputs and summary of a given result. */
async function run(inputs, io, stub) {
    const check = stub ?? (await loadUpdateCheck()).checkForUpdates;
    // Read once the image's release is known (the check calls it after reading the image's os-release), through
    // the one reader with the release and package filters test-image uses: the tracker's other releases are never
    // kept, its entries of packages the image does not have never parsed.
    const db = inputs.vulnerabilityDb;
    const advisories = db.entries.length === 0
        ? undefined
        : async (releases, packages) => {
            const dbs = await (0,db_inputs/* loadDbs */.y_)(db.entries, {
                scope: { workspace: db.workspace, allowOutside: true },
                cacheDir: db.cache,
                log: (l) => io.info(l),
                warn: (l) => io.warning(l),
                ...(releases === undefined ? {} : { releases }),
                ...(packages === undefined ? {} : { packages }),
            });
            const list = dbs.flatMap((d) => d.advisories);
            const kept = releases === undefined ? 'every release' : `release ${[...releases].join('/')}`;
            io.info(`${list.length} advisories read from ${db.entries.length} vulnerability database(s) (${kept})`);
            return list;
        };
    const baseSignatures = inputs.baseSignaturePolicy === undefined ? undefined : await baseSignaturePolicy(inputs.baseSignaturePolicy);
    const result = await check(inputs.image, {
        // Credentials found later (ECR tokens, config.json entries) are masked as they are found.
        ...connectOptions(inputs.connect, { mask: (s) => io.mask(s) }),
        packageIndexUrls: inputs.packageIndexUrls,
        rebuildOn: inputs.rebuildOn,
        ...(advisories === undefined ? {} : { advisories }),
        ...(baseSignatures === undefined ? {} : { baseSignatures }),
    });
    for (const u of result.unverifiedBases ?? []) {
        io.warning(`Base ${u.name} moved to ${u.digest}, which does not verify under base-signature-policy; no rebuild is proposed onto it. ${u.problems.join(' ')}`);
    }
    io.info(`${inputs.image}: ${result.rebuild ? 'rebuild needed' : 'up to date'}`);
    for (const r of result.reasons)
        io.info(`  ${r}`);
    io.info(`  ${packageCheckNote(result.packages)}`);
    await io.summary(updatesSummary(result));
    return result;
}
/** The policy file (inside the workspace) and its signatures section, ready to verify with. */
async function baseSignaturePolicy(p) {
    const file = await (0,workspace_path/* workspaceFile */.EJ)('base-signature-policy', p.file, { workspace: p.workspace });
    const { loadPolicy, resolveSignaturePolicy } = await loadSignaturePolicy();
    const loaded = await loadPolicy(file, p.file);
    const section = loaded.policy.signatures;
    if (section === undefined) {
        throw new errors/* PipelineError */.zC('INPUT', `expected the policy file '${p.file}' to have a signatures section, got none`, {
            input: 'base-signature-policy',
            hint: 'Add signatures: with keys or keyless (identity, issuer, trustedRoot) for who signs your base images.',
        });
    }
    return resolveSignaturePolicy(section, { policyFile: file, workspace: p.workspace });
}
function outputsOf(result) {
    const pk = result.packages;
    return {
        'rebuild-needed': String(result.rebuild),
        reason: result.reasons.join('\n'),
        bases: JSON.stringify(result.verdicts.map((v) => ({ name: v.base.name, digest: v.base.digest, verdict: v.kind, ...(v.kind === 'moved' ? { now: v.now } : {}) }))),
        digest: result.digest ?? '',
        packages: JSON.stringify(pk.kind === 'checked' ? pk.updates : []),
        'package-check': packageCheckNote(pk),
        'security-fixes': JSON.stringify((pk.kind === 'checked' ? (pk.securityFixes ?? []) : []).map((f) => ({
            id: f.id,
            package: f.package,
            installed: f.installed,
            fixed: f.fixed,
            available: f.available,
            ...(f.replacement === undefined ? {} : { replacement: f.replacement }),
        }))),
    };
}
const checkUpdates = {
    name: 'check-updates',
    getInputs: getInputs,
    secretsOf: (i) => connectSecrets(i.connect),
    run: (i, io) => run(i, io),
    outputsOf,
};
const action = checkUpdates;


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* unused harmony exports inputVar, parseList, getBoolean, getEnum, getInteger, parseKeyValues */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4659);
/**
 * Reading action inputs the same way in every action: names exactly as in
 * action.yml, lists one item per line (commas accepted, `#` comments and
 * blank lines ignored), booleans and enums checked with an error that names
 * the input and the values it accepts. Pure over an `env` map so tests need
 * no process state; the runner passes inputs as `INPUT_<NAME>` variables.
 */


/** The environment variable the runner uses for an input (see @actions/core getInput). */
const inputVar = (name) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
function getInput(env, name, opts = {}) {
    const raw = env[inputVar(name)] ?? '';
    const value = opts.trim === false ? raw : raw.trim();
    if (opts.required === true && value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${name}' is required`, { input: name, hint: `Set '${name}' under 'with:' of this step.` });
    }
    return value;
}
/** One item per line or comma; `#` starts a comment; blanks dropped. */
function parseList(text, opts = {}) {
    const out = [];
    for (const rawLine of text.split(/\r?\n/)) {
        const line = stripComment(rawLine).trim();
        if (line === '')
            continue;
        const parts = opts.commas === false ? [line] : line.split(',');
        for (const p of parts) {
            const item = p.trim();
            if (item !== '')
                out.push(item);
        }
    }
    return out;
}
/** A `#` starts a comment when it begins the line or follows whitespace (so `a#b` survives). */
function stripComment(line) {
    const m = /(^|\s)#/.exec(line);
    return m === null ? line : line.slice(0, m.index);
}
function getList(env, name, opts = {}) {
    return parseList(getInput(env, name, { trim: false }), opts);
}
const TRUE = new Set(['true', 'True', 'TRUE', 'yes', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', '0']);
function getBoolean(env, name, fallback) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    if (TRUE.has(v))
        return true;
    if (FALSE.has(v))
        return false;
    throw new PipelineError('INPUT', `input '${name}' is '${v}', not a boolean`, { input: name, hint: "Use 'true' or 'false'." });
}
function getEnum(env, name, values, fallback) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    if (values.includes(v))
        return v;
    throw new PipelineError('INPUT', `input '${name}' is '${v}', which is not one of ${values.join(', ')}`, {
        input: name,
        hint: `Set '${name}' to one of: ${values.join(', ')}.`,
    });
}
function getInteger(env, name, fallback, range = {}) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    const n = Number(v);
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
        throw new PipelineError('INPUT', `input '${name}' is '${v}', not a whole number from ${min} to ${max}`, { input: name });
    }
    return n;
}
/**
 * `KEY=value` lines (build-args, labels, annotations). Values may contain
 * `=` and commas, so only newlines separate items. A line without `=`, or
 * with an empty or malformed key, is an error naming its line.
 */
function parseKeyValues(text, input, opts = {}) {
    const out = new Map();
    const keyPattern = opts.keyPattern ?? /^[^\s=]+$/;
    text.split(/\r?\n/).forEach((rawLine, i) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? line : line.slice(0, eq).trim();
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new PipelineError('INPUT', `input '${input}' line ${i + 1} ('${preview(rawLine, { max: 60 })}') is not KEY=value`, {
                input,
                line: i + 1,
                hint: `Write one KEY=value per line${eq <= 0 ? '; this line has no key or no =' : `; '${preview(key)}' is not a valid key`}.`,
            });
        }
        out.set(key, line.slice(eq + 1));
    });
    return out;
}


/***/ }),

/***/ 8374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: runAction, runChecked, runStage

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./shared/src/action/workflow-commands.ts
/**
 * The runner's side of the protocol: workflow commands on stdout (`::warning file=a,line=3::text`) and
 * file commands (GITHUB_OUTPUT's `name<<delimiter` blocks). Only the pieces runnerIO uses, written here
 * instead of loaded from @actions/core, whose entry point also loads its OIDC client (@actions/http-client
 * and undici) and @actions/exec for getIDToken and platform, which no action calls (keyless signing asks
 * the runner for its token itself, attest/oidc.ts): about 0.8 MB of code, ~100 ms and ~13 MB before an
 * action has read one input (issue 17 item 3).
 *
 * The format is @actions/core 3.0.1's, kept exactly (lib/command.js, lib/file-command.js, lib/core.js),
 * since the runner parses it: a command's message escapes `%`, CR and LF; a property value also `:` and
 * `,`; properties with an empty value are left out. A file command's value sits between two lines of a
 * random delimiter, and a name or value holding the delimiter is refused rather than written (it would
 * end the value early and let the rest be read as further outputs). test/unit/action/workflow-commands.test.ts
 * pins each rule.
 */



/** A message: `%` first, so the escapes it writes are not escaped again. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also `:` and `,`, which end a property. */
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command key=value,key=value::message`; a property whose value is empty (or 0, as @actions/core) is left out. */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    return `::${command === '' ? 'missing.command' : command}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
/** Write one workflow command to stdout, where the runner reads it. */
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
/**
 * A `name<<delimiter` block for GITHUB_OUTPUT, GITHUB_ENV or GITHUB_STATE. `delimiter` is for tests only; a
 * run takes a fresh random one for each value.
 */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    // Never expected (the delimiter is random), but a value that held it would end early and inject the rest.
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/** Append a message to the runner's file (GITHUB_OUTPUT, ...); the runner creates it, so a missing one is an error. */
function appendFileCommand(file, message) {
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/**
 * An output: into the GITHUB_OUTPUT file when the runner names one, else the deprecated `::set-output::`
 * command after a newline (so it starts a line), as @actions/core's setOutput does.
 */
function setOutput(outputFile, name, value) {
    if (outputFile !== undefined && outputFile !== '') {
        appendFileCommand(outputFile, keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}

;// CONCATENATED MODULE: ./shared/src/action/io.ts
/**
 * Everything an action says to the runner goes through one `ActionIO`:
 * outputs, the job summary, log lines, annotations, groups and masks. Actions'
 * `run()` functions take it as an argument, so the same code runs under the
 * runner (`runnerIO`), inside the all-in-one action (the stages share the
 * root's io, see src/run.ts) and in unit tests (`memoryIO`).
 */



/** An annotation's properties by the runner's names (@actions/core's toCommandProperties: line, col). */
const props = (a) => (a === undefined ? {} : { title: a.title, file: a.file, line: a.line, col: a.column });
/**
 * The letters or digits a line of a multi-line secret needs to be registered on its own: the lines
 * of a JSON key (`{`, `}`, `],`, `"a"`) or of a YAML file would otherwise be masked everywhere in
 * the log, turning every brace of the job's output into `***` while hiding nothing secret. Counted
 * in letters and digits, not characters, so a short line that can carry a secret (`pass123`) is
 * still masked while punctuation is not (a cut by length alone left such a password line unmasked:
 * review finding). actions/runner's open proposal for the same problem is pull 2578.
 */
const MIN_MASKED_ALNUM = 4;
const alnumCount = (line) => line.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
const LINE_BREAK = /\r\n|\n|\r/;
/**
 * The strings to register for one secret: the value, and when it spans lines each non-blank
 * line trimmed with at least MIN_MASKED_ALNUM letters or digits. The runner matches registered strings
 * within one log line, so a multi-line value registered only whole is never hidden when a tool
 * prints one of its lines (a PEM key, a JSON file). A multi-line value none of whose lines is that
 * rich (`ab\ncd`) registers every line: each is then all there is of the secret.
 */
function maskStrings(secret) {
    if (secret.trim() === '')
        return [];
    const lines = secret
        .split(LINE_BREAK)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    if (lines.length === 1)
        return lines[0] === secret ? [secret] : [secret, lines[0]];
    const long = lines.filter((l) => alnumCount(l) >= MIN_MASKED_ALNUM);
    return [secret, ...new Set(long.length > 0 ? long : lines)];
}
/**
 * What runnerIO sends as `::add-mask::` for one secret: maskStrings, each on one line. The runner
 * splits a value holding line breaks into its lines and registers every one of them, however short
 * (actions/runner, Runner.Worker/ActionCommandManager.cs, AddMaskCommandExtension; @actions/core's
 * setSecret sends the value as given), so sending a multi-line value whole would register `{` again.
 * It is sent instead as the one line it takes in a log: JSON-escaped (`\n`), the form the runner
 * itself derives from a registered value (its JsonStringEscape encoder), which keeps the whole value
 * masked wherever a tool prints it on one line (a JSON dump of a config holding it).
 */
function addMaskValues(secret) {
    return maskStrings(secret).map((s) => (LINE_BREAK.test(s) ? JSON.stringify(s).slice(1, -1) : s));
}
/**
 * The GitHub runner's io: workflow commands on stdout and the GITHUB_* files named by `env`
 * (workflow-commands.ts, the format of @actions/core without loading it).
 */
function runnerIO(env = process.env) {
    const info = (m) => {
        process.stdout.write(m + external_node_os_.EOL);
    };
    const debug = (m) => issueCommand('debug', {}, m);
    const warning = (m, a) => issueCommand('warning', props(a), m);
    const error = (m, a) => issueCommand('error', props(a), m);
    return {
        setOutput: (name, value) => setOutput(env.GITHUB_OUTPUT, name, value),
        summary: async (markdown) => {
            // The file named by the env this io was made with.
            const file = env.GITHUB_STEP_SUMMARY;
            if (file === undefined || file === '') {
                debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
                return;
            }
            try {
                await promises_.appendFile(file, markdown);
            }
            catch (e) {
                warning(`Could not write the job summary: ${e.message}`);
            }
        },
        info,
        debug,
        notice: (m, a) => issueCommand('notice', props(a), m),
        warning,
        error,
        group: async (name, fn) => {
            issueCommand('group', {}, name);
            try {
                return await fn();
            }
            finally {
                issueCommand('endgroup', {}, '');
            }
        },
        mask: (s) => {
            for (const m of addMaskValues(s))
                issueCommand('add-mask', {}, m);
        },
        fail: (m) => {
            // As @actions/core's setFailed: the exit code, then the message as an error.
            process.exitCode = 1;
            error(m);
        },
    };
}
/** An io that keeps everything in memory, for tests and for callers that read a stage's results. */
function memoryIO() {
    const recorded = { outputs: {}, summary: '', log: [], masked: [] };
    const at = (level) => (message, anchor) => {
        recorded.log.push(anchor === undefined ? { level, message } : { level, message, anchor });
    };
    return {
        recorded,
        setOutput: (name, value) => {
            recorded.outputs[name] = value;
        },
        summary: async (markdown) => {
            recorded.summary += markdown;
        },
        info: at('info'),
        debug: at('debug'),
        notice: at('notice'),
        warning: at('warning'),
        error: at('error'),
        group: (_name, fn) => fn(),
        // The values hidden (a multi-line secret whole, as given), not their one-line form on the wire (addMaskValues).
        mask: (s) => {
            recorded.masked.push(...maskStrings(s));
        },
        fail: (m) => {
            recorded.failed = m;
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./shared/src/action/load-failure.ts
/**
 * An action loads the code a run does not always need (AWS, sigstore, the
 * layer scan, Packer) lazily, from chunk files ncc writes beside
 * dist/index.js. A checkout that holds index.js but not those files (a fork
 * that committed only index.js, a copy of one file) would otherwise end the
 * step with Node's bare "Cannot find module", naming neither the action nor
 * the fix. This turns that one failure into an error that does.
 */


const NOT_FOUND = new Set(['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND']);
// The quoted module in Node's message: "Cannot find module '/x/dist/606.index.js' imported from ...".
const QUOTED = /Cannot find (?:module|package) '([^']{1,500})'/;
const released = (action) => (action === 'image-pipeline' ? 'image-pipeline/image-pipeline@v1' : `image-pipeline/image-pipeline/${action}@v1`);
/** The error to report for `e`: a PipelineError naming the action and the fix when a part of it could not be loaded, else `e`. */
function loadFailure(action, e) {
    // Duck-typed: an error from another realm (a vm context, a worker) is not `instanceof Error` here.
    if (typeof e !== 'object' || e === null)
        return e;
    const { code, message } = e;
    if (typeof code !== 'string' || !NOT_FOUND.has(code) || typeof message !== 'string')
        return e;
    const quoted = QUOTED.exec(message)?.[1];
    // Only the file's name: the path is the runner's, and the rest of Node's message adds nothing the user can act on.
    const part = quoted === undefined ? 'a module' : `'${external_node_path_.basename(quoted).slice(0, 80)}'`;
    return new errors/* PipelineError */.zC('INTERNAL', `${action} could not load ${part}, a part of the action it loads only when a run needs it`, {
        hint: `The action's files are incomplete: use a released tag (${released(action)}), or in a fork commit every file that \`npm run build\` writes to the action's dist/ folder, not only index.js.`,
        cause: e,
    });
}

// EXTERNAL MODULE: ./shared/src/action/yaml-reader.ts + 2 modules
var yaml_reader = __nccwpck_require__(4985);
;// CONCATENATED MODULE: ./shared/src/action/run-action.ts
/**
 * The one shape of an action and the single place where its run ends.
 *
 * An action is four pure-or-typed parts (DESIGN.md "Thin main.ts, pure
 * context.ts"): `getInputs` turns the runner's `INPUT_*` variables into a
 * typed value (pure, table-tested), `secretsOf` names what must be masked
 * before anything can print it, `run` does the work through an `ActionIO`
 * and returns typed outputs, and `outputsOf` names them as action.yml does.
 * `verdict` fails the step only after the outputs (and reports) exist, so a
 * failing image still leaves its SARIF and JUnit behind.
 *
 * A failure becomes one `fail` with the full described message, plus an
 * error annotation at the file and line when the error carries one.
 */




/** Run `body`, turning a thrown error into the step's failure (annotated where it points into a file). */
async function runAction(name, io, body) {
    try {
        await body();
    }
    catch (thrown) {
        const e = loadFailure(name, thrown);
        if ((0,errors/* isPipelineError */.h$)(e) && e.file !== undefined) {
            io.error(e.describe(), {
                title: `${name}: ${e.code.toLowerCase().replace(/_/g, ' ')}`,
                file: e.file,
                ...(e.line !== undefined ? { line: e.line } : {}),
                ...(e.column !== undefined ? { column: e.column } : {}),
            });
        }
        if (!(0,errors/* isPipelineError */.h$)(e) && e instanceof Error && e.stack !== undefined)
            io.debug(e.stack);
        else if (e !== thrown && thrown instanceof Error && thrown.stack !== undefined)
            io.debug(thrown.stack);
        io.fail((0,errors/* messageOf */.bD)(e));
    }
}
/** What every action's main.ts does: inputs, then runChecked; a failure (bad inputs included) ends the step. */
async function main(action, env = process.env, io = runnerIO(env)) {
    await runAction(action.name, io, async () => {
        let inputs;
        try {
            // The YAML reader is loaded only for a step given a YAML input (yaml-reader.ts); getInputs stays synchronous.
            if ((0,yaml_reader/* needsYamlReader */.kY)(env))
                await (0,yaml_reader/* loadYamlReader */.Hz)();
            inputs = action.getInputs(env);
        }
        catch (e) {
            await summarizeFailure(action, e, io);
            throw e;
        }
        const result = await runChecked(action, inputs, io);
        if (result.failure !== undefined)
            throw result.failure;
    });
}
/** Masks, run and outputs for inputs already parsed (throws what run throws). */
async function runStage(action, inputs, io) {
    for (const s of action.secretsOf?.(inputs) ?? [])
        io.mask(s);
    const outputs = await action.run(inputs, io);
    for (const [k, v] of Object.entries(action.outputsOf(outputs)))
        io.setOutput(k, v);
    return outputs;
}
/**
 * runStage, then the verdict, as a value: the outputs when run finished, and
 * the failure (run's error, with the failure summary written, or the
 * verdict's). main() throws the failure; the all-in-one action names the
 * stage in it and stops the pipeline.
 */
async function runChecked(action, inputs, io) {
    let outputs;
    try {
        outputs = await runStage(action, inputs, io);
    }
    catch (thrown) {
        const e = loadFailure(action.name, thrown);
        await summarizeFailure(action, e, io);
        return { failure: e instanceof Error ? e : new Error((0,errors/* messageOf */.bD)(e)) };
    }
    const failure = action.verdict?.(outputs);
    return failure === undefined ? { outputs } : { outputs, failure };
}
async function summarizeFailure(action, e, io) {
    if (action.failureSummary !== undefined)
        await io.summary(action.failureSummary((0,errors/* messageOf */.bD)(e)));
}


/***/ }),

/***/ 1439:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   EJ: () => (/* binding */ workspaceFile),
/* harmony export */   ey: () => (/* binding */ confinePath)
/* harmony export */ });
/* unused harmony export ALLOW_OUTSIDE_INPUT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/**
 * Inputs that name a file of the repository (test-image's `policy` and
 * `dockerfile`) are read inside the workspace only: a workflow, or a pull
 * request that edits one, must not be able to point the step at
 * /etc/shadow, ~/.docker/config.json or the runner's credentials, and have
 * the step parse it and echo what it found. Relative paths resolve against
 * GITHUB_WORKSPACE (the current directory outside a runner); symlinks are
 * resolved before the check, so a link in the repository that points out
 * of it is refused too.
 *
 * A file outside it on purpose (one a previous step generated under
 * RUNNER_TEMP, a shared policy checked out elsewhere) needs the explicit
 * `allow-outside-workspace: true`: one boolean rather than a list of extra
 * roots, because the caller who needs it knows the path already, and a
 * visible opt-in in the workflow file is what a reviewer should see.
 */



const ALLOW_OUTSIDE_INPUT = 'allow-outside-workspace';
/** The folder repository paths are relative to: GITHUB_WORKSPACE, else the current directory. */
const workspaceOf = (env) => (env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : process.cwd());
/**
 * The real path of `p`: symlinks resolved as far as the path exists, the
 * missing rest appended (a file that does not exist yet is reported by its
 * reader, with its own message; a link on the way is still followed here).
 */
async function realPath(p) {
    const rest = [];
    let at = p;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1__.join(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath(at), ...rest.reverse());
        }
        catch (e) {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
            if (e.code !== 'ENOENT' || parent === at)
                throw e;
            rest.push(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(at));
            at = parent;
        }
    }
}
const inside = (root, p) => {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
};
/**
 * The absolute path of the file the input `input` names, refused with an
 * UNSAFE_PATH error naming the input, the path and the fix when it leaves
 * the workspace (and leaving it was not allowed).
 */
function workspaceFile(input, value, scope) {
    return confinePath(value, scope, {
        subject: `input '${input}'`,
        input,
        hint: `Name a file in the repository by a path relative to the workspace; to read a file outside it on purpose, set ${ALLOW_OUTSIDE_INPUT}: true on this step.`,
    });
}
/** The one confinement rule: `value` resolved against the workspace, links followed, refused when it lands outside. */
async function confinePath(value, scope, who) {
    const given = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(scope.workspace, value);
    if (scope.allowOutside === true)
        return given;
    const root = await realPath(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(scope.workspace));
    const real = await realPath(given);
    if (inside(root, real))
        return real;
    const via = real === given ? '' : `, which resolves to ${real}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('UNSAFE_PATH', `${who.subject}: expected a file inside the workspace (${root}), got '${value}'${via}`, {
        ...(who.input === undefined ? {} : { input: who.input }),
        hint: who.hint,
    });
}


/***/ }),

/***/ 4985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Hz: () => (/* binding */ loadYamlReader),
  kY: () => (/* binding */ needsYamlReader),
  B8: () => (/* binding */ yamlReader)
});

// UNUSED EXPORTS: YAML_INPUTS, yamlReaderLoaded

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
;// CONCATENATED MODULE: ./shared/src/lazy-module.ts
/**
 * A library loaded by import() only when a run needs it, then read synchronously by code that cannot await
 * (issue 17: each of these was parsed and run at every start while most runs never use it). The one async
 * caller before the synchronous code awaits `load()`; the synchronous code takes the module from `get()`.
 *
 * A `get()` before the load has finished is a bug in the caller, and throws INTERNAL naming the preload: it
 * never skips a check or drops a package. Run from the sources (jest, tsx, the local runner), a module given a
 * `requireId` is required synchronously instead, so tests of a parser need no preload; in a bundle there is no
 * node_modules to require from (ncc rewrites `__nccwpck_require__` to its own loader, which is how a bundle is
 * told apart).
 */


/** Whether this code runs from an ncc bundle. */
const BUNDLED = typeof __nccwpck_require__ === 'function';
/** `importer` loads the module; `missed` is the INTERNAL message for a get() before the load. */
function lazyModule(importer, missed, opts = {}) {
    let value;
    let loading;
    const bundled = opts.bundled ?? BUNDLED;
    return {
        load: () => (loading ??= importer().then((m) => (value = m))),
        loaded: () => value !== undefined,
        get: () => {
            if (value !== undefined)
                return value;
            if (bundled || opts.requireId === undefined)
                throw new errors/* PipelineError */.zC('INTERNAL', missed);
            value = (0,external_node_module_namespaceObject.createRequire)(import.meta.url)(opts.requireId);
            return value;
        },
    };
}

// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var inputs = __nccwpck_require__(7013);
;// CONCATENATED MODULE: ./shared/src/action/yaml-reader.ts
/**
 * The YAML reader (the yaml package) for the inputs written in YAML, loaded
 * only when one of them is given (issue 17 item 3). It was a third of the
 * all-in-one action's entry bundle (~290 KB of ~840 KB), parsed and run at
 * every start, while most container runs give no YAML input at all.
 *
 * Reading inputs stays synchronous (getInputs is pure and table-tested), so
 * the one async step before it, main() in run-action.ts, awaits
 * loadYamlReader() when needsYamlReader(env) says a YAML input is set, and
 * the input parsers take the module from yamlReader().
 */


/** The inputs read as YAML (credentials/registry-auth.ts): main() loads the reader when one of them is not blank. */
const YAML_INPUTS = ['registry-auth'];
/** Whether the step's inputs hold YAML to read (a blank input is never parsed). */
const needsYamlReader = (env) => YAML_INPUTS.some((name) => (0,inputs/* getInput */.V4)(env, name).trim() !== '');
const yaml = lazyModule(() => __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)), 'a YAML input was read before the YAML reader was loaded: await loadYamlReader() first (run-action.ts main does when needsYamlReader)', { requireId: 'yaml' });
/** Loads the yaml package; one import however many callers, cheap after the first. */
const loadYamlReader = () => yaml.load();
/** Whether loadYamlReader has finished (for tests of main()). */
const yamlReaderLoaded = () => yaml.loaded();
/** The yaml module, for a parser of a YAML input (lazy-module.ts: from the sources, required on first use). */
const yamlReader = () => yaml.get();


/***/ }),

/***/ 1220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export parseSize */
/** Byte counts for people: formatted in binary units, and parsed from policy and input text. */
/** 0 B, 1023 B, 1.5 KiB, 300 MiB, 3.0 GiB: one decimal below 10, none above. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
/** Parse `500MB` (decimal), `1GiB` (binary), `123` (bytes); undefined when malformed. */
function parseSize(value) {
    if (typeof value === 'number')
        return value;
    const m = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?$/.exec(value.trim());
    if (m === null)
        return undefined;
    const unit = m[2] ?? 'B';
    const pow = { B: 0, K: 1, M: 2, G: 3, T: 4 }[unit[0]];
    const base = unit.includes('i') ? 1024 : 1000;
    return Math.round(Number(m[1]) * base ** pow);
}


/***/ }),

/***/ 617:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ giveBackOf)
/* harmony export */ });
/* unused harmony exports ChunkPool, lendChunks, readPooled, blobChunks, lendsAs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Reading a large file into buffers that are used again once every
 * consumer is done with them, instead of a fresh buffer per read.
 *
 * Why: a fresh 1 MiB buffer per read is fresh memory each time (the
 * allocator hands freed blocks back to the kernel), and on the machines
 * we measured (virtualised, like CI runners) memory touched for the first
 * time is costly: the read faults every page in, and the first pass over
 * it (hashing it) runs several times slower than over memory already in
 * use. Pushing 300 MB to three registries, reading and hashing into reused
 * buffers cost 0.3 CPU-s instead of 0.95 (bench/push-floor.ts).
 *
 * The protocol, which keeps reuse safe:
 * - readPooled() reads a file into buffers taken from a ChunkPool and
 *   emits each read as a chunk (a view of one of them); the stream it
 *   returns is marked as lending its chunks (lendChunks).
 * - A consumer that knows when it is done with a chunk (http.ts, once the
 *   socket has taken the bytes) gives it back through giveBackOf(stream).
 *   A consumer that does not know simply never gives it back, and the
 *   buffer is left to the garbage collector: not giving back is always
 *   safe, giving back early is not.
 * - A chunk is taken back only as the very view the pool lent, and only
 *   once: a second or stale give-back, or a slice of it, is ignored, so a
 *   buffer in use is never lent twice.
 * - A stage between the reader and the consumer that passes chunks on
 *   unchanged (VerifyingStream, a PassThrough) needs nothing; a stage that
 *   hands one chunk to several consumers (tee.ts) counts them and gives
 *   the chunk back after the last.
 */


class ChunkPool {
    chunkSize;
    maxIdle;
    idleMs;
    idle = [];
    /**
     * Each chunk lent (the view emitted, a new object per read) -> the whole
     * buffer it belongs to. Weak: a chunk its consumer never gives back goes
     * to the collector with its buffer, and the pool keeps nothing of it.
     */
    lent = new WeakMap();
    taken = false;
    trimTimer;
    /**
     * @param chunkSize bytes per buffer (and per read)
     * @param maxIdle buffers kept for reuse at most; more are left to the collector
     * @param idleMs idle buffers are dropped once none was taken for this long, so a pool holds no memory between pushes
     */
    constructor(chunkSize = 1024 * 1024, maxIdle = 64, idleMs = 2000) {
        this.chunkSize = chunkSize;
        this.maxIdle = maxIdle;
        this.idleMs = idleMs;
    }
    /** A whole buffer to read into: an idle one, else a new one. */
    take() {
        this.taken = true;
        return this.idle.pop() ?? Buffer.allocUnsafeSlow(this.chunkSize);
    }
    /** The first `n` bytes of `buf` (taken from this pool) as a chunk to emit: a new view each time, recorded as lent. */
    lend(buf, n) {
        const view = buf.subarray(0, n);
        this.lent.set(view, buf);
        return view;
    }
    /** A buffer taken but not lent (nothing was read into it). */
    putBack(buf) {
        this.keep(buf);
    }
    /** Take back a chunk this pool lent; anything else (already back, a slice of it, another buffer) is ignored. */
    giveBack(view) {
        const buf = this.lent.get(view);
        if (buf === undefined)
            return;
        this.lent.delete(view);
        this.keep(buf);
    }
    /** Buffers idle now (tests). */
    get idleCount() {
        return this.idle.length;
    }
    keep(buf) {
        if (this.idle.length < this.maxIdle)
            this.idle.push(buf);
        if (this.trimTimer === undefined)
            this.armTrim();
    }
    armTrim() {
        this.taken = false;
        this.trimTimer = setTimeout(() => {
            this.trimTimer = undefined;
            if (this.taken)
                this.armTrim();
            else
                this.idle.length = 0;
        }, this.idleMs);
        this.trimTimer.unref();
    }
}
const kGiveBack = Symbol('giveBack');
/** Mark `stream` as lending its chunks: its one consumer may hand each back, once done with it, to `giveBack`. */
function lendChunks(stream, giveBack) {
    stream[kGiveBack] = giveBack;
    return stream;
}
/** Where a consumer of `stream` hands back a chunk it is done with; undefined when the stream lends nothing. */
function giveBackOf(stream) {
    return stream[kGiveBack];
}
/**
 * A file (from `start`, `length` bytes, default to its end) as a stream of
 * chunks read into `pool`'s buffers, one read per chunk. The stream lends
 * its chunks (lendChunks). It reads ahead one chunk (highWaterMark), like
 * createReadStream with a highWaterMark of the chunk size.
 */
function readPooled(file, pool, opts = {}) {
    let fd;
    let pos = opts.start ?? 0;
    let left = opts.length ?? Infinity;
    // A read in flight when the stream is destroyed: the descriptor is closed after it, never under it (its number could be reused meanwhile).
    let reading = false;
    let closeAfterRead;
    const stream = new Readable({
        highWaterMark: pool.chunkSize,
        construct(cb) {
            fs.open(file, 'r', (e, f) => {
                if (e === null)
                    fd = f;
                cb(e);
            });
        },
        read() {
            const buf = pool.take();
            const want = Math.min(buf.length, left);
            if (want <= 0) {
                pool.putBack(buf);
                this.push(null);
                return;
            }
            reading = true;
            fs.read(fd, buf, 0, want, pos, (e, n) => {
                reading = false;
                if (closeAfterRead !== undefined) {
                    pool.putBack(buf);
                    closeAfterRead();
                    return;
                }
                if (e !== null) {
                    pool.putBack(buf);
                    this.destroy(e);
                    return;
                }
                if (n === 0) {
                    pool.putBack(buf);
                    this.push(null);
                    return;
                }
                pos += n;
                left -= n;
                this.push(pool.lend(buf, n));
            });
        },
        destroy(err, cb) {
            if (fd === undefined)
                return cb(err);
            const f = fd;
            const close = () => fs.close(f, () => cb(err));
            if (reading)
                closeAfterRead = close;
            else
                close();
        },
    });
    return lendChunks(stream, (c) => pool.giveBack(c));
}
/** The pool blob reads share (layout.ts): 1 MiB reads, at most 64 MiB kept idle, none after 2 s unused. */
const blobChunks = new ChunkPool();
/** `to` passes on `from`'s chunks unchanged (a verifying stage): it lends them as `from` does. */
function lendsAs(to, from) {
    const giveBack = giveBackOf(from);
    return giveBack === undefined ? to : lendChunks(to, giveBack);
}


/***/ }),

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ shapeOf),
/* harmony export */   cr: () => (/* binding */ DB_INPUT),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   vs: () => (/* binding */ dbError)
/* harmony export */ });
/* unused harmony export VEX_INPUT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/**
 * The one normalized form every advisory database is parsed into (issue 12):
 * the Debian security tracker, OSV records and Alpine secdb each become a list
 * of `Advisory`, so the matcher and the reports never see a source's shape.
 */

const DB_INPUT = 'vulnerability-db';
/** The OpenVEX documents input (openvex.ts reads them); here, with DB_INPUT, so the input reader loads no package-URL parser. */
const VEX_INPUT = 'vex';
/** An INPUT error naming the `vulnerability-db` input, its line and the database. */
function dbError(origin, reason, hint) {
    const line = origin.inputLine === undefined ? '' : ` line ${origin.inputLine}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `'${DB_INPUT}'${line}: ${reason}`, {
        input: DB_INPUT,
        file: origin.location,
        ...(hint === undefined ? {} : { hint }),
    });
}
/** What a JSON value is, for "expected X, got Y". */
function shapeOf(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return 'a string';
    return `a ${typeof v}`;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 5389:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   M_: () => (/* binding */ store),
/* harmony export */   O4: () => (/* binding */ downloadCacheDir),
/* harmony export */   _M: () => (/* binding */ touch),
/* harmony export */   y$: () => (/* binding */ validators)
/* harmony export */ });
/* unused harmony exports CACHE_BOUNDS, cacheKey, evict */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _registry_transport_body_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6761);
/* harmony import */ var _pipe_to_file_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9892);
/**
 * The download cache of list inputs' URLs (vulnerability databases, VEX
 * documents): one directory, meant to outlive the run (under the runner's
 * tool cache), so a database is transferred again only when it changed, and a
 * server that is down or rate-limiting does not stop the scan.
 *
 * An entry is keyed by a hash of the URL (never the URL itself, which may hold
 * credentials): `<key>.json` (its validators, size and data file) and the data
 * file `<key>.<random>.db` it names. A download is streamed to a `.part` file,
 * renamed to its data name when complete, and only then is `<key>.json`
 * replaced (a rename: the commit point), so a killed run leaves at most an
 * orphan that no entry names, never a truncated file that a later run trusts.
 * The cache is bounded by entries and bytes, least recently used evicted.
 *
 * A cached file is as untrusted as a fresh download: its size is checked
 * against the entry and the caller's cap, and it is parsed with the same bounds.
 */






/** What the cache keeps, by default: entries and bytes (the oldest used goes first past either). */
const CACHE_BOUNDS = { maxEntries: 16, maxBytes: 2 * 1024 * 1024 * 1024 };
/**
 * The cache of one input's downloads: `$RUNNER_TOOL_CACHE/image-pipeline/<name>` (kept across runs on a
 * self-hosted runner or with actions/cache), else the caller's per-run directory (nothing outlives the run).
 */
function downloadCacheDir(env, name, perRun) {
    const toolCache = env.RUNNER_TOOL_CACHE;
    return toolCache !== undefined && toolCache !== '' ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(toolCache, 'image-pipeline', name) : perRun;
}
const cacheKey = (url) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(url).digest('hex').slice(0, 32);
const metaPath = (dir, key) => node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `${key}.json`);
const META_MAX = 16 * 1024;
const HEADER_VALUE = /^[\x20-\x7e]{1,1024}$/;
/** An entry's metadata, checked (it is a file on disk another process could have written); undefined when absent or unusable. */
async function readMeta(dir, key) {
    let handle;
    try {
        handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open(metaPath(dir, key), 'r');
    }
    catch {
        return undefined;
    }
    try {
        const { bytes } = await (0,_registry_transport_body_js__WEBPACK_IMPORTED_MODULE_4__/* .readBounded */ .CB)(handle.createReadStream({ autoClose: false }), META_MAX, 'truncate');
        const m = JSON.parse(bytes.toString('utf8'));
        const okString = (v) => v === undefined || (typeof v === 'string' && HEADER_VALUE.test(v));
        if (typeof m.data !== 'string' ||
            !new RegExp(`^${key}\\.[0-9a-f]{16}\\.db$`).test(m.data) ||
            typeof m.size !== 'number' ||
            !Number.isSafeInteger(m.size) ||
            m.size < 0 ||
            typeof m.checkedAt !== 'number' ||
            typeof m.usedAt !== 'number' ||
            !okString(m.etag) ||
            !okString(m.lastModified))
            return undefined;
        return m;
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close();
    }
}
async function writeMeta(dir, key, meta) {
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `${key}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.json.part`);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile(tmp, JSON.stringify(meta));
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(tmp, metaPath(dir, key));
}
const toEntry = (dir, m) => ({
    file: node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, m.data),
    size: m.size,
    checkedAt: m.checkedAt,
    usedAt: m.usedAt,
    ...(m.etag === undefined ? {} : { etag: m.etag }),
    ...(m.lastModified === undefined ? {} : { lastModified: m.lastModified }),
});
/** The URL's entry when its data file is there with the size the entry records and within `maxBytes`; else undefined. */
async function lookup(dir, url, maxBytes) {
    const meta = await readMeta(dir, cacheKey(url));
    if (meta === undefined || meta.size > maxBytes)
        return undefined;
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, meta.data)).catch(() => undefined);
    if (st === undefined || !st.isFile() || st.size !== meta.size)
        return undefined;
    return toEntry(dir, meta);
}
/** The conditional request's headers for an entry. */
function validators(entry) {
    if (entry === undefined)
        return {};
    return {
        ...(entry.etag === undefined ? {} : { 'if-none-match': entry.etag }),
        ...(entry.lastModified === undefined ? {} : { 'if-modified-since': entry.lastModified }),
    };
}
/** Record that the entry was used (and, when the server confirmed it, checked) now. */
async function touch(dir, url, entry, confirmed, now = Date.now()) {
    const key = cacheKey(url);
    const lastModified = confirmed?.lastModified !== undefined && HEADER_VALUE.test(confirmed.lastModified) ? confirmed.lastModified : entry.lastModified;
    const meta = {
        data: node_path__WEBPACK_IMPORTED_MODULE_2__.basename(entry.file),
        size: entry.size,
        checkedAt: confirmed === undefined ? entry.checkedAt : now,
        usedAt: now,
        ...(entry.etag === undefined ? {} : { etag: entry.etag }),
        ...(lastModified === undefined ? {} : { lastModified }),
    };
    await writeMeta(dir, key, meta);
    // A file without Last-Modified is dated by its mtime (load.ts's caller): the last time the server confirmed it.
    if (confirmed !== undefined)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.utimes(entry.file, new Date(now), new Date(now)).catch(() => undefined);
    return toEntry(dir, meta);
}
/**
 * Stream `body` into the cache as the URL's new entry: at most `maxBytes` (past that `overflow()` is thrown and
 * nothing is kept), committed only once complete; the previous data file is removed after the commit.
 */
async function store(dir, url, body, headers, maxBytes, overflow, bounds = CACHE_BOUNDS) {
    const key = cacheKey(url);
    const data = `${key}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.db`;
    const part = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `${data}.part`);
    const final = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, data);
    const previous = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir(dir, { recursive: true })
        .then(() => readMeta(dir, key))
        .catch(async (e) => {
        // A cache folder we cannot make: let the connection go now, not at the download's time limit.
        await body?.cancel().catch(() => undefined);
        throw e;
    });
    try {
        const source = body === null ? node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from([]) : node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(body);
        await (0,_pipe_to_file_js__WEBPACK_IMPORTED_MODULE_5__/* .pipeToFile */ .u)(part, { flags: 'wx' }, source, (0,_registry_transport_body_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(maxBytes, overflow));
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename(part, final);
    }
    catch (e) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(part, { force: true });
        throw e;
    }
    const size = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(final)).size;
    const now = Date.now();
    const header = (v) => (v !== null && v !== undefined && HEADER_VALUE.test(v) ? v : undefined);
    const etag = header(headers.etag);
    const lastModified = header(headers.lastModified);
    const meta = {
        data,
        size,
        checkedAt: now,
        usedAt: now,
        ...(etag === undefined ? {} : { etag }),
        ...(lastModified === undefined ? {} : { lastModified }),
    };
    try {
        await writeMeta(dir, key, meta);
    }
    catch (e) {
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(final, { force: true });
        throw e;
    }
    if (previous !== undefined && previous.data !== data)
        await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, previous.data), { force: true });
    await evict(dir, bounds, key);
    return toEntry(dir, meta);
}
/** Partial files and data files no entry names are left by killed runs; they are removed once this old. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
/** Keep at most `bounds` entries and bytes, the least recently used removed first (never `keep`); sweep old orphans. */
async function evict(dir, bounds, keep) {
    const names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir(dir).catch(() => []);
    const entries = [];
    for (const n of names) {
        const m = /^([0-9a-f]{32})\.json$/.exec(n);
        if (m === null)
            continue;
        const meta = await readMeta(dir, m[1]);
        if (meta !== undefined)
            entries.push({ key: m[1], meta });
    }
    entries.sort((a, b) => b.meta.usedAt - a.meta.usedAt);
    let count = 0;
    let bytes = 0;
    const live = new Set();
    for (const e of entries) {
        count++;
        bytes += e.meta.size;
        if (e.key !== keep && (count > bounds.maxEntries || bytes > bounds.maxBytes)) {
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(metaPath(dir, e.key), { force: true });
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, e.meta.data), { force: true });
            count--;
            bytes -= e.meta.size;
        }
        else
            live.add(e.meta.data);
    }
    const now = Date.now();
    for (const n of names) {
        if (!/\.(db|part)$/.test(n) || live.has(n))
            continue;
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, n)).catch(() => undefined);
        if (st !== undefined && now - st.mtimeMs > ORPHAN_AGE_MS)
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, n), { force: true });
    }
}


/***/ }),

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mx: () => (/* binding */ parseDbInput),
/* harmony export */   y_: () => (/* binding */ loadDbs)
/* harmony export */ });
/* unused harmony exports atLine, parseLocations, localFiles, newestModified */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _bytes_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(1220);
/* harmony import */ var _action_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1439);
/* harmony import */ var _registry_transport_follow_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7376);
/* harmony import */ var _registry_transport_origin_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2639);
/* harmony import */ var _registry_transport_scheme_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6994);
/* harmony import */ var _advisory_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1931);
/* harmony import */ var _db_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5389);
/**
 * Inputs that name files by one path or URL per line (`#` comments): the
 * `vulnerability-db` input and test-image's `vex`. Parsed (pure) into entries
 * that keep their input line, then made local: a path is confined to the
 * workspace like `policy`; a URL is fetched through the one redirect follower
 * at most once per run (the same URL listed twice, or loaded twice at once,
 * is fetched once), streamed to a file with its body bounded, into the
 * download cache (db-cache.ts), which lives under the runner's tool cache
 * when there is one (trivy-action's database download hits rate limits when
 * every run transfers it whole). A cached copy is never served stale
 * unasked: each run revalidates it with a conditional GET (304: reused, 200:
 * replaced); only when the server is unreachable, too slow, cut off or
 * answering 5xx is the cached copy used, with a warning naming its age, and
 * maxDbAge still judges it by its Last-Modified (or the last time the server
 * gave or confirmed it), never by when it was cached. test-image and
 * check-updates both read the vulnerability databases here.
 */









/** An INPUT error at one line of a list input; `file` is the path or (redacted) URL the line names. */
function lineError(input, line, reason, more = {}) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `'${input}' line ${line}: ${reason}`, {
        input,
        ...(more.file === undefined ? {} : { file: more.file }),
        ...(more.hint === undefined ? {} : { hint: more.hint }),
    });
}
/** An error from below (the follower, the workspace check, a bounded read) placed at the input's line, its reason kept once and its hint once. */
function atLine(input, line, e) {
    const prefix = `input '${input}': `;
    const reason = e.reason.startsWith(prefix) ? e.reason.slice(prefix.length) : e.reason;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC(e.code, `'${input}' line ${line}: ${reason}`, { input, ...(e.hint === undefined ? {} : { hint: e.hint }) });
}
/** An input's lines: blank lines and `#` comments skipped; a URL must be https (http only to this machine). */
function parseLocations(text, input) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const value = raw.replace(/\s+#.*$/, '').trim();
        if (value === '' || value.startsWith('#'))
            return;
        const line = i + 1;
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
            out.push({ kind: 'path', value, line });
            return;
        }
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw lineError(input, line, `expected a URL or a path, got '${(0,_registry_transport_origin_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(value)}'`, { hint: 'Write one https:// URL or one workspace path per line.' });
        }
        const plainLoopback = url.protocol === 'http:' && (0,_registry_transport_scheme_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopbackRegistry */ .j)(url.host);
        if (url.protocol !== 'https:' && !plainLoopback)
            throw lineError(input, line, `expected an https:// URL, got ${url.protocol}//${url.host}`, {
                hint: 'Serve the file over https (plain http is accepted only from this machine: localhost, 127.0.0.0/8, ::1).',
            });
        out.push({ kind: 'url', value: url.href, line });
    });
    return out;
}
/** The `vulnerability-db` input's lines. */
const parseDbInput = (text) => parseLocations(text, _advisory_js__WEBPACK_IMPORTED_MODULE_6__/* .DB_INPUT */ .cr);
/** A failure the cache may stand in for: the server unreachable, too slow, cut off mid-body, or answering 5xx. */
class Unavailable extends Error {
}
async function download(entry, opts) {
    const shown = (0,_registry_transport_origin_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(entry.value);
    const fail = (reason, hint) => lineError(opts.input, entry.line, reason, { file: shown, ...(hint === undefined ? {} : { hint }) });
    const timeoutMs = opts.timeoutMs ?? 300_000;
    const max = opts.maxBytes;
    const dir = opts.cacheDir;
    const cached = await (0,_db_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .lookup */ .$I)(dir, entry.value, max);
    const local = (e) => {
        const modified = Date.parse(e.lastModified ?? '');
        return { location: shown, line: entry.line, file: e.file, ...(Number.isNaN(modified) ? {} : { lastModified: new Date(modified) }) };
    };
    try {
        const res = await (0,_registry_transport_follow_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchFollowing */ .S)(entry.value, { signal: AbortSignal.timeout(timeoutMs), headers: (0,_db_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .validators */ .y$)(cached) }, { what: `the ${opts.what} ${shown}`, context: { input: opts.input }, ...(opts.fetchImpl === undefined ? {} : { fetchImpl: opts.fetchImpl }) }).catch((e) => {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC)
                throw atLine(opts.input, entry.line, e);
            throw new Unavailable(`could not download it (${e.message})`);
        });
        if (res.status === 304 && cached !== undefined) {
            await res.body?.cancel().catch(() => undefined);
            const lastModified = res.headers.get('last-modified');
            const kept = await (0,_db_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .touch */ ._M)(dir, entry.value, cached, lastModified === null ? {} : { lastModified });
            opts.log?.(`The ${opts.what} ${shown}: not modified, cached copy of ${shown} from ${ageOf(kept).date}.`);
            return local(kept);
        }
        if (!res.ok) {
            await res.body?.cancel().catch(() => undefined);
            if (res.status >= 500)
                throw new Unavailable(`the server answered HTTP ${res.status}`);
            // The URL is the error's file, shown once after the reason.
            throw fail(`the server answered HTTP ${res.status}, expected 200 and the ${opts.what}`, 'Check the URL; the server must answer with the file itself.');
        }
        const tooBig = () => fail(`expected at most ${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z)(max)}, got more`, `Serve a smaller ${opts.what}.`);
        if (Number(res.headers.get('content-length') ?? NaN) > max) {
            await res.body?.cancel().catch(() => undefined);
            throw tooBig();
        }
        const stored = await (0,_db_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .store */ .M_)(dir, entry.value, res.body, { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') }, max, tooBig).catch((e) => {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC)
                throw e;
            const slow = e.name === 'TimeoutError' || e.name === 'AbortError';
            throw new Unavailable(slow ? `expected the ${opts.what} within ${timeoutMs / 1000} s, got less` : `could not read it (${e.message})`);
        });
        opts.log?.(`Downloaded the ${opts.what} ${shown} (${(0,_bytes_js__WEBPACK_IMPORTED_MODULE_8__/* .formatBytes */ .z)(stored.size)}).`);
        return local(stored);
    }
    catch (e) {
        if (!(e instanceof Unavailable))
            throw e;
        if (cached === undefined)
            throw fail(e.message, 'Check the URL and that the server is reachable from the runner.');
        const kept = await (0,_db_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .touch */ ._M)(dir, entry.value, cached, undefined);
        const age = ageOf(kept);
        (opts.warn ?? opts.log)?.(`The ${opts.what} ${shown}: ${e.message}; using the cached copy from ${age.date} (${age.days} day(s) old, by ${age.by}).`);
        return local(kept);
    }
}
/** Downloads under way, by cache and URL: two loads of one URL at once (two inputs, two readers) share one transfer. */
const inflight = new Map();
function downloadOnce(entry, opts) {
    const key = `${opts.cacheDir}\0${entry.value}`;
    let p = inflight.get(key);
    if (p === undefined) {
        p = download(entry, opts).finally(() => inflight.delete(key));
        inflight.set(key, p);
    }
    return p;
}
/** A cached copy's age: its Last-Modified when the server sent one, else when the server last gave or confirmed it. */
function ageOf(e, now = Date.now()) {
    const modified = Date.parse(e.lastModified ?? '');
    const at = Number.isNaN(modified) ? e.checkedAt : modified;
    return {
        date: new Date(at).toISOString(),
        days: Math.max(0, Math.floor((now - at) / 86_400_000)),
        by: Number.isNaN(modified) ? 'when it was last fetched' : 'its Last-Modified',
    };
}
/**
 * Each entry as a local file, in input order, one at a time as the caller asks (so a huge database is read and
 * dropped before the next is fetched); each URL is fetched once, each error names the input and its line.
 */
function localFiles(files, fetching) {
    const opts = { ...files, ...fetching };
    const downloads = new Map();
    return async (entry) => {
        if (entry.kind === 'url') {
            let p = downloads.get(entry.value);
            if (p === undefined) {
                p = downloadOnce(entry, opts);
                downloads.set(entry.value, p);
            }
            return { ...(await p), line: entry.line };
        }
        const file = await (0,_action_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceFile */ .EJ)(opts.input, entry.value, opts.scope).catch((e) => {
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC ? atLine(opts.input, entry.line, e) : e;
        });
        return { location: entry.value, line: entry.line, file };
    };
}
/** The newest OSV `modified` among the advisories (ms), undefined when none carries one. */
function newestModified(advisories) {
    let newest;
    for (const a of advisories)
        if (a.modified !== undefined && (newest === undefined || a.modified > newest))
            newest = a.modified;
    return newest;
}
/** Every entry's advisories, in input order; each URL is fetched once, each error names the input and its line. */
async function loadDbs(entries, opts) {
    // Loaded here, not at the top: the actions read vulnerability-db with parseDbInput at start-up, and the
    // parsers (fflate, semver, every version scheme) are needed only once databases are read (issue 17).
    const { DB_LIMITS, readVulnerabilityDb } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(306), __nccwpck_require__.e(206), __nccwpck_require__.e(423)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7423));
    const limits = opts.limits ?? DB_LIMITS;
    const local = localFiles({ input: _advisory_js__WEBPACK_IMPORTED_MODULE_6__/* .DB_INPUT */ .cr, what: 'vulnerability database', cacheDir: opts.cacheDir, maxBytes: limits.maxFileBytes }, opts);
    const out = [];
    for (const entry of entries) {
        const { location, line, file, lastModified } = await local(entry);
        const origin = { location, inputLine: line };
        // Dated by every record read, not only by those the filters keep.
        const newest = {};
        const advisories = await readVulnerabilityDb(file, origin, limits, {
            ...(opts.releases === undefined ? {} : { releases: opts.releases }),
            ...(opts.packages === undefined ? {} : { packages: opts.packages }),
            newest,
        });
        const modified = newest.modified ?? newestModified(advisories);
        const dated = modified !== undefined
            ? { timestamp: new Date(modified), dated: 'records' }
            : lastModified !== undefined
                ? { timestamp: lastModified, dated: 'last-modified' }
                : { timestamp: (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file)).mtime, dated: 'mtime' };
        out.push({ location, line, advisories, ...dated });
    }
    return out;
}


/***/ }),

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   h$: () => (/* binding */ isPipelineError),
/* harmony export */   zC: () => (/* binding */ PipelineError)
/* harmony export */ });
class PipelineError extends Error {
    code;
    input;
    file;
    line;
    column;
    hint;
    /** What went wrong, without the input, location and hint that `message` adds. */
    reason;
    constructor(code, reason, context = {}) {
        // `message` is the whole description, so whoever prints the error (a
        // runner, jest, a caller's catch) shows the input, location and hint too.
        super(describe(reason, context), context.cause === undefined ? undefined : { cause: context.cause });
        this.name = 'PipelineError';
        this.reason = reason;
        this.code = code;
        this.input = context.input;
        this.file = context.file;
        this.line = context.line;
        this.column = context.column;
        this.hint = context.hint;
    }
    /** The message as shown to a user: where, what, and what to do. */
    describe() {
        return this.message;
    }
}
function describe(reason, c) {
    // Messages that already start with the input's name do not repeat it.
    const where = c.input !== undefined && !reason.includes(`'${c.input}'`) ? `input '${c.input}': ` : '';
    const at = c.file !== undefined ? ` (${c.file}${c.line !== undefined ? `:${c.line}` : ''}${c.column !== undefined ? `:${c.column}` : ''})` : '';
    const end = /[.!?]$/.test(reason) ? '' : '.';
    const hint = c.hint !== undefined ? ` ${c.hint}` : '';
    return `${where}${reason}${at}${end}${hint}`;
}
function isPipelineError(e, code) {
    return e instanceof PipelineError && (code === undefined || e.code === code);
}
/** The message of anything thrown, for logs. */
function messageOf(e) {
    if (e instanceof PipelineError)
        return e.describe();
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ encodedOf),
/* harmony export */   H3: () => (/* binding */ digestMismatch),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   m: () => (/* binding */ parseDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4918);
/**
 * Content digests (image-spec descriptor.md#digests): parsed, computed, and
 * verified while streaming, so no blob is trusted before it has been hashed.
 */





const ENCODED_LENGTH = { sha256: 64, sha512: 128 };
const DIGEST_RE = /^([a-z0-9]+(?:[+._-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
function parseDigest(text) {
    const m = DIGEST_RE.exec(text);
    if (m === null) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(text, { max: 140, redact: false })}' is not a digest`, { hint: 'A digest looks like sha256:<64 hex digits>.' }));
    }
    const algorithm = m[1];
    const encoded = m[2];
    if (algorithm !== 'sha256' && algorithm !== 'sha512') {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('UNSUPPORTED', `digest algorithm '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(algorithm, { redact: false })}' is not supported`, { hint: 'Use sha256 or sha512.' }));
    }
    if (encoded.length !== ENCODED_LENGTH[algorithm] || !/^[a-f0-9]+$/.test(encoded)) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(text, { max: 140, redact: false })}' is not a valid ${algorithm} digest`, {
            hint: `The encoded part must be ${ENCODED_LENGTH[algorithm]} lowercase hex digits.`,
        }));
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(text);
}
const algorithmOf = (d) => d.slice(0, d.indexOf(':'));
const encodedOf = (d) => d.slice(d.indexOf(':') + 1);
function digestBytes(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
/** The error for bytes that are not the digest they should be: one wording for every check. */
function digestMismatch(what, got, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('DIGEST_MISMATCH', `${what} has digest ${got}, expected ${expected}`, {
        hint: 'The blob is corrupt or was tampered with; rebuild or re-pull the image.',
    });
}
/** Counts and hashes bytes as they pass. */
class DigestCounter {
    algorithm;
    hash;
    size = 0;
    constructor(algorithm = 'sha256') {
        this.algorithm = algorithm;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    }
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    digest() {
        return `${this.algorithm}:${this.hash.digest('hex')}`;
    }
}
/**
 * A pass-through stream that fails at its end when the bytes do not match the
 * expected digest or size, and fails early once more bytes than expected pass.
 * `what` names the blob in the error (e.g. "layer 2 of ghcr.io/a/b").
 *
 * The last chunk is held back until the digest is checked: whoever consumes
 * the stream (a monolithic upload whose registry commits on its last byte, a
 * file written whole) never gets all of a blob that does not verify.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    counter;
    held;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.counter = new DigestCounter(algorithmOf(expected.digest));
    }
    _transform(chunk, _enc, cb) {
        this.counter.update(chunk);
        const size = this.expected.size;
        if (size !== undefined && this.counter.size > size) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('SIZE_MISMATCH', `${this.what} is larger than its descriptor says (${size} bytes)`, {
                hint: 'The blob is corrupt or was replaced; rebuild or re-pull the image.',
            }));
            return;
        }
        // An empty chunk (a writer may send one) must not take the held one's place, or the last bytes would pass unchecked.
        if (chunk.length === 0) {
            cb();
            return;
        }
        const previous = this.held;
        this.held = chunk;
        cb(null, previous);
    }
    _flush(cb) {
        const size = this.expected.size;
        if (size !== undefined && this.counter.size !== size) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('SIZE_MISMATCH', `${this.what} has ${this.counter.size} bytes, its descriptor says ${size}`, {
                hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
            }));
            return;
        }
        const got = this.counter.digest();
        if (got !== this.expected.digest) {
            cb(digestMismatch(this.what, got, this.expected.digest));
            return;
        }
        const last = this.held;
        this.held = undefined;
        cb(null, last);
    }
}
/** Check a whole buffer against a descriptor. */
function verifyBytes(data, expected, what) {
    if (expected.size !== undefined && data.length !== expected.size) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('SIZE_MISMATCH', `${what} has ${data.length} bytes, its descriptor says ${expected.size}`, {
            hint: 'The blob is truncated or corrupt; rebuild or re-pull the image.',
        });
    }
    const got = digestBytes(data, algorithmOf(expected.digest));
    if (got !== expected.digest) {
        throw digestMismatch(what, got, expected.digest);
    }
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ pipeToFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
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

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ preview),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Showing untrusted text (image file names, lines of a file we were asked to
 * read, tool output) in a message without letting it do harm: the one place
 * that decides how much of it, and in what form, reaches a log line, an
 * error, an annotation or a job summary.
 *
 * - `printable` keeps all of the text but makes every control character
 *   visible (`\n`, `\x00`, `\u202e`), so a name cannot end a workflow-command
 *   line, start a new one, or reorder what the reader sees.
 * - `preview` is for text we did not expect to show at all (a line of a file
 *   that failed to parse): printable, then secret-looking runs masked, then cut
 *   to a few dozen characters.
 */
/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
 * bidirectional overrides/isolates (the "Trojan Source" characters).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };
function visible(c) {
    const named = NAMED[c];
    if (named !== undefined)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** The whole text with every control character written as a visible escape. */
function printable(text) {
    return text.replace(CONTROL, visible);
}
/**
 * Runs that look like a credential or a hash: long and mixing letters with
 * digits (or upper and lower case, as base64 does), or a crypt(3) hash (`$6$salt$...`, as in /etc/shadow). Identifiers
 * such as `fileExistenceTests` stay readable, so a typo in a policy is still
 * shown as written.
 */
const RUN_CHARS = 'A-Za-z0-9+/=_$.:@-';
const RUN = new RegExp(`[${RUN_CHARS}]{12,}`, 'g');
const secretLike = (run) => /\$[0-9a-z]{1,2}\$/.test(run) || (run.length >= 16 && /\d/.test(run) && /[A-Za-z]/.test(run)) || (run.length >= 32 && /[a-z]/.test(run) && /[A-Z]/.test(run));
/**
 * A secret as shown anywhere: its first two characters, then stars (all stars
 * when it is too short to spare two). The one masking rule: previews use it
 * for secret-looking runs, and secret findings for the values they report.
 */
function mask(secret) {
    const v = secret.trim();
    return v.length <= 4 ? '****' : `${v.slice(0, 2)}${'*'.repeat(Math.min(8, v.length - 2))}`;
}
/** The run pattern with `separators` taken out of its characters. */
function runPattern(separators) {
    if (separators === undefined || separators === '')
        return RUN;
    const chars = [...RUN_CHARS.replace('A-Za-z0-9', '')].filter((c) => !separators.includes(c));
    return new RegExp(`[A-Za-z0-9${chars.map((c) => `\\${c}`).join('')}]{12,}`, 'g');
}
/**
 * A short, single-line, control-character-free, redacted preview of text we
 * did not write: what an error may echo of a file, a header or an output.
 */
function preview(text, opts = {}) {
    const max = opts.max ?? 40;
    // Look at a bounded head only: the input may be a whole file.
    const head = text.slice(0, max * 4 + 64);
    const oneLine = printable(head.replace(/\s+/g, ' ').trim());
    const redacted = opts.redact === false ? oneLine : oneLine.replace(runPattern(opts.separators), (run) => (secretLike(run) ? mask(run) : run));
    const cut = redacted.length > max || head.length < text.length;
    return cut ? `${redacted.slice(0, max).trimEnd()}\u2026` : redacted;
}


/***/ }),

/***/ 5668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hg: () => (/* binding */ NO_AUTH),
  LO: () => (/* binding */ credentialEnv),
  iT: () => (/* binding */ credentialResolver)
});

// UNUSED EXPORTS: CREDENTIAL_ENV, awsKeys, otherAccountEntry, parseRegistryAuth

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __nccwpck_require__(4659);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./shared/src/process.ts
/**
 * The one chokepoint for running other programs (buildah, skopeo, packer...):
 * argv arrays only (no shell, so nothing user-supplied is ever interpreted),
 * output captured with a cap, optionally streamed line by line to a callback.
 */


async function run(cmd, args, opts = {}) {
    const max = opts.maxBuffer ?? 8 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], signal: opts.signal });
        if (opts.onSpawn !== undefined && child.pid !== undefined)
            opts.onSpawn(child);
        const bufs = { stdout: [], stderr: [] };
        const sizes = { stdout: 0, stderr: 0 };
        const partial = { stdout: '', stderr: '' };
        const collect = (which) => (chunk) => {
            bufs[which].push(chunk);
            sizes[which] += chunk.length;
            while (sizes[which] > max && bufs[which].length > 1)
                sizes[which] -= bufs[which].shift().length;
            if (opts.onLine !== undefined) {
                const text = partial[which] + chunk.toString('utf8');
                const lines = text.split('\n');
                partial[which] = lines.pop() ?? '';
                for (const l of lines)
                    opts.onLine(l.replace(/\r$/, ''), which);
            }
        };
        child.stdout.on('data', collect('stdout'));
        child.stderr.on('data', collect('stderr'));
        child.on('error', (e) => {
            if (e.code === 'ENOENT') {
                reject(new errors/* PipelineError */.zC('NOT_FOUND', `'${cmd}' is not installed or not on PATH`, { cause: e }));
            }
            else
                reject(e);
        });
        child.on('close', (code, signal) => {
            if (opts.onLine !== undefined) {
                for (const which of ['stdout', 'stderr'])
                    if (partial[which] !== '')
                        opts.onLine(partial[which], which);
            }
            resolve({
                code: code ?? (signal !== null ? 128 : 1),
                stdout: Buffer.concat(bufs.stdout).toString('utf8'),
                stderr: Buffer.concat(bufs.stderr).toString('utf8'),
            });
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading its input */
        });
        child.stdin.end(opts.input);
    });
}
/** Whether a program is on PATH and answers `--version` (or the given args). */
async function canRun(cmd, args = ['--version']) {
    try {
        return (await run(cmd, args, { maxBuffer: 64 * 1024 })).code === 0;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __nccwpck_require__(5698);
;// CONCATENATED MODULE: ./shared/src/registry/credentials/docker-config.ts
/**
 * Credentials from Docker's config.json (`DOCKER_CONFIG` or ~/.docker):
 * `credHelpers` per registry, then `credsStore`, then `auths` entries
 * (base64 `auth` or username/password). Helpers are the `docker-credential-*`
 * programs, spoken to over stdin/stdout as Docker does.
 */







/**
 * The folder of config.json for a step's env: DOCKER_CONFIG, else
 * $HOME/.docker as the docker CLI finds it (HOME of that env, else the
 * account's home). The env is the caller's, never read here from the process.
 */
function dockerConfigDir(env) {
    if (env.DOCKER_CONFIG !== undefined && env.DOCKER_CONFIG !== '')
        return env.DOCKER_CONFIG;
    return external_node_path_.join(env.HOME !== undefined && env.HOME !== '' ? env.HOME : external_node_os_.homedir(), '.docker');
}
/** Where JSON.parse stopped, as line and column; never its message, which quotes the text (a password in config.json). */
function whereJsonStops(text, e) {
    const at = /at position (\d+)/.exec(e instanceof Error ? e.message : '');
    if (at === null)
        return '';
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const kindOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
/**
 * What is wrong with the shape of a parsed config.json, in expected/got words (kinds only, never values:
 * the file holds passwords); undefined when the fields read here are as docker writes them. Without it a
 * `null` file or an `auths` entry that is not an object ended in a TypeError that named nothing.
 */
function shapeProblem(config) {
    if (!isObject(config))
        return `expected the Docker config file to hold a JSON object, got ${kindOf(config)}`;
    for (const field of ['auths', 'credHelpers']) {
        const v = config[field];
        if (v === undefined)
            continue;
        if (!isObject(v))
            return `expected '${field}' in the Docker config file to be an object, got ${kindOf(v)}`;
        for (const [key, entry] of Object.entries(v)) {
            const ok = field === 'auths' ? isObject(entry) : typeof entry === 'string';
            if (!ok)
                return `expected '${field}.${key.slice(0, 80)}' in the Docker config file to be ${field === 'auths' ? 'an object' : 'a helper name'}, got ${kindOf(entry)}`;
        }
    }
    if (config.credsStore !== undefined && typeof config.credsStore !== 'string')
        return `expected 'credsStore' in the Docker config file to be a helper name, got ${kindOf(config.credsStore)}`;
    return undefined;
}
/** The registry a config.json key names; an empty key names none (not Docker Hub). */
const hostOfKey = (key) => (key.trim() === '' ? '' : (0,reference/* normalizeRegistry */.l5)(key));
async function fromHelper(helper, registry, file) {
    const program = `docker-credential-${helper}`;
    const res = await run(program, ['get'], { input: (0,reference/* credentialKey */.TC)(registry), maxBuffer: 64 * 1024 }).catch((e) => {
        throw new errors/* PipelineError */.zC('AUTH', `credential helper '${program}' named in ${file} cannot run`, {
            hint: `Install ${program} or remove it from ${file}.`,
            cause: e,
        });
    });
    if (res.code !== 0) {
        // Helpers answer "credentials not found" with a non-zero exit: anonymous then.
        if (/not found/i.test(res.stdout + res.stderr))
            return undefined;
        throw new errors/* PipelineError */.zC('AUTH', `credential helper '${program}' failed for ${registry}: ${(0,preview/* preview */.VH)(res.stderr, { max: 200 })}`, { file });
    }
    let parsed;
    try {
        parsed = JSON.parse(res.stdout);
    }
    catch {
        throw new errors/* PipelineError */.zC('AUTH', `credential helper '${program}' did not answer JSON for ${registry}`, { file });
    }
    if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    if (parsed.Username === '<token>') {
        throw new errors/* PipelineError */.zC('UNSUPPORTED', `credential helper '${program}' returned an identity token for ${registry}`, {
            hint: 'Give username/password credentials through registry-auth instead.',
        });
    }
    return { username: parsed.Username, password: parsed.Secret, source: `${program} (from ${file})` };
}
/** Credentials for `registry` from `dir`/config.json (dockerConfigDir(env) for a step's env); undefined when it has none. */
async function dockerConfigCredentials(registry, dir) {
    const file = external_node_path_.join(dir, 'config.json');
    let text;
    try {
        text = await promises_.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* PipelineError */.zC('AUTH', `expected the Docker config file to hold JSON, got text that does not parse${whereJsonStops(text, e)}`, {
            file,
            hint: 'Fix or remove the Docker config file (docker login writes a valid one).',
        });
    }
    const problem = shapeProblem(config);
    if (problem !== undefined)
        throw new errors/* PipelineError */.zC('AUTH', problem, { file, hint: 'Fix or remove the Docker config file (docker login writes a valid one).' });
    const helperKey = Object.keys(config.credHelpers ?? {}).find((k) => hostOfKey(k) === registry);
    if (helperKey !== undefined)
        return fromHelper(config.credHelpers?.[helperKey], registry, file);
    if (typeof config.credsStore === 'string' && config.credsStore !== '') {
        const c = await fromHelper(config.credsStore, registry, file);
        if (c !== undefined)
            return c;
    }
    const authKey = Object.keys(config.auths ?? {}).find((k) => hostOfKey(k) === registry);
    const entry = authKey === undefined ? undefined : config.auths?.[authKey];
    if (entry === undefined)
        return undefined;
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        if (i <= 0)
            throw new errors/* PipelineError */.zC('AUTH', `${file} has an 'auth' for ${authKey} that is not base64 of user:password`, { file });
        return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source: file };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string')
        return { username: entry.username, password: entry.password, source: file };
    return undefined;
}

// EXTERNAL MODULE: ./shared/src/registry/credentials/ecr.ts + 2 modules
var credentials_ecr = __nccwpck_require__(2386);
// EXTERNAL MODULE: ./shared/src/registry/credentials/registry-auth.ts
var registry_auth = __nccwpck_require__(1194);
;// CONCATENATED MODULE: ./shared/src/registry/credentials/credentials.ts
/**
 * Where credentials for a registry come from, in order: the `registry-auth`
 * input (basic auth, or for an ECR entry a token exchanged for its AWS
 * access keys or the runner's credentials: registry-auth.ts), GHCR with
 * `github-token`, private ECR (a token from GetAuthorizationToken with the
 * runner's credentials, or an entry's keys for accounts in AWS_ACCOUNT_IDS),
 * then Docker's config.json (credHelpers, credsStore, auths). None found
 * means anonymous. Every secret found is passed to `mask` before use.
 */





/** The variables of a step's env the resolver reads: awsKeys, otherAccountEntry, dockerConfigDir. */
const CREDENTIAL_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'AWS_ACCOUNT_IDS', 'DOCKER_CONFIG', 'HOME'];
/** The variables of `env` the resolver reads (those set), so that a value holding them carries nothing else of the env. Pure. */
function credentialEnv(env) {
    const out = {};
    for (const name of CREDENTIAL_ENV) {
        const v = env[name];
        if (v !== undefined)
            out[name] = v;
    }
    return out;
}
/**
 * For a caller that was given no auth options: no registry-auth, no GitHub token, no Docker config, whatever the
 * process's env or home hold. An ECR host is the exception: its token still comes from the AWS SDK's default chain
 * (the process's AWS env, ~/.aws, an instance role), which the SDK reads itself.
 */
const NO_AUTH = Object.freeze({ env: Object.freeze({}), dockerConfigDir: null });
const nonEmpty = (v) => v !== undefined && v !== '';
function credentialResolver(opts) {
    const mask = opts.mask ?? (() => undefined);
    for (const s of (0,registry_auth/* registryAuthSecrets */.hQ)(opts.registryAuth ?? []))
        mask(s);
    if (opts.githubToken !== undefined && opts.githubToken !== '')
        mask(opts.githubToken);
    // The type requires it; a caller in plain JS (or a cast) that leaves it out is told so, not given the process's.
    if (typeof opts.env !== 'object' || opts.env === null) {
        throw new TypeError("credentialResolver: expected the step's env in AuthOptions.env (credentialEnv(env) of the env getInputs read), got none");
    }
    const env = opts.env;
    const cache = new Map();
    /** An ECR token, with the keys of `from` (an entry) or, without one, the runner's AWS credentials. */
    const exchange = async (how, from) => {
        const keys = from !== undefined ? awsKeys(from.entry, env) : undefined;
        if (keys?.sessionToken !== undefined)
            mask(keys.sessionToken);
        const call = keys !== undefined && from !== undefined ? { keys, keysFrom: (0,registry_auth/* entryLabel */.b4)(from.entry, from.index) } : {};
        const c = how.kind === 'ecr-public' ? await (0,credentials_ecr/* ecrPublicCredentials */.EG)(opts.ecrPublicEndpoint, call) : await (0,credentials_ecr/* ecrCredentials */.dQ)(how, opts.ecrEndpoint, call);
        mask(c.password);
        return c;
    };
    const find = async (registry) => {
        const index = (opts.registryAuth ?? []).findIndex((e) => e.registry === registry);
        const entry = opts.registryAuth?.[index];
        if (entry !== undefined) {
            const how = (0,registry_auth/* entryAuth */.fd)(entry);
            if (how.kind === 'basic')
                return { username: entry.username, password: entry.password, source: "the 'registry-auth' input" };
            return exchange(how, { entry, index });
        }
        if (registry === 'ghcr.io' && opts.githubToken !== undefined && opts.githubToken !== '') {
            return { username: 'x-access-token', password: opts.githubToken, source: "the 'github-token' input" };
        }
        const ecr = (0,credentials_ecr/* parseEcrHost */.wl)(registry);
        // Public ECR without an entry stays anonymous: pulling public images needs no AWS credentials.
        if (ecr !== undefined)
            return exchange({ kind: 'ecr', ...ecr }, otherAccountEntry(opts.registryAuth ?? [], registry, env));
        if (opts.dockerConfigDir !== null) {
            // The env this resolver was given, not the process's: a caller passing its own env gets its own config.json.
            // Without DOCKER_CONFIG or HOME in that env there is no config to read: dockerConfigDir would fall back to
            // the process's own home (os.homedir() reads the process's HOME), the very leak `env` is there to stop.
            const dir = opts.dockerConfigDir ?? (nonEmpty(env.DOCKER_CONFIG) || nonEmpty(env.HOME) ? dockerConfigDir(env) : undefined);
            const c = dir === undefined ? undefined : await dockerConfigCredentials(registry, dir);
            if (c !== undefined)
                mask(c.password);
            return c;
        }
        return undefined;
    };
    return (registry) => {
        const key = (0,reference/* normalizeRegistry */.l5)(registry);
        let p = cache.get(key);
        if (p === undefined) {
            p = find(key);
            cache.set(key, p);
        }
        return p;
    };
}
/**
 * The access key pair of an ECR entry, or undefined for the runner's own
 * credentials (an entry without username/password). login-action never
 * passes a session token with keys; we add AWS_SESSION_TOKEN when the
 * entry's key id is the environment's AWS_ACCESS_KEY_ID, so the temporary
 * keys aws-actions/configure-aws-credentials exports work when a workflow
 * passes them on, and a session token is never paired with other keys.
 */
function awsKeys(entry, env) {
    if (entry.username === '' || entry.password === '')
        return undefined;
    const keys = { accessKeyId: entry.username, secretAccessKey: entry.password };
    const token = env.AWS_SESSION_TOKEN ?? '';
    if (token !== '' && env.AWS_ACCESS_KEY_ID === entry.username)
        keys.sessionToken = token;
    return keys;
}
/**
 * login-action's AWS_ACCOUNT_IDS (comma-separated): the access keys of an
 * ECR entry also log in to the registries of these other accounts. Here:
 * the first ECR entry with keys whose host differs from `registry` only in
 * the account (so the same region, partition and endpoint form), when
 * `registry`'s account is listed. Pure.
 */
function otherAccountEntry(entries, registry, env) {
    const host = (0,credentials_ecr/* parseEcrHost */.wl)(registry);
    const listed = (env.AWS_ACCOUNT_IDS ?? '').split(',').map((s) => s.trim());
    if (host === undefined || !listed.includes(host.accountId))
        return undefined;
    // Both names start with their 12-digit account (ecr.ts ECR_HOST).
    const index = entries.findIndex((e) => (0,registry_auth/* entryAuth */.fd)(e).kind === 'ecr' && awsKeys(e, env) !== undefined && e.registry.slice(12) === registry.slice(12));
    const entry = entries[index];
    return entry === undefined ? undefined : { entry, index };
}


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dQ: () => (/* binding */ ecrCredentials),
  EG: () => (/* binding */ ecrPublicCredentials),
  mC: () => (/* binding */ isPublicEcrHost),
  wl: () => (/* binding */ parseEcrHost)
});

// UNUSED EXPORTS: ECR_PUBLIC_REGION

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var policy = __nccwpck_require__(5466);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __nccwpck_require__(1340);
;// CONCATENATED MODULE: ./shared/src/aws/ec2-errors.ts
/**
 * What a failed EC2 request means, from its error code and HTTP status,
 * never message text: throttling and 5xx/network faults are worth another
 * try; access errors never are, and become an AUTH error that names the IAM
 * permission to grant; everything else becomes an AWS error carrying EC2's
 * code. The codes are the SDK v3 ones every AWS service uses, so ECR's
 * calls (aws-call.ts) are classified here too.
 */

const THROTTLE = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestThrottled', 'SlowDown']);
const TRANSIENT = new Set(['InternalError', 'InternalFailure', 'ServiceUnavailable', 'Unavailable', 'RequestTimeout', 'RequestExpired']);
const ACCESS = new Set(['UnauthorizedOperation', 'AuthFailure', 'AccessDenied', 'AccessDeniedException', 'OptInRequired', 'Blocked']);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'TimeoutError']);
/** EC2's error code of an SDK error (`InvalidAMIID.NotFound`...), if it has one. */
function awsErrorCode(e) {
    if (typeof e !== 'object' || e === null)
        return undefined;
    const o = e;
    if (typeof o.Code === 'string')
        return o.Code;
    if (typeof o.name === 'string' && o.name !== 'Error')
        return o.name;
    return typeof o.code === 'string' ? o.code : undefined;
}
function classifyAwsError(e) {
    const code = awsErrorCode(e) ?? '';
    const status = e?.$metadata?.httpStatusCode;
    if (THROTTLE.has(code) || status === 429)
        return 'throttle';
    if (ACCESS.has(code))
        return 'access';
    if (code.endsWith('.NotFound'))
        return 'not-found';
    if (TRANSIENT.has(code) || NETWORK.has(code) || (status !== undefined && status >= 500))
        return 'transient';
    return 'other';
}
/**
 * The classifier withRetry takes for EC2 requests: throttling and transient
 * faults, plus the kinds a caller adds (`not-found` right after a copy, while
 * EC2 is eventually consistent) and single codes it knows heal with time
 * (`InvalidSnapshot.InUse` just after its image is deregistered). Access
 * errors are never retried.
 */
function ec2Classify(alsoRetry = [], alsoRetryCodes = []) {
    return (e) => {
        const kind = classifyAwsError(e);
        const code = awsErrorCode(e);
        const extra = kind !== 'access' && (alsoRetry.includes(kind) || (code !== undefined && alsoRetryCodes.includes(code)));
        return { retry: kind === 'throttle' || kind === 'transient' || extra, why: code ?? kind };
    };
}
function accessError(action, region, e, service = 'ec2') {
    const code = awsErrorCode(e) ?? 'AccessDenied';
    const example = service === 'ec2' ? ' (see examples/ami/iam-policy.json)' : '';
    return new errors/* PipelineError */.zC('AUTH', `AWS refused ${service}:${action} in ${region} (${code}): the credentials lack the IAM permission ${service}:${action}`, {
        cause: e,
        hint: `Grant ${service}:${action} to the role this job assumes${example}, or check that the region is enabled for the account.`,
    });
}
function awsError(action, region, e, service = 'ec2') {
    const code = awsErrorCode(e) ?? 'Unknown';
    const msg = e instanceof Error ? e.message : String(e);
    return new errors/* PipelineError */.zC('AWS', `${service}:${action} in ${region} failed: ${code}: ${msg}`, { cause: e });
}

;// CONCATENATED MODULE: ./shared/src/aws/aws-call.ts
/**
 * One AWS request, for any SDK v3 client (EC2, ECR): the shared retry loop
 * (retry/retry.ts) with AWS's classification (ec2-errors.ts: throttling,
 * 5xx and network faults retried, access errors never), then the error that
 * ends it translated: an access error into AUTH naming the IAM permission,
 * anything else into an AWS error carrying the service's code. An aborted
 * call ends with the abort, as is. Clients are built with `maxAttempts: 1`
 * (ec2-client.ts, registry/credentials/ecr.ts) so this is the only loop.
 */




/**
 * Send one command, named by its service and action (`ecr`,
 * `GetAuthorizationToken`) so errors can name the IAM permission without
 * relying on class names that bundlers mangle.
 */
async function awsCall(client, service, action, command, opts) {
    const region = await regionOf(client);
    try {
        return await (0,retry/* withRetry */.b)(async () => (await client.send(command, { abortSignal: opts.signal })), {
            policy: opts.retry,
            classify: ec2Classify(opts.alsoRetry, opts.alsoRetryCodes),
            ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
            onRetry: (r) => opts.onRetry?.(r.attempt, r.why, r.waitMs),
        });
    }
    catch (e) {
        if (opts.signal?.aborted === true)
            throw e;
        if (classifyAwsError(e) === 'access')
            throw accessError(action, region, e, service);
        throw e instanceof errors/* PipelineError */.zC ? e : awsError(action, region, e, service);
    }
}
/** One EC2 request (EC2Client, named by its EC2 action: `CopyImage`), EC2_RETRY unless told otherwise. */
function ec2Call(client, action, command, opts = {}) {
    return awsCall(client, 'ec2', action, command, { ...opts, retry: opts.retry ?? EC2_RETRY });
}
async function regionOf(client) {
    const r = client.config.region;
    const v = typeof r === 'function' ? await r() : r;
    return typeof v === 'string' ? v : 'an unknown region';
}

;// CONCATENATED MODULE: ./shared/src/registry/credentials/ecr.ts



const ECR_HOST = /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|amazonaws\.eu|on\.aws|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)(?::\d+)?$/;
const ECR_PUBLIC_HOSTS = new Set(['public.ecr.aws', 'ecr-public.aws.com']);
/** ECR Public's API lives in us-east-1 only. */
const ECR_PUBLIC_REGION = 'us-east-1';
function parseEcrHost(registry) {
    const m = ECR_HOST.exec(registry.toLowerCase());
    return m === null ? undefined : { accountId: m[1], region: m[2] };
}
function isPublicEcrHost(registry) {
    return ECR_PUBLIC_HOSTS.has(registry.toLowerCase());
}
/** `endpoint`: e.g. an emulator's URL; the default is AWS's regional endpoint. */
async function ecrCredentials(host, endpoint, opts = {}) {
    // Loaded on first use: the SDK is large, and most pushes never touch ECR.
    const { ECRClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(249)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8249, 19));
    // SDK retries off: awsCall retries (retry/retry.ts, AWS's classification), so retries never nest.
    const client = new ECRClient({ region: host.region, maxAttempts: 1, ...clientExtras(endpoint, opts) });
    const what = `account ${host.accountId}, ${host.region}`;
    try {
        const out = await awsCall(client, 'ecr', 'GetAuthorizationToken', new GetAuthorizationTokenCommand({ registryIds: [host.accountId] }), callOptions(opts));
        return decodeToken(out.authorizationData?.[0]?.authorizationToken, `ECR GetAuthorizationToken (${what})`, opts);
    }
    catch (e) {
        // Everything, a refused permission too (its message names ecr:GetAuthorizationToken), stays an AWS error naming the account.
        throw tokenError(`could not get an ECR token for account ${host.accountId} in ${host.region}`, e, opts, 'ecr:GetAuthorizationToken');
    }
    finally {
        client.destroy();
    }
}
/** A token for public.ecr.aws (pushing there, or pulling above the anonymous rate). */
async function ecrPublicCredentials(endpoint, opts = {}) {
    const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(821)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9821, 19));
    const client = new ECRPUBLICClient({ region: ECR_PUBLIC_REGION, maxAttempts: 1, ...clientExtras(endpoint, opts) });
    try {
        const out = await awsCall(client, 'ecr-public', 'GetAuthorizationToken', new GetAuthorizationTokenCommand({}), callOptions(opts));
        return decodeToken(out.authorizationData?.authorizationToken, 'ECR Public GetAuthorizationToken', opts);
    }
    catch (e) {
        throw tokenError('could not get an ECR Public token', e, opts, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
    }
    finally {
        client.destroy();
    }
}
function clientExtras(endpoint, opts) {
    return { ...(endpoint !== undefined ? { endpoint } : {}), ...(opts.keys !== undefined ? { credentials: opts.keys } : {}) };
}
function callOptions(opts) {
    return { retry: opts.retry ?? policy/* REGISTRY_RETRY */.dv, ...(opts.onRetry !== undefined ? { onRetry: opts.onRetry } : {}) };
}
function decodeToken(token, from, opts) {
    if (token === undefined)
        throw new Error('the answer holds no authorizationToken');
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i <= 0)
        throw new Error('the token is not base64 of user:password');
    const source = opts.keysFrom !== undefined ? `${from} with the access keys of ${opts.keysFrom}` : from;
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source };
}
function tokenError(what, e, opts, permission) {
    let message = e.message;
    // An AWS signature error can quote the canonical request, headers and all (the session token among them).
    for (const s of [opts.keys?.secretAccessKey, opts.keys?.sessionToken, opts.keys?.accessKeyId]) {
        if (s !== undefined && s !== '')
            message = message.split(s).join('***');
    }
    const hint = opts.keysFrom !== undefined
        ? `Check the access key pair in ${opts.keysFrom} (username = AWS access key id, password = secret access key) and that it may call ${permission}.`
        : `Configure AWS credentials (aws-actions/configure-aws-credentials) with ${permission} allowed.`;
    return new errors/* PipelineError */.zC('AWS', `${what}: ${message}`, { hint, cause: e });
}


/***/ }),

/***/ 1194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b4: () => (/* binding */ entryLabel),
/* harmony export */   bf: () => (/* binding */ parseRegistryAuth),
/* harmony export */   fd: () => (/* binding */ entryAuth),
/* harmony export */   hQ: () => (/* binding */ registryAuthSecrets)
/* harmony export */ });
/* harmony import */ var _action_yaml_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4985);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4918);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5698);
/* harmony import */ var _ecr_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2386);





/** The user name of every ECR token: with it, `password` is a token (aws ecr get-login-password), never a secret key. */
const ECR_TOKEN_USER = 'AWS';
const KEYS = ['registry', 'username', 'password', 'ecr', 'scope'];
const SCOPE_HINT = "login-action's scope limits the credentials to one repository (and push or pull) inside Buildx's own config. Here an entry serves its whole registry " +
    'in every stage (base-image pulls, caches, pushes), so a scoped entry would be used more widely than you asked. Remove scope to use the ' +
    'credentials for the whole registry, or give these credentials only to the step that needs them.';
/**
 * Whether an entry is exchanged for an ECR token. auto: by host name,
 * except a `username: AWS` entry, which already holds a token (login-action
 * would fail on it; sending it as basic auth is what the user meant).
 */
function entryAuth(e) {
    const mode = e.ecr ?? 'auto';
    if (mode === 'false' || (mode === 'auto' && e.username === ECR_TOKEN_USER))
        return { kind: 'basic' };
    if ((0,_ecr_js__WEBPACK_IMPORTED_MODULE_3__/* .isPublicEcrHost */ .mC)(e.registry))
        return { kind: 'ecr-public' };
    const host = (0,_ecr_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEcrHost */ .wl)(e.registry);
    return host !== undefined ? { kind: 'ecr', ...host } : { kind: 'basic' };
}
/** The secrets an entry holds: the password, and the access key id when it is one of an AWS key pair. */
function registryAuthSecrets(entries) {
    const out = [];
    for (const e of entries) {
        if (e.password !== '')
            out.push(e.password);
        if (e.username !== '' && entryAuth(e).kind !== 'basic')
            out.push(e.username);
    }
    return out;
}
/** "'registry-auth' entry 2 (ghcr.io)" for messages; `index` is 0-based, as in the parsed list. */
function entryLabel(e, index, input = 'registry-auth') {
    return `'${input}' entry ${index + 1} (${e.registry})`;
}
function parseRegistryAuth(text, input = 'registry-auth') {
    if (text.trim() === '')
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)([]);
    // Loaded only when the input is given (action/yaml-reader.ts): most runs have none.
    const { LineCounter, parseDocument, isMap, isScalar, isSeq } = (0,_action_yaml_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlReader */ .B8)();
    // The failsafe schema keeps every scalar as its text: a password of digits stays "0123", `ecr: true` is "true".
    const scalarText = (node) => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);
    const lines = new LineCounter();
    const doc = parseDocument(text, { schema: 'failsafe', lineCounter: lines, uniqueKeys: true });
    const bad = doc.errors[0];
    if (bad !== undefined) {
        // bad.message quotes the source line, which may hold a password: only its line number goes out.
        const line = bad.linePos?.[0]?.line;
        const ctx = {
            input,
            hint: 'Write a YAML list: "- registry: ghcr.io\\n  username: ...\\n  password: ..." (each key once per entry).',
        };
        if (line !== undefined)
            ctx.line = line;
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' is not valid YAML${line !== undefined ? ` (line ${line})` : ''}`, ctx));
    }
    if (!isSeq(doc.contents)) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' must be a YAML list of entries`, { input, hint: 'Start each entry with "- registry: <host>".' }));
    }
    const out = [];
    for (const [i, item] of doc.contents.items.entries()) {
        const n = i + 1;
        const node = item;
        const line = node?.range !== undefined && node.range !== null ? lines.linePos(node.range[0]).line : undefined;
        const fail = (what, hint) => (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' entry ${n} ${what}${line !== undefined ? ` (line ${line})` : ''}`, {
            input,
            hint,
            ...(line !== undefined ? { line } : {}),
        }));
        if (!isMap(node))
            return fail('is not a mapping', 'Each entry has registry, username and password keys, as in login-action.');
        const fields = new Map();
        for (const pair of node.items) {
            const key = scalarText(pair.key) ?? '';
            if (!KEYS.includes(key)) {
                const why = key === 'logout' ? 'logout has no meaning here: credentials are never written to a Docker config, so there is nothing to log out of.' : '';
                // A key is a name, not a secret, but is cut short all the same.
                return fail(`has unknown key(s) ${key.slice(0, 40)}`, `${why} Allowed keys: ${KEYS.join(', ')}.`.trim());
            }
            const value = pair.value === null ? '' : scalarText(pair.value);
            if (value === undefined)
                return fail(`field '${key}' must be a single value, not a list or mapping`, `Write "${key}: <value>".`);
            fields.set(key, value.trim());
        }
        const registry = fields.get('registry') ? (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRegistry */ .l5)(fields.get('registry')) : _reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REGISTRY */ .sx;
        const at = `(${registry})`;
        const ecrText = (fields.get('ecr') ?? '').toLowerCase();
        if (ecrText !== '' && !['auto', 'true', 'false'].includes(ecrText)) {
            // An ecr value is a choice, never a secret: it may be quoted.
            return fail(`${at} field 'ecr' must be auto, true or false, got '${ecrText.slice(0, 20)}'`, 'auto (the default) detects ECR by the host name.');
        }
        if ((fields.get('scope') ?? '') !== '')
            return fail(`${at} field 'scope' is not supported`, SCOPE_HINT);
        const entry = {
            registry,
            username: fields.get('username') ?? '',
            password: fields.get('password') ?? '',
            // Left out when not given, so an entry of the basic shape stays {registry, username, password}.
            ...(ecrText !== '' ? { ecr: ecrText } : {}),
        };
        const auth = entryAuth(entry);
        if (entry.ecr === 'true' && (auth.kind === 'basic' || entry.username === ECR_TOKEN_USER)) {
            return fail(entry.username === ECR_TOKEN_USER
                ? `${at} has ecr: true with username AWS, the user of an ECR token, not an access key id`
                : `${at} has ecr: true but ${registry} is not an ECR host, so no region or account can be read from it`, entry.username === ECR_TOKEN_USER
                ? 'For a token from "aws ecr get-login-password" set ecr: false (or leave ecr out); for access keys give the access key id as username.'
                : 'ECR hosts look like <account>.dkr.ecr.<region>.amazonaws.com or public.ecr.aws; set ecr: false to send username/password as they are.');
        }
        for (const [k, other] of [
            ['username', 'password'],
            ['password', 'username'],
        ]) {
            if (entry[k] !== '')
                continue;
            if (auth.kind === 'basic')
                return fail(`${at} has no ${k}`, `Give every entry a non-empty ${k} (use a secret: \${{ secrets.NAME }}).`);
            if (entry[other] !== '')
                return fail(`${at} has a ${other} but no ${k}`, "An ECR entry takes both username (AWS access key id) and password (secret access key), or neither to use the runner's AWS credentials.");
        }
        out.push(entry);
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(out);
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   TC: () => (/* binding */ credentialKey),
/* harmony export */   TZ: () => (/* binding */ parseRegistryHost),
/* harmony export */   l5: () => (/* binding */ normalizeRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   sx: () => (/* binding */ DEFAULT_REGISTRY)
/* harmony export */ });
/* unused harmony exports canonicalRegistry, TAG_PATTERN, previewReference, repositoryName, isTag, parseTag, parseTags, tagFromInput, parseTagOrReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8301);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4918);
/**
 * Image references parsed the way Docker's distribution/reference does:
 * `[registry/]repository[:tag][@digest]`, with `docker.io` as the default
 * registry and `library/` for its one-component names. Pure and
 * Result-returning: every way a reference can be wrong gets a message that
 * says which part is wrong and how a good one looks.
 */




const DEFAULT_REGISTRY = 'docker.io';
/**
 * Docker Hub answers to several names; credentials, insecure lists and
 * comparisons use the one canonical name (docker.io), requests go to the
 * API host (apiHost), and Docker's config.json files it under its v1 URL
 * (credentialKey). The one list of aliases.
 */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** A registry host as written (host[:port]) with Docker Hub's aliases folded to docker.io; other hosts unchanged. */
function canonicalRegistry(host) {
    return DOCKER_HUB_ALIASES.has(host.toLowerCase()) ? DEFAULT_REGISTRY : host;
}
/**
 * Registry names compared the way Docker does (auth entries, config.json
 * keys, insecure-registries): no scheme or path, lower case, Docker Hub's
 * aliases folded. An empty name is Docker Hub.
 */
function normalizeRegistry(text) {
    const host = text
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return host === '' ? DEFAULT_REGISTRY : canonicalRegistry(host);
}
const MAX_NAME = 255;
// Grammar of distribution/reference (regexp.go), written out once.
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
/** The distribution spec's tag grammar, the one copy: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
const TAG_RULE = "letters, digits, '_', '.' and '-', does not start with '.' or '-', and is at most 128 characters";
const HINT = 'A reference looks like registry.example.com/team/app:1.2, ghcr.io/owner/app or app@sha256:<64 hex>.';
const CREDENTIALS_HINT = 'Give registry credentials through registry-auth (or docker login), not in the reference.';
/** A reference's parts are judged one by one for secrets, so `ghcr.io/acme/app:1.2` stays readable. */
const PARTS = '/.:@';
/** What of a part (tag, repository, host, digest) an error shows. */
const part = (text) => (0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(text, { max: 80, separators: PARTS });
/**
 * Only a digest may follow a reference's `@`. When something else does and
 * the text could hold a password (a second `@`, a `:` before it, a path after
 * it), it is a `user:password@` pasted in front of a registry
 * (`robot:pw@ghcr.io/app`, `https://robot:pw@host:5000`), which no message shows.
 */
const DIGEST_AFTER_AT = /^sha\d{3}:[^/@]*$/;
function hasUserinfo(text) {
    const at = text.indexOf('@');
    const last = text.lastIndexOf('@');
    if (at < 0)
        return false;
    const after = text.slice(last + 1);
    if (at === last && DIGEST_AFTER_AT.test(after))
        return false;
    return at !== last || text.slice(0, at).includes(':') || after.includes('/');
}
const withoutUserinfo = (text) => (hasUserinfo(text) ? `***@${text.slice(text.lastIndexOf('@') + 1)}` : text);
/**
 * A reference (or what was meant as one) as any message quotes it: no
 * userinfo, at most 80 characters, redacted part by part, control characters
 * escaped. The one rule, for parseReference's errors and its callers'.
 */
const previewReference = (text) => (0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(withoutUserinfo(text), { max: 80, separators: PARTS });
function fail(text, what, hint = HINT) {
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `'${previewReference(text)}' is not a valid image reference: ${what}`, { hint }));
}
/** Whether the first path component names a registry (Docker's splitDockerDomain rule). */
function looksLikeHost(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
function parseReference(input) {
    const text = input.trim();
    if (text === '')
        return fail(input, 'it is empty');
    if (/\s/.test(text))
        return fail(text, 'it contains white space');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const after = rest.slice(rest.lastIndexOf('@') + 1);
        if (hasUserinfo(rest)) {
            return fail(text, `expected a digest such as sha256:<64 hex digits> after '@', got '${part(after)}'; a reference holds no user:password@`, CREDENTIALS_HINT);
        }
        const d = (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(after);
        // Our own words, not parseDigest's: its message shows the text whole, unredacted (a digest is an identifier, this may not be one).
        if (!d.ok)
            return fail(text, `the digest part: expected sha256:<64 hex digits> (lowercase; sha512: 128), got '${part(after)}'`);
        digest = d.value;
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!isTag(tag))
            return fail(text, `the tag '${part(tag)}' may hold only ${TAG_RULE}`);
    }
    if (rest === '')
        return fail(text, 'the repository name is missing');
    let registry = DEFAULT_REGISTRY;
    let repository = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0 && looksLikeHost(rest.slice(0, slash))) {
        registry = rest.slice(0, slash);
        repository = rest.slice(slash + 1);
        if (!HOST_RE.test(registry))
            return fail(text, `'${part(registry)}' is not a valid registry host[:port]`);
        registry = canonicalRegistry(registry);
    }
    if (repository === '')
        return fail(text, 'the repository name is missing');
    if (repository !== repository.toLowerCase())
        return fail(text, `the repository '${part(repository)}' must be lowercase`);
    if (!PATH_RE.test(repository)) {
        return fail(text, `the repository '${part(repository)}' must be lowercase letters and digits in '/'-separated parts, joined by '.', '_', '__' or '-'`);
    }
    if (registry === DEFAULT_REGISTRY && !repository.includes('/'))
        repository = `library/${repository}`;
    if (registry.length + 1 + repository.length > MAX_NAME)
        return fail(text, `the name is longer than ${MAX_NAME} characters`);
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(ref);
}
/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** `registry/repository`, no tag or digest. */
const repositoryName = (ref) => `${ref.registry}/${ref.repository}`;
/** The host that serves the API for a registry name (Docker Hub's API lives elsewhere). */
function apiHost(registry) {
    return registry === DEFAULT_REGISTRY ? 'registry-1.docker.io' : registry;
}
/** The key Docker's config.json and credential helpers file a registry under (Docker Hub keeps its v1 URL). */
function credentialKey(registry) {
    return registry === DEFAULT_REGISTRY ? 'https://index.docker.io/v1/' : registry;
}
/**
 * A registry host[:port] as a user writes it in a list input
 * (insecure-registries): a scheme or a trailing path is tolerated, the
 * rest must be a host name or [IPv6] with an optional port.
 */
function parseRegistryHost(text, input) {
    const host = normalizeRegistry(text);
    if (text.trim() !== '' && HOST_RE.test(host))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(host);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `expected a registry host[:port], got '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(text, { max: 80 })}'`, {
        input,
        hint: 'Write one registry per line as host or host:port, e.g. registry.lan:5000 or [::1]:5000.',
    }));
}
const isTag = (text) => TAG_PATTERN.test(text);
/** A tag checked against the grammar; the error names `input` when given. */
function parseTag(tag, input) {
    if (isTag(tag))
        return ok(tag);
    return err(new PipelineError('INPUT', `'${preview(tag, { max: 140, redact: false })}' is not a valid tag`, {
        ...(input !== undefined ? { input } : {}),
        hint: `A tag holds ${TAG_RULE}.`,
    }));
}
/** Every item a valid tag (distribute-image's `tags` input); the first bad one is named with the input. */
function parseTags(tags, input = 'tags') {
    for (const t of tags) {
        const r = parseTag(t, input);
        if (!r.ok)
            return r;
    }
    return ok(tags);
}
/**
 * The tag an item of build-image's `tags` input names: a bare tag as is, or
 * the tag of a full reference (`ghcr.io/acme/app:1.2` -> `1.2`, untagged ->
 * `latest`), as users of docker/build-push-action write them. Undefined
 * when it is neither.
 */
function tagFromInput(item) {
    if (isTag(item))
        return item;
    const r = parseReference(item);
    return r.ok ? (r.value.tag ?? 'latest') : undefined;
}
/** tagFromInput as a Result whose error names the input and both accepted forms. */
function parseTagOrReference(item, input = 'tags') {
    const tag = tagFromInput(item);
    if (tag !== undefined)
        return ok(tag);
    return err(new PipelineError('INPUT', `'${preview(item, { max: 140, redact: false })}' is not a valid tag nor an image reference`, {
        input,
        hint: `A tag holds ${TAG_RULE}; a reference looks like ghcr.io/owner/app:1.2.`,
    }));
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Mk: () => (/* binding */ drainBounded),
/* harmony export */   V9: () => (/* binding */ BODY_CAPS),
/* harmony export */   uo: () => (/* binding */ capped)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one bounded reader for bodies that come from the network (registry
 * answers, token services, package indexes). A server decides how much it
 * sends, and a missing or false Content-Length says nothing, so every body we
 * read or drain stops at a byte cap:
 *
 * - `fail`: the body is data we need whole (a manifest, a token, an index);
 *   past the cap the stream is destroyed and the caller's error is thrown.
 * - `truncate`: the body is only informative (an error body); we keep the
 *   first `max` bytes and hang up instead of reading the rest (the
 *   connection is not reused then).
 * - drainBounded(): the body is unwanted (a drain for connection reuse);
 *   read in flowing mode, nothing kept, hung up on past the cap.
 *
 * `capped()` is the same rule as a stream stage, for bodies that are parsed
 * as they arrive (decompressed package indexes).
 */

/** Caps, in bytes; each names what it bounds. */
const BODY_CAPS = {
    /** Error bodies and drained bodies: enough for any spec error JSON. */
    drain: 64 * 1024,
    /** Manifests and indexes, as the OCI distribution spec suggests registries accept at least. */
    manifest: 4 * 1024 * 1024,
    /** Token service answers: a JWT with its certificate chain is a few KB. */
    token: 64 * 1024,
};
async function readBounded(body, max, mode, overflow) {
    const parts = [];
    let size = 0;
    // Leaving the loop early (break or throw) destroys the stream: nothing more is read.
    for await (const raw of body) {
        const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
        if (size + chunk.length > max) {
            if (mode === 'fail')
                throw overflow(max);
            parts.push(chunk.subarray(0, max - size));
            return { bytes: Buffer.concat(parts), truncated: true };
        }
        parts.push(chunk);
        size += chunk.length;
    }
    return { bytes: Buffer.concat(parts), truncated: false };
}
/**
 * Drain an unwanted body in flowing mode (no async iterator, no copies), up
 * to `max` bytes; past that the stream is destroyed (we hang up). Resolves
 * once the body ended, failed or was cut; true when it was cut.
 */
function drainBounded(body, max) {
    return new Promise((resolve) => {
        if (body.readableEnded || body.destroyed) {
            resolve(false);
            return;
        }
        let size = 0;
        const done = (cut) => {
            body.removeListener('data', onData);
            resolve(cut);
        };
        const onData = (chunk) => {
            size += chunk.length;
            if (size > max) {
                body.destroy();
                done(true);
            }
        };
        body.on('data', onData);
        body.once('end', () => done(false));
        body.once('error', () => done(false));
        body.once('close', () => done(false));
    });
}
/** A pass-through stage that errors with `overflow(max)` as soon as more than `max` bytes have gone by. */
function capped(max, overflow) {
    let size = 0;
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _enc, cb) {
            size += chunk.length;
            if (size > max)
                cb(overflow(max));
            else
                cb(null, chunk);
        },
    });
}


/***/ }),

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ fetchFollowing)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _origin_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2639);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1812);
/**
 * A fetch() that follows redirects by our rules, not the platform's: for
 * plain downloads from servers we do not control (a package index, a
 * release's SHA256SUMS). fetch's own `redirect: 'follow'` takes 20 hops and
 * goes from https down to http without a word; here each hop is decided by
 * origin.ts (redirectTarget: http(s) only, no downgrade) and at most
 * MAX_REDIRECTS are taken. An Authorization header stays on the first URL's
 * origin (mayCarryCredentials). The registry client's blob redirects use
 * origin.ts too (resolveServerUrl, MAX_REDIRECTS); those may reach plain-http
 * storage because the blob is checked against its digest.
 */



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** GET-like requests only (a 303 keeps the method, as no body is sent). The answer at the end of the redirects, whatever its status. */
async function fetchFollowing(url, init, opts) {
    // node:http by default, never the platform's fetch (http-fetch.ts says why).
    const fetchImpl = opts.fetchImpl ?? _http_fetch_js__WEBPACK_IMPORTED_MODULE_2__/* .httpFetch */ .t;
    const max = opts.maxRedirects ?? _origin_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REDIRECTS */ .NX;
    const first = new URL(url);
    let current = first;
    const refuse = (why, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('NETWORK', `${opts.what} ${why}`, { ...opts.context, hint });
    for (let hops = 0;; hops++) {
        const headers = new Headers(init.headers);
        if (!(0,_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .mayCarryCredentials */ .x6)(first, current))
            headers.delete('authorization');
        const res = await fetchImpl(current, { ...init, headers, redirect: 'manual' });
        if (!REDIRECTS.has(res.status))
            return res;
        await res.body?.cancel().catch(() => undefined);
        if (hops >= max)
            throw refuse(`redirected more than ${max} times (last to ${(0,_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(current)})`, 'Point the URL at where the file is served; a redirect loop or a long chain is not followed.');
        const next = (0,_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .redirectTarget */ .ET)(res.headers.get('location') ?? undefined, current);
        if (!next.ok) {
            switch (next.error.problem) {
                case 'downgrade':
                    throw refuse(`redirected from https to plain http (${(0,_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(res.headers.get('location') ?? '')}); not followed`, 'Use a mirror that serves https all the way; a redirect to http could be answered by anyone on the path.');
                case 'not-http':
                    throw refuse(`redirected to a URL that is not http(s) (${next.error.protocol})`, 'The server is misconfigured or hostile; check the URL.');
                default:
                    throw refuse(`answered HTTP ${res.status} with ${next.error.problem === 'missing' ? 'no' : 'an unreadable'} Location`, 'The server is misconfigured; check the URL.');
            }
        }
        current = next.value;
    }
}


/***/ }),

/***/ 1812:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ httpFetch)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _registry_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7221);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3997);
/**
 * fetch() over node:http(s) (send, http.ts): what fetchFollowing and the
 * plain downloads (Packer's release files, package indexes, vulnerability
 * databases) use instead of the platform's fetch.
 *
 * Why not the platform's: its fetch is undici, and an undici bundled beside
 * our code (@actions/http-client's, loaded with @actions/tool-cache or
 * @actions/github) becomes fetch's global dispatcher when it loads before
 * the first fetch. undici 6.29.1 and 7.30.2 then kill the process with an
 * AssertionError (`assert(!this.paused)`) that no caller can catch when a
 * server closes the connection while the body is read slower than it
 * arrives (nodejs/undici#5360, fixed in 8.x only): a Packer mirror answering
 * `Connection: close` killed build-image mid-download. node:http has no
 * such failure, and it is the transport the registry client already uses.
 *
 * What callers see is fetch's shape, so the retry classifiers need no
 * change: a transport failure rejects with TypeError('fetch failed') whose
 * `cause` carries the socket's code (ECONNRESET, ECONNREFUSED, ETIMEDOUT),
 * an aborted signal with the signal's reason (AbortSignal.timeout: a
 * TimeoutError), a body cut short errors its stream. Only what our callers
 * use is supported: GET-like requests and small bodies, `redirect: 'manual'`
 * (fetchFollowing decides redirects by origin.ts's rules) or 'error'; no
 * content decoding (no Accept-Encoding is sent, so servers answer identity).
 * Time is bounded by the caller's signal, which is required, and by a
 * socket silent for IDLE_MS, as undici's own headers and body timeouts did.
 */



/** A socket silent this long fails the request: undici's headersTimeout and bodyTimeout, which fetch had. */
const IDLE_MS = 300_000;
/** Node fires a longer timer at once; the caller's signal is the real deadline. */
const NO_DEADLINE_MS = 2 ** 31 - 1;
/** Statuses whose answer has no body (fetch's null-body statuses), and HEAD's. */
const NULL_BODY = new Set([101, 204, 205, 304]);
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** The socket error under a transport failure, with its code: what fetch puts in its errors' `cause`. */
function socketCause(e) {
    if (!(e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl))
        return e;
    const under = e.cause instanceof Error && typeof e.cause.code === 'string' ? e.cause : undefined;
    return under ?? Object.assign(new Error(e.message), { code: e.failure.errno ?? 'ENETWORK' });
}
/** fetch's rejection for a failed exchange: TypeError('fetch failed') with the socket error (and its code) as the cause. */
const fetchFailed = (e) => new TypeError('fetch failed', { cause: socketCause(e) });
/**
 * The response body as fetch errors it: a transport failure mid-body (our idle timer's RegistryError) becomes
 * TypeError('terminated') with the socket error as the cause, so callers tell it from their own checks (a
 * PipelineError) as they did with fetch. Other errors (a reset's ECONNRESET, the signal's reason) pass as they are.
 */
function fetchBody(body) {
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough();
    body.on('error', (e) => out.destroy(e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl ? new TypeError('terminated', { cause: socketCause(e) }) : e));
    // Gone before its end without an error of its own: the reader must not wait for an end that never comes.
    body.on('close', () => {
        if (!body.readableEnded && !out.destroyed)
            out.destroy(new TypeError('terminated', { cause: Object.assign(new Error('the response closed before its end'), { code: 'ECONNRESET' }) }));
    });
    // The reader cancelled (or is done): the response goes too, and with it a connection that has more to send.
    out.on('close', () => {
        if (!body.readableEnded)
            body.destroy();
    });
    return body.pipe(out);
}
function bodyOf(body, headers) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string') {
        // As fetch: a string is sent as UTF-8 text unless the caller says what it is.
        headers['content-type'] ??= 'text/plain;charset=UTF-8';
        return Buffer.from(body, 'utf8');
    }
    if (body instanceof Uint8Array)
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    throw new TypeError('httpFetch sends a string or bytes as a body; this one is a stream, form or blob');
}
function headersOf(res) {
    const h = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
        if (value === undefined)
            continue;
        for (const v of Array.isArray(value) ? value : [value])
            h.append(name, v);
    }
    return h;
}
const httpFetch = async (input, init = {}) => {
    if (typeof input !== 'string' && !(input instanceof URL))
        throw new TypeError('httpFetch takes a URL, not a Request');
    const url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError(`httpFetch fetches http(s) URLs, not ${url.protocol}`);
    const method = (init.method ?? 'GET').toUpperCase();
    if (!METHODS.has(method))
        throw new TypeError(`httpFetch does not send ${method} requests`);
    if (init.redirect === 'follow' || init.redirect === undefined)
        throw new TypeError("httpFetch follows no redirect itself: pass redirect 'manual' (fetchFollowing decides them) or 'error'");
    // A server may trickle its body a byte a minute: only a deadline over the whole exchange ends that, and the caller names it.
    const signal = init.signal;
    if (signal === undefined || signal === null)
        throw new TypeError('httpFetch needs a signal (e.g. AbortSignal.timeout): without one nothing bounds a server that trickles its body');
    const headers = {};
    new Headers(init.headers).forEach((v, k) => {
        headers[k] = v;
    });
    const body = bodyOf(init.body, headers);
    let res;
    try {
        res = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .send */ .tN)({
            method,
            url,
            headers,
            ...(body !== undefined ? { body } : {}),
            idleTimeoutMs: IDLE_MS,
            deadlineMs: NO_DEADLINE_MS,
            // No floor rate: fetch had none, and a slow mirror is not a hostile registry; the signal bounds the time.
            minBytesPerSecond: 0,
            signal,
        });
    }
    catch (e) {
        if (signal.aborted && e === signal.reason)
            throw e;
        throw fetchFailed(e);
    }
    if (res.status < 200 || res.status > 599) {
        res.body.destroy();
        throw fetchFailed(Object.assign(new Error(`${url.host} answered HTTP ${res.status}`), { code: 'EPROTO' }));
    }
    if (init.redirect === 'error' && res.status >= 300 && res.status < 400 && res.headers.location !== undefined) {
        res.body.destroy();
        throw new TypeError('fetch failed', { cause: new Error(`redirected (HTTP ${res.status}) where redirect is 'error'`) });
    }
    const empty = method === 'HEAD' || NULL_BODY.has(res.status);
    if (empty)
        res.body.resume();
    // node:stream/web's ReadableStream and the DOM's are one class with two type declarations.
    const stream = empty ? null : node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.toWeb(fetchBody(res.body));
    const response = new Response(stream, {
        status: res.status,
        headers: headersOf(res),
    });
    // fetch's Response knows where it came from; a constructed one does not.
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
};


/***/ }),

/***/ 3997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tN: () => (/* binding */ send),
/* harmony export */   vf: () => (/* binding */ discard),
/* harmony export */   yR: () => (/* binding */ readText),
/* harmony export */   yw: () => (/* binding */ readAll)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(617);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3904);
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6761);
/* harmony import */ var _origin_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2639);
/* harmony import */ var _registry_error_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7221);
/* harmony import */ var _timeouts_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(2269);
/**
 * One HTTP exchange with a registry over node:http(s), streaming both ways.
 * Transport failures become RegistryError('NETWORK') carrying the socket
 * error code, so retry-classify.ts can classify them. No retries and no auth here.
 *
 * Every exchange is bounded in time twice: the socket may not be silent for
 * longer than `idleTimeoutMs`, and the whole exchange (connect, request
 * body, response headers and the response body, however slowly it trickles)
 * must be over by `deadlineMs`, or both sides are destroyed with ETIMEDOUT.
 * While a body streams either way it must also keep a floor rate
 * (`minBytesPerSecond` over each `stallWindowMs`), because the deadline of
 * a blob grows with a size the registry itself declared. The floor costs
 * one interval timer per request and reads the socket's own byte counters:
 * no work per chunk, no stage added to the body.
 * Every body read here is bounded in size (body.ts).
 */










const agents = {
    http: new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: 64 }),
};
function networkError(e, req) {
    if (e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_8__/* .RegistryError */ .gl)
        return e;
    const errno = e.code ?? (/premature|aborted|hang up/i.test(e.message) ? 'ECONNRESET' : 'ENETWORK');
    return new _registry_error_js__WEBPACK_IMPORTED_MODULE_8__/* .RegistryError */ .gl('NETWORK', `${req.method} ${where(req)} failed: ${e.message}`, { errno }, 'Check that the registry is reachable from this runner.', e);
}
/** The longest delay setTimeout honours (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const where = (req) => (0,_origin_js__WEBPACK_IMPORTED_MODULE_7__/* .redactUrl */ .BO)(req.url).replace(/^https?:\/\//, '');
function timeoutError(req, message, hint) {
    return new _registry_error_js__WEBPACK_IMPORTED_MODULE_8__/* .RegistryError */ .gl('NETWORK', `${req.method} ${where(req)} ${message}`, { errno: 'ETIMEDOUT' }, hint);
}
function send(req) {
    return new Promise((resolve, reject) => {
        const isHttps = req.url.protocol === 'https:';
        const headers = { 'user-agent': 'image-pipeline', ...(req.headers ?? {}) };
        if (Buffer.isBuffer(req.body))
            headers['content-length'] = String(req.body.length);
        let host = req.url.hostname;
        let port = req.url.port;
        if (req.connectTo !== undefined) {
            const i = req.connectTo.lastIndexOf(':');
            host = req.connectTo.slice(0, i);
            port = req.connectTo.slice(i + 1);
            headers.host = req.url.host;
        }
        const options = {
            method: req.method,
            host: host.replace(/^\[|\]$/g, ''),
            port: port === '' ? (isHttps ? 443 : 80) : Number(port),
            path: `${req.url.pathname}${req.url.search}`,
            headers,
            agent: isHttps ? agents.https : agents.http,
        };
        // SNI names a host, never an address (RFC 6066).
        const hostname = req.url.hostname.replace(/^\[|\]$/g, '');
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(hostname) === 0)
            options.servername = hostname;
        let settled = false;
        let bodyError;
        let stopBody = () => undefined;
        let response;
        // Node fires a timer longer than 2^31-1 ms at once (a declared 1 TiB blob asks for weeks): clamp it.
        const deadlineMs = Math.min(req.deadlineMs ?? _timeouts_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_TIMEOUTS */ .Rh.requestMs, MAX_TIMER_MS);
        const idleMs = req.idleTimeoutMs ?? _timeouts_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_TIMEOUTS */ .Rh.idleMs;
        // One clock for the whole exchange: a server that trickles a byte now and then never trips the idle timeout.
        const deadline = setTimeout(() => {
            const e = timeoutError(req, `was not over after its ${deadlineMs / 1000} s deadline`, 'The registry is too slow or stalling on purpose; check it, or raise the deadline.');
            if (!settled) {
                settled = true;
                reject(e);
            }
            r.destroy(e);
            response?.destroy(e);
        }, deadlineMs);
        deadline.unref();
        const stall = stallMeter(req, () => r, () => response, (e) => {
            if (!settled) {
                settled = true;
                reject(e);
            }
            r.destroy(e);
            response?.destroy(e);
        });
        const r = (isHttps ? node_https__WEBPACK_IMPORTED_MODULE_1__ : node_http__WEBPACK_IMPORTED_MODULE_0__).request(options, (res) => {
            settled = true;
            response = res;
            // The response body is a new transfer: its window starts now, not while the registry was thinking.
            stall.restart();
            const over = () => {
                clearTimeout(deadline);
                stall.stop();
            };
            res.once('close', over);
            res.once('end', over);
            const body = req.body;
            if (body !== undefined && !Buffer.isBuffer(body) && !body.readableEnded) {
                // Answered before taking the whole body (an error): stop sending and
                // do not reuse this connection.
                stopBody();
                res.once('end', () => r.destroy());
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, url: req.url, body: res });
        });
        r.setTimeout(idleMs, () => {
            const e = timeoutError(req, `sent no data for ${idleMs / 1000} s`, 'Check that the registry is reachable and healthy.');
            r.destroy(e);
            response?.destroy(e);
        });
        r.once('socket', () => stall.restart());
        r.on('error', (e) => {
            stall.stop();
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            // A body that failed its own check (digest mismatch) is the real cause.
            reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isPipelineError */ .h$)(bodyError) ? bodyError : networkError(e, req));
        });
        const signal = req.signal;
        if (signal !== undefined) {
            const onAbort = () => {
                // The reason as it is (AbortSignal.timeout's is a DOMException of Node's realm), for callers to tell a timeout.
                const e = (signal.reason ?? new Error('aborted'));
                clearTimeout(deadline);
                stall.stop();
                if (!settled) {
                    settled = true;
                    reject(e);
                }
                r.destroy(e);
                response?.destroy(e);
            };
            if (signal.aborted) {
                onAbort();
                return;
            }
            signal.addEventListener('abort', onAbort, { once: true });
            // The signal outlives the exchange (AbortSignal.timeout over several requests): let go of it when this one is over.
            r.once('close', () => {
                if (response === undefined || response.closed)
                    signal.removeEventListener('abort', onAbort);
                else
                    response.once('close', () => signal.removeEventListener('abort', onAbort));
            });
        }
        const body = req.body;
        if (body === undefined || Buffer.isBuffer(body)) {
            r.end(body);
        }
        else {
            if (body.destroyed) {
                // A tee branch can fail (the blob did not verify) before we get to send it.
                settled = true;
                clearTimeout(deadline);
                stall.stop();
                r.destroy();
                const e = body.errored ?? Object.assign(new Error('the body stream closed before it was sent'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
                reject((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isPipelineError */ .h$)(e) ? e : networkError(e, req));
                return;
            }
            (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.finished)(body, (e) => {
                if (e === undefined || e === null)
                    return;
                bodyError = e;
                r.destroy(e);
            });
            stopBody = sendBody(body, r);
        }
    });
}
/**
 * Stream `body` into the request, as body.pipe(r) would (pause while the
 * request is full, end it at the body's end). When the body lends its
 * chunks (chunk-pool.ts), each is handed back once the request's write of
 * it has called back: the socket has taken the bytes then (or the write
 * failed and never will), so the buffer is free for the next read. Returns
 * a function that stops sending (the registry answered early).
 */
function sendBody(body, r) {
    const giveBack = (0,_chunk_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .giveBackOf */ .CR)(body);
    if (giveBack === undefined) {
        body.pipe(r);
        return () => body.unpipe(r);
    }
    let waiting = false;
    const onDrain = () => {
        waiting = false;
        body.resume();
    };
    const onData = (chunk) => {
        if (!r.write(chunk, () => giveBack(chunk)) && !waiting) {
            waiting = true;
            body.pause();
            r.once('drain', onDrain);
        }
    };
    const onEnd = () => {
        r.end();
    };
    const stop = () => {
        body.removeListener('data', onData);
        body.removeListener('end', onEnd);
        r.removeListener('drain', onDrain);
        r.removeListener('close', stop);
        body.pause();
    };
    body.on('data', onData);
    body.once('end', onEnd);
    // As pipe() does: a request that is gone takes no more of the body.
    r.once('close', stop);
    return stop;
}
/**
 * curl's --speed-limit/--speed-time for one exchange: every window, the
 * bytes the socket moved (read plus written, so uploads the server reads
 * slowly count as well as downloads it trickles) must reach the floor. A
 * short window is the registry's fault only while we wait on it: bytes of
 * ours queued that it will not take, or a response body whose reader has
 * taken everything. A window spent waiting for the answer to a request
 * fully sent, or on our own slow reader or source, is not held against it.
 */
function stallMeter(req, request, response, fail) {
    const minBytesPerSecond = req.minBytesPerSecond ?? _timeouts_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_TIMEOUTS */ .Rh.minBytesPerSecond;
    const windowMs = req.stallWindowMs ?? _timeouts_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_TIMEOUTS */ .Rh.stallWindowMs;
    const need = (0,_timeouts_js__WEBPACK_IMPORTED_MODULE_9__/* .windowFloorBytes */ .ig)({ minBytesPerSecond, stallWindowMs: windowMs });
    let timer;
    let last = 0;
    const moved = () => {
        const s = request().socket;
        return s === null ? 0 : s.bytesRead + s.bytesWritten;
    };
    const waitingOnRegistry = () => {
        const r = request();
        if (r.socket === null)
            return false;
        const res = response();
        if (res !== undefined)
            return !res.readableEnded && res.readableLength === 0;
        return r.writableLength > 0 || r.socket.writableLength > 0;
    };
    const tick = () => {
        const now = moved();
        const got = now - last;
        last = now;
        if (got >= need || !waitingOnRegistry())
            return;
        fail(timeoutError(req, `stalled: expected at least ${(0,_timeouts_js__WEBPACK_IMPORTED_MODULE_9__/* .formatRate */ .CE)(minBytesPerSecond)} from ${req.url.host}, got ${got} bytes in the last ${windowMs / 1000} s; the registry is stalling`, 'Check the registry and the link to it; on a link slower than this floor, lower timeouts.minBytesPerSecond or raise timeouts.stallWindowMs.'));
    };
    const stop = () => {
        if (timer !== undefined)
            clearInterval(timer);
        timer = undefined;
    };
    const restart = () => {
        stop();
        last = moved();
        timer = setInterval(tick, windowMs);
        timer.unref();
    };
    // Started when the request has its socket (the 'socket' event), not before: a request queued behind our own others waits on us.
    return { restart, stop };
}
/** Read a (small) response body as text, keeping at most `max` bytes and hanging up on the rest. */
async function readText(res, max = _body_js__WEBPACK_IMPORTED_MODULE_6__/* .BODY_CAPS */ .V9.drain) {
    return (await (0,_body_js__WEBPACK_IMPORTED_MODULE_6__/* .readBounded */ .CB)(res.body, max, 'truncate')).bytes.toString('utf8');
}
/** Read a body whole, refusing more than `max` bytes. */
async function readAll(res, max, what) {
    const overflow = (cap) => new _registry_error_js__WEBPACK_IMPORTED_MODULE_8__/* .RegistryError */ .gl('REGISTRY', `${what} is larger than ${cap} bytes (the cap for it); refusing to read on`, { status: res.status }, 'The registry sent far more than such a document holds; check the registry.');
    return (await (0,_body_js__WEBPACK_IMPORTED_MODULE_6__/* .readBounded */ .CB)(res.body, max, 'fail', overflow)).bytes;
}
/**
 * Drain a body we do not need so the connection can be reused, up to
 * `max` bytes; past that (a server that answers a 202 with gigabytes) we
 * hang up instead, which costs one connection and nothing else.
 */
async function discard(res, max = _body_js__WEBPACK_IMPORTED_MODULE_6__/* .BODY_CAPS */ .V9.drain) {
    // A body that fails while drained is not our concern: the answer was already read.
    await (0,_body_js__WEBPACK_IMPORTED_MODULE_6__/* .drainBounded */ .Mk)(res.body, max);
}


/***/ }),

/***/ 2639:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   NX: () => (/* binding */ MAX_REDIRECTS),
/* harmony export */   Nm: () => (/* binding */ sameOrigin),
/* harmony export */   lC: () => (/* binding */ resolveServerUrl),
/* harmony export */   mR: () => (/* binding */ checkRealm),
/* harmony export */   x6: () => (/* binding */ mayCarryCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4918);
/**
 * Where credentials may go, and the one place server-given URLs are read. A
 * registry hands us URLs to follow (an upload's `Location`, a redirect, a
 * token realm); whoever controls those answers
 * must not be able to send our Authorization header to a host of its
 * choosing, nor make us send it in clear over plain HTTP. Pure: the client
 * and the authenticator ask here and nowhere else.
 *
 * - A server-given URL gets the registry's credentials only on the same
 *   origin as the registry (scheme, host and port all equal); anywhere else
 *   it is fetched anonymously.
 * - A token realm is another service by design (auth.docker.io for
 *   registry-1.docker.io), so it may be on any host, but the Basic
 *   credentials sent there must not travel in clear: an http:// realm is
 *   refused unless the registry itself is plain HTTP (loopback or listed
 *   insecure), where the user already chose clear text.
 */



/** Most redirects followed for one request (a blob GET sent on to storage). */
const MAX_REDIRECTS = 5;
/**
 * A URL the server gave (an upload's `Location`, a redirect), resolved
 * against the URL of the request it answered: absolute or relative, http(s)
 * only. Whether it may carry credentials is mayCarryCredentials' call.
 */
function resolveServerUrl(given, current) {
    if (typeof given !== 'string' || given === '')
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)({ problem: 'missing' });
    let next;
    try {
        next = new URL(given, current);
    }
    catch {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)({ problem: 'unreadable' });
    }
    return next.protocol === 'https:' || next.protocol === 'http:' ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(next) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)({ problem: 'not-http', protocol: (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(next.protocol, { max: 20 }) });
}
/**
 * The next hop of a redirect, decided here for every follower of server-given
 * URLs (the blob GET's redirects, transport/follow.ts): resolved as
 * resolveServerUrl does, and never from https down to plain http, where
 * whoever sits on the path could answer in place of the server we chose.
 */
function redirectTarget(given, current) {
    const next = resolveServerUrl(given, current);
    if (next.ok && current.protocol === 'https:' && next.value.protocol === 'http:')
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)({ problem: 'downgrade' });
    return next;
}
/** Same scheme, host and port (default ports folded: https://a and https://a:443 are one origin). */
function sameOrigin(a, b) {
    return a.protocol === b.protocol && a.hostname.toLowerCase() === b.hostname.toLowerCase() && effectivePort(a) === effectivePort(b);
}
function effectivePort(u) {
    if (u.port !== '')
        return u.port;
    return u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '';
}
/** Whether a request to `target` may carry the credentials of the registry at `registry` (its /v2/ base URL). */
function mayCarryCredentials(registry, target) {
    return sameOrigin(registry, target);
}
/**
 * The token realm a challenge names, checked before any credential is sent
 * to it: an http(s) URL, and, when credentials go along, not plain http
 * while the registry is https. Throws an AUTH error naming the registry,
 * the realm and the fix.
 */
function checkRealm(registryName, registry, realm, withCredentials) {
    let url;
    try {
        url = realm === undefined ? undefined : new URL(realm);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('AUTH', `${registryName} asked for a bearer token without a usable realm (expected an http(s) URL, got ${JSON.stringify((0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(realm ?? '', { max: 60 }))})`, {
            hint: 'The registry is misconfigured; check its auth settings.',
        });
    }
    if (withCredentials && url.protocol === 'http:' && registry.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('AUTH', `${registryName} is served over https but sends its token realm over plain http (${redactUrl(url)}); credentials are not sent in clear`, {
            hint: `Configure the registry's token service with an https:// realm; only a registry that is itself plain HTTP (loopback, or listed in insecure-registries) may use an http:// realm.`,
        });
    }
    return url;
}
/** A URL as it may appear in messages: no user info, no query (tokens hide there), no fragment. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(String(url), { max: 60 });
    }
    const out = new URL(u.href);
    out.username = '';
    out.password = '';
    const hadQuery = out.search !== '';
    out.search = '';
    out.hash = '';
    return `${out.href}${hadQuery ? '?\u2026' : ''}`;
}


/***/ }),

/***/ 7221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vo: () => (/* binding */ MonolithicRefused)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/**
 * What a registry or the network said when a request failed, kept as data
 * (status, the spec's error codes, Retry-After, the socket error code) so
 * transport/retry-classify.ts can decide by type, never by message text.
 */

class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC {
    failure;
    constructor(code, message, failure, hint, cause) {
        const ctx = {};
        if (hint !== undefined)
            ctx.hint = hint;
        if (cause !== undefined)
            ctx.cause = cause;
        super(code, message, ctx);
        this.failure = failure;
    }
}
/**
 * The registry refused a monolithic upload (the PUT carrying the blob) as
 * something it does not do (retry-classify.ts, refusesMonolithic). Not a
 * fault to retry: the caller may upload the blob again as a streamed PATCH
 * (distribute/upload-blobs.ts); any other failure is an ordinary one.
 */
class MonolithicRefused extends RegistryError {
}
/** The `errors[].code` and messages of a spec error body; tolerant of anything else. */
function parseErrorBody(text) {
    try {
        const body = JSON.parse(text);
        const errors = Array.isArray(body.errors) ? body.errors : [];
        return {
            codes: errors.map((e) => (typeof e.code === 'string' ? e.code : '')).filter((c) => c !== ''),
            messages: errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter((m) => m !== ''),
        };
    }
    catch {
        return { codes: [], messages: [] };
    }
}
/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}


/***/ }),

/***/ 6994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ usesPlainHttp),
/* harmony export */   j: () => (/* binding */ isLoopbackRegistry)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5698);
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


/***/ }),

/***/ 2269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   Ep: () => (/* binding */ transferAllowanceMs),
/* harmony export */   Qd: () => (/* binding */ requestTiming),
/* harmony export */   Rh: () => (/* binding */ DEFAULT_TIMEOUTS),
/* harmony export */   fh: () => (/* binding */ timeoutsWith),
/* harmony export */   ig: () => (/* binding */ windowFloorBytes)
/* harmony export */ });
/* unused harmony export deadlineFor */
const DEFAULT_TIMEOUTS = { idleMs: 60_000, requestMs: 120_000, minBytesPerSecond: 256 * 1024, stallWindowMs: 30_000 };
/** The deadline of a request that moves `bytes` of blob data (0 for everything else). */
function deadlineFor(t, bytes = 0) {
    return t.requestMs + transferAllowanceMs(t, bytes);
}
/** Bytes a streaming transfer must move in each stall window. */
function windowFloorBytes(t) {
    return Math.ceil((t.minBytesPerSecond * t.stallWindowMs) / 1000);
}
/** A rate for people: 262144 -> "256 KiB/s". */
function formatRate(bytesPerSecond) {
    const units = ['B', 'KiB', 'MiB', 'GiB'];
    let v = bytesPerSecond;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}/s`;
}
/** Time `bytes` may take at the floor rate. */
function transferAllowanceMs(t, bytes) {
    return bytes > 0 ? Math.ceil((bytes / t.minBytesPerSecond) * 1000) : 0;
}
/** Defaults with the caller's overrides; each value must be a positive number. */
function timeoutsWith(over) {
    const t = { ...DEFAULT_TIMEOUTS, ...(over ?? {}) };
    for (const [k, v] of Object.entries(t)) {
        if (!(typeof v === 'number' && Number.isFinite(v) && v > 0))
            throw new RangeError(`timeouts.${k} must be a positive number, got ${String(v)}`);
    }
    return t;
}
/** The time fields of one request (http.ts's HttpRequest) from the settings: the one place they are derived, for the client and the token fetch alike. */
function requestTiming(t, bytes = 0) {
    return { deadlineMs: deadlineFor(t, bytes), idleTimeoutMs: t.idleMs, minBytesPerSecond: t.minBytesPerSecond, stallWindowMs: t.stallWindowMs };
}


/***/ }),

/***/ 4918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ err),
/* harmony export */   o: () => (/* binding */ unwrap),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
const ok = (value) => ({ ok: true, value });
const err = (error) => ({ ok: false, error });
/** The value, or throw the error: the bridge from pure code to I/O code. */
function unwrap(r) {
    if (r.ok)
        return r.value;
    throw r.error;
}


/***/ }),

/***/ 8874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony export jitteredDelayMs */
/** Full jitter under `base * 2^retry`, capped at `maxDelayMs`. `retry` counts from 0. */
function jitteredDelayMs(retry, p, random = Math.random) {
    // The exponent stops at 30 (a billion times the base is past any cap), so no base of 0 times Infinity.
    const ceiling = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** Math.min(retry, 30));
    return Math.round(random() * ceiling);
}
/** Wait before retry number `retry` (from 0), or undefined: give up now. */
function backoffMs(retry, policy, ctx = {}) {
    let wait = jitteredDelayMs(retry, policy, ctx.random);
    if (ctx.retryAfterMs !== undefined)
        wait = Math.max(wait, ctx.retryAfterMs);
    // A Retry-After of hours (hostile or misconfigured) fails now instead of hanging the job.
    if (wait > policy.maxDelayMs * 4 || (ctx.spentMs ?? 0) + wait > policy.budgetMs)
        return undefined;
    return wait;
}


/***/ }),

/***/ 5466:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ REGISTRY_RETRY),
/* harmony export */   n: () => (/* binding */ RESUME_RETRY)
/* harmony export */ });
/* unused harmony exports EC2_RETRY, SSM_RETRY */
/**
 * Registry requests: 6 tries, backoff from 250 ms doubling up to 15 s, 120 s
 * in all. The budget is tied to the request deadlines in
 * registry/transport/timeouts.ts (a hung registry fails after about the
 * budget plus one deadline); distribute/upload-blobs.ts adds a transfer allowance per blob.
 */
const REGISTRY_RETRY = { attempts: 6, baseDelayMs: 250, maxDelayMs: 15_000, budgetMs: 120_000 };
/**
 * Resuming a download: 5 openings in all (the first included), the
 * registry's backoff, and 120 s of recovery. The budget counts from a break
 * until bytes flow again, not from the start: a long healthy transfer has
 * its own deadlines (timeouts.ts) and must not use up the time to recover.
 */
const RESUME_RETRY = { ...REGISTRY_RETRY, attempts: 5 };
/**
 * EC2 requests: 8 tries, backoff from 500 ms doubling up to 20 s. EC2
 * throttles per account with a token bucket that refills by the second
 * (RequestLimitExceeded when many regions or waiters call at once), so it
 * wants more and longer waits than a registry does. The backoff alone sums to
 * under a minute; the 5-minute budget only stops requests that each hang
 * until the SDK gives up on them.
 */
const EC2_RETRY = { attempts: 8, baseDelayMs: 500, maxDelayMs: 20_000, budgetMs: 300_000 };
/**
 * Parameter Store requests: 8 tries, backoff from 400 ms doubling up to 10 s.
 * Parameter Store's default throughput is a few tens of transactions per
 * second per account and region, shared by GetParameter and PutParameter;
 * past it every call answers ThrottlingException ("Rate exceeded") until the
 * bucket refills, so the waits are EC2's shape, shorter, with a 2-minute budget.
 */
const SSM_RETRY = { attempts: 8, baseDelayMs: 400, maxDelayMs: 10_000, budgetMs: 120_000 };


/***/ }),

/***/ 1340:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry)
/* harmony export */ });
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8874);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(381);
/**
 * The one retry loop, for every transport. What is worth another try is the
 * transport's call (`classify`: registry/transport/retry-classify.ts,
 * aws/ec2-errors.ts), decided from typed fields, never message text; how
 * long to wait and when to stop is the policy's (policy.ts, backoff.ts).
 * The error that ends the loop is thrown as it is: translating it is the
 * caller's job. Callers never wrap one withRetry in another.
 */


/** Run `fn` until it succeeds, fails for a reason retrying cannot fix, or the policy is spent. */
async function withRetry(fn, opts) {
    const { policy, signal } = opts;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? _sleep_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y;
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (signal?.aborted === true)
                throw e;
            const d = opts.classify(e);
            if (!d.retry || attempt >= policy.attempts)
                throw e;
            // Time in the failed tries counts: a hung server must not earn a fresh deadline per try forever.
            const wait = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .j)(attempt - 1, policy, {
                retryAfterMs: d.retryAfterMs,
                spentMs: now() - started,
                ...(opts.random !== undefined ? { random: opts.random } : {}),
            });
            if (wait === undefined)
                throw e;
            opts.onRetry?.({ attempt, waitMs: wait, error: e, why: d.why });
            await sleep(wait, signal);
        }
    }
}


/***/ }),

/***/ 381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** A wait that ends early, rejecting with the signal's reason, when the signal aborts. */
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted === true)
        return reject(signal.reason);
    const t = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(t);
        reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});


/***/ }),

/***/ 8773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ onLine),
/* harmony export */   Cs: () => (/* binding */ defaultIndexUrls),
/* harmony export */   ar: () => (/* binding */ familyName),
/* harmony export */   po: () => (/* binding */ indexKind),
/* harmony export */   zP: () => (/* binding */ DEFAULT_INDEXES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _registry_transport_origin_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2639);
/**
 * The package index URLs a distribution publishes for an image, proposed from
 * its os-release and platform (used only when a workflow asks for `default`),
 * and what kind of index a URL serves, from its file name.
 */


/**
 * The line in package-index-urls that asks for the distribution's own indexes. Here, beside the URL check,
 * so check-updates reads its inputs without loading the package check itself (issue 17 item 3).
 */
const DEFAULT_INDEXES = 'default';
const DEBIAN_ARCH = {
    amd64: 'amd64',
    arm64: 'arm64',
    '386': 'i386',
    ppc64le: 'ppc64el',
    s390x: 's390x',
    riscv64: 'riscv64',
    mips64le: 'mips64el',
};
const ALPINE_ARCH = {
    amd64: 'x86_64',
    arm64: 'aarch64',
    '386': 'x86',
    ppc64le: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loongarch64',
};
function debianArch(p) {
    if (p.architecture === 'arm')
        return p.variant === 'v5' ? 'armel' : 'armhf';
    return DEBIAN_ARCH[p.architecture];
}
function alpineArch(p) {
    if (p.architecture === 'arm')
        return p.variant === 'v6' ? 'armhf' : 'armv7';
    return ALPINE_ARCH[p.architecture];
}
/**
 * Debian: the release, its -updates and its -security suites (main only).
 * Alpine: main and community of the release branch (v<major>.<minor>).
 * Empty when the distribution, release or architecture is not one we know.
 */
function defaultIndexUrls(os, platform) {
    if (os.id === 'debian') {
        const arch = debianArch(platform);
        if (arch === undefined || os.codename === '')
            return [];
        return [
            `https://deb.debian.org/debian/dists/${os.codename}/main/binary-${arch}/Packages.gz`,
            `https://deb.debian.org/debian/dists/${os.codename}-updates/main/binary-${arch}/Packages.gz`,
            `https://deb.debian.org/debian-security/dists/${os.codename}-security/main/binary-${arch}/Packages.gz`,
        ];
    }
    if (os.id === 'alpine') {
        const arch = alpineArch(platform);
        const branch = /^(\d+)\.(\d+)/.exec(os.versionId);
        if (arch === undefined || branch === null)
            return [];
        return ['main', 'community'].map((repo) => `https://dl-cdn.alpinelinux.org/alpine/v${branch[1]}.${branch[2]}/${repo}/${arch}/APKINDEX.tar.gz`);
    }
    return [];
}
/** What a URL serves, by its file name: APKINDEX.tar.gz, Packages.gz or Packages. */
function indexKind(url, line) {
    const input = 'package-index-urls';
    const at = onLine(line);
    // A URL may carry credentials or a token in its query: messages show it redacted, never raw.
    const shown = (0,_registry_transport_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${at}'${shown}' is not a URL`, {
            input,
            ...(line !== undefined ? { line } : {}),
            hint: 'Give one absolute http(s) URL per line, e.g. https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz.',
        });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${at}'${shown}' is not an http(s) URL`, {
            input,
            ...(line !== undefined ? { line } : {}),
            hint: 'Package indexes are fetched over http or https.',
        });
    const name = parsed.pathname.split('/').pop() ?? '';
    if (name.endsWith('.xz') || name.endsWith('.bz2') || name.endsWith('.zst') || name.endsWith('.lzma')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('UNSUPPORTED', `${at}${shown}: only gzip-compressed or plain indexes are read, not ${name.slice(name.lastIndexOf('.'))}`, {
            input,
            ...(line !== undefined ? { line } : {}),
            hint: `Use the Packages.gz (or plain Packages) file next to ${name}; Debian mirrors publish both.`,
        });
    }
    if (/^APKINDEX(\.tar\.gz)?$/.test(name))
        return { family: 'apk', gzip: true };
    if (name === 'Packages')
        return { family: 'deb', gzip: false };
    if (name === 'Packages.gz')
        return { family: 'deb', gzip: true };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${at}${shown}: cannot tell what kind of index this is from its name '${name}'`, {
        input,
        ...(line !== undefined ? { line } : {}),
        hint: 'Name a Debian Packages or Packages.gz file, or an Alpine APKINDEX.tar.gz.',
    });
}
/** `line 2: ` for reasons about one line of package-index-urls (PipelineError shows lines only with a file). */
const onLine = (line) => (line === undefined ? '' : `line ${line}: `);
const familyName = (f) => (f === 'deb' ? 'Debian (dpkg)' : 'Alpine (apk)');


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7262);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
