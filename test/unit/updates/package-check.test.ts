/**
 * checkPackages over an OCI layout on disk, with an in-process fetch: the
 * `default` line asks the distribution's own indexes, proposed from the
 * image's os-release and platform (never the network in a test).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { OciLayout } from '../../../shared/src/oci/layout.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../../shared/src/oci/image.js';
import { checkPackages } from '../../../shared/src/updates/package-check.js';
import { writeLayout } from '../../support/images.js';

let dir: string;

async function imageWith(
  name: string,
  files: Array<{ name: string; content: string }>,
  architecture = 'amd64',
): Promise<{ src: OciLayout; images: PlatformImage[] }> {
  const layout = path.join(dir, name);
  await writeLayout(layout, { layers: [files], platform: { os: 'linux', architecture } });
  const src = await OciLayout.open(layout);
  return { src, images: (await resolveImage(src, await selectRoot(src))).images };
}

const recordingFetch =
  (asked: string[], body: (url: string) => Buffer): typeof fetch =>
  async (url: string | URL | Request) => {
    const href = url instanceof Request ? url.url : String(url);
    asked.push(href);
    return new Response(body(href));
  };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'package-check-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('checkPackages', () => {
  it('`default` fetches the Debian release, -updates and -security indexes for the image architecture', async () => {
    const { src, images } = await imageWith(
      'deb',
      [
        { name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n' },
        { name: 'var/lib/dpkg/status', content: 'Package: libc6\nStatus: install ok installed\nVersion: 2.36-9+deb12u4\nArchitecture: arm64\n' },
      ],
      'arm64',
    );
    const asked: string[] = [];
    const result = await checkPackages(
      src,
      images,
      ['default'],
      recordingFetch(asked, (u) =>
        gzipSync(u.includes('security') ? 'Package: libc6\nVersion: 2.36-9+deb12u7\n' : 'Package: libc6\nVersion: 2.36-9+deb12u4\n'),
      ),
    );
    expect(asked).toEqual([
      'https://deb.debian.org/debian/dists/bookworm/main/binary-arm64/Packages.gz',
      'https://deb.debian.org/debian/dists/bookworm-updates/main/binary-arm64/Packages.gz',
      'https://deb.debian.org/debian-security/dists/bookworm-security/main/binary-arm64/Packages.gz',
    ]);
    expect(result).toEqual({
      kind: 'checked',
      family: 'deb',
      platform: 'linux/arm64',
      installed: 1,
      indexes: asked,
      updates: [{ name: 'libc6', installed: '2.36-9+deb12u4', available: '2.36-9+deb12u7' }],
    });
  });

  it("calls an advisory loader with the image's release names and package names once os-release is read, and matches what it returns", async () => {
    const { src, images } = await imageWith('deb-security', [
      { name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\n' },
      {
        name: 'var/lib/dpkg/status',
        content: 'Package: libssl3\nStatus: install ok installed\nVersion: 3.0.11-1~deb12u2\nArchitecture: amd64\nSource: openssl\n',
      },
    ]);
    const asked: Array<string[] | undefined> = [];
    const names: Array<Record<string, string[]>> = [];
    const result = await checkPackages(
      src,
      images,
      ['https://deb.example/Packages.gz'],
      recordingFetch([], () => gzipSync('Package: libssl3\nVersion: 3.0.13-1~deb12u1\nSource: openssl\n')),
      async (releases, packages) => {
        asked.push(releases === undefined ? undefined : [...releases].sort());
        names.push(Object.fromEntries([...(packages ?? new Map<string, Set<string>>())].map(([e, set]) => [e, [...set].sort()])));
        return [
          {
            id: 'CVE-2024-0001',
            aliases: [],
            ecosystem: 'deb',
            package: 'openssl',
            distroRelease: 'bookworm',
            status: 'fixed',
            fixedVersion: '3.0.13-1~deb12u1',
            severity: { level: 'high' },
            source: 'debian-tracker',
          },
        ];
      },
    );
    expect(asked).toEqual([['12', 'bookworm']]);
    // And the installed packages' names, binary and source, for the loader's package filter.
    expect(names).toEqual([{ deb: ['libssl3', 'openssl'] }]);
    expect(result.kind === 'checked' ? result.securityFixes?.map((f) => [f.id, f.package, f.available]) : undefined).toEqual([
      ['CVE-2024-0001', 'libssl3', '3.0.13-1~deb12u1'],
    ]);
  });

  it('refuses `default` when os-release does not say which release it is', async () => {
    const { src, images } = await imageWith('sid', [
      { name: 'etc/os-release', content: 'ID=debian\n' },
      { name: 'var/lib/dpkg/status', content: 'Package: a\nStatus: install ok installed\nVersion: 1\n' },
    ]);
    await expect(
      checkPackages(
        src,
        images,
        ['default'],
        recordingFetch([], () => Buffer.from('')),
      ),
    ).rejects.toThrow(/input 'package-index-urls': cannot propose package indexes for this image \(ID=debian VERSION_ID=- VERSION_CODENAME=-, linux\/amd64\)/);
  });

  it('skips without reading the image when no index is configured', async () => {
    const { src, images } = await imageWith('none', [{ name: 'lib/apk/db/installed', content: 'P:musl\nV:1.2.4-r2\n' }]);
    expect(await checkPackages(src, images, [])).toEqual({
      kind: 'skipped',
      reason: 'packages not checked: no package index configured (set package-index-urls)',
    });
  });
});
