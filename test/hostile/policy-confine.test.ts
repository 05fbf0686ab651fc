/**
 * test-image's policy input pointed out of the repository: at an absolute
 * path, through `..`, or through a symlink committed in the repository.
 * Refused unless the workflow says allow-outside-workspace: true, with an
 * error naming the input, the path and the fix; never read, never echoed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPolicy } from '../../shared/src/compliance/policy-load.js';
import { PipelineError } from '../../shared/src/errors.js';
import { workspaceFile } from '../../shared/src/action/workspace-path.js';
import { getInputs } from '../../test-image/src/context.js';
import { craftImage } from './crafted.js';

const SECRET = 'root:$6$Confined$Zq81bcXhashhashhash0123456789:19000:0:99999:7:::';

let tmp: string;
let ws: string;
let outside: string;
beforeAll(async () => {
  tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-confine-')));
  ws = path.join(tmp, 'ws');
  outside = path.join(tmp, 'outside');
  await fs.mkdir(path.join(ws, 'policies'), { recursive: true });
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'shadow'), `${SECRET}\n`);
  await fs.writeFile(path.join(ws, 'policies', 'image-policy.yml'), 'schemaVersion: 2.0.0\n');
  await fs.symlink('../outside/shadow', path.join(ws, 'linked.yml'));
  await fs.symlink('../outside', path.join(ws, 'linked-dir'));
  await fs.symlink('policies/image-policy.yml', path.join(ws, 'inner-link.yml'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function refusal(value: string): Promise<PipelineError> {
  const e = await workspaceFile('policy', value, { workspace: ws }).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PipelineError);
  return e as PipelineError;
}

describe('workspaceFile', () => {
  it.each([
    ['an absolute path', () => path.join(outside, 'shadow'), ''],
    ['a path that climbs out', () => '../outside/shadow', ''],
    ['a symlink in the repository that leaves it', () => 'linked.yml', `, which resolves to ${path.join('OUTSIDE', 'shadow')}`],
    ['a file under a symlinked folder that leaves it', () => 'linked-dir/shadow', `, which resolves to ${path.join('OUTSIDE', 'shadow')}`],
    ['a missing file under a symlinked folder that leaves it', () => 'linked-dir/nope.yml', `, which resolves to ${path.join('OUTSIDE', 'nope.yml')}`],
  ])('refuses %s, naming the input, the path and the fix', async (_what, value, via) => {
    const e = await refusal(value());
    expect(e.code).toBe('UNSAFE_PATH');
    expect(e.input).toBe('policy');
    expect(e.message).toBe(
      `input 'policy': expected a file inside the workspace (${ws}), got '${value()}'${via.replace('OUTSIDE', outside)}. Name a file in the repository by a path relative to the workspace; to read a file outside it on purpose, set allow-outside-workspace: true on this step.`,
    );
  });

  it('accepts files inside, links that stay inside, and a missing file (its reader says it is missing)', async () => {
    const inside = path.join(ws, 'policies', 'image-policy.yml');
    expect(await workspaceFile('policy', 'policies/image-policy.yml', { workspace: ws })).toBe(inside);
    expect(await workspaceFile('policy', inside, { workspace: ws })).toBe(inside);
    expect(await workspaceFile('policy', 'inner-link.yml', { workspace: ws })).toBe(inside);
    expect(await workspaceFile('policy', 'policies/../policies/./image-policy.yml', { workspace: ws })).toBe(inside);
    expect(await workspaceFile('policy', 'missing.yml', { workspace: ws })).toBe(path.join(ws, 'missing.yml'));
    await expect(loadPolicy(path.join(ws, 'missing.yml'), 'missing.yml')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('with allow-outside-workspace, reads the file, and its parse error still echoes none of it', async () => {
    const file = await workspaceFile('policy', path.join(outside, 'shadow'), { workspace: ws, allowOutside: true });
    expect(file).toBe(path.join(outside, 'shadow'));
    const e = await loadPolicy(file, file).then(
      () => undefined,
      (x: unknown) => x as PipelineError,
    );
    expect(e).toBeInstanceOf(PipelineError);
    expect((e as PipelineError).message).not.toContain('Zq81bcX');
  });

  it('allow-outside-workspace is a boolean input, off unless set', () => {
    const base = { INPUT_IMAGE: './layout', RUNNER_TEMP: '/rt' };
    expect(getInputs(base)['allow-outside-workspace']).toBeUndefined();
    expect(getInputs({ ...base, 'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'false' })['allow-outside-workspace']).toBeUndefined();
    expect(getInputs({ ...base, 'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'true' })['allow-outside-workspace']).toBe(true);
    expect(() => getInputs({ ...base, 'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'sure' })).toThrow("input 'allow-outside-workspace' is 'sure', not a boolean");
  });
});

describe('test-image run as the runner runs it', () => {
  const run = (env: Record<string, string>): Promise<{ code: number; out: string }> =>
    new Promise((resolve) => {
      execFile(
        path.resolve('node_modules/.bin/tsx'),
        [path.resolve('test-image/src/main.ts')],
        {
          cwd: ws,
          timeout: 90_000,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(tmp, 'rt'), ...env },
        },
        (e, out, err) => resolve({ code: e === null ? 0 : typeof e.code === 'number' ? e.code : -1, out: `${out}${err}` }),
      );
    });

  it('refuses policy: /absolute/path/outside before reading it, and prints nothing of it', async () => {
    const { dir } = await craftImage(path.join(tmp, 'image'), { layers: [[{ name: 'etc/hostname', content: 'x\n' }]] });
    const r = await run({ INPUT_IMAGE: dir, INPUT_POLICY: path.join(outside, 'shadow'), INPUT_RULES: 'none' });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`::error::input 'policy': expected a file inside the workspace (${ws}), got '${path.join(outside, 'shadow')}'`);
    expect(r.out).toContain('set allow-outside-workspace: true');
    expect(r.out).not.toContain('Zq81bcX');
    // The same policy inside the workspace passes.
    const ok = await run({ INPUT_IMAGE: dir, INPUT_POLICY: 'policies/image-policy.yml', INPUT_RULES: 'none' });
    expect(ok.out).toContain('test-image passed');
    expect(ok.code).toBe(0);
  }, 200_000); // two cold starts of the action's TypeScript on a shared machine
});
