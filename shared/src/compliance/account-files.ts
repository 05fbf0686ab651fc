/** /etc/passwd, /etc/group and /etc/shadow, parsed (pure). Lines keep their 1-based number. */

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  line: number;
}
export interface GroupEntry {
  name: string;
  gid: number;
  line: number;
}
export interface ShadowEntry {
  name: string;
  hash: string;
  line: number;
}

function records(text: string): { fields: string[]; line: number }[] {
  return text
    .split('\n')
    .map((l, i) => ({ fields: l.replace(/\r$/, '').split(':'), line: i + 1, raw: l.trim() }))
    .filter((r) => r.raw !== '' && !r.raw.startsWith('#') && !r.raw.startsWith('+') && !r.raw.startsWith('-'));
}

const int = (s: string | undefined): number => (s !== undefined && /^\d+$/.test(s) ? Number(s) : NaN);

export const parsePasswd = (text: string): PasswdEntry[] =>
  records(text)
    .map((r) => ({ name: r.fields[0] ?? '', uid: int(r.fields[2]), gid: int(r.fields[3]), line: r.line }))
    .filter((e) => e.name !== '' && !Number.isNaN(e.uid));

export const parseGroup = (text: string): GroupEntry[] =>
  records(text)
    .map((r) => ({ name: r.fields[0] ?? '', gid: int(r.fields[2]), line: r.line }))
    .filter((e) => e.name !== '' && !Number.isNaN(e.gid));

export const parseShadow = (text: string): ShadowEntry[] =>
  records(text)
    .filter((r) => r.fields.length >= 2)
    .map((r) => ({ name: r.fields[0] ?? '', hash: r.fields[1] ?? '', line: r.line }));

/** `USER` as the config holds it: `name`, `uid`, `name:group`, `uid:gid`. */
export function parseUserSpec(spec: string): { user: string; group?: string } {
  const [user, group] = spec.split(':', 2) as [string, string | undefined];
  return group === undefined ? { user } : { user, group };
}
