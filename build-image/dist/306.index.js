export const id = 306;
export const ids = [306];
export const modules = {

/***/ 306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMachineImage: () => (/* binding */ buildMachineImage),
  packerFailure: () => (/* binding */ packerFailure)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var src_errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/process.ts
var src_process = __webpack_require__(2402);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var body = __webpack_require__(6761);
// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(2639);
;// CONCATENATED MODULE: ./shared/src/registry/transport/follow.ts
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
    const fetchImpl = opts.fetchImpl ?? fetch;
    const max = opts.maxRedirects ?? origin/* MAX_REDIRECTS */.NX;
    const first = new URL(url);
    let current = first;
    const refuse = (why, hint) => new src_errors/* PipelineError */.zC('NETWORK', `${opts.what} ${why}`, { ...opts.context, hint });
    for (let hops = 0;; hops++) {
        const headers = new Headers(init.headers);
        if (!(0,origin/* mayCarryCredentials */.x6)(first, current))
            headers.delete('authorization');
        const res = await fetchImpl(current, { ...init, headers, redirect: 'manual' });
        if (!REDIRECTS.has(res.status))
            return res;
        await res.body?.cancel().catch(() => undefined);
        if (hops >= max)
            throw refuse(`redirected more than ${max} times (last to ${(0,origin/* redactUrl */.BO)(current)})`, 'Point the URL at where the file is served; a redirect loop or a long chain is not followed.');
        const next = (0,origin/* redirectTarget */.ET)(res.headers.get('location') ?? undefined, current);
        if (!next.ok) {
            switch (next.error.problem) {
                case 'downgrade':
                    throw refuse(`redirected from https to plain http (${(0,origin/* redactUrl */.BO)(res.headers.get('location') ?? '')}); not followed`, 'Use a mirror that serves https all the way; a redirect to http could be answered by anyone on the path.');
                case 'not-http':
                    throw refuse(`redirected to a URL that is not http(s) (${next.error.protocol})`, 'The server is misconfigured or hostile; check the URL.');
                default:
                    throw refuse(`answered HTTP ${res.status} with ${next.error.problem === 'missing' ? 'no' : 'an unreadable'} Location`, 'The server is misconfigured; check the URL.');
            }
        }
        current = next.value;
    }
}

;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-release.ts
/**
 * HashiCorp's release layout for Packer, as pure functions: which zip fits
 * this machine, where it and its SHA256SUMS live, and the one checksum line
 * that names that zip exactly (a substring match would accept
 * `packer_1.9.0_linux_amd64.zip.sig` or a look-alike name).
 */

const DEFAULT_RELEASES_URL = 'https://releases.hashicorp.com';
const OS = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd', openbsd: 'openbsd' };
const ARCH = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
function packerRelease(version, baseUrl = DEFAULT_RELEASES_URL, platform = process.platform, nodeArch = process.arch) {
    if (!VERSION.test(version)) {
        throw new src_errors/* PipelineError */.zC('INPUT', `'${version}' is not a Packer version`, {
            input: 'packer-version',
            hint: "Use an exact version like 1.11.2, or 'system' for the packer already on PATH.",
        });
    }
    const os = OS[platform];
    const arch = ARCH[nodeArch];
    if (os === undefined || arch === undefined)
        throw new src_errors/* PipelineError */.zC('UNSUPPORTED', `Packer has no release for ${platform}/${nodeArch}`, {
            input: 'packer-version',
            hint: "Install packer on the runner yourself and set packer-version to 'system'.",
        });
    const base = baseUrl.replace(/\/+$/, '');
    const zipName = `packer_${version}_${os}_${arch}.zip`;
    return { version, os, arch, zipName, zipUrl: `${base}/packer/${version}/${zipName}`, sumsUrl: `${base}/packer/${version}/packer_${version}_SHA256SUMS` };
}
/**
 * The SHA-256 listed for exactly `fileName` in a SHA256SUMS document
 * (`<64 hex>  <name>` per line, `*` before the name in binary mode).
 */
function checksumFor(sums, fileName) {
    for (const line of sums.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (m !== null && m[2] === fileName)
            return m[1].toLowerCase();
    }
    return undefined;
}
/** Compare dotted versions numerically: -1, 0 or 1 (pre-release suffixes ignored). */
function compareVersions(a, b) {
    const pa = a.split('-')[0]?.split('.').map(Number) ?? [];
    const pb = b.split('-')[0]?.split('.').map(Number) ?? [];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** `Packer v1.6.6` (and newer multi-line forms) -> `1.6.6`. */
function parsePackerVersion(output) {
    return /Packer v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output)?.[1] ?? /^(\d+\.\d+\.\d+)\s*$/m.exec(output)?.[1];
}

;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-install.ts
/**
 * Getting a trustworthy `packer`: either the one already on PATH, or a
 * release zip through @actions/tool-cache, verified against HashiCorp's
 * SHA256SUMS by exact file name and, when given, a pinned SHA-256. The
 * verified zip is cached beside the binary, and a cache hit is re-verified:
 * the zip against the expected sum again, and the binary against the zip's
 * contents, so a binary swapped in the cache is caught.
 */











const ZIP_IN_CACHE = 'packer-release.zip';
/** HashiCorp's SHA256SUMS lists a few dozen files: 1 MiB is far past any real one. */
const MAX_SUMS_BYTES = 1024 * 1024;
async function installPacker(o) {
    const log = o.log ?? (() => undefined);
    if (o.version === 'system' || o.version === '')
        return systemPacker();
    const pinned = o.sha256?.trim().toLowerCase();
    if (pinned !== undefined && pinned !== '' && !/^[0-9a-f]{64}$/.test(pinned)) {
        throw new src_errors/* PipelineError */.zC('INPUT', `'${o.sha256 ?? ''}' is not a SHA-256 (64 hex digits)`, { input: 'packer-sha256' });
    }
    const rel = packerRelease(o.version, o.baseUrl ?? DEFAULT_RELEASES_URL, o.platform, o.arch);
    const expected = await expectedSum(rel, pinned === '' ? undefined : pinned, log);
    const binName = rel.os === 'windows' ? 'packer.exe' : 'packer';
    const cachedDir = tool_cache/* find */.I6('packer', rel.version, rel.arch);
    if (cachedDir !== '') {
        await reverifyCached(cachedDir, binName, expected, rel);
        log(`Packer ${rel.version} from the tool cache (re-verified: zip sha256 ${expected})`);
        return { path: external_node_path_.join(cachedDir, binName), version: rel.version, source: 'cache', zipSha256: expected };
    }
    log(`Downloading ${rel.zipUrl}`);
    const zip = await download(rel.zipUrl, 'packer-version');
    let dir;
    try {
        const got = await sha256File(zip);
        if (got !== expected) {
            throw new src_errors/* PipelineError */.zC('DIGEST_MISMATCH', `${rel.zipName} from ${rel.zipUrl} has sha256 ${got}, expected ${expected}`, {
                input: pinned !== undefined ? 'packer-sha256' : 'packer-version',
                hint: 'The download was altered or truncated; nothing was installed. Try again, and check any proxy in between.',
            });
        }
        dir = await tool_cache/* extractZip */.JE(zip);
        await assertPlainBinary(external_node_path_.join(dir, binName), rel);
        await promises_.copyFile(zip, external_node_path_.join(dir, ZIP_IN_CACHE));
        await promises_.chmod(external_node_path_.join(dir, binName), 0o755);
        const cached = await tool_cache/* cacheDir */.e8(dir, 'packer', rel.version, rel.arch);
        const bin = external_node_path_.join(cached, binName);
        await checkReportedVersion(bin, rel.version);
        log(`Packer ${rel.version} installed (zip sha256 ${got})`);
        return { path: bin, version: rel.version, source: 'download', zipSha256: got };
    }
    finally {
        // The cache holds its own copy; nothing half-written stays in RUNNER_TEMP.
        await promises_.rm(zip, { force: true });
        if (dir !== undefined)
            await promises_.rm(dir, { recursive: true, force: true });
    }
}
async function systemPacker() {
    const bin = await io/* which */.K7('packer', false);
    if (bin === '')
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', "packer-version is 'system' but no packer is on PATH", {
            input: 'packer-version',
            hint: 'Install packer on the runner, or set packer-version to a release like 1.11.2.',
        });
    const out = await (0,src_process/* run */.e)(bin, ['version'], { maxBuffer: 64 * 1024 });
    const version = parsePackerVersion(out.stdout);
    if (out.code !== 0 || version === undefined)
        throw new src_errors/* PipelineError */.zC('BUILDER', `'${bin} version' did not report a version: ${(out.stderr || out.stdout).trim().slice(0, 200)}`);
    return { path: bin, version, source: 'system' };
}
/** The expected zip sum: from SHA256SUMS, which must agree with the pin when both exist. */
async function expectedSum(rel, pinned, log) {
    let sums;
    let failure = '';
    try {
        // Redirects by origin.ts's rules (a few hops, never https to http), and a capped read: the list is a few KB.
        const res = await fetchFollowing(rel.sumsUrl, { signal: AbortSignal.timeout(30_000) }, { what: rel.sumsUrl, context: { input: 'packer-version' } });
        if (res.ok) {
            const tooLarge = (max) => new Error(`the list is larger than ${max} bytes, not a SHA256SUMS`);
            sums = res.body === null ? '' : (await (0,body/* readBounded */.CB)(res.body, MAX_SUMS_BYTES, 'fail', tooLarge)).bytes.toString('utf8');
        }
        else {
            await res.body?.cancel().catch(() => undefined);
            failure = `HTTP ${res.status}`;
        }
    }
    catch (e) {
        failure = e.message;
    }
    if (sums === undefined) {
        if (pinned !== undefined) {
            log(`SHA256SUMS not available (${failure}); using the pinned packer-sha256`);
            return pinned;
        }
        throw new src_errors/* PipelineError */.zC('NETWORK', `could not read ${rel.sumsUrl}: ${failure}`, {
            input: 'packer-version',
            hint: 'Check the version exists, or pin the zip with packer-sha256.',
        });
    }
    const listed = checksumFor(sums, rel.zipName);
    if (listed === undefined) {
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', `${rel.sumsUrl} lists no file named exactly ${rel.zipName}`, {
            input: 'packer-version',
            hint: `Packer ${rel.version} may have no ${rel.os}/${rel.arch} build.`,
        });
    }
    if (pinned !== undefined && pinned !== listed) {
        throw new src_errors/* PipelineError */.zC('DIGEST_MISMATCH', `packer-sha256 is ${pinned}, but HashiCorp's SHA256SUMS lists ${listed} for ${rel.zipName}`, {
            input: 'packer-sha256',
            hint: 'Update the pin to the published sum if you changed packer-version; otherwise treat the release site answer as suspect.',
        });
    }
    return listed;
}
async function reverifyCached(dir, binName, expected, rel) {
    const zip = external_node_path_.join(dir, ZIP_IN_CACHE);
    const bad = (what) => new src_errors/* PipelineError */.zC('DIGEST_MISMATCH', `the cached Packer ${rel.version} in ${dir} failed re-verification: ${what}`, {
        hint: `Something changed the tool cache. Delete ${dir} and run again to reinstall from a verified download.`,
    });
    let zipSum;
    try {
        zipSum = await sha256File(zip);
    }
    catch {
        throw bad(`${ZIP_IN_CACHE} is missing`);
    }
    if (zipSum !== expected)
        throw bad(`the cached zip has sha256 ${zipSum}, expected ${expected}`);
    const fresh = await tool_cache/* extractZip */.JE(zip);
    try {
        const [want, got] = await Promise.all([sha256File(external_node_path_.join(fresh, binName)), sha256File(external_node_path_.join(dir, binName)).catch(() => 'missing')]);
        if (want !== got)
            throw bad(`the binary has sha256 ${got}, but the verified zip holds ${want}`);
    }
    finally {
        await promises_.rm(fresh, { recursive: true, force: true });
    }
}
/** The zip must hold the binary as a regular file (no link pointing elsewhere). */
async function assertPlainBinary(bin, rel) {
    const st = await promises_.lstat(bin).catch(() => undefined);
    if (st === undefined || !st.isFile())
        throw new src_errors/* PipelineError */.zC('UNSAFE_PATH', `${rel.zipName} does not contain a regular file named ${external_node_path_.basename(bin)}`, { input: 'packer-version' });
}
async function checkReportedVersion(bin, version) {
    const out = await (0,src_process/* run */.e)(bin, ['version'], { maxBuffer: 64 * 1024 });
    const got = parsePackerVersion(out.stdout);
    if (got !== version)
        throw new src_errors/* PipelineError */.zC('BUILDER', `the installed packer reports version ${got ?? 'nothing'}, expected ${version}`, { input: 'packer-version' });
}
/**
 * The release zip through @actions/tool-cache, which follows redirects its
 * own way: that may stay, since nothing from it is trusted before its sha256
 * matches the sum from SHA256SUMS (fetched with fetchFollowing) or the pin.
 */
async function download(url, input) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (e) {
        const status = e.httpStatusCode;
        throw new src_errors/* PipelineError */.zC('NETWORK', `could not download ${url}${status !== undefined ? `: HTTP ${status}` : `: ${e.message}`}`, {
            input,
            cause: e,
        });
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-output.ts
/**
 * Reading what `packer build -machine-readable` prints and what the manifest
 * post-processor writes, as pure functions. Machine-readable lines are
 * `timestamp,target,type,data...` with commas in data escaped as
 * `%!(PACKER_COMMA)` and newlines as a literal `\n`. AMI builders report an
 * artifact id of the form `region:ami-id[,region:ami-id...]`, in both places.
 */

function unescapeField(s) {
    return s
        .replace(/%!\(PACKER_COMMA\)/g, ',')
        .replace(/\\n/g, '\n')
        .replace(/\\r/g, '\r');
}
/** One line of machine-readable output, or undefined for a line that is not one. */
function parseMachineReadableLine(line) {
    const parts = line.split(',');
    if (parts.length < 3 || !/^\d+$/.test(parts[0] ?? ''))
        return undefined;
    const target = parts[1] ?? '';
    const type = parts[2] ?? '';
    const data = parts.slice(3).map(unescapeField);
    switch (type) {
        case 'ui':
            return { kind: 'ui', level: data[0] ?? 'say', text: data.slice(1).join(','), target };
        case 'artifact-count':
            return { kind: 'artifact-count', target, count: Number(data[0] ?? 0) };
        case 'artifact':
            return { kind: 'artifact', target, index: Number(data[0] ?? 0), key: data[1] ?? '', values: data.slice(2) };
        default:
            return { kind: 'other', target, type, data };
    }
}
/** Gathers artifacts from a stream of events. */
class ArtifactCollector {
    byKey = new Map();
    add(e) {
        if (e.kind !== 'artifact')
            return;
        const k = `${e.target}#${e.index}`;
        let a = this.byKey.get(k);
        if (a === undefined) {
            a = { target: e.target, index: e.index, builderId: '', id: '', description: '', files: [] };
            this.byKey.set(k, a);
        }
        const v = e.values.join(',');
        if (e.key === 'builder-id')
            a.builderId = v;
        else if (e.key === 'id')
            a.id = v;
        else if (e.key === 'string')
            a.description = v;
        else if (e.key === 'file')
            a.files.push(e.values[1] ?? v);
    }
    artifacts() {
        return [...this.byKey.values()];
    }
}
const AMI_PAIR = /^([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}):(ami-[0-9a-f]{8,17})$/;
/** `us-east-1:ami-1,eu-west-1:ami-2` -> ordered pairs; undefined when not of that form. */
function parseAmiArtifactId(id) {
    const items = id.split(',').map((s) => s.trim());
    const pairs = [];
    for (const item of items) {
        const m = AMI_PAIR.exec(item);
        if (m === null)
            return undefined;
        pairs.push([m[1], m[2]]);
    }
    return pairs.length > 0 ? pairs : undefined;
}
/** A manifest field Packer writes as a string; '' when it is missing or not a scalar. */
const field = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
/**
 * The builds of the last run in a manifest post-processor file (the file
 * accumulates every run unless it is deleted first).
 */
function parseManifest(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new src_errors/* PipelineError */.zC('BUILDER', `the Packer manifest is not JSON: ${e.message}`, {
            file,
            cause: e,
            hint: 'Delete the manifest file and build again.',
        });
    }
    const d = doc;
    if (!Array.isArray(d.builds))
        throw new src_errors/* PipelineError */.zC('BUILDER', "the manifest has no 'builds' list", {
            file,
            hint: 'Point the manifest input at the output of the manifest post-processor.',
        });
    const last = typeof d.last_run_uuid === 'string' ? d.last_run_uuid : undefined;
    return d.builds
        .map((b) => ({
        name: field(b['name']),
        builderType: field(b['builder_type']),
        artifactId: field(b['artifact_id']),
        runUuid: field(b['packer_run_uuid']),
        ...(typeof b['build_time'] === 'number' ? { buildTime: b['build_time'] } : {}),
        ...(b['custom_data'] !== null && typeof b['custom_data'] === 'object' ? { customData: b['custom_data'] } : {}),
    }))
        .filter((b) => last === undefined || b.runUuid === last);
}
/** Merge AMI artifact ids from any sources, first seen wins. */
function amiOutputs(artifactIds) {
    const amis = {};
    const conflicts = [];
    let amiId;
    for (const id of artifactIds) {
        for (const [region, ami] of parseAmiArtifactId(id) ?? []) {
            amiId ??= ami;
            const prior = amis[region];
            if (prior === undefined)
                amis[region] = ami;
            else if (prior !== ami)
                conflicts.push({ region, kept: prior, dropped: ami });
        }
    }
    return { amis, ...(amiId !== undefined ? { amiId } : {}), conflicts };
}

// EXTERNAL MODULE: ./shared/src/builders/packer/packer-template.ts
var packer_template = __webpack_require__(596);
;// CONCATENATED MODULE: ./shared/src/builders/packer/build-machine-image.ts
/**
 * build-image for machine images: install (or find) Packer, `packer init`
 * when the template needs plugins and Packer can, `packer validate`, then
 * `packer build -machine-readable` with the variables given, streaming
 * progress and reading the artifacts (and the manifest file, when the
 * template has a manifest post-processor) into `amis` and `ami-id`.
 */








const MR_ENV = { CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' };
async function buildMachineImage(o) {
    const started = Date.now();
    const log = o.log ?? (() => undefined);
    const progress = o.onProgress ?? (() => undefined);
    const template = await (0,packer_template/* readTemplate */.xV)(o.template);
    const packer = await installPacker({
        version: o.packerVersion ?? 'system',
        ...(o.releasesUrl !== undefined ? { baseUrl: o.releasesUrl } : {}),
        ...(o.packerSha256 !== undefined ? { sha256: o.packerSha256 } : {}),
        log,
    });
    const env = { ...(o.env ?? process.env), ...MR_ENV };
    const varArgs = [
        ...Object.entries(o.variables ?? {}).flatMap(([k, v]) => {
            if (!/^[A-Za-z_][\w-]*$/.test(k))
                throw new src_errors/* PipelineError */.zC('INPUT', `'${k}' is not a Packer variable name`, { input: 'packer-vars' });
            return ['-var', `${k}=${v}`];
        }),
        ...(o.varFiles ?? []).map((f) => `-var-file=${external_node_path_.resolve(f)}`),
        ...((o.only ?? []).length > 0 ? [`-only=${(o.only ?? []).join(',')}`] : []),
    ];
    const shownVars = Object.keys(o.variables ?? {}).map((k) => `-var ${k}=***`);
    let initRan = false;
    const needsPlugins = (0,packer_template/* declaresRequiredPlugins */.N2)(template);
    if (needsPlugins) {
        if (compareVersions(packer.version, '1.7.0') >= 0) {
            log(`packer init ${template.path}`);
            const init = await (0,src_process/* run */.e)(packer.path, ['init', template.path], { cwd: template.dir, env, onLine: (text) => progress({ level: 'raw', text, target: '' }) });
            if (init.code !== 0)
                throw packerFailure('init', init.code, init.stderr || init.stdout, template.path);
            initRan = true;
        }
        else {
            log(`Packer ${packer.version} has no 'packer init' (1.7+); the template's required_plugins must already be installed`);
        }
    }
    log(`packer validate ${[...shownVars, template.path].join(' ')}`);
    const validate = await (0,src_process/* run */.e)(packer.path, ['validate', ...varArgs, template.path], { cwd: template.dir, env });
    if (validate.code !== 0) {
        const failure = packerFailure('validate', validate.code, validate.stdout + validate.stderr, template.path);
        if (needsPlugins && !initRan) {
            throw new src_errors/* PipelineError */.zC('BUILDER', failure.message, {
                ...(failure.file !== undefined ? { file: failure.file } : {}),
                ...(failure.line !== undefined ? { line: failure.line } : {}),
                hint: `The template declares required_plugins, which Packer ${packer.version} does not know: set packer-version to 1.7.0 or later so 'packer init' can install them.`,
            });
        }
        throw failure;
    }
    const manifestFiles = o.manifest !== undefined ? [external_node_path_.resolve(o.manifest)] : (0,packer_template/* manifestOutputs */.A)(template).map((f) => external_node_path_.resolve(template.dir, f));
    const buildStart = Date.now();
    log(`packer build -machine-readable ${[...shownVars, template.path].join(' ')}`);
    const collector = new ArtifactCollector();
    const errors = [];
    const build = await (0,src_process/* run */.e)(packer.path, ['build', '-machine-readable', ...varArgs, template.path], {
        cwd: template.dir,
        env,
        onLine: (line, stream) => {
            const e = parseMachineReadableLine(line);
            if (e === undefined) {
                if (line.trim() !== '')
                    progress({ level: stream === 'stderr' ? 'error' : 'raw', text: line, target: '' });
                return;
            }
            collector.add(e);
            if (e.kind === 'ui') {
                if (e.level === 'error')
                    errors.push(e.text.trim());
                progress({ level: e.level, text: e.text, target: e.target });
            }
        },
    });
    if (build.code !== 0)
        throw packerFailure('build', build.code, errors.join('\n') || build.stderr || build.stdout, template.path);
    const artifacts = collector.artifacts();
    let manifest;
    for (const file of manifestFiles) {
        const st = await promises_.stat(file).catch(() => undefined);
        // A manifest left from an earlier run is not this build's.
        if (st === undefined || st.mtimeMs < buildStart - 1000)
            continue;
        manifest = { file, builds: parseManifest(await promises_.readFile(file, 'utf8'), file) };
        break;
    }
    const outs = amiOutputs([...artifacts.map((a) => a.id), ...(manifest?.builds.map((b) => b.artifactId) ?? [])]);
    for (const c of outs.conflicts)
        log(`two builds made AMIs in ${c.region}: keeping ${c.kept} in 'amis', not ${c.dropped}`);
    if (o.amiRegion !== undefined) {
        const chosen = outs.amis[o.amiRegion];
        if (chosen === undefined && Object.keys(outs.amis).length > 0) {
            throw new src_errors/* PipelineError */.zC('INPUT', `the build made no AMI in ${o.amiRegion} (it made: ${Object.keys(outs.amis).join(', ')})`, { input: 'ami-region' });
        }
        if (chosen !== undefined)
            outs.amiId = chosen;
    }
    const durationMs = Date.now() - started;
    const builds = artifacts.length > 0
        ? artifacts.map((a) => ({ target: a.target, builderId: a.builderId, artifactId: a.id }))
        : (manifest?.builds ?? []).map((b) => ({ target: `${b.builderType}.${b.name}`, builderId: b.builderType, artifactId: b.artifactId }));
    return {
        packer,
        template: template.path,
        initRan,
        artifacts,
        ...(manifest !== undefined ? { manifest } : {}),
        amis: outs.amis,
        ...(outs.amiId !== undefined ? { amiId: outs.amiId } : {}),
        durationMs,
        summary: {
            title: Object.keys(outs.amis).length > 0
                ? `Machine image built: ${Object.keys(outs.amis).length} region(s)`
                : 'Machine image build finished (no AMI artifacts)',
            packerVersion: packer.version,
            packerSource: packer.source,
            template: template.path,
            builds,
            amis: outs.amis,
            seconds: Math.round(durationMs / 100) / 10,
        },
    };
}
/**
 * A Packer failure as a PipelineError, pointing at the template file and
 * line when Packer names them (`on foo.pkr.hcl line 3:`).
 */
function packerFailure(step, code, output, templatePath) {
    const text = output.replace(/\r/g, '');
    const where = /\bon (\S+) line (\d+)[,:]/.exec(text);
    const firstError = /Error: ([^\n]+)/.exec(text)?.[1] ?? text.trim().split('\n').slice(-5).join(' ').slice(0, 500);
    const detail = text
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.includes('(source code not available)'))
        .slice(0, 12)
        .join('\n');
    const file = where !== null ? external_node_path_.resolve(external_node_path_.dirname(templatePath), where[1]) : templatePath;
    return new src_errors/* PipelineError */.zC('BUILDER', `packer ${step} failed (exit ${code}): ${firstError}\n${detail}`, {
        file: external_node_path_.relative(process.cwd(), file) || file,
        ...(where !== null ? { line: Number(where[2]) } : {}),
        hint: step === 'init'
            ? 'Check required_plugins sources and versions, and that the runner can reach the plugin host.'
            : step === 'validate'
                ? 'Fix the template at the line shown.'
                : 'Read the Packer log above for the failing step.',
    });
}


/***/ }),

/***/ 2402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ canRun),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3904);
/**
 * The one chokepoint for running other programs (buildah, skopeo, packer...):
 * argv arrays only (no shell, so nothing user-supplied is ever interpreted),
 * output captured with a cap, optionally streamed line by line to a callback.
 */


async function run(cmd, args, opts = {}) {
    const max = opts.maxBuffer ?? 8 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], signal: opts.signal });
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
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('NOT_FOUND', `'${cmd}' is not installed or not on PATH`, { cause: e }));
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


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Mk: () => (/* binding */ drainBounded),
/* harmony export */   V9: () => (/* binding */ BODY_CAPS)
/* harmony export */ });
/* unused harmony export capped */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
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
    return new Transform({
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

/***/ 2639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   NX: () => (/* binding */ MAX_REDIRECTS),
/* harmony export */   Nm: () => (/* binding */ sameOrigin),
/* harmony export */   lC: () => (/* binding */ resolveServerUrl),
/* harmony export */   mR: () => (/* binding */ checkRealm),
/* harmony export */   x6: () => (/* binding */ mayCarryCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4659);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4918);
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
    return `${out.href}${hadQuery ? '?…' : ''}`;
}


/***/ })

};
