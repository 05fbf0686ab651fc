/**
 * The JSON Schema of the policy file. The copy published for editors,
 * `schema/image-policy.schema.json`, is this object written out; a unit test
 * fails when the two differ (regenerate with
 * `npx tsx -e "import('./shared/src/compliance/policy-schema.ts').then(m => m.writePolicySchema())"`).
 */
import { writeFileSync } from 'node:fs';

const str = { type: 'string' } as const;
const strList = { type: 'array', items: str } as const;
// CST's EnvVar/Label (pkg/types/unversioned/types.go): a missing `value` is Go's zero value, ''.
const keyValue = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: { key: str, value: str, isRegex: { type: 'boolean' } },
} as const;
const regexList = {
  type: 'array',
  items: str,
  description: "Go regular expressions (RE2 syntax, as container-structure-test's regexp.MatchString): a match anywhere in the text counts.",
} as const;
/** -1 is CST's default, "not checked". */
const ownerId = { type: 'integer', minimum: -1, description: '-1 (the default) means not checked.' } as const;

const POLICY_SCHEMA_ID = 'https://github.com/image-pipeline/image-pipeline/schema/image-policy.schema.json';

export const policySchema = {
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
      description:
        'container-structure-test schema version: 2.0.0, or 1.0.0 (read as CST reads it: command as an argv list, no metadataTest; see POLICY_SCHEMA_V1).',
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
            description:
              "Go's os.FileMode string, e.g. -rwxr-xr-x, drwxr-xr-x, urwxr-xr-x (setuid), dtrwxrwxrwx (sticky), Lrwxrwxrwx (a link: the link itself is examined). Empty: not checked.",
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
      description:
        'Registry images only: the signers trusted and the sigstore bundles (OCI referrers) that must be there, verified. With this section the image signature is required unless signature: false.',
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
              description:
                "Path (relative to the policy file) of the sigstore trusted_root.json: `cosign trusted-root create`, or the public instance's from its TUF repository.",
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
} as const;

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
export const POLICY_SCHEMA_V1 = {
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
} as const;

export function writePolicySchema(file = 'schema/image-policy.schema.json'): void {
  writeFileSync(file, `${JSON.stringify(policySchema, null, 2)}\n`);
}
