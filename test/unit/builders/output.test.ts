import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { checkOutput, locateContext, locateDockerfile } from '../../../shared/src/builders/locate.js';
import { containersEnv } from '../../../shared/src/builders/buildah.js';

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
