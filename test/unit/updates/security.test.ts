import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseVulnerabilityJson } from '../../../shared/src/compliance/vulnerabilities/load.js';
import { parseApkEntries, parseDpkgEntries, type InstalledPackage, type OsRelease } from '../../../shared/src/updates/package-db.js';
import type { PackageCheck } from '../../../shared/src/updates/package-check.js';
import { findSecurityFixes, packageRebuild, securityReasons } from '../../../shared/src/updates/security.js';
import { LIBSSL_FIX } from '../../support/security-fix.js';

const TRACKER = new URL('../../fixtures/vulnerabilities/security-rebuild/debian-tracker.json', import.meta.url);
const advisories = parseVulnerabilityJson(readFileSync(TRACKER, 'utf8'), { location: 'debian-tracker.json' });
const bookworm: OsRelease = { id: 'debian', idLike: [], versionId: '12', codename: 'bookworm' };

/** A dpkg status (or Packages index) stanza. */
const stanza = (name: string, version: string, source?: string): string =>
  `Package: ${name}\nStatus: install ok installed\nVersion: ${version}\nArchitecture: amd64\n${source === undefined ? '' : `Source: ${source}\n`}\n`;
const entries = (...stanzas: string[]): InstalledPackage[] => parseDpkgEntries(stanzas.join(''), { requireStatus: false });

const installed = entries(
  stanza('libssl3', '3.0.11-1~deb12u2', 'openssl'),
  stanza('login', '1:4.13+dfsg1-1', 'shadow'),
  stanza('zlib1g', '1:1.2.13.dfsg-1', 'zlib'),
  stanza('curl', '7.88.1-10+deb12u5'),
);

describe('findSecurityFixes', () => {
  it('a fix available in the index as a binNMU (+b1, compared on the Source version) is found; not-yet-indexed, not-affected, open and other releases are not', () => {
    const index = entries(
      // The binNMU: binary version 3.0.13-1~deb12u1+b1 built from source 3.0.13-1~deb12u1, the advisory's fixed version.
      stanza('libssl3', '3.0.13-1~deb12u1+b1', 'openssl (3.0.13-1~deb12u1)'),
      stanza('libssl3', '3.0.11-1~deb12u2', 'openssl'),
      stanza('zlib1g', '1:1.2.13.dfsg-1', 'zlib'),
      stanza('curl', '7.88.1-10+deb12u8'),
    );
    expect(findSecurityFixes('deb', installed, index, advisories, bookworm)).toEqual([
      {
        id: 'CVE-2024-0001',
        package: 'libssl3',
        source: 'openssl',
        installed: '3.0.11-1~deb12u2',
        fixed: '3.0.13-1~deb12u1',
        available: '3.0.13-1~deb12u1+b1',
      },
    ]);
  });

  it('a binary built from a source BEFORE the fix is no fix, even though its own version sorts after the fixed one', () => {
    const index = entries(stanza('libssl3', '3.0.20-1', 'openssl (3.0.11-1~deb12u3)'), stanza('libssl3', '3.0.11-1~deb12u2+b1', 'openssl (3.0.11-1~deb12u2)'));
    expect(findSecurityFixes('deb', installed, index, advisories, bookworm)).toEqual([]);
  });

  it('epochs count: 1:4.13+dfsg1-1+deb12u1 fixes; a version without the epoch (0:) is older however large', () => {
    const withEpoch = entries(stanza('login', '1:4.13+dfsg1-1+deb12u1', 'shadow'));
    expect(findSecurityFixes('deb', installed, withEpoch, advisories, bookworm)).toEqual([
      {
        id: 'CVE-2024-0005',
        package: 'login',
        source: 'shadow',
        installed: '1:4.13+dfsg1-1',
        fixed: '1:4.13+dfsg1-1+deb12u1',
        available: '1:4.13+dfsg1-1+deb12u1',
      },
    ]);
    const noEpoch = entries(stanza('login', '9.0-1', 'shadow'));
    expect(findSecurityFixes('deb', installed, noEpoch, advisories, bookworm)).toEqual([]);
  });

  it('the fix must come from the same source: a package of that name built from another source carries no fix', () => {
    const renamed = entries(stanza('libssl3', '3.0.13-1~deb12u1', 'openssl-fork'));
    expect(findSecurityFixes('deb', installed, renamed, advisories, bookworm)).toEqual([]);
  });

  it('not affected: an installed version at the fix, and an image of another release, find nothing', () => {
    const index = entries(stanza('zlib1g', '1:1.2.13.dfsg-1+b1', 'zlib (1:1.2.13.dfsg-1)'), stanza('curl', '7.88.1-10+deb12u8'));
    expect(findSecurityFixes('deb', installed, index, advisories, bookworm)).toEqual([]);
    const trixie: OsRelease = { ...bookworm, versionId: '13', codename: 'trixie' };
    const fixedIndex = entries(stanza('libssl3', '3.0.13-1~deb12u1', 'openssl'));
    expect(findSecurityFixes('deb', installed, fixedIndex, advisories, trixie)).toEqual([]);
    expect(findSecurityFixes('deb', installed, fixedIndex, advisories, bookworm)).toHaveLength(1);
  });

  it('the newest indexed version carrying the fix is the one offered, whatever the index order', () => {
    const index = entries(stanza('libssl3', '3.0.15-1~deb12u1', 'openssl'), stanza('libssl3', '3.0.13-1~deb12u1', 'openssl'));
    expect(findSecurityFixes('deb', installed, index, advisories, bookworm).map((f) => [f.id, f.available])).toEqual([
      ['CVE-2024-0001', '3.0.15-1~deb12u1'],
      ['CVE-2024-0002', '3.0.15-1~deb12u1'],
    ]);
  });

  it('Alpine: matched by origin, apk ordering', () => {
    const secdb = parseVulnerabilityJson(
      JSON.stringify({
        distroversion: 'v3.19',
        reponame: 'main',
        packages: [{ pkg: { name: 'openssl', secfixes: { '3.1.4-r3': ['CVE-2024-0100'] } } }],
      }),
      { location: 'secdb.json' },
    );
    const alpine: OsRelease = { id: 'alpine', idLike: [], versionId: '3.19.1', codename: '' };
    const inst: InstalledPackage[] = [{ name: 'libcrypto3', version: '3.1.4-r2', arch: 'x86_64', source: { name: 'openssl', version: '3.1.4-r2' } }];
    const idx: InstalledPackage[] = [{ name: 'libcrypto3', version: '3.1.4-r5', arch: 'x86_64', source: { name: 'openssl', version: '3.1.4-r5' } }];
    expect(findSecurityFixes('apk', inst, idx, secdb, alpine)).toEqual([
      { id: 'CVE-2024-0100', package: 'libcrypto3', source: 'openssl', installed: '3.1.4-r2', fixed: '3.1.4-r3', available: '3.1.4-r5' },
    ]);
  });
});

describe('renamed binaries (Debian t64: libssl3 -> libssl3t64 from the same source)', () => {
  /** An index stanza with Provides/Replaces, read as fetchIndex reads an index. */
  const indexed = (name: string, version: string, source: string, relations: string): InstalledPackage[] =>
    parseDpkgEntries(`Package: ${name}\nVersion: ${version}\nArchitecture: amd64\nSource: ${source}\n${relations}\n`, {
      requireStatus: false,
      relations: true,
    });
  const T64 = { id: 'CVE-2024-0001', package: 'libssl3', source: 'openssl', installed: '3.0.11-1~deb12u2', fixed: '3.0.13-1~deb12u1' };

  it.each<[string, InstalledPackage[], object | undefined]>([
    [
      'Provides and Replaces the installed name, same source at the fix: the fix, under the new name',
      indexed('libssl3t64', '3.0.13-1~deb12u1', 'openssl', 'Provides: libssl3 (= 3.0.13-1~deb12u1)\nReplaces: libssl3\nBreaks: libssl3 (<< 3.0.13-1~deb12u1)'),
      { ...T64, available: '3.0.13-1~deb12u1', replacement: 'libssl3t64' },
    ],
    [
      'Replaces alone (arch-qualified) counts',
      indexed('libssl3t64', '3.0.13-1~deb12u1', 'openssl', 'Replaces: libssl3:amd64 (<< 3.1)'),
      { ...T64, available: '3.0.13-1~deb12u1', replacement: 'libssl3t64' },
    ],
    ['Breaks alone does not (it takes nothing over)', indexed('libssl3t64', '3.0.13-1~deb12u1', 'openssl', 'Breaks: libssl3'), undefined],
    ['another source does not', indexed('libssl3t64', '3.0.13-1~deb12u1', 'openssl-fork', 'Provides: libssl3\nReplaces: libssl3'), undefined],
    ['the same source before the fix does not', indexed('libssl3t64', '3.0.11-1~deb12u3', 'openssl', 'Provides: libssl3\nReplaces: libssl3'), undefined],
    [
      'a package providing a similar name does not',
      indexed('libssl3t64', '3.0.13-1~deb12u1', 'openssl', 'Provides: libssl3-dev\nReplaces: libssl3-dev'),
      undefined,
    ],
  ])('%s', (_name, index, fix) => {
    const got = findSecurityFixes('deb', installed, index, advisories, bookworm).filter((f) => f.id === 'CVE-2024-0001');
    expect(got).toEqual(fix === undefined ? [] : [fix]);
  });

  it('the same binary name, when the index still has it with the fix, wins over a renamed one', () => {
    const index = [
      ...indexed('libssl3t64', '3.0.15-1', 'openssl', 'Provides: libssl3\nReplaces: libssl3'),
      ...entries(stanza('libssl3', '3.0.13-1~deb12u1', 'openssl')),
    ];
    expect(findSecurityFixes('deb', installed, index, advisories, bookworm).find((f) => f.id === 'CVE-2024-0001')).toEqual({
      ...T64,
      available: '3.0.13-1~deb12u1',
    });
  });

  it('the reason names both the installed and the new binary', () => {
    expect(securityReasons([{ ...T64, available: '3.0.13-1~deb12u1', replacement: 'libssl3t64' }])).toEqual([
      'CVE-2024-0001 fixed in openssl 3.0.13-1~deb12u1, available in the index (libssl3 3.0.11-1~deb12u2 -> libssl3t64 3.0.13-1~deb12u1, which replaces libssl3)',
    ]);
  });

  it('apk: p: names count, so:/cmd: provides do not', () => {
    const apk = parseApkEntries('P:libcrypto3t\nV:3.1.4-r5\nA:x86_64\no:openssl\np:libcrypto3=3.1.4-r5 so:libcrypto.so.3=3 cmd:openssl\n', { relations: true });
    expect(apk[0]?.takesOver).toEqual(['libcrypto3']);
  });
});

describe('securityReasons', () => {
  it('says which CVE is fixed in which source version, available in the index', () => {
    expect(
      securityReasons([
        {
          id: 'CVE-2024-1234',
          package: 'libssl3',
          source: 'openssl',
          installed: '3.0.11-1~deb12u2',
          fixed: '3.0.13-1~deb12u1',
          available: '3.0.13-1~deb12u1+b1',
        },
      ]),
    ).toEqual(['CVE-2024-1234 fixed in openssl 3.0.13-1~deb12u1, available in the index (libssl3 3.0.11-1~deb12u2 -> 3.0.13-1~deb12u1+b1)']);
  });

  it('names ten, then counts the rest', () => {
    const fixes = Array.from({ length: 12 }, (_, i) => ({ id: `CVE-2024-${1000 + i}`, package: 'p', source: 'p', installed: '1', fixed: '2', available: '2' }));
    const lines = securityReasons(fixes);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('... and 2 more security fixes (see the security-fixes output)');
  });
});

describe('packageRebuild (rebuild-on)', () => {
  const fix = { ...LIBSSL_FIX };
  const update = { name: 'tzdata', installed: '2024a-0+deb12u1', available: '2025b-0+deb12u1' };
  const checked = (securityFixes: (typeof fix)[] | undefined, updates: (typeof update)[]): PackageCheck => ({
    kind: 'checked',
    family: 'deb',
    platform: 'linux/amd64',
    installed: 3,
    indexes: ['http://127.0.0.1/Packages.gz'],
    updates,
    ...(securityFixes === undefined ? {} : { securityFixes }),
  });
  const cveReason = 'CVE-2024-0001 fixed in openssl 3.0.13-1~deb12u1, available in the index (libssl3 3.0.11-1~deb12u2 -> 3.0.13-1~deb12u1+b1)';
  const updateReason = '1 installed package has updates in the package index (linux/amd64): tzdata 2024a-0+deb12u1 -> 2025b-0+deb12u1';

  it.each([
    ['security', [fix], [update], true, [cveReason]],
    ['security', [], [update], false, []],
    ['security', [], [], false, []],
    ['any', [fix], [update], true, [cveReason, updateReason]],
    ['any', [], [update], true, [updateReason]],
    ['any', undefined, [update], true, [updateReason]],
    ['any', undefined, [], false, []],
  ] as const)('rebuild-on %s, fixes %j, updates %j -> %s', (rebuildOn, fixes, updates, rebuild, reasons) => {
    expect(packageRebuild(checked(fixes === undefined ? undefined : [...fixes], [...updates]), rebuildOn)).toEqual({ rebuild, reasons });
  });

  it('a skipped package check never rebuilds', () => {
    expect(packageRebuild({ kind: 'skipped', reason: 'no index' }, 'any')).toEqual({ rebuild: false, reasons: [] });
  });
});
