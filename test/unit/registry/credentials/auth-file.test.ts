/**
 * The containers-auth.json buildah/podman/skopeo pull with: exactly the
 * registries asked for that have credentials (from the one resolver), Docker
 * Hub as docker.io, a private folder and file, and nothing left after dispose.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { AUTH_DIR_PREFIX, authFileJson, authFileKey, withAuthFile, writeAuthFile } from '../../../../shared/src/registry/credentials/auth-file.js';
import { credentialResolver } from '../../../../shared/src/registry/credentials/credentials.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'auth-file-test-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const leftovers = async (): Promise<string[]> => (await fs.readdir(tmp)).filter((n) => n.startsWith(AUTH_DIR_PREFIX));

// The resolver distribute uses, fed by registry-auth and github-token only (no Docker config of this machine).
const resolver = credentialResolver({
  registryAuth: [
    { registry: '127.0.0.1:5000', username: 'alice', password: 's3cret' },
    { registry: 'docker.io', username: 'hub', password: 'p:w:d' },
  ],
  githubToken: 'ghp_token',
  dockerConfigDir: null,
  env: {},
});

describe('authFileKey', () => {
  test.each([
    ['docker.io', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['Registry.LAN:5000', 'registry.lan:5000'],
    ['ghcr.io', 'ghcr.io'],
  ])('%s -> %s (containers-auth.json names Docker Hub docker.io, not the config.json v1 URL)', (registry, key) => {
    expect(authFileKey(registry)).toBe(key);
  });
});

describe('writeAuthFile', () => {
  test('holds exactly the asked registries that have credentials, base64(user:password), in a 0700 folder and a 0600 file, removed by dispose', async () => {
    const file = await writeAuthFile(['127.0.0.1:5000', 'index.docker.io', 'ghcr.io', 'anonymous.example:5000'], resolver, tmp);
    if (file === undefined) throw new Error('expected an auth file, got none');
    expect(path.dirname(path.dirname(file.path))).toBe(tmp);
    expect(path.basename(path.dirname(file.path)).startsWith(AUTH_DIR_PREFIX)).toBe(true);
    expect((await fs.stat(path.dirname(file.path))).mode & 0o777).toBe(0o700);
    expect((await fs.stat(file.path)).mode & 0o777).toBe(0o600);
    const doc = JSON.parse(await fs.readFile(file.path, 'utf8')) as { auths: Record<string, { auth: string }> };
    expect(doc).toEqual({
      auths: {
        '127.0.0.1:5000': { auth: b64('alice:s3cret') },
        'docker.io': { auth: b64('hub:p:w:d') },
        'ghcr.io': { auth: b64('x-access-token:ghp_token') },
      },
    });
    expect(Object.keys(doc.auths)).not.toContain('anonymous.example:5000');
    await file.dispose();
    expect(await leftovers()).toEqual([]);
    // Twice is harmless: it runs in finally blocks.
    await file.dispose();
  });

  test('no registry with credentials: no file at all (the tools then get no flag)', async () => {
    expect(await writeAuthFile(['anonymous.example:5000', 'quay.io'], resolver, tmp)).toBeUndefined();
    expect(await writeAuthFile([], resolver, tmp)).toBeUndefined();
    expect(await leftovers()).toEqual([]);
  });

  test('a registry named twice (an alias) is one entry', () => {
    const text = authFileJson([
      ['docker.io', { username: 'a', password: 'b' }],
      ['index.docker.io', { username: 'a', password: 'b' }],
    ]);
    expect(Object.keys((JSON.parse(text) as { auths: object }).auths)).toEqual(['docker.io']);
  });

  test('a resolver error propagates and leaves nothing behind', async () => {
    const failing = (): Promise<never> => Promise.reject(new Error('no ECR token'));
    await expect(writeAuthFile(['1.dkr.ecr.us-east-1.amazonaws.com'], failing, tmp)).rejects.toThrow('no ECR token');
    expect(await leftovers()).toEqual([]);
  });
});

describe('withAuthFile', () => {
  test('removes the file when the work fails', async () => {
    let seen: string | undefined;
    await expect(
      withAuthFile(['127.0.0.1:5000'], resolver, async (f) => {
        seen = f?.path;
        expect(await fs.readFile(f?.path ?? '', 'utf8')).toContain(b64('alice:s3cret'));
        throw new Error('pull failed');
      }),
    ).rejects.toThrow('pull failed');
    expect(seen).toBeDefined();
    await expect(fs.stat(path.dirname(seen ?? ''))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('no credentials: the work gets undefined', async () => {
    await expect(withAuthFile(['quay.io'], resolver, async (f) => f)).resolves.toBeUndefined();
  });
});
