/**
 * Getting a trustworthy `packer`: either the one already on PATH, or a
 * release zip through @actions/tool-cache, verified against HashiCorp's
 * SHA256SUMS by exact file name and, when given, a pinned SHA-256. The
 * verified zip is cached beside the binary, and a cache hit is re-verified:
 * the zip against the expected sum again, and the binary against the zip's
 * contents, so a binary swapped in the cache is caught.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import { PipelineError } from '../../errors.js';
import { readBounded } from '../../registry/transport/body.js';
import { fetchFollowing } from '../../registry/transport/follow.js';
import { run } from '../../process.js';
import { checksumFor, DEFAULT_RELEASES_URL, packerRelease, parsePackerVersion, type PackerRelease } from './packer-release.js';

export interface InstallPackerOptions {
  /** An exact version (1.11.2), or `system` for the packer on PATH. */
  version: string;
  /** Release site; tests point it at a loopback server. */
  baseUrl?: string;
  /** Pinned SHA-256 of the release zip (the `packer-sha256` input). */
  sha256?: string;
  log?: (line: string) => void;
  platform?: string;
  arch?: string;
}

export interface InstalledPacker {
  /** Absolute path of the packer binary. */
  path: string;
  version: string;
  source: 'system' | 'download' | 'cache';
  /** SHA-256 of the verified release zip (not for `system`). */
  zipSha256?: string;
}

const ZIP_IN_CACHE = 'packer-release.zip';
/** HashiCorp's SHA256SUMS lists a few dozen files: 1 MiB is far past any real one. */
const MAX_SUMS_BYTES = 1024 * 1024;

export async function installPacker(o: InstallPackerOptions): Promise<InstalledPacker> {
  const log = o.log ?? (() => undefined);
  if (o.version === 'system' || o.version === '') return systemPacker();
  const pinned = o.sha256?.trim().toLowerCase();
  if (pinned !== undefined && pinned !== '' && !/^[0-9a-f]{64}$/.test(pinned)) {
    throw new PipelineError('INPUT', `'${o.sha256 ?? ''}' is not a SHA-256 (64 hex digits)`, { input: 'packer-sha256' });
  }
  const rel = packerRelease(o.version, o.baseUrl ?? DEFAULT_RELEASES_URL, o.platform, o.arch);
  const expected = await expectedSum(rel, pinned === '' ? undefined : pinned, log);
  const binName = rel.os === 'windows' ? 'packer.exe' : 'packer';

  const cachedDir = tc.find('packer', rel.version, rel.arch);
  if (cachedDir !== '') {
    await reverifyCached(cachedDir, binName, expected, rel);
    log(`Packer ${rel.version} from the tool cache (re-verified: zip sha256 ${expected})`);
    return { path: path.join(cachedDir, binName), version: rel.version, source: 'cache', zipSha256: expected };
  }

  log(`Downloading ${rel.zipUrl}`);
  const zip = await download(rel.zipUrl, 'packer-version');
  let dir: string | undefined;
  try {
    const got = await sha256File(zip);
    if (got !== expected) {
      throw new PipelineError('DIGEST_MISMATCH', `${rel.zipName} from ${rel.zipUrl} has sha256 ${got}, expected ${expected}`, {
        input: pinned !== undefined ? 'packer-sha256' : 'packer-version',
        hint: 'The download was altered or truncated; nothing was installed. Try again, and check any proxy in between.',
      });
    }
    dir = await tc.extractZip(zip);
    await assertPlainBinary(path.join(dir, binName), rel);
    await fs.copyFile(zip, path.join(dir, ZIP_IN_CACHE));
    await fs.chmod(path.join(dir, binName), 0o755);
    const cached = await tc.cacheDir(dir, 'packer', rel.version, rel.arch);
    const bin = path.join(cached, binName);
    await checkReportedVersion(bin, rel.version);
    log(`Packer ${rel.version} installed (zip sha256 ${got})`);
    return { path: bin, version: rel.version, source: 'download', zipSha256: got };
  } finally {
    // The cache holds its own copy; nothing half-written stays in RUNNER_TEMP.
    await fs.rm(zip, { force: true });
    if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
  }
}

async function systemPacker(): Promise<InstalledPacker> {
  const bin = await io.which('packer', false);
  if (bin === '')
    throw new PipelineError('NOT_FOUND', "packer-version is 'system' but no packer is on PATH", {
      input: 'packer-version',
      hint: 'Install packer on the runner, or set packer-version to a release like 1.11.2.',
    });
  const out = await run(bin, ['version'], { maxBuffer: 64 * 1024 });
  const version = parsePackerVersion(out.stdout);
  if (out.code !== 0 || version === undefined)
    throw new PipelineError('BUILDER', `'${bin} version' did not report a version: ${(out.stderr || out.stdout).trim().slice(0, 200)}`);
  return { path: bin, version, source: 'system' };
}

/** The expected zip sum: from SHA256SUMS, which must agree with the pin when both exist. */
async function expectedSum(rel: PackerRelease, pinned: string | undefined, log: (l: string) => void): Promise<string> {
  let sums: string | undefined;
  let failure = '';
  try {
    // Redirects by origin.ts's rules (a few hops, never https to http), and a capped read: the list is a few KB.
    const res = await fetchFollowing(rel.sumsUrl, { signal: AbortSignal.timeout(30_000) }, { what: rel.sumsUrl, context: { input: 'packer-version' } });
    if (res.ok) {
      const tooLarge = (max: number): Error => new Error(`the list is larger than ${max} bytes, not a SHA256SUMS`);
      sums = res.body === null ? '' : (await readBounded(res.body as AsyncIterable<Uint8Array>, MAX_SUMS_BYTES, 'fail', tooLarge)).bytes.toString('utf8');
    } else {
      await res.body?.cancel().catch(() => undefined);
      failure = `HTTP ${res.status}`;
    }
  } catch (e) {
    failure = (e as Error).message;
  }
  if (sums === undefined) {
    if (pinned !== undefined) {
      log(`SHA256SUMS not available (${failure}); using the pinned packer-sha256`);
      return pinned;
    }
    throw new PipelineError('NETWORK', `could not read ${rel.sumsUrl}: ${failure}`, {
      input: 'packer-version',
      hint: 'Check the version exists, or pin the zip with packer-sha256.',
    });
  }
  const listed = checksumFor(sums, rel.zipName);
  if (listed === undefined) {
    throw new PipelineError('NOT_FOUND', `${rel.sumsUrl} lists no file named exactly ${rel.zipName}`, {
      input: 'packer-version',
      hint: `Packer ${rel.version} may have no ${rel.os}/${rel.arch} build.`,
    });
  }
  if (pinned !== undefined && pinned !== listed) {
    throw new PipelineError('DIGEST_MISMATCH', `packer-sha256 is ${pinned}, but HashiCorp's SHA256SUMS lists ${listed} for ${rel.zipName}`, {
      input: 'packer-sha256',
      hint: 'Update the pin to the published sum if you changed packer-version; otherwise treat the release site answer as suspect.',
    });
  }
  return listed;
}

async function reverifyCached(dir: string, binName: string, expected: string, rel: PackerRelease): Promise<void> {
  const zip = path.join(dir, ZIP_IN_CACHE);
  const bad = (what: string) =>
    new PipelineError('DIGEST_MISMATCH', `the cached Packer ${rel.version} in ${dir} failed re-verification: ${what}`, {
      hint: `Something changed the tool cache. Delete ${dir} and run again to reinstall from a verified download.`,
    });
  let zipSum: string;
  try {
    zipSum = await sha256File(zip);
  } catch {
    throw bad(`${ZIP_IN_CACHE} is missing`);
  }
  if (zipSum !== expected) throw bad(`the cached zip has sha256 ${zipSum}, expected ${expected}`);
  const fresh = await tc.extractZip(zip);
  try {
    const [want, got] = await Promise.all([sha256File(path.join(fresh, binName)), sha256File(path.join(dir, binName)).catch(() => 'missing')]);
    if (want !== got) throw bad(`the binary has sha256 ${got}, but the verified zip holds ${want}`);
  } finally {
    await fs.rm(fresh, { recursive: true, force: true });
  }
}

/** The zip must hold the binary as a regular file (no link pointing elsewhere). */
async function assertPlainBinary(bin: string, rel: PackerRelease): Promise<void> {
  const st = await fs.lstat(bin).catch(() => undefined);
  if (st === undefined || !st.isFile())
    throw new PipelineError('UNSAFE_PATH', `${rel.zipName} does not contain a regular file named ${path.basename(bin)}`, { input: 'packer-version' });
}

async function checkReportedVersion(bin: string, version: string): Promise<void> {
  const out = await run(bin, ['version'], { maxBuffer: 64 * 1024 });
  const got = parsePackerVersion(out.stdout);
  if (got !== version)
    throw new PipelineError('BUILDER', `the installed packer reports version ${got ?? 'nothing'}, expected ${version}`, { input: 'packer-version' });
}

/**
 * The release zip through @actions/tool-cache, which follows redirects its
 * own way: that may stay, since nothing from it is trusted before its sha256
 * matches the sum from SHA256SUMS (fetched with fetchFollowing) or the pin.
 */
async function download(url: string, input: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (e) {
    const status = (e as { httpStatusCode?: number }).httpStatusCode;
    throw new PipelineError('NETWORK', `could not download ${url}${status !== undefined ? `: HTTP ${status}` : `: ${(e as Error).message}`}`, {
      input,
      cause: e,
    });
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
