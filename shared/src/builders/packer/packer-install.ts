/**
 * Getting a trustworthy `packer`: either the one already on PATH, or a
 * release zip, kept in @actions/tool-cache's cache. The chain of trust: HashiCorp's
 * PGP key (pinned, or `packer-pgp-key`) signs SHA256SUMS; that signature is
 * checked over the exact bytes before any sum in the file is believed; the
 * zip must then match the sum listed for its exact file name and, when given,
 * the pinned `packer-sha256`. `packer-version: latest` is the highest stable
 * version in the release index. The verified zip is cached beside the
 * binary, and a cache hit is re-verified: the signed sum (or the pin) against
 * the cached zip, and the binary against the zip's contents, so a binary
 * swapped in the cache is caught. Every file, the zip included, comes
 * through release-fetch.ts: redirects by origin.ts's rules, capped reads,
 * and another try after a reset connection or a 5xx (the one retry loop;
 * tool-cache's downloadTool had a retry loop of its own and no size cap).
 *
 * How the pin and the signature combine: a pin is the caller's own trust
 * anchor, so when SHA256SUMS or its signature cannot be fetched (a mirror
 * that does not carry them, the site down) the pin alone vouches for the zip,
 * said in the log. Whatever is fetched is still checked: a signature that
 * does not verify, or a signed sum that differs from the pin, fails even with
 * a pin, since either means the release site serves something HashiCorp did
 * not sign.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as io from '@actions/io';
import * as tc from '@actions/tool-cache';
import { PipelineError } from '../../errors.js';
import { readBoundedFile } from '../../read-bounded-file.js';
import { redactUrl } from '../../registry/transport/origin.js';
import { run } from '../../process.js';
import type { RetryPolicy } from '../../retry/policy.js';
import {
  checksumFor,
  DEFAULT_RELEASES_URL,
  latestStableVersion,
  packerIndexUrl,
  packerRelease,
  parsePackerVersion,
  releasesBase,
  type PackerRelease,
} from './packer-release.js';
import { hashicorpKeys, keysFromInput, verifySumsSignature, type TrustedKeys } from './packer-signature.js';
import { downloadRelease, fetchReleaseFile, unreachableHint, type ReleaseFetchOptions } from './release-fetch.js';

export interface InstallPackerOptions {
  /** An exact version (1.11.2), `latest` (the release index's highest stable version), or `system` for the packer on PATH. */
  version: string;
  /** Release site; tests point it at a loopback server. */
  baseUrl?: string;
  /** Pinned SHA-256 of the release zip (the `packer-sha256` input). */
  sha256?: string;
  /** The `packer-pgp-key` input: an armored public key, or the path of a file holding one. Default: HashiCorp's key, pinned in hashicorp-key.ts. */
  pgpKey?: string;
  log?: (line: string) => void;
  platform?: string;
  arch?: string;
  /** For tests: the retry policy of every fetch (default: the registry's, REGISTRY_RETRY). */
  retry?: RetryPolicy;
}

export interface InstalledPacker {
  /** Absolute path of the packer binary. */
  path: string;
  version: string;
  source: 'system' | 'download' | 'cache';
  /** SHA-256 of the verified release zip (not for `system`). */
  zipSha256?: string;
  /** Fingerprint of the key whose signature on SHA256SUMS verified; absent when the pin alone vouched (or for `system`). */
  signedBy?: string;
}

const ZIP_IN_CACHE = 'packer-release.zip';
/** HashiCorp's SHA256SUMS lists a few dozen files: 1 MiB is far past any real one. */
const MAX_SUMS_BYTES = 1024 * 1024;
/** A detached signature is a few hundred bytes (one per signing key). */
const MAX_SIG_BYTES = 64 * 1024;
/** Packer's index.json is about a megabyte (every version, every build); Terraform's, the largest HashiCorp has, about 10 MB. */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;
/** An armored public key with its signatures is a few KB; HashiCorp's two blocks are 15 KB. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;

export async function installPacker(o: InstallPackerOptions): Promise<InstalledPacker> {
  const log = o.log ?? (() => undefined);
  if (o.version === 'system' || o.version === '') return systemPacker();
  const net: ReleaseFetchOptions = { log, ...(o.retry === undefined ? {} : { retry: o.retry }) };
  const pinned = o.sha256?.trim().toLowerCase();
  if (pinned !== undefined && pinned !== '' && !/^[0-9a-f]{64}$/.test(pinned)) {
    throw new PipelineError('INPUT', `'${o.sha256 ?? ''}' is not a SHA-256 (64 hex digits)`, { input: 'packer-sha256' });
  }
  // The key first: a malformed packer-pgp-key fails before anything is fetched.
  const trust = await trustedKeys(o.pgpKey);
  const baseUrl = releasesBase(o.baseUrl ?? DEFAULT_RELEASES_URL);
  const latest = o.version === 'latest';
  const version = latest ? await latestVersion(baseUrl, log, net) : o.version;
  const rel = packerRelease(version, baseUrl, o.platform, o.arch);
  const { sum: expected, signedBy } = await expectedSum(rel, pinned === '' ? undefined : pinned, trust, latest, log, net);
  const binName = rel.os === 'windows' ? 'packer.exe' : 'packer';
  const signed = signedBy === undefined ? {} : { signedBy };

  const cachedDir = tc.find('packer', rel.version, rel.arch);
  if (cachedDir !== '') {
    await reverifyCached(cachedDir, binName, expected, rel);
    log(`Packer ${rel.version} from the tool cache (re-verified: zip sha256 ${expected})`);
    return { path: path.join(cachedDir, binName), version: rel.version, source: 'cache', zipSha256: expected, ...signed };
  }

  log(`Downloading ${rel.zipUrl}`);
  const zip = await downloadRelease(rel.zipUrl, 'packer-version', net);
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
    return { path: bin, version: rel.version, source: 'download', zipSha256: got, ...signed };
  } finally {
    // The cache holds its own copy; nothing half-written stays in RUNNER_TEMP.
    await fs.rm(zip, { force: true });
    if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
  }
}

interface Trust {
  keys: TrustedKeys;
  /** `packer-pgp-key` when the caller gave the key, for errors. */
  input?: string;
}

/** HashiCorp's pinned key, or the `packer-pgp-key` input: armored text, or the path of a file holding it. */
async function trustedKeys(spec: string | undefined): Promise<Trust> {
  const given = spec?.trim() ?? '';
  if (given === '') return { keys: await hashicorpKeys() };
  if (given.includes('-----BEGIN PGP')) return { keys: await keysFromInput(given, 'the packer-pgp-key text'), input: 'packer-pgp-key' };
  // Not armored, so a path; shown shortened in case it is key text pasted without its armor lines.
  const shown = given.length > 120 || /\s/.test(given) ? `${given.slice(0, 40).replace(/\s+/g, ' ')}…` : given;
  const text = await readBoundedFile(given, {
    what: `the packer-pgp-key file '${shown}'`,
    maxBytes: MAX_KEY_FILE_BYTES,
    input: 'packer-pgp-key',
    hint: 'Give the armored public key itself (-----BEGIN PGP PUBLIC KEY BLOCK-----) or the path of a file holding it (gpg --armor --export <fingerprint>).',
  });
  return { keys: await keysFromInput(text, `the packer-pgp-key file '${shown}'`), input: 'packer-pgp-key' };
}

/** `latest`: the highest stable version in the release index, read with a cap and a deadline. */
async function latestVersion(baseUrl: string, log: (l: string) => void, net: ReleaseFetchOptions): Promise<string> {
  const url = packerIndexUrl(baseUrl);
  const shown = redactUrl(url);
  const hint = 'packer-version latest reads the release index; set an exact version like 1.11.2 to do without it.';
  const got = await fetchReleaseFile(url, MAX_INDEX_BYTES, 'a Packer release index', net);
  if ('failure' in got)
    throw new PipelineError('NETWORK', `could not read the release index ${shown}: ${got.failure}`, {
      input: 'packer-version',
      hint: got.transient ? `${unreachableHint(url)} Or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}` : hint,
    });
  let index: unknown;
  try {
    index = JSON.parse(got.bytes.toString('utf8'));
  } catch (e) {
    throw new PipelineError('NOT_FOUND', `the release index ${shown} is not JSON (${(e as Error).message.slice(0, 80)})`, { input: 'packer-version', hint });
  }
  const version = latestStableVersion(index, `the release index ${shown}`);
  log(`packer-version latest is Packer ${version} (highest stable version in ${shown})`);
  return version;
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

/**
 * The expected zip sum: from SHA256SUMS once its signature verified, which
 * must agree with the pin when both exist (see the top of this file for when
 * the pin alone is enough).
 */
async function expectedSum(
  rel: PackerRelease,
  pinned: string | undefined,
  trust: Trust,
  latest: boolean,
  log: (l: string) => void,
  net: ReleaseFetchOptions,
): Promise<{ sum: string; signedBy?: string }> {
  const sums = await fetchReleaseFile(rel.sumsUrl, MAX_SUMS_BYTES, 'a SHA256SUMS', net);
  if ('failure' in sums) {
    if (pinned !== undefined) {
      log(`SHA256SUMS not available (${sums.failure}); using the pinned packer-sha256`);
      return { sum: pinned };
    }
    throw new PipelineError('NETWORK', `could not read ${redactUrl(rel.sumsUrl)}: ${sums.failure}`, {
      input: 'packer-version',
      hint: sums.transient
        ? `${unreachableHint(rel.sumsUrl)} A packer-sha256 pin installs without SHA256SUMS.`
        : 'Check the version exists, or pin the zip with packer-sha256.',
    });
  }
  let signedBy: string | undefined;
  const sig = await fetchReleaseFile(rel.sigUrl, MAX_SIG_BYTES, 'a signature', net);
  if ('failure' in sig) {
    if (pinned === undefined && sig.transient)
      throw new PipelineError('NETWORK', `could not read ${redactUrl(rel.sigUrl)}, the signature of ${rel.sumsName}: ${sig.failure}`, {
        input: 'packer-version',
        hint: `${unreachableHint(rel.sigUrl)} A packer-sha256 pin installs without the signature.`,
      });
    if (pinned === undefined)
      throw new PipelineError('SIGNATURE', `the signature of ${rel.sumsName} is missing: ${redactUrl(rel.sigUrl)} answered ${sig.failure}`, {
        input: 'packer-version',
        hint: `Nothing was installed. HashiCorp signs every release's SHA256SUMS; without ${rel.sigName} its checksums prove nothing. Use a release site or mirror that serves the .sig files too, or pin the zip with packer-sha256.`,
      });
    log(`${rel.sigName} not available (${sig.failure}); relying on the pinned packer-sha256`);
  } else {
    const v = await verifySumsSignature(sums.bytes, sig.bytes, trust.keys, {
      sumsName: rel.sumsName,
      sigName: rel.sigName,
      sigUrl: rel.sigUrl,
      ...(trust.input === undefined ? {} : { keyInput: trust.input }),
    });
    signedBy = v.fingerprint;
    const when = v.created === undefined ? '' : `, signed ${v.created.toISOString()}`;
    log(`${rel.sumsName}: good signature by ${trust.keys.label} (key ${v.keyId}${when})`);
  }
  const listed = checksumFor(sums.bytes.toString('utf8'), rel.zipName);
  if (listed === undefined) {
    throw new PipelineError('NOT_FOUND', `${rel.sumsUrl} lists no file named exactly ${rel.zipName}`, {
      input: 'packer-version',
      hint: `Packer ${rel.version} may have no ${rel.os}/${rel.arch} build.`,
    });
  }
  if (pinned !== undefined && pinned !== listed) {
    throw new PipelineError(
      'DIGEST_MISMATCH',
      `packer-sha256 is ${pinned}, but ${signedBy === undefined ? '' : 'the signed '}SHA256SUMS lists ${listed} for ${rel.zipName}`,
      {
        input: 'packer-sha256',
        hint: latest
          ? `packer-version latest is now ${rel.version}, and a pin fits one release: set packer-version to the release the pin belongs to, or drop the pin and rely on the signature.`
          : 'Update the pin to the published sum if you changed packer-version; otherwise treat the release site answer as suspect.',
      },
    );
  }
  return signedBy === undefined ? { sum: listed } : { sum: listed, signedBy };
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

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
