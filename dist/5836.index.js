export const id = 5836;
export const ids = [5836];
export const modules = {

/***/ 25836:
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/src/action/workspace-path.ts
var workspace_path = __webpack_require__(71439);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/oci/digest.ts
var digest = __webpack_require__(88301);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
// EXTERNAL MODULE: ./shared/src/attest/in-toto.ts
var in_toto = __webpack_require__(36599);
// EXTERNAL MODULE: ./shared/src/attest/types.ts
var types = __webpack_require__(60288);
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


/***/ })

};
