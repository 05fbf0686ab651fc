/**
 * The two halves of the EC2 Query wire format: a form-encoded request body
 * (`Action=CopyImage&TagSpecification.1.Tag.1.Key=...`) read into a tree, and
 * plain values written as EC2's XML (lowerCamel elements, lists as `<item>`).
 */

/** A request parameter tree: `A.1.B=x` becomes `{ A: { '1': { B: 'x' } } }`. */
export type Params = { [key: string]: string | Params };

export function parseQuery(body: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split('.');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next === 'object') node = next;
      else {
        const created: Params = {};
        node[part] = created;
        node = created;
      }
    });
  }
  return root;
}

export function str(p: Params | undefined, key: string): string | undefined {
  const v = p?.[key];
  return typeof v === 'string' ? v : undefined;
}

export function bool(p: Params | undefined, key: string): boolean | undefined {
  const v = str(p, key);
  return v === undefined ? undefined : v === 'true';
}

/** The members of a `Name.N` list, in index order. */
export function list(p: Params | undefined, key: string): (string | Params)[] {
  const v = p?.[key];
  if (v === undefined || typeof v === 'string') return [];
  return Object.keys(v)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => v[k] as string | Params);
}

export const strings = (p: Params | undefined, key: string): string[] => list(p, key).filter((x): x is string => typeof x === 'string');
export const objects = (p: Params | undefined, key: string): Params[] => list(p, key).filter((x): x is Params => typeof x === 'object');

/** A list whose members are not `<item>` (a launch template network interface's `<groupSet><groupId>`). */
export class XmlList {
  constructor(
    readonly itemName: string,
    readonly items: XmlValue[],
  ) {}
}

/** Values that become XML: objects are elements, arrays are `<item>` lists. */
export type XmlValue = string | number | boolean | undefined | null | XmlList | XmlValue[] | { [key: string]: XmlValue };

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

export function toXml(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((v) => toXml('item', v)).join('')}</${name}>`;
  if (value instanceof XmlList) return `<${name}>${value.items.map((v) => toXml(value.itemName, v)).join('')}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => toXml(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export const EC2_NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

export function responseXml(action: string, requestId: string, body: Record<string, XmlValue>): string {
  const inner = Object.entries(body)
    .map(([k, v]) => toXml(k, v))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${EC2_NAMESPACE}"><requestId>${requestId}</requestId>${inner}</${action}Response>`;
}

export function errorXml(code: string, message: string, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
}
