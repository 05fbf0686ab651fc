/**
 * A lazily loaded part of an action that is missing (a dist/ folder holding
 * index.js but not its chunk files) ends the step with an error naming the
 * action and the fix, not Node's bare "Cannot find module".
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import { loadFailure } from '../../../shared/src/action/load-failure.js';
import { runChecked } from '../../../shared/src/action/run-action.js';
import { isPipelineError, PipelineError } from '../../../shared/src/errors.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A chunk file that is not there (a variable, so the type-checker does not resolve it). */
const missing = (id: string): string => `/nonexistent-image-pipeline-dist/${id}.index.js`;

async function missingImportError(): Promise<unknown> {
  try {
    await import(missing('606'));
  } catch (e) {
    return e;
  }
  throw new Error('the import of a missing file succeeded');
}

it("turns a missing module into an INTERNAL error naming the action, the file's name only, and the fix", async () => {
  const e = loadFailure('test-image', await missingImportError());
  expect(isPipelineError(e)).toBe(true);
  const p = e as PipelineError;
  expect(p.code).toBe('INTERNAL');
  expect(p.message).toContain("test-image could not load '606.index.js'");
  expect(p.message).not.toContain('/nonexistent-image-pipeline-dist');
  expect(p.hint).toContain('image-pipeline/image-pipeline/test-image@v1');
  expect(p.hint).toContain('npm run build');
  expect(loadFailure('image-pipeline', await missingImportError()) as PipelineError).toMatchObject({
    hint: expect.stringContaining('(image-pipeline/image-pipeline@v1)'),
  });
});

it('leaves every other error as it was', () => {
  const other = new Error('boom');
  expect(loadFailure('build-image', other)).toBe(other);
  const pipeline = new PipelineError('INPUT', 'bad');
  expect(loadFailure('build-image', pipeline)).toBe(pipeline);
  expect(loadFailure('build-image', 'a string')).toBe('a string');
});

it('runChecked reports a run whose lazy import fails as that error', async () => {
  const io = memoryIO();
  const result = await runChecked(
    {
      name: 'distribute-image',
      getInputs: () => ({}),
      run: async () => {
        await import(missing('812'));
        return {};
      },
      outputsOf: () => ({}),
    },
    {},
    io,
  );
  expect(result.failure?.message).toContain("distribute-image could not load '812.index.js'");
});

it("through Node's own ESM loader (not jest's), the step fails with the action's error and exit code 1", async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'load-failure-'));
  const script = path.join(dir, 'step.mts');
  await fs.writeFile(
    script,
    [
      `import { main } from ${JSON.stringify(path.join(repo, 'shared/src/action/run-action.ts'))};`,
      `await main({ name: 'build-image', getInputs: () => ({}), run: async () => { await import(${JSON.stringify(path.join(dir, 'dist/606.index.js'))}); return {}; }, outputsOf: () => ({}) }, {});`,
    ].join('\n'),
  );
  const r = spawnSync(path.join(repo, 'node_modules/.bin/tsx'), [script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  await fs.rm(dir, { recursive: true, force: true });
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/::error::build-image could not load '606\.index\.js'.*npm run build/);
  expect(r.stdout).not.toContain(dir);
}, 30_000);
