import { describe, expect, it } from '@jest/globals';
import { dep5License } from '../../../../shared/src/compliance/sbom/copyright.js';
import { spdxFromDebian, spdxFromExpression } from '../../../../shared/src/compliance/sbom/license.js';
import { introducingLayers } from '../../../../shared/src/compliance/sbom/catalog-layers.js';
import { parseApkEntries, parseDpkgEntries } from '../../../../shared/src/updates/package-db.js';

const STATUS = `Package: libssl3
Status: install ok installed
Architecture: amd64
Source: openssl
Version: 3.0.11-1~deb12u1
Description: Secure Sockets Layer toolkit
 Source: not-a-field (9.9)

Package: libgcc-s1
Status: install ok installed
Architecture: amd64
Source: gcc-12 (12.2.0-14)
Version: 12.2.0-14

Package: bash
Status: install ok installed
Architecture: amd64
Version: 5.2.15-2+b2

Package: libpam0g
Status: hold ok installed
Architecture: amd64
Source: pam
Version: 1.5.2-6+deb12u1

Package: oldpkg
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0-1

Package: half
Status: install reinstreq half-installed
Architecture: amd64
Version: 2.0-1
`;

describe('parseDpkgEntries', () => {
  it('reads Source in both forms, defaults it to the binary, and skips packages that are not installed', () => {
    expect(parseDpkgEntries(STATUS)).toEqual([
      { name: 'libssl3', version: '3.0.11-1~deb12u1', arch: 'amd64', source: { name: 'openssl', version: '3.0.11-1~deb12u1' } },
      { name: 'libgcc-s1', version: '12.2.0-14', arch: 'amd64', source: { name: 'gcc-12', version: '12.2.0-14' } },
      { name: 'bash', version: '5.2.15-2+b2', arch: 'amd64', source: { name: 'bash', version: '5.2.15-2+b2' } },
      { name: 'libpam0g', version: '1.5.2-6+deb12u1', arch: 'amd64', source: { name: 'pam', version: '1.5.2-6+deb12u1' } },
    ]);
  });

  it('binNMU: the source version differs from the binary one', () => {
    const [p] = parseDpkgEntries(
      'Package: zlib1g\nStatus: install ok installed\nSource: zlib (1:1.2.13.dfsg-1)\nVersion: 1:1.2.13.dfsg-1+b1\nArchitecture: amd64\n',
    );
    expect(p?.source).toEqual({ name: 'zlib', version: '1:1.2.13.dfsg-1' });
  });

  it('status.d (distroless): stanzas without Status, taken with requireStatus false only', () => {
    const file = 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n';
    expect(parseDpkgEntries(file)).toEqual([]);
    expect(parseDpkgEntries(file, { requireStatus: false })).toEqual([
      { name: 'tzdata', version: '2024a-0+deb12u1', arch: 'all', source: { name: 'tzdata', version: '2024a-0+deb12u1' } },
    ]);
  });
});

describe('parseApkEntries', () => {
  it('origin is the source (same version), L the licence, absent ones default', () => {
    const db = [
      'C:Q1abc=\nP:libcrypto3\nV:3.1.4-r5\nA:x86_64\nL:Apache-2.0\no:openssl\nF:lib\nR:libcrypto.so.3\nR:other\n',
      'P:musl\nV:1.2.4_git20230717-r4\nA:x86_64\n',
      '',
    ].join('\n');
    expect(parseApkEntries(db)).toEqual([
      { name: 'libcrypto3', version: '3.1.4-r5', arch: 'x86_64', license: 'Apache-2.0', source: { name: 'openssl', version: '3.1.4-r5' } },
      { name: 'musl', version: '1.2.4_git20230717-r4', arch: 'x86_64', source: { name: 'musl', version: '1.2.4_git20230717-r4' } },
    ]);
  });
});

const DEP5 = (license: string, format = 'https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/'): string =>
  `Format: ${format}\nUpstream-Name: x\n\nFiles: debian/*\nLicense: public-domain\n\nFiles: * src/*\nCopyright: 2020 Someone\nLicense: ${license}\n This program is free software...\n .\n License: MIT\n\nLicense: GPL-2\n text\n`;

describe('dep5License', () => {
  it.each([
    ['GPL-2+', 'GPL-2.0-or-later'],
    ['GPL-3', 'GPL-3.0-only'],
    ['LGPL-2.1+ and BSD-3-clause', 'LGPL-2.1-or-later AND BSD-3-Clause'],
    ['GPL-2+ or Artistic-2.0', 'GPL-2.0-or-later OR Artistic-2.0'],
    ['Expat', 'MIT'],
    ['Zlib', 'Zlib'],
  ])('Files: * with License %s -> %s', (license, spdx) => {
    expect(dep5License(DEP5(license))).toBe(spdx);
  });

  it.each([
    ['not DEP-5 (free-form text)', 'This package was debianized by someone.\n\nIt is licensed under the GPL.\n'],
    ['an unknown Format', DEP5('GPL-2+', 'http://dep.debian.net/deps/dep5')],
    ['MIT, ambiguous in DEP-5', DEP5('MIT')],
    ['public-domain', DEP5('public-domain')],
    ['an exception', DEP5('GPL-2+ with OpenSSL exception')],
    ['a comma (changes precedence)', DEP5('GPL-2+ or Artistic-2.0, and BSD-3-clause')],
    ['an unknown name', DEP5('Custom-License')],
    ['no Files: * paragraph', 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: src/*\nLicense: GPL-2+\n'],
  ])('%s -> no licence', (_, text) => {
    expect(dep5License(text)).toBeUndefined();
  });

  // Read a paragraph at a time (it stops at the `Files: *` one): paragraphs split exactly as parseDeb822 splits them.
  it.each([
    ['CRLF line ends', DEP5('GPL-2+').replace(/\n/g, '\r\n'), 'GPL-2.0-or-later'],
    ['blank lines of only spaces and tabs between paragraphs', DEP5('GPL-3').replace(/\n\n/g, '\n \t\n  \n'), 'GPL-3.0-only'],
    ['no line end after the last field', 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: ISC', 'ISC'],
    ['the header as the Files: * paragraph', 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nFiles: *\nLicense: Zlib\n', 'Zlib'],
    ['blank lines before the header', '\n\n' + DEP5('Expat'), 'MIT'],
    ['a later Files: * does not override the first', `${DEP5('GPL-2+')}\nFiles: *\nLicense: Expat\n`, 'GPL-2.0-or-later'],
    [
      'the Files: * paragraph past 200 KB of others',
      `${DEP5('Apache-2.0').split('\n\nFiles: * ')[0] ?? ''}${'\n\nFiles: x\nLicense: MIT'.repeat(8000)}\n\nFiles: *\nLicense: Apache-2.0\n`,
      'Apache-2.0',
    ],
  ])('%s', (_, text, spdx) => {
    expect(dep5License(text)).toBe(spdx);
  });
});

describe('licence mapping', () => {
  it.each([
    ['GPL-2.0+', 'GPL-2.0-or-later'],
    ['lgpl-2', 'LGPL-2.0-only'],
    ['GPL-4+', undefined],
    ['gpl-2+ or', undefined],
    ['', undefined],
  ])('DEP-5 %j -> %j', (text, spdx) => {
    expect(spdxFromDebian(text)).toBe(spdx);
  });

  it.each([
    ['MIT', 'MIT'],
    ['GPL-2.0-only', 'GPL-2.0-only'],
    ['GPL-2.0', 'GPL-2.0-only'],
    ['GPL-2.0-or-later AND (MIT OR bsd-3-clause)', 'GPL-2.0-or-later AND (MIT OR BSD-3-Clause)'],
    ['MIT BSD', undefined],
    ['custom', undefined],
    ['GPL-2.0-only WITH Linux-syscall-note', undefined],
    ['(MIT', undefined],
    ['MIT AND', undefined],
  ])('apk %j -> %j', (text, spdx) => {
    expect(spdxFromExpression(text)).toBe(spdx);
  });
});

describe('introducingLayers', () => {
  const v = (layer: number, keys: string[]): { layer: number; content: Buffer } => ({ layer, content: Buffer.from(keys.join('\n')) });
  const keysOf = (c: Buffer): string[] =>
    c
      .toString()
      .split('\n')
      .filter((k) => k !== '');

  it('a package belongs to the first layer of its unbroken run up to the final file', () => {
    const versions = [v(0, ['a', 'b']), v(2, ['a', 'c']), v(3, ['a', 'b', 'c'])];
    expect(Object.fromEntries(introducingLayers(versions, keysOf, ['a', 'b', 'c'], 3))).toEqual({ a: 0, b: 3, c: 2 });
  });

  it('an upgrade (a new key) belongs to the upgrading layer; the last version of a layer counts', () => {
    const versions = [v(0, ['a@1']), v(1, ['x']), v(1, ['a@2'])];
    expect(Object.fromEntries(introducingLayers(versions, keysOf, ['a@2'], 1))).toEqual({ 'a@2': 1 });
  });

  it('keys no kept version lists fall back to the final file layer', () => {
    expect(Object.fromEntries(introducingLayers([v(0, ['a'])], keysOf, ['a', 'z'], 4))).toEqual({ a: 0, z: 4 });
  });
});
