/**
 * One comparator per ecosystem, each with its one home: dpkg and apk ordering
 * live beside the update checker that needed them first; semver (npm, Go),
 * PEP 440, Maven and rpm here. The matcher asks only `compareVersions`.
 */
import semver from 'semver';
import { compareApkVersions } from '../../../updates/apk-version.js';
import { compareDebianVersions } from '../../../updates/debian-version.js';
import { goSemver } from '../../sbom/go-buildinfo.js';
import type { Ecosystem } from '../../sbom/package.js';
import { compareMaven } from './maven.js';
import { comparePep440 } from './pep440.js';
import { compareRpmVersions } from './rpm.js';

/**
 * Semver for npm and Go (Go's `v` prefix and `+incompatible` dropped; a
 * pseudo-version is a valid semver pre-release). Text that is not semver sorts
 * before every valid version, among itself by text, so the order stays total.
 */
export function compareSemver(a: string, b: string): number {
  const x = semver.parse(a.trim().replace(/^v/, ''), { loose: true });
  const y = semver.parse(b.trim().replace(/^v/, ''), { loose: true });
  if (x !== null && y !== null) return x.compare(y);
  if (x !== null) return 1;
  if (y !== null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A Go toolchain version (go1.21, go1.21rc2: the standard library's, as another SBOM may spell it) as semver; other versions as they are. */
const goVersion = (v: string): string => (v.trim().startsWith('go') ? (goSemver(v) ?? v) : v);

const COMPARATORS: Readonly<Record<Ecosystem, (a: string, b: string) => number>> = {
  deb: compareDebianVersions,
  apk: compareApkVersions,
  rpm: compareRpmVersions,
  npm: compareSemver,
  golang: (a, b) => compareSemver(goVersion(a), goVersion(b)),
  pypi: comparePep440,
  maven: compareMaven,
};

/** Negative when `a` is older than `b` in `ecosystem`'s ordering, positive when newer, 0 when equal. */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number {
  return COMPARATORS[ecosystem](a, b);
}
