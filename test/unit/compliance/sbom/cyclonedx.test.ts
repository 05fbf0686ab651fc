import { describe, expect, it } from '@jest/globals';
import { PackageURL } from 'packageurl-js';
import { cycloneDxJson, PROPERTY, toCycloneDx, type CdxComponent, type CycloneDxBom } from '../../../../shared/src/compliance/sbom/cyclonedx.js';
import { cycloneDxValidator, schemaErrors } from '../../../support/sbom-schemas.js';
import { alpineSbom, debianSbom, DEBIAN_PACKAGES } from './sbom-fixture.js';

const OPTS = { created: '2024-02-03T04:05:06Z', toolVersion: '0.1.0' };

const expectValid = (bom: unknown): void => expect(schemaErrors(cycloneDxValidator(), bom)).toBe('');

const one = (bom: CycloneDxBom, name: string): CdxComponent => {
  const found = bom.components.filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const prop = (c: CdxComponent, name: string): string[] => (c.properties ?? []).filter((p) => p.name === name).map((p) => p.value);

describe('toCycloneDx', () => {
  it.each([
    ['Debian', debianSbom],
    ['Alpine', alpineSbom],
  ])('%s: a BOM valid against the official CycloneDX 1.6 schema', (_what, sbom) => {
    expectValid(JSON.parse(cycloneDxJson(sbom(), OPTS)));
  });

  it.each([
    ['a serial number that is not a UUID', (b: Record<string, unknown>) => (b.serialNumber = 'urn:uuid:not-one')],
    ['a timestamp that is not a date-time', (b: Record<string, unknown>) => ((b.metadata as Record<string, unknown>).timestamp = 'yesterday')],
    ['an unknown component type', (b: Record<string, unknown>) => ((b.components as Record<string, unknown>[])[0]!.type = 'package')],
  ])('the schema check is live: %s fails it', (_what, spoil) => {
    const bom = JSON.parse(cycloneDxJson(debianSbom(), OPTS)) as Record<string, unknown>;
    spoil(bom);
    expect(cycloneDxValidator()(bom)).toBe(false);
  });

  it('the header: format, version 1, a serial number from the digest, time and tool as given, the image as a container', () => {
    const bom = toCycloneDx(debianSbom(), OPTS);
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 });
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bom.metadata.timestamp).toBe('2024-02-03T04:05:06Z');
    expect(bom.metadata.tools.components).toEqual([{ type: 'application', name: 'image-pipeline', version: '0.1.0' }]);
    expect(bom.metadata.component).toMatchObject({ type: 'container', name: 'registry.example/app:1.0', version: `sha256:${'c'.repeat(64)}` });
    expect(prop(bom.metadata.component, PROPERTY.platform)).toEqual(['linux/amd64']);
  });

  it('the same image keeps its serial number; another image gets another', () => {
    const other = debianSbom();
    other.image.digest = `sha256:${'e'.repeat(64)}`;
    expect(toCycloneDx(debianSbom(), { ...OPTS, created: '2030-01-01T00:00:00Z' }).serialNumber).toBe(toCycloneDx(debianSbom(), OPTS).serialNumber);
    expect(toCycloneDx(other, OPTS).serialNumber).not.toBe(toCycloneDx(debianSbom(), OPTS).serialNumber);
  });

  it('the distribution is an operating-system component, each package a library whose bom-ref is its purl', () => {
    const bom = toCycloneDx(debianSbom(), OPTS);
    expect(bom.components[0]).toEqual({ type: 'operating-system', 'bom-ref': 'os:debian@12', name: 'debian', version: '12' });
    const libs = bom.components.filter((c) => c.type === 'library');
    // tzdata was found twice in the same layer: one component.
    expect(libs).toHaveLength(6);
    for (const c of libs) {
      expect(c['bom-ref']).toBe(c.purl);
      const purl = PackageURL.fromString(c.purl!);
      expect([purl.name, purl.version]).toEqual([c.name, c.version]);
    }
    const refs = bom.components.map((c) => c['bom-ref']);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('licences as one SPDX expression when known, none when not; source package, layer and locations as properties', () => {
    const bom = toCycloneDx(debianSbom(), OPTS);
    const libc = one(bom, 'libc6');
    expect(libc).toMatchObject({ version: '2.36-9+deb12u4', purl: DEBIAN_PACKAGES[0]!.purl, licenses: [{ expression: 'LGPL-2.1-or-later' }] });
    expect(prop(libc, PROPERTY.sourceName)).toEqual(['glibc']);
    expect(prop(libc, PROPERTY.sourceVersion)).toEqual(['2.36-9+deb12u4']);
    expect(prop(libc, PROPERTY.layerIndex)).toEqual(['0']);
    expect(prop(libc, PROPERTY.layerDigest)).toEqual([`sha256:${'a'.repeat(64)}`]);
    expect(one(bom, 'perl-base').licenses).toBeUndefined();
    expect(one(bom, 'perl-base').version).toBe('1:5.36.0-7+deb12u1');
    expect(prop(one(bom, 'vim-tiny'), PROPERTY.layerIndex)).toEqual(['1']);
    expect(prop(one(bom, 'tzdata'), PROPERTY.location)).toEqual(['var/lib/dpkg/status', 'var/lib/dpkg/status.d/tzdata']);
    // Alpine's origin is the source package.
    expect(prop(one(toCycloneDx(alpineSbom(), OPTS), 'ssl_client'), PROPERTY.sourceName)).toEqual(['busybox']);
  });

  it('the same package installed in two layers is two components with distinct bom-refs', () => {
    const sbom = debianSbom();
    const bash = sbom.packages.find((p) => p.name === 'bash')!;
    sbom.packages.push({ ...bash, layer: { index: 1, digest: `sha256:${'b'.repeat(64)}` } });
    const bom = toCycloneDx(sbom, OPTS);
    expect(bom.components.filter((c) => c.name === 'bash').map((c) => c['bom-ref'])).toEqual([bash.purl, `${bash.purl}#2`]);
    expectValid(bom);
  });

  it('is deterministic: the same image gives the same bytes, in whatever order the packages were found', () => {
    const a = cycloneDxJson(debianSbom(), OPTS);
    const shuffled = debianSbom();
    shuffled.packages.reverse();
    expect(cycloneDxJson(debianSbom(), OPTS)).toBe(a);
    expect(cycloneDxJson(shuffled, OPTS)).toBe(a);
  });
});
