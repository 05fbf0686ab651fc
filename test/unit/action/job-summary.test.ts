import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { writeJobSummary } from '../../../shared/src/action/job-summary.js';

describe('writeJobSummary', () => {
  test('outside a runner (no GITHUB_STEP_SUMMARY) it writes nothing and does not throw', async () => {
    await expect(writeJobSummary('## hi\n', {})).resolves.toBe(false);
  });
  test('with the file set, the markdown lands in it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(dir, 'summary.md');
    await fs.writeFile(file, '');
    const saved = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = file; // @actions/core reads the path from process.env itself
    try {
      await expect(writeJobSummary('## built\n', { GITHUB_STEP_SUMMARY: file })).resolves.toBe(true);
      expect(await fs.readFile(file, 'utf8')).toBe('## built\n');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
