import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage, type CheckResult } from '../../../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../../../shared/src/compliance/policy-load.js';
import { loadPurl, purlOf } from '../../../../shared/src/compliance/sbom/purl.js';
import { makeLayout } from '../../../support/image-fixture.js';
import { pipelineErrorOf } from '../../../support/pipeline-error.js';
import { BASH_RPM, FEDORA_OS_RELEASE, rpmDb, type CraftedRpm } from '../../../support/rpm-fixture.js';

const FEDORA = FEDORA_OS_RELEASE;
const SYSIMAGE = 'usr/lib/sysimage/rpm/rpmdb.sqlite';
const bash = BASH_RPM;
const libcurl: CraftedRpm = {
  name: 'libcurl',
  epoch: 1,
  version: '8.6.0',
  release: '7.fc40',
  arch: 'x86_64',
  license: 'curl',
  sourceRpm: 'curl-8.6.0-7.fc40.src.rpm',
};
const key: CraftedRpm = { name: 'gpg-pubkey', version: 'a15b79cc', release: '63d04c2c' };

async function check(layers: Array<Record<string, string | Buffer>>): Promise<CheckResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rpm-sbom-'));
  try {
    await makeLayout(dir, { layers: layers.map((files) => ({ files })) });
    return await checkImage({ image: dir, policy: defaultPolicy(), rules: ['none'] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// purlOf needs packageurl-js, loaded on demand (issue 17): checkImage loads it for an image with packages, this file up front.
beforeAll(() => loadPurl());

describe('RPM catalog (rpmdb.sqlite through checkImage, one scan)', () => {
  it('lists each package with its epoch, source package, licence and purl, attributed to the layer whose database first lists it', async () => {
    const r = await check([{ 'etc/os-release': FEDORA, [SYSIMAGE]: await rpmDb([bash, key]) }, { [SYSIMAGE]: await rpmDb([bash, key, libcurl]) }]);
    const rows = r.sbom.packages.map((p) => [p.ecosystem, p.name, p.version, p.arch, p.source, p.license ?? '-', p.layer.index, p.purl, p.locations]);
    expect(rows).toEqual([
      [
        'rpm',
        'bash',
        '5.2.26-3.fc40',
        'x86_64',
        { name: 'bash', version: '5.2.26-3.fc40' },
        'GPL-3.0-or-later',
        0,
        'pkg:rpm/fedora/bash@5.2.26-3.fc40?arch=x86_64&distro=fedora-40',
        ['/usr/lib/sysimage/rpm/rpmdb.sqlite'],
      ],
      [
        'rpm',
        'libcurl',
        '1:8.6.0-7.fc40',
        'x86_64',
        { name: 'curl', version: '1:8.6.0-7.fc40' },
        'curl',
        1,
        'pkg:rpm/fedora/libcurl@8.6.0-7.fc40?arch=x86_64&distro=fedora-40&epoch=1',
        ['/usr/lib/sysimage/rpm/rpmdb.sqlite'],
      ],
    ]);
    expect(r.notices).toEqual([]);
  });

  it('the older /var/lib/rpm path; a malformed header is skipped with a notice naming it, the rest listed', async () => {
    const r = await check([{ 'var/lib/rpm/rpmdb.sqlite': await rpmDb([bash, Buffer.from('garbage!')]) }]);
    expect(r.sbom.packages.map((p) => [p.name, p.purl])).toEqual([['bash', 'pkg:rpm/bash@5.2.26-3.fc40?arch=x86_64']]);
    expect(r.notices).toEqual([
      expect.stringMatching(
        /^RPM database \/var\/lib\/rpm\/rpmdb\.sqlite in .*: 1 entry not cataloged \(header 2: expected 1 to 65535 index entries, got 1734439522\)\.$/,
      ),
    ]);
  });

  it('a BerkeleyDB database is named in a notice, not guessed at', async () => {
    const r = await check([{ 'var/lib/rpm/Packages': Buffer.alloc(4096, 1) }]);
    expect(r.sbom.packages).toEqual([]);
    expect(r.notices).toEqual([expect.stringMatching(/^\/var\/lib\/rpm\/Packages in .*: RPM database in BerkeleyDB\/ndb format is not cataloged\.$/)]);
  });

  it('a file at the rpmdb path that is no SQLite database: a clear error, not an empty list', async () => {
    const thrown: unknown = await check([{ [SYSIMAGE]: 'not sqlite' }]).then(
      () => undefined,
      (x: unknown) => x,
    );
    const e = pipelineErrorOf(() => {
      throw thrown;
    });
    expect([e.code, e.message]).toEqual([
      'UNSUPPORTED',
      expect.stringMatching(
        /^the RPM database \/usr\/lib\/sysimage\/rpm\/rpmdb\.sqlite in .* could not be read: expected (an|a readable) SQLite database, got /,
      ),
    ]);
  });
});

describe('rpm purls', () => {
  it.each([
    [{ name: 'vim', version: '2:9.1-1.el9' }, { id: 'rhel', versionId: '9.4' }, 'pkg:rpm/rhel/vim@9.1-1.el9?arch=x86_64&distro=rhel-9.4&epoch=2'],
    [
      { name: 'zypper', version: '1.14-1.1' },
      { id: 'opensuse-leap', versionId: '15.6' },
      'pkg:rpm/opensuse/zypper@1.14-1.1?arch=x86_64&distro=opensuse-leap-15.6',
    ],
    [
      { name: 'c++lib', version: '0:1.0~rc1^git2-1' },
      { id: 'almalinux', versionId: '9.4' },
      'pkg:rpm/almalinux/c%2B%2Blib@1.0~rc1%5Egit2-1?arch=x86_64&distro=almalinux-9.4&epoch=0',
    ],
  ])('%j on %j', (p, distro, want) => {
    expect(purlOf({ ecosystem: 'rpm', arch: 'x86_64', distro, ...p })).toBe(want);
  });
});
