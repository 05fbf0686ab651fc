/**
 * The package half of the update check, end to end: images carrying a dpkg
 * status (with /etc/os-release a link, as Debian ships it), a distroless
 * status.d, and an apk installed db are pushed to a loopback registry with
 * skopeo; fixture package indexes are served by a loopback HTTP server; the
 * committed bundle says no rebuild while the index matches what is installed
 * and names the packages once the index offers newer ones.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { tarBytes, writeLayout, type FileSpec } from '../support/images.js';
import { servePackageIndexes, type PackageIndexServer } from '../support/package-index-server.js';
import { skopeoPushLayout } from '../support/skopeo.js';

const fixtures = path.resolve('test/fixtures/updates');
const bundle = path.resolve('check-updates/dist/index.js');
let registry: Registry;
let server: PackageIndexServer;
let indexBase: string;
let dir: string;
let requests: string[] = [];

const fixture = (name: string): Promise<Buffer> => fs.readFile(path.join(fixtures, name));

/** The fixture indexes as a mirror lays them out: Packages.gz files and APKINDEX.tar.gz (a gzip'd tar). */
async function indexFiles(): Promise<Map<string, Buffer>> {
  const apk = async (name: string): Promise<Buffer> =>
    gzipSync(
      await tarBytes([
        { name: 'DESCRIPTION', content: 'v3.19' },
        { name: 'APKINDEX', content: await fixture(name) },
      ]),
    );
  return new Map([
    ['/debian/dists/bookworm/main/binary-amd64/Packages.gz', gzipSync(await fixture('Packages.same'))],
    ['/debian/dists/bookworm/main/binary-amd64/Packages', await fixture('Packages.same')],
    ['/debian-security/dists/bookworm-security/main/binary-amd64/Packages.gz', gzipSync(await fixture('Packages.security'))],
    ['/alpine/same/main/x86_64/APKINDEX.tar.gz', await apk('APKINDEX.same')],
    ['/alpine/newer/main/x86_64/APKINDEX.tar.gz', await apk('APKINDEX.newer')],
  ]);
}

async function push(name: string, files: FileSpec[]): Promise<void> {
  const layout = path.join(dir, name.replace(/[^a-z0-9]/g, '_'));
  await writeLayout(layout, { layers: [[{ name: 'bin/app', content: 'app' }], files] });
  await skopeoPushLayout(layout, `${registry.host}/${name}`);
}

beforeAll(async () => {
  registry = await startRegistry();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'check-updates-packages-'));
  const files = await indexFiles();
  server = await servePackageIndexes(files);
  requests = server.requests;
  indexBase = server.base;
  await push('debian-app:latest', [
    { name: 'usr/lib/os-release', content: await fixture('bookworm-os-release') },
    { name: 'etc/os-release', type: 'symlink', linkname: '../usr/lib/os-release' },
    { name: 'var/lib/dpkg/status', content: await fixture('bookworm-status') },
  ]);
  await push('distroless-app:latest', [
    { name: 'etc/os-release', content: await fixture('bookworm-os-release') },
    { name: 'var/lib/dpkg/status.d/libssl3', content: 'Package: libssl3\nSource: openssl\nVersion: 3.0.11-1~deb12u1\nArchitecture: amd64\n' },
    { name: 'var/lib/dpkg/status.d/libssl3.md5sums', content: 'd41d8cd98f00b204e9800998ecf8427e  usr/lib/x86_64-linux-gnu/libssl.so.3\n' },
  ]);
  await push('alpine-app:latest', [
    { name: 'etc/os-release', content: await fixture('alpine-os-release') },
    { name: 'lib/apk/db/installed', content: await fixture('alpine-installed') },
  ]);
  await push('scratch-app:latest', [{ name: 'etc/motd', content: 'hi\n' }]);
}, 60000);

afterAll(async () => {
  await registry.stop();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const check = (image: string, urls: string[]) =>
  runActionBundle(bundle, { inputs: { image: `${registry.host}/${image}`, 'package-index-urls': urls.join('\n') } });

describe('check-updates: installed packages', () => {
  it('skips the package check, touching no index, when no index is configured', async () => {
    const before = requests.length;
    const run = await check('debian-app:latest', []);
    expect(run.code).toBe(0);
    expect(run.outputs['rebuild-needed']).toBe('false');
    expect(run.outputs['package-check']).toBe('packages not checked: no package index configured (set package-index-urls)');
    expect(JSON.parse(run.outputs.packages ?? 'null')).toEqual([]);
    expect(requests.length).toBe(before);
  }, 30000);

  it('Debian: no rebuild while the index serves the installed versions; rebuild naming openssl once security has a newer one', async () => {
    const same = await check('debian-app:latest', [`${indexBase}/debian/dists/bookworm/main/binary-amd64/Packages.gz`]);
    expect(same.code).toBe(0);
    expect(same.outputs['rebuild-needed']).toBe('false');
    expect(same.outputs['package-check']).toBe('checked 3 installed deb packages of the linux/amd64 image against 1 package index: 0 with updates');
    expect(JSON.parse(same.outputs.packages ?? 'null')).toEqual([]);

    const newer = await check('debian-app:latest', [
      `${indexBase}/debian/dists/bookworm/main/binary-amd64/Packages`,
      `${indexBase}/debian-security/dists/bookworm-security/main/binary-amd64/Packages.gz`,
    ]);
    expect(newer.code).toBe(0);
    expect(newer.outputs['rebuild-needed']).toBe('true');
    expect(newer.outputs.reason).toContain('1 installed package has updates in the package index (linux/amd64): libssl3 3.0.11-1~deb12u1 -> 3.0.13-1~deb12u1');
    // An older tzdata in the security index and a newer version of a removed package do not count.
    expect(JSON.parse(newer.outputs.packages ?? 'null')).toEqual([{ name: 'libssl3', installed: '3.0.11-1~deb12u1', available: '3.0.13-1~deb12u1' }]);
    expect(newer.summary).toContain('3.0.13-1~deb12u1');
  }, 60000);

  it('distroless: reads status.d', async () => {
    const run = await check('distroless-app:latest', [`${indexBase}/debian-security/dists/bookworm-security/main/binary-amd64/Packages.gz`]);
    expect(run.code).toBe(0);
    expect(run.outputs['rebuild-needed']).toBe('true');
    expect(JSON.parse(run.outputs.packages ?? 'null')).toEqual([{ name: 'libssl3', installed: '3.0.11-1~deb12u1', available: '3.0.13-1~deb12u1' }]);
  }, 30000);

  it('Alpine: no rebuild on a matching APKINDEX, rebuild naming busybox on a newer one', async () => {
    const same = await check('alpine-app:latest', [`${indexBase}/alpine/same/main/x86_64/APKINDEX.tar.gz`]);
    expect(same.code).toBe(0);
    expect(same.outputs['rebuild-needed']).toBe('false');
    expect(same.outputs['package-check']).toContain('checked 2 installed apk packages');

    const newer = await check('alpine-app:latest', [`${indexBase}/alpine/newer/main/x86_64/APKINDEX.tar.gz`]);
    expect(newer.outputs['rebuild-needed']).toBe('true');
    expect(newer.outputs.reason).toContain('busybox 1.36.1-r15 -> 1.36.1-r19');
    expect(JSON.parse(newer.outputs.packages ?? 'null')).toEqual([{ name: 'busybox', installed: '1.36.1-r15', available: '1.36.1-r19' }]);
  }, 60000);

  it('says so when the image has no package database', async () => {
    const run = await check('scratch-app:latest', [`${indexBase}/debian/dists/bookworm/main/binary-amd64/Packages.gz`]);
    expect(run.code).toBe(0);
    expect(run.outputs['rebuild-needed']).toBe('false');
    expect(run.outputs['package-check']).toBe('packages not checked: the linux/amd64 image has no Debian or Alpine package database');
  }, 30000);

  it('fails clearly on an index of the wrong family, a missing index, and an xz index', async () => {
    const wrong = await check('alpine-app:latest', [`${indexBase}/debian/dists/bookworm/main/binary-amd64/Packages.gz`]);
    expect(wrong.code).toBe(1);
    expect(wrong.log).toMatch(/input 'package-index-urls'.*is a Debian \(dpkg\) index but the image's package database is Alpine \(apk\)/);

    const missing = await check('debian-app:latest', [`${indexBase}/debian/dists/trixie/main/binary-amd64/Packages.gz`]);
    expect(missing.code).toBe(1);
    expect(missing.log).toMatch(/package index http:\/\/127\.0\.0\.1:\d+\/debian\/dists\/trixie\/main\/binary-amd64\/Packages\.gz answered HTTP 404/);

    const xz = await check('debian-app:latest', [`${indexBase}/debian/dists/bookworm/main/binary-amd64/Packages.xz`]);
    expect(xz.code).toBe(1);
    expect(xz.log).toMatch(/line 1: .*Packages\.xz: only gzip-compressed or plain indexes are read, not \.xz/);
    expect(xz.outputs['rebuild-needed']).toBeUndefined();
  }, 60000);
});
