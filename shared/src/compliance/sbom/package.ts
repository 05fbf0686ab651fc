/**
 * One package found in an image, the unit an SBOM lists and advisories are
 * matched against (issue 12). Catalogers (distribution package databases,
 * language manifests) produce them from the scan's file-system view; the
 * SPDX and CycloneDX writers and the vulnerability matcher read them. Types
 * only.
 */

/** The package ecosystems we catalog, named as purl types (github.com/package-url/purl-spec). */
export type Ecosystem = 'deb' | 'apk' | 'rpm' | 'npm' | 'pypi' | 'golang' | 'maven';

/** The distribution an image's OS packages belong to, from /etc/os-release. */
export interface Distro {
  /** os-release ID: debian, ubuntu, alpine, ... */
  id: string;
  /** os-release VERSION_ID: 12, 3.19.1, ... (empty for testing/sid). */
  versionId: string;
  /** os-release VERSION_CODENAME: bookworm, ... */
  codename?: string;
}

export interface Package {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /**
   * The source package and its version, what advisories name for
   * distribution packages (Debian `Source: name (version)`, Alpine `o:`
   * origin). Equal to name/version when the database gives none.
   */
  source?: { name: string; version: string };
  /** Debian/Alpine architecture (amd64, all, x86_64, noarch). */
  arch?: string;
  /** SPDX license expression where the package says so machine-readably; absent otherwise (never guessed). */
  license?: string;
  /** For OS packages: the distribution, for purl qualifiers and advisory release names. */
  distro?: Distro;
  /** The purl in its canonical form (pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12: `:` stays unencoded in versions, `+` never does). */
  purl: string;
  /** The layer that introduced this package (0-based in the manifest) and its digest. */
  layer: { index: number; digest: string };
  /** Files in the image that say the package is there (the database or manifest path). */
  locations: string[];
}

/** Everything cataloged in one platform image. */
export interface Sbom {
  /** The image the SBOM describes: its name as given and the platform manifest's digest. */
  image: { name: string; digest: string; platform: string };
  distro?: Distro;
  packages: Package[];
}
