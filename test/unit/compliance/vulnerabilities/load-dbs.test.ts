import { copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadDbs, parseDbInput, type DbEntry, type LoadDbsOptions } from '../../../../shared/src/compliance/vulnerabilities/db-inputs.js';
import { DB_LIMITS } from '../../../../shared/src/compliance/vulnerabilities/load.js';

const TRACKER = new URL('../../../fixtures/vulnerabilities/security-rebuild/debian-tracker.json', import.meta.url).pathname;

/** A fetch that answers every URL with `body` and `status` (and records what was asked). */
function serve(body: Buffer | string, status = 200, asked: string[] = []): typeof fetch {
  return (async (url: string | URL) => {
    asked.push(String(url));
    return new Response(status === 200 ? body : null, { status });
  }) as typeof fetch;
}

describe('parseDbInput (check-updates and test-image alike)', () => {
  it('keeps paths and http(s) URLs with their line numbers; blanks and comments skipped', () => {
    expect(parseDbInput('\n# c\n./db.json\r\nhttp://127.0.0.1:8/osv.zip')).toEqual([
      { kind: 'path', value: './db.json', line: 3 },
      { kind: 'url', value: 'http://127.0.0.1:8/osv.zip', line: 4 },
    ]);
  });

  it('refuses another scheme naming the input and the line', () => {
    expect(() => parseDbInput('a.json\nfile:///etc/x.json')).toThrow(/'vulnerability-db' line 2: expected an https:\/\/ URL, got file:/);
  });
});

/** loadDbs as check-updates calls it: paths as given (absolute here), downloads into a fresh cache. */
async function readDbs(entries: DbEntry[], opts: Partial<LoadDbsOptions> = {}) {
  const loaded = await loadDbs(entries, { scope: { workspace: tmpdir(), allowOutside: true }, cacheDir: mkdtempSync(join(tmpdir(), 'vdb-cache-')), ...opts });
  return loaded.flatMap((d) => d.advisories);
}
const at = (value: string, line: number): DbEntry => ({ kind: /^https?:/.test(value) ? 'url' : 'path', value, line });

describe('loadDbs', () => {
  it('reads a path and a downloaded URL alike, in input order', async () => {
    const asked: string[] = [];
    const osv = JSON.stringify({
      id: 'GHSA-xxxx',
      modified: '2024-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [] }],
    });
    const got = await readDbs([at(TRACKER, 1), at('http://127.0.0.1:9/osv.json', 2)], { fetchImpl: serve(osv, 200, asked) });
    expect(asked).toEqual(['http://127.0.0.1:9/osv.json']);
    expect(got.filter((a) => a.source === 'debian-tracker').map((a) => a.id)).toContain('CVE-2024-0001');
    expect(got.at(-1)).toMatchObject({ id: 'GHSA-xxxx', source: 'osv', package: 'left-pad' });
  });

  it('a URL answering an error names the input, the line and the status', async () => {
    await expect(readDbs([at('http://127.0.0.1:9/db.json', 3)], { fetchImpl: serve('', 404) })).rejects.toMatchObject({
      input: 'vulnerability-db',
      file: 'http://127.0.0.1:9/db.json',
      message:
        "'vulnerability-db' line 3: the server answered HTTP 404, expected 200 and the vulnerability database (http://127.0.0.1:9/db.json). Check the URL; the server must answer with the file itself.",
    });
  });

  it('a download past the cap stops there, naming the line', async () => {
    const limits = { ...DB_LIMITS, maxFileBytes: 100 };
    await expect(readDbs([at('http://127.0.0.1:9/db.json', 2)], { fetchImpl: serve(Buffer.alloc(1000, 0x20)), limits })).rejects.toThrow(
      /'vulnerability-db' line 2: expected at most 100 B, got more/,
    );
  });

  it('a missing path names the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdb-'));
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    await expect(readDbs([at(join(dir, 'missing.json'), 4)])).rejects.toThrow(/'vulnerability-db' line 4: expected a database file or folder, got ENOENT/);
    await expect(readDbs([at(join(dir, 'bad.json'), 5)])).rejects.toThrow(/'vulnerability-db' line 5: expected JSON/);
  });
});

describe('a database dates itself (maxDbAge)', () => {
  const OSV_DIR = new URL('../../../fixtures/vulnerabilities/osv', import.meta.url).pathname;
  const record = (id: string, modified: string) =>
    JSON.stringify({
      id,
      modified,
      affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }],
    });

  it("a folder of OSV records is as old as its newest record's modified, whatever the files' mtimes", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdb-osv-'));
    writeFileSync(join(dir, 'a.json'), record('GHSA-a', '2024-01-10T00:00:00Z'));
    writeFileSync(join(dir, 'b.json'), record('GHSA-b', '2024-03-05T12:00:00Z'));
    const [db] = await loadDbs([at(dir, 1)], { scope: { workspace: tmpdir(), allowOutside: true }, cacheDir: mkdtempSync(join(tmpdir(), 'vdb-cache-')) });
    expect(db).toMatchObject({ timestamp: new Date('2024-03-05T12:00:00Z'), dated: 'records' });
    // The fixture folder (its newest record is of 2024-02-01).
    const [fixtures] = await loadDbs([at(OSV_DIR, 1)], {
      scope: { workspace: tmpdir(), allowOutside: true },
      cacheDir: mkdtempSync(join(tmpdir(), 'vdb-cache-')),
    });
    expect(fixtures).toMatchObject({ timestamp: new Date('2024-02-01T00:00:00Z'), dated: 'records' });
  });

  it('a zip of OSV records downloaded today is as old as its records, not the download', async () => {
    const zip = Buffer.from(
      zipSync({ 'npm/GHSA-a.json': strToU8(record('GHSA-a', '2023-06-01T00:00:00Z')), 'npm/GHSA-b.json': strToU8(record('GHSA-b', '2023-07-01T08:00:00Z')) }),
    );
    const [db] = await loadDbs([at('http://127.0.0.1:9/all.zip', 1)], {
      scope: { workspace: tmpdir() },
      cacheDir: mkdtempSync(join(tmpdir(), 'vdb-cache-')),
      fetchImpl: serve(zip),
    });
    expect(db).toMatchObject({ timestamp: new Date('2023-07-01T08:00:00Z'), dated: 'records' });
  });

  it('the Debian tracker and Alpine secdb (no record times) are dated as before: the file mtime, or a URL server Last-Modified', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdb-tracker-'));
    const file = join(dir, 'tracker.json');
    copyFileSync(TRACKER, file);
    const then = new Date('2024-05-01T00:00:00Z');
    utimesSync(file, then, then);
    const opts = { scope: { workspace: tmpdir(), allowOutside: true }, cacheDir: mkdtempSync(join(tmpdir(), 'vdb-cache-')) };
    expect((await loadDbs([at(file, 1)], opts))[0]).toMatchObject({ timestamp: then, dated: 'mtime' });
    const secdb = join(dir, 'alpine.json');
    copyFileSync(new URL('../../../fixtures/vulnerabilities/alpine-v3.19-main.json', import.meta.url).pathname, secdb);
    utimesSync(secdb, then, then);
    const [alpine] = await loadDbs([at(secdb, 2)], opts);
    expect(alpine).toMatchObject({ timestamp: then, dated: 'mtime' });
    expect(alpine?.advisories.length).toBeGreaterThan(0);
    const withHeader = (async () =>
      new Response(readFileSync(TRACKER), { status: 200, headers: { 'last-modified': 'Wed, 01 May 2024 10:00:00 GMT' } })) as unknown as typeof fetch;
    expect((await loadDbs([at('http://127.0.0.1:9/tracker.json', 1)], { ...opts, fetchImpl: withHeader }))[0]).toMatchObject({
      timestamp: new Date('2024-05-01T10:00:00Z'),
      dated: 'last-modified',
    });
  });

  it('an unreadable modified is an error naming the record and what was expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdb-osv-'));
    writeFileSync(join(dir, 'a.json'), record('GHSA-a', 'yesterday'));
    await expect(readDbs([at(dir, 2)])).rejects.toThrow(/'vulnerability-db' line 2: expected GHSA-a "modified" to be an RFC 3339 time, got "yesterday"/);
  });
});
