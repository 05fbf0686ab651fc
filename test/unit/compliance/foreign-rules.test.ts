/** dockle and trivy rule ids mapped to ours, so their ignore lists carry over (issue 15 item 5). */
import { describe, expect, it } from '@jest/globals';
import { applyIgnores, toFinding } from '../../../shared/src/compliance/engine.js';
import { DOCKLE_RULES, foreignRule, ourRuleId, TRIVY_RULES } from '../../../shared/src/compliance/foreign-rules.js';
import { ALL_RULES } from '../../../shared/src/compliance/rules/index.js';

const TODAY = new Date('2026-11-30T12:00:00Z');

describe('foreign rule ids', () => {
  it('every mapped id names one of our rules (the table cannot drift from the rules)', () => {
    const ours = new Set(ALL_RULES.map((r) => r.id));
    for (const r of [...DOCKLE_RULES, ...TRIVY_RULES]) {
      if (r.ours === undefined) expect(r.note).toMatch(/./);
      else expect(ours.has(r.ours)).toBe(true);
    }
  });

  it.each([
    ['CIS-DI-0001', 'CIS-4.1'],
    ['cis-di-0008', 'CIS-4.8'],
    ['CIS-DI-0010', 'CIS-4.10'],
    ['DKL-DI-0001', 'IMG-SUDO'],
    ['DKL-LI-0002', 'IMG-DUPLICATE-ID'],
    ['DS002', 'CIS-4.1'],
    ['DS-0002', 'CIS-4.1'],
    ['AVD-DS-0026', 'CIS-4.6'],
    ['docker-no-orphan-package-update', 'CIS-4.7'],
    ['aws-access-key-id', 'CIS-4.10'],
    ['CIS-4.1', 'CIS-4.1'],
    ['CIS-DI-0005', 'CIS-DI-0005'],
    ['MY-OWN', 'MY-OWN'],
  ])('%s -> %s', (id, want) => expect(ourRuleId(id)).toBe(want));

  it('ids with no counterpart say why', () => {
    expect(foreignRule('CIS-DI-0005')).toMatchObject({ tool: 'dockle', ours: undefined });
    expect(foreignRule('DS024')?.note).toBe('not checked');
    expect(foreignRule('CIS-4.1')).toBeUndefined();
  });

  it("a policy ignore written with dockle's or trivy's id hides our finding, paths and expiry as usual", () => {
    const root = toFinding('CIS-4.1', 'error', { subject: { kind: 'config', field: 'User' }, expected: 'non-root', got: 'root' });
    const suid = toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: '/usr/bin/passwd' }, expected: 'none', got: 'setuid' });
    const other = toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: '/opt/x' }, expected: 'none', got: 'setuid' });
    const r = applyIgnores(
      [root, suid, other],
      [
        { rule: 'CIS-DI-0001', reason: 'from .dockleignore' },
        { rule: 'CIS-DI-0008', paths: ['/usr/bin/passwd'], reason: 'stock' },
        { rule: 'DS002', reason: 'expired', until: '2026-01-01' },
      ],
      TODAY,
    );
    expect(r.suppressed.map((s) => [s.finding.ruleId, s.reason])).toEqual([
      ['CIS-4.1', 'from .dockleignore'],
      ['CIS-4.8', 'stock'],
    ]);
    expect(r.findings.map((f) => f.subject)).toEqual([{ kind: 'file', path: '/opt/x' }]);
  });
});
