import { beforeAll, describe, expect, it } from '@jest/globals';
import * as path from 'node:path';
import type { Distro, Ecosystem, Package } from '../../../../shared/src/compliance/sbom/package.js';
import type { Advisory } from '../../../../shared/src/compliance/vulnerabilities/advisory.js';
import { readVulnerabilityDb } from '../../../../shared/src/compliance/vulnerabilities/load.js';
import { type Finding, indexAdvisories, match, verdict } from '../../../../shared/src/compliance/vulnerabilities/match.js';

const FIXTURES = path.resolve('test/fixtures/vulnerabilities');
const BOOKWORM: Distro = { id: 'debian', versionId: '12', codename: 'bookworm' };
const BULLSEYE: Distro = { id: 'debian', versionId: '11', codename: 'bullseye' };
const ALPINE_319: Distro = { id: 'alpine', versionId: '3.19.1' };

function pkg(ecosystem: Ecosystem, name: string, version: string, source?: [string, string]): Package {
  return {
    ecosystem,
    name,
    version,
    ...(source === undefined ? {} : { source: { name: source[0], version: source[1] } }),
    purl: `pkg:${ecosystem}/${name}@${version}`,
    layer: { index: 0, digest: 'sha256:0' },
    locations: [],
  };
}

/** What a report shows, one line per finding. */
const lines = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.package.name} ${f.installedVersion} ${f.id} fixed=${f.fixedVersion ?? 'none'} ${f.severity.level} ${f.source}`);

let tracker: Advisory[];
let secdb: Advisory[];
let osv: Advisory[];
beforeAll(async () => {
  tracker = await readVulnerabilityDb(path.join(FIXTURES, 'debian-tracker.json'));
  secdb = await readVulnerabilityDb(path.join(FIXTURES, 'alpine-v3.19-main.json'));
  osv = await readVulnerabilityDb(path.join(FIXTURES, 'osv'));
});

describe('Debian packages against the tracker (and OSV Debian records)', () => {
  it('matches binaries by their source package and source version, the distribution verdict winning', () => {
    const packages = [
      pkg('deb', 'libssl3', '3.0.11-1~deb12u2', ['openssl', '3.0.11-1~deb12u2']),
      pkg('deb', 'libuuid1', '2.38.1-5+b1', ['util-linux', '2.38.1-5']),
      pkg('deb', 'glibc-source-is-fixed', '2.36-9+deb12u3', ['glibc', '2.36-9+deb12u3']),
    ];
    const findings = match(packages, [...tracker, ...osv], { distro: BOOKWORM });
    expect(lines(findings)).toEqual([
      'libssl3 3.0.11-1~deb12u2 CVE-2023-5678 fixed=3.0.13-1~deb12u1 medium debian-tracker',
      'libssl3 3.0.11-1~deb12u2 CVE-2024-0727 fixed=none low debian-tracker',
      'libuuid1 2.38.1-5+b1 CVE-2024-28085 fixed=2.38.1-5+deb12u1 negligible debian-tracker',
    ]);
    // The DSA in OSV names the same CVE: one finding, the DSA an alias. DLA-9999-1 says affected where the tracker says not: skipped.
    expect(findings[0]?.aliases).toEqual(['DSA-5532-1']);
    expect(findings[0]?.matched).toEqual({ name: 'openssl', version: '3.0.11-1~deb12u2' });
    expect(findings.some((f) => f.id === 'DLA-9999-1' || f.aliases.includes('CVE-2022-3358'))).toBe(false);
    // undetermined (CVE-2024-2511) is skipped
    expect(findings.some((f) => f.id === 'CVE-2024-2511')).toBe(false);
  });

  it('does not match a binary by its own name when its source differs', () => {
    const advisories: Advisory[] = [
      {
        id: 'CVE-2099-1',
        aliases: [],
        ecosystem: 'deb',
        package: 'libssl3',
        distroRelease: 'bookworm',
        status: 'open',
        severity: { level: 'high' },
        source: 'debian-tracker',
      },
    ];
    expect(match([pkg('deb', 'libssl3', '3.0.11-1', ['openssl', '3.0.11-1'])], advisories, { distro: BOOKWORM })).toEqual([]);
    // Without a Source field the binary is its own source.
    expect(lines(match([pkg('deb', 'libssl3', '3.0.11-1')], advisories, { distro: BOOKWORM }))).toEqual([
      'libssl3 3.0.11-1 CVE-2099-1 fixed=none high debian-tracker',
    ]);
  });

  it('compares with dpkg ordering: epochs decide', () => {
    const findings = match([pkg('deb', 'epochy', '1:2.0-1'), pkg('deb', 'noepoch', '2.0-1')], tracker, { distro: BOOKWORM });
    expect(lines(findings)).toEqual(['noepoch 2.0-1 CVE-2023-1001 fixed=1:1.0-1 high debian-tracker']);
  });

  it("uses the image's release only", () => {
    const glibc = pkg('deb', 'libc6', '2.31-13+deb11u7', ['glibc', '2.31-13+deb11u7']);
    expect(lines(match([glibc], tracker, { distro: BULLSEYE }))).toEqual(['libc6 2.31-13+deb11u7 CVE-2023-4911 fixed=none high debian-tracker']);
    // The same source version against bookworm's entry: fixed there, so the fix is named.
    expect(lines(match([glibc], tracker, { distro: BOOKWORM }))).toEqual(['libc6 2.31-13+deb11u7 CVE-2023-4911 fixed=2.36-9+deb12u3 high debian-tracker']);
    expect(match([{ ...glibc, version: '2.36-9+deb12u3', source: { name: 'glibc', version: '2.36-9+deb12u3' } }], tracker, { distro: BOOKWORM })).toEqual([]);
    // A package's own distro wins over the option.
    expect(lines(match([{ ...glibc, distro: BULLSEYE }], tracker, { distro: BOOKWORM }))).toEqual([
      'libc6 2.31-13+deb11u7 CVE-2023-4911 fixed=none high debian-tracker',
    ]);
    // No distro, or another distribution's packages: no Debian verdicts.
    expect(match([glibc], tracker)).toEqual([]);
    expect(match([glibc], tracker, { distro: { id: 'ubuntu', versionId: '22.04', codename: 'bullseye' } })).toEqual([]);
  });

  it('matches OSV Debian records by release number when the tracker is not given', () => {
    const findings = match([pkg('deb', 'openssl', '3.0.11-1~deb12u2', ['openssl', '3.0.11-1~deb12u2'])], osv, { distro: BOOKWORM });
    expect(lines(findings)).toEqual([
      'openssl 3.0.11-1~deb12u2 DLA-9999-1 fixed=3.0.99-1 unknown osv',
      'openssl 3.0.11-1~deb12u2 DSA-5532-1 fixed=3.0.13-1~deb12u1 unknown osv',
    ]);
    expect(findings[1]?.aliases).toEqual(['CVE-2023-5678']);
  });
});

describe('Alpine packages against secdb', () => {
  it('matches by origin and release x.y; "0" entries are not affected', () => {
    const packages = [
      pkg('apk', 'libcrypto3', '3.1.4-r3', ['openssl', '3.1.4-r3']),
      pkg('apk', 'busybox', '1.36.1-r15', ['busybox', '1.36.1-r15']),
      pkg('apk', 'ssl_client', '1.36.1-r2', ['busybox', '1.36.1-r2']),
    ];
    const findings = match(packages, secdb, { distro: ALPINE_319 });
    expect(lines(findings)).toEqual([
      'libcrypto3 3.1.4-r3 CVE-2024-0727 fixed=3.1.4-r5 unknown alpine-secdb',
      'ssl_client 1.36.1-r2 CVE-2023-42363 fixed=1.36.1-r15 unknown alpine-secdb',
      'ssl_client 1.36.1-r2 CVE-2023-42366 fixed=1.36.1-r15 unknown alpine-secdb',
    ]);
    expect(findings[0]?.aliases).toEqual(['GHSA-9v9h-cgj8-h64p']);
    expect(match(packages, secdb, { distro: { id: 'alpine', versionId: '3.18.4' } })).toEqual([]);
  });
});

describe('language packages against OSV ranges', () => {
  it.each([
    ['npm', 'lodash', '4.17.20', 'GHSA-35jh-r3h4-6jhm fixed=4.17.21 high'],
    ['npm', 'lodash', '4.17.21', undefined],
    // two ranges: each range's own fix is reported
    ['npm', 'minimist', '0.2.3', 'GHSA-xvch-5gv4-984h fixed=0.2.4 critical'],
    ['npm', 'minimist', '0.2.4', undefined],
    ['npm', 'minimist', '1.2.5', 'GHSA-xvch-5gv4-984h fixed=1.2.6 critical'],
    ['npm', 'minimist', '1.2.6', undefined],
    // last_affected: up to and including it, with no fix named; the name per PEP 503
    ['pypi', 'Jinja2', '3.1.2', 'GHSA-h5c8-rqwp-cp95 fixed=none medium'],
    ['pypi', 'jinja2', '2.0', 'GHSA-h5c8-rqwp-cp95 fixed=none medium'],
    ['pypi', 'jinja2', '3.1.3', undefined],
    ['pypi', 'jinja2', '1.9', undefined],
    // versions[] list only
    ['pypi', 'requests', '2.31.0', 'PYSEC-2023-74 fixed=none unknown'],
    ['pypi', 'requests', '2.31.1', undefined],
    ['golang', 'golang.org/x/net', 'v0.15.0', 'GO-2023-2102 fixed=0.17.0 medium'],
    ['golang', 'golang.org/x/net', 'v0.17.0', undefined],
    ['maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', 'GHSA-jfh8-c2jp-5v3q fixed=2.15.0 critical'],
    ['maven', 'org.apache.logging.log4j:log4j-core', '2.0-alpha1', undefined],
    ['maven', 'org.apache.logging.log4j:log4j-core', '2.15.0', undefined],
  ] as const)('%s %s@%s -> %s', (ecosystem, name, version, want) => {
    const findings = match([pkg(ecosystem, name, version)], osv);
    expect(findings.map((f) => `${f.id} fixed=${f.fixedVersion ?? 'none'} ${f.severity.level}`)).toEqual(want === undefined ? [] : [want]);
  });

  it("matches a Go binary's standard library (stdlib, from its build info's go version) against OSV's stdlib ranges", () => {
    const stdlib: Advisory = {
      id: 'GO-2024-2687',
      aliases: ['CVE-2023-45288'],
      ecosystem: 'golang',
      package: 'stdlib',
      status: 'ranges',
      severity: { level: 'unknown' },
      source: 'osv',
      affected: {
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.21.9' }, { introduced: '1.22.0-0' }, { fixed: '1.22.2' }] }],
        versions: [],
      },
    };
    const ids = (v: string): string[] => match([pkg('golang', 'stdlib', v)], [stdlib]).map((f) => `${f.id} fixed=${f.fixedVersion ?? 'none'}`);
    expect(ids('1.21.5')).toEqual(['GO-2024-2687 fixed=1.21.9']);
    expect(ids('1.21.0-rc.2')).toEqual(['GO-2024-2687 fixed=1.21.9']);
    expect(ids('1.22.1')).toEqual(['GO-2024-2687 fixed=1.22.2']);
    expect(ids('1.21.9')).toEqual([]);
    expect(ids('1.22.2')).toEqual([]);
    // Another SBOM's spelling (syft keeps the go prefix in the version) compares the same.
    expect(ids('go1.21.5')).toEqual(['GO-2024-2687 fixed=1.21.9']);
  });

  it('reports the same vulnerability from two records once, with both ids', () => {
    const base = { ecosystem: 'pypi' as const, package: 'requests', status: 'ranges' as const, severity: { level: 'medium' as const }, source: 'osv' as const };
    const ranges = { ranges: [{ type: 'ECOSYSTEM' as const, events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }], versions: [] };
    const advisories: Advisory[] = [
      { ...base, id: 'PYSEC-2023-74', aliases: ['CVE-2023-32681'], affected: ranges },
      { ...base, id: 'GHSA-j8r2-6x86-q33q', aliases: ['CVE-2023-32681'], affected: ranges },
    ];
    const findings = match([pkg('pypi', 'requests', '2.30.0')], advisories);
    expect(findings.map((f) => [f.id, f.aliases])).toEqual([['PYSEC-2023-74', ['CVE-2023-32681', 'GHSA-j8r2-6x86-q33q']]]);
  });

  it('evaluates unsorted events and an introduced after a fix (a re-introduced bug)', () => {
    const a: Advisory = {
      id: 'X-1',
      aliases: [],
      ecosystem: 'npm',
      package: 'a',
      status: 'ranges',
      affected: {
        ranges: [{ type: 'SEMVER', events: [{ fixed: '1.5.0' }, { introduced: '2.0.0' }, { introduced: '1.0.0' }, { fixed: '2.1.0' }] }],
        versions: [],
      },
      severity: { level: 'low' },
      source: 'osv',
    };
    expect(['0.9.0', '1.0.0', '1.4.9', '1.5.0', '1.9.9', '2.0.0', '2.0.5', '2.1.0'].map((v) => verdict(a, v))).toEqual([
      { affected: false },
      { affected: true, fixed: '1.5.0' },
      { affected: true, fixed: '1.5.0' },
      { affected: false },
      { affected: false },
      { affected: true, fixed: '2.1.0' },
      { affected: true, fixed: '2.1.0' },
      { affected: false },
    ]);
  });
});

describe('one index for many images', () => {
  it('matches the same through a prebuilt index, and shares verdicts between binaries of one source', () => {
    const index = indexAdvisories([...tracker, ...secdb, ...osv]);
    const packages = [
      pkg('deb', 'libssl3', '3.0.11-1~deb12u2', ['openssl', '3.0.11-1~deb12u2']),
      pkg('deb', 'openssl', '3.0.11-1~deb12u2', ['openssl', '3.0.11-1~deb12u2']),
      pkg('npm', 'lodash', '4.17.20'),
    ];
    const findings = match(packages, index, { distro: BOOKWORM });
    expect(lines(findings)).toEqual(lines(match(packages, [...tracker, ...secdb, ...osv], { distro: BOOKWORM })));
    expect(findings.map((f) => `${f.package.name} ${f.id}`)).toEqual([
      'libssl3 CVE-2023-5678',
      'libssl3 CVE-2024-0727',
      'openssl CVE-2023-5678',
      'openssl CVE-2024-0727',
      'lodash GHSA-35jh-r3h4-6jhm',
    ]);
    // Findings are separate objects: a report editing one does not edit another.
    findings[0]?.aliases.push('X');
    expect(findings[2]?.aliases).toEqual(['DSA-5532-1']);
  });
});
