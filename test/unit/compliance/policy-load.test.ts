import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { loadPolicy, parsePolicy } from '../../../shared/src/compliance/policy-load.js';
import { policySchema } from '../../../shared/src/compliance/policy-schema.js';
import { PipelineError } from '../../../shared/src/errors.js';

const POLICIES = path.join(process.cwd(), 'test/fixtures/test-image/policies');

function failure(text: string): PipelineError {
  try {
    parsePolicy({ text, file: 'image-policy.yml' });
  } catch (e) {
    return e as PipelineError;
  }
  throw new Error('expected the policy to be refused');
}

describe('policy loading', () => {
  it('reads a container-structure-test file with every field, plus compliance and machineImage', async () => {
    const loaded = await loadPolicy(path.join(POLICIES, 'full.yml'), 'full.yml');
    expect(loaded.policy.commandTests?.[0]?.setup).toEqual([['/bin/busybox', 'touch', '/tmp/setup-ran']]);
    expect(loaded.policy.fileExistenceTests?.[0]).toMatchObject({ permissions: '-rwxr-xr-x', uid: 0, gid: 0, isExecutableBy: 'any' });
    expect(loaded.policy.metadataTest?.entrypoint).toEqual([]);
    expect(loaded.policy.compliance?.ignore?.[0]).toEqual({ rule: 'CIS-4.8', paths: ['/usr/bin/**'], reason: 'vendor tools need it', until: '2099-12-31' });
    expect(loaded.machineImage).toEqual({ anything: ['goes', 'here'] });
    expect(loaded.lineOf(['fileExistenceTests', 1])).toBe(28);
    expect(loaded.lineOf(['commandTests', 0])).toBe(7);
  });

  it('a YAML syntax error names file and line', () => {
    const e = failure("schemaVersion: '2.0.0'\nfileExistenceTests:\n  - name: a\n    path: [unclosed\n");
    expect(e.code).toBe('POLICY');
    expect(e.file).toBe('image-policy.yml');
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.message).toMatch(/not valid YAML/);
  });

  it('an unknown field names file, line and field, and lists the valid ones', () => {
    const e = failure("schemaVersion: '2.0.0'\nfileExistenceTests:\n  - name: a\n    path: /x\n    shouldExsit: true\n");
    expect(e).toMatchObject({ code: 'POLICY', file: 'image-policy.yml', line: 5 });
    expect(e.message).toContain("unknown field 'shouldExsit' in fileExistenceTests[0]");
    expect(e.hint).toContain('shouldExist');
  });

  it('an unknown top-level field is refused too', () => {
    const e = failure("schemaVersion: '2.0.0'\ncommandTest: []\n");
    expect(e).toMatchObject({ line: 2 });
    expect(e.message).toContain("unknown field 'commandTest' in the top level");
  });

  it('a wrong type names file, line and field', () => {
    const e = failure("schemaVersion: '2.0.0'\nfileExistenceTests:\n  - name: a\n    path: /x\n    uid: root\n");
    expect(e).toMatchObject({ code: 'POLICY', file: 'image-policy.yml', line: 5 });
    expect(e.message).toContain('fileExistenceTests[0].uid must be integer');
  });

  it('a missing required field and a bad enum are named', () => {
    expect(failure("schemaVersion: '2.0.0'\ncompliance:\n  ignore:\n    - rule: CIS-4.1\n").message).toContain(
      "compliance.ignore[0] is missing the required field 'reason'",
    );
    const e = failure("schemaVersion: '2.0.0'\ncompliance:\n  severity:\n    CIS-4.1: fatal\n");
    expect(e.message).toContain('compliance.severity.CIS-4.1 must be one of error, warning, note, off');
    expect(e.line).toBe(4);
    // As container-structure-test: a version it does not know is refused by name; 1.0.0 is read (see the 1.0.0 tests).
    expect(failure('schemaVersion: 3.0.0\n').message).toContain(
      'schemaVersion \'3.0.0\' is not one container-structure-test knows ("Unsupported schema version: 3.0.0")',
    );
  });

  it('refuses bad regexes and impossible dates with their line', () => {
    const re = failure("schemaVersion: '2.0.0'\nfileContentTests:\n  - name: a\n    path: /x\n    expectedContents: ['ok', '(unclosed']\n");
    expect(re.message).toContain("fileContentTests[0].expectedContents[1]: '(unclosed' is not a valid regular expression");
    expect(re.line).toBe(5);
    const date = failure("schemaVersion: '2.0.0'\ncompliance:\n  ignore:\n    - rule: CIS-4.1\n      reason: r\n      until: '2026-02-30'\n");
    expect(date.message).toContain('compliance.ignore[0].until');
    expect(date.line).toBe(6);
  });

  it('an empty file and a missing file are clear', async () => {
    expect(failure('').message).toContain('empty');
    await expect(loadPolicy('/nonexistent/p.yml', 'p.yml')).rejects.toMatchObject({ code: 'NOT_FOUND', input: 'policy', file: 'p.yml' });
  });

  it('the published schema is the one the loader uses', async () => {
    const published = JSON.parse(await fs.readFile(path.join(process.cwd(), 'schema/image-policy.schema.json'), 'utf8')) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(policySchema)));
  });
});

const load = (text: string) => parsePolicy({ text, file: 'p.yml' });

// What container-structure-test's yaml.v2 decoding into pkg/types/v2 structs gives for the same text.
describe('policies read as container-structure-test reads them', () => {
  it('a YAML null is the field left out, for every field (Go keeps the zero value)', () => {
    const p = load(`schemaVersion: '2.0.0'
globalEnvVars:
commandTests:
  - name: c
    command: echo
    args:
    expectedOutput:
    setup:
fileExistenceTests:
  - name: f
    path: /x
    shouldExist: ~
    uid: ~
    permissions:
licenseTests:
  - debian: true
    files:
metadataTest:
containerRunOptions:
`).policy;
    expect(p.globalEnvVars).toBeUndefined();
    expect(p.commandTests?.[0]).toEqual({ name: 'c', command: 'echo' });
    expect(p.fileExistenceTests?.[0]).toEqual({ name: 'f', path: '/x' });
    expect(p.licenseTests).toEqual([{ debian: true }]);
    expect(p.metadataTest).toBeUndefined();
    expect(p.containerRunOptions).toBeUndefined();
  });

  it('a null list item is the zero value of the item type', () => {
    const p = load("schemaVersion: '2.0.0'\nlicenseTests:\n  - files: [~, /a]\n").policy;
    expect(p.licenseTests?.[0]?.files).toEqual(['', '/a']);
  });

  it('a scalar read into a text field is its text as written; YAML 1.1 booleans for boolean fields', () => {
    const p = load(`schemaVersion: 2.0.0
fileExistenceTests:
  - {name: 123, path: /x, shouldExist: yes, uid: 0755}
metadataTest:
  envVars: [{key: PORT, value: 8080}, {key: DEBUG, value: no}, {key: V, value: 1.10}, {key: D, value: 2024-01-02}]
  exposedPorts: [80, 443/tcp]
`).policy;
    expect(p.schemaVersion).toBe('2.0.0');
    expect(p.fileExistenceTests?.[0]).toEqual({ name: '123', path: '/x', shouldExist: true, uid: 0o755 });
    expect(p.metadataTest?.envVars).toEqual([
      { key: 'PORT', value: '8080' },
      { key: 'DEBUG', value: 'no' },
      { key: 'V', value: '1.10' },
      { key: 'D', value: '2024-01-02' },
    ]);
    expect(p.metadataTest?.exposedPorts).toEqual(['80', '443/tcp']);
  });

  it('YAML 1.1 does not change our own section: `off` stays a severity, an unquoted date stays a date string; merge keys work', () => {
    const p = load(
      "schemaVersion: '2.0.0'\ncompliance:\n  severity: {CIS-4.1: off}\n  ignore:\n    - {rule: CIS-4.1, reason: r, until: 2026-12-31}\nfileExistenceTests:\n  - &b {name: a, path: /x}\n  - <<: *b\n    shouldExist: on\n",
    ).policy;
    expect(p.compliance).toEqual({ severity: { 'CIS-4.1': 'off' }, ignore: [{ rule: 'CIS-4.1', reason: 'r', until: '2026-12-31' }] });
    expect(p.fileExistenceTests?.[1]).toEqual({ name: 'a', path: '/x', shouldExist: true });
  });

  it('every form of CST v2 metadata fields: unboundEnvVars as objects or names, entries without value, uid/gid -1', () => {
    const p = load(`schemaVersion: '2.0.0'
metadataTest:
  envVars:
  - key: EMPTY_VAR
  - key: REGEX_VAR
    value: '[a-z]+-2\\.1\\.*'
    isRegex: true
  labels:
  - key: label-with-empty-val
  unboundEnvVars:
  - key: BAR_FOO
  - BAZ
fileExistenceTests:
  - {name: any owner, path: /, uid: -1, gid: -1, isExecutableBy: any}
`).policy;
    expect(p.metadataTest?.envVars).toEqual([
      { key: 'EMPTY_VAR', value: '' },
      { key: 'REGEX_VAR', value: '[a-z]+-2\\.1\\.*', isRegex: true },
    ]);
    expect(p.metadataTest?.labels).toEqual([{ key: 'label-with-empty-val', value: '' }]);
    expect(p.metadataTest?.unboundEnvVars).toEqual(['BAR_FOO', 'BAZ']);
    expect(p.fileExistenceTests?.[0]).toMatchObject({ uid: -1, gid: -1 });
    expect(failure("schemaVersion: '2.0.0'\nfileExistenceTests:\n  - {name: a, path: /, uid: -2}\n").message).toContain(
      'fileExistenceTests[0].uid must be >= -1',
    );
  });

  it('schemaVersion 1.0.0 is read as CST reads it (pkg/types/v1): command as an argv list', () => {
    // CST's own tests/amd64/ubuntu_22_04_failure_test.yaml, abridged: `files:` left empty.
    const loaded = load(`schemaVersion: '1.0.0'
commandTests:
- name: 'bad apt-get-command'
  command: ['apt-get', 'dslkfjasl']
  excludedError: ['.*FAIL.*']
  expectedError: ['.*Invalid operation dslkfjasl.*']
  exitCode: 1
fileExistenceTests:
- name: 'Wrong permissions'
  path: '/etc/apt/sources.list'
  permissions: '-rwxrwxrwx'
  shouldExist: true
licenseTests:
- debian: true
  files:
`);
    expect(loaded.policy.commandTests?.[0]).toEqual({
      name: 'bad apt-get-command',
      command: 'apt-get',
      args: ['dslkfjasl'],
      excludedError: ['.*FAIL.*'],
      expectedError: ['.*Invalid operation dslkfjasl.*'],
      exitCode: 1,
    });
    expect(loaded.policy.licenseTests).toEqual([{ debian: true }]);
    expect(loaded.notices?.[0]).toContain('schemaVersion 1.0.0 is read as container-structure-test reads it');
    // 1.0.0 has no uid, args or metadataTest: CST's strict decoding refuses them.
    expect(failure("schemaVersion: '1.0.0'\nfileExistenceTests:\n  - {name: a, path: /, uid: 0}\n").message).toContain("unknown field 'uid'");
    expect(failure("schemaVersion: '1.0.0'\ncommandTests:\n  - {name: a, command: echo}\n").message).toContain('commandTests[0].command must be array');
    expect(failure("schemaVersion: '1.0.0'\nmetadataTest: {user: root}\n").message).toContain("unknown field 'metadataTest'");
    expect(failure("schemaVersion: '1.0.0'\ncommandTests:\n  - {name: a, command: [echo], args: [x]}\n").message).toContain("unknown field 'args'");
    expect(
      load("schemaVersion: '1.0.0'\ncommandTests:\n  - {name: a, command: [echo], envVars: [{key: A, value: b}], expectedOutput: ['^b$']}\n").policy
        .commandTests?.[0],
    ).toMatchObject({ name: 'a', envVars: [{ key: 'A', value: 'b' }], expectedOutput: ['^b$'] });
  });

  it("no schemaVersion, or one CST does not know, is refused with CST's reason", () => {
    expect(failure('commandTests: []\n').message).toContain('"Please provide schema version"');
    expect(failure('schemaVersion: 2\n').message).toContain('"Unsupported schema version: 2"');
  });

  it("unknown fields are refused, as CST's yaml.UnmarshalStrict does", () => {
    expect(failure("schemaVersion: '2.0.0'\nmetadataTest:\n  exposedPort: ['80']\n").message).toContain("unknown field 'exposedPort' in metadataTest");
  });

  it("a test CST's Validate rejects is refused at load with the same reason", () => {
    expect(failure("schemaVersion: '2.0.0'\nfileExistenceTests:\n  - {name: '', path: /x}\n").message).toContain('Please provide a valid name for every test');
    expect(failure("schemaVersion: '2.0.0'\nfileContentTests:\n  - {name: a, path: ''}\n").message).toContain('Please provide a valid file path for test a');
    expect(failure("schemaVersion: '2.0.0'\ncommandTests:\n  - {name: a, command: ''}\n").message).toContain(
      'Please provide a valid command to run for test a',
    );
    expect(failure("schemaVersion: '2.0.0'\ncommandTests:\n  - {name: a, command: x, setup: [[]]}\n").message).toContain('remove all empty setup commands');
    const env = failure("schemaVersion: '2.0.0'\ncommandTests:\n  - name: a\n    command: x\n    envVars:\n      - key: A\n");
    expect(env.message).toContain('Please provide non-empty keys and values for all specified env vars');
    expect(env.line).toBe(6);
    expect(failure("schemaVersion: '2.0.0'\nmetadataTest:\n  exposedPorts: ['']\n").message).toContain('Port cannot be empty');
  });

  it('every pattern is compiled as Go does; what RE2 refuses is named with its reason and line', () => {
    const ok = load(`schemaVersion: '2.0.0'
fileContentTests:
  - {name: a, path: /x, expectedContents: ['[[:digit:]]+\\z', '(?P<n>x)', 'a(?i:b)c', '(?s)a.b']}
metadataTest:
  labels: [{key: l, value: '(?i:v)[[:alpha:]]', isRegex: true}]
`);
    expect(ok.policy.fileContentTests?.[0]?.expectedContents).toHaveLength(4);
    const look = failure("schemaVersion: '2.0.0'\ncommandTests:\n  - name: a\n    command: x\n    expectedOutput: ['(?=x)']\n");
    expect(look.message).toContain(
      "commandTests[0].expectedOutput[0]: '(?=x)' is not a valid regular expression (Go's RE2 syntax: error parsing regexp: invalid or unsupported Perl syntax: `(?=`)",
    );
    expect(look.line).toBe(5);
    expect(failure("schemaVersion: '2.0.0'\nmetadataTest:\n  envVars: [{key: A, value: '(a)\\1', isRegex: true}]\n").message).toContain(
      'invalid escape sequence: `\\1`',
    );
  });
});
