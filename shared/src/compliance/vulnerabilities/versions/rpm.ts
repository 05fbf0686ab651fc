/**
 * rpm's version ordering (lib/rpmvercmp.c, rpm >= 4.15), written from its
 * documented behaviour and checked against rpm's own test cases: strings are
 * split into runs of ASCII digits and ASCII letters, everything else only
 * separates them; digits compare as numbers (leading zeros ignored) and beat
 * letters; `~` sorts before anything, even the end of the string (1.0~rc1 <
 * 1.0); `^` sorts after the end of the string but before anything else
 * (1.0 < 1.0^git1 < 1.0.1). Whole `[epoch:]version[-release]` strings compare
 * epoch (missing = 0), then version, then release (a missing one older than
 * any, even `~`), as rpm's own `rpm.vercmp` does.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;
/** What `at` reads past the end of a string. */
const END = -1;

const at = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : END);

/** rpmvercmp: negative when `a` is older, positive when newer, 0 when rpm holds them equal. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isDigit(at(a, i)) && !isAlpha(at(a, i)) && at(a, i) !== TILDE && at(a, i) !== CARET) i++;
    while (j < b.length && !isDigit(at(b, j)) && !isAlpha(at(b, j)) && at(b, j) !== TILDE && at(b, j) !== CARET) j++;
    const x = at(a, i);
    const y = at(b, j);
    // A tilde sorts before everything, the end of the string included.
    if (x === TILDE || y === TILDE) {
      if (x !== TILDE) return 1;
      if (y !== TILDE) return -1;
      i++;
      j++;
      continue;
    }
    // A caret sorts after the end of the string and before everything else.
    if (x === CARET || y === CARET) {
      if (x === END) return -1;
      if (y === END) return 1;
      if (x !== CARET) return 1;
      if (y !== CARET) return -1;
      i++;
      j++;
      continue;
    }
    if (x === END || y === END) break;
    // One run of digits or of letters, its kind set by `a`'s.
    const numeric = isDigit(x);
    const inRun = numeric ? isDigit : isAlpha;
    let ie = i;
    let je = j;
    while (ie < a.length && inRun(at(a, ie))) ie++;
    while (je < b.length && inRun(at(b, je))) je++;
    // `b` has a run of the other kind here: a number is newer than letters.
    if (je === j) return numeric ? 1 : -1;
    let sa = a.slice(i, ie);
    let sb = b.slice(j, je);
    if (numeric) {
      sa = sa.replace(/^0+/, '');
      sb = sb.replace(/^0+/, '');
      if (sa.length !== sb.length) return sa.length > sb.length ? 1 : -1;
    }
    if (sa !== sb) return sa > sb ? 1 : -1;
    i = ie;
    j = je;
  }
  // Every run compared equal: equal if both ended (only separators differed), else the longer is newer.
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

/** `[epoch:]version[-release]` split as rpm splits it (rpmverParse): the epoch before the first `:`, the release after the last `-`. */
export function parseEvr(evr: string): { epoch: string; version: string; release?: string } {
  const colon = /^\d*:/.exec(evr);
  const rest = colon === null ? evr : evr.slice(colon[0].length);
  const epoch = colon === null || colon[0] === ':' ? '0' : colon[0].slice(0, -1);
  const dash = rest.lastIndexOf('-');
  return dash < 0 ? { epoch, version: rest } : { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
}

/** Two `[epoch:]version[-release]` strings in rpm's order. */
export function compareRpmVersions(a: string, b: string): number {
  const x = parseEvr(a);
  const y = parseEvr(b);
  const byEpoch = rpmvercmp(x.epoch, y.epoch);
  if (byEpoch !== 0) return byEpoch;
  const byVersion = rpmvercmp(x.version, y.version);
  if (byVersion !== 0) return byVersion;
  if (x.release !== undefined && y.release !== undefined) return rpmvercmp(x.release, y.release);
  return x.release !== undefined ? 1 : y.release !== undefined ? -1 : 0;
}
