import { beforeAll, describe, expect, it } from '@jest/globals';
import { PackageURL } from 'packageurl-js';
import { distroQualifier, loadPurl, purlOf } from '../../../../shared/src/compliance/sbom/purl.js';

const bookworm = { id: 'debian', versionId: '12', codename: 'bookworm' };

// purlOf needs packageurl-js, loaded on demand (issue 17): checkImage loads it for an image with packages, this file up front.
beforeAll(() => loadPurl());

describe('purlOf', () => {
  it.each([
    [
      { ecosystem: 'deb', name: 'bash', version: '5.2.15-2+b2', arch: 'amd64', distro: bookworm },
      'pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12',
    ],
    [
      { ecosystem: 'deb', name: 'libc6', version: '2.35-0ubuntu3.8', arch: 'amd64', distro: { id: 'ubuntu', versionId: '22.04', codename: 'jammy' } },
      'pkg:deb/ubuntu/libc6@2.35-0ubuntu3.8?arch=amd64&distro=ubuntu-22.04',
    ],
    // An epoch keeps its colon (the spec leaves ':' in versions unencoded).
    [
      { ecosystem: 'deb', name: 'perl-base', version: '1:5.36.0-7', arch: 'amd64', distro: bookworm },
      'pkg:deb/debian/perl-base@1:5.36.0-7?arch=amd64&distro=debian-12',
    ],
    [
      { ecosystem: 'apk', name: 'musl', version: '1.2.4_git20230717-r4', arch: 'x86_64', distro: { id: 'alpine', versionId: '3.19.1' } },
      'pkg:apk/alpine/musl@1.2.4_git20230717-r4?arch=x86_64&distro=alpine-3.19.1',
    ],
    // sid has no VERSION_ID: the codename stands in.
    [
      { ecosystem: 'deb', name: 'bash', version: '5.2.21-2', arch: 'amd64', distro: { id: 'debian', versionId: '', codename: 'trixie' } },
      'pkg:deb/debian/bash@5.2.21-2?arch=amd64&distro=debian-trixie',
    ],
    [{ ecosystem: 'deb', name: 'bash', version: '5.2.21-2' }, 'pkg:deb/debian/bash@5.2.21-2'],
    [{ ecosystem: 'npm', name: '@types/node', version: '20.1.0' }, 'pkg:npm/%40types/node@20.1.0'],
    [{ ecosystem: 'golang', name: 'github.com/pkg/errors', version: 'v0.9.1' }, 'pkg:golang/github.com/pkg/errors@v0.9.1'],
    [{ ecosystem: 'maven', name: 'org.apache.commons:commons-lang3', version: '3.12.0' }, 'pkg:maven/org.apache.commons/commons-lang3@3.12.0'],
    [{ ecosystem: 'pypi', name: 'Django_Rest', version: '1.0' }, 'pkg:pypi/django-rest@1.0'],
    // Cases of the purl spec's own test suite (package-url/purl-spec tests/types/*-test.json, "build" tests):
    // the canonical form never holds an unencoded '+', in the version either.
    [{ ecosystem: 'deb', name: 'attr', version: '1:2.4.47-2+b1', arch: 'amd64' }, 'pkg:deb/debian/attr@1:2.4.47-2%2Bb1?arch=amd64'],
    [{ ecosystem: 'deb', name: 'attr', version: '1:2.4.47-2', arch: 'source' }, 'pkg:deb/debian/attr@1:2.4.47-2?arch=source'],
    [{ ecosystem: 'apk', name: 'curl', version: '7.83.0-r0', arch: 'x86' }, 'pkg:apk/alpine/curl@7.83.0-r0?arch=x86'],
    [
      { ecosystem: 'rpm', name: 'centerim', version: '1:4.22.10-1.el6', arch: 'i686', distro: { id: 'fedora', versionId: '25' } },
      'pkg:rpm/fedora/centerim@4.22.10-1.el6?arch=i686&distro=fedora-25&epoch=1',
    ],
    [{ ecosystem: 'npm', name: '@angular/animation', version: '12.3.1' }, 'pkg:npm/%40angular/animation@12.3.1'],
    [{ ecosystem: 'pypi', name: 'Django_package', version: '1.11.1.dev1' }, 'pkg:pypi/django-package@1.11.1.dev1'],
    [
      { ecosystem: 'golang', name: 'github.com/gorilla/context', version: '234fd47e07d1004f0aed9c' },
      'pkg:golang/github.com/gorilla/context@234fd47e07d1004f0aed9c',
    ],
    [{ ecosystem: 'maven', name: 'HTTPClient:HTTPClient', version: '0.3-3' }, 'pkg:maven/HTTPClient/HTTPClient@0.3-3'],
    // Go's +incompatible and a '+' in a Debian name (libstdc++6) are encoded too.
    [
      { ecosystem: 'golang', name: 'github.com/docker/docker', version: 'v20.10.7+incompatible' },
      'pkg:golang/github.com/docker/docker@v20.10.7%2Bincompatible',
    ],
    [{ ecosystem: 'deb', name: 'libstdc++6', version: '12.2.0-14+deb12u1' }, 'pkg:deb/debian/libstdc%2B%2B6@12.2.0-14%2Bdeb12u1'],
  ] as const)('%j -> %s', (fields, purl) => {
    expect(purlOf(fields)).toBe(purl);
  });

  it('round-trips through the parser: name, version and qualifiers come back as given', () => {
    const purl = purlOf({ ecosystem: 'deb', name: 'libstdc++6', version: '1:12.2.0-14+deb12u1', arch: 'amd64', distro: bookworm });
    const back = PackageURL.fromString(purl);
    expect([back.type, back.namespace, back.name, back.version, back.qualifiers]).toEqual([
      'deb',
      'debian',
      'libstdc++6',
      '1:12.2.0-14+deb12u1',
      { arch: 'amd64', distro: 'debian-12' },
    ]);
  });

  it('names no distro when os-release gave no ID', () => {
    expect(distroQualifier({ id: '', versionId: '12' })).toBeUndefined();
  });
});
