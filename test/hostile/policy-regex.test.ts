/**
 * A hostile policy pattern against hostile image contents (issue 10 item 7):
 * no pattern can hang a step. Patterns are compiled with RE2 semantics
 * (re2js), which matches in time linear in the text; with JavaScript's
 * backtracking RegExp, `^(a+)+$` over this line never returned.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { parsePolicy } from '../../shared/src/compliance/policy-load.js';
import { writeLayout } from '../support/images.js';

let tmp: string;
let image: string;
const LINE = `${'a'.repeat(100_000)}!`;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-regex-'));
  image = path.join(tmp, 'img');
  await writeLayout(image, {
    layers: [
      [
        { name: 'etc/', type: 'directory' },
        { name: 'etc/long', content: `${LINE}\n` },
      ],
    ],
    config: { Env: [`LONG=${LINE}`], Labels: { long: LINE } },
  });
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('catastrophic patterns in a policy', () => {
  it('over a 100 KB line of the image, in file contents, env and labels, finish in milliseconds with the right verdict', async () => {
    const policy = parsePolicy({
      file: 'p.yml',
      text: `schemaVersion: '2.0.0'
compliance: {packs: []}
fileContentTests:
  - name: nested plus
    path: /etc/long
    expectedContents: ['^(a+)+$', '(a|aa)+!']
    excludedContents: ['^(a|a)*$', '(x+x+)+y']
metadataTest:
  envVars: [{key: LONG, value: '^(a+)+$', isRegex: true}]
  labels: [{key: long, value: '^(a|aa)+!$', isRegex: true}]
`,
    });
    const t0 = performance.now();
    const r = await checkImage({ image, policy });
    const ms = performance.now() - t0;
    // Go's verdicts: `$` is the end of the text (not before its final newline), so ^(a+)+$ does not match "a…a!\n".
    expect(r.tests.map((t) => [t.name, t.passed, t.failures])).toEqual([
      ['nested plus', false, ["/etc/long: expected contents to match '^(a+)+$', got no match"]],
      // The image's 100 KB value is not echoed: a short preview.
      ['Metadata Test', false, [`expected env var LONG to match '^(a+)+$', got '${'a'.repeat(80)}…'`]],
    ]);
    expect(ms).toBeLessThan(2000);
  });

  it('a pattern RE2 cannot run (a backreference) is refused at load with its reason, never tried', () => {
    expect(() =>
      parsePolicy({ file: 'p.yml', text: "schemaVersion: '2.0.0'\nfileContentTests:\n  - {name: a, path: /etc/long, expectedContents: ['^(a+)\\1$']}\n" }),
    ).toThrow(
      "fileContentTests[0].expectedContents[0]: '^(a+)\\1$' is not a valid regular expression (Go's RE2 syntax: error parsing regexp: invalid escape sequence: `\\1`)",
    );
  });
});
