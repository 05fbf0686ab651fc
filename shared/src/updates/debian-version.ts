/**
 * Debian version ordering (Debian Policy 5.6.12), written from the rules:
 * `[epoch:]upstream[-revision]`; epochs compare as integers, then upstream,
 * then revision, each as alternating runs of non-digits and digits. Non-digit
 * runs compare character by character where `~` sorts before everything (even
 * the end of the run), letters before every other character; digit runs
 * compare as integers. A missing revision compares as `0`.
 */

export interface DebianVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

export function parseDebianVersion(text: string): DebianVersion {
  const v = text.trim();
  const colon = v.indexOf(':');
  const epochText = colon > 0 ? v.slice(0, colon) : '';
  const epoch = /^\d+$/.test(epochText) ? Number(epochText) : 0;
  const rest = colon > 0 && /^\d+$/.test(epochText) ? v.slice(colon + 1) : v;
  const dash = rest.lastIndexOf('-');
  return dash > 0 ? { epoch, upstream: rest.slice(0, dash), revision: rest.slice(dash + 1) } : { epoch, upstream: rest, revision: '' };
}

/** Weight of one character in a non-digit run; the end of the run weighs 0. */
function weight(c: string | undefined): number {
  if (c === undefined) return 0;
  if (c === '~') return -1;
  const code = c.charCodeAt(0);
  if (/[A-Za-z]/.test(c)) return code;
  return code + 256;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Compare two digit strings as integers of any length. */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One part (upstream or revision). */
function compareDebianPart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // Non-digit runs, character by character; a run that ends weighs 0.
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const wa = isDigit(a[i]) ? 0 : weight(a[i]);
      const wb = isDigit(b[j]) ? 0 : weight(b[j]);
      if (wa !== wb) return wa < wb ? -1 : 1;
      if (i < a.length && !isDigit(a[i])) i++;
      if (j < b.length && !isDigit(b[j])) j++;
    }
    let da = '';
    let db = '';
    while (isDigit(a[i])) da += a[i++];
    while (isDigit(b[j])) db += b[j++];
    const d = compareDigits(da, db);
    if (d !== 0) return d;
  }
  return 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareDebianVersions(a: string, b: string): number {
  const x = parseDebianVersion(a);
  const y = parseDebianVersion(b);
  if (x.epoch !== y.epoch) return x.epoch < y.epoch ? -1 : 1;
  return compareDebianPart(x.upstream, y.upstream) || compareDebianPart(x.revision, y.revision);
}
