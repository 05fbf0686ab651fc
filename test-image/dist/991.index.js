export const id = 991;
export const ids = [991,332];
export const modules = {

/***/ 11991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_POLICY_BYTES: () => (/* binding */ MAX_POLICY_BYTES),
  defaultPolicy: () => (/* reexport */ policy_default/* defaultPolicy */.G),
  loadPolicy: () => (/* binding */ loadPolicy),
  parsePolicy: () => (/* binding */ parsePolicy)
});

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

;// CONCATENATED MODULE: ./shared/src/compliance/policy-validators.generated.ts
/* eslint-disable */
// @ts-nocheck
// Generated by shared/src/compliance/policy-validators-gen.ts from policy-schema.ts (ajv standalone code): do not edit.

const validate200 = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/image-pipeline/image-pipeline/schema/image-policy.schema.json", "title": "image-pipeline test-image policy", "description": "container-structure-test's schemaVersion 2.0.0 file, unchanged, plus a `compliance:` section for the built-in rule packs.", "type": "object", "additionalProperties": false, "required": ["schemaVersion"], "properties": { "schemaVersion": { "type": "string", "enum": ["2.0.0", "1.0.0"], "description": "container-structure-test schema version: 2.0.0, or 1.0.0 (read as CST reads it: command as an argv list, no metadataTest; see POLICY_SCHEMA_V1)." }, "globalEnvVars": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } }, "description": "Set for every command test." }, "commandTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "command"], "properties": { "name": { "type": "string" }, "command": { "type": "string" }, "args": { "type": "array", "items": { "type": "string" } }, "setup": { "type": "array", "items": { "type": "array", "items": { "type": "string" } }, "description": "Commands run before the test, each an argv list." }, "teardown": { "type": "array", "items": { "type": "array", "items": { "type": "string" } } }, "envVars": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } } }, "exitCode": { "type": "integer" }, "expectedOutput": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "excludedOutput": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "expectedError": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "excludedError": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." } } } }, "fileExistenceTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "type": "string" }, "path": { "type": "string" }, "shouldExist": { "type": "boolean" }, "permissions": { "type": "string", "pattern": "^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$", "description": "Go's os.FileMode string, e.g. -rwxr-xr-x, drwxr-xr-x, urwxr-xr-x (setuid), dtrwxrwxrwx (sticky), Lrwxrwxrwx (a link: the link itself is examined). Empty: not checked." }, "uid": { "type": "integer", "minimum": -1, "description": "-1 (the default) means not checked." }, "gid": { "type": "integer", "minimum": -1, "description": "-1 (the default) means not checked." }, "isExecutableBy": { "type": "string", "enum": ["owner", "group", "other", "any"] } } } }, "fileContentTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "type": "string" }, "path": { "type": "string" }, "expectedContents": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "excludedContents": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." } } } }, "metadataTest": { "type": "object", "additionalProperties": false, "properties": { "envVars": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } } }, "unboundEnvVars": { "type": "array", "items": { "anyOf": [{ "type": "string" }, { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } }] }, "description": "Env vars that must not be set: CST's form `- key: NAME`, or just the name." }, "labels": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } } }, "exposedPorts": { "type": "array", "items": { "type": "string" } }, "unexposedPorts": { "type": "array", "items": { "type": "string" } }, "volumes": { "type": "array", "items": { "type": "string" } }, "unmountedVolumes": { "type": "array", "items": { "type": "string" } }, "entrypoint": { "type": "array", "items": { "type": "string" } }, "cmd": { "type": "array", "items": { "type": "string" } }, "workdir": { "type": "string" }, "user": { "type": "string" } } }, "licenseTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "debian": { "type": "boolean" }, "files": { "type": "array", "items": { "type": "string" } } } } }, "containerRunOptions": { "type": "object", "additionalProperties": false, "description": "How command tests' containers run, as container-structure-test's docker driver reads it.", "properties": { "user": { "type": "string", "description": "User (name or uid[:gid]) the command tests run as." }, "privileged": { "type": "boolean", "description": "Every capability the runner holds." }, "allocateTty": { "type": "boolean", "description": "Run the command on a terminal." }, "envVars": { "type": "array", "items": { "type": "string" }, "description": "Variables passed through from the step's environment, by name." }, "envFile": { "type": "string", "description": "A file of KEY=value lines, relative to the workspace and inside it." }, "capabilities": { "type": "array", "items": { "type": "string" }, "description": "Capabilities added, e.g. sys_admin." }, "bindMounts": { "type": "array", "items": { "type": "string" }, "description": "/host/path:/path/in/container[:ro]" } } }, "compliance": { "type": "object", "additionalProperties": false, "description": "Built-in rule packs, severities and ignores.", "properties": { "packs": { "type": "array", "items": { "type": "string", "enum": ["cis-docker"] }, "description": "Rule packs to run; default [cis-docker]. [] runs none." }, "severity": { "type": "object", "description": "Rule id -> error | warning | note | off.", "additionalProperties": { "type": "string", "enum": ["error", "warning", "note", "off"] } }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "A rule id, or an advisory id (CVE-..., GHSA-...) or one of its aliases." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs over image paths or subjects; * within a segment, ** across." }, "reason": { "type": "string", "minLength": 1, "description": "Why this finding is accepted; shown in reports." }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; after this day the ignore stops hiding the finding." } } } }, "vulnerabilities": { "type": "object", "additionalProperties": false, "description": "The vulnerability scan against the databases of the vulnerability-db input.", "properties": { "failOn": { "type": "string", "enum": ["critical", "high", "medium", "low", "negligible", "none"], "description": "Lowest advisory severity reported as a failure (SARIF, JUnit and the exit code alike); default high. none: never fails." }, "ignoreUnfixed": { "type": "boolean", "description": "Leave out advisories that have no fixed version yet; default false." }, "maxDbAge": { "type": "string", "pattern": "^[1-9]\\d*[hdw]$", "description": "Warn when a database is older than this: a number of hours, days or weeks, e.g. 7d." }, "failOnStaleDb": { "type": "boolean", "description": "With maxDbAge: fail the step on a stale database instead of warning." } }, "dependencies": { "failOnStaleDb": ["maxDbAge"] } }, "settings": { "type": "object", "additionalProperties": false, "properties": { "maxImageSize": { "type": ["string", "integer"], "pattern": "^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$", "description": "Uncompressed size budget, e.g. 500MB or 1GiB." }, "maxLayers": { "type": "integer", "minimum": 1 }, "setuidAllowlist": { "type": "array", "items": { "type": "string" }, "description": "Setuid/setgid files that are expected, added to the built-in list." } } } } }, "machineImage": { "type": "object", "description": "Checks for machine images (AMIs); validated by the machine-image tests." }, "signatures": { "type": "object", "additionalProperties": false, "description": "Registry images only: the signers trusted and the sigstore bundles (OCI referrers) that must be there, verified. With this section the image signature is required unless signature: false.", "properties": { "keys": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Trusted public keys (PEM, SPKI): inline, or a path relative to the policy file (inside the workspace)." }, "keyless": { "type": "object", "additionalProperties": false, "required": ["trustedRoot"], "description": "A Fulcio certificate's identity and issuer, each exact or an RE2 regular expression (matched anywhere; anchor it), as cosign's flags.", "properties": { "identity": { "type": "string", "minLength": 1, "description": "The exact certificate identity (SAN), e.g. a workflow ref." }, "identityRegex": { "type": "string", "minLength": 1 }, "issuer": { "type": "string", "minLength": 1, "description": "The exact OIDC issuer, e.g. https://token.actions.githubusercontent.com." }, "issuerRegex": { "type": "string", "minLength": 1 }, "trustedRoot": { "type": "string", "minLength": 1, "description": "Path (relative to the policy file) of the sigstore trusted_root.json: `cosign trusted-root create`, or the public instance's from its TUF repository." } }, "allOf": [{ "oneOf": [{ "required": ["identity"] }, { "required": ["identityRegex"] }] }, { "oneOf": [{ "required": ["issuer"] }, { "required": ["issuerRegex"] }] }] }, "signature": { "type": "boolean", "description": "Require the image signature (predicate https://sigstore.dev/cosign/sign/v1); default true." }, "require": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$" }, "description": "Predicate types that must be attached and verified, e.g. https://slsa.dev/provenance/v1, https://spdx.dev/Document." } }, "anyOf": [{ "required": ["keys"] }, { "required": ["keyless"] }] } } };
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern2 = new RegExp("^[1-9]\\d*[hdw]$", "u");
const pattern3 = new RegExp("^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$", "u");
const pattern4 = new RegExp("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schemaVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property '" + "schemaVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.schemaVersion !== undefined) {
            let data0 = data.schemaVersion;
            if (typeof data0 !== "string") {
                const err2 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (!((data0 === "2.0.0") || (data0 === "1.0.0"))) {
                const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.schemaVersion.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.globalEnvVars !== undefined) {
            let data1 = data.globalEnvVars;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        if (data2.key === undefined) {
                            const err4 = { instancePath: instancePath + "/globalEnvVars/" + i0, schemaPath: "#/properties/globalEnvVars/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        for (const key1 in data2) {
                            if (!(((key1 === "key") || (key1 === "value")) || (key1 === "isRegex"))) {
                                const err5 = { instancePath: instancePath + "/globalEnvVars/" + i0, schemaPath: "#/properties/globalEnvVars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err5];
                                }
                                else {
                                    vErrors.push(err5);
                                }
                                errors++;
                            }
                        }
                        if (data2.key !== undefined) {
                            if (typeof data2.key !== "string") {
                                const err6 = { instancePath: instancePath + "/globalEnvVars/" + i0 + "/key", schemaPath: "#/properties/globalEnvVars/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        if (data2.value !== undefined) {
                            if (typeof data2.value !== "string") {
                                const err7 = { instancePath: instancePath + "/globalEnvVars/" + i0 + "/value", schemaPath: "#/properties/globalEnvVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data2.isRegex !== undefined) {
                            if (typeof data2.isRegex !== "boolean") {
                                const err8 = { instancePath: instancePath + "/globalEnvVars/" + i0 + "/isRegex", schemaPath: "#/properties/globalEnvVars/items/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err9 = { instancePath: instancePath + "/globalEnvVars/" + i0, schemaPath: "#/properties/globalEnvVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/globalEnvVars", schemaPath: "#/properties/globalEnvVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.commandTests !== undefined) {
            let data6 = data.commandTests;
            if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data7 = data6[i1];
                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        if (data7.name === undefined) {
                            const err11 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (data7.command === undefined) {
                            const err12 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        for (const key2 in data7) {
                            if (!(func2.call(schema11.properties.commandTests.items.properties, key2))) {
                                const err13 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data7.name !== undefined) {
                            if (typeof data7.name !== "string") {
                                const err14 = { instancePath: instancePath + "/commandTests/" + i1 + "/name", schemaPath: "#/properties/commandTests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data7.command !== undefined) {
                            if (typeof data7.command !== "string") {
                                const err15 = { instancePath: instancePath + "/commandTests/" + i1 + "/command", schemaPath: "#/properties/commandTests/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        if (data7.args !== undefined) {
                            let data10 = data7.args;
                            if (Array.isArray(data10)) {
                                const len2 = data10.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    if (typeof data10[i2] !== "string") {
                                        const err16 = { instancePath: instancePath + "/commandTests/" + i1 + "/args/" + i2, schemaPath: "#/properties/commandTests/items/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err16];
                                        }
                                        else {
                                            vErrors.push(err16);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err17 = { instancePath: instancePath + "/commandTests/" + i1 + "/args", schemaPath: "#/properties/commandTests/items/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data7.setup !== undefined) {
                            let data12 = data7.setup;
                            if (Array.isArray(data12)) {
                                const len3 = data12.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                    let data13 = data12[i3];
                                    if (Array.isArray(data13)) {
                                        const len4 = data13.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                            if (typeof data13[i4] !== "string") {
                                                const err18 = { instancePath: instancePath + "/commandTests/" + i1 + "/setup/" + i3 + "/" + i4, schemaPath: "#/properties/commandTests/items/properties/setup/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err18];
                                                }
                                                else {
                                                    vErrors.push(err18);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err19 = { instancePath: instancePath + "/commandTests/" + i1 + "/setup/" + i3, schemaPath: "#/properties/commandTests/items/properties/setup/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err20 = { instancePath: instancePath + "/commandTests/" + i1 + "/setup", schemaPath: "#/properties/commandTests/items/properties/setup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data7.teardown !== undefined) {
                            let data15 = data7.teardown;
                            if (Array.isArray(data15)) {
                                const len5 = data15.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                    let data16 = data15[i5];
                                    if (Array.isArray(data16)) {
                                        const len6 = data16.length;
                                        for (let i6 = 0; i6 < len6; i6++) {
                                            if (typeof data16[i6] !== "string") {
                                                const err21 = { instancePath: instancePath + "/commandTests/" + i1 + "/teardown/" + i5 + "/" + i6, schemaPath: "#/properties/commandTests/items/properties/teardown/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err21];
                                                }
                                                else {
                                                    vErrors.push(err21);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err22 = { instancePath: instancePath + "/commandTests/" + i1 + "/teardown/" + i5, schemaPath: "#/properties/commandTests/items/properties/teardown/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err22];
                                        }
                                        else {
                                            vErrors.push(err22);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err23 = { instancePath: instancePath + "/commandTests/" + i1 + "/teardown", schemaPath: "#/properties/commandTests/items/properties/teardown/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data7.envVars !== undefined) {
                            let data18 = data7.envVars;
                            if (Array.isArray(data18)) {
                                const len7 = data18.length;
                                for (let i7 = 0; i7 < len7; i7++) {
                                    let data19 = data18[i7];
                                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                        if (data19.key === undefined) {
                                            const err24 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7, schemaPath: "#/properties/commandTests/items/properties/envVars/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err24];
                                            }
                                            else {
                                                vErrors.push(err24);
                                            }
                                            errors++;
                                        }
                                        for (const key3 in data19) {
                                            if (!(((key3 === "key") || (key3 === "value")) || (key3 === "isRegex"))) {
                                                const err25 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7, schemaPath: "#/properties/commandTests/items/properties/envVars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err25];
                                                }
                                                else {
                                                    vErrors.push(err25);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data19.key !== undefined) {
                                            if (typeof data19.key !== "string") {
                                                const err26 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7 + "/key", schemaPath: "#/properties/commandTests/items/properties/envVars/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err26];
                                                }
                                                else {
                                                    vErrors.push(err26);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data19.value !== undefined) {
                                            if (typeof data19.value !== "string") {
                                                const err27 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7 + "/value", schemaPath: "#/properties/commandTests/items/properties/envVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err27];
                                                }
                                                else {
                                                    vErrors.push(err27);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data19.isRegex !== undefined) {
                                            if (typeof data19.isRegex !== "boolean") {
                                                const err28 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7 + "/isRegex", schemaPath: "#/properties/commandTests/items/properties/envVars/items/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                if (vErrors === null) {
                                                    vErrors = [err28];
                                                }
                                                else {
                                                    vErrors.push(err28);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err29 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7, schemaPath: "#/properties/commandTests/items/properties/envVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err30 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars", schemaPath: "#/properties/commandTests/items/properties/envVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data7.exitCode !== undefined) {
                            let data23 = data7.exitCode;
                            if (!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))) {
                                const err31 = { instancePath: instancePath + "/commandTests/" + i1 + "/exitCode", schemaPath: "#/properties/commandTests/items/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        if (data7.expectedOutput !== undefined) {
                            let data24 = data7.expectedOutput;
                            if (Array.isArray(data24)) {
                                const len8 = data24.length;
                                for (let i8 = 0; i8 < len8; i8++) {
                                    if (typeof data24[i8] !== "string") {
                                        const err32 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedOutput/" + i8, schemaPath: "#/properties/commandTests/items/properties/expectedOutput/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err32];
                                        }
                                        else {
                                            vErrors.push(err32);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err33 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedOutput", schemaPath: "#/properties/commandTests/items/properties/expectedOutput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data7.excludedOutput !== undefined) {
                            let data26 = data7.excludedOutput;
                            if (Array.isArray(data26)) {
                                const len9 = data26.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                    if (typeof data26[i9] !== "string") {
                                        const err34 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedOutput/" + i9, schemaPath: "#/properties/commandTests/items/properties/excludedOutput/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err35 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedOutput", schemaPath: "#/properties/commandTests/items/properties/excludedOutput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        if (data7.expectedError !== undefined) {
                            let data28 = data7.expectedError;
                            if (Array.isArray(data28)) {
                                const len10 = data28.length;
                                for (let i10 = 0; i10 < len10; i10++) {
                                    if (typeof data28[i10] !== "string") {
                                        const err36 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedError/" + i10, schemaPath: "#/properties/commandTests/items/properties/expectedError/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err36];
                                        }
                                        else {
                                            vErrors.push(err36);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err37 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedError", schemaPath: "#/properties/commandTests/items/properties/expectedError/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        if (data7.excludedError !== undefined) {
                            let data30 = data7.excludedError;
                            if (Array.isArray(data30)) {
                                const len11 = data30.length;
                                for (let i11 = 0; i11 < len11; i11++) {
                                    if (typeof data30[i11] !== "string") {
                                        const err38 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedError/" + i11, schemaPath: "#/properties/commandTests/items/properties/excludedError/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err38];
                                        }
                                        else {
                                            vErrors.push(err38);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err39 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedError", schemaPath: "#/properties/commandTests/items/properties/excludedError/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err40 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err41 = { instancePath: instancePath + "/commandTests", schemaPath: "#/properties/commandTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        if (data.fileExistenceTests !== undefined) {
            let data32 = data.fileExistenceTests;
            if (Array.isArray(data32)) {
                const len12 = data32.length;
                for (let i12 = 0; i12 < len12; i12++) {
                    let data33 = data32[i12];
                    if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                        if (data33.name === undefined) {
                            const err42 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                        if (data33.path === undefined) {
                            const err43 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                        for (const key4 in data33) {
                            if (!(((((((key4 === "name") || (key4 === "path")) || (key4 === "shouldExist")) || (key4 === "permissions")) || (key4 === "uid")) || (key4 === "gid")) || (key4 === "isExecutableBy"))) {
                                const err44 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        if (data33.name !== undefined) {
                            if (typeof data33.name !== "string") {
                                const err45 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/name", schemaPath: "#/properties/fileExistenceTests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        if (data33.path !== undefined) {
                            if (typeof data33.path !== "string") {
                                const err46 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/path", schemaPath: "#/properties/fileExistenceTests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data33.shouldExist !== undefined) {
                            if (typeof data33.shouldExist !== "boolean") {
                                const err47 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/shouldExist", schemaPath: "#/properties/fileExistenceTests/items/properties/shouldExist/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                        if (data33.permissions !== undefined) {
                            let data37 = data33.permissions;
                            if (typeof data37 === "string") {
                                if (!pattern0.test(data37)) {
                                    const err48 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/permissions", schemaPath: "#/properties/fileExistenceTests/items/properties/permissions/pattern", keyword: "pattern", params: { pattern: "^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$" }, message: "must match pattern \"" + "^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err49 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/permissions", schemaPath: "#/properties/fileExistenceTests/items/properties/permissions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                        if (data33.uid !== undefined) {
                            let data38 = data33.uid;
                            if (!((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38)))) {
                                const err50 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/uid", schemaPath: "#/properties/fileExistenceTests/items/properties/uid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                            if (typeof data38 == "number") {
                                if (data38 < -1 || isNaN(data38)) {
                                    const err51 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/uid", schemaPath: "#/properties/fileExistenceTests/items/properties/uid/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data33.gid !== undefined) {
                            let data39 = data33.gid;
                            if (!((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39)))) {
                                const err52 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/gid", schemaPath: "#/properties/fileExistenceTests/items/properties/gid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                            if (typeof data39 == "number") {
                                if (data39 < -1 || isNaN(data39)) {
                                    const err53 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/gid", schemaPath: "#/properties/fileExistenceTests/items/properties/gid/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1" };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data33.isExecutableBy !== undefined) {
                            let data40 = data33.isExecutableBy;
                            if (typeof data40 !== "string") {
                                const err54 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/isExecutableBy", schemaPath: "#/properties/fileExistenceTests/items/properties/isExecutableBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                            if (!((((data40 === "owner") || (data40 === "group")) || (data40 === "other")) || (data40 === "any"))) {
                                const err55 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/isExecutableBy", schemaPath: "#/properties/fileExistenceTests/items/properties/isExecutableBy/enum", keyword: "enum", params: { allowedValues: schema11.properties.fileExistenceTests.items.properties.isExecutableBy.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err56 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err57 = { instancePath: instancePath + "/fileExistenceTests", schemaPath: "#/properties/fileExistenceTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
        }
        if (data.fileContentTests !== undefined) {
            let data41 = data.fileContentTests;
            if (Array.isArray(data41)) {
                const len13 = data41.length;
                for (let i13 = 0; i13 < len13; i13++) {
                    let data42 = data41[i13];
                    if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                        if (data42.name === undefined) {
                            const err58 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err58];
                            }
                            else {
                                vErrors.push(err58);
                            }
                            errors++;
                        }
                        if (data42.path === undefined) {
                            const err59 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                        for (const key5 in data42) {
                            if (!((((key5 === "name") || (key5 === "path")) || (key5 === "expectedContents")) || (key5 === "excludedContents"))) {
                                const err60 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                        }
                        if (data42.name !== undefined) {
                            if (typeof data42.name !== "string") {
                                const err61 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/name", schemaPath: "#/properties/fileContentTests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                        }
                        if (data42.path !== undefined) {
                            if (typeof data42.path !== "string") {
                                const err62 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/path", schemaPath: "#/properties/fileContentTests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err62];
                                }
                                else {
                                    vErrors.push(err62);
                                }
                                errors++;
                            }
                        }
                        if (data42.expectedContents !== undefined) {
                            let data45 = data42.expectedContents;
                            if (Array.isArray(data45)) {
                                const len14 = data45.length;
                                for (let i14 = 0; i14 < len14; i14++) {
                                    if (typeof data45[i14] !== "string") {
                                        const err63 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/expectedContents/" + i14, schemaPath: "#/properties/fileContentTests/items/properties/expectedContents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err63];
                                        }
                                        else {
                                            vErrors.push(err63);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err64 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/expectedContents", schemaPath: "#/properties/fileContentTests/items/properties/expectedContents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                        if (data42.excludedContents !== undefined) {
                            let data47 = data42.excludedContents;
                            if (Array.isArray(data47)) {
                                const len15 = data47.length;
                                for (let i15 = 0; i15 < len15; i15++) {
                                    if (typeof data47[i15] !== "string") {
                                        const err65 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/excludedContents/" + i15, schemaPath: "#/properties/fileContentTests/items/properties/excludedContents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err65];
                                        }
                                        else {
                                            vErrors.push(err65);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/excludedContents", schemaPath: "#/properties/fileContentTests/items/properties/excludedContents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err67 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err68 = { instancePath: instancePath + "/fileContentTests", schemaPath: "#/properties/fileContentTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err68];
                }
                else {
                    vErrors.push(err68);
                }
                errors++;
            }
        }
        if (data.metadataTest !== undefined) {
            let data49 = data.metadataTest;
            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                for (const key6 in data49) {
                    if (!(func2.call(schema11.properties.metadataTest.properties, key6))) {
                        const err69 = { instancePath: instancePath + "/metadataTest", schemaPath: "#/properties/metadataTest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                if (data49.envVars !== undefined) {
                    let data50 = data49.envVars;
                    if (Array.isArray(data50)) {
                        const len16 = data50.length;
                        for (let i16 = 0; i16 < len16; i16++) {
                            let data51 = data50[i16];
                            if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                if (data51.key === undefined) {
                                    const err70 = { instancePath: instancePath + "/metadataTest/envVars/" + i16, schemaPath: "#/properties/metadataTest/properties/envVars/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err70];
                                    }
                                    else {
                                        vErrors.push(err70);
                                    }
                                    errors++;
                                }
                                for (const key7 in data51) {
                                    if (!(((key7 === "key") || (key7 === "value")) || (key7 === "isRegex"))) {
                                        const err71 = { instancePath: instancePath + "/metadataTest/envVars/" + i16, schemaPath: "#/properties/metadataTest/properties/envVars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err71];
                                        }
                                        else {
                                            vErrors.push(err71);
                                        }
                                        errors++;
                                    }
                                }
                                if (data51.key !== undefined) {
                                    if (typeof data51.key !== "string") {
                                        const err72 = { instancePath: instancePath + "/metadataTest/envVars/" + i16 + "/key", schemaPath: "#/properties/metadataTest/properties/envVars/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err72];
                                        }
                                        else {
                                            vErrors.push(err72);
                                        }
                                        errors++;
                                    }
                                }
                                if (data51.value !== undefined) {
                                    if (typeof data51.value !== "string") {
                                        const err73 = { instancePath: instancePath + "/metadataTest/envVars/" + i16 + "/value", schemaPath: "#/properties/metadataTest/properties/envVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                }
                                if (data51.isRegex !== undefined) {
                                    if (typeof data51.isRegex !== "boolean") {
                                        const err74 = { instancePath: instancePath + "/metadataTest/envVars/" + i16 + "/isRegex", schemaPath: "#/properties/metadataTest/properties/envVars/items/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                            vErrors = [err74];
                                        }
                                        else {
                                            vErrors.push(err74);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err75 = { instancePath: instancePath + "/metadataTest/envVars/" + i16, schemaPath: "#/properties/metadataTest/properties/envVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err75];
                                }
                                else {
                                    vErrors.push(err75);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err76 = { instancePath: instancePath + "/metadataTest/envVars", schemaPath: "#/properties/metadataTest/properties/envVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err76];
                        }
                        else {
                            vErrors.push(err76);
                        }
                        errors++;
                    }
                }
                if (data49.unboundEnvVars !== undefined) {
                    let data55 = data49.unboundEnvVars;
                    if (Array.isArray(data55)) {
                        const len17 = data55.length;
                        for (let i17 = 0; i17 < len17; i17++) {
                            let data56 = data55[i17];
                            const _errs122 = errors;
                            let valid44 = false;
                            const _errs123 = errors;
                            if (typeof data56 !== "string") {
                                const err77 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17, schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err77];
                                }
                                else {
                                    vErrors.push(err77);
                                }
                                errors++;
                            }
                            var _valid0 = _errs123 === errors;
                            valid44 = valid44 || _valid0;
                            if (!valid44) {
                                const _errs125 = errors;
                                if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                                    if (data56.key === undefined) {
                                        const err78 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17, schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/1/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                                        if (vErrors === null) {
                                            vErrors = [err78];
                                        }
                                        else {
                                            vErrors.push(err78);
                                        }
                                        errors++;
                                    }
                                    for (const key8 in data56) {
                                        if (!(((key8 === "key") || (key8 === "value")) || (key8 === "isRegex"))) {
                                            const err79 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17, schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                                vErrors = [err79];
                                            }
                                            else {
                                                vErrors.push(err79);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data56.key !== undefined) {
                                        if (typeof data56.key !== "string") {
                                            const err80 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17 + "/key", schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/1/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err80];
                                            }
                                            else {
                                                vErrors.push(err80);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data56.value !== undefined) {
                                        if (typeof data56.value !== "string") {
                                            const err81 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17 + "/value", schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/1/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err81];
                                            }
                                            else {
                                                vErrors.push(err81);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data56.isRegex !== undefined) {
                                        if (typeof data56.isRegex !== "boolean") {
                                            const err82 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17 + "/isRegex", schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/1/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                            if (vErrors === null) {
                                                vErrors = [err82];
                                            }
                                            else {
                                                vErrors.push(err82);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err83 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17, schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                        vErrors = [err83];
                                    }
                                    else {
                                        vErrors.push(err83);
                                    }
                                    errors++;
                                }
                                var _valid0 = _errs125 === errors;
                                valid44 = valid44 || _valid0;
                            }
                            if (!valid44) {
                                const err84 = { instancePath: instancePath + "/metadataTest/unboundEnvVars/" + i17, schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                    vErrors = [err84];
                                }
                                else {
                                    vErrors.push(err84);
                                }
                                errors++;
                            }
                            else {
                                errors = _errs122;
                                if (vErrors !== null) {
                                    if (_errs122) {
                                        vErrors.length = _errs122;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                        }
                    }
                    else {
                        const err85 = { instancePath: instancePath + "/metadataTest/unboundEnvVars", schemaPath: "#/properties/metadataTest/properties/unboundEnvVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                }
                if (data49.labels !== undefined) {
                    let data60 = data49.labels;
                    if (Array.isArray(data60)) {
                        const len18 = data60.length;
                        for (let i18 = 0; i18 < len18; i18++) {
                            let data61 = data60[i18];
                            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                if (data61.key === undefined) {
                                    const err86 = { instancePath: instancePath + "/metadataTest/labels/" + i18, schemaPath: "#/properties/metadataTest/properties/labels/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err86];
                                    }
                                    else {
                                        vErrors.push(err86);
                                    }
                                    errors++;
                                }
                                for (const key9 in data61) {
                                    if (!(((key9 === "key") || (key9 === "value")) || (key9 === "isRegex"))) {
                                        const err87 = { instancePath: instancePath + "/metadataTest/labels/" + i18, schemaPath: "#/properties/metadataTest/properties/labels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err87];
                                        }
                                        else {
                                            vErrors.push(err87);
                                        }
                                        errors++;
                                    }
                                }
                                if (data61.key !== undefined) {
                                    if (typeof data61.key !== "string") {
                                        const err88 = { instancePath: instancePath + "/metadataTest/labels/" + i18 + "/key", schemaPath: "#/properties/metadataTest/properties/labels/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err88];
                                        }
                                        else {
                                            vErrors.push(err88);
                                        }
                                        errors++;
                                    }
                                }
                                if (data61.value !== undefined) {
                                    if (typeof data61.value !== "string") {
                                        const err89 = { instancePath: instancePath + "/metadataTest/labels/" + i18 + "/value", schemaPath: "#/properties/metadataTest/properties/labels/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err89];
                                        }
                                        else {
                                            vErrors.push(err89);
                                        }
                                        errors++;
                                    }
                                }
                                if (data61.isRegex !== undefined) {
                                    if (typeof data61.isRegex !== "boolean") {
                                        const err90 = { instancePath: instancePath + "/metadataTest/labels/" + i18 + "/isRegex", schemaPath: "#/properties/metadataTest/properties/labels/items/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                            vErrors = [err90];
                                        }
                                        else {
                                            vErrors.push(err90);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err91 = { instancePath: instancePath + "/metadataTest/labels/" + i18, schemaPath: "#/properties/metadataTest/properties/labels/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err92 = { instancePath: instancePath + "/metadataTest/labels", schemaPath: "#/properties/metadataTest/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err92];
                        }
                        else {
                            vErrors.push(err92);
                        }
                        errors++;
                    }
                }
                if (data49.exposedPorts !== undefined) {
                    let data65 = data49.exposedPorts;
                    if (Array.isArray(data65)) {
                        const len19 = data65.length;
                        for (let i19 = 0; i19 < len19; i19++) {
                            if (typeof data65[i19] !== "string") {
                                const err93 = { instancePath: instancePath + "/metadataTest/exposedPorts/" + i19, schemaPath: "#/properties/metadataTest/properties/exposedPorts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err94 = { instancePath: instancePath + "/metadataTest/exposedPorts", schemaPath: "#/properties/metadataTest/properties/exposedPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                }
                if (data49.unexposedPorts !== undefined) {
                    let data67 = data49.unexposedPorts;
                    if (Array.isArray(data67)) {
                        const len20 = data67.length;
                        for (let i20 = 0; i20 < len20; i20++) {
                            if (typeof data67[i20] !== "string") {
                                const err95 = { instancePath: instancePath + "/metadataTest/unexposedPorts/" + i20, schemaPath: "#/properties/metadataTest/properties/unexposedPorts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err95];
                                }
                                else {
                                    vErrors.push(err95);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err96 = { instancePath: instancePath + "/metadataTest/unexposedPorts", schemaPath: "#/properties/metadataTest/properties/unexposedPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err96];
                        }
                        else {
                            vErrors.push(err96);
                        }
                        errors++;
                    }
                }
                if (data49.volumes !== undefined) {
                    let data69 = data49.volumes;
                    if (Array.isArray(data69)) {
                        const len21 = data69.length;
                        for (let i21 = 0; i21 < len21; i21++) {
                            if (typeof data69[i21] !== "string") {
                                const err97 = { instancePath: instancePath + "/metadataTest/volumes/" + i21, schemaPath: "#/properties/metadataTest/properties/volumes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err97];
                                }
                                else {
                                    vErrors.push(err97);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err98 = { instancePath: instancePath + "/metadataTest/volumes", schemaPath: "#/properties/metadataTest/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
                if (data49.unmountedVolumes !== undefined) {
                    let data71 = data49.unmountedVolumes;
                    if (Array.isArray(data71)) {
                        const len22 = data71.length;
                        for (let i22 = 0; i22 < len22; i22++) {
                            if (typeof data71[i22] !== "string") {
                                const err99 = { instancePath: instancePath + "/metadataTest/unmountedVolumes/" + i22, schemaPath: "#/properties/metadataTest/properties/unmountedVolumes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err100 = { instancePath: instancePath + "/metadataTest/unmountedVolumes", schemaPath: "#/properties/metadataTest/properties/unmountedVolumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                }
                if (data49.entrypoint !== undefined) {
                    let data73 = data49.entrypoint;
                    if (Array.isArray(data73)) {
                        const len23 = data73.length;
                        for (let i23 = 0; i23 < len23; i23++) {
                            if (typeof data73[i23] !== "string") {
                                const err101 = { instancePath: instancePath + "/metadataTest/entrypoint/" + i23, schemaPath: "#/properties/metadataTest/properties/entrypoint/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err102 = { instancePath: instancePath + "/metadataTest/entrypoint", schemaPath: "#/properties/metadataTest/properties/entrypoint/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err102];
                        }
                        else {
                            vErrors.push(err102);
                        }
                        errors++;
                    }
                }
                if (data49.cmd !== undefined) {
                    let data75 = data49.cmd;
                    if (Array.isArray(data75)) {
                        const len24 = data75.length;
                        for (let i24 = 0; i24 < len24; i24++) {
                            if (typeof data75[i24] !== "string") {
                                const err103 = { instancePath: instancePath + "/metadataTest/cmd/" + i24, schemaPath: "#/properties/metadataTest/properties/cmd/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err104 = { instancePath: instancePath + "/metadataTest/cmd", schemaPath: "#/properties/metadataTest/properties/cmd/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                }
                if (data49.workdir !== undefined) {
                    if (typeof data49.workdir !== "string") {
                        const err105 = { instancePath: instancePath + "/metadataTest/workdir", schemaPath: "#/properties/metadataTest/properties/workdir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err105];
                        }
                        else {
                            vErrors.push(err105);
                        }
                        errors++;
                    }
                }
                if (data49.user !== undefined) {
                    if (typeof data49.user !== "string") {
                        const err106 = { instancePath: instancePath + "/metadataTest/user", schemaPath: "#/properties/metadataTest/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err106];
                        }
                        else {
                            vErrors.push(err106);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err107 = { instancePath: instancePath + "/metadataTest", schemaPath: "#/properties/metadataTest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err107];
                }
                else {
                    vErrors.push(err107);
                }
                errors++;
            }
        }
        if (data.licenseTests !== undefined) {
            let data79 = data.licenseTests;
            if (Array.isArray(data79)) {
                const len25 = data79.length;
                for (let i25 = 0; i25 < len25; i25++) {
                    let data80 = data79[i25];
                    if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                        for (const key10 in data80) {
                            if (!((key10 === "debian") || (key10 === "files"))) {
                                const err108 = { instancePath: instancePath + "/licenseTests/" + i25, schemaPath: "#/properties/licenseTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                        }
                        if (data80.debian !== undefined) {
                            if (typeof data80.debian !== "boolean") {
                                const err109 = { instancePath: instancePath + "/licenseTests/" + i25 + "/debian", schemaPath: "#/properties/licenseTests/items/properties/debian/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err109];
                                }
                                else {
                                    vErrors.push(err109);
                                }
                                errors++;
                            }
                        }
                        if (data80.files !== undefined) {
                            let data82 = data80.files;
                            if (Array.isArray(data82)) {
                                const len26 = data82.length;
                                for (let i26 = 0; i26 < len26; i26++) {
                                    if (typeof data82[i26] !== "string") {
                                        const err110 = { instancePath: instancePath + "/licenseTests/" + i25 + "/files/" + i26, schemaPath: "#/properties/licenseTests/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err110];
                                        }
                                        else {
                                            vErrors.push(err110);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err111 = { instancePath: instancePath + "/licenseTests/" + i25 + "/files", schemaPath: "#/properties/licenseTests/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err111];
                                }
                                else {
                                    vErrors.push(err111);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err112 = { instancePath: instancePath + "/licenseTests/" + i25, schemaPath: "#/properties/licenseTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err112];
                        }
                        else {
                            vErrors.push(err112);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err113 = { instancePath: instancePath + "/licenseTests", schemaPath: "#/properties/licenseTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err113];
                }
                else {
                    vErrors.push(err113);
                }
                errors++;
            }
        }
        if (data.containerRunOptions !== undefined) {
            let data84 = data.containerRunOptions;
            if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                for (const key11 in data84) {
                    if (!(((((((key11 === "user") || (key11 === "privileged")) || (key11 === "allocateTty")) || (key11 === "envVars")) || (key11 === "envFile")) || (key11 === "capabilities")) || (key11 === "bindMounts"))) {
                        const err114 = { instancePath: instancePath + "/containerRunOptions", schemaPath: "#/properties/containerRunOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err114];
                        }
                        else {
                            vErrors.push(err114);
                        }
                        errors++;
                    }
                }
                if (data84.user !== undefined) {
                    if (typeof data84.user !== "string") {
                        const err115 = { instancePath: instancePath + "/containerRunOptions/user", schemaPath: "#/properties/containerRunOptions/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err115];
                        }
                        else {
                            vErrors.push(err115);
                        }
                        errors++;
                    }
                }
                if (data84.privileged !== undefined) {
                    if (typeof data84.privileged !== "boolean") {
                        const err116 = { instancePath: instancePath + "/containerRunOptions/privileged", schemaPath: "#/properties/containerRunOptions/properties/privileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err116];
                        }
                        else {
                            vErrors.push(err116);
                        }
                        errors++;
                    }
                }
                if (data84.allocateTty !== undefined) {
                    if (typeof data84.allocateTty !== "boolean") {
                        const err117 = { instancePath: instancePath + "/containerRunOptions/allocateTty", schemaPath: "#/properties/containerRunOptions/properties/allocateTty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err117];
                        }
                        else {
                            vErrors.push(err117);
                        }
                        errors++;
                    }
                }
                if (data84.envVars !== undefined) {
                    let data88 = data84.envVars;
                    if (Array.isArray(data88)) {
                        const len27 = data88.length;
                        for (let i27 = 0; i27 < len27; i27++) {
                            if (typeof data88[i27] !== "string") {
                                const err118 = { instancePath: instancePath + "/containerRunOptions/envVars/" + i27, schemaPath: "#/properties/containerRunOptions/properties/envVars/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err118];
                                }
                                else {
                                    vErrors.push(err118);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err119 = { instancePath: instancePath + "/containerRunOptions/envVars", schemaPath: "#/properties/containerRunOptions/properties/envVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err119];
                        }
                        else {
                            vErrors.push(err119);
                        }
                        errors++;
                    }
                }
                if (data84.envFile !== undefined) {
                    if (typeof data84.envFile !== "string") {
                        const err120 = { instancePath: instancePath + "/containerRunOptions/envFile", schemaPath: "#/properties/containerRunOptions/properties/envFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                }
                if (data84.capabilities !== undefined) {
                    let data91 = data84.capabilities;
                    if (Array.isArray(data91)) {
                        const len28 = data91.length;
                        for (let i28 = 0; i28 < len28; i28++) {
                            if (typeof data91[i28] !== "string") {
                                const err121 = { instancePath: instancePath + "/containerRunOptions/capabilities/" + i28, schemaPath: "#/properties/containerRunOptions/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err121];
                                }
                                else {
                                    vErrors.push(err121);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err122 = { instancePath: instancePath + "/containerRunOptions/capabilities", schemaPath: "#/properties/containerRunOptions/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err122];
                        }
                        else {
                            vErrors.push(err122);
                        }
                        errors++;
                    }
                }
                if (data84.bindMounts !== undefined) {
                    let data93 = data84.bindMounts;
                    if (Array.isArray(data93)) {
                        const len29 = data93.length;
                        for (let i29 = 0; i29 < len29; i29++) {
                            if (typeof data93[i29] !== "string") {
                                const err123 = { instancePath: instancePath + "/containerRunOptions/bindMounts/" + i29, schemaPath: "#/properties/containerRunOptions/properties/bindMounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err124 = { instancePath: instancePath + "/containerRunOptions/bindMounts", schemaPath: "#/properties/containerRunOptions/properties/bindMounts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err124];
                        }
                        else {
                            vErrors.push(err124);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err125 = { instancePath: instancePath + "/containerRunOptions", schemaPath: "#/properties/containerRunOptions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err125];
                }
                else {
                    vErrors.push(err125);
                }
                errors++;
            }
        }
        if (data.compliance !== undefined) {
            let data95 = data.compliance;
            if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                for (const key12 in data95) {
                    if (!(((((key12 === "packs") || (key12 === "severity")) || (key12 === "ignore")) || (key12 === "vulnerabilities")) || (key12 === "settings"))) {
                        const err126 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err126];
                        }
                        else {
                            vErrors.push(err126);
                        }
                        errors++;
                    }
                }
                if (data95.packs !== undefined) {
                    let data96 = data95.packs;
                    if (Array.isArray(data96)) {
                        const len30 = data96.length;
                        for (let i30 = 0; i30 < len30; i30++) {
                            let data97 = data96[i30];
                            if (typeof data97 !== "string") {
                                const err127 = { instancePath: instancePath + "/compliance/packs/" + i30, schemaPath: "#/properties/compliance/properties/packs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err127];
                                }
                                else {
                                    vErrors.push(err127);
                                }
                                errors++;
                            }
                            if (!(data97 === "cis-docker")) {
                                const err128 = { instancePath: instancePath + "/compliance/packs/" + i30, schemaPath: "#/properties/compliance/properties/packs/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.compliance.properties.packs.items.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err128];
                                }
                                else {
                                    vErrors.push(err128);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err129 = { instancePath: instancePath + "/compliance/packs", schemaPath: "#/properties/compliance/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err129];
                        }
                        else {
                            vErrors.push(err129);
                        }
                        errors++;
                    }
                }
                if (data95.severity !== undefined) {
                    let data98 = data95.severity;
                    if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                        for (const key13 in data98) {
                            let data99 = data98[key13];
                            if (typeof data99 !== "string") {
                                const err130 = { instancePath: instancePath + "/compliance/severity/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/compliance/properties/severity/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err130];
                                }
                                else {
                                    vErrors.push(err130);
                                }
                                errors++;
                            }
                            if (!((((data99 === "error") || (data99 === "warning")) || (data99 === "note")) || (data99 === "off"))) {
                                const err131 = { instancePath: instancePath + "/compliance/severity/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/compliance/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.compliance.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err132 = { instancePath: instancePath + "/compliance/severity", schemaPath: "#/properties/compliance/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err132];
                        }
                        else {
                            vErrors.push(err132);
                        }
                        errors++;
                    }
                }
                if (data95.ignore !== undefined) {
                    let data100 = data95.ignore;
                    if (Array.isArray(data100)) {
                        const len31 = data100.length;
                        for (let i31 = 0; i31 < len31; i31++) {
                            let data101 = data100[i31];
                            if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                if (data101.rule === undefined) {
                                    const err133 = { instancePath: instancePath + "/compliance/ignore/" + i31, schemaPath: "#/properties/compliance/properties/ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err133];
                                    }
                                    else {
                                        vErrors.push(err133);
                                    }
                                    errors++;
                                }
                                if (data101.reason === undefined) {
                                    const err134 = { instancePath: instancePath + "/compliance/ignore/" + i31, schemaPath: "#/properties/compliance/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err134];
                                    }
                                    else {
                                        vErrors.push(err134);
                                    }
                                    errors++;
                                }
                                for (const key14 in data101) {
                                    if (!((((key14 === "rule") || (key14 === "paths")) || (key14 === "reason")) || (key14 === "until"))) {
                                        const err135 = { instancePath: instancePath + "/compliance/ignore/" + i31, schemaPath: "#/properties/compliance/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err135];
                                        }
                                        else {
                                            vErrors.push(err135);
                                        }
                                        errors++;
                                    }
                                }
                                if (data101.rule !== undefined) {
                                    let data102 = data101.rule;
                                    if (typeof data102 === "string") {
                                        if (data102.length < 1) {
                                            const err136 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/rule", schemaPath: "#/properties/compliance/properties/ignore/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err136];
                                            }
                                            else {
                                                vErrors.push(err136);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err137 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/rule", schemaPath: "#/properties/compliance/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err137];
                                        }
                                        else {
                                            vErrors.push(err137);
                                        }
                                        errors++;
                                    }
                                }
                                if (data101.paths !== undefined) {
                                    let data103 = data101.paths;
                                    if (Array.isArray(data103)) {
                                        const len32 = data103.length;
                                        for (let i32 = 0; i32 < len32; i32++) {
                                            let data104 = data103[i32];
                                            if (typeof data104 === "string") {
                                                if (data104.length < 1) {
                                                    const err138 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/paths/" + i32, schemaPath: "#/properties/compliance/properties/ignore/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err138];
                                                    }
                                                    else {
                                                        vErrors.push(err138);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err139 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/paths/" + i32, schemaPath: "#/properties/compliance/properties/ignore/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err139];
                                                }
                                                else {
                                                    vErrors.push(err139);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err140 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/paths", schemaPath: "#/properties/compliance/properties/ignore/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err140];
                                        }
                                        else {
                                            vErrors.push(err140);
                                        }
                                        errors++;
                                    }
                                }
                                if (data101.reason !== undefined) {
                                    let data105 = data101.reason;
                                    if (typeof data105 === "string") {
                                        if (data105.length < 1) {
                                            const err141 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/reason", schemaPath: "#/properties/compliance/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err141];
                                            }
                                            else {
                                                vErrors.push(err141);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err142 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/reason", schemaPath: "#/properties/compliance/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err142];
                                        }
                                        else {
                                            vErrors.push(err142);
                                        }
                                        errors++;
                                    }
                                }
                                if (data101.until !== undefined) {
                                    let data106 = data101.until;
                                    if (typeof data106 === "string") {
                                        if (!pattern1.test(data106)) {
                                            const err143 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/until", schemaPath: "#/properties/compliance/properties/ignore/items/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"" };
                                            if (vErrors === null) {
                                                vErrors = [err143];
                                            }
                                            else {
                                                vErrors.push(err143);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err144 = { instancePath: instancePath + "/compliance/ignore/" + i31 + "/until", schemaPath: "#/properties/compliance/properties/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err144];
                                        }
                                        else {
                                            vErrors.push(err144);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err145 = { instancePath: instancePath + "/compliance/ignore/" + i31, schemaPath: "#/properties/compliance/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err145];
                                }
                                else {
                                    vErrors.push(err145);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err146 = { instancePath: instancePath + "/compliance/ignore", schemaPath: "#/properties/compliance/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err146];
                        }
                        else {
                            vErrors.push(err146);
                        }
                        errors++;
                    }
                }
                if (data95.vulnerabilities !== undefined) {
                    let data107 = data95.vulnerabilities;
                    if (data107 && typeof data107 == "object" && !Array.isArray(data107)) {
                        for (const key15 in data107) {
                            if (!((((key15 === "failOn") || (key15 === "ignoreUnfixed")) || (key15 === "maxDbAge")) || (key15 === "failOnStaleDb"))) {
                                const err147 = { instancePath: instancePath + "/compliance/vulnerabilities", schemaPath: "#/properties/compliance/properties/vulnerabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err147];
                                }
                                else {
                                    vErrors.push(err147);
                                }
                                errors++;
                            }
                        }
                        if (data107.failOnStaleDb !== undefined) {
                            if (data107.maxDbAge === undefined) {
                                const err148 = { instancePath: instancePath + "/compliance/vulnerabilities", schemaPath: "#/properties/compliance/properties/vulnerabilities/dependencies", keyword: "dependencies", params: { property: "failOnStaleDb",
                                        missingProperty: "maxDbAge",
                                        depsCount: 1,
                                        deps: "maxDbAge" }, message: "must have property maxDbAge when property failOnStaleDb is present" };
                                if (vErrors === null) {
                                    vErrors = [err148];
                                }
                                else {
                                    vErrors.push(err148);
                                }
                                errors++;
                            }
                        }
                        if (data107.failOn !== undefined) {
                            let data108 = data107.failOn;
                            if (typeof data108 !== "string") {
                                const err149 = { instancePath: instancePath + "/compliance/vulnerabilities/failOn", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err149];
                                }
                                else {
                                    vErrors.push(err149);
                                }
                                errors++;
                            }
                            if (!((((((data108 === "critical") || (data108 === "high")) || (data108 === "medium")) || (data108 === "low")) || (data108 === "negligible")) || (data108 === "none"))) {
                                const err150 = { instancePath: instancePath + "/compliance/vulnerabilities/failOn", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.compliance.properties.vulnerabilities.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err150];
                                }
                                else {
                                    vErrors.push(err150);
                                }
                                errors++;
                            }
                        }
                        if (data107.ignoreUnfixed !== undefined) {
                            if (typeof data107.ignoreUnfixed !== "boolean") {
                                const err151 = { instancePath: instancePath + "/compliance/vulnerabilities/ignoreUnfixed", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/ignoreUnfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err151];
                                }
                                else {
                                    vErrors.push(err151);
                                }
                                errors++;
                            }
                        }
                        if (data107.maxDbAge !== undefined) {
                            let data110 = data107.maxDbAge;
                            if (typeof data110 === "string") {
                                if (!pattern2.test(data110)) {
                                    const err152 = { instancePath: instancePath + "/compliance/vulnerabilities/maxDbAge", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/maxDbAge/pattern", keyword: "pattern", params: { pattern: "^[1-9]\\d*[hdw]$" }, message: "must match pattern \"" + "^[1-9]\\d*[hdw]$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err152];
                                    }
                                    else {
                                        vErrors.push(err152);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err153 = { instancePath: instancePath + "/compliance/vulnerabilities/maxDbAge", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/maxDbAge/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err153];
                                }
                                else {
                                    vErrors.push(err153);
                                }
                                errors++;
                            }
                        }
                        if (data107.failOnStaleDb !== undefined) {
                            if (typeof data107.failOnStaleDb !== "boolean") {
                                const err154 = { instancePath: instancePath + "/compliance/vulnerabilities/failOnStaleDb", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/failOnStaleDb/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err154];
                                }
                                else {
                                    vErrors.push(err154);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err155 = { instancePath: instancePath + "/compliance/vulnerabilities", schemaPath: "#/properties/compliance/properties/vulnerabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err155];
                        }
                        else {
                            vErrors.push(err155);
                        }
                        errors++;
                    }
                }
                if (data95.settings !== undefined) {
                    let data112 = data95.settings;
                    if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                        for (const key16 in data112) {
                            if (!(((key16 === "maxImageSize") || (key16 === "maxLayers")) || (key16 === "setuidAllowlist"))) {
                                const err156 = { instancePath: instancePath + "/compliance/settings", schemaPath: "#/properties/compliance/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err156];
                                }
                                else {
                                    vErrors.push(err156);
                                }
                                errors++;
                            }
                        }
                        if (data112.maxImageSize !== undefined) {
                            let data113 = data112.maxImageSize;
                            if ((typeof data113 !== "string") && (!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113))))) {
                                const err157 = { instancePath: instancePath + "/compliance/settings/maxImageSize", schemaPath: "#/properties/compliance/properties/settings/properties/maxImageSize/type", keyword: "type", params: { type: schema11.properties.compliance.properties.settings.properties.maxImageSize.type }, message: "must be string,integer" };
                                if (vErrors === null) {
                                    vErrors = [err157];
                                }
                                else {
                                    vErrors.push(err157);
                                }
                                errors++;
                            }
                            if (typeof data113 === "string") {
                                if (!pattern3.test(data113)) {
                                    const err158 = { instancePath: instancePath + "/compliance/settings/maxImageSize", schemaPath: "#/properties/compliance/properties/settings/properties/maxImageSize/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$" }, message: "must match pattern \"" + "^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err158];
                                    }
                                    else {
                                        vErrors.push(err158);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data112.maxLayers !== undefined) {
                            let data114 = data112.maxLayers;
                            if (!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))) {
                                const err159 = { instancePath: instancePath + "/compliance/settings/maxLayers", schemaPath: "#/properties/compliance/properties/settings/properties/maxLayers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err159];
                                }
                                else {
                                    vErrors.push(err159);
                                }
                                errors++;
                            }
                            if (typeof data114 == "number") {
                                if (data114 < 1 || isNaN(data114)) {
                                    const err160 = { instancePath: instancePath + "/compliance/settings/maxLayers", schemaPath: "#/properties/compliance/properties/settings/properties/maxLayers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                    if (vErrors === null) {
                                        vErrors = [err160];
                                    }
                                    else {
                                        vErrors.push(err160);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data112.setuidAllowlist !== undefined) {
                            let data115 = data112.setuidAllowlist;
                            if (Array.isArray(data115)) {
                                const len33 = data115.length;
                                for (let i33 = 0; i33 < len33; i33++) {
                                    if (typeof data115[i33] !== "string") {
                                        const err161 = { instancePath: instancePath + "/compliance/settings/setuidAllowlist/" + i33, schemaPath: "#/properties/compliance/properties/settings/properties/setuidAllowlist/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err161];
                                        }
                                        else {
                                            vErrors.push(err161);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err162 = { instancePath: instancePath + "/compliance/settings/setuidAllowlist", schemaPath: "#/properties/compliance/properties/settings/properties/setuidAllowlist/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err162];
                                }
                                else {
                                    vErrors.push(err162);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err163 = { instancePath: instancePath + "/compliance/settings", schemaPath: "#/properties/compliance/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err163];
                        }
                        else {
                            vErrors.push(err163);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err164 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err164];
                }
                else {
                    vErrors.push(err164);
                }
                errors++;
            }
        }
        if (data.machineImage !== undefined) {
            let data117 = data.machineImage;
            if (!(data117 && typeof data117 == "object" && !Array.isArray(data117))) {
                const err165 = { instancePath: instancePath + "/machineImage", schemaPath: "#/properties/machineImage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err165];
                }
                else {
                    vErrors.push(err165);
                }
                errors++;
            }
        }
        if (data.signatures !== undefined) {
            let data118 = data.signatures;
            const _errs260 = errors;
            let valid87 = false;
            const _errs261 = errors;
            if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
                if (data118.keys === undefined) {
                    const err166 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/anyOf/0/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property '" + "keys" + "'" };
                    if (vErrors === null) {
                        vErrors = [err166];
                    }
                    else {
                        vErrors.push(err166);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs261 === errors;
            valid87 = valid87 || _valid1;
            if (!valid87) {
                const _errs262 = errors;
                if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
                    if (data118.keyless === undefined) {
                        const err167 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/anyOf/1/required", keyword: "required", params: { missingProperty: "keyless" }, message: "must have required property '" + "keyless" + "'" };
                        if (vErrors === null) {
                            vErrors = [err167];
                        }
                        else {
                            vErrors.push(err167);
                        }
                        errors++;
                    }
                }
                var _valid1 = _errs262 === errors;
                valid87 = valid87 || _valid1;
            }
            if (!valid87) {
                const err168 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err168];
                }
                else {
                    vErrors.push(err168);
                }
                errors++;
            }
            else {
                errors = _errs260;
                if (vErrors !== null) {
                    if (_errs260) {
                        vErrors.length = _errs260;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
            if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
                for (const key17 in data118) {
                    if (!((((key17 === "keys") || (key17 === "keyless")) || (key17 === "signature")) || (key17 === "require"))) {
                        const err169 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err169];
                        }
                        else {
                            vErrors.push(err169);
                        }
                        errors++;
                    }
                }
                if (data118.keys !== undefined) {
                    let data119 = data118.keys;
                    if (Array.isArray(data119)) {
                        const len34 = data119.length;
                        for (let i34 = 0; i34 < len34; i34++) {
                            let data120 = data119[i34];
                            if (typeof data120 === "string") {
                                if (data120.length < 1) {
                                    const err170 = { instancePath: instancePath + "/signatures/keys/" + i34, schemaPath: "#/properties/signatures/properties/keys/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err170];
                                    }
                                    else {
                                        vErrors.push(err170);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err171 = { instancePath: instancePath + "/signatures/keys/" + i34, schemaPath: "#/properties/signatures/properties/keys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err171];
                                }
                                else {
                                    vErrors.push(err171);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err172 = { instancePath: instancePath + "/signatures/keys", schemaPath: "#/properties/signatures/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err172];
                        }
                        else {
                            vErrors.push(err172);
                        }
                        errors++;
                    }
                }
                if (data118.keyless !== undefined) {
                    let data121 = data118.keyless;
                    const _errs271 = errors;
                    let valid92 = false;
                    let passing0 = null;
                    const _errs272 = errors;
                    if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                        if (data121.identity === undefined) {
                            const err173 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/allOf/0/oneOf/0/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property '" + "identity" + "'" };
                            if (vErrors === null) {
                                vErrors = [err173];
                            }
                            else {
                                vErrors.push(err173);
                            }
                            errors++;
                        }
                    }
                    var _valid2 = _errs272 === errors;
                    if (_valid2) {
                        valid92 = true;
                        passing0 = 0;
                    }
                    const _errs273 = errors;
                    if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                        if (data121.identityRegex === undefined) {
                            const err174 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "identityRegex" }, message: "must have required property '" + "identityRegex" + "'" };
                            if (vErrors === null) {
                                vErrors = [err174];
                            }
                            else {
                                vErrors.push(err174);
                            }
                            errors++;
                        }
                    }
                    var _valid2 = _errs273 === errors;
                    if (_valid2 && valid92) {
                        valid92 = false;
                        passing0 = [passing0, 1];
                    }
                    else {
                        if (_valid2) {
                            valid92 = true;
                            passing0 = 1;
                        }
                    }
                    if (!valid92) {
                        const err175 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                            vErrors = [err175];
                        }
                        else {
                            vErrors.push(err175);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs271;
                        if (vErrors !== null) {
                            if (_errs271) {
                                vErrors.length = _errs271;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    const _errs275 = errors;
                    let valid93 = false;
                    let passing1 = null;
                    const _errs276 = errors;
                    if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                        if (data121.issuer === undefined) {
                            const err176 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/allOf/1/oneOf/0/required", keyword: "required", params: { missingProperty: "issuer" }, message: "must have required property '" + "issuer" + "'" };
                            if (vErrors === null) {
                                vErrors = [err176];
                            }
                            else {
                                vErrors.push(err176);
                            }
                            errors++;
                        }
                    }
                    var _valid3 = _errs276 === errors;
                    if (_valid3) {
                        valid93 = true;
                        passing1 = 0;
                    }
                    const _errs277 = errors;
                    if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                        if (data121.issuerRegex === undefined) {
                            const err177 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/allOf/1/oneOf/1/required", keyword: "required", params: { missingProperty: "issuerRegex" }, message: "must have required property '" + "issuerRegex" + "'" };
                            if (vErrors === null) {
                                vErrors = [err177];
                            }
                            else {
                                vErrors.push(err177);
                            }
                            errors++;
                        }
                    }
                    var _valid3 = _errs277 === errors;
                    if (_valid3 && valid93) {
                        valid93 = false;
                        passing1 = [passing1, 1];
                    }
                    else {
                        if (_valid3) {
                            valid93 = true;
                            passing1 = 1;
                        }
                    }
                    if (!valid93) {
                        const err178 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                            vErrors = [err178];
                        }
                        else {
                            vErrors.push(err178);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs275;
                        if (vErrors !== null) {
                            if (_errs275) {
                                vErrors.length = _errs275;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                        if (data121.trustedRoot === undefined) {
                            const err179 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/required", keyword: "required", params: { missingProperty: "trustedRoot" }, message: "must have required property '" + "trustedRoot" + "'" };
                            if (vErrors === null) {
                                vErrors = [err179];
                            }
                            else {
                                vErrors.push(err179);
                            }
                            errors++;
                        }
                        for (const key18 in data121) {
                            if (!(((((key18 === "identity") || (key18 === "identityRegex")) || (key18 === "issuer")) || (key18 === "issuerRegex")) || (key18 === "trustedRoot"))) {
                                const err180 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err180];
                                }
                                else {
                                    vErrors.push(err180);
                                }
                                errors++;
                            }
                        }
                        if (data121.identity !== undefined) {
                            let data122 = data121.identity;
                            if (typeof data122 === "string") {
                                if (data122.length < 1) {
                                    const err181 = { instancePath: instancePath + "/signatures/keyless/identity", schemaPath: "#/properties/signatures/properties/keyless/properties/identity/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err181];
                                    }
                                    else {
                                        vErrors.push(err181);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err182 = { instancePath: instancePath + "/signatures/keyless/identity", schemaPath: "#/properties/signatures/properties/keyless/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err182];
                                }
                                else {
                                    vErrors.push(err182);
                                }
                                errors++;
                            }
                        }
                        if (data121.identityRegex !== undefined) {
                            let data123 = data121.identityRegex;
                            if (typeof data123 === "string") {
                                if (data123.length < 1) {
                                    const err183 = { instancePath: instancePath + "/signatures/keyless/identityRegex", schemaPath: "#/properties/signatures/properties/keyless/properties/identityRegex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err183];
                                    }
                                    else {
                                        vErrors.push(err183);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err184 = { instancePath: instancePath + "/signatures/keyless/identityRegex", schemaPath: "#/properties/signatures/properties/keyless/properties/identityRegex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err184];
                                }
                                else {
                                    vErrors.push(err184);
                                }
                                errors++;
                            }
                        }
                        if (data121.issuer !== undefined) {
                            let data124 = data121.issuer;
                            if (typeof data124 === "string") {
                                if (data124.length < 1) {
                                    const err185 = { instancePath: instancePath + "/signatures/keyless/issuer", schemaPath: "#/properties/signatures/properties/keyless/properties/issuer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err185];
                                    }
                                    else {
                                        vErrors.push(err185);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err186 = { instancePath: instancePath + "/signatures/keyless/issuer", schemaPath: "#/properties/signatures/properties/keyless/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err186];
                                }
                                else {
                                    vErrors.push(err186);
                                }
                                errors++;
                            }
                        }
                        if (data121.issuerRegex !== undefined) {
                            let data125 = data121.issuerRegex;
                            if (typeof data125 === "string") {
                                if (data125.length < 1) {
                                    const err187 = { instancePath: instancePath + "/signatures/keyless/issuerRegex", schemaPath: "#/properties/signatures/properties/keyless/properties/issuerRegex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err187];
                                    }
                                    else {
                                        vErrors.push(err187);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err188 = { instancePath: instancePath + "/signatures/keyless/issuerRegex", schemaPath: "#/properties/signatures/properties/keyless/properties/issuerRegex/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err188];
                                }
                                else {
                                    vErrors.push(err188);
                                }
                                errors++;
                            }
                        }
                        if (data121.trustedRoot !== undefined) {
                            let data126 = data121.trustedRoot;
                            if (typeof data126 === "string") {
                                if (data126.length < 1) {
                                    const err189 = { instancePath: instancePath + "/signatures/keyless/trustedRoot", schemaPath: "#/properties/signatures/properties/keyless/properties/trustedRoot/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err189];
                                    }
                                    else {
                                        vErrors.push(err189);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err190 = { instancePath: instancePath + "/signatures/keyless/trustedRoot", schemaPath: "#/properties/signatures/properties/keyless/properties/trustedRoot/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err190];
                                }
                                else {
                                    vErrors.push(err190);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err191 = { instancePath: instancePath + "/signatures/keyless", schemaPath: "#/properties/signatures/properties/keyless/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err191];
                        }
                        else {
                            vErrors.push(err191);
                        }
                        errors++;
                    }
                }
                if (data118.signature !== undefined) {
                    if (typeof data118.signature !== "boolean") {
                        const err192 = { instancePath: instancePath + "/signatures/signature", schemaPath: "#/properties/signatures/properties/signature/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err192];
                        }
                        else {
                            vErrors.push(err192);
                        }
                        errors++;
                    }
                }
                if (data118.require !== undefined) {
                    let data128 = data118.require;
                    if (Array.isArray(data128)) {
                        const len35 = data128.length;
                        for (let i35 = 0; i35 < len35; i35++) {
                            let data129 = data128[i35];
                            if (typeof data129 === "string") {
                                if (!pattern4.test(data129)) {
                                    const err193 = { instancePath: instancePath + "/signatures/require/" + i35, schemaPath: "#/properties/signatures/properties/require/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$" }, message: "must match pattern \"" + "^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err193];
                                    }
                                    else {
                                        vErrors.push(err193);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err194 = { instancePath: instancePath + "/signatures/require/" + i35, schemaPath: "#/properties/signatures/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err194];
                                }
                                else {
                                    vErrors.push(err194);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err195 = { instancePath: instancePath + "/signatures/require", schemaPath: "#/properties/signatures/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err195];
                        }
                        else {
                            vErrors.push(err195);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err196 = { instancePath: instancePath + "/signatures", schemaPath: "#/properties/signatures/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err196];
                }
                else {
                    vErrors.push(err196);
                }
                errors++;
            }
        }
    }
    else {
        const err197 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err197];
        }
        else {
            vErrors.push(err197);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const validate100 = validate11;
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:image-pipeline:policy-schema:1.0.0", "title": "image-pipeline test-image policy", "description": "container-structure-test's schemaVersion 2.0.0 file, unchanged, plus a `compliance:` section for the built-in rule packs.", "type": "object", "additionalProperties": false, "required": ["schemaVersion"], "properties": { "schemaVersion": { "type": "string", "enum": ["1.0.0"] }, "globalEnvVars": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } }, "description": "Set for every command test." }, "commandTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "command"], "properties": { "name": { "type": "string" }, "command": { "type": "array", "items": { "type": "string" }, "minItems": 1, "description": "The command and its arguments." }, "setup": { "type": "array", "items": { "type": "array", "items": { "type": "string" } }, "description": "Commands run before the test, each an argv list." }, "teardown": { "type": "array", "items": { "type": "array", "items": { "type": "string" } } }, "envVars": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key"], "properties": { "key": { "type": "string" }, "value": { "type": "string" }, "isRegex": { "type": "boolean" } } } }, "exitCode": { "type": "integer" }, "expectedOutput": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "excludedOutput": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "expectedError": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "excludedError": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." } } } }, "fileExistenceTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "type": "string" }, "path": { "type": "string" }, "shouldExist": { "type": "boolean" }, "permissions": { "type": "string", "pattern": "^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$", "description": "Go's os.FileMode string, e.g. -rwxr-xr-x, drwxr-xr-x, urwxr-xr-x (setuid), dtrwxrwxrwx (sticky), Lrwxrwxrwx (a link: the link itself is examined). Empty: not checked." } } } }, "fileContentTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "type": "string" }, "path": { "type": "string" }, "expectedContents": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." }, "excludedContents": { "type": "array", "items": { "type": "string" }, "description": "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts." } } } }, "licenseTests": { "type": "array", "items": { "type": "object", "additionalProperties": false, "properties": { "debian": { "type": "boolean" }, "files": { "type": "array", "items": { "type": "string" } } } } }, "compliance": { "type": "object", "additionalProperties": false, "description": "Built-in rule packs, severities and ignores.", "properties": { "packs": { "type": "array", "items": { "type": "string", "enum": ["cis-docker"] }, "description": "Rule packs to run; default [cis-docker]. [] runs none." }, "severity": { "type": "object", "description": "Rule id -> error | warning | note | off.", "additionalProperties": { "type": "string", "enum": ["error", "warning", "note", "off"] } }, "ignore": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "A rule id, or an advisory id (CVE-..., GHSA-...) or one of its aliases." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs over image paths or subjects; * within a segment, ** across." }, "reason": { "type": "string", "minLength": 1, "description": "Why this finding is accepted; shown in reports." }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; after this day the ignore stops hiding the finding." } } } }, "vulnerabilities": { "type": "object", "additionalProperties": false, "description": "The vulnerability scan against the databases of the vulnerability-db input.", "properties": { "failOn": { "type": "string", "enum": ["critical", "high", "medium", "low", "negligible", "none"], "description": "Lowest advisory severity reported as a failure (SARIF, JUnit and the exit code alike); default high. none: never fails." }, "ignoreUnfixed": { "type": "boolean", "description": "Leave out advisories that have no fixed version yet; default false." }, "maxDbAge": { "type": "string", "pattern": "^[1-9]\\d*[hdw]$", "description": "Warn when a database is older than this: a number of hours, days or weeks, e.g. 7d." }, "failOnStaleDb": { "type": "boolean", "description": "With maxDbAge: fail the step on a stale database instead of warning." } }, "dependencies": { "failOnStaleDb": ["maxDbAge"] } }, "settings": { "type": "object", "additionalProperties": false, "properties": { "maxImageSize": { "type": ["string", "integer"], "pattern": "^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$", "description": "Uncompressed size budget, e.g. 500MB or 1GiB." }, "maxLayers": { "type": "integer", "minimum": 1 }, "setuidAllowlist": { "type": "array", "items": { "type": "string" }, "description": "Setuid/setgid files that are expected, added to the built-in list." } } } } }, "machineImage": { "type": "object", "description": "Checks for machine images (AMIs); validated by the machine-image tests." } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schemaVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property '" + "schemaVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((((key0 === "schemaVersion") || (key0 === "globalEnvVars")) || (key0 === "commandTests")) || (key0 === "fileExistenceTests")) || (key0 === "fileContentTests")) || (key0 === "licenseTests")) || (key0 === "compliance")) || (key0 === "machineImage"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.schemaVersion !== undefined) {
            let data0 = data.schemaVersion;
            if (typeof data0 !== "string") {
                const err2 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (!(data0 === "1.0.0")) {
                const err3 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/enum", keyword: "enum", params: { allowedValues: schema12.properties.schemaVersion.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.globalEnvVars !== undefined) {
            let data1 = data.globalEnvVars;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        if (data2.key === undefined) {
                            const err4 = { instancePath: instancePath + "/globalEnvVars/" + i0, schemaPath: "#/properties/globalEnvVars/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        for (const key1 in data2) {
                            if (!(((key1 === "key") || (key1 === "value")) || (key1 === "isRegex"))) {
                                const err5 = { instancePath: instancePath + "/globalEnvVars/" + i0, schemaPath: "#/properties/globalEnvVars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err5];
                                }
                                else {
                                    vErrors.push(err5);
                                }
                                errors++;
                            }
                        }
                        if (data2.key !== undefined) {
                            if (typeof data2.key !== "string") {
                                const err6 = { instancePath: instancePath + "/globalEnvVars/" + i0 + "/key", schemaPath: "#/properties/globalEnvVars/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        if (data2.value !== undefined) {
                            if (typeof data2.value !== "string") {
                                const err7 = { instancePath: instancePath + "/globalEnvVars/" + i0 + "/value", schemaPath: "#/properties/globalEnvVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data2.isRegex !== undefined) {
                            if (typeof data2.isRegex !== "boolean") {
                                const err8 = { instancePath: instancePath + "/globalEnvVars/" + i0 + "/isRegex", schemaPath: "#/properties/globalEnvVars/items/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err9 = { instancePath: instancePath + "/globalEnvVars/" + i0, schemaPath: "#/properties/globalEnvVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/globalEnvVars", schemaPath: "#/properties/globalEnvVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.commandTests !== undefined) {
            let data6 = data.commandTests;
            if (Array.isArray(data6)) {
                const len1 = data6.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data7 = data6[i1];
                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        if (data7.name === undefined) {
                            const err11 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (data7.command === undefined) {
                            const err12 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        for (const key2 in data7) {
                            if (!(func2.call(schema12.properties.commandTests.items.properties, key2))) {
                                const err13 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        if (data7.name !== undefined) {
                            if (typeof data7.name !== "string") {
                                const err14 = { instancePath: instancePath + "/commandTests/" + i1 + "/name", schemaPath: "#/properties/commandTests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                        }
                        if (data7.command !== undefined) {
                            let data9 = data7.command;
                            if (Array.isArray(data9)) {
                                if (data9.length < 1) {
                                    const err15 = { instancePath: instancePath + "/commandTests/" + i1 + "/command", schemaPath: "#/properties/commandTests/items/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                                const len2 = data9.length;
                                for (let i2 = 0; i2 < len2; i2++) {
                                    if (typeof data9[i2] !== "string") {
                                        const err16 = { instancePath: instancePath + "/commandTests/" + i1 + "/command/" + i2, schemaPath: "#/properties/commandTests/items/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err16];
                                        }
                                        else {
                                            vErrors.push(err16);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err17 = { instancePath: instancePath + "/commandTests/" + i1 + "/command", schemaPath: "#/properties/commandTests/items/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data7.setup !== undefined) {
                            let data11 = data7.setup;
                            if (Array.isArray(data11)) {
                                const len3 = data11.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                    let data12 = data11[i3];
                                    if (Array.isArray(data12)) {
                                        const len4 = data12.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                            if (typeof data12[i4] !== "string") {
                                                const err18 = { instancePath: instancePath + "/commandTests/" + i1 + "/setup/" + i3 + "/" + i4, schemaPath: "#/properties/commandTests/items/properties/setup/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err18];
                                                }
                                                else {
                                                    vErrors.push(err18);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err19 = { instancePath: instancePath + "/commandTests/" + i1 + "/setup/" + i3, schemaPath: "#/properties/commandTests/items/properties/setup/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err19];
                                        }
                                        else {
                                            vErrors.push(err19);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err20 = { instancePath: instancePath + "/commandTests/" + i1 + "/setup", schemaPath: "#/properties/commandTests/items/properties/setup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data7.teardown !== undefined) {
                            let data14 = data7.teardown;
                            if (Array.isArray(data14)) {
                                const len5 = data14.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                    let data15 = data14[i5];
                                    if (Array.isArray(data15)) {
                                        const len6 = data15.length;
                                        for (let i6 = 0; i6 < len6; i6++) {
                                            if (typeof data15[i6] !== "string") {
                                                const err21 = { instancePath: instancePath + "/commandTests/" + i1 + "/teardown/" + i5 + "/" + i6, schemaPath: "#/properties/commandTests/items/properties/teardown/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err21];
                                                }
                                                else {
                                                    vErrors.push(err21);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err22 = { instancePath: instancePath + "/commandTests/" + i1 + "/teardown/" + i5, schemaPath: "#/properties/commandTests/items/properties/teardown/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err22];
                                        }
                                        else {
                                            vErrors.push(err22);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err23 = { instancePath: instancePath + "/commandTests/" + i1 + "/teardown", schemaPath: "#/properties/commandTests/items/properties/teardown/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data7.envVars !== undefined) {
                            let data17 = data7.envVars;
                            if (Array.isArray(data17)) {
                                const len7 = data17.length;
                                for (let i7 = 0; i7 < len7; i7++) {
                                    let data18 = data17[i7];
                                    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        if (data18.key === undefined) {
                                            const err24 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7, schemaPath: "#/properties/commandTests/items/properties/envVars/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err24];
                                            }
                                            else {
                                                vErrors.push(err24);
                                            }
                                            errors++;
                                        }
                                        for (const key3 in data18) {
                                            if (!(((key3 === "key") || (key3 === "value")) || (key3 === "isRegex"))) {
                                                const err25 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7, schemaPath: "#/properties/commandTests/items/properties/envVars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err25];
                                                }
                                                else {
                                                    vErrors.push(err25);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.key !== undefined) {
                                            if (typeof data18.key !== "string") {
                                                const err26 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7 + "/key", schemaPath: "#/properties/commandTests/items/properties/envVars/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err26];
                                                }
                                                else {
                                                    vErrors.push(err26);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.value !== undefined) {
                                            if (typeof data18.value !== "string") {
                                                const err27 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7 + "/value", schemaPath: "#/properties/commandTests/items/properties/envVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err27];
                                                }
                                                else {
                                                    vErrors.push(err27);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.isRegex !== undefined) {
                                            if (typeof data18.isRegex !== "boolean") {
                                                const err28 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7 + "/isRegex", schemaPath: "#/properties/commandTests/items/properties/envVars/items/properties/isRegex/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                if (vErrors === null) {
                                                    vErrors = [err28];
                                                }
                                                else {
                                                    vErrors.push(err28);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err29 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars/" + i7, schemaPath: "#/properties/commandTests/items/properties/envVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err29];
                                        }
                                        else {
                                            vErrors.push(err29);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err30 = { instancePath: instancePath + "/commandTests/" + i1 + "/envVars", schemaPath: "#/properties/commandTests/items/properties/envVars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data7.exitCode !== undefined) {
                            let data22 = data7.exitCode;
                            if (!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))) {
                                const err31 = { instancePath: instancePath + "/commandTests/" + i1 + "/exitCode", schemaPath: "#/properties/commandTests/items/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        if (data7.expectedOutput !== undefined) {
                            let data23 = data7.expectedOutput;
                            if (Array.isArray(data23)) {
                                const len8 = data23.length;
                                for (let i8 = 0; i8 < len8; i8++) {
                                    if (typeof data23[i8] !== "string") {
                                        const err32 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedOutput/" + i8, schemaPath: "#/properties/commandTests/items/properties/expectedOutput/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err32];
                                        }
                                        else {
                                            vErrors.push(err32);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err33 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedOutput", schemaPath: "#/properties/commandTests/items/properties/expectedOutput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data7.excludedOutput !== undefined) {
                            let data25 = data7.excludedOutput;
                            if (Array.isArray(data25)) {
                                const len9 = data25.length;
                                for (let i9 = 0; i9 < len9; i9++) {
                                    if (typeof data25[i9] !== "string") {
                                        const err34 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedOutput/" + i9, schemaPath: "#/properties/commandTests/items/properties/excludedOutput/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err34];
                                        }
                                        else {
                                            vErrors.push(err34);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err35 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedOutput", schemaPath: "#/properties/commandTests/items/properties/excludedOutput/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        if (data7.expectedError !== undefined) {
                            let data27 = data7.expectedError;
                            if (Array.isArray(data27)) {
                                const len10 = data27.length;
                                for (let i10 = 0; i10 < len10; i10++) {
                                    if (typeof data27[i10] !== "string") {
                                        const err36 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedError/" + i10, schemaPath: "#/properties/commandTests/items/properties/expectedError/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err36];
                                        }
                                        else {
                                            vErrors.push(err36);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err37 = { instancePath: instancePath + "/commandTests/" + i1 + "/expectedError", schemaPath: "#/properties/commandTests/items/properties/expectedError/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err37];
                                }
                                else {
                                    vErrors.push(err37);
                                }
                                errors++;
                            }
                        }
                        if (data7.excludedError !== undefined) {
                            let data29 = data7.excludedError;
                            if (Array.isArray(data29)) {
                                const len11 = data29.length;
                                for (let i11 = 0; i11 < len11; i11++) {
                                    if (typeof data29[i11] !== "string") {
                                        const err38 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedError/" + i11, schemaPath: "#/properties/commandTests/items/properties/excludedError/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err38];
                                        }
                                        else {
                                            vErrors.push(err38);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err39 = { instancePath: instancePath + "/commandTests/" + i1 + "/excludedError", schemaPath: "#/properties/commandTests/items/properties/excludedError/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err40 = { instancePath: instancePath + "/commandTests/" + i1, schemaPath: "#/properties/commandTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err41 = { instancePath: instancePath + "/commandTests", schemaPath: "#/properties/commandTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        if (data.fileExistenceTests !== undefined) {
            let data31 = data.fileExistenceTests;
            if (Array.isArray(data31)) {
                const len12 = data31.length;
                for (let i12 = 0; i12 < len12; i12++) {
                    let data32 = data31[i12];
                    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        if (data32.name === undefined) {
                            const err42 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                        if (data32.path === undefined) {
                            const err43 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                        for (const key4 in data32) {
                            if (!((((key4 === "name") || (key4 === "path")) || (key4 === "shouldExist")) || (key4 === "permissions"))) {
                                const err44 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        if (data32.name !== undefined) {
                            if (typeof data32.name !== "string") {
                                const err45 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/name", schemaPath: "#/properties/fileExistenceTests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        if (data32.path !== undefined) {
                            if (typeof data32.path !== "string") {
                                const err46 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/path", schemaPath: "#/properties/fileExistenceTests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data32.shouldExist !== undefined) {
                            if (typeof data32.shouldExist !== "boolean") {
                                const err47 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/shouldExist", schemaPath: "#/properties/fileExistenceTests/items/properties/shouldExist/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                        if (data32.permissions !== undefined) {
                            let data36 = data32.permissions;
                            if (typeof data36 === "string") {
                                if (!pattern0.test(data36)) {
                                    const err48 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/permissions", schemaPath: "#/properties/fileExistenceTests/items/properties/permissions/pattern", keyword: "pattern", params: { pattern: "^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$" }, message: "must match pattern \"" + "^$|^[dalTLDpSugct?-]*[r-][w-][xsS-][r-][w-][xsS-][r-][w-][xtT-]$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err49 = { instancePath: instancePath + "/fileExistenceTests/" + i12 + "/permissions", schemaPath: "#/properties/fileExistenceTests/items/properties/permissions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err50 = { instancePath: instancePath + "/fileExistenceTests/" + i12, schemaPath: "#/properties/fileExistenceTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err51 = { instancePath: instancePath + "/fileExistenceTests", schemaPath: "#/properties/fileExistenceTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
        }
        if (data.fileContentTests !== undefined) {
            let data37 = data.fileContentTests;
            if (Array.isArray(data37)) {
                const len13 = data37.length;
                for (let i13 = 0; i13 < len13; i13++) {
                    let data38 = data37[i13];
                    if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        if (data38.name === undefined) {
                            const err52 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                            if (vErrors === null) {
                                vErrors = [err52];
                            }
                            else {
                                vErrors.push(err52);
                            }
                            errors++;
                        }
                        if (data38.path === undefined) {
                            const err53 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                        for (const key5 in data38) {
                            if (!((((key5 === "name") || (key5 === "path")) || (key5 === "expectedContents")) || (key5 === "excludedContents"))) {
                                const err54 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        if (data38.name !== undefined) {
                            if (typeof data38.name !== "string") {
                                const err55 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/name", schemaPath: "#/properties/fileContentTests/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                        }
                        if (data38.path !== undefined) {
                            if (typeof data38.path !== "string") {
                                const err56 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/path", schemaPath: "#/properties/fileContentTests/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err56];
                                }
                                else {
                                    vErrors.push(err56);
                                }
                                errors++;
                            }
                        }
                        if (data38.expectedContents !== undefined) {
                            let data41 = data38.expectedContents;
                            if (Array.isArray(data41)) {
                                const len14 = data41.length;
                                for (let i14 = 0; i14 < len14; i14++) {
                                    if (typeof data41[i14] !== "string") {
                                        const err57 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/expectedContents/" + i14, schemaPath: "#/properties/fileContentTests/items/properties/expectedContents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err57];
                                        }
                                        else {
                                            vErrors.push(err57);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err58 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/expectedContents", schemaPath: "#/properties/fileContentTests/items/properties/expectedContents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        if (data38.excludedContents !== undefined) {
                            let data43 = data38.excludedContents;
                            if (Array.isArray(data43)) {
                                const len15 = data43.length;
                                for (let i15 = 0; i15 < len15; i15++) {
                                    if (typeof data43[i15] !== "string") {
                                        const err59 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/excludedContents/" + i15, schemaPath: "#/properties/fileContentTests/items/properties/excludedContents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err59];
                                        }
                                        else {
                                            vErrors.push(err59);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err60 = { instancePath: instancePath + "/fileContentTests/" + i13 + "/excludedContents", schemaPath: "#/properties/fileContentTests/items/properties/excludedContents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err61 = { instancePath: instancePath + "/fileContentTests/" + i13, schemaPath: "#/properties/fileContentTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err62 = { instancePath: instancePath + "/fileContentTests", schemaPath: "#/properties/fileContentTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err62];
                }
                else {
                    vErrors.push(err62);
                }
                errors++;
            }
        }
        if (data.licenseTests !== undefined) {
            let data45 = data.licenseTests;
            if (Array.isArray(data45)) {
                const len16 = data45.length;
                for (let i16 = 0; i16 < len16; i16++) {
                    let data46 = data45[i16];
                    if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                        for (const key6 in data46) {
                            if (!((key6 === "debian") || (key6 === "files"))) {
                                const err63 = { instancePath: instancePath + "/licenseTests/" + i16, schemaPath: "#/properties/licenseTests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data46.debian !== undefined) {
                            if (typeof data46.debian !== "boolean") {
                                const err64 = { instancePath: instancePath + "/licenseTests/" + i16 + "/debian", schemaPath: "#/properties/licenseTests/items/properties/debian/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err64];
                                }
                                else {
                                    vErrors.push(err64);
                                }
                                errors++;
                            }
                        }
                        if (data46.files !== undefined) {
                            let data48 = data46.files;
                            if (Array.isArray(data48)) {
                                const len17 = data48.length;
                                for (let i17 = 0; i17 < len17; i17++) {
                                    if (typeof data48[i17] !== "string") {
                                        const err65 = { instancePath: instancePath + "/licenseTests/" + i16 + "/files/" + i17, schemaPath: "#/properties/licenseTests/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err65];
                                        }
                                        else {
                                            vErrors.push(err65);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/licenseTests/" + i16 + "/files", schemaPath: "#/properties/licenseTests/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err67 = { instancePath: instancePath + "/licenseTests/" + i16, schemaPath: "#/properties/licenseTests/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err68 = { instancePath: instancePath + "/licenseTests", schemaPath: "#/properties/licenseTests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err68];
                }
                else {
                    vErrors.push(err68);
                }
                errors++;
            }
        }
        if (data.compliance !== undefined) {
            let data50 = data.compliance;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                for (const key7 in data50) {
                    if (!(((((key7 === "packs") || (key7 === "severity")) || (key7 === "ignore")) || (key7 === "vulnerabilities")) || (key7 === "settings"))) {
                        const err69 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err69];
                        }
                        else {
                            vErrors.push(err69);
                        }
                        errors++;
                    }
                }
                if (data50.packs !== undefined) {
                    let data51 = data50.packs;
                    if (Array.isArray(data51)) {
                        const len18 = data51.length;
                        for (let i18 = 0; i18 < len18; i18++) {
                            let data52 = data51[i18];
                            if (typeof data52 !== "string") {
                                const err70 = { instancePath: instancePath + "/compliance/packs/" + i18, schemaPath: "#/properties/compliance/properties/packs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err70];
                                }
                                else {
                                    vErrors.push(err70);
                                }
                                errors++;
                            }
                            if (!(data52 === "cis-docker")) {
                                const err71 = { instancePath: instancePath + "/compliance/packs/" + i18, schemaPath: "#/properties/compliance/properties/packs/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.compliance.properties.packs.items.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err72 = { instancePath: instancePath + "/compliance/packs", schemaPath: "#/properties/compliance/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                }
                if (data50.severity !== undefined) {
                    let data53 = data50.severity;
                    if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                        for (const key8 in data53) {
                            let data54 = data53[key8];
                            if (typeof data54 !== "string") {
                                const err73 = { instancePath: instancePath + "/compliance/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/compliance/properties/severity/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                            if (!((((data54 === "error") || (data54 === "warning")) || (data54 === "note")) || (data54 === "off"))) {
                                const err74 = { instancePath: instancePath + "/compliance/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/compliance/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema12.properties.compliance.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err74];
                                }
                                else {
                                    vErrors.push(err74);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err75 = { instancePath: instancePath + "/compliance/severity", schemaPath: "#/properties/compliance/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err75];
                        }
                        else {
                            vErrors.push(err75);
                        }
                        errors++;
                    }
                }
                if (data50.ignore !== undefined) {
                    let data55 = data50.ignore;
                    if (Array.isArray(data55)) {
                        const len19 = data55.length;
                        for (let i19 = 0; i19 < len19; i19++) {
                            let data56 = data55[i19];
                            if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                                if (data56.rule === undefined) {
                                    const err76 = { instancePath: instancePath + "/compliance/ignore/" + i19, schemaPath: "#/properties/compliance/properties/ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                                if (data56.reason === undefined) {
                                    const err77 = { instancePath: instancePath + "/compliance/ignore/" + i19, schemaPath: "#/properties/compliance/properties/ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err77];
                                    }
                                    else {
                                        vErrors.push(err77);
                                    }
                                    errors++;
                                }
                                for (const key9 in data56) {
                                    if (!((((key9 === "rule") || (key9 === "paths")) || (key9 === "reason")) || (key9 === "until"))) {
                                        const err78 = { instancePath: instancePath + "/compliance/ignore/" + i19, schemaPath: "#/properties/compliance/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err78];
                                        }
                                        else {
                                            vErrors.push(err78);
                                        }
                                        errors++;
                                    }
                                }
                                if (data56.rule !== undefined) {
                                    let data57 = data56.rule;
                                    if (typeof data57 === "string") {
                                        if (data57.length < 1) {
                                            const err79 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/rule", schemaPath: "#/properties/compliance/properties/ignore/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err79];
                                            }
                                            else {
                                                vErrors.push(err79);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err80 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/rule", schemaPath: "#/properties/compliance/properties/ignore/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err80];
                                        }
                                        else {
                                            vErrors.push(err80);
                                        }
                                        errors++;
                                    }
                                }
                                if (data56.paths !== undefined) {
                                    let data58 = data56.paths;
                                    if (Array.isArray(data58)) {
                                        const len20 = data58.length;
                                        for (let i20 = 0; i20 < len20; i20++) {
                                            let data59 = data58[i20];
                                            if (typeof data59 === "string") {
                                                if (data59.length < 1) {
                                                    const err81 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/paths/" + i20, schemaPath: "#/properties/compliance/properties/ignore/items/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err81];
                                                    }
                                                    else {
                                                        vErrors.push(err81);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err82 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/paths/" + i20, schemaPath: "#/properties/compliance/properties/ignore/items/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err82];
                                                }
                                                else {
                                                    vErrors.push(err82);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err83 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/paths", schemaPath: "#/properties/compliance/properties/ignore/items/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err83];
                                        }
                                        else {
                                            vErrors.push(err83);
                                        }
                                        errors++;
                                    }
                                }
                                if (data56.reason !== undefined) {
                                    let data60 = data56.reason;
                                    if (typeof data60 === "string") {
                                        if (data60.length < 1) {
                                            const err84 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/reason", schemaPath: "#/properties/compliance/properties/ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                            if (vErrors === null) {
                                                vErrors = [err84];
                                            }
                                            else {
                                                vErrors.push(err84);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err85 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/reason", schemaPath: "#/properties/compliance/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err85];
                                        }
                                        else {
                                            vErrors.push(err85);
                                        }
                                        errors++;
                                    }
                                }
                                if (data56.until !== undefined) {
                                    let data61 = data56.until;
                                    if (typeof data61 === "string") {
                                        if (!pattern1.test(data61)) {
                                            const err86 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/until", schemaPath: "#/properties/compliance/properties/ignore/items/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"" };
                                            if (vErrors === null) {
                                                vErrors = [err86];
                                            }
                                            else {
                                                vErrors.push(err86);
                                            }
                                            errors++;
                                        }
                                    }
                                    else {
                                        const err87 = { instancePath: instancePath + "/compliance/ignore/" + i19 + "/until", schemaPath: "#/properties/compliance/properties/ignore/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err87];
                                        }
                                        else {
                                            vErrors.push(err87);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err88 = { instancePath: instancePath + "/compliance/ignore/" + i19, schemaPath: "#/properties/compliance/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err88];
                                }
                                else {
                                    vErrors.push(err88);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err89 = { instancePath: instancePath + "/compliance/ignore", schemaPath: "#/properties/compliance/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err89];
                        }
                        else {
                            vErrors.push(err89);
                        }
                        errors++;
                    }
                }
                if (data50.vulnerabilities !== undefined) {
                    let data62 = data50.vulnerabilities;
                    if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                        for (const key10 in data62) {
                            if (!((((key10 === "failOn") || (key10 === "ignoreUnfixed")) || (key10 === "maxDbAge")) || (key10 === "failOnStaleDb"))) {
                                const err90 = { instancePath: instancePath + "/compliance/vulnerabilities", schemaPath: "#/properties/compliance/properties/vulnerabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err90];
                                }
                                else {
                                    vErrors.push(err90);
                                }
                                errors++;
                            }
                        }
                        if (data62.failOnStaleDb !== undefined) {
                            if (data62.maxDbAge === undefined) {
                                const err91 = { instancePath: instancePath + "/compliance/vulnerabilities", schemaPath: "#/properties/compliance/properties/vulnerabilities/dependencies", keyword: "dependencies", params: { property: "failOnStaleDb",
                                        missingProperty: "maxDbAge",
                                        depsCount: 1,
                                        deps: "maxDbAge" }, message: "must have property maxDbAge when property failOnStaleDb is present" };
                                if (vErrors === null) {
                                    vErrors = [err91];
                                }
                                else {
                                    vErrors.push(err91);
                                }
                                errors++;
                            }
                        }
                        if (data62.failOn !== undefined) {
                            let data63 = data62.failOn;
                            if (typeof data63 !== "string") {
                                const err92 = { instancePath: instancePath + "/compliance/vulnerabilities/failOn", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err92];
                                }
                                else {
                                    vErrors.push(err92);
                                }
                                errors++;
                            }
                            if (!((((((data63 === "critical") || (data63 === "high")) || (data63 === "medium")) || (data63 === "low")) || (data63 === "negligible")) || (data63 === "none"))) {
                                const err93 = { instancePath: instancePath + "/compliance/vulnerabilities/failOn", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema12.properties.compliance.properties.vulnerabilities.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err93];
                                }
                                else {
                                    vErrors.push(err93);
                                }
                                errors++;
                            }
                        }
                        if (data62.ignoreUnfixed !== undefined) {
                            if (typeof data62.ignoreUnfixed !== "boolean") {
                                const err94 = { instancePath: instancePath + "/compliance/vulnerabilities/ignoreUnfixed", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/ignoreUnfixed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err94];
                                }
                                else {
                                    vErrors.push(err94);
                                }
                                errors++;
                            }
                        }
                        if (data62.maxDbAge !== undefined) {
                            let data65 = data62.maxDbAge;
                            if (typeof data65 === "string") {
                                if (!pattern2.test(data65)) {
                                    const err95 = { instancePath: instancePath + "/compliance/vulnerabilities/maxDbAge", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/maxDbAge/pattern", keyword: "pattern", params: { pattern: "^[1-9]\\d*[hdw]$" }, message: "must match pattern \"" + "^[1-9]\\d*[hdw]$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err95];
                                    }
                                    else {
                                        vErrors.push(err95);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err96 = { instancePath: instancePath + "/compliance/vulnerabilities/maxDbAge", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/maxDbAge/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err96];
                                }
                                else {
                                    vErrors.push(err96);
                                }
                                errors++;
                            }
                        }
                        if (data62.failOnStaleDb !== undefined) {
                            if (typeof data62.failOnStaleDb !== "boolean") {
                                const err97 = { instancePath: instancePath + "/compliance/vulnerabilities/failOnStaleDb", schemaPath: "#/properties/compliance/properties/vulnerabilities/properties/failOnStaleDb/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err97];
                                }
                                else {
                                    vErrors.push(err97);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err98 = { instancePath: instancePath + "/compliance/vulnerabilities", schemaPath: "#/properties/compliance/properties/vulnerabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                }
                if (data50.settings !== undefined) {
                    let data67 = data50.settings;
                    if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                        for (const key11 in data67) {
                            if (!(((key11 === "maxImageSize") || (key11 === "maxLayers")) || (key11 === "setuidAllowlist"))) {
                                const err99 = { instancePath: instancePath + "/compliance/settings", schemaPath: "#/properties/compliance/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err99];
                                }
                                else {
                                    vErrors.push(err99);
                                }
                                errors++;
                            }
                        }
                        if (data67.maxImageSize !== undefined) {
                            let data68 = data67.maxImageSize;
                            if ((typeof data68 !== "string") && (!((typeof data68 == "number") && (!(data68 % 1) && !isNaN(data68))))) {
                                const err100 = { instancePath: instancePath + "/compliance/settings/maxImageSize", schemaPath: "#/properties/compliance/properties/settings/properties/maxImageSize/type", keyword: "type", params: { type: schema12.properties.compliance.properties.settings.properties.maxImageSize.type }, message: "must be string,integer" };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                            if (typeof data68 === "string") {
                                if (!pattern3.test(data68)) {
                                    const err101 = { instancePath: instancePath + "/compliance/settings/maxImageSize", schemaPath: "#/properties/compliance/properties/settings/properties/maxImageSize/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$" }, message: "must match pattern \"" + "^\\d+(\\.\\d+)?\\s*([KMGT]i?B|B)?$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err101];
                                    }
                                    else {
                                        vErrors.push(err101);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data67.maxLayers !== undefined) {
                            let data69 = data67.maxLayers;
                            if (!((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69)))) {
                                const err102 = { instancePath: instancePath + "/compliance/settings/maxLayers", schemaPath: "#/properties/compliance/properties/settings/properties/maxLayers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                            if (typeof data69 == "number") {
                                if (data69 < 1 || isNaN(data69)) {
                                    const err103 = { instancePath: instancePath + "/compliance/settings/maxLayers", schemaPath: "#/properties/compliance/properties/settings/properties/maxLayers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                    if (vErrors === null) {
                                        vErrors = [err103];
                                    }
                                    else {
                                        vErrors.push(err103);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data67.setuidAllowlist !== undefined) {
                            let data70 = data67.setuidAllowlist;
                            if (Array.isArray(data70)) {
                                const len21 = data70.length;
                                for (let i21 = 0; i21 < len21; i21++) {
                                    if (typeof data70[i21] !== "string") {
                                        const err104 = { instancePath: instancePath + "/compliance/settings/setuidAllowlist/" + i21, schemaPath: "#/properties/compliance/properties/settings/properties/setuidAllowlist/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err104];
                                        }
                                        else {
                                            vErrors.push(err104);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err105 = { instancePath: instancePath + "/compliance/settings/setuidAllowlist", schemaPath: "#/properties/compliance/properties/settings/properties/setuidAllowlist/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err105];
                                }
                                else {
                                    vErrors.push(err105);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err106 = { instancePath: instancePath + "/compliance/settings", schemaPath: "#/properties/compliance/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err106];
                        }
                        else {
                            vErrors.push(err106);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err107 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err107];
                }
                else {
                    vErrors.push(err107);
                }
                errors++;
            }
        }
        if (data.machineImage !== undefined) {
            let data72 = data.machineImage;
            if (!(data72 && typeof data72 == "object" && !Array.isArray(data72))) {
                const err108 = { instancePath: instancePath + "/machineImage", schemaPath: "#/properties/machineImage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err108];
                }
                else {
                    vErrors.push(err108);
                }
                errors++;
            }
        }
    }
    else {
        const err109 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err109];
        }
        else {
            vErrors.push(err109);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./shared/src/compliance/regex.ts
var regex = __webpack_require__(37332);
// EXTERNAL MODULE: ./shared/src/compliance/policy-default.ts
var policy_default = __webpack_require__(81005);
;// CONCATENATED MODULE: ./shared/src/compliance/policy-load.ts








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
/**
 * The schemas compiled ahead of time (policy-validators-gen.ts writes them; a unit test fails when they are out of
 * date): compiling the 2.0.0 schema at run time was the largest part of test-image's start-up (issue 17).
 */
const VALIDATORS = { '2.0.0': validate200, '1.0.0': validate100 };
function validate(value, version) {
    const v = VALIDATORS[version];
    return v(value) ? [] : (v.errors ?? []);
}
function parsePolicy({ text, file }) {
    const lines = new dist.LineCounter();
    // YAML 1.1, the dialect of Go's yaml.v2 that container-structure-test reads policies with.
    const doc = (0,dist.parseDocument)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, version: '1.1', logLevel: 'error' });
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
        return (0,dist.isScalar)(n) ? n.source : undefined;
    };
    const nodeLine = (path, key = false) => {
        if (key && path.length > 0) {
            const parent = doc.getIn(path.slice(0, -1), true);
            if ((0,dist.isMap)(parent)) {
                const pair = parent.items.find((it) => (0,dist.isPair)(it) && (0,dist.isScalar)(it.key) && it.key.value === path[path.length - 1]);
                if (pair !== undefined && (0,dist.isNode)(pair.key))
                    return lineAt(pair.key.range?.[0]);
            }
        }
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        return (0,dist.isNode)(node) ? lineAt(node.range?.[0]) : undefined;
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
        const r = (0,regex.compileRegex)(re);
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
        const r = re === undefined ? undefined : (0,regex.compileRegex)(re);
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
/** The policy used when none is given: no tests, the default packs (its home is policy-default.ts, which a run without a policy loads alone). */



/***/ }),

/***/ 37332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileRegex: () => (/* binding */ compileRegex)
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
