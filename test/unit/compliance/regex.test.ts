import { describe, expect, it } from '@jest/globals';
import { compileRegex, type PolicyRegex } from '../../../shared/src/compliance/regex.js';

const re = (source: string): PolicyRegex => {
  const r = compileRegex(source);
  if (!r.ok) throw new Error(`${source}: ${r.error}`);
  return r.value;
};

describe('policy regexes read as Go reads them (RE2)', () => {
  it.each([
    ['[[:digit:]]+', 'v12', true],
    ['^[[:alpha:]]+$', 'abc1', false],
    ['abc\\z', 'xabc', true],
    ['abc\\z', 'abc\n', false],
    ['(?P<major>\\d+)\\.(?P<minor>\\d+)', 'v1.2', true],
    ['x(?i:ab)c', 'xABc', true],
    ['x(?i:ab)c', 'xABC', false],
    ['(?s)a.b', 'a\nb', true],
    ['a.b', 'a\nb', false],
    ['\\Qa.b\\E', 'a.b', true],
    ['\\Qa.b\\E', 'axb', false],
    // MatchString: a match anywhere counts; ^ and $ at the text ends unless (?m).
    ['needle', 'hay needle hay', true],
    ['^line2', 'line1\nline2', false],
    ['(?m)^line2$', 'line1\nline2\nline3', true],
    ['line1$', 'line1\n', false],
    ['(?U)a+', 'aaa', true],
    ['\\pL+', 'é', true],
  ] as const)('%j on %j is %j', (source, text, want) => {
    expect(re(source).test(text)).toBe(want);
  });

  it("refuses what RE2 refuses, with Go's reason", () => {
    const cases: Array<[string, string]> = [
      ['(a', 'error parsing regexp: missing closing ): `(a`'],
      ['(?=x)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
      ['(a)\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
      ['a**', 'error parsing regexp: invalid nested repetition operator: `**`'],
      ['a{1001}', 'error parsing regexp: invalid repeat count: `{1001}`'],
      ['[z-a]', 'error parsing regexp: invalid character class range: `z-a`'],
    ];
    for (const [source, reason] of cases) {
      const r = compileRegex(source);
      expect(r.ok ? 'compiled' : r.error).toBe(reason);
    }
  });

  it("matches bytes as UTF-8, like Go over a file's contents", () => {
    expect(re('^é$').test(Buffer.from('é', 'utf8'))).toBe(true);
    expect(re('caf.$').test(Buffer.from('café', 'utf8'))).toBe(true);
  });
});

describe('no pattern can hang a step (linear-time matching)', () => {
  it('a catastrophic pattern over a 100k line finishes fast', () => {
    const text = `${'a'.repeat(100_000)}!`;
    const t0 = performance.now();
    for (const p of ['^(a+)+$', '^(a|a)*$', '^(a|aa)+$', '(x+x+)+y', '^(([a-z])+.)+[A-Z]([a-z])+$']) expect(re(p).test(text)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('random patterns from a small grammar over random texts never throw and never take long', () => {
    // A seeded generator, so a failure reproduces.
    let seed = 0x9e3779b9;
    const rand = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const atoms = ['a', 'b', '.', '\\d', '[ab]', '[[:alpha:]]', '\\s', '(?i:a)', 'x'];
    const gen = (depth: number): string => {
      if (depth === 0) return atoms[rand(atoms.length)] as string;
      switch (rand(6)) {
        case 0:
          return `(${gen(depth - 1)})+`;
        case 1:
          return `(${gen(depth - 1)}|${gen(depth - 1)})*`;
        case 2:
          return `${gen(depth - 1)}${gen(depth - 1)}`;
        case 3:
          return `${gen(depth - 1)}{1,3}`;
        case 4:
          return `^${gen(depth - 1)}$`;
        default:
          return `${gen(depth - 1)}?`;
      }
    };
    const texts = Array.from({ length: 8 }, (_, i) => Array.from({ length: 2000 * (i + 1) }, () => 'aab x1\n'[rand(7)]).join('') + '!');
    const t0 = performance.now();
    let compiled = 0;
    for (let i = 0; i < 300; i++) {
      const source = gen(1 + rand(4));
      const r = compileRegex(source);
      if (!r.ok) {
        // Only RE2's own refusals (a repetition of a repetition such as `(a)+{1,3}`), never a crash.
        expect(r.error).toMatch(/^error parsing regexp: /);
        continue;
      }
      compiled++;
      for (const t of texts) expect(typeof r.value.test(t)).toBe('boolean');
    }
    expect(compiled).toBeGreaterThan(200);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
