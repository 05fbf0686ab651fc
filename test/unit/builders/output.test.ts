import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { checkOutput, locateContext, locateDockerfile } from '../../../shared/src/builders/locate.js';
import { containersEnv } from '../../../shared/src/builders/buildah.js';
import { buildImage, type BuildRequest } from '../../../shared/src/builders/build.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'output-check-'));
  await fs.mkdir(path.join(tmp, 'ctx'));
  await fs.mkdir(path.join(tmp, 'old-layout'));
  await fs.writeFile(path.join(tmp, 'old-layout/oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await fs.mkdir(path.join(tmp, 'empty'));
  await fs.mkdir(path.join(tmp, 'stuff'));
  await fs.writeFile(path.join(tmp, 'stuff/notes.txt'), 'mine');
  await fs.writeFile(path.join(tmp, 'file'), 'x');
  await fs.writeFile(path.join(tmp, 'ctx/Containerfile'), 'FROM scratch\n');
  await fs.mkdir(path.join(tmp, 'ctx/docker'));
  await fs.writeFile(path.join(tmp, 'ctx/docker/Dockerfile.prod'), 'FROM scratch\n');
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('checkOutput: the folder that will be replaced', () => {
  test.each([['new'], ['old-layout'], ['empty']])('%s is fine', async (name) => {
    await expect(checkOutput(path.join(tmp, name), path.join(tmp, 'ctx'))).resolves.toBe(path.join(tmp, name));
  });
  test.each([
    ['the context itself', 'ctx', /contains the build context/],
    ['a parent of the context', '.', /contains the build context/],
    ['a folder of other files', 'stuff', /not an OCI layout; refusing to replace it/],
    ['a file', 'file', /is a file/],
  ])('%s is refused', async (_t, name, message) => {
    await expect(checkOutput(path.join(tmp, name), path.join(tmp, 'ctx'))).rejects.toThrow(message);
  });
});

test('buildah/podman run without SOURCE_DATE_EPOCH (we pass --timestamp)', () => {
  expect(containersEnv({ PATH: '/bin', SOURCE_DATE_EPOCH: '1' })).toEqual({ PATH: '/bin' });
});

describe('locating the context and the Dockerfile', () => {
  test('Containerfile when there is no Dockerfile', async () => {
    await expect(locateDockerfile(path.join(tmp, 'ctx'), undefined)).resolves.toBe(path.join(tmp, 'ctx/Containerfile'));
  });
  test("'file' relative to the working directory, else to the context", async () => {
    await expect(locateDockerfile(path.join(tmp, 'ctx'), path.join(tmp, 'ctx/docker/Dockerfile.prod'))).resolves.toBe(
      path.join(tmp, 'ctx/docker/Dockerfile.prod'),
    );
    await expect(locateDockerfile(path.join(tmp, 'ctx'), 'docker/Dockerfile.prod')).resolves.toBe(path.join(tmp, 'ctx/docker/Dockerfile.prod'));
  });
  test('errors name the input', async () => {
    await expect(locateDockerfile(path.join(tmp, 'empty'), undefined)).rejects.toMatchObject({
      input: 'file',
      message: expect.stringMatching(/no Dockerfile or Containerfile/),
    });
    await expect(locateContext(path.join(tmp, 'file'))).rejects.toMatchObject({ input: 'context', message: expect.stringMatching(/is a file, not a folder/) });
  });
});

describe("relative context and file: against the step env's GITHUB_WORKSPACE, not the process's directory", () => {
  // The process runs in the repository; tmp is elsewhere, so only the workspace given finds ctx.
  test('locateContext and locateDockerfile resolve against the workspace given', async () => {
    expect(process.cwd()).not.toBe(tmp);
    await expect(locateContext('ctx', tmp)).resolves.toBe(path.join(tmp, 'ctx'));
    await expect(locateContext('./ctx/docker', tmp)).resolves.toBe(path.join(tmp, 'ctx/docker'));
    await expect(locateContext('ctx', path.join(tmp, 'empty'))).rejects.toMatchObject({ input: 'context' });
    await expect(locateContext('ctx', path.join(tmp, 'empty'))).rejects.toThrow(
      `the build context 'ctx' does not exist (looked in ${path.join(tmp, 'empty/ctx')})`,
    );
    // 'file' relative to the workspace first, then to the context.
    await expect(locateDockerfile(path.join(tmp, 'ctx/docker'), 'ctx/Containerfile', tmp)).resolves.toBe(path.join(tmp, 'ctx/Containerfile'));
    await expect(locateDockerfile(path.join(tmp, 'ctx'), 'docker/Dockerfile.prod', tmp)).resolves.toBe(path.join(tmp, 'ctx/docker/Dockerfile.prod'));
  });

  test('buildImage reads context and file from req.env.GITHUB_WORKSPACE', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'build-workspace-'));
    try {
      await fs.mkdir(path.join(ws, 'app'));
      await fs.mkdir(path.join(ws, 'docker'));
      // No FROM: buildImage stops right after locating the Dockerfile, before any builder runs.
      await fs.writeFile(path.join(ws, 'docker/Dockerfile.nofrom'), '# nothing\n');
      const req = {
        context: 'app',
        file: 'docker/Dockerfile.nofrom',
        buildArgs: new Map(),
        secrets: new Map(),
        labels: new Map(),
        annotations: new Map(),
        tags: [],
        platforms: [],
        builder: 'buildah',
        output: path.join(ws, 'layout'),
        env: { GITHUB_WORKSPACE: ws },
      } as unknown as BuildRequest;
      const log = { info: () => undefined, warning: () => undefined, debug: () => undefined, notice: () => undefined, error: () => undefined };
      const failure = buildImage(req, { log });
      await expect(failure).rejects.toMatchObject({ input: 'file', file: 'docker/Dockerfile.nofrom' });
      await expect(failure).rejects.toThrow('docker/Dockerfile.nofrom has no FROM instruction');
    } finally {
      await fs.rm(ws, { recursive: true, force: true });
    }
  });
});
