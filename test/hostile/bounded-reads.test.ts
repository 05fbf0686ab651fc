/**
 * Files a repository names (the policy, the Dockerfile, an env file) may be a
 * FIFO that never ends or a file of gigabytes: each read is refused at once,
 * naming the input and the cap, instead of hanging or filling memory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPolicy, MAX_POLICY_BYTES } from '../../shared/src/compliance/policy-load.js';
import { MiB, readBoundedFile } from '../../shared/src/read-bounded-file.js';
import { failure } from './crafted.js';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-reads-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('a policy file that is not a small regular file', () => {
  it('a FIFO with no writer fails at once instead of waiting forever', async () => {
    const fifo = path.join(tmp, 'policy.yml');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const e = await failure(loadPolicy(fifo, 'policy.yml'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain("input 'policy': expected the policy file 'policy.yml' to be a regular file of at most 1.0 MiB, got a FIFO (named pipe)");
  });

  it('a file past the cap is refused by its size, before it is read', async () => {
    const big = path.join(tmp, 'big.yml');
    await fs.writeFile(big, `schemaVersion: 2.0.0\n# ${'x'.repeat(MAX_POLICY_BYTES)}\n`);
    const e = await failure(loadPolicy(big, 'big.yml'));
    expect(e.code).toBe('INPUT');
    expect(e.message).toContain(`expected the policy file 'big.yml' to be a regular file of at most 1.0 MiB, got ${MAX_POLICY_BYTES + 24} bytes (1.0 MiB)`);
    expect(e.message).not.toContain('xxxx');
  });

  it('a folder is named as such; a missing file still says it does not exist', async () => {
    expect((await failure(loadPolicy(tmp, 'ci'))).message).toContain('got a directory');
    const missing = await failure(loadPolicy(path.join(tmp, 'nope.yml'), 'nope.yml'));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain("the policy file 'nope.yml' does not exist");
  });

  it('a policy at the cap is read whole', async () => {
    const ok = path.join(tmp, 'ok.yml');
    const head = 'schemaVersion: 2.0.0\n# ';
    await fs.writeFile(ok, `${head}${'x'.repeat(MAX_POLICY_BYTES - head.length - 1)}\n`);
    await expect(loadPolicy(ok, 'ok.yml')).resolves.toMatchObject({ policy: { schemaVersion: '2.0.0' } });
  });
});

describe('readBoundedFile (the Dockerfile and any other repository file)', () => {
  it('a FIFO Dockerfile fails at once, naming the input', async () => {
    const fifo = path.join(tmp, 'Dockerfile');
    execFileSync('mkfifo', [fifo]);
    const e = await failure(readBoundedFile(fifo, { what: "the Dockerfile 'Dockerfile'", maxBytes: MiB, input: 'dockerfile' }));
    expect(e.message).toContain("input 'dockerfile': expected the Dockerfile 'Dockerfile' to be a regular file of at most 1.0 MiB, got a FIFO (named pipe)");
  });

  it('reads a file through a link, and /dev/zero is a device, not an endless file', async () => {
    await fs.writeFile(path.join(tmp, 'real'), 'FROM scratch\n');
    await fs.symlink('real', path.join(tmp, 'link'));
    await expect(readBoundedFile(path.join(tmp, 'link'), { what: 'x', maxBytes: 100 })).resolves.toBe('FROM scratch\n');
    expect((await failure(readBoundedFile('/dev/zero', { what: 'the Dockerfile', maxBytes: MiB }))).message).toContain('got a device');
  });
});
