/**
 * The package filter (package-filter.ts): the loader keeps only advisories of
 * the image's packages, and the Debian tracker reader skips every other
 * source package's member without parsing it. So a malformed member of a
 * package the image does not have is no longer an error, while one of a
 * package it has still is, with the same message as without the filter.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ObjectMembers } from '../../../../shared/src/compliance/vulnerabilities/json-members.js';
import { DB_LIMITS, parseVulnerabilityJson, readVulnerabilityDb, streamDebianTracker } from '../../../../shared/src/compliance/vulnerabilities/load.js';
import { loadDbs } from '../../../../shared/src/compliance/vulnerabilities/db-inputs.js';
import { indexAdvisories, match } from '../../../../shared/src/compliance/vulnerabilities/match.js';
import { packageNames, wantsPackage } from '../../../../shared/src/compliance/vulnerabilities/package-filter.js';
import type { Package } from '../../../../shared/src/compliance/sbom/package.js';

const FIXTURES = path.resolve('test/fixtures/vulnerabilities');

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'package-filter-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const deb = (name: string, source?: string) => ({ ecosystem: 'deb' as const, name, ...(source === undefined ? {} : { source: { name: source } }) });

describe('packageNames', () => {
  it("keeps a distribution package's own name and its source's, and language names as the matcher compares them", () => {
    const filter = packageNames([
      deb('libssl3', 'openssl'),
      deb('bash'),
      { ecosystem: 'pypi', name: 'Zope.Interface' },
      { ecosystem: 'npm', name: 'Left_Pad' },
    ]);
    expect([...(filter.get('deb') ?? [])].sort()).toEqual(['bash', 'libssl3', 'openssl']);
    expect(wantsPackage(filter, 'pypi', 'zope-interface')).toBe(true);
    expect(wantsPackage(filter, 'pypi', 'ZOPE_interface')).toBe(true);
    // npm names are compared as they are.
    expect(wantsPackage(filter, 'npm', 'Left_Pad')).toBe(true);
    expect(wantsPackage(filter, 'npm', 'left-pad')).toBe(false);
    // By ecosystem: a Debian package's name does not keep an npm advisory of that name.
    expect(wantsPackage(filter, 'npm', 'bash')).toBe(false);
    expect(wantsPackage(filter, 'apk', 'openssl')).toBe(false);
    expect(wantsPackage(undefined, 'apk', 'anything')).toBe(true);
  });
});

describe('ObjectMembers with a key filter', () => {
  const text = '{"a": {"x": 1}, "skipped": {"x": "}\\"{", "y": [tru, {"z": nul}]}, "b": {"y": [2]}}';

  it.each([1, 2, 3, 7, 1024])('hands over only the wanted members, the others walked to their end unparsed (chunks of %i)', (size) => {
    const out: [string, unknown][] = [];
    const keys: string[] = [];
    const m = new ObjectMembers(
      (key, value) => out.push([key, JSON.parse(value.toString('utf8'))]),
      (key) => {
        keys.push(key);
        return key !== 'skipped';
      },
    );
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; at += size) expect(m.push(bytes.subarray(at, at + size))).toBe(true);
    expect(m.end()).toBe(true);
    expect(keys).toEqual(['a', 'skipped', 'b']);
    expect(out).toEqual([
      ['a', { x: 1 }],
      ['b', { y: [2] }],
    ]);
  });

  it('still gives up on a skipped member whose end cannot be found', () => {
    const m = new ObjectMembers(
      () => undefined,
      () => false,
    );
    expect(m.push(Buffer.from('{"a": {"b": "c}'))).toBe(true);
    expect(m.end()).toBe(false);
  });
});

describe('the tracker read for some packages', () => {
  const file = path.join(FIXTURES, 'debian-tracker.json');

  it("keeps exactly the unfiltered advisories of the image's source packages, streamed or whole, and matches the same", async () => {
    const text = await fs.readFile(file, 'utf8');
    const origin = { location: file };
    const packages = packageNames([deb('libssl3', 'openssl'), deb('zlib1g', 'zlib'), deb('glibc')]);
    const all = await readVulnerabilityDb(file, origin);
    const kept = await readVulnerabilityDb(file, origin, undefined, { packages });
    expect(kept).toEqual(all.filter((a) => ['openssl', 'zlib', 'glibc'].includes(a.package)));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(await streamDebianTracker(file, origin, DB_LIMITS.maxFileBytes, { packages })).toEqual(kept);
    expect(parseVulnerabilityJson(text, origin, { packages })).toEqual(kept);
    // Both filters together.
    const releases = new Set(['bookworm', '12']);
    expect(await readVulnerabilityDb(file, origin, undefined, { releases, packages })).toEqual(
      (await readVulnerabilityDb(file, origin, undefined, { releases })).filter((a) => ['openssl', 'zlib', 'glibc'].includes(a.package)),
    );
    // What the image matches is what it matched without the filter.
    const image: Package[] = ['openssl', 'zlib', 'glibc'].map((source) => ({
      ecosystem: 'deb',
      name: `lib${source}`,
      version: '1.0-1',
      source: { name: source, version: '1.0-1' },
      purl: '',
      layer: { index: 0, digest: '' },
      locations: [],
    }));
    const distro = { distro: { id: 'debian', versionId: '12', codename: 'bookworm' } };
    expect(match(image, indexAdvisories(kept), distro)).toEqual(match(image, indexAdvisories(all), distro));
  });

  // The same package-level errors as tracker-stream.test.ts: in package 'b' (or 'a' for the last).
  it.each([
    ['a syntax error in a package', 'b', '{"a": {"CVE-1": {"releases": {}}},\n"b": {"CVE-2": {"releases": }}}', /expected JSON, got a syntax error/],
    ['a package that is not an object', 'b', '{"a": {"CVE-1": {"releases": {}}}, "b": [1]}', /expected package 'b' to map issue ids to objects, got an array/],
    ['a bad status', 'a', '{"a": {"CVE-1": {"releases": {"sid": {"status": "fixed"}}}}, "c": {}}', /status to be resolved, open or undetermined, got "fixed"/],
  ])('%s: still an error when the image has that package, skipped when it does not', async (_, bad, text, message) => {
    const f = path.join(tmp, 'bad.json');
    await fs.writeFile(f, text);
    const origin = { location: f, inputLine: 4 };
    const present = packageNames([deb(bad)]);
    await expect(readVulnerabilityDb(f, origin, undefined, { packages: present })).rejects.toThrow(message);
    expect(() => parseVulnerabilityJson(text, origin, { packages: present })).toThrow(message);
    const absent = packageNames([deb('not-in-the-file'), deb(bad === 'a' ? 'c' : 'a')]);
    expect(await readVulnerabilityDb(f, origin, undefined, { packages: absent })).toEqual([]);
  });

  it('still refuses a document that is no JSON object, whatever the filter', async () => {
    const f = path.join(tmp, 'trailing.json');
    await fs.writeFile(f, '{"a": {"CVE-1": {"releases": {}}}}\n\n]');
    await expect(readVulnerabilityDb(f, { location: f }, undefined, { packages: packageNames([deb('zzz')]) })).rejects.toThrow(
      /expected JSON, got a syntax error at line 3/,
    );
  });
});

describe('the Alpine secdb and OSV read for some packages', () => {
  it("keeps the secdb's entries of the image's origins; a malformed entry of another is skipped, of its own still an error", async () => {
    const file = path.join(FIXTURES, 'alpine-v3.19-main.json');
    const all = await readVulnerabilityDb(file);
    const packages = packageNames([{ ecosystem: 'apk', name: 'libcrypto3', source: { name: 'openssl' } }]);
    const kept = await readVulnerabilityDb(file, undefined, undefined, { packages });
    expect(kept).toEqual(all.filter((a) => a.package === 'openssl'));
    expect(kept.length).toBeGreaterThan(0);
    const doc = {
      distroversion: 'v3.19',
      reponame: 'main',
      packages: [{ pkg: { name: 'openssl', secfixes: { '3.1-r0': ['CVE-1'] } } }, { pkg: { name: 'busybox', secfixes: [] } }],
    };
    const origin = { location: 'secdb.json' };
    const message = /expected packages\[1\] \(busybox\) "secfixes" to be an object, got an array/;
    expect(() => parseVulnerabilityJson(JSON.stringify(doc), origin)).toThrow(message);
    expect(() => parseVulnerabilityJson(JSON.stringify(doc), origin, { packages: packageNames([{ ecosystem: 'apk', name: 'busybox' }]) })).toThrow(message);
    expect(parseVulnerabilityJson(JSON.stringify(doc), origin, { packages }).map((a) => [a.package, a.id])).toEqual([['openssl', 'CVE-1']]);
  });

  it('keeps OSV advisories by ecosystem and name (language packages by their own names), and dates the database by every record', async () => {
    const dir = path.join(FIXTURES, 'osv');
    const all = await readVulnerabilityDb(dir);
    const packages = packageNames([{ ecosystem: 'pypi', name: 'Requests' }, deb('libssl3', 'openssl')]);
    const kept = await readVulnerabilityDb(dir, undefined, undefined, { packages });
    expect(kept).toEqual(all.filter((a) => (a.ecosystem === 'pypi' && a.package === 'requests') || (a.ecosystem === 'deb' && a.package === 'openssl')));
    expect(new Set(kept.map((a) => a.ecosystem))).toEqual(new Set(['pypi', 'deb']));
    // A record none of whose packages the image has still dates the database (its newest is of 2024-02-01).
    const scope = { workspace: os.tmpdir(), allowOutside: true };
    const [none] = await loadDbs([{ kind: 'path', value: dir, line: 1 }], {
      scope,
      cacheDir: path.join(tmp, 'cache'),
      packages: packageNames([{ ecosystem: 'npm', name: 'not-in-any-record' }]),
    });
    expect(none?.advisories).toEqual([]);
    expect(none).toMatchObject({ timestamp: new Date('2024-02-01T00:00:00Z'), dated: 'records' });
  });
});
