import { describe, expect, test } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import { runStage } from '../../../shared/src/action/run-action.js';
import { checkUpdates, run } from '../../../check-updates/src/run.js';
import { inputEnv } from '../../../scripts/local/run-bundle.js';
import type { UpdateCheck, UpdateCheckOptions } from '../../../shared/src/updates/check.js';

const A = `sha256:${'a'.repeat(64)}` as UpdateCheck['bases'][number]['digest'];
const B = `sha256:${'b'.repeat(64)}` as UpdateCheck['bases'][number]['digest'];
const result: UpdateCheck = {
  image: 'reg.lan/acme/app:latest',
  digest: `sha256:${'c'.repeat(64)}`,
  bases: [{ name: 'reg.lan/base:1', digest: A }],
  rebuild: true,
  reasons: [`base reg.lan/base:1 moved from ${A} to ${B}`],
  verdicts: [{ kind: 'moved', base: { name: 'reg.lan/base:1', digest: A }, now: B }],
  packages: {
    kind: 'checked',
    family: 'deb',
    platform: 'linux/amd64',
    installed: 90,
    indexes: ['https://x/Packages.gz'],
    updates: [{ name: 'libc6', installed: '2.36-9', available: '2.36-9+deb12u4' }],
  },
};

describe('check-updates run() with a stubbed check', () => {
  test('passes the connect options and index URLs, and logs, summarises and returns the result', async () => {
    const inputs = checkUpdates.getInputs({
      ...inputEnv({
        image: 'reg.lan/acme/app:latest',
        'registry-auth': '- registry: reg.lan\n  username: u\n  password: pw\n',
        'github-token': 'ghs_x',
        'insecure-registries': 'reg.lan',
        'package-index-urls': 'https://x/Packages.gz',
      }),
      AWS_ENDPOINT_URL_ECR: 'http://127.0.0.1:4566',
    });
    const io = memoryIO();
    const calls: Array<[string, UpdateCheckOptions]> = [];
    const got = await run(inputs, io, async (image, opts = {}) => {
      calls.push([image, opts]);
      opts.auth?.mask?.('found-later');
      return result;
    });
    expect(got).toBe(result);
    expect(calls).toHaveLength(1);
    const [image, opts] = calls[0] as [string, UpdateCheckOptions];
    expect(image).toBe('reg.lan/acme/app:latest');
    expect(opts.insecureRegistries).toEqual(['reg.lan']);
    expect(opts.packageIndexUrls).toEqual(['https://x/Packages.gz']);
    expect(opts.auth).toMatchObject({
      registryAuth: [{ registry: 'reg.lan', username: 'u', password: 'pw' }],
      githubToken: 'ghs_x',
      ecrEndpoint: 'http://127.0.0.1:4566',
    });
    expect(io.recorded.masked).toEqual(['found-later']);
    expect(io.recorded.log.map((l) => l.message)).toEqual([
      'reg.lan/acme/app:latest: rebuild needed',
      `  base reg.lan/base:1 moved from ${A} to ${B}`,
      '  checked 90 installed deb packages of the linux/amd64 image against 1 package index: 1 with updates',
    ]);
    expect(io.recorded.summary).toContain('### Update check: rebuild needed');
    expect(io.recorded.summary).toContain('| `libc6` | `2.36-9` | `2.36-9+deb12u4` |');
  });

  test('outputsOf names every action.yml output', () => {
    expect(checkUpdates.outputsOf(result)).toEqual({
      'rebuild-needed': 'true',
      reason: `base reg.lan/base:1 moved from ${A} to ${B}`,
      bases: JSON.stringify([{ name: 'reg.lan/base:1', digest: A, verdict: 'moved', now: B }]),
      digest: `sha256:${'c'.repeat(64)}`,
      packages: '[{"name":"libc6","installed":"2.36-9","available":"2.36-9+deb12u4"}]',
      'package-check': 'checked 90 installed deb packages of the linux/amd64 image against 1 package index: 1 with updates',
    });
    const unpublished: UpdateCheck = {
      image: 'x',
      bases: [],
      rebuild: true,
      reasons: ['x is not published yet'],
      verdicts: [],
      packages: { kind: 'skipped', reason: 'packages not checked: the image is not published' },
    };
    expect(checkUpdates.outputsOf(unpublished)).toEqual({
      'rebuild-needed': 'true',
      reason: 'x is not published yet',
      bases: '[]',
      digest: '',
      packages: '[]',
      'package-check': 'packages not checked: the image is not published',
    });
  });

  test('passwords and the token are masked before the check runs', async () => {
    const io = memoryIO();
    const inputs = checkUpdates.getInputs(
      inputEnv({ image: 'reg.lan/acme/app:latest', 'registry-auth': '- registry: reg.lan\n  username: u\n  password: pw\n', 'github-token': 'ghs_x' }),
    );
    const stage = {
      ...checkUpdates,
      run: async (i: typeof inputs, stageIO: typeof io) => {
        expect(io.recorded.masked).toEqual(['pw', 'ghs_x']);
        return run(i, stageIO, async () => result);
      },
    };
    await runStage(stage, inputs, io);
    expect(io.recorded.outputs['rebuild-needed']).toBe('true');
  });
});
