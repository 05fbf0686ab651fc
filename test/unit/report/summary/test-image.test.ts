/**
 * test-image's job summary (pure): the SBOM's line (packages per type, the
 * files written) and the vulnerability table's heading and counts.
 */
import { describe, expect, it } from '@jest/globals';
import type { Package } from '../../../../shared/src/compliance/sbom/package.js';
import type { Finding as Match } from '../../../../shared/src/compliance/vulnerabilities/match.js';
import { TOOL, type Report } from '../../../../shared/src/report/report.js';
import { sbomLine, toSummary } from '../../../../shared/src/report/summary/test.js';
import { vulnerabilityFindings } from '../../../../shared/src/report/vulnerabilities.js';

const pkg = (ecosystem: Package['ecosystem'], name: string, version = '1.0.0'): Package => ({
  ecosystem,
  name,
  version,
  purl: `pkg:${ecosystem}/${name}@${version}`,
  layer: { index: 0, digest: 'sha256:0' },
  locations: [],
});

const report = (extra: Partial<Report> = {}): Report => ({
  tool: TOOL,
  image: { name: 'layout', digest: `sha256:${'a'.repeat(64)}`, platform: 'linux/amd64', layers: 2, files: 10, size: 2048 },
  result: 'passed',
  failOn: 'error',
  counts: { error: 0, warning: 0, note: 0, suppressed: 0, tests: 0, testsFailed: 0 },
  rules: [],
  findings: [],
  suppressed: [],
  tests: [],
  ...extra,
});

const packages = [
  pkg('npm', 'left-pad'),
  pkg('deb', 'bash'),
  pkg('pypi', 'requests'),
  pkg('deb', 'libc6'),
  pkg('golang', 'golang.org/x/text'),
  pkg('npm', '@scope/x'),
  pkg('deb', 'zlib1g'),
];
const files = { spdx: '/runner/temp/sbom/linux-amd64.spdx.json', cyclonedx: '/runner/temp/sbom/linux-amd64.cdx.json' };

describe('the SBOM line', () => {
  it('counts packages per type, distribution packages first, and names both files with their formats', () => {
    expect(sbomLine({ sbom: { packages }, ...files })).toBe(
      '**SBOM**: 7 packages (deb 3, npm 2, pypi 1, golang 1), written to <code>/runner/temp/sbom/linux-amd64.spdx.json</code> (SPDX 2.3) and <code>/runner/temp/sbom/linux-amd64.cdx.json</code> (CycloneDX 1.6).',
    );
  });

  it('says 1 package, and no breakdown for an empty image', () => {
    expect(sbomLine({ sbom: { packages: [pkg('apk', 'musl')] }, ...files })).toMatch(/^\*\*SBOM\*\*: 1 package \(apk 1\), written to /);
    expect(sbomLine({ sbom: { packages: [] }, ...files })).toMatch(/^\*\*SBOM\*\*: 0 packages, written to /);
  });

  it('escapes the paths (they come from the workflow)', () => {
    const line = sbomLine({ sbom: { packages }, spdx: '/tmp/<b>x</b>.json', cyclonedx: '/tmp/*y*.json' });
    expect(line).not.toContain('<b>');
    expect(line).toContain('&lt;b&gt;');
    expect(line).toContain('\\*y\\*');
  });

  it('sits under the image line in the summary, and is absent without an SBOM (machine images)', () => {
    const md = toSummary(report(), { sbom: { sbom: { packages }, ...files } });
    const lines = md.split('\n');
    const image = lines.findIndex((l) => l.startsWith('Image <code>layout</code>'));
    expect(image).toBeGreaterThan(0);
    expect(lines[image + 2]).toMatch(/^\*\*SBOM\*\*: 7 packages \(deb 3, /);
    expect(toSummary(report())).not.toContain('SBOM');
  });
});

describe('the vulnerability table', () => {
  const hit = (id: string, level: Match['severity']['level'], fixedVersion?: string): Match => ({
    package: pkg('deb', 'openssl', '3.0.11-1'),
    installedVersion: '3.0.11-1',
    matched: { name: 'openssl', version: '3.0.11-1' },
    id,
    aliases: [],
    severity: { level },
    source: 'debian-tracker',
    ...(fixedVersion === undefined ? {} : { fixedVersion }),
  });
  const today = new Date('2026-01-01T00:00:00Z');

  it('heads the table with the count at or above failOn, and counts what was left out and why', () => {
    const all = [hit('CVE-1', 'critical', '3.0.13-1'), hit('CVE-2', 'high'), hit('CVE-3', 'medium', '3.0.12-1'), hit('CVE-4', 'low', '3.0.12-1')];
    const v = vulnerabilityFindings(all, { failOn: 'high' }, [], today);
    const md = toSummary(report({ vulnerabilities: v.summary }));
    expect(md).toContain('### Vulnerabilities: 2 at or above `high`');
    expect(md).toContain('_2 below `high` not counted._');
    expect(md).toContain('| openssl | 3.0.11-1 | 3.0.13-1 | critical | <code>CVE-1</code> |');
    expect(md).toContain('| openssl | 3.0.11-1 | no fix yet | high | <code>CVE-2</code> |');

    const unfixed = vulnerabilityFindings(all, { failOn: 'high', ignoreUnfixed: true }, [], today);
    const md2 = toSummary(report({ vulnerabilities: unfixed.summary }));
    expect(md2).toContain('### Vulnerabilities: 1 at or above `high`');
    expect(md2).toContain('_2 below `high` not counted; 1 without a fix left out (ignoreUnfixed)._');
  });

  it('notes the advisories without a rating that failOn left out, and how to fail on them', () => {
    const v = vulnerabilityFindings([hit('CVE-6', 'unknown', '1'), hit('CVE-7', 'unknown'), hit('CVE-8', 'critical')], { failOn: 'high' }, [], today);
    const md = toSummary(report({ vulnerabilities: v.summary }));
    expect(md).toContain('_2 below `high` not counted._');
    expect(md).toContain('**Note**: 2 advisories have no severity rating and rank as low; set failOn: low to fail on them.');
    const low = vulnerabilityFindings([hit('CVE-6', 'unknown', '1')], { failOn: 'low' }, [], today);
    expect(toSummary(report({ vulnerabilities: low.summary }))).not.toContain('no severity rating');
  });

  it("names the source package in Fixed in when the fixed version is the source's (a binary of another name)", () => {
    const libssl: Match = { ...hit('CVE-9', 'high', '3.0.13-1'), package: pkg('deb', 'libssl3', '3.0.11-1') };
    const md = toSummary(report({ vulnerabilities: vulnerabilityFindings([libssl, hit('CVE-9', 'high', '3.0.13-1')], { failOn: 'high' }, [], today).summary }));
    expect(md).toContain('| libssl3 | 3.0.11-1 | openssl 3.0.13-1 | high | <code>CVE-9</code> |');
    expect(md).toContain('| openssl | 3.0.11-1 | 3.0.13-1 | high | <code>CVE-9</code> |');
  });

  it('says none counted, with no table, when nothing reaches failOn', () => {
    const v = vulnerabilityFindings([hit('CVE-5', 'low', '1')], { failOn: 'critical' }, [], today);
    const md = toSummary(report({ vulnerabilities: v.summary }));
    expect(md).toContain('### Vulnerabilities: 0 at or above `critical`');
    expect(md).toContain('_1 below `critical` not counted._');
    expect(md).not.toContain('| Package | Installed |');
  });
});
