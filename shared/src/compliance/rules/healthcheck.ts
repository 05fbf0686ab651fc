/** CIS Docker 4.6: the image says how to tell it is healthy. */
import type { Hit } from '../finding.js';
import type { Rule } from '../rule.js';

export const healthcheck: Rule = {
  id: 'CIS-4.6',
  pack: 'cis-docker',
  cis: '4.6',
  title: 'Image has a HEALTHCHECK',
  severity: 'warning',
  why: 'Without a health check the runtime cannot tell a hung container from a working one.',
  fix: 'Add `HEALTHCHECK CMD <command that fails when the service is unhealthy>` (build with --format docker: the OCI config format drops it).',
  check(view): Hit[] {
    const test = view.container.Healthcheck?.Test;
    const subject = { kind: 'config', field: 'Healthcheck' } as const;
    const expected = 'a HEALTHCHECK with a command';
    if (test === undefined || test.length === 0) {
      const disabled = view.history.some((h) => /(^|\s)HEALTHCHECK\s+NONE\b/i.test(h.createdBy));
      return [{ subject, expected, got: disabled ? 'HEALTHCHECK NONE' : 'no HEALTHCHECK' }];
    }
    if (test[0] === 'NONE') return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
    return [];
  },
};
