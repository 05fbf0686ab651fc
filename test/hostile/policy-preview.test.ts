/**
 * A "policy" that is not one: a file the policy input was pointed at (a line
 * of /etc/shadow was once printed by a parse error). Errors say where and
 * what is wrong, and show at most a short, redacted, control-free preview.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parsePolicy } from '../../shared/src/compliance/policy-load.js';
import { PipelineError } from '../../shared/src/errors.js';
import { parseKeyValues } from '../../shared/src/action/inputs.js';
import { parseDigest } from '../../shared/src/oci/digest.js';
import { preview, printable } from '../../shared/src/preview.js';

const HASH = '$6$N3wSalt$Q8b2x0aZ9Yc4hashhashhash0123456789';
const SHADOW = `root:${HASH}:19000:0:99999:7:::`;

function parseError(text: string): PipelineError {
  let caught: unknown;
  try {
    parsePolicy({ text, file: 'image-policy.yml' });
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PipelineError);
  return caught as PipelineError;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/; // eslint-disable-line no-control-regex

describe('a policy file that is not a policy', () => {
  // yaml warns through process.emitWarning, which prints to stderr.
  const warnings: string[] = [];
  let restore: () => void = () => undefined;
  beforeEach(() => {
    warnings.length = 0;
    const spy = jest.spyOn(process, 'emitWarning').mockImplementation((w: string | Error) => {
      warnings.push(String(w));
    });
    restore = () => spy.mockRestore();
  });
  afterEach(() => restore());

  it.each([
    ['a YAML syntax error that quotes the line', `%YAML ${SHADOW}\n---\nschemaVersion: 2.0.0\n`],
    ['a token the parser did not expect', `- a\n${SHADOW}: c\n`],
    ['an alias with no anchor', `schemaVersion: 2.0.0\nx: *${SHADOW.replace(/:/g, '')}\n`],
    ['a line that parses as an unknown field', `schemaVersion: 2.0.0\n${SHADOW}\n`],
    ['a key that is a collection', `schemaVersion: 2.0.0\n? [${SHADOW}]\n: 1\n`],
  ])('%s: the error names the file and line, never the secret', (_what, text) => {
    const e = parseError(text);
    expect(e.code).toBe('POLICY');
    expect(e.file).toBe('image-policy.yml');
    expect(e.message).not.toContain('Q8b2x0aZ9Yc4');
    expect(e.message).not.toMatch(CONTROL);
    // Nothing printed on the side either (yaml warns through process.emitWarning).
    expect(warnings.join('\n')).not.toContain('Q8b2x0aZ9Yc4');
  });

  it('a syntax error says line and column', () => {
    const e = parseError('schemaVersion: 2.0.0\nfileExistenceTests:\n\t- name: x\n');
    expect(e.line).toBe(3);
    expect(e.column).toBe(1);
    expect(e.message).toMatch(/^the policy is not valid YAML: .+ \(image-policy\.yml:3:\d+\)\./);
  });

  it('an unknown field keeps a readable name, with control characters made visible', () => {
    expect(parseError('schemaVersion: 2.0.0\nfileExistanceTests: []\n').message).toContain("unknown field 'fileExistanceTests' in the top level");
    const e = parseError('schemaVersion: 2.0.0\n"evil\\u0007\\u001b[31m\\nname": 1\n');
    expect(e.message).not.toMatch(CONTROL);
    expect(e.message).toContain("unknown field 'evil\\x07\\x1b[31m name'");
  });
});

describe('preview', () => {
  it.each([
    [SHADOW, 'ro********'],
    ['password=hunter2hunter2hunter2', 'pa********'],
    ['token ZXhhbXBsZVRva2VuVGhhdElzQmFzZTY0RW5jb2RlZA', 'token ZX********'],
    ['fileExistanceTests', 'fileExistanceTests'],
    ['a\u0000b\u001b[2Jc\u202ed', 'a\\0b\\x1b[2Jc\\u202ed'],
    ['line one\nline two\r\n', 'line one line two'],
    ['x'.repeat(500), `${'x'.repeat(40)}…`],
  ])('%j -> %j', (input, out) => {
    expect(preview(input)).toBe(out);
  });

  it('printable keeps all of a name and escapes only the controls', () => {
    expect(printable('/usr/bin/ok')).toBe('/usr/bin/ok');
    expect(printable('/a\nb\u0000::error::x')).toBe('/a\\nb\\0::error::x');
  });
});

describe('the other places that echo text we did not write go through the same preview', () => {
  it('a malformed build-args or secrets line is named by a redacted preview', () => {
    const token = 'ghp_Abcdefghijklmnopqrstuvwxyz0123456789';
    expect(() => parseKeyValues(`A=1\nGITHUB_TOKEN ${token}\n`, 'secrets')).toThrow(/input 'secrets' line 2 \('GITHUB_TOKEN gh\*{8}'\) is not KEY=value/);
  });

  it('an invalid regex in the policy is quoted through preview: one line, secrets masked, cut', () => {
    const e = parseError(
      `schemaVersion: 2.0.0\nfileContentTests:\n  - name: x\n    path: /etc/x\n    expectedContents: ["(${HASH}\\u2028${'y'.repeat(300)}"]\n`,
    );
    expect(e.message).toContain("fileContentTests[0].expectedContents[0]: '($6********");
    expect(e.message).not.toContain(HASH);
    expect(e.message).not.toMatch(CONTROL);
    expect(e.message).not.toContain('\u2028');
    expect(e.message).not.toContain('y'.repeat(200));
  });

  it('a digest from a manifest or index is shown without its control characters', () => {
    const r = parseDigest('sha256:\u001b]8;;https://evil\u0007click\u001b]8;;\u0007');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).not.toMatch(CONTROL);
  });
});
