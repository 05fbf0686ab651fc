/**
 * Package URLs (github.com/package-url/purl-spec) for cataloged packages,
 * built by packageurl-js so the encoding (and each type's normalisation:
 * pypi names lower-cased, npm scopes as namespaces) is the spec's, not ours.
 * packageurl-js (~3.6 MB of the test stage's memory) is loaded only for an
 * image with packages (issue 17): purlOf is synchronous and called per
 * package, so the catalog's one async caller (checkImage) awaits loadPurl
 * first; purlOf without it throws, it never leaves a purl out.
 */
import type { PackageURL as PackageURLClass } from 'packageurl-js';
import { PipelineError } from '../../errors.js';
import { lazyModule } from '../../lazy-module.js';
import type { Distro, Package } from './package.js';

/** One import for every caller (lazy-module.ts): jest's ESM loader fails two concurrent imports of one CommonJS package. */
const purlLib = lazyModule<{ PackageURL: typeof PackageURLClass }>(
  () => import('packageurl-js'),
  'a purl was built before packageurl-js was loaded: call loadPurl() before catalog()',
);

/** Loads packageurl-js; cheap after the first call. */
export const loadPurl = async (): Promise<void> => {
  await purlLib.load();
};

export type PurlFields = Pick<Package, 'ecosystem' | 'name' | 'version' | 'arch' | 'distro'>;

/** The purl `distro` qualifier: debian-12, ubuntu-22.04, alpine-3.19.1 (the codename when there is no VERSION_ID, as on sid). */
export function distroQualifier(d: Distro): string | undefined {
  const version = d.versionId !== '' ? d.versionId : (d.codename ?? '');
  if (d.id === '') return undefined;
  return version === '' ? d.id : `${d.id}-${version}`;
}

/** Split a name at its last separator into namespace and name (`@scope/x`, `github.com/a/b`, `group:artifact`). */
function split(name: string, sep: string): [string | undefined, string] {
  const at = name.lastIndexOf(sep);
  return at <= 0 ? [undefined, name] : [name.slice(0, at), name.slice(at + 1)];
}

export function purlOf(p: PurlFields): string {
  if (!purlLib.loaded())
    throw new PipelineError(
      'INTERNAL',
      `the purl of ${p.ecosystem} package ${p.name} needs packageurl-js, which was not loaded: call loadPurl() before catalog()`,
    );
  const { PackageURL } = purlLib.get();
  const qualifiers: Record<string, string> = {};
  if (p.arch !== undefined && p.arch !== '') qualifiers['arch'] = p.arch;
  let namespace: string | undefined;
  let name = p.name;
  let version = p.version;
  switch (p.ecosystem) {
    case 'deb':
    case 'apk':
    case 'rpm': {
      // The vendor namespace is the distribution (debian, ubuntu, alpine); without os-release, the family's usual one.
      namespace = p.distro?.id !== undefined && p.distro.id !== '' ? p.distro.id : { deb: 'debian', apk: 'alpine', rpm: undefined }[p.ecosystem];
      const distro = p.distro === undefined ? undefined : distroQualifier(p.distro);
      if (distro !== undefined) qualifiers['distro'] = distro;
      if (p.ecosystem === 'rpm') {
        // The rpm type's version is version-release; the epoch is a qualifier. openSUSE's IDs (opensuse-leap, -tumbleweed) share one vendor.
        const evr = /^(\d+):(.*)$/.exec(version);
        if (evr !== null) [qualifiers['epoch'], version] = [evr[1] as string, evr[2] as string];
        if (namespace?.startsWith('opensuse-') === true) namespace = 'opensuse';
      }
      break;
    }
    case 'npm':
      [namespace, name] = name.startsWith('@') ? split(name, '/') : [undefined, name];
      break;
    case 'golang':
      [namespace, name] = split(name, '/');
      break;
    case 'maven':
      [namespace, name] = split(name, ':');
      break;
    case 'pypi':
      break;
  }
  const q = Object.keys(qualifiers).length > 0 ? qualifiers : undefined;
  // The canonical form never holds an unencoded '+' (purl-spec faq, and its deb test `attr@1:2.4.47-2%2Bb1`).
  // packageurl-js 2.0 encodes it everywhere but in the version, where Debian's +b1/+deb12u1 and Go's
  // +incompatible put it; every other '+' is already %2B, so this touches the version only.
  return new PackageURL(p.ecosystem, namespace, name, version === '' ? undefined : version, q, undefined).toString().replaceAll('+', '%2B');
}
