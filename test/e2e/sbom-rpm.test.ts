/**
 * RPM SBOM against rpm itself: real packages built with rpmbuild (Debian's
 * rpm 4.18, whose database backend is SQLite), installed into a root with
 * `rpm --root`, the database of each install step packed as a layer of an OCI
 * layout, scanned by checkImage. Ground truth is `rpm -qa` on that root: every
 * package, exact epoch/version/release/arch/source/licence, nothing invented,
 * each attributed to the layer that installed it. The rpmvercmp table is
 * checked against rpm's own `rpm.vercmp` here too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage, type CheckResult } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import { cycloneDxJson } from '../../shared/src/compliance/sbom/cyclonedx.js';
import { spdxJson } from '../../shared/src/compliance/sbom/spdx.js';
import { compareRpmVersions } from '../../shared/src/compliance/vulnerabilities/versions/rpm.js';
import { makeLayout } from '../support/image-fixture.js';
import { RPMVERCMP_CASES } from '../support/rpmvercmp-cases.js';
import { cycloneDxValidator, schemaErrors, spdxValidator } from '../support/sbom-schemas.js';

const DBPATH = '/usr/lib/sysimage/rpm';
const FEDORA = 'NAME="Fedora Linux"\nVERSION_ID=40\nID=fedora\n';

/** Three specs: an epoch, an SPDX expression, a subpackage whose source differs from its name, tilde and caret versions, noarch and x86_64. */
const SPECS: Record<string, string> = {
  'hello.spec': `Name: hello
Epoch: 2
Version: 1.2.3
Release: 4.fc40
Summary: test
License: MIT AND (GPL-2.0-or-later OR Apache-2.0)
Vendor: Fedora Project
BuildArch: noarch
%description
test
%install
mkdir -p %{buildroot}/usr/share/hello
echo hi > %{buildroot}/usr/share/hello/hi.txt
%files
/usr/share/hello/hi.txt
%package -n libhello
Summary: lib
License: LGPL-2.1-or-later
%description -n libhello
lib
%files -n libhello
`,
  'tools.spec': `Name: tools
Version: 0.9~rc1^git2
Release: 1
Summary: test
License: BSD-3-Clause
BuildArch: x86_64
%description
test
%files
`,
  'legacy.spec': `Name: legacy
Epoch: 0
Version: 20240101
Release: 7.el9_3
Summary: test
License: GPLv2+
BuildArch: noarch
%description
test
%files
`,
};

let work: string;
const rpm = (...args: string[]): string => execFileSync('rpm', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sbom-rpm-'));
  for (const [name, text] of Object.entries(SPECS)) {
    await writeFile(path.join(work, name), text);
    execFileSync('rpmbuild', ['--define', `_topdir ${work}/top`, '-bb', path.join(work, name)], { stdio: 'ignore' });
  }
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const built = (file: string): string => path.join(work, 'top/RPMS', file.includes('x86_64') ? 'x86_64' : 'noarch', file);

/** Install into the root and return the database file as it is after this step. */
async function install(root: string, files: string[]): Promise<Buffer> {
  rpm('--root', root, '--dbpath', DBPATH, '-i', '--nodeps', '--ignorearch', '--noscripts', ...files.map(built));
  return readFile(path.join(root, DBPATH, 'rpmdb.sqlite'));
}

interface Row {
  name: string;
  epoch: string;
  version: string;
  release: string;
  arch: string;
  sourceRpm: string;
  license: string;
}

/** What rpm says is installed (gpg-pubkey entries are keys, not packages; none are imported here). */
function groundTruth(root: string): Row[] {
  return rpm('--root', root, '--dbpath', DBPATH, '-qa', '--qf', '%{NAME}\\t%{EPOCH}\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\t%{SOURCERPM}\\t%{LICENSE}\\n')
    .trim()
    .split('\n')
    .map((line) => {
      const [name, epoch, version, release, arch, sourceRpm, license] = line.split('\t') as [string, string, string, string, string, string, string];
      return { name, epoch, version, release, arch, sourceRpm, license };
    })
    .filter((r) => r.name !== 'gpg-pubkey')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe('RPM SBOM against rpm -qa (rpm 4.18, SQLite backend)', () => {
  let result: CheckResult;
  let truth: Row[];
  let layer0: Set<string>;

  beforeAll(async () => {
    expect(rpm('--eval', '%_db_backend').trim()).toBe('sqlite');
    const root = path.join(work, 'root');
    await mkdir(root, { recursive: true });
    const first = await install(root, ['hello-1.2.3-4.fc40.noarch.rpm']);
    layer0 = new Set(groundTruth(root).map((r) => r.name));
    const second = await install(root, ['libhello-1.2.3-4.fc40.noarch.rpm', 'tools-0.9~rc1^git2-1.x86_64.rpm', 'legacy-20240101-7.el9_3.noarch.rpm']);
    truth = groundTruth(root);
    const layout = path.join(work, 'layout');
    await makeLayout(layout, {
      layers: [
        { files: { 'etc/os-release': FEDORA, [`${DBPATH.slice(1)}/rpmdb.sqlite`]: first, 'usr/share/hello/hi.txt': 'hi\n' } },
        { files: { [`${DBPATH.slice(1)}/rpmdb.sqlite`]: second } },
      ],
    });
    result = await checkImage({ image: layout, policy: defaultPolicy(), rules: ['none'] });
  }, 120_000);

  it('lists exactly what rpm -qa lists, field for field', () => {
    expect(truth.map((r) => r.name)).toEqual(['hello', 'legacy', 'libhello', 'tools']);
    const fromSbom = result.sbom.packages.map((p) => {
      const [, epoch, vr] = /^(?:(\d+):)?(.*)$/.exec(p.version) as RegExpExecArray;
      const dash = (vr as string).lastIndexOf('-');
      const src = p.source as { name: string; version: string };
      return {
        name: p.name,
        epoch: epoch ?? '(none)',
        version: (vr as string).slice(0, dash),
        release: (vr as string).slice(dash + 1),
        arch: p.arch ?? '(none)',
        sourceRpm: `${src.name}-${src.version.replace(/^\d+:/, '')}.src.rpm`,
        license: p.license ?? '',
      };
    });
    // rpm's licence text exactly where it is an SPDX expression; the Fedora short name GPLv2+ is not one, so it is left out, never guessed.
    expect(fromSbom).toEqual(truth.map((r) => ({ ...r, license: r.license === 'GPLv2+' ? '' : r.license })));
    expect(result.sbom.packages.every((p) => p.ecosystem === 'rpm')).toBe(true);
    expect(result.notices).toEqual([]);
  });

  it('source packages, epochs and purls', () => {
    const by = new Map(result.sbom.packages.map((p) => [p.name, p]));
    expect(by.get('libhello')?.source).toEqual({ name: 'hello', version: '2:1.2.3-4.fc40' });
    expect(by.get('libhello')?.purl).toBe('pkg:rpm/fedora/libhello@1.2.3-4.fc40?arch=noarch&distro=fedora-40&epoch=2');
    expect(by.get('legacy')?.purl).toBe('pkg:rpm/fedora/legacy@20240101-7.el9_3?arch=noarch&distro=fedora-40&epoch=0');
    expect(by.get('tools')?.purl).toBe('pkg:rpm/fedora/tools@0.9~rc1%5Egit2-1?arch=x86_64&distro=fedora-40');
  });

  it('each package belongs to the layer whose install step added it', () => {
    expect([...layer0]).toEqual(['hello']);
    expect(result.sbom.packages.map((p) => [p.name, p.layer.index])).toEqual([
      ['hello', 0],
      ['legacy', 1],
      ['libhello', 1],
      ['tools', 1],
    ]);
  });

  it('both SBOM documents are valid against their official schemas', () => {
    const opts = { created: '2024-02-03T04:05:06Z', toolVersion: '0.1.0' };
    expect(schemaErrors(spdxValidator(), JSON.parse(spdxJson(result.sbom, opts)))).toBe('');
    expect(schemaErrors(cycloneDxValidator(), JSON.parse(cycloneDxJson(result.sbom, opts)))).toBe('');
  });
});

describe('rpm version ordering against rpm itself', () => {
  it('rpm.vercmp agrees with every row of our table, and so do we', () => {
    const lua = RPMVERCMP_CASES.map(([a, b]) => `print(rpm.vercmp(${JSON.stringify(a)}, ${JSON.stringify(b)}) .. " ")`).join(' ');
    const fromRpm = rpm('--eval', `%{lua: ${lua}}`).trim().split(/\s+/).map(Number);
    expect(fromRpm).toEqual(RPMVERCMP_CASES.map(([, , want]) => want));
    expect(RPMVERCMP_CASES.map(([a, b]) => Math.sign(compareRpmVersions(a, b)))).toEqual(fromRpm);
  });
});
