/**
 * The one filter over matched advisories (pure): failOn thresholds, CVSS
 * scores as SARIF security-severity, and ignores by an alias.
 */
import { describe, expect, it } from '@jest/globals';
import type { Package } from '../../../shared/src/compliance/sbom/package.js';
import type { Finding as Match } from '../../../shared/src/compliance/vulnerabilities/match.js';
import { unratedNotice, vulnerabilityFindings } from '../../../shared/src/report/vulnerabilities.js';

const pkg: Package = {
  ecosystem: 'npm',
  name: 'left-pad',
  version: '1.0.0',
  purl: 'pkg:npm/left-pad@1.0.0',
  layer: { index: 0, digest: 'sha256:0' },
  locations: [],
};
const hit = (id: string, level: Match['severity']['level'], extra: Partial<Match> = {}): Match => ({
  package: pkg,
  installedVersion: '1.0.0',
  matched: { name: 'left-pad', version: '1.0.0' },
  id,
  aliases: [],
  severity: { level },
  source: 'osv',
  ...extra,
});
const today = new Date('2026-01-01T00:00:00Z');

describe('vulnerabilityFindings', () => {
  it('keeps what is at or above failOn, as errors, and counts the rest', () => {
    const all = [hit('A', 'critical'), hit('B', 'high'), hit('C', 'medium'), hit('D', 'negligible'), hit('E', 'unknown')];
    const ids = (failOn: 'critical' | 'high' | 'medium' | 'low' | 'negligible' | 'none') =>
      vulnerabilityFindings(all, { failOn }, [], today).findings.map((f) => f.ruleId);
    expect(ids('critical')).toEqual(['A']);
    expect(ids('high')).toEqual(['A', 'B']);
    expect(ids('low')).toEqual(['A', 'B', 'C', 'E']);
    expect(ids('negligible')).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(ids('none')).toEqual([]);
    const r = vulnerabilityFindings(all, {}, [], today);
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(r.summary).toMatchObject({ failOn: 'high', belowThreshold: 3, unfixed: 0 });
  });

  it('counts the unrated advisories failOn left out (ranked with low) and says how to fail on them', () => {
    const all = [hit('A', 'high'), hit('E', 'unknown'), hit('F', 'unknown'), hit('G', 'low')];
    const unrated = (failOn?: 'critical' | 'high' | 'medium' | 'low' | 'none') =>
      vulnerabilityFindings(all, failOn === undefined ? {} : { failOn }, [], today).summary;
    expect(unrated()).toMatchObject({ belowThreshold: 3, unrated: 2 });
    expect(unratedNotice(unrated())).toBe('2 advisories have no severity rating and rank as low; set failOn: low to fail on them');
    expect(unrated('medium').unrated).toBe(2);
    // At low they fail, and with none nothing does: nothing to say.
    expect(unrated('low').unrated).toBe(0);
    expect(unrated('none').unrated).toBe(0);
    expect(unratedNotice({ unrated: 0 })).toBeUndefined();
    expect(unratedNotice({ unrated: 1 })).toBe('1 advisory has no severity rating and rank as low; set failOn: low to fail on them');
  });

  it('keeps one finding per package, keyed by purl: the same name and version in two ecosystems do not collapse', () => {
    const pypi: Package = { ...pkg, ecosystem: 'pypi', purl: 'pkg:pypi/left-pad@1.0.0' };
    const r = vulnerabilityFindings([hit('X-1', 'high'), hit('X-1', 'high', { package: pypi })], {}, [], today);
    expect(r.findings).toHaveLength(2);
    expect(new Set(r.findings.map((f) => f.fingerprint)).size).toBe(2);
    expect(r.summary.rows).toHaveLength(2);
    // The same package matched twice (two databases) is still one.
    expect(vulnerabilityFindings([hit('X-1', 'high'), hit('X-1', 'high')], {}, [], today).findings).toHaveLength(1);
  });

  it('uses the CVSS score as security-severity, else the level bucket', () => {
    const r = vulnerabilityFindings(
      [hit('A', 'critical', { severity: { level: 'critical', cvss: { score: 9.8, vector: 'CVSS:3.1/x' } } }), hit('B', 'high')],
      {},
      [],
      today,
    );
    expect(r.rules.map((x) => [x.id, x.securitySeverity])).toEqual([
      ['A', '9.8'],
      ['B', '7.0'],
    ]);
  });

  it("names a distribution fix as the source's version, never as the binary's", () => {
    // cpp 4:12.2.0-3 is built from gcc-defaults 1.203: "cpp 1.204 or later" names a version cpp never has.
    const cpp: Package = { ...pkg, ecosystem: 'deb', name: 'cpp', version: '4:12.2.0-3', purl: 'pkg:deb/debian/cpp@4:12.2.0-3' };
    const viaSource = hit('CVE-2099-7', 'high', {
      package: cpp,
      installedVersion: '4:12.2.0-3',
      matched: { name: 'gcc-defaults', version: '1.203' },
      fixedVersion: '1.204',
    });
    const own = hit('CVE-2099-8', 'high', { fixedVersion: '1.0.1' });
    const r = vulnerabilityFindings([viaSource, own], {}, [], today);
    expect(r.rules.map((x) => x.fix)).toEqual([
      'Upgrade to cpp built from gcc-defaults 1.204 or later and rebuild the image.',
      'Upgrade to left-pad 1.0.1 or later and rebuild the image.',
    ]);
    expect(r.findings.map((f) => f.expected)).toEqual(['cpp built from gcc-defaults 1.204 or later', 'left-pad 1.0.1 or later']);
  });

  it('an ignore naming an alias hides the advisory; an expired one shows it and says so', () => {
    const a = hit('GHSA-xxxx', 'high', { aliases: ['CVE-2099-1'], fixedVersion: '1.0.1' });
    const live = vulnerabilityFindings([a], {}, [{ rule: 'CVE-2099-1', reason: 'dev only' }], today);
    expect(live.findings).toEqual([]);
    expect(live.suppressed.map((s) => [s.finding.ruleId, s.reason])).toEqual([['GHSA-xxxx', 'dev only']]);
    const expired = vulnerabilityFindings([a], {}, [{ rule: 'CVE-2099-1', reason: 'dev only', until: '2025-01-01' }], today);
    expect(expired.findings.map((f) => f.message)).toEqual([expect.stringContaining('the ignore for this expired on 2025-01-01')]);
  });
});
