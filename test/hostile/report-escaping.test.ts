/**
 * File names from a crafted image on their way to the runner's log and the
 * job summary: a NUL, an escape sequence or a newline must not reach a
 * workflow-command line raw, and markdown or HTML must not render.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { checkImage, type CheckResult } from '../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../shared/src/compliance/policy-load.js';
import { toAnnotations } from '../../shared/src/report/annotations.js';
import { buildReport, type Report } from '../../shared/src/report/report.js';
import { toSummary } from '../../shared/src/report/summary/test.js';
import { markdownText } from '../../shared/src/report/markdown.js';
import { tarBytes } from '../support/images.js';
import { craftImage } from './crafted.js';

const NUL_NAME = 'opt/evil\u0000name\n::error::pwned\u001b[31m\r::set-output name=x::y';
const HTML_NAME = 'opt/<img src=x onerror=alert(1)>[click](javascript:alert(1))|x`code`*b* www.evil.example';

let tmp: string;
let check: CheckResult;
let report: Report;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-report-'));
  const layer = await tarBytes([
    { name: NUL_NAME, mode: 0o4755, content: 'x', pax: true },
    { name: HTML_NAME, mode: 0o4755, content: 'y', pax: true },
  ]);
  const { dir } = await craftImage(path.join(tmp, 'names'), { layers: [layer] });
  check = await checkImage({ image: dir, policy: defaultPolicy(), rules: ['CIS-4.8'] });
  report = buildReport(check, check.findings, { failOn: 'error' });
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('a file name with control characters', () => {
  it('is in the index as written (the image really has it)', () => {
    expect(check.findings.map((f) => (f.subject as { path: string }).path).sort()).toEqual([`/${HTML_NAME}`, `/${NUL_NAME}`].sort());
  });

  it('reaches the ::warning line escaped: one line per annotation, no control character, no second command', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      // As test-image's main.ts writes them.
      for (const a of toAnnotations(report.findings)) core.warning(a.message, { title: a.title, ...(a.file === undefined ? {} : { file: a.file }) });
    } finally {
      spy.mockRestore();
    }
    const out = lines.join('');
    const commands = out.split(os.EOL).filter((l) => l !== '');
    expect(commands).toHaveLength(2);
    for (const l of commands) {
      expect(l.startsWith('::warning title=CIS-4.8::')).toBe(true);
      expect(l).not.toMatch(CONTROL);
      expect(l).not.toContain('\r');
    }
    const evil = commands.find((l) => l.includes('pwned')) as string;
    expect(evil).toContain('/opt/evil\\0name\\n::error::pwned\\x1b[31m\\r::set-output name=x::y');
  });
});

describe('a file name with markdown and HTML', () => {
  it('shows in the job summary as the characters it is', () => {
    const md = toSummary(report);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](javascript:');
    expect(md).not.toMatch(CONTROL);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;\\[click\\]\\(javascript:alert(1))\\|x\\`code\\`\\*b\\* www\\.evil.example');
    // No link or image can form: every bracket before a parenthesis is escaped.
    expect(md).not.toMatch(/(?<!\\)\](?=\()/);
    // Each finding is one table row of exactly four cells: no name ends a row or adds a cell.
    const rows = md.split('\n').filter((l) => l.startsWith('| 🟠'));
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length - 2).toBe(4);
  });

  it('markdownText cuts before escaping, so a cut never leaves a dangling backslash', () => {
    expect(markdownText('a|b', 1)).toBe('a…');
    expect(markdownText('||||', 2)).toBe('\\|\\|…');
    expect(markdownText('visit www.evil.example or https://x')).toBe('visit www\\.evil.example or https\\://x');
  });
});
