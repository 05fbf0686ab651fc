/**
 * container-structure-test's file existence, file content, metadata and
 * license tests, evaluated against the file-system index and config without
 * running anything. Semantics follow CST: paths are followed through
 * symlinks (inside the image root only), permissions compare with Go's mode
 * string, regexes are matched anywhere in the text.
 */
import type { ContentReader } from '../../layers/contents.js';
import type { FsNode } from '../../layers/fs-index.js';
import { dataNode, resolvePath } from '../../layers/resolve.js';
import type { TestOutcome } from '../finding.js';
import type { ImageView } from '../image-view.js';
import type { EnvVar, FileContentTest, FileExistenceTest, LicenseTest, LoadedPolicy, MetadataTest } from '../policy-types.js';
import { compileRegex } from '../regex.js';
import { goFileMode } from './file-mode.js';

const matches = (re: string, text: string): boolean => {
  const r = compileRegex(re);
  return r.ok && r.value.test(text);
};

function timed(kind: TestOutcome['kind'], name: string, line: number | undefined, body: () => string[]): TestOutcome {
  const t0 = performance.now();
  const failures = body();
  const out: TestOutcome = { kind, name, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
  if (line !== undefined) out.line = line;
  return out;
}

export function fileExistence(view: ImageView, t: FileExistenceTest, line?: number): TestOutcome {
  return timed('fileExistence', t.name, line, () => {
    const shouldExist = t.shouldExist ?? true;
    const r = resolvePath(view.fs, t.path);
    if (r.kind === 'escape') return [`${t.path}: the link ${r.link} -> ${r.target} points out of the image root; not followed`];
    if (r.kind === 'loop') return [`${t.path}: too many levels of symbolic links at ${r.link}`];
    if (r.kind === 'missing') return shouldExist ? [`expected ${t.path} to exist, it does not`] : [];
    if (!shouldExist) return [`expected ${t.path} not to exist, it does (${goFileMode(r.node)})`];
    const node: FsNode = dataNode(view.fs, r.node) ?? r.node;
    const failures: string[] = [];
    const mode = goFileMode(node);
    if (t.permissions !== undefined && t.permissions !== mode) failures.push(`${t.path}: expected permissions ${t.permissions}, got ${mode}`);
    if (t.uid !== undefined && t.uid !== node.uid) failures.push(`${t.path}: expected uid ${t.uid}, got ${node.uid}`);
    if (t.gid !== undefined && t.gid !== node.gid) failures.push(`${t.path}: expected gid ${t.gid}, got ${node.gid}`);
    if (t.isExecutableBy !== undefined) {
      const bits = { owner: 0o100, group: 0o010, other: 0o001, any: 0o111 }[t.isExecutableBy];
      if ((node.mode & bits) === 0) failures.push(`${t.path}: expected it to be executable by ${t.isExecutableBy}, got ${mode}`);
    }
    return failures;
  });
}

export async function fileContents(reader: ContentReader, tests: readonly FileContentTest[], lineOf: (i: number) => number | undefined): Promise<TestOutcome[]> {
  const reads = await reader.readMany(tests.map((t) => t.path));
  return tests.map((t, i) =>
    timed('fileContent', t.name, lineOf(i), () => {
      const r = reads.get(t.path);
      if (r === undefined || r.kind === 'missing') return [`expected ${t.path} to exist, it does not`];
      if (r.kind === 'escape') return [`${t.path}: the link ${r.link} -> ${r.target} points out of the image root; not followed`];
      if (r.kind === 'loop') return [`${t.path}: too many levels of symbolic links at ${r.link}`];
      if (r.kind === 'not-a-file') return [`expected ${t.path} to be a file, it is a ${r.node.type}`];
      if (r.kind === 'too-large') return [`${t.path} is ${r.node.size} bytes, larger than the 16 MiB a content test reads`];
      const text = r.content.toString('utf8');
      const failures: string[] = [];
      for (const re of t.expectedContents ?? []) if (!matches(re, text)) failures.push(`${t.path}: expected contents to match '${re}', they do not`);
      for (const re of t.excludedContents ?? []) if (matches(re, text)) failures.push(`${t.path}: expected contents not to match '${re}', they do`);
      return failures;
    }),
  );
}

const envMap = (env: readonly string[] | undefined): Map<string, string> => new Map((env ?? []).map((e) => [e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('=')), e.indexOf('=') < 0 ? '' : e.slice(e.indexOf('=') + 1)]));

const listText = (l: readonly string[] | null | undefined): string => (l === undefined || l === null ? '[]' : JSON.stringify(l));

export function metadata(view: ImageView, t: MetadataTest, line?: number): TestOutcome {
  return timed('metadata', 'Metadata Test', line, () => {
    const c = view.container;
    const failures: string[] = [];
    const env = envMap(c.Env);
    const kv = (what: string, have: Map<string, string>, want: readonly EnvVar[] | undefined): void => {
      for (const v of want ?? []) {
        const got = have.get(v.key);
        if (got === undefined) failures.push(`expected ${what} ${v.key} to be set, it is not`);
        else if (v.isRegex === true ? !matches(v.value, got) : got !== v.value) failures.push(`expected ${what} ${v.key} ${v.isRegex === true ? 'to match' : 'to be'} '${v.value}', got '${got}'`);
      }
    };
    kv('env var', env, t.envVars);
    kv('label', new Map(Object.entries(c.Labels ?? {})), t.labels);
    for (const k of t.unboundEnvVars ?? []) if (env.has(k)) failures.push(`expected env var ${k} not to be set, it is '${env.get(k) ?? ''}'`);
    const ports = Object.keys(c.ExposedPorts ?? {});
    const hasPort = (p: string): boolean => ports.some((x) => x === p || x === `${p}/tcp` || x.split('/')[0] === p);
    for (const p of t.exposedPorts ?? []) if (!hasPort(p)) failures.push(`expected port ${p} to be exposed, exposed: ${ports.join(', ') || 'none'}`);
    for (const p of t.unexposedPorts ?? []) if (hasPort(p)) failures.push(`expected port ${p} not to be exposed, it is`);
    const volumes = Object.keys(c.Volumes ?? {});
    for (const v of t.volumes ?? []) if (!volumes.includes(v)) failures.push(`expected volume ${v}, volumes: ${volumes.join(', ') || 'none'}`);
    for (const v of t.unmountedVolumes ?? []) if (volumes.includes(v)) failures.push(`expected no volume ${v}, there is one`);
    if (t.entrypoint !== undefined && listText(t.entrypoint) !== listText(c.Entrypoint)) failures.push(`expected entrypoint ${listText(t.entrypoint)}, got ${listText(c.Entrypoint)}`);
    if (t.cmd !== undefined && listText(t.cmd) !== listText(c.Cmd)) failures.push(`expected cmd ${listText(t.cmd)}, got ${listText(c.Cmd)}`);
    if (t.workdir !== undefined && t.workdir !== (c.WorkingDir ?? '')) failures.push(`expected workdir '${t.workdir}', got '${c.WorkingDir ?? ''}'`);
    if (t.user !== undefined && t.user !== (c.User ?? '')) failures.push(`expected user '${t.user}', got '${c.User ?? ''}'`);
    return failures;
  });
}

/** Licences a distributable image must not carry (container-structure-test keeps a similar list). */
const BANNED_LICENSES = [/GNU AFFERO GENERAL PUBLIC LICENSE/i, /\bAGPL-?3/, /Server Side Public License/i, /\bSSPL\b/, /Commons Clause/i, /CC-BY-NC/i, /Creative Commons Attribution-NonCommercial/i];

export async function licenses(view: ImageView, reader: ContentReader, t: LicenseTest, index: number, line?: number): Promise<TestOutcome> {
  const t0 = performance.now();
  const failures: string[] = [];
  const files = [...(t.files ?? [])];
  if (t.debian === true) {
    const doc = view.fs.get('/usr/share/doc');
    if (doc?.type !== 'dir') failures.push('expected /usr/share/doc (Debian package docs), it does not exist');
    for (const pkg of doc?.children?.values() ?? []) {
      if (pkg.type !== 'dir') continue;
      const copyright = `${pkg.path}/copyright`;
      const r = resolvePath(view.fs, copyright);
      if (r.kind !== 'found') failures.push(`expected ${copyright} (every Debian package ships its licence), it is missing`);
      else files.push(copyright);
    }
  }
  const reads = await reader.readMany(files);
  for (const f of files) {
    const r = reads.get(f);
    if (r?.kind !== 'content') {
      if ((t.files ?? []).includes(f)) failures.push(`expected licence file ${f} to exist, it does not`);
      continue;
    }
    const text = r.content.toString('utf8');
    const banned = BANNED_LICENSES.find((re) => re.test(text));
    if (banned !== undefined) failures.push(`${f} carries a licence not allowed in a distributed image (${banned.source.replace(/\\b|\\/g, '')})`);
  }
  const out: TestOutcome = { kind: 'license', name: `License Test ${index + 1}`, passed: failures.length === 0, failures, durationMs: performance.now() - t0 };
  if (line !== undefined) out.line = line;
  return out;
}

export type { LoadedPolicy };
