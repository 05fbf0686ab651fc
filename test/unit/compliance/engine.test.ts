import { describe, expect, it } from '@jest/globals';
import { applyIgnores, isExpired, ruleSettings, selectRules, toFinding } from '../../../shared/src/compliance/engine.js';
import { globToRegExp, matchesGlob } from '../../../shared/src/compliance/path-glob.js';
import { parseSize } from '../../../shared/src/bytes.js';
import { ALL_RULES } from '../../../shared/src/compliance/rules/index.js';

const ids = (xs: { rule: { id: string } }[]): string[] => xs.map((x) => x.rule.id);

describe('selectRules', () => {
  it('runs cis-docker by default, every rule at its own severity', () => {
    const all = selectRules(undefined);
    expect(ids(all)).toEqual(ALL_RULES.map((r) => r.id));
    expect(all.find((r) => r.rule.id === 'CIS-4.1')?.severity).toBe('error');
  });

  it('applies severity overrides and turns rules off', () => {
    const s = selectRules({ severity: { 'CIS-4.1': 'warning', 'CIS-4.6': 'off' } });
    expect(s.find((r) => r.rule.id === 'CIS-4.1')?.severity).toBe('warning');
    expect(ids(s)).not.toContain('CIS-4.6');
  });

  it('the rules input picks packs and rules, drops with -id, and none means none', () => {
    expect(ids(selectRules(undefined, ['CIS-4.1', 'IMG-SUDO']))).toEqual(['CIS-4.1', 'IMG-SUDO']);
    expect(ids(selectRules(undefined, ['-CIS-4.6']))).toEqual(ALL_RULES.map((r) => r.id).filter((i) => i !== 'CIS-4.6'));
    expect(selectRules(undefined, ['none'])).toEqual([]);
    expect(selectRules({ packs: [] })).toEqual([]);
  });

  it('an unknown rule or pack is an error naming the input and listing known ids', () => {
    expect(() => selectRules(undefined, ['CIS-9.9'])).toThrow(
      expect.objectContaining({ code: 'INPUT', input: 'rules', hint: expect.stringContaining('cis-docker') }),
    );
    expect(() => selectRules({ severity: { NOPE: 'note' } })).toThrow(/compliance.severity: 'NOPE'/);
  });
});

describe('settings', () => {
  it.each([
    ['500MB', 500_000_000],
    ['1GiB', 1024 ** 3],
    ['1.5 KiB', 1536],
    ['123', 123],
    [42, 42],
  ] as const)('size %s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it('defaults and overrides', () => {
    expect(ruleSettings(undefined)).toMatchObject({ maxImageBytes: 1024 ** 3, maxLayers: 50 });
    const s = ruleSettings({ settings: { maxImageSize: '10MB', maxLayers: 3, setuidAllowlist: ['/opt/x'] } });
    expect(s).toMatchObject({ maxImageBytes: 10_000_000, maxLayers: 3 });
    expect(s.setuidAllowlist.has('/opt/x')).toBe(true);
    expect(s.setuidAllowlist.has('/usr/bin/passwd')).toBe(true);
  });
});

describe('globs', () => {
  it.each([
    ['/usr/bin/*', '/usr/bin/su', true],
    ['/usr/bin/*', '/usr/bin/x/y', false],
    ['/usr/**', '/usr/bin/x/y', true],
    ['/usr/**', '/usr', true],
    ['**/.git', '/app/src/.git', true],
    ['/opt/{a,b}/tool', '/opt/b/tool', true],
    ['/opt/?.txt', '/opt/ab.txt', false],
    ['config.Env.*', 'config.Env.DB_PASSWORD', true],
  ] as const)('%s matches %s: %s', (g, p, want) => expect(matchesGlob(g, p)).toBe(want));

  it('escapes regex characters', () => expect(globToRegExp('/a.b+c').test('/aXb+c')).toBe(false));
});

describe('ignores', () => {
  const setuid = toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: '/usr/bin/tool', layer: 1 }, expected: 'no setuid', got: 'setuid' });
  const other = toFinding('CIS-4.8', 'warning', { subject: { kind: 'file', path: '/opt/x', layer: 1 }, expected: 'no setuid', got: 'setuid' });
  const today = new Date('2026-11-26T12:00:00Z');

  it('hide findings matching rule and path glob, with their reason', () => {
    const r = applyIgnores([setuid, other], [{ rule: 'CIS-4.8', paths: ['/usr/bin/*'], reason: 'vendor tool' }], today);
    expect(r.findings).toEqual([other]);
    expect(r.suppressed).toEqual([{ finding: setuid, reason: 'vendor tool' }]);
  });

  it('an ignore without paths covers the whole rule; another rule is untouched', () => {
    expect(applyIgnores([setuid, other], [{ rule: 'CIS-4.8', reason: 'r' }], today).findings).toEqual([]);
    expect(applyIgnores([setuid], [{ rule: 'CIS-4.1', reason: 'r' }], today).findings).toEqual([setuid]);
  });

  it('is in force through its until day, then stops hiding and says so', () => {
    expect(isExpired('2026-11-26', today)).toBe(false);
    expect(isExpired('2026-11-25', today)).toBe(true);
    const live = applyIgnores([setuid], [{ rule: 'CIS-4.8', reason: 'r', until: '2026-11-26' }], today);
    expect(live.suppressed).toHaveLength(1);
    const expired = applyIgnores([setuid], [{ rule: 'CIS-4.8', reason: 'waiting for upstream', until: '2026-11-01' }], today);
    expect(expired.suppressed).toEqual([]);
    expect(expired.findings[0]?.expiredIgnore).toEqual({ reason: 'waiting for upstream', until: '2026-11-01' });
    expect(expired.findings[0]?.message).toContain('the ignore for this expired on 2026-11-01: waiting for upstream');
  });

  it('fingerprints depend on rule and subject, not on the message', () => {
    const again = toFinding('CIS-4.8', 'error', { subject: { kind: 'file', path: '/usr/bin/tool' }, expected: 'other', got: 'text' });
    expect(again.fingerprint).toBe(setuid.fingerprint);
    expect(other.fingerprint).not.toBe(setuid.fingerprint);
  });
});
