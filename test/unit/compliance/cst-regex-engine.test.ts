/**
 * Issue 17: re2js is loaded only for a policy with a pattern. The structure tests' checks compile synchronously,
 * so checkImage preloads it when policyUsesRegex says so; a check reached without the preload is a bug and
 * throws INTERNAL instead of passing or failing the test. This file must not load re2js before its first case
 * (jest gives each test file its own module registry).
 */
import { describe, expect, it } from '@jest/globals';
import { checkCommandResult } from '../../../shared/src/compliance/cst/command-tests.js';
import { compilePolicyRegex, loadRegexEngine, policyUsesRegex } from '../../../shared/src/compliance/cst/regex-engine.js';
import { PipelineError } from '../../../shared/src/errors.js';

describe('the structure tests’ regex engine, loaded on demand', () => {
  it('a pattern checked before loadRegexEngine() throws INTERNAL naming the missing preload, not a verdict', () => {
    const t = { name: 't', command: 'x', expectedOutput: ['^hello'] };
    let thrown: unknown;
    try {
      checkCommandResult(t, { code: 0, stdout: 'hello\n', stderr: '' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PipelineError);
    expect((thrown as PipelineError).code).toBe('INTERNAL');
    expect((thrown as PipelineError).message).toMatch(/loadRegexEngine\(\)/);
    // Without a pattern nothing is compiled: no preload needed.
    expect(checkCommandResult({ name: 't', command: 'x' }, { code: 0, stdout: '', stderr: '' })).toEqual([]);
  });

  it('after the preload, compiles with Go/RE2 semantics and reports a bad pattern as regex.ts does', async () => {
    await loadRegexEngine();
    await loadRegexEngine(); // idempotent
    const r = compilePolicyRegex('(?i)^abc');
    expect(r.ok && r.value.test('ABC')).toBe(true);
    const bad = compilePolicyRegex('(a');
    expect(bad.ok).toBe(false);
    expect(checkCommandResult({ name: 't', command: 'x', expectedOutput: ['^hello'] }, { code: 0, stdout: 'hello\n', stderr: '' })).toEqual([]);
  });

  it('policyUsesRegex: content, output and error patterns, isRegex env vars and labels; nothing else', () => {
    const base = { schemaVersion: '2.0.0' };
    expect(policyUsesRegex(base)).toBe(false);
    expect(policyUsesRegex({ ...base, fileContentTests: [{ name: 'c', path: '/x' }], fileExistenceTests: [{ name: 'e', path: '/x' }] })).toBe(false);
    expect(policyUsesRegex({ ...base, fileContentTests: [{ name: 'c', path: '/x', expectedContents: ['a'] }] })).toBe(true);
    expect(policyUsesRegex({ ...base, fileContentTests: [{ name: 'c', path: '/x', excludedContents: ['a'] }] })).toBe(true);
    expect(policyUsesRegex({ ...base, commandTests: [{ name: 'c', command: 'x', exitCode: 0 }] })).toBe(false);
    for (const k of ['expectedOutput', 'excludedOutput', 'expectedError', 'excludedError'])
      expect(policyUsesRegex({ ...base, commandTests: [{ name: 'c', command: 'x', [k]: ['a'] }] })).toBe(true);
    expect(policyUsesRegex({ ...base, metadataTest: { envVars: [{ key: 'A', value: 'b' }], labels: [{ key: 'l', value: 'v' }] } })).toBe(false);
    expect(policyUsesRegex({ ...base, metadataTest: { envVars: [{ key: 'A', value: 'b', isRegex: true }] } })).toBe(true);
    expect(policyUsesRegex({ ...base, metadataTest: { labels: [{ key: 'l', value: 'v', isRegex: true }] } })).toBe(true);
  });
});
