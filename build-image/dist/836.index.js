export const id = 836;
export const ids = [836];
export const modules = {

/***/ 5836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  containerProvenance: () => (/* binding */ containerProvenance),
  machineProvenance: () => (/* binding */ machineProvenance),
  writeProvenance: () => (/* binding */ writeProvenance)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __webpack_require__(1439);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(8301);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(4659);
// EXTERNAL MODULE: ./shared/src/attest/in-toto.ts
var in_toto = __webpack_require__(8980);
// EXTERNAL MODULE: ./shared/src/attest/types.ts
var types = __webpack_require__(288);
;// CONCATENATED MODULE: ./shared/src/attest/provenance.ts
/**
 * SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance) for what build-image
 * made: pure builders from build facts to an in-toto statement.
 *
 * Our build types (the URIs below) define the fields as follows:
 *
 * `https://github.com/image-pipeline/image-pipeline/build-image@v1` (container images)
 * - externalParameters.workflow: `{ref, repository, path}` \u2014 the workflow run
 *   that asked for the build (GITHUB_REF, GITHUB_SERVER_URL/GITHUB_REPOSITORY,
 *   the path part of GITHUB_WORKFLOW_REF); absent on a local run.
 * - externalParameters.build: `{file, context?, target?, platforms?, buildArgs}`
 *   \u2014 the Dockerfile path as given, and every build argument by name;
 *   `value` only for names the user declared non-secret, otherwise absent.
 * - internalParameters.github: `{eventName?, runnerEnvironment?}`.
 * - resolvedDependencies: the source commit
 *   (`git+<server>/<repo>@<ref>`, digest gitCommit) and every base image from
 *   the `org.opencontainers.image.base.name/digest` annotations (name, sha256).
 * - runDetails.builder.id: `<server>/<GITHUB_WORKFLOW_REF>` unless given;
 *   metadata.invocationId: `<server>/<repo>/actions/runs/<id>/attempts/<n>`.
 *
 * `https://github.com/image-pipeline/image-pipeline/build-image/packer@v1` (machine images)
 * - the same workflow, source and builder fields; externalParameters.build is
 *   `{template, variables}` (variables like buildArgs); resolvedDependencies
 *   also lists the source AMIs.
 * - subject: one per AMI, `{name: <ami id>, digest: {arn: arn:<partition>:ec2:<region>::image/<ami id>}}`.
 *   An AMI has no content hash we can compute; in-toto digest_set.md allows
 *   an immutable non-cryptographic id and gives the ARN as its example. AMI ids
 *   are never reused, so the ARN names exactly one image.
 */





const BUILD_TYPE_IMAGE = 'https://github.com/image-pipeline/image-pipeline/build-image@v1';
const BUILD_TYPE_MACHINE_IMAGE = 'https://github.com/image-pipeline/image-pipeline/build-image/packer@v1';
/** builder.id of a build outside GitHub Actions (`npm run pipeline`): no trusted platform vouches for it. */
const LOCAL_BUILDER_ID = 'https://github.com/image-pipeline/image-pipeline/local-run@v1';
const REQUIRED_ENV = ['GITHUB_REPOSITORY', 'GITHUB_WORKFLOW_REF', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT'];
/**
 * The run's context, or undefined outside GitHub Actions (GITHUB_ACTIONS is
 * not `true`). Inside Actions a missing variable is an error naming it: the
 * provenance would otherwise claim less than the run was.
 */
function githubContext(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    const missing = REQUIRED_ENV.filter((k) => (env[k] ?? '').trim() === '');
    if (missing.length > 0) {
        throw new errors/* PipelineError */.zC('INPUT', `expected the GitHub Actions variables ${REQUIRED_ENV.join(', ')} to be set, got none for ${missing.join(', ')}`, {
            hint: 'Run the step in a GitHub Actions job, or unset GITHUB_ACTIONS for a local run.',
        });
    }
    const v = (k) => env[k].trim();
    const optional = (k) => (env[k] ?? '').trim() || undefined;
    const runnerEnvironment = optional('RUNNER_ENVIRONMENT');
    const eventName = optional('GITHUB_EVENT_NAME');
    return {
        serverUrl: (optional('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
        repository: v('GITHUB_REPOSITORY'),
        workflowRef: v('GITHUB_WORKFLOW_REF'),
        sha: v('GITHUB_SHA'),
        ref: v('GITHUB_REF'),
        runId: v('GITHUB_RUN_ID'),
        runAttempt: v('GITHUB_RUN_ATTEMPT'),
        ...(runnerEnvironment === undefined ? {} : { runnerEnvironment }),
        ...(eventName === undefined ? {} : { eventName }),
    };
}
/** Provenance for an image build: subjects are every platform manifest and the index. */
function imageProvenance(facts) {
    if (facts.subjects.length === 0)
        throw new errors/* PipelineError */.zC('INTERNAL', 'provenance needs at least one built image, got none');
    const names = new Set();
    const subjects = facts.subjects.map((s) => {
        if (names.has(s.name))
            throw new errors/* PipelineError */.zC('INTERNAL', `provenance subjects need unique names, got '${s.name}' twice`);
        names.add(s.name);
        return (0,in_toto/* ociSubject */.Ot)(s.digest, s.name);
    });
    const build = {
        file: facts.dockerfile,
        ...(facts.context === undefined ? {} : { context: facts.context }),
        ...(facts.target === undefined || facts.target === '' ? {} : { target: facts.target }),
        ...(facts.platforms === undefined || facts.platforms.length === 0 ? {} : { platforms: [...facts.platforms] }),
        buildArgs: namedValues(facts.buildArgs, facts.publicBuildArgs ?? []),
    };
    const bases = (facts.baseImages ?? []).map(baseDependency);
    return (0,in_toto/* statement */.qZ)(subjects, types/* PredicateType */.Ot.SlsaProvenanceV1, predicate(BUILD_TYPE_IMAGE, build, bases, facts));
}
/** Provenance for a Packer build: one subject per AMI, identified by its ARN (see the file comment). */
function machineImageProvenance(facts) {
    if (facts.amis.length === 0)
        throw new errors/* PipelineError */.zC('INTERNAL', 'provenance needs at least one AMI, got none');
    const subjects = facts.amis.map(amiDescriptor);
    const build = { template: facts.template, variables: namedValues(facts.variables ?? {}, facts.publicVariables ?? []) };
    const sources = (facts.sourceAmis ?? []).map(amiDescriptor);
    return (0,in_toto/* statement */.qZ)(subjects, types/* PredicateType */.Ot.SlsaProvenanceV1, predicate(BUILD_TYPE_MACHINE_IMAGE, build, sources, facts));
}
/** The in-toto subject of an AMI: its id as name, its ARN as the digest. */
function amiDescriptor(ami) {
    if (!/^ami-[0-9a-f]{8,17}$/.test(ami.id))
        throw new errors/* PipelineError */.zC('INPUT', `expected an AMI id like ami-0123456789abcdef0, got '${(0,preview/* preview */.VH)(ami.id, { redact: false })}'`);
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(ami.region))
        throw new errors/* PipelineError */.zC('INPUT', `expected an AWS region like eu-west-1, got '${(0,preview/* preview */.VH)(ami.region, { redact: false })}'`);
    const partition = ami.partition ?? 'aws';
    if (!/^aws(-[a-z]+)*$/.test(partition))
        throw new errors/* PipelineError */.zC('INPUT', `expected an AWS partition like aws or aws-cn, got '${(0,preview/* preview */.VH)(partition, { redact: false })}'`);
    // EC2 image ARNs have an empty account field: arn:aws:ec2:<region>::image/<id>.
    return { name: ami.id, digest: { arn: `arn:${partition}:ec2:${ami.region}::image/${ami.id}` } };
}
function predicate(buildType, build, dependencies, run) {
    if (!(run.startedOn instanceof Date) || Number.isNaN(run.startedOn.getTime()) || Number.isNaN(run.finishedOn.getTime())) {
        throw new errors/* PipelineError */.zC('INTERNAL', 'provenance needs valid start and finish times');
    }
    if (run.finishedOn < run.startedOn) {
        throw new errors/* PipelineError */.zC('INTERNAL', `expected the build to finish after it started (${run.startedOn.toISOString()}), got ${run.finishedOn.toISOString()}`);
    }
    const gh = run.github;
    const external = {};
    if (gh !== undefined)
        external.workflow = { ref: gh.ref, repository: `${gh.serverUrl}/${gh.repository}`, path: workflowPath(gh) };
    external.build = build;
    const internal = gh === undefined || (gh.eventName === undefined && gh.runnerEnvironment === undefined)
        ? undefined
        : {
            github: {
                ...(gh.eventName === undefined ? {} : { eventName: gh.eventName }),
                ...(gh.runnerEnvironment === undefined ? {} : { runnerEnvironment: gh.runnerEnvironment }),
            },
        };
    const source = gh === undefined ? [] : [{ uri: `git+${gh.serverUrl}/${gh.repository}@${gh.ref}`, digest: { gitCommit: gh.sha } }];
    const builderId = run.builderId ?? (gh === undefined ? LOCAL_BUILDER_ID : `${gh.serverUrl}/${gh.workflowRef}`);
    return {
        buildDefinition: {
            buildType,
            externalParameters: external,
            ...(internal === undefined ? {} : { internalParameters: internal }),
            resolvedDependencies: [...source, ...dependencies],
        },
        runDetails: {
            builder: { id: builderId, ...(run.builderVersion === undefined ? {} : { version: { ...run.builderVersion } }) },
            metadata: {
                ...(gh === undefined ? {} : { invocationId: `${gh.serverUrl}/${gh.repository}/actions/runs/${gh.runId}/attempts/${gh.runAttempt}` }),
                startedOn: run.startedOn.toISOString(),
                finishedOn: run.finishedOn.toISOString(),
            },
        },
    };
}
/** `owner/repo/.github/workflows/build.yml@refs/heads/main` \u2192 `.github/workflows/build.yml`. */
function workflowPath(gh) {
    const withoutRef = gh.workflowRef.replace(/@[^@]*$/, '');
    const prefix = `${gh.repository}/`;
    return withoutRef.startsWith(prefix) ? withoutRef.slice(prefix.length) : withoutRef;
}
/** Names in sorted order; a value only where the name is declared public. */
function namedValues(all, publicNames) {
    const pub = new Set(publicNames);
    return Object.keys(all)
        .sort()
        .map((name) => (pub.has(name) ? { name, value: all[name] } : { name }));
}
function baseDependency(base) {
    const d = (0,digest/* parseDigest */.m)(base.digest);
    if (!d.ok) {
        throw new errors/* PipelineError */.zC('INPUT', `expected the base image '${(0,preview/* preview */.VH)(base.name, { redact: false })}' to carry a digest, got '${(0,preview/* preview */.VH)(base.digest, { redact: false })}'`, {
            hint: 'The org.opencontainers.image.base.digest annotation must be sha256:<64 hex digits>.',
        });
    }
    return (0,in_toto/* ociSubject */.Ot)(d.value, base.name);
}

;// CONCATENATED MODULE: ./build-image/src/provenance.ts
/**
 * build-image's SLSA provenance: the facts of a finished build (the report,
 * the inputs, the GitHub run) mapped onto shared/src/attest/provenance.ts,
 * and the statement written to the `provenance` path. The mapping is pure;
 * writeProvenance is the only I/O.
 */




/**
 * Subjects: every platform manifest, named by its platform, and the index
 * (named `index`) when several platforms were built; a single-platform build
 * has one manifest, which is also the root digest. The destination
 * repository is not known at build time, so names are not repository names.
 */
function containerProvenance(f, times) {
    const r = f.report;
    const manifests = r.manifests.map((m) => ({ name: m.platform, digest: m.digest }));
    const subjects = manifests.some((m) => m.digest === r.digest) ? manifests : [{ name: 'index', digest: r.digest }, ...manifests];
    const github = githubContext(f.env);
    return imageProvenance({
        subjects,
        ...(github === undefined ? {} : { github }),
        dockerfile: r.dockerfile,
        context: f.context,
        ...(f.target === undefined ? {} : { target: f.target }),
        platforms: r.platforms,
        buildArgs: Object.fromEntries(f.buildArgs),
        publicBuildArgs: f.publicBuildArgs,
        baseImages: r.baseImages,
        ...times,
    });
}
/** One subject per AMI (its ARN, see attest/provenance.ts); undefined when the build made no AMI (e.g. a null builder). */
function machineProvenance(f, times) {
    const amis = Object.entries(f.result.amis).map(([region, id]) => ({ id, region }));
    if (amis.length === 0)
        return undefined;
    const github = githubContext(f.env);
    return machineImageProvenance({
        amis,
        template: f.template,
        variables: f.variables,
        publicVariables: f.publicBuildArgs,
        ...(github === undefined ? {} : { github }),
        builderVersion: { packer: f.result.packer.version },
        ...times,
    });
}
/** Write the statement (pretty JSON) to `file`, relative to the workspace; returns the absolute path. */
async function writeProvenance(file, s, env) {
    const target = external_node_path_.resolve((0,workspace_path/* workspaceOf */.B3)(env), file);
    await promises_.mkdir(external_node_path_.dirname(target), { recursive: true });
    await promises_.writeFile(target, `${JSON.stringify(s, null, 2)}\n`);
    return target;
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


/***/ })

};
