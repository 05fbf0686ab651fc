/** CIS Docker 4.1: run as a non-root user that exists in the image. */
import { parsePasswd, parseUserSpec } from '../account-files.js';
import type { Hit } from '../finding.js';
import { capturedFile } from '../image-view.js';
import type { Rule } from '../rule.js';

export const runAsNonRoot: Rule = {
  id: 'CIS-4.1',
  pack: 'cis-docker',
  cis: '4.1',
  title: 'Image runs as a non-root user',
  severity: 'error',
  why: 'A process running as root in the container is root on the host once it escapes the container.',
  fix: 'Add `USER <name>` (a user created in the image, not root or 0) as the last USER instruction of the Dockerfile.',
  wants: (p) => p === '/etc/passwd',
  files: ['/etc/passwd'],
  check(view): Hit[] {
    const spec = (view.container.User ?? '').trim();
    const subject = { kind: 'config', field: 'User' } as const;
    const expected = 'a non-root user that exists in /etc/passwd';
    if (spec === '') return [{ subject, expected, got: 'no USER (the container runs as root)' }];
    const { user, group } = parseUserSpec(spec);
    const passwdText = capturedFile(view, '/etc/passwd')?.toString('utf8');
    const passwd = passwdText === undefined ? [] : parsePasswd(passwdText);
    if (/^\d+$/.test(user)) {
      if (Number(user) === 0) return [{ subject, expected, got: `USER ${spec} (uid 0 is root${group !== undefined ? ', whatever the group' : ''})` }];
      return [];
    }
    if (user === 'root') return [{ subject, expected, got: `USER ${spec}` }];
    const entry = passwd.find((e) => e.name === user);
    if (entry === undefined) {
      return [
        {
          subject,
          expected,
          got:
            passwdText === undefined
              ? `USER ${spec}, but the image has no /etc/passwd`
              : `USER ${spec}, which is not in /etc/passwd (the container will not start)`,
        },
      ];
    }
    if (entry.uid === 0) return [{ subject, expected, got: `USER ${spec}, which has uid 0 in /etc/passwd` }];
    return [];
  },
};
