/**
 * HashiCorp's release layout for Packer, as pure functions: which zip fits
 * this machine, where it, its SHA256SUMS and that file's signature live, the
 * one checksum line that names that zip exactly (a substring match would
 * accept `packer_1.9.0_linux_amd64.zip.sig` or a look-alike name), and which
 * version the release index calls the latest.
 */
import { PipelineError } from '../../errors.js';

export const DEFAULT_RELEASES_URL = 'https://releases.hashicorp.com';

const OS: Readonly<Record<string, string>> = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd', openbsd: 'openbsd' };
const ARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };

export interface PackerRelease {
  version: string;
  os: string;
  arch: string;
  zipName: string;
  zipUrl: string;
  sumsName: string;
  sumsUrl: string;
  /** The detached binary signature of SHA256SUMS (HashiCorp's `shasums_signature`). */
  sigName: string;
  sigUrl: string;
}

export const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function packerRelease(
  version: string,
  baseUrl: string = DEFAULT_RELEASES_URL,
  platform: string = process.platform,
  nodeArch: string = process.arch,
): PackerRelease {
  if (!VERSION.test(version)) {
    throw new PipelineError('INPUT', `'${version}' is not a Packer version`, {
      input: 'packer-version',
      hint: "Use an exact version like 1.11.2, or 'system' for the packer already on PATH.",
    });
  }
  const os = OS[platform];
  const arch = ARCH[nodeArch];
  if (os === undefined || arch === undefined)
    throw new PipelineError('UNSUPPORTED', `Packer has no release for ${platform}/${nodeArch}`, {
      input: 'packer-version',
      hint: "Install packer on the runner yourself and set packer-version to 'system'.",
    });
  const base = baseUrl.replace(/\/+$/, '');
  const zipName = `packer_${version}_${os}_${arch}.zip`;
  const sumsName = `packer_${version}_SHA256SUMS`;
  const sigName = `${sumsName}.sig`;
  const dir = `${base}/packer/${version}`;
  return { version, os, arch, zipName, zipUrl: `${dir}/${zipName}`, sumsName, sumsUrl: `${dir}/${sumsName}`, sigName, sigUrl: `${dir}/${sigName}` };
}

/**
 * packer-releases-url as a base every path is appended to: http(s), with no
 * user:password@ (fetch refuses those, and they would be printed with every
 * URL in the log) and no ?query or #fragment (the paths would land inside it).
 */
export function releasesBase(baseUrl: string): string {
  let u: URL | undefined;
  try {
    u = new URL(baseUrl);
  } catch {
    u = undefined;
  }
  const fail = (why: string) =>
    new PipelineError('INPUT', `expected packer-releases-url to be an http(s) base URL like ${DEFAULT_RELEASES_URL}, got ${why}`, {
      input: 'packer-releases-url',
      hint: 'Give the address under which packer/<version>/ is served; a mirror that needs credentials must take them some other way than in the URL.',
    });
  if (u === undefined || (u.protocol !== 'https:' && u.protocol !== 'http:'))
    throw fail(u === undefined ? 'something that is not a URL' : `a ${u.protocol} URL`);
  if (u.username !== '' || u.password !== '') throw fail(`a URL with credentials (${u.protocol}//***@${u.host})`);
  if (u.search !== '' || u.hash !== '') throw fail(`a URL with a query or fragment (${u.protocol}//${u.host}${u.pathname}?…)`);
  return u.href.replace(/\/+$/, '');
}

/** The release index: `{"name":"packer","versions":{"1.11.2":{...},...}}`. */
export function packerIndexUrl(baseUrl: string = DEFAULT_RELEASES_URL): string {
  return `${baseUrl.replace(/\/+$/, '')}/packer/index.json`;
}

const STABLE = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;

/**
 * The highest stable version in a parsed release index: X.Y.Z exactly, so a
 * pre-release (1.12.0-beta1, 1.8.0-alpha) or a build-tagged one (+ent) is
 * never "latest". Throws naming `source` when the index has no such version or
 * is not an index at all.
 */
export function latestStableVersion(index: unknown, source: string): string {
  const versions = typeof index === 'object' && index !== null && !Array.isArray(index) ? (index as { versions?: unknown }).versions : undefined;
  if (typeof versions !== 'object' || versions === null || Array.isArray(versions))
    throw new PipelineError('NOT_FOUND', `${source} is not a release index: expected an object with a "versions" map`, {
      input: 'packer-version',
      hint: "Check packer-releases-url points at HashiCorp's release site or a full mirror of it, or set packer-version to an exact version like 1.11.2.",
    });
  let best: string | undefined;
  for (const v of Object.keys(versions)) if (STABLE.test(v) && (best === undefined || compareVersions(v, best) > 0)) best = v;
  if (best === undefined)
    throw new PipelineError('NOT_FOUND', `${source} lists no stable Packer version (X.Y.Z without a pre-release suffix)`, {
      input: 'packer-version',
      hint: 'Set packer-version to an exact version like 1.11.2.',
    });
  return best;
}

/**
 * The SHA-256 listed for exactly `fileName` in a SHA256SUMS document
 * (`<64 hex>  <name>` per line, `*` before the name in binary mode).
 */
export function checksumFor(sums: string, fileName: string): string | undefined {
  for (const line of sums.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (m !== null && m[2] === fileName) return (m[1] as string).toLowerCase();
  }
  return undefined;
}

/** Compare dotted versions numerically: -1, 0 or 1 (pre-release suffixes ignored). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('-')[0]?.split('.').map(Number) ?? [];
  const pb = b.split('-')[0]?.split('.').map(Number) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** `Packer v1.6.6` (and newer multi-line forms) -> `1.6.6`. */
export function parsePackerVersion(output: string): string | undefined {
  return /Packer v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output)?.[1] ?? /^(\d+\.\d+\.\d+)\s*$/m.exec(output)?.[1];
}
