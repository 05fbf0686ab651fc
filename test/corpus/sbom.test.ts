/**
 * The SBOM of the real-world corpus images against dpkg's own answer
 * (issue 12): dpkg-query over the unpacked root file system lists exactly the
 * packages we catalog, with the same versions, architectures and source
 * packages, and each layer's own status file, read by dpkg-query too, says
 * which layer introduced each package. Warm, the images come from the cache
 * of test/support/debian-image.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import { PackageURL } from 'packageurl-js';
import type { Sbom } from '../../shared/src/compliance/sbom/package.js';
import type { Manifest } from '../../shared/src/oci/types.js';
import { run } from '../../shared/src/process.js';
import { debianImage } from '../support/debian-image.js';
import { REAL_WORLD } from './real-world.js';

const BUILD_TIMEOUT = 40 * 60_000;
const FORMAT = '${Package} ${Version} ${Architecture} ${source:Package} ${source:Version} ${db:Status-Abbrev}\n';

/** What dpkg says is installed under this admin dir: `name version arch source source-version` lines (status `?i`: installed). */
async function dpkgInstalled(admindir: string): Promise<string[]> {
  const r = await run('dpkg-query', [`--admindir=${admindir}`, '-W', '-f', FORMAT], { maxBuffer: 64 * 1024 * 1024 });
  if (r.code !== 0) throw new Error(`dpkg-query failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .map((l) => l.trim().split(' '))
    .filter((f) => f.length === 6 && (f[5] as string)[1] === 'i')
    .map((f) => f.slice(0, 5).join(' '))
    .sort();
}

const exists = (p: string): Promise<boolean> =>
  stat(p).then(
    () => true,
    () => false,
  );

describe.each(REAL_WORLD.map((c) => [c.spec.name, c] as const))('%s', (_name, c) => {
  let work: string;
  let sbom: Sbom;
  /** What dpkg knows of: the distribution's packages (the SBOM also lists language packages, e.g. pip's own dist-info). */
  let debs: Sbom['packages'];
  let layout: string;
  let rootfsTruth: string[];
  beforeAll(async () => {
    const image = await debianImage(c.spec);
    layout = image.layout;
    sbom = (await checkImage({ image: image.layout, policy: defaultPolicy(), rules: ['none'] })).sbom;
    debs = sbom.packages.filter((p) => p.ecosystem === 'deb');
    work = await mkdtemp(path.join(tmpdir(), 'sbom-corpus-'));
    const u = await run('umoci', ['raw', 'unpack', '--image', `${image.layout}:${image.tag}`, path.join(work, 'rootfs')]);
    if (u.code !== 0) throw new Error(`umoci raw unpack failed: ${u.stderr}`);
    rootfsTruth = await dpkgInstalled(path.join(work, 'rootfs', 'var/lib/dpkg'));
  }, BUILD_TIMEOUT);
  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  it('lists exactly the packages dpkg-query lists: names, versions, architectures and sources (100% recall and precision)', () => {
    const ours = debs.map((p) => `${p.name} ${p.version} ${p.arch ?? ''} ${p.source?.name ?? ''} ${p.source?.version ?? ''}`).sort();
    expect(rootfsTruth.length).toBeGreaterThan(80);
    expect(ours).toEqual(rootfsTruth);
    // Everything else is a language package, with no distribution of its own.
    for (const p of sbom.packages.filter((x) => x.ecosystem !== 'deb')) {
      expect(['npm', 'pypi', 'golang', 'maven']).toContain(p.ecosystem);
      expect(p.distro).toBeUndefined();
    }
  });

  it('names the distribution and builds each purl from it', () => {
    expect(sbom.distro).toEqual({ id: 'debian', versionId: '12', codename: 'bookworm' });
    for (const p of debs) {
      const back = PackageURL.fromString(p.purl);
      expect([back.type, back.namespace, back.name, back.version, back.qualifiers]).toEqual([
        'deb',
        'debian',
        p.name,
        p.version,
        { arch: p.arch, distro: 'debian-12' },
      ]);
    }
  });

  it('attributes each package to the first layer whose own status file (as dpkg-query reads it) lists it, up to the final one', async () => {
    const index = JSON.parse(await readFile(path.join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
    const blob = (d: string): string => path.join(layout, 'blobs', ...d.split(':'));
    const manifest = JSON.parse(await readFile(blob(index.manifests[0]?.digest ?? ''), 'utf8')) as Manifest;
    const since = new Map<string, number>();
    let previous = new Set<string>();
    for (const [i, layer] of manifest.layers.entries()) {
      const dir = path.join(work, `layer-${i}`);
      await run('mkdir', ['-p', dir]);
      // Exit status ignored: a layer that did not write the status file has neither name.
      await run('tar', ['-xf', blob(layer.digest), '-C', dir, 'var/lib/dpkg/status', './var/lib/dpkg/status']);
      if (!(await exists(path.join(dir, 'var/lib/dpkg/status')))) continue;
      const current = new Set(await dpkgInstalled(path.join(dir, 'var/lib/dpkg')));
      for (const k of current) if (!previous.has(k)) since.set(k, i);
      previous = current;
    }
    const expected = rootfsTruth.map((k) => `${k} ${since.get(k) ?? -1}`);
    const ours = debs.map((p) => `${p.name} ${p.version} ${p.arch ?? ''} ${p.source?.name ?? ''} ${p.source?.version ?? ''} ${p.layer.index}`).sort();
    expect(ours).toEqual(expected.sort());
    // The debootstrap base (layer 0) and the apt-get layer both contribute, and each package names its layer's digest.
    expect(new Set(debs.map((p) => p.layer.index))).toEqual(new Set([0, 1]));
    for (const p of debs) expect(p.layer.digest).toBe(manifest.layers[p.layer.index]?.digest);
    // What apt-get installed (the spec's packages, those debootstrap's minbase did not already have) is in layer 1.
    const base = new Set(debs.filter((p) => p.layer.index === 0).map((p) => p.name));
    const added = (c.spec.packages ?? []).filter((n) => !base.has(n));
    expect(added.length).toBeGreaterThan(0);
    for (const name of added) expect(debs.find((p) => p.name === name)?.layer.index).toBe(1);
  });

  it('gives Debian packages licences only from machine-readable copyright files, as SPDX', () => {
    const licensed = debs.filter((p) => p.license !== undefined);
    expect(licensed.length).toBeGreaterThan(0);
    for (const p of licensed) expect(p.license).toMatch(/^[A-Za-z0-9.+-]+( (AND|OR) [A-Za-z0-9.+-]+)*$/);
  });
});
