/** Rules over /etc/passwd, /etc/group and /etc/shadow. */
import { parseGroup, parsePasswd, parseShadow } from '../account-files.js';
import type { Hit } from '../finding.js';
import { capturedFile, type ImageView } from '../image-view.js';
import type { Rule } from '../rule.js';

const layerOf = (view: ImageView, path: string): number | undefined => view.fs.get(path)?.layer;
const fileSubject = (view: ImageView, path: string) => {
  const layer = layerOf(view, path);
  return layer === undefined ? ({ kind: 'file', path } as const) : ({ kind: 'file', path, layer } as const);
};

export const emptyPasswords: Rule = {
  id: 'IMG-EMPTY-PASSWORD',
  pack: 'cis-docker',
  title: 'No accounts with an empty password',
  severity: 'error',
  why: 'An account with an empty password in /etc/shadow lets anyone log in or `su` to it without a password.',
  fix: 'Lock the account (`passwd -l <user>` or put `!` / `*` in the password field of /etc/shadow).',
  wants: (p) => p === '/etc/shadow',
  files: ['/etc/shadow'],
  check(view): Hit[] {
    const text = capturedFile(view, '/etc/shadow')?.toString('utf8');
    if (text === undefined) return [];
    return parseShadow(text)
      .filter((e) => e.hash === '')
      .map((e) => ({
        subject: fileSubject(view, '/etc/shadow'),
        expected: 'a password hash or a lock (! or *)',
        got: `user '${e.name}' has an empty password (line ${e.line})`,
      }));
  },
};

export const duplicateIds: Rule = {
  id: 'IMG-DUPLICATE-ID',
  pack: 'cis-docker',
  title: 'No duplicate UIDs or GIDs',
  severity: 'warning',
  why: 'Two accounts sharing an id share every file and permission, which hides who owns what.',
  fix: 'Give each user and group its own id in /etc/passwd and /etc/group.',
  wants: (p) => p === '/etc/passwd' || p === '/etc/group',
  files: ['/etc/passwd', '/etc/group'],
  check(view): Hit[] {
    const hits: Hit[] = [];
    const dupes = <T extends { name: string; line: number }>(entries: T[], id: (e: T) => number, file: string, what: string): void => {
      const byId = new Map<number, T[]>();
      for (const e of entries) byId.set(id(e), [...(byId.get(id(e)) ?? []), e]);
      for (const [value, list] of byId) {
        if (list.length < 2) continue;
        hits.push({
          subject: fileSubject(view, file),
          expected: `each ${what} used once`,
          got: `${what} ${value} is shared by ${list.map((e) => `'${e.name}' (line ${e.line})`).join(', ')}`,
        });
      }
    };
    const passwd = capturedFile(view, '/etc/passwd')?.toString('utf8');
    if (passwd !== undefined) dupes(parsePasswd(passwd), (e) => e.uid, '/etc/passwd', 'UID');
    const group = capturedFile(view, '/etc/group')?.toString('utf8');
    if (group !== undefined) dupes(parseGroup(group), (e) => e.gid, '/etc/group', 'GID');
    return hits;
  },
};
