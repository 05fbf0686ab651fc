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
      const declared = [...view.history].reverse().find((h) => /(^|\s)HEALTHCHECK\s/i.test(h.createdBy));
      if (declared === undefined) return [{ subject, expected, got: 'no HEALTHCHECK' }];
      if (/HEALTHCHECK\s+NONE\b/i.test(declared.createdBy)) return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
      // Declared in the Dockerfile but gone from the config: the OCI config format has no health check field.
      return [
        {
          subject,
          expected,
          got: 'no HEALTHCHECK in the config, though the Dockerfile declares one (the OCI image format drops it; build with --format docker)',
        },
      ];
    }
    if (test[0] === 'NONE') return [{ subject, expected, got: 'HEALTHCHECK NONE' }];
    return [];
  },
};
