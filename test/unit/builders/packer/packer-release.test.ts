import { describe, expect, test } from '@jest/globals';
import {
  checksumFor,
  compareVersions,
  latestStableVersion,
  packerIndexUrl,
  packerRelease,
  parsePackerVersion,
  releasesBase,
} from '../../../../shared/src/builders/packer/packer-release.js';
import { declaresRequiredPlugins, isPackerTemplatePath, manifestOutputs, type PackerTemplate } from '../../../../shared/src/builders/packer/packer-template.js';
import { packerFailure } from '../../../../shared/src/builders/packer/build-machine-image.js';
import { isPipelineError } from '../../../../shared/src/errors.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('release layout', () => {
  test('zip and SHA256SUMS URLs for this platform', () => {
    expect(packerRelease('1.11.2', 'http://127.0.0.1:9/', 'linux', 'x64')).toEqual({
      version: '1.11.2',
      os: 'linux',
      arch: 'amd64',
      zipName: 'packer_1.11.2_linux_amd64.zip',
      zipUrl: 'http://127.0.0.1:9/packer/1.11.2/packer_1.11.2_linux_amd64.zip',
      sumsName: 'packer_1.11.2_SHA256SUMS',
      sumsUrl: 'http://127.0.0.1:9/packer/1.11.2/packer_1.11.2_SHA256SUMS',
      sigName: 'packer_1.11.2_SHA256SUMS.sig',
      sigUrl: 'http://127.0.0.1:9/packer/1.11.2/packer_1.11.2_SHA256SUMS.sig',
    });
    expect(packerRelease('1.9.0', undefined, 'darwin', 'arm64').zipName).toBe('packer_1.9.0_darwin_arm64.zip');
    expect(packerRelease('1.9.0', undefined, 'win32', 'x64').zipUrl).toBe('https://releases.hashicorp.com/packer/1.9.0/packer_1.9.0_windows_amd64.zip');
  });

  test.each(['latest', '1.9', 'v1.9.0', '1.9.0; rm -rf /', '../1.9.0'])('rejects version %s naming packer-version', (v) => {
    let err: unknown;
    try {
      packerRelease(v);
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    expect((err as { input?: string }).input).toBe('packer-version');
  });

  test('checksumFor matches the file name exactly, never a look-alike', () => {
    const sums = [
      `${A}  xpacker_1.9.0_linux_amd64.zip`,
      `${B}  packer_1.9.0_linux_amd64.zip.sig`,
      `${C}  packer_1.9.0_linux_amd64.zip`,
      `${A}  packer_1.9.0_linux_arm64.zip`,
    ].join('\n');
    expect(checksumFor(sums, 'packer_1.9.0_linux_amd64.zip')).toBe(C);
    expect(checksumFor(`${A.toUpperCase()} *packer_1.9.0_linux_amd64.zip\r\n`, 'packer_1.9.0_linux_amd64.zip')).toBe(A);
    expect(checksumFor(`${B}  packer_1.9.0_linux_amd64.zip.sig`, 'packer_1.9.0_linux_amd64.zip')).toBeUndefined();
  });

  test('versions compare numerically', () => {
    expect(compareVersions('1.6.6', '1.7.0')).toBe(-1);
    expect(compareVersions('1.10.0', '1.7.0')).toBe(1);
    expect(compareVersions('1.7.0', '1.7.0')).toBe(0);
    expect(parsePackerVersion('Packer v1.6.6\n')).toBe('1.6.6');
    expect(parsePackerVersion('Packer v1.11.2\n\nYour version of Packer is out of date!')).toBe('1.11.2');
  });
});

describe('packer-releases-url', () => {
  test('an http(s) base, trailing slashes dropped', () => {
    expect(releasesBase('https://releases.hashicorp.com')).toBe('https://releases.hashicorp.com');
    expect(releasesBase('http://127.0.0.1:9/mirror//')).toBe('http://127.0.0.1:9/mirror');
  });
  test.each([
    ['not-a-url', 'something that is not a URL'],
    ['ftp://mirror.example/packer', 'a ftp: URL'],
    ['https://user:tok3n@mirror.example', 'a URL with credentials (https://***@mirror.example)'],
    ['https://mirror.example/p?token=tok3n', 'a URL with a query or fragment'],
  ])('%s is refused naming packer-releases-url', (url, got) => {
    let err: unknown;
    try {
      releasesBase(url);
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err, 'INPUT')).toBe(true);
    expect((err as { input?: string }).input).toBe('packer-releases-url');
    expect((err as Error).message).toContain(`got ${got}`);
    expect((err as Error).message).not.toContain('tok3n');
  });
});

describe("'latest' from the release index", () => {
  const index = (versions: string[]) => ({ name: 'packer', versions: Object.fromEntries(versions.map((v) => [v, { version: v }])) });
  const SRC = 'the release index https://releases.hashicorp.com/packer/index.json';

  test('the index lives at <base>/packer/index.json', () => {
    expect(packerIndexUrl()).toBe('https://releases.hashicorp.com/packer/index.json');
    expect(packerIndexUrl('http://127.0.0.1:9/mirror/')).toBe('http://127.0.0.1:9/mirror/packer/index.json');
  });

  test('highest stable version, compared numerically; pre-releases and build tags never win', () => {
    expect(latestStableVersion(index(['1.9.4', '1.10.0', '1.2.5', '0.12.3']), SRC)).toBe('1.10.0');
    expect(latestStableVersion(index(['1.11.2', '1.12.0-beta1', '1.12.0-rc1', '1.12.0+ent', '2.0.0-alpha']), SRC)).toBe('1.11.2');
    // Keys that are not versions at all (a hostile or broken index) are skipped, not parsed.
    expect(latestStableVersion(index(['1.0.0', '__proto__', '9.9.9; rm -rf /', '../9.9.9', 'v9.9.9', '9.9', '1.0.0.1']), SRC)).toBe('1.0.0');
  });

  test.each([
    ['that is a list', [1, 2]],
    ['without versions', { name: 'packer' }],
    ['whose versions are a list', { versions: ['1.11.2'] }],
    ['that is null', null],
  ])('an index %s is refused naming it', (_what, doc) => {
    let err: unknown;
    try {
      latestStableVersion(doc, SRC);
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err, 'NOT_FOUND')).toBe(true);
    expect((err as Error).message).toContain(`${SRC} is not a release index`);
    expect((err as { input?: string }).input).toBe('packer-version');
  });

  test('an index with no stable version is refused, suggesting an exact one', () => {
    let err: unknown;
    try {
      latestStableVersion(index(['1.12.0-beta1', '2.0.0-alpha']), SRC);
    } catch (e) {
      err = e;
    }
    expect(isPipelineError(err, 'NOT_FOUND')).toBe(true);
    expect((err as Error).message).toContain('lists no stable Packer version');
    expect((err as { hint?: string }).hint).toContain('1.11.2');
  });
});

describe('template inspection', () => {
  const t = (file: string, text: string): PackerTemplate => ({
    path: file,
    kind: file.endsWith('.pkr.hcl') || file.endsWith('.pkr.json') ? 'hcl' : 'json',
    dir: '/t',
    sources: [{ file, text }],
  });
  test('required_plugins is seen in HCL and in HCL2-JSON, not in comments of legacy JSON', () => {
    expect(declaresRequiredPlugins(t('/t/a.pkr.hcl', 'packer {\n  required_plugins {\n  }\n}'))).toBe(true);
    expect(declaresRequiredPlugins(t('/t/a.pkr.json', '{"packer":{"required_plugins":{}}}'))).toBe(true);
    expect(declaresRequiredPlugins(t('/t/a.pkr.hcl', 'source "null" "x" {}'))).toBe(false);
    expect(declaresRequiredPlugins(t('/t/a.json', '{"description":"required_plugins"}'))).toBe(false);
  });
  test('manifest outputs from HCL and legacy JSON, defaulted, interpolated ones skipped', () => {
    expect(manifestOutputs(t('/t/a.pkr.hcl', 'post-processor "manifest" {\n output = "out/m.json"\n}\npost-processor "manifest" {\n}'))).toEqual([
      'out/m.json',
      'packer-manifest.json',
    ]);
    expect(manifestOutputs(t('/t/a.json', JSON.stringify({ 'post-processors': [[{ type: 'manifest', output: 'x.json' }], 'manifest'] })))).toEqual([
      'x.json',
      'packer-manifest.json',
    ]);
    expect(manifestOutputs(t('/t/a.pkr.hcl', 'post-processor "manifest" {\n output = "${var.dir}/m.json"\n}'))).toEqual([]);
  });
  test.each([
    ['a.pkr.hcl', true],
    ['dir/b.pkr.json', true],
    ['Dockerfile', false],
    ['packer.json', false],
  ])('isPackerTemplatePath(%s) = %s', (p, want) => {
    expect(isPackerTemplatePath(p)).toBe(want);
  });
});

test('a Packer failure points at the file and line Packer names', () => {
  const e = packerFailure(
    'validate',
    1,
    'Error: Unsupported block type\n\n  on rp.pkr.hcl line 2, in packer:\n   2:   required_plugins {\n',
    '/work/x/rp.pkr.hcl',
  );
  expect(e.code).toBe('BUILDER');
  expect(e.line).toBe(2);
  expect(e.file).toMatch(/rp\.pkr\.hcl$/);
  expect(e.message).toMatch(/^packer validate failed \(exit 1\): Unsupported block type/);
});
