/**
 * Maven version ordering, written from the rules of Maven's ComparableVersion:
 * a version is a list of items split at `.`, at `-` (which opens a sub-list)
 * and at digit/letter transitions; numbers compare as integers, the known
 * qualifiers in the order alpha < beta < milestone < rc = cr < snapshot <
 * "" = ga = final = release < sp, unknown qualifiers after them by text;
 * trailing "null" items (0, "", ga, an empty list) are dropped before comparing.
 */

type Item = { kind: 'int'; value: bigint } | { kind: 'string'; value: string } | { kind: 'list'; items: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Readonly<Record<string, string>> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

function stringItem(text: string, followedByDigit: boolean): Item {
  let value = text;
  if (followedByDigit && value.length === 1) value = ({ a: 'alpha', b: 'beta', m: 'milestone' } as Record<string, string>)[value] ?? value;
  return { kind: 'string', value: ALIASES[value] ?? value };
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit ? { kind: 'int', value: BigInt(text) } : stringItem(text, false);
}

function comparable(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

function isNull(item: Item): boolean {
  if (item.kind === 'int') return item.value === 0n;
  if (item.kind === 'string') return comparable(item.value) === RELEASE_INDEX;
  return item.items.length === 0;
}

function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i] as Item;
    if (isNull(last)) list.splice(i, 1);
    else if (last.kind !== 'list') break;
  }
}

function parseMaven(version: string): Item {
  const text = version.trim().toLowerCase();
  const root: Item[] = [];
  let list = root;
  const stack: Item[][] = [root];
  const open = (): void => {
    const sub: Item[] = [];
    list.push({ kind: 'list', items: sub });
    list = sub;
    stack.push(sub);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '.' || c === '-') {
      list.push(i === start ? { kind: 'int', value: 0n } : parseItem(isDigit, text.slice(start, i)));
      start = i + 1;
      if (c === '-') open();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        list.push(stringItem(text.slice(start, i), true));
        start = i;
        open();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.push(parseItem(true, text.slice(start, i)));
        start = i;
        open();
      }
      isDigit = false;
    }
  }
  if (text.length > start) {
    // A trailing qualifier opens a sub-list, so `2.0.a` sorts before `2-1` as `1.0.0.X1` before `1.0.0-X2`.
    if (!isDigit && list.length > 0) open();
    list.push(parseItem(isDigit, text.slice(start)));
  }
  while (stack.length > 0) normalize(stack.pop() as Item[]);
  return { kind: 'list', items: root };
}

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** ComparableVersion's compareTo, `b` undefined standing for Java's null. */
function compareItems(a: Item, b: Item | undefined): number {
  if (a.kind === 'int') {
    if (b === undefined) return a.value === 0n ? 0 : 1;
    if (b.kind === 'int') return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return 1; // a number is newer than a qualifier or a sub-list
  }
  if (a.kind === 'string') {
    if (b === undefined) return sign(comparable(a.value).localeCompare(RELEASE_INDEX, 'en'));
    if (b.kind === 'string') {
      const x = comparable(a.value);
      const y = comparable(b.value);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    return -1;
  }
  if (b === undefined) return a.items.length === 0 ? 0 : compareItems(a.items[0] as Item, undefined);
  if (b.kind === 'int') return -1;
  if (b.kind === 'string') return 1;
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const l = a.items[i];
    const r = b.items[i];
    const c = l === undefined ? (r === undefined ? 0 : -compareItems(r, undefined)) : compareItems(l, r);
    if (c !== 0) return c;
  }
  return 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when equal. */
export function compareMaven(a: string, b: string): number {
  return compareItems(parseMaven(a), parseMaven(b));
}
