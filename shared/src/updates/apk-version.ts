/**
 * Alpine apk version ordering, written from apk-tools' documented behaviour:
 * `digits{.digits}[letter]{_suffix[digits]}[-r<digits>]`.
 * - The first number compares as an integer; later numbers with a leading 0
 *   compare as decimal fractions (1.01 < 1.1), the rest as integers.
 * - Suffixes _alpha < _beta < _pre < _rc sort before the bare release;
 *   _cvs < _svn < _git < _hg < _p after it.
 * - Where one version goes on and the other does not (or goes on with a
 *   different kind of part), the longer one is newer unless what it goes on
 *   with is a pre-release suffix; between kinds: digit > letter > suffix >
 *   revision > end.
 * Text that does not follow the format is compared as a plain string from
 * where it stops following it, so an odd version never throws.
 */

type Token =
  | { kind: 'digit'; text: string; first: boolean }
  | { kind: 'letter'; text: string }
  | { kind: 'suffix'; rank: number; n: string }
  | { kind: 'revision'; n: string }
  | { kind: 'rest'; text: string };

/** Ranking of the kinds when two versions part ways: lower is newer. */
const KIND_ORDER: Record<Token['kind'] | 'end', number> = { digit: 0, letter: 1, suffix: 2, revision: 3, rest: 4, end: 5 };

const SUFFIX_RANK: Record<string, number> = { alpha: 0, beta: 1, pre: 2, rc: 3, cvs: 5, svn: 6, git: 7, hg: 8, p: 9 };
/** Ranks below this are pre-release suffixes. */
const RELEASE_RANK = 4;

function tokenizeApkVersion(version: string): Token[] {
  const out: Token[] = [];
  const m = /^(\d+(?:\.\d+)*)([a-z])?((?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)\d*)*)(?:-r(\d+))?/.exec(version);
  if (m === null) return [{ kind: 'rest', text: version }];
  (m[1] as string).split('.').forEach((text, i) => out.push({ kind: 'digit', text, first: i === 0 }));
  if (m[2] !== undefined) out.push({ kind: 'letter', text: m[2] });
  for (const s of (m[3] ?? '').split('_').slice(1)) {
    const sm = /^([a-z]+)(\d*)$/.exec(s) as RegExpExecArray;
    out.push({ kind: 'suffix', rank: SUFFIX_RANK[sm[1] as string] as number, n: sm[2] ?? '' });
  }
  if (m[4] !== undefined) out.push({ kind: 'revision', n: m[4] });
  if (m[0].length < version.length) out.push({ kind: 'rest', text: version.slice(m[0].length) });
  return out;
}

function compareInts(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

function compareSame(a: Token, b: Token): number {
  if (a.kind === 'digit' && b.kind === 'digit') {
    if (!a.first && (a.text.startsWith('0') || b.text.startsWith('0'))) {
      // Fractions: compare digit by digit, the shorter padded with zeros.
      const len = Math.max(a.text.length, b.text.length);
      const x = a.text.padEnd(len, '0');
      const y = b.text.padEnd(len, '0');
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return compareInts(a.text, b.text);
  }
  if (a.kind === 'letter' && b.kind === 'letter') return sign(a.text.localeCompare(b.text, 'en'));
  if (a.kind === 'suffix' && b.kind === 'suffix') return a.rank !== b.rank ? sign(a.rank - b.rank) : compareInts(a.n, b.n);
  if (a.kind === 'revision' && b.kind === 'revision') return compareInts(a.n, b.n);
  if (a.kind === 'rest' && b.kind === 'rest') return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  return 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareApkVersions(a: string, b: string): number {
  const x = tokenizeApkVersion(a.trim());
  const y = tokenizeApkVersion(b.trim());
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const ta = x[i];
    const tb = y[i];
    if (ta !== undefined && tb !== undefined && ta.kind === tb.kind) {
      const c = compareSame(ta, tb);
      if (c !== 0) return c;
      continue;
    }
    // The versions part ways here.
    if (ta?.kind === 'suffix' && ta.rank < RELEASE_RANK) return -1;
    if (tb?.kind === 'suffix' && tb.rank < RELEASE_RANK) return 1;
    const ka = KIND_ORDER[ta?.kind ?? 'end'];
    const kb = KIND_ORDER[tb?.kind ?? 'end'];
    return ka < kb ? 1 : -1;
  }
  return 0;
}
