/**
 * sql.js (SQLite compiled to wasm, megabytes to compile) is loaded only for an
 * image that holds an rpmdb.sqlite: never for a dpkg or apk image, and once per
 * check for an rpm one, however many layers carry the database. Observed
 * through checkImage's loadSqlite option (the loader it calls; default
 * rpmdb.ts loadSqlite), wrapped here to count the calls.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage, type CheckResult } from '../../../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../../../shared/src/compliance/policy-load.js';
import { loadSqlite, type Sqlite } from '../../../../shared/src/compliance/sbom/rpmdb.js';
import { makeLayout } from '../../../support/image-fixture.js';
import { BASH_RPM, FEDORA_OS_RELEASE, rpmDb, type CraftedRpm } from '../../../support/rpm-fixture.js';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const DPKG_STATUS = 'Package: bash\nStatus: install ok installed\nPriority: required\nVersion: 5.2.15-2+b2\nArchitecture: amd64\n\n';
const FEDORA = FEDORA_OS_RELEASE;
const bash = BASH_RPM;
const zlib: CraftedRpm = {
  name: 'zlib-ng-compat',
  version: '2.1.6',
  release: '2.fc40',
  arch: 'x86_64',
  license: 'Zlib',
  sourceRpm: 'zlib-ng-2.1.6-2.fc40.src.rpm',
};

/** checkImage over a layout of these layers, with a counting loader in place of the real one. */
async function check(layers: Array<Record<string, string | Buffer>>): Promise<{ result: CheckResult; loads: number }> {
  const loader = jest.fn<() => Promise<Sqlite>>(loadSqlite);
  const dir = await mkdtemp(path.join(tmpdir(), 'sqlite-lazy-'));
  try {
    await makeLayout(dir, { layers: layers.map((files) => ({ files })) });
    const result = await checkImage({ image: dir, policy: defaultPolicy(), rules: ['none'], loadSqlite: loader });
    return { result, loads: loader.mock.calls.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows = (r: CheckResult): string[] => r.sbom.packages.map((p) => `${p.ecosystem} ${p.name} ${p.version}`);

describe('sql.js is loaded only for an image with an rpmdb.sqlite', () => {
  it('is never loaded for a dpkg image (whose packages are still listed)', async () => {
    const { result, loads } = await check([{ 'etc/os-release': DEBIAN, 'var/lib/dpkg/status': DPKG_STATUS }]);
    expect(rows(result)).toEqual(['deb bash 5.2.15-2+b2']);
    expect(loads).toBe(0);
  });

  it('is never loaded for an image with no package database at all', async () => {
    const { result, loads } = await check([{ 'etc/os-release': DEBIAN, 'usr/bin/tool': 'not a database' }]);
    expect(result.sbom.packages).toEqual([]);
    expect(loads).toBe(0);
  });

  it('is loaded once for an rpm image, though two layers carry the database', async () => {
    const sysimage = 'usr/lib/sysimage/rpm/rpmdb.sqlite';
    const { result, loads } = await check([{ 'etc/os-release': FEDORA, [sysimage]: await rpmDb([bash]) }, { [sysimage]: await rpmDb([bash, zlib]) }]);
    expect(rows(result)).toEqual(['rpm bash 5.2.26-3.fc40', 'rpm zlib-ng-compat 2.1.6-2.fc40']);
    expect(loads).toBe(1);
  });

  it('is loaded once for an rpm image whose database is at the older /var/lib/rpm path', async () => {
    const { result, loads } = await check([{ 'etc/os-release': FEDORA, 'var/lib/rpm/rpmdb.sqlite': await rpmDb([zlib]) }]);
    expect(rows(result)).toEqual(['rpm zlib-ng-compat 2.1.6-2.fc40']);
    expect(loads).toBe(1);
  });
});
