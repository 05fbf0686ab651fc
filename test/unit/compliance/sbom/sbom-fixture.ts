/**
 * An Sbom as the catalogers give it, for the SPDX and CycloneDX writer tests:
 * Debian packages whose source differs from the binary (glibc -> libc6),
 * epochs, '+' and '~' in versions, '+' in a name, a known and an unknown
 * licence, one package found twice in one layer; Alpine packages with an
 * origin. Purls come from purlOf, as the catalogers make them.
 */
import type { Distro, Package, Sbom } from '../../../../shared/src/compliance/sbom/package.js';
import { loadPurl, purlOf } from '../../../../shared/src/compliance/sbom/purl.js';

// The packages below are built at import, with purlOf: packageurl-js is loaded on demand (issue 17).
await loadPurl();

export const BOOKWORM: Distro = { id: 'debian', versionId: '12', codename: 'bookworm' };
const ALPINE: Distro = { id: 'alpine', versionId: '3.19.1' };
const L0 = { index: 0, digest: `sha256:${'a'.repeat(64)}` };
const L1 = { index: 1, digest: `sha256:${'b'.repeat(64)}` };

type Fields = Omit<Package, 'purl' | 'layer' | 'locations'> & { layer?: Package['layer']; locations?: string[] };
const pkg = (f: Fields): Package => ({ layer: L0, locations: ['var/lib/dpkg/status'], ...f, purl: purlOf(f) });
const deb = (name: string, version: string, source: [string, string], extra: Partial<Fields> = {}): Package =>
  pkg({ ecosystem: 'deb', name, version, source: { name: source[0], version: source[1] }, arch: 'amd64', distro: BOOKWORM, ...extra });

export const DEBIAN_PACKAGES: Package[] = [
  deb('libc6', '2.36-9+deb12u4', ['glibc', '2.36-9+deb12u4'], { license: 'LGPL-2.1-or-later' }),
  deb('bash', '5.2.15-2+b2', ['bash', '5.2.15-2'], { license: 'GPL-3.0-or-later' }),
  deb('perl-base', '1:5.36.0-7+deb12u1', ['perl', '1:5.36.0-7+deb12u1']),
  deb('libstdc++6', '12.2.0-14', ['gcc-12', '12.2.0-14']),
  deb('vim-tiny', '2:9.0.1378-2~bpo11+1', ['vim', '2:9.0.1378-2~bpo11+1'], { layer: L1 }),
  // The same install seen twice (distroless status.d and the status file): one package, two locations.
  deb('tzdata', '2024a-0+deb12u1', ['tzdata', '2024a-0+deb12u1'], { arch: 'all', locations: ['var/lib/dpkg/status.d/tzdata'] }),
  deb('tzdata', '2024a-0+deb12u1', ['tzdata', '2024a-0+deb12u1'], { arch: 'all' }),
];

export const debianSbom = (): Sbom => ({
  image: { name: 'registry.example/app:1.0', digest: `sha256:${'c'.repeat(64)}`, platform: 'linux/amd64' },
  distro: BOOKWORM,
  packages: [...DEBIAN_PACKAGES],
});

const apk = (name: string, version: string, origin: string, license: string): Package =>
  pkg({ ecosystem: 'apk', name, version, source: { name: origin, version }, arch: 'aarch64', distro: ALPINE, license, locations: ['lib/apk/db/installed'] });

export const alpineSbom = (): Sbom => ({
  image: { name: 'oci-archive:alpine.tar', digest: `sha256:${'d'.repeat(64)}`, platform: 'linux/arm64/v8' },
  distro: ALPINE,
  packages: [
    apk('busybox', '1.36.1-r15', 'busybox', 'GPL-2.0-only'),
    apk('ssl_client', '1.36.1-r15', 'busybox', 'GPL-2.0-only'),
    apk('musl', '1.2.4_git20230717-r4', 'musl', 'MIT'),
  ],
});
