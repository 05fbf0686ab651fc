/**
 * An Sbom as an SPDX 2.3 JSON document (spdx.github.io/spdx-spec/v2.3): the
 * image is a CONTAINER package the document DESCRIBES and that CONTAINS each
 * cataloged package (and the distribution, when os-release named one). The
 * namespace comes from the image digest and the time from DocumentOptions,
 * so the same image gives the same bytes. Pure.
 */
import { listPackages, provenance, type DocumentOptions } from './document.js';
import type { Distro, Sbom } from './package.js';

const NOASSERTION = 'NOASSERTION';

export interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  primaryPackagePurpose?: 'CONTAINER' | 'OPERATING_SYSTEM';
  supplier: string;
  downloadLocation: string;
  /** No file list: the package's files are not enumerated (SPDX then wants no verification code). */
  filesAnalyzed: false;
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: string;
  sourceInfo?: string;
  externalRefs?: { referenceCategory: 'PACKAGE-MANAGER'; referenceType: 'purl'; referenceLocator: string }[];
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[] };
  packages: SpdxPackage[];
  relationships: { spdxElementId: string; relationshipType: 'DESCRIBES' | 'CONTAINS'; relatedSpdxElement: string }[];
  hasExtractedLicensingInfos?: { licenseId: string; extractedText: string; comment: string }[];
}

const IMAGE_ID = 'SPDXRef-Image';

/** What we do not know about a package (where to download it, who supplies it, a reviewed licence, copyright), said as SPDX asks. */
const UNASSERTED = {
  supplier: NOASSERTION,
  downloadLocation: NOASSERTION,
  filesAnalyzed: false,
  licenseConcluded: NOASSERTION,
  licenseDeclared: NOASSERTION,
  copyrightText: NOASSERTION,
} as const;

/** SPDX ids allow letters, digits, '.' and '-' only; anything else becomes '-'. */
const idPart = (s: string): string => s.replace(/[^A-Za-z0-9.-]+/g, '-');

/** `SPDXRef-Package-deb-bash-5.2.15-2-b2`, with `-2`, `-3`, ... where two packages would share one (sanitising can merge names). */
function uniqueIds(bases: readonly string[]): string[] {
  const used = new Set<string>([IMAGE_ID]);
  return bases.map((base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** LicenseRef-* in an expression: each must be declared in the document (SPDX 2.3 section 10). */
const licenseRefs = (expression: string): string[] => expression.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? [];

const distroPackage = (d: Distro): SpdxPackage => ({
  SPDXID: 'SPDXRef-OperatingSystem',
  name: d.id,
  ...(d.versionId !== '' ? { versionInfo: d.versionId } : d.codename !== undefined ? { versionInfo: d.codename } : {}),
  primaryPackagePurpose: 'OPERATING_SYSTEM',
  ...UNASSERTED,
});

export function toSpdx(sbom: Sbom, opts: DocumentOptions): SpdxDocument {
  const listed = listPackages(sbom.packages);
  const ids = uniqueIds(listed.map(({ pkg }) => `SPDXRef-Package-${idPart(`${pkg.ecosystem}-${pkg.name}-${pkg.version}`)}`));
  const image: SpdxPackage = {
    SPDXID: IMAGE_ID,
    name: sbom.image.name,
    versionInfo: sbom.image.digest,
    primaryPackagePurpose: 'CONTAINER',
    ...UNASSERTED,
    sourceInfo: `platform ${sbom.image.platform}`,
  };
  const packages: SpdxPackage[] = listed.map(({ pkg }, i) => ({
    SPDXID: ids[i]!,
    name: pkg.name,
    versionInfo: pkg.version,
    // Concluded stays NOASSERTION: it is a reviewer's verdict, and we only read what the package declares.
    ...UNASSERTED,
    licenseDeclared: pkg.license ?? NOASSERTION,
    sourceInfo: provenance(pkg),
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
  }));
  const os = sbom.distro === undefined ? [] : [distroPackage(sbom.distro)];
  const refs = [...new Set(listed.flatMap(({ pkg }) => (pkg.license === undefined ? [] : licenseRefs(pkg.license))))].sort();
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${sbom.image.name}@${sbom.image.digest}`,
    // Unique per image (the platform manifest's digest) and the same every time that image is described.
    documentNamespace: `https://image-pipeline.dev/spdx/${encodeURIComponent(sbom.image.digest).replace(/%3A/g, ':')}`,
    creationInfo: { created: opts.created, creators: [`Tool: image-pipeline-${opts.toolVersion}`] },
    packages: [image, ...os, ...packages],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: IMAGE_ID },
      ...[...os, ...packages].map((p) => ({ spdxElementId: IMAGE_ID, relationshipType: 'CONTAINS' as const, relatedSpdxElement: p.SPDXID })),
    ],
    ...(refs.length === 0
      ? {}
      : {
          hasExtractedLicensingInfos: refs.map((licenseId) => ({
            licenseId,
            extractedText: NOASSERTION,
            comment: 'Named by the package; its text is not part of this document.',
          })),
        }),
  };
}

/** The document as the file holds it: two-space JSON and a final newline. */
export const spdxJson = (sbom: Sbom, opts: DocumentOptions): string => `${JSON.stringify(toSpdx(sbom, opts), null, 2)}\n`;
