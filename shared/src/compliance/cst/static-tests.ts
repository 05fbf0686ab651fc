/**
 * container-structure-test's file existence, file content, metadata and
 * license tests, evaluated against the file-system index and config without
 * running anything. The verdicts are CST's (pkg/types/v2/*.go) as its default
 * docker driver (pkg/drivers/docker_driver.go) sees the image:
 * - fileExistence: the path is `$VAR`-expanded from the image env, then
 *   looked at like Lstat: links in parent directories are followed, the last
 *   component is not, so `permissions` of a link is `Lrwxrwxrwx`; Docker's
 *   init-layer files are there (cst/init-layer.ts);
 * - fileContent: the path as written (CST does not expand it), links followed;
 * - regexes are Go's (regex.ts), matched anywhere in the text;
 * - metadata: exposed ports compared by number only, as the driver strips the
 *   protocol; an empty workdir/user is not checked;
 * - licences: CST's word list and package allow-list (licenses.go).
 * Inside the image root only: a link that climbs above it is reported, never
 * followed.
 */
import type { ContentReader } from '../../layers/contents.js';
import type { FsNode } from '../../layers/fs-index.js';
import { joinPath, splitPath } from '../../layers/image-path.js';
import { dataNode, resolvePath, type Resolved } from '../../layers/resolve.js';
import type { TestOutcome } from '../finding.js';
import type { ImageView } from '../image-view.js';
import type { EnvVar, FileContentTest, FileExistenceTest, LicenseTest, LoadedPolicy, MetadataTest } from '../policy-types.js';
import { preview, printable } from '../../preview.js';
import { goFileMode } from './file-mode.js';
import { envMapOf, goExpand, withGlobalEnv } from './go-expand.js';
import { initLayerNode } from './init-layer.js';
import { compilePolicyRegex } from './regex-engine.js';

/**
 * Go's MatchString. The loader refuses a pattern RE2 cannot compile; should
 * one reach here, CST's verdict applies: the check fails, whether the pattern
 * was expected or excluded (utils.CompileAndRunRegex returns false).
 */
const regexCheck = (re: string, text: string | Uint8Array, shouldMatch: boolean): boolean => {
  const r = compilePolicyRegex(re);
  return r.ok && r.value.test(text) === shouldMatch;
};

function timed(kind: TestOutcome['kind'], name: string, line: number | undefined, body: () => string[]): TestOutcome {
  const t0 = performance.now();
  const failures = body();
  const out: TestOutcome = { kind, name, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
  if (line !== undefined) out.line = line;
  return out;
}

/** How much of a value from the image (untrusted, maybe secret) a failure may show. */
const PREVIEW = { max: 80 };
/** A list from the image config (ports, volumes, a command line), joined. */
const LIST_PREVIEW = { max: 160 };

const cleanPath = (p: string): string => joinPath(splitPath(p) ?? []);

/**
 * What CST's docker driver finds at a path (StatFile): the archive API's
 * entry, parents resolved and the last component not; init-layer files added.
 * StatFile only accepts directories, files, hard and symbolic links: a device
 * node or FIFO is "not found".
 */
function lstat(view: ImageView, path: string): Resolved {
  const r = resolvePath(view.fs, path, false);
  if (r.kind === 'found' && (r.node.type === 'char' || r.node.type === 'block' || r.node.type === 'fifo')) return { kind: 'missing', path: r.path };
  if (r.kind !== 'missing') return r;
  const init = initLayerNode(cleanPath(path));
  return init === undefined ? r : { kind: 'found', path: init.path, node: init };
}

export function fileExistence(view: ImageView, t: FileExistenceTest, line?: number): TestOutcome {
  return timed('fileExistence', t.name, line, () => {
    const shouldExist = t.shouldExist ?? true;
    const env = withGlobalEnv(envMapOf(view.container.Env), t.globalEnv ?? []);
    const path = t.expandPath === false ? t.path : goExpand(t.path, (k) => env.get(k));
    const shown = path === t.path ? t.path : `${t.path} (${path})`;
    if (path === '') return [`expected a file path, got '${t.path}'`];
    const r = lstat(view, path);
    if (r.kind === 'loop') return [`${shown}: too many levels of symbolic links at ${printable(r.link)}`];
    if (r.kind === 'missing') return shouldExist ? [`expected ${shown} to exist, got nothing there`] : [];
    if (!shouldExist) return [`expected ${shown} not to exist, got ${goFileMode(r.node)}`];
    const node: FsNode = dataNode(view.fs, r.node) ?? r.node;
    const failures: string[] = [];
    const mode = goFileMode(node);
    if (t.permissions !== undefined && t.permissions !== '' && t.permissions !== mode)
      failures.push(`${shown}: expected permissions ${t.permissions}, got ${mode}`);
    if (t.isExecutableBy !== undefined) {
      const bits = { owner: 0o100, group: 0o010, other: 0o001, any: 0o111 }[t.isExecutableBy];
      if ((node.mode & bits) === 0) failures.push(`${shown}: expected it to be executable by ${t.isExecutableBy}, got ${mode}`);
    }
    // -1 is CST's "not checked" (its default when the field is absent).
    if (t.uid !== undefined && t.uid !== -1 && t.uid !== node.uid) failures.push(`${shown}: expected uid ${t.uid}, got ${node.uid}`);
    if (t.gid !== undefined && t.gid !== -1 && t.gid !== node.gid) failures.push(`${shown}: expected gid ${t.gid}, got ${node.gid}`);
    return failures;
  });
}

export async function fileContents(
  reader: ContentReader,
  tests: readonly FileContentTest[],
  lineOf: (i: number) => number | undefined,
): Promise<TestOutcome[]> {
  const reads = await reader.readMany(tests.map((t) => t.path).filter((p) => p !== ''));
  return tests.map((t, i) =>
    timed('fileContent', t.name, lineOf(i), () => {
      if (t.path === '') return [`expected a file path, got ''`];
      const r = reads.get(t.path);
      let content: Buffer;
      if (r === undefined || r.kind === 'missing') {
        // An init-layer file the image lacks reads as empty under Docker.
        const init = initLayerNode(cleanPath(t.path));
        if (init?.type !== 'file') return [`expected ${t.path} to exist, got nothing there`];
        content = Buffer.alloc(0);
      } else if (r.kind === 'loop') return [`${t.path}: too many levels of symbolic links at ${printable(r.link)}`];
      else if (r.kind === 'not-a-file') return [`expected ${t.path} to be a file, got a ${r.node.type}`];
      else if (r.kind === 'too-large') return [`expected ${t.path} to fit the 16 MiB a content test reads, got ${r.node.size} bytes`];
      else content = r.content;
      const failures: string[] = [];
      for (const re of t.expectedContents ?? [])
        if (!regexCheck(re, content, true)) failures.push(`${t.path}: expected contents to match '${re}', got no match`);
      for (const re of t.excludedContents ?? [])
        if (!regexCheck(re, content, false)) failures.push(`${t.path}: expected contents not to match '${re}', got a match`);
      return failures;
    }),
  );
}

const listText = (l: readonly string[] | null | undefined): string => (l === undefined || l === null ? '[]' : JSON.stringify(l));

/** Ports as CST's drivers list them: the number only, `/tcp` or `/udp` dropped. */
const portNumbers = (exposed: Record<string, unknown> | null | undefined): string[] => Object.keys(exposed ?? {}).map((p) => p.split('/')[0] as string);

export function metadata(view: ImageView, t: MetadataTest, line?: number): TestOutcome {
  return timed('metadata', 'Metadata Test', line, () => {
    const c = view.container;
    const failures: string[] = [];
    // CST's Validate: an empty key, port or volume fails the test before anything is compared.
    for (const v of t.envVars ?? []) if (v.key === '') failures.push("expected an env var key, got ''");
    for (const v of t.labels ?? []) if (v.key === '') failures.push("expected a label key, got ''");
    for (const p of t.exposedPorts ?? []) if (p === '') failures.push("expected a port, got ''");
    for (const v of t.volumes ?? []) if (v === '') failures.push("expected a volume, got ''");
    if (failures.length > 0) return failures;
    const env = envMapOf(c.Env);
    const kv = (what: string, have: Map<string, string>, want: readonly EnvVar[] | undefined): void => {
      for (const v of want ?? []) {
        const got = have.get(v.key);
        const value = v.value;
        if (got === undefined) failures.push(`expected ${what} ${v.key} to be set, got none`);
        // The image's value is untrusted and may be a secret: a short redacted preview only.
        else if (v.isRegex === true ? !regexCheck(value, got, true) : got !== value)
          failures.push(`expected ${what} ${v.key} ${v.isRegex === true ? 'to match' : 'to be'} '${value}', got '${preview(got, PREVIEW)}'`);
      }
    };
    kv('env var', env, t.envVars);
    kv('label', new Map(Object.entries(c.Labels ?? {})), t.labels);
    for (const k of t.unboundEnvVars ?? []) if (env.has(k)) failures.push(`expected env var ${k} not to be set, got '${preview(env.get(k) ?? '', PREVIEW)}'`);
    const ports = portNumbers(c.ExposedPorts);
    // Everything below that comes from the image config is untrusted: shown through preview.ts only.
    const shownPorts = preview(Object.keys(c.ExposedPorts ?? {}).join(', '), LIST_PREVIEW) || 'none';
    for (const p of t.exposedPorts ?? []) {
      if (ports.includes(p)) continue;
      const hint = p.includes('/') ? ` (ports are compared by number, as container-structure-test does: write '${p.split('/')[0] ?? p}')` : '';
      failures.push(`expected port ${p} to be exposed, got ${shownPorts}${hint}`);
    }
    for (const p of t.unexposedPorts ?? []) if (ports.includes(p)) failures.push(`expected port ${p} not to be exposed, got ${shownPorts}`);
    const volumes = Object.keys(c.Volumes ?? {});
    const shownVolumes = preview(volumes.join(', '), LIST_PREVIEW) || 'none';
    for (const v of t.volumes ?? []) if (!volumes.includes(v)) failures.push(`expected volume ${v}, got ${shownVolumes}`);
    for (const v of t.unmountedVolumes ?? []) if (volumes.includes(v)) failures.push(`expected no volume ${v}, got ${shownVolumes}`);
    if (t.entrypoint !== undefined && listText(t.entrypoint) !== listText(c.Entrypoint))
      failures.push(`expected entrypoint ${listText(t.entrypoint)}, got ${preview(listText(c.Entrypoint), LIST_PREVIEW)}`);
    if (t.cmd !== undefined && listText(t.cmd) !== listText(c.Cmd))
      failures.push(`expected cmd ${listText(t.cmd)}, got ${preview(listText(c.Cmd), LIST_PREVIEW)}`);
    if (t.workdir !== undefined && t.workdir !== '' && t.workdir !== (c.WorkingDir ?? ''))
      failures.push(`expected workdir '${t.workdir}', got '${preview(c.WorkingDir ?? '', PREVIEW)}'`);
    if (t.user !== undefined && t.user !== '' && t.user !== (c.User ?? '')) failures.push(`expected user '${t.user}', got '${preview(c.User ?? '', PREVIEW)}'`);
    return failures;
  });
}

/**
 * container-structure-test's licence check (pkg/types/v2/licenses.go): a file
 * fails when its text, upper-cased, contains one of these words.
 */
const LICENSE_DENY_WORDS: readonly string[] = ['AGPL', 'WTFPL'];
/** Debian packages the `debian: true` walk skips (CST's whitelist). */
const LICENSE_SKIPPED_PACKAGES: readonly string[] = ['libgnutls30'];
const DEBIAN_DOC = '/usr/share/doc';

export async function licenses(view: ImageView, reader: ContentReader, t: LicenseTest, index: number, line?: number): Promise<TestOutcome> {
  const t0 = performance.now();
  const failures: string[] = [];
  const files: string[] = [];
  if (t.debian === true) {
    // The docker driver lists the folder through the archive API: real directories only, a linked package folder is skipped.
    const doc = resolvePath(view.fs, DEBIAN_DOC, false);
    if (doc.kind !== 'found' || doc.node.type !== 'dir')
      failures.push(`expected ${DEBIAN_DOC} (Debian package docs) to be a directory, got ${doc.kind === 'found' ? `a ${doc.node.type}` : 'nothing'}`);
    else {
      for (const pkg of doc.node.children?.values() ?? []) {
        if (pkg.type !== 'dir' || LICENSE_SKIPPED_PACKAGES.includes(pkg.path.slice(pkg.path.lastIndexOf('/') + 1))) continue;
        const copyright = `${DEBIAN_DOC}/${pkg.path.slice(pkg.path.lastIndexOf('/') + 1)}/copyright`;
        if (lstat(view, copyright).kind !== 'found') failures.push(`expected ${copyright} (every Debian package ships its licence), got nothing there`);
        else files.push(copyright);
      }
    }
  }
  const wanted = [...files, ...(t.files ?? [])];
  const reads = await reader.readMany(wanted.filter((f) => f !== ''));
  for (const f of wanted) {
    const r = f === '' ? undefined : reads.get(f);
    if (r?.kind !== 'content') {
      failures.push(
        `expected licence file ${f === '' ? "''" : f} to be readable, got ${r === undefined ? 'no path' : r.kind === 'not-a-file' ? `a ${r.node.type}` : r.kind}`,
      );
      continue;
    }
    const text = r.content.toString('utf8').toUpperCase();
    const word = LICENSE_DENY_WORDS.find((w) => text.includes(w));
    if (word !== undefined) failures.push(`expected ${f} to name no licence in ${LICENSE_DENY_WORDS.join(', ')}, got '${word}'`);
  }
  const out: TestOutcome = { kind: 'license', name: `License Test ${index + 1}`, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
  if (line !== undefined) out.line = line;
  return out;
}

export type { LoadedPolicy };
