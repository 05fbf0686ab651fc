/**
 * An Sbom as a CycloneDX 1.6 JSON BOM (cyclonedx.org/docs/1.6/json): the
 * image is metadata.component (type container, version = its digest), each
 * cataloged package a library component whose bom-ref is its purl, the
 * distribution an operating-system component. The serial number is derived
 * from the image digest and the time comes from DocumentOptions, so the same
 * image gives the same bytes. Pure.
 */
import { listPackages, nameUuid, type DocumentOptions } from './document.js';
import type { Package, Sbom } from './package.js';

export interface CdxProperty {
  name: string;
  value: string;
}

export interface CdxComponent {
  type: 'container' | 'library' | 'operating-system' | 'application';
  'bom-ref'?: string;
  name: string;
  version?: string;
  purl?: string;
  licenses?: [{ expression: string }];
  properties?: CdxProperty[];
}

export interface CycloneDxBom {
  $schema: string;
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: 1;
  metadata: { timestamp: string; tools: { components: CdxComponent[] }; component: CdxComponent };
  components: CdxComponent[];
}

/** Our property names, in CycloneDX's namespaced style (cyclonedx.org/docs/1.6/json/#components_items_properties). */
export const PROPERTY = {
  sourceName: 'image-pipeline:package:source-name',
  sourceVersion: 'image-pipeline:package:source-version',
  layerIndex: 'image-pipeline:layer:index',
  layerDigest: 'image-pipeline:layer:digest',
  location: 'image-pipeline:location',
  platform: 'image-pipeline:image:platform',
} as const;

function packageProperties(pkg: Package): CdxProperty[] {
  return [
    ...(pkg.source === undefined
      ? []
      : [
          { name: PROPERTY.sourceName, value: pkg.source.name },
          { name: PROPERTY.sourceVersion, value: pkg.source.version },
        ]),
    { name: PROPERTY.layerIndex, value: String(pkg.layer.index) },
    { name: PROPERTY.layerDigest, value: pkg.layer.digest },
    ...pkg.locations.map((value) => ({ name: PROPERTY.location, value })),
  ];
}

export function toCycloneDx(sbom: Sbom, opts: DocumentOptions): CycloneDxBom {
  const imageRef = `image:${sbom.image.digest}`;
  const components: CdxComponent[] = listPackages(sbom.packages).map(({ pkg, ref }) => ({
    type: 'library',
    'bom-ref': ref,
    name: pkg.name,
    version: pkg.version,
    purl: pkg.purl,
    ...(pkg.license === undefined ? {} : { licenses: [{ expression: pkg.license }] as [{ expression: string }] }),
    properties: packageProperties(pkg),
  }));
  const d = sbom.distro;
  const os: CdxComponent[] =
    d === undefined
      ? []
      : [
          {
            type: 'operating-system',
            'bom-ref': `os:${d.id}@${d.versionId !== '' ? d.versionId : (d.codename ?? '')}`,
            name: d.id,
            ...(d.versionId !== '' ? { version: d.versionId } : d.codename !== undefined ? { version: d.codename } : {}),
          },
        ];
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    // The same image (platform manifest digest) always gets the same serial number.
    serialNumber: `urn:uuid:${nameUuid(`cyclonedx ${sbom.image.digest}`)}`,
    version: 1,
    metadata: {
      timestamp: opts.created,
      tools: { components: [{ type: 'application', name: 'image-pipeline', version: opts.toolVersion }] },
      component: {
        type: 'container',
        'bom-ref': imageRef,
        name: sbom.image.name,
        version: sbom.image.digest,
        properties: [{ name: PROPERTY.platform, value: sbom.image.platform }],
      },
    },
    components: [...os, ...components],
  };
}

/** The BOM as the file holds it: two-space JSON and a final newline. */
export const cycloneDxJson = (sbom: Sbom, opts: DocumentOptions): string => `${JSON.stringify(toCycloneDx(sbom, opts), null, 2)}\n`;
