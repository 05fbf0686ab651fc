/**
 * check-updates' security-only rebuild, end to end (issue 12 item 3): a
 * Debian image is pushed to a loopback registry with skopeo, package indexes
 * and the Debian security tracker fixture are served by a loopback HTTP
 * server, and the bundle runs with `vulnerability-db` and `rebuild-on`.
 * With `security`, a security fix in the index rebuilds (the CVE is the
 * reason) and a plain update does not; with `any`, both rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runActionBundle } from '../../scripts/local/run-bundle.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { writeLayout } from '../support/images.js';
import { servePackageIndexes, type PackageIndexServer } from '../support/package-index-server.js';
import { skopeoPushLayout } from '../support/skopeo.js';

const bundle = path.resolve('check-updates/dist/index.js');
const tracker = path.resolve('test/fixtures/vulnerabilities/security-rebuild/debian-tracker.json');
const updates = path.resolve('test/fixtures/updates');
let registry: Registry;
let server: PackageIndexServer;
let base: string;
let dir: string;
let requests: string[] = [];

const stanza = (fields: Record<string, string>): string =>
  `${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n\n`;

/** Installed: libssl3 3.0.11-1~deb12u1 (source openssl, affected by CVE-2024-0001 and CVE-2024-0002) and tzdata 2024a-0+deb12u1. */
const STATUS = [
  stanza({ Package: 'libssl3', Status: 'install ok installed', Architecture: 'amd64', Source: 'openssl', Version: '3.0.11-1~deb12u1' }),
  stanza({ Package: 'tzdata', Status: 'install ok installed', Architecture: 'all', Version: '2024a-0+deb12u1' }),
].join('');

/** The security index: openssl's fix for CVE-2024-0001 as a binNMU (binary +b1 of source 3.0.13-1~deb12u1); CVE-2024-0002 is not fixed yet. */
const SECURITY_INDEX = [
  stanza({ Package: 'libssl3', Source: 'openssl (3.0.13-1~deb12u1)', Version: '3.0.13-1~deb12u1+b1', Architecture: 'amd64' }),
  stanza({ Package: 'tzdata', Version: '2024a-0+deb12u1', Architecture: 'all' }),
].join('');

/** The updates index: only tzdata is newer, which fixes no known vulnerability. */
const PLAIN_INDEX = [
  stanza({ Package: 'libssl3', Source: 'openssl', Version: '3.0.11-1~deb12u1', Architecture: 'amd64' }),
  stanza({ Package: 'tzdata', Version: '2025b-0+deb12u1', Architecture: 'all' }),
].join('');

beforeAll(async () => {
  registry = await startRegistry();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'check-updates-security-'));
  const files = new Map<string, Buffer>([
    ['/security/Packages.gz', gzipSync(SECURITY_INDEX)],
    ['/updates/Packages.gz', gzipSync(PLAIN_INDEX)],
    ['/tracker.json', await fs.readFile(tracker)],
  ]);
  server = await servePackageIndexes(files);
  requests = server.requests;
  base = server.base;
  const layout = path.join(dir, 'debian-app');
  await writeLayout(layout, {
    layers: [
      [{ name: 'bin/app', content: 'app' }],
      [
        { name: 'etc/os-release', content: await fs.readFile(path.join(updates, 'bookworm-os-release')) },
        { name: 'var/lib/dpkg/status', content: STATUS },
      ],
    ],
  });
  await skopeoPushLayout(layout, `${registry.host}/debian-app:latest`);
}, 60000);

afterAll(async () => {
  await registry.stop();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const check = (index: string, rebuildOn: 'any' | 'security', db: string = tracker) =>
  runActionBundle(bundle, {
    inputs: {
      image: `${registry.host}/debian-app:latest`,
      'package-index-urls': `${base}${index}`,
      'vulnerability-db': `# the tracker\n${db}`,
      'rebuild-on': rebuildOn,
    },
  });

const CVE_REASON = 'CVE-2024-0001 fixed in openssl 3.0.13-1~deb12u1, available in the index (libssl3 3.0.11-1~deb12u1 -> 3.0.13-1~deb12u1+b1)';
const FIX = { id: 'CVE-2024-0001', package: 'libssl3', installed: '3.0.11-1~deb12u1', fixed: '3.0.13-1~deb12u1', available: '3.0.13-1~deb12u1+b1' };

describe('check-updates: security-driven rebuilds', () => {
  it('rebuild-on security: a security fix in the index rebuilds, the CVE named; the fix not yet indexed is not', async () => {
    const run = await check('/security/Packages.gz', 'security');
    expect(run.code).toBe(0);
    expect(run.outputs['rebuild-needed']).toBe('true');
    expect(run.outputs.reason?.split('\n')).toContain(CVE_REASON);
    expect(run.outputs.reason).not.toContain('CVE-2024-0002');
    expect(JSON.parse(run.outputs['security-fixes'] ?? 'null')).toEqual([FIX]);
    expect(run.summary).toContain('| `CVE-2024-0001` | `libssl3` | `3.0.11-1~deb12u1` | `openssl` `3.0.13-1~deb12u1` | `3.0.13-1~deb12u1+b1` |');
  }, 60000);

  it('rebuild-on security: an update that fixes nothing known does not rebuild (listed for information only)', async () => {
    const run = await check('/updates/Packages.gz', 'security');
    expect(run.code).toBe(0);
    expect(run.outputs['rebuild-needed']).toBe('false');
    expect(run.outputs.reason).not.toContain('tzdata');
    expect(JSON.parse(run.outputs['security-fixes'] ?? 'null')).toEqual([]);
    expect(JSON.parse(run.outputs.packages ?? 'null')).toEqual([{ name: 'tzdata', installed: '2024a-0+deb12u1', available: '2025b-0+deb12u1' }]);
    expect(run.summary).toContain('With rebuild-on: security, these updates are listed for information');
  }, 60000);

  it('rebuild-on any: both indexes rebuild; the database may be a URL, downloaded once', async () => {
    const before = requests.filter((r) => r === '/tracker.json').length;
    const security = await check('/security/Packages.gz', 'any', `${base}/tracker.json`);
    expect(security.code).toBe(0);
    expect(security.outputs['rebuild-needed']).toBe('true');
    expect(security.outputs.reason?.split('\n')).toContain(CVE_REASON);
    expect(JSON.parse(security.outputs['security-fixes'] ?? 'null')).toEqual([FIX]);
    expect(requests.filter((r) => r === '/tracker.json').length).toBe(before + 1);

    const plain = await check('/updates/Packages.gz', 'any');
    expect(plain.code).toBe(0);
    expect(plain.outputs['rebuild-needed']).toBe('true');
    expect(plain.outputs.reason).toContain('tzdata 2024a-0+deb12u1 -> 2025b-0+deb12u1');
    expect(JSON.parse(plain.outputs['security-fixes'] ?? 'null')).toEqual([]);
  }, 60000);

  it('a database URL that answers 404 fails naming the input and its line', async () => {
    const run = await check('/security/Packages.gz', 'security', `${base}/missing.json`);
    expect(run.code).toBe(1);
    // The URL once, after the reason (db-inputs.ts); needs the rebuilt bundle.
    expect(run.log).toMatch(
      /'vulnerability-db' line 2: the server answered HTTP 404, expected 200 and the vulnerability database \(http:\/\/127\.0\.0\.1:\d+\/missing\.json\)\. Check the URL/,
    );
    expect(run.outputs['rebuild-needed']).toBeUndefined();
  }, 60000);
});
