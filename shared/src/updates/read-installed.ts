/**
 * Read an image's package database and os-release from its layers, streaming
 * (one pass over the layers, keeping only these few files).
 */
import { ContentReader, type FileRead } from '../layers/contents.js';
import { scanImage } from '../layers/scan.js';
import type { PlatformImage } from '../oci/image.js';
import type { ImageSource } from '../oci/source.js';
import {
  APK_INSTALLED,
  DPKG_STATUS,
  DPKG_STATUS_D,
  isDpkgStatusD,
  OS_RELEASE,
  parseApkEntries,
  parseDpkgEntries,
  parseOsRelease,
  type OsRelease,
  type InstalledPackage,
  type PackageFamily,
} from './package-db.js';

export type InstalledPackages =
  { family: PackageFamily; packages: InstalledPackage[]; os: OsRelease | undefined; files: string[] } | { family: undefined; os: OsRelease | undefined };

const wanted = (path: string): boolean =>
  path === DPKG_STATUS || path === APK_INSTALLED || path === OS_RELEASE[0] || path === OS_RELEASE[1] || isDpkgStatusD(path);

const text = (r: FileRead | undefined): string | undefined => (r?.kind === 'content' ? r.content.toString('utf8') : undefined);

export async function readInstalled(src: ImageSource, image: PlatformImage): Promise<InstalledPackages> {
  const index = await scanImage(src, image, { capture: (p) => wanted(p), maxFileBytes: 32 * 1024 * 1024 });
  const statusD = [...(index.get(DPKG_STATUS_D)?.children?.values() ?? [])]
    .filter((n) => n.type === 'file' && wanted(n.path))
    .map((n) => n.path)
    .sort();
  const files = await new ContentReader(src, image, index, 32 * 1024 * 1024).readMany([DPKG_STATUS, APK_INSTALLED, ...OS_RELEASE, ...statusD]);
  const osText = text(files.get(OS_RELEASE[0])) ?? text(files.get(OS_RELEASE[1]));
  const os = osText === undefined ? undefined : parseOsRelease(osText);
  const dpkg = text(files.get(DPKG_STATUS));
  const fromD = statusD.map((p) => ({ p, t: text(files.get(p)) })).filter((x): x is { p: string; t: string } => x.t !== undefined);
  if (dpkg !== undefined || fromD.length > 0) {
    const packages = [...parseDpkgEntries(dpkg ?? ''), ...fromD.flatMap((x) => parseDpkgEntries(x.t, { requireStatus: false }))];
    return { family: 'deb', packages, os, files: [...(dpkg !== undefined ? [DPKG_STATUS] : []), ...fromD.map((x) => x.p)] };
  }
  const apk = text(files.get(APK_INSTALLED));
  if (apk !== undefined) return { family: 'apk', packages: parseApkEntries(apk), os, files: [APK_INSTALLED] };
  return { family: undefined, os };
}
