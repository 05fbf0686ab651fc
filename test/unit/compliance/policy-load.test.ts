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
    expect(failure("schemaVersion: '2.0.0'\ncompliance:\n  ignore:\n    - rule: CIS-4.1\n").message).toContain("compliance.ignore[0] is missing the required field 'reason'");
    const e = failure("schemaVersion: '2.0.0'\ncompliance:\n  severity:\n    CIS-4.1: fatal\n");
    expect(e.message).toContain('compliance.severity.CIS-4.1 must be one of error, warning, note, off');
    expect(e.line).toBe(4);
    expect(failure('schemaVersion: 1.0.0\n').message).toContain('schemaVersion must be one of 2.0.0');
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
