/**
 * build-image's run() checks the context, the Dockerfile and the output before it loads the builders (a bad
 * input is refused fast), and buildImage takes what that check found instead of looking again: each location
 * is probed on the file system once per run. node:fs/promises is replaced here by the real module with its
 * stat() counted per path. The run stops in buildImage right after the locations (a Dockerfile without FROM),
 * before any builder runs.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';

const stats = new Map<string, number>();
const actual = await import('node:fs/promises');
jest.unstable_mockModule('node:fs/promises', () => ({
  ...actual,
  stat: (p: Parameters<typeof actual.stat>[0], ...rest: unknown[]) => {
    const key = String(p);
    stats.set(key, (stats.get(key) ?? 0) + 1);
    return (actual.stat as (...a: unknown[]) => ReturnType<typeof actual.stat>)(p, ...rest);
  },
}));
const { run } = await import('../../../build-image/src/run.js');
const { getInputs } = await import('../../../build-image/src/context.js');
const { memoryIO } = await import('../../../shared/src/action/io.js');
const { buildImage } = await import('../../../shared/src/builders/build.js');
const { locateBuild } = await import('../../../shared/src/builders/locate.js');

let ws: string;
beforeAll(async () => {
  ws = await actual.mkdtemp(path.join(os.tmpdir(), 'locate-once-'));
  await actual.mkdir(path.join(ws, 'app'));
  await actual.writeFile(path.join(ws, 'app/Dockerfile'), '# no FROM: buildImage stops right after locating it\n');
});
afterAll(async () => {
  await actual.rm(ws, { recursive: true, force: true });
});

describe('build-image run: the context, Dockerfile and output are located once', () => {
  it('each is probed once, and buildImage still reads the Dockerfile the early check found', async () => {
    const output = path.join(ws, 'layout');
    const inputs = getInputs({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws, INPUT_CONTEXT: 'app', INPUT_OUTPUT: output, INPUT_BUILDER: 'buildah' });
    stats.clear();
    await expect(run(inputs, memoryIO())).rejects.toThrow('app/Dockerfile has no FROM instruction');
    expect({
      context: stats.get(path.join(ws, 'app')),
      dockerfile: stats.get(path.join(ws, 'app/Dockerfile')),
      output: stats.get(output),
    }).toEqual({ context: 1, dockerfile: 1, output: 1 });
  });

  it('a bad input is still refused by the early check, which probes the context once', async () => {
    const inputs = getInputs({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws, INPUT_CONTEXT: 'no-such-folder', INPUT_BUILDER: 'buildah' });
    stats.clear();
    await expect(run(inputs, memoryIO())).rejects.toThrow(`the build context 'no-such-folder' does not exist (looked in ${path.join(ws, 'no-such-folder')})`);
    expect(stats.get(path.join(ws, 'no-such-folder'))).toBe(1);
  });

  it('buildImage refuses locations found for other inputs, and probes nothing for them', async () => {
    await actual.mkdir(path.join(ws, 'other'), { recursive: true });
    await actual.writeFile(path.join(ws, 'other/Dockerfile'), 'FROM scratch\n');
    const output = path.join(ws, 'layout');
    const located = await locateBuild({ context: 'other', output }, ws);
    const inputs = getInputs({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws, INPUT_CONTEXT: 'app', INPUT_OUTPUT: output, INPUT_BUILDER: 'buildah' });
    if (inputs.kind !== 'container') throw new Error('expected a container input');
    const log = { info: () => undefined, warning: () => undefined, debug: () => undefined };
    stats.clear();
    const failure = buildImage({ ...inputs, buildArgs: inputs['build-args'], located }, { log });
    await expect(failure).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(failure).rejects.toThrow("buildImage was given the locations of another request (context 'other', not 'app')");
    expect(stats.size).toBe(0);
  });
});
