import { describe, expect, it } from '@jest/globals';
import { PackageURL } from 'packageurl-js';
import type { Package } from '../../../../shared/src/compliance/sbom/package.js';
import { spdxJson, toSpdx, type SpdxDocument, type SpdxPackage } from '../../../../shared/src/compliance/sbom/spdx.js';
import { schemaErrors, spdxValidator } from '../../../support/sbom-schemas.js';
import { alpineSbom, debianSbom, DEBIAN_PACKAGES } from './sbom-fixture.js';

const OPTS = { created: '2024-02-03T04:05:06Z', toolVersion: '0.1.0' };

const expectValid = (doc: unknown): void => expect(schemaErrors(spdxValidator(), doc)).toBe('');

const byName = (doc: SpdxDocument, name: string): SpdxPackage[] => doc.packages.filter((p) => p.name === name);
const one = (doc: SpdxDocument, name: string): SpdxPackage => {
  const found = byName(doc, name);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('toSpdx', () => {
  it.each([
    ['Debian', debianSbom],
    ['Alpine', alpineSbom],
  ])('%s: a document valid against the official SPDX 2.3 schema', (_what, sbom) => {
    expectValid(JSON.parse(spdxJson(sbom(), OPTS)));
  });

  it('the schema check is live: a package without its required downloadLocation fails it', () => {
    const doc = JSON.parse(spdxJson(debianSbom(), OPTS)) as { packages: Record<string, unknown>[] };
    delete doc.packages[1]!.downloadLocation;
    expect(spdxValidator()(doc)).toBe(false);
  });

  it('states the document facts: version, licence, namespace from the digest, time and tool as given', () => {
    const doc = toSpdx(debianSbom(), OPTS);
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: `registry.example/app:1.0@sha256:${'c'.repeat(64)}`,
      documentNamespace: `https://image-pipeline.dev/spdx/sha256:${'c'.repeat(64)}`,
      creationInfo: { created: '2024-02-03T04:05:06Z', creators: ['Tool: image-pipeline-0.1.0'] },
    });
  });

  it('the image is a CONTAINER package the document describes, containing the distribution and every package', () => {
    const doc = toSpdx(debianSbom(), OPTS);
    const image = doc.packages[0]!;
    expect(image).toMatchObject({
      SPDXID: 'SPDXRef-Image',
      name: 'registry.example/app:1.0',
      versionInfo: `sha256:${'c'.repeat(64)}`,
      primaryPackagePurpose: 'CONTAINER',
    });
    expect(one(doc, 'debian')).toMatchObject({ primaryPackagePurpose: 'OPERATING_SYSTEM', versionInfo: '12' });
    expect(doc.relationships[0]).toEqual({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Image' });
    const contained = doc.relationships.filter((r) => r.relationshipType === 'CONTAINS');
    expect(contained.every((r) => r.spdxElementId === 'SPDXRef-Image')).toBe(true);
    expect(contained.map((r) => r.relatedSpdxElement).sort()).toEqual(
      doc.packages
        .slice(1)
        .map((p) => p.SPDXID)
        .sort(),
    );
    // tzdata was found twice in the same layer: one package, so 6 of the fixture's 7 plus the image and the distribution.
    expect(doc.packages).toHaveLength(8);
  });

  it('each package: name, version, purl as cataloged, declared licence or NOASSERTION, source package and layer', () => {
    const doc = toSpdx(debianSbom(), OPTS);
    const libc = one(doc, 'libc6');
    expect(libc).toMatchObject({
      versionInfo: '2.36-9+deb12u4',
      supplier: 'NOASSERTION',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'LGPL-2.1-or-later',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: DEBIAN_PACKAGES[0]!.purl }],
    });
    expect(libc.sourceInfo).toBe(
      `built from source package glibc 2.36-9+deb12u4; introduced by layer 0 (sha256:${'a'.repeat(64)}); found in var/lib/dpkg/status`,
    );
    expect(one(doc, 'perl-base')).toMatchObject({ versionInfo: '1:5.36.0-7+deb12u1', licenseDeclared: 'NOASSERTION' });
    expect(one(doc, 'vim-tiny').sourceInfo).toContain(`introduced by layer 1 (sha256:${'b'.repeat(64)})`);
    expect(one(doc, 'tzdata').sourceInfo).toContain('found in var/lib/dpkg/status, var/lib/dpkg/status.d/tzdata');
  });

  it("every purl reads back as the package's own name and version ('+', '~' and epochs included)", () => {
    const doc = toSpdx(debianSbom(), OPTS);
    for (const p of doc.packages.filter((x) => x.externalRefs !== undefined)) {
      const purl = PackageURL.fromString(p.externalRefs![0]!.referenceLocator);
      expect([purl.type, purl.namespace, purl.name, purl.version]).toEqual(['deb', 'debian', p.name, p.versionInfo]);
      expect(purl.qualifiers).toMatchObject({ distro: 'debian-12' });
    }
    expect(one(doc, 'libstdc++6').externalRefs![0]!.referenceLocator).toMatch(/^pkg:deb\/debian\/libstdc%2B%2B6@12\.2\.0-14\?/);
  });

  it('SPDX ids are sanitised (letters, digits, . and - only) and unique, even when sanitising makes two alike', () => {
    const sbom = debianSbom();
    const base = DEBIAN_PACKAGES[1]!;
    const twin = (name: string): Package => ({ ...base, name, purl: base.purl.replace('/bash@', `/${encodeURIComponent(name)}@`) });
    sbom.packages.push(twin('a+b'), twin('a~b'));
    const doc = toSpdx(sbom, OPTS);
    const ids = doc.packages.map((p) => p.SPDXID);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
    expect(one(doc, 'libstdc++6').SPDXID).toBe('SPDXRef-Package-deb-libstdc-6-12.2.0-14');
    expect(one(doc, 'vim-tiny').SPDXID).toBe('SPDXRef-Package-deb-vim-tiny-2-9.0.1378-2-bpo11-1');
    expect([one(doc, 'a+b').SPDXID, one(doc, 'a~b').SPDXID].sort()).toEqual(['SPDXRef-Package-deb-a-b-5.2.15-2-b2', 'SPDXRef-Package-deb-a-b-5.2.15-2-b2-2']);
    expectValid(doc);
  });

  it('declares each LicenseRef- a licence expression names, as SPDX requires', () => {
    const sbom = debianSbom();
    sbom.packages[0] = { ...sbom.packages[0]!, license: 'MIT AND LicenseRef-Custom-1' };
    const doc = toSpdx(sbom, OPTS);
    expect(doc.hasExtractedLicensingInfos?.map((l) => l.licenseId)).toEqual(['LicenseRef-Custom-1']);
    expectValid(doc);
    expect(toSpdx(debianSbom(), OPTS).hasExtractedLicensingInfos).toBeUndefined();
  });

  it('is deterministic: the same image gives the same bytes, in whatever order the packages were found', () => {
    const a = spdxJson(debianSbom(), OPTS);
    const shuffled = debianSbom();
    shuffled.packages.reverse();
    expect(spdxJson(debianSbom(), OPTS)).toBe(a);
    expect(spdxJson(shuffled, OPTS)).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('another image (digest) gets another namespace', () => {
    const other = debianSbom();
    other.image.digest = `sha256:${'e'.repeat(64)}`;
    expect(toSpdx(other, OPTS).documentNamespace).not.toBe(toSpdx(debianSbom(), OPTS).documentNamespace);
  });
});
