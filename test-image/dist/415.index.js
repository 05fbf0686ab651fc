export const id = 415;
export const ids = [415];
export const modules = {

/***/ 75415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_POLICY_BYTES: () => (/* binding */ MAX_POLICY_BYTES),
  defaultPolicy: () => (/* binding */ defaultPolicy),
  loadPolicy: () => (/* binding */ loadPolicy),
  parsePolicy: () => (/* binding */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/src/errors.ts
var src_errors = __webpack_require__(33904);
// EXTERNAL MODULE: ./shared/src/preview.ts
var preview = __webpack_require__(24659);
// EXTERNAL MODULE: ./shared/src/read-bounded-file.ts
var read_bounded_file = __webpack_require__(64318);
;// CONCATENATED MODULE: ./shared/src/compliance/policy-go-yaml.ts
const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const typesOf = (schema) => {
    const t = schema.type;
    return Array.isArray(t) ? t : typeof t === 'string' ? [t] : [];
};
/** The zero value Go gives a null item of a list of this schema's type. */
function zeroOf(schema) {
    const t = schema === undefined ? [] : typesOf(schema);
    if (t.includes('string'))
        return '';
    if (t.includes('array'))
        return [];
    if (t.includes('object'))
        return {};
    if (t.includes('integer') || t.includes('number'))
        return 0;
    if (t.includes('boolean'))
        return false;
    return null;
}
/** The branch of an `anyOf` this value would decode as. */
function branch(schema, value) {
    const options = schema.anyOf;
    if (options === undefined)
        return schema;
    const want = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : 'string';
    return options.find((o) => typesOf(o).includes(want)) ?? schema;
}
/** A scalar YAML 1.1 resolved to a number, boolean or timestamp, as text (arrays and maps never get here). */
const scalarText = (value) => value instanceof Date
    ? value.toISOString()
    : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
        ? String(value)
        : JSON.stringify(value);
/**
 * @param sourceOf the text of the scalar at a path as written in the file
 *   (undefined when it is not a plain scalar there, e.g. through an alias).
 */
function goDecode(value, schema, sourceOf, path = []) {
    if (value === null || value === undefined)
        return undefined;
    if (schema === undefined)
        return value;
    const s = branch(schema, value);
    const types = typesOf(s);
    if (Array.isArray(value)) {
        const items = s.items;
        if (items === undefined)
            return value;
        return value.map((v, i) => (v === null ? zeroOf(branch(items, v)) : goDecode(v, items, sourceOf, [...path, i])));
    }
    if (isPlainObject(value)) {
        const props = s.properties;
        const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
        // A free-form section (machineImage) is someone else's to read: left as parsed.
        if (props === undefined && extra === undefined)
            return value;
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const child = props?.[k] ?? extra;
            // Unknown keys stay, so validation can name them.
            const decoded = child === undefined ? v : goDecode(v, child, sourceOf, [...path, k]);
            if (decoded !== undefined)
                out[k] = decoded;
        }
        return out;
    }
    // A scalar: into a string field it is the text as written, whatever YAML 1.1 resolved it to.
    const scalarType = value instanceof Date ? 'timestamp' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
    const fits = types.includes(scalarType) || (scalarType === 'integer' && types.includes('number'));
    if (!fits && types.includes('string') && typeof value !== 'string')
        return sourceOf(path) ?? scalarText(value);
    return value;
}
const withValue = (v) => ({ ...v, value: v.value ?? '' });
const isEmptyMetadata = (m) => (m.envVars ?? []).length === 0 &&
    (m.unboundEnvVars ?? []).length === 0 &&
    (m.exposedPorts ?? []).length === 0 &&
    (m.unexposedPorts ?? []).length === 0 &&
    m.entrypoint === undefined &&
    m.cmd === undefined &&
    (m.workdir ?? '') === '' &&
    (m.user ?? '') === '' &&
    (m.volumes ?? []).length === 0 &&
    (m.unmountedVolumes ?? []).length === 0 &&
    (m.labels ?? []).length === 0;
/** The validated policy with CST's defaults filled in, in the 2.0.0 shape. */
function canonical(raw) {
    const p = { ...raw };
    if (p.schemaVersion === '1.0.0' && p.commandTests !== undefined) {
        p.commandTests = p.commandTests.map(({ command, ...rest }) => ({
            ...rest,
            command: command[0],
            args: command.slice(1),
        }));
    }
    // 1.0.0's FileExistenceTest.Run stats the path as written (v2's expands $VAR from the image env).
    if (p.schemaVersion === '1.0.0' && p.fileExistenceTests !== undefined)
        p.fileExistenceTests = p.fileExistenceTests.map((t) => ({ ...t, expandPath: false }));
    if (p.globalEnvVars !== undefined)
        p.globalEnvVars = p.globalEnvVars.map(withValue);
    const globals = p.globalEnvVars;
    if (p.schemaVersion === '2.0.0' && globals !== undefined && globals.length > 0 && p.fileExistenceTests !== undefined)
        p.fileExistenceTests = p.fileExistenceTests.map((t) => ({ ...t, globalEnv: globals }));
    if (p.commandTests !== undefined)
        p.commandTests = p.commandTests.map((t) => (t.envVars === undefined ? t : { ...t, envVars: t.envVars.map(withValue) }));
    if (p.metadataTest !== undefined) {
        const m = { ...p.metadataTest };
        if (m.envVars !== undefined)
            m.envVars = m.envVars.map(withValue);
        if (m.labels !== undefined)
            m.labels = m.labels.map(withValue);
        if (m.unboundEnvVars !== undefined)
            m.unboundEnvVars = m.unboundEnvVars.map((v) => (typeof v === 'string' ? v : v.key));
        if (isEmptyMetadata(m))
            delete p.metadataTest;
        else
            p.metadataTest = m;
    }
    return p;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./shared/src/compliance/policy-schema.ts
/**
 * The JSON Schema of the policy file. The copy published for editors,
 * `schema/image-policy.schema.json`, is this object written out; a unit test
 * fails when the two differ (regenerate with
 * `npx tsx -e "import('./shared/src/compliance/policy-schema.ts').then(m => m.writePolicySchema())"`).
 */

const str = { type: 'string' };
const strList = { type: 'array', items: str };
// CST's EnvVar/Label (pkg/types/unversioned/types.go): a missing `value` is Go's zero value, ''.
const keyValue = {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: { key: str, value: str, isRegex: { type: 'boolean' } },
};
const regexList = {
    type: 'array',
    items: str,
    description: "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts.",
};
/** -1 is CST's default, "not checked". */
const ownerId = { type: 'integer', minimum: -1, description: '-1 (the default) means not checked.' };
const POLICY_SCHEMA_ID = 'https://github.com/image-pipeline/image-pipeline/schema/image-policy.schema.json';
const policySchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: POLICY_SCHEMA_ID,
    title: 'image-pipeline test-image policy',
    description: "container-structure-test's schemaVersion 2.0.0 file, unchanged, plus a `compliance:` section for the built-in rule packs.",
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion'],
    properties: {
        schemaVersion: {
            type: 'string',
            enum: ['2.0.0', '1.0.0'],
            description: 'container-structure-test schema version: 2.0.0, or 1.0.0 (read as CST reads it: command as an argv list, no metadataTest; see POLICY_SCHEMA_V1).',
        },
        globalEnvVars: { type: 'array', items: keyValue, description: 'Set for every command test.' },
        commandTests: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'command'],
                properties: {
                    name: str,
                    command: str,
                    args: strList,
                    setup: { type: 'array', items: strList, description: 'Commands run before the test, each an argv list.' },
                    teardown: { type: 'array', items: strList },
                    envVars: { type: 'array', items: keyValue },
                    exitCode: { type: 'integer' },
                    expectedOutput: regexList,
                    excludedOutput: regexList,
                    expectedError: regexList,
                    excludedError: regexList,
                },
            },
        },
        fileExistenceTests: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'path'],
                properties: {
                    name: str,
                    path: str,
                    shouldExist: { type: 'boolean' },
                    permissions: {
                        type: 'string',
                        pattern: '^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$',
                        description: "Go's os.FileMode string, e.g. -rwxr-xr-x, drwxr-xr-x, urwxr-xr-x (setuid), dtrwxrwxrwx (sticky), Lrwxrwxrwx (a link: the link itself is examined). Empty: not checked.",
                    },
                    uid: ownerId,
                    gid: ownerId,
                    isExecutableBy: { type: 'string', enum: ['owner', 'group', 'other', 'any'] },
                },
            },
        },
        fileContentTests: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name', 'path'],
                properties: { name: str, path: str, expectedContents: regexList, excludedContents: regexList },
            },
        },
        metadataTest: {
            type: 'object',
            additionalProperties: false,
            properties: {
                envVars: { type: 'array', items: keyValue },
                unboundEnvVars: {
                    type: 'array',
                    items: { anyOf: [str, keyValue] },
                    description: "Env vars that must not be set: CST's form `- key: NAME`, or just the name.",
                },
                labels: { type: 'array', items: keyValue },
                exposedPorts: strList,
                unexposedPorts: strList,
                volumes: strList,
                unmountedVolumes: strList,
                entrypoint: strList,
                cmd: strList,
                workdir: str,
                user: str,
            },
        },
        licenseTests: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                properties: { debian: { type: 'boolean' }, files: strList },
            },
        },
        containerRunOptions: {
            type: 'object',
            additionalProperties: false,
            description: "How command tests' containers run, as container-structure-test's docker driver reads it.",
            properties: {
                user: { type: 'string', description: 'User (name or uid[:gid]) the command tests run as.' },
                privileged: { type: 'boolean', description: 'Every capability the runner holds.' },
                allocateTty: { type: 'boolean', description: 'Run the command on a terminal.' },
                envVars: { type: 'array', items: str, description: "Variables passed through from the step's environment, by name." },
                envFile: { type: 'string', description: 'A file of KEY=value lines, relative to the workspace and inside it.' },
                capabilities: { type: 'array', items: str, description: 'Capabilities added, e.g. sys_admin.' },
                bindMounts: { type: 'array', items: str, description: '/host/path:/path/in/container[:ro]' },
            },
        },
        compliance: {
            type: 'object',
            additionalProperties: false,
            description: 'Built-in rule packs, severities and ignores.',
            properties: {
                packs: { type: 'array', items: { type: 'string', enum: ['cis-docker'] }, description: 'Rule packs to run; default [cis-docker]. [] runs none.' },
                severity: {
                    type: 'object',
                    description: 'Rule id -> error | warning | note | off.',
                    additionalProperties: { type: 'string', enum: ['error', 'warning', 'note', 'off'] },
                },
                ignore: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['rule', 'reason'],
                        properties: {
                            rule: { type: 'string', minLength: 1, description: 'A rule id, or an advisory id (CVE-..., GHSA-...) or one of its aliases.' },
                            paths: {
                                type: 'array',
                                items: { type: 'string', minLength: 1 },
                                description: 'Globs over image paths or subjects; * within a segment, ** across.',
                            },
                            reason: { type: 'string', minLength: 1, description: 'Why this finding is accepted; shown in reports.' },
                            until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD; after this day the ignore stops hiding the finding.' },
                        },
                    },
                },
                vulnerabilities: {
                    type: 'object',
                    additionalProperties: false,
                    description: 'The vulnerability scan against the databases of the vulnerability-db input.',
                    properties: {
                        failOn: {
                            type: 'string',
                            enum: ['critical', 'high', 'medium', 'low', 'negligible', 'none'],
                            description: 'Lowest advisory severity reported as a failure (SARIF, JUnit and the exit code alike); default high. none: never fails.',
                        },
                        ignoreUnfixed: { type: 'boolean', description: 'Leave out advisories that have no fixed version yet; default false.' },
                        maxDbAge: {
                            type: 'string',
                            pattern: '^[1-9]\\d*[hdw]$',
                            description: 'Warn when a database is older than this: a number of hours, days or weeks, e.g. 7d.',
                        },
                        failOnStaleDb: { type: 'boolean', description: 'With maxDbAge: fail the step on a stale database instead of warning.' },
                    },
                    // failOnStaleDb alone would check nothing: refused rather than silently doing nothing.
                    dependencies: { failOnStaleDb: ['maxDbAge'] },
                },
                settings: {
                    type: 'object',
                    additionalProperties: false,
                    properties: {
                        maxImageSize: {
                            type: ['string', 'integer'],
                            pattern: '^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$',
                            description: 'Uncompressed size budget, e.g. 500MB or 1GiB.',
                        },
                        maxLayers: { type: 'integer', minimum: 1 },
                        setuidAllowlist: { type: 'array', items: str, description: 'Setuid/setgid files that are expected, added to the built-in list.' },
                    },
                },
            },
        },
        machineImage: { type: 'object', description: 'Checks for machine images (AMIs); validated by the machine-image tests.' },
        signatures: {
            type: 'object',
            additionalProperties: false,
            description: 'Registry images only: the signers trusted and the sigstore bundles (OCI referrers) that must be there, verified. With this section the image signature is required unless signature: false.',
            properties: {
                keys: {
                    type: 'array',
                    items: { type: 'string', minLength: 1 },
                    description: 'Trusted public keys (PEM, SPKI): inline, or a path relative to the policy file (inside the workspace).',
                },
                keyless: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['trustedRoot'],
                    description: "A Fulcio certificate's identity and issuer, each exact or an RE2 regular expression (matched anywhere; anchor it), as cosign's flags.",
                    properties: {
                        identity: { type: 'string', minLength: 1, description: 'The exact certificate identity (SAN), e.g. a workflow ref.' },
                        identityRegex: { type: 'string', minLength: 1 },
                        issuer: { type: 'string', minLength: 1, description: 'The exact OIDC issuer, e.g. https://token.actions.githubusercontent.com.' },
                        issuerRegex: { type: 'string', minLength: 1 },
                        trustedRoot: {
                            type: 'string',
                            minLength: 1,
                            description: "Path (relative to the policy file) of the sigstore trusted_root.json: `cosign trusted-root create`, or the public instance's from its TUF repository.",
                        },
                    },
                    allOf: [
                        { oneOf: [{ required: ['identity'] }, { required: ['identityRegex'] }] },
                        { oneOf: [{ required: ['issuer'] }, { required: ['issuerRegex'] }] },
                    ],
                },
                signature: { type: 'boolean', description: 'Require the image signature (predicate https://sigstore.dev/cosign/sign/v1); default true.' },
                require: {
                    type: 'array',
                    items: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$' },
                    description: 'Predicate types that must be attached and verified, e.g. https://slsa.dev/provenance/v1, https://spdx.dev/Document.',
                },
            },
            anyOf: [{ required: ['keys'] }, { required: ['keyless'] }],
        },
    },
};
/**
 * container-structure-test's schemaVersion 1.0.0 (pkg/types/v1): a command is
 * an argv list with no `args`, file existence tests have only name, path,
 * shouldExist and permissions, and there is no metadataTest or
 * containerRunOptions. The loader validates a 1.0.0 file against this, then
 * reads it as the 2.0.0 shape.
 */
const v2 = policySchema.properties;
// A v1 command test is a v2 one without `args`, its command an argv list.
const { args: _v2Only, ...v1CommandProperties } = v2.commandTests.items.properties;
// A v1 file existence test has no owner or executable checks.
const { uid: _uid, gid: _gid, isExecutableBy: _isExecutableBy, ...v1ExistenceProperties } = v2.fileExistenceTests.items.properties;
const POLICY_SCHEMA_V1 = {
    ...policySchema,
    properties: {
        schemaVersion: { type: 'string', enum: ['1.0.0'] },
        globalEnvVars: v2.globalEnvVars,
        commandTests: {
            ...v2.commandTests,
            items: {
                ...v2.commandTests.items,
                properties: { ...v1CommandProperties, command: { type: 'array', items: str, minItems: 1, description: 'The command and its arguments.' } },
            },
        },
        fileExistenceTests: { ...v2.fileExistenceTests, items: { ...v2.fileExistenceTests.items, properties: v1ExistenceProperties } },
        fileContentTests: v2.fileContentTests,
        licenseTests: v2.licenseTests,
        compliance: v2.compliance,
        machineImage: v2.machineImage,
    },
};
function writePolicySchema(file = 'schema/image-policy.schema.json') {
    writeFileSync(file, `${JSON.stringify(policySchema, null, 2)}\n`);
}

// EXTERNAL MODULE: ./shared/src/compliance/regex.ts
var regex = __webpack_require__(37332);
;// CONCATENATED MODULE: ./shared/src/compliance/policy-load.ts
/**
 * Load and check a policy file: YAML parsed with positions kept, validated
 * against the published JSON Schema, then the checks a schema cannot express
 * (regexes compile, dates are real dates). Every error names the file, the
 * line and the field, and says what would be accepted.
 */








/**
 * What yaml says is wrong, without the text it quotes from the file beyond a
 * short redacted preview: the file may not be a policy at all (a path that
 * names /etc/shadow), and an error must not print its lines.
 */
function yamlProblem(message) {
    const first = message.split('\n')[0] ?? '';
    const i = first.indexOf(': ');
    return i < 0 ? (0,preview/* preview */.VH)(first, { max: 100 }) : `${(0,preview/* preview */.VH)(first.slice(0, i), { max: 100 })} (near ${(0,preview/* preview */.VH)(first.slice(i + 2), { max: 24 })})`;
}
/** `fileExistenceTests[0].uid` from ['fileExistenceTests', 0, 'uid']. */
function fieldName(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}
const pointerToPath = (pointer) => pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
/** The schemas by schemaVersion, as container-structure-test's types.SchemaVersions. */
const SCHEMAS = { '2.0.0': policySchema, '1.0.0': POLICY_SCHEMA_V1 };
/** The schema node describing the value at `path`, to list what it accepts. */
function schemaAt(path, schema = SCHEMAS['2.0.0']) {
    let node = schema;
    for (const p of path) {
        if (node === undefined)
            return undefined;
        if (typeof p === 'number')
            node = node.items;
        else {
            const props = node.properties;
            node = props?.[p] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
        }
    }
    return node;
}
const validators = new Map();
function validate(value, version) {
    let v = validators.get(version);
    if (v === undefined) {
        v = new ajv.Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(SCHEMAS[version]);
        validators.set(version, v);
    }
    return v(value) ? [] : (v.errors ?? []);
}
function parsePolicy({ text, file }) {
    const lines = new dist/* LineCounter */.HN();
    // YAML 1.1, the dialect of Go's yaml.v2 that container-structure-test reads policies with.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.1', logLevel: 'error' });
    const lineAt = (offset) => (offset === undefined ? undefined : lines.linePos(offset).line);
    const firstError = doc.errors[0];
    if (firstError !== undefined) {
        const pos = firstError.linePos?.[0] ?? lines.linePos(firstError.pos[0]);
        throw new src_errors/* PipelineError */.zC('POLICY', `the policy is not valid YAML: ${yamlProblem(firstError.message)}`, {
            file,
            line: pos.line,
            column: pos.col,
            hint: 'Fix the YAML syntax at that line (indentation, a missing colon, an unclosed quote).',
        });
    }
    let parsed;
    try {
        parsed = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // An alias to an anchor that is not there, or too many aliases: yaml names the alias in its message.
        throw new src_errors/* PipelineError */.zC('POLICY', `the policy is not valid YAML: ${yamlProblem(e.message)}`, {
            file,
            hint: 'Define each anchor (&name) before its aliases (*name), and use few aliases.',
        });
    }
    if (parsed === null || parsed === undefined) {
        throw new src_errors/* PipelineError */.zC('POLICY', 'the policy file is empty', { file, line: 1, hint: "Start it with `schemaVersion: '2.0.0'`." });
    }
    const sourceOf = (path) => {
        const n = doc.getIn(path, true);
        return (0,dist/* isScalar */.jn)(n) ? n.source : undefined;
    };
    const nodeLine = (path, key = false) => {
        if (key && path.length > 0) {
            const parent = doc.getIn(path.slice(0, -1), true);
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find((it) => (0,dist/* isPair */.tO)(it) && (0,dist/* isScalar */.jn)(it.key) && it.key.value === path[path.length - 1]);
                if (pair !== undefined && (0,dist/* isNode */.Ll)(pair.key))
                    return lineAt(pair.key.range?.[0]);
            }
        }
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        return (0,dist/* isNode */.Ll)(node) ? lineAt(node.range?.[0]) : undefined;
    };
    const lineOf = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const l = nodeLine(path.slice(0, n), n === path.length && n > 0);
            if (l !== undefined)
                return l;
        }
        return undefined;
    };
    // As container-structure-test: the version first (its types.SchemaVersions), then the whole file strictly.
    const rawVersion = policy_load_isPlainObject(parsed)
        ? goDecode(parsed.schemaVersion, { type: 'string' }, () => sourceOf(['schemaVersion']), ['schemaVersion'])
        : undefined;
    const version = typeof rawVersion === 'string' ? rawVersion : undefined;
    if (version === undefined || version === '') {
        const line = lineOf(['schemaVersion']);
        throw new src_errors/* PipelineError */.zC('POLICY', 'the policy has no schemaVersion (container-structure-test: "Please provide schema version")', {
            file,
            ...(line === undefined ? {} : { line }),
            hint: "Start it with `schemaVersion: '2.0.0'`.",
        });
    }
    const schema = SCHEMAS[version];
    if (schema === undefined) {
        const line = lineOf(['schemaVersion']);
        throw new src_errors/* PipelineError */.zC('POLICY', `schemaVersion '${(0,preview/* preview */.VH)(version)}' is not one container-structure-test knows ("Unsupported schema version: ${(0,preview/* preview */.VH)(version)}")`, { file, ...(line === undefined ? {} : { line }), hint: `Use one of: ${Object.keys(SCHEMAS).join(', ')}.` });
    }
    const value = goDecode(parsed, schema, sourceOf);
    const errors = validate(value, version);
    if (errors.length > 0)
        throw schemaError(errors, file, lineOf, schema);
    const policy = value;
    checkSemantics(policy, file, lineOf);
    const out = { file, policy: canonical(policy), lineOf, machineImage: policy.machineImage };
    if (version === '1.0.0') {
        out.notices = [
            `${file}: schemaVersion 1.0.0 is read as container-structure-test reads it (each command is an argv list; fileExistence paths are not $VAR-expanded); 2.0.0 has more checks (metadataTest, uid/gid, isExecutableBy).`,
        ];
    }
    return out;
}
const policy_load_isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function schemaError(errors, file, lineOf, schema) {
    // The most specific error first: unknown fields and wrong types before the "anyOf" noise.
    const order = ['additionalProperties', 'type', 'enum', 'required', 'pattern', 'minimum', 'minLength'];
    const sorted = [...errors].sort((a, b) => ((order.indexOf(a.keyword) + 99) % 99) - ((order.indexOf(b.keyword) + 99) % 99));
    const e = sorted[0];
    const path = pointerToPath(e.instancePath);
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    const field = fieldName(path);
    let message;
    let hint;
    let at = path;
    switch (e.keyword) {
        case 'additionalProperties': {
            const extra = String(e.params.additionalProperty);
            at = [...path, extra];
            const allowed = Object.keys(schemaAt(path, schema)?.properties ?? {});
            message = `unknown field '${(0,preview/* preview */.VH)(extra)}' in ${path.length === 0 ? 'the top level' : fieldName(path)}`;
            hint = allowed.length > 0 ? `Remove it or use one of: ${allowed.join(', ')}.` : 'Remove it.';
            break;
        }
        case 'type':
            message = `${field} must be ${e.params.type.toString().replace(',', ' or ')}`;
            hint = `Change the value of '${field}'.`;
            break;
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            message = `${field} must be one of ${allowed.join(', ')}`;
            hint = `Use one of: ${allowed.join(', ')}.`;
            break;
        }
        case 'required': {
            const missing = e.params.missingProperty;
            message = `${path.length === 0 ? 'the policy' : field} is missing the required field '${missing}'`;
            hint = `Add '${missing}:'.`;
            break;
        }
        default:
            message = `${field} ${e.message ?? 'is not valid'}`;
            hint = schemaAt(path, schema)?.description;
    }
    const line = lineOf(at);
    return new src_errors/* PipelineError */.zC('POLICY', `${message}${more}`, { file, ...(line === undefined ? {} : { line }), ...(hint === undefined ? {} : { hint }) });
}
function checkSemantics(policy, file, lineOf) {
    const fail = (path, message, hint) => {
        const line = lineOf(path);
        throw new src_errors/* PipelineError */.zC('POLICY', `${fieldName(path)}: ${message}`, { file, ...(line === undefined ? {} : { line }), hint });
    };
    // RE2 refuses what Go's regexp.Compile refuses; CST finds out at run time and fails the check, we say so at load.
    const regexes = (list, path) => list?.forEach((re, i) => {
        const r = (0,regex/* compileRegex */.D)(re);
        // The pattern (and RE2's error, which quotes it) is the policy's text: shown through preview.ts only.
        if (!r.ok)
            fail([...path, i], `'${(0,preview/* preview */.VH)(re, { max: 120 })}' is not a valid regular expression (Go's RE2 syntax: ${(0,preview/* preview */.VH)(r.error, { max: 200 })})`, 'Fix the pattern: RE2 has no backreferences or lookaround; escape special characters such as ( [ . with a backslash.');
    });
    // What CST's Validate methods reject (the test is reported failed there, before it runs): refused here with the same reason.
    const cst = (path, reason) => fail(path, `${reason} (container-structure-test refuses this test)`, 'Fill in the field, or remove the entry.');
    const named = (kind, list, needsPath) => list?.forEach((t, i) => {
        if ((t.name ?? '') === '')
            cst([kind, i, 'name'], 'Please provide a valid name for every test');
        if (needsPath && (t.path ?? '') === '')
            cst([kind, i, 'path'], `Please provide a valid file path for test ${t.name ?? ''}`);
    });
    named('fileExistenceTests', policy.fileExistenceTests, true);
    named('fileContentTests', policy.fileContentTests, true);
    named('commandTests', policy.commandTests, false);
    policy.commandTests?.forEach((t, i) => {
        const command = t.command;
        if (command === '' || (Array.isArray(command) && command.length === 0))
            cst(['commandTests', i, 'command'], `Please provide a valid command to run for test ${t.name}`);
        for (const k of ['setup', 'teardown']) {
            t[k]?.forEach((c, j) => {
                if (c.length === 0)
                    cst(['commandTests', i, k, j], `Error in ${k} command configuration encountered; please check formatting and remove all empty ${k} commands`);
            });
        }
        t.envVars?.forEach((v, j) => {
            if (v.key === '' || (v.value ?? '') === '')
                cst(['commandTests', i, 'envVars', j], 'Please provide non-empty keys and values for all specified env vars');
        });
        for (const k of ['expectedOutput', 'excludedOutput', 'expectedError', 'excludedError'])
            regexes(t[k], ['commandTests', i, k]);
    });
    policy.fileContentTests?.forEach((t, i) => {
        regexes(t.expectedContents, ['fileContentTests', i, 'expectedContents']);
        regexes(t.excludedContents, ['fileContentTests', i, 'excludedContents']);
    });
    const m = policy.metadataTest;
    m?.envVars?.forEach((v, i) => v.key === '' && cst(['metadataTest', 'envVars', i, 'key'], 'Environment variable key cannot be empty'));
    m?.labels?.forEach((v, i) => v.key === '' && cst(['metadataTest', 'labels', i, 'key'], 'Label key cannot be empty'));
    m?.exposedPorts?.forEach((p, i) => p === '' && cst(['metadataTest', 'exposedPorts', i], 'Port cannot be empty'));
    m?.volumes?.forEach((v, i) => v === '' && cst(['metadataTest', 'volumes', i], 'Volume cannot be empty'));
    for (const k of ['envVars', 'labels']) {
        m?.[k]?.forEach((v, i) => {
            if (v.isRegex === true)
                regexes([v.value ?? ''], ['metadataTest', k, i, 'value']);
        });
    }
    const keyless = policy.signatures?.keyless;
    for (const k of ['identityRegex', 'issuerRegex']) {
        const re = keyless?.[k];
        const r = re === undefined ? undefined : (0,regex/* compileRegex */.D)(re);
        if (r !== undefined && !r.ok)
            fail(['signatures', 'keyless', k], `'${(0,preview/* preview */.VH)(re ?? '', { max: 120 })}' is not a valid regular expression (Go's RE2 syntax: ${(0,preview/* preview */.VH)(r.error, { max: 200 })})`, 'Fix the pattern: RE2 has no backreferences or lookaround; escape . with a backslash and anchor it with ^ and $.');
    }
    policy.compliance?.ignore?.forEach((ig, i) => {
        if (ig.until !== undefined && Number.isNaN(Date.parse(`${ig.until}T00:00:00Z`)))
            fail(['compliance', 'ignore', i, 'until'], `'${ig.until}' is not a date`, 'Write the date as YYYY-MM-DD.');
        if (ig.until !== undefined && new Date(`${ig.until}T00:00:00Z`).toISOString().slice(0, 10) !== ig.until)
            fail(['compliance', 'ignore', i, 'until'], `'${ig.until}' is not a real day`, 'Write the date as YYYY-MM-DD.');
    });
}
/** A policy file larger than this is refused before it is read (it comes from the repository, which may not be ours). */
const MAX_POLICY_BYTES = read_bounded_file/* MiB */.l;
async function loadPolicy(file, displayName = file) {
    let text;
    try {
        text = await (0,read_bounded_file/* readBoundedFile */.M)(file, {
            what: `the policy file '${displayName}'`,
            maxBytes: MAX_POLICY_BYTES,
            input: 'policy',
            hint: 'A policy is a small YAML file; split very large test suites or point the input at the right file.',
        });
    }
    catch (e) {
        if (e instanceof src_errors/* PipelineError */.zC && e.code === 'NOT_FOUND')
            throw new src_errors/* PipelineError */.zC('NOT_FOUND', `the policy file '${displayName}' does not exist`, {
                input: 'policy',
                file: displayName,
                hint: "Check the 'policy' input; paths are relative to the workspace.",
            });
        throw e;
    }
    return parsePolicy({ text, file: displayName });
}
/** The policy used when none is given: no tests, the default packs. */
function defaultPolicy() {
    return { policy: { schemaVersion: '2.0.0' }, lineOf: () => undefined, machineImage: undefined };
}


/***/ }),

/***/ 37332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ compileRegex)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64918);
/**
 * Every pattern in a policy is a Go regular expression, as in
 * container-structure-test (which calls Go's regexp.MatchString). We compile
 * with re2js, a pure-JavaScript port of RE2 that reads the same syntax as Go's
 * regexp/syntax with its Perl flags: POSIX classes (`[[:digit:]]`), `\z`,
 * `(?P<name>...)`, inline flags anywhere (`(?i:...)`, `(?s)`, `(?U)`), `\Q...\E`;
 * `^`/`$` match only at the ends of the text unless `(?m)`; a match anywhere
 * in the text counts. RE2 refuses backreferences and lookaround, and matching
 * is linear in the text, so a pattern such as `^(a+)+$` over a long line of an
 * image file cannot hang a step.
 */


/**
 * Compile with Go/RE2 semantics. The error is RE2's reason in Go's words,
 * e.g. "error parsing regexp: missing closing ): `(a`", the message CST
 * prints when it meets the same pattern.
 */
function compileRegex(source) {
    let re;
    try {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source);
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(e instanceof Error ? e.message : String(e));
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ source, test: (text) => re.test(text) });
}


/***/ })

};
