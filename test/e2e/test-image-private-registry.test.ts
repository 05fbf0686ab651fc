/**
 * Command tests of an image in an auth-protected registry: buildah pulls it
 * itself, so it needs the same credentials the scan read with. A real
 * docker-registry behind htpasswd basic auth; the credentials reach buildah
 * (and skopeo/podman) only through a private containers-auth.json that is
 * gone after the run; without them the pull fails as AUTH, naming the
 * registry and never the password.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../shared/src/compliance/check-image.js';
import { openRuntime, type ImageRef } from '../../shared/src/compliance/cst/container-runtime.js';
import { defaultRunSettings } from '../../shared/src/compliance/cst/run-options.js';
import type { LoadedPolicy } from '../../shared/src/compliance/policy-types.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { isPipelineError } from '../../shared/src/errors.js';
import { connectOptions, getConnectInputs } from '../../shared/src/registry/client/connect-inputs.js';
import { AUTH_DIR_PREFIX, writeAuthFile } from '../../shared/src/registry/credentials/auth-file.js';
import { credentialResolver } from '../../shared/src/registry/credentials/credentials.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { writeLayout, type FileSpec } from '../support/images.js';
import { startRegistry, type Registry } from '../support/registry.js';

const PASSWORD = 's3cret-Pa55word';
let work: string;
let reg: Registry;
let image: string;
// No Docker config of this machine may lend credentials: a DOCKER_CONFIG with an empty config.json (buildah stats the file DOCKER_CONFIG names, so it must exist).
let savedDockerConfig: string | undefined;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'test-image-private-'));
  savedDockerConfig = process.env.DOCKER_CONFIG;
  process.env.DOCKER_CONFIG = path.join(work, 'docker-config');
  await fs.mkdir(process.env.DOCKER_CONFIG);
  await fs.writeFile(path.join(process.env.DOCKER_CONFIG, 'config.json'), '{"auths": {}}\n');
  reg = await startRegistry({ extraConfig: await basicAuthConfig({ alice: PASSWORD }) });
  // FROM scratch + this machine's static busybox, as examples/hello.
  const files: FileSpec[] = [
    { name: 'bin/', type: 'directory' },
    { name: 'bin/busybox', content: await fs.readFile('/bin/busybox'), mode: 0o755 },
    ...['sh', 'echo'].map((a): FileSpec => ({ name: `bin/${a}`, type: 'symlink', linkname: 'busybox' })),
    { name: 'tmp/', type: 'directory', mode: 0o1777 },
    { name: 'proc/', type: 'directory' },
  ];
  const layout = path.join(work, 'layout');
  await writeLayout(layout, { layers: [files], config: { Env: ['PATH=/bin'] } }, '1.0');
  image = `${reg.host}/private/busy:1.0`;
  await pushImage({
    images: [layout],
    destinations: [image],
    auth: { registryAuth: [{ registry: reg.host, username: 'alice', password: PASSWORD }], dockerConfigDir: null, env: {} },
  });
}, 120_000);

afterAll(async () => {
  if (savedDockerConfig === undefined) delete process.env.DOCKER_CONFIG;
  else process.env.DOCKER_CONFIG = savedDockerConfig;
  await reg?.stop();
  await fs.rm(work, { recursive: true, force: true });
});

const policy: LoadedPolicy = {
  policy: {
    schemaVersion: '2.0.0',
    commandTests: [{ name: 'echo ok', command: '/bin/sh', args: ['-c', 'echo ok'], expectedOutput: ['^ok\n$'] }],
    compliance: { packs: [] },
  },
  lineOf: () => undefined,
  machineImage: undefined,
};

const authInput = (password: string): Record<string, string> => ({
  'INPUT_REGISTRY-AUTH': `- registry: ${reg.host}\n  username: alice\n  password: ${password}\n`,
});
const authDirs = async (): Promise<string[]> => (await fs.readdir(os.tmpdir())).filter((n) => n.startsWith(AUTH_DIR_PREFIX));
const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('test-image on an auth-protected registry image with a command test', () => {
  test('with registry-auth the command test pulls, runs and passes, and no auth file is left in the temp dir', async () => {
    const before = await authDirs();
    const r = await checkImage({ image, policy, connect: connectOptions(getConnectInputs(authInput(PASSWORD))) });
    expect(r.tests.map((t) => [t.kind, t.name, t.passed, t.failures])).toEqual([['command', 'echo ok', true, []]]);
    expect(await authDirs()).toEqual(before);
  }, 180_000);

  test('without registry-auth the step fails as AUTH naming the registry', async () => {
    const err = await failure(checkImage({ image, policy, connect: connectOptions(getConnectInputs({})) }));
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    expect((err as Error).message).toContain(reg.host);
    expect((err as Error).message).toMatch(/registry-auth/);
  }, 120_000);

  test('with a wrong password it fails as AUTH, and the password is in no message', async () => {
    const before = await authDirs();
    const err = await failure(checkImage({ image, policy, connect: connectOptions(getConnectInputs(authInput('wrong-Pa55word'))) }));
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    expect(JSON.stringify({ message: (err as Error).message, hint: (err as { hint?: string }).hint })).not.toContain('wrong-Pa55word');
    expect(await authDirs()).toEqual(before);
  }, 120_000);
});

describe("the runtime's own pull (buildah reads the registry itself)", () => {
  const ref = (): ImageRef & { transport: 'docker' } => ({ transport: 'docker', reference: image, plainHttp: true });
  const noDocker = (): Promise<string> => Promise.reject(new Error('expected buildah, got a fallback to docker'));

  test('with no auth file: AUTH, naming the registry and the input to set', async () => {
    const err = await failure(openRuntime(ref(), noDocker, defaultRunSettings()));
    expect(isPipelineError(err, 'AUTH')).toBe(true);
    expect((err as Error).message).toContain(`registry ${reg.host} refused an anonymous pull`);
    expect((err as { input?: string }).input).toBe('registry-auth');
  }, 120_000);

  test('with an auth file of wrong credentials: AUTH without the password; with the right ones: a working runtime', async () => {
    const wrong = await writeAuthFile(
      [reg.host],
      credentialResolver({ registryAuth: [{ registry: reg.host, username: 'alice', password: 'wrong-Pa55word' }], dockerConfigDir: null, env: {} }),
    );
    if (wrong === undefined) throw new Error('expected an auth file, got none');
    try {
      const err = await failure(openRuntime({ ...ref(), authFile: wrong.path }, noDocker, defaultRunSettings()));
      expect(isPipelineError(err, 'AUTH')).toBe(true);
      expect((err as Error).message).toContain(`registry ${reg.host} refused the credentials`);
      expect((err as Error).message).not.toContain('wrong-Pa55word');
    } finally {
      await wrong.dispose();
    }
    const right = await writeAuthFile(
      [reg.host],
      credentialResolver({ registryAuth: [{ registry: reg.host, username: 'alice', password: PASSWORD }], dockerConfigDir: null, env: {} }),
    );
    if (right === undefined) throw new Error('expected an auth file, got none');
    try {
      const choice = await openRuntime({ ...ref(), authFile: right.path }, noDocker, defaultRunSettings());
      if (!('runtime' in choice)) throw new Error(`expected a runtime, got: ${choice.unavailable}`);
      try {
        const c = await choice.runtime.create();
        expect(await c.exec({ command: ['/bin/sh', '-c', 'echo ok'], env: {} })).toMatchObject({ code: 0, stdout: 'ok\n' });
        await c.remove();
      } finally {
        await choice.runtime.close();
      }
    } finally {
      await right.dispose();
    }
  }, 180_000);
});
