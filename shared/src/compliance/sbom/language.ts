/**
 * Language packages (npm, PyPI, Maven, Go modules), from files that are not
 * package databases: manifests, Java archives, Go binaries. The scan hands
 * each such file's bytes to `deriveLanguage` as it passes (ScanOptions.derive)
 * and keeps only the records found, so jars and binaries are read in the same
 * pass as the rules and never kept; `languagePackages` turns the records of
 * the files the image ends up with into packages, each attributed to the
 * layer of the file that evidences it.
 */
import { PipelineError } from '../../errors.js';
import type { FsIndex } from '../../layers/fs-index.js';
import { GoBuildInfoReader, goBuildInfo, goSemver, type GoBuildInfo } from './go-buildinfo.js';
import { fflateLoaded, isJavaArchive, jarArtifacts, loadFflate } from './maven.js';
import { isNpmManifest, parseNpmManifest, type LanguageRecord } from './npm.js';
import type { Ecosystem, Package } from './package.js';
import { purlOf } from './purl.js';
import { isPythonMetadata, parsePythonMetadata, pep503 } from './python.js';

/** Largest manifest (package.json, METADATA) read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Largest Java archive or executable read (kubectl-sized Go binaries are ~50 MB); the body is held while it is summarised. */
const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Most bytes the scan hands to the language catalogers per image. */
const MAX_LANGUAGE_BYTES = 1024 * 1024 * 1024;
/** Executables smaller than this are not Go binaries (a stripped hello-world is ~1.2 MB): skipping them spares the scan most of /usr/bin. */
const MIN_GO_BYTES = 512 * 1024;

interface Found {
  ecosystem: Exclude<Ecosystem, 'deb' | 'apk' | 'rpm'>;
  records: LanguageRecord[];
}

/**
 * A Java archive the scan met before fflate was loaded (maven.ts): its body, read by settleLanguage once the
 * scan is done. Only the archives of the first moments wait so (the first one starts the load); the later
 * ones are read as they pass, so an image of many jars does not hold them all.
 */
interface PendingJar {
  ecosystem: 'maven';
  pendingJar: Buffer;
}

const isPending = (v: unknown): v is PendingJar => typeof v === 'object' && v !== null && 'pendingJar' in v;

const isExecutable = (mode: number): boolean => (mode & 0o111) !== 0;

/** Whether the scan should hand this file to deriveLanguage (asked for every regular file: cheap tests first). */
export function languageWants(path: string, size: number, mode: number): boolean {
  if (size <= MAX_MANIFEST_BYTES && (isNpmManifest(path) || isPythonMetadata(path))) return true;
  if (size > MAX_ARCHIVE_BYTES) return false;
  return isJavaArchive(path) || (size >= MIN_GO_BYTES && isExecutable(mode));
}

/** The records one file evidences; undefined when it evidences none. A Java archive needs fflate loaded (loadFflate). */
export function deriveLanguage(path: string, body: Buffer): Found | undefined {
  const found = ((): Found | undefined => {
    if (isNpmManifest(path)) {
      const r = parseNpmManifest(body.toString('utf8'));
      return r === undefined ? undefined : { ecosystem: 'npm', records: [r] };
    }
    if (isPythonMetadata(path)) {
      const r = parsePythonMetadata(body.toString('utf8'));
      return r === undefined ? undefined : { ecosystem: 'pypi', records: [r] };
    }
    if (isJavaArchive(path)) return { ecosystem: 'maven', records: jarArtifacts(body) };
    return goFound(goBuildInfo(body));
  })();
  return found === undefined || found.records.length === 0 ? undefined : found;
}

/**
 * OSV's name for the Go standard library: its Go advisories (net/http, crypto/tls...)
 * are filed under the package "stdlib", versioned by goSemver (1.21.5, no `go`).
 * The purl is therefore pkg:golang/stdlib@1.21.5, what syft and trivy emit too
 * (cyclonedx-gomod's pkg:golang/std is the module's name, which no advisory uses):
 * a scanner matching by purl finds the same advisories we do.
 */
const GO_STDLIB = 'stdlib';

function goFound(info: GoBuildInfo | undefined): Found | undefined {
  if (info === undefined) return undefined;
  const modules = info.main === undefined ? info.deps : [info.main, ...info.deps];
  const records: LanguageRecord[] = modules.map((m) => ({ name: m.path, version: m.version }));
  // Every Go binary links the standard library it was built with (even one built without modules).
  const std = goSemver(info.goVersion);
  if (std !== undefined) records.push({ name: GO_STDLIB, version: std });
  return records.length === 0 ? undefined : { ecosystem: 'golang', records };
}

/** Executables are read as they stream (ScanOptions.derive.stream): only a Go binary's build info is held, never the binary (up to 64 MiB). */
function streamLanguage(path: string): { write: (chunk: Buffer) => void; end: () => Found | undefined } | undefined {
  if (isNpmManifest(path) || isPythonMetadata(path) || isJavaArchive(path)) return undefined;
  const reader = new GoBuildInfoReader();
  return { write: (chunk) => reader.write(chunk), end: () => goFound(reader.end()) };
}

/** The scan's derive: deriveLanguage, but a Java archive met before fflate is loaded waits for settleLanguage (PendingJar). */
function deriveOrDefer(path: string, body: Buffer): Found | PendingJar | undefined {
  if (isJavaArchive(path) && !fflateLoaded()) {
    // Not awaited here (the scan's derive is synchronous): settleLanguage awaits it, and reports a failed load.
    loadFflate().catch(() => undefined);
    // A copy: the scan may reuse the buffer it handed over.
    return { ecosystem: 'maven', pendingJar: Buffer.from(body) };
  }
  return deriveLanguage(path, body);
}

/** The scan options that feed the language catalogers. */
export const languageDerive = {
  wants: languageWants,
  derive: deriveOrDefer,
  stream: streamLanguage,
  maxFileBytes: MAX_ARCHIVE_BYTES,
  maxTotalBytes: MAX_LANGUAGE_BYTES,
};

/**
 * Reads the Java archives the scan deferred (PendingJar), after loading fflate, and stores what deriveLanguage
 * would have: the records, or nothing when the archive declares none. Call it once the scan is done, before
 * languagePackages (checkImage does).
 */
export async function settleLanguage(fs: FsIndex): Promise<void> {
  for (const [path, { layer, value }] of fs.derived) {
    if (!isPending(value)) continue;
    await loadFflate();
    const records = jarArtifacts(value.pendingJar);
    if (records.length === 0) fs.derived.delete(path);
    else fs.derived.set(path, { layer, value: { ecosystem: 'maven', records } satisfies Found });
  }
}

/** What the purl says for a record: PEP 503 names for PyPI; no version for a Go main module built from a checkout (`(devel)` is no version). */
function purlName(ecosystem: Found['ecosystem'], r: LanguageRecord): { name: string; version: string } {
  if (ecosystem === 'pypi') return { name: pep503(r.name), version: r.version };
  if (ecosystem === 'golang' && r.version === '(devel)') return { name: r.name, version: '' };
  return r;
}

/** The language packages of the files the image ends up with (a file removed or replaced by a later layer no longer counts). */
export function languagePackages(fs: FsIndex, layerDigest: (index: number) => string): Package[] {
  const out: Package[] = [];
  for (const [path, { layer, value }] of fs.derived) {
    const node = fs.get(path);
    if (node?.type !== 'file' || node.layer !== layer) continue;
    if (isPending(value)) throw new PipelineError('INTERNAL', `${path}: a Java archive the scan deferred was not read: call settleLanguage() before catalog()`);
    // The scan stores what deriveLanguage returned (languageDerive): nothing else writes FsIndex.derived here.
    const found = value as Found;
    for (const r of found.records) {
      out.push({
        ecosystem: found.ecosystem,
        name: r.name,
        version: r.version,
        ...(r.license === undefined ? {} : { license: r.license }),
        purl: purlOf({ ecosystem: found.ecosystem, ...purlName(found.ecosystem, r) }),
        layer: { index: layer, digest: layerDigest(layer) },
        locations: [path],
      });
    }
  }
  return out;
}
