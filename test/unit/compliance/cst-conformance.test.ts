/**
 * container-structure-test conformance: every suite under
 * test/fixtures/cst-conformance/suites run through the real loader and
 * checkImage against the images of images.ts, each verdict compared with the
 * one CST gives (cases.ts, derived from its Go source); refused suites refused
 * with CST's reason; and the README's conformance table kept equal to
 * table.ts, every case it names existing and checked here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../../shared/src/compliance/check-image.js';
import { loadPolicy } from '../../../shared/src/compliance/policy-load.js';
import { REFUSED_CASES, RUN_CASES } from '../../fixtures/cst-conformance/cases.js';
import { IMAGES, type ImageName } from '../../fixtures/cst-conformance/images.js';
import { END, renderTable, ROWS, START, withTable } from '../../fixtures/cst-conformance/table.js';
import { writeLayout } from '../../support/images.js';

const SUITES = path.join(process.cwd(), 'test/fixtures/cst-conformance/suites');
let tmp: string;
const layouts = new Map<ImageName, string>();

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cst-conformance-'));
  for (const [name, spec] of Object.entries(IMAGES)) {
    const dir = path.join(tmp, name);
    await writeLayout(dir, spec);
    layouts.set(name as ImageName, dir);
  }
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function verdicts(suite: string, image: ImageName) {
  const policy = await loadPolicy(path.join(SUITES, suite), suite);
  const r = await checkImage({ image: layouts.get(image) as string, policy, rules: [] });
  // How the file was read reaches the run's notices (the action logs them and puts them in the summary).
  expect(r.notices).toEqual(expect.arrayContaining(policy.notices ?? []));
  if (policy.policy.schemaVersion === '1.0.0') expect(r.notices.join('\n')).toContain('schemaVersion 1.0.0 is read as container-structure-test reads it');
  return r.tests;
}

describe('container-structure-test conformance: verdicts', () => {
  it.each(RUN_CASES.map((c) => [c.suite, c] as const))("%s gives CST's verdict for every test", async (_suite, c) => {
    const tests = await verdicts(c.suite, c.image);
    const got = Object.fromEntries(tests.map((t) => [`${t.kind}:${t.name}`, t.passed]));
    const want = { ...c.expect, ...Object.fromEntries(Object.entries(c.differs ?? {}).map(([k, d]) => [k, d.ours])) };
    expect(got).toEqual(want);
    // A documented difference really differs from CST.
    for (const [k, d] of Object.entries(c.differs ?? {})) expect([k, d.ours]).not.toEqual([k, c.expect[k]]);
    // Every failure keeps the "expected X, got Y" shape (or names the looping link).
    for (const t of tests) for (const f of t.failures) expect(f).toMatch(/expected|too many levels/);
  });

  it('a catastrophic pattern over a 100 KB line finishes in well under 2 s', async () => {
    const tests = await verdicts('file_content.yaml', 'ubuntu');
    const slow = tests.find((t) => t.name === 'catastrophic pattern on a long line');
    expect(slow?.passed).toBe(true);
    expect(slow?.durationMs).toBeLessThan(2000);
  });

  it('every suite file is covered by a case', async () => {
    const files = (await fs.readdir(SUITES)).filter((f) => f.endsWith('.yaml') || f.endsWith('.json')).sort();
    expect([...RUN_CASES.map((c) => c.suite), ...REFUSED_CASES.map((c) => c.suite)].sort()).toEqual(files);
  });
});

describe('container-structure-test conformance: suites CST refuses', () => {
  it.each(REFUSED_CASES.map((c) => [c.suite, c] as const))("%s is refused with CST's reason", async (_suite, c) => {
    await expect(loadPolicy(path.join(SUITES, c.suite), c.suite)).rejects.toMatchObject({
      code: 'POLICY',
      message: expect.stringContaining(c.refused) as unknown as string,
    });
  });
});

describe('the README conformance table', () => {
  it('is the table in table.ts', async () => {
    const readme = await fs.readFile(path.join(process.cwd(), 'README.md'), 'utf8');
    expect(readme).toContain(START);
    expect(readme).toContain(END);
    expect(withTable(readme)).toBe(readme);
    expect(readme).toContain(renderTable());
  });

  it('names only cases that exist and are checked above', () => {
    for (const row of ROWS) {
      expect(row.cases.length).toBeGreaterThan(0);
      for (const ref of row.cases) {
        const [suite, key] = ref.split('#') as [string, string | undefined];
        if (suite.startsWith('test/')) {
          expect([ref, existsSync(path.join(process.cwd(), suite))]).toEqual([ref, true]);
          continue;
        }
        const run = RUN_CASES.find((c) => c.suite === suite);
        const refused = REFUSED_CASES.find((c) => c.suite === suite);
        if (key === undefined) expect([ref, run !== undefined || refused !== undefined]).toEqual([ref, true]);
        else expect([ref, run?.expect[key] !== undefined]).toEqual([ref, true]);
      }
    }
  });
});
