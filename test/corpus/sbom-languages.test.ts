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
 * The languages image is built here from Debian packages: python3-* (dist-info
 * and egg-info under /usr/lib/python3/dist-packages), libcommons-*-java
 * (jars with pom.properties), fzf (a Go binary Debian builds in GOPATH mode:
 * build info with a path but no module, so nothing to list) and a program
 * built in module mode with its dependencies vendored from Debian's
 * golang-*-dev sources (build info with its module and dependencies). The npm
 * side uses the corpus's Node.js application image (npm install from the
 * registry). Debian's node-* packages keep their manifests in
 * /usr/share/nodejs, not node_modules: they are listed as deb packages only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import type { Ecosystem, Sbom } from '../../shared/src/compliance/sbom/package.js';
import { run } from '../../shared/src/process.js';
import { debianImage, type DebianImageSpec } from '../support/debian-image.js';
import { REAL_WORLD } from './real-world.js';

const BUILD_TIMEOUT = 40 * 60_000;

/** Module mode with vendored dependencies (Debian's golang-*-dev sources at their Debian versions), the way many Go projects ship. */
const GO_PROGRAM = `set -e
mkdir -p /opt/langdemo/src && cd /opt/langdemo/src
printf 'module example.com/langdemo\\n\\ngo 1.19\\n\\nrequire (\\n\\tgithub.com/google/uuid v1.3.0\\n\\tgolang.org/x/text v0.7.0\\n)\\n' > go.mod
printf 'package main\\n\\nimport (\\n\\t"fmt"\\n\\n\\t"github.com/google/uuid"\\n\\t"golang.org/x/text/language"\\n)\\n\\nfunc main() { fmt.Println(language.English, uuid.NewString()) }\\n' > main.go
mkdir -p vendor/github.com/google vendor/golang.org/x
cp -r /usr/share/gocode/src/github.com/google/uuid vendor/github.com/google/uuid
cp -r /usr/share/gocode/src/golang.org/x/text vendor/golang.org/x/text
printf '# github.com/google/uuid v1.3.0\\n## explicit\\ngithub.com/google/uuid\\n# golang.org/x/text v0.7.0\\n## explicit; go 1.17\\ngolang.org/x/text/internal/language\\ngolang.org/x/text/internal/language/compact\\ngolang.org/x/text/internal/tag\\ngolang.org/x/text/language\\n' > vendor/modules.txt
GOFLAGS=-mod=vendor GOCACHE=/tmp/gocache CGO_ENABLED=0 go build -trimpath -o /opt/langdemo/langdemo .
cd / && rm -rf /opt/langdemo/src /tmp/gocache /root/.cache`;

const LANGUAGES: DebianImageSpec = {
  name: 'corpus-languages',
  packages: [
    'python3-requests',
    'python3-yaml',
    'python3-attr',
    'node-semver',
    'libcommons-lang3-java',
    'libcommons-io-java',
    'fzf',
    'golang-go',
    'golang-golang-x-text-dev',
    'golang-github-google-uuid-dev',
  ],
  run: GO_PROGRAM,
  config: { user: 'nobody', cmd: ['/opt/langdemo/langdemo'] },
};
const NODE_APP = REAL_WORLD.find((c) => c.spec.name === 'corpus-node-app')?.spec as DebianImageSpec;

interface Unpacked {
  sbom: Sbom;
  rootfs: string;
}

async function mustRun(cmd: string, args: readonly string[], opts: { cwd?: string } = {}): Promise<string> {
  const r = await run(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}

/** The image's SBOM (from the layers) and its root file system (unpacked by umoci, an independent reader). */
async function unpacked(spec: DebianImageSpec, work: string): Promise<Unpacked> {
  const image = await debianImage(spec);
  const sbom = (await checkImage({ image: image.layout, policy: defaultPolicy(), rules: ['none'] })).sbom;
  const rootfs = path.join(work, spec.name);
  await mustRun('umoci', ['raw', 'unpack', '--image', `${image.layout}:${image.tag}`, rootfs]);
  return { sbom, rootfs };
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

/** `file module version` for each module `go version -m` names (main module and dependencies), file relative to the root. */
function goModules(output: string, rootfs: string): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (!line.startsWith('\t')) {
      const m = /^(.*): go[0-9.]+\S*$/.exec(line);
      if (m !== null) file = (m[1] as string).slice(rootfs.length);
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
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sbom-languages-'));
});
afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('a Debian image of language packages', () => {
  let img: Unpacked;
  beforeAll(async () => {
    img = await unpacked(LANGUAGES, work);
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
      '/opt/langdemo/langdemo example.com/langdemo (devel)',
      '/opt/langdemo/langdemo github.com/google/uuid v1.3.0',
      '/opt/langdemo/langdemo golang.org/x/text v0.7.0',
    ]);
    const golang = img.sbom.packages.filter((p) => p.ecosystem === 'golang');
    expect(golang.map((p) => `${p.locations[0]} ${p.name} ${p.version}`).sort()).toEqual(truth);
    // fzf and the Go toolchain's own commands are Go binaries whose build info names no module (GOPATH mode): listed by go version, with no module.
    expect(report).toContain(`${img.rootfs}/usr/bin/fzf: go`);
    expect(report).toMatch(/\n\tpath\tgithub\.com\/junegunn\/fzf\n/);
    // The program was built in the run step's layer (2), after the packages' layer (1).
    for (const p of golang) expect(p.layer.index).toBe(2);
    expect(golang.find((p) => p.name === 'golang.org/x/text')?.purl).toBe('pkg:golang/golang.org/x/text@v0.7.0');
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

  it("lists no npm package for Debian's node-* packages (their manifests are in /usr/share/nodejs, not node_modules), only the deb", async () => {
    const manifest = JSON.parse(await readFile(path.join(img.rootfs, 'usr/share/nodejs/semver/package.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('semver');
    const roots = (await mustRun('find', [img.rootfs, '-path', '*/node_modules/*', '-name', 'package.json'])).trim();
    expect(roots).toBe('');
    expect(ours(img.sbom, 'npm')).toEqual([]);
    expect(img.sbom.packages.find((p) => p.name === 'node-semver')?.ecosystem).toBe('deb');
  });
});

describe('a Node.js application image', () => {
  let img: Unpacked;
  beforeAll(async () => {
    img = await unpacked(NODE_APP, work);
  }, BUILD_TIMEOUT);

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
