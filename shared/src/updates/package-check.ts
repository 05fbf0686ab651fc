/**
 * The package half of the update check: read the published image's package
 * database, fetch the configured indexes, and list what has newer versions.
 * Never touches the network unless package index URLs were given.
 */
import { PipelineError } from '../errors.js';
import type { PlatformImage } from '../oci/image.js';
import { platformString } from '../oci/types.js';
import type { ImageSource } from '../oci/source.js';
import { fetchIndex } from './fetch-index.js';
import { DEFAULT_INDEXES, defaultIndexUrls, familyName, onLine } from './index-urls.js';
import type { InstalledPackage, PackageFamily } from './package-db.js';
import { findUpdates, type PackageUpdate } from './package-updates.js';
import { readInstalled } from './read-installed.js';
import type { Advisory } from '../compliance/vulnerabilities/advisory.js';
import { distroOf, findSecurityFixes, type SecurityFix } from './security.js';
import { releaseNames } from '../compliance/vulnerabilities/scan.js';
import { packageNames, type PackageFilter } from '../compliance/vulnerabilities/package-filter.js';

/**
 * Reads the advisories of the given releases (every release when undefined) and of the given packages (the
 * image's, by the names the matcher looks up; every package when undefined); check-updates' vulnerability-db.
 */
export type AdvisoryLoader = (releases: ReadonlySet<string> | undefined, packages?: PackageFilter) => Promise<readonly Advisory[]>;

export { DEFAULT_INDEXES };

export type PackageCheck =
  | { kind: 'skipped'; reason: string }
  | {
      kind: 'checked';
      family: PackageFamily;
      platform: string;
      installed: number;
      indexes: string[];
      updates: PackageUpdate[];
      /** Known vulnerabilities whose fix the index offers; present when advisories were given (security.ts). */
      securityFixes?: SecurityFix[];
    };

/** The image whose packages are checked: linux/amd64 when there is one, else the first. */
function packageImage(images: readonly PlatformImage[]): PlatformImage | undefined {
  return images.find((i) => i.platform.os === 'linux' && i.platform.architecture === 'amd64') ?? images[0];
}

export async function checkPackages(
  src: ImageSource,
  images: readonly PlatformImage[],
  urls: readonly string[],
  /** Default: fetchIndex's (httpFetch). */
  fetchImpl?: typeof fetch,
  advisories?: readonly Advisory[] | AdvisoryLoader,
): Promise<PackageCheck> {
  if (urls.length === 0) return { kind: 'skipped', reason: 'packages not checked: no package index configured (set package-index-urls)' };
  const image = packageImage(images);
  if (image === undefined) return { kind: 'skipped', reason: 'packages not checked: the image has no platform images' };
  const platform = platformString(image.platform);
  const db = await readInstalled(src, image);
  if (db.family === undefined) return { kind: 'skipped', reason: `packages not checked: the ${platform} image has no Debian or Alpine package database` };
  const lines: Array<{ url: string; line: number | undefined }> = [];
  for (const url of urls) {
    if (url !== DEFAULT_INDEXES) {
      // Line numbers are only known to the input parser (which skipped blanks); the URL names the line.
      lines.push({ url, line: undefined });
      continue;
    }
    const proposed = db.os === undefined ? [] : defaultIndexUrls(db.os, image.platform);
    if (proposed.length === 0) {
      throw new PipelineError(
        'INPUT',
        `cannot propose package indexes for this image (${db.os === undefined ? 'no /etc/os-release' : `ID=${db.os.id} VERSION_ID=${db.os.versionId || '-'} VERSION_CODENAME=${db.os.codename || '-'}`}, ${platform})`,
        {
          input: 'package-index-urls',
          hint: 'List the index URLs yourself instead of `default` (Debian Packages.gz or Alpine APKINDEX.tar.gz).',
        },
      );
    }
    for (const u of proposed) lines.push({ url: u, line: undefined });
  }
  const indexed: InstalledPackage[] = [];
  for (const { url, line } of lines) {
    const idx = await fetchIndex(url, line, fetchImpl);
    if (idx.kind.family !== db.family) {
      throw new PipelineError(
        'INPUT',
        `${onLine(line)}${url} is a ${familyName(idx.kind.family)} index but the image's package database is ${familyName(db.family)}`,
        {
          input: 'package-index-urls',
          ...(line !== undefined ? { line } : {}),
          hint:
            db.family === 'deb' ? 'Use the Packages.gz of the Debian release the image is built on.' : "Use the APKINDEX.tar.gz of the image's Alpine branch.",
        },
      );
    }
    indexed.push(...idx.packages);
  }
  // Read now that the release is known: the tracker holds every Debian release, the image needs one.
  const family = db.family;
  const known =
    typeof advisories === 'function'
      ? await advisories(releaseNames(distroOf(db.os)), packageNames(db.packages.map((p) => ({ ecosystem: family, name: p.name, source: p.source }))))
      : advisories;
  return {
    kind: 'checked',
    family: db.family,
    platform,
    installed: db.packages.length,
    indexes: lines.map((l) => l.url),
    updates: findUpdates(db.family, db.packages, indexed),
    ...(known === undefined ? {} : { securityFixes: findSecurityFixes(db.family, db.packages, indexed, known, db.os) }),
  };
}
