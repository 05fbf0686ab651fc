/**
 * Ubuntu images (issue 12). No Ubuntu archive is reachable here, so the
 * image is synthetic: Ubuntu 24.04's /etc/os-release and a dpkg status with
 * Ubuntu versions. Its packages are named for Ubuntu (purl namespace and
 * distro qualifier), Debian's advisories (tracker or OSV Debian:12) never
 * match them, and OSV's Ubuntu records (ecosystem "Ubuntu:24.04:LTS", also
 * ":Pro:" and non-LTS "Ubuntu:24.10", naming the source package, per the OSV
 * schema's ecosystem list) match by source package and dpkg ordering for that
 * release only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PackageURL } from 'packageurl-js';
import { checkImage } from '../../../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../../../shared/src/compliance/policy-load.js';
import type { Package, Sbom } from '../../../../shared/src/compliance/sbom/package.js';
import type { Advisory } from '../../../../shared/src/compliance/vulnerabilities/advisory.js';
import { readVulnerabilityDb } from '../../../../shared/src/compliance/vulnerabilities/load.js';
import { match, type Finding } from '../../../../shared/src/compliance/vulnerabilities/match.js';
import { osvEcosystem } from '../../../../shared/src/compliance/vulnerabilities/osv.js';
import { releaseNames, scanVulnerabilities } from '../../../../shared/src/compliance/vulnerabilities/scan.js';
import { makeLayout } from '../../../support/image-fixture.js';

const NOBLE =
  'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.1 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nUBUNTU_CODENAME=noble\n';
const stanza = (name: string, version: string, extra = ''): string =>
  `Package: ${name}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\n${extra}Version: ${version}\nDescription: ${name}\n a package\n\n`;

/** One OSV record: `affected` entries of (ecosystem, package, fixed version). */
const osvRecord = (id: string, affected: Array<[string, string, string]>, aliases: string[] = []) => ({
  schema_version: '1.6.0',
  id,
  aliases,
  modified: '2026-11-01T00:00:00Z',
  summary: `${id} in openssl`,
  affected: affected.map(([ecosystem, name, fixed]) => ({
    package: { ecosystem, name },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
  })),
});

const lines = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.package.name} ${f.installedVersion} ${f.id} fixed=${f.fixedVersion ?? 'none'} via ${f.matched.name} ${f.matched.version}`);

let work: string;
let sbom: Sbom;
let osv: Advisory[];
let tracker: Advisory[];
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ubuntu-'));
  await makeLayout(path.join(work, 'image'), {
    layers: [
      {
        files: {
          'etc/os-release': NOBLE,
          'var/lib/dpkg/status':
            stanza('base-files', '13ubuntu10.1') +
            stanza('openssl', '3.0.13-0ubuntu3.1') +
            stanza('libssl3t64', '3.0.13-0ubuntu3.1', 'Source: openssl\n') +
            stanza('zlib1g', '1:1.3.dfsg-3.1ubuntu2', 'Source: zlib\n'),
        },
      },
    ],
  });
  sbom = (await checkImage({ image: path.join(work, 'image'), policy: defaultPolicy(), rules: ['none'] })).sbom;
  const dir = path.join(work, 'osv');
  await mkdir(dir);
  const records = [
    // Fixed in noble's archive after the installed version: both binaries of the openssl source are affected.
    osvRecord('UBUNTU-CVE-2024-5535', [['Ubuntu:24.04:LTS', 'openssl', '3.0.13-0ubuntu3.2']], ['CVE-2024-5535']),
    // Another release's record: not this image's.
    osvRecord('UBUNTU-CVE-2022-0001', [['Ubuntu:22.04:LTS', 'openssl', '3.0.2-0ubuntu1.99']]),
    // Fixed in a version older than the installed one: not affected (dpkg ordering: 0ubuntu3.1 > 0ubuntu1.5).
    osvRecord('UBUNTU-CVE-2023-0002', [['Ubuntu:24.04:LTS', 'openssl', '3.0.13-0ubuntu1.5']]),
    // An epoch: 1:1.3.dfsg-3.1ubuntu2 < 1:1.3.dfsg-3.1ubuntu2.1, and a bare 1.3.1 (epoch 0) would sort below both.
    osvRecord('UBUNTU-CVE-2023-45853', [['Ubuntu:24.04:LTS', 'zlib', '1:1.3.dfsg-3.1ubuntu2.1']]),
    osvRecord('UBUNTU-CVE-2018-0003', [['Ubuntu:24.04:LTS', 'zlib', '1.3.1']]),
    // Ubuntu Pro (ESM) speaks for the same release.
    osvRecord('USN-7000-1', [['Ubuntu:Pro:24.04:LTS', 'openssl', '3.0.13-0ubuntu3.2+esm1']]),
    // Debian's own record for the same source: never applied to Ubuntu's packages.
    osvRecord('DSA-5999-1', [['Debian:12', 'openssl', '3.0.99-1~deb12u1']], ['CVE-2099-0001']),
  ];
  for (const r of records) await writeFile(path.join(dir, `${r.id}.json`), JSON.stringify(r));
  osv = await readVulnerabilityDb(dir);
  tracker = await readVulnerabilityDb(path.resolve('test/fixtures/vulnerabilities/debian-tracker.json'));
});
afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('an Ubuntu 24.04 image', () => {
  it('names the distribution from os-release, and each purl from it (namespace ubuntu, distro ubuntu-24.04)', () => {
    expect(sbom.distro).toEqual({ id: 'ubuntu', versionId: '24.04', codename: 'noble' });
    const ssl = sbom.packages.find((p) => p.name === 'libssl3t64') as Package;
    expect(ssl.source).toEqual({ name: 'openssl', version: '3.0.13-0ubuntu3.1' });
    expect(ssl.purl).toBe('pkg:deb/ubuntu/libssl3t64@3.0.13-0ubuntu3.1?arch=amd64&distro=ubuntu-24.04');
    for (const p of sbom.packages) {
      const back = PackageURL.fromString(p.purl);
      expect([back.type, back.namespace, back.qualifiers]).toEqual(['deb', 'ubuntu', { arch: 'amd64', distro: 'ubuntu-24.04' }]);
    }
  });

  it("matches OSV's Ubuntu records for its release by source package and dpkg ordering, and nothing of Debian's", () => {
    const findings = match(sbom.packages, [...tracker, ...osv], { distro: sbom.distro });
    expect(lines(findings)).toEqual([
      'libssl3t64 3.0.13-0ubuntu3.1 UBUNTU-CVE-2024-5535 fixed=3.0.13-0ubuntu3.2 via openssl 3.0.13-0ubuntu3.1',
      'libssl3t64 3.0.13-0ubuntu3.1 USN-7000-1 fixed=3.0.13-0ubuntu3.2+esm1 via openssl 3.0.13-0ubuntu3.1',
      'openssl 3.0.13-0ubuntu3.1 UBUNTU-CVE-2024-5535 fixed=3.0.13-0ubuntu3.2 via openssl 3.0.13-0ubuntu3.1',
      'openssl 3.0.13-0ubuntu3.1 USN-7000-1 fixed=3.0.13-0ubuntu3.2+esm1 via openssl 3.0.13-0ubuntu3.1',
      'zlib1g 1:1.3.dfsg-3.1ubuntu2 UBUNTU-CVE-2023-45853 fixed=1:1.3.dfsg-3.1ubuntu2.1 via zlib 1:1.3.dfsg-3.1ubuntu2',
    ]);
    expect(findings[0]?.aliases).toEqual(['CVE-2024-5535']);
  });

  it("the tracker's and OSV Debian's openssl entries are real matches for a Debian image (so their silence above is the release, not the data)", () => {
    const debian: Package = {
      ...(sbom.packages.find((p) => p.name === 'openssl') as Package),
      version: '3.0.11-1~deb12u2',
      source: { name: 'openssl', version: '3.0.11-1~deb12u2' },
      distro: { id: 'debian', versionId: '12', codename: 'bookworm' },
    };
    const ids = match([debian], [...tracker, ...osv]).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CVE-2023-5678', 'DSA-5999-1']));
    // ... and an Ubuntu record never matches the Debian package.
    expect(ids.filter((id) => id.startsWith('UBUNTU-') || id.startsWith('USN-'))).toEqual([]);
  });

  it("test-image's scan (databases read for the image's release only) keeps Ubuntu's records for it and drops Debian's", async () => {
    expect(releaseNames(sbom.distro)).toEqual(new Set(['noble', '24', '24.04', 'ubuntu:24.04']));
    const scan = await scanVulnerabilities(
      sbom,
      [
        { kind: 'path', value: 'osv', line: 1 },
        { kind: 'path', value: path.relative(work, path.resolve('test/fixtures/vulnerabilities/debian-tracker.json')), line: 2 },
      ],
      {},
      { scope: { workspace: work, allowOutside: true }, cacheDir: path.join(work, 'cache') },
    );
    expect([...new Set(scan.matches.map((f) => f.id))].sort()).toEqual(['UBUNTU-CVE-2023-45853', 'UBUNTU-CVE-2024-5535', 'USN-7000-1']);
    expect(scan.matches.every((f) => f.source === 'osv')).toBe(true);
  });

  it('another Ubuntu release, or one without a VERSION_ID, gets none of them', () => {
    const jammy = sbom.packages.map((p) => ({ ...p, distro: { id: 'ubuntu', versionId: '22.04', codename: 'jammy' } }));
    expect(match(jammy, osv).map((f) => f.id)).toEqual([]);
    const unversioned = sbom.packages.map((p) => ({ ...p, distro: { id: 'ubuntu', versionId: '', codename: 'devel' } }));
    expect(match(unversioned, osv)).toEqual([]);
  });
});

describe('OSV ecosystem names for Ubuntu', () => {
  it.each([
    ['Ubuntu:24.04:LTS', { ecosystem: 'deb', release: 'ubuntu:24.04' }],
    ['Ubuntu:22.04:LTS', { ecosystem: 'deb', release: 'ubuntu:22.04' }],
    ['Ubuntu:24.10', { ecosystem: 'deb', release: 'ubuntu:24.10' }],
    ['Ubuntu:Pro:18.04:LTS', { ecosystem: 'deb', release: 'ubuntu:18.04' }],
    // No release: nothing to scope it to.
    ['Ubuntu', undefined],
    ['Ubuntu:Pro:FIPS:22.04:LTS', undefined],
    ['Debian:12', { ecosystem: 'deb', release: '12' }],
  ])('%s', (text, expected) => {
    expect(osvEcosystem(text)).toEqual(expected);
  });
});
