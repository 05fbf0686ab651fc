import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { checkImage } from '../../../../shared/src/compliance/check-image.js';
import { toCycloneDx } from '../../../../shared/src/compliance/sbom/cyclonedx.js';
import { toSpdx } from '../../../../shared/src/compliance/sbom/spdx.js';
import { cycloneDxValidator, schemaErrors, spdxValidator } from '../../../support/sbom-schemas.js';
import { languageDerive } from '../../../../shared/src/compliance/sbom/language.js';
import { scanImage } from '../../../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../../shared/src/oci/image.js';
import { OciLayout } from '../../../../shared/src/oci/layout.js';
import { defaultPolicy } from '../../../../shared/src/compliance/policy-load.js';
import { makeLayout } from '../../../support/image-fixture.js';

const json = (v: unknown): string => JSON.stringify(v);
const pom = (g: string, a: string, v: string): Uint8Array => strToU8(`groupId=${g}\nartifactId=${a}\nversion=${v}\n`);
/**
 * The Go release this machine's /usr/bin/skopeo was built with, as the Go toolchain itself reports it
 * (`go version <binary>`: "/usr/bin/skopeo: go1.19.8"), in the semver form the SBOM uses (go1.21 -> 1.21.0).
 */
const SKOPEO_GO = ((): string => {
  const m = /: go(\d+)\.(\d+)(?:\.(\d+))?/.exec(execFileSync('go', ['version', '/usr/bin/skopeo']).toString());
  if (m === null) throw new Error('go version /usr/bin/skopeo printed no Go version');
  return `${m[1]}.${m[2]}.${m[3] ?? '0'}`;
})();
const ESBUILD = path.join(process.cwd(), 'node_modules/@esbuild/linux-x64/bin/esbuild');

async function languageImage(dir: string): Promise<void> {
  const jar = zipSync({
    'META-INF/maven/org.example/demo/pom.properties': pom('org.example', 'demo', '1.0.0'),
    'BOOT-INF/lib/guava.jar': zipSync({ 'META-INF/maven/com.google.guava/guava/pom.properties': pom('com.google.guava', 'guava', '32.1.3-jre') }),
  });
  await makeLayout(dir, {
    gzipLevel: 1,
    layers: [
      {
        files: {
          'app/package.json': json({ name: 'my-app', version: '0.1.0', private: true }),
          'app/node_modules/express/package.json': json({ name: 'express', version: '4.18.2', license: 'MIT' }),
          'app/node_modules/@types/node/package.json': json({ name: '@types/node', version: '20.1.0', license: { type: 'MIT' } }),
          'app/node_modules/express/node_modules/debug/package.json': json({ name: 'debug', version: '2.6.9', license: 'UNLICENSED' }),
          'app/node_modules/express/lib/package.json': json({ name: 'not-a-package', version: '1.0.0' }),
          'app/node_modules/noversion/package.json': json({ name: 'noversion' }),
          'app/node_modules/gone/package.json': json({ name: 'gone', version: '1.0.0' }),
        },
      },
      {
        files: {
          'usr/lib/python3/dist-packages/Foo_Bar-1.0.dist-info/METADATA':
            'Metadata-Version: 2.1\nName: Foo_Bar\nVersion: 1.0\nClassifier: License :: OSI Approved :: MIT License\n',
          'usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO': 'Metadata-Version: 1.0\nName: six\nVersion: 1.16.0\nLicense: MIT\n',
          'opt/app/app.jar': Buffer.from(jar),
          'usr/local/bin/esbuild': await readFile(ESBUILD),
          'usr/bin/skopeo': await readFile('/usr/bin/skopeo'),
        },
      },
      {
        files: {
          // Upgrades @types/node, removes "gone".
          'app/node_modules/@types/node/package.json': json({ name: '@types/node', version: '20.2.0', license: 'MIT' }),
          'app/node_modules/.wh.gone': '',
        },
      },
    ],
  });
}

describe('language packages in the SBOM (through checkImage, one scan)', () => {
  it('lists npm, PyPI, Maven and Go packages with their layer, location and purl, and nothing else', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sbom-lang-'));
    try {
      await languageImage(dir);
      const { sbom, view } = await checkImage({ image: dir, policy: defaultPolicy(), rules: ['none'] });
      const got = sbom.packages.map((p) => ({ purl: p.purl, version: p.version, license: p.license, layer: p.layer.index, at: p.locations }));
      expect(got).toEqual([
        { purl: 'pkg:golang/github.com/evanw/esbuild', version: '(devel)', license: undefined, layer: 1, at: ['/usr/local/bin/esbuild'] },
        {
          purl: 'pkg:golang/golang.org/x/sys@v0.0.0-20220715151400-c0bba94af5f8',
          version: 'v0.0.0-20220715151400-c0bba94af5f8',
          license: undefined,
          layer: 1,
          at: ['/usr/local/bin/esbuild'],
        },
        // skopeo names no module (Debian builds it in GOPATH mode) but links the standard library of its Go release (`go version`);
        // esbuild's build info is found by its sentinels alone, which carry no Go version, so it gets none.
        { purl: `pkg:golang/stdlib@${SKOPEO_GO}`, version: SKOPEO_GO, license: undefined, layer: 1, at: ['/usr/bin/skopeo'] },
        { purl: 'pkg:maven/com.google.guava/guava@32.1.3-jre', version: '32.1.3-jre', license: undefined, layer: 1, at: ['/opt/app/app.jar'] },
        { purl: 'pkg:maven/org.example/demo@1.0.0', version: '1.0.0', license: undefined, layer: 1, at: ['/opt/app/app.jar'] },
        { purl: 'pkg:npm/%40types/node@20.2.0', version: '20.2.0', license: 'MIT', layer: 2, at: ['/app/node_modules/@types/node/package.json'] },
        { purl: 'pkg:npm/debug@2.6.9', version: '2.6.9', license: undefined, layer: 0, at: ['/app/node_modules/express/node_modules/debug/package.json'] },
        { purl: 'pkg:npm/express@4.18.2', version: '4.18.2', license: 'MIT', layer: 0, at: ['/app/node_modules/express/package.json'] },
        { purl: 'pkg:pypi/foo-bar@1.0', version: '1.0', license: 'MIT', layer: 1, at: ['/usr/lib/python3/dist-packages/Foo_Bar-1.0.dist-info/METADATA'] },
        { purl: 'pkg:pypi/six@1.16.0', version: '1.16.0', license: 'MIT', layer: 1, at: ['/usr/lib/python3/dist-packages/six-1.16.0.egg-info/PKG-INFO'] },
      ]);
      expect(sbom.packages.map((p) => p.name)).toContain('Foo_Bar');
      expect(sbom.packages.every((p) => p.distro === undefined && p.layer.digest === view.manifest.layers[p.layer.index]?.digest)).toBe(true);
      // Both writers take language packages (a Go main module without a version included) and stay schema-valid.
      const opts = { created: '2026-01-01T00:00:00Z', toolVersion: '0.0.0-test' };
      expect(schemaErrors(spdxValidator(), toSpdx(sbom, opts))).toBe('');
      expect(schemaErrors(cycloneDxValidator(), toCycloneDx(sbom, opts))).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('summarises jars and binaries without keeping their bytes, and stops handing files over past the total budget', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sbom-lang-'));
    try {
      await languageImage(dir);
      const src = await OciLayout.open(dir);
      const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
      const index = await scanImage(src, image, { derive: languageDerive });
      expect(index.get('/usr/local/bin/esbuild')?.content).toBeUndefined();
      expect(index.get('/opt/app/app.jar')?.content).toBeUndefined();
      expect(index.derived.has('/usr/local/bin/esbuild')).toBe(true);
      // skopeo is read and evidences no module, only the standard library it was built with.
      expect(index.derived.get('/usr/bin/skopeo')?.value).toEqual({ ecosystem: 'golang', records: [{ name: 'stdlib', version: SKOPEO_GO }] });
      // A file a rule captures is kept as content and summarised too.
      const both = await scanImage(src, image, { capture: (p) => p === '/app/node_modules/express/package.json', derive: languageDerive });
      expect(both.get('/app/node_modules/express/package.json')?.content?.toString()).toContain('"express"');
      expect(both.derived.get('/app/node_modules/express/package.json')).toEqual({
        layer: 0,
        value: { ecosystem: 'npm', records: [{ name: 'express', version: '4.18.2', license: 'MIT' }] },
      });
      expect(both.get('/app/node_modules/@types/node/package.json')?.content).toBeUndefined();
      // A budget smaller than the two binaries: the scan hands over the files that fit and no more (layer 0's manifests, then the layer-1 files in order while they fit).
      const small = await scanImage(src, image, { derive: { ...languageDerive, maxTotalBytes: 64 * 1024 } });
      expect(small.derived.has('/app/node_modules/express/package.json')).toBe(true);
      expect(small.derived.has('/usr/local/bin/esbuild')).toBe(false);
      await src.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
