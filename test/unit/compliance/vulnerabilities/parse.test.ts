import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { PipelineError } from '../../../../shared/src/errors.js';
import type { Advisory } from '../../../../shared/src/compliance/vulnerabilities/advisory.js';
import { DB_LIMITS, parseVulnerabilityJson, parseOsvZip, readVulnerabilityDb } from '../../../../shared/src/compliance/vulnerabilities/load.js';
import { urgencyLevel } from '../../../../shared/src/compliance/vulnerabilities/debian-tracker.js';
import { parseOsvRecord } from '../../../../shared/src/compliance/vulnerabilities/osv.js';

const FIXTURES = path.resolve('test/fixtures/vulnerabilities');
const find = (list: Advisory[], id: string, release?: string): Advisory | undefined =>
  list.find((a) => a.id === id && (release === undefined || a.distroRelease === release));

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'vulndb-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function refusal(p: Promise<unknown>): Promise<PipelineError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PipelineError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the Debian security tracker JSON', () => {
  it('becomes one advisory per package, id and release, undetermined ones skipped', async () => {
    const list = await readVulnerabilityDb(path.join(FIXTURES, 'debian-tracker.json'));
    expect(find(list, 'CVE-2023-5678', 'bookworm')).toEqual({
      id: 'CVE-2023-5678',
      aliases: [],
      ecosystem: 'deb',
      package: 'openssl',
      distroRelease: 'bookworm',
      status: 'fixed',
      fixedVersion: '3.0.13-1~deb12u1',
      severity: { level: 'medium' },
      source: 'debian-tracker',
      summary: expect.stringContaining('X9.42 DH keys'),
    });
    expect(find(list, 'CVE-2023-5678', 'bullseye')).toMatchObject({ status: 'fixed', fixedVersion: '1.1.1w-0+deb11u2', severity: { level: 'low' } });
    expect(find(list, 'CVE-2023-5678', 'sid')?.severity.level).toBe('unknown');
    expect(find(list, 'CVE-2024-0727', 'bookworm')).toMatchObject({ status: 'open', severity: { level: 'low' } });
    expect(find(list, 'CVE-2024-0727', 'bookworm')?.fixedVersion).toBeUndefined();
    expect(find(list, 'CVE-2024-2511')).toBeUndefined();
    expect(find(list, 'CVE-2022-3358', 'bookworm')).toMatchObject({ status: 'not-affected' });
    expect(find(list, 'CVE-2024-28085', 'bookworm')).toMatchObject({ package: 'util-linux', severity: { level: 'negligible' } });
    expect(list).toHaveLength(11);
  });

  it("keeps only the image's releases when asked, and every language advisory", async () => {
    const releases = new Set(['bookworm', '12']);
    const tracker = await readVulnerabilityDb(path.join(FIXTURES, 'debian-tracker.json'), undefined, undefined, { releases });
    expect([...new Set(tracker.map((a) => a.distroRelease))]).toEqual(['bookworm']);
    expect(tracker).toHaveLength(7);
    const osv = await readVulnerabilityDb(path.join(FIXTURES, 'osv'), undefined, undefined, { releases: new Set(['bullseye', '11']) });
    expect(osv.map((a) => a.id).sort()).toEqual([
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-h5c8-rqwp-cp95',
      'GHSA-jfh8-c2jp-5v3q',
      'GHSA-xvch-5gv4-984h',
      'GO-2023-2102',
      'PYSEC-2023-74',
    ]);
  });

  it.each([
    ['high', 'high'],
    ['medium', 'medium'],
    ['low', 'low'],
    ['unimportant', 'negligible'],
    ['low**', 'low'],
    ['high**', 'high'],
    ['not yet assigned', 'unknown'],
    ['end-of-life', 'unknown'],
    [undefined, 'unknown'],
  ])('urgency %s is severity %s', (urgency, level) => {
    expect(urgencyLevel(urgency)).toBe(level);
  });

  it.each([
    ['[1, 2]', /expected an OSV record/],
    ['"text"', /expected the Debian security tracker JSON \(an object of source packages\), got a string/],
    ['{"openssl": []}', /expected package 'openssl' to map issue ids to objects, got an array/],
    ['{"openssl": {"CVE-1": {"description": "x"}}}', /expected openssl \/ CVE-1 to have "releases" \(an object\), got nothing/],
    ['{"openssl": {"CVE-1": {"releases": {"bookworm": {"status": "resolved"}}}}}', /\(resolved\) to have a "fixed_version" string, got nothing/],
    ['{"openssl": {"CVE-1": {"releases": {"bookworm": {"status": "fixed"}}}}}', /status to be resolved, open or undetermined, got "fixed"/],
    ['{"openssl": \n{ oops', /expected JSON, got a syntax error at line 2/],
  ])('refuses %s clearly', (text, message) => {
    let err: unknown;
    try {
      parseVulnerabilityJson(text, { location: 'db/tracker.json', inputLine: 3 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PipelineError);
    const pe = err as PipelineError;
    expect(pe.message).toMatch(message);
    expect(pe.message).toContain("'vulnerability-db' line 3");
    expect(pe.message).toContain('db/tracker.json');
    expect(pe.input).toBe('vulnerability-db');
    expect(pe.code).toBe('INPUT');
  });
});

describe('Alpine secdb', () => {
  it('names origins per release; "0" lists ids that never affected it; extra ids on a line are aliases', async () => {
    const list = await readVulnerabilityDb(path.join(FIXTURES, 'alpine-v3.19-main.json'));
    expect(find(list, 'CVE-2024-0727')).toEqual({
      id: 'CVE-2024-0727',
      aliases: ['GHSA-9v9h-cgj8-h64p'],
      ecosystem: 'apk',
      package: 'openssl',
      distroRelease: '3.19',
      status: 'fixed',
      fixedVersion: '3.1.4-r5',
      severity: { level: 'unknown' },
      source: 'alpine-secdb',
    });
    expect(find(list, 'CVE-2022-3358')).toMatchObject({ status: 'not-affected' });
    expect(list.filter((a) => a.package === 'busybox').map((a) => a.id)).toEqual(['CVE-2023-42363', 'CVE-2023-42366']);
    expect(list).toHaveLength(5);
  });

  it.each([
    ['{"distroversion": "3", "packages": []}', /expected "distroversion" like "v3.19", got "3"/],
    ['{"distroversion": "v3.19", "packages": {}}', /expected "packages" to be an array, got an object/],
    ['{"distroversion": "v3.19", "packages": [{"name": "x"}]}', /expected packages\[0\] to be \{ "pkg"/],
    ['{"distroversion": "v3.19", "packages": [{"pkg": {"name": "x", "secfixes": {"1-r0": "CVE-1"}}}]}', /secfixes "1-r0" to be an array of ids, got a string/],
  ])('refuses %s clearly', (text, message) => {
    expect(() => parseVulnerabilityJson(text, { location: 'main.json' })).toThrow(message);
  });
});

describe('OSV records', () => {
  it('reads a folder: ecosystems mapped, ranges kept, GIT ranges, uncataloged ecosystems and withdrawn records dropped', async () => {
    const list = await readVulnerabilityDb(path.join(FIXTURES, 'osv'));
    expect(list.map((a) => a.id).sort()).toEqual([
      'DLA-9999-1',
      'DSA-5532-1',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-h5c8-rqwp-cp95',
      'GHSA-jfh8-c2jp-5v3q',
      'GHSA-xvch-5gv4-984h',
      'GO-2023-2102',
      'PYSEC-2023-74',
    ]);
    expect(find(list, 'DSA-5532-1')).toMatchObject({ ecosystem: 'deb', distroRelease: '12', package: 'openssl', aliases: ['CVE-2023-5678'], status: 'ranges' });
    expect(find(list, 'GO-2023-2102')).toMatchObject({
      ecosystem: 'golang',
      fixedVersion: '0.17.0',
      severity: { level: 'medium' },
      affected: { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.17.0' }] }], versions: [] },
    });
    // CVSS wins over the source's rating; the score comes from the vector.
    expect(find(list, 'GHSA-35jh-r3h4-6jhm')?.severity).toEqual({
      level: 'high',
      cvss: { score: 7.2, vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' },
    });
    expect(find(list, 'GHSA-jfh8-c2jp-5v3q')?.severity).toMatchObject({ level: 'critical', cvss: { score: 10 } });
    // A v4 vector is kept but not scored.
    expect(find(list, 'PYSEC-2023-74')?.severity).toEqual({ level: 'unknown', cvss: { vector: expect.stringMatching(/^CVSS:4\.0\//) } });
    expect(find(list, 'GHSA-h5c8-rqwp-cp95')?.ecosystem).toBe('pypi');
  });

  it("rates a record without CVSS v3 by its source's own rating: Ubuntu's priority (severity type Ubuntu), else database_specific", () => {
    const record = (severity: unknown[], databaseSpecific?: unknown) => ({
      id: 'UBUNTU-CVE-2099-1',
      modified: '2026-11-01T00:00:00Z',
      severity,
      ...(databaseSpecific === undefined ? {} : { database_specific: databaseSpecific }),
      affected: [{ package: { ecosystem: 'Ubuntu:24.04:LTS', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }],
    });
    const level = (doc: unknown) => parseOsvRecord(doc, { location: 'osv/u.json', inputLine: 1 })[0]?.severity;
    expect(level(record([{ type: 'Ubuntu', score: 'high' }]))).toEqual({ level: 'high' });
    expect(level(record([{ type: 'Ubuntu', score: 'negligible' }]))).toEqual({ level: 'negligible' });
    // CVSS v3 still wins; an unknown word (untriaged) falls back to database_specific, then unknown.
    expect(
      level(
        record([
          { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N' },
          { type: 'Ubuntu', score: 'high' },
        ]),
      ),
    ).toMatchObject({
      level: 'medium',
      cvss: { score: 4.3 },
    });
    expect(level(record([{ type: 'Ubuntu', score: 'untriaged' }], { severity: 'LOW' }))).toEqual({ level: 'low' });
    expect(level(record([{ type: 'Ubuntu', score: 'untriaged' }]))).toEqual({ level: 'unknown' });
  });

  it('reads a zip in memory, and an array of records', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const f of await fs.readdir(path.join(FIXTURES, 'osv'))) files[`osv/${f}`] = await fs.readFile(path.join(FIXTURES, 'osv', f));
    files['README.txt'] = strToU8('not a record');
    const zip = path.join(tmp, 'all.zip');
    await fs.writeFile(zip, zipSync(files));
    const fromZip = await readVulnerabilityDb(zip);
    const fromFolder = await readVulnerabilityDb(path.join(FIXTURES, 'osv'));
    expect(fromZip.map((a) => a.id).sort()).toEqual(fromFolder.map((a) => a.id).sort());
    const array = `[${await fs.readFile(path.join(FIXTURES, 'osv', 'GO-2023-2102.json'), 'utf8')}]`;
    expect(parseVulnerabilityJson(array, { location: 'a.json' }).map((a) => a.id)).toEqual(['GO-2023-2102']);
  });

  it.each([
    ['{"id": "X-1", "affected": {}}', /expected X-1 "affected" to be an array, got an object/],
    ['{"id": "X-1", "affected": [{"package": "npm"}]}', /expected X-1 affected\[0\] to have "package": \{ "ecosystem", "name" \}, got a string/],
    [
      '{"id": "X-1", "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "ranges": [{"type": "SEMVER", "events": [{"fixd": "1"}]}]}]}',
      /events\[0\] to be one of/,
    ],
    [
      '{"id": "X-1", "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "ranges": [{"type": "RANGE", "events": []}]}]}',
      /type to be ECOSYSTEM, SEMVER or GIT, got "RANGE"/,
    ],
  ])('refuses %s clearly', (text, message) => {
    expect(() => parseVulnerabilityJson(text, { location: 'osv/X-1.json' })).toThrow(message);
  });
});

describe('hostile databases are refused', () => {
  it('bounds a database file at 512 MiB by default', () => {
    expect(DB_LIMITS.maxFileBytes).toBe(512 * 1024 * 1024);
    expect(DB_LIMITS.maxTotalBytes).toBe(512 * 1024 * 1024);
  });

  it('refuses a file over the size bound before reading it', async () => {
    const big = path.join(tmp, 'big.json');
    await fs.writeFile(big, Buffer.alloc(2 * 1024 * 1024, 0x20));
    const err = await refusal(
      readVulnerabilityDb(big, { location: big, inputLine: 1 }, { maxFileBytes: 1024 * 1024, maxEntries: 10, maxTotalBytes: 1024 * 1024 }),
    );
    expect(err.message).toMatch(/expected a database of at most 1\.0 MiB, got 2\.0 MiB/);
    expect(err.message).toContain("'vulnerability-db' line 1");
  });

  it('refuses something that is not there, clearly', async () => {
    const err = await refusal(readVulnerabilityDb(path.join(tmp, 'missing.json')));
    expect(err.message).toMatch(/expected a database file or folder, got ENOENT/);
  });

  it('stops a zip bomb at the inflated-size bound', () => {
    // 32 MiB of zeros deflates to ~32 KiB; the bound is 8 MiB.
    const bomb = zipSync({ 'a.json': new Uint8Array(32 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => parseOsvZip(bomb, { location: 'bomb.zip' }, { maxFileBytes: 1 << 30, maxEntries: 10, maxTotalBytes: 8 * 1024 * 1024 })).toThrow(
      /expected the zip's entries to inflate to at most 8\.0 MiB, got more \(entry "a\.json"\)/,
    );
  });

  it('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`r${i}.json`] = strToU8('{"id": "X", "affected": []}');
    expect(() => parseOsvZip(zipSync(files), { location: 'many.zip' }, { maxFileBytes: 1 << 30, maxEntries: 10, maxTotalBytes: 1 << 30 })).toThrow(
      /at most 10 entries, got more/,
    );
  });

  it.each(['../evil.json', '/etc/evil.json', 'a/../../evil.json', 'C:/evil.json', 'a\\..\\evil.json'])('refuses a zip entry named %s', (name) => {
    const zip = zipSync({ [name]: strToU8('{"id": "X", "affected": []}') });
    expect(() => parseOsvZip(zip, { location: 'evil.zip' })).toThrow(/expected zip entry names inside the archive, got/);
  });

  it('refuses a truncated zip', () => {
    const zip = zipSync({ 'a.json': strToU8(JSON.stringify({ id: 'X', affected: [], pad: 'x'.repeat(5000) })) }, { level: 0 });
    expect(() => parseOsvZip(zip.subarray(0, 200), { location: 'cut.zip' })).toThrow(PipelineError);
  });

  it('does not follow a symbolic link inside an OSV folder', async () => {
    const dir = path.join(tmp, 'osv-links');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(tmp, 'outside.json'), '{"id": "OUTSIDE", "affected": [{"package": {"ecosystem": "npm", "name": "a"}}]}');
    await fs.symlink(path.join(tmp, 'outside.json'), path.join(dir, 'link.json'));
    await fs.writeFile(path.join(dir, 'in.json'), '{"id": "INSIDE", "affected": [{"package": {"ecosystem": "npm", "name": "a"}}]}');
    expect((await readVulnerabilityDb(dir)).map((a) => a.id)).toEqual(['INSIDE']);
  });

  it('names the file inside a folder that fails to parse', async () => {
    const dir = path.join(tmp, 'osv-bad');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'bad.json'), '{"id": 5}');
    const err = await refusal(readVulnerabilityDb(dir, { location: dir, inputLine: 2 }));
    expect(err.message).toMatch(/expected an OSV record \(an object with an "id" string\), got an object/);
    expect(err.message).toContain(path.join(dir, 'bad.json'));
  });
});
