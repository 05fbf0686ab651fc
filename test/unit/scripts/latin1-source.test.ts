/**
 * scripts/latin1-source.mjs: a bundle's characters above U+00FF escaped where an escape means the same (comments,
 * strings, untagged templates), and nowhere else. Run in a child node (the script is plain ESM JavaScript, which
 * this TypeScript project's jest does not load); what the rewritten source computes is compared by running it.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(root, 'scripts/latin1-source.mjs');

interface Result {
  text: string;
  escaped: number;
  left?: { at: number; char: string }[];
}

/** latin1Source over each source, in a child node. */
function rewrite(...sources: string[]): Result[] {
  const code = `const m = await import(${JSON.stringify(script)}); console.log(JSON.stringify(${JSON.stringify(sources)}.map((s) => m.latin1Source(s))));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' })) as Result[];
}

/** What a module body computes into `out` (JSON), run in a child node. */
function evaluate(body: string): unknown {
  const code = `let out; ${body}; console.log(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));
}

const isLatin1 = (s: string): boolean => [...s].every((c) => c.codePointAt(0)! <= 0xff);

describe('scripts/latin1-source.mjs', () => {
  test('comments, strings and untagged templates are escaped, and the code computes the same', () => {
    const source = [
      '// a line comment — with a dash',
      "/* a block comment … and 🔴 */ const a = 'it’s — ok';",
      'const b = "double “quoted” 🟠";',
      'const n = 3; const c = `${n} items … ${`inner ‘nested’`} ✅`;',
      "const d = 'café stays'; // é is Latin-1: left as it is",
      'out = [a, b, c, d, a.length, [...b].length];',
    ].join('\n');
    const [r] = rewrite(source);
    expect(r!.left).toBeUndefined();
    expect(r!.escaped).toBe(12);
    expect(isLatin1(r!.text)).toBe(true);
    expect(r!.text).toContain('// a line comment \\u2014 with a dash');
    expect(r!.text).toContain('\\u{1f534}');
    expect(r!.text).toContain("'café stays'");
    expect(evaluate(r!.text)).toEqual(evaluate(source));
    expect(evaluate(source)).toEqual(['it’s — ok', 'double “quoted” 🟠', '3 items … inner ‘nested’ ✅', 'café stays', 9, 17]);
  }, 60_000);

  test.each([
    ['an identifier', 'const π = 3; out = π;'],
    ['a regular expression', "out = /—+/.test('——');"],
    ['a regular expression with the u flag', "out = /🔴/u.test('🔴');"],
    ['a tagged template (the tag sees the raw text)', 'out = String.raw`a — b`;'],
    ['a string escape of the character itself', "out = '\\—';"],
  ])(
    'a character in %s leaves the whole file as it is, saying where',
    (_what, source) => {
      const [r] = rewrite(source);
      expect(r!.escaped).toBe(0);
      expect(r!.text).toBe(source);
      expect(r!.left!.length).toBeGreaterThan(0);
      expect(source.codePointAt(r!.left![0]!.at)).toBe(r!.left![0]!.char.codePointAt(0));
    },
    60_000,
  );

  test('a source already one byte a character comes back unchanged without a parse (even one that does not parse)', () => {
    const [r] = rewrite('this is not JavaScript { ( but only Latin-1: é');
    expect(r).toEqual({ text: 'this is not JavaScript { ( but only Latin-1: é', escaped: 0 });
  }, 60_000);

  test('as a command over a folder: each .js rewritten in place, other files untouched', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latin1-'));
    try {
      fs.writeFileSync(path.join(dir, 'index.js'), "export const s = 'a — b';\n");
      fs.writeFileSync(path.join(dir, 'LICENSE.txt'), 'a — b\n');
      fs.writeFileSync(path.join(dir, 'left.js'), 'export const π = 1;\n');
      const r = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(`${dir}/left.js: left with its source at two bytes a character: 'π' at offset 13 cannot be escaped where it stands\n`);
      expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf8')).toBe("export const s = 'a \\u2014 b';\n");
      expect(fs.readFileSync(path.join(dir, 'LICENSE.txt'), 'utf8')).toBe('a — b\n');
      expect(fs.readFileSync(path.join(dir, 'left.js'), 'utf8')).toBe('export const π = 1;\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
