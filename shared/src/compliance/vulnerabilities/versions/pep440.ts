/**
 * PEP 440 version ordering (Python packages), written from the PEP's rules:
 * `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]` after normalization (case,
 * `alpha`/`beta`/`c`/`pre`/`preview` spellings, `-`/`_`/`.` separators,
 * implicit numbers, a leading `v`, `-N` as a post release). Versions that are
 * not PEP 440 (legacy) sort before every valid one, among themselves by text.
 */

interface Pep440 {
  epoch: number;
  release: number[];
  pre?: [number, number]; // [0 a | 1 b | 2 rc, n]
  post?: number;
  dev?: number;
  local: (number | string)[];
}

const PATTERN =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;

const PRE_RANK: Readonly<Record<string, number>> = { a: 0, alpha: 0, b: 1, beta: 1, rc: 2, c: 2, pre: 2, preview: 2 };

function parsePep440(text: string): Pep440 | undefined {
  const m = PATTERN.exec(text.trim().toLowerCase());
  if (m === null) return undefined;
  const release = (m[2] ?? '0').split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const v: Pep440 = { epoch: Number(m[1] ?? 0), release, local: [] };
  if (m[3] !== undefined) v.pre = [PRE_RANK[m[3]] ?? 0, Number(m[4] ?? 0)];
  if (m[5] !== undefined) v.post = Number(m[5]);
  else if (m[6] !== undefined) v.post = Number(m[7] ?? 0);
  if (m[8] !== undefined) v.dev = Number(m[9] ?? 0);
  if (m[10] !== undefined) v.local = m[10].split(/[-_.]/).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return v;
}

const cmp = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The PEP's sort key, one number per part: a dev-only release sorts before
 * its pre-releases; no pre-release sorts after every pre-release; no post
 * before every post; no dev after every dev.
 */
function key(v: Pep440): number[] {
  const pre = v.pre !== undefined ? v.pre : v.post === undefined && v.dev !== undefined ? [-1, 0] : [Infinity, 0];
  return [pre[0] ?? 0, pre[1] ?? 0, v.post ?? -1, v.dev ?? Infinity];
}

function compareLocal(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1; // a shorter local version sorts first when its segments match
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') {
      if (x !== y) return cmp(x, y);
    } else if (typeof x === 'number')
      return 1; // numeric segments sort after alphanumeric ones
    else if (typeof y === 'number') return -1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function comparePep440(a: string, b: string): number {
  const x = parsePep440(a);
  const y = parsePep440(b);
  if (x === undefined || y === undefined) {
    if (x !== undefined) return 1;
    if (y !== undefined) return -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (x.epoch !== y.epoch) return cmp(x.epoch, y.epoch);
  for (let i = 0; i < Math.max(x.release.length, y.release.length); i++) {
    const c = cmp(x.release[i] ?? 0, y.release[i] ?? 0);
    if (c !== 0) return c;
  }
  const kx = key(x);
  const ky = key(y);
  for (let i = 0; i < kx.length; i++) {
    const c = cmp(kx[i] ?? 0, ky[i] ?? 0);
    if (c !== 0) return c;
  }
  return compareLocal(x.local, y.local);
}
