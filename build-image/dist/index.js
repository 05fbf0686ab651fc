import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3331:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8374);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7207);
/** build-image as the runner runs it: the work is in run.ts, the inputs in context.ts. */


await (0,_shared_src_action_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(_run_js__WEBPACK_IMPORTED_MODULE_1__/* .action */ .XI);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7207:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XI: () => (/* binding */ action)
});

// UNUSED EXPORTS: buildImage, containerMetadata, outputsOf, run, secretsOf

// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __nccwpck_require__(1439);
// EXTERNAL MODULE: ./shared/src/github/event.ts
var github_event = __nccwpck_require__(131);
;// CONCATENATED MODULE: ./shared/src/report/summary/failure.ts
/** The job summary of a step that failed (pure): which action, a headline, and the message in a fence it cannot close. */
function failureSummary(action, headline, message) {
    return `## ${action}\n\n:x: **${headline}**\n\n\`\`\`\n${message.replace(/```/g, "'''")}\n\`\`\`\n`;
}

// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __nccwpck_require__(1220);
;// CONCATENATED MODULE: ./shared/src/report/summary/build.ts
/**
 * The job summary of a build, as Markdown: what was built, by which builder,
 * digest, size, layers, platforms and tags. Pure, so it is tested as text;
 * the action hands it to io.summary.
 */


const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function buildSummary(r) {
    const rows = [
        ['Dockerfile', code(r.dockerfile)],
        ['Builder', `${r.builder} (${cell(r.builderReason)})`],
        ['Digest', code(r.digest)],
        ['Image ID', code(r.imageid)],
        ['Size', (0,bytes/* formatBytes */.z)(r.size)],
        ['Layers', String(r.layers)],
        ['Platforms', r.platforms.join(', ')],
        ['Tags', r.tags.map(code).join(' ') || '(none)'],
        ['Layout', code(r.layout)],
        [
            'Timestamps',
            r.epoch.seconds === undefined ? 'current time (not reproducible: no git commit, no SOURCE_DATE_EPOCH)' : `${r.created} (from ${r.epoch.source})`,
        ],
    ];
    if (r.base !== undefined)
        rows.push(['Base image', `${code(r.base.name)}${r.base.digest !== undefined ? ` ${code(r.base.digest)}` : ''}`]);
    const lines = ['## build-image', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (r.manifests.length > 1) {
        lines.push('', '| Platform | Manifest | Layers | Size |', '|---|---|---|---|');
        for (const m of r.manifests)
            lines.push(`| ${m.platform} | ${code(m.digest)} | ${m.layers} | ${(0,bytes/* formatBytes */.z)(m.size)} |`);
    }
    return `${lines.join('\n')}\n`;
}
function build_failureSummary(message) {
    return failureSummary('build-image', 'Build failed', message);
}

// EXTERNAL MODULE: ./shared/src/builders/metadata.ts + 13 modules
var metadata = __nccwpck_require__(7705);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/action/inputs.ts
var action_inputs = __nccwpck_require__(7013);
;// CONCATENATED MODULE: ./shared/src/action/machine-inputs.ts
/**
 * Input readers for machine images that more than one action uses: which AMIs
 * (`amis` JSON or `ami-id` + `ami-region`, test-image) and durations
 * (`90d`, `12h`, distribute-image's retention and waits). Pure over `env`.
 */


const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/**
 * `90d`, `12h`, `30m`, `45s`, `2w`; with `allowDate`, also a date or time
 * (`2027-01-31`, `2027-01-31T12:00:00Z`) meaning "until then".
 */
function parseDuration(text, input, opts = {}) {
    const m = /^(\d+)\s*([smhdw])$/.exec(text.trim());
    if (m !== null)
        return Number(m[1]) * UNITS[m[2]];
    if (opts.allowDate === true && /^\d{4}-\d{2}-\d{2}/.test(text.trim()) && !Number.isNaN(Date.parse(text.trim()))) {
        return Date.parse(text.trim()) - (opts.now ?? new Date()).getTime();
    }
    throw new errors/* PipelineError */.zC('INPUT', `input '${input}' is '${text}', not a duration`, {
        input,
        hint: `Write a number and a unit: s, m, h, d or w (e.g. 90d)${opts.allowDate === true ? ', or a date like 2027-01-31' : ''}.`,
    });
}
/**
 * The images test-image checks: `amis` (the JSON output of build-image or
 * distribute-image: every regional copy), or `ami-id` with `ami-region`.
 */
function getMachineImageTargets(env) {
    const amis = getInput(env, 'amis');
    if (amis !== '') {
        let parsed;
        try {
            parsed = JSON.parse(amis);
        }
        catch (e) {
            throw new PipelineError('INPUT', `input 'amis' is not JSON: ${e.message}`, {
                input: 'amis',
                cause: e,
                hint: 'Pass the amis output of build-image or distribute-image: {"us-east-1":"ami-..."}.',
            });
        }
        if (typeof parsed !== 'object' ||
            parsed === null ||
            Array.isArray(parsed) ||
            !Object.values(parsed).every((v) => typeof v === 'string' && /^ami-[0-9a-f]{8,17}$/.test(v))) {
            throw new PipelineError('INPUT', "input 'amis' must map regions to AMI ids", { input: 'amis', hint: 'Example: {"us-east-1":"ami-0123456789abcdef0"}.' });
        }
        return Object.entries(parsed).map(([region, imageId]) => ({ region, imageId }));
    }
    const imageId = getInput(env, 'ami-id', { required: true });
    if (!/^ami-[0-9a-f]{8,17}$/.test(imageId))
        throw new PipelineError('INPUT', `'${imageId}' is not an AMI id`, { input: 'ami-id' });
    const region = getInput(env, 'ami-region') || (env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? '');
    if (region === '')
        throw new PipelineError('INPUT', "input 'ami-region' is required with 'ami-id'", {
            input: 'ami-region',
            hint: 'Set ami-region, or AWS_REGION in the job.',
        });
    return [{ region, imageId }];
}

// EXTERNAL MODULE: ./shared/src/builders/builder.ts
var builders_builder = __nccwpck_require__(9595);
// EXTERNAL MODULE: ./shared/src/builders/cache-spec.ts
var cache_spec = __nccwpck_require__(9936);
// EXTERNAL MODULE: ./shared/src/builders/secrets.ts
var builders_secrets = __nccwpck_require__(7537);
// EXTERNAL MODULE: ./shared/src/builders/build-options.ts
var build_options = __nccwpck_require__(619);
// EXTERNAL MODULE: ./shared/src/action/input-list.ts
var input_list = __nccwpck_require__(4699);
// EXTERNAL MODULE: ./shared/src/builders/annotations.ts
var builders_annotations = __nccwpck_require__(1722);
// EXTERNAL MODULE: ./shared/src/builders/packer/packer-template.ts
var packer_template = __nccwpck_require__(596);
// EXTERNAL MODULE: ./shared/src/github/metadata/spec.ts
var spec = __nccwpck_require__(1590);
// EXTERNAL MODULE: ./shared/src/registry/client/connect-inputs.ts
var connect_inputs = __nccwpck_require__(5127);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __nccwpck_require__(5698);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __nccwpck_require__(5175);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __nccwpck_require__(4659);
;// CONCATENATED MODULE: ./build-image/src/publish-inputs.ts
/**
 * What build-image does with the image after a successful build, from
 * docker/metadata-action's `images` and docker/build-push-action's `push`,
 * `load` and `outputs` inputs, so their `with:` blocks work here unchanged:
 *
 * - `images`: metadata-action's lines (`name/app`, `ghcr.io/name/app`, or
 *   `name=<image>,enable=<true|false>`; one line may list several names with
 *   commas, its old form). Each enabled name gets every computed tag.
 * - `push: true`, `outputs: type=registry` or `type=image,push=true`: push the
 *   built layout to every full reference (publish.ts, through distribute's push).
 * - `load: true`, `outputs: type=docker` (no dest) or `type=image` (no push):
 *   there is no Docker daemon; the image goes into the machine's
 *   containers-storage, where `podman run` and `buildah from` find it.
 * - `outputs: type=oci,dest=<file.tar>` (an OCI layout tarball),
 *   `type=oci,dest=<dir>,tar=false` (a layout folder) or
 *   `type=docker,dest=<file.tar>` (a docker-archive, one platform). The
 *   file-system exporters (type=local / type=tar) are refused with what works.
 *
 * Pure over the environment; each bad value is a PipelineError naming the
 * input and its line.
 */





/** Non-blank, non-comment lines with their 1-based line numbers (a `#` starts a comment at the start of a line or after a space). */
function numberedLines(text) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const m = /(^|\s)#/.exec(raw);
        const t = (m === null ? raw : raw.slice(0, m.index)).trim();
        if (t !== '')
            out.push({ text: t, line: i + 1 });
    });
    return out;
}
const fail = (input, line, what, hint) => new errors/* PipelineError */.zC('INPUT', `input '${input}' line ${line}: ${what}`, { input, line, hint });
/**
 * A dest the file system can take (Linux: PATH_MAX 4096 bytes with its NUL, NAME_MAX
 * 255 per name), with no control characters: said at input time with its line, since
 * the file system's own error comes after the build and repeats the whole path.
 */
function checkDest(dest, line) {
    const hint = 'Write dest as a path relative to the workspace (or absolute) of ordinary characters, each name up to 255 bytes.';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(dest))
        throw fail('outputs', line, 'dest holds a control character', hint);
    const bytes = Buffer.byteLength(dest);
    if (bytes > 4095)
        throw fail('outputs', line, `dest is ${bytes} bytes long, more than the 4095 a path may have`, hint);
    const longest = Math.max(...dest.split('/').map((n) => Buffer.byteLength(n)));
    if (longest > 255)
        throw fail('outputs', line, `a name in dest is ${longest} bytes long, more than the 255 a file name may have`, hint);
}
/** One CSV record (quotes as RFC 4180: `"name=a,b"`); csv-parse's own message may echo the line, so it is not shown. */
function csvFields(text, input, line) {
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, { trim: true, relax_column_count: true });
    }
    catch {
        throw fail(input, line, 'it is not a valid CSV record', 'Quote a whole field ("name=a,b"), not part of it, and close every quote.');
    }
    return (records[0] ?? []).filter((f) => f !== '');
}
const IMAGES_HINT = 'Write one image per line: ghcr.io/owner/app, or name=ghcr.io/owner/app,enable=true (no tag: the tags come from `tags`).';
/** An image name: a reference with no tag or digest; metadata-action lower-cases it. */
function imageName(name, line) {
    const lower = name.toLowerCase();
    const r = (0,reference/* parseReference */.F2)(lower);
    // parseReference's reason quotes the name itself, redacted and without a user:password@ pasted in front.
    if (!r.ok)
        throw fail('images', line, `the item is not an image name: ${r.error.reason}`, IMAGES_HINT);
    if (r.value.tag !== undefined || r.value.digest !== undefined) {
        throw fail('images', line, `'${(0,reference/* previewReference */.ak)(name)}' has a tag or digest`, `${IMAGES_HINT} Put tags in the tags input.`);
    }
    return lower;
}
/** metadata-action's `images` input, its old one-line comma form included. */
function parseImages(text) {
    const lines = numberedLines(text);
    const first = lines[0];
    if (lines.length === 1 && first !== undefined) {
        const fields = csvFields(first.text, 'images', first.line);
        if (fields.every((f) => !f.includes('=')))
            return fields.map((f) => imageName(f, first.line));
    }
    const out = [];
    for (const { text: t, line } of lines) {
        let name = '';
        let enable = true;
        for (const field of csvFields(t, 'images', line)) {
            const eq = field.indexOf('=');
            if (eq < 0) {
                name = field;
                continue;
            }
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            if (key === 'name')
                name = value;
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw fail('images', line, `enable is '${(0,preview/* preview */.VH)(value)}', expected true or false`, IMAGES_HINT);
                enable = value === 'true';
            }
            else
                throw fail('images', line, `'${(0,preview/* preview */.VH)(key)}' is not an attribute of an image (name, enable)`, IMAGES_HINT);
        }
        if (name === '')
            throw fail('images', line, 'the image name is empty', IMAGES_HINT);
        const checked = imageName(name, line);
        if (enable)
            out.push(checked);
    }
    return [...new Set(out)];
}
/** What `outputs` types mean here, for the error on the ones we do not write. */
const OUTPUTS_HINT = 'build-image writes: type=registry (or type=image,push=true) to push, type=docker or type=image without dest to load into containers-storage, type=oci,dest=<file.tar> (an OCI layout tarball), type=oci,dest=<dir>,tar=false, type=docker,dest=<file.tar> (a docker-archive, one platform); the OCI layout itself is at `output`.';
const KEYS = {
    registry: ['push', 'oci-mediatypes'],
    image: ['push', 'oci-mediatypes'],
    docker: ['dest'],
    oci: ['dest', 'tar', 'oci-mediatypes'],
};
function parseOutput(text, line) {
    const fields = csvFields(text, 'outputs', line);
    const attrs = {};
    for (const [i, field] of fields.entries()) {
        const eq = field.indexOf('=');
        // buildx's shorthand: a bare path is type=local,dest=<path>.
        if (eq < 0 && i === 0) {
            attrs.type = 'local';
            attrs.dest = field;
            continue;
        }
        if (eq <= 0)
            throw fail('outputs', line, `'${(0,preview/* preview */.VH)(field)}' is not key=value`, OUTPUTS_HINT);
        attrs[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim();
    }
    const type = attrs.type;
    if (type === undefined)
        throw fail('outputs', line, 'there is no type=', OUTPUTS_HINT);
    if (type === 'local' || type === 'tar') {
        throw fail('outputs', line, `type=${type} exports the image's file system, which build-image does not write`, `${OUTPUTS_HINT} To unpack the file system, run umoci unpack on the layout.`);
    }
    const known = KEYS[type];
    if (known === undefined)
        throw fail('outputs', line, `type '${(0,preview/* preview */.VH)(type)}' is not one of registry, image, docker, oci, local, tar`, OUTPUTS_HINT);
    for (const [key, value] of Object.entries(attrs)) {
        if (key === 'type')
            continue;
        if (key === 'name') {
            throw fail('outputs', line, 'name= is not read here', 'Name the references in tags (ghcr.io/owner/app:1.0) or in images; build-image pushes to those.');
        }
        if (!known.includes(key)) {
            throw fail('outputs', line, `'${(0,preview/* preview */.VH)(key)}' is not a key build-image reads for type=${type}${known.length > 0 ? ` (${known.join(', ')})` : ''}`, OUTPUTS_HINT);
        }
        if (['push', 'tar', 'oci-mediatypes'].includes(key) && value !== 'true' && value !== 'false') {
            throw fail('outputs', line, `${key} is '${(0,preview/* preview */.VH)(value)}', expected true or false`, OUTPUTS_HINT);
        }
    }
    // The layout is OCI already: oci-mediatypes=false (Docker media types) would be a different image.
    if (attrs['oci-mediatypes'] === 'false')
        throw fail('outputs', line, 'oci-mediatypes=false is not available: build-image writes OCI media types', OUTPUTS_HINT);
    if (type === 'registry') {
        if (attrs.push === 'false')
            throw fail('outputs', line, 'type=registry always pushes; push=false contradicts it', OUTPUTS_HINT);
        return { kind: 'push', line, text };
    }
    if (type === 'image')
        return { kind: attrs.push === 'true' ? 'push' : 'load', line, text };
    if (type === 'docker') {
        if (attrs.dest === undefined)
            return { kind: 'load', line, text };
        if (attrs.dest === '')
            throw fail('outputs', line, 'dest is empty', OUTPUTS_HINT);
        checkDest(attrs.dest, line);
        return { type: 'docker', dest: attrs.dest, tar: true, line };
    }
    const dest = attrs.dest ?? '';
    if (dest === '')
        throw fail('outputs', line, 'type=oci needs dest=<file.tar> (or dest=<dir>,tar=false)', OUTPUTS_HINT);
    checkDest(dest, line);
    return { type: 'oci', dest, tar: attrs.tar !== 'false', line };
}
/** `images`, `push`, `load` and `outputs`, checked; no value given gives nothing to do. */
function getPublishInputs(env) {
    const images = parseImages((0,action_inputs/* getInput */.V4)(env, 'images', { trim: false }));
    const out = { images, push: false, load: false, exports: [] };
    if ((0,action_inputs/* getBoolean */.pW)(env, 'push', false)) {
        out.push = true;
        out.pushFrom = "input 'push'";
    }
    if ((0,action_inputs/* getBoolean */.pW)(env, 'load', false)) {
        out.load = true;
        out.loadFrom = "input 'load'";
    }
    // build-push-action reads `outputs` one per line, commas inside a line belong to it.
    for (const { text, line } of numberedLines((0,action_inputs/* getInput */.V4)(env, 'outputs', { trim: false }))) {
        const o = parseOutput(text, line);
        if ('type' in o) {
            if (out.exports.some((e) => e.dest === o.dest))
                throw fail('outputs', line, `dest '${(0,preview/* preview */.VH)(o.dest, { redact: false })}' is named twice`, 'Give each export its own dest.');
            out.exports.push(o);
        }
        else if (o.kind === 'push') {
            out.push = true;
            out.pushFrom ??= `input 'outputs' line ${line} (${(0,preview/* preview */.VH)(o.text, { max: 60, redact: false })})`;
        }
        else {
            out.load = true;
            out.loadFrom ??= `input 'outputs' line ${line} (${(0,preview/* preview */.VH)(o.text, { max: 60, redact: false })})`;
        }
    }
    return out;
}
/** Whether the step has anything to do after the build. */
const publishes = (p) => p.push || p.load || p.exports.length > 0;
/**
 * Push and load need full references: a repository from `images` or from a
 * reference in `tags`. Checked before the build, from the inputs alone.
 */
function checkPublish(p, hasReference, platforms = 1) {
    const archive = p.exports.find((e) => e.type === 'docker');
    if (archive !== undefined && platforms > 1) {
        throw new errors/* PipelineError */.zC('INPUT', `input 'outputs' line ${archive.line}: type=docker,dest writes a docker-archive, which holds one platform, and ${platforms} are built`, {
            input: 'outputs',
            line: archive.line,
            hint: 'Use type=oci,dest=<file.tar> for several platforms (an OCI layout tarball holds the index), or build one platform.',
        });
    }
    if (hasReference || p.images.length > 0)
        return;
    const asked = p.push ? p.pushFrom : p.load ? p.loadFrom : undefined;
    if (asked === undefined)
        return;
    const what = p.push ? 'push' : 'load';
    throw new errors/* PipelineError */.zC('INPUT', `${asked} asks to ${what} the image, but no tag names a repository to ${what} it ${p.push ? 'to' : 'as'}`, {
        input: asked.includes("'outputs'") ? 'outputs' : what,
        hint: 'Write tags as full references (ghcr.io/owner/app:1.0, one per line), or set images: ghcr.io/owner/app to give every computed tag that repository.',
    });
}
/** For context.ts: `{ publish }` when any of images, push, load, outputs is set, else nothing (the inputs stay as they were). */
function publishInputsOf(env) {
    const p = getPublishInputs(env);
    return p.images.length > 0 || publishes(p) ? { publish: p } : {};
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./build-image/src/context.ts
/**
 * build-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml, into one typed
 * value: a container build (Dockerfile, builders) or a machine build
 * (Packer). Pure: every malformed value is a PipelineError naming the input
 * (and line), raised before anything runs.
 */

















const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const BUILD_ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Which kind of image this step builds: `kind`, else machine when `template`
 * is set or `file` names a Packer template.
 */
function kindOf(env) {
    const kind = (0,action_inputs/* getEnum */.GV)(env, 'kind', ['auto', 'container', 'machine'], 'auto');
    if (kind !== 'auto')
        return kind;
    const file = (0,action_inputs/* getInput */.V4)(env, 'file');
    return (0,action_inputs/* getInput */.V4)(env, 'template') !== '' || (0,packer_template/* isPackerTemplatePath */.iV)(file) ? 'machine' : 'container';
}
/** build-push-action's provenance attributes (buildx `--attest type=provenance,...`): `mode=min|max`, `builder-id=...`, ... */
const PROVENANCE_ATTR = /^(?:mode|builder-id|inline-only|version|reproducible|filename)=/;
const isProvenanceAttrs = (value) => value.split(',').every((f) => PROVENANCE_ATTR.test(f.trim()));
/**
 * `provenance`: a path (relative to the workspace), `false` to write none,
 * default `$RUNNER_TEMP/build-image/provenance.json`. build-push-action's
 * values mean "write provenance" too: `true`, and attribute lists such as
 * `mode=max` or `mode=min,builder-id=...`, which get our default path
 * (provenanceNotices says the attributes are not used).
 */
function provenancePath(env) {
    const value = (0,action_inputs/* getInput */.V4)(env, 'provenance');
    if (value.toLowerCase() === 'false')
        return undefined;
    if (value.toLowerCase() === 'true' || value === '' || isProvenanceAttrs(value))
        return external_node_path_.join(runnerTempOf(env), 'build-image', 'provenance.json');
    return value;
}
/** A notice when `provenance` holds buildx attributes: ours is one SLSA v1 statement, whatever the mode. */
function provenanceNotices(env) {
    const value = (0,action_inputs/* getInput */.V4)(env, 'provenance');
    return value !== '' && isProvenanceAttrs(value)
        ? [
            `provenance '${value.slice(0, 80)}': build-image writes its own SLSA v1 statement (complete build-args by name, the public ones with values; builder id from the workflow run) to the provenance output; buildx's attributes are not used`,
        ]
        : [];
}
/** `public-build-args`: names, one per line or comma-separated, whose values are not secret. */
function publicBuildArgs(env) {
    const names = (0,action_inputs/* getList */.vS)(env, 'public-build-args');
    for (const n of names) {
        if (!/^[A-Za-z_][\w-]*$/.test(n)) {
            throw new errors/* PipelineError */.zC('INPUT', `input 'public-build-args' has '${n}', expected a build-arg or Packer variable name (letters, digits, _)`, {
                input: 'public-build-args',
                hint: 'List names only, e.g. VERSION,COMMIT; their values come from build-args (or packer-vars).',
            });
        }
    }
    return names;
}
/**
 * `context`: a folder. build-push-action's Git context (`{{defaultContext}}`,
 * optionally `:subdir`) is the repository at the workflow's commit, which is
 * the checked-out workspace here: it maps to `.` or the subfolder, with a
 * notice. A remote context (a git or https URL) is refused: build-image builds
 * files it can see, so the source must be checked out first.
 */
function contextOf(env) {
    const value = (0,action_inputs/* getInput */.V4)(env, 'context') || '.';
    const git = /^\{\{\s*defaultContext\s*\}\}(?::(.*))?$/.exec(value);
    if (git !== null) {
        const sub = (git[1] ?? '').trim();
        const context = sub === '' ? '.' : sub;
        return {
            context,
            notices: [
                `context '${value}': build-push-action's Git context; build-image builds the checked-out workspace${sub === '' ? '' : ` folder ${sub}`} (check the repository out with actions/checkout first)`,
            ],
        };
    }
    if (/^(?:https?|git|ssh):\/\//.test(value) || value.startsWith('git@') || value.startsWith('github.com/')) {
        throw new errors/* PipelineError */.zC('INPUT', `input 'context' is '${value.slice(0, 80)}', a remote context: build-image builds a folder`, {
            input: 'context',
            hint: 'Check the source out in an earlier step (actions/checkout, with repository: and ref: for another one) and set context to its folder.',
        });
    }
    return { context: value, notices: [] };
}
/**
 * `stall-timeout` (default 10m; 0 turns it off) and `build-timeout` (default
 * 0: none, the job's timeout-minutes applies): durations like 30m or 2h.
 */
function builderLimitsOf(env) {
    const read = (name) => {
        const v = (0,action_inputs/* getInput */.V4)(env, name);
        if (v === '')
            return undefined;
        return v === '0' ? 0 : parseDuration(v, name);
    };
    const stallMs = read('stall-timeout');
    const timeoutMs = read('build-timeout');
    return { ...(stallMs !== undefined ? { stallMs } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}
const limitsOf = (env) => {
    const limits = builderLimitsOf(env);
    return Object.keys(limits).length > 0 ? { limits } : {};
};
const runnerTempOf = (env) => (env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' ? env.RUNNER_TEMP : external_node_os_.tmpdir());
function getInputs(env) {
    return kindOf(env) === 'machine' ? machineInputs(env) : containerInputs(env);
}
function containerInputs(env) {
    const { context, notices: contextNotices } = contextOf(env);
    const file = (0,action_inputs/* getInput */.V4)(env, 'file');
    const target = (0,action_inputs/* getInput */.V4)(env, 'target');
    // List inputs as build-push-action reads them (input-list.ts: CSV lines, quoted items may hold commas and newlines).
    const buildArgs = (0,input_list/* getKeyValues */.cp)(env, 'build-args', { keyPattern: BUILD_ARG_KEY });
    const secrets = (0,builders_secrets/* parseSecrets */.dC)((0,action_inputs/* getInput */.V4)(env, 'secrets', { trim: false }));
    const secretFiles = (0,builders_secrets/* parseSecretRefs */.q1)((0,action_inputs/* getInput */.V4)(env, 'secret-files', { trim: false }), 'secret-files', new Set(secrets.keys()));
    const secretEnvs = (0,builders_secrets/* parseSecretRefs */.q1)((0,action_inputs/* getInput */.V4)(env, 'secret-envs', { trim: false }), 'secret-envs', new Set([...secrets.keys(), ...secretFiles.map((r) => r.id)]));
    (0,builders_secrets/* checkSecretEnvs */.Lw)(secretEnvs, env);
    const labels = (0,input_list/* getKeyValues */.cp)(env, 'labels');
    const annotationItems = (0,input_list/* getListItems */.L1)(env, 'annotations', { ignoreComma: true });
    const annotations = (0,input_list/* keyValuesOf */.re)(annotationItems, 'annotations');
    // build-push-action's levels (index:, manifest[linux/arm64]:...) checked now, naming the line; build.ts places them.
    (0,builders_annotations/* parseAnnotations */.KX)(annotations, 'annotations', (0,builders_annotations/* lineOfItems */.ws)(annotationItems));
    // metadata-action spec lines (type=..., {{...}}) stay whole; other lines are plain tags or references, comma lists allowed.
    const tags = (0,action_inputs/* getList */.vS)(env, 'tags', { commas: false }).flatMap((line) => ((0,metadata/* isSpecLine */.o1)(line) ? [line] : (0,action_inputs/* parseList */.E1)(line)));
    for (const t of tags) {
        if ((0,metadata/* isSpecLine */.o1)(t))
            (0,spec/* parseTagLine */.o2)(t);
        else if ((0,reference/* tagFromInput */.tw)(t) === undefined) {
            throw new errors/* PipelineError */.zC('INPUT', `input 'tags' has '${t}', which is not a valid tag`, {
                input: 'tags',
                hint: 'A tag is 1-128 of A-Z a-z 0-9 _ . -, not starting with . or -; or write a metadata-action line such as type=ref,event=branch.',
            });
        }
    }
    const flavor = (0,action_inputs/* getList */.vS)(env, 'flavor', { commas: false });
    (0,spec/* parseFlavor */.wp)(flavor);
    const platforms = (0,input_list/* getInputList */.$D)(env, 'platforms', { trailingComments: true });
    for (const p of platforms) {
        if (!PLATFORM.test(p))
            throw new errors/* PipelineError */.zC('INPUT', `input 'platforms' has '${p}', which is not os/arch[/variant]`, {
                input: 'platforms',
                hint: 'Write e.g. linux/amd64,linux/arm64.',
            });
    }
    if (new Set(platforms).size !== platforms.length)
        throw new errors/* PipelineError */.zC('INPUT', `input 'platforms' lists a platform twice`, { input: 'platforms' });
    // Ours, or build-push-action's buildx instance name (taken as builder docker with --builder, when unambiguous).
    const chosen = (0,build_options/* builderOf */.zp)(env, ['auto', ...builders_builder/* BUILDER_NAMES */.ZJ]);
    const builder = chosen.builder;
    const parsed = (0,build_options/* parseBuildOptions */.az)(env);
    const options = chosen.instance === undefined ? parsed.options : { ...parsed.options, buildxInstance: chosen.instance };
    const notices = [...contextNotices, ...provenanceNotices(env), ...parsed.notices];
    const output = (0,action_inputs/* getInput */.V4)(env, 'output') || external_node_path_.join(runnerTempOf(env), 'image-pipeline', 'layout');
    const provenance = provenancePath(env);
    const cacheFrom = (0,cache_spec/* parseCacheSpecs */.SP)((0,action_inputs/* getInput */.V4)(env, 'cache-from', { trim: false }), 'cache-from');
    const cacheTo = (0,cache_spec/* parseCacheSpecs */.SP)((0,action_inputs/* getInput */.V4)(env, 'cache-to', { trim: false }), 'cache-to');
    const noCache = (0,action_inputs/* getBoolean */.pW)(env, 'no-cache', false);
    // A builder named outright is checked now, before anything runs; for auto, build.ts checks the one it picks.
    if (builder !== 'auto') {
        const refused = (0,cache_spec/* checkCacheForBuilder */.pg)({ from: cacheFrom, to: cacheTo, noCache }, builder);
        if (refused !== undefined)
            throw refused;
    }
    const inputs = {
        kind: 'container',
        context,
        'build-args': buildArgs,
        secrets,
        labels,
        annotations,
        tags,
        ...(flavor.length > 0 ? { flavor } : {}),
        platforms,
        builder,
        output,
        ...(provenance === undefined ? {} : { provenance }),
        publicBuildArgs: publicBuildArgs(env),
        env,
        cacheFrom,
        cacheTo,
        noCache,
        connect: (0,connect_inputs/* getConnectInputs */._z)(env),
        ...publishInputsOf(env),
        ...(options !== undefined ? { options } : {}),
        ...(secretFiles.length > 0 ? { secretFiles } : {}),
        ...(secretEnvs.length > 0 ? { secretEnvs } : {}),
        ...(notices.length > 0 ? { notices } : {}),
        ...limitsOf(env),
    };
    if (file !== '')
        inputs.file = file;
    if (target !== '')
        inputs.target = target;
    return inputs;
}
function machineInputs(env) {
    const sha = (0,action_inputs/* getInput */.V4)(env, 'packer-sha256');
    const pgpKey = (0,action_inputs/* getInput */.V4)(env, 'packer-pgp-key');
    const releases = (0,action_inputs/* getInput */.V4)(env, 'packer-releases-url');
    const manifest = (0,action_inputs/* getInput */.V4)(env, 'packer-manifest');
    const amiRegion = (0,action_inputs/* getInput */.V4)(env, 'ami-region');
    const provenance = provenancePath(env);
    return {
        kind: 'machine',
        ...(provenance === undefined ? {} : { provenance }),
        publicBuildArgs: publicBuildArgs(env),
        env,
        // `file` (the Dockerfile input) is accepted too, so `file: base.pkr.hcl` alone selects a machine build.
        template: (0,action_inputs/* getInput */.V4)(env, 'template') || (0,action_inputs/* getInput */.V4)(env, 'file') || (0,action_inputs/* getInput */.V4)(env, 'template', { required: true }),
        packerVersion: (0,action_inputs/* getInput */.V4)(env, 'packer-version') || 'system',
        ...(sha !== '' ? { packerSha256: sha } : {}),
        ...(pgpKey !== '' ? { packerPgpKey: pgpKey } : {}),
        ...(releases !== '' ? { releasesUrl: releases } : {}),
        variables: Object.fromEntries((0,action_inputs/* parseKeyValues */.Hl)((0,action_inputs/* getInput */.V4)(env, 'packer-vars', { trim: false }), 'packer-vars', { keyPattern: /^[A-Za-z_][\w-]*$/ })),
        varFiles: (0,action_inputs/* getList */.vS)(env, 'packer-var-files', { commas: false }),
        only: (0,action_inputs/* getList */.vS)(env, 'packer-only'),
        ...(manifest !== '' ? { manifest } : {}),
        ...(amiRegion !== '' ? { amiRegion } : {}),
    };
}

;// CONCATENATED MODULE: ./build-image/src/outputs.ts
function outputsOf(o) {
    if (o.kind === 'machine') {
        const r = o.result;
        return {
            amis: JSON.stringify(r.amis),
            'ami-id': r.amiId ?? '',
            metadata: JSON.stringify({ kind: 'machine', amis: r.amis, amiId: r.amiId, packer: r.packer.version, template: r.template, artifacts: r.artifacts }),
            provenance: o.provenance ?? '',
        };
    }
    const r = o.report;
    const labels = Object.entries(r.labels ?? {}).map(([k, v]) => `${k}=${v}`);
    // With a repository named (images, or references in tags), `tags` are full references, as metadata-action's are.
    const tags = r.refs !== undefined && r.refs.length > 0 ? r.refs : r.tags;
    return {
        digest: r.digest,
        imageid: r.imageid,
        layout: r.layout,
        tags: tags.join('\n'),
        // metadata-action's outputs: version (the first computed tag), labels and annotations (level:key=value) one per line, json with tags (full references), tag-names, labels and annotations.
        version: r.version ?? '',
        labels: labels.join('\n'),
        annotations: (r.annotations ?? []).join('\n'),
        json: JSON.stringify({ tags, 'tag-names': r.tags, labels: r.labels ?? {}, annotations: r.annotations ?? [] }),
        metadata: JSON.stringify(containerMetadata(o)),
        provenance: o.provenance ?? '',
    };
}
/**
 * The `metadata` output: the build report (every key it always had) with
 * build-push-action's keys, as buildx's metadata file names them:
 * `containerimage.digest` (the image: manifest, or index for several
 * platforms), `containerimage.config.digest` (single-platform builds only, as
 * buildx), `containerimage.descriptor` (the root's media type, digest and
 * size) and `image.name` (the full references, comma-joined; absent without one).
 */
function containerMetadata(o) {
    const r = o.report;
    return {
        ...r,
        'containerimage.digest': r.digest,
        ...(r.manifests?.length === 1 ? { 'containerimage.config.digest': r.imageid } : {}),
        ...(o.descriptor !== undefined ? { 'containerimage.descriptor': o.descriptor } : {}),
        ...(r.refs !== undefined && r.refs.length > 0 ? { 'image.name': r.refs.join(',') } : {}),
    };
}

;// CONCATENATED MODULE: ./build-image/src/secrets.ts
/**
 * build-image's secrets, masked before anything can print them. Apart from run.ts so the all-in-one action
 * masks every stage's secrets before its first stage without loading the stages' run code (issue 17 item 3).
 */


/** Build secrets, registry credentials, cache credentials (gha token, s3 keys) and Packer variables. */
const secretsOf = (i) => i.kind === 'container'
    ? [...i.secrets.values(), ...(0,connect_inputs/* connectSecrets */.OP)(i.connect), ...(0,cache_spec/* cacheSecrets */.oU)([...i.cacheFrom, ...i.cacheTo])]
    : Object.values(i.variables ?? {});

;// CONCATENATED MODULE: ./build-image/src/run.ts








/*
 * What a run needs is loaded when the run needs it (bench/build.ts, issue 14 item 4): node parses every
 * statically imported module before the first line runs, so a run that only refuses a bad input, or
 * builds a container, would otherwise pay for the Packer path, provenance and the builders it never uses.
 * The bundler (ncc) turns each import() below into a separate chunk file.
 */
/** Lazy: the container build (builders, registry access, caches, layout assembly) is not needed to check inputs. */
const loadContainerBuild = () => Promise.all(/* import() */[__nccwpck_require__.e(320), __nccwpck_require__.e(306)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9306));
/** Lazy: the Packer path (tool-cache and its downloads, semver, the AWS SDK) and its summary, only for `kind: machine`. */
async function loadMachineBuild() {
    const [build, summary] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(354), __nccwpck_require__.e(240)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8240)),
        __nccwpck_require__.e(/* import() */ 705).then(__nccwpck_require__.bind(__nccwpck_require__, 9705)),
    ]);
    return { ...build, ...summary };
}
/** Lazy: after a successful build, the root descriptor for `metadata` (root-descriptor.ts, small). */
const loadRootDescriptor = () => __nccwpck_require__.e(/* import() */ 866).then(__nccwpck_require__.bind(__nccwpck_require__, 9485));
/** Lazy: push/load/outputs (publish.ts: the push, tar-stream, the push summary) only when asked. */
const loadPublish = () => Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(320), __nccwpck_require__.e(296), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2211));
/** Lazy: the build-context checks (locate.ts, small) that refuse a bad context, Dockerfile or output before the builders load. */
const loadLocate = () => __nccwpck_require__.e(/* import() */ 244).then(__nccwpck_require__.bind(__nccwpck_require__, 2244));
/** Lazy: the builder probe (select.ts, small), started while the builders load. */
const loadSelect = () => __nccwpck_require__.e(/* import() */ 490).then(__nccwpck_require__.bind(__nccwpck_require__, 2490));
/** Lazy: SLSA provenance (shared/src/attest) only once a build has succeeded and `provenance` is not false. */
const loadProvenance = () => __nccwpck_require__.e(/* import() */ 836).then(__nccwpck_require__.bind(__nccwpck_require__, 5836));
async function run(inputs, io) {
    return inputs.kind === 'machine' ? runMachine(inputs, io) : runContainer(inputs, io);
}
async function runContainer(inputs, io) {
    const { kind: _kind, 'build-args': buildArgs, env, provenance: _provenance, publicBuildArgs: _publicBuildArgs, publish: publishInputs, ...rest } = inputs;
    // push/load name the image by its full references: none at all is a mistake to report before building.
    if (publishInputs !== undefined)
        checkPublish(publishInputs, inputs.tags.some((t) => (0,metadata/* referenceItem */.DX)(t) !== undefined), inputs.platforms.length);
    // Context, Dockerfile and output checked here, so a missing Dockerfile is refused without loading the builders (~190 KB,
    // issue 17); buildImage takes what was found (located) and does not look again.
    const { locateBuild } = await loadLocate();
    const located = await locateBuild(rest, (0,workspace_path/* workspaceOf */.B3)(env));
    const startedOn = new Date();
    // The builder probe (`buildah --version`: the builder's own time, 0.1-0.3 s) is spawned before the builders'
    // chunk loads and runs while it does, instead of after (issue 17, examples/hello); buildImage awaits it where it
    // probed. Only once the context checks passed: a bad input spawns nothing.
    const probing = loadSelect().then((m) => m.probeBuilders(rest.builder));
    probing.catch(() => undefined);
    const { buildImage: buildContainerImage } = await loadContainerBuild();
    const report = await buildContainerImage({
        ...rest,
        buildArgs,
        env,
        located,
        event: await (0,github_event/* readEvent */.j_)(env),
        ...(publishInputs !== undefined && publishInputs.images.length > 0 ? { images: publishInputs.images } : {}),
    }, 
    // mask: secrets the registry credential resolver finds during the build (ECR tokens, config.json entries).
    { log: { info: (m) => io.info(m), debug: (m) => io.debug(m), warning: (m) => io.warning(m) }, mask: (s) => io.mask(s), probe: () => probing });
    const finishedOn = new Date();
    io.info(`Built ${report.digest} (${report.platforms.join(', ')}) into ${report.layout}, tags: ${report.tags.join(', ')}`);
    await io.summary(buildSummary(report));
    const written = await writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io);
    const { rootDescriptor } = await loadRootDescriptor();
    const out = {
        kind: 'container',
        report,
        descriptor: await rootDescriptor(report.layout),
        ...(written !== undefined ? { provenance: written } : {}),
    };
    if (publishInputs === undefined || !publishes(publishInputs))
        return out;
    const { publish } = await loadPublish();
    return { ...out, publish: await publish(report, publishInputs, inputs.connect, env, io) };
}
async function writeContainerProvenance(inputs, report, { startedOn, finishedOn }, io) {
    const { provenance, 'build-args': buildArgs, publicBuildArgs, env } = inputs;
    if (provenance === undefined)
        return undefined;
    const { containerProvenance, writeProvenance } = await loadProvenance();
    const statement = containerProvenance({ report, context: inputs.context, ...(inputs.target === undefined ? {} : { target: inputs.target }), buildArgs, publicBuildArgs, env }, { startedOn, finishedOn });
    const written = await writeProvenance(provenance, statement, env);
    io.info(`Provenance (SLSA v1, ${statement.subject.length} subjects) written to ${written}`);
    return written;
}
async function runMachine(inputs, io) {
    const { kind: _kind, provenance, publicBuildArgs, env, ...options } = inputs;
    const startedOn = new Date();
    const { buildMachineImage, machineBuildSummaryMarkdown } = await loadMachineBuild();
    const result = await buildMachineImage({
        ...options,
        log: (l) => io.info(l),
        onProgress: (p) => {
            if (p.text !== '')
                io.info(p.target !== '' ? `${p.target}: ${p.text}` : p.text);
        },
    });
    await io.summary(machineBuildSummaryMarkdown(result.summary));
    const amis = Object.entries(result.amis);
    io.info(amis.length > 0
        ? `Built ${amis.map(([r, id]) => `${id} in ${r}`).join(', ')}`
        : 'Packer build finished (no AMI artifact: a builder that makes none, e.g. null)');
    if (provenance === undefined)
        return { kind: 'machine', result };
    const { machineProvenance, writeProvenance } = await loadProvenance();
    const statement = machineProvenance({ result, template: inputs.template, variables: inputs.variables ?? {}, publicBuildArgs, env }, { startedOn, finishedOn: new Date() });
    if (statement === undefined) {
        io.info('No provenance written: the build made no AMI to be its subject');
        return { kind: 'machine', result };
    }
    const written = await writeProvenance(provenance, statement, env);
    io.info(`Provenance (SLSA v1, AMIs ${statement.subject.map((s) => s.name).join(', ')}) written to ${written}`);
    return { kind: 'machine', result, provenance: written };
}
const buildImage = {
    name: 'build-image',
    getInputs: getInputs,
    secretsOf: secretsOf,
    run,
    outputsOf: outputsOf,
    // After the digest, layout and metadata: a push, load or export that failed still leaves the build's outputs.
    verdict: (o) => (o.kind === 'container' ? o.publish?.error : undefined),
    failureSummary: build_failureSummary,
};
const action = buildImage;




/***/ }),

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ getInputList),
/* harmony export */   L1: () => (/* binding */ getListItems),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   cp: () => (/* binding */ getKeyValues),
/* harmony export */   re: () => (/* binding */ keyValuesOf)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4659);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7013);
/**
 * List inputs read the way docker/actions-toolkit's getInputList reads them,
 * so a docker/build-push-action `with:` block means the same here: the text
 * is CSV (csv-parse: relaxed quotes, relaxed column count, blank lines
 * skipped), one record per line, so an item may be quoted to hold commas
 * (`"FOO=a,b"`), newlines (`"KEY=line one\nline two"`) or doubled quotes.
 * With `ignoreComma` a record's fields are joined back with commas (one item
 * per line: build-args, labels, secrets, ...); without it every field, and
 * every comma-separated part of a lone field, is an item (platforms, ssh, ...).
 *
 * Two differences, both keeping what our inputs accepted before: a line whose
 * first non-blank character is `#` is a comment (actions-toolkit passes no
 * comment character for these inputs, so buildx would be handed the line),
 * and each item carries the line it starts on, for errors. `#` elsewhere is
 * data (`COLOR=#fff`). Pure.
 */




/** A record's own text: csv-parse's raw text also holds the blank and comment lines before it, and the newline after it. */
const bodyOf = (p) => p.raw.replace(/^(?:(?:#[^\n]*)?\r?\n)+/, '').replace(/\r?\n$/, '');
/** The line a record starts on: where it ends, less the newlines inside it. */
const startLine = (p, body) => p.info.lines - (body.match(/\n/g)?.length ?? 0);
function readList(text, input, opts = {}) {
    if (text.trim() === '')
        return [];
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, {
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            comment: '#',
            comment_no_infix: true,
            info: true,
            raw: true,
            ...(opts.quote === false ? { quote: false } : {}),
        });
    }
    catch (e) {
        // csv-parse's message may quote the text (a secret): only its line number is shown.
        const at = typeof e.lines === 'number' ? ` (near line ${e.lines})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' is not a valid list${at}: a quote is opened and never closed, or closed in the middle of an item`, {
            input,
            hint: 'Quote a whole item ("KEY=a,b"), not part of it; write a quote inside a quoted item as two ("").',
        });
    }
    const out = [];
    for (const p of records) {
        const body = bodyOf(p);
        const lead = body.trimStart();
        // An indented `# comment` (csv-parse takes `#` as a comment only in the first column).
        if (lead.startsWith('#'))
            continue;
        const quoted = opts.quote !== false && lead.startsWith('"');
        const line = startLine(p, body);
        const fields = opts.trailingComments === true && !quoted ? [body.replace(/(^|\s)#.*$/s, '')] : p.record;
        const values = opts.ignoreComma === true ? [fields.join(',')] : fields.length === 1 ? (fields[0] ?? '').split(',') : fields;
        for (const v of values) {
            if (v === '')
                continue;
            const value = opts.trim === 'unquoted' && quoted ? v : v.trim();
            if (value !== '')
                out.push({ value, line, quoted });
        }
    }
    return out;
}
/** An input's items (see readList). */
const getListItems = (env, name, opts = {}) => readList((0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4)(env, name, { trim: false }), name, opts);
/** An input's items as strings: actions-toolkit's getInputList. */
const getInputList = (env, name, opts = {}) => getListItems(env, name, opts).map((i) => i.value);
/**
 * `KEY=value` items (build-args, labels, annotations), one per line or quoted:
 * split at the first `=`. An item without `=`, or with a malformed key, is an
 * error naming its line with a redacted preview.
 */
function keyValuesOf(items, input, opts = {}) {
    const keyPattern = opts.keyPattern ?? /^[^\s=]+$/;
    const out = new Map();
    for (const item of items) {
        const eq = item.value.indexOf('=');
        const key = eq < 0 ? item.value : item.value.slice(0, eq).trim();
        if (eq <= 0 || !keyPattern.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${item.line} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(item.value, { max: 60 })}') is not KEY=value`, {
                input,
                line: item.line,
                hint: `Write one KEY=value per line (quote it to hold a comma or a newline: "KEY=a,b")${eq <= 0 ? '; this line has no key or no =' : `; '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(key)}' is not a valid key`}.`,
            });
        }
        out.set(key, item.value.slice(eq + 1));
    }
    return out;
}
/** keyValuesOf over an input read with ignoreComma (one item per line). */
const getKeyValues = (env, name, opts = {}) => keyValuesOf(getListItems(env, name, { ignoreComma: true }), name, opts);


/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   GV: () => (/* binding */ getEnum),
/* harmony export */   Hl: () => (/* binding */ parseKeyValues),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   pW: () => (/* binding */ getBoolean),
/* harmony export */   vS: () => (/* binding */ getList)
/* harmony export */ });
/* unused harmony exports inputVar, getInteger */
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${name}' is '${v}', not a boolean`, { input: name, hint: "Use 'true' or 'false'." });
}
function getEnum(env, name, values, fallback) {
    const v = getInput(env, name);
    if (v === '')
        return fallback;
    if (values.includes(v))
        return v;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${name}' is '${v}', which is not one of ${values.join(', ')}`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${i + 1} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(rawLine, { max: 60 })}') is not KEY=value`, {
                input,
                line: i + 1,
                hint: `Write one KEY=value per line${eq <= 0 ? '; this line has no key or no =' : `; '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(key)}' is not a valid key`}.`,
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

// EXTERNAL MODULE: ./shared/src/action/yaml-reader.ts
var yaml_reader = __nccwpck_require__(359);
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
/* harmony export */   B3: () => (/* binding */ workspaceOf)
/* harmony export */ });
/* unused harmony exports ALLOW_OUTSIDE_INPUT, workspaceFile, confinePath */
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
            return path.join(await fs.realpath(at), ...rest.reverse());
        }
        catch (e) {
            const parent = path.dirname(at);
            if (e.code !== 'ENOENT' || parent === at)
                throw e;
            rest.push(path.basename(at));
            at = parent;
        }
    }
}
const inside = (root, p) => {
    const rel = path.relative(root, p);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
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
    const given = path.resolve(scope.workspace, value);
    if (scope.allowOutside === true)
        return given;
    const root = await realPath(path.resolve(scope.workspace));
    const real = await realPath(given);
    if (inside(root, real))
        return real;
    const via = real === given ? '' : `, which resolves to ${real}`;
    throw new PipelineError('UNSAFE_PATH', `${who.subject}: expected a file inside the workspace (${root}), got '${value}'${via}`, {
        ...(who.input === undefined ? {} : { input: who.input }),
        hint: who.hint,
    });
}


/***/ }),

/***/ 359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ yamlReader),
/* harmony export */   Hz: () => (/* binding */ loadYamlReader),
/* harmony export */   kY: () => (/* binding */ needsYamlReader)
/* harmony export */ });
/* unused harmony exports YAML_INPUTS, yamlReaderLoaded */
/* harmony import */ var _lazy_module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5858);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7013);
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
const needsYamlReader = (env) => YAML_INPUTS.some((name) => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)(env, name).trim() !== '');
const yaml = (0,_lazy_module_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyModule */ .f)(() => __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)), 'a YAML input was read before the YAML reader was loaded: await loadYamlReader() first (run-action.ts main does when needsYamlReader)', { requireId: 'yaml' });
/** Loads the yaml package; one import however many callers, cheap after the first. */
const loadYamlReader = () => yaml.load();
/** Whether loadYamlReader has finished (for tests of main()). */
const yamlReaderLoaded = () => yaml.loaded();
/** The yaml module, for a parser of a YAML input (lazy-module.ts: from the sources, required on first use). */
const yamlReader = () => yaml.get();


/***/ }),

/***/ 1722:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   MI: () => (/* binding */ checkPlacement),
/* harmony export */   RF: () => (/* binding */ mergeAnnotations),
/* harmony export */   YL: () => (/* binding */ computedAnnotations),
/* harmony export */   _R: () => (/* binding */ LEVELS_ENV),
/* harmony export */   tG: () => (/* binding */ computedLevels),
/* harmony export */   tn: () => (/* binding */ formatAnnotation),
/* harmony export */   ws: () => (/* binding */ lineOfItems),
/* harmony export */   wv: () => (/* binding */ annotationsAt)
/* harmony export */ });
/* unused harmony exports ANNOTATION_LEVELS, normalizePlatform, parseAnnotation */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4659);
/**
 * OCI annotations and where they go, as build-push-action (buildx) writes
 * them: `[level[,level...]:]key=value`, a level being `manifest` (the
 * default), `index`, `manifest-descriptor` or `index-descriptor`, the manifest
 * levels optionally narrowed to one platform with `[os/arch[/variant]]`.
 * docker/metadata-action's set is placed the same way, at the levels named by
 * its DOCKER_METADATA_ANNOTATIONS_LEVELS (default `manifest`), and printed as
 * its `annotations` output (`level:key=value` lines). Pure: parsing, checking
 * against the platforms built, merging (later entries win), selecting.
 */


const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
/** metadata-action's variable naming the levels its computed annotations go to. */
const LEVELS_ENV = 'DOCKER_METADATA_ANNOTATIONS_LEVELS';
const LEVEL_SET = new Set(ANNOTATION_LEVELS);
const isLevel = (s) => LEVEL_SET.has(s);
/** buildx's shape of one level: lower-case letters and dashes, then an optional platform in brackets. */
const LEVEL_SPEC = /^([a-z-]+)(?:\[([A-Za-z0-9_/.-]+)\])?$/;
const LEVELS_HINT = 'A level is manifest (the default), index, manifest-descriptor or index-descriptor, several joined by commas, the manifest ones optionally with a platform: manifest[linux/arm64]:org.example.key=value.';
const ARCH_ALIASES = {
    x86_64: ['amd64'],
    'x86-64': ['amd64'],
    aarch64: ['arm64'],
    armhf: ['arm', 'v7'],
    armel: ['arm', 'v6'],
    i386: ['386'],
    i686: ['386'],
};
/**
 * A platform as buildkit compares them (containerd's normalisation, the cases
 * that occur): lower case, architecture aliases, numeric variants as vN, the
 * default variants dropped (arm64/v8, amd64/v1) or supplied (arm is arm/v7).
 * undefined when it is not os/arch[/variant].
 */
function normalizePlatform(p) {
    const parts = p.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((x) => !/^[a-z0-9_.-]+$/.test(x)))
        return undefined;
    const [os, rawArch] = parts;
    const alias = ARCH_ALIASES[rawArch];
    const arch = alias?.[0] ?? rawArch;
    let variant = parts[2] ?? alias?.[1];
    if (variant !== undefined && /^\d+$/.test(variant))
        variant = `v${variant}`;
    if ((arch === 'arm64' && variant === 'v8') || (arch === 'amd64' && variant === 'v1'))
        variant = undefined;
    if (arch === 'arm' && variant === undefined)
        variant = 'v7';
    return variant === undefined ? `${os}/${arch}` : `${os}/${arch}/${variant}`;
}
const where = (from) => (from.line !== undefined ? `input '${from.input}' line ${from.line}` : `'${from.input}'`);
/** One `level[platform]` of a prefix. */
function parseLevel(spec, from, shown) {
    const m = LEVEL_SPEC.exec(spec.trim());
    const name = m?.[1];
    if (m === null || name === undefined || !isLevel(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') has the level '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(spec, { max: 40 })}', expected one of ${ANNOTATION_LEVELS.join(', ')}`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: LEVELS_HINT,
        });
    const rawPlatform = m[2];
    if (rawPlatform === undefined)
        return { level: name };
    if (name === 'index' || name === 'index-descriptor')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') narrows the ${name} level to a platform, expected a platform on manifest levels only`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: `There is one image index for all platforms: write ${name}:key=value, or manifest[${rawPlatform}]:key=value for one platform's manifest.`,
        });
    const platform = normalizePlatform(rawPlatform);
    if (platform === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') names the platform '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(rawPlatform, { max: 40, redact: false })}', expected os/arch[/variant]`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: 'Write e.g. manifest[linux/arm64]:key=value.',
        });
    return { level: name, platform };
}
/**
 * One annotation item (`[levels:]key=value`, key and value already split at
 * the first '='), one entry per level it names. buildx splits the levels off
 * at the key's first ':'; a key with a ':' of its own therefore needs an
 * explicit level in front (`manifest:a:b=c`).
 */
function parseAnnotation(keyPart, value, from) {
    // The key part only (a value may be anything), and redacted too: a line missing its key puts whatever was pasted
    // (a token) where the level goes, and a level the parser refuses is masked the same way below.
    const shown = (0,_preview_js__WEBPACK_IMPORTED_MODULE_1__/* .preview */ .VH)(keyPart, { max: 60 });
    const colon = keyPart.indexOf(':');
    const key = (colon < 0 ? keyPart : keyPart.slice(colon + 1)).trim();
    if (key === '' || /\s/.test(key))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(from)} ('${shown}') has no annotation key, expected [level:]key=value with a key without spaces`, {
            input: from.input,
            ...(from.line !== undefined ? { line: from.line } : {}),
            hint: 'Write e.g. org.opencontainers.image.description=My image, or index:org.opencontainers.image.description=My image.',
        });
    const levels = colon < 0
        ? [{ level: 'manifest' }]
        : keyPart
            .slice(0, colon)
            .split(',')
            .map((spec) => parseLevel(spec, from, shown));
    return levels.map((l) => ({ ...l, key, value, from }));
}
/**
 * The `annotations` input's items (KEY=value pairs as the input reader split
 * them, KEY possibly prefixed with levels). `lineOf` gives an item's line in
 * the input, when the caller still has the text.
 */
function parseAnnotations(items, input = 'annotations', lineOf = () => undefined) {
    const out = [];
    for (const [k, v] of items) {
        const line = lineOf(k);
        out.push(...parseAnnotation(k, v, line === undefined ? { input } : { input, line }));
    }
    return out;
}
/**
 * The line each key (as written, levels included) was set on, from the input
 * reader's items (input-list.ts: each item knows the line it starts on); the
 * last one wins, as it does in the key/value map.
 */
function lineOfItems(items) {
    const lines = new Map();
    for (const item of items) {
        const eq = item.value.indexOf('=');
        if (eq > 0)
            lines.set(item.value.slice(0, eq).trim(), item.line);
    }
    return (key) => lines.get(key);
}
/** The levels of metadata-action's computed annotations: DOCKER_METADATA_ANNOTATIONS_LEVELS, default manifest. */
function computedLevels(value) {
    const v = value?.trim() ?? '';
    if (v === '')
        return [{ level: 'manifest' }];
    return v.split(',').map((spec) => parseLevel(spec, { input: LEVELS_ENV }, v));
}
/** metadata-action's computed set (the same keys and values as its labels) at each level. */
function computedAnnotations(set, levels) {
    const pairs = [...set];
    return levels.flatMap((l) => pairs.map(([key, value]) => ({ ...l, key, value, from: { input: LEVELS_ENV } })));
}
const slot = (e) => `${e.level}\u0000${e.platform ?? ''}`;
/**
 * One entry per (level, platform, key), the later one winning (so pass the
 * computed set first and the user's after it); grouped by level and platform
 * in order of first appearance, keys sorted within a group as metadata-action
 * sorts its list.
 */
function mergeAnnotations(entries) {
    const groups = new Map();
    for (const e of entries) {
        const g = groups.get(slot(e)) ?? new Map();
        g.set(e.key, e);
        groups.set(slot(e), g);
    }
    return [...groups.values()].flatMap((g) => [...g.values()].sort((a, b) => a.key.localeCompare(b.key)));
}
/** metadata-action's `annotations` output lines: `level[platform]:key=value`. */
const formatAnnotation = (e) => `${e.level}${e.platform !== undefined ? `[${e.platform}]` : ''}:${e.key}=${e.value}`;
/**
 * What goes at `level` (for one manifest: its platform): the entries for
 * every platform, then those for this platform over them (buildkit's order).
 * undefined when there is none.
 */
function annotationsAt(entries, level, platform) {
    const out = {};
    const p = platform === undefined ? undefined : (normalizePlatform(platform) ?? platform);
    for (const e of entries)
        if (e.level === level && e.platform === undefined)
            out[e.key] = e.value;
    if (p !== undefined)
        for (const e of entries)
            if (e.level === level && e.platform === p)
                out[e.key] = e.value;
    return Object.keys(out).length > 0 ? out : undefined;
}
/**
 * Refuses what cannot be placed on the image this build makes, as buildkit
 * does: index levels without an image index (one platform), and a platform
 * selector naming a platform that is not built. `platforms` as built or
 * requested (os/arch[/variant]).
 */
function checkPlacement(entries, platforms) {
    const built = new Set(platforms.map((p) => normalizePlatform(p) ?? p));
    for (const e of entries) {
        const ctx = { input: e.from.input, ...(e.from.line !== undefined ? { line: e.from.line } : {}) };
        if ((e.level === 'index' || e.level === 'index-descriptor') && platforms.length <= 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(e.from)} puts '${e.key}' on the image index, but a build of one platform makes no index`, {
                ...ctx,
                hint: 'Build several platforms, or use manifest: (the image manifest) or manifest-descriptor: (its entry in the layout) for one platform; buildx refuses this too.',
            });
        if (e.platform !== undefined && !built.has(e.platform))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `${where(e.from)} narrows '${e.key}' to ${e.platform}, expected one of the platforms built (${[...built].join(', ')})`, {
                ...ctx,
                hint: 'Name a platform listed in platforms, or drop the [os/arch] part to annotate every platform.',
            });
    }
}


/***/ }),

/***/ 619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ imagesThroughContexts),
/* harmony export */   Jm: () => (/* binding */ resolveBuildContexts),
/* harmony export */   RQ: () => (/* binding */ buildxOptionArgs),
/* harmony export */   Ri: () => (/* binding */ optionNotices),
/* harmony export */   Tm: () => (/* binding */ noCacheFor),
/* harmony export */   ZL: () => (/* binding */ imageThroughContexts),
/* harmony export */   az: () => (/* binding */ parseBuildOptions),
/* harmony export */   iJ: () => (/* binding */ contextImages),
/* harmony export */   pS: () => (/* binding */ containersOptionArgs),
/* harmony export */   zl: () => (/* binding */ checkOptionsForBuilder),
/* harmony export */   zp: () => (/* binding */ builderOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4659);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7013);
/* harmony import */ var _action_input_list_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4699);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5698);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(9595);
/**
 * docker/build-push-action's build options, so its `with:` block works on
 * build-image: parsed here from the inputs (pure, every bad value an error
 * naming the input, line and the accepted forms), checked against the builder
 * that runs (what buildah/podman cannot do is refused before anything runs),
 * and turned into each builder's flags.
 *
 * What buildah 1.28 / podman 4.3 make of them, checked on this machine with
 * chroot isolation (how build-image runs RUN steps: no user namespaces or
 * runc needed on a runner): --build-context (folder, https tarball,
 * docker-image://), --secret id=,env=, --ssh, --add-host, --ulimit and
 * --pull=always take effect; --network accepts only host ("cannot set
 * --network other than host with --isolation chroot"), which is what chroot
 * isolation gives every RUN step anyway; --shm-size and --cgroup-parent are
 * accepted but change nothing (the RUN step sees the runner's /dev/shm and
 * cgroup), so they are passed and a notice says so.
 */








const CONTEXT_NAME = /^[A-Za-z0-9][A-Za-z0-9_./:@-]*$/;
const SSH_ITEM = /^[A-Za-z0-9_.-]+(?:=\S.*)?$/;
const ADD_HOST = /^[A-Za-z0-9_.-]+[:=]\S+$/;
const SHM_SIZE = /^\d+(?:\.\d+)?[bkmgBKMG]?[bB]?$/;
const ULIMIT = /^[a-z]+=-?\d+(?::-?\d+)?$/;
const STAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ENTITLEMENT = /^[a-z]+(?:\.[a-z]+)*(?:=\S+)?$/;
const fail = (input, message, hint, line) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}'${line === undefined ? '' : ` line ${line}`} ${message}`, {
    input,
    hint,
    ...(line === undefined ? {} : { line }),
});
/** A git source (buildx fetches it itself; buildah would take it for a tarball URL). */
const isGitSource = (v) => v.startsWith('git@') || v.startsWith('git://') || v.startsWith('github.com/') || (/^https?:\/\//.test(v) && (/\.git(?:#|$)/.test(v) || v.includes('#')));
const DOCKER_IMAGE = 'docker-image://';
/** Longer than HTTP servers take in a request line (nginx refuses past 8 KiB by default): never a real tarball URL. */
const MAX_URL = 8192;
/**
 * What is wrong with an image or URL source, checked at input time so a bad
 * one is refused naming the line rather than failing inside the builder.
 * Folders are checked when the build starts (resolveBuildContexts); git
 * sources and oci-layout:// are the builder's (checkBuildOptions). Undefined
 * when fine.
 */
function sourceProblem(value) {
    if (value.startsWith(DOCKER_IMAGE)) {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(value.slice(DOCKER_IMAGE.length));
        if (ref.ok)
            return undefined;
        // The reason only: parseReference's message quotes the whole text, which may be anything.
        const why = ref.error.reason.replace(/^'.*' is not a valid image reference: /s, '');
        return `docker-image:// does not name an image (${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(why, { max: 80 })})`;
    }
    if (/^https?:\/\//i.test(value)) {
        if (value.length > MAX_URL)
            return `is a URL of ${value.length} characters, more than ${MAX_URL}`;
        // WHATWG URL parsing: what does not parse is no address a builder could fetch (and an http(s) URL that parses has a host).
        if (!URL.canParse(value))
            return 'is not a valid URL';
    }
    return undefined;
}
function buildContexts(env) {
    const seen = new Set();
    return (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_5__/* .getListItems */ .L1)(env, 'build-contexts', { ignoreComma: true }).map((item) => {
        const eq = item.value.indexOf('=');
        const name = eq < 0 ? '' : item.value.slice(0, eq).trim();
        const value = eq < 0 ? '' : item.value.slice(eq + 1).trim();
        const hint = 'Write name=<folder>, name=docker-image://<image>[:tag|@digest] or name=https://<url of a tarball>, one per line; FROM name or COPY --from=name uses it.';
        if (eq <= 0 || !CONTEXT_NAME.test(name) || value === '')
            throw fail('build-contexts', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}') is not name=value`, hint, item.line);
        if (value.startsWith('target:'))
            throw fail('build-contexts', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}'): target: contexts are docker/bake-action's, not a build's`, hint, item.line);
        if (seen.has(name))
            throw fail('build-contexts', `names the context '${name}' twice`, hint, item.line);
        const problem = sourceProblem(value);
        if (problem !== undefined)
            throw fail('build-contexts', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}'): the source ${problem}`, hint, item.line);
        seen.add(name);
        return { name, value, line: item.line };
    });
}
function network(env) {
    const v = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'network');
    if (v === '')
        return undefined;
    if (_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_MODES */ .Kt.includes(v))
        return v;
    throw fail('network', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(v)}', which is not one of ${_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_MODES */ .Kt.join(', ')}`, `Set network to ${_builder_js__WEBPACK_IMPORTED_MODULE_7__/* .NETWORK_MODES */ .Kt.join(', ')} (buildx's modes for RUN steps).`);
}
/** Items of a comma/line list input, each matching `pattern`, else an error with `form`. */
function checkedList(env, name, pattern, form, opts = {}) {
    return (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_5__/* .getListItems */ .L1)(env, name, opts).map((item) => {
        if (!pattern.test(item.value))
            throw fail(name, `has '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}', expected ${form}`, `Write ${form}, one per line${opts.ignoreComma === true ? '' : ' or comma-separated'}.`, item.line);
        return item.value;
    });
}
/**
 * build-push-action's build options from the inputs. Pure over `env` (the
 * SSH agent is looked up in it). `buildxInstance` comes from `builder`
 * (builderOf), not from here.
 */
function parseBuildOptions(env) {
    const notices = [];
    const o = {};
    const contexts = buildContexts(env);
    if (contexts.length > 0)
        o.buildContexts = contexts;
    if ((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBoolean */ .pW)(env, 'pull', false))
        o.pull = true;
    const net = network(env);
    if (net !== undefined)
        o.network = net;
    const ssh = checkedList(env, 'ssh', SSH_ITEM, 'default, <id> or <id>=<agent socket or key file>');
    if (ssh.some((s) => !s.includes('=')) && (env.SSH_AUTH_SOCK ?? '') === '') {
        throw fail('ssh', `has '${ssh.find((s) => !s.includes('='))}', which uses the SSH agent, but SSH_AUTH_SOCK is not set`, 'Start an agent in an earlier step (e.g. webfactory/ssh-agent), or name a key file: default=/path/to/key.');
    }
    if (ssh.length > 0)
        o.ssh = ssh;
    // buildx takes host=ip too; buildah only host:ip.
    const hosts = checkedList(env, 'add-hosts', ADD_HOST, 'host:ip (e.g. docker:10.180.0.1)').map((h) => h.replace('=', ':'));
    if (hosts.length > 0)
        o.addHosts = hosts;
    const shm = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'shm-size');
    if (shm !== '') {
        if (!SHM_SIZE.test(shm))
            throw fail('shm-size', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(shm)}', not a size`, 'Write a number with an optional unit b, k, m or g, e.g. 2g.');
        o.shmSize = shm;
    }
    const ulimits = checkedList(env, 'ulimit', ULIMIT, 'type=soft[:hard] (e.g. nofile=1024:1024)', { ignoreComma: true });
    if (ulimits.length > 0)
        o.ulimits = ulimits;
    const cgroup = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'cgroup-parent');
    if (cgroup !== '') {
        if (/\s/.test(cgroup))
            throw fail('cgroup-parent', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(cgroup)}', which holds white space`, 'Name one cgroup, e.g. /actions_job.');
        o.cgroupParent = cgroup;
    }
    const filters = checkedList(env, 'no-cache-filters', STAGE, 'a stage name of the Dockerfile');
    if (filters.length > 0)
        o.noCacheFilters = filters;
    const allow = checkedList(env, 'allow', ENTITLEMENT, 'an entitlement such as network.host or security.insecure');
    if (allow.length > 0)
        o.allow = allow;
    const call = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'call');
    if (call !== '' && call !== 'build') {
        throw fail('call', `is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(call)}': build-image always builds (call: build), since test-image and distribute-image need the image`, "Remove call, or run 'docker buildx build --call=" + (0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(call) + "' in a step of its own to check the Dockerfile without building.");
    }
    notices.push(...attestationNotices(env));
    return { ...(Object.keys(o).length > 0 ? { options: o } : {}), notices };
}
const SBOM_NOTICE = "build-image attaches no SBOM to the image it builds: test-image writes the image's SBOM (its sbom and sbom-cyclonedx outputs, SPDX 2.3 and CycloneDX 1.6) and distribute-image attaches it to the pushed image (attach), without changing its digest";
/**
 * `sbom` and `attests` (buildx attestations). Provenance is ours to write
 * (the provenance input); an SBOM is test-image's job, so `sbom: true` and
 * `type=sbom` are a notice saying where it comes from. Any other attestation
 * type is not one buildx knows either: an error.
 */
function attestationNotices(env) {
    const notices = [];
    const sbom = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'sbom');
    let wantsSbom = sbom !== '' && sbom.toLowerCase() !== 'false';
    for (const item of (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_5__/* .readList */ .LD)((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'attests', { trim: false }), 'attests', { ignoreComma: true })) {
        const type = /(?:^|,)\s*type=([a-z-]+)/.exec(item.value)?.[1];
        if (type === 'sbom')
            wantsSbom = true;
        else if (type === 'provenance')
            notices.push(`attests line ${item.line}: provenance is build-image's own SLSA v1 statement (the provenance input and output); the line's other attributes are not used`);
        else
            throw fail('attests', `('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(item.value, { max: 60 })}') is not type=sbom or type=provenance`, 'Write type=sbom[,...] or type=provenance[,...]: the attestation types buildx has.', item.line);
    }
    if (wantsSbom)
        notices.push(SBOM_NOTICE);
    return notices;
}
/**
 * What the chosen builder cannot do, refused before anything runs: buildah
 * and podman (chroot isolation) cannot give RUN steps a network of their own,
 * and take neither git nor OCI-layout build contexts.
 */
function checkOptionsForBuilder(options, builder) {
    if (options === undefined || builder === 'docker')
        return undefined;
    if (options.network === 'none') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'network' is 'none', which ${builder} cannot do with chroot isolation (how build-image runs RUN steps): it shares the runner's network`, {
            input: 'network',
            hint: 'Remove network (or set default or host), or use builder: docker, whose BuildKit gives RUN steps no network.',
        });
    }
    for (const c of options.buildContexts ?? []) {
        if (isGitSource(c.value) || c.value.startsWith('oci-layout://')) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'build-contexts' line ${c.line}: ${builder} cannot use '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(c.value, { max: 60 })}' as a build context (${isGitSource(c.value) ? 'a git source' : 'an OCI layout'})`, {
                input: 'build-contexts',
                line: c.line,
                hint: `${builder} takes a folder, an https URL of a tarball, or docker-image://<image>: check the source out (or copy the image) in an earlier step, or use builder: docker.`,
            });
        }
    }
    return undefined;
}
/** Notices for options the builder takes but that change nothing there, or that it does another way. */
function optionNotices(options, builder) {
    if (options === undefined || builder === 'docker')
        return [];
    const out = [];
    if (options.shmSize !== undefined || options.cgroupParent !== undefined) {
        const which = [options.shmSize !== undefined ? 'shm-size' : '', options.cgroupParent !== undefined ? 'cgroup-parent' : '']
            .filter((x) => x !== '')
            .join(' and ');
        out.push(`${which}: passed to ${builder}, but with chroot isolation RUN steps see the runner's own /dev/shm and cgroup, so it changes nothing`);
    }
    if (options.noCacheFilters !== undefined) {
        // Honouring the intent (these stages must run again) over speed: reusing a stale stage silently would be the surprise.
        out.push(`no-cache-filters: ${builder} has no per-stage no-cache, so no stage is taken from the cache (as no-cache: true); ${options.noCacheFilters.join(', ')} run again, and so does every other stage`);
    }
    if (options.allow !== undefined) {
        out.push(`allow: entitlements are BuildKit's; ${builder} with chroot isolation runs RUN steps with the runner's network and as root, so ${options.allow.join(', ')} needs no grant`);
    }
    return out;
}
/** Whether the plan reuses no cached step: `no-cache`, or `no-cache-filters` on a builder without per-stage no-cache. */
const noCacheFor = (noCache, options, builder) => noCache || (builder !== 'docker' && (options?.noCacheFilters?.length ?? 0) > 0);
/** The flags buildah bud and podman build take for the options (no-cache-filters and allow have none there: see optionNotices). */
function containersOptionArgs(options) {
    if (options === undefined)
        return [];
    const args = [];
    for (const c of options.buildContexts ?? [])
        args.push('--build-context', `${c.name}=${c.value}`);
    if (options.pull === true)
        args.push('--pull=always');
    // default is chroot isolation's own (the runner's network); host says so outright.
    if (options.network === 'host')
        args.push('--network', 'host');
    for (const s of options.ssh ?? [])
        args.push('--ssh', s);
    for (const h of options.addHosts ?? [])
        args.push('--add-host', h);
    if (options.shmSize !== undefined)
        args.push('--shm-size', options.shmSize);
    for (const u of options.ulimits ?? [])
        args.push('--ulimit', u);
    if (options.cgroupParent !== undefined)
        args.push('--cgroup-parent', options.cgroupParent);
    return args;
}
/** The flags docker buildx build takes for the options, as build-push-action passes them. */
function buildxOptionArgs(options) {
    if (options === undefined)
        return [];
    const args = [];
    if (options.buildxInstance !== undefined)
        args.push('--builder', options.buildxInstance);
    for (const h of options.addHosts ?? [])
        args.push('--add-host', h);
    for (const a of options.allow ?? [])
        args.push('--allow', a);
    for (const c of options.buildContexts ?? [])
        args.push('--build-context', `${c.name}=${c.value}`);
    if (options.cgroupParent !== undefined)
        args.push('--cgroup-parent', options.cgroupParent);
    for (const f of options.noCacheFilters ?? [])
        args.push('--no-cache-filter', f);
    if (options.shmSize !== undefined)
        args.push('--shm-size', options.shmSize);
    for (const s of options.ssh ?? [])
        args.push('--ssh', s);
    for (const u of options.ulimits ?? [])
        args.push('--ulimit', u);
    if (options.network !== undefined)
        args.push('--network', options.network);
    if (options.pull === true)
        args.push('--pull');
    return args;
}
/** setup-buildx-action's generated builder name (its `name` output): `builder-<uuid>`. */
const SETUP_BUILDX_NAME = /^builder-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * `builder`: ours (auto, buildah, docker, podman), or build-push-action's
 * meaning, a buildx builder instance. An instance means buildx, so it is
 * taken as builder docker with `--builder <name>` when that is unambiguous:
 * setup-buildx-action's generated name (`builder-<uuid>`, what
 * `${{ steps.buildx.outputs.name }}` gives) or `docker:<name>`. Any other word
 * is an error naming both meanings rather than a guess: a typo of ours
 * (`buildha`) must not turn into a buildx run that fails later and elsewhere.
 */
function builderOf(env, ours) {
    const v = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getInput */ .V4)(env, 'builder');
    if (v === '')
        return { builder: 'auto' };
    if (ours.includes(v))
        return { builder: v };
    const named = v.startsWith('docker:') ? v.slice('docker:'.length) : SETUP_BUILDX_NAME.test(v) ? v : undefined;
    if (named !== undefined && INSTANCE_NAME.test(named))
        return { builder: 'docker', instance: named };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'builder' is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(v)}', which is not one of ${ours.join(', ')}`, {
        input: 'builder',
        hint: `Set builder to one of: ${ours.join(', ')}. In docker/build-push-action, builder names a buildx builder instance: ` +
            "setup-buildx-action's name output (builder-<uuid>) is taken as one; for another instance write docker:<name>.",
    });
}
/** A build context that is a folder (not docker-image://, a URL or a git source). */
const isFolderContext = (v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !isGitSource(v);
/** The images `build-contexts` pulls (docker-image://), so the builder gets registry access for them. */
const contextImages = (options) => (options?.buildContexts ?? []).flatMap((c) => (c.value.startsWith('docker-image://') ? [c.value.slice('docker-image://'.length)] : []));
/**
 * Folder contexts resolved against the workspace and checked to be folders
 * when the build starts (the builder's own message would name neither the
 * input nor the line); the other forms pass unchanged.
 */
async function resolveBuildContexts(options, workspace) {
    if (options?.buildContexts === undefined)
        return options;
    const out = [];
    for (const c of options.buildContexts) {
        if (!isFolderContext(c.value)) {
            out.push(c);
            continue;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, c.value);
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(dir).catch(() => undefined);
        if (st === undefined || !st.isDirectory()) {
            throw fail('build-contexts', `('${c.name}'): '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .VH)(c.value, { max: 60 })}' ${st === undefined ? 'does not exist' : 'is not a folder'}`, 'A folder context is relative to the workspace or absolute; for an image write docker-image://<image>.', c.line);
        }
        out.push({ ...c, value: dir });
    }
    return { ...options, buildContexts: out };
}
/**
 * An image name the Dockerfile uses (FROM, COPY --from), as the build
 * resolves it: a build context of that name replaces it, by its
 * docker-image:// reference, or by no image at all for a folder or URL
 * (undefined), so base-image annotations and registry access name what
 * the builder really pulls.
 */
function imageThroughContexts(name, options) {
    const c = options?.buildContexts?.find((x) => x.name === name);
    if (c === undefined)
        return name;
    return c.value.startsWith('docker-image://') ? c.value.slice('docker-image://'.length) : undefined;
}
/** imageThroughContexts over a list, dropping the names a folder or URL context serves. */
const imagesThroughContexts = (names, options) => names.flatMap((n) => {
    const r = imageThroughContexts(n, options);
    return r === undefined ? [] : [r];
});


/***/ }),

/***/ 9595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ NETWORK_MODES),
/* harmony export */   Tr: () => (/* binding */ BuilderRunError),
/* harmony export */   ZJ: () => (/* binding */ BUILDER_NAMES),
/* harmony export */   dH: () => (/* binding */ BUILDX_ONLY_CACHE_TYPES)
/* harmony export */ });
const BUILDER_NAMES = ['buildah', 'docker', 'podman'];
/** `network` as build-push-action takes it (buildx's modes). */
const NETWORK_MODES = ['default', 'host', 'none'];
/** Cache backends only docker buildx has; buildah and podman refuse them (cache-spec.ts checkCacheForBuilder). */
const BUILDX_ONLY_CACHE_TYPES = ['gha', 'inline', 's3', 'azblob'];
/** Thrown by a builder's run when the command exits non-zero; build.ts turns it into a located error. */
class BuilderRunError extends Error {
    builder;
    output;
    platform;
    constructor(builder, output, platform) {
        super(`${builder} failed`);
        this.builder = builder;
        this.output = output;
        this.platform = platform;
    }
}


/***/ }),

/***/ 9936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ cacheNotices),
/* harmony export */   SP: () => (/* binding */ parseCacheSpecs),
/* harmony export */   a2: () => (/* binding */ cacheArgs),
/* harmony export */   oU: () => (/* binding */ cacheSecrets),
/* harmony export */   pg: () => (/* binding */ checkCacheForBuilder)
/* harmony export */ });
/* unused harmony exports acceptedForms, formatCacheSpec */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4659);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5698);
/* harmony import */ var _builder_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9595);
/**
 * The layer-cache inputs `cache-from` / `cache-to` in docker/build-push-action's
 * syntax, one cache per line, each line a CSV record of key=value fields (so a
 * value holding a comma is quoted: `"ref=..."`), as buildx reads them:
 *
 *   type=registry,ref=<registry>/<repository>[:tag][,mode=min|max]
 *   type=local,src=<dir>          (cache-from)   type=local,dest=<dir>[,mode=..]  (cache-to)
 *   type=gha[,scope=<name>,...]   and inline, s3, azblob: docker buildx only
 *   <registry>/<repository>[:tag] (shorthand for type=registry,ref=...)
 *
 * Parsing is pure and checks what every builder needs; checkCacheForBuilder
 * then refuses what the chosen builder cannot do, and cacheArgs turns a plan
 * into the builder's flags. buildah and podman (1.28 / 4.3 here) take one
 * `--cache-from` and one `--cache-to` repository, with neither tag nor digest
 * (they push one tag per build step, named by the step's cache key), and know
 * no other backend: build.ts maps type=local onto a loopback registry first.
 */





const CACHE_TYPES = ['registry', 'local', ..._builder_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILDX_ONLY_CACHE_TYPES */ .dH];
/** What buildx documents for its registry and local backends (docs.docker.com/build/cache/backends), so a typo is caught for every builder. */
const BUILDX_KEYS = {
    registry: {
        'cache-from': ['ref', 'mode', 'ignore-error'],
        'cache-to': ['ref', 'mode', 'oci-mediatypes', 'image-manifest', 'compression', 'compression-level', 'force-compression', 'ignore-error'],
    },
    local: {
        'cache-from': ['src', 'digest', 'tag', 'mode', 'ignore-error'],
        'cache-to': ['dest', 'tag', 'mode', 'oci-mediatypes', 'image-manifest', 'compression', 'compression-level', 'force-compression', 'ignore-error'],
    },
};
/** The keys buildah and podman can honour: the rest have no flag there. */
const CONTAINERS_KEYS = {
    registry: ['ref', 'mode', 'ignore-error'],
    local: ['src', 'dest', 'mode', 'ignore-error'],
};
const BOOLEAN_KEYS = new Set(['ignore-error', 'oci-mediatypes', 'image-manifest', 'force-compression']);
/** The accepted forms, for every error's hint. */
function acceptedForms(input) {
    const mode = input === 'cache-to' ? '[,mode=min|max]' : '';
    const local = input === 'cache-to' ? 'type=local,dest=<dir>[,mode=min|max]' : 'type=local,src=<dir>';
    return (`Write one cache per line: type=registry,ref=<registry>/<repository>[:tag]${mode}, ${local}, ` +
        `type=gha[,scope=<name>]${mode} (builder docker only), or just <registry>/<repository>[:tag].`);
}
/** Parse `cache-from` / `cache-to`: one cache per line, `#` comments and blank lines skipped. */
function parseCacheSpecs(text, input) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = stripComment(raw).trim();
        if (line !== '')
            out.push(...parseLine(line, raw, i + 1, input));
    });
    return out;
}
/** A `#` starts a comment at the start of a line or after white space, outside quotes (so `scope=a#b` survives). */
function stripComment(line) {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"')
            quoted = !quoted;
        else if (c === '#' && !quoted && (i === 0 || /\s/.test(line[i - 1] ?? '')))
            return line.slice(0, i);
    }
    return line;
}
function parseLine(line, raw, n, input) {
    const fail = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${n} ('${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(raw.trim(), { max: 80 })}'): ${what}`, { input, line: n, hint: acceptedForms(input) });
    const fields = csvFields(line, fail).filter((f) => f !== '');
    if (fields.length === 0)
        throw fail('no cache is named');
    // buildx's shorthand: fields without '=' are registry refs, one cache each.
    if (fields.every((f) => !f.includes('=')))
        return fields.map((ref) => registrySpec(ref, { ref }, n, input, fail));
    let type;
    const attrs = {};
    for (const field of fields) {
        const eq = field.indexOf('=');
        if (eq <= 0)
            throw fail(`'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(field)}' is not key=value`);
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key === 'type') {
            if (type !== undefined)
                throw fail('type is given twice');
            type = value;
        }
        else {
            if (Object.hasOwn(attrs, key))
                throw fail(`'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(key)}' is given twice`);
            attrs[key] = value;
        }
    }
    if (type === undefined)
        throw fail('there is no type= (or write a bare <registry>/<repository>[:tag])');
    if (!CACHE_TYPES.includes(type))
        throw fail(`type '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(type)}' is not one of ${CACHE_TYPES.join(', ')}`);
    if (type === 'registry')
        return [registrySpec(attrs.ref ?? '', attrs, n, input, fail)];
    if (type === 'local')
        return [localSpec(attrs, n, input, fail)];
    // inline cache lives in the image itself; buildx reads it back with type=registry,ref=<image>.
    if (type === 'inline' && input === 'cache-from')
        throw fail('type=inline is for cache-to; read an inline cache with type=registry,ref=<image>');
    return [{ type: type, attrs, line: n }];
}
/** One CSV record, quotes as in RFC 4180; csv-parse's own message is not shown since it may echo the line. */
function csvFields(line, fail) {
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(line, { trim: true, relax_column_count: true });
    }
    catch {
        throw fail('it is not a valid CSV record: quote a whole field ("ref=a,b"), not part of it, and close every quote');
    }
    if (records.length !== 1)
        throw fail('it is not one CSV record');
    return records[0] ?? [];
}
function checkKeys(type, attrs, input, fail) {
    const known = BUILDX_KEYS[type][input];
    for (const [key, value] of Object.entries(attrs)) {
        if (!known.includes(key)) {
            const other = input === 'cache-from' ? 'cache-to' : 'cache-from';
            const where = BUILDX_KEYS[type][other].includes(key) ? ` ('${key}' belongs in ${other})` : '';
            throw fail(`'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(key)}' is not a key of type=${type} in ${input}${where}; known: ${known.join(', ')}`);
        }
        if (BOOLEAN_KEYS.has(key) && value !== 'true' && value !== 'false')
            throw fail(`${key} is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(value)}', expected true or false`);
    }
}
function modeOf(attrs, fail) {
    const mode = attrs.mode ?? 'min';
    if (mode !== 'min' && mode !== 'max')
        throw fail(`mode is '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(mode)}', expected min or max`);
    return mode;
}
function registrySpec(ref, attrs, n, input, fail) {
    checkKeys('registry', attrs, input, fail);
    if (ref === '')
        throw fail('type=registry needs ref=<registry>/<repository>[:tag]');
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(ref);
    if (!parsed.ok)
        throw fail(parsed.error.reason);
    if (parsed.value.digest !== undefined && input === 'cache-to')
        throw fail(`ref '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(ref)}' has a digest; cache-to writes to a repository[:tag]`);
    return { type: 'registry', ref, mode: modeOf(attrs, fail), attrs, line: n };
}
function localSpec(attrs, n, input, fail) {
    checkKeys('local', attrs, input, fail);
    const key = input === 'cache-from' ? 'src' : 'dest';
    const dir = attrs[key] ?? '';
    if (dir === '')
        throw fail(`type=local in ${input} needs ${key}=<dir>`);
    return { type: 'local', dir, mode: modeOf(attrs, fail), attrs, line: n };
}
/** Both directions of a plan with the input each came from. */
const entries = (plan) => [
    ...plan.from.map((s) => ['cache-from', s]),
    ...plan.to.map((s) => ['cache-to', s]),
];
/** The repository buildah/podman get for a registry spec: canonical name, tag and digest dropped. */
function containersRepo(spec) {
    if (spec.type !== 'registry') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INTERNAL', `cache line ${spec.line}: type=${spec.type} reached the buildah/podman flags; build.ts maps type=local to a registry first`);
    }
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
    if (!parsed.ok)
        throw parsed.error;
    return (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value);
}
/**
 * Whether `builder` can use this plan; the first problem as an INPUT error
 * naming the input and line. buildx takes every form; buildah and podman take
 * registry and local caches without digests, one repository per direction.
 * buildx's tuning keys (image-manifest, oci-mediatypes, compression, a local
 * tag or digest, ...) are not refused: lines written for build-push-action
 * carry them, the cache works without them, and cacheNotices says they are
 * not used.
 */
function checkCacheForBuilder(plan, builder) {
    if (builder === 'docker')
        return undefined;
    for (const [input, spec] of entries(plan)) {
        const at = `input '${input}' line ${spec.line}`;
        if (spec.type !== 'registry' && spec.type !== 'local') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `${at}: type=${spec.type} is a docker buildx cache backend, and ${builder} has none like it`, {
                input,
                line: spec.line,
                hint: `Use type=registry,ref=<registry>/<repository> (e.g. next to your image), or type=local,${input === 'cache-from' ? 'src' : 'dest'}=<dir> ` +
                    `with an actions/cache step that saves and restores <dir>; or set builder: docker.`,
            });
        }
        if (spec.type === 'registry') {
            const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
            if (parsed.ok && parsed.value.digest !== undefined) {
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `${at}: ref '${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(spec.ref)}' has a digest, and ${builder} reads a cache by repository`, {
                    input,
                    line: spec.line,
                    hint: `Write the repository only, e.g. ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value)}.`,
                });
            }
        }
    }
    for (const [input, specs] of [
        ['cache-from', plan.from],
        ['cache-to', plan.to],
    ]) {
        const second = specs.find((s) => distinctKey(s) !== distinctKey(specs[0]));
        if (second !== undefined) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${second.line}: ${builder} takes one ${input} cache, and line ${specs[0].line} already names one`, {
                input,
                line: second.line,
                hint: `Keep one ${input} line for ${builder} (it holds every step's layer), or set builder: docker.`,
            });
        }
    }
    return undefined;
}
/** What makes two specs the same cache for buildah/podman: the repository (tags are dropped), or the folder. */
function distinctKey(spec) {
    if (spec.type === 'local')
        return `local:${spec.dir}`;
    if (spec.type !== 'registry')
        return spec.type;
    const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
    return parsed.ok ? `registry:${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value)}` : spec.ref;
}
/**
 * What the user should know about how `builder` reads this plan, one line
 * each (build.ts logs them): buildah/podman drop the ref's tag, ignore
 * buildx's tuning keys, treat every cache failure as a warning and export
 * every step whatever the mode; no-cache leaves cache-from unread.
 */
function cacheNotices(plan, builder) {
    if (builder === 'docker')
        return [];
    const out = [];
    for (const [input, spec] of entries(plan)) {
        if (spec.type === 'registry') {
            const parsed = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(spec.ref);
            if (parsed.ok && parsed.value.tag !== undefined && !(input === 'cache-from' && plan.noCache)) {
                out.push(`${input} line ${spec.line}: ${builder} keeps its cache as one tag per build step (the step's cache key) in ${(0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(parsed.value)}, so the tag '${parsed.value.tag}' is not used`);
            }
        }
        if (spec.type === 'registry' || spec.type === 'local') {
            const honoured = CONTAINERS_KEYS[spec.type];
            const extra = Object.keys(spec.attrs).filter((k) => !honoured.includes(k));
            if (extra.length > 0) {
                const one = extra.length === 1;
                out.push(`${input} line ${spec.line}: ${extra.join(', ')} ${one ? 'is a' : 'are'} docker buildx option${one ? '' : 's'} ${builder} has no equivalent for, so ${one ? 'it is' : 'they are'} not used`);
            }
            if (spec.attrs['ignore-error'] === 'false') {
                out.push(`${input} line ${spec.line}: ignore-error=false is not followed with ${builder}: a cache that fails is a warning and the build goes on without it`);
            }
        }
        if (input === 'cache-to' && (spec.type === 'registry' || spec.type === 'local') && spec.attrs.mode === 'min') {
            out.push(`cache-to line ${spec.line}: mode=min has no effect with ${builder}, which exports every step's layer (as mode=max does)`);
        }
    }
    if (plan.noCache && plan.from.length > 0)
        out.push(`no-cache is true, so cache-from is not read${plan.to.length > 0 ? ' (cache-to still exports)' : ''}`);
    return out;
}
/**
 * The builder flags for a plan. buildx: each cache re-serialised as written
 * (paths and refs from the spec, which build.ts may have resolved). buildah and
 * podman: `--layers=true` with the cache repositories. With no plan at all,
 * `--layers=false` stated outright: podman's default is true, and committing
 * every step is slow on vfs and buys nothing when no cache is kept. A plan
 * whose caches were all dropped (build.ts's retry without cache-to) keeps
 * `--layers=true`: buildah gives one layer per step with it and a single
 * layer without, so the image keeps the shape, and the digest, the cached
 * build gives, and the steps already in the store are reused.
 */
function cacheArgs(cache, builder) {
    const from = cache?.from ?? [];
    const to = cache?.to ?? [];
    const noCache = cache?.noCache ?? false;
    if (builder === 'docker') {
        return [
            ...from.flatMap((s) => ['--cache-from', formatCacheSpec(s)]),
            ...to.flatMap((s) => ['--cache-to', formatCacheSpec(s)]),
            ...(noCache ? ['--no-cache'] : []),
        ];
    }
    if (cache === undefined)
        return ['--layers=false'];
    if (from.length === 0 && to.length === 0 && noCache && cache.configured !== true)
        return ['--layers=false', '--no-cache'];
    const args = ['--layers=true'];
    // One repository per direction (checkCacheForBuilder): the first spec names it.
    const first = (specs) => specs[0];
    const f = noCache ? undefined : first(from);
    const t = first(to);
    if (f !== undefined)
        args.push('--cache-from', containersRepo(f));
    if (t !== undefined)
        args.push('--cache-to', containersRepo(t));
    if (noCache)
        args.push('--no-cache');
    return args;
}
/** A spec as buildx's `--cache-from`/`--cache-to` value: CSV, a field quoted when it holds a comma, quote or space at its ends. */
function formatCacheSpec(spec) {
    const attrs = { ...spec.attrs };
    if (spec.type === 'registry')
        attrs.ref = spec.ref;
    if (spec.type === 'local') {
        const key = Object.hasOwn(spec.attrs, 'dest') ? 'dest' : 'src';
        attrs[key] = spec.dir;
    }
    return [`type=${spec.type}`, ...Object.entries(attrs).map(([k, v]) => `${k}=${v}`)].map(csvField).join(',');
}
function csvField(field) {
    return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
/** Attribute values that are credentials (gha token, s3 keys), for the runner to mask. */
function cacheSecrets(specs) {
    return specs.flatMap((s) => Object.entries(s.attrs)
        .filter(([k, v]) => v !== '' && /token|secret|password/.test(k))
        .map(([, v]) => v));
}


/***/ }),

/***/ 7705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zM: () => (/* binding */ imageMetadata),
  o1: () => (/* binding */ isSpecLine),
  JZ: () => (/* binding */ metadataLabels),
  DX: () => (/* binding */ referenceItem)
});

// UNUSED EXPORTS: tagSpecLines

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
// EXTERNAL MODULE: ./shared/src/github/event.ts
var github_event = __nccwpck_require__(131);
;// CONCATENATED MODULE: ./shared/src/github/labels.ts
/** The image's labels: metadata-action's set, leaving out what is unknown (an empty label tells nothing). */
function ociLabels(f) {
    const out = new Map();
    const source = f.repo?.htmlUrl ?? (f.ctx.repository !== undefined ? `${f.ctx.serverUrl}/${f.ctx.repository}` : undefined);
    if (source !== undefined)
        out.set('org.opencontainers.image.source', source);
    if (f.ctx.sha !== undefined)
        out.set('org.opencontainers.image.revision', f.ctx.sha);
    if (f.created !== undefined)
        out.set('org.opencontainers.image.created', f.created);
    if (f.version !== undefined)
        out.set('org.opencontainers.image.version', f.version);
    const title = f.repo?.name ?? f.ctx.repository?.split('/')[1] ?? f.title;
    if (title !== undefined && title !== '')
        out.set('org.opencontainers.image.title', title);
    if (f.repo?.description !== undefined)
        out.set('org.opencontainers.image.description', f.repo.description);
    // url only from the repository object (its html_url), as metadata-action; never guessed.
    if (f.repo?.htmlUrl !== undefined)
        out.set('org.opencontainers.image.url', f.repo.htmlUrl);
    if (f.repo?.license !== undefined)
        out.set('org.opencontainers.image.licenses', f.repo.license);
    return out;
}
/** Defaults first, then the user's labels over them; order kept stable for reproducible builds. */
function mergeLabels(defaults, user) {
    const out = new Map(defaults);
    for (const [k, v] of user)
        out.set(k, v);
    return out;
}
/**
 * metadata-action's `labels`/`annotations` output: all eight keys (empty when
 * unknown), then the user's lines over them (a line without '=' is dropped),
 * sorted by key.
 */
function metadataActionLabelList(f) {
    const m = new Map([
        ['org.opencontainers.image.title', f.repo.name ?? ''],
        ['org.opencontainers.image.description', f.repo.description ?? ''],
        ['org.opencontainers.image.url', f.repo.htmlUrl ?? ''],
        ['org.opencontainers.image.source', f.repo.htmlUrl ?? ''],
        ['org.opencontainers.image.version', f.version ?? ''],
        ['org.opencontainers.image.created', f.created],
        ['org.opencontainers.image.revision', f.revision],
        ['org.opencontainers.image.licenses', f.repo.license ?? ''],
    ]);
    for (const line of f.extra) {
        const eq = line.indexOf('=');
        if (eq < 0)
            continue;
        m.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return [...m].sort((a, b) => a[0].localeCompare(b[0]));
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/context.ts

const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function commitTime(p, sha) {
    const fromCommits = Array.isArray(p.commits) ? p.commits.find((c) => c?.id === sha)?.timestamp : undefined;
    const ts = str(fromCommits) ?? (p.head_commit?.id === sha ? str(p.head_commit.timestamp) : undefined);
    const d = ts === undefined ? undefined : new Date(ts);
    return d !== undefined && !Number.isNaN(d.getTime()) ? d : undefined;
}
function metaContext(env, event, opts) {
    const p = (typeof event === 'object' && event !== null ? event : {});
    const eventName = env.GITHUB_EVENT_NAME?.trim() ?? '';
    let ref = env.GITHUB_REF?.trim() ?? '';
    let sha = env.GITHUB_SHA?.trim() ?? '';
    // pull_request_target runs on the base branch; metadata-action tags it as the PR.
    if (/pull_request_target/.test(eventName) && (typeof p.number === 'number' || typeof p.number === 'string'))
        ref = `refs/pull/${p.number}/merge`;
    if (/^true$/i.test(env.DOCKER_METADATA_PR_HEAD_SHA?.trim() ?? '') && /pull_request/.test(eventName)) {
        const head = str(p.pull_request?.head?.sha);
        if (head !== undefined)
            sha = head;
    }
    let shortShaLength = 7;
    const len = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
    if (len !== undefined && len !== '') {
        if (!/^\d+$/.test(len))
            throw new errors/* PipelineError */.zC('INPUT', `DOCKER_METADATA_SHORT_SHA_LENGTH is '${len}', expected a whole number`, {
                hint: 'Set it to e.g. 12, or unset it for 7.',
            });
        shortShaLength = Number(len);
    }
    const ctx = { eventName, ref, sha, now: opts.now, commitDate: commitTime(p, sha) ?? opts.now, shortShaLength };
    // Outside GitHub (no payload at all: a local run, a test) the default branch is taken to be `main`, as before;
    // on a runner the payload always exists and, as in metadata-action, is the only source for is_default_branch.
    const noPayload = typeof event !== 'object' || event === null;
    const payloadDefault = str(p.repository?.default_branch) ?? (noPayload ? (opts.apiDefaultBranch ?? 'main') : undefined);
    if (payloadDefault !== undefined)
        ctx.payloadDefaultBranch = payloadDefault;
    const defaultBranch = payloadDefault ?? opts.apiDefaultBranch;
    if (defaultBranch !== undefined)
        ctx.defaultBranch = defaultBranch;
    const baseRef = str(p.base_ref);
    if (baseRef !== undefined)
        ctx.baseRef = baseRef;
    const prBase = str(p.pull_request?.base?.ref);
    if (prBase !== undefined)
        ctx.prBaseRef = prBase;
    return ctx;
}
const shortSha = (ctx) => (ctx.shortShaLength >= ctx.sha.length ? ctx.sha : ctx.sha.slice(0, ctx.shortShaLength));

;// CONCATENATED MODULE: ./shared/src/github/metadata/date-format.ts
/**
 * Moment.js-style date formats (`YYYYMMDD`, `YYYY-MM-DDTHH:mm:ss`, `[at] HH`)
 * in an IANA time zone, as metadata-action's {{date}} and {{commit_date}}
 * take them. Zone arithmetic comes from Node's Intl (ICU), so no zone data is
 * bundled. Supports the tokens people put in tags; other letters are printed as
 * they are (as moment prints unknown letters). Pure.
 */

function fieldsIn(date, tz) {
    let fmt;
    try {
        fmt = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            weekday: 'short',
        });
    }
    catch {
        throw new errors/* PipelineError */.zC('INPUT', `time zone '${tz}' is not known`, { hint: "Use an IANA name such as tz='UTC' or tz='Europe/Paris'." });
    }
    const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
    const n = (k) => Number(parts[k]);
    const f = {
        Y: n('year'),
        M: n('month'),
        D: n('day'),
        H: n('hour') % 24,
        m: n('minute'),
        s: n('second'),
        ms: date.getUTCMilliseconds(),
        d: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
        offset: 0,
    };
    const asUtc = Date.UTC(f.Y, f.M - 1, f.D, f.H, f.m, f.s, f.ms);
    f.offset = Math.round((asUtc - date.getTime()) / 60000);
    return f;
}
const pad = (v, w) => String(Math.abs(v)).padStart(w, '0');
const zone = (offset, sep) => `${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60), 2)}${sep}${pad(Math.abs(offset) % 60, 2)}`;
const ordinal = (n) => {
    const t = n % 100;
    const s = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${s}`;
};
// Longest first, so YYYY wins over YY and MM over M.
const TOKENS = /\[([^\]]*)\]|YYYY|YY|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDD|DD|Do|D|dddd|ddd|d|HH|H|hh|h|kk|k|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x|./g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** No format: ISO 8601 with the offset, or a literal Z when the offset is 0 (moment's defaults). */
function formatDate(date, formatOrDefault, tz = 'UTC') {
    const f = fieldsIn(date, tz);
    const format = formatOrDefault ?? (f.offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
    const dayOfYear = Math.round((Date.UTC(f.Y, f.M - 1, f.D) - Date.UTC(f.Y, 0, 1)) / 86400000) + 1;
    const h12 = f.H % 12 === 0 ? 12 : f.H % 12;
    return format.replace(TOKENS, (tok, lit) => {
        if (lit !== undefined)
            return lit;
        switch (tok) {
            case 'YYYY':
                return pad(f.Y, 4);
            case 'YY':
                return pad(f.Y % 100, 2);
            case 'Q':
                return String(Math.ceil(f.M / 3));
            case 'Qo':
                return ordinal(Math.ceil(f.M / 3));
            case 'MMMM':
                return MONTHS[f.M - 1] ?? '';
            case 'MMM':
                return (MONTHS[f.M - 1] ?? '').slice(0, 3);
            case 'MM':
                return pad(f.M, 2);
            case 'Mo':
                return ordinal(f.M);
            case 'M':
                return String(f.M);
            case 'DDDD':
                return pad(dayOfYear, 3);
            case 'DDD':
                return String(dayOfYear);
            case 'DD':
                return pad(f.D, 2);
            case 'Do':
                return ordinal(f.D);
            case 'D':
                return String(f.D);
            case 'dddd':
                return DAYS[f.d] ?? '';
            case 'ddd':
                return (DAYS[f.d] ?? '').slice(0, 3);
            case 'd':
                return String(f.d);
            case 'HH':
                return pad(f.H, 2);
            case 'H':
                return String(f.H);
            case 'hh':
                return pad(h12, 2);
            case 'h':
                return String(h12);
            case 'kk':
                return pad(f.H === 0 ? 24 : f.H, 2);
            case 'k':
                return String(f.H === 0 ? 24 : f.H);
            case 'mm':
                return pad(f.m, 2);
            case 'm':
                return String(f.m);
            case 'ss':
                return pad(f.s, 2);
            case 's':
                return String(f.s);
            case 'SSS':
                return pad(f.ms, 3);
            case 'SS':
                return pad(Math.trunc(f.ms / 10), 2);
            case 'S':
                return String(Math.trunc(f.ms / 100));
            case 'A':
                return f.H < 12 ? 'AM' : 'PM';
            case 'a':
                return f.H < 12 ? 'am' : 'pm';
            case 'Z':
                return zone(f.offset, ':');
            case 'ZZ':
                return zone(f.offset, '');
            case 'X':
                return String(Math.floor(date.getTime() / 1000));
            case 'x':
                return String(date.getTime());
            default:
                return tok;
        }
    });
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/expressions.ts



const after = (ref, prefix) => (ref.startsWith(prefix) ? ref.slice(prefix.length) : '');
/** {{date 'FORMAT' tz='Zone'}}: only `tz` is known, as in metadata-action. */
function dateHelper(at) {
    return (params, hash) => {
        let tz = 'UTC';
        for (const [k, v] of Object.entries(hash)) {
            if (k !== 'tz')
                throw new errors/* PipelineError */.zC('INPUT', `date expression has unknown attribute '${k}'`, {
                    hint: "Only tz is known, e.g. {{date 'YYYYMMDD' tz='Asia/Tokyo'}}.",
                });
            tz = String(v);
        }
        return formatDate(at(), typeof params[0] === 'string' ? params[0] : undefined, tz);
    };
}
/** Events GitHub only fires for the default branch's last commit, so they count as on it. */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;
function isDefaultBranch(ctx) {
    const branch = ctx.ref.replace(/^refs\/heads\//, '');
    if (branch === '')
        return false;
    if (ctx.payloadDefaultBranch === branch)
        return true;
    return DEFAULT_BRANCH_EVENTS.test(ctx.eventName);
}
function globalScope(ctx) {
    return {
        branch: () => after(ctx.ref, 'refs/heads/'),
        tag: () => after(ctx.ref, 'refs/tags/'),
        sha: () => shortSha(ctx),
        base_ref: () => {
            if (ctx.ref.startsWith('refs/tags/') && ctx.baseRef !== undefined)
                return ctx.baseRef.replace(/^refs\/heads\//, '');
            if (ctx.ref.startsWith('refs/pull/') && ctx.prBaseRef !== undefined)
                return ctx.prBaseRef;
            return '';
        },
        is_default_branch: () => String(isDefaultBranch(ctx)),
        is_not_default_branch: () => String(!isDefaultBranch(ctx)),
        date: dateHelper(() => ctx.now),
        commit_date: dateHelper(() => ctx.commitDate),
    };
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/expr.ts
/**
 * The `{{...}}` expressions of metadata-action's spec lines: a small subset of
 * Handlebars, enough for what metadata-action evaluates \u2014 `{{name}}`,
 * `{{ name }}`, `{{name 'arg' key='v'}}`, `{{{name}}}` (unescaped) \u2014 with
 * Handlebars' own output rules (missing names are empty, arrays join with
 * ',', output is HTML-escaped unless triple-braced), so results match
 * metadata-action's. No blocks, partials or paths: those fail with a clear error.
 * Pure.
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };
const escapeHtml = (s) => s.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
const TOKEN = /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_][\w-]*)=(?:'([^']*)'|"([^"]*)"|([^\s'"}]+))|([^\s'"=}]+))/y;
function literal(word) {
    if (/^-?\d+(\.\d+)?$/.test(word))
        return Number(word);
    if (word === 'true' || word === 'false')
        return word === 'true';
    return word;
}
function parseMustache(body, escape, template) {
    const words = [];
    const hash = {};
    TOKEN.lastIndex = 0;
    let rest = body.trim();
    while (rest !== '') {
        TOKEN.lastIndex = 0;
        const m = TOKEN.exec(rest);
        if (m === null)
            throw exprError(template, `cannot read '${rest}'`);
        if (m[1] !== undefined || m[2] !== undefined)
            words.push({ lit: (m[1] ?? m[2]) });
        else if (m[3] !== undefined)
            hash[m[3]] = m[4] ?? m[5] ?? literal(m[6]);
        else {
            const w = literal(m[7]);
            words.push(typeof w === 'string' ? { path: w } : { lit: w });
        }
        rest = rest.slice(m[0].length).trimStart();
    }
    const head = words.shift();
    const name = head !== undefined && 'path' in head ? head.path : undefined;
    if (name === undefined || !/^[A-Za-z_]\w*$/.test(name))
        throw exprError(template, `'{{${body}}}' does not start with a name`);
    return { name, params: words, hash, escape };
}
const exprError = (template, why) => new errors/* PipelineError */.zC('INPUT', `expression in '${template}' is not valid: ${why}`, {
    hint: "Write {{name}} or {{name 'argument' key='value'}}, e.g. {{branch}}, {{date 'YYYYMMDD' tz='UTC'}}.",
});
function parseTemplate(template) {
    const parts = [];
    let i = 0;
    while (i < template.length) {
        const open = template.indexOf('{{', i);
        if (open < 0) {
            parts.push(template.slice(i));
            break;
        }
        if (open > i)
            parts.push(template.slice(i, open));
        const triple = template.startsWith('{{{', open);
        const close = template.indexOf(triple ? '}}}' : '}}', open);
        if (close < 0)
            throw exprError(template, "a '{{' is not closed");
        const body = template.slice(open + (triple ? 3 : 2), close);
        if (/^[#/^>!&]/.test(body.trim()) || body.includes('{'))
            throw exprError(template, `'{{${body}}}' uses Handlebars syntax metadata-action's expressions do not need`);
        parts.push(parseMustache(body, !triple, template));
        i = close + (triple ? 3 : 2);
    }
    return parts;
}
/** Handlebars' printing of a value. */
function show(v) {
    if (v === null || v === undefined)
        return '';
    if (Array.isArray(v))
        return v.map((x) => show(x)).join(',');
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return v.toString();
    return '[object Object]'; // Handlebars prints any other value so too
}
function render(template, scope) {
    let out = '';
    for (const p of parseTemplate(template)) {
        if (typeof p === 'string') {
            out += p;
            continue;
        }
        const lookup = (n) => (Object.prototype.hasOwnProperty.call(scope, n) ? scope[n] : undefined);
        const v = lookup(p.name);
        // A name given as an argument is its value (a helper's name gives the helper itself, unused by ours).
        const args = p.params.map((a) => ('lit' in a ? a.lit : lookup(a.path)));
        const s = show(typeof v === 'function' ? v(args, p.hash) : v);
        out += p.escape ? escapeHtml(s) : s;
    }
    return out;
}
/** Whether the template is exactly one `{{raw}}` (metadata-action then keeps a prerelease's raw text). */
function isRawStatement(template) {
    try {
        const parts = parseTemplate(template);
        return parts.length === 1 && typeof parts[0] !== 'string' && parts[0]?.name === 'raw';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/sanitize.ts
/**
 * Tag sanitising: metadata-action's rule (every run of characters outside
 * A-Z a-z 0-9 . _ - becomes one '-'), then what the OCI tag grammar adds and
 * metadata-action leaves to the registry to refuse: no leading '.' or '-',
 * at most 128 characters. Pure.
 */
function sanitizeTag(text) {
    return text
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/version.js
const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');



const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return version_stringify(version_parse(version, cleanRegex));
}

function version_parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function version_stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = version_parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: version_stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/operator.js




function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/specifier.js
// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.





const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');



const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function specifier_parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = specifier_parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained && explained.local && spec.version) {
    // Ignore candidate local labels only when the specifier itself is public.
    if (spec.operator !== '===' && !spec.local) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }
  }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  // TODO: fix me?
  // eslint-disable-next-line import-x/namespace
  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(specifier_parse(specifier));
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/lib/semantic.js


// those notation are borrowed from semver


function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}

;// CONCATENATED MODULE: ./node_modules/@renovatebot/pep440/index.js










// EXTERNAL MODULE: ./shared/src/github/metadata/semver-reader.ts
var semver_reader = __nccwpck_require__(3665);
;// CONCATENATED MODULE: ./shared/src/github/metadata/tag-types.ts
/**
 * One function per metadata-action tag type: given the context, what raw
 * value the spec yields (before prefix/suffix) and whether it would make
 * `latest` under flavor latest=auto \u2014 or nothing when the type does not apply
 * to this run. Warnings (a value that is not semver, a pattern that does not
 * match) are returned, not printed. Pure.
 */





const TAG_REF = /^refs\/tags\//;
/** semver, pep440 and match read `value` when set, else the git tag. */
function sourceVersion(spec, e) {
    const value = spec.attrs.value ?? '';
    if (!TAG_REF.test(e.ctx.ref) && value === '')
        return undefined;
    return value !== '' ? e.expand(value) : e.ctx.ref.replace(TAG_REF, '');
}
/** `match=<regex>`: the first capture group of the version text, as metadata-action narrows semver/pep440 input. */
function narrowed(spec, raw, e) {
    const match = spec.attrs.match ?? '';
    if (match === '')
        return raw;
    const m = new RegExp(match).exec(raw);
    if (m === null) {
        e.warn(`${match} does not match ${raw}.`);
        return raw;
    }
    return m[1] ?? '';
}
function schedule(spec, e) {
    if (!/schedule/.test(e.ctx.eventName))
        return undefined;
    const scope = { date: dateHelper(() => e.ctx.now), commit_date: dateHelper(() => e.ctx.commitDate) };
    return { value: render(spec.attrs.pattern ?? 'nightly', scope), latest: false };
}
function semverType(spec, e) {
    const src = sourceVersion(spec, e);
    if (src === undefined)
        return undefined;
    const raw = narrowed(spec, src, e).replace(/\//g, '-');
    const semver = (0,semver_reader/* semverReader */.k4)();
    if (semver.valid(raw) === null) {
        e.warn(`${raw} is not a valid semver. More info: https://semver.org/`);
        return undefined;
    }
    const v = semver.parse(raw, { loose: true });
    if (v === null)
        return undefined;
    const scope = {
        raw: v.raw,
        version: v.version,
        major: v.major,
        minor: v.minor,
        patch: v.patch,
        prerelease: v.prerelease,
        build: v.build,
        loose: v.loose,
    };
    const pattern = spec.attrs.pattern ?? '';
    // A prerelease never gets the shorter tags ({{major}} of 2.0.0-rc.1 is not a release): only {{raw}} or the version.
    if (semver.prerelease(raw) !== null)
        return { value: render(isRawStatement(pattern) ? pattern : '{{version}}', scope), latest: false };
    return { value: render(pattern, scope), latest: true };
}
function pep440Type(spec, e) {
    const src = sourceVersion(spec, e);
    if (src === undefined)
        return undefined;
    const raw = narrowed(spec, src, e).replace(/\//g, '-');
    if (valid(raw) === null) {
        e.warn(`${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
        return undefined;
    }
    const v = explain(raw);
    const pattern = spec.attrs.pattern ?? '';
    if (v === null)
        return undefined;
    if (v.is_prerelease || v.is_postrelease || v.is_devrelease)
        return { value: isRawStatement(pattern) ? raw : (clean(raw) ?? raw), latest: false };
    const scope = {
        raw: () => raw,
        version: () => clean(raw),
        major: () => major(raw),
        minor: () => minor(raw),
        patch: () => patch(raw),
    };
    return { value: render(pattern, scope), latest: true };
}
function matchType(spec, e) {
    const raw = sourceVersion(spec, e);
    if (raw === undefined)
        return undefined;
    const pattern = spec.attrs.pattern ?? '';
    const literal = /^\/(.+)\/(.*)$/.exec(pattern);
    const m = literal !== null ? new RegExp(literal[1], literal[2]).exec(raw) : new RegExp(pattern).exec(raw);
    if (m === null) {
        e.warn(`${pattern} does not match ${raw}.`);
        return undefined;
    }
    const group = m[Number(spec.attrs.group ?? '0')];
    if (group === undefined) {
        e.warn(`Group ${spec.attrs.group} does not exist for ${pattern} pattern.`);
        return undefined;
    }
    return { value: group, latest: true };
}
function refType(spec, e) {
    const ref = e.ctx.ref;
    switch (spec.attrs.event) {
        case 'branch':
            return ref.startsWith('refs/heads/') ? { value: ref.slice('refs/heads/'.length), latest: false } : undefined;
        case 'tag':
            return TAG_REF.test(ref) ? { value: ref.replace(TAG_REF, ''), latest: true } : undefined;
        case 'pr':
            return ref.startsWith('refs/pull/') ? { value: ref.slice('refs/pull/'.length).replace(/\/merge$/, ''), latest: false } : undefined;
        default:
            return undefined;
    }
}
function edgeType(spec, e) {
    if (!e.ctx.ref.startsWith('refs/heads/'))
        return undefined;
    const branch = spec.attrs.branch !== undefined && spec.attrs.branch !== '' ? spec.attrs.branch : e.ctx.defaultBranch;
    return branch === e.ctx.ref.slice('refs/heads/'.length) ? { value: 'edge', latest: false } : undefined;
}
const rawType = (spec, e) => ({ value: e.expand(spec.attrs.value ?? ''), latest: false });
function shaType(spec, e) {
    if (e.ctx.sha === '')
        return undefined;
    return { value: spec.attrs.format === 'long' ? e.ctx.sha : shortSha(e.ctx), latest: false };
}
function tag_types_valueOf(spec, e) {
    switch (spec.type) {
        case 'schedule':
            return schedule(spec, e);
        case 'semver':
            return semverType(spec, e);
        case 'pep440':
            return pep440Type(spec, e);
        case 'match':
            return matchType(spec, e);
        case 'ref':
            return refType(spec, e);
        case 'edge':
            return edgeType(spec, e);
        case 'raw':
            return rawType(spec, e);
        case 'sha':
            return shaType(spec, e);
    }
}

;// CONCATENATED MODULE: ./shared/src/github/metadata/compute.ts
/**
 * metadata-action's version and tag list from parsed specs, a flavor and the
 * context: specs in priority order, each enabled one adds its value (with its
 * own prefix/suffix, else the flavor's); the first is the version, the rest
 * follow without duplicates; the first applicable spec decides `latest` under
 * latest=auto. Pure.
 */





function computeVersion(specs, flavor, ctx) {
    const scope = globalScope(ctx);
    const warnings = [];
    const expand = (t) => render(t, scope);
    let main;
    const partial = [];
    let latest;
    for (const spec of specs) {
        const enabled = expand(spec.attrs.enable ?? 'true');
        if (enabled !== 'true' && enabled !== 'false')
            throw new errors/* PipelineError */.zC('INPUT', `input 'tags' has '${spec.line}': enable is '${enabled}', expected true or false`, {
                input: 'tags',
                hint: 'Write enable=true, enable=false or an expression that gives one, e.g. enable={{is_default_branch}}.',
            });
        if (enabled === 'false')
            continue;
        const r = tag_types_valueOf(spec, { ctx, expand, warn: (m) => warnings.push(m) });
        if (r === undefined)
            continue;
        let value = r.value;
        value = `${'prefix' in spec.attrs ? expand(spec.attrs.prefix ?? '') : expand(flavor.prefix)}${value}`;
        value = `${value}${'suffix' in spec.attrs ? expand(spec.attrs.suffix ?? '') : expand(flavor.suffix)}`;
        if (value === '')
            continue;
        const tag = sanitizeTag(value);
        if (main === undefined)
            main = tag;
        else if (tag !== main)
            partial.push(tag);
        latest ??= flavor.latest === 'auto' ? r.latest : flavor.latest === 'true';
    }
    return { version: { main, partial: [...new Set(partial)], latest: latest ?? false }, warnings };
}
/** The tag names: version, the rest, then `latest` (with the flavor's prefix/suffix when onlatest says so). */
function tagNames(v, flavor) {
    if (v.main === undefined)
        return [];
    const out = [v.main, ...v.partial];
    if (v.latest)
        out.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    return out;
}
/** metadata-action's `tags` output with `images`: every name with every tag, image names lower-cased. */
function imageTags(names, images) {
    if (images.length === 0)
        return [...names];
    return images.flatMap((img) => names.map((n) => `${img.toLowerCase()}:${n}`));
}

// EXTERNAL MODULE: ./shared/src/github/metadata/repo.ts
var repo = __nccwpck_require__(8585);
// EXTERNAL MODULE: ./shared/src/github/metadata/spec.ts
var spec = __nccwpck_require__(1590);
// EXTERNAL MODULE: ./shared/src/registry/reference.ts
var reference = __nccwpck_require__(5698);
;// CONCATENATED MODULE: ./shared/src/builders/metadata.ts








/** A line is a spec line when it has a key=value field or an expression; anything else is a plain tag or reference. */
const isSpecLine = (line) => /=|\{\{/.test(line);
/**
 * The item of `tags` as a full reference (`ghcr.io/acme/app:1.2`, `app:1.2`),
 * or undefined for a spec line or a bare tag (`1.2`, `app`: a word alone is a
 * tag, as it always was).
 */
function referenceItem(item) {
    const text = item.trim();
    if (isSpecLine(text) || (0,reference/* isTag */.dz)(text))
        return undefined;
    const r = (0,reference/* parseReference */.F2)(text);
    if (!r.ok)
        return undefined;
    const noDigest = text.replace(/@.*$/, '');
    const name = r.value.tag === undefined ? noDigest : noDigest.slice(0, noDigest.lastIndexOf(':'));
    return { name, tag: r.value.tag ?? 'latest' };
}
/**
 * The `tags` input's items as spec lines: spec lines kept, each plain tag or
 * image reference (comma lists allowed, as before) becoming `type=raw,value=<tag>`.
 * Throws an INPUT error naming the item that is neither.
 */
function tagSpecLines(items) {
    return splitTagItems(items).lines;
}
/** tagSpecLines, the full references among the items with their raw lines, and the other lines. */
function splitTagItems(items) {
    const out = [];
    const refs = [];
    const plainLines = [];
    for (const item of items) {
        if (isSpecLine(item)) {
            out.push(item);
            plainLines.push(item);
            continue;
        }
        for (const part of item
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== '')) {
            const tag = (0,reference/* tagFromInput */.tw)(part);
            if (tag === undefined)
                throw new errors/* PipelineError */.zC('INPUT', `input 'tags' has '${part}', which is not a valid tag, image reference or metadata-action spec line`, {
                    input: 'tags',
                    hint: 'A tag is 1-128 of A-Z a-z 0-9 _ . -, not starting with . or -; or write a spec line such as type=ref,event=branch.',
                });
            const ref = referenceItem(part);
            out.push(`type=raw,value=${tag}`);
            if (ref === undefined)
                plainLines.push(`type=raw,value=${tag}`);
            else
                refs.push({ ...ref, specLine: `type=raw,value=${tag}` });
        }
    }
    return { lines: out, refs, plainLines };
}
/** The repository as the event payload's repository object describes it, over the API's answer (f.repo) for what it lacks. */
const repoOf = (f) => (0,repo/* mergeRepoInfo */.NN)((0,repo/* repoInfoOf */.Yn)(f.event?.repository), f.repo ?? {});
/**
 * Labels and annotations alone, for a version already computed: build.ts
 * calls it again once the repository facts from the API (description, url,
 * licenses) have arrived, without recomputing the tags.
 */
function metadataLabels(f, version) {
    const defaults = ociLabels({
        ctx: (0,github_event/* githubContext */.h4)(f.env, f.event),
        ...(f.created !== undefined ? { created: f.created } : {}),
        ...(version !== undefined ? { version } : {}),
        title: f.fallbackTitle,
        repo: repoOf(f),
    });
    return { labels: mergeLabels(defaults, f.userLabels), annotations: defaults };
}
function imageMetadata(f) {
    const repo = repoOf(f);
    const split = splitTagItems(f.explicitTags);
    const explicit = split.lines;
    const specLines = explicit.length > 0 ? explicit : (f.defaults?.tags ?? spec/* METADATA_ACTION_DEFAULT_TAGS */.dZ);
    const flavor = (0,spec/* parseFlavor */.wp)(explicit.length > 0 ? (f.flavor ?? []) : (f.defaults?.flavor ?? f.flavor ?? []));
    const mctx = metaContext(f.env, f.event, { now: f.now ?? new Date(), ...(repo.defaultBranch !== undefined ? { apiDefaultBranch: repo.defaultBranch } : {}) });
    const { version, warnings } = computeVersion((0,spec/* parseTagSpecs */.g1)(specLines), flavor, mctx);
    const computed = [...new Set(tagNames(version, flavor).filter(reference/* isTag */.dz))];
    const tags = computed.length > 0 ? computed : ['latest'];
    const images = f.images ?? [];
    // The tags `images` get: those the spec lines and plain tags computed, never the layout's `latest` fallback
    // (metadata-action gives no tag there, so a push would otherwise move `latest` on every event no line applies to).
    let imageTagNames = computed;
    if (images.length > 0 && split.refs.length > 0) {
        imageTagNames =
            split.plainLines.length === 0 ? [] : [...new Set(tagNames(computeVersion((0,spec/* parseTagSpecs */.g1)(split.plainLines), flavor, mctx).version, flavor).filter(reference/* isTag */.dz))];
    }
    // A reference's tag goes through the flavor as every raw tag does (its prefix/suffix): the one the layout records.
    const noLatest = { ...flavor, latest: 'false' };
    const refTag = (r) => computeVersion((0,spec/* parseTagSpecs */.g1)([r.specLine]), noLatest, mctx).version.main ?? r.tag;
    const refs = [...new Set([...(images.length > 0 ? imageTags(imageTagNames, images) : []), ...split.refs.map((r) => `${r.name}:${refTag(r)}`)])];
    const out = { tags, refs, ...metadataLabels(f, version.main), warnings };
    if (version.main !== undefined)
        out.version = version.main;
    return out;
}


/***/ }),

/***/ 596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ manifestOutputs),
/* harmony export */   N2: () => (/* binding */ declaresRequiredPlugins),
/* harmony export */   iV: () => (/* binding */ isPackerTemplatePath),
/* harmony export */   xV: () => (/* binding */ readTemplate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/**
 * What we need to know about a Packer template before running it: HCL2 or
 * legacy JSON, the folder Packer should run in, whether it declares
 * `required_plugins` (then Packer 1.7+ needs `packer init`), and where the
 * manifest post-processor writes its file.
 */



/** Whether a path names a Packer template by its suffix (the `kind: machine` auto-detection). */
const isPackerTemplatePath = (p) => /\.pkr\.(hcl|json)$/.test(p);
async function readTemplate(templatePath, input = 'template') {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(templatePath);
    const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(abs).catch(() => undefined);
    if (st === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('NOT_FOUND', `Packer template ${templatePath} does not exist`, {
            input,
            hint: 'Give a *.pkr.hcl file, a folder of them, or a *.json template, relative to the workspace.',
        });
    if (st.isDirectory()) {
        const files = (await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir(abs)).filter((f) => f.endsWith('.pkr.hcl') || f.endsWith('.pkr.json')).sort();
        if (files.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('NOT_FOUND', `folder ${templatePath} holds no *.pkr.hcl or *.pkr.json file`, { input });
        const sources = await Promise.all(files.map(async (f) => ({ file: node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, f), text: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs, f), 'utf8') })));
        return { path: abs, kind: 'hcl', dir: abs, sources };
    }
    const kind = isPackerTemplatePath(abs) ? 'hcl' : abs.endsWith('.json') ? 'json' : undefined;
    if (kind === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `${templatePath} is not a Packer template (*.pkr.hcl, *.pkr.json or *.json)`, { input });
    return { path: abs, kind, dir: node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), sources: [{ file: abs, text: await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(abs, 'utf8') }] };
}
/** HCL2 templates (and their JSON form) that name plugins to install. */
function declaresRequiredPlugins(t) {
    return t.kind === 'hcl' && t.sources.some((s) => /(^|[\s{"])required_plugins\b/m.test(s.text));
}
/**
 * Output files of manifest post-processors, relative to the template folder.
 * An output with interpolation cannot be known before the run and is left
 * out (the caller can name the file instead).
 */
function manifestOutputs(t) {
    const out = new Set();
    for (const s of t.sources) {
        if (s.file.endsWith('.json')) {
            let doc;
            try {
                doc = JSON.parse(s.text);
            }
            catch {
                continue;
            }
            for (const pp of walkPostProcessors(doc))
                if (pp['type'] === 'manifest')
                    out.add(typeof pp['output'] === 'string' ? pp['output'] : 'packer-manifest.json');
        }
        else {
            for (const m of s.text.matchAll(/post-processor\s+"manifest"\s*\{/g)) {
                const body = blockBody(s.text, (m.index ?? 0) + m[0].length);
                const o = /(?:^|\n)\s*output\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
                out.add(o ?? 'packer-manifest.json');
            }
        }
    }
    return [...out].filter((o) => !o.includes('{{') && !o.includes('${'));
}
/** The text of an HCL block from just after its `{` to its matching `}` (braces in strings counted out). */
function blockBody(text, from) {
    let depth = 1;
    let inString = false;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return text.slice(from, i);
    }
    return text.slice(from);
}
function* walkPostProcessors(doc) {
    if (typeof doc !== 'object' || doc === null)
        return;
    const pps = doc['post-processors'];
    if (!Array.isArray(pps))
        return;
    for (const pp of pps.flat(2)) {
        if (typeof pp === 'string')
            yield { type: pp };
        else if (typeof pp === 'object' && pp !== null)
            yield pp;
    }
}


/***/ }),

/***/ 7537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ writeSecretFiles),
/* harmony export */   Gv: () => (/* binding */ resolveSecretFiles),
/* harmony export */   Lw: () => (/* binding */ checkSecretEnvs),
/* harmony export */   dC: () => (/* binding */ parseSecrets),
/* harmony export */   lL: () => (/* binding */ secretArg),
/* harmony export */   q1: () => (/* binding */ parseSecretRefs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3904);
/* harmony import */ var _action_input_list_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4699);
/**
 * Build secrets, as docker/build-push-action takes them, handed to the
 * builder as `--secret` mounts and never on its command line:
 *
 * - `secrets`: `id=value` items (quoted to hold commas or newlines) become
 *   files readable only by us (0600 in a 0700 folder), removed when the build
 *   ends, whatever happens. Values never reach argv, the image or the log (the
 *   action masks them with core.setSecret before anything runs).
 * - `secret-files`: `id=path`, a file of the user's (relative to the
 *   workspace), passed as it is; it must be a regular file when the build starts.
 * - `secret-envs`: `id=NAME`, the builder reads the variable from its own
 *   environment (`--secret id=x,env=NAME`); it must be set.
 */




const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ID_HINT = 'the id made of letters, digits, _ . -; use it with RUN --mount=type=secret,id=<id>';
/** Split one item at its first `=`; an error names the line but never echoes the item (it may be a secret). */
function idAndRest(item, input, form) {
    const eq = item.value.indexOf('=');
    const id = eq < 0 ? '' : item.value.slice(0, eq).trim();
    if (eq <= 0 || !ID.test(id)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${item.line} is not ${form}`, {
            input,
            line: item.line,
            hint: `Write one secret per line as ${form}, ${ID_HINT}; quote an item that holds a comma or a newline ("id=a,b").`,
        });
    }
    return [id, item.value.slice(eq + 1)];
}
function checkRepeat(seen, id, input, line) {
    if (seen.has(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${line} repeats the secret id '${id}'`, { input, line });
    seen.add(id);
}
/**
 * Parse `secrets`: `id=value` items, one per line; quoted items may span
 * lines and keep their whitespace (a PEM key's last newline), unquoted ones
 * are trimmed. The value is everything after the first `=`.
 */
function parseSecrets(text, input = 'secrets') {
    const out = new Map();
    const seen = new Set();
    for (const item of (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_3__/* .readList */ .LD)(text, input, { ignoreComma: true, trim: 'unquoted' })) {
        const [id, value] = idAndRest(item, input, 'id=value');
        checkRepeat(seen, id, input, item.line);
        out.set(id, value);
    }
    return out;
}
/** Parse `secret-files` (`id=path`, one per line) and `secret-envs` (`id=NAME`, commas too, as actions-toolkit reads it). */
function parseSecretRefs(text, input, taken = new Set()) {
    const form = input === 'secret-files' ? 'id=path' : 'id=ENV_NAME';
    const seen = new Set(taken);
    return (0,_action_input_list_js__WEBPACK_IMPORTED_MODULE_3__/* .readList */ .LD)(text, input, { ignoreComma: input === 'secret-files' }).map((item) => {
        const [id, rest] = idAndRest(item, input, form);
        const from = rest.trim();
        if (from === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input '${input}' line ${item.line} names no ${input === 'secret-files' ? 'file' : 'variable'} for '${id}'`, {
                input,
                line: item.line,
            });
        if (input === 'secret-envs' && !ENV_NAME.test(from))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'secret-envs' line ${item.line}: '${from.slice(0, 40)}' is not an environment variable name`, {
                input,
                line: item.line,
                hint: 'Write id=NAME, NAME a variable of the step (letters, digits, _), e.g. MY_SECRET=MY_ENV_VAR with env: { MY_ENV_VAR: ${{ secrets.X }} }.',
            });
        checkRepeat(seen, id, input, item.line);
        return { id, from, line: item.line };
    });
}
/** `secret-envs` whose variable the step's environment does not set: an error naming the first, before anything runs. */
function checkSecretEnvs(refs, env) {
    for (const r of refs) {
        if (env[r.from] === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'secret-envs' line ${r.line}: the environment variable '${r.from}' (for secret '${r.id}') is not set`, {
                input: 'secret-envs',
                line: r.line,
                hint: `Set it in the step's env: block, e.g. env: { ${r.from}: \${{ secrets.${r.from} }} }.`,
            });
        }
    }
}
/**
 * `secret-files` resolved against the workspace, each checked to be a
 * regular file now (a missing file would otherwise fail deep in the builder,
 * or mount a folder). Links are followed: a link to a file is a file.
 */
async function resolveSecretFiles(refs, workspace) {
    const out = [];
    for (const r of refs) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, r.from);
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat(file).catch(() => undefined);
        if (st === undefined || !st.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PipelineError */ .zC('INPUT', `input 'secret-files' line ${r.line}: '${r.from}' (for secret '${r.id}') ${st === undefined ? 'does not exist' : 'is not a regular file'}`, {
                input: 'secret-files',
                line: r.line,
                hint: 'Name a file, relative to the workspace or absolute, that an earlier step wrote (e.g. MY_SECRET=./secret.txt).',
            });
        }
        out.push({ id: r.id, path: file });
    }
    return out;
}
/** One `--secret` value (buildah, podman and buildx alike): a file (`src=`, never the value itself) or a variable the builder reads from its environment (`env=`). */
const secretArg = (s) => ('env' in s ? `id=${s.id},env=${s.env}` : `id=${s.id},src=${s.path}`);
async function writeSecretFiles(secrets, parent) {
    const dir = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1__.join(parent, 'secrets-'));
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod(dir, 0o700);
    const remove = async () => node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm(dir, { recursive: true, force: true });
    try {
        const files = [];
        for (const [id, value] of secrets) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, id);
            await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile(file, value, { mode: 0o600, flag: 'wx' });
            files.push({ id, path: file });
        }
        return { files, remove };
    }
    catch (e) {
        await remove();
        throw e;
    }
}


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
/* harmony export */   CR: () => (/* binding */ giveBackOf),
/* harmony export */   E0: () => (/* binding */ readPooled),
/* harmony export */   M5: () => (/* binding */ blobChunks),
/* harmony export */   SN: () => (/* binding */ lendChunks),
/* harmony export */   d8: () => (/* binding */ lendsAs)
/* harmony export */ });
/* unused harmony export ChunkPool */
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
    const stream = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable({
        highWaterMark: pool.chunkSize,
        construct(cb) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.open(file, 'r', (e, f) => {
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
            node_fs__WEBPACK_IMPORTED_MODULE_0__.read(fd, buf, 0, want, pos, (e, n) => {
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
            const close = () => node_fs__WEBPACK_IMPORTED_MODULE_0__.close(f, () => cb(err));
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

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h4: () => (/* binding */ githubContext),
/* harmony export */   j_: () => (/* binding */ readEvent)
/* harmony export */ });
/* unused harmony export refKind */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The GitHub context the runner passes in environment variables (and the
 * event payload file), reduced to what tags and labels need. Pure over the
 * env map and the parsed event, so tests need no process state.
 */

function refKind(ref) {
    if (ref === undefined || ref === '')
        return { kind: 'other' };
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
    const pr = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pr !== null)
        return { kind: 'pull', number: Number(pr[1]) };
    return { kind: 'other' };
}
const nonEmpty = (v) => (v === undefined || v.trim() === '' ? undefined : v.trim());
/** `event` is the parsed GITHUB_EVENT_PATH payload, if any. */
function githubContext(env, event) {
    const ev = (typeof event === 'object' && event !== null ? event : {});
    const defaultBranch = typeof ev.repository?.default_branch === 'string' && ev.repository.default_branch !== '' ? ev.repository.default_branch : 'main';
    const ctx = { serverUrl: (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''), defaultBranch };
    const repository = nonEmpty(env.GITHUB_REPOSITORY);
    if (repository !== undefined)
        ctx.repository = repository;
    const sha = nonEmpty(env.GITHUB_SHA);
    if (sha !== undefined)
        ctx.sha = sha;
    const ref = nonEmpty(env.GITHUB_REF);
    if (ref !== undefined)
        ctx.ref = ref;
    const eventName = nonEmpty(env.GITHUB_EVENT_NAME);
    if (eventName !== undefined)
        ctx.eventName = eventName;
    const prFromEvent = typeof ev.pull_request?.number === 'number' ? ev.pull_request.number : undefined;
    const kind = refKind(ref);
    const pr = prFromEvent ?? (kind.kind === 'pull' ? kind.number : undefined);
    if (pr !== undefined)
        ctx.pullRequest = pr;
    return ctx;
}
/** Read and parse GITHUB_EVENT_PATH; a missing or broken file is no event (local runs). */
async function readEvent(env) {
    const p = nonEmpty(env.GITHUB_EVENT_PATH);
    if (p === undefined)
        return undefined;
    try {
        return JSON.parse(await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(p, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ mergeRepoInfo),
/* harmony export */   Wz: () => (/* binding */ fetchRepoFacts),
/* harmony export */   Yn: () => (/* binding */ repoInfoOf),
/* harmony export */   i1: () => (/* binding */ payloadHasRepoFacts)
/* harmony export */ });
/* unused harmony export fetchRepoInfo */
/* harmony import */ var _registry_transport_http_fetch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1812);

const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
/** The fields of a GitHub repository object (payload or API answer). */
function repoInfoOf(obj) {
    if (typeof obj !== 'object' || obj === null)
        return {};
    const o = obj;
    const info = {};
    const name = str(o.name);
    if (name !== undefined)
        info.name = name;
    const description = str(o.description);
    if (description !== undefined)
        info.description = description;
    const html = str(o.html_url);
    if (html !== undefined && /^https?:\/\//.test(html))
        info.htmlUrl = html;
    const spdx = str(o.license?.spdx_id);
    if (spdx !== undefined && spdx !== 'NOASSERTION')
        info.license = spdx;
    const db = str(o.default_branch);
    if (db !== undefined)
        info.defaultBranch = db;
    return info;
}
/** First source wins per field. */
function mergeRepoInfo(...sources) {
    const out = {};
    for (const s of sources)
        for (const [k, v] of Object.entries(s))
            if (out[k] === undefined)
                out[k] = v;
    return out;
}
/**
 * Whether the event payload's repository object already answers what the API
 * would add (description, html_url, license: present, even as null, as GitHub
 * writes them on push, pull_request, release... events), so the API call can be
 * skipped. False when there is no payload or it leaves any of them out.
 */
function payloadHasRepoFacts(event) {
    const repo = event?.repository;
    if (typeof repo !== 'object' || repo === null)
        return false;
    return ['description', 'html_url', 'license'].every((k) => k in repo);
}
/** GET {GITHUB_API_URL}/repos/{GITHUB_REPOSITORY}; {} on any failure. */
async function fetchRepoInfo(env, opts = {}) {
    return (await fetchRepoFacts(env, opts)).info;
}
/** As fetchRepoInfo, saying why nothing came back. Never throws. */
async function fetchRepoFacts(env, opts = {}) {
    const repository = env.GITHUB_REPOSITORY?.trim() ?? '';
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return { info: {}, problem: { reason: 'GITHUB_REPOSITORY is not owner/name' } };
    const api = (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    const maxBytes = opts.maxBytes ?? 256 * 1024;
    const timeoutMs = opts.timeoutMs ?? 5000;
    const ctl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        ctl.abort();
    }, timeoutMs);
    const onAbort = () => ctl.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const headers = { accept: 'application/vnd.github+json', 'user-agent': 'image-pipeline' };
        if (opts.token !== undefined && opts.token !== '')
            headers.authorization = `Bearer ${opts.token}`;
        const res = await (opts.fetchImpl ?? _registry_transport_http_fetch_js__WEBPACK_IMPORTED_MODULE_0__/* .httpFetch */ .t)(`${api}/repos/${repository}`, { headers, signal: ctl.signal, redirect: 'error' });
        if (!res.ok || res.body === null) {
            await res.body?.cancel().catch(() => undefined);
            return { info: {}, problem: { status: res.status, reason: `HTTP ${res.status}` } };
        }
        const chunks = [];
        let size = 0;
        const reader = res.body.getReader();
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > maxBytes) {
                await reader.cancel().catch(() => undefined);
                return { info: {}, problem: { reason: `answer larger than ${maxBytes} bytes` } };
            }
            chunks.push(value);
        }
        let parsed;
        try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        }
        catch {
            return { info: {}, problem: { reason: 'answer is not JSON' } };
        }
        return { info: repoInfoOf(parsed) };
    }
    catch {
        return { info: {}, problem: { reason: timedOut ? `no answer within ${timeoutMs} ms` : opts.signal?.aborted === true ? 'cancelled' : 'network error' } };
    }
    finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
    }
}


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bR: () => (/* binding */ loadSemver),
/* harmony export */   el: () => (/* binding */ mayReadVersion),
/* harmony export */   k4: () => (/* binding */ semverReader)
/* harmony export */ });
/* harmony import */ var _lazy_module_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5858);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1590);
/**
 * semver for the `type=semver` tag rule (tag-types.ts), loaded by import() only when a build may read a version:
 * it was ~85 KB of every action's entry bundle, parsed and run (its ~40 regular expressions compiled) at every
 * start (issue 17 item 3), while only a build of a git tag, or of a rule with its own `value`, reads one.
 * Tag rules are evaluated synchronously (imageMetadata), so the build awaits loadSemver() first when
 * mayReadVersion says so, and the rule takes the module from semverReader().
 */


const semver = (0,_lazy_module_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyModule */ .f)(() => __nccwpck_require__.e(/* import() */ 88).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2088, 23)).then((m) => m.default ?? m), 'a semver tag rule read a version before semver was loaded: await loadSemver() before imageMetadata', { requireId: 'semver' });
/** Loads semver; one import however many callers. */
const loadSemver = () => semver.load();
/**
 * Whether tag rules may read a version (tag-types.ts sourceVersion): the ref is a git tag, or a rule gives its own
 * value. Conservative: any rule with a value counts, whatever its type. The lines are read by the tag parser itself
 * (parseTagLine), not searched for text: `VALUE=1.2.3`, `value = 1.2.3` and a bare `1.2.3` are all a value to it.
 * A line it refuses needs no semver: imageMetadata refuses it before any rule runs.
 */
function mayReadVersion(ref, ruleLines) {
    if (/^refs\/tags\//.test(ref?.trim() ?? ''))
        return true;
    return ruleLines.some((line) => {
        try {
            return ((0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagLine */ .o2)(line).attrs.value ?? '') !== '';
        }
        catch {
            return false;
        }
    });
}
/** The semver module, for the semver tag rule (lazy-module.ts: from the sources, required on first use). */
const semverReader = () => semver.get();


/***/ }),

/***/ 1590:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dZ: () => (/* binding */ METADATA_ACTION_DEFAULT_TAGS),
/* harmony export */   g1: () => (/* binding */ parseTagSpecs),
/* harmony export */   o2: () => (/* binding */ parseTagLine),
/* harmony export */   wp: () => (/* binding */ parseFlavor)
/* harmony export */ });
/* unused harmony exports TAG_TYPES, DEFAULT_PRIORITY */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/**
 * docker/metadata-action's `tags` and `flavor` line syntax, parsed into plain
 * data: one CSV record per line (quotes allowed, as metadata-action reads them),
 * `key=value` fields, a bare field meaning `value`. Defaults per type and the
 * priority order are metadata-action's, so a pasted config means the same here.
 * Pure; every bad line is an INPUT error naming the input and the line.
 */


const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
/** Higher first; equal priorities keep the order the user wrote (a stable sort, as metadata-action's). */
const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's default when `tags` is empty. */
const METADATA_ACTION_DEFAULT_TAGS = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
function fieldsOf(line, input) {
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(line, { relaxColumnCount: true, skipEmptyLines: true, relaxQuotes: false });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' has '${line}', which is not a valid CSV line: ${e.message}`, {
            input,
            hint: 'Quote a field that holds a comma or a quote, e.g. type=raw,value="a,b".',
        });
    }
    const first = Array.isArray(records) ? records[0] : undefined;
    return Array.isArray(first) ? first.map((f) => String(f)) : [];
}
const bad = (input, line, what, hint) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PipelineError */ .zC('INPUT', `input '${input}' has '${line}': ${what}`, { input, hint });
function parseTagLine(line) {
    const attrs = {};
    let type;
    for (const field of fieldsOf(line, 'tags')) {
        // Split at the first '=' only: values such as patterns may hold '=' themselves.
        const eq = field.indexOf('=');
        if (eq <= 0) {
            attrs.value = field.trim();
            continue;
        }
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key === 'type') {
            if (!TAG_TYPES.includes(value))
                throw bad('tags', line, `unknown type '${value}'`, `Use one of type=${TAG_TYPES.join(', type=')}.`);
            type = value;
        }
        else
            attrs[key] = value;
    }
    type ??= 'raw';
    const need = (key, hint) => {
        if (!(key in attrs))
            throw bad('tags', line, `type=${type} needs a ${key} attribute`, hint);
    };
    switch (type) {
        case 'schedule':
            attrs.pattern ??= 'nightly';
            break;
        case 'semver':
        case 'pep440':
            need('pattern', `Add e.g. pattern={{version}}.`);
            attrs.value ??= '';
            attrs.match ??= '';
            break;
        case 'match':
            need('pattern', 'Add e.g. pattern=\\d+.\\d+ (a regular expression).');
            attrs.group ??= '0';
            if (!/^\d+$/.test(attrs.group))
                throw bad('tags', line, `group '${attrs.group}' is not a number`, 'Write group=1 for the first capture group.');
            attrs.value ??= '';
            break;
        case 'edge':
            attrs.branch ??= '';
            break;
        case 'ref':
            need('event', 'Add event=branch, event=tag or event=pr.');
            if (!['branch', 'tag', 'pr'].includes(attrs.event ?? ''))
                throw bad('tags', line, `event '${attrs.event}' is not branch, tag or pr`, 'Write event=branch, event=tag or event=pr.');
            if (attrs.event === 'pr')
                attrs.prefix ??= 'pr-';
            break;
        case 'raw':
            need('value', 'Add value=<tag>, or write the tag alone on its line.');
            break;
        case 'sha':
            attrs.prefix ??= 'sha-';
            attrs.format ??= 'short';
            if (attrs.format !== 'short' && attrs.format !== 'long')
                throw bad('tags', line, `format '${attrs.format}' is not short or long`, 'Write format=short or format=long.');
            break;
    }
    attrs.enable ??= 'true';
    let priority = DEFAULT_PRIORITY[type];
    if (attrs.priority !== undefined) {
        if (!/^-?\d+$/.test(attrs.priority))
            throw bad('tags', line, `priority '${attrs.priority}' is not a whole number`, 'Write e.g. priority=500.');
        priority = Number(attrs.priority);
    }
    return { type, attrs, priority, line };
}
/** Lines (blank and `#` comment lines already dropped by the caller) -> specs, highest priority first. Empty -> metadata-action's default. */
function parseTagSpecs(lines) {
    const src = lines.length > 0 ? lines : METADATA_ACTION_DEFAULT_TAGS;
    return src
        .map(parseTagLine)
        .map((s, i) => ({ s, i }))
        .sort((a, b) => b.s.priority - a.s.priority || a.i - b.i)
        .map((x) => x.s);
}
function parseFlavor(lines) {
    const f = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    for (const line of lines) {
        // `onlatest` refers to the prefix or suffix written before it on the same line.
        let last;
        for (const field of fieldsOf(line, 'flavor')) {
            const eq = field.indexOf('=');
            if (eq <= 0)
                throw bad('flavor', line, `'${field}' is not key=value`, 'Write latest=auto|true|false, prefix=..., suffix=... (onlatest=true after either).');
            const key = field.slice(0, eq).trim().toLowerCase();
            const value = field.slice(eq + 1).trim();
            switch (key) {
                case 'latest':
                    if (value !== 'auto' && value !== 'true' && value !== 'false')
                        throw bad('flavor', line, `latest '${value}' is not auto, true or false`, 'Write latest=auto, latest=true or latest=false.');
                    f.latest = value;
                    break;
                case 'prefix':
                    f.prefix = value;
                    last = 'prefix';
                    break;
                case 'suffix':
                    f.suffix = value;
                    last = 'suffix';
                    break;
                case 'onlatest':
                    if (value !== 'true' && value !== 'false')
                        throw bad('flavor', line, `onlatest '${value}' is not true or false`, 'Write onlatest=true or onlatest=false.');
                    if (last === 'prefix')
                        f.prefixLatest = value === 'true';
                    else if (last === 'suffix')
                        f.suffixLatest = value === 'true';
                    break;
                default:
                    throw bad('flavor', line, `unknown key '${key}'`, 'Use latest, prefix, suffix or onlatest.');
            }
        }
    }
    return f;
}


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f: () => (/* binding */ lazyModule)
});

// UNUSED EXPORTS: BUNDLED

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


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ encodedOf),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   m: () => (/* binding */ parseDigest)
/* harmony export */ });
/* unused harmony export digestMismatch */
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

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ preview)
/* harmony export */ });
/* unused harmony exports printable, mask */
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

/***/ 2402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ canRun),
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);
/**
 * The one chokepoint for running other programs (buildah, skopeo, packer...):
 * argv arrays only (no shell, so nothing user-supplied is ever interpreted),
 * output captured with a cap, optionally streamed line by line to a callback.
 */


async function run(cmd, args, opts = {}) {
    const max = opts.maxBuffer ?? 8 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], signal: opts.signal });
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

/***/ 5127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OP: () => (/* binding */ connectSecrets),
/* harmony export */   _z: () => (/* binding */ getConnectInputs),
/* harmony export */   jN: () => (/* binding */ connectOptions)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7013);
/* harmony import */ var _credentials_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3304);
/* harmony import */ var _credentials_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1194);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5698);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4918);
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
    const registryAuth = (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .unwrap */ .o)((0,_credentials_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRegistryAuth */ .bf)((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(env, 'registry-auth', { trim: false })));
    const insecureRegistries = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getList */ .vS)(env, 'insecure-registries').map((h) => (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .unwrap */ .o)((0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRegistryHost */ .TZ)(h, 'insecure-registries')));
    const out = { registryAuth, githubToken: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(env, 'github-token'), insecureRegistries };
    const ecr = env.AWS_ENDPOINT_URL_ECR?.trim() ?? '';
    if (ecr !== '')
        out.ecrEndpoint = ecr;
    const ecrPublic = env.AWS_ENDPOINT_URL_ECR_PUBLIC?.trim() ?? '';
    if (ecrPublic !== '')
        out.ecrPublicEndpoint = ecrPublic;
    const dockerConfig = env.DOCKER_CONFIG ?? '';
    if (dockerConfig !== '')
        out.dockerConfig = dockerConfig;
    const forCredentials = (0,_credentials_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialEnv */ .LO)(env);
    if (Object.keys(forCredentials).length > 0)
        out.credentialEnv = forCredentials;
    return out;
}
/** The secrets among the inputs, for the runner to mask before anything is logged. */
function connectSecrets(c) {
    // Passwords, and the access key ids of ECR entries.
    const out = (0,_credentials_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .registryAuthSecrets */ .hQ)(c.registryAuth);
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


/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ credentialEnv),
/* harmony export */   hg: () => (/* binding */ NO_AUTH),
/* harmony export */   iT: () => (/* binding */ credentialResolver)
/* harmony export */ });
/* unused harmony exports CREDENTIAL_ENV, awsKeys, otherAccountEntry */
/* harmony import */ var _docker_config_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9575);
/* harmony import */ var _ecr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2386);
/* harmony import */ var _registry_auth_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1194);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5698);
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
    for (const s of (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .registryAuthSecrets */ .hQ)(opts.registryAuth ?? []))
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
        const call = keys !== undefined && from !== undefined ? { keys, keysFrom: (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .entryLabel */ .b4)(from.entry, from.index) } : {};
        const c = how.kind === 'ecr-public' ? await (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .ecrPublicCredentials */ .EG)(opts.ecrPublicEndpoint, call) : await (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .ecrCredentials */ .dQ)(how, opts.ecrEndpoint, call);
        mask(c.password);
        return c;
    };
    const find = async (registry) => {
        const index = (opts.registryAuth ?? []).findIndex((e) => e.registry === registry);
        const entry = opts.registryAuth?.[index];
        if (entry !== undefined) {
            const how = (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .entryAuth */ .fd)(entry);
            if (how.kind === 'basic')
                return { username: entry.username, password: entry.password, source: "the 'registry-auth' input" };
            return exchange(how, { entry, index });
        }
        if (registry === 'ghcr.io' && opts.githubToken !== undefined && opts.githubToken !== '') {
            return { username: 'x-access-token', password: opts.githubToken, source: "the 'github-token' input" };
        }
        const ecr = (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEcrHost */ .wl)(registry);
        // Public ECR without an entry stays anonymous: pulling public images needs no AWS credentials.
        if (ecr !== undefined)
            return exchange({ kind: 'ecr', ...ecr }, otherAccountEntry(opts.registryAuth ?? [], registry, env));
        if (opts.dockerConfigDir !== null) {
            // The env this resolver was given, not the process's: a caller passing its own env gets its own config.json.
            // Without DOCKER_CONFIG or HOME in that env there is no config to read: dockerConfigDir would fall back to
            // the process's own home (os.homedir() reads the process's HOME), the very leak `env` is there to stop.
            const dir = opts.dockerConfigDir ?? (nonEmpty(env.DOCKER_CONFIG) || nonEmpty(env.HOME) ? (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigDir */ .k)(env) : undefined);
            const c = dir === undefined ? undefined : await (0,_docker_config_js__WEBPACK_IMPORTED_MODULE_0__/* .dockerConfigCredentials */ .D)(registry, dir);
            if (c !== undefined)
                mask(c.password);
            return c;
        }
        return undefined;
    };
    return (registry) => {
        const key = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeRegistry */ .l5)(registry);
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
    const host = (0,_ecr_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEcrHost */ .wl)(registry);
    const listed = (env.AWS_ACCOUNT_IDS ?? '').split(',').map((s) => s.trim());
    if (host === undefined || !listed.includes(host.accountId))
        return undefined;
    // Both names start with their 12-digit account (ecr.ts ECR_HOST).
    const index = entries.findIndex((e) => (0,_registry_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .entryAuth */ .fd)(e).kind === 'ecr' && awsKeys(e, env) !== undefined && e.registry.slice(12) === registry.slice(12));
    const entry = entries[index];
    return entry === undefined ? undefined : { entry, index };
}


/***/ }),

/***/ 9575:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ dockerConfigCredentials),
/* harmony export */   k: () => (/* binding */ dockerConfigDir)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3904);
/* harmony import */ var _preview_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4659);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2402);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5698);
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
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.HOME !== undefined && env.HOME !== '' ? env.HOME : node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker');
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
const hostOfKey = (key) => (key.trim() === '' ? '' : (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizeRegistry */ .l5)(key));
async function fromHelper(helper, registry, file) {
    const program = `docker-credential-${helper}`;
    const res = await (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .e)(program, ['get'], { input: (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .credentialKey */ .TC)(registry), maxBuffer: 64 * 1024 }).catch((e) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `credential helper '${program}' named in ${file} cannot run`, {
            hint: `Install ${program} or remove it from ${file}.`,
            cause: e,
        });
    });
    if (res.code !== 0) {
        // Helpers answer "credentials not found" with a non-zero exit: anonymous then.
        if (/not found/i.test(res.stdout + res.stderr))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `credential helper '${program}' failed for ${registry}: ${(0,_preview_js__WEBPACK_IMPORTED_MODULE_4__/* .preview */ .VH)(res.stderr, { max: 200 })}`, { file });
    }
    let parsed;
    try {
        parsed = JSON.parse(res.stdout);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `credential helper '${program}' did not answer JSON for ${registry}`, { file });
    }
    if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret === '')
        return undefined;
    if (parsed.Username === '<token>') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('UNSUPPORTED', `credential helper '${program}' returned an identity token for ${registry}`, {
            hint: 'Give username/password credentials through registry-auth instead.',
        });
    }
    return { username: parsed.Username, password: parsed.Secret, source: `${program} (from ${file})` };
}
/** Credentials for `registry` from `dir`/config.json (dockerConfigDir(env) for a step's env); undefined when it has none. */
async function dockerConfigCredentials(registry, dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'config.json');
    let text;
    try {
        text = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `expected the Docker config file to hold JSON, got text that does not parse${whereJsonStops(text, e)}`, {
            file,
            hint: 'Fix or remove the Docker config file (docker login writes a valid one).',
        });
    }
    const problem = shapeProblem(config);
    if (problem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', problem, { file, hint: 'Fix or remove the Docker config file (docker login writes a valid one).' });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PipelineError */ .zC('AUTH', `${file} has an 'auth' for ${authKey} that is not base64 of user:password`, { file });
        return { username: decoded.slice(0, i), password: decoded.slice(i + 1), source: file };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string')
        return { username: entry.username, password: entry.password, source: file };
    return undefined;
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
/* harmony import */ var _action_yaml_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(359);
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
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   ak: () => (/* binding */ previewReference),
/* harmony export */   dz: () => (/* binding */ isTag),
/* harmony export */   l5: () => (/* binding */ normalizeRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   rL: () => (/* binding */ parseTags),
/* harmony export */   sx: () => (/* binding */ DEFAULT_REGISTRY),
/* harmony export */   tw: () => (/* binding */ tagFromInput)
/* harmony export */ });
/* unused harmony exports canonicalRegistry, TAG_PATTERN, parseTag, parseTagOrReference */
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
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(tag);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PipelineError */ .zC('INPUT', `'${(0,_preview_js__WEBPACK_IMPORTED_MODULE_2__/* .preview */ .VH)(tag, { max: 140, redact: false })}' is not a valid tag`, {
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
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(tags);
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

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

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

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

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  qg: () => (/* binding */ parse)
});

// UNUSED EXPORTS: CsvError, normalize_options

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString(options.encoding)
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_columns_array.js



const normalize_columns_array = function (columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === undefined || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal",
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`,
      ]);
    }
  }
  return normalizedColumns;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/ResizeableBuffer.js
class ResizeableBuffer {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
}

/* harmony default export */ const utils_ResizeableBuffer = (ResizeableBuffer);

;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/init_state.js


const init_state = function (options) {
  // ECMAScript WhiteSpace + LineTerminator codepoints, encoded under
  // `options.encoding`. Aligns trimming with `String.prototype.trim()`.
  // https://tc39.es/ecma262/#sec-white-space
  // https://tc39.es/ecma262/#sec-line-terminators
  //
  // Codepoints unrepresentable in the target encoding are dropped: Node's
  // Buffer substitutes them with `?` (0x3F), and including those would cause
  // literal `?` bytes in the input to be trimmed under `latin1`/`ascii`.
  const timchars = [
    // Basic Latin
    0x0020, // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    0x0009, // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    0x000a, // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    0x000d, // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    0x000c, // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    0x000b, // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    0x00a0, // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    0x1680, // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    0x2000, // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    0x2001, // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    0x2002, // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    0x2003, // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    0x2004, // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    0x2005, // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    0x2006, // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    0x2007, // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    0x2008, // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    0x2009, // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    0x200a, // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    0x2028, // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    0x2029, // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    0x202f, // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    0x205f, // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    0x3000, // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    0xfeff, // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding,
    );
    if (codepoint !== 0x3f && encoded.length === 1 && encoded[0] === 0x3f) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  // First-byte lookup table for `__isCharTrimable`. Non-whitespace bytes
  // (the common case) bail out in O(1) without scanning every timchar.
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: undefined,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: undefined,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote:
      Buffer.isBuffer(options.escape) &&
      Buffer.isBuffer(options.quote) &&
      Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns)
      ? options.columns.length
      : undefined,
    field: new utils_ResizeableBuffer(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      // Skip if the remaining buffer can be delimiter
      ...(options.delimiter
        ? options.delimiter.map((delimiter) => delimiter.length)
        : []),
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      // Skip if the remaining buffer can be a multi-byte trim character
      ...timchars.map((t) => t.length),
    ),
    previousBuf: undefined,
    quoting: false,
    stop: false,
    rawBuffer: new utils_ResizeableBuffer(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength:
      options.record_delimiter.length === 0
        ? 0
        : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("\t", options.encoding)[0],
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: timchars,
    timcharFirstBytes: timcharFirstBytes,
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js





const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `encoding`
  // Note: defined first because other options depends on it
  // to convert chars/strings into buffers.
  if (options.encoding === undefined || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (
    typeof options.encoding !== "string" &&
    options.encoding !== null
  ) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`,
      ],
      options,
    );
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`,
      ],
      options,
    );
  }
  // Normalize option `cast`
  options.cast_function = null;
  if (
    options.cast === undefined ||
    options.cast === null ||
    options.cast === false ||
    options.cast === ""
  ) {
    options.cast = undefined;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`,
      ],
      options,
    );
  }
  // Normalize option `cast_date`
  if (
    options.cast_date === undefined ||
    options.cast_date === null ||
    options.cast_date === false ||
    options.cast_date === ""
  ) {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function (value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`,
      ],
      options,
    );
  }
  // Normalize option `columns`
  options.cast_first_line_to_header = undefined;
  if (options.columns === true) {
    // Fields in the first line are converted as-is to columns
    options.cast_first_line_to_header = undefined;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (
    options.columns === undefined ||
    options.columns === null ||
    options.columns === false
  ) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`,
      ],
      options,
    );
  }
  // Normalize option `group_columns_by_name`
  if (
    options.group_columns_by_name === undefined ||
    options.group_columns_by_name === null ||
    options.group_columns_by_name === false
  ) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`,
      ],
      options,
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated.",
      ],
      options,
    );
  }
  // Normalize option `comment`
  if (
    options.comment === undefined ||
    options.comment === null ||
    options.comment === false ||
    options.comment === ""
  ) {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `comment_no_infix`
  if (
    options.comment_no_infix === undefined ||
    options.comment_no_infix === null ||
    options.comment_no_infix === false
  ) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`,
      ],
      options,
    );
  }
  // Normalize option `delimiter_auto`
  if (
    options.delimiter_auto === undefined ||
    options.delimiter_auto === null ||
    options.delimiter_auto === false
  ) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`,
      ],
      options,
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === undefined)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["\t".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4,
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.score === undefined)
      options.delimiter_auto.score = (info, options) => {
        return (
          (info.total - info.std) * (options.preferred[info.char_code] || 1)
        );
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`,
        ],
        options,
      );
    }
    if (options.delimiter_auto.size === undefined)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`,
        ],
        options,
      );
    }
  }
  // Normalize option `delimiter`
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (
      options.delimiter === undefined ||
      options.delimiter === null ||
      options.delimiter === false
    ) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function (delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`,
        ],
        options,
      );
    }
    return delimiter;
  });
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`,
      );
    }
  }
  // Normalize option `from`
  if (options.from === undefined || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`,
      );
    }
  }
  // Normalize option `from_line`
  if (options.from_line === undefined || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (
      typeof options.from_line === "string" &&
      /\d+/.test(options.from_line)
    ) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`,
      );
    }
  }
  // Normalize options `ignore_last_delimiters`
  if (
    options.ignore_last_delimiters === undefined ||
    options.ignore_last_delimiters === null
  ) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`,
      ],
      options,
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option",
      ],
      options,
    );
  }
  // Normalize option `info`
  if (
    options.info === undefined ||
    options.info === null ||
    options.info === false
  ) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`,
    );
  }
  // Normalize option `max_record_size`
  if (
    options.max_record_size === undefined ||
    options.max_record_size === null ||
    options.max_record_size === false
  ) {
    options.max_record_size = 0;
  } else if (
    Number.isInteger(options.max_record_size) &&
    options.max_record_size >= 0
  ) {
    // Great, nothing to do
  } else if (
    typeof options.max_record_size === "string" &&
    /\d+/.test(options.max_record_size)
  ) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`,
    );
  }
  // Normalize option `objname`
  if (
    options.objname === undefined ||
    options.objname === null ||
    options.objname === false
  ) {
    options.objname = undefined;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
      // Don't call `toString`, leave objname as a buffer
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
    // Great, nothing to do
  } else if (typeof options.objname === "number") {
    // if(options.objname.length === 0){
    //   throw new Error(`Invalid Option: objname must be a non empty string`);
    // }
    // Great, nothing to do
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`,
    );
  }
  if (options.objname !== undefined) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field",
        );
      }
    } else {
      // A string or a buffer
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index",
        );
      }
    }
  }
  // Normalize option `on_record`
  if (options.on_record === undefined || options.on_record === null) {
    options.on_record = undefined;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`,
      ],
      options,
    );
  }
  // Normalize option `on_skip`
  // options.on_skip ??= (err, chunk) => {
  //   this.emit('skip', err, chunk);
  // };
  if (
    options.on_skip !== undefined &&
    options.on_skip !== null &&
    typeof options.on_skip !== "function"
  ) {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`,
    );
  }
  // Normalize option `quote`
  if (
    options.quote === null ||
    options.quote === false ||
    options.quote === ""
  ) {
    options.quote = null;
  } else {
    if (options.quote === undefined || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`,
      );
    }
  }
  // Normalize option `raw`
  if (
    options.raw === undefined ||
    options.raw === null ||
    options.raw === false
  ) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`,
    );
  }
  // Normalize option `record_delimiter`
  if (options.record_delimiter === undefined) {
    options.record_delimiter = [];
  } else if (
    typeof options.record_delimiter === "string" ||
    Buffer.isBuffer(options.record_delimiter)
  ) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`,
        ],
        options,
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`,
      ],
      options,
    );
  }
  options.record_delimiter = options.record_delimiter.map(function (rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`,
        ],
        options,
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  // Normalize option `relax_column_count`
  if (typeof options.relax_column_count === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count === undefined ||
    options.relax_column_count === null
  ) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`,
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_less === undefined ||
    options.relax_column_count_less === null
  ) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`,
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_column_count_more === undefined ||
    options.relax_column_count_more === null
  ) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`,
    );
  }
  // Normalize option `relax_quotes`
  if (typeof options.relax_quotes === "boolean") {
    // Great, nothing to do
  } else if (
    options.relax_quotes === undefined ||
    options.relax_quotes === null
  ) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`,
    );
  }
  // Normalize option `skip_empty_lines`
  if (typeof options.skip_empty_lines === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_empty_lines === undefined ||
    options.skip_empty_lines === null
  ) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`,
    );
  }
  // Normalize option `skip_records_with_empty_values`
  if (typeof options.skip_records_with_empty_values === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_empty_values === undefined ||
    options.skip_records_with_empty_values === null
  ) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`,
    );
  }
  // Normalize option `skip_records_with_error`
  if (typeof options.skip_records_with_error === "boolean") {
    // Great, nothing to do
  } else if (
    options.skip_records_with_error === undefined ||
    options.skip_records_with_error === null
  ) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`,
    );
  }
  // Normalize option `rtrim`
  if (
    options.rtrim === undefined ||
    options.rtrim === null ||
    options.rtrim === false
  ) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`,
    );
  }
  // Normalize option `ltrim`
  if (
    options.ltrim === undefined ||
    options.ltrim === null ||
    options.ltrim === false
  ) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`,
    );
  }
  // Normalize option `trim`
  if (
    options.trim === undefined ||
    options.trim === null ||
    options.trim === false
  ) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`,
    );
  }
  // Normalize options `trim`, `ltrim` and `rtrim`
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  // Normalize option `to`
  if (options.to === undefined || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`,
      );
    }
  }
  // Normalize option `to_line`
  if (options.to_line === undefined || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`,
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`,
      );
    }
  }
  return options;
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/utils/delimiter_discover.js



// Discussed in [issue #400](https://github.com/adaltas/node-csv/issues/400)
// See https://github.com/python/cpython/blob/ea1b1c579f600cc85d145c60862b2e6b98701b24/Lib/csv.py#L349
const delimiter_discover = function (records, options) {
  // Normalize the configuration
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  // Convert String to Buffer
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  // Convert Buffer to an array of records
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records.push(record);
      const close = () => {};
      const error = parser.parse(data, true, push, close);
      if (error !== undefined) throw error;
      return records;
    })(records);
  }
  // Info array initialization, 127 entries, one per char code
  const info = Array(127)
    .fill()
    .map(() => ({ lines: [] }));
  // Traverse each records, count occurences per char code
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      // Count the character frequency
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === undefined) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  // Traverse each char code, compute the score
  info.map((info, i) => {
    info.char_code = i;
    info.std = std(info.lines);
    info.total = info.lines.reduce((acc, val) => acc + val, 0);
    info.preferred = !!options.preferred[i];
    info.score = options.score(info, options);
  });
  // Extract the dominant character
  const result = info.reduce(
    (acc, info) => (acc.score > info.score ? acc : info),
    {},
  );
  return String.fromCharCode(result.char_code);
};

const std = function (array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n,
  );
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/api/index.js






const isRecordEmpty = function (record) {
  return record.every(
    (field) =>
      field == null || (field.toString && field.toString().trim() === ""),
  );
};

const cr = 13; // `\r`, carriage return, 0x0D in hexadécimal, 13 in decimal
const nl = 10; // `\n`, newline, 0x0A in hexadecimal, 10 in decimal

const boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254]),
};

const transform = function (original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0,
  };
  const options = normalize_options(original_options);
  return {
    info: info,
    original_options: original_options,
    options: options,
    state: init_state(options),
    __needMoreData: function (i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } =
        this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0
          ? Buffer.from("\r\n", encoding).length
          : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0,
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function (nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line,
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote,
      } = this.state;
      // Automatic delimiter discovery
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === undefined) {
          delimiterBuf = nextBuf;
        } else if (
          delimiterBufPrevious !== undefined &&
          nextBuf === undefined
        ) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        // Ensure that nextBuf is not concatenated a second time during buffer reconciliation
        nextBuf = undefined;
        // this.delimiterBufPrevious = delimiterBuf;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto),
            ),
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = undefined;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      // Previous buffers reconciliation
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === undefined) {
        if (nextBuf === undefined) {
          // Handle empty string
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== undefined && nextBuf === undefined) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      // Handle UTF BOM
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          // No enough data
          if (end === false) {
            // Wait for more data
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding in boms) {
            if (boms[encoding].compare(buf, 0, boms[encoding].length) === 0) {
              // Skip BOM
              const bomLength = boms[encoding].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              // Renormalize original options with the new encoding
              const options = normalize_options({
                ...this.original_options,
                encoding: encoding,
              });
              // Properties are merged with the existing options instance
              for (const key in options) {
                this.options[key] = options[key];
              }
              // Options will re-evaluate the Buffer with the new encoding
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        // Ensure we get enough space to look ahead
        // There should be a way to move this out of the loop
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        // Auto discovery of record_delimiter, unix, mac and windows supported
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos,
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if (
          (chr === cr || chr === nl) &&
          this.state.wasRowDelimiter === false
        ) {
          this.state.wasRowDelimiter = true;
        }
        // Previous char was a valid escape char
        // treat the current char as a regular char
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          // Escape is only active inside quoted fields
          // We are quoting, the char is an escape chr and there is a chr to escape
          // if(escape !== null && this.state.quoting === true && chr === escape && pos + 1 < bufLen){
          if (
            escape !== null &&
            this.state.quoting === true &&
            this.__isEscape(buf, pos, chr) &&
            pos + escape.length < bufLen
          ) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          // Not currently escaping and chr is a quote
          // TODO: need to compare bytes instead of single char
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable =
                rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment =
                comment !== null &&
                this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr,
              );
              const isNextChrRecordDelimiter =
                record_delimiter.length === 0
                  ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length)
                  : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              // Escape a quote
              // Treat next char as a regular character
              if (
                escape !== null &&
                this.__isEscape(buf, pos, chr) &&
                this.__isQuote(buf, pos + escape.length)
              ) {
                pos += escape.length - 1;
              } else if (
                !nextChr ||
                isNextChrDelimiter ||
                isNextChrRecordDelimiter ||
                isNextChrComment ||
                isNextChrTrimable
              ) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment",
                    ],
                    this.options,
                    this.__infoField(),
                  ),
                );
                if (err !== undefined) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                // In relax_quotes mode, treat opening quote preceded by chrs as regular
                if (relax_quotes === false) {
                  const info = this.__infoField();
                  const bom = Object.keys(boms)
                    .map((b) =>
                      boms[b].equals(this.state.field.toString()) ? b : false,
                    )
                    .filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info.column)} at line ${info.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom ? `(${bom} bom)` : undefined,
                      ],
                      this.options,
                      info,
                      {
                        field: this.state.field,
                      },
                    ),
                  );
                  if (err !== undefined) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos,
            );
            if (recordDelimiterLength !== 0) {
              // Do not emit comments which take a full line
              const skipCommentLine =
                this.state.commenting &&
                this.state.wasQuoting === false &&
                this.state.record.length === 0 &&
                this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
                // Skip full comment line
              } else {
                // Activate records emission if above from_line
                if (
                  this.state.enabled === false &&
                  this.info.lines +
                    (this.state.wasRowDelimiter === true ? 1 : 0) >=
                    from_line
                ) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                // Skip if line is empty and skip_empty_lines activated
                if (
                  skip_empty_lines === true &&
                  this.state.wasQuoting === false &&
                  this.state.record.length === 0 &&
                  this.state.field.length === 0
                ) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== undefined) return errField;
                this.info.bytes =
                  this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== undefined) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (
              comment !== null &&
              (comment_no_infix === false ||
                (this.state.record.length === 0 &&
                  this.state.field.length === 0))
            ) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== undefined) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (
            max_record_size !== 0 &&
            this.state.record_length + this.state.field.length > max_record_size
          ) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
              ),
            );
          }
        }
        const lappend =
          ltrim === false ||
          this.state.quoting === true ||
          this.state.field.length !== 0 ||
          !this.__isCharTrimable(buf, pos);
        // rtrim in non quoting is handle in __onField
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        // Ensure we are not ending in a quoting state
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`,
              ],
              this.options,
              this.__infoField(),
            ),
          );
          if (err !== undefined) return err;
        } else {
          // Skip last line if it has no characters
          if (
            this.state.wasQuoting === true ||
            this.state.record.length !== 0 ||
            this.state.field.length !== 0
          ) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== undefined) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== undefined) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function (push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values,
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      // Convert the first line into column names
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err =
          columns === false
            ? new CsvError(
                "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
                [
                  "Invalid Record Length:",
                  `expect ${this.state.expectedRecordLength},`,
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              )
            : new CsvError(
                "CSV_RECORD_INCONSISTENT_COLUMNS",
                [
                  "Invalid Record Length:",
                  `columns length is ${columns.length},`, // rename columns
                  `got ${recordLength} on line ${this.info.lines}`,
                ],
                this.options,
                this.__infoField(),
                {
                  record: record,
                },
              );
        if (
          relax_column_count === true ||
          (relax_column_count_less === true &&
            recordLength < this.state.expectedRecordLength) ||
          (relax_column_count_more === true &&
            recordLength > this.state.expectedRecordLength)
        ) {
          this.info.invalid_field_length++;
          this.state.error = err;
          // Error is undefined with skip_records_with_error
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        // With columns, records are object
        if (columns !== false) {
          const obj = {};
          // Transform record array to an object
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === undefined || columns[i].disabled) continue;
            // Turn duplicate columns into an array
            if (
              group_columns_by_name === true &&
              Object.hasOwn(obj, columns[i].name)
            ) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            }
          }
          // Without objname (default)
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [obj[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? obj : [obj[objname], obj],
              push,
            );
            if (err) {
              return err;
            }
          }
          // Without columns, records are array
        } else {
          if (raw === true || info === true) {
            const extRecord = Object.assign(
              { record: record },
              raw === true
                ? { raw: this.state.rawBuffer.toString(encoding) }
                : {},
              info === true ? { info: this.__infoRecord() } : {},
            );
            const err = this.__push(
              objname === undefined ? extRecord : [record[objname], extRecord],
              push,
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === undefined ? record : [record[objname], record],
              push,
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function (record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers =
          firstLineToHeaders === undefined
            ? record
            : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`,
              ],
              this.options,
              this.__infoField(),
              {
                headers: headers,
              },
            ),
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function () {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = undefined;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function () {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      // Short circuit for the from_line options
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== undefined) return err;
        field = f;
      }
      this.state.record.push(field);
      // Increment record length if record size must not exceed a limit
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function () {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function (record, push) {
      const { on_record } = this.options;
      if (on_record !== undefined) {
        const info = this.__infoRecord();
        try {
          record = on_record.call(null, record, info);
        } catch (err) {
          return err;
        }
        if (record === undefined || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function (field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      // Dont loose time calling cast
      // because the final record is an object
      // and this field can't be associated to a key present in columns
      if (
        isColumns === true &&
        relax_column_count &&
        this.options.columns.length <= this.state.record.length
      ) {
        return [undefined, undefined];
      }
      if (this.state.castField !== null) {
        try {
          const info = this.__infoField();
          return [undefined, this.state.castField.call(null, field, info)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [undefined, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info = this.__infoField();
        return [undefined, this.options.cast_date.call(null, field, info)];
      }
      return [undefined, field];
    },
    __compareBytes: function (sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function (buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      // Fast bail-out: non-whitespace bytes (the common case) are rejected
      // without scanning the full timchar list.
      const first = buf[pos];
      if (first === undefined || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function (buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (
        ignore_last_delimiters === true &&
        this.state.record.length === this.options.columns.length - 1
      ) {
        return 0;
      } else if (
        ignore_last_delimiters !== false &&
        typeof ignore_last_delimiters === "number" &&
        this.state.record.length === ignore_last_delimiters - 1
      ) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function (buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function (value) {
      return value - parseFloat(value) + 1 >= 0; // Borrowed from jquery
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function (buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function (chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function (buf, pos) {
      const { encoding } = this.options;
      // Note, we don't need to cache this information in state,
      // It is only called on the first line until we find out a suitable
      // record delimiter.
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding),
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function (msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== undefined) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : undefined,
            );
          } catch (err) {
            return err;
          }
        }
        // this.emit('skip', err, raw ? this.state.rawBuffer.toString(encoding) : undefined);
        return undefined;
      } else {
        return err;
      }
    },
    __infoDataSet: function () {
      return {
        ...this.info,
        columns: this.options.columns,
      };
    },
    __infoRecord: function () {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : undefined,
      };
    },
    __infoField: function () {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      // Bytes records are only incremented when all records'fields are parsed
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records: bytes_records,
        column:
          isColumns === true
            ? columns.length > this.state.record.length
              ? columns[this.state.record.length].name
              : null
            : this.state.record.length,
        quoting: this.state.wasQuoting,
      };
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};




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
/******/ var __webpack_exports__ = __nccwpck_require__(3331);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
