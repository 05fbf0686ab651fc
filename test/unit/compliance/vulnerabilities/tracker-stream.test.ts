/**
 * The Debian tracker read member by member (json-members.ts and load.ts'
 * streaming reader) gives exactly what the whole-document reader gives, for
 * any split of the bytes into chunks, and hands every other document to the
 * whole-document reader.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ObjectMembers } from '../../../../shared/src/compliance/vulnerabilities/json-members.js';
import { DB_LIMITS, parseVulnerabilityJson, readVulnerabilityDb, streamDebianTracker } from '../../../../shared/src/compliance/vulnerabilities/load.js';

const FIXTURES = path.resolve('test/fixtures/vulnerabilities');

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tracker-stream-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** The members ObjectMembers finds in `text` fed in chunks of `size` bytes, each value parsed; undefined when it gives up. */
function members(text: string, size: number): [string, unknown][] | undefined {
  const out: [string, unknown][] = [];
  const m = new ObjectMembers((key, value) => out.push([key, JSON.parse(value.toString('utf8'))]));
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) if (!m.push(bytes.subarray(at, at + size))) return undefined;
  return m.end() ? out : undefined;
}

describe('ObjectMembers', () => {
  // Strings with quotes, backslashes, braces and brackets inside, escaped unicode, a key with escapes, nesting, white space everywhere.
  const tricky = ` \n{ "a\\"b\\\\" : {"x": "}]\\\\", "y": ["{", {"z": "\\\\\\"}"}], "é\\u007b": "ü\\n"} ,\n"c":{} , "d" : {"e": [1, 2.5e3, true, null, {}]}}\r\n `;

  it.each([1, 2, 3, 5, 7, 16, 1024])('finds each member and its value, whatever the chunk size (%i)', (size) => {
    expect(members(tricky, size)).toEqual(Object.entries(JSON.parse(tricky) as Record<string, unknown>));
  });

  it('finds the empty object', () => {
    expect(members('{}', 1)).toEqual([]);
    expect(members('  { }  ', 3)).toEqual([]);
  });

  it.each([
    ['an array', '[{"a": {}}]'],
    ['a value that is not an object', '{"a": {}, "b": "text"}'],
    ['an array value', '{"a": []}'],
    ['bytes after the object', '{"a": {}} x'],
    ['a second object', '{"a": {}}{"b": {}}'],
    ['a missing colon', '{"a" {}}'],
    ['a trailing comma', '{"a": {},}'],
    ['a key that is not a string', '{a: {}}'],
    ['a cut value', '{"a": {"b": "c'],
    ['a cut object', '{"a": {}'],
    ['nothing', ''],
  ])('gives up on %s', (_, text) => {
    for (const size of [1, 4, 1024]) expect(members(text, size)).toBeUndefined();
  });
});

describe('the streaming tracker reader', () => {
  it('reads the fixture tracker as the whole-document reader does, every release or one', async () => {
    const file = path.join(FIXTURES, 'debian-tracker.json');
    const text = await fs.readFile(file, 'utf8');
    const origin = { location: file };
    expect(await readVulnerabilityDb(file)).toEqual(parseVulnerabilityJson(text, origin));
    expect(await streamDebianTracker(file, origin, DB_LIMITS.maxFileBytes, {})).toEqual(parseVulnerabilityJson(text, origin));
    const releases = new Set(['bookworm', '12']);
    expect(await readVulnerabilityDb(file, origin, undefined, { releases })).toEqual(parseVulnerabilityJson(text, origin, { releases }));
  });

  it('reads a tracker of several megabytes, packages spanning its read chunks, as the whole-document reader does', async () => {
    const doc: Record<string, Record<string, unknown>> = {};
    for (let p = 0; p < 16; p++) {
      const issues: Record<string, unknown> = {};
      for (let i = 0; i < 250; i++)
        issues[`CVE-2024-${p * 1000 + i}`] = {
          // Quotes, backslashes and braces in the text, so chunk boundaries fall inside escapes too.
          description: `issue ${i} of pkg-${p}: "quoted" \\ back\\slash {brace} [bracket] ${'x'.repeat(300 + (i % 97))}`,
          releases: {
            bookworm: i % 3 === 0 ? { status: 'open', urgency: 'low' } : { status: 'resolved', fixed_version: `1.${i}-1`, urgency: 'high**' },
            trixie: i % 5 === 0 ? { status: 'undetermined' } : { status: 'resolved', fixed_version: '0', urgency: 'unimportant' },
          },
        };
      doc[`pkg-${p}`] = issues;
    }
    // Pretty-printed: white space between tokens, as some exports have.
    const text = JSON.stringify(doc, null, 2);
    expect(text.length).toBeGreaterThan(2.5 * 1024 * 1024);
    const file = path.join(tmp, 'big-tracker.json');
    await fs.writeFile(file, text);
    const origin = { location: file };
    const streamed = await readVulnerabilityDb(file, origin);
    expect(streamed).toEqual(parseVulnerabilityJson(text, origin));
    // Read by the streaming reader itself, not handed on to the whole-document one.
    expect(await streamDebianTracker(file, origin, DB_LIMITS.maxFileBytes, {})).toEqual(streamed);
    expect(streamed).toHaveLength(16 * (250 + 250 - 50));
    const releases = new Set(['trixie']);
    expect(await readVulnerabilityDb(file, origin, undefined, { releases })).toEqual(parseVulnerabilityJson(text, origin, { releases }));
  });

  it('keeps the last of a package given twice, as JSON.parse does', async () => {
    const file = path.join(tmp, 'twice.json');
    const issue = (v: string): string => `{"CVE-1": {"releases": {"bookworm": {"status": "resolved", "fixed_version": "${v}", "urgency": "low"}}}}`;
    await fs.writeFile(file, `{"a": ${issue('1')}, "b": ${issue('2')}, "a": ${issue('3')}}`);
    const list = await readVulnerabilityDb(file);
    expect(list.map((a) => [a.package, a.fixedVersion])).toEqual([
      ['a', '3'],
      ['b', '2'],
    ]);
  });

  it('leaves other formats to the whole-document reader', async () => {
    expect(await readVulnerabilityDb(path.join(FIXTURES, 'alpine-v3.19-main.json'))).toHaveLength(5);
    // An OSV record whose fields are all objects but "id" and an Alpine-like object of objects: told apart by shape, as before.
    const osv = path.join(tmp, 'record.json');
    await fs.writeFile(osv, await fs.readFile(path.join(FIXTURES, 'osv', 'GO-2023-2102.json')));
    expect((await readVulnerabilityDb(osv)).map((a) => a.id)).toEqual(['GO-2023-2102']);
    const alpineLike = path.join(tmp, 'alpine-like.json');
    await fs.writeFile(alpineLike, '{"distroversion": {}, "packages": {}}');
    await expect(readVulnerabilityDb(alpineLike)).rejects.toThrow(/expected "distroversion" like "v3.19", got an object/);
    for (const f of [path.join(FIXTURES, 'alpine-v3.19-main.json'), osv, alpineLike])
      expect(await streamDebianTracker(f, { location: f }, DB_LIMITS.maxFileBytes, {})).toBeUndefined();
  });

  it.each([
    ['a syntax error in a package', '{"a": {"CVE-1": {"releases": {}}},\n"b": {"CVE-2": {"releases": }}}', /expected JSON, got a syntax error/],
    ['bytes after the object', '{"a": {"CVE-1": {"releases": {}}}}\n\n]', /expected JSON, got a syntax error at line 3/],
    ['a package that is not an object', '{"a": {"CVE-1": {"releases": {}}}, "b": [1]}', /expected package 'b' to map issue ids to objects, got an array/],
    [
      'a bad status late in the file',
      '{"a": {"CVE-1": {"releases": {"sid": {"status": "fixed"}}}}}',
      /status to be resolved, open or undetermined, got "fixed"/,
    ],
  ])('says what is wrong as the whole-document reader does: %s', async (_, text, message) => {
    const file = path.join(tmp, 'bad.json');
    await fs.writeFile(file, text);
    await expect(readVulnerabilityDb(file, { location: file, inputLine: 4 })).rejects.toThrow(message);
    expect(await streamDebianTracker(file, { location: file }, DB_LIMITS.maxFileBytes, {})).toBeUndefined();
    expect(() => parseVulnerabilityJson(text, { location: file, inputLine: 4 })).toThrow(message);
  });
});
