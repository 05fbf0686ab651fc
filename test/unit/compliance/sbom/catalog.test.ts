import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../../../shared/src/compliance/check-image.js';
import { makeImageView } from '../../../../shared/src/compliance/image-view.js';
import { defaultPolicy } from '../../../../shared/src/compliance/policy-load.js';
import { catalog, keepsEveryLayer, MAX_DB_BYTES, packageDbPaths, sbomCapture } from '../../../../shared/src/compliance/sbom/catalog.js';
import type { Sbom } from '../../../../shared/src/compliance/sbom/package.js';
import { loadPurl } from '../../../../shared/src/compliance/sbom/purl.js';
import { ContentReader } from '../../../../shared/src/layers/contents.js';
import { scanImage, type ScanOptions } from '../../../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../../shared/src/oci/image.js';
import { OciLayout } from '../../../../shared/src/oci/layout.js';
import { pipelineErrorOf } from '../../../support/pipeline-error.js';
import { makeLayout } from '../../../support/image-fixture.js';

const stanza = (name: string, version: string, extra = '', status = 'install ok installed'): string =>
  `Package: ${name}\nStatus: ${status}\nPriority: optional\nArchitecture: amd64\n${extra}Version: ${version}\nDescription: ${name}\n a package\n\n`;
const BOOKWORM = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\nID=debian\n';
const DEP5 = 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nCopyright: 1989 FSF\nLicense: GPL-3+\n';

async function sbomOf(layers: Array<Record<string, string>>): Promise<Sbom> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sbom-'));
  try {
    await makeLayout(dir, { layers: layers.map((files) => ({ files })) });
    return (await checkImage({ image: dir, policy: defaultPolicy(), rules: ['none'] })).sbom;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// purlOf needs packageurl-js, loaded on demand (issue 17): checkImage loads it for an image with packages, this file up front.
beforeAll(() => loadPurl());

describe('catalog (through checkImage, one scan)', () => {
  it('attributes each dpkg package to the layer whose status first lists it, with source, licence, purl and distro', async () => {
    const sbom = await sbomOf([
      {
        'etc/os-release': BOOKWORM,
        'var/lib/dpkg/status': stanza('base-files', '12.4+deb12u5') + stanza('bash', '5.2.15-2+b2') + stanza('gone', '1.0', '', 'deinstall ok config-files'),
        'usr/share/doc/bash/copyright': DEP5,
      },
      { 'tmp/unrelated': 'x' },
      {
        // Layer 2 installs curl and libcurl4 (source curl) and upgrades base-files.
        'var/lib/dpkg/status':
          stanza('base-files', '12.4+deb12u6') +
          stanza('bash', '5.2.15-2+b2') +
          stanza('curl', '7.88.1-10+deb12u5') +
          stanza('libcurl4', '7.88.1-10+deb12u5', 'Source: curl\n'),
        'usr/share/doc/curl/copyright': 'curl is Copyright (c) Daniel Stenberg; see COPYING.\n',
      },
      {
        'var/lib/dpkg/status':
          stanza('base-files', '12.4+deb12u6') +
          stanza('bash', '5.2.15-2+b2') +
          stanza('curl', '7.88.1-10+deb12u5') +
          stanza('libcurl4', '7.88.1-10+deb12u5', 'Source: curl\n') +
          stanza('zlib1g', '1:1.2.13.dfsg-1', 'Source: zlib (1:1.2.13.dfsg-1)\n'),
      },
    ]);
    expect(sbom.distro).toEqual({ id: 'debian', versionId: '12', codename: 'bookworm' });
    expect(sbom.image.platform).toBe('linux/amd64');
    expect(sbom.image.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const rows = sbom.packages.map((p) => [p.name, p.version, p.source?.name, p.source?.version, p.layer.index, p.license ?? '-']);
    expect(rows).toEqual([
      ['base-files', '12.4+deb12u6', 'base-files', '12.4+deb12u6', 2, '-'],
      ['bash', '5.2.15-2+b2', 'bash', '5.2.15-2+b2', 0, 'GPL-3.0-or-later'],
      ['curl', '7.88.1-10+deb12u5', 'curl', '7.88.1-10+deb12u5', 2, '-'],
      ['libcurl4', '7.88.1-10+deb12u5', 'curl', '7.88.1-10+deb12u5', 2, '-'],
      ['zlib1g', '1:1.2.13.dfsg-1', 'zlib', '1:1.2.13.dfsg-1', 3, '-'],
    ]);
    const bash = sbom.packages[1];
    expect(bash?.purl).toBe('pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12');
    expect(bash?.locations).toEqual(['/var/lib/dpkg/status']);
    expect(sbom.packages.map((p) => p.layer.digest)).not.toContain('');
    expect(new Set(sbom.packages.map((p) => p.layer.digest)).size).toBe(3);
  });

  it('distroless status.d: one stanza per file, attributed to the layer that wrote the file', async () => {
    const sbom = await sbomOf([
      { 'usr/lib/os-release': BOOKWORM, 'var/lib/dpkg/status.d/base': stanza('base-files', '12.4').replace(/Status: .*\n/, '') },
      {
        'var/lib/dpkg/status.d/libssl3': stanza('libssl3', '3.0.11-1~deb12u2', 'Source: openssl\n').replace(/Status: .*\n/, ''),
        'var/lib/dpkg/status.d/libssl3.md5sums': 'abc  usr/lib/x86_64-linux-gnu/libssl.so.3\n',
      },
    ]);
    expect(sbom.packages.map((p) => [p.name, p.source?.name, p.layer.index, p.locations[0]])).toEqual([
      ['base-files', 'base-files', 0, '/var/lib/dpkg/status.d/base'],
      ['libssl3', 'openssl', 1, '/var/lib/dpkg/status.d/libssl3'],
    ]);
    expect(sbom.distro?.id).toBe('debian');
  });

  it('alpine: origin as source, SPDX licence kept, unknown licence omitted', async () => {
    const sbom = await sbomOf([
      {
        'etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\n',
        'lib/apk/db/installed':
          'P:musl\nV:1.2.4_git20230717-r4\nA:x86_64\nL:MIT\no:musl\n\nP:libcrypto3\nV:3.1.4-r5\nA:x86_64\nL:Apache-2.0\no:openssl\n\nP:odd\nV:1-r0\nA:x86_64\nL:custom\n\n',
      },
    ]);
    expect(sbom.packages.map((p) => [p.ecosystem, p.name, p.source?.name, p.license ?? '-', p.purl])).toEqual([
      ['apk', 'libcrypto3', 'openssl', 'Apache-2.0', 'pkg:apk/alpine/libcrypto3@3.1.4-r5?arch=x86_64&distro=alpine-3.19.1'],
      ['apk', 'musl', 'musl', 'MIT', 'pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1'],
      ['apk', 'odd', 'odd', '-', 'pkg:apk/alpine/odd@1-r0?arch=x86_64&distro=alpine-3.19.1'],
    ]);
  });

  it('an image without a package database has an empty SBOM', async () => {
    const sbom = await sbomOf([{ 'bin/app': 'x' }]);
    expect(sbom.packages).toEqual([]);
    expect(sbom.distro).toBeUndefined();
  });
});

describe('catalog from the scan alone', () => {
  const layers: Array<Record<string, string>> = [
    { 'etc/os-release': BOOKWORM, 'var/lib/dpkg/status': stanza('base-files', '12.4') },
    { 'var/lib/dpkg/status': stanza('base-files', '12.4') + stanza('curl', '7.88.1-10') },
  ];

  async function scanned(opts: ScanOptions, maxRead = MAX_DB_BYTES): Promise<{ sbom: () => Sbom; blobsRead: number; kept: number[] }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'sbom-'));
    try {
      await makeLayout(dir, { layers: layers.map((files) => ({ files })) });
      const src = await OciLayout.open(dir);
      let blobsRead = 0;
      const open = src.openBlob.bind(src);
      src.openBlob = (d) => {
        blobsRead++;
        return open(d);
      };
      const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
      const index = await scanImage(src, image, opts);
      // What checkImage does next: a targeted read of the databases the scan could not keep (none, when it kept them).
      await new ContentReader(src, image, index, maxRead).readMany(packageDbPaths(index));
      await src.close();
      return {
        sbom: () => catalog(makeImageView(src.name, image, index), 'linux/amd64'),
        blobsRead,
        kept: (index.versions.get('/var/lib/dpkg/status') ?? []).map((v) => v.layer),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('needs one read of each layer: every version of the database is kept as it streams by', async () => {
    const r = await scanned({ capture: sbomCapture, keepEveryLayer: keepsEveryLayer });
    expect(r.blobsRead).toBe(2);
    expect(r.kept).toEqual([0, 1]);
    expect(r.sbom().packages.map((p) => [p.name, p.layer.index])).toEqual([
      ['base-files', 0],
      ['curl', 1],
    ]);
  });

  it('a database past the keep bound and not read again: the catalog says so rather than listing nothing', async () => {
    const r = await scanned({ capture: sbomCapture, keepEveryLayer: keepsEveryLayer, maxKeptFileBytes: 64 }, 64);
    const e = pipelineErrorOf(() => r.sbom());
    expect([e.code, e.message]).toEqual([
      'UNSUPPORTED',
      expect.stringMatching(
        /^the package database \/var\/lib\/dpkg\/status in .* could not be read: expected a file of at most 33554432 bytes, got 269 bytes\./,
      ),
    ]);
  });

  it('the total keep bound stops keeping versions; the final database is then read again, the kept versions still attribute, the rest fall to its layer', async () => {
    // Room for the first layer's status only.
    const r = await scanned({ capture: sbomCapture, keepEveryLayer: keepsEveryLayer, maxKeptTotalBytes: 150 });
    expect(r.kept).toEqual([0]);
    expect(r.blobsRead).toBe(3);
    expect(r.sbom().packages.map((p) => [p.name, p.layer.index])).toEqual([
      ['base-files', 0],
      ['curl', 1],
    ]);
  });
});
