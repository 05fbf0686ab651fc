/**
 * The package index URLs a distribution publishes for an image, proposed from
 * its os-release and platform (used only when a workflow asks for `default`),
 * and what kind of index a URL serves, from its file name.
 */
import { PipelineError } from '../errors.js';
import type { Platform } from '../oci/types.js';
import { redactUrl } from '../registry/transport/origin.js';
import type { OsRelease, PackageFamily } from './package-db.js';

/**
 * The line in package-index-urls that asks for the distribution's own indexes. Here, beside the URL check,
 * so check-updates reads its inputs without loading the package check itself (issue 17 item 3).
 */
export const DEFAULT_INDEXES = 'default';

const DEBIAN_ARCH: Record<string, string> = {
  amd64: 'amd64',
  arm64: 'arm64',
  '386': 'i386',
  ppc64le: 'ppc64el',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64el',
};
const ALPINE_ARCH: Record<string, string> = {
  amd64: 'x86_64',
  arm64: 'aarch64',
  '386': 'x86',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loongarch64',
};

function debianArch(p: Platform): string | undefined {
  if (p.architecture === 'arm') return p.variant === 'v5' ? 'armel' : 'armhf';
  return DEBIAN_ARCH[p.architecture];
}

function alpineArch(p: Platform): string | undefined {
  if (p.architecture === 'arm') return p.variant === 'v6' ? 'armhf' : 'armv7';
  return ALPINE_ARCH[p.architecture];
}

/**
 * Debian: the release, its -updates and its -security suites (main only).
 * Alpine: main and community of the release branch (v<major>.<minor>).
 * Empty when the distribution, release or architecture is not one we know.
 */
export function defaultIndexUrls(os: OsRelease, platform: Platform): string[] {
  if (os.id === 'debian') {
    const arch = debianArch(platform);
    if (arch === undefined || os.codename === '') return [];
    return [
      `https://deb.debian.org/debian/dists/${os.codename}/main/binary-${arch}/Packages.gz`,
      `https://deb.debian.org/debian/dists/${os.codename}-updates/main/binary-${arch}/Packages.gz`,
      `https://deb.debian.org/debian-security/dists/${os.codename}-security/main/binary-${arch}/Packages.gz`,
    ];
  }
  if (os.id === 'alpine') {
    const arch = alpineArch(platform);
    const branch = /^(\d+)\.(\d+)/.exec(os.versionId);
    if (arch === undefined || branch === null) return [];
    return ['main', 'community'].map((repo) => `https://dl-cdn.alpinelinux.org/alpine/v${branch[1]}.${branch[2]}/${repo}/${arch}/APKINDEX.tar.gz`);
  }
  return [];
}

export type IndexKind = { family: 'apk'; gzip: true } | { family: 'deb'; gzip: boolean };

/** What a URL serves, by its file name: APKINDEX.tar.gz, Packages.gz or Packages. */
export function indexKind(url: string, line?: number): IndexKind {
  const input = 'package-index-urls';
  const at = onLine(line);
  // A URL may carry credentials or a token in its query: messages show it redacted, never raw.
  const shown = redactUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PipelineError('INPUT', `${at}'${shown}' is not a URL`, {
      input,
      ...(line !== undefined ? { line } : {}),
      hint: 'Give one absolute http(s) URL per line, e.g. https://deb.debian.org/debian/dists/bookworm/main/binary-amd64/Packages.gz.',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new PipelineError('INPUT', `${at}'${shown}' is not an http(s) URL`, {
      input,
      ...(line !== undefined ? { line } : {}),
      hint: 'Package indexes are fetched over http or https.',
    });
  const name = parsed.pathname.split('/').pop() ?? '';
  if (name.endsWith('.xz') || name.endsWith('.bz2') || name.endsWith('.zst') || name.endsWith('.lzma')) {
    throw new PipelineError('UNSUPPORTED', `${at}${shown}: only gzip-compressed or plain indexes are read, not ${name.slice(name.lastIndexOf('.'))}`, {
      input,
      ...(line !== undefined ? { line } : {}),
      hint: `Use the Packages.gz (or plain Packages) file next to ${name}; Debian mirrors publish both.`,
    });
  }
  if (/^APKINDEX(\.tar\.gz)?$/.test(name)) return { family: 'apk', gzip: true };
  if (name === 'Packages') return { family: 'deb', gzip: false };
  if (name === 'Packages.gz') return { family: 'deb', gzip: true };
  throw new PipelineError('INPUT', `${at}${shown}: cannot tell what kind of index this is from its name '${name}'`, {
    input,
    ...(line !== undefined ? { line } : {}),
    hint: 'Name a Debian Packages or Packages.gz file, or an Alpine APKINDEX.tar.gz.',
  });
}

/** `line 2: ` for reasons about one line of package-index-urls (PipelineError shows lines only with a file). */
export const onLine = (line: number | undefined): string => (line === undefined ? '' : `line ${line}: `);

export const familyName = (f: PackageFamily): string => (f === 'deb' ? 'Debian (dpkg)' : 'Alpine (apk)');
