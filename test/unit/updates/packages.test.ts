import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { PipelineError } from '../../../shared/src/errors.js';
import { fetchIndex } from '../../../shared/src/updates/fetch-index.js';
import { defaultIndexUrls, indexKind } from '../../../shared/src/updates/index-urls.js';
import { parseApkDb, parseDebianPackages, parseDpkgStatus, parseOsRelease } from '../../../shared/src/updates/package-db.js';
import { findUpdates, updateReasons } from '../../../shared/src/updates/package-updates.js';
import { tarBytes } from '../../support/images.js';

const STATUS = `Package: libssl3
Status: install ok installed
Priority: optional
Architecture: amd64
Multi-Arch: same
Source: openssl
Version: 3.0.11-1~deb12u1
Description: Secure Sockets Layer toolkit
 This package is part of the OpenSSL project.
 .
 Version: 9.9 (a continuation line, not a field)

Package: oldpkg
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0-1

Package: base-files
Status: install ok installed
Architecture: amd64
Version: 12.4+deb12u5
`;

describe('parseDpkgStatus', () => {
  it('keeps installed packages only, ignoring continuation lines', () => {
    expect(parseDpkgStatus(STATUS)).toEqual([
      { name: 'libssl3', version: '3.0.11-1~deb12u1', arch: 'amd64' },
      { name: 'base-files', version: '12.4+deb12u5', arch: 'amd64' },
    ]);
  });

  it('takes every stanza of a distroless status.d file, which has no Status', () => {
    expect(parseDpkgStatus('Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n', { requireStatus: false })).toEqual([
      { name: 'tzdata', version: '2024a-0+deb12u1', arch: 'all' },
    ]);
    expect(parseDpkgStatus('Package: tzdata\nVersion: 2024a-0+deb12u1\n')).toEqual([]);
  });

  it('reads a Packages index, CRLF included', () => {
    expect(parseDebianPackages('Package: a\r\nVersion: 1\r\n\r\nPackage: b\r\nVersion: 2\r\nArchitecture: all\r\n')).toEqual([
      { name: 'a', version: '1', arch: '' },
      { name: 'b', version: '2', arch: 'all' },
    ]);
  });
});

describe('parseApkDb', () => {
  it('reads P/V/A records of the installed db and APKINDEX', () => {
    const db = 'C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nS:383152\nF:lib\nR:ld-musl-x86_64.so.1\n\nP:busybox\nV:1.36.1-r15\nA:x86_64\n';
    expect(parseApkDb(db)).toEqual([
      { name: 'musl', version: '1.2.4-r2', arch: 'x86_64' },
      { name: 'busybox', version: '1.36.1-r15', arch: 'x86_64' },
    ]);
  });
});

describe('parseOsRelease', () => {
  it('unquotes values and splits ID_LIKE', () => {
    expect(parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n')).toEqual({
      id: 'debian',
      idLike: [],
      versionId: '12',
      codename: 'bookworm',
    });
    expect(parseOsRelease('ID=ubuntu\nID_LIKE=\'debian\'\nVERSION_ID="24.04"\n# comment\n')).toEqual({
      id: 'ubuntu',
      idLike: ['debian'],
      versionId: '24.04',
      codename: '',
    });
  });
});

describe('defaultIndexUrls', () => {
  it('proposes the Debian release, -updates and -security Packages.gz', () => {
    expect(defaultIndexUrls({ id: 'debian', idLike: [], versionId: '12', codename: 'bookworm' }, { os: 'linux', architecture: 'arm', variant: 'v7' })).toEqual([
      'https://deb.debian.org/debian/dists/bookworm/main/binary-armhf/Packages.gz',
      'https://deb.debian.org/debian/dists/bookworm-updates/main/binary-armhf/Packages.gz',
      'https://deb.debian.org/debian-security/dists/bookworm-security/main/binary-armhf/Packages.gz',
    ]);
  });

  it("proposes Alpine main and community of the image's branch", () => {
    expect(defaultIndexUrls({ id: 'alpine', idLike: [], versionId: '3.19.1', codename: '' }, { os: 'linux', architecture: 'arm64' })).toEqual([
      'https://dl-cdn.alpinelinux.org/alpine/v3.19/main/aarch64/APKINDEX.tar.gz',
      'https://dl-cdn.alpinelinux.org/alpine/v3.19/community/aarch64/APKINDEX.tar.gz',
    ]);
  });

  it('proposes nothing it cannot know', () => {
    expect(defaultIndexUrls({ id: 'debian', idLike: [], versionId: '', codename: '' }, { os: 'linux', architecture: 'amd64' })).toEqual([]);
    expect(defaultIndexUrls({ id: 'alpine', idLike: [], versionId: 'edge', codename: '' }, { os: 'linux', architecture: 'amd64' })).toEqual([]);
    expect(defaultIndexUrls({ id: 'fedora', idLike: [], versionId: '40', codename: '' }, { os: 'linux', architecture: 'amd64' })).toEqual([]);
  });
});

describe('indexKind', () => {
  it.each([
    ['https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz', { family: 'deb', gzip: true }],
    ['http://127.0.0.1:8080/Packages', { family: 'deb', gzip: false }],
    ['https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz', { family: 'apk', gzip: true }],
  ] as const)('%s', (url, kind) => {
    expect(indexKind(url)).toEqual(kind);
  });

  it('refuses xz with the gzip file as the fix, naming the line', () => {
    let err: unknown;
    try {
      indexKind('https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.xz', 2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PipelineError);
    expect((err as PipelineError).code).toBe('UNSUPPORTED');
    expect((err as PipelineError).message).toMatch(/package-index-urls.*only gzip-compressed or plain indexes are read, not \.xz/s);
    expect((err as PipelineError).line).toBe(2);
  });

  it('refuses other schemes and unknown names', () => {
    expect(() => indexKind('ftp://x/Packages')).toThrow(/not an http\(s\) URL/);
    expect(() => indexKind('https://x/Release')).toThrow(/cannot tell what kind of index/);
    expect(() => indexKind('Packages.gz')).toThrow(/is not a URL/);
  });

  it('never echoes credentials or a query from the URL it refuses', () => {
    const messages = [
      'https://alice:s3cret@mirror.example/debian/Packages.xz?token=t0ken',
      'ftp://alice:s3cret@mirror.example/Packages?token=t0ken',
      'https://alice:s3cret@mirror.example/Release?token=t0ken',
    ].map((u) => {
      try {
        indexKind(u, 3);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`indexKind accepted ${u}`);
    });
    expect(messages[0]).toContain('line 3: https://mirror.example/debian/Packages.xz?…: only gzip-compressed');
    expect(messages[1]).toContain("line 3: 'ftp://mirror.example/Packages?…' is not an http(s) URL");
    expect(messages[2]).toContain('line 3: https://mirror.example/Release?…: cannot tell what kind of index');
    for (const m of messages) expect(m).not.toMatch(/alice|s3cret|t0ken/);
  });
});

describe('findUpdates', () => {
  const installed = [
    { name: 'libssl3', version: '3.0.11-1~deb12u1', arch: 'amd64' },
    { name: 'base-files', version: '12.4+deb12u5', arch: 'amd64' },
    { name: 'local-only', version: '1.0', arch: 'amd64' },
  ];

  it('lists packages whose newest indexed version is newer, over all indexes', () => {
    const indexed = [
      { name: 'libssl3', version: '3.0.11-1~deb12u1', arch: 'amd64' },
      { name: 'base-files', version: '12.4+deb12u5', arch: 'amd64' },
      { name: 'libssl3', version: '3.0.13-1~deb12u1', arch: 'amd64' },
      { name: 'libssl3', version: '3.0.12-1~deb12u1', arch: 'amd64' },
    ];
    expect(findUpdates('deb', installed, indexed)).toEqual([{ name: 'libssl3', installed: '3.0.11-1~deb12u1', available: '3.0.13-1~deb12u1' }]);
  });

  it('finds nothing when the index matches or is older', () => {
    expect(findUpdates('deb', installed, [{ name: 'base-files', version: '12.4+deb12u4', arch: 'amd64' }])).toEqual([]);
    expect(findUpdates('apk', [{ name: 'musl', version: '1.2.4-r2', arch: '' }], [{ name: 'musl', version: '1.2.4-r2', arch: '' }])).toEqual([]);
  });

  it('writes one reason: a count and at most ten packages', () => {
    expect(updateReasons([{ name: 'openssl', installed: '3.0.11-1~deb12u1', available: '3.0.13-1~deb12u1' }], 'linux/amd64')).toEqual([
      '1 installed package has updates in the package index (linux/amd64): openssl 3.0.11-1~deb12u1 -> 3.0.13-1~deb12u1',
    ]);
    const many = Array.from({ length: 13 }, (_, i) => ({ name: `p${String(i).padStart(2, '0')}`, installed: '1', available: '2' }));
    const [line] = updateReasons(many, '');
    expect(line).toMatch(/^13 installed packages have updates in the package index: p00 1 -> 2, .*p09 1 -> 2, \.\.\. and 3 more$/);
    expect(line).not.toContain('p10');
    expect(updateReasons([], '')).toEqual([]);
  });
});

describe('fetchIndex', () => {
  const serve =
    (body: Buffer, status = 200): typeof fetch =>
    async () =>
      new Response(body, { status });

  it('reads a Packages.gz, with each package source and source version (a binNMU names its source version)', async () => {
    const idx = await fetchIndex(
      'http://127.0.0.1/Packages.gz',
      1,
      serve(gzipSync('Package: a\nVersion: 2\n\nPackage: libssl3\nSource: openssl (3.0.13-1~deb12u1)\nVersion: 3.0.13-1~deb12u1+b1\nArchitecture: amd64\n')),
    );
    expect(idx.packages).toEqual([
      { name: 'a', version: '2', arch: '', source: { name: 'a', version: '2' } },
      { name: 'libssl3', version: '3.0.13-1~deb12u1+b1', arch: 'amd64', source: { name: 'openssl', version: '3.0.13-1~deb12u1' } },
    ]);
  });

  it('reads the APKINDEX member of an APKINDEX.tar.gz', async () => {
    const tarball = await tarBytes([
      { name: '.SIGN.RSA.key.rsa.pub', content: 'sig' },
      { name: 'DESCRIPTION', content: 'v3.19' },
      { name: 'APKINDEX', content: 'P:musl\nV:1.2.4-r3\nA:x86_64\n\nP:libcrypto3\nV:3.1.4-r5\nA:x86_64\no:openssl\n\n' },
    ]);
    const idx = await fetchIndex('http://127.0.0.1/APKINDEX.tar.gz', 1, serve(gzipSync(tarball)));
    expect(idx.packages).toEqual([
      { name: 'musl', version: '1.2.4-r3', arch: 'x86_64', source: { name: 'musl', version: '1.2.4-r3' } },
      { name: 'libcrypto3', version: '3.1.4-r5', arch: 'x86_64', source: { name: 'openssl', version: '3.1.4-r5' } },
    ]);
  });

  it('says which URL answered what', async () => {
    await expect(fetchIndex('http://127.0.0.1/Packages.gz', 3, serve(Buffer.from(''), 404))).rejects.toThrow(
      /package index http:\/\/127\.0\.0\.1\/Packages\.gz answered HTTP 404/,
    );
    await expect(fetchIndex('http://127.0.0.1/Packages.gz', 3, serve(Buffer.from('plain')))).rejects.toThrow(/is not valid gzip/);
    await expect(fetchIndex('http://127.0.0.1/APKINDEX.tar.gz', 3, serve(gzipSync(await tarBytes([{ name: 'x', content: 'y' }]))))).rejects.toThrow(
      /has no APKINDEX member/,
    );
  });
});
