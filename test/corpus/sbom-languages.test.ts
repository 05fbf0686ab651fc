/**
 * The SBOM's language packages (issue 12) against what each ecosystem's own
 * tool says about a real image, 100% recall and precision per ecosystem:
 *
 *  - PyPI: the image's own Python, `importlib.metadata.distributions()` run
 *    inside the unpacked root file system (chroot), so the answer comes from
 *    the image's interpreter over the image's own sys.path, not from the
 *    host's Python or its version;
 *  - Go: `go version -m <rootfs>` (the Go toolchain's reader of build info,
 *    walking every executable): the main module and each dependency;
 *  - Maven: `unzip` lists each jar's META-INF/maven/<group>/<artifact>/pom.properties
 *    and prints it;
 *  - npm: each package.json at a package root inside node_modules, read as
 *    JSON (npm has no database: the manifests are the truth), cross-checked
 *    against `npm ls --all --parseable --long` in the application folder.
 *
 * The languages image is built here from the fewest Debian packages that
 * cover each case: python3-requests and python3-yaml (egg-info and dist-info
 * under /usr/lib/python3/dist-packages), libcommons-lang3-java and
 * libcommons-io-java (two jars with pom.properties), fzf (a Go binary Debian
 * builds in GOPATH mode: build info with a path but no module, so nothing to
 * list), plus a Go program built in module mode on the host, by the host's Go
 * (scripts/ensure-deps.sh installs it for `go version -m` anyway), with two
 * small dependencies vendored from this file, and copied in as its own layer:
 * so the image carries no Go toolchain. The npm side uses the corpus's Node.js
 * application image (npm install from the registry), which also holds
 * Debian's node-* packages (node-acorn, a dependency of libnode): they keep
 * their manifests in /usr/share/nodejs, not node_modules, and are listed as
 * deb packages only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import type { Ecosystem, Sbom } from '../../shared/src/compliance/sbom/package.js';
import { run } from '../../shared/src/process.js';
import { cacheRoot, debianImage, type DebianImageSpec } from '../support/debian-image.js';
import { REAL_WORLD } from './real-world.js';

const BUILD_TIMEOUT = 40 * 60_000;

/**
 * A program in module mode with its dependencies vendored, the way many Go
 * projects ship: two small modules written here (one with a major-version
 * suffix and its package in a subfolder), so no package beyond the host's Go
 * is needed.
 */
const GO_SOURCES: Record<string, string> = {
  'go.mod': 'module example.com/langdemo\n\ngo 1.19\n\nrequire (\n\texample.com/greet v1.4.2\n\texample.org/palette/v2 v2.0.1\n)\n',
  'main.go':
    'package main\n\nimport (\n\t"os"\n\n\t"example.com/greet"\n\t"example.org/palette/v2/ansi"\n)\n\nfunc main() { os.Stdout.WriteString(ansi.Bold(greet.Hello("image")) + "\\n") }\n',
  'vendor/example.com/greet/greet.go':
    '// Package greet says hello.\npackage greet\n\n// Hello greets who.\nfunc Hello(who string) string { return "hello, " + who }\n',
  'vendor/example.org/palette/v2/ansi/ansi.go':
    '// Package ansi wraps text in ANSI escapes.\npackage ansi\n\n// Bold makes s bold on a terminal.\nfunc Bold(s string) string { return "\\x1b[1m" + s + "\\x1b[0m" }\n',
  'vendor/modules.txt':
    '# example.com/greet v1.4.2\n## explicit\nexample.com/greet\n# example.org/palette/v2 v2.0.1\n## explicit; go 1.18\nexample.org/palette/v2/ansi\n',
};

/**
 * The Go program's binary, built by the host's Go. Built in one fixed folder
 * (beside the image cache) rather than with -trimpath: the paths it embeds are
 * then the same on every run, so is the binary and with it the image's cache
 * key, and the toolchain's precompiled standard library is used as it is
 * (-trimpath would compile it again, 15+ s of CPU on a cold cache).
 */
async function goProgram(out: string): Promise<Buffer> {
  const dir = path.join(cacheRoot(), 'go-langdemo');
  for (const [file, text] of Object.entries(GO_SOURCES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const env = {
    ...process.env,
    CGO_ENABLED: '0',
    GO111MODULE: 'on',
    GOFLAGS: '',
    GOENV: 'off',
    GOWORK: 'off',
    GOPROXY: 'off',
    GOPATH: path.join(dir, '.gopath'),
    GOCACHE: path.join(dir, '.cache'),
  };
  await mustRun('go', ['build', '-mod=vendor', '-buildvcs=false', '-o', out, '.'], { cwd: dir, env });
  return readFile(out);
}

const languages = (langdemo: Buffer): DebianImageSpec => ({
  name: 'corpus-languages',
  packages: ['python3-requests', 'python3-yaml', 'libcommons-lang3-java', 'libcommons-io-java', 'fzf'],
  files: [{ path: '/opt/langdemo/langdemo', content: langdemo, mode: 0o755 }],
  config: { user: 'nobody', cmd: ['/opt/langdemo/langdemo'] },
});
const NODE_APP = REAL_WORLD.find((c) => c.spec.name === 'corpus-node-app')?.spec as DebianImageSpec;

interface Unpacked {
  sbom: Sbom;
  rootfs: string;
}

async function mustRun(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const r = await run(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

/** The image's SBOM (from the layers) and its root file system (unpacked by umoci, an independent reader), the two read side by side. */
async function unpacked(spec: DebianImageSpec, work: string): Promise<Unpacked> {
  const image = await debianImage(spec);
  const rootfs = path.join(work, spec.name);
  const [result] = await Promise.all([
    checkImage({ image: image.layout, policy: defaultPolicy(), rules: ['none'] }),
    mustRun('umoci', ['raw', 'unpack', '--image', `${image.layout}:${image.tag}`, rootfs]),
  ]);
  return { sbom: result.sbom, rootfs };
}

/** A command run inside the root file system, as root, in its own mount and PID namespaces with its own /proc (nothing stays mounted after it). */
const inRootfs = (rootfs: string, argv: readonly string[]): Promise<string> =>
  mustRun('unshare', ['--mount', '--pid', '--fork', `--mount-proc=${path.join(rootfs, 'proc')}`, 'chroot', rootfs, ...argv]);

/** `name version` of each package of one ecosystem, sorted (duplicates kept: one per evidencing file). */
const ours = (sbom: Sbom, ecosystem: Ecosystem): string[] =>
  sbom.packages
    .filter((p) => p.ecosystem === ecosystem)
    .map((p) => `${p.name} ${p.version}`)
    .sort();

/**
 * `file module version` for each module `go version -m` names (main module and dependencies), file relative to the root,
 * and `file stdlib version` for the Go version on each binary's first line (go1.19.8 -> 1.19.8, OSV's name and spelling).
 */
function goModules(output: string, rootfs: string): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (!line.startsWith('\t')) {
      const m = /^(.*): go([0-9]+\.[0-9]+(?:\.[0-9]+)?)$/.exec(line);
      if (m === null && /^.*: go\S+$/.test(line)) throw new Error(`${line}: a pre-release or vendor toolchain; this test models releases only`);
      if (m !== null) {
        file = (m[1] as string).slice(rootfs.length);
        const v = m[2] as string;
        out.push(`${file} stdlib ${v.split('.').length === 2 ? `${v}.0` : v}`);
      }
      continue;
    }
    const [kind, mod, version] = line.slice(1).split('\t');
    if (kind === '=>') throw new Error(`${file}: a replaced module; this test does not model replacements`);
    if (kind === 'mod' || kind === 'dep') out.push(`${file} ${mod} ${version}`);
  }
  return out.sort();
}

/** `key=value` lines of a .properties file (what pom.properties holds; no continuation lines in Maven's). */
function properties(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#!=:\s][^=:]*?)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m !== null) map.set(m[1] as string, m[2] as string);
  }
  return map;
}

let work: string;
/** Both images are prepared side by side from the start (each describe waits for its own), so one's scan overlaps the other's unpacking. */
const prepared: { languages?: Promise<Unpacked>; nodeApp?: Promise<Unpacked> } = {};
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sbom-languages-'));
  prepared.languages = goProgram(path.join(work, 'langdemo')).then((bin) => unpacked(languages(bin), work));
  prepared.nodeApp = unpacked(NODE_APP, work);
  // Failures surface in the describe that awaits each one.
  for (const p of Object.values(prepared)) p.catch(() => undefined);
});
afterAll(async () => {
  await Promise.allSettled(Object.values(prepared));
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('a Debian image of language packages', () => {
  let img: Unpacked;
  beforeAll(async () => {
    img = await (prepared.languages as Promise<Unpacked>);
  }, BUILD_TIMEOUT);

  it("lists exactly the Python distributions the image's own importlib.metadata finds", async () => {
    const script = 'import importlib.metadata as m\nfor d in m.distributions(): print(d.metadata["Name"], d.version)';
    const truth = (await inRootfs(img.rootfs, ['/usr/bin/python3', '-I', '-c', script])).trim().split('\n').sort();
    expect(truth).toEqual(expect.arrayContaining([expect.stringMatching(/^requests 2\.28\.1$/), expect.stringMatching(/^PyYAML 6\.0$/)]));
    expect(ours(img.sbom, 'pypi')).toEqual(truth);
    for (const p of img.sbom.packages.filter((x) => x.ecosystem === 'pypi')) {
      expect(p.locations[0]).toMatch(/^\/usr\/lib\/python3\/dist-packages\/[^/]+\.(dist-info\/METADATA|egg-info(\/PKG-INFO)?)$/);
      expect(p.purl).toMatch(/^pkg:pypi\/[a-z0-9-]+@/);
    }
  });

  it('lists exactly the modules `go version -m` reads from every Go binary, and nothing for one built without modules', async () => {
    const report = await mustRun('go', ['version', '-m', img.rootfs]);
    const truth = goModules(report, img.rootfs);
    expect(truth).toEqual([
      '/opt/langdemo/langdemo example.com/greet v1.4.2',
      '/opt/langdemo/langdemo example.com/langdemo (devel)',
      '/opt/langdemo/langdemo example.org/palette/v2 v2.0.1',
      expect.stringMatching(/^\/opt\/langdemo\/langdemo stdlib 1\.\d+\.\d+$/),
      expect.stringMatching(/^\/usr\/bin\/fzf stdlib 1\.\d+\.\d+$/),
    ]);
    const golang = img.sbom.packages.filter((p) => p.ecosystem === 'golang');
    expect(golang.map((p) => `${p.locations[0]} ${p.name} ${p.version}`).sort()).toEqual(truth);
    // fzf is a Go binary whose build info names no module (Debian builds it in GOPATH mode): listed by go version, with no module,
    // so only its standard library is cataloged.
    expect(report).toContain(`${img.rootfs}/usr/bin/fzf: go`);
    expect(report).toMatch(/\n\tpath\tgithub\.com\/junegunn\/fzf\n/);
    // The program was copied in the files layer (2), after the packages' layer (1); fzf came with the packages (1).
    for (const p of golang) expect(p.layer.index).toBe(p.locations[0] === '/usr/bin/fzf' ? 1 : 2);
    const std = golang.find((p) => p.name === 'stdlib' && p.locations[0] === '/opt/langdemo/langdemo');
    expect(std?.purl).toBe(`pkg:golang/stdlib@${std?.version ?? ''}`);
    expect(golang.find((p) => p.name === 'example.org/palette/v2')?.purl).toBe('pkg:golang/example.org/palette/v2@v2.0.1');
    expect(golang.find((p) => p.name === 'example.com/langdemo')?.purl).toBe('pkg:golang/example.com/langdemo');
  });

  it('lists exactly the Maven artifacts the pom.properties in every jar name', async () => {
    const jars = (await mustRun('find', [img.rootfs, '-type', 'f', '-name', '*.jar'])).trim().split('\n').filter(Boolean);
    expect(jars.length).toBeGreaterThanOrEqual(2);
    const truth: string[] = [];
    for (const jar of jars) {
      const entries = (await mustRun('unzip', ['-Z1', jar])).split('\n').filter((e) => /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(e));
      for (const entry of entries) {
        const p = properties(await mustRun('unzip', ['-p', jar, entry]));
        truth.push(`${p.get('groupId')}:${p.get('artifactId')} ${p.get('version')}`);
      }
    }
    expect(truth).toEqual(expect.arrayContaining(['org.apache.commons:commons-lang3 3.12.0', 'commons-io:commons-io 2.11.0']));
    expect(ours(img.sbom, 'maven')).toEqual(truth.sort());
    expect(img.sbom.packages.find((p) => p.name === 'org.apache.commons:commons-lang3')?.purl).toBe('pkg:maven/org.apache.commons/commons-lang3@3.12.0');
  });

  it('lists no npm package in an image where no node_modules holds a package.json', async () => {
    const roots = (await mustRun('find', [img.rootfs, '-path', '*/node_modules/*', '-name', 'package.json'])).trim();
    expect(roots).toBe('');
    expect(ours(img.sbom, 'npm')).toEqual([]);
  });
});

describe('a Node.js application image', () => {
  let img: Unpacked;
  beforeAll(async () => {
    img = await (prepared.nodeApp as Promise<Unpacked>);
  }, BUILD_TIMEOUT);

  it("lists no npm package for Debian's node-* packages (their manifests are in /usr/share/nodejs, not node_modules), only the deb", async () => {
    const manifest = JSON.parse(await readFile(path.join(img.rootfs, 'usr/share/nodejs/acorn/package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('acorn');
    expect(img.sbom.packages.filter((p) => p.ecosystem === 'npm' && (p.locations[0] ?? '').startsWith('/usr/share/nodejs/'))).toEqual([]);
    expect(img.sbom.packages.find((p) => p.name === 'node-acorn')?.ecosystem).toBe('deb');
  });

  it('lists exactly the packages whose package.json sits at a package root in node_modules, and what npm ls lists for the app', async () => {
    // Every package.json under a node_modules folder; a package root is node_modules/<name> or node_modules/@scope/<name>.
    const found = (await mustRun('find', [img.rootfs, '-path', '*/node_modules/*', '-name', 'package.json', '-type', 'f'])).trim().split('\n');
    const truth: string[] = [];
    for (const file of found) {
      if (!/\/node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(file)) continue;
      const m = JSON.parse(await readFile(file, 'utf8')) as { name?: unknown; version?: unknown };
      // Without a name and version it is no installable package (npm refuses to publish one).
      if (typeof m.name === 'string' && m.name !== '' && typeof m.version === 'string' && m.version !== '') truth.push(`${m.name} ${m.version}`);
    }
    expect(truth.length).toBeGreaterThan(100);
    expect(ours(img.sbom, 'npm')).toEqual(truth.sort());

    // npm's own answer for the application: each installed package's path, name and version.
    const ls = await inRootfs(img.rootfs, ['/bin/sh', '-c', 'cd /app && /usr/local/bin/npm ls --all --parseable --long']);
    const app = ls
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('/app/node_modules/'))
      .map((l) => {
        const [where, id] = l.split(':') as [string, string];
        return `${where} ${id.replace(/@([^@]*)$/, ' $1')}`;
      })
      .sort();
    expect(app.length).toBeGreaterThan(50);
    const listed = img.sbom.packages
      .filter((p) => p.ecosystem === 'npm' && (p.locations[0] ?? '').startsWith('/app/'))
      .map((p) => `${path.dirname(p.locations[0] ?? '')} ${p.name} ${p.version}`)
      .sort();
    expect(listed).toEqual(app);
  });
});
